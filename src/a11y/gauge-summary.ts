/**
 * The words of a target gauge: its one-paragraph summary (the accessible name of the
 * chart and the `summary` property), the status label and note shown beside it, the key
 * entries and the gauge's own messages. Pure: an indicator, the data API's `progress()`
 * result and a language in, plain strings out (never HTML). Every figure goes through the
 * shared formatter, so the summary says exactly what the chart and the key show.
 */
import type { ProgressStatus, TargetProgress } from '../data/targets.js';
import type { DocumentId, Indicator } from '../data/types.js';
import {
  formatGrowth,
  formatRatio,
  formatValue,
  formatYear,
  messages,
  type WidgetLang,
} from '../format/index.js';
import { formatFigure } from '../format/number.js';
import { formatList } from '../format/list.js';
import { indicatorName } from '../format/text.js';

/** The status in words, sentence case: "Achieved", "已实现". */
export function statusLabel(status: ProgressStatus, lang: WidgetLang): string {
  return messages[lang].status[status];
}

/** The name of the document that set a target, as used in sentences: “十三五”规划 / 13th Five-Year Plan. */
export function documentName(document: DocumentId, lang: WidgetLang): string {
  return messages[lang].documents[document];
}

/** The gauge's own words and messages, per language. */
export interface GaugeWords {
  ofTarget: string;
  /** Header line under the indicator's name: "“十三五”规划 · 2020年目标". */
  targetHeading(document: string, year: number): string;
  details: string;
  requiredGrowth: string;
  observedGrowth: string;
  targetQuote: string;
  sourceNotGiven: string;
  /** The unit the chart's numbers are in: 单位：万亿元 / Unit: trillion yuan. */
  unit(unit: string): string;
  noTargets(name: string): string;
  invalidTargetYear(input: string, years: readonly number[]): string;
  invalidDocument(input: string, year: number, documents: readonly string[]): string;
  negativeValue(input: string): string;
  missingValueYear: string;
  missingValue: string;
  valueYearOutOfRange(year: number, baselineYear: number | null, targetYear: number): string;
  valueNotUsed(year: number, dataYear: number): string;
  invalidVariant(input: string): string;
}

const years = (lang: WidgetLang, list: readonly number[]) =>
  formatList(list.map((y) => formatYear(y, lang)), lang);

export const gaugeWords: Readonly<Record<WidgetLang, GaugeWords>> = {
  'zh-CN': {
    ofTarget: '目标完成度',
    targetHeading: (document, year) => `${document} · ${year}年目标`,
    details: '详情',
    requiredGrowth: '实现目标所需年均增长',
    observedGrowth: '实际年均增长',
    targetQuote: '目标原文',
    sourceNotGiven: '未注明来源',
    unit: (u) => `单位：${u}`,
    noTargets: (name) => `规划未为“${name}”设定目标。`,
    invalidTargetYear: (input, list) =>
      `target-year 属性值“${input}”不是有效年份${list.length ? `；有目标的年份为${years('zh-CN', list)}` : ''}。`,
    invalidDocument: (input, year, list) =>
      `“${input}”没有${year}年目标；设定该年目标的文件为${formatList(list, 'zh-CN', 'disjunction')}。`,
    negativeValue: (input) => `已忽略 value 属性值“${input}”：应为不小于0的数值（单位同指标）；图中为规划数据。`,
    missingValueYear: '设置了 value 但缺少 value-year，已忽略补充数值。',
    missingValue: '设置了 value-year 但缺少 value，已忽略。',
    valueYearOutOfRange: (year, base, target) =>
      `补充数值的年份${year}年不在${base === null ? '' : `基期${base}年之后、`}目标年${target}年及之前，已忽略。`,
    valueNotUsed: (year, dataYear) => `补充的${year}年数值早于规划中的${dataYear}年数据，未采用。`,
    invalidVariant: (input) => `variant 属性值“${input}”无效，应为 bullet 或 arc；已使用 bullet。`,
  },
  en: {
    ofTarget: 'of target',
    targetHeading: (document, year) => `${document} · ${year} target`,
    details: 'Details',
    requiredGrowth: 'Annual growth needed',
    observedGrowth: 'Annual growth observed',
    targetQuote: 'Target as written',
    sourceNotGiven: 'source not given',
    unit: (u) => `Unit: ${u}`,
    noTargets: (name) => `The plans set no target for ${name}.`,
    invalidTargetYear: (input, list) =>
      `target-year '${input}' is not a year${list.length ? `; targets exist for ${years('en', list)}` : ''}.`,
    invalidDocument: (input, year, list) =>
      `'${input}' sets no ${year} target; the ${year} target is set by ${formatList(list, 'en', 'disjunction')}.`,
    negativeValue: (input) => `value '${input}' ignored: it must be 0 or more, in the indicator's unit; the plans' figures are shown.`,
    missingValueYear: 'value is set without value-year; the supplied value is ignored.',
    missingValue: 'value-year is set without value; it is ignored.',
    valueYearOutOfRange: (year, base, target) =>
      `The supplied value's year ${year} is not ${base === null ? '' : `after the ${base} baseline and `}at or before the ${target} target year; it is ignored.`,
    valueNotUsed: (year, dataYear) => `The supplied ${year} figure is older than the plans' ${dataYear} figure and is not used.`,
    invalidVariant: (input) => `variant '${input}' is not bullet or arc; bullet is used.`,
  },
};

