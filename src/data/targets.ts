import { dataset, documentsById, indicatorsById } from './dataset.js';
import {
  figureSource,
  getDocument,
  judgedOn,
  notes,
  series,
  targets,
  type FigureSource,
  type SeriesPoint,
  type TargetPoint,
} from './selectors.js';
import type { DatasetNote, DocumentId, Observation, Qualifier, SuppliedObservation } from './types.js';

/**
 * How a target year's actual compares with the target. "About" targets (10万亿元左右) are met
 * within 5% below; "over" targets need the actual above the target; others need it reached.
 * Every indicator in the dataset is higher-is-better, so a shortfall is always below.
 */
export interface TargetOutcome {
  target: TargetPoint;
  /** The actual figure for the target year, if any text or release reports one. */
  actual: SeriesPoint | null;
  /** actual ÷ target, or null without an actual. */
  ratio: number | null;
  /** null while the target year has no reported actual. */
  met: boolean | null;
  /** Id of the indicator whose figures judged the target: its own, or the series its `judged_on` names. */
  judgedOn: string;
  /** Where the actual comes from: document, observation and a short label ("NBS, 2026"). */
  source: FigureSource | null;
  /** True when the target is met on the newest published vintage but not on the first one. */
  metOnRevisedFigure: boolean;
  /** Notes on the definitions behind the verdict (which series judged it and why). */
  notes: DatasetNote[];
  /** Without an actual: the year of the newest figure there is (null when there is none). */
  newestFigureYear: number | null;
  /** A multiple target (翻两番): the levels at the two ends of its period and their ratio. */
  multiple?: MultipleOutcome;
}

/** A multiple target judged from the level series: ×4 over 2010–2015 from 4.5 and 21.8 万亿元. */
export interface MultipleOutcome {
  /** The level indicator the multiple is computed from (its `multiple_of`). */
  levelIndicator: string;
  /** The level at the start of the target's period. */
  start: SeriesPoint;
  /** The level at the end of the target's period. */
  end: SeriesPoint;
  /** end ÷ start. */
  multiple: number;
  /** multiple ÷ target multiple. */
  ratio: number;
  met: boolean;
}

/**
 * Tolerance below an "about" (左右/约) or "nearly" (接近) target that still counts as meeting
 * it: 10万亿元左右 is met from 9.5万亿元. progress() measures the growth a target requires
 * to this same threshold, so "on track" and "achieved" cannot disagree.
 */
export const ABOUT_TOLERANCE = 0.05;

/**
 * The lowest value that meets a target: the target itself, or 5% below it for an "about" or
 * "nearly" target (see ABOUT_TOLERANCE).
 */
export function meetingThreshold(target: Pick<TargetPoint, 'value' | 'qualifier'>): number {
  return target.qualifier === 'about' || target.qualifier === 'nearly' ? target.value * (1 - ABOUT_TOLERANCE) : target.value;
}

/**
 * The actual of the target year, the achievement ratio, and met or missed (qualifiers honoured),
 * judged on the plan's own indicator or the official series its `judged_on` names, from the
 * newest release for the target year. A multiple target is judged from its level series.
 */
export function outcome(target: TargetPoint): TargetOutcome {
  const indicatorId = target.observation.indicator;
  const judged = judgedOn(indicatorId);
  const definitionNotes = judgementNotes(indicatorId);
  const multiple = multipleOutcome(target);
  if (multiple) {
    return {
      target,
      actual: multiplePoint(multiple),
      ratio: multiple.ratio,
      met: multiple.met,
      judgedOn: multiple.levelIndicator,
      source: figureSource(multiple.end.observation) ?? null,
      metOnRevisedFigure: false,
      notes: definitionNotes,
      newestFigureYear: null,
      multiple,
    };
  }
  const history = judgedSeries(indicatorId);
  const actual = history.find((p) => p.year === target.year) ?? null;
  const base = { target, judgedOn: judged, notes: definitionNotes };
  if (!actual || target.value === 0) {
    return {
      ...base,
      actual,
      ratio: null,
      met: null,
      source: null,
      metOnRevisedFigure: false,
      newestFigureYear: newestYear(history),
    };
  }
  const met = meets(actual.value, actual.qualifier, target.value, target.qualifier);
  return {
    ...base,
    actual,
    ratio: actual.value / target.value,
    met,
    source: figureSource(actual.observation) ?? null,
    metOnRevisedFigure: met && metOnlyWhenRevised(actual, target),
    newestFigureYear: null,
  };
}

