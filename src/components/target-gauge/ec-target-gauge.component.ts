import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  documentName,
  gaugeSummary,
  gaugeWords,
  keyEntries,
  statusLabel,
  statusNote,
  type KeyEntry,
} from '../../a11y/gauge-summary.js';
import { validateSupplied } from '../../charts/supplied.js';
import { gaugeLayout, type ArcModel, type BulletModel, type GaugeLayoutInput, type GaugeModel, type GaugeVariant } from '../../charts/gauge-layout.js';
import { getDocument, getIndicator, suggestIndicators, targets } from '../../data/selectors.js';
import { progress, type ProgressStatus, type TargetProgress } from '../../data/targets.js';
import type { DocumentId, Indicator, SuppliedObservation } from '../../data/types.js';
import { axisUnitLabel, formatAxisTick, formatGrowth, formatQualified, formatRatio, formatYear, messages, normalizeLang, type WidgetLang } from '../../format/index.js';
import { EcElement } from '../../internal/ec-element.js';
import { styles } from './ec-target-gauge.styles.js';

/** Size of the chart's labels in px; the layout estimates label widths at this size. */
const LABEL_SIZE = 12;
const VARIANTS: readonly GaugeVariant[] = ['bullet', 'arc'];

/** One target on the gauge: a document's goal for the year, where it stands, and its words. */
interface GaugeEntry {
  progress: TargetProgress;
  heading: string;
  percent: string | null;
  statusText: string;
  note: string | null;
  key: KeyEntry[];
  summary: string;
  layoutInput: GaugeLayoutInput;
  unit: string;
  /** The latest figure for the middle of the arc, big, with its year under it. */
  centre: { value: string; year: string } | null;
}

/** What the inputs resolve to: something to draw (perhaps with notices), or a message. */
type GaugeView =
  | { kind: 'ok'; indicator: Indicator; entries: GaugeEntry[]; primary: GaugeEntry; notices: string[]; summary: string }
  | { kind: 'error'; message: string };

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
 * @csspart chart - The SVG bullet graph or arc.
 * @csspart key - The key: baseline, latest and target with years, units and sources.
 * @csspart details - The disclosure with growth figures and the target as written.
 * @csspart pill - The one-line pill of `compact`.
 * @csspart message - A message about input that cannot be drawn or was ignored.
 */
export class EcTargetGauge extends EcElement {
  static override styles = styles;

  /** Id of the indicator, e.g. `online-retail-sales` (required). */
  @property({ reflect: true }) indicator = '';

  /** Year of the target; default: the indicator's latest target year. */
  @property({ attribute: 'target-year', type: Number }) targetYear?: number;

  /** Which document's target, where two set one for the same year; default: both are shown. */
  @property({ reflect: true }) document?: DocumentId;

  /** `bullet` (a linear bullet graph) or `arc` (a semicircular gauge). */
  @property({ reflect: true }) variant: GaugeVariant = 'bullet';

  /** A one-line pill (status icon + percent) that sits in a line of text. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** A newer official figure, in the indicator's unit (17 for 17万亿元); needs `value-year`. */
  @property({ converter: { fromAttribute: (v: string | null) => v ?? undefined } }) value?: number | string;

  /** Year of the supplied `value`. */
  @property({ attribute: 'value-year', type: Number }) valueYear?: number;

  /** Who published the supplied value, e.g. 国家统计局2023年统计公报 (required with `value`); shown with it. */
  @property({ attribute: 'value-source' }) valueSource = '';

  /** Derived from the properties above (which already trigger updates), so plain fields. */
  private view: GaugeView = { kind: 'error', message: '' };
  private viewKey = '';
  private models: GaugeModel[] = [];
  private modelsFor: GaugeView | null = null;
  private reportedFor: GaugeView | null = null;

  /** The generated one-paragraph summary (the chart's accessible name), or the message shown instead. */
  get summary(): string {
    const view = this.resolve();
    return view.kind === 'ok' ? view.summary : view.message;
  }

