import type { MeasureText } from '../charts/text-metrics.js';

/**
 * Text widths measured with a canvas in the font the widget actually renders with (it inherits
 * the host page's font, which no estimate can know). Layout code takes a `MeasureText` and
 * falls back to estimates in Node; in the browser this one removes the guesswork, so labels
 * are neither clipped nor overlapping in any font. A canvas is allowed under a strict CSP.
 */
const measurers = new Map<string, MeasureText>();
let context: CanvasRenderingContext2D | null | undefined;

/**
 * A measurer for a CSS font-family list and weight (bold runs 5–20% wider), or null where
 * there is no canvas (Node, some test DOMs).
 */
export function canvasMeasurer(fontFamily: string, fontWeight: string | number = 'normal'): MeasureText | null {
  const family = fontFamily.trim() || 'sans-serif';
  const font = `${fontWeight} 100px ${family}`;
  const cached = measurers.get(font);
  if (cached) return cached;
  if (context === undefined) context = canvasContext();
  const ctx = context;
  if (!ctx) return null;
  // Widths scale linearly with size: measure once at 100 px and scale, caching per text.
  const widths = new Map<string, number>();
  const measure: MeasureText = (text, fontSize) => {
    let width = widths.get(text);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width / 100;
      widths.set(text, width);
    }
    return width * fontSize;
  };
  measurers.set(font, measure);
  return measure;
}

/**
 * A 2D context, or null where there is none: Node and server rendering (no `document`, or a
 * shim without `createElement`), test DOMs whose canvas has no context, and browsers that
 * block canvas (some privacy modes throw). Layout then falls back to estimates.
 */
function canvasContext(): CanvasRenderingContext2D | null {
  try {
    if (typeof document === 'undefined' || typeof document.createElement !== 'function') return null;
    const canvas = document.createElement('canvas');
    return typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
  } catch {
    return null;
  }
}
