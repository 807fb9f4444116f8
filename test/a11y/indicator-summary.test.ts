import { expect } from '@open-wc/testing';
import { indicatorSummary, openingSentence, sourcesYear, targetSentence } from '../../src/a11y/indicator-summary.js';
import { indicatorView, viewSummary, type IndicatorViewOptions } from '../../src/view/indicator-view.js';
import { getIndicator, listIndicators, series, targets } from '../../src/data/selectors.js';
import { progress, seriesAsOf } from '../../src/data/targets.js';
import { asOf } from '../../src/data/selectors.js';
import type { WidgetLang } from '../../src/format/index.js';

/**
 * The summary on the bundled data, or as it stood on `date` (the end of 2021: before the first
 * statistical release, so only the plans' figures count and the 2025 targets are still open).
 */
function summaryOf(id: string, lang: WidgetLang, date?: string): string {
  const indicator = getIndicator(id)!;
  return indicatorSummary({
    indicator,
    lang,
    actuals: date ? seriesAsOf(id, date) : series(id),
    targets: targets(id).map((t) => progress(id, t.year, { document: t.document, ...(date ? { asOf: date } : {}) })!),
    ...(date ? { asOf: Number.parseInt(date, 10) } : {}),
  });
}
const PLANS_ONLY = '2021-12-31';

describe('indicatorSummary(input)', () => {
  it('online retail, Chinese, on the bundled data: the 2025 verdict names its release', () => {
    // 15.9722 / 17 = 0.9395 → 94%, below 17: not achieved (NBS, 2026).
    expect(summaryOf('online-retail-sales', 'zh-CN')).to.equal(
      '网络零售额2010年为5131亿元，2025年增至15.9722万亿元。' +
        '“十二五”规划目标：2015年超过3万亿元，实际3.88万亿元，完成129%，已实现。' +
        '“十三五”规划目标：2020年10万亿元左右，实际11.8万亿元，完成118%，已实现。' +
        '“十四五”规划目标：2025年17万亿元，实际15.9722万亿元，完成94%，未实现（国家统计局，2026）。',
    );
  });

  it('online retail, Chinese, at the end of 2021: start, latest, and each target with its outcome', () => {
    expect(summaryOf('online-retail-sales', 'zh-CN', PLANS_ONLY)).to.equal(
      '网络零售额2010年为5131亿元，2020年增至11.8万亿元。' +
        '“十二五”规划目标：2015年超过3万亿元，实际3.88万亿元，完成129%，已实现。' +
        '“十三五”规划目标：2020年10万亿元左右，实际11.8万亿元，完成118%，已实现。' +
        '“十四五”规划目标：2025年17万亿元，需自2020年起年均增长约7.6%。',
    );
  });

  it('online retail, English, at the end of 2021', () => {
    const text = summaryOf('online-retail-sales', 'en', PLANS_ONLY);
    expect(text).to.match(/^Online retail sales: 513\.1 billion yuan in 2010, rising to 11\.8 trillion yuan in 2020\./);
    expect(text).to.contain('13th Five-Year Plan target for 2020: about 10 trillion yuan; actual 11.8 trillion yuan, 118% of target, achieved.');
    expect(text).to.contain('needing about 7.6% growth a year from 2020');
  });

  it('transactions: 2020 at 93% of the 超过40 target, not achieved', () => {
    expect(summaryOf('ecommerce-transactions', 'zh-CN')).to.contain('“十三五”规划目标：2020年超过40万亿元，实际37.2万亿元，完成93%，未实现。');
    expect(summaryOf('ecommerce-transactions', 'en')).to.contain('over 40 trillion yuan; actual 37.2 trillion yuan, 93% of target, not achieved.');
  });

  it('employment uses Chinese magnitude units and English millions', () => {
    expect(summaryOf('ecommerce-employment', 'zh-CN')).to.contain('2020年增至6015万人');
    expect(summaryOf('ecommerce-employment', 'en')).to.contain('rising to 60.15 million in 2020');
  });

  it('says precisely what a past target with no reported figure lacks, and does not assess it', () => {
    const text = summaryOf('online-retail-share-of-consumer-retail', 'en');
    expect(text).to.contain('12th Five-Year Plan target for 2015: over 9%; no official figure after 2010, so it cannot be assessed.');
    expect(summaryOf('online-retail-share-of-consumer-retail', 'zh-CN')).to.contain('“十二五”规划目标：2015年超过9%，2010年后无官方数据，无法评估。');
    expect(text).to.not.match(/on track|achieved/i);
  });

  it('includes supplied figures with their source', () => {
    const indicator = getIndicator('online-retail-sales')!;
    const latest = { year: 2024, value: 15.5, source: '国家统计局' };
    const text = indicatorSummary({
      indicator,
      lang: 'zh-CN',
      actuals: seriesAsOf(indicator.id, PLANS_ONLY),
      supplied: [latest],
      targets: [progress(indicator.id, 2025, { latest, asOf: PLANS_ONLY })!],
      asOf: 2021,
    });
    expect(text).to.contain('补充数据：2024年15.5万亿元（来源：国家统计局）。');
    expect(text).to.contain('按2024年补充数据15.5万亿元计算');
  });
});

