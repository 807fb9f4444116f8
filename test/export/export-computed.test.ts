import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type CSSResultOrNative, type LitElement, type TemplateResult } from 'lit';
import '../../src/components/indicator/define.js';
import '../../src/components/target-gauge/define.js';
import type { EcIndicator } from '../../src/components/indicator/ec-indicator.component.js';
import type { EcTargetGauge } from '../../src/components/target-gauge/ec-target-gauge.component.js';
import { svgToPng } from '../../src/export/download.js';
import { inlineStyles, parseStylesheet, PRESENTATION } from '../../src/export/styles.js';
import { svgDocument, type ExportSpec } from '../../src/export/svg-document.js';

// The browser's export (inline-computed.ts, from getComputedStyle) against the live widget
// and against the CSS parser the command line keeps (styles.ts), which the browser used before.

type Widget = EcIndicator | EcTargetGauge;
interface Internals {
  exportSpec(): ExportSpec<TemplateResult> | null;
  /** The download menu's controller (src/controllers/export-menu.ts). */
  exports: { computedTokens(): { tokens: Record<string, string>; fontFamily: string } };
}

const CASES: Array<{ name: string; chart: string; compact?: boolean; render: () => Promise<Widget> }> = [
  { name: 'line', chart: 'svg.plot', render: () => fixture(html`<ec-indicator indicator="online-retail-sales" lang="en" loading="eager" style="width: 720px"></ec-indicator>`) },
  {
    name: 'bar with a supplied (hatched) figure',
    chart: 'svg.plot',
    render: () =>
      fixture(
        html`<ec-indicator
          indicator="online-retail-sales"
          type="bar"
          lang="zh-CN"
          loading="eager"
          style="width: 640px"
          .observations=${[{ year: 2023, value: 15.4, source: 'NBS' }]}
        ></ec-indicator>`,
      ),
  },
  {
    name: 'compact',
    chart: 'svg.plot',
    compact: true,
    render: () => fixture(html`<ec-indicator indicator="online-retail-sales" compact lang="en" loading="eager" style="width: 320px"></ec-indicator>`),
  },
  { name: 'dark line', chart: 'svg.plot', render: () => fixture(html`<ec-indicator indicator="online-retail-sales" theme="dark" lang="en" loading="eager" style="width: 600px"></ec-indicator>`) },
  {
    name: 'line, page overrides --ec-color-actual',
    chart: 'svg.plot',
    render: async () =>
      (
        await fixture<HTMLElement>(
          html`<div><style>.portal ec-indicator { --ec-color-actual: rebeccapurple; --ec-font-family: Georgia, serif; }</style
            ><div class="portal"><ec-indicator indicator="online-retail-sales" lang="en" loading="eager" style="width: 600px"></ec-indicator></div></div>`,
        )
      ).querySelector('ec-indicator')!,
  },
  { name: 'gauge bullet', chart: 'svg.chart', render: () => fixture(html`<ec-target-gauge indicator="online-retail-sales" target-year="2020" lang="en" loading="eager" style="width: 600px"></ec-target-gauge>`) },
  {
    name: 'gauge arc, dark',
    chart: 'svg.chart',
    render: () => fixture(html`<ec-target-gauge indicator="online-retail-sales" target-year="2025" variant="arc" theme="dark" lang="zh-CN" loading="eager" style="width: 400px"></ec-target-gauge>`),
  },
  {
    name: 'gauge, several plans with a supplied value',
    chart: 'svg.chart',
    render: () => fixture(html`<ec-target-gauge indicator="online-retail-sales" value="15.5" value-year="2023" value-source="NBS" lang="en" loading="eager" style="width: 500px"></ec-target-gauge>`),
  },
];

const cssTextOf = (styles: readonly CSSResultOrNative[]) =>
  styles.map((s) => ('cssText' in s && typeof s.cssText === 'string' ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n'))).join('\n');

/** The download as it was made before: the template rendered apart from the page, the widget's CSS inlined by the parser. */
function parserSvg(el: Widget): string {
  const rules = parseStylesheet(cssTextOf((el.constructor as typeof LitElement).elementStyles));
  const spec = (el as unknown as Internals).exportSpec()!;
  const { tokens, fontFamily } = (el as unknown as Internals).exports.computedTokens();
  const charts = spec.charts.map((c) => {
    const box = document.createElement('div');
    render(c.chart, box);
    return { ...c, chart: inlineStyles(new XMLSerializer().serializeToString(box.querySelector('svg')!), { rules, tokens }) };
  });
  return svgDocument({ ...spec, charts }, { tokens, fontFamily });
}

/** Places an SVG file in the page (outside any widget) and returns its root. */
const placed: HTMLElement[] = [];
function place(markup: string): SVGSVGElement {
  const box = document.createElement('div');
  placed.push(box);
  box.innerHTML = markup.replace(/^<\?xml[^>]*>/, '');
  document.body.append(box);
  return box.querySelector('svg')!;
}

const props = [...PRESENTATION];
const styleOf = (node: Element) => {
  const style = getComputedStyle(node);
  return props.map((p) => `${p}: ${style.getPropertyValue(p === 'text-decoration' ? 'text-decoration-line' : p)}`);
};

/** Pixels of the SVG drawn at 1×, through the same path as the PNG download. */
async function pixels(markup: string): Promise<Uint8ClampedArray> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(markup)!;
  const bitmap = await createImageBitmap(await svgToPng(markup, Number(size[1]), Number(size[2]), 1));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height).data;
}

