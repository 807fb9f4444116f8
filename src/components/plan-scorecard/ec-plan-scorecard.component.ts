import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getDocument } from '../../data/selectors.js';
import type { DocumentId } from '../../data/types.js';
import type { ExportSpec } from '../../export/svg-document.js';
import { documentReference } from '../../export/citation.js';
import { MISSING, formatYear, normalizeLang, type WidgetLang } from '../../format/index.js';
import { localized } from '../../format/text.js';
import { asText } from '../../internal/as-text.js';
import { ExportMenuController } from '../../controllers/export-menu.js';
import { EcElement } from '../../internal/ec-element.js';
import { styles } from './ec-plan-scorecard.styles.js';
import { scorecardBar, scorecardBarModel, type ScorecardBarModel } from './scorecard-bar.js';
import { figuresLine, scorecardExportSpec } from './scorecard-export.js';
import { scorecardMessages, type VerdictCounts } from '../../format/messages.js';
import { scorecardView, type Scorecard, type ScorecardFigure, type ScorecardRow, type ScorecardView } from '../../view/scorecard-view.js';
import { statusShape } from '../shared/status.js';

/**
 * A plan's quantified targets and their verdicts in one table: for each target its baseline,
 * the target (with 预期性/约束性 where the plan says), the latest figure and its source, the
 * verdict in words and with a shape (achieved, not achieved, on track, needs acceleration,
 * cannot be assessed…) and the share of the target reached, with a small bullet bar drawn by
 * the target gauge's layout. A headline counts the verdicts: "2 of 3 targets met" counts only
 * the targets that can be assessed, and says how many cannot. Verdicts come from the data
 * API's `progress()`; the element only presents them.
 *
 * Below 560 px of width the table reflows to one card per target and stays a table to
 * assistive technology.
 *
 * @tag ec-plan-scorecard
 * @summary A plan's targets, their verdicts and the count of targets met, in one tag.
 *
 * @cssprop --ec-font-family - Font of the widget; inherits the page's by default.
 * @cssprop --ec-font-size - Base text size (default 14px).
 * @cssprop --ec-color-text - Text colour (default #1f2328; #e6edf3 dark).
 * @cssprop --ec-color-muted - Units, years, sources, the caption and the baseline marker (default #57606a).
 * @cssprop --ec-background - Background of the widget (default #ffffff).
 * @cssprop --ec-color-actual - The bar of the latest figure, and links (default #0b5cad).
 * @cssprop --ec-color-supplied - The bar of a supplied figure (default #6e40c9).
 * @cssprop --ec-color-target - The target marker on each bar (default #a84f00).
 * @cssprop --ec-color-grid - Rules between rows and the bands behind each bar (default #d8dee4).
 * @cssprop --ec-color-band - Hover background in the download menu (default #f3f5f7).
 * @cssprop --ec-color-achieved - Achieved and on-track verdicts (default #1a7f37).
 * @cssprop --ec-color-missed - Not-achieved and deterioration verdicts (default #c4161c).
 * @cssprop --ec-color-caution - Needs-acceleration and limited-progress verdicts, and messages (default #8a5a00).
 * @cssprop --ec-color-focus - Focus ring (default #0969da).
 * @cssprop --ec-radius - Corner radius of pills, panels and messages (default 6px).
 *
 * @csspart headline - The count of targets met, above the table (and in `compact`).
 * @csspart table - The table of targets.
 * @csspart caption - The table's caption: the document and what the rows are.
 * @csspart row - One target's row (a card on a narrow column).
 * @csspart verdict - A row's verdict: its shape and its name.
 * @csspart bar - A row's bullet bar: the latest figure against the baseline and the target.
 * @csspart pills - The list of pills in `compact`.
 * @csspart pill - One target's pill in `compact`: the verdict's shape, the indicator and the share of target.
 * @csspart sources - The panel with the source and the quote behind every figure.
 * @csspart message - A message about input that cannot be drawn or was ignored.
 * @csspart menu - The download menu: its button, the list of actions and the status line.
 * @csspart menu-button - The "Download" button that opens the list.
 *
 * @fires ec-export - Before a download or copy, with `{ format, filename, data }` (`format`: `csv`, `svg`, `png` or `citation`; `data`: a Blob). Cancelable: `preventDefault()` stops it.
 */
