import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  dataset,
  listDocuments,
  listIndicators,
  notes,
  observations,
  type Category,
  type DocumentId,
  type Indicator,
  type Observation,
  type Qualifier,
  type SourceDocument,
  type TargetType,
} from '../../src/data/index.js';
import { defineOnce } from '../../src/internal/define.js';
import { DOCUMENTS_BY_DATE, DOCUMENT_DETAIL_HEADINGS, documentDetailCells } from './documents.js';

/*
 * <ec-dataset-browser>: the bundled dataset as a searchable table, for the Storybook
 * "Dataset" page. Documentation only: not exported from the package, not in the manifest
 * (the manifest's globs cover src/ only).
 */

const CATEGORY_LABELS: Readonly<Record<Category, readonly [en: string, zh: string]>> = {
  scale: ['Scale', '规模'],
  retail: ['Retail', '零售'],
  employment: ['Employment', '就业'],
  industry: ['Industry', '产业'],
  rural: ['Rural', '农村'],
  'cross-border': ['Cross-border', '跨境'],
  infrastructure: ['Infrastructure', '基础设施'],
  enterprises: ['Enterprises', '企业'],
  policy: ['Policy', '政策'],
};

const QUALIFIER_LABELS: Readonly<Record<Qualifier, readonly [en: string, zh: string]>> = {
  exact: ['exact', '确数'],
  over: ['over', '超过'],
  about: ['about', '约'],
  'at-least': ['at least', '不低于'],
  nearly: ['nearly', '接近'],
};

const TARGET_TYPE_LABELS: Readonly<Record<TargetType, readonly [en: string, zh: string]>> = {
  expected: ['expected', '预期性'],
  binding: ['binding', '约束性'],
};

const KIND_LABELS = { actual: ['actual', '实际'], target: ['target', '目标'] } as const;

/** Case-, width- and compatibility-insensitive form for matching: ＡＢＣ → abc, full-width digits → ASCII. */
const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

interface IndexedIndicator {
  indicator: Indicator;
  observations: readonly Observation[];
  /** Folded id and names, searched as one string. */
  names: string;
  /** Folded quotes, parallel to `observations`. */
  quotes: readonly string[];
}

/** Built once at module load: the dataset does not change while the page is open. */
const INDEX: readonly IndexedIndicator[] = listIndicators().map((indicator) => {
  const obs = observations(indicator.id);
  return {
    indicator,
    observations: obs,
    names: fold(`${indicator.id}\n${indicator.name_zh}\n${indicator.name_en}`),
    quotes: obs.map((o) => fold(o.quote)),
  };
});

const DOCUMENTS: ReadonlyMap<DocumentId, SourceDocument> = new Map(listDocuments().map((d) => [d.id, d]));
const PLAN_COUNT = listDocuments().filter((d) => d.kind === 'plan').length;

interface Row {
  entry: IndexedIndicator;
  /** Observations whose quote matches the query (0 when there is no query or only a name matched). */
  quoteMatches: number;
}

/**
 * Splits `text` around case-insensitive occurrences of `query` and wraps them in <mark>.
 * Folding can change a string's length (ﬁ → fi); then offsets would not map back, so such
 * text is returned unmarked rather than marked in the wrong place.
 */
function highlight(text: string, query: string): TemplateResult | string {
  if (!query) return text;
  const folded = fold(text);
  if (folded.length !== text.length) return text;
  const parts: Array<TemplateResult | string> = [];
  let from = 0;
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + query.length)) {
    parts.push(text.slice(from, at), html`<mark>${text.slice(at, at + query.length)}</mark>`);
    from = at + query.length;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return html`${parts}`;
}

const bilingual = ([en, zh]: readonly [string, string]) => html`${en} <span lang="zh-CN">${zh}</span>`;
/** The same, on two lines: keeps the narrow columns of the observations table narrow. */
const stacked = ([en, zh]: readonly [string, string]) => html`${en}<br /><span lang="zh-CN">${zh}</span>`;

const yearOf = (o: Observation) => (o.period ? `${o.period[0]}–${o.period[1]}` : String(o.year));

/**
 * A browsable, searchable view of every indicator in the bundled dataset; expanding a row
 * shows each figure with its verbatim quote and source document, and the indicator's notes.
 */
