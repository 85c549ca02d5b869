/**
 * Where the site is published. `SITE_URL` is the origin (used for canonical URLs, hreflang and the
 * sitemap); `BASE_PATH` the sub-path it is served under, e.g. `/rds-study/` on a GitHub Pages project site.
 */
export interface SiteConfig {
  site: string;
  base: string;
}

export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = env.SITE_URL ?? 'https://rds-aurora-elasticache.example.org';
  if (!/^https?:\/\/[^/]+/.test(site)) {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${site}"`);
  }
  const raw = env.BASE_PATH ?? '/';
  if (!/^\/([\w.-]+\/)*$/.test(raw.endsWith('/') ? raw : `${raw}/`)) {
    throw new Error(`BASE_PATH must look like "/" or "/some-path/", got "${raw}"`);
  }
  const base = raw.endsWith('/') ? raw : `${raw}/`;
  return { site: site.replace(/\/$/, ''), base };
}
