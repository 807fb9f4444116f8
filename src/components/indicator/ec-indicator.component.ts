import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { type ChartMark, type ChartType, type IndicatorChartModel } from '../../charts/indicator-layout.js';
import { indicatorHeadingView, indicatorWidgetView, type IndicatorInput, type IndicatorView, type PointDetail } from '../../view/indicator-view.js';
import { BoxSizeController } from '../../controllers/box-size.js';
import { ChildJsonController } from '../../controllers/child-json.js';
import { ExportMenuController } from '../../controllers/export-menu.js';
import { PointNavigationController } from '../../controllers/point-navigation.js';
import type { MeasureText } from '../../charts/text-metrics.js';
import { tooltipPosition, type TooltipPlacement } from '../../charts/tooltip-position.js';
import type { SuppliedObservation } from '../../data/types.js';
import { messages, normalizeLang, type WidgetLang } from '../../format/index.js';
import { formatAxisTick } from '../../format/number.js';
import type { ExportSpec } from '../../export/svg-document.js';
import { baseStyles } from '../../internal/base.styles.js';
import { resolveLang } from '../../internal/lang.js';
import { canvasMeasurer } from '../../internal/measure-text.js';
import { EcElement, PRINT_WIDTH } from '../../internal/ec-element.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { indicatorStyles } from './ec-indicator.styles.js';
import { indicatorExportSpec } from './indicator-export.js';
import { legend, nearestMark, sources, table, title, tooltip } from './indicator-parts.js';
import { boxHeight, focusLayer, indicatorPlot, layOutView, plotElement } from './indicator-plot.js';

/**
 * What a drawn widget keeps of its view: what it shows and says without being asked, and what
 * its chart is laid out from. The table, the sources panel and the exports read the whole view,
 * built again when they are opened (see fullView): kept by every widget of a page, their parts
 * would be a large share of its memory.
 */
type ShownView = Pick<IndicatorView, 'title' | 'unit' | 'summary' | 'sourceLine' | 'details' | 'chart'>;
function shown({ indicator, lang, title, unit, summary, sourceLine, details, chart }: IndicatorView): ShownView {
  // The view's own tick formatter is a closure over everything the view was built from: one that
  // holds only the indicator and the language lets the rest go.
  const formatTick = (value: number, step: number) => formatAxisTick(value, indicator, lang, step);
  return { title, unit, summary, sourceLine, details, chart: { ...chart, formatTick } };
}

/**
 * What a drawn widget keeps of its layout: what the pointer, the keyboard and the tooltip need.
 * The chart is drawn once from the whole layout (see plot), and an export lays it out again.
 */
type KeptLayout = Pick<IndicatorChartModel, 'width' | 'height' | 'plot' | 'marks' | 'markerRadius' | 'compact'>;
const kept = ({ width, height, plot, marks, markerRadius, compact }: IndicatorChartModel): KeptLayout => ({ width, height, plot, marks, markerRadius, compact });

/** Inputs of the view: a change to any of them builds it again. */
const VIEW_INPUTS = ['indicator', 'variant', 'type', 'from', 'to', 'hideTargets', 'hidePeriods', 'observations', 'asOf', 'resolvedLang'];
/** States that only measure the box: they change nothing before the chart draws (see shouldUpdate). */
const MEASURES = new Set<PropertyKey>(['hostWidth', 'chartWidth', 'chartHeight']);


