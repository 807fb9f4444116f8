/**
 * What a plan scorecard shows, from its inputs: the document's quantified targets, one row
 * each with its baseline, target, latest figure and verdict (all from the data API's
 * `progress()`), the headline counting the verdicts, every text in the widget's language —
 * or the message shown instead. Pure: the element, its downloads, the command line and the
 * tests all read this one view.
 */
import { gaugeSummary, statusLabel, statusNote } from '../a11y/gauge-summary.js';
import type { GaugeLayoutInput } from '../charts/gauge-layout.js';
import { dataset } from '../data/dataset.js';
import { asOf, getDocument, getIndicator, listDocuments, notes, sourceLabel, suggestIndicators, targets, type TargetPoint } from '../data/selectors.js';
import { progress, type ProgressStatus, type TargetProgress } from '../data/targets.js';
import type { DatasetNote, DocumentId, Indicator, Observation, SourceDocument } from '../data/types.js';
import { formatQualified, formatRatio, formatYear, messages, type WidgetLang } from '../format/index.js';
import { formatFigure } from '../format/number.js';
import { indicatorName, localized } from '../format/text.js';
import { asText } from '../internal/as-text.js';
import { failure, type Notice, type WidgetView } from './contract.js';
import { readAsOf } from './gauge-view.js';
export { SCORECARD_INPUTS } from './scorecard-inputs.js';
import { scorecardMessages, type ScorecardMessages, type VerdictCounts } from '../format/messages.js';


/** The scorecard's inputs, as its attributes give them. */
export interface ScorecardInput {
  lang: WidgetLang;
  document: unknown;
  /** Comma- or space-separated indicator ids, or an array of them. */
  indicators?: unknown;
  targetYear?: number | null;
  /** The `target-year` attribute as written, for messages about it. */
  targetYearText?: string | null;
  /** Judge as the data stood on this date (YYYY-MM-DD); default: the dataset's figures-as-of date. */
  asOf?: unknown;
}

/** A figure in a cell, with where it comes from. */
export interface ScorecardFigure {
  year: number;
  /** The figure with its unit and qualifier in words: "超过40万亿元", "11.8 trillion yuan". */
  text: string;
  /** The short name of the document it is quoted from: “十三五”规划. */
  source: string;
  document: DocumentId;
  observation: Observation;
}

export interface ScorecardRow {
  /** `indicator/year`, unique within a document. */
  key: string;
  indicator: Indicator;
  name: string;
  unit: string;
  progress: TargetProgress;
  baseline: ScorecardFigure | null;
  target: ScorecardFigure & {
    /** 预期性 / 约束性 where the plan says. */
    type: string | null;
  };
  latest: ScorecardFigure | null;
  status: ProgressStatus;
  statusText: string;
  /** What the verdict rests on, or what is missing; null where the verdict says it all. */
  note: string | null;
  /** Share of the target reached: "118%"; null without a figure. */
  percent: string | null;
  /** The year of the figure the share is of, where that is not the target year ("2022年"): a share on the way, not an outcome. */
  percentYear: string | null;
  /** One paragraph on this target, as the gauge words it. */
  summary: string;
  /** Input of the gauge's bullet layout, for the row's inline bar. */
  bar: GaugeLayoutInput;
  /** The dataset's notes on this indicator that concern the document's figures. */
  notes: readonly DatasetNote[];
}

/** A plan's scorecard, ready to draw: the rows, the counts and every text in the widget's language. */
export interface Scorecard {
  lang: WidgetLang;
  document: SourceDocument;
  caption: string;
  /** True when the rows are the plan's own main-indicator table. */
  main: boolean;
  rows: ScorecardRow[];
  counts: VerdictCounts;
  headline: string;
  summary: string;
  /** Every document a figure shown comes from, for the citation. */
  documents: DocumentId[];
  /** "Figures as of 2026-03-01": the date the dataset's official releases were last checked. */
  asOf: string;
}

/** The widgets' one view contract: the scorecard with notices about input left out, or the error shown instead. */
export type ScorecardView = WidgetView<Scorecard>;

/** Documents a page can name: the plans and policy texts (statistical releases set no targets). */
export function knownDocuments(): string[] {
  return listDocuments()
    .filter((d) => d.kind === 'plan')
    .map((d) => d.id);
}