/**
 * A multiple target (翻两番, 翻一番) judged from the level series it multiplies: the level at
 * the end of the target's period over the level at its start. The 12th plan's ×4 is
 * 21.8 ÷ 4.5 = ×4.84 (met); the 13th plan's ×2 is 37.2 ÷ 21.8 = ×1.71 (missed). Null for a
 * target that is not a multiple, or when either level is missing.
 */
export function multipleOutcome(target: TargetPoint): MultipleOutcome | null {
  const levelIndicator = indicatorsById.get(target.observation.indicator)?.multiple_of;
  const period = target.period ?? target.observation.period;
  if (!levelIndicator || !period) return null;
  const levels = series(levelIndicator);
  const start = levels.find((p) => p.year === period[0]);
  const end = levels.find((p) => p.year === period[1]);
  if (!start || !end || !(start.value > 0)) return null;
  const multiple = end.value / start.value;
  return {
    levelIndicator,
    start,
    end,
    multiple,
    ratio: multiple / target.value,
    met: meets(multiple, 'exact', target.value, target.qualifier),
  };
}

function meets(actual: number, actualQualifier: Qualifier, target: number, targetQualifier: Qualifier): boolean {
  switch (targetQualifier) {
    case 'over':
      // "超过70%" reported against a "超过70%" target clears it.
      return actual > target || (actual === target && actualQualifier === 'over');
    case 'about':
    case 'nearly':
      return actual >= meetingThreshold({ value: target, qualifier: targetQualifier });
    case 'at-least':
    case 'exact':
      return actual >= target;
  }
}

/**
 * True when a year's shown (newest) figure meets the target and its first published vintage
 * did not: the target is met only on a revised figure. Pure; outcome() and progress() use it.
 */
export function metOnlyWhenRevised(
  point: Pick<SeriesPoint, 'observation' | 'vintages'>,
  target: Pick<TargetPoint, 'value' | 'qualifier'>,
): boolean {
  if (!meets(point.observation.value, point.observation.qualifier, target.value, target.qualifier)) return false;
  const first = point.vintages[0];
  return !!first && first !== point.observation && !meets(first.value, first.qualifier, target.value, target.qualifier);
}

/**
 * Progress statuses, as used by Statistics Canada and Open SDG for the SDG indicators, plus
 * the two verdicts for a target year that has passed.
 */
export type ProgressStatus =
  | 'achieved'
  | 'not-achieved'
  | 'on-track'
  | 'acceleration-needed'
  | 'limited-progress'
  | 'deterioration'
  | 'cannot-assess';

/** A figure progress is measured from or to: from the dataset, or supplied by the caller. */
export interface ProgressPoint {
  year: number;
  value: number;
  qualifier: Qualifier;
  /** The dataset observation, when the figure comes from a plan text or a release. */
  observation?: Observation;
  /** The caller's citation, when the figure was supplied. */
  source?: string;
  url?: string;
}

