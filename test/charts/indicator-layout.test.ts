import { expect } from '@open-wc/testing';
import { intersects } from '../../src/charts/geometry.js';
import { layoutIndicatorChart, type IndicatorLayoutInput } from '../../src/charts/indicator-layout.js';
import { indicatorView } from '../../src/view/indicator-view.js';
import { placeLabels } from '../../src/charts/label-placement.js';
import { planPeriodOf, planPeriods } from '../../src/charts/plan-periods.js';
import { parseSupplied, validateSupplied } from '../../src/view/supplied.js';
import { MAX_SUPPLIED } from '../../src/view/schema.js';
import { messages } from '../../src/format/index.js';
import { estimateTextWidth } from '../../src/charts/text-metrics.js';
import { valueTicks, yearTicks } from '../../src/charts/ticks.js';
import { tooltipPosition } from '../../src/charts/tooltip-position.js';
import { asOf, getIndicator } from '../../src/data/selectors.js';
import { HEADLINE_INDICATORS as HEADLINE } from '../../stories/support/indicator-ids.js';

const simple = (extra: Partial<IndicatorLayoutInput> = {}): IndicatorLayoutInput => ({
  width: 600,
  height: 340,
  actuals: [
    { key: 'a2010', year: 2010, value: 1 },
    { key: 'a2015', year: 2015, value: 4 },
    { key: 'a2020', year: 2020, value: 12 },
  ],
  targets: [{ key: 't2020', year: 2020, value: 10, baselines: [{ year: 2015, value: 4 }], labels: ['Target ≈10', '≈10'] }],
  formatTick: (v) => String(v),
  ...extra,
});

describe('estimateTextWidth(text, fontSize)', () => {
  it('counts a Chinese character as a full em and a digit as about half', () => {
    expect(estimateTextWidth('网络零售', 10)).to.equal(40);
    expect(estimateTextWidth('2020', 10)).to.be.within(20, 26);
  });
  it('grows with the text', () => {
    expect(estimateTextWidth('13th FYP target ≈10', 12)).to.be.greaterThan(estimateTextWidth('≈10', 12) * 4);
  });
});

describe('valueTicks(domain, length)', () => {
  it('returns a nice domain that covers the data, starting at its low end', () => {
    const t = valueTicks([0, 11.8], 300);
    expect(t.domain[0]).to.equal(0);
    expect(t.domain[1]).to.be.at.least(11.8);
    expect(t.ticks[0]).to.equal(0);
    expect(t.ticks[t.ticks.length - 1]).to.equal(t.domain[1]);
  });
  it('gives fewer ticks to a shorter axis, never fewer than two', () => {
    expect(valueTicks([0, 100], 400).ticks.length).to.be.greaterThan(valueTicks([0, 100], 80).ticks.length);
    expect(valueTicks([0, 100], 10).ticks.length).to.be.at.least(2);
  });
  it('survives a flat or empty domain', () => {
    expect(valueTicks([0, 0], 200).domain).to.deep.equal([0, 1]);
    expect(valueTicks([NaN, NaN], 200).ticks.length).to.be.at.least(2);
  });
});

describe('yearTicks(start, end, length, labelWidth)', () => {
  it('labels every year when there is room', () => {
    expect(yearTicks(2010, 2025, 1000, 30)).to.have.length(16);
  });
  it('falls back to plan boundaries (multiples of five) when narrow', () => {
    expect(yearTicks(2010, 2025, 230, 30)).to.deep.equal([2010, 2015, 2020, 2025]);
    expect(yearTicks(2015, 2025, 230, 30)).to.deep.equal([2015, 2020, 2025]);
  });
  it('still names a year for a one-year range', () => {
    expect(yearTicks(2020, 2020, 200, 30)).to.deep.equal([2020]);
  });
});

