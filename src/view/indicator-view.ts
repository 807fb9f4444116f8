/**
 * Everything an indicator chart shows except its geometry: data selected for the years and
 * options asked for, every text formatted in the widget's language (title, tooltips, table,
 * source line, sources panel, notes, summary), and the input `layoutIndicatorChart` needs.
 * Computed when the data, language or options change; the layout, when the size changes.
 * Pure, so the widget, server rendering and the SVG command line share it.
 */
import { indicatorSummary } from '../a11y/indicator-summary.js';
import { documentName, verdictBasis } from '../a11y/gauge-summary.js';
import { asOf, compareDocuments, getDocument, notes, series, targets, type SeriesPoint, type TargetPoint } from '../data/selectors.js';
import { progress, seriesAsOf, type TargetProgress } from '../data/targets.js';
import type { DocumentId, Indicator, Observation, SuppliedObservation } from '../data/types.js';
import {
  axisUnitLabel,
  formatAxisTick,
  formatGrowth,
  formatPeriod,
  formatQualified,
  formatRatio,
  formatYear,
  type WidgetLang,
} from '../format/index.js';
import { formatList } from '../format/list.js';
import { formatFigure } from '../format/number.js';
import { capitalise, indicatorName, localized, quoteLang } from '../format/text.js';
import type { AnnotationTone, IndicatorLayoutInput, LayoutAnnotation, LayoutBand, LayoutTarget, MarkKind } from '../charts/indicator-layout.js';
import { planPeriods } from '../charts/plan-periods.js';
import type { ChartType } from '../charts/indicator-layout.js';
import { asText } from '../internal/as-text.js';
import { failure, notice, warningOnly, type Notice, type WidgetView } from './contract.js';
import { INDICATOR_INPUTS } from './inputs.js';
import { namedIndicator } from './named-indicator.js';
import { inRange, invalidInput, specOf } from './schema.js';
import { readSupplied } from './supplied.js';
import { readAsOf } from './gauge-view.js';
import { indicatorMessages } from '../format/messages.js';

export interface IndicatorViewOptions {
  lang: WidgetLang;
  /** First and last year shown, inclusive (already validated). */
  from?: number;
  to?: number;
  hideTargets?: boolean;
  hidePeriods?: boolean;
  /** Validated figures supplied by the page. */
  supplied?: readonly SuppliedObservation[];
  /** The figures as they stood on this date (YYYY-MM-DD, validated); default: the dataset's. */
  asOf?: string;
}

/** What a tooltip, and a screen reader moving through the points, says about one datum. */
export interface PointDetail {
  key: string;
  kind: MarkKind;
  year: number;
  /** "2020年" / "2020", or a period "2016–2020". */
  heading: string;
  /** The value with unit and qualifier in words: "10万亿元左右" / "about 10 trillion yuan". */
  value: string;
  /** "目标 · “十三五”规划 · 预期性" / "Actual · 14th FYP". */
  meta: string;
  /** The outcome of a target, what it needs, a supplied figure's source, or a disagreement between texts. */
  note: string | null;
  /** Met or missed, for a target whose year has passed with a figure. */
  tone: AnnotationTone;
  /** All of the above as one sentence-like line. */
  text: string;
}

export interface TableRow {
  key: string;
  kind: MarkKind;
  /** Year, value, type, source, outcome. */
  cells: [string, string, string, string, string];
}

/** One figure as a source states it: the document and the verbatim quote. */
export interface SourceEntry {
  key: string;
  /** "2020年 · 实际 · 11.8万亿元": the figure this quote gives (its wording is in the quote). */
  label: string;
  /** The document's full title in the widget's language. */
  document: string;
  /** The sentence fragment holding the figure, verbatim. */
  quote: string;
  /** The quote's language: Chinese, or English for a release read in an English copy. */
  quoteLang: WidgetLang;
}

export interface SuppliedSource {
  key: string;
  label: string;
  source: string;
  url: string | null;
}

