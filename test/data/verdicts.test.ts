// Verdicts from the official releases: every 14th-plan target, the multiple targets, sources,
// vintages, series breaks and the review items of issue 13. Expected numbers are worked out by
// hand from the passages in data/sources/ in the comments beside them.
import { expect } from '@open-wc/testing';
import {
  ABOUT_TOLERANCE,
  asOf,
  dataset,
  figureSource,
  getDocument,
  getIndicator,
  isDocumentId,
  isStatisticalRelease,
  judgedOn,
  meetingThreshold,
  metOnlyWhenRevised,
  multipleOutcome,
  notes,
  observations,
  outcome,
  progress,
  series,
  sourceLabel,
  targets,
  vintages,
  type Observation,
  type TargetPoint,
} from '../../src/data/index.js';

const close = (actual: number | null | undefined, expected: number, digits = 4) => {
  expect(actual, 'a number').to.be.a('number');
  expect(actual!).to.be.closeTo(expected, 0.5 * 10 ** -digits);
};

function targetOf(indicator: string, year: number, document?: string): TargetPoint {
  const found = targets(indicator).filter((t) => t.year === year && (!document || t.document === document));
  expect(found, `one ${year} target of ${indicator}`).to.have.length(1);
  return found[0]!;
}

describe('the official figures', () => {
  it("series('online-retail-sales') runs 2021–2025 from releases: 13.0884 (NBS), 13.79, 15.42, 15.5 (MOFCOM), 15.9722 (NBS)", () => {
    const after2020 = series('online-retail-sales').filter((p) => p.year > 2020);
    expect(after2020.map((p) => [p.year, p.value, p.observation.document])).to.deep.equal([
      [2021, 13.0884, 'nbs-retail-2021'],
      [2022, 13.79, 'mofcom-online-retail-2022'],
      [2023, 15.42, 'mofcom-online-retail-2023'],
      [2024, 15.5, 'mofcom-online-retail-2024'],
      [2025, 15.9722, 'nbs-retail-2025'],
    ]);
  });

  it("series('ecommerce-transactions') adds MOFCOM's 31.63 (2018) and 43.83 (2022) to the plans' figures", () => {
    const fromMofcom = series('ecommerce-transactions').filter((p) => p.observation.document === 'mofcom-press-2024-01');
    expect(fromMofcom.map((p) => [p.year, p.value])).to.deep.equal([[2018, 31.63], [2022, 43.83]]);
  });

  it('NBS growth rates are their own series, as published: 14.1, 4, 11, 7.2, 8.6 (not derived from the levels)', () => {
    expect(series('online-retail-sales-annual-growth').map((p) => [p.year, p.value])).to.deep.equal([[2021, 14.1], [2022, 4], [2023, 11], [2024, 7.2], [2025, 8.6]]);
    // 13.79 / 13.0884 − 1 = 5.4%, not the published 4%; 15.9722 / 15.5 − 1 = 3.0%, not the
    // published 8.6%: the rates are on a comparable basis.
    expect(13.79 / 13.0884 - 1).to.be.greaterThan(0.05);
    expect(15.9722 / 15.5 - 1).to.be.lessThan(0.031);
    expect(notes('online-retail-sales-annual-growth').map((n) => n.id)).to.include('growth-rates-comparable-basis');
  });

  it("series('physical-goods-online-retail-share-of-consumer-retail') holds 24.5 (2021), 27.2 (2022), 27.6 (2023), 26.1 (2025)", () => {
    const shares = series('physical-goods-online-retail-share-of-consumer-retail').filter((p) => p.year > 2020);
    expect(shares.map((p) => [p.year, p.value])).to.deep.equal([[2021, 24.5], [2022, 27.2], [2023, 27.6], [2025, 26.1]]);
  });

  it("series('rural-online-retail-sales') runs 1.79 (2020, the 14th plan) → 2.05, 2.17, 2.5, 2.56, over 3 (MOFCOM)", () => {
    expect(series('rural-online-retail-sales').map((p) => [p.year, p.value])).to.deep.equal([
      [2020, 1.79], [2021, 2.05], [2022, 2.17], [2023, 2.5], [2024, 2.56], [2025, 3],
    ]);
    expect(series('rural-online-retail-sales').at(-1)!.qualifier).to.equal('over');
    expect(series('rural-online-retail-sales-annual-growth').map((p) => [p.year, p.value])).to.deep.equal([[2021, 11.3], [2024, 6.4], [2025, 6.7]]);
  });

  it("series('cross-border-ecommerce-imports-exports') holds 1.06 (2018), 1.69 (2020), 1.92 (2021), 2.11, 2.38, 2.71 (2024, revised), 2.75 (2025)", () => {
    expect(series('cross-border-ecommerce-imports-exports').map((p) => [p.year, p.value])).to.deep.equal([
      [2018, 1.06], [2020, 1.69], [2021, 1.92], [2022, 2.11], [2023, 2.38], [2024, 2.71], [2025, 2.75],
    ]);
    // 2024 was first published as 2.63 and revised to 2.71: the series shows the newest, keeps both.
    const y2024 = series('cross-border-ecommerce-imports-exports').find((p) => p.year === 2024)!;
    expect(y2024.vintages.map((o) => o.value)).to.deep.equal([2.63, 2.71]);
  });

  it('every statistical-release figure is an actual of a year before its release (a first half: of its year or before)', () => {
    const fromReleases = dataset.observations.filter((o) => isStatisticalRelease(o.document));
    expect(fromReleases.length).to.be.greaterThan(20);
    for (const o of fromReleases) {
      expect(o.kind, o.id).to.equal('actual');
      const published = Number.parseInt(getDocument(o.document)!.date, 10);
      if (getIndicator(o.indicator)!.part_of_year) expect(o.year, o.id).to.be.at.most(published);
      else expect(o.year, o.id).to.be.below(published);
    }
  });

  it("asOf() is the dataset's as_of date, a real YYYY-MM-DD no earlier than every release", () => {
    expect(asOf()).to.equal(dataset.as_of);
    expect(asOf()).to.match(/^\d{4}-\d{2}-\d{2}$/);
    for (const d of dataset.documents) expect(d.date <= asOf(), d.id).to.equal(true);
  });
});

