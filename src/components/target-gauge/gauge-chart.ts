/**
 * The SVG of a target gauge from its layout model: a bullet graph or a semicircular arc.
 * Template functions without state, shared by the widget, its downloads and the command line.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ArcModel, BulletModel, GaugeModel } from '../../charts/gauge-layout.js';
import type { GaugeEntry } from '../../view/gauge-view.js';

/** The chart's accessible name is the summary; the SVG's parts are decoration for it. */
export function gaugeChart(entry: GaugeEntry, model: GaugeModel): TemplateResult {
  // Attributes on one line: whitespace inside a tag changes nothing in the DOM, but the single file ships it.
  return html`<svg class="chart ${model.variant}" part="chart" role="img" aria-label=${entry.summary} viewBox="0 0 ${model.width} ${model.height}" width=${model.width} height=${model.height} focusable="false">
    ${model.variant === 'arc' ? renderArc(model, entry) : renderBullet(model)}
  </svg>`;
}

function renderBullet(m: BulletModel): SVGTemplateResult {
  const t = m.track;
  return svg`
    <g aria-hidden="true">
      ${m.bands.map((b) => svg`<rect class="band band--${b.kind}" x=${b.x} y=${t.y} width=${b.width} height=${t.height}></rect>`)}
      ${m.bar ? renderBar(m.bar) : nothing}
      ${m.baseline ? svg`<line class="marker marker--baseline" x1=${m.baseline.x} x2=${m.baseline.x} y1=${m.baseline.y1} y2=${m.baseline.y2}></line>` : nothing}
      <line class="marker marker--target" x1=${m.target.x} x2=${m.target.x} y1=${m.target.y1} y2=${m.target.y2}></line>
      ${m.labels.map(
        (l) => svg`${l.leader ? svg`<line class="leader leader--${l.kind}" x1=${l.leader.x} x2=${l.leader.x} y1=${l.leader.y1} y2=${l.leader.y2}></line>` : nothing}
          <text class="label label--${l.kind}" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`,
      )}
      ${m.ticks.map(
        (tick) => svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${t.y + t.height} y2=${t.y + t.height + 4}></line>
          <text class="tick-label" x=${tick.x} y=${m.tickY} text-anchor=${tick.anchor}>${tick.label}</text>`,
      )}
    </g>`;
}

function renderArc(m: ArcModel, entry: GaugeEntry): SVGTemplateResult {
  return svg`
    <g aria-hidden="true">
      <g transform="translate(${m.cx} ${m.cy})">
        ${m.bands.map((b) => svg`<path class="band band--${b.kind}" d=${b.path}></path>`)}
        ${m.bar ? svg`<path class="bar ${m.bar.supplied ? 'bar--supplied' : ''}" d=${m.bar.path}></path>` : nothing}
        ${m.baseline ? svg`<line class="marker marker--baseline" x1=${m.baseline.x1} y1=${m.baseline.y1} x2=${m.baseline.x2} y2=${m.baseline.y2}></line>` : nothing}
        <line class="marker marker--target" x1=${m.target.x1} y1=${m.target.y1} x2=${m.target.x2} y2=${m.target.y2}></line>
      </g>
      ${m.labels.map((l) => svg`<text class="label label--${l.kind}" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
      ${entry.centre
        ? svg`<text class="centre" x=${m.cx} y=${m.centre.y} text-anchor="middle" font-size=${m.centre.fontSize}>${entry.centre.value}</text>
            <text class="centre-year" x=${m.cx} y=${m.centre.yearY} text-anchor="middle">${entry.centre.year}</text>`
        : nothing}
      ${m.ends.map((e) => svg`<text class="tick-label" x=${e.x} y=${m.height - 4} text-anchor=${e.anchor}>${e.label}</text>`)}
    </g>`;
}

function renderBar(bar: NonNullable<BulletModel['bar']>): SVGTemplateResult {
  // A supplied figure is told apart by a stripe through the bar as well as by its colour.
  return svg`<rect class="bar ${bar.supplied ? 'bar--supplied' : ''}" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>
    ${bar.supplied && bar.width > 2
      ? svg`<line class="bar-stripe" x1=${bar.x} x2=${bar.x + bar.width} y1=${bar.y + bar.height / 2} y2=${bar.y + bar.height / 2}></line>`
      : nothing}`;
}