export interface IndicatorView {
  indicator: Indicator;
  lang: WidgetLang;
  /** "网络零售额" / "Online retail sales". */
  title: string;
  /** The axis unit: "万亿元" / "trillion yuan", "%". */
  unit: string;
  summary: string;
  /** What the indicator measures, from the dataset: shown above the sources. */
  description: string;
  /** Layout input minus size and presentation options. */
  chart: Pick<IndicatorLayoutInput, 'actuals' | 'supplied' | 'targets' | 'annotations' | 'bands' | 'from' | 'to' | 'formatTick' | 'formatYear'>;
  /** Tooltip and announcement texts by mark key. */
  details: ReadonlyMap<string, PointDetail>;
  table: { caption: string; head: [string, string, string, string, string]; rows: TableRow[] };
  /** "来源：“十二五”规划、“十三五”规划和“十四五”规划" */
  sourceLine: string;
  sources: SourceEntry[];
  suppliedSources: SuppliedSource[];
  /** Where the texts disagree or change definitions (dataset notes). */
  notes: string[];
  /** Per-target progress, as shown: other widgets and tests read it. */
  progress: TargetProgress[];
}

/**
 * The chart's title and unit in a language: all of the view a widget shows before it draws
 * (its placeholder off-screen), so cheap on purpose.
 */
export function indicatorHeading(indicator: Indicator, lang: WidgetLang): { title: string; unit: string } {
  return { title: indicatorName(indicator, lang), unit: axisUnitLabel(indicator, lang) };
}

