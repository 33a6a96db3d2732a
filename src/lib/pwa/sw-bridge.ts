import type { Workbox } from 'workbox-window';

/** What the service worker tells the page. */
export interface ServiceWorkerEvents {
  /** First install finished: every file is cached and the app now opens with no network. */
  onOfflineReady(): void;
  /** A new version is installed and waiting; nothing changes until applyUpdate(). */
  onUpdateWaiting(): void;
  /** Another tab switched to the new version; this page keeps running the old one until reloaded. */
  onUpdatedElsewhere(): void;
  /** Registration or an update check failed. */
  onError(error: unknown): void;
}

/** What the page can ask of its service worker. */
export interface ServiceWorkerControls {
  /** Asks the server for a newer sw.js; resolves when the check is done (no-op offline). */
  checkForUpdate(): Promise<void>;
  /** Switches to the waiting version and reloads this page once it has taken over. */
  applyUpdate(): void;
  /** Stops the periodic update checks. */
  stop(): void;
}

/** How often a long-open app asks for a new version, in ms. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers sw.js (built by vite-plugin-pwa, prompt mode) and reports its lifecycle. Returns null
 * where there is no service worker (dev server, old browsers, some private modes).
 */
export async function registerServiceWorker(
  events: ServiceWorkerEvents,
): Promise<ServiceWorkerControls | null> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null;
  // Lazy: workbox-window stays out of the first-load bundle.
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  const wb: Workbox = new Workbox(`${base}sw.js`, { scope: base });
  let registration: ServiceWorkerRegistration | undefined;
  // Only the tab where the user chose Reload may reload itself; other tabs just get told.
  let applying = false;

  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate && !event.isExternal) events.onOfflineReady();
  });
  wb.addEventListener('waiting', () => events.onUpdateWaiting());
  wb.addEventListener('controlling', (event) => {
    if (applying) window.location.reload();
    else if (event.isUpdate || event.isExternal) events.onUpdatedElsewhere();
  });

  try {
    registration = await wb.register();
  } catch (error) {
    events.onError(error);
    return null;
  }

  let lastCheck = Date.now();
  const checkForUpdate = async (): Promise<void> => {
    if (!navigator.onLine) return;
    lastCheck = Date.now();
    try {
      await (registration ?? (await navigator.serviceWorker.getRegistration(base)))?.update();
    } catch (error) {
      // A flaky network is not worth a message; the next check will try again.
      if (navigator.onLine) events.onError(error);
    }
  };
  const timer = setInterval(() => void checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
  // Timers are throttled in background tabs, so also check when the app comes back to the front.
  const onVisible = (): void => {
    if (
      document.visibilityState === 'visible' &&
      Date.now() - lastCheck > UPDATE_CHECK_INTERVAL_MS
    ) {
      void checkForUpdate();
    }
  };
  document.addEventListener('visibilitychange', onVisible);

  return {
    checkForUpdate,
    applyUpdate() {
      applying = true;
      if (registration?.waiting) wb.messageSkipWaiting();
      // Another tab already switched versions: the new worker controls us, a reload is enough.
      else window.location.reload();
    },
    stop() {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
