import { css } from 'lit';
import { sharedStyles } from '../shared/shared.styles.js';

/**
 * The scorecard's styles. Tokens are read where they are used, with the theme's default as the
 * `var()` fallback, so a page sets `--ec-*` once on `:root` or a container and every widget
 * follows; none is declared on `:host`. Each is resolved once on `.root` into the private
 * `--_ec-*` the rules read (the names the shared styles read too), because the default
 * depends on the theme, mirrored on `.root` as `data-theme`.
 */
const light = css`
  --_ec-color-text: var(--ec-color-text, #1f2328);
  --_ec-color-muted: var(--ec-color-muted, #57606a);
  --_ec-background: var(--ec-background, #ffffff);
  --_ec-color-actual: var(--ec-color-actual, #0b5cad);
  --_ec-color-target: var(--ec-color-target, #a84f00);
  --_ec-color-supplied: var(--ec-color-supplied, #6e40c9);
  --_ec-color-grid: var(--ec-color-grid, #d8dee4);
  --_ec-color-band: var(--ec-color-band, #f3f5f7);
  --_ec-color-achieved: var(--ec-color-achieved, #1a7f37);
  --_ec-color-missed: var(--ec-color-missed, #c4161c);
  --_ec-color-caution: var(--ec-color-caution, #8a5a00);
  --_ec-color-focus: var(--ec-color-focus, #0969da);
`;

const dark = css`
  --_ec-color-text: var(--ec-color-text, #e6edf3);
  --_ec-color-muted: var(--ec-color-muted, #9da7b3);
  --_ec-background: var(--ec-background, #0d1117);
  --_ec-color-actual: var(--ec-color-actual, #58a6ff);
  --_ec-color-target: var(--ec-color-target, #f0883e);
  --_ec-color-supplied: var(--ec-color-supplied, #bc8cff);
  --_ec-color-grid: var(--ec-color-grid, #30363d);
  --_ec-color-band: var(--ec-color-band, #161b22);
  --_ec-color-achieved: var(--ec-color-achieved, #3fb950);
  --_ec-color-missed: var(--ec-color-missed, #ff7b72);
  --_ec-color-caution: var(--ec-color-caution, #d29922);
  --_ec-color-focus: var(--ec-color-focus, #58a6ff);
`;

const palette = css`
  .root {
    ${light}
  }

  .root[data-theme='dark'] {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    .root[data-theme='auto'] {
      ${dark}
    }
  }

  /* The system's colours win over every theme and page value. */
  @media (forced-colors: active) {
    .root {
      --_ec-color-text: CanvasText !important;
      --_ec-color-muted: CanvasText !important;
      --_ec-background: Canvas !important;
      --_ec-color-actual: CanvasText !important;
      --_ec-color-target: Highlight !important;
      --_ec-color-supplied: LinkText !important;
      --_ec-color-grid: GrayText !important;
      --_ec-color-band: Canvas !important;
      --_ec-color-achieved: CanvasText !important;
      --_ec-color-missed: CanvasText !important;
      --_ec-color-caution: CanvasText !important;
      --_ec-color-focus: Highlight !important;
      forced-color-adjust: auto;
    }
  }
`;

const layout = css`
  :host {
    display: block;
    min-width: 0;
    max-width: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([compact]) {
    display: inline-block;
    vertical-align: baseline;
  }

  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  /*
   * Type and colour live on an inner root, not on :host: a host page's rules on the tag
   * reach the host but not the shadow tree. The root is the container the table's
   * narrow layout queries.
   */
  .root {
    position: relative;
    container-type: inline-size;
    color: var(--_ec-color-text);
    background: var(--_ec-background);
    font-family: var(--ec-font-family, inherit);
    font-size: var(--ec-font-size, 14px);
    line-height: 1.4;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    font-style: normal;
    font-weight: 400;
    overflow-wrap: anywhere;
  }

  :host([compact]) .root {
    container-type: normal;
  }

  svg {
    overflow: visible;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  :focus-visible {
    outline: 2px solid var(--_ec-color-focus);
    outline-offset: 2px;
  }

  .message {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0.5em 0 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_ec-color-caution);
    border-radius: var(--ec-radius, 6px);
    background: var(--_ec-background);
    color: var(--_ec-color-text);
  }

  .message:first-child {
    margin-top: 0;
  }

  .message-icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.1em;
    color: var(--_ec-color-caution);
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
    white-space: nowrap;
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
    min-width: 8em;
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

  /* A figure reads as one unit (37.2万亿元 never splits before 元); sources break between words. */
  .figure {
    white-space: nowrap;
  }

  .meta {
    word-break: keep-all;
  }

  .ratio-cell {
    width: 16%;
    min-width: 8em;
  }

  .percent {
    font-weight: 700;
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
  @container (max-width: 479px) {
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

    .figure {
      white-space: normal;
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

  /* The gauge's bar, drawn small, in the gauge's colours. */
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
    stroke-width: 3;
  }

  .marker--baseline {
    stroke: var(--_ec-color-muted);
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
    fill: currentColor;
    font-weight: 600;
  }

  .card-figures {
    fill: var(--_ec-color-muted);
  }

  .card-rule {
    stroke: var(--_ec-color-grid);
  }

  .card .status {
    fill: currentColor;
  }

  @media print {
    .panel[hidden] {
      display: block !important;
    }

    .source-toggle {
      display: none;
    }
  }
`;

export const styles = [palette, layout, sharedStyles];
