import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Tags with a dash that Vue does not know are the page's custom elements, not Vue components.
export default defineConfig({
  base: './',
  logLevel: 'warn',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ec-') } } })],
});
