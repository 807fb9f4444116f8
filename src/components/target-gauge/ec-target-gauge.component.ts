import { html, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { gaugeLayout, type GaugeModel, type GaugeVariant } from '../../charts/gauge-layout.js';
import { ChildJsonController } from '../../controllers/child-json.js';
import { ExportMenuController } from '../../controllers/export-menu.js';
import type { ProgressStatus } from '../../data/targets.js';
import type { DocumentId, SuppliedObservation } from '../../data/types.js';
import type { ExportSpec } from '../../export/svg-document.js';
import { normalizeLang, type WidgetLang } from '../../format/index.js';
import { asText } from '../../internal/as-text.js';
import { EcElement } from '../../internal/ec-element.js';
import { gaugeView, type GaugeView, type GaugeViewModel } from '../../view/gauge-view.js';
import { GAUGE_INPUTS } from '../../view/inputs.js';
import { invalidInput, specOf } from '../../view/schema.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { styles } from './ec-target-gauge.styles.js';
import { gaugeChart } from './gauge-chart.js';
import { gaugeExportSpec } from './gauge-export.js';
import { gaugeDetails, gaugeEntry } from './gauge-parts.js';
import { statusShape } from '../shared/status.js';

const VARIANTS: readonly GaugeVariant[] = ['bullet', 'arc'];

/**
 * Progress toward a plan target at a glance and in words: a bullet graph (or arc) of the
 * baseline, the latest figure and the target, the share of the target reached, and a status
 * with a shape icon and its name — achieved / not achieved for a passed target year, on
 * track / needs acceleration / limited progress / deterioration from required against
 * observed annual growth, or "cannot be assessed" with the growth the target needs. All
 * status maths comes from the data API's `progress()`; the element only presents it.
 *
 * @tag ec-target-gauge
 * @summary How far an indicator is from its plan target, and whether it is on course.
 *
 * @cssprop --ec-font-family - Font of the widget; inherits the page's by default.
 * @cssprop --ec-font-size - Base text size (default 14px).
 * @cssprop --ec-color-text - Text colour.
 * @cssprop --ec-color-muted - Secondary text, ticks and the baseline marker.
 * @cssprop --ec-background - Background of the widget.
 * @cssprop --ec-color-actual - The featured bar (the latest figure from the plans).
 * @cssprop --ec-color-supplied - The featured bar when the latest figure was supplied (`value`).
 * @cssprop --ec-color-target - The target marker and its label.
 * @cssprop --ec-color-grid - The qualitative bands behind the track (drawn at three strengths).
 * @cssprop --ec-color-achieved - Achieved and on-track statuses.
 * @cssprop --ec-color-missed - Not-achieved and deterioration statuses.
 * @cssprop --ec-color-caution - Needs-acceleration and limited-progress statuses, and messages.
 * @cssprop --ec-color-focus - Focus ring.
 * @cssprop --ec-radius - Corner radius of the pill, the status badge and messages.
 *
 * @csspart title - The indicator's name.
 * @csspart gauge - One target's block (two when two documents set a target for the year).
 * @csspart heading - The document and target year of a block.
 * @csspart headline - The percent of target and the status.
 * @csspart percent - The percent of target reached.
 * @csspart status - The status badge: a shape icon and the status in words.
 * @csspart note - The line under the status: the growth observed and needed, or what is missing.
 * @csspart chart - The chart, named by the summary (as in every widget): here the SVG bullet graph or arc itself.
 * @csspart key - The key: baseline, latest and target with years, units and sources.
 * @csspart details - The disclosure with growth figures and the target as written.
 * @csspart pill - The one-line pill of `compact`.
 * @csspart message - A message about input that cannot be drawn or was ignored.
 * @csspart menu - The download menu: its button, the list of actions and the status line.
 * @csspart menu-button - The "Download" button that opens the list.
 *
 * @fires ec-export - Before a download or copy, with `{ format, filename, data }` (`format`: `csv`, `svg`, `png` or `citation`; `data`: a Blob). Cancelable: `preventDefault()` stops it, e.g. to handle the file yourself.
 */
export class EcTargetGauge extends EcElement {
  static override properties: PropertyDeclarations = {
    // The inputs of the schema (src/view/inputs.ts) as Lit declares them, written out so that
    // the manifest analyzer reads the attributes; a test holds them to litProperties(schema).
    // Nothing is reflected but `compact` (see InputSpec.reflect): the host's attributes are the page's.
    indicator: {},
    targetYear: { attribute: 'target-year', type: Number },
    document: {},
    variant: {},
    compact: { type: Boolean, reflect: true },
    observations: { attribute: false },
    value: {},
    valueYear: { attribute: 'value-year', type: Number },
    valueSource: { attribute: 'value-source' },
    asOf: { attribute: 'as-of' },

  };

  static override styles = [...styles, sharedStyles];

  /** The download menu and the exports behind it. */
  private exports = new ExportMenuController(this, { spec: () => this.exportSpec(), lang: () => this.resolvedLang, warn: (m) => this.warn(m) });

  /** The data shown (points and targets, with sources) as CSV text: UTF-8 with a BOM, headed in the widget's language. '' when nothing is drawn. */
  exportCsv(): string {
    return this.exports.csv();
  }

  /** The chart as a self-contained SVG file (title, unit, source line; colours inlined; no fonts or links). '' when nothing is drawn. */
  exportSvg(): string {
    return this.exports.svg();
  }

  /** The chart as a PNG at `scale` × its size (default 2), drawn from the SVG in the page; nothing is fetched. */
  exportPng(scale = 2): Promise<Blob> {
    return this.exports.png(scale);
  }

  /** The citation of the documents the figures shown come from, in the widget's language (GB/T 7714 in Chinese). */
  citation(): string {
    return this.exports.citation();
  }

  /** Id of the indicator, e.g. `online-retail-sales` (required). */
  indicator = '';

  /** Year of the target; default: the indicator's latest target year. */
  targetYear?: number;

  /** Which document's target, where two set one for the same year; default: both are shown. */
  document?: DocumentId;

  /** `bullet` (a linear bullet graph) or `arc` (a semicircular gauge). */
  variant: GaugeVariant = 'bullet';

  /** A one-line pill (status icon + percent) that sits in a line of text. */
  compact = false;

  /** A newer official figure, in the indicator's unit (17 for 17万亿元); needs `value-year`. */
  value?: number | string;

  /** Year of the supplied `value`. */
  valueYear?: number;

  /** Who published the supplied value, e.g. 国家统计局2023年统计公报 (required with `value`); shown with it. */
  valueSource = '';

  /**
   * Newer figures than the plans have, each `{ year, value, source, qualifier?, url? }` in the
   * indicator's unit, one per year: the target is judged on the newest after its baseline and
   * no later than its year. A child `<script type="application/json">` is read when this is unset.
   */
  observations?: readonly SuppliedObservation[];

  /** Shows the figures as they stood on this date (YYYY-MM-DD), e.g. an article's publication date; default: the dataset's figures-as-of date. */
  asOf?: string;

  private json = new ChildJsonController(this);
  private viewObservations?: readonly SuppliedObservation[];

  /** Derived from the properties above (which already trigger updates), so plain fields. */
  private view: GaugeView = { kind: 'error', text: '', warning: '' };
  private viewKey = '';
  private models: GaugeModel[] = [];
  private modelsFor: GaugeView | null = null;
  private reportedFor: GaugeView | null = null;

  /** The generated one-paragraph summary (the chart's accessible name), or the message shown instead. */
  get summary(): string {
    const view = this.resolve();
    return view.kind === 'ok' ? view.view.summary : view.text;
  }

  /**
   * The status from the data API: `achieved`, `not-achieved`, `on-track`, `acceleration-needed`,
   * `limited-progress`, `deterioration` or `cannot-assess`; where two documents set a target for
   * the year and no `document` is chosen, the newer document's. Null when the input cannot be drawn.
   */
  get status(): ProgressStatus | null {
    const view = this.resolve();
    return view.kind === 'ok' ? view.view.primary.progress.status : null;
  }

  /** Before the gauge draws, the host's width changes nothing shown: no update for it (it is kept for the draw). */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const keys = [...(changed as Map<PropertyKey, unknown>).keys()];
    const idle = keys.length > 0 && keys.every((k) => k === 'hostWidth' && !this.drawNow);
    return !idle && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The view (texts, no layout) is built even far from the viewport: the placeholder carries
    // its summary, and the view is memoised, so drawing builds it no second time. The getters
    // may have resolved it already, so compare with what was last reported.
    const view = this.resolve();
    if (view !== this.reportedFor || changed.has('variant')) {
      this.reportedFor = view;
      this.reportProblems();
    }
    // Lazy and still far from the viewport: the layout waits until the widget comes near (or prints).
    if (!this.drawNow) return;
    // The host width arrives a frame after the ResizeObserver reports it (see EcElement), so
    // laying out here cannot trip the observer's loop error.
    const relayout = ['hostWidth', 'width', 'printing', 'variant', 'compact'].some((k) => (changed as Map<PropertyKey, unknown>).has(k));
    if (view !== this.modelsFor || relayout) {
      this.modelsFor = view;
      const width = this.layoutWidth;
      this.models = view.kind === 'ok' && !this.compact && width > 0 ? this.layOut(view.view, width) : [];
    }
  }

  private layOut(view: GaugeViewModel, width: number): GaugeModel[] {
    return view.entries.map((e) => gaugeLayout(e.layoutInput, width, this.effectiveVariant));
  }

  /** The gauges as drawn (or, before they are, at the fallback width), with their figures and citation. */
  private exportSpec(): ExportSpec<TemplateResult> | null {
    const view = this.resolve();
    if (view.kind !== 'ok') return null;
    const models = this.models.length === view.view.entries.length ? this.models : this.layOut(view.view, this.fallbackWidth);
    return gaugeExportSpec(view.view, models);
  }

  private get effectiveVariant(): GaugeVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'bullet';
  }

  /** Warnings once per problem, so a re-render of the same bad input stays quiet. */
  private reportProblems(): void {
    const view = this.view;
    if (view.kind === 'error') this.warn(view.warning);
    else view.notices.forEach((n) => this.warn(n.warning));
    if (!VARIANTS.includes(this.variant)) this.warn(`${invalidInput(specOf(GAUGE_INPUTS, 'variant')!, asText(this.variant))}; drawing a bullet graph.`);
  }

  /**
   * The view for the current inputs, memoised on them so that the `summary` and `status`
   * getters work before the first render and cost nothing after it.
   */
  private resolve(): GaugeView {
    // Typed text keeps NaN (target-year="soon") apart from undefined, which JSON would merge.
    const key = [this.indicator, this.targetYear, this.document, this.value, this.valueYear, this.valueSource, this.asOf, this.currentLang]
      .map((v) => `${typeof v}:${asText(v)}`)
      .join('|') + `|${this.json.text}`;
    if (key !== this.viewKey || this.observations !== this.viewObservations) {
      this.viewKey = key;
      this.viewObservations = this.observations;
      try {
        this.view = gaugeView({
          lang: this.currentLang,
          indicator: this.indicator,
          targetYear: this.targetYear,
          targetYearText: this.getAttribute('target-year'),
          document: this.document,
          value: this.value,
          valueYear: this.valueYear,
          valueYearText: this.getAttribute('value-year'),
          valueSource: this.valueSource,
          observations: this.observations,
          observationsText: this.json.text,
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

  /**
   * The element's own `lang` wins over its ancestors (as in resolveLang), and is read directly
   * so that the getters are right even before an update has re-resolved the language.
   */
  private get currentLang(): WidgetLang {
    return normalizeLang(this.lang) ?? this.resolvedLang;
  }

  override render(): TemplateResult {
    const result = this.view;
    const lang = this.currentLang;
    if (result.kind === 'error') {
      return html`<div class="root" lang=${lang} data-theme=${this.theme}>${this.renderMessage(result.text)}</div>`;
    }
    const view = result.view;
    if (!this.drawNow) return this.renderPlaceholder(view, lang);
    if (this.compact) return this.renderPill(view, lang);
    return html`<div class="root" lang=${lang} data-theme=${this.theme}>
      ${this.renderTitle(view)}
      ${view.entries.map((entry, i) => gaugeEntry(entry, this.models[i] ? gaugeChart(entry, this.models[i]!) : this.renderBox(entry.summary), lang))}
      ${result.notices.map((n) => this.renderMessage(n.text))}
      ${gaugeDetails(view, lang)}
      <div class="footer">${this.exports.render()}</div>
    </div>`;
  }

  /**
   * A lazy gauge far from the viewport: its name and a box the size of the chart, nothing else
   * (a handful of nodes, for each of the many widgets a long page may hold). The box is named by
   * the summary, as the drawn chart is (WCAG 1.1.1): a screen reader reading the page meets the
   * figures, not an empty box. Where two documents set the year's target, it holds both
   * entries' summaries, which the drawn gauge splits between its two charts. A compact pill,
   * which sits in a line of text, holds only the summary, hidden as the drawn pill's is.
   */
  private renderPlaceholder(view: GaugeViewModel, lang: WidgetLang): TemplateResult {
    if (this.compact) return html`<span class="root" lang=${lang} data-theme=${this.theme}><span class="visually-hidden">${view.summary}</span></span>`;
    return html`<div class="root" lang=${lang} data-theme=${this.theme}>${this.renderTitle(view)}${this.renderBox(view.summary)}</div>`;
  }

  private renderTitle(view: GaugeViewModel): TemplateResult {
    return html`<p class="title" part="title">${view.title}</p>`;
  }

  /** The space the chart will take, named as the chart will be: the summary is never missing, drawn or not. */
  private renderBox(summary: string): TemplateResult {
    return html`<div class="chart-placeholder ${this.effectiveVariant}" role="img" aria-label=${summary}></div>`;
  }

  /** The compact pill: icon and percent for the eye, the whole summary for assistive tech. */
  private renderPill(view: GaugeViewModel, lang: WidgetLang): TemplateResult {
    const entry = view.primary;
    const status = entry.progress.status;
    return html`<span class="root pill status--${status}" part="pill" lang=${lang} data-theme=${this.theme} title=${entry.summary}>
      <span class="pill-face" aria-hidden="true">${statusShape(status)}<span>${entry.percent ?? entry.statusText}</span></span>
      <span class="visually-hidden">${view.summary}</span>
    </span>`;
  }
}
