/** Chromium's install prompt event (not in TypeScript's DOM lib). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

/** True when the app runs as an installed app (its own window, not a browser tab). */
export function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia('(display-mode: standalone)').matches;
}

/**
 * True on iPhone/iPad Safari, which has no install prompt: the user adds the app with
 * Share → Add to Home Screen. Other iOS browsers (CriOS, FxiOS, EdgiOS, OPiOS) are excluded.
 */
export function isIosSafari(
  userAgent: string = navigator.userAgent,
  maxTouchPoints: number = navigator.maxTouchPoints,
): boolean {
  // iPadOS 13+ reports itself as a Mac; touch points give it away.
  const ios =
    /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  return ios && /Safari/.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent);
}

/**
 * Captures Chromium's beforeinstallprompt so an "Install" button can show it later, and reports
 * installs. Returns a function that removes the listeners.
 */
export function watchInstall(
  onInstallable: (event: BeforeInstallPromptEvent | null) => void,
  onInstalled: () => void,
): () => void {
  const onPrompt = (event: Event): void => {
    // Keep Chromium's own mini-infobar away; the header's button offers the install instead.
    event.preventDefault();
    onInstallable(event as BeforeInstallPromptEvent);
  };
  const onAppInstalled = (): void => {
    onInstallable(null);
    onInstalled();
  };
  window.addEventListener('beforeinstallprompt', onPrompt);
  window.addEventListener('appinstalled', onAppInstalled);
  return () => {
    window.removeEventListener('beforeinstallprompt', onPrompt);
    window.removeEventListener('appinstalled', onAppInstalled);
  };
}
