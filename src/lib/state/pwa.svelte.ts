import {
  isIosSafari,
  isStandalone,
  watchInstall,
  type BeforeInstallPromptEvent,
} from '../pwa/install';
import {
  readStorage,
  requestPersistence,
  requestPersistenceOnce,
  type StorageReport,
} from '../pwa/storage';
import { registerServiceWorker, type ServiceWorkerControls } from '../pwa/sw-bridge';

/** Offline readiness, updates, install and storage persistence, for the header and Settings. */
class Pwa {
  /** True once the first install cached every file (set once, on that visit only). */
  offlineReady = $state(false);
  /** A new version is waiting; it takes over only when the user chooses Reload. */
  updateWaiting = $state(false);
  /** Another tab already switched to the new version; this page should reload when convenient. */
  updatedElsewhere = $state(false);
  /** Chromium's deferred install prompt, or null when the browser offers none. */
  installPrompt: BeforeInstallPromptEvent | null = $state.raw(null);
  /** True when running as an installed app. */
  standalone = $state(false);
  /** True on iOS Safari outside the installed app: show "Share → Add to Home Screen". */
  showIosInstallHelp = $state(false);
  /** The latest storage figures, or null before the first read. */
  storage: StorageReport | null = $state.raw(null);
  /** What the last persistence request came to, in words; null before any. */
  persistMessage: string | null = $state(null);

  #controls: ServiceWorkerControls | null = null;
  #started = false;

  /** Registers the service worker and install listeners; safe to call more than once. */
  start(): void {
    if (this.#started || typeof window === 'undefined') return;
    this.#started = true;
    this.standalone = isStandalone();
    this.showIosInstallHelp = isIosSafari() && !this.standalone;
    watchInstall(
      (event) => (this.installPrompt = event),
      () => (this.standalone = true),
    );
    void registerServiceWorker({
      onOfflineReady: () => (this.offlineReady = true),
      onUpdateWaiting: () => (this.updateWaiting = true),
      onUpdatedElsewhere: () => (this.updatedElsewhere = true),
      onError: (error) => console.warn('Afterbeep: service worker problem', error),
    }).then((controls) => (this.#controls = controls));
  }

  /** Checks the server for a new version now (the app also checks hourly). */
  async checkForUpdate(): Promise<void> {
    await this.#controls?.checkForUpdate();
  }

  /** Switches to the waiting version and reloads. Only ever called from the user's Reload. */
  applyUpdate(): void {
    if (this.#controls) this.#controls.applyUpdate();
    else window.location.reload();
  }

  /** Shows Chromium's install dialog; resolves true when the user installed. */
  async install(): Promise<boolean> {
    const prompt = this.installPrompt;
    if (!prompt) return false;
    this.installPrompt = null; // The event can be used once only.
    await prompt.prompt();
    const { outcome } = await prompt.userChoice;
    return outcome === 'accepted';
  }

  /** Re-reads usage, quota and persistence. */
  async refreshStorage(): Promise<void> {
    this.storage = await readStorage();
  }

  /** The Settings button: asks for persistent storage and says what the browser decided. */
  async askPersistence(): Promise<void> {
    const granted = await requestPersistence();
    this.persistMessage =
      granted === null
        ? 'This browser has no way to ask for persistent storage.'
        : granted
          ? 'Granted: the browser will keep your takes until you delete them.'
          : 'The browser said no for now. Browsers grant it more readily once Afterbeep is installed or used often; keep a backup meanwhile.';
    await this.refreshStorage();
  }

  /** After a take is saved: asks once for persistent storage, quietly. */
  async afterTakeSaved(): Promise<void> {
    await requestPersistenceOnce();
    await this.refreshStorage();
  }
}

/** The app's one PWA state. */
export const pwa = new Pwa();
