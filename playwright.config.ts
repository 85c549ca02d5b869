import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/lib/chromium.ts';

/**
 * e2e tests run against the built site (`npm run build`, and `npm run build:sub` for the sub-path
 * build), served the way a static host serves it. A system Chromium is used when there is one
 * (CHROMIUM_PATH, then Chromium's headless shell, /usr/bin/chromium, …); otherwise Playwright's own
 * (`npx playwright install chromium`).
 */
const launchOptions = chromiumLaunchOptions(process.env, 'shell');
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4321);
const SUB_PORT = ROOT_PORT + 1;

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Generous: axe over a large diagram and keyboard walks take long on a busy 2-core machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions,
    // Recording a trace slows every test by a fifth: only the retry of a failed test records one (CI retries
    // once); to trace a local run, pass `--trace on`.
    trace: 'on-first-retry',
  },
  projects: [
    { name: 'root', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${ROOT_PORT}/` } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${SUB_PORT}/rds-study/` } },
  ],
  webServer: [
    { command: `node scripts/serve.ts dist ${ROOT_PORT} /`, url: `http://localhost:${ROOT_PORT}/`, reuseExistingServer: !process.env.CI },
    { command: `node scripts/serve.ts dist-sub ${SUB_PORT} /rds-study/`, url: `http://localhost:${SUB_PORT}/rds-study/`, reuseExistingServer: !process.env.CI },
  ],
});
