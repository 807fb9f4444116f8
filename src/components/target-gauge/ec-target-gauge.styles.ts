import { css } from 'lit';
import { baseStyles } from '../../internal/base.styles.js';
import { statusStyles } from '../shared/status.js';
import { gaugeBarStyles } from '../shared/gauge-bar.styles.js';

/**
 * The gauge's own rules on top of the shared tokens. Every colour is an `--ec-*` token
 * declared in baseStyles, so the dark theme and forced colours follow without rules here.
 */
export const styles = [
  baseStyles,
  statusStyles,
  gaugeBarStyles,
  css`
    :host([compact]) {
      display: inline-block;
      vertical-align: baseline;
    }

    .title {
      margin: 0 0 0.15em;
      font-size: 1.15em;
      font-weight: 600;
      line-height: 1.3;
    }

    .gauge+.gauge {
      margin-top: 1.25em;
      padding-top: 1em;
      border-top: 1px solid var(--_ec-color-grid);
    }

    .heading {
      margin: 0 0 0.35em;
      color: var(--_ec-color-muted);
    }

    .headline {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35em 0.75em;
    }

    .percent-group {
      white-space: nowrap;
    }

    .percent {
      font-size: 1.9em;
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }

    .of-target,
    .key-source,
    .facts dt {
      color: var(--_ec-color-muted);
    }

    /* The badge carries its status three ways: shape, word and colour. */
    .status {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      padding: 0.15em 0.6em 0.15em 0.45em;
      border: 1.5px solid currentColor;
      border-radius: var(--ec-radius, 6px);
      font-weight: 600;
      line-height: 1.3;
      white-space: nowrap;
    }


    .note {
      margin: 0.35em 0 0;
      color: var(--_ec-color-muted);
    }

    /*
     * Drawn at the width it was laid out for, and scaled down (aspect kept) only when the box
     * is narrower than the 200 px minimum layout.
     */
    .chart,
    .chart-placeholder {
      max-width: 100%;
      height: auto;
      margin-top: 0.5em;
    }

    /* Space held before the chart draws, close to its drawn height: no layout shift. */
    .chart-placeholder.bullet {
      width: 100%;
      height: 92px;
    }

    .chart-placeholder.arc {
      width: 100%;
      aspect-ratio: 2/1.25;
      max-width: 300px;
    }

    .chart text {
      font-family: var(--ec-font-family, inherit);
      fill: var(--_ec-color-text);
      /* A halo in the background colour keeps labels legible where a leader passes behind. */
      paint-order: stroke;
      stroke: var(--_ec-background);
      stroke-width: 3px;
      stroke-linejoin: round;
    }


    .bar-stripe {
      stroke: var(--_ec-background);
      stroke-width: 1.5;
    }

    .marker--target {
      stroke-width: 3.5;
    }

    .marker--baseline {
      stroke-width: 2;
      stroke-dasharray: 3 2;
    }

    .leader {
      stroke-width: 1;
      stroke: var(--_ec-color-muted);
    }

    .leader--target {
      stroke: var(--_ec-color-target);
    }

    .chart .label--target {
      fill: var(--_ec-color-target);
      font-weight: 600;
    }

    .chart .label--latest {
      fill: var(--_ec-color-text);
      font-weight: 600;
    }

    .chart .label--baseline,
    .chart .tick-label {
      fill: var(--_ec-color-muted);
    }

    /*
     * The arc's centre figure takes its size from its font-size attribute (set from the layout),
     * which a CSS font-size would override: it is left out of this rule. An attribute, not an
     * inline style, so a CSP without 'unsafe-inline' cannot drop it and the exported SVG keeps it.
     */
    .chart .label,
    .chart .tick-label,
    .chart .centre-year {
      font-size: 12px;
    }

    .chart .centre {
      font-weight: 700;
    }

    .chart .centre-year {
      fill: var(--_ec-color-muted);
    }

    .tick {
      stroke: var(--_ec-color-muted);
    }

    .unit {
      margin: 0.1em 0 0;
      font-size: 0.85em;
      color: var(--_ec-color-muted);
    }

    .key {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0.5em 0 0;
    }

    /* Each entry is one run of text that wraps as a sentence would, whatever the width. */
    .key-item {
      min-width: 0;
    }

    .key dt,
    .key dd {
      display: inline;
      margin: 0;
    }

    .key dt {
      color: var(--_ec-color-muted);
      margin-inline-end: 0.3em;
    }

    .key dd {
      overflow-wrap: anywhere;
    }

    .swatch {
      display: inline-block;
      width: 1em;
      height: 1em;
      margin-inline-end: 0.3em;
      vertical-align: -0.15em;
    }

    details {
      margin-top: 0.6em;
    }

    summary {
      cursor: pointer;
      color: var(--_ec-color-text);
      text-decoration: underline;
      text-underline-offset: 0.15em;
      width: max-content;
      max-width: 100%;
    }

    .details-heading,
    .quote-label {
      margin: 0.6em 0 0.2em;
      font-weight: 600;
    }

    .facts {
      margin: 0.4em 0 0;
    }

    .facts div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
    }

    .facts dd {
      margin: 0;
    }

    .quote {
      margin: 0;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_ec-color-grid);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }

    .definition {
      margin: 0;
    }

    .summary-text {
      margin: 0.6em 0 0;
      color: var(--_ec-color-muted);
    }

    .message {
      margin-top: 0.6em;
    }

    /* compact: one line that sits in running text. */
    .pill {
      display: inline-flex;
      align-items: center;
      padding: 0 0.45em 0 0.35em;
      border: 1.5px solid currentColor;
      border-radius: 999px;
      font-weight: 600;
      line-height: 1.35;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }

    .pill-face {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
    }

    :host([compact]) .root {
      font-size: inherit;
    }

    .footer:empty {
      display: none;
    }

    @media print {
      .gauge {
        break-inside: avoid;
      }
    }
  `,
];
