/**
 * SVG path strings for the two shapes the charts draw: a polyline through points and an
 * annular sector. These replace d3-shape's `line()` and `arc()`. Those two bring d3-path and
 * d3-shape's curves, corners and padding, about 17 KB of the single-file build, when the
 * layouts need only straight segments and plain sectors.
 *
 * The output is the string d3 writes for these cases, command for command. Angles are
 * measured the same way, the same epsilons decide the edge cases, and coordinates are
 * rounded to 3 decimals as `.digits(3)` does. Pure: no DOM, so it runs in Node too.
 */

/** A coordinate rounded as d3-path's `digits(3)` rounds it (-0 prints as "0"). */
const r3 = (n: number) => Math.round(n * 1e3) / 1e3;

/** d3-shape's threshold for a zero radius or angle. */
const EPSILON = 1e-12;
/** d3-path's threshold for coincident points and empty arcs. */
const PATH_EPSILON = 1e-6;
const PI = Math.PI;
const TAU = 2 * PI;

/**
 * `M x0,y0 L x1,y1 …` through the points, as `d3.line().digits(3)` with its default linear
 * curve. Null for no points. A lone point is closed on itself ("M x,yZ"), as d3 does.
 */
export function linePath(points: readonly { x: number; y: number }[]): string | null {
  if (!points.length) return null;
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${r3(p.x)},${r3(p.y)}`).join('');
  return points.length === 1 ? path + 'Z' : path;
}

/**
 * An annular sector centred on (0, 0), as `d3.arc().digits(3)`. Angles are in radians,
 * clockwise from 12 o'clock. A sweep of a full turn or more gives a whole ring, and an inner
 * radius of 0 gives a pie slice. No corner radius, no padding.
 */
export function arcPath(innerRadius: number, outerRadius: number, startAngle: number, endAngle: number): string {
  let out = '';
  // The current point, unrounded, as d3-path tracks it to skip a line to where it already is.
  let cx = 0;
  let cy = 0;
  const write = (command: string, ...numbers: number[]) => {
    out += command + numbers.map(r3).join(',');
  };
  const moveTo = (x: number, y: number) => {
    write('M', (cx = x), (cy = y));
  };
  // d3-path's path.arc(0, 0, r, a0, a1, ccw), after a moveTo.
  const arc = (r: number, a0: number, a1: number, ccw: boolean) => {
    const x0 = r * Math.cos(a0);
    const y0 = r * Math.sin(a0);
    const sweep = ccw ? 0 : 1;
    let da = ccw ? a0 - a1 : a1 - a0;
    if (Math.abs(cx - x0) > PATH_EPSILON || Math.abs(cy - y0) > PATH_EPSILON) write('L', x0, y0);
    if (!r) return;
    if (da < 0) da = (da % TAU) + TAU;
    if (da > TAU - PATH_EPSILON) {
      // A whole circle is two half arcs: one arc's ends would coincide and draw nothing.
      write('A', r, r, 0, 1, sweep, -x0, -y0);
      write('A', r, r, 0, 1, sweep, (cx = x0), (cy = y0));
    } else if (da > PATH_EPSILON) {
      const x1 = r * Math.cos(a1);
      const y1 = r * Math.sin(a1);
      // Nearly a full turn whose ends meet once rounded: split it, as d3-path does.
      if (da >= PI && r3(x0) === r3(x1) && r3(y0) === r3(y1)) {
        da /= 2;
        write('A', r, r, 0, +(da >= PI), sweep, r * Math.cos(a0 + da), r * Math.sin(a0 + da));
      }
      write('A', r, r, 0, +(da >= PI), sweep, (cx = x1), (cy = y1));
    }
  };

  let r0 = innerRadius;
  let r1 = outerRadius;
  if (r1 < r0) [r0, r1] = [r1, r0];
  // d3 measures angles from 12 o'clock; cos/sin from 3 o'clock.
  const a0 = startAngle - PI / 2;
  const a1 = endAngle - PI / 2;
  const da = Math.abs(a1 - a0);
  const cw = a1 > a0;

  if (!(r1 > EPSILON)) moveTo(0, 0);
  else if (da > TAU - EPSILON) {
    // A ring: the outer circle, then the inner one drawn the other way round (a hole).
    moveTo(r1 * Math.cos(a0), r1 * Math.sin(a0));
    arc(r1, a0, a1, !cw);
    if (r0 > EPSILON) {
      moveTo(r0 * Math.cos(a1), r0 * Math.sin(a1));
      arc(r0, a1, a0, cw);
    }
  } else {
    moveTo(r1 * Math.cos(a0), r1 * Math.sin(a0));
    if (da > EPSILON) arc(r1, a0, a1, !cw);
    if (!(r0 > EPSILON) || !(da > EPSILON)) write('L', r0 * Math.cos(a1), r0 * Math.sin(a1));
    else arc(r0, a1, a0, cw);
  }
  return out + 'Z';
}
