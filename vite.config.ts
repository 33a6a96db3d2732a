import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { prerenderFirstView } from './prerender.config.ts';
import { pwa } from './pwa.config.ts';

/**
 * Marks the chunks every start runs (the entry and all it imports statically) with Chromium's
 * per-file compile hint, so V8 compiles their functions on the thread that streams the download
 * instead of one by one on the main thread the first time each runs (module evaluation and
 * hydration, the start-up's long tasks). Other engines ignore the comment.
 */
function compileHints(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'afterbeep:compile-hints',
    apply: 'build',
    // After Vite's own additions to the chunks: the hint must be the file's first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const queue = Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' && file.isEntry ? [file.fileName] : [],
        );
        const atStart = new Set(queue);
        for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
          const chunk = bundle[name];
          if (chunk?.type !== 'chunk') continue;
          chunk.code = HINT + chunk.code;
          for (const imported of chunk.imports) {
            if (atStart.has(imported)) continue;
            atStart.add(imported);
            queue.push(imported);
          }
        }
      },
    },
  };
}

// AFTERBEEP_OUT lets parallel test runs build into separate folders.
const outDir = process.env.AFTERBEEP_OUT ?? 'dist';

export default defineConfig({
  // Runes mode everywhere: a component that uses no rune would otherwise compile in legacy mode,
  // which pulls Svelte 4's compatibility layer into the first load and slows hydration.
  plugins: [
    svelte({ compilerOptions: { runes: true } }),
    prerenderFirstView(),
    pwa(),
    compileHints(),
  ],
  build: {
    outDir,
    target: 'es2022',
    sourcemap: false,
    // index.html still preloads the shell's chunks. A lazy chunk's own imports are not preloaded:
    // they are the shell's chunks (already loaded) or small, and the preload helper's link tags
    // cost main-thread time during start-up on a slow phone.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
  },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // In-process tests only. The slowest (property tests over the backup validator) take
          // about 5 s alone and up to 3x that while 8 jobs share 2 cores; 30 s keeps 2x headroom.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // Checks that spawn a production build or the CLI: a separate run (npm run test:build).
          include: ['test/build/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
