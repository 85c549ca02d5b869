/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    // Concurrent tests (the fixture builds of test/build-errors.test.ts) run two at a time: CI has 2 cores.
    maxConcurrency: 2,
  },
});
