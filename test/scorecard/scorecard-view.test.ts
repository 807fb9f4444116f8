// The scorecard's pure code, called directly: the view from the dataset, the headline's words,
// the bars from the gauge's layout, and the exports. Expectations come from the data API or
// the plan texts themselves wherever they can, so they follow the dataset as it grows.
import { expect } from '@open-wc/testing';
import { bulletLayout } from '../../src/charts/gauge-layout.js';
import { scorecardBarModel } from '../../src/components/plan-scorecard/scorecard-bar.js';
import { scorecardCard, scorecardCsvRows, scorecardExportSpec } from '../../src/components/plan-scorecard/scorecard-export.js';
import { scorecardMessages, type VerdictCounts } from '../../src/format/messages.js';
import {
  countVerdicts,
  documentTargets,
  knownDocuments,
  mainTableTargets,
  parseIndicatorList,
  scorecardView,
  type Scorecard,
} from '../../src/view/scorecard-view.js';
import { dataset, getDocument, progress, type DocumentId } from '../../src/data/index.js';

const ok = (result: ReturnType<typeof scorecardView>): Scorecard => {
  if (result.kind !== 'ok') throw new Error(`expected a view, got: ${result.text}`);
  return result.view;
};

describe('mainTableTargets(document)', () => {
  it('is the 14th plan’s 主要指标 table, row for row, read from the plan text', async () => {
    const text = await (await fetch('/data/sources/plan-14th.txt')).text();
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.includes('主要指标') && !l.includes('\t'));
    // The table: its header is the first tab-separated line after the title; its rows follow, up to the first line without a tab.
    const header = lines.findIndex((l, i) => i > start && l.includes('\t'));
    const end = lines.findIndex((l, i) => i > header && !l.includes('\t'));
    const table = lines.slice(header + 1, end);
    expect(table.length).to.be.greaterThan(0);
    const targets = mainTableTargets('plan-14th');
    expect(targets).to.have.length(table.length);
    targets.forEach((t, i) => {
      // Each target is stated on its table line (the quote is a tab-separated fragment of it).
      const line = table[i]!;
      expect(t.occurrences.some((o) => line.includes(o.quote)), `${t.observation.indicator} on line "${line}"`).to.equal(true);
      expect(t.target_type).to.be.oneOf(['expected', 'binding']);
    });
  });

  it('is empty for documents without such a table', () => {
    for (const id of ['plan-12th', 'plan-13th', 'mofcom-2013'] as DocumentId[]) {
      const typed = dataset.observations.some((o) => o.document === id && o.kind === 'target' && o.target_type);
      expect(mainTableTargets(id).length > 0).to.equal(typed);
    }
  });
});

describe('documentTargets(document)', () => {
  it('lists every target a document sets once, in the order the dataset records them', () => {
    for (const id of knownDocuments() as DocumentId[]) {
      const fromData = dataset.observations.filter((o) => o.kind === 'target' && o.document === id);
      const keys = [...new Set(fromData.map((o) => `${o.indicator}/${o.year}`))];
      expect(documentTargets(id).map((t) => `${t.observation.indicator}/${t.year}`)).to.deep.equal(keys);
    }
  });
});

describe('countVerdicts(statuses)', () => {
  it('counts achieved and not achieved as assessed, trends apart, and cannot-assess apart', () => {
    expect(countVerdicts(['achieved', 'not-achieved', 'cannot-assess', 'on-track', 'on-track'])).to.deep.equal({
      assessed: 2,
      achieved: 1,
      trend: { 'on-track': 2 },
      cannotAssess: 1,
      total: 5,
    });
    expect(countVerdicts([])).to.deep.equal({ assessed: 0, achieved: 0, trend: {}, cannotAssess: 0, total: 0 });
  });
});

