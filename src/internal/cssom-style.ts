import { noChange, nothing } from 'lit';
import type { AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** Dash-cased CSS properties (`left`, `font-size`, `--ec-x`) and their values; null/undefined removes one. */
export type CssomStyleInfo = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Inline styles set through the CSSOM only (`element.style.setProperty`), never as a `style`
 * attribute string. Lit's `styleMap` writes its first render as a `style="…"` attribute, which a
 * Content-Security-Policy without `'unsafe-inline'` in style-src blocks (a `style-src-attr`
 * violation, and the style is lost); CSSOM writes are allowed under any policy.
 *
 * Use in a `style` attribute binding: `<div style=${cssomStyle({ left: `${x}px` })}>`. Names are
 * dash-cased as in CSS. On the server (no element to write to) it renders nothing.
 */
class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('cssomStyle() must be the whole value of a style attribute');
    }
  }

  render(_info: CssomStyleInfo): typeof nothing {
    return nothing;
  }

  override update(part: AttributePart, [info]: [CssomStyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (info[name] === null || info[name] === undefined) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(info)) {
      if (value === null || value === undefined) continue;
      style.setProperty(name, String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
