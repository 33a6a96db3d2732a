/**
 * "Who's calling?" with 10,000 logged voicemails: builds the app, seeds IndexedDB in Chromium with
 * 10,000 voicemails, opens the Log, then types each query into the lookup and times from the input
 * event to the match count on screen (the search, the list of up to 50 matches drawn and the DOM
 * updated). Prints the median, next to the pure search in Node on the same log for comparison.
 *
 *   npx tsx bench/log-search.ts          (VOICEMAILS=20000 ROUNDS=5 to change the load)
 */
import { build } from 'vite';
import { launchChromium } from '../test/e2e/support';
import { serveStatic } from '../scripts/static-server';
import { phoneKey } from '../src/lib/log/phone';
import { buildIndex, search } from '../src/lib/log/search';
import { median } from '../src/lib/log/stats';
import type { VoicemailRecord } from '../src/lib/storage/schema';

const VOICEMAILS = Number(process.env.VOICEMAILS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const OUT = 'dist-bench-log';

/** Partial numbers written every way, names and companies: what a rep types when the phone rings. */
const QUERIES = [
  '(412) 555-01',
  '412.555.0187',
  '+1 412 555 0',
  '4125550',
  '555-0199',
  '0187',
  'lee',
  'northwind',
  'ana ruiz',
  'kowalski',
];

const FIRST = ['Sam', 'Ana', 'Priya', 'José', 'Mei', 'Tom', 'Olu', 'Zofia', 'Dee', 'Ravi'];
const LAST = ['Lee', 'Ruiz', 'Patel', 'Núñez', 'Chen', 'Kowalski', 'Adeyemi', 'O’Brien', 'Smith'];
const COMPANY = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Proseware'];
const WAYS = [
  (a: string, b: string, c: string) => `(${a}) ${b}-${c}`,
  (a: string, b: string, c: string) => `${a}.${b}.${c}`,
  (a: string, b: string, c: string) => `+1 ${a} ${b} ${c}`,
  (a: string, b: string, c: string) => `${a}${b}${c}`,
];

/** A deterministic log of `count` voicemails over the last year. */
function makeLog(count: number): VoicemailRecord[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    // 20 area codes, so a partial number matches many voicemails as in a real territory.
    const area = String(312 + (i % 20) * 10);
    const phone = WAYS[i % WAYS.length]!(area, '555', String((i * 7919) % 10_000).padStart(4, '0'));
    const leftAt = now - (count - i) * 3_000_000;
    return {
      id: `bench-${i}`,
      leftAt,
      prospect: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
      company: COMPANY[(i * 3) % COMPANY.length]!,
      phone,
      phoneKey: phoneKey(phone),
      scriptId: `script-${i % 4}`,
      scriptVersion: 1,
      scriptTitle: `Script ${i % 4}`,
      note: i % 5 === 0 ? 'Asked to call back after the quarter closes.' : '',
      outcomes: i % 6 === 0 ? [{ kind: 'called back', at: leftAt + 86_400_000 }] : [],
      updatedAt: leftAt,
    };
  });
}

async function main() {
  const log = makeLog(VOICEMAILS);

  // The pure search in Node, for comparison with what the rep sees in the browser.
  const index = buildIndex(log);
  const nodeTimes: number[] = [];
  for (let round = 0; round < ROUNDS * 3; round++)
    for (const q of QUERIES) {
      const t0 = performance.now();
      search(index, q);
      nodeTimes.push(performance.now() - t0);
    }

  process.env.AFTERBEEP_OUT = OUT;
  await build({ logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  // BENCH_PORT pins the port (0: any free one).
  const server = await serveStatic(OUT, Number(process.env.BENCH_PORT ?? 0));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    // The app opens (and migrates) the database; then seed through plain IndexedDB.
    await page.getByRole('button', { name: 'Log', exact: true }).waitFor();
    await page.waitForFunction(async () => {
      const dbs = await indexedDB.databases();
      return dbs.some((d) => d.name === 'afterbeep' && (d.version ?? 0) >= 3);
    });
    await page.evaluate(async (records) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('afterbeep');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('voicemails', 'readwrite');
      for (const r of records) tx.objectStore('voicemails').put(r);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, log);
    await page.reload();

    const opened = Date.now();
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    await page
      .getByRole('list', { name: 'Latest voicemails' })
      .getByRole('article')
      .first()
      .waitFor();
    const openMs = Date.now() - opened;

    const browserTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++)
      for (const q of QUERIES) {
        const ms = await page.evaluate(async (query) => {
          const input = document.getElementById('whos-calling') as HTMLInputElement;
          const summary = document.getElementById('lookup-summary')!;
          input.value = '';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 30));
          if (summary.textContent?.trim()) throw new Error('the summary did not clear');
          return new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              if (!summary.textContent?.trim()) return;
              observer.disconnect();
              resolve(performance.now() - t0);
            });
            observer.observe(summary, { childList: true, characterData: true, subtree: true });
            const t0 = performance.now();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          });
        }, q);
        browserTimes.push(ms);
        if (round === 0) {
          const said = await page.locator('#lookup-summary').innerText();
          console.log(`  "${q}": ${ms.toFixed(1)} ms — ${said}`);
        }
      }
    const b = median(browserTimes)!;
    const n = median(nodeTimes)!;
    console.log(
      `Log opened with ${VOICEMAILS} voicemails (click → first row, via Playwright): ${openMs} ms`,
    );
    console.log(
      `Pure search in Node over ${VOICEMAILS} voicemails: median ${n.toFixed(2)} ms per query (${nodeTimes.length} queries)`,
    );
    const sorted = [...browserTimes].sort((x, y) => x - y);
    console.log(
      `  slowest ${sorted.at(-1)!.toFixed(1)} ms, 90th percentile ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(1)} ms (the first query also warms the page's code)`,
    );
    console.log(
      `Who's calling? in Chromium, input → matches on screen, ${VOICEMAILS} voicemails: median ${b.toFixed(1)} ms (${browserTimes.length} queries; target ≤ 50 ms; ${(b / n).toFixed(1)}× the pure search)`,
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
