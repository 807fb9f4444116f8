import { css } from 'lit';

/**
 * Styles of <ec-indicator>, after `baseStyles` (which resolves the shared colour tokens); each
 * size token is read where it is used, its default the `var()` fallback.
 * Sizes the chart box from an aspect ratio before any data draws, so the page does not
 * shift when the chart appears.
 */
export const indicatorStyles = css`
  :host([compact]) {
    display: inline-block;
    vertical-align: middle;
    width: var(--ec-sparkline-width, 6em);
    height: var(--ec-sparkline-height, 1.25em);
    line-height: 1;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-bottom: 0.5em;
  }

  .title {
    margin: 0;
    font-size: 1.1em;
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .unit {
    font-weight: 400;
    color: var(--_ec-color-muted);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.9em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    white-space: nowrap;
  }

  .legend svg {
    flex: none;
    width: 1.6em;
    height: 1em;
  }

  .chart {
    position: relative;
    width: 100%;
    aspect-ratio: var(--ec-aspect-ratio, 16 / 9);
    min-height: var(--ec-chart-min-height, 220px);
    max-height: var(--ec-chart-max-height, 560px);
    border-radius: var(--ec-radius, 6px);
    touch-action: pan-y;
  }

  .chart>svg.plot,
  .chart>svg.focus-layer {
    position: absolute;
    inset: 0;
  }

  .chart>svg.focus-layer {
    pointer-events: none;
  }

  /* Laid out at an assumed width (server rendering, print): scaled into the box, aspect kept. */
  .chart>svg.plot.fluid,
  .chart>svg.focus-layer.fluid {
    width: 100%;
    height: 100%;
  }

  /*
   * The summary in words is the chart's accessible name once the script runs. In
   * server-rendered HTML with JavaScript off it is shown under the chart instead, with the
   * controls that would need the script hidden.
   */
  .static-summary {
    display: none;
  }

  :host(:not(:defined)) .static-summary {
    display: block;
    margin: 0.5em 0 0;
  }

  :host(:not(:defined)) .actions {
    display: none;
  }

  :host([compact]) .root {
    width: 100%;
    height: 100%;
    background: transparent;
  }

  :host([compact]) .chart {
    aspect-ratio: auto;
    min-height: 0;
    height: 100%;
    border-radius: 0;
  }

  /* The sparkline's strokes, inside .chart only: the full chart a compact widget exports is drawn outside it and keeps the usual ones. */
  :host([compact]) .chart .line--actual {
    stroke-width: 1.75;
  }

  :host([compact]) .chart .mark--target {
    stroke-width: 1.25;
  }

  :host([compact]) .chart .mark--actual {
    stroke-width: 1;
  }

  .band {
    fill: var(--_ec-color-band);
  }

  .band-edge {
    stroke: var(--_ec-color-grid);
    stroke-dasharray: 2 3;
  }

  .band-label {
    fill: var(--_ec-color-muted);
  }

  .grid {
    fill: none;
    stroke: var(--_ec-color-grid);
    shape-rendering: crispEdges;
  }

  .axis-line {
    fill: none;
    stroke: var(--_ec-color-muted);
    shape-rendering: crispEdges;
  }

  .tick-label {
    fill: var(--_ec-color-muted);
    font-variant-numeric: tabular-nums;
  }

  .line--actual {
    fill: none;
    stroke: var(--_ec-color-actual);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .line--supplied {
    fill: none;
    stroke: var(--_ec-color-supplied);
    stroke-width: 2;
    stroke-dasharray: 1 4;
    stroke-linecap: round;
  }

  .line--target {
    fill: none;
    stroke: var(--_ec-color-target);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }

  .mark--actual {
    fill: var(--_ec-color-actual);
    stroke: var(--_ec-background);
    stroke-width: 1.5;
  }

  .mark--supplied {
    fill: var(--_ec-color-supplied);
    stroke: var(--_ec-background);
    stroke-width: 1;
  }

  .mark--target {
    fill: var(--_ec-background);
    stroke: var(--_ec-color-target);
    stroke-width: 2;
  }

  .bar--actual {
    fill: var(--_ec-color-actual);
  }

  /* Its hatch fill is a presentation attribute: url(#id) in a shadow stylesheet is resolved inconsistently across browsers. */
  .bar--supplied {
    stroke: var(--_ec-color-supplied);
    stroke-width: 1.5;
  }

  .hatch-line {
    stroke: var(--_ec-color-supplied);
    stroke-width: 2;
  }

  .bar--target {
    fill: var(--_ec-background);
    fill-opacity: 0.6;
    stroke: var(--_ec-color-target);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }

  .label {
    paint-order: stroke;
    stroke: var(--_ec-background);
    stroke-width: 4px;
    stroke-linejoin: round;
  }

  .label--target {
    fill: var(--_ec-color-target);
  }

  /* Regular weight: the layout measures labels in the regular face, and ✓/✗ carry the emphasis. */
  .label--achieved {
    fill: var(--_ec-color-achieved);
  }

  .label--missed {
    fill: var(--_ec-color-missed);
  }

  .label--neutral {
    fill: var(--_ec-color-text);
  }

  .focus-ring {
    fill: none;
    stroke: var(--_ec-color-focus);
    stroke-width: 2;
  }

  svg text {
    font-family: var(--ec-font-family, inherit);
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    padding: 6px 10px;
    color: var(--_ec-color-text);
    border: 1px solid var(--_ec-color-muted);
    border-radius: var(--ec-radius, 6px);
    background: var(--_ec-background);
    box-shadow: 0 2px 8px rgb(0 0 0 / 18%);
    font-size: 13px;
    line-height: 1.4;
    pointer-events: none;
    overflow-wrap: anywhere;
  }

  .tooltip[data-placement=above] {
    transform: translateY(-100%);
  }

  .tooltip-heading {
    font-weight: 600;
  }

  .tooltip-value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .tooltip-meta {
    color: var(--_ec-color-muted);
  }

  .tooltip-note[data-tone=achieved] {
    color: var(--_ec-color-achieved);
  }

  .tooltip-note[data-tone=missed] {
    color: var(--_ec-color-missed);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    color: var(--_ec-color-muted);
  }

  .source {
    margin: 0;
    flex: 1 1 16em;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }

  .panel {
    margin-top: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_ec-color-grid);
    border-radius: var(--ec-radius, 6px);
    font-size: 0.85em;
  }

  .panel ol,
  .panel ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  .panel li+li {
    margin-top: 0.5em;
  }

  .source-figure {
    font-weight: 600;
  }

  .source-document {
    font-style: normal;
    color: var(--_ec-color-muted);
  }

  .panel q {
    display: block;
    margin-top: 0.15em;
    quotes: '“' '”';
  }

  .panel a {
    color: var(--_ec-color-actual);
  }

  .table-wrap {
    margin-top: 0.5em;
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.3em;
  }

  th,
  td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--_ec-color-grid);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    border-bottom-color: var(--_ec-color-muted);
  }

  .messages {
    display: grid;
    gap: 0.4em;
    margin-bottom: 0.5em;
  }

  @media print {
    /* The chart takes the height of its drawing, scaled to the printed width: never cut off. */
    .chart {
      break-inside: avoid;
      aspect-ratio: auto;
      min-height: 0;
      max-height: none;
      height: auto;
    }

    .chart>svg.plot,
    .chart>svg.plot.fluid {
      position: static;
      width: 100%;
      height: auto;
    }

    .tooltip,
    .actions,
    .focus-layer,
    .focus-ring {
      display: none !important;
    }

    table,
    tr {
      break-inside: avoid;
    }

    .table-wrap.visually-hidden {
      position: static !important;
      width: auto !important;
      height: auto !important;
      margin: 0.5em 0 0 !important;
      overflow: visible !important;
      clip: auto !important;
      white-space: normal !important;
    }
  }

  @media (forced-colors: active) {
    .mark--target,
    .bar--target {
      fill: Canvas;
    }

    .label {
      stroke: Canvas;
    }

    .tooltip {
      border-color: CanvasText;
    }

    button.link,
    .panel a {
      color: LinkText;
    }
  }
`;
