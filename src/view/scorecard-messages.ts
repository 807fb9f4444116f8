/**
 * The scorecard's own words, per language, shaped like the shared catalogue
 * (`src/format/messages.ts`): the same keys in both languages, templated messages as functions
 * returning plain strings (never HTML). Status names, target types and the menu's words come
 * from the shared catalogue; only what the scorecard alone says lives here, until the one
 * catalogue takes it in.
 */
import type { ProgressStatus } from '../data/targets.js';
import { formatList } from '../format/list.js';
import type { WidgetLang } from '../format/lang.js';

/** How many targets fall under each kind of verdict, for the headline. */
export interface VerdictCounts {
  /** Targets whose year has passed with a figure: achieved or not. */
  assessed: number;
  achieved: number;
  /** Targets still running, with a trend status (on track, needs acceleration…). */
  trend: Partial<Record<ProgressStatus, number>>;
  cannotAssess: number;
  total: number;
}

export interface ScorecardMessages {
  /** The table's caption: "“十四五”电子商务发展规划 · 主要指标". */
  caption(document: string, main: boolean): string;
  /** What the rows are: 主要指标 (the plan's own table) / 量化目标 (every target it sets). */
  rowsKind(main: boolean): string;
  /** "3项目标中2项完成；另有1项无法评估" / "2 of 3 targets met; 1 more cannot be assessed". */
  headline(counts: VerdictCounts): string;
  /** Column headings. */
  columns: { indicator: string; baseline: string; target: string; latest: string; verdict: string; ratio: string };
  /** Said in a cell without a figure. */
  none: string;
  /** The heading of a figure's source in the sources panel: 目标原文 / Target as written. */
  quoteOf: { baseline: string; target: string; latest: string };
  /** The toggle of the sources panel. */
  showSources: string;
  /** Heading of the dataset's notes on the rows' indicators, in the sources panel. */
  notes: string;
  /** The row label of a compact pill list: "Targets" / "目标". */
  pillsLabel: string;
  unknownDocument(input: string, known: readonly string[]): string;
  missingDocument(known: readonly string[]): string;
  noTargets(document: string): string;
  noTargetsForYear(document: string, year: number, years: readonly number[]): string;
  invalidTargetYear(input: string, years: readonly number[]): string;
  /** Ids in `indicators` that name no indicator (one notice for all), with close ids for a single one. */
  unknownRows(ids: readonly string[], suggestions: readonly string[]): string;
  /** Ids in `indicators` the document sets no target for (in the year chosen). */
  rowsWithoutTarget(ids: readonly string[], document: string): string;
  /** Every id in `indicators` was refused. */
  noRowsLeft(document: string): string;
  /** Which side of a `{ zh, en }` pair (a source label) this language reads. */
  side: 'zh' | 'en';
  /** Ends a sentence: 。 / . */
  fullStop: string;
  /** One figure in a row's line of figures: "目标2025年46万亿元（预期性）" / "target 46 trillion yuan (2025, expected)". */
  figurePart(label: string, first: boolean, year: number, text: string, extra: string | null): string;
  /** A share of target with the year of its figure, in a pill: "95%（2022年）" / "95% (2022)". */
  shareInYear(percent: string, year: string): string;
  /** The CSV's header row, one column per field of `scorecardCsvRows`. */
  csvHead: readonly string[];
}

const quoteZh = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
  formatList(items.map((i) => `“${i}”`), 'zh-CN', type);
const quoteEn = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
  formatList(items.map((i) => `'${i}'`), 'en', type);