/**
 * An indicator's history and plan targets as an accessible, responsive chart: actual values
 * as a line (or bars), each plan's target as a hollow mark with a dashed line from the plan's
 * baseline, the plan periods as bands, the outcome of every passed target, and the sources
 * each figure is quoted from.
 *
 * @tag ec-indicator
 * @summary One indicator across the 12th–14th Five-Year Plans, with targets, outcomes and sources.
 *
 * @csspart title - The title with the unit.
 * @csspart chart - The chart, named by the summary (as in every widget): here the box holding the SVG, one tab stop; arrow keys move between points, Escape closes the tooltip.
 * @csspart tooltip - The tooltip of the point under the pointer or keyboard focus.
 * @csspart table - The data table, written out when "Show table" is pressed, and printed.
 * @csspart source - The source line under the chart.
 * @csspart message - A message about bad input (unknown indicator, rejected supplied figures).
 * @csspart menu - The download menu: its button, the list of actions and the status line.
 * @csspart menu-button - The "Download" button that opens the list.
 *
 * @fires ec-export - Before a download or copy, with `{ format, filename, data }` (`format`: `csv`, `svg`, `png` or `citation`; `data`: a Blob). Cancelable: `preventDefault()` stops it, e.g. to handle the file yourself.
 *
 * @cssprop [--ec-font-family=inherit] - Font of all text; the host page's font by default.
 * @cssprop [--ec-font-size=14px] - Base text size (chart labels are 12–13 px).
 * @cssprop [--ec-color-text=#1f2328] - Text.
 * @cssprop [--ec-color-muted=#57606a] - Secondary text: axes, units, sources.
 * @cssprop [--ec-background=#ffffff] - Background, also the halo behind chart labels.
 * @cssprop [--ec-color-actual=#0b5cad] - Actual values: line, points, bars; links.
 * @cssprop [--ec-color-target=#a84f00] - Targets: hollow marks, dashed lines, labels.
 * @cssprop [--ec-color-supplied=#6e40c9] - Figures supplied by the page.
 * @cssprop [--ec-color-grid=#d8dee4] - Grid lines and borders.
 * @cssprop [--ec-color-band=#f3f5f7] - Alternate plan-period bands.
 * @cssprop [--ec-color-achieved=#1a7f37] - Outcome notes of targets met.
 * @cssprop [--ec-color-missed=#c4161c] - Outcome notes of targets missed.
 * @cssprop [--ec-color-caution=#8a5a00] - Message border and icon.
 * @cssprop [--ec-color-focus=#0969da] - Focus outline and the ring on the focused point.
 * @cssprop [--ec-radius=6px] - Corner radius of tooltip, panels and messages.
 * @cssprop [--ec-aspect-ratio=16 / 9] - Width to height of the chart box.
 * @cssprop [--ec-chart-min-height=220px] - The chart box is never shorter (narrow columns).
 * @cssprop [--ec-chart-max-height=560px] - The chart box is never taller (wide columns).
 * @cssprop [--ec-sparkline-width=6em] - Width in `compact` mode.
 * @cssprop [--ec-sparkline-height=1.25em] - Height in `compact` mode.
 */
export class EcIndicator extends EcElement {
  static override properties: PropertyDeclarations = {
    // The inputs of the schema (src/view/inputs.ts) as Lit declares them, written out so that
    // the manifest analyzer reads the attributes; a test holds them to litProperties(schema).
    // Nothing is reflected but `compact` (see InputSpec.reflect): the host's attributes are the page's.
    indicator: {},
    variant: {},
    type: {},
    from: { type: Number },
    to: { type: Number },
    hideTargets: { attribute: 'hide-targets', type: Boolean },
    hidePeriods: { attribute: 'hide-periods', type: Boolean },
    hideExportNotes: { attribute: 'hide-export-notes', type: Boolean },
    compact: { type: Boolean, reflect: true },
    observations: { attribute: false },
    asOf: { attribute: 'as-of' },
    chartWidth: { state: true, attribute: false },
    chartHeight: { state: true, attribute: false },
    tableShown: { state: true, attribute: false },
    sourcesOpen: { state: true, attribute: false },
  };

  static override styles = [baseStyles, sharedStyles, indicatorStyles];

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

  /** Indicator id from the dataset, e.g. `online-retail-sales` (required). */
  indicator = '';

  /** Shape of the chart: `line` (default) or `bar`. */
  variant?: ChartType;

  /** The former name of `variant`, still read. */
  type?: ChartType;

