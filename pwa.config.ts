import { VitePWA } from 'vite-plugin-pwa';

/** The service worker and web app manifest: prompt-style updates, everything precached. */
export function pwa() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    },
  });
}
