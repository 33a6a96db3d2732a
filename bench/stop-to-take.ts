/**
 * Pressing Stop to the analysed take on screen, in headless Chromium, for a 30 s take: builds the
 * app, feeds Chromium's fake microphone a 30 s speech WAV, records a 30 s take five times and
 * reads the app's own performance marks (Stop pressed → recorder flushed → measured → take shown).
 *
 *   npx tsx bench/stop-to-take.ts        (RUNS=3 TAKE_SEC=10 to change the load)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { serveStatic } from '../scripts/static-server';
import { mixToMono, parseWav } from '../src/lib/analysis/wav';
import { encodeWav } from '../src/lib/audio/wav-encode';
import {
  MARK_MEASURED,
  MARK_RECORDER_STOPPED,
  MARK_STOP,
  MEASURE_STOP_TO_TAKE,
} from '../src/lib/marks';
import { launchChromium } from '../test/e2e/support';
import { median } from './median';

const RUNS = Number(process.env.RUNS ?? 5);
const TAKE_SEC = Number(process.env.TAKE_SEC ?? 30);
const OUT = 'dist-bench-stop';

/** A speech WAV of at least `seconds`, made by repeating the 10 s mic fixture. */
function longSpeechWav(seconds: number): string {
  const source = parseWav(new Uint8Array(readFileSync('test/fixtures/mic/speech-10s.wav')));
  const once = mixToMono(source);
  const copies = Math.ceil((seconds + 1) / (once.length / source.sampleRate));
  const samples = new Float32Array(once.length * copies);
  for (let i = 0; i < copies; i++) samples.set(once, i * once.length);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'afterbeep-bench-')), 'speech.wav');
  writeFileSync(file, encodeWav(samples, source.sampleRate));
  return file;
}

async function main() {
  process.env.AFTERBEEP_OUT = OUT;
  await build({ logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  const server = await serveStatic(OUT);
  const mic = longSpeechWav(TAKE_SEC);
  const rows: { total: number; flush: number; measured: number }[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // The fake microphone plays its file once per browser, so each take gets a fresh browser.
      const browser = await launchChromium({ mic });
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.getByRole('heading', { name: /^Takes/ }).waitFor();
      await page.getByRole('button', { name: 'Record' }).click();
      await page.getByRole('button', { name: 'Stop' }).waitFor();
      await page.waitForTimeout(TAKE_SEC * 1000);
      await page.getByRole('button', { name: 'Stop' }).click();
      await page
        .getByRole('region', { name: 'Your take' })
        .getByText(/syllables\/s/)
        .first()
        .waitFor();
      // No named helpers inside: tsx would wrap them in a __name() the page does not have.
      const marks = await page.waitForFunction(
        (names) => {
          const stop = performance.getEntriesByName(names.stop)[0];
          const total = performance.getEntriesByName(names.total)[0];
          if (!stop || !total) return false;
          return {
            total: total.duration,
            flush: performance.getEntriesByName(names.flushed)[0]!.startTime - stop.startTime,
            measured: performance.getEntriesByName(names.measured)[0]!.startTime - stop.startTime,
          };
        },
        {
          stop: MARK_STOP,
          total: MEASURE_STOP_TO_TAKE,
          flushed: MARK_RECORDER_STOPPED,
          measured: MARK_MEASURED,
        },
      );
      const row = (await marks.jsonValue()) as (typeof rows)[number];
      rows.push(row);
      console.log(
        `run ${run + 1}: take shown ${row.total.toFixed(0)} ms after Stop (recorder flushed at ${row.flush.toFixed(0)} ms, measured at ${row.measured.toFixed(0)} ms)`,
      );
      await browser.close();
    }
  } finally {
    await server.close();
  }
  console.log(
    `Stop → analysed ${TAKE_SEC} s take on screen: median ${median(rows.map((r) => r.total)).toFixed(0)} ms ` +
      `(recorder flush ${median(rows.map((r) => r.flush)).toFixed(0)} ms, measured ${median(rows.map((r) => r.measured)).toFixed(0)} ms; median of ${RUNS})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