describe('sources', () => {
  it("sourceLabel('nbs-retail-2025') → NBS, 2026 / 国家统计局，2026; a plan → its short name", () => {
    expect(sourceLabel('nbs-retail-2025')).to.deep.equal({ en: 'NBS, 2026', zh: '国家统计局，2026' });
    expect(sourceLabel('customs-cross-border-2023')).to.deep.equal({ en: 'Customs, 2024', zh: '海关总署，2024' });
    expect(sourceLabel('plan-14th')).to.deep.equal({ en: '14th FYP', zh: '“十四五”规划' });
  });

  it('figureSource() tells a release figure from a plan figure by kind', () => {
    const [plan2020, nbs2025] = [2020, 2025].map((y) => series('online-retail-sales').find((p) => p.year === y)!);
    expect(figureSource(plan2020!.observation)?.kind).to.equal('plan');
    expect(figureSource(nbs2025!.observation)).to.include({ kind: 'statistical-release', label_en: 'NBS, 2026' });
  });

  it("isDocumentId() accepts the dataset's ids only", () => {
    expect(isDocumentId('nbs-retail-2025')).to.equal(true);
    expect(isDocumentId('plan-14th')).to.equal(true);
    expect(isDocumentId('nbs-retail-2030')).to.equal(false);
    expect(isDocumentId(42)).to.equal(false);
  });
});

describe('verdicts on the 14th plan (2025 targets)', () => {
  it('online retail sales: not achieved, 15.9722 of 17 万亿元 (94.0%), source NBS, 2026', () => {
    const o = outcome(targetOf('online-retail-sales', 2025));
    expect(o.met).to.equal(false);
    close(o.ratio, 0.93954, 5);
    expect(o.source?.label_en).to.equal('NBS, 2026');
    expect(o.source?.observation.quote).to.equal('2025年,全国网上零售额159722亿元');
    expect(o.judgedOn).to.equal('online-retail-sales');
    expect(progress('online-retail-sales', 2025)!.status).to.equal('not-achieved');
  });

  for (const [indicator, newest] of [
    ['ecommerce-transactions', 2022],
    ['ecommerce-employment', 2020],
    ['industrial-ecommerce-penetration', 2020],
  ] as const) {
    it(`${indicator}: cannot be assessed, no official figure after ${newest}`, () => {
      const p = progress(indicator, 2025)!;
      expect([p.status, p.reason, p.newestFigureYear]).to.deep.equal(['cannot-assess', 'no-official-figure-after', newest]);
      const o = outcome(p.target);
      expect([o.met, o.newestFigureYear]).to.deep.equal([null, newest]);
    });
  }

  it('rural e-commerce transactions: judged on rural online retail sales; achieved on MOFCOM\'s “over 3” for 2025', () => {
    const p = progress('rural-ecommerce-transactions', 2025)!;
    expect(judgedOn('rural-ecommerce-transactions')).to.equal('rural-online-retail-sales');
    expect(p.judgedOn).to.equal('rural-online-retail-sales');
    expect(p.notes.map((n) => n.id)).to.deep.equal(['rural-ecommerce-transactions-equals-rural-online-retail', 'rural-target-judged-on-rural-online-retail']);
    expect(p.status).to.equal('achieved');
    expect(p.latest).to.include({ year: 2025, value: 3, qualifier: 'over' });
    expect(p.source?.label_en).to.equal('MOFCOM, 2026');
    close(p.achievement, 3 / 2.8, 4);
    // Before the 2025 release the newest figure was 2024's 2.56, and the verdict was a trend:
    // 1.79 → 2.56 in four years grows as fast as 1.79 → 2.8 in five requires.
    const before = progress('rural-ecommerce-transactions', 2025, { asOf: '2025-12-31' })!;
    expect([before.status, before.latest?.year]).to.deep.equal(['on-track', 2024]);
  });

  it('cross-border e-commerce: judged on customs imports and exports; achieved, 2.75 of 2.5 万亿元', () => {
    const p = progress('cross-border-ecommerce-transactions', 2025)!;
    expect(p.judgedOn).to.equal('cross-border-ecommerce-imports-exports');
    expect(p.notes.map((n) => n.id)).to.deep.equal(['cross-border-target-judged-on-customs-series']);
    expect(p.status).to.equal('achieved');
    expect(p.baseline).to.include({ year: 2020, value: 1.69 });
    expect(p.latest).to.include({ year: 2025, value: 2.75 });
    expect(p.source?.label_en).to.equal('Customs, 2026');
    close(p.achievement, 1.1, 4);
    expect(p.metOnRevisedFigure).to.equal(false);
  });

  it('a verdict without a judged_on series carries no definition notes', () => {
    expect(progress('online-retail-sales', 2025)!.notes).to.deep.equal([]);
  });
});

