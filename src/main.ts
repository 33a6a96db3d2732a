import { mount } from 'svelte';
import App from './App.svelte';
import { app } from './lib/state/app';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Afterbeep: #app element missing from index.html');

void app.start();

// A production index.html holds an inert picture of the first view (prerender.config.ts), painted
// while this code was downloading; the live app takes its place and draws the same boxes. It
// mounts in a task of its own, after this code's evaluation, so neither blocks input for long.
setTimeout(() => {
  target.replaceChildren();
  mount(App, { target });
});
