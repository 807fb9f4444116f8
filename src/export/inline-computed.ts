/**
 * The browser's side of inlineStyles (styles.ts, which the command line keeps): the chart's
 * styles written as SVG presentation attributes, read from the browser's own cascade with
 * getComputedStyle instead of parsing the stylesheet, so the single-file build carries no CSS
 * parser. A browser test checks it against the parser and against the live widget.
 */
import { render, type TemplateResult } from 'lit';

/**
 * The presentation properties (styles.ts's PRESENTATION) with the value an SVG reader takes
 * when the attribute is absent. '' for the font: the file's root sets its own, so the chart's
 * root always says which. The last three do not inherit.
 */
const PROPS = 'fill:rgb(0, 0, 0)|fill-opacity:1|fill-rule:nonzero|stroke:none|stroke-width:1|stroke-dasharray:none|stroke-dashoffset:0|stroke-linecap:butt|stroke-linejoin:miter|stroke-miterlimit:4|stroke-opacity:1|paint-order:normal|font-family:|font-size:|font-weight:400|font-style:normal|letter-spacing:normal|shape-rendering:auto|opacity:1|overflow:visible|text-decoration:none'
  .split('|')
  .map((d) => d.split(':') as [string, string]);
/** How many of PROPS, from the start, inherit (all but opacity, overflow and text-decoration). */
const INHERITED = PROPS.length - 3;

/**
 * SVG markup of `template` (one <svg>) with its computed styles inlined and widget-only
 * attributes dropped, rendered in `parent`: inside the shadow root, so the widget's sheets
 * and the page's --ec-* theming apply exactly as in the live chart.
 */
export function inlineComputed(template: TemplateResult, parent: ParentNode): string {
  const box = document.createElement('div');
  // CSSOM writes, not a style attribute: a strict CSP blocks those (see cssom-style.ts).
  Object.assign(box.style, { position: 'absolute', visibility: 'hidden', pointerEvents: 'none', left: '-10000px' });
  parent.append(box);
  try {
    render(template, box);
    const svg = box.querySelector('svg');
    if (!svg) return '';
    const all = [svg, ...svg.querySelectorAll('*')];
    // Read everything before writing: computed styles are live, and removing an attribute changes them.
    const values = new Map(
      all.map((el) => {
        const style = getComputedStyle(el);
        return [
          el,
          PROPS.map(([p]) => {
            const v = style.getPropertyValue(p === 'text-decoration' ? 'text-decoration-line' : p);
            // Lengths as plain numbers ("4px, 3px" → "4 3") and SVG's camel-cased keywords: not every SVG reader takes CSS syntax.
            return /^stroke-(w|da)/.test(p)
              ? v.replace(/px/g, '').replace(/,\s*/g, ' ')
              : p === 'shape-rendering'
                ? v.replace(/(?!^)([eps])(dges|recision|peed)$/, (_, a: string, b: string) => a.toUpperCase() + b)
                : v;
          }),
        ] as const;
      }),
    );
    for (const el of all) {
      const own = values.get(el)!;
      const up = values.get(el.parentElement!);
      for (const name of el.getAttributeNames()) if (/^(class|part|role|style|tabindex|focusable|aria-.*|data-.*)$/.test(name)) el.removeAttribute(name);
      PROPS.forEach(([p, initial], i) => {
        const v = own[i]!;
        // url(#id) stays as written: browsers may compute it against the page's address. '': a property this browser lacks.
        if (!v || v.includes('url(')) return;
        el.removeAttribute(p);
        // Only what differs from what the element would get anyway: its parent's value, or the initial one (an SVG reader hides overflow on these).
        const base = up && i < INHERITED ? up[i] : p === 'overflow' && /^(svg|symbol|image|marker|pattern|foreignObject)$/.test(el.localName) ? 'hidden' : initial;
        if (v !== base) el.setAttribute(p, v);
      });
    }
    // Lit's marker comments go too.
    return new XMLSerializer().serializeToString(svg).replace(/<!--[\s\S]*?-->/g, '');
  } finally {
    box.remove();
  }
}