describe('placeLabels(requests, options)', () => {
  const bounds = { x: 0, y: 0, width: 200, height: 100 };
  it('keeps labels inside the bounds and off obstacles and each other', () => {
    const obstacles = [{ x: 95, y: 45, width: 10, height: 10 }];
    const { placed } = placeLabels(
      [
        { key: 'a', texts: ['first label'], anchor: { x: 100, y: 50 }, offset: 8 },
        { key: 'b', texts: ['second label'], anchor: { x: 100, y: 50 }, offset: 8 },
      ],
      { bounds, obstacles, fontSize: 12 },
    );
    expect(placed).to.have.length(2);
    for (const p of placed) {
      expect(p.box.x).to.be.at.least(0);
      expect(p.box.x + p.box.width).to.be.at.most(200.01);
      expect(intersects(p.box, obstacles[0]!)).to.equal(false);
    }
    expect(intersects(placed[0]!.box, placed[1]!.box)).to.equal(false);
  });
  it('uses a shorter text when the long one does not fit, and drops a label with no room', () => {
    const { placed, dropped } = placeLabels(
      [
        { key: 'long', texts: ['a label far too long to fit into two hundred pixels', 'short'], anchor: { x: 100, y: 50 } },
        { key: 'none', texts: ['x'.repeat(60)], anchor: { x: 100, y: 50 } },
      ],
      { bounds, fontSize: 12 },
    );
    expect(placed[0]!.text).to.equal('short');
    expect(placed[0]!.variant).to.equal(1);
    expect(dropped).to.deep.equal(['none']);
  });
});

describe('planPeriods()', () => {
  it('reads the three plan periods from the dataset', () => {
    expect(planPeriods().map((p) => [p.key, p.start, p.end])).to.deep.equal([
      ['12th', 2011, 2015],
      ['13th', 2016, 2020],
      ['14th', 2021, 2025],
    ]);
    expect(planPeriodOf(2020)?.key).to.equal('13th');
    expect(planPeriodOf(2010)).to.equal(undefined);
  });
});

