/** Axis-aligned boxes, the currency of label placement and hit testing. */

export interface Box {
  /** Left edge, px. */
  x: number;
  /** Top edge, px. */
  y: number;
  width: number;
  height: number;
}

/** True when two boxes overlap by more than a hair (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  const epsilon = 0.01;
  return (
    a.x < b.x + b.width - epsilon &&
    b.x < a.x + a.width - epsilon &&
    a.y < b.y + b.height - epsilon &&
    b.y < a.y + a.height - epsilon
  );
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Box, inner: Box): boolean {
  const epsilon = 0.01;
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    inner.x + inner.width <= outer.x + outer.width + epsilon &&
    inner.y + inner.height <= outer.y + outer.height + epsilon
  );
}

/** A square box of side 2r centred on a point: the footprint of a marker. */
export function boxAround(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/**
 * Small boxes along a polyline, so that labels can avoid a drawn line and not only its
 * markers. `step` is the spacing in px; `r` the half-thickness counted as occupied.
 */
export function boxesAlong(points: readonly (readonly [number, number])[], r: number, step = 6): Box[] {
  const boxes: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 0; k <= n; k++) {
      const t = k / n;
      boxes.push(boxAround(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, r));
    }
  }
  return boxes;
}

/** Rounds to 3 decimals: stable SVG attributes and snapshot-friendly path strings. */
export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