/** Every target the document sets, in the order the document states them. */
export function documentTargets(document: DocumentId): TargetPoint[] {
  const ids = new Set(dataset.observations.filter((o) => o.kind === 'target' && o.document === document).map((o) => o.indicator));
  const position = new Map(dataset.observations.map((o, i) => [o.id, i]));
  const first = (t: TargetPoint) => Math.min(...t.occurrences.map((o) => position.get(o.id) ?? Infinity));
  return [...ids]
    .flatMap((id) => targets(id).filter((t) => t.document === document))
    .sort((a, b) => first(a) - first(b));
}

/**
 * The plan's main-indicator table (the 14th plan's 主要指标), read from the data: a plan's
 * table is where it labels each target 预期性 or 约束性, so the targets with a target type are
 * the table's rows. Empty for a document with no such table.
 */
export function mainTableTargets(document: DocumentId): TargetPoint[] {
  return documentTargets(document).filter((t) => t.occurrences.some((o) => o.target_type));
}

/** The problem in both languages: the widget shows one, the console gets the English. */
function problem(lang: WidgetLang, say: (m: ScorecardMessages, lang: WidgetLang) => string): Notice {
  return { text: say(scorecardMessages[lang], lang), warning: say(scorecardMessages.en, 'en') };
}

/** The ids a page wrote, in order, without repeats: "a, b c" → [a, b, c]. */
export function parseIndicatorList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(asText) : asText(value).split(/[\s,，、]+/);
  return [...new Set(items.map((s) => s.trim()).filter(Boolean))];
}

export function scorecardView(input: ScorecardInput): ScorecardView {
  const lang = input.lang;
  const known = knownDocuments();
  const id = asText(input.document).trim();
  if (!id) return failure(problem(lang, (m) => m.missingDocument(known)));
  const document = known.includes(id) ? getDocument(id as DocumentId) : undefined;
  if (!document) return failure(problem(lang, (m) => m.unknownDocument(id, known)));
  const docName = (l: WidgetLang) => documentShortName(document.id, l);

  const all = documentTargets(document.id);
  if (!all.length) return failure(problem(lang, (m, l) => m.noTargets(docName(l))));
  const years = [...new Set(all.map((t) => t.year))].sort((a, b) => a - b);

  let inYear = all;
  if (input.targetYear !== undefined && input.targetYear !== null) {
    const year = input.targetYear;
    if (!Number.isInteger(year)) {
      const given = input.targetYearText ?? String(year);
      return failure(problem(lang, (m) => m.invalidTargetYear(given, years)));
    }
    inYear = all.filter((t) => t.year === year);
    if (!inYear.length) {
      return failure(problem(lang, (m, l) => m.noTargetsForYear(docName(l), year, years)));
    }
  }

  const notices: Notice[] = [];
  const asOfOption = readAsOf(input.asOf, lang, (n) => notices.push(n));
  const wanted = parseIndicatorList(input.indicators);
  let chosen: TargetPoint[];
  let main = false;
  if (wanted.length) {
    chosen = [];
    const unknown: string[] = [];
    const withoutTarget: string[] = [];
    for (const rowId of wanted) {
      const found = getIndicator(rowId) ? inYear.filter((t) => t.observation.indicator === rowId) : null;
      if (!found) unknown.push(rowId);
      else if (!found.length) withoutTarget.push(rowId);
      else chosen.push(...found);
    }
    // One notice (and one warning) per kind of problem, however long a pasted list; close ids
    // are looked for only for a single slip, which is what a suggestion can help with.
    if (unknown.length) {
      const suggestions = unknown.length === 1 ? suggestIndicators(unknown[0]!) : [];
      notices.push(problem(lang, (m) => m.unknownRows(unknown, suggestions)));
    }
    if (withoutTarget.length) notices.push(problem(lang, (m, l) => m.rowsWithoutTarget(withoutTarget, docName(l))));
    if (!chosen.length) {
      const none = problem(lang, (m, l) => m.noRowsLeft(docName(l)));
      return failure({
        text: [none, ...notices].map((n) => n.text).join(' '),
        warning: [none, ...notices].map((n) => n.warning).join(' '),
      });
    }
  } else {
    const table = mainTableTargets(document.id).filter((t) => inYear.includes(t));
    main = table.length > 0;
    chosen = main ? table : inYear;
  }

  const rows = chosen.map((t) => row(t, lang, asOfOption));
  const counts = countVerdicts(rows.map((r) => r.status));
  const m = scorecardMessages[lang];
  const headline = m.headline(counts);
  const title = localized(document, 'title', lang);
  const summary = [`${headline}${m.fullStop}`, ...rows.map((r) => r.summary)].join(messages[lang].sentenceJoin);
  const documents = [
    ...new Set(
      rows.flatMap((r) => [r.target.document, r.baseline?.document, r.latest?.document].filter((d): d is DocumentId => !!d)),
    ),
  ];
  return { kind: 'ok', view: { lang, document, caption: m.caption(title, main), main, rows, counts, headline, summary, documents, asOf: messages[lang].figuresAsOf(asOfOption.asOf ?? asOf()) }, notices };
}