/**
 * One paragraph saying where the indicator stands against one target, with the numbers a
 * reader needs: "网络零售额2020年11.8万亿元，为“十三五”目标（10万亿元左右）的118%，目标已实现。"
 * Never states a status the data API did not assign. Both languages take the same branches,
 * so each case is decided once and then worded per language.
 */
export function gaugeSummary(ind: Indicator, p: TargetProgress, lang: WidgetLang): string {
  const zh = lang === 'zh-CN';
  const name = indicatorName(ind, lang);
  const t = formatFigure(p.target, ind, lang);
  const doc = documentName(p.target.document, lang);
  // “十三五”目标 from “十三五”规划: the plan's short name without 规划, as Chinese writing cites a plan's goal.
  const docTarget = `${doc.replace(/规划$/, '')}目标`;
  const source = p.latest?.source ? (zh ? `（来源：${p.latest.source}）` : ` (source: ${p.latest.source})`) : '';
  const pct = p.achievement === null ? '' : formatRatio(p.achievement, lang);
  const label = statusLabel(p.status, lang);
  const status = zh ? label : label.toLowerCase();
  const latest = formatFigure(p.latest, ind, lang);

  if (p.latest && (p.status === 'achieved' || p.status === 'not-achieved')) {
    return zh
      ? `${name}${p.latest.year}年${latest}${source}，为${docTarget}（${t}）的${pct}，目标${status}。`
      : `${name}: ${latest} in ${p.latest.year}${source}, ${pct} of the ${doc} target (${t}); target ${status}.`;
  }
  if (p.latest && p.baseline && p.status !== 'cannot-assess') {
    const head = zh
      ? `${name}${p.latest.year}年${latest}${source}，为${docTarget}（${p.target.year}年${t}）的${pct}。`
      : `${name}: ${latest} in ${p.latest.year}${source}, ${pct} of the ${doc} target for ${p.target.year} (${t}).`;
    if (p.reason === 'target-at-or-below-baseline') {
      const level = formatValue(p.baseline.value, ind, lang);
      return zh
        ? `${head}目标不高于${p.baseline.year}年水平（${level}），保持即可；${status}。`
        : `${head} The target is at or below the ${p.baseline.year} level (${level}), so holding that level is enough; ${status}.`;
    }
    const required = formatGrowth(p.requiredGrowth ?? NaN, lang);
    return zh
      ? `${head}${p.baseline.year}年以来年均${growthZh(p.observedGrowth)}，实现目标需年均增长${required}：${status}。`
      : `${head} Average annual change since ${p.baseline.year}: ${growthEn(p.observedGrowth)}; needed to reach the target: ${required} a year; ${status}.`;
  }
  // Cannot be assessed: say what is missing, and what the target asks for where that is known.
  const head = zh ? `${name}：${doc}提出${p.target.year}年目标为${t}。` : `${name}: the ${doc} sets a target of ${t} for ${p.target.year}.`;
  if (p.baseline && p.requiredGrowth !== null && !p.latest) {
    const level = formatValue(p.baseline.value, ind, lang);
    const required = formatGrowth(p.requiredGrowth, lang);
    return zh
      ? `${head}规划中${p.baseline.year}年（${level}）以后尚无数据，无法评估进展；实现目标需从${p.baseline.year}年起年均增长约${required}。`
      : `${head} The plans give no figure after ${p.baseline.year} (${level}), so progress cannot be assessed; the target needs about ${required} a year from ${p.baseline.year}.`;
  }
  if (zh) {
    const figure = p.latest ? `最新数据为${p.latest.year}年${latest}${source}，为目标的${pct}。` : '';
    return `${head}${figure}规划未给出可用于比较的基期数据，无法评估进展。`;
  }
  const figure = p.latest ? ` The latest figure is ${latest} in ${p.latest.year}${source}, ${pct} of the target.` : '';
  return `${head}${figure} The plans give no earlier figure to measure progress from, so it cannot be assessed.`;
}

