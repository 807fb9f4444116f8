/**
 * Tick density that adapts to the space available: as many ticks as fit without crowding,
 * never fewer than two. D3 does the arithmetic (nice domains, tick steps).
 */
import { tickStep, ticks } from 'd3-array';
import { scaleLinear } from './linear-scale.js';

export interface ValueTicks {
  /** The domain extended to nice round numbers, so the top tick closes the axis. */
  domain: [number, number];
  ticks: number[];
  /** Distance between ticks, for formatting them with the right number of decimals. */
  step: number;
}

/**
 * Ticks for a value axis of `length` px: about one tick per `spacing` px (36 px leaves room
 * for a line of text and air around it), on a nice domain that includes `domain`.
 */
export function valueTicks(domain: readonly [number, number], length: number, spacing = 36): ValueTicks {
  let [lo, hi] = domain;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) hi = lo === 0 ? 1 : lo + Math.abs(lo);
  const count = Math.max(2, Math.min(10, Math.floor(length / spacing)));
  const scale = scaleLinear().domain([lo, hi]).nice(count);
  const [niceLo, niceHi] = scale.domain() as [number, number];
  const list = ticks(niceLo, niceHi, count);
  const step = list.length > 1 ? list[1]! - list[0]! : tickStep(niceLo, niceHi, count);
  return { domain: [niceLo, niceHi], ticks: list, step };
}

/**
 * Steps a year axis may take, smallest first. No 2: every other year from an odd start
 * (2016, 2018 …) would skip the plan boundaries (2015, 2020, 2025) where the data sit.
 */
const YEAR_STEPS = [1, 5, 10, 25, 50, 100];

/**
 * Years to label on an axis from `start` to `end` (inclusive) spread over `length` px, given
 * the widest label in px. The step is the smallest that leaves `gap` px between labels;
 * ticks fall on multiples of the step (2010, 2015, 2020) so they line up with the plans.
 */
export function yearTicks(start: number, end: number, length: number, labelWidth: number, gap = 10): number[] {
  const first = Math.ceil(Math.min(start, end));
  const last = Math.floor(Math.max(start, end));
  if (last < first) return [];
  const span = Math.max(1, Math.max(start, end) - Math.min(start, end));
  const pxPerYear = length / span;
  const step = YEAR_STEPS.find((s) => s * pxPerYear >= labelWidth + gap) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!;
  const years: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) years.push(y);
  // A single-year chart (or a step wider than the range) still names a year.
  if (years.length === 0) years.push(first);
  return years;
}