/** Builds the view of an indicator. Pure; `indicator` must exist in the dataset. */
export function indicatorView(indicator: Indicator, options: IndicatorViewOptions): IndicatorView {
  const { lang } = options;
  // m.actual, m.supplied and m.target also name the kinds of marks: m[kind].
  const m = indicatorMessages[lang];
  const colon = m.colon;
  const { actuals, supplied, shownTargets, progressList } = shownFigures(indicator, options);
  const qualified = (figure: { value: number; qualifier?: Observation['qualifier'] }) => formatFigure(figure, indicator, lang);
  // On the chart, figures are in the axis unit with qualifier symbols: ">40", "≈10".
  const short = (figure: { value: number; qualifier: Observation['qualifier'] }) =>
    formatQualified(figure.value, figure.qualifier, indicator, lang, 'symbol', { unit: false, rescale: false });

  // A period figure (growth over 2011–2015) is headed by its span, any other by its year.
  const when = (p: { year: number; period?: [number, number] }) => (p.period ? formatPeriod(p.period, lang) : formatYear(p.year, lang));

  // ---- keys: stable per datum, so focus and tooltip survive re-layout and language changes
  const actualKey = (p: SeriesPoint) => `actual-${p.year}`;
  const targetKey = (t: TargetPoint) => `target-${t.document}-${t.year}`;
  const suppliedKey = (s: SuppliedObservation, i: number) => `supplied-${s.year}-${i}`;

  // ---- details (tooltips, announcements) and table rows, in one pass per datum
  const details = new Map<string, PointDetail>();
  const rows: TableRow[] = [];
  const add = (detail: Omit<PointDetail, 'text'>, source: string, outcome: string) => {
    const parts = [detail.heading, detail.value, detail.meta, detail.note].filter(Boolean);
    details.set(detail.key, { ...detail, text: parts.join(m.clauseJoin) });
    rows.push({ key: detail.key, kind: detail.kind, cells: [detail.heading, detail.value, m[detail.kind], source, outcome] });
  };

  for (const p of actuals) {
    const doc = docShort(p.observation.document, lang);
    // Every published figure of a revised year, oldest first: 2.63 → 2.71.
    const revised = p.vintages.length > 1 ? m.vintagesLabel(p.vintages.map((o) => qualified(o))) : null;
    const broken = breakNote(actuals, p, lang);
    add(
      {
        key: actualKey(p),
        kind: 'actual',
        year: p.year,
        heading: when(p),
        value: qualified(p),
        meta: `${m.actual} · ${doc}`,
        note: [p.conflicting ? m.textsDiffer : null, revised, broken].filter(Boolean).join(m.clauseJoin) || null,
        tone: 'neutral',
      },
      `${sourceKindOf(p.observation.document, lang)} · ${doc}`,
      '',
    );
  }
  supplied.forEach((s, i) => {
    add(
      {
        key: suppliedKey(s, i),
        kind: 'supplied',
        year: s.year,
        heading: formatYear(s.year, lang),
        value: qualified(s),
        meta: m.supplied,
        note: `${m.source}${colon}${s.source}`,
        tone: 'neutral',
      },
      s.source,
      '',
    );
  });
  const annotations: LayoutAnnotation[] = [];
  const layoutTargets: LayoutTarget[] = [];
  shownTargets.forEach((t, i) => {
    const p = progressList[i]!;
    const doc = docShort(t.document, lang);
    const type = t.target_type ? ` · ${m.targetType[t.target_type]}` : '';
    const outcome = outcomeText(p, indicator, lang);
    const tone: AnnotationTone = p.status === 'achieved' ? 'achieved' : p.status === 'not-achieved' ? 'missed' : 'neutral';
    add(
      {
        key: targetKey(t),
        kind: 'target',
        year: t.year,
        heading: when(t),
        value: qualified(t),
        meta: `${m.target} · ${doc}${type}`,
        note: outcome || null,
        tone,
      },
      doc,
      outcome,
    );
    const owner = targetOwner(t.document, lang);
    const goal = short(t);
    layoutTargets.push({
      key: targetKey(t),
      year: t.year,
      value: t.value,
      baselines: p.baseline && p.baseline.year < t.year ? [{ year: p.baseline.year, value: p.baseline.value }] : [],
      labels: [m.targetLabel(owner, goal), goal],
    });
    if (p.latest && (p.status === 'achieved' || p.status === 'not-achieved') && p.achievement !== null) {
      const sign = p.status === 'achieved' ? '✓' : '✗';
      const got = short(p.latest);
      const pct = formatRatio(p.achievement, lang);
      const labels = m.outcomeLabels(sign, t.year, got, goal, pct);
      // Two texts setting the same target (the 12th plan and MOFCOM's 2015 goal) share one note.
      if (!annotations.some((a) => a.labels[0] === labels[0])) {
        annotations.push({ key: `outcome-${targetKey(t)}`, year: t.year, value: p.latest.value, labels, tone });
      }
    }
  });
  const kindOrder: Record<MarkKind, number> = { actual: 0, supplied: 1, target: 2 };
  rows.sort((a, b) => details.get(a.key)!.year - details.get(b.key)!.year || kindOrder[a.kind] - kindOrder[b.kind]);

  // ---- plan periods as bands, clipped to the years shown by the layout
  const bands: LayoutBand[] = options.hidePeriods
    ? []
    : planPeriods().map((p) => {
        const name = m.periods[p.key];
        const years = formatPeriod([p.start, p.end], lang);
        return { key: p.key, start: p.start, end: p.end, labels: m.bandLabels(name, years, p.key) };
      });

  // ---- sources: each figure's document and quote; documents named in the source line
  const shownObservations: { key: string; kind: MarkKind; o: Observation }[] = [
    ...actuals.flatMap((p) => p.occurrences.map((o) => ({ key: actualKey(p), kind: 'actual' as const, o }))),
    ...shownTargets.flatMap((t) => t.occurrences.map((o) => ({ key: targetKey(t), kind: 'target' as const, o }))),
  ].sort((a, b) => a.o.year - b.o.year || kindOrder[a.kind] - kindOrder[b.kind]);
  const seenQuotes = new Set<string>();
  const sources: SourceEntry[] = [];
  for (const { key, kind, o } of shownObservations) {
    // The 14th plan states some figures in its text and its table: each is its own quote.
    const id = `${o.document}|${o.quote}|${o.as_written}|${o.kind}`;
    if (seenQuotes.has(id)) continue;
    seenQuotes.add(id);
    const document = getDocument(o.document);
    sources.push({
      key,
      label: `${when(o)} · ${m[kind]} · ${qualified(o)} · ${sourceKindOf(o.document, lang)}${document?.kind === 'statistical-release' ? ` (${document.date})` : ''}`,
      document: document ? localized(document, 'title', lang) : o.document,
      quote: o.quote,
      quoteLang: quoteLang(o.quote),
    });
  }
  const documentIds = [...new Set(shownObservations.map((s) => s.o.document))].sort(compareDocuments);
  // The plans by name; the statistical releases by publisher (NBS, MOFCOM, customs), each once.
  const documentNames = documentIds.filter((d) => getDocument(d)?.kind !== 'statistical-release').map((d) => docShort(d, lang));
  const publishers = [...new Set(documentIds.filter((d) => getDocument(d)?.kind === 'statistical-release').map((d) => publisherOf(d, lang)))];
  const suppliedNames = [...new Set(supplied.map((s) => s.source))];
  const sourceLine = [
    documentNames.length ? `${m.source}${colon}${formatList(documentNames, lang)}` : '',
    publishers.length ? `${m.sourceKind['statistical-release']}${colon}${formatList(publishers, lang)}` : '',
    suppliedNames.length ? `${m.supplied}${colon}${formatList(suppliedNames, lang)}` : '',
    publishers.length ? m.figuresAsOf(options.asOf ?? asOf()) : '',
  ]
    .filter(Boolean)
    .join(m.groupJoin);

  const { title, unit } = indicatorHeading(indicator, lang);
  return {
    indicator,
    lang,
    title,
    unit,
    summary: indicatorSummary({ indicator, lang, actuals, supplied, targets: progressList, ...summaryYear(options) }),
    chart: {
      actuals: actuals.map((p) => ({ key: actualKey(p), year: p.year, value: p.value, ...(p.breakBefore ? { breakBefore: true } : {}) })),
      supplied: supplied.map((s, i) => ({ key: suppliedKey(s, i), year: s.year, value: s.value })),
      targets: layoutTargets,
      annotations,
      bands,
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      formatTick: (value, step) => formatAxisTick(value, indicator, lang, step),
      formatYear: String,
    },
    details,
    table: {
      caption: title + m.unitSuffix(unit),
      head: [m.year, m.value, m.kind, m.source, m.outcome],
      rows,
    },
    description: localized(indicator, 'description', lang),
    sourceLine,
    sources,
    suppliedSources: supplied.map((s, i) => ({
      key: suppliedKey(s, i),
      label: `${formatYear(s.year, lang)} · ${m.supplied} · ${qualified(s)}`,
      source: s.source,
      url: s.url ?? null,
    })),
    notes: [...notes(indicator.id).map((n) => localized(n, 'text', lang)), ...actuals.flatMap((p) => breakNote(actuals, p, lang) ?? [])],
    progress: progressList,
  };
}