  /**
   * The status from the data API: `achieved`, `not-achieved`, `on-track`, `acceleration-needed`,
   * `limited-progress`, `deterioration` or `cannot-assess`; where two documents set a target for
   * the year and no `document` is chosen, the newer document's. Null when the input cannot be drawn.
   */
  get status(): ProgressStatus | null {
    const view = this.resolve();
    return view.kind === 'ok' ? view.primary.progress.status : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The getters may have resolved the view already, so compare with what was last drawn.
    const view = this.resolve();
    if (view !== this.reportedFor || changed.has('variant')) {
      this.reportedFor = view;
      this.reportProblems();
    }
    // `width` arrives a frame after the ResizeObserver reports it (see EcElement), so laying out
    // here cannot trip the observer's loop error.
    if (view !== this.modelsFor || (changed as PropertyValues).has('width') || changed.has('variant') || changed.has('compact')) {
      this.modelsFor = view;
      this.models =
        view.kind === 'ok' && !this.compact && this.width > 0
          ? view.entries.map((e) => gaugeLayout(e.layoutInput, this.width, this.effectiveVariant))
          : [];
    }
  }

  private get effectiveVariant(): GaugeVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'bullet';
  }

  /** Warnings once per problem, so a re-render of the same bad input stays quiet. */
  private reportProblems(): void {
    const view = this.view;
    if (view.kind === 'error') this.warn(view.message);
    else view.notices.forEach((n) => this.warn(n));
    if (!VARIANTS.includes(this.variant)) this.warn(gaugeWords[this.currentLang].invalidVariant(String(this.variant)));
  }

  /**
   * The view for the current inputs, memoised on them so that the `summary` and `status`
   * getters work before the first render and cost nothing after it.
   */
  private resolve(): GaugeView {
    // String() keeps NaN (target-year="soon") apart from undefined, which JSON would merge.
    const key = [this.indicator, this.targetYear, this.document, this.value, this.valueYear, this.valueSource, this.currentLang]
      .map((v) => `${typeof v}:${String(v)}`)
      .join('|');
    if (key !== this.viewKey) {
      this.viewKey = key;
      try {
        this.view = this.buildView();
      } catch (error) {
        // Never let a data edge case escape into the host page: show it instead.
        this.view = { kind: 'error', message: String(error instanceof Error ? error.message : error) };
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

  private buildView(): GaugeView {
    const lang = this.currentLang;
    const m = messages[lang];
    const words = gaugeWords[lang];
    const id = (this.indicator ?? '').trim();
    if (!id) return { kind: 'error', message: m.missingIndicator('indicator') };
    const indicator = getIndicator(id);
    if (!indicator) return { kind: 'error', message: m.unknownIndicator(id, suggestIndicators(id)) };
    const name = lang === 'zh-CN' ? indicator.name_zh : indicator.name_en;

    const all = targets(id);
    if (!all.length) return { kind: 'error', message: words.noTargets(name) };
    const years = [...new Set(all.map((t) => t.year))];

    const documentIds = Object.keys(m.documents) as DocumentId[];
    const document = this.document || undefined;
    if (document && !documentIds.includes(document)) {
      const year = this.targetYear ?? years[years.length - 1]!;
      const setters = all.filter((t) => t.year === year).map((t) => documentName(t.document, lang));
      return { kind: 'error', message: words.invalidDocument(document, year, setters) };
    }

    let year: number;
    if (this.targetYear === undefined || this.targetYear === null) {
      const own = document ? all.filter((t) => t.document === document) : all;
      year = (own.length ? own : all)[(own.length ? own : all).length - 1]!.year;
    } else if (!Number.isInteger(this.targetYear)) {
      return { kind: 'error', message: words.invalidTargetYear(this.getAttribute('target-year') ?? String(this.targetYear), years) };
    } else {
      year = this.targetYear;
    }
    const candidates = all.filter((t) => t.year === year);
    if (!candidates.length) return { kind: 'error', message: m.noTargetForYear(year, name, years) };
    if (document && !candidates.some((t) => t.document === document)) {
      return {
        kind: 'error',
        message: words.invalidDocument(documentName(document, lang), year, candidates.map((t) => documentName(t.document, lang))),
      };
    }
    const chosen = document ? candidates.filter((t) => t.document === document) : candidates;

    const notices: string[] = [];
    const entries = chosen.map((t) => {
      const planOnly = progress(id, year, { document: t.document })!;
      const supplied = this.supplied(planOnly, notices);
      const p = supplied ? progress(id, year, { document: t.document, latest: supplied })! : planOnly;
      if (supplied && p.latest?.observation) {
        const notice = words.valueNotUsed(supplied.year, p.latest.year);
        if (!notices.includes(notice)) notices.push(notice);
      }
      return this.entry(indicator, p, lang);
    });
    // The data API's own default where two documents set a target: the newer one.
    const primary = entries[entries.length - 1]!;
    const summary = entries.map((e) => e.summary).join(lang === 'zh-CN' ? '' : ' ');
    return { kind: 'ok', indicator, entries, primary, notices, summary };
  }

  /**
   * The caller's figure, validated by the same rules as <ec-indicator>'s supplied figures
   * (a finite number, a whole year, a named source), and then against this target: not
   * negative, after the baseline and no later than the target year. Anything else is refused
   * with a notice; the plans' own figures are still drawn.
   */
  private supplied(planOnly: TargetProgress, notices: string[]): SuppliedObservation | undefined {
    const lang = this.currentLang;
    const words = gaugeWords[lang];
    const push = (n: string) => notices.includes(n) || notices.push(n);
    const raw = this.value;
    const hasValue = raw !== undefined && raw !== null && String(raw).trim() !== '';
    const hasYear = this.valueYear !== undefined && this.valueYear !== null;
    if (!hasValue) {
      if (hasYear) push(words.missingValue);
      return undefined;
    }
    if (!hasYear) {
      push(words.missingValueYear);
      return undefined;
    }
    const parsed = typeof raw === 'number' ? raw : Number(String(raw).trim());
    const yearText = this.getAttribute('value-year') ?? String(this.valueYear);
    // Unparseable input goes to the validator as the text given, so its message quotes it.
    const { observations, issues } = validateSupplied({
      year: Number.isInteger(this.valueYear) ? this.valueYear : yearText,
      value: Number.isFinite(parsed) ? parsed : String(raw),
      source: this.valueSource ?? '',
    });
    if (issues.length) {
      issues.forEach((i) => push(messages[lang].invalidSupplied(i.problem, null, i.got)));
      return undefined;
    }
    const figure = observations[0]!;
    if (figure.value < 0) {
      push(words.negativeValue(String(raw)));
      return undefined;
    }
    const baseYear = planOnly.baseline?.year ?? null;
    if ((baseYear !== null && figure.year <= baseYear) || figure.year > planOnly.target.year) {
      push(words.valueYearOutOfRange(figure.year, baseYear, planOnly.target.year));
      return undefined;
    }
    return figure;
  }

  private entry(indicator: Indicator, p: TargetProgress, lang: WidgetLang): GaugeEntry {
    const m = messages[lang];
    const short = (value: number, qualifier: Parameters<typeof formatQualified>[1]) =>
      formatQualified(value, qualifier, indicator, lang, 'symbol', { unit: false, rescale: false });
    // "2020年 11.8" reads as a year and a figure in Chinese; English needs the colon.
    const dated = (year: number, text: string) => (lang === 'zh-CN' ? `${year}年 ${text}` : `${year}: ${text}`);
    return {
      progress: p,
      heading: gaugeWords[lang].targetHeading(documentName(p.target.document, lang), p.target.year),
      percent: p.achievement === null ? null : formatRatio(p.achievement, lang),
      statusText: statusLabel(p.status, lang),
      note: statusNote(indicator, p, lang),
      key: keyEntries(indicator, p, lang),
      summary: gaugeSummary(indicator, p, lang),
      unit: axisUnitLabel(indicator, lang),
      centre: p.latest ? { value: short(p.latest.value, p.latest.qualifier), year: formatYear(p.latest.year, lang) } : null,
      layoutInput: {
        fontSize: LABEL_SIZE,
        target: { value: p.target.value, label: `${m.target} ${short(p.target.value, p.target.qualifier)}` },
        baseline: p.baseline
          ? { value: p.baseline.value, label: dated(p.baseline.year, short(p.baseline.value, p.baseline.qualifier)) }
          : null,
        latest: p.latest
          ? {
              value: p.latest.value,
              label: dated(p.latest.year, short(p.latest.value, p.latest.qualifier)),
              supplied: !p.latest.observation,
            }
          : null,
        formatTick: (value, step) => formatAxisTick(value, indicator, lang, step),
      },
    };
  }

  override render(): TemplateResult {
    const view = this.view;
    const lang = this.currentLang;
    if (view.kind === 'error') {
      return html`<div class="root" lang=${lang}>${this.renderMessage(view.message)}</div>`;
    }
    if (this.compact) return this.renderPill(view.primary, lang);
    const name = lang === 'zh-CN' ? view.indicator.name_zh : view.indicator.name_en;
    return html`<div class="root" lang=${lang}>
      <p class="title" part="title">${name}</p>
      ${view.entries.map((entry, i) => this.renderEntry(entry, this.models[i], lang))}
      ${view.notices.map((n) => this.renderMessage(n))}
      ${this.renderDetails(view, lang)}
    </div>`;
  }

  /** The compact pill: icon and percent for the eye, the whole summary for assistive tech. */
  private renderPill(entry: GaugeEntry, lang: WidgetLang): TemplateResult {
    const status = entry.progress.status;
    return html`<span class="root pill status--${status}" part="pill" lang=${lang} title=${entry.summary}>
      <span class="pill-face" aria-hidden="true">${statusIcon(status)}<span>${entry.percent ?? entry.statusText}</span></span>
      <span class="visually-hidden">${this.view.kind === 'ok' ? this.view.summary : ''}</span>
    </span>`;
  }

  private renderEntry(entry: GaugeEntry, model: GaugeModel | undefined, lang: WidgetLang): TemplateResult {
    const status = entry.progress.status;
    const words = gaugeWords[lang];
    return html`<section class="gauge" part="gauge">
      <p class="heading" part="heading">${entry.heading}</p>
      <div class="headline" part="headline">
        ${entry.percent
          ? html`<span class="percent-group"
              ><span class="percent" part="percent">${entry.percent}</span> <span class="of-target">${words.ofTarget}</span></span
            >`
          : nothing}
        <span class="status status--${status}" part="status">${statusIcon(status)}<span>${entry.statusText}</span></span>
      </div>
      ${entry.note ? html`<p class="note" part="note">${entry.note}</p>` : nothing}
      ${this.nearViewport && model ? this.renderChart(entry, model) : html`<div class="chart-placeholder ${this.effectiveVariant}"></div>`}
      ${this.renderKey(entry, lang)}
    </section>`;
  }

  /** The chart's accessible name is the summary; the SVG's parts are decoration for it. */
  private renderChart(entry: GaugeEntry, model: GaugeModel): TemplateResult {
    return html`<svg
      class="chart ${model.variant}"
      part="chart"
      role="img"
      aria-label=${entry.summary}
      viewBox="0 0 ${model.width} ${model.height}"
      width=${model.width}
      height=${model.height}
      focusable="false"
    >
      ${model.variant === 'arc' ? this.renderArc(model, entry) : this.renderBullet(model)}
    </svg>`;
  }

  private renderBullet(m: BulletModel): SVGTemplateResult {
    const t = m.track;
    return svg`
      <g aria-hidden="true">
        ${m.bands.map((b) => svg`<rect class="band band--${b.kind}" x=${b.x} y=${t.y} width=${b.width} height=${t.height}></rect>`)}
        ${m.bar ? renderBar(m.bar) : nothing}
        ${m.baseline ? svg`<line class="marker marker--baseline" x1=${m.baseline.x} x2=${m.baseline.x} y1=${m.baseline.y1} y2=${m.baseline.y2}></line>` : nothing}
        <line class="marker marker--target" x1=${m.target.x} x2=${m.target.x} y1=${m.target.y1} y2=${m.target.y2}></line>
        ${m.labels.map(
          (l) => svg`${l.leader ? svg`<line class="leader leader--${l.kind}" x1=${l.leader.x} x2=${l.leader.x} y1=${l.leader.y1} y2=${l.leader.y2}></line>` : nothing}
            <text class="label label--${l.kind}" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`,
        )}
        ${m.ticks.map(
          (tick) => svg`<line class="tick" x1=${tick.x} x2=${tick.x} y1=${t.y + t.height} y2=${t.y + t.height + 4}></line>
            <text class="tick-label" x=${tick.x} y=${m.tickY} text-anchor=${tick.anchor}>${tick.label}</text>`,
        )}
      </g>`;
  }

  private renderArc(m: ArcModel, entry: GaugeEntry): SVGTemplateResult {
    return svg`
      <g aria-hidden="true">
        <g transform="translate(${m.cx} ${m.cy})">
          ${m.bands.map((b) => svg`<path class="band band--${b.kind}" d=${b.path}></path>`)}
          ${m.bar ? svg`<path class="bar ${m.bar.supplied ? 'bar--supplied' : ''}" d=${m.bar.path}></path>` : nothing}
          ${m.baseline ? svg`<line class="marker marker--baseline" x1=${m.baseline.x1} y1=${m.baseline.y1} x2=${m.baseline.x2} y2=${m.baseline.y2}></line>` : nothing}
          <line class="marker marker--target" x1=${m.target.x1} y1=${m.target.y1} x2=${m.target.x2} y2=${m.target.y2}></line>
        </g>
        ${m.labels.map((l) => svg`<text class="label label--${l.kind}" x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`)}
        ${entry.centre
          ? svg`<text class="centre" x=${m.cx} y=${m.centre.y} text-anchor="middle" style=${styleMap({ fontSize: `${m.centre.fontSize}px` })}>${entry.centre.value}</text>
              <text class="centre-year" x=${m.cx} y=${m.centre.yearY} text-anchor="middle">${entry.centre.year}</text>`
          : nothing}
        ${m.ends.map((e) => svg`<text class="tick-label" x=${e.x} y=${m.height - 4} text-anchor=${e.anchor}>${e.label}</text>`)}
      </g>`;
  }

  /** The key names each mark by its shape as well as its colour, with the full figures. */
  private renderKey(entry: GaugeEntry, lang: WidgetLang): TemplateResult {
    return html`<p class="unit">${gaugeWords[lang].unit(entry.unit)}</p>
      <dl class="key" part="key">
      ${entry.key.map(
        (k) => html`<div class="key-item key-item--${k.kind}">
          <dt>${keySwatch(k, entry)}${k.term}</dt>
          <dd>${k.description}${k.source ? html`<span class="key-source"> · ${k.source}</span>` : nothing}</dd>
        </div>`,
      )}
    </dl>`;
  }

  private renderDetails(view: Extract<GaugeView, { kind: 'ok' }>, lang: WidgetLang): TemplateResult {
    const words = gaugeWords[lang];
    const m = messages[lang];
    return html`<details part="details">
      <summary>${words.details}</summary>
      ${view.entries.map((entry) => {
        const p = entry.progress;
        const growth = (rate: number | null) => (rate === null ? '–' : formatGrowth(rate, lang, 1, { sign: rate < 0 }));
        return html`<div class="details-entry">
          ${view.entries.length > 1 ? html`<p class="details-heading">${entry.heading}</p>` : nothing}
          <dl class="facts">
            ${p.requiredGrowth !== null
              ? html`<div><dt>${words.requiredGrowth}</dt><dd>${growth(p.requiredGrowth)}${p.baseline ? ` (${p.baseline.year}–${p.target.year})` : ''}</dd></div>`
              : nothing}
            ${p.observedGrowth !== null && p.baseline && p.latest
              ? html`<div><dt>${words.observedGrowth}</dt><dd>${growth(p.observedGrowth)} (${p.baseline.year}–${p.latest.year})</dd></div>`
              : nothing}
            <div><dt>${m.source}</dt><dd>${documentCitation(p.target.document, lang)}</dd></div>
          </dl>
          <p class="quote-label">${words.targetQuote}</p>
          <blockquote class="quote" lang="zh-CN">${p.target.observation.quote}</blockquote>
        </div>`;
      })}
      <p class="summary-text">${view.summary}</p>
    </details>`;
  }
}

/** A document's full title, issuer and date: what a reader needs to find the text. */
function documentCitation(id: DocumentId, lang: WidgetLang): string {
  const d = getDocument(id);
  if (!d) return documentName(id, lang);
  return lang === 'zh-CN' ? `${d.title_zh}（${d.issuer_zh}，${d.date}）` : `${d.title_en} (${d.issuer_en}, ${d.date})`;
}

function renderBar(bar: NonNullable<BulletModel['bar']>): SVGTemplateResult {
  // A supplied figure is told apart by a stripe through the bar as well as by its colour.
  return svg`<rect class="bar ${bar.supplied ? 'bar--supplied' : ''}" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>
    ${bar.supplied && bar.width > 2
      ? svg`<line class="bar-stripe" x1=${bar.x} x2=${bar.x + bar.width} y1=${bar.y + bar.height / 2} y2=${bar.y + bar.height / 2}></line>`
      : nothing}`;
}

/** A small drawing of each mark as it appears in the chart, so the key does not rely on colour. */
function keySwatch(k: KeyEntry, entry: GaugeEntry): TemplateResult {
  const supplied = k.kind === 'latest' && entry.layoutInput.latest?.supplied;
  const shape =
    k.kind === 'target'
      ? svg`<line class="marker marker--target" x1="8" x2="8" y1="1" y2="15"></line>`
      : k.kind === 'baseline'
        ? svg`<line class="marker marker--baseline" x1="8" x2="8" y1="3" y2="13"></line>`
        : svg`<rect class="bar ${supplied ? 'bar--supplied' : ''}" x="0" y="5" width="16" height="6"></rect>${
            supplied ? svg`<line class="bar-stripe" x1="0" x2="16" y1="8" y2="8"></line>` : nothing
          }`;
  return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/**
 * A distinct shape per status, so that no status is told by colour alone: check, cross,
 * arrow up, caution triangle, flat arrow, arrow down, question mark.
 */
export function statusIcon(status: ProgressStatus): TemplateResult {
  const paths: Record<ProgressStatus, SVGTemplateResult> = {
    achieved: svg`<path d="M2.5 8.5 6.5 12.5 13.5 3.5"></path>`,
    'not-achieved': svg`<path d="M3.5 3.5l9 9M12.5 3.5l-9 9"></path>`,
    'on-track': svg`<path d="M8 14V2.5M3 7.5l5-5 5 5"></path>`,
    'acceleration-needed': svg`<path d="M8 1.5 15 14H1z" stroke-linejoin="round"></path><path d="M8 6v4M8 11.5v1.2"></path>`,
    'limited-progress': svg`<path d="M1.5 8h12M9 3.5l4.5 4.5L9 12.5"></path>`,
    deterioration: svg`<path d="M8 2v11.5M3 8.5l5 5 5-5"></path>`,
    'cannot-assess': svg`<path d="M5.2 5.6a2.8 2.8 0 1 1 3.9 2.6c-.7.3-1.1.9-1.1 1.6v.9M8 12.6v1.4"></path>`,
  };
  return html`<svg class="icon icon--${status}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${paths[status]}</svg>`;
}
