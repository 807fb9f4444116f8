// <ec-target-gauge> rendered in real browsers, on the dataset's real figures:
// 2020 online retail 11.8 vs ≈10 → 118%, achieved; 2020 transactions 37.2 vs >40 → 93%, not
// achieved; 2025 online retail 15.9722 (NBS, 2026) vs 17 → 94%, not achieved. As the data stood
// at the end of 2021 (as-of="2021-12-31", before any release), the 2025 target of 17 from 11.8
// in 2020 needs about 7.6% a year: (17 / 11.8)^(1/5) − 1 = 7.57%; the trend statuses are tested
// there, on supplied figures, so they keep exercising the same logic.

/** Before the first statistical release (NBS, January 2022): only the plans' figures count. */
const PLANS_ONLY = '2021-12-31';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/target-gauge/define.js';
import type { EcTargetGauge } from '../../src/components/target-gauge/ec-target-gauge.component.js';
import { asOf } from '../../src/data/selectors.js';
import { placeWidget, type Attrs } from './support.js';

/** A gauge in a box of `width` px (the page's language left alone unless `lang` is given). */
async function gauge(attrs: Attrs, width = 480): Promise<EcTargetGauge> {
  const el = await placeWidget<EcTargetGauge>('ec-target-gauge', attrs, width);
  // The chart draws a frame after the ResizeObserver reports the box's width.
  if (!attrs.compact) {
    await waitUntil(() => !el.shadowRoot!.querySelector('.gauge') || el.shadowRoot!.querySelector('svg.chart'), 'chart drawn');
  }
  await el.updateComplete;
  return el;
}