describe('scorecardMessages[lang].headline(counts)', () => {
  const c = (partial: Partial<VerdictCounts>): VerdictCounts => ({ assessed: 0, achieved: 0, trend: {}, cannotAssess: 0, total: 0, ...partial });
  const cases: Array<[string, VerdictCounts, string, string]> = [
    ['two of three met, one unknown', c({ assessed: 3, achieved: 2, cannotAssess: 1, total: 4 }), '3项目标中2项完成；另有1项无法评估', '2 of 3 targets met; 1 more cannot be assessed'],
    ['one of one', c({ assessed: 1, achieved: 1, total: 1 }), '1项目标中1项完成', '1 of 1 target met'],
    ['none assessable', c({ cannotAssess: 6, total: 6 }), '6项目标均无法评估', 'None of the 6 targets can be assessed'],
    ['a single unknown', c({ cannotAssess: 1, total: 1 }), '1项目标均无法评估', 'The target cannot be assessed'],
    ['trends', c({ assessed: 1, achieved: 0, trend: { 'on-track': 2, 'acceleration-needed': 1 }, total: 4 }), '1项目标中0项完成；2项进展顺利；1项需加快进度', '0 of 1 target met; 2 on track; 1 need acceleration'],
  ];
  for (const [name, counts, zh, en] of cases) {
    it(name, () => {
      expect(scorecardMessages['zh-CN'].headline(counts)).to.equal(zh);
      expect(scorecardMessages.en.headline(counts)).to.equal(en);
    });
  }

  it('has the same keys in both languages', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(scorecardMessages['zh-CN'])).to.deep.equal(keys(scorecardMessages.en));
    for (const key of ['columns', 'quoteOf'] as const) expect(keys(scorecardMessages['zh-CN'][key])).to.deep.equal(keys(scorecardMessages.en[key]));
  });
});

describe('parseIndicatorList(value)', () => {
  it('splits on commas, spaces and Chinese list marks, drops repeats and blanks, keeps order', () => {
    expect(parseIndicatorList(' b, a ,,b c，d、e ')).to.deep.equal(['b', 'a', 'c', 'd', 'e']);
    expect(parseIndicatorList(['x', ' y ', 'x'])).to.deep.equal(['x', 'y']);
    expect(parseIndicatorList(undefined)).to.deep.equal([]);
    expect(parseIndicatorList(42)).to.deep.equal(['42']);
  });
});

describe('scorecardView(input)', () => {
  it('gives each row progress()’s verdict for the document and year', () => {
    for (const id of knownDocuments() as DocumentId[]) {
      const result = scorecardView({ lang: 'en', document: id });
      if (result.kind === 'error') {
        expect(documentTargets(id), `${id} has targets but gave: ${result.text}`).to.have.length(0);
        continue;
      }
      for (const row of result.view.rows) {
        const expected = progress(row.indicator.id, row.target.year, { document: id })!;
        expect(row.status, row.key).to.equal(expected.status);
        expect(row.percent === null, row.key).to.equal(expected.achievement === null);
        // A share of a figure before the target year says which year it is of.
        const onTheWay = expected.achievement !== null && !!expected.latest && expected.latest.year !== expected.target.year;
        expect(row.percentYear, row.key).to.equal(onTheWay ? String(expected.latest!.year) : null);
      }
    }
  });

  it('says what a passed target year lacks, in the note and the summary, never that the baseline is missing', () => {
    let seen = 0;
    for (const id of knownDocuments() as DocumentId[]) {
      const result = scorecardView({ lang: 'en', document: id });
      if (result.kind !== 'ok') continue;
      for (const row of result.view.rows.filter((r) => r.progress.reason === 'no-official-figure-after')) {
        seen++;
        const year = row.progress.newestFigureYear;
        const missing = year === null ? 'no official figure' : `no official figure after ${year}`;
        expect(row.note?.toLowerCase(), row.key).to.contain(missing);
        expect(row.summary.toLowerCase(), row.key).to.contain(missing);
        expect(row.summary, row.key).to.not.contain('no earlier figure');
      }
    }
    expect(seen, 'the data has passed target years without a figure').to.be.greaterThan(0);
  });

  it('names the main table in the caption only when the rows are the table', () => {
    expect(ok(scorecardView({ lang: 'zh-CN', document: 'plan-14th' })).caption).to.equal(`${getDocument('plan-14th')!.title_zh} · 主要指标`);
    expect(ok(scorecardView({ lang: 'en', document: 'plan-14th', indicators: 'online-retail-sales' })).caption).to.match(/: quantified targets$/);
  });

  it('words problems in the widget’s language and warns in English', () => {
    const cases: Array<[Parameters<typeof scorecardView>[0], RegExp]> = [
      [{ lang: 'zh-CN', document: 'nope' }, /^Unknown document 'nope'\. Known documents: .*'plan-14th'/],
      [{ lang: 'zh-CN', document: '  ' }, /^No document given/],
      [{ lang: 'zh-CN', document: 'state-council-2015' }, /sets no quantified targets/],
      [{ lang: 'zh-CN', document: 'plan-14th', targetYear: 2020 }, /sets no 2020 targets; it sets targets for 2025/],
      [{ lang: 'zh-CN', document: 'plan-14th', targetYear: NaN, targetYearText: 'soon' }, /^target-year 'soon' is not a year/],
      [{ lang: 'zh-CN', document: 'plan-13th', indicators: 'internet-users' }, /^None of the indicators given has a target/],
    ];
    for (const [input, warning] of cases) {
      const view = scorecardView(input);
      if (view.kind !== 'error') throw new Error(`expected an error for ${JSON.stringify(input)}`);
      expect(view.warning).to.match(warning);
      expect(view.text, 'shown in Chinese').to.match(/[\u4e00-\u9fff]/);
    }
  });

  it('gathers the ids it leaves out into one notice per kind, however long the list', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => `no-such-id-${i}`);
    const result = scorecardView({ lang: 'en', document: 'plan-13th', indicators: ['online-retail-sales', ...junk, 'internet-users'] });
    if (result.kind !== 'ok') throw new Error(result.text);
    expect(result.view.rows.map((r) => r.indicator.id)).to.deep.equal(['online-retail-sales']);
    expect(result.notices).to.have.length(2);
    expect(result.notices[0]!.warning).to.equal(
      "indicators: 'no-such-id-0', 'no-such-id-1', 'no-such-id-2', 'no-such-id-3', 'no-such-id-4' and 2995 more are not known indicators and are left out.",
    );
    expect(result.notices[1]!.warning).to.equal("indicators: the 13th Five-Year Plan sets no target for 'internet-users'; it is left out.");
    const one = scorecardView({ lang: 'en', document: 'plan-13th', indicators: 'online-retail, ecommerce-employment' });
    expect(one.kind === 'ok' && one.notices[0]!.warning).to.match(/^indicators: 'online-retail' is not a known indicator and is left out; did you mean 'online-retail-sales'/);
  });

  it('quotes a pasted paragraph at most 80 characters long', () => {
    const view = scorecardView({ lang: 'en', document: 'x'.repeat(500) });
    expect(view.kind === 'error' && view.text.length).to.be.lessThan(300);
  });
});

