import { library } from './library.svelte';
import { pwa } from './pwa.svelte';
import { recovery } from './recovery.svelte';

let started: Promise<void> | null = null;

/**
 * Starts the app once, before the UI mounts: registers the service worker, opens storage and
 * reads the library, then looks for takes an earlier session left unfinished.
 */
export function start(): Promise<void> {
  started ??= (async () => {
    pwa.start();
    await library.load();
    await recovery.scan();
  })();
  return started;
}

/** The app's start-up, called from main.ts. */
export const app = { start };
