import { defineConfig } from 'vitest/config';

// The real-browser suites for Firefox ESR and WebKitGTK: one file per engine, one at a time.
export default defineConfig({
  test: {
    include: ['test/engines/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