describe('openingSentence / targetSentence', () => {
  it('handles one point and no points', () => {
    const indicator = getIndicator('industrial-ecommerce-penetration')!;
    expect(openingSentence(indicator, 'zh-CN', [{ year: 2020, value: 63, qualifier: 'exact' }])).to.equal('工业电子商务普及率2020年为63%。');
    expect(openingSentence(indicator, 'en', [])).to.contain('no actual figures');
  });

  it('a future target states the growth it needs', () => {
    const indicator = getIndicator('industrial-ecommerce-penetration')!;
    const p = progress(indicator.id, 2025, { asOf: PLANS_ONLY })!;
    expect(targetSentence(p, indicator, 'en', 2021)).to.match(/target for 2025: 73%, needing about 3\.0% growth a year from 2020\.$/);
  });

  it('dates "now" by the dataset’s figures-as-of date', () => {
    expect(sourcesYear()).to.equal(Number.parseInt(asOf(), 10));
    expect(sourcesYear()).to.be.at.least(2026);
  });

  it('a passed target without an official figure says which year the data stop at (penetration 2025)', () => {
    const indicator = getIndicator('industrial-ecommerce-penetration')!;
    expect(targetSentence(progress(indicator.id, 2025)!, indicator, 'en')).to.match(/target for 2025: 73%; no official figure after 2020, so it cannot be assessed\.$/);
  });
});

describe('viewSummary(indicator, options)', () => {
  // The lazy placeholder's name must be the drawn chart's: the same string for every
  // indicator, language and option that selects figures, supplied figures included.
  it('equals indicatorView(indicator, options).summary for every indicator, language and option', () => {
    let compared = 0;
    for (const indicator of listIndicators()) {
      const last = series(indicator.id).at(-1);
      const supplied = [
        // A newer figure than the plans have, and one inside a plan period without a reported actual.
        { year: 2023, value: (last?.value ?? 1) * 1.2, source: '国家统计局' },
        { year: 2024, value: (last?.value ?? 1) * 1.3, source: 'NBS', qualifier: 'about' as const },
        { year: 2025, value: (last?.value ?? 1) * 1.4, source: 'NBS' },
      ];
      const optionSets: Omit<IndicatorViewOptions, 'lang'>[] = [
        {},
        { from: 2015, to: 2020 },
        { from: 2016 },
        { to: 2015 },
        { hideTargets: true },
        { supplied },
        { supplied: supplied.slice(0, 2), to: 2024 },
        { supplied, from: 2021, hideTargets: true },
        { asOf: '2024-06-30' },
        { asOf: PLANS_ONLY, supplied },
      ];
      // Twice over: the second pass meets the summaries kept by the first (see viewSummary).
      for (const pass of [1, 2]) {
        for (const lang of ['zh-CN', 'en'] as const) {
          for (const options of optionSets) {
            const expected = indicatorView(indicator, { lang, ...options }).summary;
            expect(viewSummary(indicator, { lang, ...options }), `pass ${pass}: ${indicator.id} ${lang} ${JSON.stringify(options)}`).to.equal(expected);
            compared++;
          }
        }
      }
    }
    expect(compared).to.be.greaterThan(1600);
  });

  it('keeps no summary of figures the page supplied, and stays right past the number it keeps', () => {
    const indicator = getIndicator('online-retail-sales')!;
    const supplied = (value: number) => [{ year: 2024, value, source: 'NBS' }];
    const first = viewSummary(indicator, { lang: 'en', supplied: supplied(15.5) });
    const second = viewSummary(indicator, { lang: 'en', supplied: supplied(16.5) });
    expect(first).to.contain('15.5').and.not.contain('16.5');
    expect(second).to.contain('16.5').and.not.contain('15.5');
    // More ranges than are kept (250), then the first ones again.
    const ranges = Array.from({ length: 270 }, (_, i) => ({ from: 1990 + (i % 26), to: 2000 + Math.floor(i / 26) }));
    for (const pass of [1, 2]) {
      for (const range of ranges) {
        expect(viewSummary(indicator, { lang: 'zh-CN', ...range }), `pass ${pass}: ${JSON.stringify(range)}`).to.equal(
          indicatorView(indicator, { lang: 'zh-CN', ...range }).summary,
        );
      }
    }
  });
});
