import { fixture, html } from '@open-wc/testing';

/** Attributes to set: `true` as an empty attribute, `false` and `undefined` left off. */
export type Attrs = Record<string, string | boolean | undefined>;

/**
 * A widget of tag `tag` with `attrs`, drawn at once (`loading="eager"`), in a box of `width` px,
 * after its first update. Each suite then waits for what "drawn" means for its widget.
 */
export async function placeWidget<T extends HTMLElement & { updateComplete: Promise<boolean> }>(tag: string, attrs: Attrs, width: number): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement(tag) as T;
  el.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  wrapper.append(el);
  await el.updateComplete;
  return el;
}
