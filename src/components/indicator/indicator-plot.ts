/**
 * The SVG of an indicator chart from its layout model: bands, grid and axes, series, marks,
 * labels and the focus ring. The chart is first described as plain data (plotTree), which is
 * then written out as DOM in the browser or as markup on the server: the widget, its SVG/PNG
 * download and the command line draw the same picture from the same model.
 */
import { html, isServer, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { escapeXml } from '../../export/svg-document.js';
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
  view: Pick<IndicatorView, 'chart'>,
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

/** An SVG element as data: its tag, its attributes in order, and its children or its text. */
export interface SvgNode {
  tag: string;
  attrs: ReadonlyArray<readonly [string, string | number]>;
  children?: readonly SvgNode[];
  text?: string;
}

const node = (tag: string, attrs: SvgNode['attrs'], content?: readonly SvgNode[] | string): SvgNode =>
  typeof content === 'string' ? { tag, attrs, text: content } : { tag, attrs, children: content ?? [] };

/** The whole chart: one <svg>, decoration for the chart box's accessible name (the summary). */
export function plotTree(l: IndicatorChartModel, options: PlotOptions = {}): SvgNode {
  return node(
    'svg',
    [
      ['class', options.fluid ? 'plot fluid' : 'plot'],
      ['width', l.width],
      ['height', l.height],
      ['viewBox', `0 0 ${l.width} ${l.height}`],
      ['aria-hidden', 'true'],
      ['focusable', 'false'],
      ['font-size', l.fontSize],
    ],
    [
      ...(l.type === 'bar' && l.marks.some((mk) => mk.kind === 'supplied') ? [HATCH] : []),
      ...(l.compact ? [] : frame(l)),
      ...series(l),
      marks(l),
      ...(l.compact ? [] : [labels(l)]),
    ],
  );
}

/**
 * The chart as DOM, for a widget in the browser: built with the DOM's own calls, so a drawn
 * chart carries no template bookkeeping (a part for each attribute and text of every mark and
 * label, and the marker comments parts need). A drawn chart is never changed in place: a new
 * layout draws it anew.
 */
export function plotElement(l: IndicatorChartModel, options: PlotOptions = {}): SVGSVGElement {
  return toElement(plotTree(l, options)) as SVGSVGElement;
}

/** The chart as a template: DOM in the browser (each time it is rendered, its own), escaped markup on the server. */
export function indicatorPlot(l: IndicatorChartModel, options: PlotOptions = {}): TemplateResult {
  const tree = plotTree(l, options);
  return isServer ? html`${unsafeHTML(toMarkup(tree))}` : html`${drawnTree(tree)}`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function toElement(n: SvgNode): Element {
  const el = document.createElementNS(SVG_NS, n.tag);
  for (const [name, value] of n.attrs) el.setAttribute(name, String(value));
  if (n.text !== undefined) el.textContent = n.text;
  else for (const child of n.children!) el.append(toElement(child));
  return el;
}

/** Markup of a tree, every text and attribute value escaped: nothing in the data is ever parsed as markup. */
export function toMarkup(n: SvgNode): string {
  const attrs = n.attrs.map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`).join('');
  const content = n.text !== undefined ? escapeXml(n.text) : n.children!.map(toMarkup).join('');
  return `<${n.tag}${attrs}>${content}</${n.tag}>`;
}

/** A tree rendered by Lit in the browser: a new element for each place it is rendered in. */
const drawnTree = directive(
  class extends Directive {
    render(tree: SvgNode): Element {
      return toElement(tree);
    }
  },
);

/**
 * The ring around the point with keyboard focus or under the pointer, in its own <svg> over the
 * chart's, at the same size and scale: moving between points redraws only this.
 */
export function focusLayer(
  l: Pick<IndicatorChartModel, 'width' | 'height' | 'markerRadius'>,
  mark: ChartMark | null,
  options: PlotOptions = {},
): TemplateResult | typeof nothing {
  if (!mark) return nothing;
  return html`<svg class=${options.fluid ? 'focus-layer fluid' : 'focus-layer'} width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" aria-hidden="true" focusable="false"
    >${renderFocusRing(mark, l.markerRadius)}</svg>`;
}

const HATCH = node('defs', [], [
  node('pattern', [['id', 'ec-hatch'], ['width', 6], ['height', 6], ['patternUnits', 'userSpaceOnUse'], ['patternTransform', 'rotate(45)']], [
    node('line', [['class', 'hatch-line'], ['x1', 0], ['y1', 0], ['x2', 0], ['y2', 6]]),
  ]),
]);

/**
 * Bands, grid and axes: drawn first, behind the data. The grid lines are one path, and so are
 * the axis line and the year ticks: the same strokes as a line each, in a fraction of the nodes.
 */
function frame(l: IndicatorChartModel): SvgNode[] {
  const { plot } = l;
  const bottom = plot.y + plot.height;
  const edgeTop = plot.y - l.fontSize * 1.3 - 8;
  const grid = l.yTicks.map((t) => `M${plot.x},${t.at}H${plot.x + plot.width}`).join('');
  const axis = `M${plot.x},${l.zeroY}H${plot.x + plot.width}${l.xTicks.map((t) => `M${t.at},${bottom}V${bottom + 4}`).join('')}`;
  return [
    node('g', [['class', 'bands']], [
      ...l.bands.filter((b) => b.shaded).map((b) => node('rect', [['class', 'band'], ['x', b.x], ['y', plot.y], ['width', b.width], ['height', plot.height]])),
      ...l.bands.slice(1).map((b) => node('line', [['class', 'band-edge'], ['x1', b.x], ['x2', b.x], ['y1', edgeTop], ['y2', bottom]])),
      ...l.bands.flatMap((b) =>
        b.label ? [node('text', [['class', 'band-label'], ['text-anchor', 'middle'], ['x', b.label.x], ['y', b.label.y]], b.label.text)] : [],
      ),
    ]),
    node('g', [['class', 'y-axis']], [
      ...(grid ? [node('path', [['class', 'grid'], ['d', grid]])] : []),
      ...l.yTicks.map((t) => node('text', [['class', 'tick-label'], ['dy', '0.32em'], ['text-anchor', 'end'], ['x', plot.x - 6], ['y', t.at]], t.label)),
    ]),
    node('g', [['class', 'x-axis']], [
      node('path', [['class', 'axis-line'], ['d', axis]]),
      ...l.xTicks.map((t) => node('text', [['class', 'tick-label'], ['dy', '0.9em'], ['text-anchor', 'middle'], ['x', t.at], ['y', bottom + 6]], t.label)),
    ]),
  ];
}

function series(l: IndicatorChartModel): SvgNode[] {
  return [
    ...l.targetLines.map((t) => node('path', [['class', 'line--target'], ['d', t.path]])),
    ...(l.actualPath ? [node('path', [['class', 'line--actual'], ['d', l.actualPath]])] : []),
    ...(l.suppliedPath ? [node('path', [['class', 'line--supplied'], ['d', l.suppliedPath]])] : []),
  ];
}

function marks(l: IndicatorChartModel): SvgNode {
  const r = l.markerRadius;
  // In a sparkline only the ends matter: the latest value and the targets.
  const lastActual = [...l.marks].reverse().find((mk) => mk.kind === 'actual');
  // In a sparkline the latest value is drawn last, over a target of the same year.
  const shown = l.compact ? [...l.marks].sort((a, b) => Number(a === lastActual) - Number(b === lastActual)) : l.marks;
  return node(
    'g',
    [['class', 'marks']],
    shown.flatMap((mk): SvgNode[] => {
      if (mk.bar) {
        const b = mk.bar;
        const box: SvgNode['attrs'] = [['x', b.x], ['y', b.y], ['width', b.width], ['height', b.height]];
        return mk.kind === 'supplied'
          ? [node('rect', [['class', 'bar--supplied'], ['fill', 'url(#ec-hatch)'], ...box])]
          : [node('rect', [['class', `bar--${mk.kind}`], ...box])];
      }
      if (l.compact && mk.kind === 'actual' && mk !== lastActual) return [];
      if (mk.kind === 'target') {
        const s = l.compact ? r + 0.5 : r + 2;
        return [node('path', [['class', 'mark--target'], ['d', `M${mk.x},${mk.y - s}L${mk.x + s},${mk.y}L${mk.x},${mk.y + s}L${mk.x - s},${mk.y}Z`]])];
      }
      if (mk.kind === 'supplied') {
        const s = r + 0.5;
        return [node('rect', [['class', 'mark--supplied'], ['x', mk.x - s], ['y', mk.y - s], ['width', 2 * s], ['height', 2 * s]])];
      }
      return [node('circle', [['class', 'mark--actual'], ['cx', mk.x], ['cy', mk.y], ['r', r]])];
    }),
  );
}

function labels(l: IndicatorChartModel): SvgNode {
  return node(
    'g',
    [['class', 'labels']],
    l.labels.map((label) =>
      node(
        'text',
        [['class', `label ${label.kind === 'target' ? 'label--target' : `label--${label.tone}`}`], ['x', label.x], ['y', label.y], ['text-anchor', label.textAnchor]],
        label.text,
      ),
    ),
  );
}

function renderFocusRing(mark: ChartMark, markerRadius: number): SVGTemplateResult {
  if (mark.bar) {
    const b = mark.bar;
    return svg`<rect class="focus-ring" x=${b.x - 3} y=${b.y - 3} width=${b.width + 6} height=${b.height + 6} rx="2" />`;
  }
  return svg`<circle class="focus-ring" cx=${mark.x} cy=${mark.y} r=${markerRadius + 5} />`;
}
