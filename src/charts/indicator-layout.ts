/**
 * The layout of an indicator chart: data + size + options → a ready-to-draw model of scales,
 * ticks, path strings, marks and label positions. Pure (no DOM, no globals), so the widget,
 * the SVG command line and tests all get the same picture from the same numbers.
 *
 * Texts arrive already formatted (the caller owns language and units); the layout decides
 * only where things go and which of several texts fits.
 */
import { boxAround, boxesAlong, round3, type Box } from './geometry.js';
import { placeLabels, type LabelPosition, type PlacedLabel } from './label-placement.js';
import { scaleLinear } from './linear-scale.js';
import { linePath } from './paths.js';
import { estimateTextWidth, type MeasureText } from './text-metrics.js';
import { valueTicks, yearTicks } from './ticks.js';

export type ChartType = 'line' | 'bar';
export type MarkKind = 'actual' | 'supplied' | 'target';

/** A value in a year, in the indicator's unit. */
export interface LayoutPoint {
  /** Stable key: the same datum keeps it across re-layouts (focus and tooltip follow it). */
  key: string;
  year: number;
  value: number;
  /** The series changes scope here (express parcels: 规模以上 firms only before): no line joins across. */
  breakBefore?: boolean;
}

export interface LayoutTarget extends LayoutPoint {
  /** The plan's baseline(s): a dashed line runs from each to the target. */
  baselines?: readonly { year: number; value: number }[];
  /** Label texts, most informative first, e.g. ['“十三五”目标 ≈10', '≈10']. */
  labels?: readonly string[];
}

export type AnnotationTone = 'achieved' | 'missed' | 'neutral';

/** A note on a datum, such as the outcome against a passed target. */
export interface LayoutAnnotation {
  key: string;
  /** The datum it sits next to. */
  year: number;
  value: number;
  /** Texts, most informative first; the first that fits is drawn. */
  labels: readonly string[];
  tone?: AnnotationTone;
}

/** A labelled span of years drawn behind the data (a plan period). */
export interface LayoutBand {
  key: string;
  /** First and last year, inclusive. */
  start: number;
  end: number;
  /** Label texts, longest first: ['十三五 2016–2020', '十三五']. */
  labels: readonly string[];
}

export interface IndicatorLayoutInput {
  /** Size of the drawing in px. */
  width: number;
  height: number;
  type?: ChartType;
  /** A sparkline: no axes, bands or labels, minimal margins. */
  compact?: boolean;
  actuals: readonly LayoutPoint[];
  /** Figures supplied by the page (newer than the plans), drawn distinctly. */
  supplied?: readonly LayoutPoint[];
  targets?: readonly LayoutTarget[];
  annotations?: readonly LayoutAnnotation[];
  bands?: readonly LayoutBand[];
  /** First and last year shown (inclusive); either may be omitted for the data's extent. */
  from?: number;
  to?: number;
  /** A value-axis tick, given the tick step (for decimals). */
  formatTick: (value: number, step: number) => string;
  /** A year-axis tick; default String(year). */
  formatYear?: (year: number) => string;
  /** Chart text size in px; default 12. */
  fontSize?: number;
  /** Text widths in the font the chart renders with; default: estimated. */
  measureText?: MeasureText;
}

export interface AxisTick {
  label: string;
  /** Position along the axis, px. */
  at: number;
}

export interface ChartMark {
  key: string;
  kind: MarkKind;
  year: number;
  value: number;
  /** Marker centre (line) or top centre (bar), px: where focus rings and tooltips point. */
  x: number;
  y: number;
  /** The bar, in bar charts. */
  bar?: Box;
}

export interface ChartBand {
  key: string;
  x: number;
  width: number;
  /**
   * Every other band is tinted, counted over all bands given (not only those in view), so a
   * plan keeps its tint whichever years a chart shows.
   */
  shaded: boolean;
  /** The band's label in the strip above the plot; null when no text fits. */
  label: PlacedLabel | null;
}

