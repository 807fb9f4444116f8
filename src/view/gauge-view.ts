/**
 * What a target gauge shows, from its inputs: the target(s) chosen, each with its progress
 * (from the data API's `progress()`), every text in the widget's language, and the input of
 * the gauge layout — or the message shown instead (see ./contract.ts). Pure, so the widget,
 * its placeholder, its downloads and the command line share it.
 */
import { documentName, gaugeSummary, keyEntries, statusLabel, statusNote, type KeyEntry } from '../a11y/gauge-summary.js';
import type { GaugeLayoutInput } from '../charts/gauge-layout.js';
import { asOf as datasetAsOf, targets } from '../data/selectors.js';
import { progress, type TargetProgress } from '../data/targets.js';
import type { DocumentId, Indicator, SuppliedObservation } from '../data/types.js';
import { axisUnitLabel, formatAxisTick, formatQualified, formatRatio, formatYear, type WidgetLang } from '../format/index.js';
import { indicatorName } from '../format/text.js';
import { asText } from '../internal/as-text.js';
import { failure, notice, type Notice, type WidgetView } from './contract.js';
import { namedIndicator } from './named-indicator.js';
import { isDate } from './schema.js';
import { readSupplied, validateSupplied, type SuppliedResult } from './supplied.js';
import { gaugeMessages } from '../format/messages.js';

/** Size of the chart's labels in px; the layout estimates label widths at this size. */
export const LABEL_SIZE = 12;

/** The gauge's inputs, as the schema (GAUGE_INPUTS) names them. */
export interface GaugeInput {
  lang: WidgetLang;
  indicator: unknown;
  targetYear?: number | null;
  /** The `target-year` attribute as written, for messages about it. */
  targetYearText?: string | null;
  document?: DocumentId | undefined;
  /** Supplied figures: the `observations` property, or the text of a child JSON script. */
  observations?: unknown;
  observationsText?: string | null;
  /** The one-figure form of `observations`. */
  value?: number | string | null;
  valueYear?: number | null;
  /** The `value-year` attribute as written, for messages about it. */
  valueYearText?: string | null;
  valueSource?: string;
  /** The date the figures are shown as of (`as-of`, YYYY-MM-DD); default: the dataset's. */
  asOf?: unknown;
}

/** One target on the gauge: a document's goal for the year, where it stands, and its words. */
export interface GaugeEntry {
  progress: TargetProgress;
  heading: string;
  percent: string | null;
  /** The words after the percent: "of target", or "of target on the 2022 figure" where the target's year has passed without a figure for it. */
  ofTarget: string;
  statusText: string;
  note: string | null;
  key: KeyEntry[];
  summary: string;
  layoutInput: GaugeLayoutInput;
  unit: string;
  /** The latest figure for the middle of the arc, big, with its year under it. */
  centre: { value: string; year: string } | null;
}

/** What a gauge draws: its targets (two where two documents set the year's), the primary one, and the texts around them. */
export interface GaugeViewModel {
  lang: WidgetLang;
  indicator: Indicator;
  /** The indicator's name: the title. */
  title: string;
  entries: GaugeEntry[];
  primary: GaugeEntry;
  summary: string;
  /** "Figures as of 2026-12-04": the `as-of` date, else the dataset's. */
  asOf: string;
}

export type GaugeView = WidgetView<GaugeViewModel>;

export function gaugeView(input: GaugeInput): GaugeView {
  const lang = input.lang;
  const m = gaugeMessages[lang];
  const named = namedIndicator(input.indicator);
  if (!('indicator' in named)) return failure(notice(lang, named.problem));
  const { id, indicator } = named;
  const name = indicatorName(indicator, lang);

  const all = targets(id);
  if (!all.length) return failure(both(lang, (l) => gaugeMessages[l].noTargets(indicatorName(indicator, l))));
  const years = [...new Set(all.map((t) => t.year))];
  const yearList = (l: WidgetLang) => years.map((y) => formatYear(y, l));

  const documentIds = Object.keys(m.documents) as DocumentId[];
  const document = (asText(input.document) || undefined) as DocumentId | undefined;
  const documentsOf = (year: number, l: WidgetLang) => all.filter((t) => t.year === year).map((t) => documentName(t.document, l));
  if (document && !documentIds.includes(document)) {
    const year = input.targetYear ?? years[years.length - 1]!;
    return failure(both(lang, (l) => gaugeMessages[l].invalidDocument(document, year, documentsOf(year, l))));
  }

  let year: number;
  if (input.targetYear === undefined || input.targetYear === null) {
    const own = document ? all.filter((t) => t.document === document) : all;
    year = (own.length ? own : all)[(own.length ? own : all).length - 1]!.year;
  } else if (!Number.isInteger(input.targetYear)) {
    const given = input.targetYearText ?? String(input.targetYear);
    return failure(both(lang, (l) => gaugeMessages[l].invalidTargetYear(given, yearList(l))));
  } else {
    year = input.targetYear;
  }
  const candidates = all.filter((t) => t.year === year);
  if (!candidates.length) return failure(both(lang, (l) => gaugeMessages[l].noTargetForYear(year, indicatorName(indicator, l), years)));
  if (document && !candidates.some((t) => t.document === document)) {
    return failure(both(lang, (l) => gaugeMessages[l].invalidDocument(documentName(document, l), year, documentsOf(year, l))));
  }
  const chosen = document ? candidates.filter((t) => t.document === document) : candidates;

  const notices: Notice[] = [];
  const push = (n: Notice) => notices.some((o) => o.text === n.text) || notices.push(n);
  const supplied = suppliedFigures(input, push);
  const asOf = readAsOf(input.asOf, lang, push);
  const entries = chosen.map((t) => {
    const planOnly = progress(id, year, { document: t.document, ...asOf })!;
    const figure = figureFor(supplied, planOnly, input.lang, push);
    const p = figure ? progress(id, year, { document: t.document, latest: figure, ...asOf })! : planOnly;
    if (figure && p.latest?.observation) push(notice(lang, (w) => w.valueNotUsed(figure.year, p.latest!.year), gaugeMessages));
    return entry(indicator, p, lang);
  });
  // The data API's own default where two documents set a target: the newer one.
  const primary = entries[entries.length - 1]!;
  const summary = entries.map((e) => e.summary).join(m.sentenceJoin);
  const asOfText = m.figuresAsOf(asOf.asOf ?? datasetAsOf());
  return { kind: 'ok', view: { lang, indicator, title: name, entries, primary, summary, asOf: asOfText }, notices };
}

