/**
 * The SVG of an indicator chart from its layout model: bands, grid and axes, series, marks,
 * labels and the focus ring. Template functions without state, so the widget, its SVG/PNG
 * download and the command line draw the same picture from the same model.
 */
import { html, nothing, render, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { layoutIndicatorChart, type ChartMark, type ChartType, type IndicatorChartModel } from '../../charts/indicator-layout.js';
import type { IndicatorView } from '../../view/indicator-view.js';
import type { MeasureText } from '../../charts/text-metrics.js';

/**
 * The chart box's height for a width where it cannot be measured (server, command line,
 * print): the CSS defaults, 16:9 between 220 and 560 px.
 */
export const boxHeight = (width: number): number => Math.min(560, Math.max(220, Math.round((width * 9) / 16)));

/** The layout of a view at a size, with the widget's presentation rules (smaller text below 480 px). */
export function layOutView(
  view: IndicatorView,
  size: { width: number; height: number },
  options: { type?: ChartType; compact?: boolean; measureText?: MeasureText | undefined } = {},
): IndicatorChartModel {
  return layoutIndicatorChart({
    ...view.chart,
    width: size.width,
    height: size.height,
    type: options.type ?? 'line',
    compact: options.compact ?? false,
    fontSize: size.width < 480 ? 12 : 13,
    measureText: options.measureText,
  });
}

export interface PlotOptions {
  /**
   * Laid out at an assumed width (server rendering, print): the SVG scales to its box rather
   * than being drawn at its laid-out pixel size.
   */
  fluid?: boolean;
}

/** The whole chart: one <svg>, decoration for the chart box's accessible name (the summary). */
export function indicatorPlot(l: IndicatorChartModel, options: PlotOptions = {}): TemplateResult {
  // No whitespace between tags in these templates: each run of it would be a text node in every
  // widget on the page (SVG draws none of it). Lines break inside tags instead.
  return html`<svg class=${options.fluid ? 'plot fluid' : 'plot'} width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true" focusable="false" font-size=${l.fontSize}
    >${l.type === 'bar' && l.marks.some((mk) => mk.kind === 'supplied') ? HATCH : nothing}${l.compact ? nothing : renderFrame(l)}${renderSeries(l)}${renderMarks(l)}${
      l.compact ? nothing : renderLabels(l)}</svg>`;
}

/**
 * The chart of indicatorPlot as plain DOM, for a widget in the browser: a drawn chart is never
 * changed in place (a new layout draws it anew), so the template's bookkeeping — a part for
 * each attribute and text of every mark and label, and the marker comments the parts need —
 * would only weigh on each widget of a page. It is rendered once, and the markers removed.
 */
export function plotElement(l: IndicatorChartModel, options: PlotOptions = {}): SVGSVGElement {
  const box = document.createDocumentFragment();
  render(indicatorPlot(l, options), box);
  const plot = box.querySelector('svg')!;
  const markers = document.createTreeWalker(plot, NodeFilter.SHOW_COMMENT);
  const found: ChildNode[] = [];
  while (markers.nextNode()) found.push(markers.currentNode as Comment);
  for (const marker of found) marker.remove();
  return plot;
}

/**
 * The ring around the point with keyboard focus or under the pointer, in its own <svg> over the
 * chart's, at the same size and scale: moving between points redraws only this.
 */
export function focusLayer(l: IndicatorChartModel, mark: ChartMark | null, options: PlotOptions = {}): TemplateResult | typeof nothing {
  if (!mark) return nothing;
  return html`<svg class=${options.fluid ? 'focus-layer fluid' : 'focus-layer'} width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true" focusable="false"
    >${renderFocusRing(mark, l.markerRadius)}</svg>`;
}

const HATCH = svg`<defs><pattern id="ec-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="6" /></pattern></defs>`;

/**
 * Bands, grid and axes: drawn first, behind the data. The grid lines are one path, and so are
 * the axis line and the year ticks: the same strokes as a line each, in a fraction of the nodes.
 */
function renderFrame(l: IndicatorChartModel): SVGTemplateResult {
  const { plot } = l;
  const bottom = plot.y + plot.height;
  const edgeTop = plot.y - l.fontSize * 1.3 - 8;
  const grid = l.yTicks.map((t) => `M${plot.x},${t.at}H${plot.x + plot.width}`).join('');
  const axis = `M${plot.x},${l.zeroY}H${plot.x + plot.width}${l.xTicks.map((t) => `M${t.at},${bottom}V${bottom + 4}`).join('')}`;
  // Lists hold only what is drawn: each item of a list costs two marker nodes, drawn or not.
  return svg`<g class="bands">${l.bands.filter((b) => b.shaded).map((b) => svg`<rect class="band" x=${b.x} y=${plot.y} width=${b.width} height=${plot.height} />`)}${l.bands
      .slice(1)
      .map((b) => svg`<line class="band-edge" x1=${b.x} x2=${b.x} y1=${edgeTop} y2=${bottom} />`)}${l.bands.map((b) =>
      b.label ? svg`<text class="band-label" x=${b.label.x} y=${b.label.y} text-anchor="middle">${b.label.text}</text>` : nothing)}</g
    ><g class="y-axis">${grid ? svg`<path class="grid" d=${grid} />` : nothing}${l.yTicks.map(
      (t) => svg`<text class="tick-label" x=${plot.x - 6} y=${t.at} dy="0.32em" text-anchor="end">${t.label}</text>`)}</g
    ><g class="x-axis"><path class="axis-line" d=${axis} />${l.xTicks.map(
      (t) => svg`<text class="tick-label" x=${t.at} y=${bottom + 6} dy="0.9em" text-anchor="middle">${t.label}</text>`)}</g>`;
}

function renderSeries(l: IndicatorChartModel): SVGTemplateResult {
  return svg`${l.targetLines.map((t) => svg`<path class="line--target" d=${t.path} />`)}${
    l.actualPath ? svg`<path class="line--actual" d=${l.actualPath} />` : nothing}${
    l.suppliedPath ? svg`<path class="line--supplied" d=${l.suppliedPath} />` : nothing}`;
}

function renderMarks(l: IndicatorChartModel): SVGTemplateResult {
  const r = l.markerRadius;
  // In a sparkline only the ends matter: the latest value and the targets.
  const lastActual = [...l.marks].reverse().find((mk) => mk.kind === 'actual');
  // In a sparkline the latest value is drawn last, over a target of the same year.
  const marks = l.compact ? [...l.marks].sort((a, b) => Number(a === lastActual) - Number(b === lastActual)) : l.marks;
  return svg`<g class="marks">${marks.map((mk) => {
    if (mk.bar) {
      const b = mk.bar;
      return mk.kind === 'supplied'
        ? svg`<rect class="bar--supplied" x=${b.x} y=${b.y} width=${b.width} height=${b.height} fill="url(#ec-hatch)" />`
        : svg`<rect class=${`bar--${mk.kind}`} x=${b.x} y=${b.y} width=${b.width} height=${b.height} />`;
    }
    if (l.compact && mk.kind === 'actual' && mk !== lastActual) return nothing;
    if (mk.kind === 'target') {
      const s = l.compact ? r + 0.5 : r + 2;
      return svg`<path class="mark--target" d="M${mk.x},${mk.y - s}L${mk.x + s},${mk.y}L${mk.x},${mk.y + s}L${mk.x - s},${mk.y}Z" />`;
    }
    if (mk.kind === 'supplied') {
      const s = r + 0.5;
      return svg`<rect class="mark--supplied" x=${mk.x - s} y=${mk.y - s} width=${2 * s} height=${2 * s} />`;
    }
    return svg`<circle class="mark--actual" cx=${mk.x} cy=${mk.y} r=${r} />`;
  })}</g>`;
}

function renderLabels(l: IndicatorChartModel): SVGTemplateResult {
  return svg`<g class="labels">${l.labels.map(
    (label) =>
      svg`<text class=${`label ${label.kind === 'target' ? 'label--target' : `label--${label.tone}`}`} x=${label.x} y=${label.y} text-anchor=${label.textAnchor}>${label.text}</text>`,
  )}</g>`;
}

function renderFocusRing(mark: ChartMark, markerRadius: number): SVGTemplateResult {
  if (mark.bar) {
    const b = mark.bar;
    return svg`<rect class="focus-ring" x=${b.x - 3} y=${b.y - 3} width=${b.width + 6} height=${b.height + 6} rx="2" />`;
  }
  return svg`<circle class="focus-ring" cx=${mark.x} cy=${mark.y} r=${markerRadius + 5} />`;
}
