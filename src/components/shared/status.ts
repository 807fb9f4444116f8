/**
 * A verdict as every widget shows it: a distinct shape per status, so that none is told by
 * colour alone (check, cross, arrow up, caution triangle, flat arrow, arrow down, question
 * mark, in a 16-unit box), and its colour.
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
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

/**
 * The verdict's shape as an <svg>: sized by the text around it (`.icon`, 1.05em), or `size` px
 * by attributes, which an exported SVG keeps, at (x, y) when placed inside another SVG.
 */
export function statusShape(status: ProgressStatus, size?: number, at?: { x: number; y: number }): SVGTemplateResult {
  return svg`<svg class="icon icon--${status}" viewBox="0 0 16 16" width=${size ?? nothing} height=${size ?? nothing} x=${size === undefined ? nothing : (at?.x ?? 0)} y=${size === undefined ? nothing : (at?.y ?? 0)} aria-hidden="true" focusable="false">${PATHS[status].map(
    (d) => svg`<path d=${d}></path>`,
  )}</svg>`;
}

/** The shape's stroke and the status colours, for a widget's `static styles`. */
export const statusStyles = css`
  .icon {
    flex: none;
    width: 1.05em;
    height: 1.05em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .status--achieved,
  .status--on-track {
    color: var(--_ec-color-achieved);
  }

  .status--not-achieved,
  .status--deterioration {
    color: var(--_ec-color-missed);
  }

  .status--acceleration-needed,
  .status--limited-progress {
    color: var(--_ec-color-caution);
  }

  .status--cannot-assess {
    color: var(--_ec-color-muted);
  }
`;