function growthZh(rate: number | null): string {
  if (rate === null) return '变化未知';
  return rate < 0 ? `下降${formatGrowth(-rate, 'zh-CN')}` : `增长${formatGrowth(rate, 'zh-CN')}`;
}

function growthEn(rate: number | null): string {
  return rate === null ? 'unknown' : formatGrowth(rate, 'en', 1, { sign: true });
}

/**
 * The short line under the status: what the verdict rests on, or what is missing.
 * "2020年以后尚无数据；需年均增长约7.6%" / "+9.3% a year since 2020; 7.6% needed". Null when the
 * status and percent say it all (a passed target year).
 */
export function statusNote(indicator: Indicator, p: TargetProgress, lang: WidgetLang): string | null {
  const zh = lang === 'zh-CN';
  const required = p.requiredGrowth === null ? null : formatGrowth(p.requiredGrowth, lang);
  if (p.status === 'achieved' || p.status === 'not-achieved') return null;
  if (p.status === 'cannot-assess') {
    if (p.baseline && required !== null && !p.latest) {
      return zh
        ? `${p.baseline.year}年以后尚无数据；需从${p.baseline.year}年起年均增长约${required}`
        : `No figure after ${p.baseline.year}; needs about ${required} a year from ${p.baseline.year}`;
    }
    return zh ? '缺少基期数据' : 'No baseline figure to measure from';
  }
  if (!p.baseline) return null;
  if (p.reason === 'target-at-or-below-baseline') {
    const level = formatValue(p.baseline.value, indicator, lang);
    return zh ? `目标不高于${p.baseline.year}年水平（${level}）` : `Target at or below the ${p.baseline.year} level (${level})`;
  }
  return zh
    ? `${p.baseline.year}年以来年均${growthZh(p.observedGrowth)}；需${required}`
    : `${growthEn(p.observedGrowth)} a year since ${p.baseline.year}; ${required} needed`;
}

export interface KeyEntry {
  kind: 'baseline' | 'latest' | 'target';
  /** Baseline / Latest / Target (Supplied figure for a caller's value). */
  term: string;
  /** "2020年 · 11.8万亿元" */
  description: string;
  /** The citation of a supplied figure, or the document a plan figure is quoted from. */
  source: string | null;
}

/** The key beside the chart: each figure with its year, unit and qualifier in words. */
export function keyEntries(indicator: Indicator, p: TargetProgress, lang: WidgetLang): KeyEntry[] {
  const m = messages[lang];
  const words = gaugeWords[lang];
  const entry = (year: number, text: string) => `${formatYear(year, lang)} · ${text}`;
  const out: KeyEntry[] = [];
  if (p.baseline) {
    out.push({
      kind: 'baseline',
      term: m.baseline,
      description: entry(p.baseline.year, formatFigure(p.baseline, indicator, lang)),
      source: p.baseline.observation ? documentName(p.baseline.observation.document, lang) : null,
    });
  }
  if (p.latest) {
    const supplied = !p.latest.observation;
    out.push({
      kind: 'latest',
      term: supplied ? m.supplied : m.latest,
      description: entry(p.latest.year, formatFigure(p.latest, indicator, lang)),
      source: supplied ? p.latest.source || words.sourceNotGiven : documentName(p.latest.observation!.document, lang),
    });
  }
  const type = p.target.target_type ? ` · ${m.targetType[p.target.target_type]}` : '';
  out.push({
    kind: 'target',
    term: m.target,
    description: entry(p.target.year, formatFigure(p.target, indicator, lang)) + type,
    source: documentName(p.target.document, lang),
  });
  return out;
}