export interface TargetProgress {
  indicator: string;
  target: TargetPoint;
  /** The actual at the plan's base year (the year before its period), or the nearest before it. */
  baseline: ProgressPoint | null;
  /** The newest figure after the baseline (supplied, or from the dataset). */
  latest: ProgressPoint | null;
  /**
   * Compound annual growth needed from the baseline to meet the target: to the target itself,
   * or to 5% below it for an "about" target (see ABOUT_TOLERANCE).
   */
  requiredGrowth: number | null;
  /** Compound annual growth observed from the baseline to the latest figure. */
  observedGrowth: number | null;
  /** observedGrowth ÷ requiredGrowth (R); null when either is unknown. */
  growthRatio: number | null;
  /** latest ÷ target. */
  achievement: number | null;
  status: ProgressStatus;
  /**
   * Why the status is what it is, for messages. `no-official-figure-after`: the target year has
   * passed and no figure for it is in the data; `newestFigureYear` says which year the newest
   * figure is for ("no official figure after 2023").
   */
  reason?:
    | 'no-baseline'
    | 'no-data-after-baseline'
    | 'target-year-without-actual'
    | 'target-at-or-below-baseline'
    | 'no-official-figure-after';
  /** Id of the indicator whose figures judged the target: its own, or its `judged_on` series. */
  judgedOn: string;
  /**
   * Where the latest figure comes from when it is the dataset's: document, observation and
   * label ("NBS, 2026" / "国家统计局，2026"; a plan's short name for a plan figure). Null for a
   * supplied figure (its `source` string names it) or without a latest figure.
   */
  source: FigureSource | null;
  /** True when the verdict is "achieved" only on a revised figure (the first vintage fell short). */
  metOnRevisedFigure: boolean;
  /** Notes on the definitions behind the verdict (which series judged it and why). */
  notes: DatasetNote[];
  /** The year of the newest figure up to the target year in the judged series (null when there is none). */
  newestFigureYear: number | null;
  /** A multiple target (翻两番): the levels and their ratio that judged it. */
  multiple?: MultipleOutcome;
}

export interface ProgressOptions {
  /** A newer figure than the data has (a newsroom's latest official value). */
  latest?: SuppliedObservation;
  /** Which document's target, where two set one for the same year. Default: the newest. */
  document?: DocumentId;
  /**
   * Judge as of this date (YYYY, YYYY-MM or YYYY-MM-DD): only documents published by then
   * count, and a target year before this date's year has passed. Default: the dataset's
   * "figures as of" date (`asOf()`).
   */
  asOf?: string;
}

/** Thresholds on R from Statistics Canada / Open SDG. */
const ON_TRACK = 0.95;
const ACCELERATION = 0.6;

/**
 * Required vs observed compound annual growth toward a target, their ratio R and the status:
 * R ≥ 95% on track, 60–95% acceleration needed, 0–60% limited progress, < 0 deterioration.
 * A target year with an actual → achieved / not achieved, judged on the plan's own indicator
 * (or the official series its `judged_on` names) from the newest release for that year; a
 * multiple target from its level series. A passed target year without an actual → cannot be
 * assessed, reason `no-official-figure-after` with `newestFigureYear`. Too little data →
 * cannot be assessed; a status is never guessed. Undefined when there is no such target.
 */