/**
 * `indicatorView(indicator, options).summary` without the rest of the view (tooltips, table,
 * sources, layout input): what a lazy widget's placeholder is named by before it draws, for each
 * of the many widgets a long page may hold, at a fraction of the view's cost. The same
 * figures as the view's, through the same function, so the two cannot disagree.
 */
export function viewSummary(indicator: Indicator, options: IndicatorViewOptions): string {
  // Figures the page supplies are its own, so only the dataset's summaries are kept.
  const key = options.supplied?.length ? '' : `${indicator.id} ${options.lang} ${options.from} ${options.to} ${!!options.hideTargets} ${options.asOf}`;
  let summary = summaries.get(key);
  if (summary === undefined) {
    const { actuals, supplied, progressList } = shownFigures(indicator, options);
    summary = indicatorSummary({ indicator, lang: options.lang, actuals, supplied, targets: progressList, ...summaryYear(options) });
    // `from` and `to` come from the page, so the keys are no closed set: the list starts over
    // when full, at a size that holds every indicator in both languages, with targets and without.
    if (summaries.size >= MAX_SUMMARIES) summaries.clear();
    if (key) summaries.set(key, summary);
  }
  return summary;
}

/**
 * Summaries written so far, by indicator and the options that select its figures. A long page
 * of widgets repeats the dataset's indicators many times over, and each lazy placeholder is
 * named by its summary before it draws. A summary is a pure function of these and the bundled
 * dataset.
 */
const summaries = new Map<string, string>();
/** Room for four summaries of every indicator (two languages, with targets and without). */
const MAX_SUMMARIES = 250;

/** The figures a chart of `indicator` shows with these options: actuals, supplied figures and targets in range, and each target's progress. */
function shownFigures(indicator: Indicator, options: IndicatorViewOptions) {
  const inRange = (year: number) => year >= (options.from ?? -Infinity) && year <= (options.to ?? Infinity);
  const shownTargets = options.hideTargets ? [] : targets(indicator.id).filter((t) => inRange(t.year) && published(t.document, options.asOf));
  const all = options.asOf ? seriesAsOf(indicator.id, options.asOf) : series(indicator.id);
  return {
    actuals: all.filter((p) => inRange(p.year)),
    supplied: (options.supplied ?? []).filter((s) => inRange(s.year)),
    shownTargets,
    progressList: shownTargets.map((t) => targetProgress(indicator, t, options.supplied ?? [], all, options.asOf)),
  };
}

/**
 * A target's progress. A year with a reported actual is judged on it; otherwise the newest
 * supplied figure up to the target year (a newsroom's 2024 value for a 2025 target) is used.
 */
