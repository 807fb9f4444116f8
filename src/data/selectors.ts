import { dataset, documentRank, documentsById, indicatorsById, notesByIndicator, observationsByIndicator } from './dataset.js';
import type { DatasetNote, DocumentId, DocumentKind, Indicator, Observation, Qualifier, SourceDocument, TargetType } from './types.js';

/** One year of an indicator's history: the value shown, and every text that reports it. */
export interface SeriesPoint {
  year: number;
  period?: [number, number];
  value: number;
  qualifier: Qualifier;
  /** The occurrence whose value is shown: the one in the most recently issued document. */
  observation: Observation;
  /** Every occurrence of this year's figure across the texts (repeats included), newest document first. */
  occurrences: Observation[];
  /** True when the texts give different values for this year; see `notes(id)`. */
  conflicting: boolean;
  /**
   * The statistical releases' figures for this year, oldest release first: every published
   * vintage, the revised ones included. The shown value is the newest. Empty when only plan
   * texts report the year.
   */
  vintages: Observation[];
  /**
   * True when this point's coverage differs from the previous point's (the 12th plan's 2010
   * parcels count 规模以上 firms only): a chart draws a break before it instead of a joined line.
   */
  breakBefore: boolean;
  /** The shown observation's coverage where it is narrower than the series' (see `breakBefore`). */
  scope?: { zh: string; en: string };
}

/**
 * Where a figure comes from, ready for a source line or a verdict: the document, the exact
 * observation, and a short label — the publisher and year for a statistical release ("NBS,
 * 2026" / "国家统计局，2026"), the plan's short name for a plan ("14th FYP").
 */
export interface FigureSource {
  document: SourceDocument;
  observation: Observation;
  kind: DocumentKind;
  label_zh: string;
  label_en: string;
}

/** One plan target: a document's goal for a year, with every place the document states it. */
export interface TargetPoint {
  year: number;
  period?: [number, number];
  value: number;
  qualifier: Qualifier;
  target_type?: TargetType;
  document: DocumentId;
  observation: Observation;
  occurrences: Observation[];
}

/** Orders document ids by issue date, oldest first: for source lines and citations. */
export function compareDocuments(a: DocumentId, b: DocumentId): number {
  return (documentRank.get(a) ?? 0) - (documentRank.get(b) ?? 0);
}

/** Every indicator, in dataset order (headline series first). */
export function listIndicators(): readonly Indicator[] {
  return dataset.indicators;
}

/** The indicator with this id, or undefined. */
export function getIndicator(id: string): Indicator | undefined {
  return indicatorsById.get(id);
}

export function getDocument(id: DocumentId): SourceDocument | undefined {
  return documentsById.get(id);
}

/** True for the id of a document in the dataset: validates ids that arrive as strings. */
export function isDocumentId(id: unknown): id is DocumentId {
  return typeof id === 'string' && documentsById.has(id);
}

/** True for an official statistical release (NBS, MOFCOM, customs), false for a plan text. */
export function isStatisticalRelease(document: SourceDocument | DocumentId | undefined): boolean {
  const d = typeof document === 'string' ? documentsById.get(document) : document;
  return d?.kind === 'statistical-release';
}

/** Figures as of: the date (YYYY-MM-DD) the statistical releases were last checked. */
export function asOf(): string {
  return dataset.as_of;
}

/**
 * A document as a short source label in both languages: publisher and year of publication for
 * a statistical release ("NBS, 2026" / "国家统计局，2026"), the short name for a plan.
 */
export function sourceLabel(id: DocumentId): { zh: string; en: string } {
  const d = documentsById.get(id);
  if (!d) return { zh: String(id), en: String(id) };
  if (d.kind !== 'statistical-release') return { zh: d.short_zh, en: d.short_en };
  const year = d.date.slice(0, 4);
  return { zh: `${d.issuer_short_zh ?? d.issuer_zh}，${year}`, en: `${d.issuer_short_en ?? d.issuer_en}, ${year}` };
}

/** The source of one observation: its document, kind and short label (see `FigureSource`). */
export function figureSource(observation: Observation): FigureSource | undefined {
  const document = documentsById.get(observation.document);
  if (!document) return undefined;
  const label = sourceLabel(document.id);
  return { document, observation, kind: document.kind, label_zh: label.zh, label_en: label.en };
}

/**
 * The indicator whose figures judge this one's targets: itself, or the official series its
 * `judged_on` names (the 14th plan's rural target is judged on rural online retail sales).
 */
export function judgedOn(id: string): string {
  return indicatorsById.get(id)?.judged_on ?? id;
}

/** Every published figure of an indicator for a year from statistical releases, oldest release first. */
export function vintages(id: string, year: number): Observation[] {
  return series(id).find((p) => p.year === year)?.vintages.slice() ?? [];
}

export function listDocuments(): readonly SourceDocument[] {
  return dataset.documents;
}

/** Every observation of an indicator as recorded, repeats included. */
export function observations(id: string): readonly Observation[] {
  return observationsByIndicator.get(id) ?? [];
}

/** Notes on where the texts disagree or change definitions for this indicator. */
export function notes(id: string): readonly DatasetNote[] {
  return notesByIndicator.get(id) ?? [];
}