export function progress(indicatorId: string, targetYear: number, options: ProgressOptions = {}): TargetProgress | undefined {
  const candidates = targets(indicatorId).filter((t) => t.year === targetYear);
  const target = options.document
    ? candidates.find((t) => t.document === options.document)
    : candidates.pop();
  if (!target) return undefined;

  const asOfDate = options.asOf ?? dataset.as_of;
  const asOfYear = Number.parseInt(asOfDate, 10);
  const judged = judgedOn(indicatorId);
  const definitionNotes = judgementNotes(indicatorId);

  const multiple = publishedBy(asOfDate, multipleOutcome(target));
  if (indicatorsById.get(indicatorId)?.multiple_of) return multipleProgress(indicatorId, target, multiple, definitionNotes, asOfYear);

  const history = judgedSeries(indicatorId, asOfDate).map(toPoint);
  const baseline = findBaseline(history, target);
  // Only figures between the baseline and the target year say anything about this target:
  // a 2023 value cannot overturn a 2020 verdict, nor can one older than the baseline.
  const inWindow = (p: ProgressPoint) => (!baseline || p.year > baseline.year) && p.year <= target.year;
  const supplied = options.latest ? suppliedPoint(options.latest) : null;
  const fromData = (baseline && history.filter(inWindow).pop()) ?? null;
  const usable = supplied && inWindow(supplied) ? supplied : null;
  const latest = usable && (!fromData || usable.year >= fromData.year) ? usable : fromData;
  const latestPoint = latest?.observation ? judgedSeries(indicatorId, asOfDate).find((p) => p.observation === latest.observation) : undefined;

  const base: TargetProgress = {
    indicator: indicatorId,
    target,
    baseline,
    latest,
    requiredGrowth: null,
    observedGrowth: null,
    growthRatio: null,
    achievement: latest && target.value !== 0 ? latest.value / target.value : null,
    status: 'cannot-assess',
    judgedOn: judged,
    source: latest?.observation ? (figureSource(latest.observation) ?? null) : null,
    metOnRevisedFigure: false,
    notes: definitionNotes,
    newestFigureYear: newestYear(history.filter((p) => p.year <= target.year)),
  };

  // The target year is reached: the verdict is the outcome, not a trend.
  if (latest && latest.year >= target.year) {
    const met = meets(latest.value, latest.qualifier, target.value, target.qualifier);
    const revisedOnly = met && !!latestPoint && metOnlyWhenRevised(latestPoint, target);
    return { ...base, status: met ? 'achieved' : 'not-achieved', metOnRevisedFigure: revisedOnly };
  }
  // No baseline, or one growth cannot be measured from (zero): nothing to measure progress from.
  const requiredGrowth = baseline && cagr(baseline.value, meetingThreshold(target), target.year - baseline.year);
  // Null without a figure after the baseline (or with one no growth can be measured to).
  const observedGrowth = baseline && latest ? cagr(baseline.value, latest.value, latest.year - baseline.year) : null;
  if (target.year < asOfYear) {
    // The year has passed and no figure for it is in the data: say which year the data stops at.
    // The growth figures stay for context; the status is not guessed from them.
    return {
      ...base,
      requiredGrowth: requiredGrowth ?? null,
      observedGrowth,
      growthRatio: requiredGrowth && observedGrowth !== null ? observedGrowth / requiredGrowth : null,
      reason: 'no-official-figure-after',
    };
  }
  if (!baseline || requiredGrowth === null) return { ...base, reason: 'no-baseline' };
  if (latest && requiredGrowth <= 0) {
    // A target at or below the baseline: holding the level is enough.
    const holding = meets(latest.value, latest.qualifier, target.value, target.qualifier);
    return { ...base, requiredGrowth, observedGrowth, status: holding ? 'on-track' : 'deterioration', reason: 'target-at-or-below-baseline' };
  }
  if (observedGrowth === null) return { ...base, requiredGrowth, reason: 'no-data-after-baseline' };
  const growthRatio = observedGrowth / requiredGrowth;
  return { ...base, requiredGrowth, observedGrowth, growthRatio, status: statusFromRatio(growthRatio) };
}

/** A multiple target's progress: its verdict from the level series once its period has ended. */
function multipleProgress(
  indicatorId: string,
  target: TargetPoint,
  multiple: MultipleOutcome | null,
  definitionNotes: DatasetNote[],
  asOfYear: number,
): TargetProgress {
  const base: TargetProgress = {
    indicator: indicatorId,
    target,
    baseline: multiple ? { year: multiple.start.year, value: 1, qualifier: 'exact', observation: multiple.start.observation } : null,
    latest: multiple ? { year: multiple.end.year, value: multiple.multiple, qualifier: 'exact', observation: multiple.end.observation } : null,
    requiredGrowth: null,
    observedGrowth: null,
    growthRatio: null,
    achievement: multiple ? multiple.ratio : null,
    status: 'cannot-assess',
    judgedOn: indicatorsById.get(indicatorId)?.multiple_of ?? indicatorId,
    source: multiple ? (figureSource(multiple.end.observation) ?? null) : null,
    metOnRevisedFigure: false,
    notes: definitionNotes,
    newestFigureYear: null,
  };
  if (multiple) return { ...base, status: multiple.met ? 'achieved' : 'not-achieved', multiple };
  const levels = series(base.judgedOn);
  return target.year < asOfYear
    ? { ...base, reason: 'no-official-figure-after', newestFigureYear: newestYear(levels) }
    : { ...base, reason: 'no-data-after-baseline' };
}

/** The Open SDG status for a ratio R of observed to required growth. */
export function statusFromRatio(r: number): ProgressStatus {
  if (r >= ON_TRACK) return 'on-track';
  if (r >= ACCELERATION) return 'acceleration-needed';
  if (r >= 0) return 'limited-progress';
  return 'deterioration';
}

/** Compound annual growth rate from `start` to `end` over `years`; null where undefined. */
export function cagr(start: number, end: number, years: number): number | null {
  if (!(years > 0) || !(start > 0) || !(end >= 0) || !Number.isFinite(start) || !Number.isFinite(end)) return null;
  return Math.pow(end / start, 1 / years) - 1;
}

