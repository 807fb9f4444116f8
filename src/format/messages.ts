/**
 * The UI words the widgets share, per language. Templated messages are functions that
 * return plain strings (never HTML): callers put them in text nodes or attributes, and an
 * indicator id typed by a page author can never become markup.
 */
import type { ProgressStatus } from '../data/targets.js';
import type { DocumentId, TargetType } from '../data/types.js';
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
export type SuppliedProblem = 'json' | 'list' | 'item' | 'year' | 'value' | 'source' | 'qualifier' | 'url';

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
  /** Short document names for source lines when the dataset's own `short_*` is not at hand. */
  documents: Readonly<Record<DocumentId, string>>;
  /** Short period names for bands: "十三五" / "13th FYP". */
  periods: Readonly<Record<PlanPeriod, string>>;
  /** Full period names for text and screen readers: "“十三五”时期" / "13th Five-Year Plan period". */
  periodNames: Readonly<Record<PlanPeriod, string>>;
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
}

/** Ids and years inside a sentence, quoted in each language's marks and listed with its connectives. */
function quotedList(lang: WidgetLang, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  const quoted = items.map((item) => (lang === 'zh-CN' ? `“${item}”` : `'${item}'`));
  return formatList(quoted, lang, type);
}

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
  periodNames: { '12th': '“十二五”时期', '13th': '“十三五”时期', '14th': '“十四五”时期' },
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
  periodNames: {
    '12th': '12th Five-Year Plan period',
    '13th': '13th Five-Year Plan period',
    '14th': '14th Five-Year Plan period',
  },
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
};

/** The shared UI words: `messages[lang].status['on-track']`, `messages[lang].unknownIndicator(id, ids)`. */
export const messages: Readonly<Record<WidgetLang, Messages>> = { 'zh-CN': zh, en };
