/**
 * The one-paragraph summary of an indicator chart, in the widget's language: where the series
 * starts, where it stands last, and each target with its outcome or what it still requires.
 * It is the chart's accessible name and the `summary` property, so it is built from the same
 * data and the same formatter as the picture. Pure: plain strings out, never HTML.
 */
import { asOf } from '../data/selectors.js';
import type { TargetProgress } from '../data/targets.js';
import type { Indicator, Qualifier, SuppliedObservation } from '../data/types.js';
import { formatGrowth, formatRatio, type WidgetLang } from '../format/index.js';
import { formatFigure } from '../format/number.js';
import { indicatorName } from '../format/text.js';
import { documentName, verdictBasis } from './gauge-summary.js';
import { indicatorMessages } from '../format/messages.js';

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

/** The year of the dataset's figures-as-of date: what "now" means for the bundled data. */
export function sourcesYear(): number {
  return Number.parseInt(asOf(), 10);
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
  return parts.join(indicatorMessages[lang].sentenceJoin);
}

/** "网络零售额2010年为5131亿元，2020年增至11.8万亿元。" / "Online retail sales: 513.1 billion yuan in 2010, rising to 11.8 trillion yuan in 2020." */
export function openingSentence(indicator: Indicator, lang: WidgetLang, actuals: readonly SummaryPoint[]): string {
  const m = indicatorMessages[lang];
  const name = indicatorName(indicator, lang);
  const sorted = [...actuals].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return m.noActuals(name);
  const v = (p: SummaryPoint) => formatFigure(p, indicator, lang);
  if (first === last) return m.oneActual(name, first.year, v(first));
  const direction = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'flat';
  return m.opening(name, first.year, v(first), last.year, v(last), direction);
}

/** "补充数据：2024年15.5万亿元（来源：国家统计局）。" / "Supplied figure: 15.5 trillion yuan in 2024 (source: NBS)." */
export function suppliedSentence(indicator: Indicator, lang: WidgetLang, s: SuppliedObservation): string {
  return indicatorMessages[lang].suppliedSentence(s.year, formatFigure(s, indicator, lang), s.source);
}

/**
 * One target and where it stands, never with a status the data API did not assign:
 * "“十三五”规划目标：2020年10万亿元左右，实际11.8万亿元，完成118%，已实现。"
 * "14th Five-Year Plan target for 2025: 17 trillion yuan, needing about 7.6% growth a year from 2020."
 */
export function targetSentence(p: TargetProgress, indicator: Indicator, lang: WidgetLang, asOf = sourcesYear()): string {
  const m = indicatorMessages[lang];
  const t = p.target;
  const head = m.targetHead(documentName(t.document, lang), t.year, formatFigure(t, indicator, lang));
  const latest = formatFigure(p.latest, indicator, lang);
  const supplied = p.latest !== null && !p.latest.observation;
  const pct = p.achievement === null ? '' : formatRatio(p.achievement, lang);

  if (p.latest && (p.status === 'achieved' || p.status === 'not-achieved')) {
    return m.targetOutcome(head, latest, supplied ? p.latest.year : null, pct, p.status, m.verdictBasis(...verdictBasis(indicator, p, lang)));
  }
  if (p.reason === 'no-official-figure-after') return m.targetNoOfficialFigure(head, m.noOfficialFigureAfter(p.newestFigureYear));
  if (t.year < asOf) return m.targetNotReported(head);
  if (p.latest && p.status !== 'cannot-assess') {
    const basis = m.reckonedOn(p.latest.year, latest, supplied);
    if (p.reason === 'target-at-or-below-baseline') return m.targetHeld(head, basis, p.status);
    const required = p.requiredGrowth === null ? '' : formatGrowth(p.requiredGrowth, lang);
    const observed = p.observedGrowth === null ? '' : formatGrowth(p.observedGrowth, lang);
    return m.targetPace(head, basis, p.status, required, observed);
  }
  if (p.baseline && p.requiredGrowth !== null) return m.targetNeeds(head, formatGrowth(p.requiredGrowth, lang), p.baseline.year);
  return m.targetOnly(head);
}
