/**
 * Size budgets of the production build (npm run size: vite build && tsx scripts/size.ts).
 * Reads dist/ (or AFTERBEEP_OUT) and prints:
 * - the app shell: JS and CSS loaded on first visit (index.html's entry, the chunks it imports
 *   statically, its stylesheets, and the CSS inlined in it), gzipped; lazily imported chunks and
 *   workers are not counted;
 * - the precache: every file sw.js caches for offline use, gzipped, and how many there are.
 * Exits 1 when the shell exceeds 60 KB or the precache 400 KB (gzipped, 1 KB = 1000 bytes).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes, gzipped. */
const SHELL_BUDGET = 60_000;
const PRECACHE_BUDGET = 400_000;

const outDir = path.resolve(process.env.AFTERBEEP_OUT ?? 'dist');

function fail(message: string): never {
  console.error(`size: ${message}`);
  process.exit(2);
}

if (!existsSync(path.join(outDir, 'index.html'))) {
  fail(`no build in ${outDir}: run "npx vite build" first (or npm run size, which builds).`);
}

const read = (file: string): Buffer => readFileSync(path.join(outDir, file));
/** Gzipped size in bytes at level 9, as Vite reports it. */
const gzipped = (file: string): number => gzipSync(read(file), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/** Resolves a URL from a file in the build to a path relative to outDir. */
function resolveFrom(fromFile: string, url: string): string {
  const clean = url.split(/[?#]/)[0] ?? url;
  const rel = clean.startsWith('/')
    ? clean.slice(1)
    : path.posix.join(path.posix.dirname(fromFile), clean);
  return path.posix.normalize(rel);
}

/** The entry scripts and stylesheets index.html loads. */
function htmlEntries(): string[] {
  const html = read('index.html').toString('utf8');
  const tags = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g),
  ];
  return tags.map((match) => resolveFrom('index.html', match[1] ?? ''));
}

/** Chunks a JS file imports statically (import … from "x", import "x", export … from "x"). */
function staticImports(file: string): string[] {
  const code = read(file).toString('utf8');
  // `import(` (dynamic) never matches: the character after `import` must not be "(".
  const pattern =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  return [...code.matchAll(pattern)].map((match) => resolveFrom(file, match[1] ?? ''));
}

function shellFiles(): string[] {
  const seen = new Set<string>();
  const queue = htmlEntries();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    if (!existsSync(path.join(outDir, file)))
      fail(`${file} is referenced but missing from ${outDir}`);
    seen.add(file);
    if (/\.m?js$/.test(file)) queue.push(...staticImports(file));
  }
  return [...seen];
}

/** URLs in sw.js's precacheAndRoute([...]) list, relative to outDir. */
function precachedFiles(): string[] {
  const sw = existsSync(path.join(outDir, 'sw.js'))
    ? read('sw.js').toString('utf8')
    : fail('no sw.js in the build');
  const list =
    /precacheAndRoute\(\s*(\[[^\]]*\])/.exec(sw)?.[1] ?? fail('sw.js has no precache list');
  return [...new Set([...list.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((match) => match[1] ?? ''))];
}

/** The CSS inlined in index.html's <style> elements (prerender.config.ts puts the shell's there). */
function inlineCss(): string {
  const html = read('index.html').toString('utf8');
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
}

function table(files: string[]): number {
  let total = 0;
  for (const file of files.sort()) {
    const size = gzipped(file);
    total += size;
    console.log(`  ${file.padEnd(48)} ${kb(size).padStart(9)}`);
  }
  return total;
}

console.log(`Build: ${path.relative(process.cwd(), outDir) || '.'}`);
const shell = shellFiles();
console.log(`\nApp shell, first load (entry + static imports + CSS), ${shell.length} files:`);
const inlined = inlineCss();
const inlinedBytes = inlined ? gzipSync(inlined, { level: 9 }).length : 0;
const shellBytes = table(shell) + inlinedBytes;
if (inlined)
  console.log(`  ${'index.html <style> (inlined CSS)'.padEnd(48)} ${kb(inlinedBytes).padStart(9)}`);
console.log(`  total ${kb(shellBytes)} gzipped (budget ${kb(SHELL_BUDGET)})`);

const precache = precachedFiles();
console.log(`\nPrecache (available offline), ${precache.length} files:`);
const precacheBytes = table(precache);
console.log(`  total ${kb(precacheBytes)} gzipped (budget ${kb(PRECACHE_BUDGET)})`);

const summary = {
  shellGzipBytes: shellBytes,
  shellFiles: shell.length,
  precacheGzipBytes: precacheBytes,
  precacheFiles: precache.length,
};
console.log(`\n${JSON.stringify(summary)}`);

let over = false;
if (shellBytes > SHELL_BUDGET) {
  console.error(`OVER BUDGET: app shell ${kb(shellBytes)} > ${kb(SHELL_BUDGET)} gzipped`);
  over = true;
}
if (precacheBytes > PRECACHE_BUDGET) {
  console.error(`OVER BUDGET: precache ${kb(precacheBytes)} > ${kb(PRECACHE_BUDGET)} gzipped`);
  over = true;
}
process.exit(over ? 1 : 0);
