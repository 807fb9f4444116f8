/**
 * Types of the bundled indicator dataset (`data/ec-dataset.json`, schema
 * `data/ec-dataset.schema.json`). Meaning (Indicator), provenance (Document,
 * quote) and observations are separate types, normalised once where the JSON
 * enters (`./dataset.ts`).
 */

/** Stable ids of the five plan and policy texts. */
export type PlanDocumentId =
  | 'plan-12th'
  | 'mofcom-2013'
  | 'state-council-2015'
  | 'plan-13th'
  | 'plan-14th';

/**
 * Id of a source document: one of the five plan texts, or a statistical release. Releases are
 * added every year from the data alone (data/README.md), so the type is a string rather than a
 * union to be edited with them; the JSON schema enumerates the ids, the tests check every
 * reference resolves, and `isDocumentId()` validates one at run time.
 */
export type DocumentId = PlanDocumentId | (string & {});

/** A plan or policy text that sets targets, or an official release of outcome figures. */
export type DocumentKind = 'plan' | 'statistical-release';

/**
 * How a fact about a document is known: its own text says so (`text`), the heading or
 * dateline of the copy read says so (`copy`), the public record says so (`public-record`), or
 * the value is a description written here because the copy shows none (`described`).
 */
export type KnownFrom = 'text' | 'copy' | 'public-record' | 'described';

/** One copy of a statistical release as read (a stored copy of a public web page). */
export interface ReleaseCopy {
  url: string;
  language: 'zh-Hans' | 'zh-Hant' | 'ja' | 'en';
  /** `passage`: the passage file is taken from this copy; `corroborating`: read to confirm figures. */
  role: 'passage' | 'corroborating';
  /** Ids of the observations whose figures this copy states, to the precision it prints. */
  confirms: string[];
  /**
   * True for a copy on the publisher's own site or the government's (a gov.cn site, such as the
   * State Council Information Office's transcript of the publisher's briefing): one is enough.
   */
  official?: boolean;
  remark_en?: string;
}

/** One official text the figures are quoted from. */
export interface SourceDocument {
  id: DocumentId;
  kind: DocumentKind;
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
  /**
   * File under `data/sources/`: a plan's full text, or a release's passage as read. The script
   * files (`*.min.js`, `window.ecWidgets`) leave it out: no widget reads it, and `ec-widgets/data` has it.
   */
  source_file: string;
  /** How the title, the date and the issuer are known. Left out of the script files, as `source_file`. */
  known_from: { title: KnownFrom; date: KnownFrom; issuer: KnownFrom };
  /** Statistical releases: the publisher as a source line names it, e.g. 国家统计局 / NBS. */
  issuer_short_zh?: string;
  issuer_short_en?: string;
  /** Statistical releases: the publisher's own domain, e.g. stats.gov.cn. */
  issuer_domain?: string;
  /** Statistical releases: the release on the publisher's site, where known (null: not known). */
  official_url?: string | null;
  /**
   * Statistical releases: every copy read, with what each confirms. The script files keep only
   * the passage copy's `role` and `language` (what the sources panel marks quotes with); the
   * addresses and remarks are in `ec-widgets/data` and `data/ec-dataset.json`.
   */
  copies?: ReleaseCopy[];
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
  /**
   * Id of the indicator whose official figures judge this one's targets, when the plan's own
   * label has no official series (rural e-commerce transactions → rural online retail sales).
   */
  judged_on?: string;
  /** For a multiple (翻两番): the level indicator the multiple is computed from. */
  multiple_of?: string;
  /** For a published growth rate: the level indicator it is the growth of (comparable basis). */
  growth_of?: string;
  /** A figure for part of a year (the first half), published within the year it refers to. */
  part_of_year?: 'first-half';
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
  /**
   * Id of the observation this one revises (same indicator and year, an earlier release). Each
   * vintage stays in the data with its release's date; series() shows the newest.
   */
  revises?: string;
  /** Coverage where it differs from the rest of the series (规模以上 firms only): a series break. */
  scope_zh?: string;
  scope_en?: string;
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
  /** Figures as of: the date the statistical releases were last checked, YYYY-MM-DD. */
  as_of: string;
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
