/**
 * What <ec-indicator> exports, from its view and layout: the data shown as CSV rows, the
 * chart with a text key above it and the source line and notes under it, and the citation.
 * Pure: the widget's download menu and the command line call it with the same arguments.
 */
import type { TemplateResult } from 'lit';
import type { IndicatorChartModel } from '../../charts/indicator-layout.js';
import type { IndicatorView } from '../../view/indicator-view.js';
import { series } from '../../data/selectors.js';
import type { DocumentId } from '../../data/types.js';
import { citations } from '../../export/citation.js';
import { indicatorCsvRows } from '../../export/csv.js';
import type { ExportRun, ExportSpec, ExportText } from '../../export/svg-document.js';
import { messages } from '../../format/index.js';
import { indicatorPlot } from './indicator-plot.js';

/** The documents every figure shown is quoted from (all the texts that state it). */
export function shownDocuments(view: IndicatorView): DocumentId[] {
  const years = new Set(view.chart.actuals.map((a) => a.year));
  const actual = series(view.indicator.id)
    .filter((p) => years.has(p.year))
    .flatMap((p) => p.occurrences.map((o) => o.document));
  const target = view.progress.flatMap((p) => p.target.occurrences.map((o) => o.document));
  return [...new Set([...actual, ...target])];
}

/**
 * `notes: false` leaves the dataset's notes out of the picture's footer (a print desk's graphic
 * has no room for five paragraphs); the source line stays, and so do the CSV and citation.
 */
export function indicatorExportSpec(view: IndicatorView, layout: IndicatorChartModel, { notes = true } = {}): ExportSpec<TemplateResult> {
  const m = messages[view.lang];
  const bar = layout.type === 'bar';
  // The widget's key draws each mark; on paper a shape character in the mark's colour does.
  const key: ExportRun[] = [{ text: `${bar ? '■' : '●'} ${m.actual}`, tone: 'actual' }];
  if (view.chart.targets?.length) key.push({ text: `   ◇ ${m.target}`, tone: 'target' });
  if (view.chart.supplied?.length) key.push({ text: `   □ ${m.supplied}`, tone: 'supplied' });
  const footer: ExportText[] = [{ runs: [{ text: view.sourceLine, tone: 'muted' }], size: 11 }];
  if (notes) for (const note of view.notes) footer.push({ runs: [{ text: `${m.note}${m.colon}${note}`, tone: 'muted' }], size: 11 });
  return {
    lang: view.lang,
    filename: `${view.indicator.id}.${view.lang}`,
    title: view.title,
    unit: view.unit,
    summary: view.summary,
    charts: [{ chart: indicatorPlot(layout), width: layout.width, height: layout.height, before: [{ runs: key, size: 12 }] }],
    footer,
    csv: indicatorCsvRows(view),
    citation: citations(shownDocuments(view), view.lang),
  };
}