export interface ChartLabel extends PlacedLabel {
  kind: 'target' | 'annotation';
  tone: AnnotationTone;
}

export interface IndicatorChartModel {
  width: number;
  height: number;
  type: ChartType;
  compact: boolean;
  fontSize: number;
  /** The plotting area inside the axes. */
  plot: Box;
  /** Years shown (inclusive), after `from`/`to` and the data's extent. */
  years: [number, number];
  /** Value domain after rounding to nice ticks. */
  valueDomain: [number, number];
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  /** y of the value 0 (or the bottom of the plot when 0 is not shown): where bars stand. */
  zeroY: number;
  bands: ChartBand[];
  /** Path of the actual values (line charts), null for bars or fewer than two points. */
  actualPath: string | null;
  /** Path from the last actual to the supplied figures (dotted), null when there are none. */
  suppliedPath: string | null;
  /** Dashed lines from a plan's baseline to its target (line charts). */
  targetLines: { key: string; path: string }[];
  /** Every datum, in keyboard order: by year, then actual, supplied, target. */
  marks: ChartMark[];
  labels: ChartLabel[];
  /** Keys of labels that found no free spot (their data stay in tooltip and table). */
  droppedLabels: string[];
  markerRadius: number;
}

const KIND_ORDER: Record<MarkKind, number> = { actual: 0, supplied: 1, target: 2 };
// Beside the mark first: straight above or below a target is often where the actual of the same year sits.
const TARGET_POSITIONS: readonly LabelPosition[] = ['right', 'left', 'below-right', 'above-right', 'below-left', 'above-left', 'below', 'above'];
const ANNOTATION_POSITIONS: readonly LabelPosition[] = ['above-left', 'left', 'above', 'below-left', 'below', 'above-right', 'right', 'below-right'];

