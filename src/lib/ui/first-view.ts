/**
 * The pre-rendered first view: a production index.html carries an inert copy of it (written at
 * build time by prerender.config.ts) so a phone paints it before the app's code runs.
 */

/** Attribute on the pre-rendered copy's wrapper inside #app. */
export const PRERENDERED_ATTR = 'data-prerendered';

/** Longest wait for the first paint, ms: past it the app starts anyway. */
const PAINT_WAIT_MS = 3000;

/** True when `target` still shows the pre-rendered copy. */
export function showsPrerendered(target: Element): boolean {
  return target.firstElementChild?.hasAttribute(PRERENDERED_ATTR) ?? false;
}

/**
 * Resolves once the page has been painted for the first time (its first-contentful-paint entry),
 * so the app's first render does not hold up that paint. Resolves at once in a hidden tab (it
 * paints nothing) and falls back to "a task after the next frame" where paint timing is missing.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (document.visibilityState === 'hidden') return done();
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(done, 0));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
