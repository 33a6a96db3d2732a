/**
 * Lighthouse on the production build (npm run lighthouse). Builds into a temporary folder, serves
 * it on 127.0.0.1, runs Lighthouse with Debian's Chromium (CHROMIUM_PATH overrides) using the
 * mobile and desktop presets, and prints the performance, accessibility and best-practices scores,
 * the key metrics, and the audits related to installing and running offline. Lighthouse 12 no
 * longer has a PWA category, so installability is asked of Chromium itself through the DevTools
 * protocol (Page.getInstallabilityErrors), after the service worker controls the page.
 * Writes nothing to the repository (LIGHTHOUSE_JSON=<folder> saves the full reports there). Exits
 * 1 when the app is not installable.
 *
 * Scores move with the machine's load (Lighthouse scales the main-thread time it observes), so
 * COMPARE=<folder of another build> runs the mobile preset on this build and that one alternately,
 * RUNS times each (5 by default), and prints the medians side by side instead.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { type Config, type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from '../bench/median';
import { serveStatic } from './static-server';

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** Audits Lighthouse 12 still has that bear on an installable, offline-first app, plus metrics. */
const AUDITS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'total-byte-weight',
  'viewport',
  'is-on-https',
  'errors-in-console',
  'csp-xss',
  'inspector-issues',
  'bf-cache',
];

/** The mobile figures compared side by side: the performance score and its metrics. */
const COMPARED = {
  score: (lhr: LighthouseResult) => (lhr.categories.performance?.score ?? NaN) * 100,
  'FCP ms': (lhr: LighthouseResult) => lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
  'LCP ms': (lhr: LighthouseResult) => lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
  'TBT ms': (lhr: LighthouseResult) => lhr.audits['total-blocking-time']?.numericValue ?? NaN,
  'SI ms': (lhr: LighthouseResult) => lhr.audits['speed-index']?.numericValue ?? NaN,
};
type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function runLighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'error',
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    };
    const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    // LIGHTHOUSE_JSON=<folder> keeps the full reports, to see what a metric is made of.
    const keep = process.env.LIGHTHOUSE_JSON;
    if (keep) writeFileSync(path.join(keep, `${preset}.json`), JSON.stringify(lhr, null, 1));
    console.log(`\n== Lighthouse ${lhr.lighthouseVersion}, ${preset} preset ==`);
    for (const id of CATEGORIES) {
      const score = lhr.categories[id]?.score;
      console.log(`  ${id.padEnd(16)} ${score == null ? 'n/a' : Math.round(score * 100)}`);
    }
    for (const id of AUDITS) {
      const audit = lhr.audits[id];
      if (!audit) continue;
      const verdict =
        audit.score === null ? audit.scoreDisplayMode : audit.score >= 0.9 ? 'pass' : 'FAIL';
      console.log(`  - ${id.padEnd(26)} ${verdict.padEnd(14)} ${audit.displayValue ?? ''}`);
    }
    if (lhr.runWarnings.length > 0) console.log(`  warnings: ${lhr.runWarnings.join(' | ')}`);
    return lhr;
  } finally {
    chrome.kill();
  }
}

/** Asks Chromium whether the page is installable; returns the reasons it is not (empty: it is). */
async function installabilityErrors(url: string): Promise<string[]> {
  // A real (temporary) profile: Chromium never offers installs from an incognito context.
  const profile = mkdtempSync(path.join(tmpdir(), 'afterbeep-install-check-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    // Chromium's install criteria include a service worker, so wait until one controls the page.
    const controlled = await page.evaluate(async () => {
      const control = (async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) =>
            navigator.serviceWorker.addEventListener('controllerchange', resolve),
          );
        }
        return true;
      })();
      return Promise.race([
        control,
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000)),
      ]);
    });
    if (!controlled) console.log('  service worker: did not control the page within 15 s');
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string }[];
    };
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: {
        errorId: string;
        errorArguments: { name: string; value: string }[];
      }[];
    };
    const version = await page.evaluate(
      () => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '?',
    );
    console.log(`\n== Installability (Chromium ${version}) ==`);
    console.log(`  manifest: ${manifest.url}`);
    for (const error of manifest.errors) console.log(`  manifest problem: ${error.message}`);
    return [
      ...manifest.errors.map((error) => `manifest: ${error.message}`),
      ...installabilityErrors.map(
        (error) =>
          `${error.errorId}${error.errorArguments.map((arg) => ` ${arg.name}=${arg.value}`).join('')}`,
      ),
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Mobile runs on two builds, alternately; prints the medians of COMPARED for each. */
async function compare(own: string, other: string, runs: number): Promise<void> {
  const servers = [await serveStatic(own), await serveStatic(other)];
  const results: LighthouseResult[][] = [[], []];
  try {
    for (let run = 0; run < runs; run++)
      for (const [index, server] of servers.entries())
        results[index]!.push(await runLighthouse(server.url, 'mobile'));
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  console.log(`\n== Mobile, median of ${runs} alternating runs: this build | ${other} | ratio ==`);
  for (const [name, read] of Object.entries(COMPARED)) {
    const [mine, theirs] = results.map((lhrs) => median(lhrs.map(read)));
    console.log(
      `  ${name.padEnd(8)} ${mine!.toFixed(0).padStart(6)} | ${theirs!.toFixed(0).padStart(6)} | ${(mine! / theirs!).toFixed(2)}`,
    );
  }
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'afterbeep-lighthouse-'));
  try {
    console.log(`Building into ${outDir} …`);
    execFileSync(
      process.execPath,
      [
        path.resolve('node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { stdio: 'inherit', env: { ...process.env, AFTERBEEP_OUT: outDir } },
    );
    if (process.env.COMPARE) {
      await compare(outDir, process.env.COMPARE, Number(process.env.RUNS ?? 5));
      return;
    }
    const server = await serveStatic(outDir);
    console.log(`Serving ${server.url}`);
    try {
      const problems = await installabilityErrors(server.url);
      console.log(
        problems.length === 0
          ? '  installable: yes'
          : `  installable: NO\n  - ${problems.join('\n  - ')}`,
      );
      await runLighthouse(server.url, 'mobile');
      await runLighthouse(server.url, 'desktop');
      if (problems.length > 0) process.exitCode = 1;
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
