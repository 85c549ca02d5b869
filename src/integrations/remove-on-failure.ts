import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/**
 * Runs one post-build step; when it fails, the output folder is removed before the error goes on, so a
 * half-checked or half-indexed site is never left where it could be deployed by mistake.
 */
export async function removeOnFailure(out: string, step: string, work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${step} failed after the build: ${reason}\n${out} was removed so that it cannot be deployed; fix the problem above and build again.`, {
      cause: error,
    });
  }
}

/** The same integration, with its `astro:build:done` hook guarded by `removeOnFailure`. */
export function guardBuildDone(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  const guarded: BuildDone = (options) =>
    removeOnFailure(fileURLToPath(options.dir), integration.name, () => done(options));
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': guarded } };
}
