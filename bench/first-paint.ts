/**
 * First paint on a slow phone network, with and without the pre-rendered first view, side by
 * side in one run: builds the app, then loads it in headless Chromium over an emulated slow 4G
 * link (150 ms round trip, 1.6 Mbit/s down, as Lighthouse's mobile preset) with a cold cache,
 * alternating the real index.html and the same page with its pre-rendered copy taken out. Prints
 * the medians of first contentful paint and of the moment the live app's Record button is in the
 * page (the app's code has run).
 *
 *   npx tsx bench/first-paint.ts        (RUNS=7 by default)
 */
import { build } from 'vite';
import { serveStatic } from '../scripts/static-server';
import { PRERENDERED_ATTR } from '../src/lib/ui/first-view';
import { launchChromium } from '../test/e2e/support';
import { median } from './median';

const RUNS = Number(process.env.RUNS ?? 7);
const OUT = 'dist-bench-paint';
/** Lighthouse's mobile throttling: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 93_750,
};

type Row = { fcp: number; live: number };

/** The built index.html with its pre-rendered copy removed: the page as it was before it. */
function withoutPrerender(html: string): string {
  const start = html.indexOf('<div id="app"');
  const end = html.lastIndexOf('</div>', html.indexOf('</body>'));
  if (start < 0 || end < 0 || !html.slice(start, end).includes(PRERENDERED_ATTR))
    throw new Error('bench: the build has no pre-rendered first view');
  return `${html.slice(0, start)}<div id="app">${html.slice(end)}`;
}

async function main() {
  process.env.AFTERBEEP_OUT = OUT;
  await build({ logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  const server = await serveStatic(OUT);
  const home = new URL('/', server.url).href;
  const browser = await launchChromium();
  const rows: Record<'with' | 'without', Row[]> = { with: [], without: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const variant of ['with', 'without'] as const) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        if (variant === 'without')
          await page.route(home, async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, body: withoutPrerender(await response.text()) });
          });
        // The moment the live app's record control is in the page: mounted, or the pre-rendered
        // copy's hydrated (#app no longer marked as a picture). No named helpers inside: tsx
        // would wrap them in a __name() the page does not have.
        await page.addInitScript(() => {
          new MutationObserver((_, observer) => {
            if (!document.querySelector('#app:not([data-prerendered]) > main .record')) return;
            (window as unknown as { liveAt: number }).liveAt = performance.now();
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true, attributes: true });
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
        await page.goto(home);
        await page.getByRole('button', { name: 'Record' }).waitFor();
        const row = await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          live: (window as unknown as { liveAt: number }).liveAt,
        }));
        rows[variant].push(row);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const fcp = (v: 'with' | 'without') => median(rows[v].map((r) => r.fcp));
  const live = (v: 'with' | 'without') => median(rows[v].map((r) => r.live));
  console.log(
    `First contentful paint on slow 4G, median of ${RUNS}: ${fcp('with').toFixed(0)} ms with the pre-rendered first view, ` +
      `${fcp('without').toFixed(0)} ms without (ratio ${(fcp('with') / fcp('without')).toFixed(2)}).`,
  );
  console.log(
    `The live app's Record button in the page: ${live('with').toFixed(0)} ms with, ${live('without').toFixed(0)} ms without (ratio ${(live('with') / live('without')).toFixed(2)}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
