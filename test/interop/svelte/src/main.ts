// Svelte 5 consuming the package: `ec-widgets/svelte` defines the tags and types them in markup.
import 'ec-widgets/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
