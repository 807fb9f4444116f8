/**
 * A distinct shape per verdict, so that none is told by colour alone: check, cross, arrow up,
 * caution triangle, flat arrow, arrow down, question mark — the target gauge's shapes, drawn
 * in a 16-unit box. Sized by attributes, not CSS, so the exported SVG keeps its size.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { ProgressStatus } from '../../data/targets.js';

const PATHS: Readonly<Record<ProgressStatus, readonly string[]>> = {
  achieved: ['M2.5 8.5 6.5 12.5 13.5 3.5'],
  'not-achieved': ['M3.5 3.5l9 9M12.5 3.5l-9 9'],
  'on-track': ['M8 14V2.5M3 7.5l5-5 5 5'],
  'acceleration-needed': ['M8 1.5 15 14H1z', 'M8 6v4M8 11.5v1.2'],
  'limited-progress': ['M1.5 8h12M9 3.5l4.5 4.5L9 12.5'],
  deterioration: ['M8 2v11.5M3 8.5l5 5 5-5'],
  'cannot-assess': ['M5.2 5.6a2.8 2.8 0 1 1 3.9 2.6c-.7.3-1.1.9-1.1 1.6v.9M8 12.6v1.4'],
};

/** The verdict's shape as an <svg> of `size` px, at (x, y) when placed inside another SVG. */
export function statusShape(status: ProgressStatus, size: number, at?: { x: number; y: number }): SVGTemplateResult {
  return svg`<svg class="icon icon--${status}" viewBox="0 0 16 16" width=${size} height=${size} x=${at?.x ?? 0} y=${at?.y ?? 0} aria-hidden="true" focusable="false">${PATHS[status].map(
    (d) => svg`<path d=${d}></path>`,
  )}</svg>`;
}
