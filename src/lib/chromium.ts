import { existsSync } from 'node:fs';

/** Flags that keep a headless Chromium quiet on machines without a network or a GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const browsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
/**
 * Chromium's headless shell: the same engine without the browser's own window and profile code, and the
 * build Playwright itself runs headless tests with. Debian packages it as `chromium-headless-shell`.
 */
const shells = ['/usr/bin/chromium-headless-shell'];

/** `browser`: a whole Chromium (Lighthouse and the build's pictures). `shell`: its headless shell if there is one, for tests. */
export type ChromiumKind = 'browser' | 'shell';

/**
 * The system's Chromium if there is one (`CHROMIUM_PATH` first), otherwise undefined, which makes
 * Playwright use the browser it downloaded itself (`npx playwright install chromium`).
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  kind: ChromiumKind = 'browser',
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there`);
    return fromEnv;
  }
  return [...(kind === 'shell' ? shells : []), ...browsers].find((path) => exists(path));
}

export interface ChromiumLaunchOptions {
  executablePath?: string;
  args: string[];
}

export function chromiumLaunchOptions(env: Record<string, string | undefined> = process.env, kind: ChromiumKind = 'browser'): ChromiumLaunchOptions {
  const executablePath = findChromium(env, kind);
  return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
