import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltSite } from '../lib/site-check.ts';

/**
 * After a build: fail it when a link, anchor or asset points nowhere or a page links across languages.
 * A failed check (like any failed post-build step, see remove-on-failure.ts) removes the output folder.
 */
export function checkSite(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost';
  return {
    name: 'check-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const problems = checkBuiltSite(out, base, site);
        if (problems.length) {
          throw new Error(`the built site has ${problems.length} broken link(s) or reference(s):\n- ${problems.join('\n- ')}`);
        }
        logger.info('links, anchors, languages and origins checked');
      },
    },
  };
}
