import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/indicator/define.js';
import { EcIndicator } from '../../src/components/indicator/ec-indicator.component.js';
import { asOf, series, targets } from '../../src/data/selectors.js';

/** Before the first statistical release (NBS, January 2022): only the plans' figures, 2025 still ahead. */
const PLANS_ONLY = '2021-12-31';
import { HEADLINE_INDICATORS } from '../../stories/support/indicator-ids.js';

/** Renders and waits until the chart is drawn. */
async function drawn(template: ReturnType<typeof html>): Promise<EcIndicator> {
  const el = await fixture<EcIndicator>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('svg.plot'), 'chart never drew', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: EcIndicator, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: EcIndicator, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const chartOf = (el: EcIndicator) => $(el, '[part="chart"]') as HTMLElement;
const press = async (el: EcIndicator, key: string) => {
  chartOf(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
};

/** Captures console.warn calls during `run`. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('<ec-indicator>', () => {
  describe('chart', () => {
    for (const id of HEADLINE_INDICATORS) {
      it(`draws ${id} with one point per actual and one hollow mark per target`, async () => {
        const el = await drawn(html`<ec-indicator indicator=${id} loading="eager" lang="en"></ec-indicator>`);
        expect($$(el, 'svg.plot .mark--actual')).to.have.length(series(id).length);
        expect($$(el, 'svg.plot .mark--target')).to.have.length(targets(id).length);
        expect($$(el, '.line--target').length).to.be.at.least(targets(id).length > 0 && series(id).length > 0 ? 1 : 0);
      });
    }

    it('draws bars with type="bar"', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" type="bar" loading="eager"></ec-indicator>`);
      expect($$(el, 'svg.plot rect.bar--actual')).to.have.length(series('online-retail-sales').length);
      expect($$(el, 'svg.plot rect.bar--target')).to.have.length(3);
      expect($(el, 'svg.plot .line--actual')).to.equal(null);
    });

    it('takes the shape as variant="bar", the name both widgets use; variant wins over the type alias', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" variant="bar" type="line" loading="eager"></ec-indicator>`);
      expect($$(el, 'svg.plot rect.bar--actual')).to.have.length(series('online-retail-sales').length);
      expect($(el, 'svg.plot .line--actual')).to.equal(null);
    });

    it('shows title, unit, plan bands, qualifiers and the outcome of passed targets', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en" style="width: 900px"></ec-indicator>`);
      expect($(el, '[part="title"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Online retail sales (trillion yuan)');
      const texts = $$(el, 'svg.plot text').map((t) => t.textContent);
      expect(texts).to.include.members(['12th FYP 2011–2015', '13th FYP 2016–2020', '14th FYP 2021–2025']);
      expect(texts).to.include('13th FYP target ≈10');
      expect(texts).to.include('✓ 2020: 11.8 vs ≈10 target — 118%');
    });

    it('annotates a missed target in Chinese', async () => {
      const el = await drawn(html`<ec-indicator indicator="ecommerce-transactions" loading="eager" lang="zh-CN" style="width: 900px"></ec-indicator>`);
      const missed = $$(el, 'text.label--missed').map((t) => t.textContent);
      expect(missed).to.deep.equal(['✗ 2020年：37.2，目标>40，完成93%']);
      expect($(el, '[part="title"]')!.textContent!.trim()).to.equal('电子商务交易额（万亿元）');
    });

    it('hides targets and periods on request', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" hide-targets hide-periods loading="eager"></ec-indicator>`);
      expect($$(el, 'svg.plot .mark--target')).to.have.length(0);
      expect($$(el, '.band-label')).to.have.length(0);
      expect($$(el, 'svg.plot .mark--actual')).to.have.length(series('online-retail-sales').length);
    });

    it('shows only the years from/to', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" from="2015" to="2020" loading="eager"></ec-indicator>`);
      expect($$(el, 'svg.plot .mark--actual')).to.have.length(2);
      expect($$(el, 'svg.plot .mark--target')).to.have.length(2);
    });

    it('reserves the chart box before drawing (no layout shift)', async () => {
      const el = await fixture<EcIndicator>(html`<div style="width: 600px"><ec-indicator indicator="online-retail-sales"></ec-indicator></div>`);
      const indicator = el.querySelector('ec-indicator') as EcIndicator;
      await indicator.updateComplete;
      const before = chartOf(indicator).getBoundingClientRect().height;
      expect(before).to.be.closeTo(600 / (16 / 9), 2);
      indicator.loading = 'eager';
      await waitUntil(() => $(indicator, 'svg.plot'));
      expect(chartOf(indicator).getBoundingClientRect().height).to.equal(before);
    });

    it('takes its height from --ec-aspect-ratio', async () => {
      const el = await drawn(
        html`<ec-indicator indicator="online-retail-sales" loading="eager" style="width: 600px; --ec-aspect-ratio: 2 / 1"></ec-indicator>`,
      );
      expect(chartOf(el).getBoundingClientRect().height).to.be.closeTo(300, 1);
      expect(Number($(el, 'svg.plot')!.getAttribute('height'))).to.be.closeTo(300, 1);
    });

    it('fits 280 px without overflow, every text inside the drawing', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="width: 280px"><ec-indicator indicator="ecommerce-transactions" loading="eager" lang="en"></ec-indicator></div>`,
      );
      const el = wrap.querySelector('ec-indicator') as EcIndicator;
      await waitUntil(() => $(el, 'svg.plot'));
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(280);
      const svgEl = $(el, 'svg.plot') as SVGSVGElement;
      expect(Number(svgEl.getAttribute('width'))).to.equal(280);
      const box = svgEl.getBoundingClientRect();
      for (const text of $$(el, 'svg.plot text')) {
        const r = text.getBoundingClientRect();
        expect(r.left, text.textContent!).to.be.at.least(box.left - 1);
        expect(r.right, text.textContent!).to.be.at.most(box.right + 1);
      }
      const labels = $$(el, 'svg.plot .labels text').map((t) => t.getBoundingClientRect());
      for (const a of labels) for (const b of labels) {
        if (a === b) continue;
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap).to.equal(false);
      }
    });

    it('re-lays out when its container is resized', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 900px"><ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator></div>`);
      const el = wrap.querySelector('ec-indicator') as EcIndicator;
      await waitUntil(() => $(el, 'svg.plot'));
      wrap.style.width = '400px';
      await waitUntil(() => $(el, 'svg.plot')?.getAttribute('width') === '400', 'no re-layout');
    });
  });

  describe('lazy loading', () => {
    /** A lazy widget 5000 px below the fold of a 600 px column, given time to be found off-screen. */
    async function offScreen(template: ReturnType<typeof html>): Promise<EcIndicator> {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 600px"><div style="height: 5000px"></div>${template}</div>`);
      const el = wrap.querySelector('ec-indicator') as EcIndicator;
      await el.updateComplete;
      // Two frames: the IntersectionObserver and the ResizeObservers have reported by then.
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      return el;
    }
    // A test that scrolls leaves the page scrolled for the next one's fixture, which would then be in view.
    afterEach(() => window.scrollTo(0, 0));
    const top = (el: EcIndicator, selector: string) => $(el, selector)!.getBoundingClientRect().top - el.getBoundingClientRect().top;

    it('off-screen, renders only a placeholder: the title and the chart box at its final height, named by the summary, no svg', async () => {
      const el = await offScreen(html`<ec-indicator indicator="online-retail-sales" lang="en"></ec-indicator>`);
      expect($(el, 'svg') === null, 'no svg').to.equal(true);
      expect($(el, 'table') === null, 'no table').to.equal(true);
      expect($$(el, '*').length, 'nodes in the placeholder').to.be.at.most(6);
      expect($(el, '[part="title"]')!.textContent).to.equal('Online retail sales (trillion yuan)');
      expect(chartOf(el).getBoundingClientRect().height).to.be.closeTo(600 / (16 / 9), 2);
      // The getters compute on demand.
      expect(el.summary).to.contain('trillion yuan');
      expect(chartOf(el).getAttribute('aria-label')).to.equal(el.summary);
    });

    it('draws once scrolled near, the chart box the same height and in the same place (no layout shift)', async () => {
      const el = await offScreen(html`<ec-indicator indicator="online-retail-sales" lang="en" style="--ec-aspect-ratio: 2 / 1"></ec-indicator>`);
      const before = { height: chartOf(el).getBoundingClientRect().height, top: top(el, '[part="chart"]') };
      expect(before.height).to.be.closeTo(300, 1);
      el.scrollIntoView();
      await waitUntil(() => $(el, 'svg.plot'), 'drawn once scrolled near', { timeout: 5000 });
      await el.updateComplete;
      expect(chartOf(el).getBoundingClientRect().height).to.equal(before.height);
      // Sub-pixel: Firefox rounds the header's height slightly differently once the legend is in it.
      expect(top(el, '[part="chart"]')).to.be.closeTo(before.top, 0.5);
      expect(Number($(el, 'svg.plot')!.getAttribute('height'))).to.equal(before.height);
    });

    it('off-screen, still shows the message for an unknown id, and warns once', async () => {
      let el!: EcIndicator;
      const calls = await warnings(async () => {
        el = await offScreen(html`<ec-indicator indicator="online-retail" lang="en"></ec-indicator>`);
      });
      expect(($(el, '[part~="message"]')?.textContent ?? '').trim()).to.contain("Unknown indicator 'online-retail'");
      expect(calls.filter((c) => c.includes('online-retail'))).to.have.length(1);
    });

    it('off-screen, exports its chart, data and citation all the same', async () => {
      const el = await offScreen(html`<ec-indicator indicator="online-retail-sales" lang="en" type="bar"></ec-indicator>`);
      expect($(el, 'svg') === null, 'not drawn').to.equal(true);
      expect(el.exportCsv()).to.contain('2020');
      const svg = el.exportSvg();
      // Laid out at the fallback width (640), as a widget that was never measured would be.
      expect(svg).to.match(/<svg[^>]*\swidth="640" height="360"/);
      expect(svg).to.contain('Online retail sales').and.to.contain('<rect');
      expect(el.citation()).to.not.equal('');
      expect($(el, 'svg') === null, 'exporting does not draw').to.equal(true);
    });

    it('with loading="eager", draws off-screen at once, in two updates at most, and nothing more follows', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 600px"><div style="height: 5000px"></div></div>`);
      const el = document.createElement('ec-indicator') as EcIndicator;
      let renders = 0;
      const own = el as unknown as { render(): unknown };
      const render = own.render.bind(el);
      own.render = () => {
        renders++;
        return render();
      };
      el.setAttribute('indicator', 'online-retail-sales');
      el.setAttribute('loading', 'eager');
      wrap.append(el);
      await waitUntil(() => $(el, 'svg.plot'), 'drawn off-screen', { timeout: 5000 });
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      // The first render reserves the box; the second, once it is measured, draws. The host's
      // width, measured a frame later, changes nothing this widget draws and renders nothing.
      // The table and sources wait until they are opened.
      expect(renders, 'renders').to.equal(2);
      expect($(el, 'table')).to.equal(null);
    });
  });

  describe('summary and language', () => {
    it('uses the generated summary as the chart’s accessible name and exposes it as `summary`', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="zh-CN"></ec-indicator>`);
      expect(el.summary).to.contain('2020年10万亿元左右，实际11.8万亿元，完成118%，已实现');
      // 15.9722 / 17 = 0.9395 → 94%
      expect(el.summary).to.contain('2025年17万亿元，实际15.9722万亿元，完成94%，未实现（国家统计局，2026）');
      expect(chartOf(el).getAttribute('aria-label')).to.equal(el.summary);
      el.setAttribute('as-of', PLANS_ONLY);
      await el.updateComplete;
      expect(el.summary).to.contain('需自2020年起年均增长约7.6%');
      expect(chartOf(el).getAttribute('aria-label')).to.equal(el.summary);
    });

    it('has a summary before the first render', () => {
      const el = document.createElement('ec-indicator');
      el.indicator = 'ecommerce-transactions';
      el.lang = 'en';
      expect(el.summary).to.contain('93% of target, not achieved');
    });

    it('draws a change of its lang property in the update updateComplete waits for', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"><ec-indicator indicator="online-retail-sales" loading="eager" lang="zh-CN"></ec-indicator></div>`);
      const el = wrap.querySelector('ec-indicator') as EcIndicator;
      await waitUntil(() => $(el, 'svg.plot'));
      const title = () => $(el, '[part="title"]')!.textContent!;
      expect(title()).to.contain('网络零售额');
      el.lang = 'en';
      await el.updateComplete;
      expect(title()).to.contain('Online retail sales');
      expect(chartOf(el).getAttribute('aria-label')).to.match(/^Online retail sales/);
      el.lang = 'zh-CN';
      await el.updateComplete;
      expect(title()).to.contain('网络零售额');
      // No lang of its own: the ancestor's, in the same update.
      el.lang = '';
      await el.updateComplete;
      expect(title()).to.contain('Online retail sales');
    });

    it('follows the nearest ancestor’s lang and a runtime change of it', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en"><ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator></div>`);
      const el = wrap.querySelector('ec-indicator') as EcIndicator;
      await waitUntil(() => $(el, 'svg.plot'));
      expect($(el, '[part="title"]')!.textContent).to.contain('Online retail sales');
      wrap.setAttribute('lang', 'zh-CN');
      await waitUntil(() => $(el, '[part="title"]')!.textContent!.includes('网络零售额'), 'did not follow lang');
      expect(el.summary).to.match(/^网络零售额/);
      ($$(el, '.actions > button')[1] as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, 'table caption')!.textContent!.trim()).to.equal('网络零售额（万亿元）');
    });

    it('formats with Chinese magnitude units and English millions', async () => {
      const zh = await drawn(html`<ec-indicator indicator="ecommerce-employment" loading="eager" lang="zh-CN"></ec-indicator>`);
      const en = await drawn(html`<ec-indicator indicator="ecommerce-employment" loading="eager" lang="en"></ec-indicator>`);
      const cells = (el: EcIndicator) => $$(el, 'tbody tr').map((tr) => tr.children[1]!.textContent);
      for (const el of [zh, en]) {
        ($$(el, '.actions > button')[1] as HTMLButtonElement).click();
        await el.updateComplete;
      }
      expect(cells(zh)).to.include('6015万人');
      expect(cells(en)).to.include('60.15 million');
    });
  });

  describe('keyboard and tooltip', () => {
    it('is one tab stop', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator>`);
      const focusable = $$(el, '[tabindex]');
      expect(focusable).to.have.length(1);
      expect(focusable[0]).to.equal(chartOf(el));
      expect(chartOf(el).getAttribute('tabindex')).to.equal('0');
    });

    it('shows a tooltip on focus and moves between points with the arrow keys; Escape closes it', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en" as-of=${PLANS_ONLY}></ec-indicator>`);
      chartOf(el).focus();
      await el.updateComplete;
      const tooltip = () => $(el, '[part="tooltip"]');
      expect(tooltip()!.textContent).to.contain('513.1 billion yuan');
      expect(tooltip()!.textContent).to.contain('Actual');
      await press(el, 'ArrowRight');
      expect(tooltip()!.textContent).to.contain('750 billion yuan');
      await press(el, 'End');
      expect(tooltip()!.textContent).to.contain('17 trillion yuan');
      expect(tooltip()!.textContent).to.contain('Target');
      expect(tooltip()!.textContent).to.contain('14th FYP');
      await press(el, 'ArrowLeft');
      expect(tooltip()!.textContent).to.contain('about 10 trillion yuan');
      expect(tooltip()!.textContent).to.contain('118% of target, achieved');
      expect($(el, '[aria-live]')!.textContent).to.contain('about 10 trillion yuan');
      await press(el, 'ArrowLeft');
      expect(tooltip()!.textContent).to.contain('11.8 trillion yuan');
      expect(tooltip()!.textContent).to.contain('Actual');
      await press(el, 'Escape');
      expect(tooltip()).to.equal(null);
      expect($(el, '.focus-ring')).to.equal(null);
    });

    it('reaches the chart with Tab', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><button>before</button><ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator></div>`);
      const el = wrap.querySelector('ec-indicator') as EcIndicator;
      await waitUntil(() => $(el, 'svg.plot'));
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(chartOf(el));
      expect($(el, '[part="tooltip"]')).to.not.equal(null);
    });

    it('shows the tooltip of the nearest point on hover, inside the shadow root', async () => {
      const el = await drawn(html`<ec-indicator indicator="ecommerce-transactions" loading="eager" lang="en" style="width: 700px"></ec-indicator>`);
      const circle = $$(el, 'svg.plot .mark--actual').at(-1)! as SVGCircleElement;
      const r = circle.getBoundingClientRect();
      chartOf(el).dispatchEvent(
        new PointerEvent('pointermove', { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true }),
      );
      await el.updateComplete;
      const tooltip = $(el, '[part="tooltip"]')!;
      // The newest transactions figure: MOFCOM's 43.83 for 2022.
      expect(tooltip.textContent).to.contain('43.83 trillion yuan').and.to.contain('MOFCOM');
      chartOf(el).dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect($(el, '[part="tooltip"]')).to.equal(null);
    });

    it('keeps the tooltip inside the chart at 280 px', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en" style="width: 280px"></ec-indicator>`);
      chartOf(el).focus();
      for (let i = 0; i < 7; i++) {
        await press(el, 'ArrowRight');
        const t = ($(el, '[part="tooltip"]') as HTMLElement).getBoundingClientRect();
        const c = chartOf(el).getBoundingClientRect();
        expect(t.left).to.be.at.least(c.left - 1);
        expect(t.right).to.be.at.most(c.right + 1);
      }
    });
  });

  describe('table and sources', () => {
    it('has a data table with caption and headers, written out when shown and gone when hidden again', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator>`);
      expect($(el, 'table'), 'no table before it is asked for').to.equal(null);
      const toggle = $$(el, 'button').find((b) => b.textContent!.trim() === 'Show table') as HTMLButtonElement;
      toggle.click();
      await el.updateComplete;
      const table = $(el, 'table[part="table"]') as HTMLTableElement;
      expect(table.caption!.textContent!.trim()).to.equal('Online retail sales (trillion yuan)');
      expect($$(el, 'thead th[scope="col"]').map((th) => th.textContent)).to.deep.equal(['Year', 'Value', 'Type', 'Source', 'Outcome']);
      expect(table.tBodies[0]!.rows).to.have.length(series('online-retail-sales').length + 3);
      expect(($(el, '.table-wrap') as HTMLElement).getBoundingClientRect().width).to.be.greaterThan(100);
      expect(toggle.textContent!.trim()).to.equal('Hide table');
      toggle.click();
      await el.updateComplete;
      expect($(el, 'table')).to.equal(null);
      expect(toggle.textContent!.trim()).to.equal('Show table');
    });

    it('opens a sources panel with each figure’s document and verbatim quote, and the notes', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator>`);
      expect($(el, '[part="source"]')!.textContent).to.equal(`Source: 12th FYP, 13th FYP, and 14th FYP; Statistical release: NBS and MOFCOM; Figures as of ${asOf()}`);
      const button = $(el, 'button[aria-controls="sources"]') as HTMLButtonElement;
      const panel = $(el, '#sources') as HTMLElement;
      expect(panel.hidden).to.equal(true);
      // Closed, it is hidden from everyone, so nothing is written into it.
      expect(panel.childElementCount, 'closed panel is empty').to.equal(0);
      button.click();
      await el.updateComplete;
      expect(panel.hidden).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const quotes = $$(el, '#sources q');
      expect(quotes.map((q) => q.textContent)).to.include('网上零售额达到 11.8 万亿元');
      expect(quotes[0]!.getAttribute('lang')).to.equal('zh-CN');
      expect(panel.textContent).to.contain('E-commerce Development Plan');
      expect(panel.textContent).to.contain('The 13th FYP gives 2015 online retail sales as 3.88 trillion yuan');
      // A release's figure is named as one in words: its kind and date.
      expect(panel.textContent).to.contain('2025 · Actual · 15.9722 trillion yuan · Statistical release (2026-01');
      expect(panel.textContent).to.contain('2020 · Actual · 11.8 trillion yuan · Plan');
    });

    it('says what the indicator measures, from the dataset, above the sources, in the widget’s language', async () => {
      for (const [lang, heading, definition] of [
        ['en', 'What it measures', 'Value of retail sales made online (goods and services), in trillion yuan.'],
        ['zh-CN', '指标说明', '网络零售（网上零售）交易额，含实物商品和服务。'],
      ]) {
        const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang=${lang}></ec-indicator>`);
        ($(el, 'button[aria-controls="sources"]') as HTMLButtonElement).click();
        await el.updateComplete;
        const panel = $(el, '#sources') as HTMLElement;
        expect(panel.firstElementChild!.textContent!.trim()).to.equal(heading);
        expect($(el, '#sources .definition')!.textContent).to.equal(definition);
      }
    });
  });

  describe('supplied figures', () => {
    const latest = [{ year: 2024, value: 15.5, source: 'NBS 2024 statistical communiqué', url: 'https://www.stats.gov.cn/' }];

    it('draws figures from the observations property distinctly, and cites them', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en" as-of=${PLANS_ONLY} .observations=${latest}></ec-indicator>`);
      expect($$(el, 'svg.plot .mark--supplied')).to.have.length(1);
      expect($(el, 'svg.plot .line--supplied')).to.not.equal(null);
      expect($(el, '[part="source"]')!.textContent).to.contain('Supplied figure: NBS 2024 statistical communiqué');
      expect(el.summary).to.contain('Supplied figure: 15.5 trillion yuan in 2024 (source: NBS 2024 statistical communiqué).');
      ($(el, 'button[aria-controls="sources"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const link = $(el, '#sources a') as HTMLAnchorElement;
      expect(link.href).to.equal('https://www.stats.gov.cn/');
    });

    it('reads them from a child <script type="application/json">', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en">
        <script type="application/json">
          [{ "year": 2023, "value": 15.4, "source": "NBS 2023" }]
        </script>
      </ec-indicator>`);
      expect($$(el, 'svg.plot .mark--supplied')).to.have.length(1);
      expect(el.summary).to.contain('15.4 trillion yuan in 2023');
    });

    it('rejects bad ones with a message while the plan data still draws', async () => {
      let el!: EcIndicator;
      const warned = await warnings(async () => {
        el = await drawn(html`<ec-indicator
          indicator="online-retail-sales"
          loading="eager"
          lang="en"
          .observations=${[{ year: 'soon', value: 1, source: 'x' }, ...latest] as never}
        ></ec-indicator>`);
      });
      const message = $(el, '[part="message"]')!;
      expect(message.textContent).to.contain("Supplied figure 1 ignored: year must be a whole year from 1990 to 2100 (got 'soon').");
      expect($$(el, 'svg.plot .mark--actual')).to.have.length(series('online-retail-sales').length);
      expect($$(el, 'svg.plot .mark--supplied')).to.have.length(1);
      expect(warned).to.have.length(1);
    });

    it('shows the series as it stood on the as-of date, and refuses one that is not a date', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="en" as-of="2024-06-30"></ec-indicator>`);
      // Published by mid-2024: the plans' figures and the releases for 2021–2023, none for 2024 or 2025.
      const shown = series('online-retail-sales').filter((p) => p.year <= 2023);
      expect($$(el, 'svg.plot .mark--actual')).to.have.length(shown.length);
      expect($(el, '[part="source"]')!.textContent).to.match(/; Figures as of 2024-06-30$/);
      let bad!: EcIndicator;
      const warned = await warnings(async () => {
        bad = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="zh-CN" as-of="mid-2024"></ec-indicator>`);
      });
      expect($(bad, '[part="message"]')!.textContent).to.contain('as-of').and.to.contain('mid-2024');
      expect($$(bad, 'svg.plot .mark--actual')).to.have.length(series('online-retail-sales').length);
      expect(warned).to.deep.equal(["<ec-indicator> as-of 'mid-2024' is not a date (YYYY-MM-DD); the latest figures are shown."]);
    });

    it('reports a script that is not JSON', async () => {
      let el!: EcIndicator;
      const warned = await warnings(async () => {
        el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager" lang="zh-CN">
          <script type="application/json">{ year: 2024 }</script>
        </ec-indicator>`);
      });
      expect($(el, '[part="message"]')!.textContent).to.contain('已忽略补充数据：不是有效的 JSON');
      expect($$(el, 'svg.plot .mark--actual').length).to.be.greaterThan(0);
      expect(warned).to.deep.equal(["<ec-indicator> Supplied figures ignored: not valid JSON (got '{ year: 2024 }')."]);
    });
  });

  describe('bad input', () => {
    it('names an unknown indicator and suggests the closest ids, with one warning', async () => {
      let el!: EcIndicator;
      const warned = await warnings(async () => {
        el = await fixture<EcIndicator>(html`<ec-indicator indicator="online-retail" lang="en" loading="eager"></ec-indicator>`);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      const message = $(el, '[part="message"]')!;
      expect(message.textContent).to.contain("Unknown indicator 'online-retail'.");
      expect(message.textContent).to.contain("'online-retail-sales'");
      expect(warned).to.have.length(1);
      expect($(el, 'svg.plot')).to.equal(null);
      expect(el.summary).to.equal('');
    });

    it('says so in Chinese when the indicator is missing', async () => {
      const warned = await warnings(async () => {
        const el = await fixture<EcIndicator>(html`<ec-indicator lang="zh-CN"></ec-indicator>`);
        expect($(el, '[part="message"]')!.textContent).to.contain('未指定指标');
      });
      expect(warned).to.have.length(1);
    });

    it('never interprets attribute text as HTML', async () => {
      const warned = await warnings(async () => {
        const el = await fixture<EcIndicator>(html`<ec-indicator indicator="<img src=x onerror=alert(1)>" lang="en"></ec-indicator>`);
        expect($(el, 'img')).to.equal(null);
        expect($(el, '[part="message"]')!.textContent).to.contain('<img src=x onerror=alert(1)>');
      });
      expect(warned).to.have.length(1);
    });

    it('falls back to a line chart for an invalid type, with a warning', async () => {
      let el!: EcIndicator;
      const warned = await warnings(async () => {
        el = await drawn(html`<ec-indicator indicator="online-retail-sales" type="pie" loading="eager"></ec-indicator>`);
      });
      expect($(el, 'svg.plot .line--actual')).to.not.equal(null);
      expect(warned).to.deep.equal(['<ec-indicator> invalid type: "pie" (expected "line" or "bar"); drawing a line chart.']);
    });

    it('ignores an invalid from/to, with a warning', async () => {
      let el!: EcIndicator;
      const warned = await warnings(async () => {
        el = await drawn(html`<ec-indicator indicator="online-retail-sales" from="last year" to="1800" loading="eager"></ec-indicator>`);
      });
      expect($$(el, 'svg.plot .mark--actual')).to.have.length(series('online-retail-sales').length);
      expect(warned).to.have.length(2);
      expect(warned[0]).to.contain('invalid from: "last year"');
    });

    it('ignores a range with no data, or reversed, with a warning', async () => {
      const warned = await warnings(async () => {
        const a = await drawn(html`<ec-indicator indicator="online-retail-sales" from="1995" to="2000" loading="eager"></ec-indicator>`);
        expect($$(a, 'svg.plot .mark--actual')).to.have.length(series('online-retail-sales').length);
        const b = await drawn(html`<ec-indicator indicator="online-retail-sales" from="2020" to="2015" loading="eager"></ec-indicator>`);
        expect($$(b, 'svg.plot .mark--actual')).to.have.length(series('online-retail-sales').length);
      });
      expect(warned).to.have.length(2);
    });

    it('recovers when a bad indicator is corrected', async () => {
      let el!: EcIndicator;
      await warnings(async () => {
        el = await fixture<EcIndicator>(html`<ec-indicator indicator="nope" loading="eager"></ec-indicator>`);
      });
      el.indicator = 'online-retail-sales';
      await waitUntil(() => $(el, 'svg.plot'));
      expect($(el, '[part="message"]')).to.equal(null);
    });
  });

  describe('compact', () => {
    it('draws a sparkline without axes or chrome, named by the summary', async () => {
      const p = await fixture<HTMLElement>(
        html`<p lang="en">Online retail <ec-indicator indicator="online-retail-sales" compact loading="eager"></ec-indicator> grew.</p>`,
      );
      const el = p.querySelector('ec-indicator') as EcIndicator;
      await waitUntil(() => $(el, 'svg.plot'));
      expect(el.getBoundingClientRect().height).to.be.lessThan(30);
      expect(getComputedStyle(el).display).to.equal('inline-block');
      expect($$(el, '.tick-label')).to.have.length(0);
      expect($(el, '[part="title"]')).to.equal(null);
      expect($(el, '[role="img"]')!.getAttribute('aria-label')).to.equal(el.summary);
      expect($(el, 'svg.plot .line--actual')).to.not.equal(null);
    });
  });

  describe('media', () => {
    /** Emulates media where the browser driver can (Chromium); skips where it cannot. */
    // Only Chromium's CDP can emulate media features; Firefox's WebDriver BiDi and WebKit's WebDriver cannot.
    const canEmulate = /Chrome\//.test(navigator.userAgent);
    async function emulate(ctx: Mocha.Context, media: Parameters<typeof emulateMedia>[0]) {
      if (!canEmulate) ctx.skip();
      await emulateMedia(media);
    }
    afterEach(async () => {
      if (canEmulate) await emulateMedia({ media: 'screen', colorScheme: 'light' });
    });

    it('follows prefers-color-scheme with theme="auto"', async function () {
      await emulate(this, { colorScheme: 'dark' });
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator>`);
      expect(getComputedStyle($(el, '.root')!).backgroundColor).to.equal('rgb(13, 17, 23)');
      const light = await drawn(html`<ec-indicator indicator="online-retail-sales" theme="light" loading="eager"></ec-indicator>`);
      expect(getComputedStyle($(light, '.root')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('prints the data table under the chart', async function () {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator>`);
      // As a browser does before it lays the page out for print.
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      try {
        await emulate(this, { media: 'print' });
        expect(($(el, '.table-wrap') as HTMLElement).getBoundingClientRect().width).to.be.greaterThan(100);
        expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
        await el.updateComplete;
      }
      expect($(el, 'table'), 'the table goes again after printing').to.equal(null);
    });

    it('keeps targets hollow and labels haloed in forced colours', () => {
      const css = EcIndicator.styles.map(String).join('\n');
      expect(css).to.match(/@media \(forced-colors: active\)[\s\S]*\.mark--target[\s\S]*fill: Canvas/);
    });
  });

  describe('theme', () => {
    it('uses dark colours with theme="dark"', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" theme="dark" loading="eager"></ec-indicator>`);
      const root = $(el, '.root') as HTMLElement;
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(getComputedStyle(root).color).to.equal('rgb(230, 237, 243)');
    });

    it('uses the page’s custom properties', async () => {
      const el = await drawn(
        html`<ec-indicator indicator="online-retail-sales" theme="light" loading="eager" style="--ec-color-actual: rgb(1, 2, 3)"></ec-indicator>`,
      );
      expect(getComputedStyle($(el, 'svg.plot .line--actual')!).stroke).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('accessibility', () => {
    it('passes axe in the default state', async () => {
      const el = await drawn(html`<ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe with the tooltip, table and sources open, in English', async () => {
      const el = await drawn(html`<ec-indicator indicator="ecommerce-transactions" loading="eager" lang="en"></ec-indicator>`);
      chartOf(el).focus();
      await press(el, 'ArrowRight');
      ($(el, 'button[aria-controls="sources"]') as HTMLButtonElement).click();
      ($$(el, 'button').at(-1) as HTMLButtonElement).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in dark, bar and supplied states', async () => {
      const el = await drawn(html`<ec-indicator
        indicator="online-retail-sales"
        theme="dark"
        type="bar"
        loading="eager"
        .observations=${[{ year: 2024, value: 15.5, source: 'NBS' }]}
      ></ec-indicator>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe with an error message and in compact mode', async () => {
      let bad!: EcIndicator;
      await warnings(async () => {
        bad = await fixture<EcIndicator>(html`<ec-indicator indicator="nope"></ec-indicator>`);
      });
      await expect(bad).to.be.accessible();
      const compact = await drawn(html`<ec-indicator indicator="online-retail-sales" compact loading="eager"></ec-indicator>`);
      await expect(compact).to.be.accessible();
    });
  });
});
