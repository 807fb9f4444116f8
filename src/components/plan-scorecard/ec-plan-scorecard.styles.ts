import { css } from 'lit';
import { baseStyles } from '../../internal/base.styles.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { statusStyles } from '../shared/status.js';
import { gaugeBarStyles } from '../shared/gauge-bar.styles.js';

/**
 * The scorecard's own rules on top of the shared tokens (baseStyles): every colour is a
 * private `--_ec-*` resolved on `.root` from the page's `--ec-*` or the theme's default, so
 * the dark theme, forced colours and a page's own tokens follow without rules here.
 */
const layout = css`
  :host([compact]) {
    display: inline-block;
    vertical-align: baseline;
  }

  /* The root is the container the table's narrow layout queries. */
  .root {
    container-type: inline-size;
    overflow-wrap: break-word;
  }

  :host([compact]) .root {
    container-type: normal;
  }

  .message {
    margin: 0.5em 0 0;
  }

  .message:first-child {
    margin-top: 0;
  }

  .headline {
    margin: 0 0 0.5em;
    font-size: 1.15em;
    font-weight: 600;
    line-height: 1.3;
  }

  /* ------------------------------------------------------------------ table */

  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    margin-bottom: 0.4em;
    color: var(--_ec-color-muted);
    text-align: start;
  }

  th,
  td {
    padding: 0.45em 0.5em;
    border-bottom: 1px solid var(--_ec-color-grid);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    border-bottom-width: 2px;
    color: var(--_ec-color-muted);
    font-size: 0.9em;
    font-weight: 600;
  }

  th:first-child,
  td:first-child {
    padding-inline-start: 0;
  }

  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }

  tbody th {
    min-width: 6em;
    font-weight: 600;
  }

  .unit,
  .meta,
  .note {
    display: block;
    color: var(--_ec-color-muted);
    font-size: 0.85em;
    font-weight: 400;
  }

  .cell-body,
  .figure {
    display: block;
    min-width: 0;
  }

  .none {
    color: var(--_ec-color-muted);
  }

  /*
   * Lines break between words, never inside one (overflow-wrap only as a last resort, on the
   * cards); a Chinese figure or verdict, which has no spaces, is kept on one line: 37.2万亿元
   * never splits before 元.
   */
  :lang(zh) > .figure,
  :lang(zh) > .status,
  .root:lang(zh) .figure,
  .root:lang(zh) .status {
    white-space: nowrap;
  }

  /* Preferred shares of a wide table: the verdict's note wraps before the figures do. */
  thead th:nth-child(2),
  thead th:nth-child(3),
  thead th:nth-child(4) {
    width: 15%;
  }

  thead th:nth-child(5) {
    width: 20%;
  }

  .ratio-cell {
    width: 14%;
    min-width: 5.5em;
  }

  .percent {
    font-weight: 700;
  }

  .percent-year {
    color: var(--_ec-color-muted);
    font-size: 0.85em;
  }

  .bar-chart {
    display: block;
    width: 100%;
    height: 14px;
    margin-top: 0.3em;
  }

  /* Labels of each cell, shown only where the table reflows to cards. */
  .cell-label {
    display: none;
  }

  /*
   * Narrow columns: one card per target. The table keeps its roles (set explicitly in the
   * markup, since a table whose display changes may lose them), so a screen reader still
   * reads a table with row and column headers.
   */
  @container (max-width: 559px) {
    table,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
      width: auto;
    }

    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    tbody tr {
      padding: 0.6em 0;
      border-bottom: 1px solid var(--_ec-color-grid);
    }

    th,
    td {
      padding: 0.15em 0;
      border: 0;
    }

    tbody th {
      min-width: 0;
      font-size: 1.05em;
    }

    tbody td {
      display: grid;
      grid-template-columns: minmax(4.5em, 32%) minmax(0, 1fr);
      gap: 0 0.5em;
    }

    tbody,
    caption {
      overflow-wrap: anywhere;
    }

    .cell-label {
      display: block;
      color: var(--_ec-color-muted);
      font-size: 0.85em;
      padding-top: 0.1em;
    }

    .ratio-cell {
      width: auto;
      min-width: 0;
    }
  }

  /* ------------------------------------------------------------------ verdicts */

  /* The verdict is carried three ways: shape, word and colour. */
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 600;
  }

  /* The gauge's bar, drawn small (its colours: gaugeBarStyles). */
  .marker--target {
    stroke-width: 3;
  }

  .marker--baseline {
    stroke-width: 2;
  }

  /* ------------------------------------------------------------------ compact */

  .pills {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .pill {
    display: inline-flex;
    align-items: center;
    max-width: 100%;
    gap: 0.3em;
    padding: 0.1em 0.55em 0.1em 0.4em;
    border: 1.5px solid currentColor;
    border-radius: 0.9em;
    font-size: 0.9em;
    font-weight: 600;
  }

  .pill-name {
    min-width: 0;
    color: var(--_ec-color-text);
    font-weight: 400;
  }

  .pill-value {
    flex: none;
    white-space: nowrap;
  }

  :host([compact]) .headline {
    font-size: 1em;
    margin-bottom: 0.35em;
  }

  /* ------------------------------------------------------------------ sources */

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }

  .panel {
    margin-top: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_ec-color-grid);
    border-radius: var(--ec-radius, 6px);
  }

  .panel h3 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }

  .panel h3:first-child {
    margin-top: 0;
  }

  .panel dl {
    margin: 0;
  }

  .panel dt {
    margin-top: 0.4em;
    color: var(--_ec-color-muted);
    font-size: 0.9em;
  }

  .panel dd {
    margin: 0.1em 0 0;
  }

  blockquote {
    margin: 0.1em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_ec-color-grid);
  }

  .as-of {
    margin: 0.35em 0 0;
    color: var(--_ec-color-muted);
    font-size: 0.85em;
  }

  .notices {
    margin-top: 0.5em;
  }

  /* Space held before the table draws, close to its drawn height: no layout shift. */
  .table-placeholder {
    padding-top: 2.5em;
  }

  .placeholder-row {
    height: 4.2em;
    border-bottom: 1px solid var(--_ec-color-grid);
  }

  /* The exported card's own text. */
  .card-name {
    fill: var(--_ec-color-text);
    font-weight: 600;
  }

  .card-percent {
    fill: var(--_ec-color-text);
    font-weight: 700;
  }

  .card-status {
    font-weight: 600;
  }

  .card-figures {
    fill: var(--_ec-color-muted);
  }

  .card-rule {
    stroke: var(--_ec-color-grid);
  }

  /*
   * The card's verdicts name their colour outright: an SVG file's reader (and the command
   * line's inliner) may not carry the status's currentColor down to the text and the shape.
   */
  .card-status--achieved,
  .card-status--on-track {
    fill: var(--_ec-color-achieved);
  }

  .card-status--not-achieved,
  .card-status--deterioration {
    fill: var(--_ec-color-missed);
  }

  .card-status--acceleration-needed,
  .card-status--limited-progress {
    fill: var(--_ec-color-caution);
  }

  .card-status--cannot-assess {
    fill: var(--_ec-color-muted);
  }

  .card .icon--achieved,
  .card .icon--on-track {
    stroke: var(--_ec-color-achieved);
  }

  .card .icon--not-achieved,
  .card .icon--deterioration {
    stroke: var(--_ec-color-missed);
  }

  .card .icon--acceleration-needed,
  .card .icon--limited-progress {
    stroke: var(--_ec-color-caution);
  }

  .card .icon--cannot-assess {
    stroke: var(--_ec-color-muted);
  }

  /* Server-rendered, script not (yet) loaded: the sources toggle needs JavaScript. */
  :host(:not(:defined)) .source-toggle {
    display: none;
  }

  @media (forced-colors: active) {
    .source-toggle {
      color: LinkText;
    }
  }

  @media print {
    :host {
      break-inside: auto;
    }

    tr {
      break-inside: avoid;
    }

    .panel[hidden] {
      display: block !important;
    }

    .source-toggle {
      display: none;
    }
  }
`;

// The scorecard's rules come last: a scorecard may run to several printed pages, so it may break between rows.
export const styles = [baseStyles, sharedStyles, statusStyles, gaugeBarStyles, layout];
