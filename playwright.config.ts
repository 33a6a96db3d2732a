import { defineConfig } from '@playwright/test';

// Each run builds into its own folder and serves it on its own port, so runs can go side by side.
const port = Number(process.env.E2E_PORT ?? 4174);
const outDir = `dist-e2e-${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: `test-results/e2e-${port}`,
  // A test drives the real app with real recordings: 15-35 s on a quiet machine, 40-60 s measured
  // while 8 jobs shared 2 cores. 120 s keeps 2x headroom over the loaded figure.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { AFTERBEEP_OUT: outDir },
  },
});
