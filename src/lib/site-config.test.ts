import { describe, expect, it } from 'vitest';
import { siteConfig } from './site-config.ts';

describe('siteConfig', () => {
  it('defaults to the root of the site', () => {
    expect(siteConfig({}).base).toBe('/');
  });
  it('normalises a sub-path with or without its trailing slash', () => {
    expect(siteConfig({ BASE_PATH: '/rds-study' }).base).toBe('/rds-study/');
    expect(siteConfig({ BASE_PATH: '/rds-study/', SITE_URL: 'https://me.github.io/' })).toEqual({ base: '/rds-study/', site: 'https://me.github.io' });
  });
  it('rejects nonsense with a message naming the variable', () => {
    expect(() => siteConfig({ BASE_PATH: 'rds study' })).toThrow(/BASE_PATH/);
    expect(() => siteConfig({ SITE_URL: 'example.org' })).toThrow(/SITE_URL/);
  });
});
