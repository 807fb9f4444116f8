/**
 * Where a tooltip goes: above its point when there is room (the finger or pointer is below),
 * else below; centred on the point but kept inside the chart horizontally. Pure; the width is
 * estimated from the tooltip's lines (see text-metrics), its height left to CSS.
 */
import { estimateTextWidth, type MeasureText } from './text-metrics.js';

export interface TooltipPlacement {
  /** Left edge in px from the chart's left. */
  left: number;
  /** The point's y plus or minus the gap: the tooltip's bottom edge ('above') or top edge ('below'). */
  top: number;
  placement: 'above' | 'below';
  /** Width to give the tooltip, px. */
  width: number;
}

export interface TooltipOptions {
  /** Chart size in px. */
  bounds: { width: number; height: number };
  /** The tooltip's text lines. */
  lines: readonly string[];
  /** Font sizes in px: the first line is often bolder or larger. */
  fontSize: number;
  /** Horizontal padding inside the tooltip plus its border, px (both sides together). */
  padding?: number;
  /** Widest the tooltip may be, px. */
  maxWidth?: number;
  /** Distance from the point, px. */
  gap?: number;
  /** Approximate height, px, used only to decide above/below. */
  height?: number;
  /** Text widths in the tooltip's font (its boldest line's weight); default: estimated, with slack for bold. */
  measureText?: MeasureText;
}

export function tooltipPosition(anchor: { x: number; y: number }, options: TooltipOptions): TooltipPlacement {
  const { bounds, lines, fontSize, padding = 24, maxWidth = 260, gap = 10, measureText = estimateTextWidth } = options;
  const height = options.height ?? lines.length * fontSize * 1.4 + 12;
  // Estimates get slack for bold lines; a measurer given the bold face needs none.
  const slack = options.measureText ? 1.02 : 1.1;
  const natural = Math.max(0, ...lines.map((l) => measureText(l, fontSize) * slack)) + padding;
  const width = Math.max(40, Math.min(natural, maxWidth, bounds.width - 4));
  const left = Math.max(2, Math.min(anchor.x - width / 2, bounds.width - width - 2));
  const placement = anchor.y - gap - height >= 0 ? 'above' : 'below';
  const top = placement === 'above' ? anchor.y - gap : anchor.y + gap;
  return { left, top, placement, width };
}
