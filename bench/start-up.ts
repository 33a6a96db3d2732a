/**
 * Start-up work on a slow phone's CPU: builds the app, then loads it cold in headless Chromium
 * with the CPU slowed 4× (Lighthouse's mobile preset) and reads the long tasks (over 50 ms) the
 * main thread ran until the app settled. Prints the medians of the longest task and of the
 * blocking time (each long task's time past 50 ms, summed): the time a tap on Record could wait.
 * COMPARE=<folder of another build> loads that build alternately in the same run, side by side.
 *
 *   npx tsx bench/start-up.ts        (RUNS=7 by default)
 */
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
/** Time left for the deferred parts and the library to load after Record appears, in ms. */
const SETTLE_MS = 3000;

type Row = { longest: number; blocking: number };

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
        // No named helpers inside: tsx would wrap them in a __name() the page does not have.
        await page.addInitScript(() => {
          const tasks: number[] = [];
          (window as unknown as { longTasks: number[] }).longTasks = tasks;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) tasks.push(entry.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await page.goto(server.url);
        await page.getByRole('button', { name: 'Record' }).waitFor();
        await page.waitForTimeout(SETTLE_MS);
        const tasks = await page.evaluate(
          () => (window as unknown as { longTasks: number[] }).longTasks,
        );
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
    `Start-up at ${CPU_SLOWDOWN}× CPU slowdown, median of ${RUNS}: longest task ${own!.longest.toFixed(0)} ms, ` +
      `blocking time ${own!.blocking.toFixed(0)} ms.`,
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