describe('multiple targets, judged from the level series', () => {
  it('12th plan 翻两番 (×4, 2010–2015): 21.8 ÷ 4.5 = ×4.84, achieved', () => {
    const m = multipleOutcome(targetOf('ecommerce-transactions-multiple', 2015))!;
    expect([m.levelIndicator, m.start.value, m.end.value]).to.deep.equal(['ecommerce-transactions', 4.5, 21.8]);
    close(m.multiple, 4.8444, 4);
    close(m.ratio, 1.2111, 4);
    expect(m.met).to.equal(true);
    const p = progress('ecommerce-transactions-multiple', 2015)!;
    expect(p.status).to.equal('achieved');
    close(p.latest?.value, 4.8444, 4);
    expect(p.source?.label_en).to.equal('13th FYP');
  });

  it('13th plan 翻一番 (×2, 2015–2020): 37.2 ÷ 21.8 = ×1.71, not achieved', () => {
    const o = outcome(targetOf('ecommerce-transactions-multiple', 2020));
    close(o.multiple?.multiple, 1.7064, 4);
    expect(o.met).to.equal(false);
    close(o.ratio, 0.8532, 4);
    expect(progress('ecommerce-transactions-multiple', 2020)!.status).to.equal('not-achieved');
  });

  it('multipleOutcome() of a target that is not a multiple → null', () => {
    expect(multipleOutcome(targetOf('online-retail-sales', 2025))).to.equal(null);
  });

  it('as of 2015-12-31 the 2015 level was not yet published: ×4 cannot be assessed', () => {
    const p = progress('ecommerce-transactions-multiple', 2015, { asOf: '2015-12-31' })!;
    expect(p.status).to.equal('cannot-assess');
  });
});

describe('the "about" tolerance', () => {
  it(`meetingThreshold(): 10 左右 → ${10 * (1 - ABOUT_TOLERANCE)}; 超过40 and exact 17 → themselves`, () => {
    expect(ABOUT_TOLERANCE).to.equal(0.05);
    expect(meetingThreshold({ value: 10, qualifier: 'about' })).to.equal(9.5);
    expect(meetingThreshold({ value: 10, qualifier: 'nearly' })).to.equal(9.5);
    expect(meetingThreshold({ value: 40, qualifier: 'over' })).to.equal(40);
    expect(meetingThreshold({ value: 17, qualifier: 'exact' })).to.equal(17);
  });

  it("progress() requires growth to the threshold: 13th plan's 10万亿元左右 from 3.88 (2015) → (9.5/3.88)^(1/5) − 1 = 19.6%", () => {
    const p = progress('online-retail-sales', 2020, { asOf: '2016-12-31' })!;
    expect(p.baseline).to.include({ year: 2015, value: 3.88 });
    close(p.requiredGrowth, Math.pow(9.5 / 3.88, 1 / 5) - 1, 6);
    close(p.requiredGrowth, 0.1961, 4);
  });
});

