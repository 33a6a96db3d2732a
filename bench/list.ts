/**
 * Time to open the take list with 2,000 takes: builds the app, seeds IndexedDB in Chromium with
 * 2,000 TakeRecords (metadata and 800 waveform peaks each, no audio), then opens the app five times
 * and reads the "list drawn" performance mark (ms from navigation start). Prints the median.
 *
 *   npx tsx bench/list.ts            (TAKES=5000 RUNS=9 to change the load)
 */
import { build } from 'vite';
import { launchChromium } from '../test/e2e/support';
import { serveStatic } from '../scripts/static-server';
import { ANALYSIS_VERSION } from '../src/lib/analysis';
import { MARK_LIST_DRAWN } from '../src/lib/marks';
import { median } from './median';

const TAKES = Number(process.env.TAKES ?? 2000);
const RUNS = Number(process.env.RUNS ?? 5);
const OUT = 'dist-bench-list';

async function main() {
  process.env.AFTERBEEP_OUT = OUT;
  await build({ logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  const server = await serveStatic(OUT);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const setup = await context.newPage();
    await setup.goto(server.url);
    // The app opens (and migrates) the database; wait for it, then seed through plain IndexedDB.
    await setup.getByRole('heading', { name: /^Takes/ }).waitFor();
    await setup.evaluate(
      async ({ count, analysisVersion }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('afterbeep');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction('takes', 'readwrite');
        const store = tx.objectStore('takes');
        const start = Date.now() - count * 60_000;
        for (let i = 0; i < count; i++) {
          const lengthSec = 18 + (i % 15);
          const onset = 0.2 + (i % 7) * 0.25;
          store.put({
            id: `bench-${i}`,
            createdAt: start + i * 60_000,
            lengthMs: lengthSec * 1000,
            mimeType: 'audio/webm;codecs=opus',
            sizeBytes: lengthSec * 4000,
            band: { minSec: 20, maxSec: 30 },
            peaks: Array.from({ length: 800 }, (_, j) => Math.abs(Math.sin(i + j / 9)) * 0.8),
            analysis: {
              lengthSec,
              speechOnsetSec: onset,
              speechEndSec: lengthSec - 0.5,
              talkTimeSec: lengthSec - 3,
              pauses: [{ startSec: 6, endSec: 6.6 }],
              longestPauseSec: 0.6,
              syllables: Math.round(lengthSec * 4),
              paceSyllablesPerSec: 4.2,
              paceWpm: 150,
              openingSyllablesPerSec: 2 + (i % 5) * 0.5,
              speechRmsDbfs: -24,
              peakDbfs: -6,
              noiseFloorDbfs: -62,
              snrDb: 38,
              clippingFraction: 0,
            },
            analysisVersion,
            voiceProcessing: false,
            ...(i % 3 === 0 ? { scriptId: 'bench-script', scriptVersion: 1 } : {}),
          });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { count: TAKES, analysisVersion: ANALYSIS_VERSION },
    );
    await setup.close();

    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(server.url);
      const drawn = await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false,
        MARK_LIST_DRAWN,
        { timeout: 30_000 },
      );
      const ms = Number(await drawn.jsonValue());
      const heading = await page.getByRole('heading', { name: /^Takes/ }).innerText();
      if (!heading.includes(`(${TAKES})`))
        throw new Error(`The list did not show ${TAKES} takes: "${heading}"`);
      const rows = await page.locator('.take-list ol > li').count();
      times.push(ms);
      console.log(`run ${run + 1}: list drawn at ${ms.toFixed(0)} ms (${rows} rows drawn)`);
      await page.close();
    }
    console.log(
      `Take list with ${TAKES} takes drawn in ${median(times).toFixed(0)} ms from navigation start (median of ${RUNS})`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
