/**
 * Entry of the single-file build (`dist/ec-widgets.min.js`): defines every tag and exposes
 * the dataset API as `window.ecWidgets` for pages without a module loader. Safe to include
 * twice: tags are defined once and the first global is kept.
 */
import * as api from './index.js';

/**
 * The global: the package's API but the message catalogue, whose keys the script files rename
 * (build/catalogue-keys.js). Its words are in the ES build's `messages`.
 */
export type ScriptFileApi = Omit<typeof api, 'messages'>;

declare global {
  interface Window {
    ecWidgets?: ScriptFileApi;
  }
}

if (typeof window !== 'undefined' && !window.ecWidgets) {
  const { messages: _renamed, ...global } = api;
  window.ecWidgets = global;
}
