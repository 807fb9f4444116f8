/**
 * The one-paragraph summary of an indicator chart, in the widget's language: where the series
 * starts, where it stands last, and each target with its outcome or what it still requires.
 * It is the chart's accessible name and the `summary` property, so it is built from the same
 * data and the same formatter as the picture. Pure: plain strings out, never HTML.
 */
import { listDocuments } from '../data/selectors.js';
import type { TargetProgress } from '../data/targets.js';
import type { Indicator, Qualifier, SuppliedObservation } from '../data/types.js';
import { formatGrowth, formatRatio, messages, type WidgetLang } from '../format/index.js';
import { formatFigure } from '../format/number.js';
import { indicatorName } from '../format/text.js';

export interface SummaryPoint {
  year: number;
  value: number;
  qualifier: Qualifier;
}

export interface IndicatorSummaryInput {
  indicator: Indicator;
  lang: WidgetLang;
  /** The actual values shown, any order. */
  actuals: readonly SummaryPoint[];
  /** Figures supplied by the page, shown and cited. */
  supplied?: readonly SuppliedObservation[];
  /** Each target shown, as `progress()` assessed it. */
  targets?: readonly TargetProgress[];
  /**
   * The year the sources reach: a target before it with no reported figure is "not reported",
   * one after it is still open. Default: the year of the newest document in the dataset.
   */
  asOf?: number;
}

/** The newest document's year (2021 for the 14th plan): what "now" means for the bundled data. */
export function sourcesYear(): number {
  return Math.max(...listDocuments().map((d) => Number.parseInt(d.date, 10)).filter(Number.isFinite));
}

/** The paragraph: opening figures, supplied figures, then one sentence per target. */
export function indicatorSummary(input: IndicatorSummaryInput): string {
  const { indicator, lang } = input;
  const asOf = input.asOf ?? sourcesYear();
  const parts = [
    openingSentence(indicator, lang, input.actuals),
    ...(input.supplied ?? []).map((s) => suppliedSentence(indicator, lang, s)),
    ...(input.targets ?? []).map((p) => targetSentence(p, indicator, lang, asOf)),
  ];
  return parts.join(lang === 'zh-CN' ? '' : ' ');
}

/** "网络零售额2010年为5131亿元，2020年增至11.8万亿元。" / "Online retail sales: 513.1 billion yuan in 2010, rising to 11.8 trillion yuan in 2020." */
export function openingSentence(indicator: Indicator, lang: WidgetLang, actuals: readonly SummaryPoint[]): string {
  const zh = lang === 'zh-CN';
  const name = indicatorName(indicator, lang);
  const sorted = [...actuals].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return zh ? `${name}：规划中没有实际数据。` : `${name}: the plans give no actual figures.`;
  const v = (p: SummaryPoint) => formatFigure(p, indicator, lang);
  if (first === last) return zh ? `${name}${first.year}年为${v(first)}。` : `${name}: ${v(first)} in ${first.year}.`;
  const direction = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'flat';
  const verb = (zh ? { up: '增至', down: '降至', flat: '仍为' } : { up: 'rising to', down: 'falling to', flat: 'unchanged at' })[direction];
  return zh
    ? `${name}${first.year}年为${v(first)}，${last.year}年${verb}${v(last)}。`
    : `${name}: ${v(first)} in ${first.year}, ${verb} ${v(last)} in ${last.year}.`;
}

/** "补充数据：2024年15.5万亿元（来源：国家统计局）。" / "Supplied figure: 15.5 trillion yuan in 2024 (source: NBS)." */
export function suppliedSentence(indicator: Indicator, lang: WidgetLang, s: SuppliedObservation): string {
  const value = formatFigure(s, indicator, lang);
  return lang === 'zh-CN'
    ? `${messages[lang].supplied}：${s.year}年${value}（来源：${s.source}）。`
    : `${messages[lang].supplied}: ${value} in ${s.year} (source: ${s.source}).`;
}

/**
 * One target and where it stands, never with a status the data API did not assign:
 * "“十三五”规划目标：2020年10万亿元左右，实际11.8万亿元，完成118%，已实现。"
 * "14th Five-Year Plan target for 2025: 17 trillion yuan, needing about 7.6% growth a year from 2020."
 */
export function targetSentence(p: TargetProgress, indicator: Indicator, lang: WidgetLang, asOf = sourcesYear()): string {
  const zh = lang === 'zh-CN';
  const m = messages[lang];
  const t = p.target;
  const doc = m.documents[t.document];
  const goal = formatFigure(t, indicator, lang);
  const head = zh ? `${doc}目标：${t.year}年${goal}` : `${doc} target for ${t.year}: ${goal}`;
  const latest = formatFigure(p.latest, indicator, lang);
  const supplied = p.latest !== null && !p.latest.observation;
  const pct = p.achievement === null ? '' : formatRatio(p.achievement, lang);
  const status = zh ? m.status[p.status] : m.status[p.status].toLowerCase();

  if (p.latest && (p.status === 'achieved' || p.status === 'not-achieved')) {
    if (zh) return `${head}，${supplied ? `补充数据${p.latest.year}年` : '实际'}${latest}，完成${pct}，${status}。`;
    const actual = supplied ? `supplied ${p.latest.year} figure ${latest}` : `actual ${latest}`;
    return `${head}; ${actual}, ${pct} of target, ${status}.`;
  }
  if (t.year < asOf) {
    return zh ? `${head}，规划未报告该年实际数据。` : `${head}; the plans report no figure for that year.`;
  }
  if (p.latest && p.status !== 'cannot-assess') {
    const required = p.requiredGrowth === null ? '' : formatGrowth(p.requiredGrowth, lang);
    const observed = p.observedGrowth === null ? '' : formatGrowth(p.observedGrowth, lang);
    const basis = zh
      ? `按${p.latest.year}年${supplied ? '补充数据' : ''}${latest}计算`
      : `on the ${supplied ? 'supplied ' : ''}${p.latest.year} figure of ${latest}`;
    if (p.reason === 'target-at-or-below-baseline') return zh ? `${head}；${basis}，${status}。` : `${head}; ${basis}, ${status}.`;
    return zh
      ? `${head}；${basis}，${status}（需年均增长${required}，实际年均增长${observed}）。`
      : `${head}; ${basis}, ${status} (needs ${required} a year, observed ${observed}).`;
  }
  if (p.baseline && p.requiredGrowth !== null) {
    const required = formatGrowth(p.requiredGrowth, lang);
    return zh
      ? `${head}，需自${p.baseline.year}年起年均增长约${required}。`
      : `${head}, needing about ${required} growth a year from ${p.baseline.year}.`;
  }
  return zh ? `${head}。` : `${head}.`;
}

