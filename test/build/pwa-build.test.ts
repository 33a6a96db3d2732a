import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A real production build: what the service worker precaches is decided at build time, so only
// the built files can show whether the app would open offline.
const OUT = 'dist-unit-pwa';
const outDir = path.resolve(OUT);

/** Paths of every file under dir, relative to it, with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? listFiles(full, rel) : [rel];
  });
}

/** The URLs in sw.js's precacheAndRoute([...]) list. */
function precachedUrls(sw: string): string[] {
  const list = /precacheAndRoute\(\s*(\[[^\]]*\])/.exec(sw)?.[1];
  if (!list) throw new Error('sw.js has no precacheAndRoute([...]) list');
  return [...list.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
}

let files: string[] = [];
let sw = '';
let precache: Set<string>;
let html = '';

beforeAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    {
      // vitest sets NODE_ENV=test, which would make workbox emit a development service worker.
      env: { ...process.env, NODE_ENV: 'production', AFTERBEEP_OUT: OUT },
      stdio: 'pipe',
    },
  );
  files = listFiles(outDir);
  sw = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  precache = new Set(precachedUrls(sw));
  html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
}, 300_000); // A full production build; minutes when 8 jobs share 2 cores.

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Files the page loads, found by following references from index.html through JS and CSS. */
function filesTheAppLoads(): Set<string> {
  const loadable = files.filter((file) => /\.(js|mjs|css|wasm|png|svg|webmanifest)$/.test(file));
  const reached = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (!/\.(html|js|mjs|css|webmanifest)$/.test(file)) continue;
    const text = readFileSync(path.join(outDir, file), 'utf8');
    for (const candidate of loadable) {
      // Chunks name each other by file name (./x.js, assets/x.js, new URL("x.js", import.meta.url)).
      if (!reached.has(candidate) && text.includes(path.posix.basename(candidate))) {
        reached.add(candidate);
        queue.push(candidate);
      }
    }
  }
  // The service worker and its runtime are loaded by the browser's SW machinery, not the page.
  reached.delete('sw.js');
  for (const file of [...reached]) if (/^workbox-.*\.js$/.test(file)) reached.delete(file);
  return reached;
}

describe('production build: service worker precache', () => {
  it('precaches every file the app loads, following imports from index.html', () => {
    const loads = filesTheAppLoads();
    expect(loads.size).toBeGreaterThan(3);
    const missing = [...loads].filter((file) => !precache.has(file));
    expect(missing).toEqual([]);
    // Every chunk is reachable from index.html, lazy ones and workers included: none is orphaned.
    const chunks = files.filter((file) => file.startsWith('assets/') && /\.(js|css)$/.test(file));
    expect(chunks.filter((file) => !loads.has(file))).toEqual([]);
    expect([...loads].some((file) => /worker/i.test(file))).toBe(true);
  });

  it('precaches every JS chunk (lazy ones and workers too), CSS and wasm in the build', () => {
    const code = files.filter(
      (file) =>
        /\.(js|mjs|css|wasm)$/.test(file) && file !== 'sw.js' && !/^workbox-.*\.js$/.test(file),
    );
    expect(code.some((file) => file.endsWith('.css'))).toBe(true);
    expect(code.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(1);
    expect(code.filter((file) => !precache.has(file))).toEqual([]);
  });

  it('precaches the worker chunks the app starts', () => {
    const workers = files.filter((file) => /worker/i.test(file) && file.endsWith('.js'));
    for (const worker of workers) expect(precache.has(worker), worker).toBe(true);
  });

  it('precaches the HTML, the manifest and every icon, and lists nothing that is not in the build', () => {
    for (const file of [
      'index.html',
      'manifest.webmanifest',
      'icon.svg',
      'icon-192.png',
      'icon-512.png',
    ]) {
      expect(precache.has(file), file).toBe(true);
    }
    expect(precache.has('icon-maskable-512.png')).toBe(true);
    expect(precache.has('apple-touch-icon.png')).toBe(true);
    expect([...precache].filter((url) => !existsSync(path.join(outDir, url)))).toEqual([]);
  });

  it('answers navigations with the precached index.html, so a reload works offline', () => {
    expect(sw).toMatch(/createHandlerBoundToURL\(\s*"index\.html"\s*\)/);
    expect(sw).toMatch(/NavigationRoute/);
  });

  it('waits for the user before taking over: skipWaiting only on a SKIP_WAITING message', () => {
    expect(sw).toMatch(/"SKIP_WAITING"\s*===\s*\w+\.data\.type\s*&&\s*self\.skipWaiting\(\)/);
    expect(sw.match(/skipWaiting\(\)/g)?.length).toBe(1);
  });
});

describe('production build: index.html and web app manifest', () => {
  it('has no inline script and a strict Content Security Policy', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('media-src')).toEqual(expect.arrayContaining(["'self'", 'blob:']));
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('paints its first view from the HTML alone: the shell CSS is inlined, no stylesheet to wait for', () => {
    expect(html).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
    const inlined = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    // The picture's own rules are there: the record control and the clock it shows.
    expect(inlined).toMatch(/\.record\b/);
    expect(inlined).toMatch(/\.clock\b/);
    expect(html).toMatch(/<div id="app" data-prerendered inert aria-hidden="true">/);
  });

  it('asks for eager compilation of the code every start runs, and of no lazy chunk', () => {
    const HINT = '//# allFunctionsCalledOnLoad\n';
    const entry = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(preloaded.length).toBeGreaterThan(0);
    const atStart = new Set([entry ?? '', ...preloaded]);
    const chunks = files.filter((file) => /^assets\/.*\.js$/.test(file));
    for (const chunk of chunks) {
      const hinted = readFileSync(path.join(outDir, chunk), 'utf8').startsWith(HINT);
      expect({ chunk, hinted }).toEqual({ chunk, hinted: atStart.has(chunk) });
    }
  });

  it('links the manifest, theme colour and Apple touch icon', () => {
    expect(html).toMatch(/<link rel="manifest" href="[^"]*manifest\.webmanifest"/);
    expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/i);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="[^"]*apple-touch-icon\.png"/);
  });

  it('describes an installable standalone app with relative start_url and scope', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(outDir, 'manifest.webmanifest'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Afterbeep — voicemail practice',
      short_name: 'Afterbeep',
      display: 'standalone',
      start_url: './',
      scope: './',
      categories: ['business', 'productivity'],
    });
    expect(String(manifest.description).length).toBeGreaterThan(20);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    // The browser's toolbar colour in a tab matches the installed app's.
    expect(html).toContain(`<meta name="theme-color" content="${String(manifest.theme_color)}"`);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const icons = manifest.icons as {
      src: string;
      sizes: string;
      type: string;
      purpose?: string;
    }[];
    const has = (sizes: string, purpose: string): boolean =>
      icons.some(
        (icon) => icon.sizes === sizes && (icon.purpose ?? 'any').split(' ').includes(purpose),
      );
    expect(has('192x192', 'any')).toBe(true);
    expect(has('512x512', 'any')).toBe(true);
    expect(has('512x512', 'maskable')).toBe(true);
    for (const icon of icons) {
      const file = path.join(outDir, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        // PNG header: width and height are big-endian at bytes 16 and 20.
        const png = readFileSync(file);
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
      }
    }
  });
});
