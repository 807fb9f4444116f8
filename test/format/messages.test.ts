import { expect } from '@open-wc/testing';
import { messages, type WidgetLang } from '../../src/format/index.js';
import { datasetCsvWords, embedWords, gaugeMessages, indicatorMessages, scorecardMessages } from '../../src/format/messages.js';

describe('messages', () => {
  const rows: [label: string, input: (lang: WidgetLang) => string, expected: string, options: { lang: WidgetLang }][] = [
    ['actual', (l) => messages[l].actual, '实际', { lang: 'zh-CN' }],
    ['target', (l) => messages[l].target, 'Target', { lang: 'en' }],
    ['status achieved', (l) => messages[l].status.achieved, '已实现', { lang: 'zh-CN' }],
    ['status acceleration-needed', (l) => messages[l].status['acceleration-needed'], '需加快进度', { lang: 'zh-CN' }],
    ['status cannot-assess', (l) => messages[l].status['cannot-assess'], 'Cannot be assessed', { lang: 'en' }],
    ['document plan-12th', (l) => messages[l].documents['plan-12th'], '“十二五”规划', { lang: 'zh-CN' }],
    ['document mofcom-2013', (l) => messages[l].documents['mofcom-2013'], 'MOFCOM 2013 measures', { lang: 'en' }],
    ['document state-council-2015', (l) => messages[l].documents['state-council-2015'], '国务院2015年意见', { lang: 'zh-CN' }],
    ['period band 13th', (l) => messages[l].periods['13th'], '十三五', { lang: 'zh-CN' }],
    ['period band 14th', (l) => messages[l].periods['14th'], '14th FYP', { lang: 'en' }],
    ['show table', (l) => messages[l].showTable, '显示数据表', { lang: 'zh-CN' }],
    ['note', (l) => messages[l].note, 'Note', { lang: 'en' }],
    ['unknown indicator, no suggestions', (l) => messages[l].unknownIndicator('retail'), "Unknown indicator 'retail'.", { lang: 'en' }],
    [
      'unknown indicator, one suggestion',
      (l) => messages[l].unknownIndicator('retail', ['online-retail-sales']),
      "Unknown indicator 'retail'. Did you mean 'online-retail-sales'?",
      { lang: 'en' },
    ],
    [
      'unknown indicator, two suggestions',
      (l) => messages[l].unknownIndicator('retail', ['online-retail-sales', 'physical-goods-retail']),
      '未知指标“retail”。您是否要找：“online-retail-sales”或“physical-goods-retail”？',
      { lang: 'zh-CN' },
    ],
    ['missing indicator', (l) => messages[l].missingIndicator(), 'No indicator given: set the indicator attribute to an indicator id.', { lang: 'en' }],
    ['missing indicator', (l) => messages[l].missingIndicator(), '未指定指标：请将 indicator 属性设为指标 ID。', { lang: 'zh-CN' }],
    [
      'no target for a year',
      (l) => messages[l].noTargetForYear(2018, 'Online retail sales', [2015, 2020]),
      'No 2018 target for Online retail sales; targets exist for 2015 and 2020.',
      { lang: 'en' },
    ],
    [
      'no target for a year',
      (l) => messages[l].noTargetForYear(2018, '网络零售额', [2015, 2020]),
      '“网络零售额”没有2018年目标；有目标的年份为2015年和2020年。',
      { lang: 'zh-CN' },
    ],
    [
      'no targets at all',
      (l) => messages[l].noTargetForYear(2018, 'Online retail sales', []),
      'No 2018 target for Online retail sales; the plans set no target for it.',
      { lang: 'en' },
    ],
  ];
  for (const [label, input, expected, { lang }] of rows) {
    it(`messages[${lang}] ${label} → ${expected}`, () => {
      expect(input(lang)).to.equal(expected);
    });
  }

  it('messages has the same keys (nested too), all non-empty, in both languages', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : typeof value;
    expect(shape(messages['zh-CN'])).to.deep.equal(shape(messages.en));
    // Separators (`sentenceJoin`: '' in Chinese, ' ' in English) are the only texts that may be blank.
    const strings = (value: unknown, key = ''): [string, string][] =>
      typeof value === 'string'
        ? [[key, value]]
        : typeof value === 'object' && value
          ? Object.entries(value).flatMap(([k, v]) => strings(v, k))
          : [];
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const [key, text] of strings(messages[lang])) if (!key.endsWith('Join')) expect(text.trim(), `${lang} ${key}`).to.not.equal('');
    }
  });

  it('the indicator’s, the gauge’s and the scorecard’s tables have the same keys in both languages; the first two hold the shared words', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
    expect(shape(gaugeMessages['zh-CN'])).to.deep.equal(shape(gaugeMessages.en));
    expect(shape(indicatorMessages['zh-CN'])).to.deep.equal(shape(indicatorMessages.en));
    expect(shape(scorecardMessages['zh-CN'])).to.deep.equal(shape(scorecardMessages.en));
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const key of Object.keys(messages[lang]) as (keyof typeof messages.en)[]) {
        expect(gaugeMessages[lang][key], `${lang} ${key}`).to.equal(messages[lang][key]);
        expect(indicatorMessages[lang][key], `${lang} ${key}`).to.equal(messages[lang][key]);
      }
    }
  });

  it('the dataset CSV’s and the embed page’s tables have the same keys in both languages', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
    expect(shape(datasetCsvWords['zh-CN'])).to.deep.equal(shape(datasetCsvWords.en));
    expect(shape(embedWords['zh-CN'])).to.deep.equal(shape(embedWords.en));
  });

  it('messages templates insert ids verbatim: callers render them as text, never as HTML', () => {
    const text = messages.en.unknownIndicator('<img src=x onerror=alert(1)>', ['<b>']);
    expect(text).to.equal("Unknown indicator '<img src=x onerror=alert(1)>'. Did you mean '<b>'?");
    expect(typeof text).to.equal('string');
  });
});

