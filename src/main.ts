import { mount } from 'svelte';
import App from './App.svelte';
import { app } from './lib/state/app';
import { afterFirstPaint, showsPrerendered } from './lib/ui/first-view';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Afterbeep: #app element missing from index.html');

void app.start();

/** Swaps the pre-rendered picture of the first view (if any) for the live app. */
function start(into: HTMLElement): void {
  into.replaceChildren();
  mount(App, { target: into });
}

// Let the browser paint the pre-rendered first view before the app's first render takes the main
// thread; the live app then draws the same boxes in its place, so nothing moves.
if (showsPrerendered(target)) void afterFirstPaint().then(() => start(target));
else start(target);