  /** First year shown (inclusive); default: the first year with data. */
  from?: number;

  /** Last year shown (inclusive); default: the last year with data. */
  to?: number;

  /** Hides the plan targets, their dashed lines and outcome notes. */
  hideTargets = false;

  /** Hides the plan-period bands. */
  hidePeriods = false;

  /** Leaves the dataset's notes out of SVG and PNG downloads (for print); the source line stays. */
  hideExportNotes = false;

  /** A sparkline without axes or chrome, to sit inside a line of text. */
  compact = false;

  /** Shows the figures as they stood on this date (YYYY-MM-DD), e.g. an article's publication date; default: the dataset's figures-as-of date. */
  asOf?: string;

  /**
   * Newer figures than the plans have, each `{ year, value, source, qualifier?, url? }` with
   * `value` in the indicator's unit. Validated; drawn distinctly and cited. A child
   * `<script type="application/json">` with the same content is read when this is unset.
   */
  observations?: readonly SuppliedObservation[];

  /** The chart box's size, measured (the box is sized by CSS before data draws). */
  private chartWidth = 0;
  private chartHeight = 0;
  private size = new BoxSizeController(this, 'div.chart', (width, height) => {
    this.chartWidth = width;
    this.chartHeight = height;
  });
  /** Arrow keys and the pointer between the chart's points, and the tooltip that follows. */
  private points = new PointNavigationController<ChartMark>(this, {
    points: () => this.layout?.marks ?? [],
    describe: (key) => this.view?.details.get(key)?.text ?? '',
    pointAt: (event) => this.pointAt(event),
    focused: () => !!this.size.box && this.shadowRoot?.activeElement === this.size.box,
  });
  /**
   * The data table and the sources panel are hidden until asked for, and they would be more
   * nodes than the chart: each is written out only while open. The table is also written while
   * printing (it goes under the chart) and on the server (read without JavaScript, where no
   * button can open it). Closed, the summary that names the chart gives every figure.
   */
  private tableShown = false;
  private sourcesOpen = false;
  /** The child <script type="application/json">'s text, if any. */
  private json = new ChildJsonController(this);
  /** The script text the view was last built from. */
  private viewScript: string | null = null;
  private view: ShownView | null = null;
  /** The whole view while the table or the sources panel is open, or the page prints. */
  private openedView: IndicatorView | null = null;
  /** What the placeholder shows before the chart is drawn: the title and summary, or the message for a bad id. */
  private heading: { title: string; unit: string; summary: string } | { problem: string } | null = null;
  private layout: KeptLayout | null = null;
  /**
   * The chart as drawn from the layout: plain DOM in the browser, built once per layout (see
   * plotElement); a template on the server.
   */
  private plot: SVGSVGElement | TemplateResult | null = null;
  /** Laid out at an assumed size (server, print, no ResizeObserver): the SVG scales to its box. */
  private fluid = false;
  private problem: string | null = null;
  /** The open tooltip's text and place, or null when closed. */
  private tooltip: { detail: PointDetail; mark: ChartMark; position: TooltipPlacement } | null = null;
  private suppliedIssues: string[] = [];
  private chartType: ChartType = 'line';
  /** Widths in the font the chart inherits (undefined: estimated); bold for the tooltip's bold lines. */
  private measureText?: MeasureText;
  private measureBold?: MeasureText;

  /** The generated one-paragraph summary in the widget's language (the chart's accessible name); '' for bad input. */
  get summary(): string {
    if (this.view && !this.isUpdatePending) return this.view.summary;
    // Before an update the `lang` property may not be reflected yet: it wins over the page.
    const lang = this.isConnected ? resolveLang(this, this.lang) : (normalizeLang(this.lang) ?? this.resolvedLang);
    return this.computeView(lang).view?.summary ?? '';
  }