describe('scorecardBarModel(input, width)', () => {
  it('is the gauge’s bullet layout cut to its track: same bands and marks, labels and ticks left out', () => {
    const row = ok(scorecardView({ lang: 'en', document: 'plan-13th', indicators: 'online-retail-sales' })).rows[0]!;
    const full = bulletLayout(row.bar, 300);
    const bar = scorecardBarModel(row.bar, 300);
    expect(bar.bands).to.deep.equal(full.bands);
    expect(bar.target).to.deep.equal(full.target);
    expect(bar.baseline).to.deep.equal(full.baseline);
    expect(bar.bar).to.deep.equal(full.bar);
    const [, y, w, h] = bar.viewBox;
    expect(w).to.equal(300);
    expect(y).to.be.at.most(full.target.y1);
    expect(y + h).to.be.at.least(full.target.y2);
  });
});

describe('scorecard exports', () => {
  const view = ok(scorecardView({ lang: 'en', document: 'plan-13th' }));

  it('CSV: a header and one row per target, each figure with its quote as the dataset records it', () => {
    const rows = scorecardCsvRows(view);
    expect(rows).to.have.length(view.rows.length + 1);
    const quotes = new Set(dataset.observations.map((o) => o.quote));
    const head = rows[0]!;
    for (const column of ['Baseline quote', 'Target quote', 'Latest quote']) {
      const i = head.indexOf(column);
      for (const row of rows.slice(1)) if (row[i]) expect(quotes.has(row[i]!), `${column}: ${row[i]}`).to.equal(true);
    }
  });

  it('the card is at least 280 px wide and grows with its rows', () => {
    const narrow = scorecardCard(view, 100);
    expect(narrow.width).to.equal(280);
    const one = scorecardCard(ok(scorecardView({ lang: 'en', document: 'plan-13th', indicators: 'online-retail-sales' })), 640);
    const all = scorecardCard(view, 640);
    expect(all.height).to.be.greaterThan(one.height);
  });

  it('the spec names the file after the document and language, and cites every document shown', () => {
    const spec = scorecardExportSpec(view, 640);
    expect(spec.filename).to.equal('plan-13th.scorecard.en');
    for (const id of view.documents) expect(spec.citation).to.contain(getDocument(id)!.title_zh);
  });
});
