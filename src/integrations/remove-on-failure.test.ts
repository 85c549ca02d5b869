import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { guardBuildDone, removeOnFailure } from './remove-on-failure';

function builtSite(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'built-')), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>x</title>');
  return out;
}

describe('a failed post-build step leaves nothing deployable', () => {
  it('removes the output folder and names the step, the reason and the folder', async () => {
    const out = builtSite();
    await expect(
      removeOnFailure(out, 'search-index', () => {
        throw new Error('Pagefind found no pages');
      }),
    ).rejects.toThrow(new RegExp(`search-index failed after the build: Pagefind found no pages\\n${out} was removed`));
    expect(existsSync(out)).toBe(false);
  });

  it('keeps the output of a step that succeeds', async () => {
    const out = builtSite();
    await removeOnFailure(out, 'og-images', async () => undefined);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('guards an integration’s build:done hook (an async failure too)', async () => {
    const out = builtSite();
    const failing: AstroIntegration = {
      name: 'og-images',
      hooks: { 'astro:build:done': async () => Promise.reject(new Error('cannot draw a card')) },
    };
    const hook = guardBuildDone(failing).hooks['astro:build:done'];
    // Only `dir` matters to the guard; the rest of Astro's options are not used by it.
    const options = { dir: pathToFileURL(`${out}/`) } as Parameters<NonNullable<typeof hook>>[0];
    await expect(hook?.(options)).rejects.toThrow(/og-images failed after the build: cannot draw a card/);
    expect(existsSync(out)).toBe(false);
  });
});
