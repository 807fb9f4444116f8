import { normalizeLang, type WidgetLang } from '../format/lang.js';

/**
 * The widget's language: its own `lang` attribute, else the nearest ancestor's (crossing
 * shadow roots, so a widget inside another component follows the page), else the document's,
 * else Chinese. `own`, when given, stands for the element's own attribute: a Lit element's
 * `lang` property is reflected to the attribute only late in an update, after the language
 * was needed.
 */
export function resolveLang(element: Element, own?: string | null): WidgetLang {
  const ownLang = own === undefined ? null : normalizeLang(own);
  if (ownLang) return ownLang;
  let node: Node | null | undefined = own === undefined ? element : element.parentNode;
  while (node) {
    // Duck-typed rather than `instanceof Element`/`ShadowRoot`: server rendering (@lit-labs/ssr)
    // has neither global, only a shim of the element itself.
    const el = node as Partial<Element>;
    if (typeof el.getAttribute === 'function' && el.hasAttribute?.('lang')) {
      const lang = normalizeLang(el.getAttribute('lang'));
      if (lang) return lang;
    }
    node = (node as Partial<ShadowRoot>).host ?? node.parentNode;
  }
  return 'zh-CN';
}

/**
 * One MutationObserver for all widgets watches `lang` changes anywhere in the document, so a
 * page that switches language (`<html lang>` toggled by a language menu) re-renders every
 * widget without each instance observing the page on its own.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
