// A lazy widget far from the viewport renders a placeholder, not the chart. These tests hold
// that the placeholder still carries the text alternative the drawn widget gives (WCAG 1.1.1,
// 1.3.1): a screen reader reading a long page meets the summary, not an empty box, and the name
// is the same text before and after the widget draws.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '../../src/components/indicator/define.js';
import '../../src/components/target-gauge/define.js';
import type { EcIndicator } from '../../src/components/indicator/ec-indicator.component.js';
import type { EcTargetGauge } from '../../src/components/target-gauge/ec-target-gauge.component.js';

type Widget = EcIndicator | EcTargetGauge;

const LANGS = ['zh-CN', 'en'] as const;

/** Places `markup` 5000 px below the fold of a 600 px column and waits until it has been found off-screen. */
async function offScreen<T extends Widget>(markup: string, lang = 'en'): Promise<T> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 600px"><div style="height: 5000px"></div></div>`);
  wrap.lang = lang;
  wrap.insertAdjacentHTML('beforeend', markup);
  const el = wrap.lastElementChild as T;
  await el.updateComplete;
  // Two frames: the IntersectionObserver and the ResizeObservers have reported by then.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

const $ = (el: Widget, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Widget, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const drawnSelector = (el: Widget) => (el.localName === 'ec-indicator' ? 'svg.plot, .chart svg' : 'svg.chart');
const isDrawn = (el: Widget) => $(el, drawnSelector(el)) !== null;

/** Scrolls the widget in and waits for the chart. */
async function scrollIn(el: Widget): Promise<void> {
  el.scrollIntoView();
  await waitUntil(() => isDrawn(el), 'drawn once scrolled near', { timeout: 5000 });
  await el.updateComplete;
}

/**
 * The names of the chart boxes: the placeholder's one, or the drawn chart(s), read from the
 * attribute; axe checks that each is a named image, and `imageInAccessibilityTree` that Chromium
 * exposes it so.
 */
const chartNames = (el: Widget) => $$(el, '[part~="chart"][aria-label], .chart-placeholder[aria-label]').map((c) => c.getAttribute('aria-label'));

/**
 * Whether the page's accessibility tree holds an image named `name`: what a screen reader is
 * given, rather than what the markup says. Chromium only (see the test runner's config; it
 * calls the role "image"); elsewhere true, the attribute and axe checks standing alone.
 */
async function imageInAccessibilityTree(name: string): Promise<boolean> {
  if (!/Chrome\//.test(navigator.userAgent)) return true;
  type Node = { role: string; name: string; children: Node[] };
  const snapshot = (await a11ySnapshot({})) as unknown as Node;
  return findAccessibilityNode<Node>(snapshot, (node) => (node.role === 'image' || node.role === 'img') && node.name === name) !== null;
}

describe('lazy placeholders carry the text alternative', () => {
  afterEach(() => window.scrollTo(0, 0));

  describe('<ec-indicator>', () => {
    for (const lang of LANGS) {
      it(`off-screen, names the chart box with the summary, the drawn chart's name, in ${lang}`, async () => {
        const el = await offScreen<EcIndicator>('<ec-indicator indicator="online-retail-sales"></ec-indicator>', lang);
        expect(isDrawn(el), 'not drawn yet').to.equal(false);
        const box = $(el, '[part="chart"]')!;
        expect(box.getAttribute('role')).to.equal('img');
        const before = box.getAttribute('aria-label');
        expect(before).to.equal(el.summary);
        expect(before).to.contain(lang === 'zh-CN' ? '网络零售额2010年为5131亿元' : 'Online retail sales: 513.1 billion yuan in 2010');
        expect(await imageInAccessibilityTree(before!), 'an image named by the summary in the accessibility tree').to.equal(true);
        await expect(el).to.be.accessible();

        await scrollIn(el);
        expect($(el, '[part="chart"]')!.getAttribute('aria-label'), 'drawn chart name').to.equal(before);
      });
    }

    it('the placeholder summary follows from, to, hide-targets and supplied figures exactly as the drawn one', async () => {
      const supplied = JSON.stringify([{ year: 2023, value: 15.42, source: '国家统计局' }]);
      const cases = [
        '<ec-indicator indicator="online-retail-sales" from="2015" to="2020"></ec-indicator>',
        '<ec-indicator indicator="ecommerce-transactions" hide-targets></ec-indicator>',
        `<ec-indicator indicator="online-retail-sales"><script type="application/json">${supplied}</script></ec-indicator>`,
        '<ec-indicator indicator="online-retail-sales" compact></ec-indicator>',
        // An invalid range draws every year, in the placeholder as in the chart.
        '<ec-indicator indicator="online-retail-sales" from="1800"></ec-indicator>',
      ];
      for (const markup of cases) {
        for (const lang of LANGS) {
          const el = await offScreen<EcIndicator>(markup, lang);
          expect(isDrawn(el), `${markup}: not drawn yet`).to.equal(false);
          const before = chartNames(el);
          expect(before, markup).to.have.length(1);
          await scrollIn(el);
          expect(chartNames(el), `${markup} in ${lang}`).to.deep.equal(before);
          window.scrollTo(0, 0);
        }
      }
    });

    it('follows the language: its own lang and an ancestor’s', async () => {
      const el = await offScreen<EcIndicator>('<ec-indicator indicator="ecommerce-employment"></ec-indicator>', 'zh-CN');
      expect(chartNames(el)[0]).to.contain('电子商务从业人员');
      el.lang = 'en';
      await el.updateComplete;
      expect(chartNames(el)[0]).to.match(/^E-commerce employment/).and.to.equal(el.summary);
      el.lang = '';
      el.parentElement!.lang = 'zh-CN';
      await waitUntil(() => /^电子商务从业人员/.test(chartNames(el)[0] ?? ''), 'the ancestor’s language');
      expect(isDrawn(el), 'not drawn by the change').to.equal(false);
    });

  });

  describe('<ec-target-gauge>', () => {
    for (const lang of LANGS) {
      for (const variant of ['bullet', 'arc']) {
        it(`off-screen, names the chart box with the summary, the drawn chart's name (${variant}, ${lang})`, async () => {
          const el = await offScreen<EcTargetGauge>(`<ec-target-gauge indicator="online-retail-sales" target-year="2020" variant="${variant}"></ec-target-gauge>`, lang);
          expect(isDrawn(el), 'not drawn yet').to.equal(false);
          const box = $(el, '.chart-placeholder')!;
          expect(box.getAttribute('role')).to.equal('img');
          const before = box.getAttribute('aria-label');
          expect(before).to.equal(el.summary);
          expect(before).to.equal(
            lang === 'zh-CN'
              ? '网络零售额2020年11.8万亿元，为“十三五”目标（10万亿元左右）的118%，目标已实现。'
              : 'Online retail sales: 11.8 trillion yuan in 2020, 118% of the 13th Five-Year Plan target (about 10 trillion yuan); target achieved.',
          );
          expect(await imageInAccessibilityTree(before!), 'an image named by the summary in the accessibility tree').to.equal(true);
          await expect(el).to.be.accessible();

          await scrollIn(el);
          expect(chartNames(el), 'drawn chart name').to.deep.equal([before]);
        });
      }
    }

    it('where two documents set the year’s target, the box holds both summaries the drawn charts split', async () => {
      for (const lang of LANGS) {
        const el = await offScreen<EcTargetGauge>('<ec-target-gauge indicator="ecommerce-transactions" target-year="2015"></ec-target-gauge>', lang);
        const before = chartNames(el);
        expect(before).to.have.length(1);
        await scrollIn(el);
        const drawn = chartNames(el);
        expect(drawn.length, 'two charts').to.equal(2);
        expect(drawn.join(lang === 'zh-CN' ? '' : ' ')).to.equal(before[0]);
        window.scrollTo(0, 0);
      }
    });

    it('a compact pill holds the summary, hidden as the drawn pill’s is', async () => {
      for (const lang of LANGS) {
        const el = await offScreen<EcTargetGauge>('<ec-target-gauge indicator="ecommerce-transactions" target-year="2020" compact></ec-target-gauge>', lang);
        expect($(el, '.pill'), 'not drawn yet').to.equal(null);
        const before = $(el, '.visually-hidden')!.textContent;
        expect(before).to.contain('93%');
        expect(before).to.equal(el.summary);
        el.scrollIntoView();
        await waitUntil(() => $(el, '.pill'), 'drawn once scrolled near');
        expect($(el, '.pill .visually-hidden')!.textContent).to.equal(before);
        window.scrollTo(0, 0);
      }
    });

    it('follows the language', async () => {
      const el = await offScreen<EcTargetGauge>('<ec-target-gauge indicator="online-retail-sales" target-year="2020"></ec-target-gauge>', 'zh-CN');
      expect(chartNames(el)[0]).to.match(/^网络零售额/);
      el.lang = 'en';
      await el.updateComplete;
      expect(chartNames(el)[0]).to.match(/^Online retail sales/).and.to.equal(el.summary);
      el.lang = '';
      el.parentElement!.lang = 'zh-CN';
      await waitUntil(() => /^网络零售额/.test(chartNames(el)[0] ?? ''), 'the ancestor’s language');
      expect(isDrawn(el), 'not drawn by the change').to.equal(false);
    });

  });

  for (const tag of ['ec-indicator', 'ec-target-gauge']) {
    for (const lang of LANGS) {
      it(`<${tag}> still shows the message for an unknown id (${lang})`, async () => {
        const el = await offScreen<Widget>(`<${tag} indicator="online-retail"></${tag}>`, lang);
        expect($(el, '[part~="message"]')!.textContent).to.contain(lang === 'zh-CN' ? '未知指标“online-retail”' : "Unknown indicator 'online-retail'");
        expect(chartNames(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  }
});
