/**
 * Geometry of a target gauge: a bullet graph (Stephen Few's design) or a semicircular arc,
 * from the three figures of a plan target — baseline, latest, target — and the width
 * available. Pure: numbers and strings in, a ready-to-draw model out (coordinates, path
 * strings, label positions), so the component's render() only maps it to SVG and the
 * same code runs in Node.
 */
import { round3 } from './geometry.js';
import { scaleLinear, type LinearScale } from './linear-scale.js';
import { arcPath } from './paths.js';
import { estimateTextWidth } from './text-metrics.js';
import { valueTicks } from './ticks.js';

/** Narrowest width a gauge is laid out for; a narrower box scales the drawing down instead. */
export const MIN_GAUGE_WIDTH = 200;

/** Bullet graph or semicircular arc. */
export type GaugeVariant = 'bullet' | 'arc';

/** A figure on the gauge and the short label drawn next to it ("Target ≈10"). */
export interface GaugeMark {
  value: number;
  label: string;
}

export interface GaugeLayoutInput {
  target: GaugeMark;
  /** The plan's base-year figure, when known. */
  baseline: GaugeMark | null;
  /** The newest figure; `supplied` when a caller gave it rather than a plan text. */
  latest: (GaugeMark & { supplied: boolean }) | null;
  /** Formats an axis tick (the number only; the unit is labelled once). */
  formatTick: (value: number, step: number) => string;
  /** Size of the labels in px, for width estimates; default 12. */
  fontSize?: number;
}

/** What a band behind the track stands for: before the plan, the distance the plan asks for, beyond the target. */
export type BandKind = 'before-baseline' | 'to-target' | 'beyond-target';

export type GaugeMarkKind = 'target' | 'baseline' | 'latest';

export interface GaugeLabel {
  kind: GaugeMarkKind;
  text: string;
  x: number;
  /** Baseline of the text. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A thin line from the label to its mark, when the label sits away from it. */
  leader: { x: number; y1: number; y2: number } | null;
}

export interface Tick {
  value: number;
  label: string;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface BulletModel {
  variant: 'bullet';
  width: number;
  height: number;
  /** [0, max] in the indicator's unit, niced. */
  domain: [number, number];
  track: { x: number; y: number; width: number; height: number };
  bands: Array<{ kind: BandKind; x: number; width: number }>;
  /** The featured measure: the latest figure, from zero. */
  bar: { x: number; y: number; width: number; height: number; supplied: boolean } | null;
  target: { x: number; y1: number; y2: number };
  baseline: { x: number; y1: number; y2: number } | null;
  labels: GaugeLabel[];
  ticks: Tick[];
  /** Baseline of the tick labels; tick marks run from the track's bottom to `tickY - fontSize`. */
  tickY: number;
}

export interface ArcModel {
  variant: 'arc';
  width: number;
  height: number;
  domain: [number, number];
  /** Centre of the semicircle; paths below are relative to it. */
  cx: number;
  cy: number;
  outerRadius: number;
  innerRadius: number;
  bands: Array<{ kind: BandKind; path: string }>;
  bar: { path: string; supplied: boolean } | null;
  /** Radial lines, relative to the centre. */
  target: { x1: number; y1: number; x2: number; y2: number };
  baseline: { x1: number; y1: number; x2: number; y2: number } | null;
  labels: GaugeLabel[];
  /** Labels of the two ends of the scale, below the arc's ends. */
  ends: [Tick, Tick];
  /** Where the centre figure (the latest value) goes, and its font size. */
  centre: { y: number; yearY: number; fontSize: number; maxWidth: number };
}

export type GaugeModel = BulletModel | ArcModel;

/** The layout for a variant; widths below MIN_GAUGE_WIDTH are laid out at MIN_GAUGE_WIDTH. */
export function gaugeLayout(input: GaugeLayoutInput, width: number, variant: GaugeVariant): GaugeModel {
  return variant === 'arc' ? arcLayout(input, width) : bulletLayout(input, width);
}

// ---------------------------------------------------------------------------------------
// Shared

/**
 * [0, max] covering every figure with some room past the largest, so the target marker
 * never sits on the very end of the scale. Zero-based: a bullet graph's bar is a length.
 */
export function gaugeDomain(values: readonly number[], length = 400): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const top = finite.length ? Math.max(...finite) * 1.08 : 1;
  return valueTicks([0, top], length, TICK_SPACING).domain;
}

/** About one axis tick per 80 px: a horizontal axis needs room for the labels' width. */
const TICK_SPACING = 80;

