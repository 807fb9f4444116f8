/**
 * Citations of the source documents, for "copy citation" and the CSV source column. Built
 * from the dataset's document records (title, issuer, date), so a citation names exactly the
 * texts the figures are quoted from.
 */
import { compareDocuments, getDocument } from '../data/selectors.js';
import type { DocumentId, SourceDocument } from '../data/types.js';
import type { WidgetLang } from '../format/lang.js';
import { messages } from '../format/messages.js';
import { localized } from '../format/text.js';

/** A document number such as 国发〔2015〕24号, which GB/T 7714 puts after the title. */
const DOCUMENT_NUMBER = /〔\d{4}〕\d+号$/;

function documentOf(id: DocumentId): SourceDocument {
  const document = getDocument(id);
  if (!document) throw new Error(`invalid document: ${String(id)}`);
  return document;
}

/**
 * One document as a reference: in Chinese after GB/T 7714-2015 (issuers separated by commas,
 * the title, the type code [Z] for an official document, the year), e.g.
 * `商务部, 中央网信办, 发展改革委. “十四五”电子商务发展规划[Z]. 2021.`; in English the
 * issuer, the English title with the Chinese title in brackets (so the original can be found),
 * and the year.
 */
export function citation(id: DocumentId, lang: WidgetLang): string {
  const d = documentOf(id);
  const year = d.date.slice(0, 4);
  return messages[lang].citation(d, DOCUMENT_NUMBER.test(d.short_zh) ? d.short_zh : '', year);
}

/**
 * References for several documents in order of issue, one a line; numbered [1], [2]… as in a
 * GB/T 7714 reference list when there is more than one.
 */
export function citations(ids: Iterable<DocumentId>, lang: WidgetLang): string {
  const unique = [...new Set(ids)].sort(compareDocuments);
  if (unique.length === 1) return citation(unique[0]!, lang);
  return unique.map((id, i) => `[${i + 1}] ${citation(id, lang)}`).join('\n');
}

/** A document's full title, issuer and date, as a source column or a details line names it. */
export function documentReference(id: DocumentId, lang: WidgetLang): string {
  const d = getDocument(id);
  if (!d) return String(id);
  return messages[lang].documentReference(localized(d, 'title', lang), localized(d, 'issuer', lang), d.date);
}
