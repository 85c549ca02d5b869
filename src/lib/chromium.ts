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

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/**
 * The system's Chromium if there is one (`CHROMIUM_PATH` first), otherwise undefined, which makes
 * Playwright use the browser it downloaded itself (`npx playwright install chromium`).
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there`);
    return fromEnv;
  }
  return candidates.find((path) => existsSync(path));
}

export interface ChromiumLaunchOptions {
  executablePath?: string;
  args: string[];
}

export function chromiumLaunchOptions(env: Record<string, string | undefined> = process.env): ChromiumLaunchOptions {
  const executablePath = findChromium(env);
  return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
