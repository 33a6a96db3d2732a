/**
 * The pre-rendered first view: a production index.html carries an inert copy of it (written at
 * build time by prerender.config.ts), which a phone paints while the app's code is still on its
 * way. main.ts hydrates it: the live app adopts that markup and lifts the attributes below.
 */

/** Attribute on #app while it holds the pre-rendered copy (beside `inert` and `aria-hidden`). */
export const PRERENDERED_ATTR = 'data-prerendered';

/** Longest wait for a frame, in ms: a tab opened in the background gets no frames until shown. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the first view has had its frame (or after FRAME_WAIT_MS), in a task of its own.
 * Parts the first view does not show (notices, the recovery prompt, follow-ups due, the install
 * status, the shortcuts sheet) mount then, in a task apart from the first view's (main.ts mounts
 * that in a task apart from the code's evaluation), so a tap on Record during start-up waits less.
 */
export function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, FRAME_WAIT_MS);
  });
}
