/**
 * The pre-rendered first view: a production index.html carries an inert copy of it (written at
 * build time by prerender.config.ts), which a phone paints while the app's code is still on its
 * way. main.ts replaces it with the live app.
 */

/** Attribute on the pre-rendered copy's wrapper inside #app. */
export const PRERENDERED_ATTR = 'data-prerendered';
