/**
 * What a target gauge shows, from its inputs: the target(s) chosen, each with its progress
 * (from the data API's `progress()`), every text in the widget's language, and the input of
 * the gauge layout — or the message shown instead. Pure, so the widget, its downloads and the
 * command line share it.
 */
import { documentName, gaugeSummary, gaugeWords, keyEntries, statusLabel, statusNote, type KeyEntry } from '../../a11y/gauge-summary.js';
import type { GaugeLayoutInput } from '../../charts/gauge-layout.js';
import { validateSupplied } from '../../charts/supplied.js';
import { targets } from '../../data/selectors.js';
import { progress, type TargetProgress } from '../../data/targets.js';
import type { DocumentId, Indicator, SuppliedObservation } from '../../data/types.js';
import { axisUnitLabel, formatAxisTick, formatQualified, formatRatio, formatYear, messages, type WidgetLang } from '../../format/index.js';
import { asText } from '../../internal/as-text.js';
import { namedIndicator } from '../shared/named-indicator.js';

/** Size of the chart's labels in px; the layout estimates label widths at this size. */
export const LABEL_SIZE = 12;

/** The gauge's inputs, as its attributes give them. */
export interface GaugeInput {
  lang: WidgetLang;
  indicator: string;
  targetYear?: number | null;
  /** The `target-year` attribute as written, for messages about it. */
  targetYearText?: string | null;
  document?: DocumentId | undefined;
  value?: number | string | null;
  valueYear?: number | null;
  /** The `value-year` attribute as written, for messages about it. */
  valueYearText?: string | null;
  valueSource?: string;
}

/** One target on the gauge: a document's goal for the year, where it stands, and its words. */
export interface GaugeEntry {
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
export type GaugeView =
  | { kind: 'ok'; lang: WidgetLang; indicator: Indicator; entries: GaugeEntry[]; primary: GaugeEntry; notices: string[]; summary: string }
  | { kind: 'error'; message: string };

/**
 * The indicator the input names and its name in the language, or the message shown instead.
 * Cheap: all a widget far from the viewport shows (its placeholder) before it draws.
 */
function gaugeIndicator(
  input: Pick<GaugeInput, 'lang' | 'indicator'>,
): { kind: 'ok'; id: string; indicator: Indicator; name: string } | { kind: 'error'; message: string } {
  const named = namedIndicator(input.indicator);
  if (!('indicator' in named)) return { kind: 'error', message: named.problem(messages[input.lang]) };
  const { indicator } = named;
  return { kind: 'ok', ...named, name: input.lang === 'zh-CN' ? indicator.name_zh : indicator.name_en };
}

export function gaugeView(input: GaugeInput): GaugeView {
  const lang = input.lang;
  const m = messages[lang];
  const words = gaugeWords[lang];
  const named = gaugeIndicator(input);
  if (named.kind === 'error') return named;
  const { id, indicator, name } = named;

  const all = targets(id);
  if (!all.length) return { kind: 'error', message: words.noTargets(name) };
  const years = [...new Set(all.map((t) => t.year))];

  const documentIds = Object.keys(m.documents) as DocumentId[];
  const document = (asText(input.document) || undefined) as DocumentId | undefined;
  if (document && !documentIds.includes(document)) {
    const year = input.targetYear ?? years[years.length - 1]!;
    const setters = all.filter((t) => t.year === year).map((t) => documentName(t.document, lang));
    return { kind: 'error', message: words.invalidDocument(document, year, setters) };
  }

  let year: number;
  if (input.targetYear === undefined || input.targetYear === null) {
    const own = document ? all.filter((t) => t.document === document) : all;
    year = (own.length ? own : all)[(own.length ? own : all).length - 1]!.year;
  } else if (!Number.isInteger(input.targetYear)) {
    return { kind: 'error', message: words.invalidTargetYear(input.targetYearText ?? String(input.targetYear), years) };
  } else {
    year = input.targetYear;
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
    const supplied = suppliedFigure(input, planOnly, notices);
    const p = supplied ? progress(id, year, { document: t.document, latest: supplied })! : planOnly;
    if (supplied && p.latest?.observation) {
      const notice = words.valueNotUsed(supplied.year, p.latest.year);
      if (!notices.includes(notice)) notices.push(notice);
    }
    return entry(indicator, p, lang);
  });
  // The data API's own default where two documents set a target: the newer one.
  const primary = entries[entries.length - 1]!;
  const summary = entries.map((e) => e.summary).join(lang === 'zh-CN' ? '' : ' ');
  return { kind: 'ok', lang, indicator, entries, primary, notices, summary };
}

/**
 * The caller's figure, validated by the same rules as <ec-indicator>'s supplied figures
 * (a finite number, a whole year, a named source), and then against this target: not
 * negative, after the baseline and no later than the target year. Anything else is refused
 * with a notice; the plans' own figures are still drawn.
 */
function suppliedFigure(input: GaugeInput, planOnly: TargetProgress, notices: string[]): SuppliedObservation | undefined {
  const lang = input.lang;
  const words = gaugeWords[lang];
  const push = (n: string) => notices.includes(n) || notices.push(n);
  const raw = input.value;
  const hasValue = raw !== undefined && raw !== null && asText(raw).trim() !== '';
  const hasYear = input.valueYear !== undefined && input.valueYear !== null;
  if (!hasValue) {
    if (hasYear) push(words.missingValue);
    return undefined;
  }
  if (!hasYear) {
    push(words.missingValueYear);
    return undefined;
  }
  const parsed = typeof raw === 'number' ? raw : Number(asText(raw).trim());
  const yearText = input.valueYearText ?? String(input.valueYear);
  // Unparseable input goes to the validator as the text given, so its message quotes it.
  const { observations, issues } = validateSupplied({
    year: Number.isInteger(input.valueYear) ? input.valueYear : yearText,
    value: Number.isFinite(parsed) ? parsed : asText(raw),
    source: asText(input.valueSource),
  });
  if (issues.length) {
    issues.forEach((i) => push(messages[lang].invalidSupplied(i.problem, null, i.got)));
    return undefined;
  }
  const figure = observations[0]!;
  if (figure.value < 0) {
    push(words.negativeValue(asText(raw)));
    return undefined;
  }
  const baseYear = planOnly.baseline?.year ?? null;
  if ((baseYear !== null && figure.year <= baseYear) || figure.year > planOnly.target.year) {
    push(words.valueYearOutOfRange(figure.year, baseYear, planOnly.target.year));
    return undefined;
  }
  return figure;
}

function entry(indicator: Indicator, p: TargetProgress, lang: WidgetLang): GaugeEntry {
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