/** How many rows have each kind of verdict. */
export function countVerdicts(statuses: readonly ProgressStatus[]): VerdictCounts {
  const counts: VerdictCounts = { assessed: 0, achieved: 0, trend: {}, cannotAssess: 0, total: statuses.length };
  for (const s of statuses) {
    if (s === 'achieved' || s === 'not-achieved') {
      counts.assessed++;
      if (s === 'achieved') counts.achieved++;
    } else if (s === 'cannot-assess') {
      counts.cannotAssess++;
    } else {
      counts.trend[s] = (counts.trend[s] ?? 0) + 1;
    }
  }
  return counts;
}

function figure(
  point: { year: number; value: number; qualifier: Observation['qualifier']; observation?: Observation } | null,
  indicator: Indicator,
  lang: WidgetLang,
  decimals?: number,
): ScorecardFigure | null {
  const observation = point?.observation;
  if (!point || !observation) return null;
  return {
    year: point.year,
    text: decimals === undefined ? formatFigure(point, indicator, lang) : formatQualified(point.value, point.qualifier, indicator, lang, 'words', { decimals }),
    source: documentShortName(observation.document, lang),
    document: observation.document,
    observation,
  };
}

/** A document's short name as source lines give it: the catalogue's where it has one, else the dataset's. */
export function documentShortName(id: DocumentId, lang: WidgetLang): string {
  const named = (messages[lang].documents as Partial<Record<string, string>>)[id];
  if (named) return named;
  // A release by its publisher and year: "NBS, 2026" / "国家统计局，2026".
  const label = sourceLabel(id);
  return label[scorecardMessages[lang].side];
}

function row(t: TargetPoint, lang: WidgetLang, asOfOption: { asOf?: string }): ScorecardRow {
  const id = t.observation.indicator;
  const indicator = getIndicator(id)!;
  const p = progress(id, t.year, { document: t.document, ...asOfOption })!;
  const m = messages[lang];
  const short = (value: number, qualifier: Observation['qualifier']) =>
    formatQualified(value, qualifier, indicator, lang, 'symbol', { unit: false, rescale: false });
  const target = figure({ ...t, observation: t.observation }, indicator, lang)!;
  const related = new Set<string>([t.document, p.baseline?.observation?.document, p.latest?.observation?.document].filter(Boolean) as string[]);
  return {
    key: `${id}/${t.year}`,
    indicator,
    name: indicatorName(indicator, lang),
    unit: localized(indicator, 'unit', lang),
    progress: p,
    baseline: figure(p.baseline, indicator, lang),
    target: { ...target, type: t.target_type ? m.targetType[t.target_type] : null },
    // A multiple computed from two levels (21.8 ÷ 4.5 = 4.844…) is shown as the plan writes multiples, to two decimals.
    latest: figure(p.latest, indicator, lang, p.multiple ? 2 : undefined),
    status: p.status,
    statusText: statusLabel(p.status, lang),
    note: statusNote(indicator, p, lang),
    percent: p.achievement === null ? null : formatRatio(p.achievement, lang),
    percentYear: p.achievement !== null && p.latest && p.latest.year !== p.target.year ? formatYear(p.latest.year, lang) : null,
    summary: rowSummary(indicator, p, lang),
    bar: {
      fontSize: 12,
      target: { value: p.target.value, label: '' },
      baseline: p.baseline ? { value: p.baseline.value, label: '' } : null,
      latest: p.latest ? { value: p.latest.value, label: '', supplied: !p.latest.observation } : null,
      formatTick: (value) => short(value, 'exact'),
    },
    notes: [...new Map([...p.notes, ...notes(id).filter((n) => n.documents.some((d) => related.has(d)))].map((n) => [n.id, n])).values()],
  };
}

/** One sentence on a row: the gauge's summary, with a multiple to two decimals as the row shows it (×1.71, not ×1.706422). */
function rowSummary(indicator: Indicator, p: TargetProgress, lang: WidgetLang): string {
  const shown = p.multiple && p.latest ? { ...p, latest: { ...p.latest, value: Math.round(p.latest.value * 100) / 100 } } : p;
  return gaugeSummary(indicator, shown, lang);
}
