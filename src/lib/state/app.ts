import { library } from './library.svelte';
import { pwa } from './pwa.svelte';
import { recovery } from './recovery.svelte';
import { scripts } from './scripts.svelte';

let started: Promise<void> | null = null;

/**
 * Starts the app once, before the UI mounts: opens storage and reads the library, registers the
 * service worker, then looks for takes an earlier session left unfinished, lists scripts and
 * reads the follow-ups due today (only the log's by-follow-up index; the log state is a lazy chunk).
 */
export function start(): Promise<void> {
  started ??= (async () => {
    await library.load();
    // Registering the service worker waits for the takes: it is no use to the first view, and
    // here it runs in a task of its own instead of lengthening the code's evaluation.
    pwa.start();
    // The take filter's script picker; the scripts' takes load only when Scripts opens.
    await Promise.all([
      recovery.scan(),
      scripts.loadList(),
      import('./log.svelte').then(({ messageLog }) => messageLog.loadDue()),
    ]);
  })();
  return started;
}

/** The app's start-up, called from main.ts. */
export const app = { start };