describe('layoutIndicatorChart(input)', () => {
  it('puts every point inside the plot, in year order, with the target after the actual', () => {
    const l = layoutIndicatorChart(simple());
    expect(l.marks.map((m) => m.key)).to.deep.equal(['a2010', 'a2015', 'a2020', 't2020']);
    for (const m of l.marks) {
      expect(m.x).to.be.within(l.plot.x, l.plot.x + l.plot.width);
      expect(m.y).to.be.within(l.plot.y, l.plot.y + l.plot.height);
    }
    expect(l.actualPath).to.match(/^M[\d.]+,[\d.]+L/);
  });

  it('scales values: a higher value is drawn higher, zero on the axis', () => {
    const l = layoutIndicatorChart(simple());
    const [a2010, a2015, a2020] = l.marks;
    expect(a2010!.y).to.be.greaterThan(a2015!.y);
    expect(a2015!.y).to.be.greaterThan(a2020!.y);
    expect(l.zeroY).to.equal(l.plot.y + l.plot.height);
    expect(l.yTicks[0]!.label).to.equal('0');
  });

  it('draws a dashed line from the baseline to the target and labels the target', () => {
    const l = layoutIndicatorChart(simple());
    expect(l.targetLines).to.have.length(1);
    const target = l.marks.find((m) => m.key === 't2020')!;
    expect(l.targetLines[0]!.path.endsWith(`L${target.x},${target.y}`)).to.equal(true);
    // Crowded at the right edge: the short text, next to the mark, rather than the long one further away.
    const label = l.labels.find((x) => x.key === 't2020')!;
    expect(label.text).to.equal('≈10');
    expect(Math.hypot(label.box.x - target.x, label.box.y + label.box.height / 2 - target.y)).to.be.lessThan(20);
    // With the target mid-chart there is room for the full text.
    const roomy = layoutIndicatorChart(
      simple({ targets: [{ key: 't2015', year: 2015, value: 8, labels: ['Target ≈8', '≈8'] }] }),
    );
    expect(roomy.labels.find((x) => x.key === 't2015')?.text).to.equal('Target ≈8');
  });

  it('keeps labels inside the drawing and clear of each other at 280 px', () => {
    const view = indicatorView(getIndicator('ecommerce-transactions')!, { lang: 'zh-CN' });
    const l = layoutIndicatorChart({ ...view.chart, width: 280, height: 220 });
    for (const a of l.labels) {
      expect(a.box.x).to.be.at.least(0);
      expect(a.box.x + a.box.width).to.be.at.most(280.01);
      for (const b of l.labels) if (a !== b) expect(intersects(a.box, b.box), `${a.text} / ${b.text}`).to.equal(false);
    }
    expect(l.plot.x + l.plot.width).to.be.at.most(280);
  });

  it('thins year ticks on narrow widths and labels every year when wide', () => {
    const view = indicatorView(getIndicator('online-retail-sales')!, { lang: 'en' });
    const narrow = layoutIndicatorChart({ ...view.chart, width: 280, height: 220 });
    const wide = layoutIndicatorChart({ ...view.chart, width: 1200, height: 560 });
    expect(narrow.xTicks.map((t) => t.label)).to.deep.equal(['2010', '2015', '2020', '2025']);
    expect(wide.xTicks).to.have.length(16);
  });

  it('labels plan bands with their years when there is room, with the short name when not', () => {
    const view = indicatorView(getIndicator('online-retail-sales')!, { lang: 'zh-CN' });
    const wide = layoutIndicatorChart({ ...view.chart, width: 1000, height: 500 });
    const narrow = layoutIndicatorChart({ ...view.chart, width: 280, height: 220 });
    expect(wide.bands.map((b) => b.label?.text)).to.deep.equal(['十二五 2011–2015', '十三五 2016–2020', '十四五 2021–2025']);
    expect(narrow.bands.map((b) => b.label?.text)).to.deep.equal(['十二五', '十三五', '十四五']);
  });

  it('clips to from/to', () => {
    const view = indicatorView(getIndicator('online-retail-sales')!, { lang: 'en', from: 2015, to: 2020 });
    const l = layoutIndicatorChart({ ...view.chart, width: 600, height: 300 });
    expect(l.years).to.deep.equal([2015, 2020]);
    expect(l.marks.every((m) => m.year >= 2015 && m.year <= 2020)).to.equal(true);
  });

  it('draws bars side by side: the target next to the actual of its year', () => {
    const l = layoutIndicatorChart(simple({ type: 'bar' }));
    expect(l.actualPath).to.equal(null);
    const actual = l.marks.find((m) => m.key === 'a2020')!.bar!;
    const target = l.marks.find((m) => m.key === 't2020')!.bar!;
    expect(intersects(actual, target)).to.equal(false);
    expect(actual.y + actual.height).to.be.closeTo(l.zeroY, 0.01);
    expect(actual.height).to.be.greaterThan(target.height);
  });

  it('draws a sparkline without axes, bands or labels', () => {
    const l = layoutIndicatorChart(simple({ compact: true, width: 80, height: 18, bands: [{ key: 'b', start: 2011, end: 2015, labels: ['x'] }] }));
    expect(l.xTicks).to.deep.equal([]);
    expect(l.yTicks).to.deep.equal([]);
    expect(l.bands).to.deep.equal([]);
    expect(l.labels).to.deep.equal([]);
    for (const m of l.marks) expect(m.y).to.be.within(0, 18);
  });

  it('joins supplied figures to the last actual with their own path', () => {
    const l = layoutIndicatorChart(simple({ supplied: [{ key: 's2024', year: 2024, value: 15 }] }));
    expect(l.suppliedPath).to.match(/^M/);
    expect(l.marks.find((m) => m.key === 's2024')?.kind).to.equal('supplied');
  });

  it('leaves a gap at a series break: no line joins the points across it', () => {
    const view = indicatorView(getIndicator('express-parcels')!, { lang: 'en' });
    // 2010 counts large firms only (规模以上); 2015 and 2020 count every firm.
    expect(view.chart.actuals.map((p) => !!p.breakBefore)).to.deep.equal([false, true, false]);
    const l = layoutIndicatorChart({ ...view.chart, width: 600, height: 300 });
    const [first, second] = l.marks.filter((m) => m.kind === 'actual');
    expect(l.actualPath).to.not.contain(`L${first!.x},${first!.y}`);
    expect(l.actualPath!.match(/M/g)).to.have.length(1);
    expect(l.actualPath).to.match(new RegExp(`^M${second!.x},${second!.y}L`));
    expect(view.notes).to.include('Series break: the 2010 figure covers express companies above designated size only, so the line does not join 2010 to 2015.');
    expect(view.details.get('actual-2015')!.note).to.contain('Series break');
    const zh = indicatorView(getIndicator('express-parcels')!, { lang: 'zh-CN' });
    expect(zh.notes).to.include('统计口径变化：2010年数据仅含规模以上快递服务企业，折线不连接2010年与2015年。');
  });

  it('lists every published vintage of a revised figure: cross-border 2024, 2.63 then 2.71', () => {
    const view = indicatorView(getIndicator('cross-border-ecommerce-imports-exports')!, { lang: 'en' });
    const labels = view.sources.filter((s) => s.key === 'actual-2024').map((s) => s.label);
    expect(labels.some((l) => l.includes('2.63 trillion yuan · Statistical release'))).to.equal(true);
    expect(labels.some((l) => l.includes('2.71 trillion yuan · Statistical release'))).to.equal(true);
    expect(view.details.get('actual-2024')!.note).to.contain('Published as 2.63 trillion yuan → 2.71 trillion yuan');
    expect(view.chart.actuals.find((p) => p.year === 2024)!.value).to.equal(2.71);
  });

  it('handles empty data without throwing', () => {
    const l = layoutIndicatorChart({ width: 300, height: 200, actuals: [], formatTick: String });
    expect(l.marks).to.deep.equal([]);
    expect(l.actualPath).to.equal(null);
  });

  for (const id of HEADLINE) {
    it(`lays out ${id} at 280, 600 and 1200 px with every mark inside`, () => {
      const view = indicatorView(getIndicator(id)!, { lang: 'en' });
      for (const [w, h] of [
        [280, 220],
        [600, 338],
        [1200, 560],
      ] as const) {
        const l = layoutIndicatorChart({ ...view.chart, width: w, height: h });
        expect(l.marks.length).to.equal(view.chart.actuals.length + (view.chart.targets?.length ?? 0));
        for (const m of l.marks) {
          expect(m.x).to.be.within(0, w);
          expect(m.y).to.be.within(0, h);
        }
      }
    });
  }
});

