/**
 * The message catalogue: every word a reader sees, in each language the widgets ship — labels,
 * statuses, the summaries' sentences, tooltips, notices, download headers, the embed page's
 * messages. No other module words UI text by language (a test holds that); messages to
 * developers (console, command line) are English and say what was wrong and what was expected.
 *
 * Templated messages are functions that return plain strings (never HTML): callers put them in
 * text nodes or attributes, and an indicator id typed by a page author can never become markup.
 */
import type { ProgressStatus } from '../data/targets.js';
import type { DocumentKind, PlanDocumentId, ObservationKind, Qualifier, SourceDocument, TargetType } from '../data/types.js';
import { MAX_SUPPLIED } from '../view/schema.js';
import { formatList } from './list.js';
import type { WidgetLang } from './lang.js';

/** An id as quoted in a message: at most 80 characters, so a paragraph pasted into the attribute stays a readable line. */
function quoteId(id: string): string {
  const text = String(id);
  // A cut through a surrogate pair would leave half an emoji.
  return text.length > 80 ? `${text.slice(0, 79).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
}

/** A Five-Year-Plan period, for the bands behind a time axis. */
export type PlanPeriod = '12th' | '13th' | '14th';

/** What is wrong with a figure a page supplies (`observations`): the whole input, one item, or one field. */
export type SuppliedProblem = 'json' | 'list' | 'item' | 'year' | 'value' | 'source' | 'qualifier' | 'url' | 'duplicate' | 'too-many';

export interface Messages {
  actual: string;
  target: string;
  baseline: string;
  latest: string;
  year: string;
  value: string;
  /** Status badges for the statuses `data/targets.ts` assigns, sentence case: "On track", "进展顺利". */
  status: Readonly<Record<ProgressStatus, string>>;
  /** 预期性 / 约束性 targets, as the plans label them. */
  targetType: Readonly<Record<TargetType, string>>;
  /** The plans' names as sentences use them (“十三五”规划); a release is named by the dataset's `short_*`. */
  documents: Readonly<Record<PlanDocumentId, string>>;
  /** Short period names for bands: "十三五" / "13th FYP". */
  periods: Readonly<Record<PlanPeriod, string>>;
  source: string;
  sources: string;
  /** Heading of an indicator's definition: "指标说明" / "What it measures". */
  definition: string;
  note: string;
  notes: string;
  showTable: string;
  hideTable: string;
  download: string;
  /** An `indicator` attribute naming no known indicator, with close ids to suggest (may be empty). */
  unknownIndicator(id: string, suggestions?: readonly string[]): string;
  /** No indicator given at all; `attribute` is the attribute to set. */
  missingIndicator(attribute?: string): string;
  /** A target year the plans set no target for, listing the years that have one. */
  noTargetForYear(year: number, name: string, years: readonly number[]): string;
  /** Screen readers' name for a chart's role: "图表" / "chart". */
  chart: string;
  /** How to read a chart from the keyboard. */
  keyboardHint: string;
  /** A figure the page supplied rather than one quoted from a plan. */
  supplied: string;
  /** Column heading: actual, target or supplied. */
  kind: string;
  /** Column heading: how a target came out. */
  outcome: string;
  showSources: string;
  /**
   * A supplied figure that was rejected: `index` is its 1-based position (null for the whole
   * input), `got` the offending text as given (shown as text, never parsed as HTML).
   */
  invalidSupplied(problem: SuppliedProblem, index: number | null, got: string): string;
  /** The disclosure button of the download menu. */
  exportMenu: string;
  /** Menu items: the data shown as CSV, the chart as SVG and as PNG, the sources' citation. */
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  copyCitation: string;
  /** Said (and shown) after the citation reached the clipboard. */
  citationCopied: string;
  /** Label of the box holding the citation when the clipboard is not available. */
  citationManual: string;
  /** A download that failed, with the reason (text). */
  exportFailed(reason: string): string;

  // ---- punctuation and joins
  /** Between a label and its text: "来源：…" / "Source: …". */
  colon: string;
  /** Between sentences of one paragraph. */
  sentenceJoin: string;
  /** Between the parts of one line (a tooltip read aloud). */
  clauseJoin: string;
  /** Between the groups of a source line. */
  groupJoin: string;
  /** The unit after a title: "（万亿元）" / " (trillion yuan)". */
  unitSuffix(unit: string): string;
  /** An id or year quoted inside a sentence: “x” / 'x'. */
  quote(text: string): string;
  /** Dash between the years of a period in downloads: 2016—2020 / 2016–2020. */
  rangeDash: string;
  /** The dataset's field suffix for this language (`name_zh`, `name_en`). */
  fieldSuffix: '_zh' | '_en';
  /** A status inside a sentence: 已实现 / achieved. */
  statusInSentence(status: ProgressStatus): string;



  requiredGrowth: string;
  observedGrowth: string;
  /** The unit the chart's numbers are in: 单位：万亿元 / Unit: trillion yuan. */
  unit(unit: string): string;
  /** What a passed target year lacks: "no official figure after 2022" (null: no figure at all). */
  noOfficialFigureAfter(year: number | null): string;
  /**
   * What a verdict rests on, after it: its source ("NBS, 2026"), the series it was judged on
   * where that is not the indicator's own, and whether only a revised figure meets it.
   */
  verdictBasis(source: string | null, judgedOn: string | null, revised: boolean): string;
  /** "Figures as of 2026-01-20" under a chart. */
  figuresAsOf(date: string): string;
  /** A figure's kind of source, in the sources panel and the table: a plan text or a statistical release. */
  sourceKind: Readonly<Record<DocumentKind, string>>;
  /** An `as-of` value that is not a date: the latest figures are shown. */
  invalidAsOf(input: string): string;

  // ---- downloads
  /** Header of the CSV a widget downloads. */
  csvHead: readonly string[];

  /** A document as a source column or details line names it: title, issuer, date. */
  documentReference(title: string, issuer: string, date: string): string;
  /** A document as a reference: GB/T 7714-2015 in Chinese (with its number, 文号, where it has one), author–date in English. */
  citation(d: SourceDocument, number: string, year: string): string;

}

/** Ids and years inside a sentence, quoted in each language's marks and listed with its connectives. */
function quotedList(lang: WidgetLang, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  return formatList(items.map(messages[lang].quote), lang, type);
}

/** An English indicator name inside a sentence: "rural online retail sales". */
const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** “十三五”目标 from “十三五”规划: the plan's short name without 规划, as Chinese writing cites a plan's goal. */
const targetOf = (document: string) => `${document.replace(/规划$/, '')}目标`;

const zh: Messages = {
  actual: '实际',
  target: '目标',
  baseline: '基期',
  latest: '最新',
  year: '年份',
  value: '数值',
  status: {
    achieved: '已实现',
    'not-achieved': '未实现',
    'on-track': '进展顺利',
    'acceleration-needed': '需加快进度',
    'limited-progress': '进展有限',
    deterioration: '出现倒退',
    'cannot-assess': '无法评估',
  },
  targetType: { expected: '预期性', binding: '约束性' },
  documents: {
    'plan-12th': '“十二五”规划',
    'mofcom-2013': '商务部2013年实施意见',
    'state-council-2015': '国务院2015年意见',
    'plan-13th': '“十三五”规划',
    'plan-14th': '“十四五”规划',
  },
  periods: { '12th': '十二五', '13th': '十三五', '14th': '十四五' },
  source: '来源',
  sources: '来源',
  definition: '指标说明',
  note: '说明',
  notes: '说明',
  showTable: '显示数据表',
  hideTable: '隐藏数据表',
  download: '下载数据',
  unknownIndicator(id, suggestions = []) {
    const head = `未知指标“${quoteId(id)}”。`;
    return suggestions.length ? `${head}您是否要找：${quotedList('zh-CN', suggestions, 'disjunction')}？` : head;
  },
  missingIndicator(attribute = 'indicator') {
    return `未指定指标：请将 ${attribute} 属性设为指标 ID。`;
  },
  noTargetForYear(year, name, years) {
    const head = `“${name}”没有${year}年目标`;
    if (!years.length) return `${head}；规划未为该指标设定目标。`;
    return `${head}；有目标的年份为${formatList(years.map((y) => `${y}年`), 'zh-CN')}。`;
  },
  chart: '图表',
  keyboardHint: '按方向键在数据点之间移动，按 Esc 关闭提示。',
  supplied: '补充数据',
  kind: '类型',
  outcome: '完成情况',
  showSources: '来源与说明',
  invalidSupplied(problem, index, got) {
    const what = index === null ? '补充数据' : `补充数据第${index}项`;
    const rule: Record<SuppliedProblem, string> = {
      json: '不是有效的 JSON',
      list: '不是对象或对象数组',
      item: '不是对象',
      year: 'year 应为1990至2100之间的整数年份',
      value: 'value 应为绝对值不超过10¹⁵的有限数值（单位同指标）',
      source: 'source 应为非空的来源说明',
      qualifier: 'qualifier 应为 exact、over、about、at-least 或 nearly',
      url: 'url 应为 http 或 https 网址',
      duplicate: '这些年份出现多次（每年仅采用第一项）',
      'too-many': `最多采用前${MAX_SUPPLIED}项，其余未读取`,
    };
    return `已忽略${what}：${rule[problem]}${got ? `（收到“${got}”）` : ''}。`;
  },
  exportMenu: '下载',
  downloadCsv: '数据（CSV）',
  downloadSvg: '图片（SVG）',
  downloadPng: '图片（PNG）',
  copyCitation: '复制引用',
  citationCopied: '引用已复制。',
  citationManual: '请复制以下引用：',
  exportFailed(reason) {
    return `无法导出：${reason}`;
  },

  colon: '：',
  sentenceJoin: '',
  clauseJoin: '，',
  groupJoin: '；',
  unitSuffix: (unit) => `（${unit}）`,
  quote: (text) => `“${text}”`,
  rangeDash: '—',
  fieldSuffix: '_zh',
  statusInSentence: (status) => zh.status[status],



  requiredGrowth: '实现目标所需年均增长',
  observedGrowth: '实际年均增长',
  unit: (u) => `单位：${u}`,
  noOfficialFigureAfter: (year) => (year === null ? '无官方数据' : `${year}年后无官方数据`),
  verdictBasis: (source, judgedOn, revised) => `${source ? `（${source}）` : ''}${judgedOn ? `，按${judgedOn}评估` : ''}${revised ? '，仅按修订后数据达标' : ''}`,
  figuresAsOf: (date) => `数据截至${date}`,
  sourceKind: { plan: '规划文件', 'statistical-release': '统计发布' },
  invalidAsOf: (input) => `as-of 属性值“${input}”不是有效日期（应为YYYY-MM-DD），显示最新数据。`,

  csvHead: ['指标', '年份', '数值', '单位', '数值（文字）', '类型', '完成情况', '原文写法', '来源'],

  documentReference: (title, issuer, date) => `${title}（${issuer}，${date}）`,
  // GB/T 7714 separates several responsible bodies with a comma, not 、; [Z] is the type code of an official document.
  citation: (d, number, year) => `${d.issuer_zh.split('、').join(', ')}. ${d.title_zh}${number ? `: ${number}` : ''}[Z]. ${year}.`,

};

const en: Messages = {
  actual: 'Actual',
  target: 'Target',
  baseline: 'Baseline',
  latest: 'Latest',
  year: 'Year',
  value: 'Value',
  status: {
    achieved: 'Achieved',
    'not-achieved': 'Not achieved',
    'on-track': 'On track',
    'acceleration-needed': 'Needs acceleration',
    'limited-progress': 'Limited progress',
    deterioration: 'Deterioration',
    'cannot-assess': 'Cannot be assessed',
  },
  targetType: { expected: 'Expected (indicative)', binding: 'Binding' },
  documents: {
    'plan-12th': '12th Five-Year Plan',
    'mofcom-2013': 'MOFCOM 2013 measures',
    'state-council-2015': 'State Council 2015 opinion',
    'plan-13th': '13th Five-Year Plan',
    'plan-14th': '14th Five-Year Plan',
  },
  periods: { '12th': '12th FYP', '13th': '13th FYP', '14th': '14th FYP' },
  source: 'Source',
  sources: 'Sources',
  definition: 'What it measures',
  note: 'Note',
  notes: 'Notes',
  showTable: 'Show table',
  hideTable: 'Hide table',
  download: 'Download data',
  unknownIndicator(id, suggestions = []) {
    const head = `Unknown indicator '${quoteId(id)}'.`;
    return suggestions.length ? `${head} Did you mean ${quotedList('en', suggestions, 'disjunction')}?` : head;
  },
  missingIndicator(attribute = 'indicator') {
    return `No indicator given: set the ${attribute} attribute to an indicator id.`;
  },
  noTargetForYear(year, name, years) {
    const head = `No ${year} target for ${name}`;
    if (!years.length) return `${head}; the plans set no target for it.`;
    return `${head}; targets exist for ${formatList(years.map(String), 'en')}.`;
  },
  chart: 'chart',
  keyboardHint: 'Use the arrow keys to move between points; Escape closes the tooltip.',
  supplied: 'Supplied figure',
  kind: 'Type',
  outcome: 'Outcome',
  showSources: 'Sources and notes',
  invalidSupplied(problem, index, got) {
    const what = index === null ? 'Supplied figures' : `Supplied figure ${index}`;
    const rule: Record<SuppliedProblem, string> = {
      json: 'not valid JSON',
      list: 'not an object or an array of objects',
      item: 'not an object',
      year: 'year must be a whole year from 1990 to 2100',
      value: "value must be a finite number in the indicator's unit, between -10¹⁵ and 10¹⁵",
      source: 'source must name where the figure comes from',
      qualifier: 'qualifier must be exact, over, about, at-least or nearly',
      url: 'url must be an http or https address',
      duplicate: 'these years are given more than once (one figure per year: the first is used)',
      'too-many': `only the first ${MAX_SUPPLIED} figures are read`,
    };
    return `${what} ignored: ${rule[problem]}${got ? ` (got '${got}')` : ''}.`;
  },
  exportMenu: 'Download',
  downloadCsv: 'Data (CSV)',
  downloadSvg: 'Image (SVG)',
  downloadPng: 'Image (PNG)',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied.',
  citationManual: 'Copy this citation:',
  exportFailed(reason) {
    return `Export failed: ${reason}`;
  },

  colon: ': ',
  sentenceJoin: ' ',
  clauseJoin: ', ',
  groupJoin: '; ',
  unitSuffix: (unit) => ` (${unit})`,
  quote: (text) => `'${text}'`,
  rangeDash: '–',
  fieldSuffix: '_en',
  statusInSentence: (status) => en.status[status].toLowerCase(),



  requiredGrowth: 'Annual growth needed',
  observedGrowth: 'Annual growth observed',
  unit: (u) => `Unit: ${u}`,
  noOfficialFigureAfter: (year) => (year === null ? 'no official figure' : `no official figure after ${year}`),
  verdictBasis: (source, judgedOn, revised) => `${source ? ` (${source})` : ''}${judgedOn ? `, judged on ${inSentence(judgedOn)}` : ''}${revised ? ', met only on the revised figure' : ''}`,
  figuresAsOf: (date) => `Figures as of ${date}`,
  sourceKind: { plan: 'Plan', 'statistical-release': 'Statistical release' },
  invalidAsOf: (input) => `as-of '${input}' is not a date (YYYY-MM-DD); the latest figures are shown.`,

  csvHead: ['Indicator', 'Year', 'Value', 'Unit', 'Value (in words)', 'Type', 'Outcome', 'As written (Chinese)', 'Source'],

  documentReference: (title, issuer, date) => `${title} (${issuer}, ${date})`,
  // The Chinese title is kept so that the original can be found.
  citation: (d, _number, year) => `${d.issuer_en}. ${d.title_en} [${d.title_zh}]. ${year}.`,

};

/** The widgets' words: `messages[lang].status['on-track']`, `messages[lang].unknownIndicator(id, ids)`. */
export const messages: Readonly<Record<WidgetLang, Messages>> = { 'zh-CN': zh, en };

/**
 * The indicator chart's own words: its labels, table outcomes and notes, and its summary's
 * sentences. A table of its own so that the other widgets' files do not carry them; the shared
 * words come with it.
 */
export interface IndicatorMessages extends Messages {
  // ---- the indicator chart
  /** A year the texts give different figures for. */
  textsDiffer: string;
  /** A target's label on the chart: "十三五目标 ≈10" / "13th FYP target ≈10". */
  targetLabel(owner: string, goal: string): string;
  /** The outcome note of a passed target, longest first; the layout picks the one that fits. */
  outcomeLabels(sign: string, year: number, got: string, goal: string, pct: string): [string, string, string];
  /** A plan period's band labels, longest first. */
  bandLabels(name: string, years: string, key: string): string[];
  /** The outcome of a passed target in the table and tooltip. */
  outcomeMet(latest: string, pct: string, status: ProgressStatus): string;
  /** What a target with no figure yet needs. */
  needsGrowthFrom(growth: string, year: number): string;
  // ---- the indicator's summary
  noActuals(name: string): string;
  oneActual(name: string, year: number, value: string): string;
  opening(name: string, firstYear: number, first: string, lastYear: number, last: string, direction: 'up' | 'down' | 'flat'): string;
  suppliedSentence(year: number, value: string, source: string): string;
  targetHead(document: string, year: number, goal: string): string;
  targetOutcome(head: string, latest: string, supplied: number | null, pct: string, status: ProgressStatus, basis?: string): string;
  targetNotReported(head: string): string;
  /** The figure a verdict is reckoned on: "按2020年11.8万亿元计算" / "on the 2020 figure of 11.8 trillion yuan". */
  reckonedOn(year: number, latest: string, supplied: boolean): string;
  targetHeld(head: string, basis: string, status: ProgressStatus): string;
  targetPace(head: string, basis: string, status: ProgressStatus, required: string, observed: string): string;
  targetNeeds(head: string, required: string, baselineYear: number): string;
  targetOnly(head: string): string;
  /** The indicator's sentence for the same. */
  targetNoOfficialFigure(head: string, missing: string): string;
  /** A figure the publisher later revised: every published vintage, oldest first. */
  vintagesLabel(list: readonly string[]): string;
  /** A break in a series (a change of scope) between `from` and `to`: drawn as a gap; `scoped` is the year whose figure has the narrower `scope`. */
  seriesBreak(from: number, to: number, scoped: number, scope: string): string;
}

const indicatorZh: IndicatorMessages = {
  ...zh,
  textsDiffer: '各文本数值不同，见来源与说明',
  targetLabel: (owner, goal) => `${owner}目标 ${goal}`,
  outcomeLabels: (sign, year, got, goal, pct) => [`${sign} ${year}年：${got}，目标${goal}，完成${pct}`, `${sign} ${got}，目标${goal}，${pct}`, `${sign} ${pct}`],
  bandLabels: (name, years) => [`${name} ${years}`, name],
  outcomeMet: (latest, pct, status) => `实际${latest}，完成${pct}，${zh.status[status]}`,
  needsGrowthFrom: (growth, year) => `需自${year}年起年均增长约${growth}`,
  noActuals: (name) => `${name}：规划中没有实际数据。`,
  oneActual: (name, year, value) => `${name}${year}年为${value}。`,
  opening: (name, y1, v1, y2, v2, direction) => `${name}${y1}年为${v1}，${y2}年${{ up: '增至', down: '降至', flat: '仍为' }[direction]}${v2}。`,
  suppliedSentence: (year, value, source) => `补充数据：${year}年${value}（来源：${source}）。`,
  targetHead: (document, year, goal) => `${document}目标：${year}年${goal}`,
  targetOutcome: (head, latest, supplied, pct, status, basis = '') => `${head}，${supplied !== null ? `补充数据${supplied}年` : '实际'}${latest}，完成${pct}，${zh.status[status]}${basis}。`,
  targetNotReported: (head) => `${head}，规划未报告该年实际数据。`,
  reckonedOn: (year, latest, supplied) => `按${year}年${supplied ? '补充数据' : ''}${latest}计算`,
  targetHeld: (head, basis, status) => `${head}；${basis}，${zh.status[status]}。`,
  targetPace: (head, basis, status, required, observed) => `${head}；${basis}，${zh.status[status]}（需年均增长${required}，实际年均增长${observed}）。`,
  targetNeeds: (head, required, year) => `${head}，需自${year}年起年均增长约${required}。`,
  targetOnly: (head) => `${head}。`,
  targetNoOfficialFigure: (head, missing) => `${head}，${missing}，无法评估。`,
  vintagesLabel: (list) => `历次发布：${list.join(' → ')}`,
  seriesBreak: (from, to, scoped, scope) => `统计口径变化：${scoped}年数据仅含${scope}，折线不连接${from}年与${to}年。`,
};

const indicatorEn: IndicatorMessages = {
  ...en,
  textsDiffer: 'The texts differ; see sources and notes',
  targetLabel: (owner, goal) => `${owner} target ${goal}`,
  outcomeLabels: (sign, year, got, goal, pct) => [`${sign} ${year}: ${got} vs ${goal} target — ${pct}`, `${sign} ${got} vs ${goal} — ${pct}`, `${sign} ${pct}`],
  bandLabels: (name, years, key) => [`${name} ${years}`, name, key],
  outcomeMet: (latest, pct, status) => `Actual ${latest}: ${pct} of target, ${en.status[status].toLowerCase()}`,
  needsGrowthFrom: (growth, year) => `Needs about ${growth} a year from ${year}`,
  noActuals: (name) => `${name}: the plans give no actual figures.`,
  oneActual: (name, year, value) => `${name}: ${value} in ${year}.`,
  opening: (name, y1, v1, y2, v2, direction) => `${name}: ${v1} in ${y1}, ${{ up: 'rising to', down: 'falling to', flat: 'unchanged at' }[direction]} ${v2} in ${y2}.`,
  suppliedSentence: (year, value, source) => `Supplied figure: ${value} in ${year} (source: ${source}).`,
  targetHead: (document, year, goal) => `${document} target for ${year}: ${goal}`,
  targetOutcome: (head, latest, supplied, pct, status, basis = '') =>
    `${head}; ${supplied !== null ? `supplied ${supplied} figure ${latest}` : `actual ${latest}`}, ${pct} of target, ${en.statusInSentence(status)}${basis}.`,
  targetNotReported: (head) => `${head}; the plans report no figure for that year.`,
  reckonedOn: (year, latest, supplied) => `on the ${supplied ? 'supplied ' : ''}${year} figure of ${latest}`,
  targetHeld: (head, basis, status) => `${head}; ${basis}, ${en.statusInSentence(status)}.`,
  targetPace: (head, basis, status, required, observed) => `${head}; ${basis}, ${en.statusInSentence(status)} (needs ${required} a year, observed ${observed}).`,
  targetNeeds: (head, required, year) => `${head}, needing about ${required} growth a year from ${year}.`,
  targetOnly: (head) => `${head}.`,
  targetNoOfficialFigure: (head, missing) => `${head}; ${missing}, so it cannot be assessed.`,
  vintagesLabel: (list) => `Published as ${list.join(' → ')}`,
  seriesBreak: (from, to, scoped, scope) => `Series break: the ${scoped} figure covers ${scope}, so the line does not join ${from} to ${to}.`,
};

/** The indicator's words, the shared ones included: `indicatorMessages[lang].targetOutcome(…)`. */
export const indicatorMessages: Readonly<Record<WidgetLang, IndicatorMessages>> = { 'zh-CN': indicatorZh, en: indicatorEn };

/**
 * The target gauge's own words: its headings, its summary's sentences case by case (see
 * a11y/gauge-summary.ts), the line under its status and its notices. A table of its own so that
 * the files of the other widgets do not carry them; the shared words come with it.
 */
export interface GaugeMessages extends Messages {
  /** A figure with its year on a chart label: "2020年 11.8" / "2020: 11.8". */
  dated(year: number, text: string): string;
  // ---- the target gauge
  ofTarget: string;
  /** After the percent of a target whose year has passed without a figure for it: the percent is of an older year's figure. */
  ofTargetIn(year: number): string;
  /** Header line under the indicator's name: "“十三五”规划 · 2020年目标". */
  targetHeading(document: string, year: number): string;
  details: string;
  targetQuote: string;
  sourceNotGiven: string;
  noTargets(name: string): string;
  invalidTargetYear(input: string, years: readonly string[]): string;
  invalidDocument(input: string, year: number, documents: readonly string[]): string;
  negativeValue(input: string): string;
  missingValueYear: string;
  missingValue: string;
  valueYearOutOfRange(year: number, baselineYear: number | null, targetYear: number): string;
  valueNotUsed(year: number, dataYear: number): string;
  /** " (source: NBS)" after a figure in the gauge's summary. */
  sourceAside(source: string): string;
  /** The gauge's summary, case by case (see a11y/gauge-summary.ts). */
  gaugePassed(name: string, year: number, latest: string, source: string, pct: string, document: string, goal: string, status: ProgressStatus, basis: string): string;
  gaugeHead(name: string, year: number, latest: string, source: string, pct: string, document: string, targetYear: number, goal: string): string;
  gaugeHeld(head: string, baselineYear: number, level: string, status: ProgressStatus): string;
  /** A yearly change in words, `format` writing a rate (signed or not): 增长9.3% / +9.3%. */
  change(rate: number | null, format: (rate: number, signed: boolean) => string): string;
  gaugePace(head: string, baselineYear: number, observed: string, required: string, status: ProgressStatus): string;
  gaugeTargetSet(name: string, document: string, year: number, goal: string): string;
  gaugeNoFigureSince(head: string, baselineYear: number, level: string, required: string): string;
  gaugeNoBaseline(head: string, latest: { year: number; value: string; source: string; pct: string } | null): string;
  /** The line under a gauge's status. */
  noteNoFigureSince(baselineYear: number, required: string): string;
  noteNoBaseline: string;
  noteHeld(baselineYear: number, level: string): string;
  notePace(baselineYear: number, observed: string, required: string): string;
  /** The gauge's summary of a passed target year without a figure, `missing` saying what is missing. */
  gaugeNoOfficialFigure(head: string, missing: string): string;
  /** The same as the line under a gauge's status. */
  noteVerdict(source: string | null, judgedOn: string | null, revised: boolean): string;
  /** Label of the verbatim sentence of the release a verdict rests on. */
  releaseQuote: string;
}

const gaugeZh: GaugeMessages = {
  ...zh,
  dated: (year, text) => `${year}年 ${text}`,
  ofTarget: '目标完成度',
  ofTargetIn: (year) => `目标完成度（${year}年数据）`,
  targetHeading: (document, year) => `${document} · ${year}年目标`,
  details: '详情',
  targetQuote: '目标原文',
  sourceNotGiven: '未注明来源',
  noTargets: (name) => `规划未为“${name}”设定目标。`,
  invalidTargetYear: (input, list) => `target-year 属性值“${input}”不是有效年份${list.length ? `；有目标的年份为${formatList(list, 'zh-CN')}` : ''}。`,
  invalidDocument: (input, year, list) => `“${input}”没有${year}年目标；设定该年目标的文件为${formatList(list, 'zh-CN', 'disjunction')}。`,
  negativeValue: (input) => `已忽略 value 属性值“${input}”：应为不小于0的数值（单位同指标）；图中为规划数据。`,
  missingValueYear: '设置了 value 但缺少 value-year，已忽略补充数值。',
  missingValue: '设置了 value-year 但缺少 value，已忽略。',
  valueYearOutOfRange: (year, base, target) => `补充数值的年份${year}年不在${base === null ? '' : `基期${base}年之后、`}目标年${target}年及之前，已忽略。`,
  valueNotUsed: (year, dataYear) => `补充的${year}年数值早于数据中已有的${dataYear}年数值，未采用。`,
  sourceAside: (source) => `（来源：${source}）`,
  gaugePassed: (name, year, latest, source, pct, document, goal, status, basis) => `${name}${year}年${latest}${source}，为${targetOf(document)}（${goal}）的${pct}，目标${zh.status[status]}${basis}。`,
  gaugeHead: (name, year, latest, source, pct, document, targetYear, goal) => `${name}${year}年${latest}${source}，为${targetOf(document)}（${targetYear}年${goal}）的${pct}。`,
  gaugeHeld: (head, year, level, status) => `${head}目标不高于${year}年水平（${level}），保持即可；${zh.status[status]}。`,
  change: (rate, format) => (rate === null ? '变化未知' : rate < 0 ? `下降${format(-rate, false)}` : `增长${format(rate, false)}`),
  gaugePace: (head, year, observed, required, status) => `${head}${year}年以来年均${observed}，实现目标需年均增长${required}：${zh.status[status]}。`,
  gaugeTargetSet: (name, document, year, goal) => `${name}：${document}提出${year}年目标为${goal}。`,
  gaugeNoFigureSince: (head, year, level, required) => `${head}规划中${year}年（${level}）以后尚无数据，无法评估进展；实现目标需从${year}年起年均增长约${required}。`,
  gaugeNoBaseline: (head, latest) => `${head}${latest ? `最新数据为${latest.year}年${latest.value}${latest.source}，为目标的${latest.pct}。` : ''}规划未给出可用于比较的基期数据，无法评估进展。`,
  noteNoFigureSince: (year, required) => `${year}年以后尚无数据；需从${year}年起年均增长约${required}`,
  noteNoBaseline: '缺少基期数据',
  noteHeld: (year, level) => `目标不高于${year}年水平（${level}）`,
  notePace: (year, observed, required) => `${year}年以来年均${observed}；需${required}`,
  gaugeNoOfficialFigure: (head, missing) => `${head}${missing}，无法评估目标是否实现。`,
  noteVerdict: (source, judgedOn, revised) => [source ? `来源：${source}` : '', judgedOn ? `按${judgedOn}评估` : '', revised ? '仅按修订后数据达标' : ''].filter(Boolean).join('；'),
  releaseQuote: '数据原文',
};

const gaugeEn: GaugeMessages = {
  ...en,
  dated: (year, text) => `${year}: ${text}`,
  ofTarget: 'of target',
  ofTargetIn: (year) => `of target on the ${year} figure`,
  targetHeading: (document, year) => `${document} · ${year} target`,
  details: 'Details',
  targetQuote: 'Target as written',
  sourceNotGiven: 'source not given',
  noTargets: (name) => `The plans set no target for ${name}.`,
  invalidTargetYear: (input, list) => `target-year '${input}' is not a year${list.length ? `; targets exist for ${formatList(list, 'en')}` : ''}.`,
  invalidDocument: (input, year, list) => `'${input}' sets no ${year} target; the ${year} target is set by ${formatList(list, 'en', 'disjunction')}.`,
  negativeValue: (input) => `value '${input}' ignored: it must be 0 or more, in the indicator's unit; the plans' figures are shown.`,
  missingValueYear: 'value is set without value-year; the supplied value is ignored.',
  missingValue: 'value-year is set without value; it is ignored.',
  valueYearOutOfRange: (year, base, target) =>
    `The supplied value's year ${year} is not ${base === null ? '' : `after the ${base} baseline and `}at or before the ${target} target year; it is ignored.`,
  // The newer figure may be a plan's or an official release's: the data's, either way.
  valueNotUsed: (year, dataYear) => `The supplied ${year} figure is older than the ${dataYear} figure in the data and is not used.`,
  sourceAside: (source) => ` (source: ${source})`,
  gaugePassed: (name, year, latest, source, pct, document, goal, status, basis) =>
    `${name}: ${latest} in ${year}${source}, ${pct} of the ${document} target (${goal}); target ${en.statusInSentence(status)}${basis}.`,
  gaugeHead: (name, year, latest, source, pct, document, targetYear, goal) => `${name}: ${latest} in ${year}${source}, ${pct} of the ${document} target for ${targetYear} (${goal}).`,
  gaugeHeld: (head, year, level, status) => `${head} The target is at or below the ${year} level (${level}), so holding that level is enough; ${en.statusInSentence(status)}.`,
  change: (rate, format) => (rate === null ? 'unknown' : format(rate, true)),
  gaugePace: (head, year, observed, required, status) =>
    `${head} Average annual change since ${year}: ${observed}; needed to reach the target: ${required} a year; ${en.statusInSentence(status)}.`,
  gaugeTargetSet: (name, document, year, goal) => `${name}: the ${document} sets a target of ${goal} for ${year}.`,
  gaugeNoFigureSince: (head, year, level, required) =>
    `${head} The plans give no figure after ${year} (${level}), so progress cannot be assessed; the target needs about ${required} a year from ${year}.`,
  gaugeNoBaseline: (head, latest) =>
    `${head}${latest ? ` The latest figure is ${latest.value} in ${latest.year}${latest.source}, ${latest.pct} of the target.` : ''} The plans give no earlier figure to measure progress from, so it cannot be assessed.`,
  noteNoFigureSince: (year, required) => `No figure after ${year}; needs about ${required} a year from ${year}`,
  noteNoBaseline: 'No baseline figure to measure from',
  noteHeld: (year, level) => `Target at or below the ${year} level (${level})`,
  notePace: (year, observed, required) => `${observed} a year since ${year}; ${required} needed`,
  gaugeNoOfficialFigure: (head, missing) => `${head} There is ${missing}, so whether the target was met cannot be assessed.`,
  noteVerdict: (source, judgedOn, revised) => {
    const text = [source ? `Source: ${source}` : '', judgedOn ? `judged on ${inSentence(judgedOn)}` : '', revised ? 'met only on the revised figure' : ''].filter(Boolean).join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  releaseQuote: 'Figure as published',
};

/** The gauge's words, the shared ones included: `gaugeMessages[lang].gaugePassed(…)`. */
export const gaugeMessages: Readonly<Record<WidgetLang, GaugeMessages>> = { 'zh-CN': gaugeZh, en: gaugeEn };

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

/**
 * The plan scorecard's own words (its status names, target types and menu come from the shared
 * table). Not an extension of the shared table: the scorecard reads both.
 */
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


/** At most five ids quoted, then how many more: a pasted list stays one readable line. */
const MAX_QUOTED = 5;
const someZh = (ids: readonly string[]) =>
  ids.length > MAX_QUOTED ? `${quoteZh(ids.slice(0, MAX_QUOTED).map(quoteId))}等${ids.length}项` : quoteZh(ids.map(quoteId));
const someEn = (ids: readonly string[]) =>
  ids.length > MAX_QUOTED ? `${ids.slice(0, MAX_QUOTED).map((i) => `'${quoteId(i)}'`).join(', ')} and ${ids.length - MAX_QUOTED} more` : quoteEn(ids.map(quoteId));

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

const scorecardZh: ScorecardMessages = {
  caption: (document, main) => `${document} · ${scorecardZh.rowsKind(main)}`,
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
  unknownDocument: (input, known) => `未知文件“${quoteId(input)}”。可用的文件为${quoteZh(known)}。`,
  missingDocument: (known) => `未指定文件：请将 document 属性设为${quoteZh(known, 'disjunction')}之一。`,
  noTargets: (document) => `${document}没有设定量化目标，无可评估的内容。`,
  noTargetsForYear: (document, year, years) =>
    `${document}没有${year}年目标${years.length ? `；有目标的年份为${formatList(years.map((y) => `${y}年`), 'zh-CN')}` : ''}。`,
  invalidTargetYear: (input, years) =>
    `target-year 属性值“${quoteId(input)}”不是有效年份${years.length ? `；有目标的年份为${formatList(years.map((y) => `${y}年`), 'zh-CN')}` : ''}。`,
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

const scorecardEn: ScorecardMessages = {
  caption: (document, main) => `${document}: ${scorecardEn.rowsKind(main)}`,
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
  unknownDocument: (input, known) => `Unknown document '${quoteId(input)}'. Known documents: ${quoteEn(known)}.`,
  missingDocument: (known) => `No document given: set the document attribute to ${quoteEn(known, 'disjunction')}.`,
  noTargets: (document) => `The ${document} sets no quantified targets, so there is nothing to score.`,
  noTargetsForYear: (document, year, years) =>
    `The ${document} sets no ${year} targets${years.length ? `; it sets targets for ${formatList(years.map(String), 'en')}` : ''}.`,
  invalidTargetYear: (input, years) =>
    `target-year '${quoteId(input)}' is not a year${years.length ? `; targets exist for ${formatList(years.map(String), 'en')}` : ''}.`,
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
export const scorecardMessages: Readonly<Record<WidgetLang, ScorecardMessages>> = { 'zh-CN': scorecardZh, en: scorecardEn };

/**
 * The words of the whole dataset's CSV (`datasetCsv`): a table of its own in the catalogue, so
 * that the widgets' single file, which does not offer that download, does not carry them.
 */
export interface DatasetCsvWords {
  head: readonly string[];
  /** Kinds, qualifiers and source kinds (target types: `messages[lang].targetType`). */
  observationKind: Readonly<Record<ObservationKind, string>>;
  qualifier: Readonly<Record<Qualifier, string>>;
  sourceKind: Readonly<Record<DocumentKind, string>>;
}

export const datasetCsvWords: Readonly<Record<WidgetLang, DatasetCsvWords>> = {
  'zh-CN': {
    head: ['指标代码', '指标名称', '年份', '时期', '数值', '单位', '原文写法', '类型', '限定', '目标属性', '文件', '发布机关', '原文', '来源类型', '发布日期'],
    observationKind: { actual: '实际', target: '目标' },
    // As the figures are worded everywhere else (formatQualified): 不低于, not 以上.
    qualifier: { exact: '确数', over: '超过', about: '左右', 'at-least': '不低于', nearly: '接近' },
    sourceKind: { plan: '规划文件', 'statistical-release': '统计发布' },
  },
  en: {
    head: ['Indicator id', 'Indicator', 'Year', 'Period', 'Value', 'Unit', 'As written', 'Kind', 'Qualifier', 'Target type', 'Document', 'Issuer', 'Quote', 'Source kind', 'Published'],
    observationKind: { actual: 'actual', target: 'target' },
    qualifier: { exact: 'exact', over: 'over', about: 'about', 'at-least': 'at least', nearly: 'nearly' },
    sourceKind: { plan: 'plan', 'statistical-release': 'statistical release' },
  },
};

/** The embed page's own words (dist/embed.js): a table of its own, for the same reason. */
export interface EmbedWords {
  invalidParameter(name: string, value: string, expected: string): string;
  missingParameter: string;
}

export const embedWords: Readonly<Record<WidgetLang, EmbedWords>> = {
  'zh-CN': {
    invalidParameter: (name, value, expected) => `参数 ${name} 无效：“${value}”（应为${expected}）。`,
    missingParameter: '缺少参数 indicator：请在地址中加上 ?indicator=指标ID，例如 ?indicator=online-retail-sales。',
  },
  en: {
    invalidParameter: (name, value, expected) => `Invalid ${name}: "${value}" (expected ${expected}).`,
    missingParameter: 'No indicator given: add ?indicator=ID to the address, e.g. ?indicator=online-retail-sales.',
  },
};
