/**
 * Figures a page supplies (a newsroom's 2024 value, newer than any plan) enter here and are
 * validated once: the good ones are drawn and cited, each bad one is reported with what was
 * wrong and what was given, and never stops the plan data from drawing.
 */
import type { Qualifier, SuppliedObservation } from '../data/types.js';
import type { SuppliedProblem } from '../format/messages.js';

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
export const SUPPLIED_YEARS: readonly [number, number] = [1990, 2100];
/** The largest magnitude a supplied value may have, in the indicator's unit. */
export const MAX_MAGNITUDE = 1e15;

/** Validates supplied figures: an object or an array of `{ year, value, source, qualifier?, url? }`. Pure. */
export function validateSupplied(input: unknown): SuppliedResult {
  if (input === undefined || input === null) return { observations: [], issues: [] };
  const list = Array.isArray(input) ? input : typeof input === 'object' ? [input] : null;
  if (!list) return { observations: [], issues: [{ problem: 'list', index: null, got: shorten(input) }] };

  const observations: SuppliedObservation[] = [];
  const issues: SuppliedIssue[] = [];
  list.forEach((item: unknown, i) => {
    const index = i + 1;
    const issue = checkItem(item);
    if (issue) {
      issues.push({ ...issue, index });
      return;
    }
    const o = item as Record<string, unknown>;
    observations.push({
      year: o.year as number,
      value: o.value as number,
      source: (o.source as string).trim(),
      ...(o.qualifier !== undefined ? { qualifier: o.qualifier as Qualifier } : {}),
      ...(o.url !== undefined ? { url: o.url as string } : {}),
    });
  });
  observations.sort((a, b) => a.year - b.year);
  return { observations, issues };
}

/** Parses and validates the text of a `<script type="application/json">`. Pure. */
export function parseSupplied(text: string): SuppliedResult {
  if (!text.trim()) return { observations: [], issues: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { observations: [], issues: [{ problem: 'json', index: null, got: shorten(text) }] };
  }
  return validateSupplied(data);
}

function checkItem(item: unknown): Omit<SuppliedIssue, 'index'> | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { problem: 'item', got: shorten(item) };
  const o = item as Record<string, unknown>;
  const year = o.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < SUPPLIED_YEARS[0] || year > SUPPLIED_YEARS[1]) {
    return { problem: 'year', got: shorten(year) };
  }
  if (typeof o.value !== 'number' || !Number.isFinite(o.value)) return { problem: 'value', got: shorten(o.value) };
  // A figure this large is a slip (a unit pasted as digits, an overflow), not data: no indicator
  // comes within nine orders of magnitude of it in its own unit, and the axis maths overflows near 1e308.
  if (Math.abs(o.value) > MAX_MAGNITUDE) return { problem: 'value', got: shorten(o.value) };
  if (typeof o.source !== 'string' || !o.source.trim()) return { problem: 'source', got: shorten(o.source) };
  if (o.qualifier !== undefined && (typeof o.qualifier !== 'string' || !QUALIFIERS.has(o.qualifier))) {
    return { problem: 'qualifier', got: shorten(o.qualifier) };
  }
  // Only web addresses become links: a `javascript:` URL in page data must not run on click.
  if (o.url !== undefined && !isWebUrl(o.url)) return { problem: 'url', got: shorten(o.url) };
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