const $ = (el: EcTargetGauge, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: EcTargetGauge, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (el: EcTargetGauge, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A text element's box in page coordinates. */
function screenBox(text: SVGTextElement): { left: number; right: number; top: number; bottom: number } {
  const b = text.getBBox();
  const m = text.getScreenCTM()!;
  const p1 = new DOMPoint(b.x, b.y).matrixTransform(m);
  const p2 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
  return { left: p1.x, right: p2.x, top: p1.y, bottom: p2.y };
}

/** Captures console.warn while `body` runs. */
async function warnings(body: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('<ec-target-gauge>', () => {
  describe('statuses from the plans’ own figures', () => {
    it('shows 2020 online retail as 118% of target, achieved, with a check icon', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020', lang: 'zh-CN' });
      expect(text(el, '.percent')).to.equal('118%');
      expect(text(el, '.status')).to.equal('已实现');
      expect($(el, '.status .icon--achieved')).to.exist;
      expect(el.status).to.equal('achieved');
      expect(el.summary).to.equal('网络零售额2020年11.8万亿元，为“十三五”目标（10万亿元左右）的118%，目标已实现。');
      expect($(el, 'svg.chart')!.getAttribute('aria-label')).to.equal(el.summary);
      expect(text(el, '.heading')).to.equal('“十三五”规划 · 2020年目标');
    });

    it('shows 2020 transactions as 93% of target, not achieved, with a cross icon', async () => {
      const el = await gauge({ indicator: 'ecommerce-transactions', 'target-year': '2020', lang: 'en' });
      expect(text(el, '.percent')).to.equal('93%');
      expect(text(el, '.status')).to.equal('Not achieved');
      expect($(el, '.status .icon--not-achieved')).to.exist;
      expect(el.status).to.equal('not-achieved');
      expect(el.summary).to.contain('37.2 trillion yuan in 2020').and.to.contain('over 40 trillion yuan');
    });

    it('defaults to the latest target year: 2025 online retail not achieved, naming the release it is judged on', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', lang: 'en' });
      expect(text(el, '.heading')).to.equal('14th Five-Year Plan · 2025 target');
      expect(el.status).to.equal('not-achieved');
      // 15.9722 / 17 = 0.9395 → 94%
      expect(text(el, '.percent')).to.equal('94%');
      expect(text(el, '.status')).to.equal('Not achieved');
      expect(text(el, '.note')).to.equal('Source: NBS, 2026');
      expect(el.summary).to.equal(
        'Online retail sales: 15.9722 trillion yuan in 2025, 94% of the 14th Five-Year Plan target (17 trillion yuan); target not achieved (NBS, 2026).',
      );
      const zh = await gauge({ indicator: 'online-retail-sales', lang: 'zh-CN' });
      expect(zh.summary).to.contain('目标未实现（国家统计局，2026）。');
    });

    it('says which series a verdict was judged on (rural: rural online retail sales, MOFCOM 2026)', async () => {
      const el = await gauge({ indicator: 'rural-ecommerce-transactions', 'target-year': '2025', lang: 'en' });
      expect(el.status).to.equal('achieved');
      expect(el.summary).to.contain('target achieved (MOFCOM, 2026), judged on rural online retail sales.');
      expect(text(el, '.note')).to.equal('Source: MOFCOM, 2026; judged on rural online retail sales');
      const zh = await gauge({ indicator: 'rural-ecommerce-transactions', 'target-year': '2025', lang: 'zh-CN' });
      expect(zh.summary).to.contain('（商务部，2026），按农村网络零售额评估。');
    });

    it('says precisely what is missing for a passed target year without an official figure', async () => {
      const el = await gauge({ indicator: 'ecommerce-transactions', 'target-year': '2025', lang: 'en' });
      expect(el.status).to.equal('cannot-assess');
      expect(text(el, '.note')).to.equal('No official figure after 2022');
      expect(el.summary).to.contain('There is no official figure after 2022, so whether the target was met cannot be assessed.');
      expect(el.summary).not.to.contain('The plans give no figure');
      const zh = await gauge({ indicator: 'ecommerce-transactions', 'target-year': '2025', lang: 'zh-CN' });
      expect(text(zh, '.note')).to.equal('2022年后无官方数据');
    });

    it('says which year’s figure the percent of a passed, unassessable target is of (43.83 in 2022 ÷ 46 = 95%)', async () => {
      const el = await gauge({ indicator: 'ecommerce-transactions', 'target-year': '2025', lang: 'en' });
      expect(text(el, '.percent')).to.equal('95%');
      expect(text(el, '.of-target')).to.equal('of target on the 2022 figure');
      const zh = await gauge({ indicator: 'ecommerce-transactions', 'target-year': '2025', lang: 'zh-CN' });
      expect(text(zh, '.of-target')).to.equal('目标完成度（2022年数据）');
      // A target still running, or one met, says only "of target".
      const running = await gauge({ indicator: 'online-retail-sales', 'as-of': '2024-06-30', lang: 'en' });
      expect(text(running, '.of-target')).to.equal('of target');
    });

    it('shows the figures as they stood on the as-of date: mid-2024, on track on MOFCOM’s 15.42 for 2023', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'as-of': '2024-06-30', lang: 'en' });
      // (15.42 / 11.8)^(1/3) − 1 = 9.3% a year ≥ 0.95 × 7.6%; 15.42 / 17 = 91%
      expect(el.status).to.equal('on-track');
      expect(text(el, '.percent')).to.equal('91%');
      expect(text(el, '.note')).to.equal('+9.3% a year since 2020; 7.6% needed');
      el.setAttribute('as-of', '');
      await el.updateComplete;
      expect(el.status).to.equal('not-achieved');
    });

    it('refuses an as-of that is not a date: a visible message, one English warning, the latest figures', async () => {
      let el!: EcTargetGauge;
      const seen = await warnings(async () => {
        el = await gauge({ indicator: 'online-retail-sales', 'as-of': '2024-02-30', lang: 'zh-CN' });
      });
      expect(text(el, '.message')).to.contain('as-of').and.to.contain('2024-02-30');
      expect(el.status).to.equal('not-achieved');
      expect(seen.filter((w) => w.includes("as-of '2024-02-30' is not a date"))).to.have.length(1);
    });

    it('as the data stood at the end of 2021, says the 2025 target cannot be assessed, with the growth needed', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, lang: 'en' });
      expect(text(el, '.heading')).to.equal('14th Five-Year Plan · 2025 target');
      expect(el.status).to.equal('cannot-assess');
      expect(text(el, '.status')).to.equal('Cannot be assessed');
      expect($(el, '.status .icon--cannot-assess')).to.exist;
      expect($(el, '.percent'), 'no percent without a figure').to.equal(null);
      expect(text(el, '.note')).to.equal('No figure after 2020; needs about 7.6% a year from 2020');
      expect($(el, 'svg.chart .bar'), 'no bar without a figure').to.equal(null);
      expect($(el, 'svg.chart .marker--target')).to.exist;
    });

    it('shows both documents’ 2015 transactions targets, or the one chosen with `document`', async () => {
      const both = await gauge({ indicator: 'ecommerce-transactions', 'target-year': '2015', lang: 'zh-CN' });
      const headings = $$(both, '.heading').map((h) => h.textContent);
      expect(headings).to.deep.equal(['“十二五”规划 · 2015年目标', '商务部2013年实施意见 · 2015年目标']);
      expect($$(both, '.percent').map((p) => p.textContent)).to.deep.equal(['121%', '121%']);
      expect(both.summary).to.contain('“十二五”目标').and.to.contain('商务部2013年实施意见目标');

      const one = await gauge({ indicator: 'ecommerce-transactions', 'target-year': '2015', document: 'mofcom-2013', lang: 'zh-CN' });
      expect($$(one, '.gauge')).to.have.length(1);
      expect(text(one, '.heading')).to.equal('商务部2013年实施意见 · 2015年目标');
    });
  });

  describe('statuses from a supplied figure', () => {
    const cases = [
      // (15.42 / 11.8)^(1/3) − 1 = 9.3% ≥ 0.95 × 7.6%
      { value: '15.42', year: '2023', status: 'on-track', label: 'On track', icon: 'on-track', percent: '91%' },
      // 4.6% / 7.6% = 0.61
      { value: '13.5', year: '2023', status: 'acceleration-needed', label: 'Needs acceleration', icon: 'acceleration-needed', percent: '79%' },
      // 1.1% / 7.6% = 0.15
      { value: '12.2', year: '2023', status: 'limited-progress', label: 'Limited progress', icon: 'limited-progress', percent: '72%' },
      // below the 2020 level
      { value: '11', year: '2022', status: 'deterioration', label: 'Deterioration', icon: 'deterioration', percent: '65%' },
      // the target year itself
      { value: '18', year: '2025', status: 'achieved', label: 'Achieved', icon: 'achieved', percent: '106%' },
    ];
    for (const c of cases) {
      it(`${c.value} in ${c.year} → ${c.status}`, async () => {
        const el = await gauge({
          indicator: 'online-retail-sales',
          'as-of': PLANS_ONLY,
          value: c.value,
          'value-year': c.year,
          'value-source': 'National Bureau of Statistics',
          lang: 'en',
        });
        expect(el.status).to.equal(c.status);
        expect(text(el, '.status')).to.equal(c.label);
        expect($(el, `.status .icon--${c.icon}`)).to.exist;
        expect(text(el, '.percent')).to.equal(c.percent);
        expect(el.summary).to.contain('(source: National Bureau of Statistics)');
        expect(text(el, '.key')).to.contain('Supplied figure').and.to.contain('National Bureau of Statistics');
        expect($(el, 'svg.chart .bar--supplied')).to.exist;
      });
    }

    it('accepts the value as a property too', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, lang: 'en' });
      el.value = 15.42;
      el.valueYear = 2023;
      el.valueSource = 'NBS';
      await el.updateComplete;
      expect(el.status).to.equal('on-track');
    });
  });

  describe('variants and sizes', () => {
    it('draws a bullet graph: bands, the bar, a target and a baseline marker, ticks', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020' });
      expect($$(el, 'svg.chart .band')).to.have.length(3);
      expect($(el, 'svg.chart rect.bar')).to.exist;
      expect($(el, 'svg.chart .marker--target')).to.exist;
      expect($(el, 'svg.chart .marker--baseline')).to.exist;
      expect($$(el, 'svg.chart .tick-label').length).to.be.at.least(2);
    });

    it('draws a semicircular arc with variant="arc"', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020', variant: 'arc', lang: 'en' });
      expect($(el, 'svg.chart.arc')).to.exist;
      expect($(el, 'svg.chart path.bar')!.getAttribute('d')).to.match(/^M.*A/);
      expect(text(el, 'svg.chart .centre')).to.equal('11.8');
      expect(text(el, 'svg.chart .label--target')).to.equal('Target ≈10');
    });

    it('falls back to the bullet graph, with one warning, for an unknown variant', async () => {
      let el!: EcTargetGauge;
      const seen = await warnings(async () => {
        el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020', variant: 'donut', lang: 'en' });
      });
      expect($(el, 'svg.chart.bullet')).to.exist;
      expect(seen.filter((w) => w.includes('invalid variant: "donut" (expected "bullet" or "arc")'))).to.have.length(1);
    });

    for (const variant of ['bullet', 'arc']) {
      for (const width of [200, 320, 1000]) {
        it(`fits ${width} px without clipping or overlapping labels (${variant})`, async () => {
          const el = await gauge({ indicator: 'ecommerce-transactions', 'target-year': '2020', variant, lang: 'zh-CN' }, width);
          const host = el.getBoundingClientRect();
          if (variant === 'bullet') expect($(el, 'svg.chart')!.getAttribute('width'), 'fills the column').to.equal(String(width));
          expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(width + 1);
          // Boxes from getBBox (the text's line box, without the 3 px background halo that
          // getBoundingClientRect adds in Firefox), mapped to the page.
          const labels = $$(el, 'svg.chart text').map((t) => screenBox(t as SVGTextElement));
          expect(labels.length).to.be.at.least(3);
          for (const r of labels) {
            expect(r.left).to.be.at.least(host.left - 1);
            expect(r.right).to.be.at.most(host.right + 1);
          }
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) {
              const a = labels[i]!;
              const b = labels[j]!;
              const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
              expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
            }
          }
        });
      }
    }

    it('keeps the arc to the start of a wide column rather than stretching it', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020', variant: 'arc' }, 1000);
      const svg = $(el, 'svg.chart')!;
      expect(Number(svg.getAttribute('width'))).to.be.lessThan(500);
      expect(svg.getBoundingClientRect().left).to.be.closeTo(el.getBoundingClientRect().left, 1);
    });

    it('scales the drawing down in a box narrower than 200 px', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020' }, 160);
      const svg = $(el, 'svg.chart')!;
      expect(svg.getAttribute('width')).to.equal('200');
      expect(svg.getBoundingClientRect().width).to.be.at.most(161);
    });

    it('re-lays out when its box is resized', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020' }, 600);
      el.parentElement!.style.width = '300px';
      await waitUntil(() => $(el, 'svg.chart')!.getAttribute('width') === '300', 'resized');
    });

    it('is a one-line pill with compact: status icon and percent, the summary for screen readers', async () => {
      const wrapper = await fixture<HTMLParagraphElement>(
        html`<p style="width:400px;font-size:16px" lang="zh-CN">
          网络零售额2020年<ec-target-gauge compact indicator="online-retail-sales" target-year="2020"></ec-target-gauge>。
        </p>`,
      );
      const el = wrapper.querySelector('ec-target-gauge')!;
      // Lazy (the default): drawn once the widget is found near the viewport.
      await waitUntil(() => $(el, '.pill'), 'pill drawn');
      await el.updateComplete;
      const pill = $(el, '.pill')!;
      expect(pill).to.exist;
      expect($(el, '.pill .icon--achieved')).to.exist;
      expect(text(el, '.pill-face')).to.equal('118%');
      expect(text(el, '.pill .visually-hidden')).to.equal(el.summary);
      expect($(el, 'svg.chart')).to.equal(null);
      expect(getComputedStyle(el).display).to.equal('inline-block');
      expect(pill.getBoundingClientRect().height).to.be.lessThan(32);
      await expect(el).to.be.accessible();
    });

    it('shows the status word in the pill when there is no percent', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, compact: true, lang: 'en' });
      expect(text(el, '.pill-face')).to.equal('Cannot be assessed');
    });
  });

  describe('language', () => {
    it('follows the page’s language and its runtime changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><ec-target-gauge loading="eager" indicator="online-retail-sales" target-year="2020"></ec-target-gauge></div>`,
      );
      const el = wrapper.querySelector('ec-target-gauge')!;
      await el.updateComplete;
      expect(text(el, '.title')).to.equal('Online retail sales');
      expect(text(el, '.status')).to.equal('Achieved');
      wrapper.setAttribute('lang', 'zh-CN');
      await waitUntil(() => text(el, '.status') === '已实现', 'switched to Chinese');
      expect(text(el, '.title')).to.equal('网络零售额');
      expect(el.summary).to.contain('目标已实现');
    });

    it('formats figures with Chinese magnitudes in Chinese and words in English', async () => {
      const zh = await gauge({ indicator: 'online-retail-sales', 'target-year': '2015', lang: 'zh-CN' });
      // 2010: 5131亿元 (0.5131万亿元), target 超过3万亿元, 2015: 3.88万亿元 → 129%
      expect(text(zh, '.key')).to.contain('2010年 · 5131亿元').and.to.contain('2015年 · 超过3万亿元');
      expect(text(zh, '.percent')).to.equal('129%');
      const en = await gauge({ indicator: 'online-retail-sales', 'target-year': '2015', lang: 'en' });
      expect(text(en, '.key')).to.contain('2010 · 513.1 billion yuan').and.to.contain('over 3 trillion yuan');
    });
  });

  describe('bad input: a visible message and one warning, never an exception', () => {
    it('suggests close ids for an unknown indicator', async () => {
      let el!: EcTargetGauge;
      const seen = await warnings(async () => {
        el = await gauge({ indicator: 'online-retail', lang: 'en' });
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(text(el, '.message')).to.contain("Unknown indicator 'online-retail'").and.to.contain("'online-retail-sales'");
      expect(el.status).to.equal(null);
      expect(el.summary).to.contain('Unknown indicator');
      expect(seen.filter((w) => w.includes('Unknown indicator'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('asks for an indicator when none is given', async () => {
      const el = await gauge({ lang: 'en' });
      expect(text(el, '.message')).to.contain('No indicator given');
    });

    it('lists the years that have a target for a year without one', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2018', lang: 'en' });
      expect(text(el, '.message')).to.equal('No 2018 target for Online retail sales; targets exist for 2015, 2020, and 2025.');
      const zh = await gauge({ indicator: 'online-retail-sales', 'target-year': '2018', lang: 'zh-CN' });
      expect(text(zh, '.message')).to.contain('2015年').and.to.contain('2025年');
    });

    it('rejects a target year that is not a year', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': 'next', lang: 'en' });
      expect(text(el, '.message')).to.contain("target-year 'next' is not a year").and.to.contain('2020');
    });

    it('says when an indicator has no targets at all', async () => {
      const el = await gauge({ indicator: 'online-shopping-users', lang: 'en' });
      expect(text(el, '.message')).to.contain('The plans set no target for');
    });

    it('names the documents that do set a target when `document` names another', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020', document: 'plan-14th', lang: 'en' });
      expect(text(el, '.message')).to.contain('14th Five-Year Plan').and.to.contain('13th Five-Year Plan');
    });

    it('ignores a bad supplied value with a message while the plans’ figures still draw', async () => {
      let el!: EcTargetGauge;
      const seen = await warnings(async () => {
        el = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, value: '17万亿', 'value-year': '2023', 'value-source': 'NBS', lang: 'en' });
      });
      expect(text(el, '.message')).to.equal("Supplied figures ignored: value must be a finite number in the indicator's unit, between -10¹⁵ and 10¹⁵ (got '17万亿').");
      expect(el.status).to.equal('cannot-assess');
      expect($(el, 'svg.chart .marker--target')).to.exist;
      expect($(el, 'svg.chart .bar')).to.equal(null);
      expect(seen.filter((w) => w.includes("'17万亿'"))).to.have.length(1);
    });

    it('refuses a supplied value without a source, a year, or with a year outside the plan', async () => {
      const noSource = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, value: '15', 'value-year': '2023', lang: 'zh-CN' });
      expect(text(noSource, '.message')).to.contain('source 应为非空的来源说明');
      expect(noSource.status).to.equal('cannot-assess');
      const noYear = await gauge({ indicator: 'online-retail-sales', value: '15', 'value-source': 'NBS', lang: 'en' });
      expect(text(noYear, '.message')).to.contain('without value-year');
      const badYear = await gauge({ indicator: 'online-retail-sales', value: '15', 'value-year': '2023.5', 'value-source': 'NBS', lang: 'en' });
      expect(text(badYear, '.message')).to.contain('year must be a whole year').and.to.contain("'2023.5'");
      const early = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, value: '15', 'value-year': '2019', 'value-source': 'NBS', lang: 'en' });
      expect(text(early, '.message')).to.contain('2019').and.to.contain('after the 2020 baseline');
      expect(early.status).to.equal('cannot-assess');
      const late = await gauge({ indicator: 'online-retail-sales', value: '15', 'value-year': '2027', 'value-source': 'NBS', lang: 'en' });
      expect(text(late, '.message')).to.contain('2027').and.to.contain('2025 target year');
      const negative = await gauge({ indicator: 'online-retail-sales', value: '-3', 'value-year': '2023', 'value-source': 'NBS', lang: 'en' });
      expect(text(negative, '.message')).to.contain("value '-3' ignored");
    });

    it('says a supplied figure older than the data’s own is not used', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020', value: '9', 'value-year': '2019', 'value-source': 'x', lang: 'en' });
      expect(text(el, '.message')).to.contain('older than the 2020 figure in the data');
      expect(el.status).to.equal('achieved');
    });

    it('never reads attribute text as HTML', async () => {
      const el = await gauge({ indicator: '<img src=x onerror="window.__pwned=1">', lang: 'en' });
      expect($(el, 'img')).to.equal(null);
      expect(text(el, '.message')).to.contain('<img src=x');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      const source = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, value: '15', 'value-year': '2023', 'value-source': '<b>NBS</b>', lang: 'en' });
      expect($(source, 'b')).to.equal(null);
      expect(text(source, '.key')).to.contain('<b>NBS</b>');
    });
  });

  describe('reading it', () => {
    it('opens the details from the keyboard', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, lang: 'en' });
      const details = $(el, 'details') as HTMLDetailsElement;
      const summary = $(el, 'details summary') as HTMLElement;
      summary.focus();
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => details.open, 'details opened');
      expect(text(el, 'details')).to.contain('Annual growth needed').and.to.contain('7.6%');
      expect(text(el, 'details .quote')).to.contain('全国网上零售额');
    });

    it('quotes the release a verdict rests on in the details, in the quote’s own language, and dates the figures', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', lang: 'en' });
      const release = $(el, 'details .quote--release')!;
      expect(release.getAttribute('lang')).to.equal('zh-CN');
      expect(release.textContent).to.contain('159722');
      expect(text(el, 'details')).to.contain('Statistical release').and.to.contain('Figure as published');
      expect(text(el, 'details .as-of')).to.equal(`Figures as of ${asOf()}`);
      const then = await gauge({ indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, lang: 'zh-CN' });
      expect($(then, 'details .quote--release')).to.equal(null);
      expect(text(then, 'details .as-of')).to.equal(`数据截至${PLANS_ONLY}`);
    });

    it('says in the details what the indicator measures, in the gauge’s language', async () => {
      const en = await gauge({ indicator: 'online-retail-sales', lang: 'en' });
      expect(text(en, 'details')).to.contain('What it measures');
      expect(text(en, 'details .definition')).to.equal('Value of retail sales made online (goods and services), in trillion yuan.');
      const zh = await gauge({ indicator: 'ecommerce-employment', lang: 'zh-CN' });
      expect(text(zh, 'details')).to.contain('指标说明');
      expect(text(zh, 'details .definition')).to.equal('电子商务及相关行业从业人员数量。');
    });

    it('draws only near the viewport unless loading="eager", while status and summary are ready at once', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:400px"><div style="height:4000px"></div><ec-target-gauge indicator="online-retail-sales" target-year="2020" lang="en"></ec-target-gauge></div>`,
      );
      const el = wrapper.querySelector('ec-target-gauge')!;
      await el.updateComplete;
      expect(el.status).to.equal('achieved');
      expect($(el, 'svg.chart')).to.equal(null);
      expect($(el, '.chart-placeholder')).to.exist;
      el.scrollIntoView();
      await waitUntil(() => $(el, 'svg.chart'), 'drawn once scrolled into view');
      window.scrollTo(0, 0);
    });

    describe('far from the viewport (lazy)', () => {
      /** A lazy gauge 5000 px below the fold, given two frames to be found off-screen and measured. */
      async function offScreen(attrs: string): Promise<EcTargetGauge> {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:400px"><div style="height:5000px"></div></div>`);
        wrapper.insertAdjacentHTML('beforeend', `<ec-target-gauge ${attrs}></ec-target-gauge>`);
        const el = wrapper.querySelector('ec-target-gauge')!;
        await el.updateComplete;
        for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
        return el;
      }
      afterEach(() => window.scrollTo(0, 0));

      it('renders only its name and the chart box, named by the summary: no layout, no svg', async () => {
        const el = await offScreen('indicator="online-retail-sales" target-year="2020" lang="en" variant="arc"');
        expect(text(el, '[part="title"]')).to.equal('Online retail sales');
        expect($(el, '.chart-placeholder.arc') !== null, 'arc-shaped box').to.equal(true);
        expect($(el, '.gauge') === null && $(el, 'svg') === null, 'nothing drawn').to.equal(true);
        expect(el.shadowRoot!.querySelectorAll('*').length, 'nodes in the placeholder').to.be.at.most(4);
        expect(($(el, '.chart-placeholder') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(100);
        expect($(el, '.chart-placeholder')!.getAttribute('aria-label')).to.equal(el.summary);
        // The getters and the exports compute on demand.
        expect(el.status).to.equal('achieved');
        expect(el.summary).to.contain('118%');
        expect(el.exportCsv()).to.contain('2020');
        expect(el.exportSvg()).to.contain('<svg').and.to.contain('Online retail sales');
        expect(el.citation()).to.not.equal('');
        expect($(el, 'svg') === null, 'exporting does not draw').to.equal(true);
        el.scrollIntoView();
        await waitUntil(() => $(el, 'svg.chart.arc'), 'drawn once scrolled near');
        expect(text(el, '[part="title"]')).to.equal('Online retail sales');
      });

      it('still shows the message for an unknown id', async () => {
        const el = await offScreen('indicator="online-retail" lang="en"');
        expect(text(el, '[part~="message"]')).to.contain("Unknown indicator 'online-retail'");
      });

      it('is a blank inline box in compact mode until it draws', async () => {
        const el = await offScreen('indicator="online-retail-sales" target-year="2020" lang="en" compact');
        expect($(el, '.pill') === null, 'no pill yet').to.equal(true);
        el.scrollIntoView();
        await waitUntil(() => $(el, '.pill .icon--achieved'), 'pill drawn once scrolled near');
      });
    });

    it('gives status and summary before the first render', () => {
      const el = document.createElement('ec-target-gauge');
      el.indicator = 'ecommerce-transactions';
      el.targetYear = 2020;
      el.lang = 'en';
      expect(el.status).to.equal('not-achieved');
      expect(el.summary).to.contain('37.2 trillion yuan in 2020');
    });

    it('follows attribute changes at run time, bad ones included', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020', lang: 'en' });
      el.setAttribute('target-year', 'soon');
      await el.updateComplete;
      expect(text(el, '.message')).to.contain("target-year 'soon' is not a year");
      el.setAttribute('target-year', '2015');
      await el.updateComplete;
      expect(text(el, '.percent')).to.equal('129%');
      el.setAttribute('indicator', 'ecommerce-transactions');
      el.setAttribute('target-year', '2020');
      await el.updateComplete;
      expect(text(el, '.percent')).to.equal('93%');
    });

    it('exposes its documented parts and follows the page’s custom properties', async () => {
      const el = await gauge({ indicator: 'online-retail-sales', 'target-year': '2020' });
      for (const part of ['title', 'gauge', 'heading', 'headline', 'percent', 'status', 'chart', 'key', 'details']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
      el.style.setProperty('--ec-color-target', 'rgb(1, 2, 3)');
      el.style.setProperty('--ec-color-achieved', 'rgb(4, 5, 6)');
      expect(getComputedStyle($(el, '.marker--target')!).stroke).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.status')!).color).to.equal('rgb(4, 5, 6)');
      const compact = await gauge({ indicator: 'online-retail-sales', compact: true });
      expect(compact.shadowRoot!.querySelector('[part~="pill"]')).to.exist;
      const bad = await gauge({ indicator: 'nope' });
      expect(bad.shadowRoot!.querySelector('[part~="message"]')).to.exist;
    });

    for (const [name, attrs] of [
      ['achieved', { indicator: 'online-retail-sales', 'target-year': '2020' }],
      ['not achieved, English', { indicator: 'ecommerce-transactions', 'target-year': '2020', lang: 'en' }],
      ['not achieved, arc', { indicator: 'online-retail-sales', variant: 'arc' }],
      ['cannot be assessed, arc', { indicator: 'ecommerce-transactions', 'target-year': '2025', variant: 'arc' }],
      ['two documents, dark', { indicator: 'ecommerce-transactions', 'target-year': '2015', theme: 'dark' }],
      ['supplied, bad value notice', { indicator: 'online-retail-sales', value: 'x', 'value-year': '2023', lang: 'en' }],
      ['on track, supplied, dark arc', { indicator: 'online-retail-sales', 'as-of': PLANS_ONLY, value: '15.42', 'value-year': '2023', 'value-source': 'NBS', variant: 'arc', theme: 'dark' }],
    ] as const) {
      it(`passes axe: ${name}`, async () => {
        const el = await gauge(attrs as Attrs);
        const details = $(el, 'details') as HTMLDetailsElement | null;
        if (details) details.open = true;
        await expect(el).to.be.accessible();
      });
    }
  });
});