/** The chart's layout. Pure; never throws for finite sizes (empty data gives an empty plot). */
export function layoutIndicatorChart(input: IndicatorLayoutInput): IndicatorChartModel {
  const type: ChartType = input.type === 'bar' ? 'bar' : 'line';
  const compact = input.compact ?? false;
  const fontSize = input.fontSize ?? 12;
  const lineHeight = Math.ceil(fontSize * 1.3);
  const width = Math.max(0, input.width);
  const height = Math.max(0, input.height);
  const formatYear = input.formatYear ?? String;
  const measure = input.measureText ?? estimateTextWidth;
  const markerRadius = compact ? Math.max(1.5, Math.min(3, height / 8)) : width < 400 ? 3.5 : 4;

  // ---- what is in range
  const inRange = rangeFilter(input);
  const actuals = sortByYear(input.actuals.filter(inRange));
  const supplied = sortByYear((input.supplied ?? []).filter(inRange));
  const targets = sortByYear((input.targets ?? []).filter(inRange));
  const annotations = compact ? [] : (input.annotations ?? []).filter(inRange);
  const allYears = [...actuals, ...supplied, ...targets].map((p) => p.year);
  const firstYear = input.from ?? (allYears.length ? Math.min(...allYears) : input.to ?? 0);
  const lastYear = input.to ?? (allYears.length ? Math.max(...allYears) : firstYear);
  const years: [number, number] = [Math.min(firstYear, lastYear), Math.max(firstYear, lastYear)];
  // Half a year either side: each year gets a full slot, so bars fit and a plan's band
  // (2016–2020) meets the next one (2021–2025) between two years.
  const xDomain: [number, number] = [years[0] - 0.5, years[1] + 0.5];

  const values = [
    ...actuals.map((p) => p.value),
    ...supplied.map((p) => p.value),
    ...targets.map((t) => t.value),
  ].filter(Number.isFinite);
  const maxValue = values.length ? Math.max(0, ...values) : 1;
  const minValue = values.length ? Math.min(0, ...values) : 0;

  // ---- margins: reserved before anything is drawn, from the texts that will go there
  const bands = compact
    ? []
    : (input.bands ?? [])
        .map((b, i) => ({ ...b, shaded: i % 2 === 0 }))
        .filter((b) => b.end + 0.5 > xDomain[0] && b.start - 0.5 < xDomain[1]);
  const top = compact ? markerRadius + 1 : bands.length ? lineHeight + 8 : Math.ceil(lineHeight / 2) + 2;
  const bottom = compact ? markerRadius + 1 : lineHeight + 8;
  const plotHeight = Math.max(1, height - top - bottom);
  // Headroom above the highest mark for a label to sit over it.
  const headroom = 1 + (lineHeight + 6) / Math.max(plotHeight, 1);
  // A sparkline spans the data's own range: at 20 px tall, a zero baseline would flatten its shape.
  const vt = compact
    ? sparklineDomain(values)
    : valueTicks([minValue, Number.isFinite(maxValue * headroom) ? maxValue * headroom : maxValue], plotHeight, plotHeight < 160 ? 30 : 40);
  const yTickLabels = compact ? [] : vt.ticks.map((v) => input.formatTick(v, vt.step));
  const left = compact
    ? markerRadius + 1
    : Math.ceil(Math.max(0, ...yTickLabels.map((l) => measure(l, fontSize)))) + 10;
  const yearLabelWidth = Math.max(measure(formatYear(years[0]), fontSize), measure(formatYear(years[1]), fontSize));
  // The last year label is centred on its year, half a slot inside the plot's right edge.
  const halfSlotGuess = (width - left) / (xDomain[1] - xDomain[0]) / 2;
  const right = compact ? markerRadius + 1 : Math.max(8, Math.ceil(yearLabelWidth / 2 - halfSlotGuess + 2));
  const plot: Box = { x: left, y: top, width: Math.max(1, width - left - right), height: plotHeight };

  const x = scaleLinear().domain(xDomain).range([plot.x, plot.x + plot.width]);
  const y = scaleLinear().domain(vt.domain).range([plot.y + plot.height, plot.y]);
  const zeroY = round3(y(Math.max(vt.domain[0], Math.min(vt.domain[1], 0))));

  const xTicks: AxisTick[] = compact
    ? []
    : yearTicks(years[0], years[1], plot.width * ((years[1] - years[0]) / (xDomain[1] - xDomain[0])), yearLabelWidth).map((year) => ({
        label: formatYear(year),
        at: round3(x(year)),
      }));
  const yTicks: AxisTick[] = compact ? [] : vt.ticks.map((v, i) => ({ label: yTickLabels[i]!, at: round3(y(v)) }));

  // ---- marks
  const marks: ChartMark[] = [];
  const obstacles: Box[] = [];
  const targetLines: { key: string; path: string }[] = [];
  let actualPath: string | null = null;
  let suppliedPath: string | null = null;

  if (type === 'line' || compact) {
    const pointOf = (p: LayoutPoint, kind: MarkKind): ChartMark => ({
      key: p.key,
      kind,
      year: p.year,
      value: p.value,
      x: round3(x(p.year)),
      y: round3(y(p.value)),
    });
    const actualMarks = actuals.map((p) => pointOf(p, 'actual'));
    const suppliedMarks = supplied.map((p) => pointOf(p, 'supplied'));
    const targetMarks = targets.map((p) => pointOf(p, 'target'));
    marks.push(...actualMarks, ...suppliedMarks, ...targetMarks);

    // A break in the series (a change of scope) leaves a gap: one path segment per stretch.
    const stretches: ChartMark[][] = [];
    actualMarks.forEach((mk, i) => (i === 0 || actuals[i]!.breakBefore ? stretches.push([mk]) : stretches[stretches.length - 1]!.push(mk)));
    const segments = stretches.filter((s) => s.length > 1).map((s) => linePath(s));
    if (segments.length) actualPath = segments.join('');
    const lastActual = actualMarks[actualMarks.length - 1];
    const laterSupplied = suppliedMarks.filter((m) => !lastActual || m.year > lastActual.year);
    const suppliedChain = lastActual && laterSupplied.length ? [lastActual, ...laterSupplied] : suppliedMarks;
    if (suppliedChain.length > 1) suppliedPath = linePath(suppliedChain);

    if (!compact) {
      for (const t of targets) {
        for (const [i, b] of (t.baselines ?? []).entries()) {
          const start = clipToYears(b, t, xDomain);
          if (!start) continue;
          const segment: [number, number][] = [
            [round3(x(start.year)), round3(y(start.value))],
            [round3(x(t.year)), round3(y(t.value))],
          ];
          targetLines.push({ key: `${t.key}#${i}`, path: `M${segment[0].join(',')}L${segment[1].join(',')}` });
          obstacles.push(...boxesAlong(segment, 1.5));
        }
      }
      obstacles.push(...boxesAlong(actualMarks.map((m) => [m.x, m.y] as [number, number]), 1.5));
      obstacles.push(...boxesAlong(suppliedChain.map((m) => [m.x, m.y] as [number, number]), 1.5));
      for (const m of marks) obstacles.push(boxAround(m.x, m.y, m.kind === 'target' ? markerRadius + 2 : markerRadius + 1));
    }
  } else {
    // Bars: each year's slot is shared by the year's actual, supplied and target bars,
    // side by side, so a target stands next to the outcome it is measured against.
    const slot = Math.min(56, ((plot.width / (xDomain[1] - xDomain[0])) * 0.8));
    const byYear = new Map<number, { point: LayoutPoint; kind: MarkKind }[]>();
    const add = (point: LayoutPoint, kind: MarkKind) => {
      const list = byYear.get(point.year) ?? [];
      list.push({ point, kind });
      byYear.set(point.year, list);
    };
    actuals.forEach((p) => add(p, 'actual'));
    supplied.forEach((p) => add(p, 'supplied'));
    targets.forEach((p) => add(p, 'target'));
    for (const [year, items] of byYear) {
      const gap = items.length > 1 ? 1 : 0;
      const barWidth = Math.max(1, (slot - gap * (items.length - 1)) / items.length);
      const start = x(year) - slot / 2;
      items.forEach(({ point, kind }, i) => {
        const bx = start + i * (barWidth + gap);
        const vy = y(point.value);
        const bar: Box = {
          x: round3(bx),
          y: round3(Math.min(vy, zeroY)),
          width: round3(barWidth),
          height: round3(Math.abs(zeroY - vy)),
        };
        marks.push({ key: point.key, kind, year, value: point.value, x: round3(bx + barWidth / 2), y: round3(vy), bar });
        obstacles.push(bar);
      });
    }
  }
  marks.sort((a, b) => a.year - b.year || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  // ---- bands and their labels (in their own strip above the plot: nothing to collide with but each other)
  const chartBands: ChartBand[] = bands.map((b) => {
    const x0 = x(Math.max(xDomain[0], b.start - 0.5));
    const x1 = x(Math.min(xDomain[1], b.end + 0.5));
    const bandWidth = x1 - x0;
    const text = b.labels.find((l) => measure(l, fontSize) <= bandWidth - 6);
    const label: PlacedLabel | null = text
      ? {
          key: b.key,
          text,
          variant: b.labels.indexOf(text),
          position: 'above',
          x: round3(x0 + bandWidth / 2),
          y: round3(top - 8 - lineHeight * 0.22),
          textAnchor: 'middle',
          box: { x: x0, y: top - 8 - lineHeight, width: bandWidth, height: lineHeight },
        }
      : null;
    return { key: b.key, x: round3(x0), width: round3(bandWidth), shaded: b.shaded, label };
  });

  // ---- target labels first (short, and they say whose target it is), then outcome notes
  const labels: ChartLabel[] = [];
  let droppedLabels: string[] = [];
  if (!compact) {
    const markOf = new Map(marks.map((m) => [m.key, m]));
    // A passed target's outcome note already states its value; its own label may only sit
    // right next to it. An open target's label is all it has, so it may move a ring out.
    const annotatedYears = new Set(annotations.map((a) => a.year));
    const targetRequests = targets
      .filter((t) => t.labels?.length)
      .map((t) => {
        const m = markOf.get(t.key)!;
        return {
          key: t.key,
          texts: t.labels!,
          anchor: { x: m.x, y: m.y },
          offset: markerRadius + 4,
          positions: TARGET_POSITIONS,
          ...(annotatedYears.has(t.year) ? { fallbackOffsets: [] } : {}),
        };
      });
    const annotationRequests = annotations.map((a) => {
      // Anchor on the actual mark of the year when there is one, else where the value would be.
      const m = marks.find((mk) => mk.kind === 'actual' && mk.year === a.year);
      const anchor = m ? { x: m.x, y: m.y } : { x: x(a.year), y: y(a.value) };
      return { key: a.key, texts: a.labels, anchor, offset: markerRadius + 4, positions: ANNOTATION_POSITIONS };
    });
    // Labels may use the right margin and the gap under the band labels (which end 8 px above
    // the plot), but never the axes or the band labels themselves.
    const bounds: Box = { x: plot.x + 2, y: plot.y - 6, width: width - plot.x - 2, height: plot.height + 6 };
    const result = placeLabels([...annotationRequests, ...targetRequests], {
      bounds,
      obstacles,
      fontSize,
      lineHeight,
      measureText: measure,
    });
    const tones = new Map(annotations.map((a) => [a.key, a.tone ?? 'neutral']));
    const targetKeys = new Set(targetRequests.map((r) => r.key));
    for (const p of result.placed) {
      labels.push({
        ...p,
        x: round3(p.x),
        y: round3(p.y),
        kind: targetKeys.has(p.key) ? 'target' : 'annotation',
        tone: tones.get(p.key) ?? 'neutral',
      });
    }
    droppedLabels = result.dropped;
  }

  return {
    width,
    height,
    type,
    compact,
    fontSize,
    plot,
    years,
    valueDomain: vt.domain,
    xTicks,
    yTicks,
    zeroY,
    bands: chartBands,
    actualPath,
    suppliedPath,
    targetLines,
    marks,
    labels,
    droppedLabels,
    markerRadius,
  };
}

function sparklineDomain(values: readonly number[]): { domain: [number, number]; ticks: number[]; step: number } {
  if (!values.length) return { domain: [0, 1], ticks: [], step: 1 };
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return { domain: lo === hi ? [lo - 1, hi + 1] : [lo, hi], ticks: [], step: 1 };
}

function rangeFilter(input: IndicatorLayoutInput): (p: { year: number }) => boolean {
  const from = input.from ?? -Infinity;
  const to = input.to ?? Infinity;
  return (p) => p.year >= Math.min(from, to) && p.year <= Math.max(from, to);
}

function sortByYear<T extends { year: number }>(list: T[]): T[] {
  return list.sort((a, b) => a.year - b.year);
}

/**
 * A baseline before the first year shown: the dashed line starts at the left edge, at the
 * value it would have there, so it still points the right way.
 */
function clipToYears(
  baseline: { year: number; value: number },
  target: { year: number; value: number },
  xDomain: [number, number],
): { year: number; value: number } | null {
  if (baseline.year >= target.year) return null;
  if (baseline.year >= xDomain[0]) return baseline;
  const t = (xDomain[0] - baseline.year) / (target.year - baseline.year);
  return { year: xDomain[0], value: baseline.value + (target.value - baseline.value) * t };
}
