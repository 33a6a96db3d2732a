import { mount } from 'svelte';
import App from './App.svelte';
import { app } from './lib/state/app';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Afterbeep: #app element missing from index.html');

void app.start();

export default mount(App, { target });
