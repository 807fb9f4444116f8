import { css } from 'lit';

/**
 * The colours of a target gauge's bar wherever it is drawn: the gauge itself and the
 * scorecard's small copy of it. Each widget sets the sizes (marker widths, dashes) in its own styles.
 */
export const gaugeBarStyles = css`
  .band--before-baseline {
    fill: var(--_ec-color-grid);
  }

  .band--to-target {
    fill: var(--_ec-color-grid);
    fill-opacity: 0.6;
  }

  .band--beyond-target {
    fill: var(--_ec-color-grid);
    fill-opacity: 0.3;
  }

  .bar {
    fill: var(--_ec-color-actual);
  }

  .bar--supplied {
    fill: var(--_ec-color-supplied);
  }

  .marker {
    fill: none;
    stroke-linecap: butt;
  }

  .marker--target {
    stroke: var(--_ec-color-target);
  }

  .marker--baseline {
    stroke: var(--_ec-color-muted);
  }
`;
