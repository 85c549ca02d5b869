// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { remarkMermaid } from './src/lib/remark-mermaid.ts';
import { remarkFactIds } from './src/lib/remark-fact-ids.ts';
import { factFigures } from './src/lib/vite-fact-figures.ts';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { rehypeHeadingLinks } from './src/lib/rehype-heading-links.ts';
import { rehypeTableFocus } from './src/lib/rehype-table-focus.ts';
import { checkSite } from './src/integrations/check-site.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { scriptPriority } from './src/integrations/script-priority.ts';
import { guardBuildDone } from './src/integrations/remove-on-failure.ts';
import { siteConfig } from './src/lib/site-config.ts';

const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    defaultLocale: 'ko',
    locales: ['ko', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkHeadingIds, remarkFactIds, [remarkMermaid, { base }]],
      rehypePlugins: [rehypeHeadingLinks, rehypeTableFocus, [rehypeBaseLinks, { base }]],
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  integrations: [
    mdx(),
    sitemap({ i18n: { defaultLocale: 'ko', locales: { ko: 'ko-KR', en: 'en-US' } } }),
    // A failing post-build step removes the output folder (see remove-on-failure.ts).
    ...[scriptPriority(), checkSite(), searchIndex(), ogImages()].map(guardBuildDone),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [factFigures()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro marks every MDX page with its own "use astro:head-inject" directive, and the bundler
          // warns, once per page, that it may not keep it. Astro reads the directive before bundling (the
          // pages' styles and scripts are in place), so the warning tells an author nothing they could
          // fix; it is dropped. Every other warning, and this one for any other directive, is shown.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('use astro:head-inject')) return;
          warn(warning);
        },
        output: {
          // Every page runs the chrome script (menu, theme, search button, quiz progress), and the bundler would
          // otherwise split what it shares with other scripts (the quiz code with the practice page, Vite's
          // loader for lazy modules with the diagrams) into chunks of their own: three small files that
          // compress worse apart than together. One chunk keeps a page without diagrams ~0.5 KB lighter.
          codeSplitting: {
            groups: [{ name: 'chrome', test: /PageLayout\.astro\?astro&type=script|src[\\/]scripts[\\/](chrome|heading-links|language|menu|quiz|search|theme)\.ts|src[\\/]lib[\\/]progress\.ts|vite[\\/]preload-helper/ }],
          },
        },
      },
    },
  },
});
