import { dataset } from './dataset.js';
import { getDocument, series, targets, type SeriesPoint, type TargetPoint } from './selectors.js';
import type { DocumentId, Observation, Qualifier, SuppliedObservation } from './types.js';

/**
 * How a target year's actual compares with the target. "About" targets (10万亿元左右) are met
 * within 5% below; "over" targets need the actual above the target; others need it reached.
 * Every indicator in the dataset is higher-is-better, so a shortfall is always below.
 */
export interface TargetOutcome {
  target: TargetPoint;
  /** The actual figure for the target year, if any text reports one. */
  actual: SeriesPoint | null;
  /** actual ÷ target, or null without an actual. */
  ratio: number | null;
  /** null while the target year has no reported actual. */
  met: boolean | null;
}

/** Tolerance below an "about" (左右/约) target that still counts as meeting it. */
export const ABOUT_TOLERANCE = 0.05;

/** The actual of the target year, the achievement ratio, and met or missed (qualifiers honoured). */
export function outcome(target: TargetPoint): TargetOutcome {
  const actual = series(target.observation.indicator).find((p) => p.year === target.year) ?? null;
  if (!actual || target.value === 0) return { target, actual, ratio: null, met: null };
  const ratio = actual.value / target.value;
  return { target, actual, ratio, met: meets(actual.value, actual.qualifier, target.value, target.qualifier) };
}

function meets(actual: number, actualQualifier: Qualifier, target: number, targetQualifier: Qualifier): boolean {
  switch (targetQualifier) {
    case 'over':
      // "超过70%" reported against a "超过70%" target clears it.
      return actual > target || (actual === target && actualQualifier === 'over');
    case 'about':
    case 'nearly':
      return actual >= target * (1 - ABOUT_TOLERANCE);
    case 'at-least':
    case 'exact':
      return actual >= target;
  }
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
  /** The dataset observation, when the figure comes from a plan text. */
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
  /** Compound annual growth needed from the baseline to reach the target. */
  requiredGrowth: number | null;
  /** Compound annual growth observed from the baseline to the latest figure. */
  observedGrowth: number | null;
  /** observedGrowth ÷ requiredGrowth (R); null when either is unknown. */
  growthRatio: number | null;
  /** latest ÷ target. */
  achievement: number | null;
  status: ProgressStatus;
  /** Why the status is what it is, for messages: `no-baseline`, `no-data-after-baseline`, … */
  reason?: 'no-baseline' | 'no-data-after-baseline' | 'target-year-without-actual' | 'target-at-or-below-baseline';
}

export interface ProgressOptions {
  /** A newer figure than the plans have (a newsroom's latest official value). */
  latest?: SuppliedObservation;
  /** Which document's target, where two set one for the same year. Default: the newest. */
  document?: DocumentId;
}

/** The newest year any text reports an actual for: targets before it have passed. */
const newestDataYear = Math.max(...dataset.observations.filter((o) => o.kind === 'actual').map((o) => o.year));

/** Thresholds on R from Statistics Canada / Open SDG. */
const ON_TRACK = 0.95;
const ACCELERATION = 0.6;

/**
 * Required vs observed compound annual growth toward a target, their ratio R and the status:
 * R ≥ 95% on track, 60–95% acceleration needed, 0–60% limited progress, < 0 deterioration.
 * A target year with an actual → achieved / not achieved. Too little data → cannot be
 * assessed; a status is never guessed. Returns undefined when there is no such target.
 */
export function progress(indicatorId: string, targetYear: number, options: ProgressOptions = {}): TargetProgress | undefined {
  const candidates = targets(indicatorId).filter((t) => t.year === targetYear);
  const target = options.document
    ? candidates.find((t) => t.document === options.document)
    : candidates.pop();
  if (!target) return undefined;

  const history = series(indicatorId).map(toPoint);
  const baseline = findBaseline(history, target);
  // Only figures between the baseline and the target year say anything about this target:
  // a 2023 value cannot overturn a 2020 verdict, nor can one older than the baseline.
  const inWindow = (p: ProgressPoint) => (!baseline || p.year > baseline.year) && p.year <= target.year;
  const supplied = options.latest ? suppliedPoint(options.latest) : null;
  const fromData = (baseline && history.filter(inWindow).pop()) ?? null;
  const usable = supplied && inWindow(supplied) ? supplied : null;
  const latest = usable && (!fromData || usable.year >= fromData.year) ? usable : fromData;

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
  };

  // The target year is reached: the verdict is the outcome, not a trend.
  if (latest && latest.year >= target.year) {
    const met = meets(latest.value, latest.qualifier, target.value, target.qualifier);
    return { ...base, status: met ? 'achieved' : 'not-achieved' };
  }
  if (target.year < newestDataYear) {
    // The year has passed (the texts report later years) but no text gives its outcome.
    return { ...base, reason: 'target-year-without-actual' };
  }
  // No baseline, or one growth cannot be measured from (zero): nothing to measure progress from.
  const requiredGrowth = baseline && cagr(baseline.value, target.value, target.year - baseline.year);
  if (!baseline || requiredGrowth === null) return { ...base, reason: 'no-baseline' };
  // Null without a figure after the baseline (or with one no growth can be measured to): no trend, see below.
  const observedGrowth = latest ? cagr(baseline.value, latest.value, latest.year - baseline.year) : null;
  if (latest && requiredGrowth <= 0) {
    // A target at or below the baseline: holding the level is enough.
    const holding = latest.value >= target.value;
    return { ...base, requiredGrowth, observedGrowth, status: holding ? 'on-track' : 'deterioration', reason: 'target-at-or-below-baseline' };
  }
  if (observedGrowth === null) return { ...base, requiredGrowth, reason: 'no-data-after-baseline' };
  const growthRatio = observedGrowth / requiredGrowth;
  return { ...base, requiredGrowth, observedGrowth, growthRatio, status: statusFromRatio(growthRatio) };
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