interface Span {
  left: number;
  right: number;
}

/** Left/right extent of a label of width `w` anchored at `x`. */
function extent(x: number, w: number, anchor: GaugeLabel['anchor']): Span {
  if (anchor === 'start') return { left: x, right: x + w };
  if (anchor === 'end') return { left: x - w, right: x };
  return { left: x - w / 2, right: x + w / 2 };
}

const EDGE = 1;

/**
 * Label rows are 1.7 em apart: a Chinese page's fallback font has a 1.5 em line box, and the
 * rest keeps the boxes (not only the ink) of two stacked labels apart.
 */
const ROW = 1.7;

/** Centres a label on `x`, or pins it to an edge when centring would cross it. */
function clampAnchor(x: number, w: number, width: number): { x: number; anchor: GaugeLabel['anchor'] } {
  // A pixel of margin: glyphs overhang their advance a little at the box's edges.
  if (x - w / 2 < EDGE) return { x: EDGE, anchor: 'start' };
  if (x + w / 2 > width - EDGE) return { x: width - EDGE, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** Mark labels are set in bold, about a tenth wider than the regular text the estimate is for. */
const labelWidth = (text: string, fontSize: number) => estimateTextWidth(text, fontSize) * 1.1;

/** A label beside `x` on one side, flipped to the other side when it would leave the box. */
function clampSide(x: number, w: number, width: number, anchor: 'start' | 'end'): { x: number; anchor: GaugeLabel['anchor'] } {
  if (anchor === 'start' && x + w > width - EDGE) return { x: width - EDGE, anchor: 'end' };
  if (anchor === 'end' && x - w < EDGE) return { x: EDGE, anchor: 'start' };
  return { x, anchor };
}

const overlaps = (a: Span, b: Span, gap: number) => a.left < b.right + gap && b.left < a.right + gap;

function marks(input: GaugeLayoutInput): Array<{ kind: GaugeMarkKind; mark: GaugeMark }> {
  // Placement order is priority order: the target is what the gauge is about.
  const list: Array<{ kind: GaugeMarkKind; mark: GaugeMark }> = [{ kind: 'target', mark: input.target }];
  if (input.latest) list.push({ kind: 'latest', mark: input.latest });
  if (input.baseline) list.push({ kind: 'baseline', mark: input.baseline });
  return list;
}

function bands(domainMax: number, baseline: number | null, target: number): Array<{ kind: BandKind; from: number; to: number }> {
  const out: Array<{ kind: BandKind; from: number; to: number }> = [];
  // A target at or below the baseline has no distance to cover: two bands only.
  const base = baseline !== null && baseline > 0 && baseline < target ? baseline : null;
  if (base !== null) out.push({ kind: 'before-baseline', from: 0, to: base });
  out.push({ kind: 'to-target', from: base ?? 0, to: target });
  if (target < domainMax) out.push({ kind: 'beyond-target', from: target, to: domainMax });
  return out.filter((b) => b.to > b.from);
}

// ---------------------------------------------------------------------------------------
// Bullet graph

const TRACK_HEIGHT = 28;
const LABEL_GAP = 8;
const MAX_LABEL_ROWS = 3;

/**
 * A horizontal bullet graph: qualitative bands behind a track, the latest figure as the
 * featured bar (a third of the track's height), the target as a tall marker and the
 * baseline as a short one. Labels go in rows above the track, each in the first row where
 * it collides with nothing, so close figures (11.8 vs ≈10) stay legible at 200 px.
 */
export function bulletLayout(input: GaugeLayoutInput, width: number): BulletModel {
  const fontSize = input.fontSize ?? 12;
  const w = Math.max(MIN_GAUGE_WIDTH, Math.round(width) || 0);
  const rowHeight = Math.round(fontSize * ROW);
  const values = [input.target.value, input.baseline?.value ?? 0, input.latest?.value ?? 0];
  const domain = gaugeDomain(values, w);
  // Half a tick label of room at each end keeps "0" and the last tick inside the box.
  const inset = 1;
  const x = scaleLinear().domain(domain).range([inset, w - inset]).clamp(true);

  // Labels first: their rows decide where the track starts. Each label tries to sit
  // centred on its mark, then beside it (pointing away from the labels already placed),
  // in the row nearest the track first.
  const placed: Array<Omit<GaugeLabel, 'y' | 'leader'> & { row: number; markX: number; span: Span }> = [];
  for (const { kind, mark } of marks(input)) {
    const markX = x(mark.value);
    const tw = labelWidth(mark.label, fontSize);
    const candidates = [
      clampAnchor(markX, tw, w),
      clampSide(markX + 3, tw, w, 'start'),
      clampSide(markX - 3, tw, w, 'end'),
    ];
    let choice: (typeof placed)[number] | undefined;
    for (let row = 0; row < MAX_LABEL_ROWS && !choice; row++) {
      for (const c of candidates) {
        const span = extent(c.x, tw, c.anchor);
        if (placed.some((p) => p.row === row && overlaps(p.span, span, LABEL_GAP))) continue;
        choice = { kind, text: mark.label, x: c.x, anchor: c.anchor, row, markX, span };
        break;
      }
    }
    // Three rows always suffice for three labels; the fallback only guards the invariant.
    placed.push(choice ?? { kind, text: mark.label, ...candidates[0]!, row: MAX_LABEL_ROWS - 1, markX, span: extent(candidates[0]!.x, tw, candidates[0]!.anchor) });
  }
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  const trackY = rows * rowHeight + 6;
  const trackBottom = trackY + TRACK_HEIGHT;

  // Row 0 is nearest the track, so the most important label sits closest to its mark.
  const labels: GaugeLabel[] = placed.map((p) => {
    const y = trackY - 8 - p.row * rowHeight;
    return {
      kind: p.kind,
      text: p.text,
      x: round3(p.x),
      y,
      anchor: p.anchor,
      leader: { x: round3(p.markX), y1: y + 3, y2: trackY },
    };
  });

  const tickY = trackBottom + 6 + fontSize;
  const ticks = placeTicks(x, w, fontSize, input.formatTick);

  const barHeight = Math.round(TRACK_HEIGHT / 3);
  return {
    variant: 'bullet',
    width: w,
    height: tickY + Math.ceil(fontSize * 0.35) + 2,
    domain,
    track: { x: round3(x(0)), y: trackY, width: round3(x(domain[1]) - x(0)), height: TRACK_HEIGHT },
    bands: bands(domain[1], input.baseline?.value ?? null, input.target.value).map((b) => ({
      kind: b.kind,
      x: round3(x(b.from)),
      width: round3(x(b.to) - x(b.from)),
    })),
    bar: input.latest
      ? {
          x: round3(x(0)),
          y: trackY + (TRACK_HEIGHT - barHeight) / 2,
          width: round3(Math.max(0, x(input.latest.value) - x(0))),
          height: barHeight,
          supplied: input.latest.supplied,
        }
      : null,
    target: { x: round3(x(input.target.value)), y1: trackY - 4, y2: trackBottom + 4 },
    baseline: input.baseline ? { x: round3(x(input.baseline.value)), y1: trackY + 5, y2: trackBottom - 5 } : null,
    labels,
    ticks,
    tickY,
  };
}

/** As many ticks as fit without their labels touching, from width ÷ 80 down to two. */
function placeTicks(
  x: LinearScale,
  width: number,
  fontSize: number,
  format: GaugeLayoutInput['formatTick'],
): Tick[] {
  for (let count = Math.max(2, Math.floor(width / TICK_SPACING)); count >= 1; count--) {
    const values = x.ticks(count);
    const step = values.length > 1 ? values[1]! - values[0]! : values[0] ?? 1;
    const ticks = values.map((value) => {
      const label = format(value, step);
      const { x: tx, anchor } = clampAnchor(x(value), estimateTextWidth(label, fontSize), width);
      return { value, label, x: round3(tx), anchor };
    });
    const spans = ticks.map((t) => extent(t.x, estimateTextWidth(t.label, fontSize), t.anchor));
    if (spans.every((s, i) => i === 0 || !overlaps(spans[i - 1]!, s, 6)) || count === 1) return ticks;
  }
  return [];
}

// ---------------------------------------------------------------------------------------
// Arc

const MAX_RADIUS = 150;
/** The arc's width at most: the largest radius and a label's room on each side. */
export const ARC_MAX_WIDTH = 2 * MAX_RADIUS + 2 * 90;
const ARC_START = -Math.PI / 2;
const ARC_END = Math.PI / 2;

/**
 * A semicircular gauge reading left to right: bands as full-thickness arc segments, the
 * latest figure as a thinner arc inside them, the target and baseline as radial ticks.
 * The target's label sits outside the arc at its angle; the baseline's joins it only when
 * the two do not collide (both are always in the key beside the chart).
 */
export function arcLayout(input: GaugeLayoutInput, width: number): ArcModel {
  const fontSize = input.fontSize ?? 12;
  // Wider boxes get no bigger an arc: the drawing keeps to the start of the line, under the
  // headline it illustrates, rather than floating in the middle of a wide column.
  const w = Math.min(ARC_MAX_WIDTH, Math.max(MIN_GAUGE_WIDTH, Math.round(width) || 0));
  const rowHeight = Math.round(fontSize * ROW);
  const domain = gaugeDomain([input.target.value, input.baseline?.value ?? 0, input.latest?.value ?? 0], w);
  const angle = scaleLinear().domain(domain).range([ARC_START, ARC_END]).clamp(true);

  // Room for a label row above the arc and beside its ends.
  const outerRadius = Math.max(60, Math.min(MAX_RADIUS, w / 2 - 12, Math.round(w * 0.36)));
  const thickness = Math.round(outerRadius * 0.24);
  const innerRadius = outerRadius - thickness;
  const cx = w / 2;
  const cy = rowHeight * 2 + outerRadius;

  const path = (inner: number, outer: number, from: number, to: number) => arcPath(inner, outer, angle(from), angle(to));

  const radial = (value: number, r1: number, r2: number) => {
    const a = angle(value);
    return { x1: round3(Math.sin(a) * r1), y1: round3(-Math.cos(a) * r1), x2: round3(Math.sin(a) * r2), y2: round3(-Math.cos(a) * r2) };
  };

  const labels: GaugeLabel[] = [];
  const spans: Span[] = [];
  for (const { kind, mark } of marks(input)) {
    // The latest figure is written in the centre; only the two markers get outside labels.
    if (kind === 'latest') continue;
    const a = angle(mark.value);
    const r = outerRadius + 8;
    const px = cx + Math.sin(a) * r;
    const py = cy - Math.cos(a) * r;
    const tw = labelWidth(mark.label, fontSize);
    const anchor: GaugeLabel['anchor'] = Math.sin(a) > 0.35 ? 'start' : Math.sin(a) < -0.35 ? 'end' : 'middle';
    let lx = px;
    let span = extent(lx, tw, anchor);
    // Keep inside the box horizontally.
    if (span.left < 2) lx += 2 - span.left;
    if (span.right > w - 2) lx -= span.right - (w - 2);
    span = extent(lx, tw, anchor);
    const y = Math.min(py - 2, cy - fontSize * 0.4);
    const box: Span = { left: span.left, right: span.right };
    const clash = labels.some((l, i) => Math.abs(l.y - y) < rowHeight && overlaps(spans[i]!, box, LABEL_GAP));
    if (clash) continue;
    labels.push({ kind, text: mark.label, x: round3(lx), y: round3(y), anchor, leader: null });
    spans.push(box);
  }

  const endY = cy + fontSize + 6;
  const tickStep = domain[1] - domain[0];
  const ends: [Tick, Tick] = [
    { value: domain[0], label: input.formatTick(domain[0], tickStep), x: cx - outerRadius, anchor: 'start' },
    { value: domain[1], label: input.formatTick(domain[1], tickStep), x: cx + outerRadius, anchor: 'end' },
  ];

  const barInset = thickness / 3;
  const centreSize = Math.max(14, Math.min(28, Math.round(innerRadius * 0.3)));
  return {
    variant: 'arc',
    width: w,
    height: endY + Math.ceil(fontSize * 0.35) + 2,
    domain,
    cx,
    cy,
    outerRadius,
    innerRadius,
    bands: bands(domain[1], input.baseline?.value ?? null, input.target.value).map((b) => ({
      kind: b.kind,
      path: path(innerRadius, outerRadius, b.from, b.to),
    })),
    bar: input.latest
      ? { path: path(innerRadius + barInset, outerRadius - barInset, 0, input.latest.value), supplied: input.latest.supplied }
      : null,
    target: radial(input.target.value, innerRadius - 5, outerRadius + 5),
    baseline: input.baseline ? radial(input.baseline.value, innerRadius + 1, outerRadius - 1) : null,
    labels,
    ends,
    // The value sits above the year, both inside the arc's opening and clear of its ends.
    // Spaced by line boxes, not ink: CJK fallback fonts (a Chinese page) have tall ascents
    // and descents, about 1.16 and 0.3 em.
    centre: {
      y: cy - 6 - Math.ceil(fontSize * 1.25 + centreSize * 0.32),
      yearY: cy - 4,
      fontSize: centreSize,
      maxWidth: round3(innerRadius * 1.6),
    },
  };
}
