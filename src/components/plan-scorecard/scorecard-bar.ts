/**
 * A row's small bullet bar: the target gauge's own bullet layout (bands, the latest figure's
 * bar, the target and baseline markers) cut down to its track, with no labels or ticks —
 * the row's cells carry the figures. Drawn to fill its box: the track is stretched to the
 * cell's width and the markers keep their stroke, so the same drawing serves a wide table
 * column and a phone's card.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { bulletLayout, type BandKind, type GaugeLayoutInput } from '../../charts/gauge-layout.js';

/** The bar's figures in the layout's own coordinates, cropped to the track and its markers. */
export interface ScorecardBarModel {
  /** x, y, width, height of the drawing in layout units. */
  viewBox: [number, number, number, number];
  bands: Array<{ kind: BandKind; x: number; width: number }>;
  track: { x: number; y: number; width: number; height: number };
  bar: { x: number; y: number; width: number; height: number; supplied: boolean } | null;
  target: { x: number; y1: number; y2: number };
  baseline: { x: number; y1: number; y2: number } | null;
}

/** Width the bar is laid out at where its box is not known (the live table stretches it). */
export const BAR_LAYOUT_WIDTH = 200;

/** The markers reach this far past the track (see bulletLayout). */
const MARKER_OVERHANG = 5;

export function scorecardBarModel(input: GaugeLayoutInput, width = BAR_LAYOUT_WIDTH): ScorecardBarModel {
  const model = bulletLayout(input, width);
  const top = model.track.y - MARKER_OVERHANG;
  return {
    viewBox: [0, top, model.width, model.track.height + 2 * MARKER_OVERHANG],
    bands: model.bands,
    track: model.track,
    bar: model.bar,
    target: model.target,
    baseline: model.baseline,
  };
}

/**
 * The bar as an <svg> `height` px tall filling its box's width (or `width` px where given,
 * for the exported picture). Decoration: the row's cells say everything it shows.
 */
export function scorecardBar(model: ScorecardBarModel, size: { height: number; width?: number; x?: number; y?: number }): SVGTemplateResult {
  const [vx, vy, vw, vh] = model.viewBox;
  return svg`<svg class="bar-chart" part="bar" viewBox="${vx} ${vy} ${vw} ${vh}" preserveAspectRatio="none" height=${size.height} width=${size.width ?? nothing} x=${size.x ?? nothing} y=${size.y ?? nothing} aria-hidden="true" focusable="false">${barShapes(model)}</svg>`;
}

function barShapes(m: ScorecardBarModel) {
  const t = m.track;
  return svg`${m.bands.map((b) => svg`<rect class="band band--${b.kind}" x=${b.x} y=${t.y} width=${b.width} height=${t.height}></rect>`)}${
    m.bar
      ? svg`<rect class="bar ${m.bar.supplied ? 'bar--supplied' : ''}" x=${m.bar.x} y=${m.bar.y} width=${m.bar.width} height=${m.bar.height}></rect>`
      : nothing
  }${
    m.baseline
      ? svg`<line class="marker marker--baseline" vector-effect="non-scaling-stroke" x1=${m.baseline.x} x2=${m.baseline.x} y1=${m.baseline.y1} y2=${m.baseline.y2}></line>`
      : nothing
  }<line class="marker marker--target" vector-effect="non-scaling-stroke" x1=${m.target.x} x2=${m.target.x} y1=${m.target.y1} y2=${m.target.y2}></line>`;
}