describe('vintages and revisions', () => {
  it("customs' first half of 2024: preliminary 1.22 (July) revised to the surveyed 1.25; the series shows 1.25 and keeps both", () => {
    const [point] = series('cross-border-ecommerce-imports-exports-first-half');
    expect([point!.year, point!.value, point!.observation.document]).to.deep.equal([2024, 1.25, 'scio-customs-2024-10']);
    expect(point!.vintages.map((o) => [o.value, o.document])).to.deep.equal([[1.22, 'customs-cross-border-2023'], [1.25, 'scio-customs-2024-10']]);
    expect(point!.observation.revises).to.equal(point!.vintages[0]!.id);
    expect(point!.conflicting, 'a revision is not a conflict').to.equal(false);
    expect(vintages('cross-border-ecommerce-imports-exports-first-half', 2024)).to.have.length(2);
  });

  it('as of 2024-09-30 the first half of 2024 showed the preliminary 1.22', () => {
    // No target uses the series, so read it through the same as-of rule progress() applies.
    const published = (id: string) => getDocument(id)!.date <= '2024-09-30';
    const known = series('cross-border-ecommerce-imports-exports-first-half')[0]!.vintages.filter((o) => published(o.document));
    expect(known.map((o) => o.value)).to.deep.equal([1.22]);
  });

  it("vintages('online-retail-sales', 2025) → the NBS figure; a plan-only year → []", () => {
    expect(vintages('online-retail-sales', 2025).map((o) => o.document)).to.deep.equal(['nbs-retail-2025']);
    expect(vintages('online-retail-sales', 2020)).to.deep.equal([]);
  });

  const target = { value: 2.5, qualifier: 'exact' as const };
  const figure = (id: string, value: number): Observation => ({ ...observations('cross-border-ecommerce-imports-exports')[0]!, id, value });

  it('metOnlyWhenRevised(): met on the revised 2.71 when the first vintage 2.45 fell short → true', () => {
    const first = figure('a', 2.45);
    const revised = figure('b', 2.71);
    expect(metOnlyWhenRevised({ observation: revised, vintages: [first, revised] }, target)).to.equal(true);
  });

  it('metOnlyWhenRevised(): met on both vintages, missed on the newest, or one vintage → false', () => {
    const [a, b] = [figure('a', 2.6), figure('b', 2.7)];
    expect(metOnlyWhenRevised({ observation: b, vintages: [a, b] }, target)).to.equal(false);
    expect(metOnlyWhenRevised({ observation: a, vintages: [b, a] }, { value: 2.65, qualifier: 'exact' })).to.equal(false);
    expect(metOnlyWhenRevised({ observation: b, vintages: [b] }, target)).to.equal(false);
  });

  it('the vintages note says series show the newest release and the sources panel every vintage', () => {
    const note = dataset.notes.find((n) => n.id === 'statistical-release-vintages')!;
    expect(note.text_en).to.match(/newest release/);
    expect(note.text_zh).to.match(/最新一次发布/);
  });
});

describe('series breaks', () => {
  it("series('express-parcels'): 2010 counts 规模以上 firms only, so 2015 starts after a break", () => {
    const points = series('express-parcels');
    expect(points.map((p) => [p.year, p.breakBefore])).to.deep.equal([[2010, false], [2015, true], [2020, false]]);
    expect(points[0]!.scope?.zh).to.equal('规模以上快递服务企业');
    expect(points[1]!.scope).to.equal(undefined);
  });

  it('a series with one coverage has no break', () => {
    expect(series('online-retail-sales').some((p) => p.breakBefore)).to.equal(false);
  });
});

describe('review items (issue 13)', () => {
  it("the 14th plan's “2批” is in the data, quoted beside its 393 enterprises", () => {
    const [batches] = observations('ecommerce-demonstration-enterprise-batches');
    expect(batches).to.include({ value: 2, as_written: '2批', year: 2020, document: 'plan-14th' });
    expect(batches!.quote).to.include('393家电子商务示范企业');
  });

  it('online-retail-2010-baseline-differs is merged into online-retail-7500-year, which no longer calls the figures inconsistent', () => {
    const ids = dataset.notes.map((n) => n.id);
    expect(ids).to.not.include('online-retail-2010-baseline-differs');
    const merged = dataset.notes.find((n) => n.id === 'online-retail-7500-year')!;
    expect(merged.text_zh).to.include('5131亿元');
    expect(merged.text_zh).to.include('并不矛盾');
    expect(merged.text_en).to.match(/different years, not a disagreement/);
    expect(merged.text_zh).to.not.include('不一致');
  });

  it("a note says the 13th plan's 翻一番 (21.8 × 2 = 43.6) and its 超过40 disagree", () => {
    const note = dataset.notes.find((n) => n.id === 'plan-13th-doubling-vs-over-40')!;
    expect(note.indicators).to.include('ecommerce-transactions-multiple');
    expect(note.text_zh).to.include('43.6');
    expect(21.8 * 2).to.be.closeTo(43.6, 1e-9);
  });

  it('a note lists the figures looked for and not found', () => {
    const note = dataset.notes.find((n) => n.id === 'official-figures-not-found')!;
    expect(note.text_en).to.include('e-commerce transactions 2021 and 2023–2025');
    expect(note.indicators).to.include('ecommerce-employment');
  });
});
