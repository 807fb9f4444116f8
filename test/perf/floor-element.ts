/**
 * The floor of the time-to-first-chart benchmark: the least a Lit + d3 chart element can do
 * to draw the comparison chart (a line, axes as SVG ticks, a dashed target line). No data
 * module, no formatting, no i18n, no accessibility text, fixed size: <ec-indicator> is
 * measured against it to see what everything else costs.
 */
import { LitElement, css, html, svg } from 'lit';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { HEIGHT, TARGET, VALUES, WIDTH, YEARS } from './fixture.js';

const M = { top: 16, right: 16, bottom: 28, left: 40 };

export class PerfFloor extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: ${WIDTH}px;
      height: ${HEIGHT}px;
      font: 12px sans-serif;
    }
    text {
      fill: #57606a;
    }
  `;

  override render() {
    const x = scaleLinear()
      .domain([YEARS[0], YEARS[YEARS.length - 1]])
      .range([M.left, WIDTH - M.right]);
    const y = scaleLinear()
      .domain([0, Math.max(TARGET, ...VALUES)])
      .nice()
      .range([HEIGHT - M.bottom, M.top]);
    const d = line<number>()
      .x((_, i) => x(YEARS[i]))
      .y((v) => y(v))(VALUES);
    return html`<svg width=${WIDTH} height=${HEIGHT} viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Online retail sales">
      ${y.ticks(5).map(
        (t) => svg`<line x1=${M.left} x2=${WIDTH - M.right} y1=${y(t)} y2=${y(t)} stroke="#d8dee4" />
          <text x=${M.left - 6} y=${y(t)} dy="0.32em" text-anchor="end">${t}</text>`,
      )}
      ${YEARS.map((year) => svg`<text x=${x(year)} y=${HEIGHT - M.bottom + 16} text-anchor="middle">${year}</text>`)}
      <line class="target" x1=${M.left} x2=${WIDTH - M.right} y1=${y(TARGET)} y2=${y(TARGET)} stroke="#a84f00" stroke-dasharray="6 4" />
      <path class="line" d=${d ?? ''} fill="none" stroke="#0b5cad" stroke-width="2" />
      ${VALUES.map((v, i) => svg`<circle cx=${x(YEARS[i])} cy=${y(v)} r="3" fill="#0b5cad" />`)}
    </svg>`;
  }
}

customElements.define('perf-floor', PerfFloor);

declare global {
  interface HTMLElementTagNameMap {
    'perf-floor': PerfFloor;
  }
}
