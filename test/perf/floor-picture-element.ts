/**
 * A second floor for the time-to-first-chart benchmark: the picture <ec-indicator> draws for
 * online retail sales (its title with the unit and a key, three plan-period bands with their
 * labels, the gridded y axis, a year axis, the line of four actual figures, three dashed target
 * lines from their baselines to hollow diamonds with labels, two outcome notes, a source line),
 * written by hand with Lit + d3 the least costly way: the figures and label positions are
 * inline, and there is no dataset, formatting, language, layout search, table, sources panel
 * or accessible summary. The widget measured against it shows what those cost, apart from the
 * cost of drawing more marks, which the first floor (floor-element.ts) does not draw.
 */
import { LitElement, css, html, svg } from 'lit';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { HEIGHT, WIDTH } from './fixture.js';

const M = { top: 30, right: 16, bottom: 28, left: 40 };
/** Online retail sales, trillion yuan, as the plans give them. */
const ACTUALS: Array<[year: number, value: number]> = [[2010, 0.5131], [2011, 0.75], [2015, 3.88], [2020, 11.8]];
/** Each plan's target: from its baseline (year, value) to its target (year, value), and its label. */
const TARGETS: Array<[from: [number, number], to: [number, number], label: string]> = [
  [[2010, 0.5131], [2015, 3], '12th FYP target >3'],
  [[2015, 3.88], [2020, 10], '13th FYP target ≈10'],
  [[2020, 11.8], [2025, 17], '14th FYP target 17'],
];
const BANDS: Array<[from: number, to: number, label: string]> = [[2011, 2015, '12th FYP 2011–2015'], [2016, 2020, '13th FYP 2016–2020'], [2021, 2025, '14th FYP 2021–2025']];
const OUTCOMES: Array<[year: number, value: number, text: string]> = [[2015, 3.88, '✓ 2015: 3.88 vs >3 target — 129%'], [2020, 11.8, '✓ 2020: 11.8 vs ≈10 target — 118%']];

export class PerfFloorPicture extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: ${WIDTH}px;
      font: 14px sans-serif;
    }
    .head {
      display: flex;
      justify-content: space-between;
    }
    .title {
      font-weight: 600;
    }
    .unit,
    .key,
    .source {
      color: #57606a;
      font-weight: 400;
      font-size: 0.85em;
    }
    text {
      font-size: 13px;
      fill: #57606a;
    }
    .band-label {
      text-anchor: middle;
    }
    .target-label {
      fill: #a84f00;
    }
    .outcome {
      fill: #1a7f37;
    }
  `;

  override render() {
    const x = scaleLinear().domain([2010, 2025]).range([M.left, WIDTH - M.right]);
    const y = scaleLinear().domain([0, 17]).nice().range([HEIGHT - M.bottom, M.top]);
    const half = (x(2011) - x(2010)) / 2;
    const path = line<[number, number]>()
      .x((d) => x(d[0]))
      .y((d) => y(d[1]));
    return html`<div class="head">
        <div class="title">Online retail sales <span class="unit">(trillion yuan)</span></div>
        <div class="key">● Actual ◇ Target</div>
      </div>
      <svg width=${WIDTH} height=${HEIGHT} viewBox="0 0 ${WIDTH} ${HEIGHT}">
        ${BANDS.map(
          ([from, to, label], i) => svg`<rect x=${x(from) - half} y=${M.top} width=${x(to) - x(from) + 2 * half} height=${HEIGHT - M.top - M.bottom} fill=${i % 2 ? '#fff' : '#f3f5f7'} />
            <text class="band-label" x=${(x(from) + x(to)) / 2} y=${M.top - 8}>${label}</text>`,
        )}
        ${y.ticks(10).map(
          (t) => svg`<line x1=${M.left} x2=${WIDTH - M.right} y1=${y(t)} y2=${y(t)} stroke="#d8dee4" />
            <text x=${M.left - 6} y=${y(t)} dy="0.32em" text-anchor="end">${t}</text>`,
        )}
        ${x.ticks(15).map((year) => svg`<text x=${x(year)} y=${HEIGHT - M.bottom + 16} text-anchor="middle">${year}</text>`)}
        ${TARGETS.map(
          ([from, to, label]) => svg`<path d=${path([from, to]) ?? ''} fill="none" stroke="#a84f00" stroke-dasharray="6 4" />
            <rect x=${x(to[0]) - 5} y=${y(to[1]) - 5} width="10" height="10" transform="rotate(45 ${x(to[0])} ${y(to[1])})" fill="#fff" stroke="#a84f00" stroke-width="2" />
            <text class="target-label" x=${x(to[0]) + (to[0] === 2025 ? -8 : 8)} y=${y(to[1]) - (to[0] === 2025 ? 14 : 0)} dy="0.32em" text-anchor=${to[0] === 2025 ? 'end' : 'start'}>${label}</text>`,
        )}
        <path class="line" d=${path(ACTUALS) ?? ''} fill="none" stroke="#0b5cad" stroke-width="2" />
        ${ACTUALS.map(([year, v]) => svg`<circle cx=${x(year)} cy=${y(v)} r="3.5" fill="#0b5cad" />`)}
        ${OUTCOMES.map(([year, v, text]) => svg`<text class="outcome" x=${x(year) - 8} y=${y(v) - 12} text-anchor="end">${text}</text>`)}
      </svg>
      <div class="source">Source: 12th FYP, 13th FYP, and 14th FYP</div>`;
  }
}

customElements.define('perf-floor-picture', PerfFloorPicture);

declare global {
  interface HTMLElementTagNameMap {
    'perf-floor-picture': PerfFloorPicture;
  }
}
