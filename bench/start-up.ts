/**
 * Start-up work on a slow phone's CPU: builds the app, loads it cold in headless Chromium with a
 * trace running, and reads the main thread's tasks from first contentful paint until the app has
 * settled. Each task's CPU time is scaled by 4, as Lighthouse's mobile preset scales the time it
 * observes, to estimate the task on a slow phone. Prints the medians of the longest task and of
 * the blocking time (each task's time past 50 ms, summed): the time a tap on Record could wait.
 *
 * CPU time, not wall time: on a busy machine a task's wall time grows with whatever else runs,
 * while the CPU time the page's own thread spends stays nearly the same, so two builds compare
 * fairly even while other work shares the machine.
 * COMPARE=<folder of another build> loads that build alternately in the same run, side by side.
 *
 *   npx tsx bench/start-up.ts        (RUNS=7 by default)
 */
import type { CDPSession } from '@playwright/test';
import { build } from 'vite';
import { serveStatic } from '../scripts/static-server';
import { launchChromium } from '../test/e2e/support';
import { median } from './median';

const RUNS = Number(process.env.RUNS ?? 7);
const OUT = 'dist-bench-start';
/** Lighthouse's mobile CPU slowdown. */
const CPU_SLOWDOWN = 4;
/** A task longer than this blocks input (the long-task threshold), in ms. */
const LONG_TASK_MS = 50;
/** Time for the app to load, hydrate and settle (the deferred parts, the library), in ms. */
const SETTLE_MS = 4000;

type Row = { longest: number; blocking: number };
type TraceEvent = {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
};

/** Records a trace of one cold load; returns its events. */
async function traceLoad(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) =>
    events.push(...(data.value as unknown as TraceEvent[])),
  );
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading',
    transferMode: 'ReportEvents',
  });
  await load();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/**
 * The main thread's tasks that start after first contentful paint, as slow-phone milliseconds.
 * (The task that lays out and paints the first view ends with that paint, so it does not count.)
 */
function tasksAfterPaint(events: TraceEvent[]): number[] {
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) throw new Error('start-up: the trace has no first contentful paint');
  return events
    .filter(
      (event) =>
        event.name === 'RunTask' &&
        event.pid === paint.pid &&
        event.tid === paint.tid &&
        event.ts >= paint.ts,
    )
    .map((task) => ((task.tdur ?? task.dur ?? 0) / 1000) * CPU_SLOWDOWN);
}

async function main() {
  await build({ logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  const folders = [OUT, ...(process.env.COMPARE ? [process.env.COMPARE] : [])];
  const servers = await Promise.all(folders.map((folder) => serveStatic(folder)));
  const browser = await launchChromium();
  const rows = folders.map((): Row[] => []);
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [index, server] of servers.entries()) {
        // No service worker: every run is a first visit.
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        // Nothing queries the page while the trace runs: Playwright's own lookups would be
        // main-thread tasks of their own. Record is looked for once the trace has ended.
        const events = await traceLoad(cdp, async () => {
          await page.goto(server.url);
          await page.waitForTimeout(SETTLE_MS);
        });
        await page.getByRole('button', { name: 'Record' }).waitFor();
        const tasks = tasksAfterPaint(events);
        rows[index]!.push({
          longest: Math.max(0, ...tasks),
          blocking: tasks.reduce((sum, ms) => sum + Math.max(0, ms - LONG_TASK_MS), 0),
        });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
  const [own, other] = rows.map((list) => ({
    longest: median(list.map((r) => r.longest)),
    blocking: median(list.map((r) => r.blocking)),
  }));
  console.log(
    `Start-up after first paint, main-thread CPU time × ${CPU_SLOWDOWN}, median of ${RUNS}: ` +
      `longest task ${own!.longest.toFixed(0)} ms, blocking time ${own!.blocking.toFixed(0)} ms.`,
  );
  if (other)
    console.log(
      `${process.env.COMPARE}: longest task ${other.longest.toFixed(0)} ms, blocking time ${other.blocking.toFixed(0)} ms ` +
        `(this build / that one: ${(own!.longest / other.longest).toFixed(2)}, ${(own!.blocking / other.blocking).toFixed(2)}).`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