export class EcDatasetBrowser extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #1f2328;
      background: #ffffff;
      font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
        'Noto Sans CJK SC', sans-serif;
      font-size: 14px;
      line-height: 1.5;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    h2 {
      font-size: 1.25rem;
      margin: 2rem 0 0.5rem;
    }
    h2:first-child {
      margin-top: 0;
    }
    h3 {
      font-size: 1.05rem;
      margin: 0 0 0.25rem;
    }
    h4 {
      font-size: 1rem;
      margin: 1rem 0 0.25rem;
    }
    p {
      margin: 0 0 0.5rem;
    }
    a {
      color: #0550ae;
    }
    mark {
      background: #fff0a8;
      color: inherit;
      border-radius: 2px;
    }
    :focus-visible {
      outline: 2px solid #0969da;
      outline-offset: 2px;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: flex-start;
      margin: 0 0 0.5rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      min-width: 0;
      flex: 1 1 16rem;
      max-width: 32rem;
    }
    .field.narrow {
      flex: 0 1 12rem;
    }
    label {
      font-weight: 600;
    }
    input,
    select {
      font: inherit;
      color: inherit;
      background: #ffffff;
      border: 1px solid #6e7781;
      border-radius: 6px;
      padding: 0.35rem 0.5rem;
      width: 100%;
    }
    .hint,
    .muted {
      color: #57606a;
      font-size: 0.9em;
    }
    .status {
      margin: 0.25rem 0 0.5rem;
      font-weight: 600;
    }
    /* Wide tables scroll sideways inside their own box instead of widening the page (320 px). */
    .scroll {
      overflow-x: auto;
      container-type: inline-size;
      border: 1px solid #d0d7de;
      border-radius: 6px;
    }
    .scroll:focus-visible {
      outline-offset: 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding: 0.5rem 0.75rem;
    }
    /* A caption is as wide as its table; its text stays readable inside the visible part. */
    caption > span {
      display: inline-block;
      position: sticky;
      left: 0.75rem;
      max-width: calc(100cqi - 1.5rem);
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.4rem 0.75rem;
      border-top: 1px solid #d0d7de;
    }
    thead th {
      background: #f6f8fa;
      white-space: nowrap;
    }
    .indicators > tbody > tr > * {
      min-width: 7rem;
    }
    .indicators > tbody > tr > th {
      min-width: 11rem;
    }
    .indicators > tbody > tr > .name {
      min-width: 11rem;
    }
    .toggle {
      display: inline-flex;
      gap: 0.35rem;
      align-items: baseline;
      font: inherit;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9em;
      text-align: start;
      color: #0550ae;
      background: none;
      border: 0;
      padding: 0.1rem 0;
      cursor: pointer;
    }
    .toggle:hover {
      text-decoration: underline;
    }
    .toggle .chevron {
      display: inline-block;
      flex: none;
      width: 0.65em;
      height: 0.65em;
      transition: transform 120ms ease-out;
    }
    .toggle[aria-expanded='true'] .chevron {
      transform: rotate(90deg);
    }
    @media (prefers-reduced-motion: reduce) {
      .toggle .chevron {
        transition: none;
      }
    }
    tr.expanded > * {
      background: #f6f8fa;
    }
    tr.detail > td {
      padding: 0;
      border-top: 0;
    }
    /*
     * The detail panel sits in a cell that spans the whole (possibly scrolled) table: sticky
     * and as wide as the scroll box, it stays in view while the row above scrolls sideways.
     */
    .detail-body {
      position: sticky;
      left: 0;
      width: 100cqi;
      padding: 0.75rem 0.75rem 1rem;
      background: #f6f8fa;
    }
    .detail-body .scroll {
      background: #ffffff;
    }
    .observations td,
    .observations th {
      font-size: 0.95em;
    }
    .observations .quote {
      min-width: 16rem;
    }
    .nowrap {
      white-space: nowrap;
    }
    .notes {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .notes li + li {
      margin-top: 0.5rem;
    }
    .documents th[tabindex]:focus {
      outline: 2px solid #0969da;
      outline-offset: -2px;
    }
    @media (forced-colors: active) {
      mark {
        forced-color-adjust: none;
        background: Mark;
        color: MarkText;
      }
      .toggle {
        color: LinkText;
      }
    }
  `;

  /** Search text: matches ids, Chinese and English names, and quote text. */
  @property() query = '';

  /** Category filter; empty for all. */
  @property() category: Category | '' = '';

  /** Id of the expanded indicator; empty for none. */
  @property({ reflect: true }) selected = '';

  @state() private rows: readonly Row[] = [];

  private foldedQuery = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('category')) {
      this.foldedQuery = fold(this.query.trim());
      this.rows = this.filter(this.foldedQuery, this.category);
    }
  }

  private filter(query: string, category: Category | ''): Row[] {
    const rows: Row[] = [];
    for (const entry of INDEX) {
      if (category && entry.indicator.category !== category) continue;
      if (!query) {
        rows.push({ entry, quoteMatches: 0 });
        continue;
      }
      const quoteMatches = entry.quotes.filter((q) => q.includes(query)).length;
      if (quoteMatches > 0 || entry.names.includes(query)) rows.push({ entry, quoteMatches });
    }
    return rows;
  }

  private onSearch(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onCategory(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value as Category | '';
  }

  private toggle(id: string): void {
    this.selected = this.selected === id ? '' : id;
  }

  /*
   * Fragment links cannot reach ids inside a shadow root, so document links are followed
   * here: scroll to the document's row and move focus to it, as a same-page link would.
   */
  private followDocumentLink(event: MouseEvent, id: DocumentId): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#doc-${id}`);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  protected override render(): TemplateResult {
    const total = INDEX.length;
    return html`
      <h2>Indicators</h2>
      <p>
        ${total} indicators, ${dataset.observations.length} figures and ${dataset.notes.length} notes, quoted
        from ${DOCUMENTS.size} documents: ${PLAN_COUNT} plan texts and ${DOCUMENTS.size - PLAN_COUNT} official statistical
        releases (schema ${dataset.schema_version}, figures as of ${dataset.as_of}). Expand an indicator to see every
        figure with the sentence it comes from; a figure from a release is marked “release”.
      </p>
      <form class="filters" role="search" aria-label="Indicators" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="q">Search indicators</label>
          <input
            id="q"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="q-hint"
            .value=${this.query}
            @input=${this.onSearch}
          />
          <span id="q-hint" class="hint">Id, Chinese or English name, or words of a quote: 网络零售, rural, 2025.</span>
        </div>
        <div class="field narrow">
          <label for="category">Category</label>
          <select id="category" @change=${this.onCategory}>
            <option value="" ?selected=${this.category === ''}>All categories</option>
            ${(Object.keys(CATEGORY_LABELS) as Category[]).map(
              (c) =>
                html`<option value=${c} ?selected=${this.category === c}>
                  ${CATEGORY_LABELS[c][0]} ${CATEGORY_LABELS[c][1]}
                </option>`,
            )}
          </select>
        </div>
      </form>
      <p class="status" role="status">
        ${this.rows.length === total ? `All ${total} indicators` : `${this.rows.length} of ${total} indicators`}
      </p>
      <div class="scroll" role="region" aria-labelledby="indicators-caption" tabindex="0">
        <table class="indicators">
          <caption id="indicators-caption"><span>Indicators of China's e-commerce plans</span></caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col" lang="zh-CN">名称</th>
              <th scope="col">Name</th>
              <th scope="col">Unit <span lang="zh-CN">单位</span></th>
              <th scope="col">Category</th>
              <th scope="col">Figures</th>
            </tr>
          </thead>
          <tbody>
            ${this.rows.length === 0
              ? html`<tr>
                  <td colspan="6">No indicator matches “${this.query.trim()}”.</td>
                </tr>`
              : this.rows.map((row) => this.renderRow(row))}
          </tbody>
        </table>
      </div>
      ${this.renderDocuments()}
    `;
  }

  private renderRow({ entry, quoteMatches }: Row): TemplateResult {
    const { indicator, observations: obs } = entry;
    const expanded = this.selected === indicator.id;
    const q = this.foldedQuery;
    const actual = obs.filter((o) => o.kind === 'actual').length;
    return html`
      <tr class=${expanded ? 'expanded' : ''}>
        <th scope="row">
          <button
            class="toggle"
            type="button"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${expanded ? `detail-${indicator.id}` : nothing}
            @click=${() => this.toggle(indicator.id)}
          >
            <svg class="chevron" viewBox="0 0 8 8" aria-hidden="true" focusable="false">
              <path d="M2 1l4 3-4 3z" fill="currentColor" />
            </svg><span>${highlight(indicator.id, q)}</span>
          </button>
        </th>
        <td class="name" lang="zh-CN">${highlight(indicator.name_zh, q)}</td>
        <td class="name">${highlight(indicator.name_en, q)}</td>
        <td><span lang="zh-CN">${indicator.unit_zh}</span><br />${indicator.unit_en}</td>
        <td>${bilingual(CATEGORY_LABELS[indicator.category])}</td>
        <td>
          ${actual} actual, ${obs.length - actual} target
          ${quoteMatches > 0
            ? html`<br /><span class="muted">${quoteMatches} ${quoteMatches === 1 ? 'quote matches' : 'quotes match'}</span>`
            : nothing}
        </td>
      </tr>
      ${expanded ? this.renderDetail(entry) : nothing}
    `;
  }

  private renderDetail({ indicator, observations: obs }: IndexedIndicator): TemplateResult {
    const captionId = `observations-${indicator.id}`;
    const indicatorNotes = notes(indicator.id);
    const q = this.foldedQuery;
    return html`
      <tr class="detail" id="detail-${indicator.id}">
        <td colspan="6">
          <div class="detail-body">
            <h3><span lang="zh-CN">${indicator.name_zh}</span> · ${indicator.name_en}</h3>
            <p lang="zh-CN">${indicator.description_zh}</p>
            <p>${indicator.description_en}</p>
            <div class="scroll" role="region" aria-labelledby=${captionId} tabindex="0">
              <table class="observations">
                <caption id=${captionId}>
                  <span>Every figure for ${indicator.id} as recorded (${obs.length})</span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Year</th>
                    <th scope="col">As written</th>
                    <th scope="col">Value<br />(${indicator.unit_en})</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Qualifier</th>
                    <th scope="col">Target<br />type</th>
                    <th scope="col">Document</th>
                    <th scope="col">Quote</th>
                  </tr>
                </thead>
                <tbody>
                  ${obs.map((o) => this.renderObservation(o, q))}
                </tbody>
              </table>
            </div>
            <h4>Notes</h4>
            ${indicatorNotes.length === 0
              ? html`<p class="muted">None: the texts agree on this indicator.</p>`
              : html`<ul class="notes">
                  ${indicatorNotes.map(
                    (n) => html`<li>
                      <span lang="zh-CN">${n.text_zh}</span><br />${n.text_en}
                      <br /><span class="muted">Documents: ${n.documents.map((d) => DOCUMENTS.get(d)?.short_en ?? d).join(', ')}</span>
                    </li>`,
                  )}
                </ul>`}
          </div>
        </td>
      </tr>
    `;
  }

  private renderObservation(o: Observation, q: string): TemplateResult {
    const doc = DOCUMENTS.get(o.document);
    return html`<tr>
      <th scope="row" class="nowrap">${yearOf(o)}</th>
      <td class="nowrap" lang="zh-CN">${o.as_written}</td>
      <td class="nowrap">${o.value}</td>
      <td class="nowrap">${stacked(KIND_LABELS[o.kind])}</td>
      <td class="nowrap">${stacked(QUALIFIER_LABELS[o.qualifier])}</td>
      <td class="nowrap">${o.target_type ? stacked(TARGET_TYPE_LABELS[o.target_type]) : html`<span class="muted">–</span>`}</td>
      <td class="nowrap">
        <a href="#doc-${o.document}" @click=${(e: MouseEvent) => this.followDocumentLink(e, o.document)}>
          <span lang="zh-CN">${doc?.short_zh ?? o.document}</span>
        </a>
        <br /><span class="muted">${doc?.kind === 'statistical-release' ? 'release 统计发布' : 'plan 规划'}</span>
        ${o.scope_en ? html`<br /><span class="muted">Scope: ${o.scope_en} (series break)</span>` : nothing}
      </td>
      <td class="quote" lang="zh-CN">${highlight(o.quote, q)}</td>
    </tr>`;
  }

  private renderDocuments(): TemplateResult {
    return html`
      <h2 id="documents-heading">Documents</h2>
      <div class="scroll" role="region" aria-labelledby="documents-caption" tabindex="0">
        <table class="documents">
          <caption id="documents-caption"><span>The ${DOCUMENTS.size} source documents, in order of issue</span></caption>
          <thead>
            <tr>
              <th scope="col">Short name</th>
              <th scope="col">Title</th>
              ${DOCUMENT_DETAIL_HEADINGS.map((heading) => html`<th scope="col">${heading}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${DOCUMENTS_BY_DATE.map(
                (d) => html`<tr>
                  <th scope="row" id="doc-${d.id}" tabindex="-1">
                    <span lang="zh-CN">${d.short_zh}</span><br />${d.short_en}
                  </th>
                  <td><span lang="zh-CN">${d.title_zh}</span><br />${d.title_en}</td>
                  ${documentDetailCells(d)}
                </tr>`,
              )}
          </tbody>
        </table>
      </div>
    `;
  }
}

defineOnce('ec-dataset-browser', EcDatasetBrowser);

declare global {
  interface HTMLElementTagNameMap {
    'ec-dataset-browser': EcDatasetBrowser;
  }
}