  /**
   * Skips updates that would change nothing drawn: the host's width (this widget lays out from
   * its chart box, measured on its own), and before the chart draws, the chart box's size too
   * (measured all the same, so the first draw needs no second update to learn it).
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const keys = [...(changed as Map<PropertyKey, unknown>).keys()];
    const idle = keys.length > 0 && keys.every((k) => k === 'hostWidth' || (!this.drawNow && MEASURES.has(k)));
    return !idle && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Private states are not in PropertyValues<this>'s key type; the map holds them all the same.
    const has = (name: string) => (changed as Map<PropertyKey, unknown>).has(name);
    // The child JSON is not a property: its controller asks for an update when it changes.
    const scriptChanged = this.json.text !== this.viewScript;
    this.viewScript = this.json.text;
    if (!this.drawNow) {
      // Lazy and still far from the viewport: only the title and the summary (or the message for
      // a bad id) are shown, so nothing else is computed — a long page of widgets costs little
      // until the reader scrolls to them. The view is built when the widget comes near (or prints).
      if (!this.heading || scriptChanged || VIEW_INPUTS.some(has)) this.heading = this.computeHeading(this.resolvedLang);
      return;
    }
    this.heading = null;
    const viewChanged = (!this.view && !this.problem) || scriptChanged || VIEW_INPUTS.some(has);
    if (viewChanged) {
      // The view, problem, supplied issues and chart type, all four from the same inputs.
      const { view, ...rest } = this.computeView(this.resolvedLang, true);
      Object.assign(this, rest);
      this.view = view && shown(view);
      this.openedView = view;
      this.points.keepIfPresent((key) => !!this.view?.details.has(key));
    }
    if (viewChanged || ['chartWidth', 'chartHeight', 'compact', 'printing', 'width'].some(has)) {
      this.measureFont();
      const size = this.chartSize();
      this.fluid = size?.fluid ?? false;
      const layout = this.view && size ? this.layOut(this.view, size.width, size.height) : null;
      this.layout = layout && kept(layout);
      this.plot = layout && (isServer ? indicatorPlot(layout, { fluid: this.fluid }) : plotElement(layout, { fluid: this.fluid }));
    }
    this.tooltip = this.placeTooltip();
    if (!this.tableShown && !this.sourcesOpen && !this.printing && !isServer) this.openedView = null;
  }

  /** The whole view, built again from the same inputs if it was not kept (see ShownView). Only while a view is drawn. */
  private fullView(): IndicatorView {
    return (this.openedView ??= this.computeView(this.resolvedLang).view!);
  }

  /**
   * The font is the host page's: measured where it is known, rather than guessed. Its family is
   * read when the chart box is measured (see BoxSizeController), where style is up to date; read here,
   * in an update, it would force a style recalculation for each widget on the page.
   */
  private measureFont(): void {
    const family = this.size.font ?? (this.size.box ? getComputedStyle(this.size.box).fontFamily : null);
    this.measureText = (family !== null && canvasMeasurer(family)) || undefined;
    this.measureBold = (family !== null && canvasMeasurer(family, 600)) || undefined;
  }

  /**
   * The size to lay out at: the chart box as measured; where it cannot be measured (server
   * rendering, no ResizeObserver, a server-rendered widget before its first measurement) the
   * fallback width; while printing, no wider than the printed page. Null: wait for a measurement.
   */
  private chartSize(): { width: number; height: number; fluid: boolean } | null {
    let width = this.chartWidth;
    let height = this.chartHeight;
    let fluid = false;
    if (!(width > 0 && height > 0)) {
      if (this.canMeasure && !this.serverRendered && !this.printing) return null;
      width = this.fallbackWidth;
      height = boxHeight(width);
      fluid = true;
    }
    if (this.printing && width > PRINT_WIDTH) {
      height = Math.max(200, Math.round((height * PRINT_WIDTH) / width));
      width = PRINT_WIDTH;
      fluid = true;
    }
    return { width, height, fluid };
  }

  private layOut(view: ShownView, width: number, height: number): IndicatorChartModel {
    return layOutView(view, { width, height }, { type: this.chartType, compact: this.compact, measureText: this.measureText });
  }

