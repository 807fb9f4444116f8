/**
 * The data a widget shows, as CSV rows: one row per point and target drawn, headed in the
 * widget's language, each with its source. Numbers are as stored (in the indicator's unit,
 * no grouping) so a spreadsheet reads them as numbers; the wording shown in the widget and
 * the figure as the Chinese text writes it ride along, so every row can be checked against
 * its source sentence. `toCsv` (src/data/csv.ts) turns rows into text with the BOM Excel needs.
 */
import type { IndicatorView } from '../view/indicator-view.js';
import { series } from '../data/selectors.js';
import type { ProgressPoint, TargetProgress } from '../data/targets.js';
import type { DocumentId, Indicator } from '../data/types.js';
import { formatQualified, messages, type WidgetLang } from '../format/index.js';
import { localized } from '../format/text.js';
import { documentReference } from './citation.js';

export type CsvRow = readonly string[];

/** The header row in a language. */
export function csvHead(lang: WidgetLang): CsvRow {
  return messages[lang].csvHead;
}

/** A period with the language's dash (as in the dataset CSV): 2016—2020 / 2016–2020. */
const yearText = (year: number, period: readonly [number, number] | undefined, lang: WidgetLang) =>
  period ? period.join(messages[lang].rangeDash) : String(year);

const nameOf = (indicator: Indicator, lang: WidgetLang) => localized(indicator, 'name', lang);
const unitOf = (indicator: Indicator, lang: WidgetLang) => localized(indicator, 'unit', lang);
const suppliedSource = (source: string, url: string | null | undefined) => (url ? `${source} ${url}` : source);

/**
 * Rows (header first) for an indicator chart's view: every actual, supplied figure and target
 * in the years and with the options shown, in the order of the widget's data table.
 */
export function indicatorCsvRows(view: IndicatorView): CsvRow[] {
  const { indicator, lang } = view;
  const id = indicator.id;
  const name = nameOf(indicator, lang);
  const unit = unitOf(indicator, lang);
  const points = new Map(series(id).map((p) => [p.year, p]));
  const actualYears = new Map(view.chart.actuals.map((a) => [a.key, a.year]));
  const targetByKey = new Map((view.chart.targets ?? []).map((t, i) => [t.key, view.progress[i]!.target]));
  const supplied = new Map((view.chart.supplied ?? []).map((s, i) => [s.key, { point: s, source: view.suppliedSources[i]! }]));

  const rows: CsvRow[] = [csvHead(lang)];
  for (const row of view.table.rows) {
    const words = view.details.get(row.key)?.value ?? row.cells[1];
    const kind = row.cells[2];
    const outcome = row.cells[4];
    const year = actualYears.get(row.key);
    const point = year !== undefined ? points.get(year) : undefined;
    const target = targetByKey.get(row.key);
    const given = supplied.get(row.key);
    if (point) {
      const o = point.observation;
      rows.push([name, yearText(point.year, point.period, lang), String(point.value), unit, words, kind, outcome, o.as_written, documentReference(o.document, lang)]);
    } else if (target) {
      const o = target.observation;
      rows.push([name, yearText(target.year, target.period, lang), String(target.value), unit, words, kind, outcome, o.as_written, documentReference(target.document, lang)]);
    } else if (given) {
      rows.push([name, String(given.point.year), String(given.point.value), unit, words, kind, outcome, '', suppliedSource(given.source.source, given.source.url)]);
    }
  }
  return rows;
}

/**
 * Rows (header first) for a target gauge: for each target shown, its baseline, latest figure
 * and the target itself, with the target's status as its outcome.
 */
export function gaugeCsvRows(indicator: Indicator, entries: readonly TargetProgress[], lang: WidgetLang): CsvRow[] {
  const m = messages[lang];
  const name = nameOf(indicator, lang);
  const unit = unitOf(indicator, lang);
  const words = (p: ProgressPoint) => formatQualified(p.value, p.qualifier, indicator, lang, 'words');
  const source = (p: ProgressPoint, fallback?: DocumentId) => {
    const document = p.observation?.document ?? fallback;
    return document ? documentReference(document, lang) : suppliedSource(p.source ?? '', p.url);
  };
  const rows: CsvRow[] = [csvHead(lang)];
  for (const p of entries) {
    if (p.baseline) {
      const b = p.baseline;
      rows.push([name, String(b.year), String(b.value), unit, words(b), m.baseline, '', b.observation?.as_written ?? '', source(b)]);
    }
    if (p.latest) {
      const l = p.latest;
      const kind = l.observation ? m.latest : m.supplied;
      rows.push([name, String(l.year), String(l.value), unit, words(l), kind, '', l.observation?.as_written ?? '', source(l)]);
    }
    const t = p.target;
    rows.push([
      name,
      yearText(t.year, t.period, lang),
      String(t.value),
      unit,
      formatQualified(t.value, t.qualifier, indicator, lang, 'words'),
      m.target,
      m.status[p.status],
      t.observation.as_written,
      documentReference(t.document, lang),
    ]);
  }
  return rows;
}