/** `asOf` for progress() from the `as-of` input: a real YYYY-MM-DD date, else a notice and the dataset's own date. */
export function readAsOf(value: unknown, lang: WidgetLang, push: (n: Notice) => void): { asOf?: string } {
  if (value === undefined || value === null || value === '') return {};
  if (isDate(value)) return { asOf: value };
  push(notice(lang, (w) => w.invalidAsOf(asText(value))));
  return {};
}

/** A message worded in each language from the same facts (`say` gets the language). */
function both(lang: WidgetLang, say: (l: WidgetLang) => string): Notice {
  return { text: say(lang), warning: say('en') };
}

/**
 * The figures the caller supplies: the `observations` list (property or child JSON), validated
 * by the same rules as <ec-indicator>'s, and the one-figure `value`/`value-year`/`value-source`
 * form, checked first for its own missing parts. Anything refused is a notice; the plans' own
 * figures are still drawn.
 */
function suppliedFigures(input: GaugeInput, push: (n: Notice) => void): SuppliedObservation[] {
  const lang = input.lang;
  const list: SuppliedResult = readSupplied(input.observations, input.observationsText ?? null);
  const raw = input.value;
  const hasValue = raw !== undefined && raw !== null && asText(raw).trim() !== '';
  const hasYear = input.valueYear !== undefined && input.valueYear !== null;
  let single: SuppliedResult = { observations: [], issues: [] };
  if (!hasValue && hasYear) push(notice(lang, (w) => w.missingValue, gaugeMessages));
  else if (hasValue && !hasYear) push(notice(lang, (w) => w.missingValueYear, gaugeMessages));
  else if (hasValue) {
    const parsed = typeof raw === 'number' ? raw : Number(asText(raw).trim());
    const yearText = input.valueYearText ?? String(input.valueYear);
    // Unparseable input goes to the validator as the text given, so its message quotes it.
    single = validateSupplied({
      year: Number.isInteger(input.valueYear) ? input.valueYear : yearText,
      value: Number.isFinite(parsed) ? parsed : asText(raw),
      source: asText(input.valueSource),
    });
  }
  for (const i of [...single.issues, ...list.issues]) push(notice(lang, (w) => w.invalidSupplied(i.problem, single.issues.includes(i) ? null : i.index, i.got)));
  return [...list.observations, ...single.observations];
}

/**
 * The supplied figure this target is judged on: the newest one after the baseline and no later
 * than the target year, not negative. Without one, the newest figure's problem is a notice.
 */
function figureFor(supplied: readonly SuppliedObservation[], planOnly: TargetProgress, lang: WidgetLang, push: (n: Notice) => void): SuppliedObservation | undefined {
  if (!supplied.length) return undefined;
  const baseYear = planOnly.baseline?.year ?? null;
  const fits = (f: SuppliedObservation) => f.value >= 0 && (baseYear === null || f.year > baseYear) && f.year <= planOnly.target.year;
  const fit = [...supplied].sort((a, b) => a.year - b.year).filter(fits).pop();
  if (fit) return fit;
  const newest = supplied[supplied.length - 1]!;
  if (newest.value < 0) push(notice(lang, (w) => w.negativeValue(String(newest.value)), gaugeMessages));
  else push(notice(lang, (w) => w.valueYearOutOfRange(newest.year, baseYear, planOnly.target.year), gaugeMessages));
  return undefined;
}

function entry(indicator: Indicator, p: TargetProgress, lang: WidgetLang): GaugeEntry {
  const m = gaugeMessages[lang];
  const short = (value: number, qualifier: Parameters<typeof formatQualified>[1]) =>
    formatQualified(value, qualifier, indicator, lang, 'symbol', { unit: false, rescale: false });
  const dated = m.dated;
  return {
    progress: p,
    heading: m.targetHeading(documentName(p.target.document, lang), p.target.year),
    percent: p.achievement === null ? null : formatRatio(p.achievement, lang),
    ofTarget: p.status === 'cannot-assess' && p.latest && p.latest.year < p.target.year ? m.ofTargetIn(p.latest.year) : m.ofTarget,
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
