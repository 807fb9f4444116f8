// The data API on the real figures: series, targets, outcome, progress and their edge cases.
// Expected numbers are worked out by hand from the texts in the comments beside them.
import { expect } from '@open-wc/testing';
import {
  cagr,
  outcome,
  progress,
  series,
  statusFromRatio,
  suggestIndicators,
  targets,
  type TargetPoint,
} from '../../src/data/index.js';

const close = (actual: number | null | undefined, expected: number, digits = 4) => {
  expect(actual, 'a number').to.be.a('number');
  expect(actual!).to.be.closeTo(expected, 0.5 * 10 ** -digits);
};

function targetOf(indicator: string, year: number, document?: string): TargetPoint {
  const found = targets(indicator).filter((t) => t.year === year && (!document || t.document === document));
  expect(found, `one ${year} target of ${indicator}${document ? ` in ${document}` : ''}`).to.have.length(1);
  return found[0]!;
}

describe('series()', () => {
  it("series('ecommerce-transactions') is sorted by year with one point per year", () => {
    const years = series('ecommerce-transactions').map((p) => p.year);
    expect(years).to.deep.equal([...years].sort((a, b) => a - b));
    expect(new Set(years).size).to.equal(years.length);
    // 2010 (12th plan), 2011 and 2015 (13th plan), 2020 (14th plan text and table), 2018 and
    // 2022 (MOFCOM's press conference of January 2024).
    expect(years).to.deep.equal([2010, 2011, 2015, 2018, 2020, 2022]);
  });

  it("series('ecommerce-transactions') shows 2020 = 37.2 once, with both occurrences and no conflict", () => {
    const points = series('ecommerce-transactions').filter((p) => p.year === 2020);
    expect(points).to.have.length(1);
    const [p] = points;
    expect(p!.value).to.equal(37.2);
    expect(p!.occurrences).to.have.length(2);
    expect(p!.occurrences.every((o) => o.document === 'plan-14th')).to.equal(true);
    expect(p!.conflicting).to.equal(false);
  });

  it("series('ecommerce-transactions') holds actuals only (no 2025 target)", () => {
    expect(series('ecommerce-transactions').every((p) => p.observation.kind === 'actual')).to.equal(true);
  });

  it("series('ecommerce-employment') shows the 14th plan's exact table figure 6015 over its rounded 超过6000万", () => {
    const p = series('ecommerce-employment').find((x) => x.year === 2020)!;
    expect(p.value).to.equal(6015);
    expect(p.qualifier).to.equal('exact');
    expect(p.occurrences).to.have.length(2);
  });

  it("series('no-such-indicator') → []", () => {
    expect(series('no-such-indicator')).to.deep.equal([]);
  });
});

describe('targets()', () => {
  it("targets('ecommerce-transactions') → 2015 (12th plan), 2015 (MOFCOM 2013), 2020 (13th plan), 2025 (14th plan)", () => {
    const list = targets('ecommerce-transactions');
    expect(list.map((t) => [t.year, t.document])).to.deep.equal([
      [2015, 'plan-12th'],
      [2015, 'mofcom-2013'],
      [2020, 'plan-13th'],
      [2025, 'plan-14th'],
    ]);
  });

  it("targets('ecommerce-transactions') 2015: 18 万亿元, over, in both texts", () => {
    for (const document of ['plan-12th', 'mofcom-2013']) {
      const t = targetOf('ecommerce-transactions', 2015, document);
      expect([t.value, t.qualifier]).to.deep.equal([18, 'over']);
    }
  });

  it("targets('ecommerce-transactions') 2020: over 40 万亿元 (13th plan)", () => {
    const t = targetOf('ecommerce-transactions', 2020);
    expect([t.value, t.qualifier, t.document]).to.deep.equal([40, 'over', 'plan-13th']);
  });

  it("targets('ecommerce-transactions') 2025: 46 万亿元, expected (预期性)", () => {
    const t = targetOf('ecommerce-transactions', 2025);
    expect([t.value, t.qualifier, t.target_type, t.document]).to.deep.equal([46, 'exact', 'expected', 'plan-14th']);
  });
});

describe('outcome()', () => {
  it('outcome(2020 online retail) → 118%, achieved (11.8 vs 10 万亿元左右)', () => {
    const o = outcome(targetOf('online-retail-sales', 2020));
    expect(o.actual?.value).to.equal(11.8);
    close(o.ratio, 1.18);
    expect(o.met).to.equal(true);
  });

  it('outcome(2020 e-commerce transactions) → 93%, not met (37.2 vs 超过40 万亿元)', () => {
    const o = outcome(targetOf('ecommerce-transactions', 2020));
    expect(o.actual?.value).to.equal(37.2);
    close(o.ratio, 0.93);
    expect(o.met).to.equal(false);
  });

  it('outcome(2015 e-commerce transactions) → 121.1%, met, for the 12th plan and for MOFCOM 2013 (21.8 vs 18)', () => {
    for (const document of ['plan-12th', 'mofcom-2013']) {
      const o = outcome(targetOf('ecommerce-transactions', 2015, document));
      expect(o.actual?.value).to.equal(21.8);
      close(o.ratio, 1.2111, 3);
      expect(o.met, document).to.equal(true);
    }
  });

  it('outcome(2025 e-commerce transactions) → no actual yet: ratio and met are null', () => {
    const o = outcome(targetOf('ecommerce-transactions', 2025));
    expect([o.actual, o.ratio, o.met]).to.deep.equal([null, null, null]);
  });
});

