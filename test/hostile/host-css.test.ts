// Host pages with CSS that would wreck an embedded chart — `* { all: unset }`, `svg { display:
// none !important }`, huge forced fonts, right-to-left pages, zoom — and the reverse: the
// widgets' own styles must not change anything on the host page.
import { expect } from '@open-wc/testing';
import '../../src/components/indicator/define.js';
import '../../src/components/target-gauge/define.js';
import { errorRecorder } from './support.js';

interface Scenario {
  name: string;
  css?: string;
  dir?: 'rtl';
  zoom?: string;
}

const SCENARIOS: Scenario[] = [
  { name: '* { all: unset }', css: '* { all: unset }' },
  { name: 'svg { display: none !important }', css: 'svg { display: none !important } text, path, rect, line, circle { display: none !important; fill: red !important; font-size: 80px !important }' },
  { name: '* { font-size: 40px !important }', css: '* { font-size: 40px !important; line-height: 3 !important; letter-spacing: 6px !important; text-transform: uppercase !important; font-family: serif !important }' },
  { name: 'dir="rtl" on <html>', dir: 'rtl' },
  { name: 'zoom: 2 on <body>', zoom: '2' },
  {
    name: 'all of them at once, and more',
    css: [
      '* { all: unset }',
      'svg { display: none !important }',
      '* { font-size: 40px !important; direction: rtl !important; writing-mode: horizontal-tb !important }',
      'div, p, span { box-sizing: content-box !important; padding: 7px !important; border: 3px solid red !important }',
      'button { display: none !important } [part] { display: none !important }',
    ].join('\n'),
    dir: 'rtl',
    zoom: '2',
  },
];

/** The widgets drawn in each scenario, with the selector of their chart. */
const WIDGETS = [
  { html: '<ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator>', chart: 'svg.plot', labels: true },
  { html: '<ec-indicator indicator="ecommerce-transactions" type="bar" lang="en" loading="eager"></ec-indicator>', chart: 'svg.plot', labels: true },
  { html: '<ec-target-gauge indicator="online-retail-sales" target-year="2020" loading="eager"></ec-target-gauge>', chart: 'svg[part~="chart"]', labels: true },
  { html: '<ec-target-gauge indicator="online-retail-sales" variant="arc" lang="en" loading="eager"></ec-target-gauge>', chart: 'svg[part~="chart"]', labels: true },
];

/** Every computed property of an element, as a plain object. */
function computed(el: Element): Record<string, string> {
  const style = getComputedStyle(el);
  const out: Record<string, string> = {};
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    out[name] = style.getPropertyValue(name);
  }
  return out;
}

function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).map((k) => `${k}: ${a[k]} → ${b[k]}`);
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function chartOf(host: Element, selector: string, ms = 4000): Promise<SVGSVGElement | null> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const svg = host.shadowRoot?.querySelector<SVGSVGElement>(selector);
    if (svg) {
      const r = svg.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return svg;
    }
    await frame();
  }
  return host.shadowRoot?.querySelector<SVGSVGElement>(selector) ?? null;
}

