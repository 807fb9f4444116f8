import { dataset, documentsById, indicatorsById } from './dataset.js';
import type { WidgetLang } from '../format/lang.js';
import { datasetCsvWords, messages } from '../format/messages.js';
import { localized } from '../format/text.js';

/**
 * One CSV document from rows of fields (RFC 4180): fields holding a comma, a double quote,
 * CR or LF are quoted with inner quotes doubled; records end in CRLF. A UTF-8 byte-order mark
 * leads the text because Excel otherwise opens UTF-8 as the system code page and garbles
 * every Chinese character; other readers skip it.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * The whole dataset as CSV, one row per observation in dataset order, headed in `lang`:
 * indicator id and name, year, period, value (in the indicator's unit, as stored), unit, the
 * figure as written, kind, qualifier, target type, document title, issuer, the verbatim
 * quote, whether the document is a plan or a statistical release, and its publication date
 * (a release's date is the vintage of its figures). Ids, numbers and the Chinese as-written figure and quote stay the same in both
 * languages so a row can always be traced to its source sentence.
 */
export function datasetCsv(lang: WidgetLang): string {
  if (!Object.prototype.hasOwnProperty.call(messages, lang)) throw new Error(`invalid lang: ${String(lang)}`);
  // Every word in the file (headers, kinds, qualifiers) comes from the message catalogue.
  const m = messages[lang];
  const words = datasetCsvWords[lang];
  const rows = dataset.observations.map((o) => {
    const indicator = indicatorsById.get(o.indicator);
    const document = documentsById.get(o.document);
    if (!indicator) throw new Error(`invalid indicator: ${o.indicator} (observation ${o.id})`);
    if (!document) throw new Error(`invalid document: ${o.document} (observation ${o.id})`);
    return [
      o.indicator,
      localized(indicator, 'name', lang),
      String(o.year),
      o.period ? o.period.join(m.rangeDash) : '',
      String(o.value),
      localized(indicator, 'unit', lang),
      o.as_written,
      words.observationKind[o.kind],
      words.qualifier[o.qualifier],
      o.target_type ? m.targetType[o.target_type] : '',
      localized(document, 'title', lang),
      localized(document, 'issuer', lang),
      o.quote,
      words.sourceKind[document.kind],
      document.date,
    ];
  });
  return toCsv([words.head, ...rows]);
}
