import raw from '../../data/ec-dataset.json';
import type { Dataset, DatasetNote, DocumentId, Indicator, Observation, SourceDocument } from './types.js';

/** The bundled dataset, typed. The JSON is validated against its schema by the tests, not at run time. */
export const dataset = raw as unknown as Dataset;

/**
 * Indexes built once at module load and shared by every widget instance on the page,
 * so a page with 200 widgets parses and indexes the data once.
 */
export const indicatorsById: ReadonlyMap<string, Indicator> = new Map(dataset.indicators.map((i) => [i.id, i]));
export const documentsById: ReadonlyMap<DocumentId, SourceDocument> = new Map(dataset.documents.map((d) => [d.id, d]));

export const observationsByIndicator: ReadonlyMap<string, readonly Observation[]> = groupBy(
  dataset.observations,
  (o) => o.indicator,
);

export const notesByIndicator: ReadonlyMap<string, readonly DatasetNote[]> = (() => {
  const map = new Map<string, DatasetNote[]>();
  for (const note of dataset.notes) {
    for (const id of note.indicators) {
      const list = map.get(id) ?? [];
      list.push(note);
      map.set(id, list);
    }
  }
  return map;
})();

/** Order of issue, used to prefer the newest text where several report the same year. */
export const documentRank: ReadonlyMap<DocumentId, number> = new Map(
  // ISO dates order as plain strings; localeCompare would pay Intl's start-up cost at load.
  [...dataset.documents].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((d, i) => [d.id, i]),
);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