describe('progress()', () => {
  it("progress('online-retail-sales', 2025) → not-achieved: NBS's 2025 figure 159722亿元 is 94.0% of 17 万亿元", () => {
    const p = progress('online-retail-sales', 2025)!;
    expect(p.status).to.equal('not-achieved');
    expect(p.baseline).to.include({ year: 2020, value: 11.8 });
    expect(p.latest).to.include({ year: 2025, value: 15.9722 });
    // 15.9722 / 17 = 0.93954
    close(p.achievement, 0.93954, 5);
    expect(p.source?.document.id).to.equal('nbs-retail-2025');
    expect([p.source?.label_en, p.source?.label_zh]).to.deep.equal(['NBS, 2026', '国家统计局，2026']);
  });

  it("progress('online-retail-sales', 2025, asOf 2021-12-31) → cannot-assess, required growth ≈ 7.58% a year (11.8 → 17 over 2020–2025)", () => {
    // At the end of 2021 the 14th plan (October 2021) was out, but no release yet reported a year of its period.
    const p = progress('online-retail-sales', 2025, { asOf: '2021-12-31' })!;
    expect(p.status).to.equal('cannot-assess');
    expect(p.reason).to.equal('no-data-after-baseline');
    expect(p.baseline?.year).to.equal(2020);
    expect(p.baseline?.value).to.equal(11.8);
    expect(p.latest).to.equal(null);
    // (17 / 11.8)^(1/5) − 1 = 1.44068^0.2 − 1 = 0.07576
    close(p.requiredGrowth, 0.07576, 5);
    expect(p.observedGrowth).to.equal(null);
  });

  it("progress('online-retail-sales', 2025, asOf 2023-12-31, latest 2023 = 15.4) → on-track", () => {
    // As of the end of 2023 the data held 2021 (NBS) and 2022 (MOFCOM); the supplied 2023 is newer.
    // observed (15.4 / 11.8)^(1/3) − 1 = 1.30508^(1/3) − 1 = 0.0928;
    // R = 0.0928 / 0.0758 = 1.225 ≥ 0.95 → on-track.
    const p = progress('online-retail-sales', 2025, { asOf: '2023-12-31', latest: { year: 2023, value: 15.4, source: 'x' } })!;
    expect(p.latest).to.include({ year: 2023, value: 15.4, source: 'x', qualifier: 'exact' });
    expect(p.source, 'a supplied figure names its own source').to.equal(null);
    close(p.observedGrowth, 0.0928, 4);
    close(p.growthRatio, 1.225, 3);
    close(p.achievement, 15.4 / 17, 6);
    expect(p.status).to.equal('on-track');
  });

  it("progress('online-retail-sales', 2025, asOf 2023-12-31, latest 2023 = 14) → acceleration-needed", () => {
    // observed (14 / 11.8)^(1/3) − 1 = 0.0586; R = 0.0586 / 0.0758 = 0.774, in [0.6, 0.95).
    const p = progress('online-retail-sales', 2025, { asOf: '2023-12-31', latest: { year: 2023, value: 14, source: 'x' } })!;
    close(p.growthRatio, 0.774, 3);
    expect(p.status).to.equal('acceleration-needed');
  });

  it("progress('online-retail-sales', 2025, asOf 2023-12-31, latest 2023 = 13) → limited-progress", () => {
    // observed (13 / 11.8)^(1/3) − 1 = 0.0328; R = 0.433, in [0, 0.6).
    const p = progress('online-retail-sales', 2025, { asOf: '2023-12-31', latest: { year: 2023, value: 13, source: 'x' } })!;
    close(p.growthRatio, 0.433, 3);
    expect(p.status).to.equal('limited-progress');
  });

  it("progress('online-retail-sales', 2025, asOf 2023-12-31, latest 2023 = 11) → deterioration", () => {
    // observed (11 / 11.8)^(1/3) − 1 = −0.0231 < 0; R = −0.305.
    const p = progress('online-retail-sales', 2025, { asOf: '2023-12-31', latest: { year: 2023, value: 11, source: 'x' } })!;
    close(p.growthRatio, -0.305, 3);
    expect(p.status).to.equal('deterioration');
  });

  it("progress('online-retail-sales', 2025, asOf 2023-12-31) → on-track from the data alone (13.79 in 2022)", () => {
    // observed (13.79 / 11.8)^(1/2) − 1 = 1.16864^0.5 − 1 = 0.08104; R = 0.08104 / 0.07576 = 1.0697.
    const p = progress('online-retail-sales', 2025, { asOf: '2023-12-31' })!;
    expect(p.latest).to.include({ year: 2022, value: 13.79 });
    expect(p.source?.label_en).to.equal('MOFCOM, 2023');
    close(p.growthRatio, 1.0697, 3);
    expect(p.status).to.equal('on-track');
  });

  it("progress('online-retail-sales', 2025, latest 2025 = 17.5) → achieved: a supplied figure for the target year is taken over the data's for the same year", () => {
    const p = progress('online-retail-sales', 2025, { latest: { year: 2025, value: 17.5, source: 'x' } })!;
    expect(p.status).to.equal('achieved');
  });

  it("progress('online-retail-sales', 2020) → achieved (11.8 vs 10 万亿元左右, a passed target year)", () => {
    const p = progress('online-retail-sales', 2020)!;
    expect(p.target.document).to.equal('plan-13th');
    expect(p.baseline?.year, '13th plan base year').to.equal(2015);
    expect(p.latest?.year).to.equal(2020);
    close(p.achievement, 1.18);
    expect(p.status).to.equal('achieved');
  });

  it("progress('ecommerce-transactions', 2020) → not-achieved (37.2 vs 超过40 万亿元)", () => {
    const p = progress('ecommerce-transactions', 2020)!;
    close(p.achievement, 0.93);
    expect(p.status).to.equal('not-achieved');
  });

  it("progress('ecommerce-transactions', 2015) takes the newest text's target (MOFCOM 2013) unless a document is named", () => {
    expect(progress('ecommerce-transactions', 2015)!.target.document).to.equal('mofcom-2013');
    const p = progress('ecommerce-transactions', 2015, { document: 'plan-12th' })!;
    expect(p.target.document).to.equal('plan-12th');
    expect(p.baseline?.year, '12th plan base year').to.equal(2010);
    expect(p.status).to.equal('achieved');
  });

  it("progress('ecommerce-transactions', 2030) → undefined (no such target)", () => {
    expect(progress('ecommerce-transactions', 2030)).to.equal(undefined);
  });

  it("progress('ecommerce-transactions', 2015, document 'plan-14th') → undefined", () => {
    expect(progress('ecommerce-transactions', 2015, { document: 'plan-14th' })).to.equal(undefined);
  });
});

