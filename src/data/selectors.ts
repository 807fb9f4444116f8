import { dataset, documentRank, documentsById, indicatorsById, notesByIndicator, observationsByIndicator } from './dataset.js';
import type { DatasetNote, DocumentId, Indicator, Observation, Qualifier, SourceDocument, TargetType } from './types.js';

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
      return {
        year,
        ...(shown.period ? { period: shown.period } : {}),
        value: shown.value,
        qualifier: shown.qualifier,
        observation: shown,
        occurrences,
        conflicting: occurrences.some((o) => o.value !== shown.value && o.qualifier === 'exact' && shown.qualifier === 'exact'),
      };
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
