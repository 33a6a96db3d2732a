import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, Engine } from './drivers';
import { App, secondsSince, sleep } from './scenario';
import { AppServer } from './server';

/** Where `npm run test:engines` builds the app for these suites. */
const OUT_DIR = process.env.ENGINES_OUT ?? 'dist-engines';
/**
 * Backups each engine exports, for the next engine to restore. test:engines runs chromium, then
 * firefox (restores chromium's), then webkit (restores firefox's), then chromium again (restores
 * webkit's): a take recorded in each engine is restored and played in another.
 */
const BACKUPS = path.resolve('test-results/engines');
const backupOf = (engine: string) => path.join(BACKUPS, `${engine}-backup.zip`);

/** The number each engine logs a voicemail to, and part of it written another way. */
const PROSPECT_PHONE = '+1 412 555 0187';
const PHONE_QUERY = '(412) 555-01';

/** Takes the scenario records in each engine: the first, the offline one and the recovered one. */
const TAKES_PER_ENGINE = 3;

/**
 * Opens the app in a browser from `launch`, served from OUT_DIR on `port`, before the suite's
 * tests, and closes both after them. `clean` runs first (before the server starts).
 */
function useApp(
  port: number,
  launch: () => Promise<Driver>,
  clean?: () => void,
): { app: () => App; server: AppServer } {
  const server = new AppServer(port, OUT_DIR);
  let driver: Driver | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    clean?.();
    await server.start();
    driver = await launch();
    app = new App(driver);
    await app.open(server.url);
  });
  afterAll(async () => {
    await driver?.close();
    await server.stop();
  });
  return { app: () => app!, server };
}

/**
 * Restores the backup engine `from` exported (its `takes` takes) and plays the oldest take listed,
 * which is one of them: `from` recorded its takes before this engine started.
 */
async function restoreAndPlay(app: App, from: Engine): Promise<void> {
  const takes = TAKES_PER_ENGINE;
  if (!existsSync(backupOf(from)))
    throw new Error(
      `No backup from ${from} at ${backupOf(from)}: npm run test:engines runs chromium, firefox, ` +
        `webkit, then the ring's last link, each restoring the backup of the engine before it.`,
    );
  const logged = await app.voicemailsMatching(PHONE_QUERY);
  await app.click('button', '^Practice$');
  const listed = (await app.takesListed()).length;
  await app.click('button', '^Settings$');
  const zip = readFileSync(backupOf(from)).toString('base64');
  await app.until('the restore control', () =>
    app.driver.run<boolean>(`__eng.restoreFile(${JSON.stringify(zip)}, '${from}-backup.zip')`),
  );
  await app.waitFor('p, [role=status]', `^Restored ${takes} takes`, 60_000);
  await app.click('button', '^Practice$');
  await app.until(
    `${listed + takes} takes listed`,
    async () => (await app.takesListed()).length === listed + takes,
  );
  await app.clickLast('.take-list li button.take');
  const max = await app.until('the player', () =>
    app.driver.run<string | null>(
      `document.querySelector('[aria-label="Playback position"]')?.max ?? null`,
    ),
  );
  // Their first take ran for about 4.5 s (the scenario's first recording).
  expect(Number(max)).toBeGreaterThan(3.5);
  await app.playAndHearItMove();
  // Their logged voicemail came with the takes.
  await app.until(
    `${logged + 1} voicemails found`,
    async () => (await app.voicemailsMatching(PHONE_QUERY)) === logged + 1,
  );
  expect(await app.texts('[aria-label="Matching voicemails"] h4')).toContain(
    `Sam Lee, Northwind (${from})`,
  );
}

/**
 * The last link of the ring: a fresh browser of engine `driver` restores the backup engine `from`
 * exported and plays one of its takes.
 */
export function restoreSuite(
  label: string,
  launch: () => Promise<Driver>,
  port: number,
  from: Engine,
): void {
  describe(label, () => {
    const { app } = useApp(port, launch);

    it(`restores the backup ${from} exported into an empty library: its take plays, its log is here`, async () => {
      await restoreAndPlay(app(), from);
    });
  });
}

/**
 * The practice loop in one engine, as a rep does it: record real speech, see its length, reload,
 * replay, export, go offline, record again, and get an interrupted take back. Steps run in order
 * on one browser and one library.
 */