describe('statusFromRatio()', () => {
  const cases: [number, string][] = [
    [1.5, 'on-track'],
    [0.95, 'on-track'],
    [0.9499, 'acceleration-needed'],
    [0.6, 'acceleration-needed'],
    [0.5999, 'limited-progress'],
    [0, 'limited-progress'],
    [-0.0001, 'deterioration'],
    [-2, 'deterioration'],
  ];
  for (const [r, status] of cases) {
    it(`statusFromRatio(${r}) → ${status}`, () => {
      expect(statusFromRatio(r)).to.equal(status);
    });
  }
});

describe('cagr()', () => {
  it('cagr(100, 121, 2) → 0.1', () => close(cagr(100, 121, 2), 0.1, 12));
  it('cagr(5, 5, 3) → 0', () => expect(cagr(5, 5, 3)).to.equal(0));
  it('cagr(1, 0, 3) → −1 (everything lost)', () => expect(cagr(1, 0, 3)).to.equal(-1));
  it('cagr(1, 2, 0) → null (no years)', () => expect(cagr(1, 2, 0)).to.equal(null));
  it('cagr(1, 2, −1) → null (negative years)', () => expect(cagr(1, 2, -1)).to.equal(null));
  it('cagr(−1, 2, 5) → null (negative start)', () => expect(cagr(-1, 2, 5)).to.equal(null));
  it('cagr(0, 2, 5) → null (zero start)', () => expect(cagr(0, 2, 5)).to.equal(null));
  it('cagr(1, −2, 5) → null (negative end)', () => expect(cagr(1, -2, 5)).to.equal(null));
  it('cagr(NaN, 2, 5) and cagr(1, Infinity, 5) → null', () => {
    expect(cagr(Number.NaN, 2, 5)).to.equal(null);
    expect(cagr(1, Number.POSITIVE_INFINITY, 5)).to.equal(null);
  });
});

describe('suggestIndicators()', () => {
  it("suggestIndicators('online-retail') → 'online-retail-sales' first", () => {
    const ids = suggestIndicators('online-retail');
    expect(ids[0]).to.equal('online-retail-sales');
    expect(ids.every((id) => id.includes('online-retail'))).to.equal(true);
  });

  it("suggestIndicators('online-retial-sales') → 'online-retail-sales' first (a typo)", () => {
    expect(suggestIndicators('online-retial-sales')[0]).to.equal('online-retail-sales');
  });

  it("suggestIndicators('zzzz') → []", () => {
    expect(suggestIndicators('zzzz')).to.deep.equal([]);
  });

  it("suggestIndicators('  ') → []", () => {
    expect(suggestIndicators('  ')).to.deep.equal([]);
  });
});