export class EcPlanScorecard extends EcElement {
  static override properties: PropertyDeclarations = {
    // The inputs of the schema (SCORECARD_INPUTS) as Lit declares them, written out so that the
    // manifest analyzer reads the attributes; a test holds them to litProperties(schema).
    document: {},
    indicators: {},
    targetYear: { attribute: 'target-year', type: Number },
    asOf: { attribute: 'as-of' },
    compact: { type: Boolean, reflect: true },
    sourcesOpen: { state: true, attribute: false },
  };

  static override styles = styles;

  /** Id of the plan, e.g. `plan-14th` (required). */
  document = '';

  /** Indicator ids of the rows, comma-separated, in order. Default: the plan's main-indicator table where it has one, else every target it sets. */
  indicators = '';

  /** Only the targets for this year. Default: every target year of the document. */
  targetYear?: number;

  /** Judge as the data stood on this date (YYYY-MM-DD), e.g. an article's publication date. Default: the dataset's figures-as-of date. */
  asOf?: string;

  /** The headline and one pill per target, instead of the table. */
  compact = false;

  private sourcesOpen = false;

  /** The download menu and the exports behind it. */
  private exports = new ExportMenuController(this, { spec: () => this.exportSpec(), lang: () => this.currentLang, warn: (m) => this.warn(m) });

  /** The rows (with baseline, target, latest figure, verdict, sources and quotes) as CSV text: UTF-8 with a BOM, headed in the widget's language. '' when nothing is drawn. */
  exportCsv(): string {
    return this.exports.csv();
  }

  /** The card as a self-contained SVG file (headline, one block per target, sources; colours inlined; no fonts or links). '' when nothing is drawn. */
  exportSvg(): string {
    return this.exports.svg();
  }

  /** The card as a PNG at `scale` × its size (default 2), drawn from the SVG in the page; nothing is fetched. */
  exportPng(scale = 2): Promise<Blob> {
    return this.exports.png(scale);
  }

  /** The citation of the documents the figures shown come from, in the widget's language (GB/T 7714 in Chinese). */
  citation(): string {
    return this.exports.citation();
  }

  /** Derived from the properties above (which already trigger updates), so plain fields. */
  private view: ScorecardView = { kind: 'error', text: '', warning: '' };
  private viewKey = '';
  private reportedFor: ScorecardView | null = null;
  private bars = new Map<string, ScorecardBarModel>();
  private barsFor: ScorecardView | null = null;

  /** The headline and a sentence per target (what the placeholder is named by), or the message shown instead. */
  get summary(): string {
    const view = this.resolve();
    return view.kind === 'ok' ? view.view.summary : view.text;
  }

  /** "2 of 3 targets met; 1 more cannot be assessed", in the widget's language; '' when the input cannot be drawn. */
  get headline(): string {
    const view = this.resolve();
    return view.kind === 'ok' ? view.view.headline : '';
  }

  /** How many rows have each kind of verdict; null when the input cannot be drawn. */
  get counts(): VerdictCounts | null {
    const view = this.resolve();
    return view.kind === 'ok' ? view.view.counts : null;
  }

  /** The table lays itself out in CSS: a new width alone changes nothing drawn. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const keys = [...(changed as Map<PropertyKey, unknown>).keys()];
    const idle = keys.length > 0 && keys.every((k) => k === 'hostWidth');
    return !idle && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.resolve();
    if (view !== this.reportedFor) {
      this.reportedFor = view;
      if (view.kind === 'error') this.warn(view.warning);
      else view.notices.forEach((n) => this.warn(n.warning));
    }
    // The bars are laid out once per view, and only once the widget is to be drawn.
    if (this.drawNow && view !== this.barsFor && view.kind === 'ok') {
      this.barsFor = view;
      this.bars = new Map(view.view.rows.map((r) => [r.key, scorecardBarModel(r.bar)]));
    }
  }

  /** The card as drawn for the download menu, at the widget's width. */
  private exportSpec(): ExportSpec<TemplateResult> | null {
    const view = this.resolve();
    if (view.kind !== 'ok') return null;
    return scorecardExportSpec(view.view, this.layoutWidth || this.fallbackWidth);
  }

