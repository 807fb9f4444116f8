import { html, nothing, type TemplateResult } from 'lit';
import { dataset, listDocuments, type DocumentId, type KnownFrom, type SourceDocument } from '../../src/data/index.js';

/*
 * The source documents as the docs pages' Documents table (doc-blocks.ts) and the dataset
 * browser's (dataset-browser.ts) both show them: in order of issue, each ending in the same
 * columns, so the two pages cannot drift apart on a document's kind, issuer, date, count or
 * the copies a release was read in.
 */

/** Every source document, in order of issue. */
export const DOCUMENTS_BY_DATE: readonly SourceDocument[] = [...listDocuments()].sort((a, b) => a.date.localeCompare(b.date));

/** How many of the dataset's figures each document is quoted for. */
export const FIGURES_PER_DOCUMENT: ReadonlyMap<DocumentId, number> = dataset.observations.reduce(
  (counts, o) => counts.set(o.document, (counts.get(o.document) ?? 0) + 1),
  new Map<DocumentId, number>(),
);

/** The headings of the columns documentDetailCells() fills, in order. */
export const DOCUMENT_DETAIL_HEADINGS = ['Kind', 'Issuer', 'Date', 'Plans for', 'Figures', 'Read in'] as const;

/** A document's kind in words: a plan text, or an official statistical release. */
export function documentKindLabel(d: SourceDocument): TemplateResult {
  return d.kind === 'statistical-release'
    ? html`Statistical release<br /><span lang="zh-CN">统计发布</span>`
    : html`Plan text<br /><span lang="zh-CN">规划文件</span>`;
}

/** Where a fact about a document comes from, when not from the text itself. */
const BASIS: Record<KnownFrom, string> = {
  text: '',
  copy: 'from the copy read (its heading or dateline)',
  'public-record': 'from the public record',
  described: 'written here: the copy shows none',
};

function basisNote(what: string, basis: KnownFrom): TemplateResult | typeof nothing {
  return basis === 'text' ? nothing : html`<br /><span class="muted">${what} ${BASIS[basis]}.</span>`;
}

/** A document's kind, issuer (in both languages), date, plan period, figure count and the copies read, as table cells. */
export function documentDetailCells(d: SourceDocument): TemplateResult {
  return html`<td>${documentKindLabel(d)}${basisNote('Title', d.known_from.title)}</td>
    <td>
      <span lang="zh-CN">${d.issuer_zh}</span><br />${d.issuer_en}
      ${d.known_from.issuer === 'public-record'
        ? html`<br /><span class="muted">From the public record: the text does not name its issuer.</span>`
        : nothing}
    </td>
    <td class="nowrap">${d.date}${basisNote('Date', d.known_from.date)}</td>
    <td class="nowrap">${d.period ? `${d.period[0]}–${d.period[1]}` : '–'}</td>
    <td>${FIGURES_PER_DOCUMENT.get(d.id) ?? 0}</td>
    <td>${d.copies ? copiesList(d) : html`<span class="muted">Full text in <code>data/sources/${d.source_file}</code></span>`}</td>`;
}

/** The copies a release was read in: the one the passage is from first, each with what it confirms. */
function copiesList(d: SourceDocument): TemplateResult {
  const copies = [...(d.copies ?? [])].sort((a, b) => (a.role === b.role ? 0 : a.role === 'passage' ? -1 : 1));
  return html`<ul class="copies">
    ${copies.map(
      (c) => html`<li>
        <a href=${c.url} rel="noopener noreferrer">${new URL(c.url).hostname}</a>
        (${c.language}; ${c.role === 'passage' ? html`passage <code>data/sources/${d.source_file}</code>` : `confirms ${c.confirms.length} of the figures`})
        ${c.remark_en ? html`<br /><span class="muted">${c.remark_en}</span>` : nothing}
      </li>`,
    )}
    ${d.official_url ? html`<li>Official: <a href=${d.official_url}>${d.official_url}</a></li>` : html`<li class="muted">Official address not known.</li>`}
  </ul>`;
}
