import { createServer, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { PRERENDERED_ATTR } from './src/lib/ui/first-view.ts';

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
    return render(App).body;
  } finally {
    await server.close();
  }
}

/**
 * Puts the first view into index.html at build time. A phone then paints the record control,
 * the clock on its band and the take list as soon as the HTML and CSS arrive, while the app's
 * code is still on its way (on a slow network, first and largest contentful paint no longer wait
 * for JavaScript). Until the code runs it is a picture only: #app is `inert` and `aria-hidden`, so
 * nobody can press or hear a control that does nothing yet. Svelte's hydration markers stay in, so
 * main.ts hydrates this very markup (the live app adopts the elements instead of building them
 * again, which is less work on the main thread at start-up, and nothing moves).
 */
export function prerenderFirstView(): Plugin {
  return {
    name: 'afterbeep:prerender-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        const empty = '<div id="app"></div>';
        if (!html.includes(empty)) throw new Error(`prerender: index.html lacks ${empty}`);
        const view = await renderFirstView();
        const withView = html.replace(
          empty,
          `<div id="app" ${PRERENDERED_ATTR} inert aria-hidden="true">${view}</div>`,
        );
        return bundle ? inlineStylesheets(withView, bundle) : withView;
      },
    },
  };
}

/**
 * Puts the app shell's stylesheet into index.html itself and drops the separate file. The picture
 * above needs that CSS before it can be painted, and a phone on a slow network would otherwise
 * wait one more round trip for it before the first paint. Only index.html links it (lazy views
 * bring their own CSS), and index.html is precached and revalidated like the file was, so
 * nothing else changes. The CSP already allows inline styles (see index.html).
 */
function inlineStylesheets(
  html: string,
  bundle: NonNullable<IndexHtmlTransformContext['bundle']>,
): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
    (_link, fileName: string) => {
      const asset = bundle[fileName];
      if (asset?.type !== 'asset') throw new Error(`prerender: ${fileName} is not in the build`);
      delete bundle[fileName];
      return `<style>${String(asset.source)}</style>`;
    },
  );
}
