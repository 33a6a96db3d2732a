import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';

/** Brand colours shared by the manifest and index.html's theme-color. */
export const THEME_COLOR = '#1f5fd1';
export const BACKGROUND_COLOR = '#f6f7f9';

/** The web app manifest: relative start_url and scope so the app installs under any base path. */
export const manifest: Partial<ManifestOptions> = {
  id: './',
  name: 'Afterbeep — voicemail practice',
  short_name: 'Afterbeep',
  description:
    'Rehearse voicemail messages: record a take, see if it fit the time target and whether the opening was slow, replay it, and go again. Works offline; nothing leaves your device.',
  lang: 'en',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  categories: ['business', 'productivity'],
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};

/**
 * The build's version string: package.json's version, or AFTERBEEP_BUILD_ID when set (the offline
 * e2e test builds a second version this way to see the update prompt).
 */
function buildVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const id = process.env.AFTERBEEP_BUILD_ID;
  return id ? `${pkg.version}+${id}` : pkg.version;
}

/** Exposes the build's version to the app as `__AFTERBEEP_VERSION__` (see src/lib/pwa/version.ts). */
function versionPlugin(): Plugin {
  return {
    name: 'afterbeep-version',
    config: () => ({ define: { __AFTERBEEP_VERSION__: JSON.stringify(buildVersion()) } }),
  };
}

/** The service worker and web app manifest: prompt-style updates, every file the app loads precached. */
export function pwa(): Plugin[] {
  return [
    versionPlugin(),
    ...VitePWA({
      registerType: 'prompt',
      // We register from src/lib/pwa, so the plugin injects no inline or extra script (CSP stays strict).
      injectRegister: false,
      strategies: 'generateSW',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // globPatterns below already picks up public/'s icons; listing them again would duplicate entries.
      includeManifestIcons: false,
      manifest,
      workbox: {
        // Every JS chunk (lazy ones and workers too), CSS, HTML, icons and any wasm. The plugin adds
        // manifest.webmanifest itself; globbing it too would list it twice.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,wasm}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // Prompt mode: a new version waits until the user chooses Reload (messageSkipWaiting).
        skipWaiting: false,
        // On the first visit the worker takes the open page at once, so it works offline without a
        // reload. Updates are unaffected: they only activate after the user's Reload.
        clientsClaim: true,
        // No runtime caching: the app makes no requests beyond its own precached files.
        runtimeCaching: [],
      },
      devOptions: { enabled: false },
    }),
  ];
}
