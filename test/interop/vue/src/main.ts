// Vue 3 consuming the package: `ec-widgets/vue` defines the tags and types them as GlobalComponents.
import 'ec-widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
