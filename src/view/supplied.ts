/**
 * Figures a page supplies (a newsroom's 2024 value, newer than any plan) enter here and are
 * validated once: the good ones are drawn and cited, each bad one is reported with what was
 * wrong and what was given, and never stops the plan data from drawing.
 */
import type { Qualifier, SuppliedObservation } from '../data/types.js';
import type { SuppliedProblem } from '../format/messages.js';
import { MAX_SUPPLIED, YEARS } from './schema.js';

export interface SuppliedIssue {
  problem: SuppliedProblem;
  /** 1-based position in the list; null for the input as a whole. */
  index: number | null;
  /** The offending input as text, shortened for a message. */
  got: string;
}

export interface SuppliedResult {
  observations: SuppliedObservation[];
  issues: SuppliedIssue[];
}

const QUALIFIERS: ReadonlySet<string> = new Set<Qualifier>(['exact', 'over', 'about', 'at-least', 'nearly']);
export const SUPPLIED_YEARS = YEARS;
/** The largest magnitude a supplied value may have, in the indicator's unit. */
export const MAX_MAGNITUDE = 1e15;

/**
 * Validates supplied figures: an object or an array of `{ year, value, source, qualifier?, url? }`,
 * one figure per year (later ones for a year are dropped, and the years reported once), at most
 * MAX_SUPPLIED of them (the rest are reported as one issue and not read). Pure.
 */
export function validateSupplied(input: unknown): SuppliedResult {
  if (input === undefined || input === null) return rejected();
  const list = Array.isArray(input) ? input : typeof input === 'object' ? [input] : null;
  if (!list) return rejected('list', input);

  const observations: SuppliedObservation[] = [];
  const issues: SuppliedIssue[] = [];
  const years = new Set<number>();
  // Years given again: one issue for them all, not one per repeat (a loop can repeat thousands).
  const repeated = new Set<number>();
  list.slice(0, MAX_SUPPLIED).forEach((item: unknown, i) => {
    const index = i + 1;
    const issue = checkItem(item);
    if (issue) {
      issues.push({ problem: issue[0], got: shorten(issue[1]), index });
      return;
    }
    const o = item as Record<string, unknown>;
    if (years.has(o.year as number)) {
      repeated.add(o.year as number);
      return;
    }
    years.add(o.year as number);
    observations.push({
      year: o.year as number,
      value: o.value as number,
      source: (o.source as string).trim(),
      ...(o.qualifier !== undefined ? { qualifier: o.qualifier as Qualifier } : {}),
      ...(o.url !== undefined ? { url: o.url as string } : {}),
    });
  });
  if (repeated.size) issues.push({ problem: 'duplicate', got: shorten([...repeated].sort((a, b) => a - b).join(', ')), index: null });
  if (list.length > MAX_SUPPLIED) issues.push({ problem: 'too-many', got: String(list.length), index: null });
  observations.sort((a, b) => a.year - b.year);
  return { observations, issues };
}

/** The figures a widget is given: its `observations` property when set, else its child JSON script's text. */
export function readSupplied(property: unknown, scriptText: string | null): SuppliedResult {
  if (property !== undefined && property !== null) return validateSupplied(property);
  return scriptText !== null ? parseSupplied(scriptText) : rejected();
}

/** Parses and validates the text of a `<script type="application/json">`. Pure. */
export function parseSupplied(text: string): SuppliedResult {
  if (!text.trim()) return rejected();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return rejected('json', text);
  }
  return validateSupplied(data);
}

/** No figures: with the input's problem as the one issue, or with none when there was no input. */
function rejected(problem?: SuppliedProblem, input?: unknown): SuppliedResult {
  return { observations: [], issues: problem ? [{ problem, index: null, got: shorten(input) }] : [] };
}

/** What is wrong with one item, and the offending value; null when it is a valid figure. */
function checkItem(item: unknown): [SuppliedProblem, unknown] | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return ['item', item];
  const o = item as Record<string, unknown>;
  // Number.isInteger is false for anything that is not a number.
  const year = o.year as number;
  if (!Number.isInteger(year) || year < SUPPLIED_YEARS[0] || year > SUPPLIED_YEARS[1]) return ['year', year];
  // Finite, and not beyond MAX_MAGNITUDE (so NaN and ±Infinity fail the comparison): a figure
  // this large is a slip (a unit pasted as digits, an overflow), not data: no indicator comes
  // within nine orders of magnitude of it in its own unit, and the axis maths overflows near 1e308.
  if (typeof o.value !== 'number' || !(Math.abs(o.value) <= MAX_MAGNITUDE)) return ['value', o.value];
  if (typeof o.source !== 'string' || !o.source.trim()) return ['source', o.source];
  if (o.qualifier !== undefined && (typeof o.qualifier !== 'string' || !QUALIFIERS.has(o.qualifier))) {
    return ['qualifier', o.qualifier];
  }
  // Only web addresses become links: a `javascript:` URL in page data must not run on click.
  if (o.url !== undefined && !isWebUrl(o.url)) return ['url', o.url];
  return null;
}

function isWebUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The offending input as short text for a message. */
function shorten(value: unknown): string {
  let text: string;
  if (value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
