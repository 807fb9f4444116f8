/**
 * A linear scale: the part of d3-scale's `scaleLinear` the layouts use (domain, range, clamp,
 * nice, ticks) with the same chained API. d3-scale's linear scale interpolates through
 * d3-interpolate, which pulls in d3-color for colour ranges. That is about 16 KB of the
 * single-file build, all of it unused when both domain and range are numbers.
 *
 * The maths is still D3's. Ticks and nice domains come from d3-array, which d3-scale itself
 * calls. The mapping uses d3-scale's formulas (normalise to t, then `a * (1 - t) + b * t`,
 * with a descending domain flipped together with its range), so positions match it to the
 * last bit. One deliberate difference: `nice()` is d3-array's `nice`, which cannot overshoot
 * by a float error the way d3-scale 4.0.3's own loop can (it niced [0, 0.14] to [0, 0.16]).
 */
import { nice as niceExtent, ticks } from 'd3-array';

export interface LinearScale {
  /** The range value for a domain value. A degenerate domain maps to the middle of the range; NaN maps to NaN. */
  (value: number): number;
  domain(): [number, number];
  /** Sets the domain: two numbers, either order. */
  domain(domain: readonly number[]): LinearScale;
  range(): [number, number];
  /** Sets the range: two numbers, either order. */
  range(range: readonly number[]): LinearScale;
  clamp(): boolean;
  /** Whether values outside the domain map to the ends of the range rather than beyond them. */
  clamp(clamp: boolean): LinearScale;
  /** Widens the domain to round numbers, so that about `count` ticks (default 10) start and end on it. */
  nice(count?: number): LinearScale;
  /** About `count` (default 10) round values inside the domain, as d3-array's `ticks`. */
  ticks(count?: number): number[];
}

/** Two numbers, or a loud error: this scale has no piecewise (polylinear) mode. */
function pair(name: string, values: readonly number[]): [number, number] {
  if (values.length !== 2) throw new Error(`invalid ${name}: ${values}`);
  return [+values[0]!, +values[1]!];
}

/** A linear scale with domain [0, 1], range [0, 1] and no clamping, as `d3.scaleLinear()`. */
export function scaleLinear(): LinearScale {
  let domain: [number, number] = [0, 1];
  let range: [number, number] = [0, 1];
  let clamp = false;

  const scale = ((value: number) => {
    let [d0, d1] = domain;
    let [r0, r1] = range;
    if (clamp) value = Math.max(Math.min(d0, d1), Math.min(Math.max(d0, d1), value));
    if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
    const span = d1 - d0;
    const t = span ? (value - d0) / span : span === 0 ? 0.5 : NaN;
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;

  scale.domain = ((values?: readonly number[]) =>
    values ? ((domain = pair('domain', values)), scale) : [...domain]) as LinearScale['domain'];
  scale.range = ((values?: readonly number[]) =>
    values ? ((range = pair('range', values)), scale) : [...range]) as LinearScale['range'];
  scale.clamp = ((on?: boolean) => (on === undefined ? clamp : ((clamp = on), scale))) as LinearScale['clamp'];
  scale.nice = (count = 10) => {
    const [d0, d1] = domain;
    const [lo, hi] = niceExtent(Math.min(d0, d1), Math.max(d0, d1), count);
    domain = d1 < d0 ? [hi, lo] : [lo, hi];
    return scale;
  };
  scale.ticks = (count = 10) => ticks(domain[0], domain[1], count);
  return scale;
}
