/**
 * Types of the bundled indicator dataset (`data/ec-dataset.json`, schema
 * `data/ec-dataset.schema.json`). Meaning (Indicator), provenance (Document,
 * quote) and observations are separate types, normalised once where the JSON
 * enters (`./dataset.ts`).
 */

/** Stable ids of the five source texts. */
export type DocumentId =
  | 'plan-12th'
  | 'mofcom-2013'
  | 'state-council-2015'
  | 'plan-13th'
  | 'plan-14th';

/** One official text the figures are quoted from. */
export interface SourceDocument {
  id: DocumentId;
  title_zh: string;
  title_en: string;
  /** Short name for source lines, e.g. 电子商务“十三五”发展规划 → “十三五”规划. */
  short_zh: string;
  short_en: string;
  issuer_zh: string;
  issuer_en: string;
  /** How the issuer is known: named in the text itself, or taken from the public record. */
  issuer_basis: 'text' | 'public-record';
  /** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Years the document plans for, inclusive; null for undated measures. */
  period: [number, number] | null;
  /** File under `data/sources/`. */
  source_file: string;
}

/**
 * What a unit measures, so that one formatter can re-express a value with the
 * right magnitude word: 0.5131 万亿元 → 5131亿元 / 513.1 billion yuan.
 */
export type Quantity = 'currency' | 'people' | 'percent' | 'count' | 'multiple' | 'other';

export type Category =
  | 'scale'
  | 'retail'
  | 'employment'
  | 'industry'
  | 'rural'
  | 'cross-border'
  | 'infrastructure'
  | 'enterprises'
  | 'policy';

export interface Indicator {
  /** Stable kebab-case English id, e.g. `online-retail-sales`. */
  id: string;
  name_zh: string;
  name_en: string;
  /** Unit as displayed after a value in each language: `万亿元` / `trillion yuan`. */
  unit_zh: string;
  unit_en: string;
  quantity: Quantity;
  /**
   * Multiplier from a stored value to the base quantity (yuan, persons, items):
   * 1e12 for 万亿元, 1e4 for 万人, 1 for plain counts; 1 for percent and multiples.
   */
  scale: number;
  /** Currency of a `currency` quantity; yuan (CNY) unless stated (some investment figures are in US dollars). */
  currency?: 'CNY' | 'USD';
  /** Decimals a value is printed with by default. */
  decimals: number;
  category: Category;
  description_zh: string;
  description_en: string;
}

export type ObservationKind = 'actual' | 'target';

/** From 超过/突破/以上 (over), 左右/约 (about), 不低于/达到…以上 (at-least), 接近/近 (nearly). */
export type Qualifier = 'exact' | 'over' | 'about' | 'at-least' | 'nearly';

/** 预期性 (expected, indicative) or 约束性 (binding), where the text says so. */
export type TargetType = 'expected' | 'binding';

export interface Observation {
  /** Unique, e.g. `plan-13th/ecommerce-transactions/2015/actual`; suffixed `#2` on repeats. */
  id: string;
  indicator: string;
  /** The year the value refers to; for period figures (growth over 2011–2015) the last year. */
  year: number;
  /** For period figures (average growth, cumulative totals): first and last year. */
  period?: [number, number];
  /** Number in the indicator's unit: 7500 亿元 in a 万亿元 indicator is 0.75. */
  value: number;
  /** The figure exactly as printed, e.g. `7500 亿元`, `21.8 万亿元`, `翻两番`. */
  as_written: string;
  kind: ObservationKind;
  qualifier: Qualifier;
  target_type?: TargetType;
  document: DocumentId;
  /** The verbatim sentence fragment holding the figure, byte for byte as in the source. */
  quote: string;
}

/** Where texts disagree or change a definition; displays surface these, never pick silently. */
export interface DatasetNote {
  id: string;
  indicators: string[];
  documents: DocumentId[];
  text_zh: string;
  text_en: string;
}

export interface Dataset {
  /** Semantic version of the schema the file follows. */
  schema_version: string;
  documents: SourceDocument[];
  indicators: Indicator[];
  observations: Observation[];
  notes: DatasetNote[];
}

/** A newer figure a caller supplies (a newsroom's 2024 value), cited like plan data. */
export interface SuppliedObservation {
  year: number;
  value: number;
  /** Who published it, e.g. 国家统计局 2024年统计公报. */
  source: string;
  qualifier?: Qualifier;
  url?: string;
}
