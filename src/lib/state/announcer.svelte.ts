/** Polite status messages for screen readers, read from one live region in App.svelte. */
class Announcer {
  message = $state('');

  /** Announces a status change; repeating the same text still gets announced. */
  say(text: string): void {
    this.message = '';
    queueMicrotask(() => (this.message = text));
  }
}

export const announcer = new Announcer();
