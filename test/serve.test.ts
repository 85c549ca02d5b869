import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` runs the preview server under npm and a shell. Stopping npm (SIGTERM, as a process
 * manager does) must not leave the server listening: it exits when the processes above it go.
 */
const site = mkdtempSync(join(tmpdir(), 'serve-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(site, '404.html'), '<!doctype html><title>404</title>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

const PORT = Number(process.env.SERVE_TEST_PORT ?? 4405);
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('the preview server', () => {
  it('exits when the process that started it is stopped', async () => {
    // `; true` keeps the shell as the server's parent, as npm's shell is.
    const shell = spawn('sh', ['-c', `"${process.execPath}" scripts/serve.ts "${site}" ${PORT} / ; true`], {
      cwd: join(import.meta.dirname, '..'),
      stdio: 'ignore',
    });
    let server: number | undefined;
    try {
      expect(await until(() => listening(PORT), 30_000), 'the server starts').toBe(true);
      server = Number(execFileSync('pgrep', ['-P', String(shell.pid)], { encoding: 'utf8' }).trim());
      shell.kill('SIGTERM');
      expect(await until(async () => !(await listening(PORT)), 10_000), 'the server stops listening').toBe(true);
    } finally {
      shell.kill('SIGKILL');
      // If the server outlived its shell, stop it so the port is free again.
      try {
        if (server) process.kill(server);
      } catch {
        /* already gone */
      }
    }
  });
});
