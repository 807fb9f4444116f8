/**
 * Entry of the single-file build (`dist/ec-widgets.min.js`): defines every tag and exposes
 * the dataset API as `window.ecWidgets` for pages without a module loader. Safe to include
 * twice: tags are defined once and the first global is kept.
 */
import * as api from './index.js';

declare global {
  interface Window {
    ecWidgets?: typeof api;
  }
}

if (typeof window !== 'undefined' && !window.ecWidgets) {
  window.ecWidgets = api;
}
