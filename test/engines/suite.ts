import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from './drivers';
import { App, secondsSince, sleep } from './scenario';
import { AppServer } from './server';

/** Where `npm run test:engines` builds the app for these suites. */
const OUT_DIR = process.env.ENGINES_OUT ?? 'dist-engines';
/** Backups each engine exports, for the next engine to restore. */
const BACKUPS = path.resolve('test-results/engines');
const backupOf = (engine: string) => path.join(BACKUPS, `${engine}-backup.zip`);

/**
 * The practice loop in one engine, as a rep does it: record real speech, see its length, reload,
 * replay, export, go offline, record again, and get an interrupted take back. Steps run in order
 * on one browser and one library.
 */
export function engineSuite(label: string, launch: () => Promise<Driver>, port: number): void {
  describe(label, () => {
    const server = new AppServer(port, OUT_DIR);
    let driver: Driver | undefined;
    let app: App;
    let firstLength = 0;

    beforeAll(async () => {
      await server.start();
      driver = await launch();
      app = new App(driver);
      await app.open(server.url);
    });

    afterAll(async () => {
      await driver?.close();
      await server.stop();
    });

    it('records a take of real speech and shows it measured, with the length it ran', async () => {
      const started = Date.now();
      firstLength = await app.recordTake(4500);
      expect(firstLength).toBeGreaterThan(3.5);
      expect(firstLength).toBeLessThanOrEqual(secondsSince(started));
      expect(await app.snapshot()).toMatch(/Dead air \d+\.\d s|Too noisy to measure/);
      expect(await app.takesListed()).toHaveLength(1);
    });

    it('keeps the take across a reload, with the same length', async () => {
      await app.open();
      const listed = await app.until('the kept take to be listed', async () => {
        const items = await app.takesListed();
        return items.length === 1 ? items : null;
      });
      expect(listed[0]).toContain(`${firstLength.toFixed(1)} s`);
    });

    it('replays the stored take (its length from storage, not the file’s metadata)', async () => {
      await app.click('.take-list li button', `${firstLength.toFixed(1)} s`);
      // The player loads on first use: wait for it before reading its length.
      const max = await app.until('the player', () =>
        app.driver.run<string | null>(
          `document.querySelector('[aria-label="Playback position"]')?.max ?? null`,
        ),
      );
      expect(Number(max)).toBeCloseTo(firstLength, 1);
      await app.playAndHearItMove();
    });

    it('exports the take as recorded, in a file that decodes', async () => {
      await app.click('details.more > summary', '^More');
      await app.click('button', '^Download original$');
      await app.until('the download', () => app.driver.run<number>('__eng.downloadCount()'));
      const file = await app.driver.run<{ name: string; type: string; durationSec: number }>(
        '__eng.decodeDownload(0)',
      );
      expect(file.name).toMatch(/\.(webm|ogg|m4a)$/);
      expect(file.name).toMatch(app.driver.engine === 'webkit' ? /\.m4a$/ : /\.(webm|ogg)$/);
      // WebKit's decodeAudioData reads only part of its own fragmented MP4 (a 6 s take decodes
      // to about 3 s); playback uses the stored length, so the file is checked to decode at all.
      expect(file.durationSec).toBeGreaterThan(
        app.driver.engine === 'webkit' ? 1 : firstLength - 1,
      );
    });

    it('loads from its service worker with the server gone, and records and keeps a take', async () => {
      await app.until('the service worker to be ready', () =>
        app.driver.run<boolean>(`navigator.serviceWorker.ready.then(() => true)`),
      );
      await app.open();
      await app.until('the service worker to control the page', () =>
        app.driver.run<boolean>(`navigator.serviceWorker.controller !== null`),
      );
      await server.stop();
      await app.open();
      await app.recordTake(2500);
      await app.open();
      await app.until(
        'two takes listed offline',
        async () => (await app.takesListed()).length === 2,
      );
    });

    it('gets back a take interrupted by a reload, and it plays', async () => {
      await app.click('button', '^Record$');
      await app.waitFor('button', '^Stop$');
      await sleep(3500);
      await app.open();
      const keep = await app.waitFor('button', '^Keep recovered take \\(\\d+\\.\\d s\\)$', 30_000);
      const seconds = Number(/\((\d+\.\d) s\)/.exec(keep)![1]);
      expect(seconds).toBeGreaterThan(1.5);
      await app.click('button', '^Keep recovered take');
      await app.until('three takes listed', async () => (await app.takesListed()).length === 3);
      await app.click('.take-list li button', 'recovered');
      await app.playAndHearItMove();
    });

    it('exports a backup, and restores one another engine exported: its takes are listed here', async () => {
      await app.click('button', '^Settings$');
      await app.click('button', '^Export backup$');
      const count = await app.until('the backup download', async () =>
        // Reloads cleared earlier downloads: this page's only one is the backup.
        (await app.driver.run<number>('__eng.downloadCount()')) > 0 ? true : null,
      );
      expect(count).toBe(true);
      const file = await app.driver.run<{ name: string; base64: string }>(
        '__eng.downloadBase64(__eng.downloads.length - 1)',
      );
      expect(file.name).toMatch(/^afterbeep-backup-.*\.zip$/);
      mkdirSync(BACKUPS, { recursive: true });
      writeFileSync(backupOf(app.driver.engine), Buffer.from(file.base64, 'base64'));

      const other = app.driver.engine === 'webkit' ? 'firefox' : 'webkit';
      if (!existsSync(backupOf(other))) return; // the other engine has not run yet in this run
      const zip = readFileSync(backupOf(other)).toString('base64');
      await app.driver.run(`__eng.restoreFile(${JSON.stringify(zip)}, 'other.zip')`);
      await app.waitFor('p, [role=status]', '^Restored 3 takes', 60_000);
      await app.click('button', '^Practice$');
      await app.until('six takes listed', async () => (await app.takesListed()).length >= 6);
    });
  });
}
