// What a drawn <ec-indicator> hides — the data table, the sources panel's contents, the
// tooltip — is written into its shadow root only when it is opened (or printed): a page of many
// widgets keeps a fraction of the nodes. These tests hold that nothing hidden is built before
// it is asked for, not even once the browser has been idle, and that asking builds it.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/components/indicator/define.js';
import type { EcIndicator } from '../../src/components/indicator/ec-indicator.component.js';
import { series } from '../../src/data/selectors.js';
import { layOutView, plotElement, plotTree, toMarkup } from '../../src/components/indicator/indicator-plot.js';
import type { IndicatorChartModel } from '../../src/charts/indicator-layout.js';
import { indicatorWidgetView, type IndicatorInput } from '../../src/view/indicator-view.js';

const $ = (el: EcIndicator, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: EcIndicator, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const button = (el: EcIndicator, text: string) => $$(el, 'button').find((b) => b.textContent!.trim() === text) as HTMLButtonElement;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Every id an aria-controls or aria-describedby names resolves in the shadow root. */
function referencedIdsExist(el: EcIndicator): void {
  for (const node of $$(el, '[aria-controls], [aria-describedby]')) {
    for (const attr of ['aria-controls', 'aria-describedby']) {
      const ids = node.getAttribute(attr)?.split(/\s+/).filter(Boolean) ?? [];
      for (const id of ids) expect(el.shadowRoot!.getElementById(id), `${attr}="${id}" on <${node.localName}>`).to.not.equal(null);
    }
  }
}

describe('<ec-indicator> builds what is hidden only when it is opened', () => {
  // Idle callbacks are held and then run by hand: work a widget might leave for an idle moment
  // is done before the assertions, whatever the machine's load, so the test cannot pass by luck.
  const idle = { request: window.requestIdleCallback, cancel: window.cancelIdleCallback };
  let pending: Array<IdleRequestCallback> = [];
  const deadline: IdleDeadline = { didTimeout: false, timeRemaining: () => 50 };
  beforeEach(() => {
    pending = [];
    window.requestIdleCallback = ((callback: IdleRequestCallback) => pending.push(callback)) as typeof requestIdleCallback;
    window.cancelIdleCallback = () => {};
  });
  afterEach(() => {
    // The widgets go first, while the stub they may have scheduled with is still there.
    fixtureCleanup();
    window.requestIdleCallback = idle.request;
    window.cancelIdleCallback = idle.cancel;
  });

  /** A drawn widget after every idle callback it asked for has run, and two more frames. */
  async function drawnAndIdle(template: ReturnType<typeof html>): Promise<EcIndicator> {
    const el = await fixture<EcIndicator>(template);
    await waitUntil(() => $(el, 'svg.plot'), 'chart never drew', { timeout: 5000 });
    for (let round = 0; round < 3; round++) {
      await el.updateComplete;
      for (const callback of pending.splice(0)) callback(deadline);
      await frame();
    }
    await el.updateComplete;
    return el;
  }

  for (const lang of ['en', 'zh-CN']) {
    it(`holds no table, an empty hidden sources panel and no tooltip once drawn and idle (${lang})`, async () => {
      const el = await drawnAndIdle(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang=${lang}></ec-indicator>`);
      expect($(el, '.table-wrap, table, caption, tr'), 'no table').to.equal(null);
      const panel = $(el, '#sources') as HTMLElement;
      expect(panel, 'the panel the button controls is there').to.not.equal(null);
      expect(panel.hidden).to.equal(true);
      expect(panel.childElementCount, 'nothing written into the closed panel').to.equal(0);
      expect(panel.textContent).to.equal('');
      expect($(el, '[part="tooltip"]'), 'no tooltip').to.equal(null);
      referencedIdsExist(el);
    });
  }

  it('builds the table when "Show table" is pressed, with every row, and removes it on "Hide table"', async () => {
    const el = await drawnAndIdle(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator>`);
    const toggle = button(el, 'Show table');
    toggle.click();
    await el.updateComplete;
    const table = $(el, 'table[part="table"]') as HTMLTableElement;
    expect(table.caption!.textContent!.trim()).to.equal('Online retail sales (trillion yuan)');
    expect(table.tBodies[0]!.rows).to.have.length(series('online-retail-sales').length + 3);
    expect($(el, '.table-wrap')!.classList.contains('visually-hidden'), 'shown').to.equal(false);
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    toggle.click();
    await el.updateComplete;
    expect($(el, 'table')).to.equal(null);
    referencedIdsExist(el);
  });

  it('builds the sources when "Sources and notes" is opened, empties the panel when closed, and aria-controls always points at it', async () => {
    const el = await drawnAndIdle(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator>`);
    const toggle = button(el, 'Sources and notes');
    expect(toggle.getAttribute('aria-controls')).to.equal('sources');
    toggle.click();
    await el.updateComplete;
    const panel = $(el, '#sources') as HTMLElement;
    expect(panel.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '#sources q').map((q) => q.textContent)).to.include('网上零售额达到 11.8 万亿元');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(50);
    referencedIdsExist(el);
    toggle.click();
    await el.updateComplete;
    expect(($(el, '#sources') as HTMLElement).hidden).to.equal(true);
    expect($(el, '#sources')!.childElementCount).to.equal(0);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    referencedIdsExist(el);
  });

  it('builds the tooltip when a point is focused, and removes it on Escape', async () => {
    const el = await drawnAndIdle(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator>`);
    const chart = $(el, '[part="chart"]') as HTMLElement;
    chart.focus();
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')!.textContent).to.contain('513.1 billion yuan');
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect($(el, '[part="tooltip"]')).to.equal(null);
  });

  it('exports the table’s data, the chart and the citation without building the table or the sources', async () => {
    const el = await drawnAndIdle(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator>`);
    const csv = el.exportCsv();
    expect(csv.trim().split('\n')).to.have.length(series('online-retail-sales').length + 3 + 1);
    expect(csv).to.contain('15.9722');
    expect(el.exportSvg()).to.contain('Online retail sales');
    expect(el.citation()).to.contain('电子商务');
    await el.updateComplete;
    expect($(el, 'table')).to.equal(null);
    expect($(el, '#sources')!.childElementCount).to.equal(0);
  });

  it('writes the table out for print on beforeprint, and takes it away on afterprint', async () => {
    const el = await drawnAndIdle(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    try {
      expect($(el, 'table caption')!.textContent!.trim()).to.equal('Online retail sales (trillion yuan)');
      // Visually hidden on screen, as it always was: the print style sheet shows it.
      expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(true);
      // The sources panel prints only when it is open, as on screen.
      expect($(el, '#sources')!.childElementCount).to.equal(0);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    }
    expect($(el, 'table')).to.equal(null);
  });
});

describe('<ec-indicator> keeps its drawn chart as plain DOM', () => {
  const comments = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  };

  it('draws the chart without template markers, and draws it anew for a new layout', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 640px"><ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator></div>`);
    const el = wrap.querySelector('ec-indicator') as EcIndicator;
    await waitUntil(() => $(el, 'svg.plot'), 'chart never drew', { timeout: 5000 });
    await el.updateComplete;
    const first = $(el, 'svg.plot')!;
    expect(comments(first), 'marker comments in the chart').to.equal(0);
    expect($$(el, 'svg.plot .mark--actual')).to.have.length(series('online-retail-sales').length);
    wrap.style.width = '420px';
    await waitUntil(() => $(el, 'svg.plot')?.getAttribute('width') === '420', 'no re-layout', { timeout: 5000 });
    const second = $(el, 'svg.plot')!;
    expect(second).to.not.equal(first);
    expect(comments(second)).to.equal(0);
    expect($$(el, 'svg.plot')).to.have.length(1);
  });

  it('draws the focus ring over the chart at its size, and only while a point is active', async () => {
    const el = await fixture<EcIndicator>(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en" style="width: 640px"></ec-indicator>`);
    await waitUntil(() => $(el, 'svg.plot'), 'chart never drew', { timeout: 5000 });
    await el.updateComplete;
    const plot = $(el, 'svg.plot')!;
    expect($(el, '.focus-ring')).to.equal(null);
    const chart = $(el, '[part="chart"]') as HTMLElement;
    chart.focus();
    await el.updateComplete;
    const layer = $(el, 'svg.focus-layer')!;
    expect(layer.getAttribute('viewBox')).to.equal(plot.getAttribute('viewBox'));
    const [a, b] = [layer.getBoundingClientRect(), plot.getBoundingClientRect()];
    expect([a.left, a.top, a.width, a.height]).to.deep.equal([b.left, b.top, b.width, b.height]);
    // The ring sits on the first point.
    const ring = $(el, '.focus-ring')!.getBoundingClientRect();
    const mark = $(el, 'svg.plot .mark--actual')!.getBoundingClientRect();
    expect(ring.left + ring.width / 2).to.be.closeTo(mark.left + mark.width / 2, 0.5);
    expect(ring.top + ring.height / 2).to.be.closeTo(mark.top + mark.height / 2, 0.5);
    expect($(el, 'svg.plot'), 'the chart is not redrawn for the ring').to.equal(plot);
    chart.blur();
    await el.updateComplete;
    expect($(el, 'svg.focus-layer')).to.equal(null);
  });
});

describe('the indicator chart as data, written as DOM or as markup', () => {
  /** A chart's layout, from the view the widget builds for these inputs. */
  function layoutOf(input: IndicatorInput, width: number, compact = false): IndicatorChartModel {
    const result = indicatorWidgetView(input);
    if (result.kind !== 'ok') throw new Error(result.text);
    const { view, chartType } = result.view;
    return layOutView(view, { width, height: compact ? 18 : Math.round((width * 9) / 16) }, { type: chartType, compact });
  }
  const parsed = (markup: string) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    return template.content.firstElementChild!;
  };

  it('gives the same elements, attributes and texts either way (line, bar with a supplied figure, sparkline)', async () => {
    const layouts = [
      layoutOf({ indicator: 'online-retail-sales', lang: 'en' }, 640),
      layoutOf({ indicator: 'online-retail-sales', variant: 'bar', lang: 'zh-CN', observations: [{ year: 2023, value: 15.4, source: 'NBS' }], asOf: '2023-06-30' }, 400),
      layoutOf({ indicator: 'ecommerce-transactions', lang: 'en' }, 84, true),
    ];
    for (const layout of layouts) {
      const dom = plotElement(layout);
      expect(dom.querySelectorAll('text, path, rect, circle').length).to.be.greaterThan(3);
      expect(parsed(toMarkup(plotTree(layout))).outerHTML).to.equal(dom.outerHTML);
    }
  });

  it('never reads a text or attribute value as markup', async () => {
    const layout = layoutOf({ indicator: 'online-retail-sales', lang: 'en' }, 640);
    const hostile = '<b onclick="x()">“A” & \'B\'</b>';
    const label = { ...layout.labels[0]!, text: hostile, textAnchor: `end" onload="x()` as 'end' };
    const tampered = { ...layout, labels: [label] };
    for (const svg of [plotElement(tampered), parsed(toMarkup(plotTree(tampered)))]) {
      const text = svg.querySelector('.labels text')!;
      expect(text.textContent).to.equal(hostile);
      expect(text.getAttribute('text-anchor')).to.equal(`end" onload="x()`);
      expect(svg.querySelector('b, [onload], [onclick]')).to.equal(null);
    }
  });
});
