import { createServer, type Plugin } from 'vite';
import { PRERENDERED_ATTR } from './src/lib/ui/first-view.ts';

/** Svelte's hydration markers (`<!--[-->`, `<!--]-->`, `<!---->`, `<!--[0-->`): unused here. */
const SVELTE_MARKERS = /<!--[[\]\-0-9]*-->/g;

/**
 * The Practice view as the app first draws it (no takes loaded yet), rendered by Svelte's server
 * renderer through a throwaway Vite server, so it is the app's own markup and class names.
 */
async function renderFirstView(): Promise<string> {
  const server = await createServer({
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { render } = (await server.ssrLoadModule(
      'svelte/server',
    )) as typeof import('svelte/server');
    const { default: App } = await server.ssrLoadModule('/src/App.svelte');
    return render(App).body.replace(SVELTE_MARKERS, '');
  } finally {
    await server.close();
  }
}

/**
 * Puts the first view into index.html at build time. A phone then paints the record control,
 * the clock on its band and the take list as soon as the HTML and CSS arrive, while the app's
 * code is still on its way (on a slow network, first and largest contentful paint no longer wait
 * for JavaScript). The copy is a picture only: `inert` and `aria-hidden`, so nobody can press or
 * hear a control that does nothing yet; main.ts swaps in the live app, which draws the same
 * boxes, so nothing moves.
 */
export function prerenderFirstView(): Plugin {
  return {
    name: 'afterbeep:prerender-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const empty = '<div id="app"></div>';
        if (!html.includes(empty)) throw new Error(`prerender: index.html lacks ${empty}`);
        const view = await renderFirstView();
        return html.replace(
          empty,
          `<div id="app"><div ${PRERENDERED_ATTR} inert aria-hidden="true">${view}</div></div>`,
        );
      },
    },
  };
}
