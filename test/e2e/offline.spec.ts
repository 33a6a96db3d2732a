import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { expect, recordTake, test } from './support';

// This spec serves its own builds so it can stop the server mid-test (Playwright's webServer cannot)
// and deploy a second version into the folder being served.
const OUT = 'dist-e2e-offline';
const v1Dir = path.resolve(OUT, 'v1');
const v2Dir = path.resolve(OUT, 'v2');
const siteDir = path.resolve(OUT, 'site');

/** Builds the production app into dir; a buildId makes a different version (new hashes, new sw.js). */
function build(dir: string, buildId = ''): void {
  const vite = path.resolve('node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--emptyOutDir', '--logLevel', 'error'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AFTERBEEP_OUT: dir,
      AFTERBEEP_BUILD_ID: buildId,
    },
    stdio: 'pipe',
  });
}

/** Replaces what the server serves with a build, as a deploy would. */
function deploy(dir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(dir, siteDir, { recursive: true });
}

/** Resolves once a service worker controls the page (first visit: after install and claim). */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

let server: StaticServer | null = null;

test.describe('offline and updates', () => {
  test.use({ mic: 'speech-4s.wav' });
  // Each test installs a service worker that precaches the whole build (the update test twice),
  // records and reloads: 38-55 s measured while 8 jobs shared 2 cores, so 150 s keeps 2x headroom.
  test.describe.configure({ timeout: 150_000 });

  test.beforeAll(() => {
    // Two production builds on a shared 2-core machine.
    test.setTimeout(180_000);
    build(v1Dir);
    build(v2Dir, 'e2e-v2');
  });

  test.beforeEach(async () => {
    deploy(v1Dir);
    server = await serveStatic(siteDir);
  });

  test.afterEach(async () => {
    await server?.close();
    server = null;
  });

  test.afterAll(() => rmSync(path.resolve(OUT), { recursive: true, force: true }));

  test('after one visit the app opens, records, analyses and keeps a take with the server gone', async ({
    page,
  }) => {
    const url = server?.url ?? '';
    await page.goto(url);
    await expect(page.getByRole('banner').getByText('Ready to work offline')).toBeVisible({
      timeout: 15_000,
    });
    await expect(
      page.getByRole('status').filter({ hasText: 'Ready to work offline' }),
    ).toBeAttached();
    await waitForServiceWorkerControl(page);

    await server?.close();
    server = null;
    // Really gone: nothing answers on the app's address any more.
    await expect(fetch(url)).rejects.toThrow();

    await page.reload();
    await expect(page.getByRole('button', { name: 'Record' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Takes (0)' })).toBeVisible();

    await recordTake(page, 4.5);
    await expect(page.getByRole('heading', { name: 'Takes (1)' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Takes (1)' })).toBeVisible();
    await expect(page.getByRole('list').getByRole('listitem')).toHaveCount(1);
  });

  test('a new version is offered only after the take in progress is saved, and never reloads by itself', async ({
    page,
  }) => {
    await page.goto(server?.url ?? '');
    await waitForServiceWorkerControl(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByText('Afterbeep version 0.1.0', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Practice' }).click();
    // Survives only as long as this page is not reloaded.
    await page.evaluate(
      () => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true),
    );
    const sameDocument = () =>
      page.evaluate(
        () => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
      );

    // A new version goes live on the server.
    deploy(v2Dir);

    await page.getByRole('button', { name: 'Record' }).click();
    const stop = page.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeVisible();
    // What the hourly check does, now.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
          ),
        { timeout: 15_000 },
      )
      .toBe(true);

    // Still recording: no prompt, no reload.
    await page.waitForTimeout(1000);
    await expect(page.getByRole('banner').getByText('Update available')).toHaveCount(0);
    await expect(stop).toBeVisible();
    expect(await sameDocument()).toBe(true);

    await stop.click();
    // Measured and shown (whatever the verdict: this test is about the update, not the measures).
    const analysis = page.getByRole('region', { name: 'Take analysis' });
    await expect(analysis.locator('.verdict strong')).toBeVisible({ timeout: 15_000 });
    await expect(analysis.getByText('Measuring…')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole('banner').getByText('Update available')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toBeAttached();
    const reload = page.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    // Offered, not forced: the page stays as it is until the user chooses.
    await page.waitForTimeout(1500);
    expect(await sameDocument()).toBe(true);

    await Promise.all([page.waitForEvent('load'), reload.click()]);
    expect(await sameDocument()).toBe(false);
    await expect(page.getByRole('heading', { name: 'Takes (1)' })).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByText('Afterbeep version 0.1.0+e2e-v2', { exact: true })).toBeVisible();
  });
});