  /** The chart as drawn (or, before it is, at the fallback width), with its data, texts and citation. */
  private exportSpec(): ExportSpec<TemplateResult> | null {
    // A widget that never came near the viewport has no view yet: built here, as the summary's is.
    const { view, chartType } = this.problem
      ? { view: null, chartType: this.chartType }
      : this.view
        ? { view: this.openedView ?? this.computeView(this.resolvedLang).view, chartType: this.chartType }
        : this.computeView(this.resolvedLang);
    if (!view) return null;
    if (!this.measureText) this.measureFont();
    // A sparkline exports as the full chart: on paper it stands alone, with axes and labels.
    // Laid out again as drawn: the same inputs give the same layout.
    const size = this.layout && !this.layout.compact ? this.layout : { width: this.fallbackWidth, height: boxHeight(this.fallbackWidth) };
    const layout = layOutView(view, { width: size.width, height: size.height }, { type: chartType, measureText: this.measureText });
    return indicatorExportSpec(view, layout, { notes: !this.hideExportNotes });
  }

  /** The tooltip of the active point, placed inside the chart. */
  private placeTooltip(): EcIndicator['tooltip'] {
    const l = this.layout;
    const key = this.points.activeKey;
    const detail = key ? this.view?.details.get(key) : undefined;
    const mark = key ? l?.marks.find((mk) => mk.key === key) : undefined;
    if (!this.points.open || !l || !detail || !mark) return null;
    const lines = [detail.heading, detail.value, detail.meta, detail.note ?? ''].filter(Boolean);
    const position = tooltipPosition(
      { x: mark.x, y: mark.bar ? mark.bar.y : mark.y },
      { bounds: l, lines, fontSize: 13, height: lines.length * 18 + 14, measureText: this.measureBold },
    );
    return { detail, mark, position };
  }

  /** The inputs as the view reads them (see src/view/indicator-view.ts). */
  private input(lang: WidgetLang): IndicatorInput {
    return {
      lang,
      indicator: this.indicator,
      variant: this.variant,
      type: this.type,
      from: this.from,
      to: this.to,
      fromText: this.getAttribute('from'),
      toText: this.getAttribute('to'),
      hideTargets: this.hideTargets,
      hidePeriods: this.hidePeriods,
      observations: this.observations,
      observationsText: this.json.text,
      asOf: this.asOf,
    };
  }

  /**
   * Builds the view. With `report`, each problem is warned about once (console, English); the
   * visible messages are rendered from the result.
   */
  private computeView(
    lang: WidgetLang,
    report = false,
  ): { view: IndicatorView | null; problem: string | null; suppliedIssues: string[]; chartType: ChartType } {
    const result = indicatorWidgetView(this.input(lang));
    if (report) (result.kind === 'error' ? [result] : result.notices).forEach((n) => this.warn(n.warning));
    if (result.kind === 'error') return { view: null, problem: result.text, suppliedIssues: [], chartType: 'line' };
    const suppliedIssues = result.notices.map((n) => n.text).filter(Boolean);
    return { view: result.view.view, problem: null, suppliedIssues, chartType: result.view.chartType };
  }