function targetProgress(
  indicator: Indicator,
  t: TargetPoint,
  supplied: readonly SuppliedObservation[],
  shown: readonly SeriesPoint[],
  asOf: string | undefined,
): TargetProgress {
  const hasActual = shown.some((p) => p.year === t.year);
  const latest = hasActual ? undefined : [...supplied].filter((s) => s.year <= t.year).sort((a, b) => a.year - b.year).pop();
  return progress(indicator.id, t.year, { document: t.document, ...(latest ? { latest } : {}), ...(asOf ? { asOf } : {}) })!;
}

/** The year the summary's "now" is: the `as-of` date's, else the dataset's. */
function summaryYear(options: IndicatorViewOptions): { asOf?: number } {
  return options.asOf ? { asOf: Number.parseInt(options.asOf, 10) } : {};
}

/** What a break in the series before `p` is: the narrower scope on one side of it. Null without a break. */
function breakNote(actuals: readonly SeriesPoint[], p: SeriesPoint, lang: WidgetLang): string | null {
  if (!p.breakBefore) return null;
  const before = actuals[actuals.indexOf(p) - 1];
  if (!before) return null;
  const scoped = p.scope ? p : before;
  const scope = scoped.scope ? localized({ scope_zh: scoped.scope.zh, scope_en: scoped.scope.en }, 'scope', lang) : '';
  return indicatorMessages[lang].seriesBreak(before.year, p.year, scoped.year, scope);
}

/** A release's publisher, short: 国家统计局 / NBS. */
function publisherOf(id: DocumentId, lang: WidgetLang): string {
  const d = getDocument(id)!;
  return localized({ p_zh: d.issuer_short_zh ?? d.issuer_zh, p_en: d.issuer_short_en ?? d.issuer_en }, 'p', lang);
}

/** "Statistical release" / "Plan": a figure's kind of source, in words (never by colour alone). */
function sourceKindOf(id: DocumentId, lang: WidgetLang): string {
  return indicatorMessages[lang].sourceKind[getDocument(id)?.kind ?? 'plan'];
}

/** A document published by the date (every document without one). */
function published(id: DocumentId, asOf: string | undefined): boolean {
  const date = getDocument(id)?.date;
  return !asOf || date === undefined || date <= asOf;
}

/** The outcome or requirement of a target as a short clause, '' when nothing can be said. */
function outcomeText(p: TargetProgress, indicator: Indicator, lang: WidgetLang): string {
  const m = indicatorMessages[lang];
  if (p.latest && p.achievement !== null && (p.status === 'achieved' || p.status === 'not-achieved')) {
    return m.outcomeMet(formatFigure(p.latest, indicator, lang), formatRatio(p.achievement, lang), p.status) + m.verdictBasis(...verdictBasis(indicator, p, lang));
  }
  if (p.reason === 'no-official-figure-after') return capitalise(m.noOfficialFigureAfter(p.newestFigureYear));
  if (p.status === 'cannot-assess' && p.baseline && p.requiredGrowth !== null && !p.latest) {
    return m.needsGrowthFrom(formatGrowth(p.requiredGrowth, lang), p.baseline.year);
  }
  return m.status[p.status];
}

/** The document as named in a source line: “十三五”规划 / 13th FYP. */
function docShort(id: DocumentId, lang: WidgetLang): string {
  const d = getDocument(id);
  if (!d) return documentName(id, lang);
  return localized(d, 'short', lang);
}

/** Whose target, on a label: 十三五 / 13th FYP for a plan, the short name otherwise. */
function targetOwner(id: DocumentId, lang: WidgetLang): string {
  const period = planPeriods().find((p) => p.document === id);
  return period ? indicatorMessages[lang].periods[period.key] : docShort(id, lang);
}

/** <ec-indicator>'s inputs, as the schema (INDICATOR_INPUTS) names them; attribute texts for messages. */
export interface IndicatorInput {
  lang: WidgetLang;
  indicator: unknown;
  variant?: unknown;
  /** The alias of `variant`. */
  type?: unknown;
  from?: unknown;
  to?: unknown;
  fromText?: string | null;
  toText?: string | null;
  hideTargets?: boolean;
  hidePeriods?: boolean;
  /** The `observations` property, or the text of a child JSON script. */
  observations?: unknown;
  observationsText?: string | null;
  /** `as-of`: the date the figures are shown as of. */
  asOf?: unknown;
}

/** What an indicator widget draws: the view and the chart's shape. */
export interface IndicatorWidgetModel {
  view: IndicatorView;
  chartType: ChartType;
}

