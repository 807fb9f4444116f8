/**
 * Greedy label placement with collision avoidance: each label tries its texts (most
 * informative first) at each candidate position around its anchor, and takes the first spot
 * that stays inside the bounds and clear of every obstacle and every label placed before it.
 * A label with no free spot is dropped (and reported as such) rather than drawn over
 * something: every figure stays available in the tooltip and the data table.
 */
import { contains, intersects, type Box } from './geometry.js';
import { estimateTextWidth, type MeasureText } from './text-metrics.js';

/** Where a label sits relative to its anchor. */
export type LabelPosition =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'above-left'
  | 'below-right'
  | 'below-left';

export const ALL_POSITIONS: readonly LabelPosition[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'above-left',
  'below-right',
  'below-left',
];

export interface LabelRequest {
  /** Stable key, echoed in the result. */
  key: string;
  /** Texts to try, most informative (longest) first; the first that fits anywhere wins. */
  texts: readonly string[];
  /** The point the label describes, px. */
  anchor: { x: number; y: number };
  /** Distance between the anchor and the nearest edge of the label, px (a marker's radius plus a gap). */
  offset?: number;
  /**
   * Further distances to try when no text fits anywhere at `offset` (a crowded corner of
   * lines and marks). A short text next to its mark reads better than a long one further
   * away, so every text is tried close in first. Default: one more ring, a line height out.
   */
  fallbackOffsets?: readonly number[];
  /** Candidate positions in order of preference. Default: ALL_POSITIONS. */
  positions?: readonly LabelPosition[];
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Index of `text` in the request's texts: 0 is the full text. */
  variant: number;
  position: LabelPosition;
  /** Where an SVG <text> goes: x with `textAnchor`, y is the baseline. */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  /** The box the label occupies, px. */
  box: Box;
}

export interface PlacementOptions {
  /** Labels must lie inside. */
  bounds: Box;
  /** Boxes labels must not cover: markers, lines, other text. */
  obstacles?: readonly Box[];
  fontSize: number;
  /** Line box height in px; default 1.25 × fontSize. */
  lineHeight?: number;
  /** Extra padding kept around each label, px. */
  padding?: number;
  /** Text widths; default: estimated (see text-metrics). */
  measureText?: MeasureText;
}

export interface PlacementResult {
  placed: PlacedLabel[];
  /** Keys of labels with no free spot. */
  dropped: string[];
}

/** Labels placed in request order (put the most important first). Pure. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacementResult {
  const { bounds, obstacles = [], fontSize, padding = 2, measureText = estimateTextWidth } = options;
  const lineHeight = options.lineHeight ?? fontSize * 1.25;
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];

  for (const request of requests) {
    const spot = findSpot(request, bounds, obstacles, taken, fontSize, lineHeight, padding, measureText);
    if (!spot) {
      dropped.push(request.key);
      continue;
    }
    placed.push(spot);
    taken.push(spot.box);
  }
  return { placed, dropped };
}

function findSpot(
  request: LabelRequest,
  bounds: Box,
  obstacles: readonly Box[],
  taken: readonly Box[],
  fontSize: number,
  lineHeight: number,
  padding: number,
  measureText: MeasureText,
): PlacedLabel | null {
  const positions = request.positions ?? ALL_POSITIONS;
  const offset = request.offset ?? 4;
  const offsets = [offset, ...(request.fallbackOffsets ?? [offset + lineHeight])];
  for (const distance of offsets) {
    for (let variant = 0; variant < request.texts.length; variant++) {
      const text = request.texts[variant]!;
      if (!text) continue;
      const width = measureText(text, fontSize);
      for (const position of positions) {
        const box = boxAt(position, request.anchor, width, lineHeight, distance);
        const padded = { x: box.x - padding, y: box.y - padding, width: box.width + 2 * padding, height: box.height + 2 * padding };
        if (!contains(bounds, box)) continue;
        if (obstacles.some((o) => intersects(padded, o))) continue;
        if (taken.some((o) => intersects(padded, o))) continue;
        return { key: request.key, text, variant, position, ...textAnchorFor(box, position), box };
      }
    }
  }
  return null;
}

/** The label's box for a position around the anchor. */
function boxAt(position: LabelPosition, anchor: { x: number; y: number }, width: number, height: number, offset: number): Box {
  const { x, y } = anchor;
  // Diagonal spots keep the full offset on both axes, so the label's corner clears a square marker.
  const d = offset;
  switch (position) {
    case 'right':
      return { x: x + offset, y: y - height / 2, width, height };
    case 'left':
      return { x: x - offset - width, y: y - height / 2, width, height };
    case 'above':
      return { x: x - width / 2, y: y - offset - height, width, height };
    case 'below':
      return { x: x - width / 2, y: y + offset, width, height };
    case 'above-right':
      return { x: x + d, y: y - d - height, width, height };
    case 'above-left':
      return { x: x - d - width, y: y - d - height, width, height };
    case 'below-right':
      return { x: x + d, y: y + d, width, height };
    case 'below-left':
      return { x: x - d - width, y: y + d, width, height };
  }
}

/** SVG text coordinates for a box: the anchor side by position, the baseline ~0.78 of the line box down. */
function textAnchorFor(box: Box, position: LabelPosition): Pick<PlacedLabel, 'x' | 'y' | 'textAnchor'> {
  // Centred for above/below, so a label whose estimated width is off by a few px stays centred on its mark.
  const textAnchor = position === 'above' || position === 'below' ? 'middle' : position.endsWith('left') ? 'end' : 'start';
  const x = textAnchor === 'middle' ? box.x + box.width / 2 : textAnchor === 'end' ? box.x + box.width : box.x;
  // Baseline: leaves the (half-)leading above and the descender below inside the box.
  const y = box.y + box.height * 0.78;
  return { x, y, textAnchor };
}