  /**
   * What the placeholder shows: the title, unit and summary, or the message for a bad id (warned
   * about, as when drawn; other problems are warned about when the widget draws).
   */
  private computeHeading(lang: WidgetLang): EcIndicator['heading'] {
    const result = indicatorHeadingView(this.input(lang));
    if (result.kind === 'ok') return result.view;
    this.warn(result.warning);
    return { problem: result.text };
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    if (!this.drawNow) return this.renderPlaceholder(lang);
    if (this.problem || !this.view) {
      return html`<div class="root" lang=${lang} data-theme=${this.theme}>${this.renderMessage(this.problem ?? '')}</div>`;
    }
    if (this.compact) return this.renderCompact(this.view);
    const view = this.view;
    const m = messages[lang];
    // No whitespace between tags: each run of it would be a text node in every widget on the
    // page (these blocks are flex items or blocks, where it draws nothing). Lines break inside tags.
    return html`<div class="root" lang=${lang} data-theme=${this.theme}><div class="header">${title(view, lang)}${legend(view, this.chartType, lang)}</div>${
      this.suppliedIssues.length ? html`<div class="messages">${this.suppliedIssues.map((text) => this.renderMessage(text))}</div>` : nothing}<div
      class="chart" part="chart" tabindex="0" role="group" aria-roledescription=${m.chart} aria-label=${view.summary} aria-describedby="hint"
        @keydown=${this.points.onKeydown} @focus=${this.points.onFocus} @blur=${this.points.onBlur} @pointermove=${this.points.onPointer} @pointerdown=${this.points.onPointer} @pointerleave=${this.points.onPointerLeave}
      >${this.plot ?? nothing}${this.layout ? focusLayer(this.layout, this.tooltip?.mark ?? null, { fluid: this.fluid }) : nothing}${tooltip(this.tooltip)}</div>${
      // Shown only where the script has not run (server-rendered HTML): the chart's name says it otherwise.
      isServer ? html`<p class="static-summary">${view.summary}</p>` : nothing}<p
      id="hint" class="visually-hidden">${m.keyboardHint}</p><div class="visually-hidden" aria-live="polite">${this.points.announcement}</div><div
      class="footer"><p class="source" part="source">${view.sourceLine}</p><div class="actions"><button
        class="link" type="button" aria-expanded=${this.sourcesOpen ? 'true' : 'false'} aria-controls="sources" @click=${() => (this.sourcesOpen = !this.sourcesOpen)}
        >${m.showSources}</button><button class="link" type="button" @click=${() => (this.tableShown = !this.tableShown)}>${this.tableShown ? m.hideTable : m.showTable}</button>${
        this.exports.render()}</div></div>${sources(this.sourcesOpen ? this.fullView() : null, lang)}${
      this.tableShown || this.printing || isServer ? table(this.fullView(), this.tableShown) : nothing}</div>`;
  }

  /**
   * A lazy widget far from the viewport: the title and the chart box, which CSS sizes exactly as
   * it will be when drawn (so nothing moves then), and nothing else — a handful of nodes where
   * the drawn widget has dozens, for each of the many widgets a long page may hold. The box is
   * measured already, so the first draw lays out at once. It is named by the summary, as the
   * drawn chart is (WCAG 1.1.1): a screen reader reading the page meets the figures, not an
   * empty box. `img`, not the drawn `group`: reading modes skip an empty group's name.
   */
  private renderPlaceholder(lang: WidgetLang): TemplateResult {
    // Set by willUpdate whenever the placeholder renders.
    const heading = this.heading!;
    if ('problem' in heading) return html`<div class="root" lang=${lang} data-theme=${this.theme}>${this.renderMessage(heading.problem)}</div>`;
    // One line: whitespace between these blocks changes nothing drawn, but the single file ships it.
    return html`<div class="root" lang=${lang} data-theme=${this.theme}>${this.compact ? nothing : html`<div class="header">${title(heading, lang)}</div>`}<div class="chart" part="chart" role="img" aria-label=${heading.summary}></div></div>`;
  }

  /** A sparkline: the summary is its accessible name, as for a picture in running text. */
  private renderCompact(view: ShownView): TemplateResult {
    return html`<div class="root" lang=${this.resolvedLang} data-theme=${this.theme}><div class="chart" part="chart" role="img" aria-label=${view.summary}>${
      this.plot ?? nothing}</div></div>`;
  }

  /** The point under the pointer, within reach. */
  private pointAt(event: PointerEvent): ChartMark | undefined {
    const box = this.size.box;
    if (!this.layout || !box) return undefined;
    const rect = box.getBoundingClientRect();
    return nearestMark(this.layout, event.clientX - rect.left, event.clientY - rect.top);
  }
}

