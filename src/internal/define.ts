/**
 * Registers a tag unless it already is: the single-file build may be included twice on one
 * page (a CMS template and an article body), and a second `define` would throw.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