describe('indicatorView(indicator, options)', () => {
  it('online retail: three targets, with 2020 annotated 118% and achieved', () => {
    const view = indicatorView(getIndicator('online-retail-sales')!, { lang: 'en' });
    expect(view.chart.targets!.map((t) => t.year)).to.deep.equal([2015, 2020, 2025]);
    const labels = view.chart.annotations!.map((a) => a.labels[0]);
    expect(labels).to.include('✓ 2020: 11.8 vs ≈10 target — 118%');
    expect(view.chart.targets!.find((t) => t.year === 2020)!.labels).to.deep.equal(['13th FYP target ≈10', '≈10']);
    // The dashed line starts at the 13th plan's baseline, 2015's 3.88.
    expect(view.chart.targets!.find((t) => t.year === 2020)!.baselines).to.deep.equal([{ year: 2015, value: 3.88 }]);
  });

  it('transactions: 2020 annotated 93% and not achieved, in Chinese', () => {
    const view = indicatorView(getIndicator('ecommerce-transactions')!, { lang: 'zh-CN' });
    const note = view.chart.annotations!.find((a) => a.year === 2020)!;
    expect(note.tone).to.equal('missed');
    expect(note.labels[0]).to.equal('✗ 2020年：37.2，目标>40，完成93%');
    // Two texts setting the same 2015 target share one outcome note.
    expect(view.chart.annotations!.filter((a) => a.year === 2015)).to.have.length(1);
  });

  it('formats table rows with units and magnitude words', () => {
    const zh = indicatorView(getIndicator('online-retail-sales')!, { lang: 'zh-CN' });
    const en = indicatorView(getIndicator('online-retail-sales')!, { lang: 'en' });
    expect(zh.table.rows[0]!.cells.slice(0, 3)).to.deep.equal(['2010年', '5131亿元', '实际']);
    expect(en.table.rows[0]!.cells.slice(0, 3)).to.deep.equal(['2010', '513.1 billion yuan', 'Actual']);
    // 15.9722 / 17 = 0.9395 → 94%: the verdict names the release it rests on.
    expect(en.table.rows.find((r) => r.key === 'target-plan-14th-2025')!.cells[4]).to.equal('Actual 15.9722 trillion yuan: 94% of target, not achieved (NBS, 2026)');
    // A release's figure is told apart from a plan's in words, not by colour alone.
    expect(en.table.rows.find((r) => r.key === 'actual-2025')!.cells[3]).to.equal('Statistical release · NBS (Jan 2026)');
    expect(en.table.rows.find((r) => r.key === 'actual-2020')!.cells[3]).to.equal('Plan · 14th FYP');
    // As the data stood at the end of 2021, before the first release: what the target needs.
    const then = indicatorView(getIndicator('online-retail-sales')!, { lang: 'en', asOf: '2021-12-31' });
    expect(then.table.rows.find((r) => r.key === 'target-plan-14th-2025')!.cells[4]).to.equal('Needs about 7.6% a year from 2020');
    expect(then.chart.actuals.at(-1)!.year).to.equal(2020);
  });

  it('names the plans in the source line and quotes each figure verbatim', () => {
    const view = indicatorView(getIndicator('online-retail-sales')!, { lang: 'zh-CN' });
    expect(view.sourceLine).to.equal(`来源：“十二五”规划、“十三五”规划和“十四五”规划；统计发布：国家统计局和商务部；数据截至${asOf()}`);
    expect(indicatorView(getIndicator('online-retail-sales')!, { lang: 'zh-CN', asOf: '2021-12-31' }).sourceLine).to.equal('来源：“十二五”规划、“十三五”规划和“十四五”规划');
    expect(indicatorView(getIndicator('online-retail-sales')!, { lang: 'en', asOf: '2024-06-30' }).sourceLine).to.match(/; Figures as of 2024-06-30$/);
    expect(view.sources.some((s) => s.label.includes('统计发布') && s.quote.length > 0)).to.equal(true);
    expect(view.sources.some((s) => s.quote === '网上零售额达到 11.8 万亿元')).to.equal(true);
    expect(view.notes.length).to.be.greaterThan(0);
  });

  it('hides targets and periods on request', () => {
    const view = indicatorView(getIndicator('online-retail-sales')!, { lang: 'en', hideTargets: true, hidePeriods: true });
    expect(view.chart.targets).to.deep.equal([]);
    expect(view.chart.annotations).to.deep.equal([]);
    expect(view.chart.bands).to.deep.equal([]);
  });

  it('cites supplied figures and judges a later target on them', () => {
    const view = indicatorView(getIndicator('online-retail-sales')!, {
      lang: 'en',
      supplied: [{ year: 2024, value: 15.5, source: 'NBS 2024 communiqué' }],
      // Before the first release, so the supplied figure is the newest there is.
      asOf: '2021-12-31',
    });
    expect(view.chart.supplied).to.have.length(1);
    expect(view.sourceLine).to.contain('Supplied figure: NBS 2024 communiqué');
    const p2025 = view.progress.find((p) => p.target.year === 2025)!;
    expect(p2025.latest?.source).to.equal('NBS 2024 communiqué');
    expect(p2025.status).to.not.equal('cannot-assess');
  });
});

