// cssomStyle(): inline styles that a strict Content-Security-Policy lets through, because they
// are written with style.setProperty and never as a style="…" attribute string.
import { expect } from '@open-wc/testing';
import { html, render, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { cssomStyle, type CssomStyleInfo } from '../../src/internal/cssom-style.js';

/** Calls of setAttribute('style', …) (the writes style-src-attr blocks) during `run`. */
function styleAttributeWrites(run: () => void): string[] {
  const original = Element.prototype.setAttribute;
  const writes: string[] = [];
  Element.prototype.setAttribute = function (name: string, value: string) {
    if (name.toLowerCase() === 'style') writes.push(value);
    return original.call(this, name, value);
  };
  try {
    run();
  } finally {
    Element.prototype.setAttribute = original;
  }
  return writes;
}

describe('cssomStyle()', () => {
  it('sets styles without ever writing a style attribute string (unlike styleMap’s first render)', () => {
    const box = document.createElement('div');
    const draw = (info: CssomStyleInfo) => render(html`<div style=${cssomStyle(info)}></div>`, box);
    expect(styleAttributeWrites(() => draw({ left: '12px', top: '3px', width: '100px' }))).to.deep.equal([]);
    const el = box.firstElementChild as HTMLElement;
    expect([el.style.left, el.style.top, el.style.width]).to.deep.equal(['12px', '3px', '100px']);

    expect(styleAttributeWrites(() => draw({ left: '20px', top: null }))).to.deep.equal([]);
    expect([el.style.left, el.style.top, el.style.width]).to.deep.equal(['20px', '', '']);

    // The control: Lit's styleMap does write the attribute on its first render.
    const other = document.createElement('div');
    expect(styleAttributeWrites(() => render(html`<div style=${styleMap({ left: '1px' })}></div>`, other))).to.have.length(1);
  });

  it('works on SVG elements and with custom properties', () => {
    const box = document.createElement('div');
    render(html`<svg>${svg`<text style=${cssomStyle({ 'font-size': '26px', '--ec-x': 'red' })}>1</text>`}</svg>`, box);
    const text = box.querySelector('text') as SVGTextElement;
    expect(text.style.fontSize).to.equal('26px');
    expect(text.style.getPropertyValue('--ec-x')).to.equal('red');
  });

  it('refuses any binding but a whole style attribute', () => {
    const box = document.createElement('div');
    expect(() => render(html`<div title=${cssomStyle({ left: '1px' })}></div>`, box)).to.throw(/style attribute/);
  });
});