describe('hostile host CSS', () => {
  let style: HTMLStyleElement | null = null;
  let stage: HTMLElement;
  let sibling: HTMLElement;
  const recorder = errorRecorder();

  beforeEach(() => {
    recorder.errors.length = 0;
    recorder.start();
  });
  afterEach(() => {
    recorder.stop();
    style?.remove();
    style = null;
    document.documentElement.removeAttribute('dir');
    document.body.style.removeProperty('zoom');
    document.documentElement.style.removeProperty('overflow-y');
    stage?.remove();
    sibling?.remove();
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.name, () => {
      beforeEach(function () {
        if (scenario.zoom && !CSS.supports('zoom', scenario.zoom)) this.skip();
        if (scenario.css) {
          style = document.createElement('style');
          style.textContent = scenario.css;
          document.head.append(style);
        }
        if (scenario.dir) document.documentElement.setAttribute('dir', scenario.dir);
        if (scenario.zoom) document.body.style.setProperty('zoom', scenario.zoom);
        // A scrollbar appearing once the widgets make the page taller would narrow everything
        // (Firefox draws classic scrollbars): keep one from the start.
        document.documentElement.style.setProperty('overflow-y', 'scroll', 'important');
        sibling = document.createElement('p');
        sibling.className = 'host-text';
        sibling.textContent = 'A paragraph of the host page, before and after the widgets arrive.';
        document.body.append(sibling);
        stage = document.createElement('div');
        // Inline and !important: a page that gives its embed slot a width (the hostile rules may unset it otherwise).
        stage.style.setProperty('display', 'block', 'important');
        stage.style.setProperty('width', '720px', 'important');
        document.body.append(stage);
      });

      for (const [i, w] of WIDGETS.entries()) {
        const tag = w.html.slice(1, w.html.indexOf(' '));
        // `* { all: unset }` makes the host inline, which a ResizeObserver measures 0 wide: the
        // gauge, which lays out at the host's width, drew nothing until EcElement learnt to
        // measure its shadow `.root` instead (src/internal/ec-element.ts).
        it(`${tag} #${i}: the chart is displayed with a non-zero box and its labels inside it`, async () => {
          stage.innerHTML = w.html;
          const host = stage.firstElementChild!;
          const problems: string[] = [];
          const svg = await chartOf(host, w.chart);
          if (!svg) {
            problems.push(`no chart (message: ${host.shadowRoot?.querySelector('[part~="message"]')?.textContent?.trim() ?? 'none'})`);
          } else {
            const box = svg.getBoundingClientRect();
            if (!(box.width > 0 && box.height > 0)) problems.push(`chart box ${box.width}×${box.height}`);
            if (getComputedStyle(svg).display === 'none') problems.push('chart display none');
            const texts = [...svg.querySelectorAll('text')];
            if (w.labels && texts.length === 0) problems.push('no labels');
            for (const text of texts) {
              const r = text.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              // Text boxes hold the font's whole ascent and descent (CJK fonts: ~1.2 em), not just its
              // ink: allow a third of the rendered size beyond the box (zoom included), no more.
              const slack = Math.max(2, (r.height / 1.2) * 0.35);
              if (r.left < box.left - slack || r.right > box.right + slack || r.top < box.top - slack || r.bottom > box.bottom + slack) {
                problems.push(`label "${text.textContent}" at ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} ${Math.round(r.width)}×${Math.round(r.height)} outside the chart ${Math.round(box.width)}×${Math.round(box.height)}`);
              }
              if (getComputedStyle(text).display === 'none') problems.push(`label "${text.textContent}" hidden`);
            }
          }
          // The widget's text keeps its own size whatever the page forces on its elements.
          const root = host.shadowRoot!.querySelector('.root');
          if (root && getComputedStyle(root).fontSize !== '14px') problems.push(`text size ${getComputedStyle(root).fontSize}`);
          expect(problems).to.deep.equal([]);
          expect(recorder.errors).to.deep.equal([]);
        });
      }

      it('adding the widgets changes no computed style of the host page', async () => {
        await frame();
        const before = { sibling: computed(sibling), body: computed(document.body), html: computed(document.documentElement), stage: computed(stage) };
        const sheets = document.styleSheets.length;
        const adopted = document.adoptedStyleSheets.length;
        stage.innerHTML = WIDGETS.map((w) => w.html).join('');
        for (const [i, w] of WIDGETS.entries()) await chartOf(stage.children[i]!, w.chart);
        await frame();
        const after = { sibling: computed(sibling), body: computed(document.body), html: computed(document.documentElement), stage: computed(stage) };
        // The stage holds the widgets: its size may change, nothing else about it.
        const sized = new Set(['height', 'block-size', 'inline-size', 'width', 'perspective-origin', 'transform-origin']);
        expect(differences(before.sibling, after.sibling), 'sibling paragraph').to.deep.equal([]);
        expect(differences(before.body, after.body).filter((d) => !sized.has(d.split(':')[0]!)), '<body>').to.deep.equal([]);
        expect(differences(before.html, after.html).filter((d) => !sized.has(d.split(':')[0]!)), '<html>').to.deep.equal([]);
        expect(differences(before.stage, after.stage).filter((d) => !sized.has(d.split(':')[0]!)), 'the widgets’ container').to.deep.equal([]);
        expect(document.styleSheets.length, 'style sheets in the page').to.equal(sheets);
        expect(document.adoptedStyleSheets.length, 'sheets adopted by the document').to.equal(adopted);
      });
    });
  }
});
