import { describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, findChromium } from './chromium';

const on = (...paths: string[]) => (path: string) => paths.includes(path);

describe('which Chromium runs', () => {
  it('tests take the headless shell when the system has one, and the whole browser otherwise', () => {
    expect(findChromium({}, 'shell', on('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'))).toBe('/usr/bin/chromium-headless-shell');
    expect(findChromium({}, 'shell', on('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('Lighthouse and the build take the whole browser even where a shell is installed', () => {
    expect(findChromium({}, 'browser', on('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'))).toBe('/usr/bin/chromium');
    expect(findChromium({}, 'browser', on('/usr/bin/chromium-headless-shell'))).toBeUndefined();
  });

  it('CHROMIUM_PATH wins, and a path with nothing there is an error that names it', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, 'shell', on('/opt/chrome', '/usr/bin/chromium-headless-shell'))).toBe('/opt/chrome');
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/none' }, 'shell', on())).toThrow('CHROMIUM_PATH is set to /opt/none, but no file is there');
  });

  it("without a system Chromium, Playwright's own browser is used (no executable path)", () => {
    expect(findChromium({}, 'shell', on())).toBeUndefined();
    expect(chromiumLaunchOptions({ CHROMIUM_PATH: undefined }, 'shell').args).toContain('--no-sandbox');
  });
});
