/**
 * The parts of <ec-indicator> around its chart, as template functions of the view: the key,
 * the tooltip, the sources panel and the data table. No state: the element passes what is
 * open and shown.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ChartMark, ChartType, IndicatorChartModel } from '../../charts/indicator-layout.js';
import type { TooltipPlacement } from '../../charts/tooltip-position.js';
import { messages, type WidgetLang } from '../../format/index.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import type { IndicatorView, PointDetail } from '../../view/indicator-view.js';

/** The title with its unit. */
export function title({ title, unit }: { title: string; unit: string }, lang: WidgetLang): TemplateResult {
  return html`<div class="title" part="title">${title}<span class="unit">${messages[lang].unitSuffix(unit)}</span></div>`;
}

/** The key's icons, whole templates: no binding inside, so no marker nodes in them. */
const ICONS = {
  line: {
    actual: svg`<svg viewBox="0 0 24 14" aria-hidden="true" focusable="false"><path class="line--actual" d="M1,7H23" /><circle class="mark--actual" cx="12" cy="7" r="4" /></svg>`,
    target: svg`<svg viewBox="0 0 24 14" aria-hidden="true" focusable="false"><path class="line--target" d="M1,7H23" /><path class="mark--target" d="M12,1.5L17.5,7L12,12.5L6.5,7Z" /></svg>`,
    supplied: svg`<svg viewBox="0 0 24 14" aria-hidden="true" focusable="false"><path class="line--supplied" d="M1,7H23" /><rect class="mark--supplied" x="7.5" y="2.5" width="9" height="9" /></svg>`,
  },
  bar: {
    actual: svg`<svg viewBox="0 0 24 14" aria-hidden="true" focusable="false"><rect class="bar--actual" x="7" y="2" width="10" height="12" /></svg>`,
    target: svg`<svg viewBox="0 0 24 14" aria-hidden="true" focusable="false"><rect class="bar--target" x="7" y="2" width="10" height="11" /></svg>`,
    supplied: svg`<svg viewBox="0 0 24 14" aria-hidden="true" focusable="false"><rect class="bar--supplied" x="7" y="2" width="10" height="11" fill="none" /></svg>`,
  },
};

/** Shapes and line styles, not colour alone, tell actuals, targets and supplied figures apart: the key says which is which. */
export function legend(view: Pick<IndicatorView, 'chart'>, chartType: ChartType, lang: WidgetLang): TemplateResult {
  const m = messages[lang];
  const icons = ICONS[chartType === 'bar' ? 'bar' : 'line'];
  // No whitespace between tags: it would be text nodes in every widget (the items are flex boxes).
  return html`<ul class="legend"><li>${icons.actual}${m.actual}</li>${view.chart.targets?.length ? html`<li>${icons.target}${m.target}</li>` : nothing}${
    view.chart.supplied?.length ? html`<li>${icons.supplied}${m.supplied}</li>` : nothing}</ul>`;
}

export function tooltip(open: { detail: PointDetail; position: TooltipPlacement } | null): TemplateResult | typeof nothing {
  if (!open) return nothing;
  const { detail, position: pos } = open;
  const style = cssomStyle({ left: `${pos.left}px`, top: `${pos.top}px`, width: `${pos.width}px` });
  return html`<div class="tooltip" part="tooltip" role="tooltip" data-placement=${pos.placement} style=${style}><div class="tooltip-heading">${detail.heading}</div><div
    class="tooltip-value">${detail.value}</div><div class="tooltip-meta">${detail.meta}</div>${
    detail.note ? html`<div class="tooltip-note" data-tone=${detail.tone}>${detail.note}</div>` : nothing}</div>`;
}

/**
 * The sources panel, open with the view to show, closed without. Its contents are written out
 * only while it is open: closed, it is hidden from every reader, on paper too, and its quotes
 * would be a large share of a drawn widget's nodes. The panel itself is always there, for the
 * button's aria-controls.
 */
export function sources(open: IndicatorView | null, lang: WidgetLang): TemplateResult {
  return html`<div class="panel" id="sources" ?hidden=${!open}>${open ? sourcesContent(open, lang) : nothing}</div>`;
}

/** Each figure's document and verbatim quote, the supplied figures' sources, and the dataset's notes. */
function sourcesContent(view: IndicatorView, lang: WidgetLang): TemplateResult {
  const m = messages[lang];
  // A quote is in its own language whatever the widget's (Chinese, or a release's English copy): screen readers must read it as such.
  const quoteLang = (l: WidgetLang) => (l === lang ? nothing : l);
  return html`<p class="panel-title"><strong>${m.definition}</strong></p>
    <p class="definition">${view.description}</p>
    <p class="panel-title"><strong>${m.sources}</strong></p>
    <ol>
      ${view.sources.map(
        (s) => html`<li>
          <span class="source-figure">${s.label}</span> — <cite class="source-document">${s.document}</cite>
          <q lang=${quoteLang(s.quoteLang)}>${s.quote}</q>
        </li>`,
      )}
      ${view.suppliedSources.map(
        (s) => html`<li>
          <span class="source-figure">${s.label}</span> —
          ${s.url
            ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.source}</a>`
            : html`<cite class="source-document">${s.source}</cite>`}
        </li>`,
      )}
    </ol>
    ${view.notes.length
      ? html`<p class="panel-title"><strong>${m.notes}</strong></p>
          <ul>
            ${view.notes.map((n) => html`<li>${n}</li>`)}
          </ul>`
      : nothing}`;
}

/** The data table: written out when the reader asks for it, and for print (visually hidden on screen then, shown by the print style sheet). */
export function table(view: IndicatorView, shown: boolean): TemplateResult {
  const { table } = view;
  return html`<div class="table-wrap ${shown ? '' : 'visually-hidden'}" id="table">
    <table part="table">
      <caption>
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) => html`<tr data-kind=${row.kind}>
            <th scope="row">${row.cells[0]}</th>
            ${row.cells.slice(1).map((c) => html`<td>${c}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The point nearest the pointer horizontally (ties broken vertically), within reach of the pointer. */
export function nearestMark(l: Pick<IndicatorChartModel, 'plot' | 'width' | 'marks'>, x: number, y: number): ChartMark | undefined {
  const { plot } = l;
  if (x < plot.x - 12 || x > l.width || y < plot.y - 24 || y > plot.y + plot.height + 12) return undefined;
  let best: ChartMark | undefined;
  let bestDistance = Infinity;
  for (const mk of l.marks) {
    const inBar = mk.bar && x >= mk.bar.x && x <= mk.bar.x + mk.bar.width;
    const d = inBar ? 0 : Math.hypot(x - mk.x, (y - mk.y) * 0.35);
    if (d < bestDistance) {
      bestDistance = d;
      best = mk;
    }
  }
  return bestDistance <= 48 ? best : undefined;
}