/**
 * The history a target is judged on: the official series the indicator's `judged_on` names,
 * with the plan's own figures for years that series lacks (the 14th plan's 2020 base), as the
 * documents published by `asOfDate` report them.
 */
function judgedSeries(indicatorId: string, asOfDate: string = dataset.as_of): SeriesPoint[] {
  const judged = judgedOn(indicatorId);
  const own = seriesAsOf(indicatorId, asOfDate);
  if (judged === indicatorId) return own;
  const official = seriesAsOf(judged, asOfDate);
  const years = new Set(official.map((p) => p.year));
  return [...official, ...own.filter((p) => !years.has(p.year))].sort((a, b) => a.year - b.year);
}

/** series(id) as it stood on `asOfDate`: only documents published by then, the newest shown. */
export function seriesAsOf(id: string, asOfDate: string): SeriesPoint[] {
  const all = series(id);
  if (asOfDate >= dataset.as_of) return all;
  return all.flatMap((point) => {
    const occurrences = point.occurrences.filter((o) => publishedOnOrBefore(o.document, asOfDate));
    if (occurrences.length === point.occurrences.length) return [point];
    const shown = occurrences.find((o) => o.document === occurrences[0]?.document && o.qualifier === 'exact') ?? occurrences[0];
    if (!shown) return [];
    return [{
      ...point,
      value: shown.value,
      qualifier: shown.qualifier,
      observation: shown,
      occurrences,
      vintages: point.vintages.filter((o) => occurrences.includes(o)),
    }];
  });
}

/** The multiple outcome if both its levels were published by `asOfDate`. */
function publishedBy(asOfDate: string, multiple: MultipleOutcome | null): MultipleOutcome | null {
  if (!multiple || asOfDate >= dataset.as_of) return multiple;
  const known = (p: SeriesPoint) => publishedOnOrBefore(p.observation.document, asOfDate);
  return known(multiple.start) && known(multiple.end) ? multiple : null;
}

/**
 * True when a document was published on or before a date. A document dated to the year or
 * month only counts from the start of it, so a release is never held back by a vague date.
 */
function publishedOnOrBefore(document: DocumentId, date: string): boolean {
  const published = documentsById.get(document)?.date;
  return published !== undefined && published <= date;
}

/** The notes that say how a target's indicator is judged: those shared by it and its judged series. */
function judgementNotes(indicatorId: string): DatasetNote[] {
  const judged = indicatorsById.get(indicatorId)?.judged_on;
  if (!judged) return [];
  return notes(indicatorId).filter((n) => n.indicators.includes(judged));
}

/** A multiple as a series point (value ×4.84 in 2015), for code that reads `actual`. */
function multiplePoint(m: MultipleOutcome): SeriesPoint {
  return {
    year: m.end.year,
    period: [m.start.year, m.end.year],
    value: m.multiple,
    qualifier: 'exact',
    observation: m.end.observation,
    occurrences: [m.end.observation, m.start.observation],
    conflicting: false,
    vintages: [],
    breakBefore: false,
  };
}

function newestYear(points: readonly { year: number }[]): number | null {
  return points.length ? points[points.length - 1]!.year : null;
}

/**
 * The plan's base year is the year before its period (2020 for the 14th plan). Use the actual
 * of that year, else the newest actual before it, else (undated measures) the newest actual
 * before the document's year.
 */
function findBaseline(history: ProgressPoint[], target: TargetPoint): ProgressPoint | null {
  const document = getDocument(target.document);
  const baseYear = (document?.period?.[0] ?? Number.parseInt(document?.date ?? '', 10)) - 1;
  const limit = Number.isFinite(baseYear) ? baseYear : target.year - 1;
  return history.filter((p) => p.year <= limit && p.year < target.year).pop() ?? null;
}

function toPoint(p: SeriesPoint): ProgressPoint {
  return { year: p.year, value: p.value, qualifier: p.qualifier, observation: p.observation };
}

function suppliedPoint(s: SuppliedObservation): ProgressPoint {
  return { year: s.year, value: s.value, qualifier: s.qualifier ?? 'exact', source: s.source, ...(s.url ? { url: s.url } : {}) };
}
