import { describe, expect, it } from 'vitest';
import { lowPriorityScripts } from './script-priority';

describe('lowPriorityScripts', () => {
  it('marks each external module script low, and only those', () => {
    const page = [
      '<script>document.documentElement.dataset.theme = "dark"</script>',
      '<script type="module" src="/_astro/Restore.astro_astro_type_script_index_0_lang.js"></script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="module">import("/x.js")</script>',
      '<script type="module" src="/_astro/PageLayout.js"></script>',
    ].join('\n');
    const { html, count } = lowPriorityScripts(page);
    expect(count).toBe(2);
    expect(html.match(/<script type="module" fetchpriority="low" src="[^"]+"><\/script>/g)).toEqual([
      '<script type="module" fetchpriority="low" src="/_astro/Restore.astro_astro_type_script_index_0_lang.js"></script>',
      '<script type="module" fetchpriority="low" src="/_astro/PageLayout.js"></script>',
    ]);
    // The inline scripts are untouched.
    expect(html).toContain('<script>document.documentElement.dataset.theme = "dark"</script>');
    expect(html).toContain('<script type="module">import("/x.js")</script>');
    expect(html).toContain('<script type="application/ld+json">{}</script>');
  });

  it('keeps a priority a script already names, and changes nothing twice', () => {
    const page = '<script type="module" fetchpriority="high" src="/a.js"></script>';
    expect(lowPriorityScripts(page)).toEqual({ html: page, count: 0 });
    const once = lowPriorityScripts('<script type="module" src="/b.js"></script>').html;
    expect(lowPriorityScripts(once)).toEqual({ html: once, count: 0 });
  });
});