describe('validateSupplied(input) / parseSupplied(text)', () => {
  it('keeps one figure per year: later ones are dropped, and the years repeated reported once', () => {
    const { observations, issues } = validateSupplied([
      { year: 2024, value: 15.5, source: 'NBS' },
      { year: 2023, value: 15.4, source: 'NBS' },
      { year: 2024, value: 99, source: 'a second 2024' },
    ]);
    expect(observations.map((o) => [o.year, o.value])).to.deep.equal([[2023, 15.4], [2024, 15.5]]);
    expect(issues).to.deep.equal([{ problem: 'duplicate', got: '2024', index: null }]);
  });

  it(`reads at most ${MAX_SUPPLIED} figures and reports the rest as one issue`, () => {
    const many = Array.from({ length: 20000 }, (_, i) => ({ year: 2021 + (i % 5), value: i, source: 'loop' }));
    const { observations, issues } = validateSupplied(many);
    expect(observations.map((o) => o.year)).to.deep.equal([2021, 2022, 2023, 2024, 2025]);
    expect(issues).to.deep.equal([
      { problem: 'duplicate', got: '2021, 2022, 2023, 2024, 2025', index: null },
      { problem: 'too-many', got: '20000', index: null },
    ]);
    expect(messages.en.invalidSupplied('too-many', null, '20000')).to.equal(`Supplied figures ignored: only the first ${MAX_SUPPLIED} figures are read (got '20000').`);
  });

  it('accepts an object or an array of valid figures, sorted by year', () => {
    const { observations, issues } = validateSupplied([
      { year: 2024, value: 15.5, source: 'NBS' },
      { year: 2023, value: 15.4, source: 'NBS', qualifier: 'about', url: 'https://www.stats.gov.cn/' },
    ]);
    expect(issues).to.deep.equal([]);
    expect(observations.map((o) => o.year)).to.deep.equal([2023, 2024]);
    expect(validateSupplied({ year: 2024, value: 1, source: 'x' }).observations).to.have.length(1);
  });
  it('rejects each bad item with the field and what was given, keeping the good ones', () => {
    const { observations, issues } = validateSupplied([
      { year: '2024', value: 1, source: 'x' },
      { year: 2024, value: 'big', source: 'x' },
      { year: 2024, value: 1 },
      { year: 2024, value: 1, source: 'x', qualifier: 'roughly' },
      { year: 2024, value: 1, source: 'x', url: 'javascript:alert(1)' },
      42,
      { year: 2024, value: 1, source: 'ok' },
    ]);
    expect(issues.map((i) => [i.problem, i.index])).to.deep.equal([
      ['year', 1],
      ['value', 2],
      ['source', 3],
      ['qualifier', 4],
      ['url', 5],
      ['item', 6],
    ]);
    expect(issues[0]!.got).to.equal('2024');
    expect(observations).to.have.length(1);
  });
  it('reports text that is not JSON, or JSON that is not a list', () => {
    expect(parseSupplied('{ year: 2024 ').issues[0]!.problem).to.equal('json');
    expect(parseSupplied('"hello"').issues[0]!.problem).to.equal('list');
    expect(parseSupplied('  ').issues).to.deep.equal([]);
  });
});

describe('tooltipPosition(anchor, options)', () => {
  it('sits above the point when there is room and stays inside the chart', () => {
    const p = tooltipPosition({ x: 5, y: 150 }, { bounds: { width: 300, height: 200 }, lines: ['2020', '11.8 trillion yuan'], fontSize: 13 });
    expect(p.placement).to.equal('above');
    expect(p.left).to.be.at.least(0);
    const q = tooltipPosition({ x: 295, y: 10 }, { bounds: { width: 300, height: 200 }, lines: ['2020', '11.8 trillion yuan'], fontSize: 13 });
    expect(q.placement).to.equal('below');
    expect(q.left + q.width).to.be.at.most(300);
  });
});