export function engineSuite(
  label: string,
  launch: () => Promise<Driver>,
  port: number,
  from?: Engine,
): void {
  describe(label, () => {
    // The first engine of the ring starts it afresh: no backup from an earlier run is restored.
    const clean = from ? undefined : () => rmSync(BACKUPS, { recursive: true, force: true });
    const { app, server } = useApp(port, launch, clean);
    let firstLength = 0;

    it('records a take of real speech and shows it measured, with the length it ran', async () => {
      const started = Date.now();
      firstLength = await app().recordTake(4500);
      expect(firstLength).toBeGreaterThan(3.5);
      expect(firstLength).toBeLessThanOrEqual(secondsSince(started));
      // Measured: the dead air is the fixture's own 0.3 s of leading silence (it plays from the
      // moment the recorder starts) plus the engine's audio latency, not a tone or a buzz.
      const shown = await app().snapshot();
      const deadAir = Number(/Dead air (\d+\.\d) s/.exec(shown)?.[1]);
      expect(deadAir, shown).toBeGreaterThanOrEqual(0.2);
      expect(deadAir, shown).toBeLessThanOrEqual(0.9);
      expect(shown).not.toMatch(/Too noisy to measure|People talking nearby/);
      console.info(`${label}: dead air ${deadAir.toFixed(1)} s`);
      expect(await app().takesListed()).toHaveLength(1);
    });

    it('keeps the take across a reload, with the same length', async () => {
      await app().open();
      const listed = await app().until('the kept take to be listed', async () => {
        const items = await app().takesListed();
        return items.length === 1 ? items : null;
      });
      expect(listed[0]).toContain(`${firstLength.toFixed(1)} s`);
    });

    it('replays the stored take (its length from storage, not the file’s metadata)', async () => {
      await app().click('.take-list li button', `${firstLength.toFixed(1)} s`);
      // The player loads on first use: wait for it before reading its length.
      const max = await app().until('the player', () =>
        app().driver.run<string | null>(
          `document.querySelector('[aria-label="Playback position"]')?.max ?? null`,
        ),
      );
      expect(Number(max)).toBeCloseTo(firstLength, 1);
      await app().playAndHearItMove();
    });

    it('exports the take as recorded, in a file that decodes', async () => {
      await app().click('details.more > summary', '^More');
      await app().click('button', '^Download original$');
      await app().until('the download', () => app().driver.run<number>('__eng.downloadCount()'));
      const file = await app().driver.run<{ name: string; type: string; durationSec: number }>(
        '__eng.decodeDownload(0)',
      );
      expect(file.name).toMatch(/\.(webm|ogg|m4a)$/);
      expect(file.name).toMatch(app().driver.engine === 'webkit' ? /\.m4a$/ : /\.(webm|ogg)$/);
      // The file holds the whole take (the shown length runs from Record to Stop; the recorder
      // starts a moment after the clock).
      expect(file.durationSec).toBeGreaterThan(firstLength - 1);
    });

    it('loads from its service worker with the server gone, and records and keeps a take', async () => {
      await app().until('the service worker to be ready', () =>
        app().driver.run<boolean>(`navigator.serviceWorker.ready.then(() => true)`),
      );
      await app().open();
      await app().until('the service worker to control the page', () =>
        app().driver.run<boolean>(`navigator.serviceWorker.controller !== null`),
      );
      await server.stop();
      await app().open();
      await app().recordTake(2500);
      await app().open();
      await app().until(
        'two takes listed offline',
        async () => (await app().takesListed()).length === 2,
      );
    });

    it('gets back a take interrupted by a reload, and it plays', async () => {
      await app().click('button', '^Record$');
      await app().waitFor('button', '^Stop$');
      await sleep(3500);
      await app().open();
      const keep = await app().waitFor(
        'button',
        '^Keep recovered take \\(\\d+\\.\\d s\\)$',
        30_000,
      );
      const seconds = Number(/\((\d+\.\d) s\)/.exec(keep)![1]);
      expect(seconds).toBeGreaterThan(1.5);
      await app().click('button', '^Keep recovered take');
      await app().until('three takes listed', async () => (await app().takesListed()).length === 3);
      await app().click('.take-list li button', 'recovered');
      await app().playAndHearItMove();
    });

    it('logs a voicemail left, and after a reload finds it by part of its number written another way', async () => {
      await app().click('button', '^Log$');
      await app().click('button', '^Log a voicemail$');
      await app().fill('^Name', 'Sam Lee');
      await app().fill('^Company', `Northwind (${app().driver.engine})`);
      await app().fill('^Phone', PROSPECT_PHONE);
      await app().click('button', '^Save to log$');
      await app().open();
      await app().until(
        'the voicemail found',
        async () => (await app().voicemailsMatching(PHONE_QUERY)) === 1,
      );
      expect(await app().texts('[aria-label="Matching voicemails"] h4')).toEqual([
        `Sam Lee, Northwind (${app().driver.engine})`,
      ]);
    });

    it('exports a backup of its takes and log', async () => {
      await app().click('button', '^Settings$');
      await app().click('button', '^Export backup$');
      // Reloads cleared earlier downloads: this page's only one is the backup.
      await app().until('the backup download', () =>
        app().driver.run<boolean>('__eng.downloadCount() > 0'),
      );
      const file = await app().driver.run<{ name: string; base64: string }>(
        '__eng.downloadBase64(__eng.downloads.length - 1)',
      );
      expect(file.name).toMatch(/^afterbeep-backup-.*\.zip$/);
      mkdirSync(BACKUPS, { recursive: true });
      writeFileSync(backupOf(app().driver.engine), Buffer.from(file.base64, 'base64'));
    });

    if (from) {
      it(`restores the backup ${from} exported: its takes are listed here, one plays, and its log is here`, async () => {
        await restoreAndPlay(app(), from);
      });
    }
  });
}