/** What the placeholder of a widget far from the viewport shows: the title, unit and summary. */
export interface IndicatorHeading {
  title: string;
  unit: string;
  summary: string;
}

/**
 * The inputs validated once, by the schema's rules: the indicator, the chart's shape, the years
 * shown and the supplied figures, with a notice for each value ignored. Shared by the full view
 * and the placeholder's heading, so the two cannot disagree about what is drawn.
 */
function readIndicatorInput(input: IndicatorInput):
  | { kind: 'error'; text: string; warning: string }
  | { kind: 'ok'; indicator: Indicator; chartType: ChartType; options: IndicatorViewOptions; notices: Notice[] } {
  const { lang } = input;
  const notices: Notice[] = [];
  const shape = specOf(INDICATOR_INPUTS, 'variant')!;
  const given = input.variant ?? input.type;
  const chartType: ChartType = given === 'bar' ? 'bar' : 'line';
  if (given !== undefined && given !== null && given !== 'line' && given !== 'bar') {
    const name = input.variant !== undefined && input.variant !== null ? 'variant' : 'type';
    notices.push(warningOnly(`${invalidInput(shape, asText(given), name)}; drawing a line chart.`));
  }
  const named = namedIndicator(input.indicator);
  if (!('indicator' in named)) return failure(notice(lang, named.problem));
  const { id, indicator } = named;

  const supplied = readSupplied(input.observations, input.observationsText ?? null);
  for (const i of supplied.issues) notices.push(notice(lang, (m) => m.invalidSupplied(i.problem, i.index, i.got)));
  const range = readRange(id, input, supplied.observations, notices);
  const asOf = readAsOf(input.asOf, lang, (n) => notices.push(n));
  return {
    kind: 'ok',
    indicator,
    chartType,
    options: { lang, ...range, ...asOf, hideTargets: !!input.hideTargets, hidePeriods: !!input.hidePeriods, supplied: supplied.observations },
    notices,
  };
}

/** `from`/`to` when they are years that leave something to draw; otherwise every year, with a warning. */
function readRange(id: string, input: IndicatorInput, supplied: readonly SuppliedObservation[], notices: Notice[]): { from?: number; to?: number } {
  const check = (name: 'from' | 'to'): number | undefined => {
    const value = input[name];
    if (value === undefined || value === null) return undefined;
    const spec = specOf(INDICATOR_INPUTS, name)!;
    if (inRange(spec, value)) return value;
    notices.push(warningOnly(`${invalidInput(spec, input[`${name}Text`] ?? asText(value))}; ignored.`));
    return undefined;
  };
  const from = check('from');
  const to = check('to');
  if (from !== undefined && to !== undefined && from > to) {
    notices.push(warningOnly(`invalid from/to: ${from} is after ${to}; showing every year.`));
    return {};
  }
  const years = [...series(id).map((o) => o.year), ...targets(id).map((t) => t.year), ...supplied.map((s) => s.year)];
  const shown = (y: number) => y >= (from ?? -Infinity) && y <= (to ?? Infinity);
  if ((from !== undefined || to !== undefined) && !years.some(shown)) {
    notices.push(warningOnly(`invalid from/to: no figure for ${id} between ${from ?? '…'} and ${to ?? '…'}; showing every year.`));
    return {};
  }
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/**
 * The view of <ec-indicator> from its inputs (see ./contract.ts): the one function the element,
 * its summary, its downloads and the command line read. Pure.
 */
export function indicatorWidgetView(input: IndicatorInput): WidgetView<IndicatorWidgetModel> {
  const read = readIndicatorInput(input);
  if (read.kind === 'error') return read;
  return { kind: 'ok', view: { view: indicatorView(read.indicator, read.options), chartType: read.chartType }, notices: read.notices };
}

/**
 * What a lazy placeholder shows, from the same inputs and validation as indicatorWidgetView:
 * the title, unit and the same summary (through viewSummary, cheaper than the whole view).
 */
export function indicatorHeadingView(input: IndicatorInput): WidgetView<IndicatorHeading> {
  const read = readIndicatorInput(input);
  if (read.kind === 'error') return read;
  const { hidePeriods: _periods, ...options } = read.options;
  return { kind: 'ok', view: { ...indicatorHeading(read.indicator, input.lang), summary: viewSummary(read.indicator, options) }, notices: read.notices };
}