/** An input quoted in a message: at most 80 characters, so a pasted paragraph stays one readable line. */
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79).replace(/[\uD800-\uDBFF]$/, '')}…` : text);

/** At most five ids quoted, then how many more: a pasted list stays one readable line. */
const MAX_QUOTED = 5;
const someZh = (ids: readonly string[]) =>
  ids.length > MAX_QUOTED ? `${quoteZh(ids.slice(0, MAX_QUOTED).map(clip))}等${ids.length}项` : quoteZh(ids.map(clip));
const someEn = (ids: readonly string[]) =>
  ids.length > MAX_QUOTED ? `${ids.slice(0, MAX_QUOTED).map((i) => `'${clip(i)}'`).join(', ')} and ${ids.length - MAX_QUOTED} more` : quoteEn(ids.map(clip));

const TREND_ORDER: readonly ProgressStatus[] = ['on-track', 'acceleration-needed', 'limited-progress', 'deterioration'];

const TREND_ZH: Partial<Record<ProgressStatus, string>> = {
  'on-track': '进展顺利',
  'acceleration-needed': '需加快进度',
  'limited-progress': '进展有限',
  deterioration: '出现倒退',
};

const TREND_EN: Partial<Record<ProgressStatus, string>> = {
  'on-track': 'on track',
  'acceleration-needed': 'need acceleration',
  'limited-progress': 'show limited progress',
  deterioration: 'have deteriorated',
};

const zh: ScorecardMessages = {
  caption: (document, main) => `${document} · ${zh.rowsKind(main)}`,
  rowsKind: (main) => (main ? '主要指标' : '量化目标'),
  headline(c) {
    const parts: string[] = [];
    if (c.assessed > 0) parts.push(`${c.assessed}项目标中${c.achieved}项完成`);
    for (const s of TREND_ORDER) if (c.trend[s]) parts.push(`${c.trend[s]}项${TREND_ZH[s]}`);
    if (c.cannotAssess > 0) {
      parts.push(parts.length ? `另有${c.cannotAssess}项无法评估` : `${c.total}项目标均无法评估`);
    }
    return parts.join('；');
  },
  columns: { indicator: '指标', baseline: '基期', target: '目标', latest: '最新数据', verdict: '评估', ratio: '完成度' },
  none: '无数据',
  quoteOf: { baseline: '基期原文', target: '目标原文', latest: '最新数据原文' },
  showSources: '来源与原文',
  notes: '数据说明',
  pillsLabel: '各项目标',
  unknownDocument: (input, known) => `未知文件“${clip(input)}”。可用的文件为${quoteZh(known)}。`,
  missingDocument: (known) => `未指定文件：请将 document 属性设为${quoteZh(known, 'disjunction')}之一。`,
  noTargets: (document) => `${document}没有设定量化目标，无可评估的内容。`,
  noTargetsForYear: (document, year, years) =>
    `${document}没有${year}年目标${years.length ? `；有目标的年份为${formatList(years.map((y) => `${y}年`), 'zh-CN')}` : ''}。`,
  invalidTargetYear: (input, years) =>
    `target-year 属性值“${clip(input)}”不是有效年份${years.length ? `；有目标的年份为${formatList(years.map((y) => `${y}年`), 'zh-CN')}` : ''}。`,
  unknownRows: (ids, suggestions) =>
    `indicators 中的${someZh(ids)}不是已知指标，已略去${suggestions.length ? `；您是否要找${quoteZh(suggestions, 'disjunction')}？` : '。'}`,
  rowsWithoutTarget: (ids, document) => `${document}没有为${someZh(ids)}设定目标，已略去。`,
  noRowsLeft: (document) => `indicators 中没有${document}设定了目标的指标。`,
  side: 'zh',
  fullStop: '。',
  figurePart: (label, _first, year, text, extra) => `${label}${year}年${text}${extra ? `（${extra}）` : ''}`,
  shareInYear: (percent, year) => `${percent}（${year}）`,
  csvHead: ['指标', '指标代码', '单位', '基期年份', '基期数值', '基期来源', '基期原文', '目标年份', '目标数值', '目标写法', '目标属性', '目标来源', '目标原文', '最新年份', '最新数值', '最新来源', '最新原文', '评估', '完成度'],
};

const en: ScorecardMessages = {
  caption: (document, main) => `${document}: ${en.rowsKind(main)}`,
  rowsKind: (main) => (main ? 'main indicators' : 'quantified targets'),
  headline(c) {
    const parts: string[] = [];
    if (c.assessed > 0) parts.push(`${c.achieved} of ${c.assessed} ${c.assessed === 1 ? 'target' : 'targets'} met`);
    for (const s of TREND_ORDER) if (c.trend[s]) parts.push(`${c.trend[s]} ${TREND_EN[s]}`);
    if (c.cannotAssess > 0) {
      parts.push(
        parts.length
          ? `${c.cannotAssess} more cannot be assessed`
          : c.total === 1
            ? 'The target cannot be assessed'
            : `None of the ${c.total} targets can be assessed`,
      );
    }
    return parts.join('; ');
  },
  columns: { indicator: 'Indicator', baseline: 'Baseline', target: 'Target', latest: 'Latest figure', verdict: 'Verdict', ratio: 'Of target' },
  none: 'none',
  quoteOf: { baseline: 'Baseline as written', target: 'Target as written', latest: 'Latest figure as written' },
  showSources: 'Sources and quotes',
  notes: 'Notes on the data',
  pillsLabel: 'Targets',
  unknownDocument: (input, known) => `Unknown document '${clip(input)}'. Known documents: ${quoteEn(known)}.`,
  missingDocument: (known) => `No document given: set the document attribute to ${quoteEn(known, 'disjunction')}.`,
  noTargets: (document) => `The ${document} sets no quantified targets, so there is nothing to score.`,
  noTargetsForYear: (document, year, years) =>
    `The ${document} sets no ${year} targets${years.length ? `; it sets targets for ${formatList(years.map(String), 'en')}` : ''}.`,
  invalidTargetYear: (input, years) =>
    `target-year '${clip(input)}' is not a year${years.length ? `; targets exist for ${formatList(years.map(String), 'en')}` : ''}.`,
  unknownRows: (ids, suggestions) =>
    `indicators: ${someEn(ids)} ${ids.length === 1 ? 'is not a known indicator and is' : 'are not known indicators and are'} left out${suggestions.length ? `; did you mean ${quoteEn(suggestions, 'disjunction')}?` : '.'}`,
  rowsWithoutTarget: (ids, document) =>
    `indicators: the ${document} sets no target for ${someEn(ids)}; ${ids.length === 1 ? 'it is' : 'they are'} left out.`,
  noRowsLeft: (document) => `None of the indicators given has a target in the ${document}.`,
  side: 'en',
  fullStop: '.',
  figurePart: (label, first, year, text, extra) => `${first ? label : label.toLowerCase()} ${text} (${[year, extra].filter(Boolean).join(', ')})`,
  shareInYear: (percent, year) => `${percent} (${year})`,
  csvHead: ['Indicator', 'Indicator id', 'Unit', 'Baseline year', 'Baseline value', 'Baseline source', 'Baseline quote', 'Target year', 'Target value', 'Target as written', 'Target type', 'Target source', 'Target quote', 'Latest year', 'Latest value', 'Latest source', 'Latest quote', 'Verdict', 'Of target'],
};

/** The scorecard's words: `scorecardMessages[lang].headline(counts)`. */
export const scorecardMessages: Readonly<Record<WidgetLang, ScorecardMessages>> = { 'zh-CN': zh, en };
