import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { prerenderFirstView } from './prerender.config.ts';
import { pwa } from './pwa.config.ts';

// AFTERBEEP_OUT lets parallel test runs build into separate folders.
const outDir = process.env.AFTERBEEP_OUT ?? 'dist';

export default defineConfig({
  // Runes mode everywhere: a component that uses no rune would otherwise compile in legacy mode,
  // which pulls Svelte 4's compatibility layer into the first load and slows hydration.
  plugins: [svelte({ compilerOptions: { runes: true } }), prerenderFirstView(), pwa()],
  build: { outDir, target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // In-process tests only. The slowest (property tests over the backup validator) take
          // about 5 s alone and up to 3x that while 8 jobs share 2 cores; 30 s keeps 2x headroom.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // Checks that spawn a production build or the CLI: a separate run (npm run test:build).
          include: ['test/build/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
