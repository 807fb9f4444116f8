import { html, nothing, type TemplateResult } from 'lit';
import { dataset, listDocuments, type DocumentId, type SourceDocument } from '../../src/data/index.js';

/*
 * The source documents as the docs pages' Documents table (doc-blocks.ts) and the dataset
 * browser's (dataset-browser.ts) both show them: in order of issue, each ending in the same
 * four columns, so the two pages cannot drift apart on a document's issuer, date or count.
 */

/** Every source document, in order of issue. */
export const DOCUMENTS_BY_DATE: readonly SourceDocument[] = [...listDocuments()].sort((a, b) => a.date.localeCompare(b.date));

/** How many of the dataset's figures each document is quoted for. */
export const FIGURES_PER_DOCUMENT: ReadonlyMap<DocumentId, number> = dataset.observations.reduce(
  (counts, o) => counts.set(o.document, (counts.get(o.document) ?? 0) + 1),
  new Map<DocumentId, number>(),
);

/** The headings of the columns documentDetailCells() fills, in order. */
export const DOCUMENT_DETAIL_HEADINGS = ['Issuer', 'Date', 'Plans for', 'Figures'] as const;

/** A document's issuer (in both languages), date, plan period and figure count, as table cells. */
export function documentDetailCells(d: SourceDocument): TemplateResult {
  return html`<td>
      <span lang="zh-CN">${d.issuer_zh}</span><br />${d.issuer_en}
      ${d.issuer_basis === 'public-record'
        ? html`<br /><span class="muted">From the public record: the text does not name its issuer.</span>`
        : nothing}
    </td>
    <td class="nowrap">${d.date}</td>
    <td class="nowrap">${d.period ? `${d.period[0]}–${d.period[1]}` : '–'}</td>
    <td>${FIGURES_PER_DOCUMENT.get(d.id) ?? 0}</td>`;
}