  /** The view for the current inputs, memoised on them, so the getters work before the first render. */
  private resolve(): ScorecardView {
    const key = [this.document, this.indicators, this.targetYear, this.asOf, this.currentLang].map((v) => `${typeof v}:${asText(v)}`).join('|');
    if (key !== this.viewKey) {
      this.viewKey = key;
      try {
        this.view = scorecardView({
          lang: this.currentLang,
          document: this.document,
          indicators: this.indicators,
          targetYear: this.targetYear,
          targetYearText: this.getAttribute('target-year'),
          asOf: this.asOf,
        });
      } catch (error) {
        // Never let a data edge case escape into the host page: show it instead.
        const message = String(error instanceof Error ? error.message : error);
        this.view = { kind: 'error', text: message, warning: message };
      }
    }
    return this.view;
  }

  /** The element's own `lang` wins over its ancestors, read directly so the getters are right before an update. */
  private get currentLang(): WidgetLang {
    return normalizeLang(this.lang) ?? this.resolvedLang;
  }

  override render(): TemplateResult {
    const result = this.view;
    const lang = this.currentLang;
    if (result.kind === 'error') return html`<div class="root" lang=${lang} data-theme=${this.theme}>${this.renderMessage(result.text)}</div>`;
    const view = result.view;
    if (!this.drawNow) return this.renderPlaceholder(view, lang);
    if (this.compact) return this.renderPills(view, lang);
    const words = scorecardMessages[lang];
    const extras = this.sourcesOpen || this.printing;
    const notices = result.notices.filter((n) => n.text);
    return html`<div class="root" lang=${lang} data-theme=${this.theme}>
      <p class="headline" part="headline">${view.headline}</p>
      ${this.renderTable(view, lang)}
      <p class="as-of">${view.asOf}</p>
      ${notices.length ? html`<div class="notices">${notices.map((n) => this.renderMessage(n.text))}</div>` : nothing}
      <div class="footer">
        <button class="link source-toggle" type="button" aria-expanded=${this.sourcesOpen ? 'true' : 'false'} aria-controls="sources" @click=${() => (this.sourcesOpen = !this.sourcesOpen)}>${words.showSources}</button>
        ${this.exports.render()}
      </div>
      <div class="panel" id="sources" part="sources" ?hidden=${!this.sourcesOpen}>${extras ? this.renderSources(view, lang) : nothing}</div>
    </div>`;
  }

  /**
   * Far from the viewport: the headline, and a box about the table's height named by the
   * summary (WCAG 1.1.1: a screen reader reading the page meets the verdicts, not an empty box).
   */
  private renderPlaceholder(view: Scorecard, lang: WidgetLang): TemplateResult {
    return html`<div class="root" lang=${lang} data-theme=${this.theme}>
      <p class="headline" part="headline">${view.headline}</p>
      ${this.compact ? nothing : html`<div class="table-placeholder" role="img" aria-label=${view.summary}>${view.rows.map(() => html`<div class="placeholder-row"></div>`)}</div>`}
    </div>`;
  }

  /**
   * A real table: caption, column headers, a row header per target. The roles are written
   * out because the narrow layout changes the cells' display, which may cost a table its
   * semantics in some browsers; each cell's visible label there is hidden from assistive
   * technology, which reads the column header instead.
   */
  private renderTable(view: Scorecard, lang: WidgetLang): TemplateResult {
    const c = scorecardMessages[lang].columns;
    const heads = [c.indicator, c.baseline, c.target, c.latest, c.verdict, c.ratio];
    return html`<table part="table" role="table">
      <caption part="caption">${view.caption}</caption>
      <thead role="rowgroup"><tr role="row">${heads.map((h) => html`<th scope="col" role="columnheader">${h}</th>`)}</tr></thead>
      <tbody role="rowgroup">${view.rows.map((row) => this.renderRow(row, lang, view.document.id))}</tbody>
    </table>`;
  }