const byNewestDocument = (a: Observation, b: Observation) => compareDocuments(b.document, a.document);

/**
 * The actual values of an indicator, one per year, sorted by year. Where several texts report
 * a year, the most recently issued one is shown (later plans report settled figures); the
 * others stay available as `occurrences`, and `conflicting` flags a disagreement.
 */
export function series(id: string): SeriesPoint[] {
  return [...memo(seriesCache, id, buildSeries)];
}

/**
 * series() and targets() per id, built once: a view asks for them once per target too (its
 * progress, its outcome), and a page may hold hundreds of widgets over the same few ids. Each
 * call gets its own array; the points in it are shared, like the dataset's records they hold.
 */
const seriesCache = new Map<string, SeriesPoint[]>();
const targetsCache = new Map<string, TargetPoint[]>();

function memo<T>(cache: Map<string, T>, id: string, build: (id: string) => T): T {
  // Only the dataset's ids: a page's stream of mistyped ones must not grow the caches.
  if (!indicatorsById.has(id)) return build(id);
  let value = cache.get(id);
  if (value === undefined) cache.set(id, (value = build(id)));
  return value;
}

function buildSeries(id: string): SeriesPoint[] {
  const byYear = new Map<number, Observation[]>();
  for (const o of observations(id)) {
    if (o.kind !== 'actual') continue;
    const list = byYear.get(o.year) ?? [];
    list.push(o);
    byYear.set(o.year, list);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const occurrences = [...list].sort(byNewestDocument);
      // Prefer an exact figure (the 14th plan's table 6015) over a rounded one in the same text (超过6000万).
      const shown = occurrences.find((o) => o.document === occurrences[0].document && o.qualifier === 'exact') ?? occurrences[0];
      const vintages = occurrences.filter((o) => isStatisticalRelease(o.document)).reverse();
      // A revision replaces its earlier vintage: the two differ by design, not in conflict.
      const revised = new Set(occurrences.flatMap((o) => (o.revises ? [o.revises] : [])));
      return {
        year,
        ...(shown.period ? { period: shown.period } : {}),
        value: shown.value,
        qualifier: shown.qualifier,
        observation: shown,
        occurrences,
        conflicting: occurrences.some(
          (o) => o.value !== shown.value && o.qualifier === 'exact' && shown.qualifier === 'exact' && !revised.has(o.id),
        ),
        vintages,
        breakBefore: false,
        ...(shown.scope_zh && shown.scope_en ? { scope: { zh: shown.scope_zh, en: shown.scope_en } } : {}),
      };
    })
    .map((point, i, points) => {
      const previous = points[i - 1];
      return previous && previous.scope?.zh !== point.scope?.zh ? { ...point, breakBefore: true } : point;
    });
}

/**
 * The plan targets of an indicator, sorted by year then by document. A target a document
 * states twice (text and table) appears once; two documents setting a target for the same
 * year (2015 transactions: the 12th plan and MOFCOM's 2013 measures) stay two targets.
 */
export function targets(id: string): TargetPoint[] {
  return [...memo(targetsCache, id, buildTargets)];
}

function buildTargets(id: string): TargetPoint[] {
  const byKey = new Map<string, Observation[]>();
  for (const o of observations(id)) {
    if (o.kind !== 'target') continue;
    const key = `${o.document}|${o.year}`;
    const list = byKey.get(key) ?? [];
    list.push(o);
    byKey.set(key, list);
  }
  return [...byKey.values()]
    .map((occurrences) => {
      // A table states the target type; prefer that occurrence, it carries the most.
      const shown = occurrences.find((o) => o.target_type) ?? occurrences[0];
      return {
        year: shown.year,
        ...(shown.period ? { period: shown.period } : {}),
        value: shown.value,
        qualifier: shown.qualifier,
        ...(shown.target_type ? { target_type: shown.target_type } : {}),
        document: shown.document,
        observation: shown,
        occurrences,
      };
    })
    .sort((a, b) => a.year - b.year || compareDocuments(a.document, b.document));
}

/**
 * Ids close to a mistyped one, best first: ids that contain it or that it contains, then
 * by edit distance. Used for "did you mean …?" messages.
 */
export function suggestIndicators(input: string, limit = 3): string[] {
  const query = String(input ?? '').trim().toLowerCase();
  // Nothing twice as long as every id is a typo of one, and the edit distance is O(query × id)
  // per id: a paragraph pasted into the attribute would freeze the page for seconds.
  if (!query || query.length > 2 * LONGEST_ID) return [];
  const scored = dataset.indicators.map(({ id }) => {
    // Containment only counts for a meaningful fragment: one letter is in half the ids.
    const contains = query.length >= 3 && (id.includes(query) || query.includes(id));
    return { id, score: contains ? Math.abs(id.length - query.length) / 100 : editDistance(query, id) };
  });
  const threshold = Math.max(3, Math.floor(query.length / 3));
  return scored
    .filter((s) => s.score < 1 || s.score <= threshold)
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.id);
}

/** Length of the longest id in the dataset. */
const LONGEST_ID = Math.max(0, ...dataset.indicators.map(({ id }) => id.length));

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
