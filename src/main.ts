import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { app } from './lib/state/app';
import { PRERENDERED_ATTR } from './lib/ui/first-view';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Afterbeep: #app element missing from index.html');

void app.start();

// A production index.html holds an inert picture of the first view (prerender.config.ts), painted
// while this code was downloading. The live app hydrates it, adopting those elements rather than
// drawing new ones, then lifts the picture's `inert` and `aria-hidden`. It starts in a task of its
// own, after this code's evaluation, so neither blocks input for long. (The dev server has no
// picture: the app mounts.)
setTimeout(() => {
  if (!target.hasAttribute(PRERENDERED_ATTR)) {
    mount(App, { target });
    return;
  }
  hydrate(App, { target });
  for (const attribute of [PRERENDERED_ATTR, 'inert', 'aria-hidden'])
    target.removeAttribute(attribute);
});