describe('the message catalogue is the only place UI text is worded by language', () => {
  /**
   * Number, unit and list formatting: per-locale rules (as Intl's are), not UI text; the
   * catalogue itself; the language tag normaliser.
   */
  const LOCALE_RULES = ['src/format/messages.ts', 'src/format/lang.ts', 'src/format/number.ts', 'src/format/unit.ts', 'src/format/list.ts'];
  /** A branch on the language: `zh ? … : …`, `lang === 'zh-CN'`, `'zh-CN' ? …`, `lang === 'en'`. */
  const BRANCH = /(?<![.\w])zh \?|===? ?["']zh-CN["']|["']zh-CN["'] ?\?|===? ?["']en["']/;

  /** Every module the package's entries reach (the dev server serves each as compiled JS; the branches survive). */
  async function reachable(entries: string[]): Promise<Map<string, string>> {
    const seen = new Map<string, string>();
    const queue = [...entries];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const text = await (await fetch(`/${path}`)).text();
      seen.set(path, text);
      for (const [, spec] of text.matchAll(/(?:import|export)[^'"]*?from\s*["'](\.{1,2}\/[^"']+)["']|import\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const target = spec ?? '';
        // The dev server has rewritten `.js` specifiers to the `.ts` files; JSON and CSS are not code.
        if (!/\.[jt]s$/.test(target)) continue;
        const url = new URL(target.replace(/\.js$/, '.ts'), `http://x/${path}`);
        queue.push(url.pathname.slice(1));
      }
    }
    return seen;
  }

  it('no module reachable from the entries branches on the language outside the catalogue and the locale rules', async () => {
    const modules = await reachable(['src/index.ts', 'src/cli/cli.ts', 'src/embed/embed.ts']);
    expect(modules.size, 'modules found').to.be.greaterThan(40);
    const offenders = [...modules]
      .filter(([path]) => !LOCALE_RULES.includes(path))
      .flatMap(([path, text]) => text.split('\n').filter((line) => BRANCH.test(line)).map((line) => `${path}: ${line.trim()}`));
    expect(offenders).to.deep.equal([]);
  });

  it('the check finds a branch where there is one (the locale rules have some)', async () => {
    const number = await (await fetch('/src/format/number.ts')).text();
    expect(number.split('\n').some((line) => BRANCH.test(line))).to.equal(true);
  });
});