  private renderRow(row: ScorecardRow, lang: WidgetLang, own: DocumentId): TemplateResult {
    const c = scorecardMessages[lang].columns;
    const label = (text: string) => html`<span class="cell-label" aria-hidden="true">${text}</span>`;
    const bar = this.bars.get(row.key);
    return html`<tr role="row" part="row">
      <th scope="row" role="rowheader"><span class="name">${row.name}</span><span class="unit">${row.unit}</span></th>
      <td role="cell">${label(c.baseline)}${this.renderFigure(row.baseline, lang, own)}</td>
      <td role="cell">${label(c.target)}${this.renderFigure(row.target, lang, own, row.target.type)}</td>
      <td role="cell">${label(c.latest)}${this.renderFigure(row.latest, lang, own)}</td>
      <td role="cell">${label(c.verdict)}<span class="cell-body"><span class="status status--${row.status}" part="verdict">${statusShape(row.status, 16)}<span>${row.statusText}</span></span>${row.note ? html`<span class="note">${row.note}</span>` : nothing}</span></td>
      <td role="cell" class="ratio-cell">${label(c.ratio)}<span class="cell-body" title=${figuresLine(row, lang)}><span class="percent">${row.percent ?? html`<span aria-hidden="true">${MISSING}</span><span class="visually-hidden">${scorecardMessages[lang].none}</span>`}</span>${row.percentYear ? html` <span class="percent-year">${row.percentYear}</span>` : nothing}${bar ? scorecardBar(bar, { height: 14 }) : nothing}</span></td>
    </tr>`;
  }

  /**
   * A figure, and under it its year with the target's type, or with the source where the
   * figure is not the document's own (the caption names the document; the sources panel
   * quotes every figure).
   */
  private renderFigure(figure: ScorecardFigure | null, lang: WidgetLang, own: DocumentId, type?: string | null): TemplateResult {
    if (!figure) return html`<span class="cell-body none">${scorecardMessages[lang].none}</span>`;
    const meta = [formatYear(figure.year, lang), type, figure.document !== own ? figure.source : null];
    return html`<span class="cell-body"><span class="figure">${figure.text}</span><span class="meta">${meta.filter(Boolean).join(' · ')}</span></span>`;
  }

  /** Compact: the headline and a pill per target, each with its shape, name and share of target (its verdict in words for assistive tech). */
  private renderPills(view: Scorecard, lang: WidgetLang): TemplateResult {
    return html`<div class="root" lang=${lang} data-theme=${this.theme}>
      <p class="headline" part="headline">${view.headline}</p>
      <ul class="pills" part="pills" aria-label=${scorecardMessages[lang].pillsLabel}>
        ${view.rows.map(
          (row) => html`<li class="pill status--${row.status}" part="pill" title=${row.summary}>${statusShape(row.status, 14)}<span class="pill-name">${row.name}</span><span class="pill-value">${row.percent ? (row.percentYear ? scorecardMessages[lang].shareInYear(row.percent, row.percentYear) : row.percent) : row.statusText}</span>${
            row.percent ? html`<span class="visually-hidden">${row.statusText}</span>` : nothing
          }</li>`,
        )}
      </ul>
    </div>`;
  }

  /** Every figure's source and the sentence it is quoted from, then the dataset's notes on these indicators. */
  private renderSources(view: Scorecard, lang: WidgetLang): TemplateResult {
    const words = scorecardMessages[lang];
    const quote = (figure: ScorecardFigure | null, term: string) =>
      figure
        ? html`<dt>${term} · ${documentReference(figure.document, lang)}</dt>
            <dd><blockquote lang=${quoteLang(figure.document)}>${figure.observation.quote}</blockquote></dd>`
        : nothing;
    const notes = [...new Map(view.rows.flatMap((r) => r.notes).map((n) => [n.id, n])).values()];
    return html`<p class="summary-text">${view.summary}</p>
      ${view.rows.map(
        (row) => html`<h3>${row.name}</h3>
          <dl>${quote(row.target, words.quoteOf.target)}${quote(row.baseline, words.quoteOf.baseline)}${quote(row.latest, words.quoteOf.latest)}</dl>`,
      )}
      ${notes.length
        ? html`<h3>${words.notes}</h3>
            <ul>${notes.map((n) => html`<li>${localized(n, 'text', lang)}</li>`)}</ul>`
        : nothing}`;
  }
}

/**
 * The language of a quote: the language of the copy its passage was taken from (a release may
 * be quoted from a Traditional-script or English copy), else Simplified Chinese as the plans are.
 */
function quoteLang(id: DocumentId): string {
  const language = getDocument(id)?.copies?.find((c) => c.role === 'passage')?.language;
  return language === 'zh-Hans' || !language ? 'zh-CN' : language;
}
