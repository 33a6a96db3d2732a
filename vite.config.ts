import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { pwa } from './pwa.config.ts';

// AFTERBEEP_OUT lets parallel test runs build into separate folders.
const outDir = process.env.AFTERBEEP_OUT ?? 'dist';

export default defineConfig({
  plugins: [svelte(), pwa()],
  build: { outDir, target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