describe('exported SVG from the browser cascade (inline-computed.ts)', () => {
  afterEach(() => placed.splice(0).forEach((box) => box.remove()));

  it('writes the presentation properties the parser knows, nothing else', async () => {
    const el = await CASES[0]!.render();
    await waitUntil(() => el.shadowRoot!.querySelector('svg.plot'), 'chart never drew', { timeout: 5000 });
    const markup = el.exportSvg();
    const names = new Set([...markup.matchAll(/\s([\w:-]+)="/g)].map((m) => m[1]!));
    const allowed = new Set([...props, 'version', 'encoding', 'xmlns', 'width', 'height', 'viewBox', 'lang', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'd', 'transform', 'points', 'text-anchor', 'dominant-baseline', 'dy', 'dx', 'id', 'patternUnits', 'preserveAspectRatio', 'rx', 'ry']);
    expect([...names].filter((n) => !allowed.has(n))).to.deep.equal([]);
    expect(markup).to.not.match(/\s(class|part|role|style|tabindex|focusable|aria-[\w-]+|data-[\w-]+)=|<!--/);
    // Lengths and dashes in plain SVG syntax.
    expect(markup).to.not.match(/stroke-(width|dasharray|dashoffset)="[^"]*(px|,)/);
    // The off-screen copy is gone.
    expect([...el.shadowRoot!.querySelectorAll('div')].some((d) => d.style.left === '-10000px')).to.equal(false);
  });

  for (const c of CASES) {
    it(`${c.name}: the file draws every chart element as the live widget does, and as the parser's file did, to the pixel`, async () => {
      const el = await c.render();
      await waitUntil(() => el.shadowRoot!.querySelector(c.chart), 'chart never drew', { timeout: 5000 });
      await el.updateComplete;
      const markup = el.exportSvg();
      expect(markup).to.not.contain('var(--');
      const file = place(markup);
      const charts = [...file.querySelectorAll(':scope > g > svg')];
      // A sparkline exports as the full chart: nothing live to compare it with.
      const live = c.compact ? [] : [...el.shadowRoot!.querySelectorAll(c.chart)];
      if (!c.compact) expect(charts.length).to.equal(live.length);
      live.forEach((chart, k) => {
        const a = [chart, ...chart.querySelectorAll('*')].filter((n) => !n.matches('.focus-ring, .focus-ring *'));
        const b = [charts[k]!, ...charts[k]!.querySelectorAll('*')];
        expect(b.map((n) => n.localName)).to.deep.equal(a.map((n) => n.localName));
        a.forEach((node, i) => {
          // Overflow of the chart's own root: the widget's box clips it, not the property.
          const skip = i === 0 ? ['overflow'] : [];
          const want = styleOf(node).filter((s) => !skip.some((p) => s.startsWith(`${p}:`)));
          const got = styleOf(b[i]!).filter((s) => !skip.some((p) => s.startsWith(`${p}:`)));
          expect(got, `${node.localName}.${node.getAttribute('class')}`).to.deep.equal(want);
        });
      });

      const before = parserSvg(el);
      const old = place(before);
      const x = [...old.querySelectorAll('*')];
      const y = [...file.querySelectorAll('*')];
      expect(y.map((n) => n.localName)).to.deep.equal(x.map((n) => n.localName));
      x.forEach((node, i) => expect(styleOf(y[i]!), `${node.localName} ${i}`).to.deep.equal(styleOf(node)));
      const [p, q] = await Promise.all([pixels(before), pixels(markup)]);
      expect(q.length).to.equal(p.length);
      // Something was drawn: chart colours, not one flat background.
      expect(new Set(q).size).to.be.greaterThan(20);
      let differ = 0;
      for (let i = 0; i < p.length; i += 4) if (Math.max(...[0, 1, 2, 3].map((j) => Math.abs(p[i + j]! - q[i + j]!))) > 2) differ++;
      expect(differ, 'pixels that differ').to.equal(0);
    });
  }
});
