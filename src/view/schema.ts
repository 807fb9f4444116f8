/**
 * One declared table of a widget's inputs. Everything that reads them is derived from it: the
 * element's Lit `properties`, the command line's options (`node:util` parseArgs), the embed
 * page's query parameters, the messages about a bad value, and the docs' attribute tables. So
 * the surfaces cannot drift apart again (a width range here, another there).
 *
 * Pure and import-free: the embed page's script and the command line bundle it on their own.
 */

/** Where an input can be given: the element's attribute or property, the command line, the embed page's query string. */
export type Surface = 'element' | 'cli' | 'embed';

export interface InputSpec {
  /** The property name on the element (camelCase). */
  name: string;
  /** The attribute, option and query-parameter name (kebab-case); null for a property set from JavaScript only. */
  attribute: string | null;
  /** `year` is a whole year in `range`; `json` an object or list (property, or a child `<script type="application/json">`). */
  type: 'string' | 'number' | 'year' | 'date' | 'boolean' | 'enum' | 'json';
  /** The values an `enum` takes. */
  values?: readonly string[];
  /** Inclusive bounds of a `number` or `year`. */
  range?: readonly [number, number];
  /** What an unset input means (shown in the docs). */
  default?: string | number | boolean;
  /**
   * One line for the docs and `--help`, where the widget's docs table (./input-docs.ts, kept out
   * of the widgets' bundles) has none.
   */
  doc?: string;
  surfaces: readonly Surface[];
  /** Other attribute names read for this input: kept where they were public before the names were aligned. */
  aliases?: readonly string[];
  /** The widget draws nothing without it (a message says so). */
  required?: boolean;
  /**
   * A boolean the host's own styles select on (`:host([compact])`): written to the host when a
   * script sets it true, so the property and the attribute style alike. Nothing else is reflected.
   */
  reflect?: boolean;
}

export type InputSchema = readonly InputSpec[];

/** Years `from`, `to`, `target-year` and supplied figures may name. */
export const YEARS: readonly [number, number] = [1990, 2100];
/** Widths in px a widget may be laid out at, on every surface. */
export const WIDTHS: readonly [number, number] = [120, 4000];
/** Width laid out at where nothing can be measured (server rendering, the command line) and none is given. */
export const FALLBACK_WIDTH = 640;
/**
 * Most figures a page may supply to one widget. Yearly figures for every year the plans and the
 * date range allow number a few dozen; beyond this the input is a slip (a daily series, a loop)
 * and drawing it whole would put hundreds of thousands of nodes in the page.
 */
export const MAX_SUPPLIED = 200;

/** The data as it stood on a date: a page pins a widget to what was known when it was written. Every widget takes it, each in its own place in its table. */
export const AS_OF_INPUT: InputSpec = {
  name: 'asOf',
  attribute: 'as-of',
  type: 'date',
  surfaces: ['element', 'cli', 'embed'],
};

/** A widget drawn small, in running text. */
export const COMPACT_INPUT: InputSpec = {
  name: 'compact',
  attribute: 'compact',
  type: 'boolean',
  default: false,
  reflect: true,
  surfaces: ['element', 'embed'],
};

/** The inputs every widget shares. */
export const COMMON_INPUTS: InputSchema = [
  {
    name: 'lang',
    attribute: 'lang',
    type: 'string',
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'theme',
    attribute: 'theme',
    type: 'enum',
    values: ['auto', 'light', 'dark'],
    default: 'auto',
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'loading',
    attribute: 'loading',
    type: 'enum',
    values: ['lazy', 'eager'],
    default: 'lazy',
    surfaces: ['element'],
  },
  {
    name: 'width',
    attribute: 'width',
    type: 'number',
    range: WIDTHS,
    default: FALLBACK_WIDTH,
    surfaces: ['element', 'cli'],
  },
  {
    name: 'hideMenu',
    attribute: 'hide-menu',
    type: 'boolean',
    default: false,
    surfaces: ['element', 'embed'],
  },
];

/** A widget's own inputs followed by the shared ones. */
export function withCommon(own: InputSchema): InputSchema {
  return [...own, ...COMMON_INPUTS];
}

/** The spec of an attribute (or one of its aliases). */
export function specOf(schema: InputSchema, attribute: string): InputSpec | undefined {
  return schema.find((s) => s.attribute === attribute || s.aliases?.includes(attribute));
}

/** The specs offered on a surface. */
export function onSurface(schema: InputSchema, surface: Surface): InputSpec[] {
  return schema.filter((s) => s.surfaces.includes(surface));
}

/**
 * Lit's `static properties` for the element's inputs. Nothing is reflected: the host's
 * attributes belong to the page, and a widget writes none of its own (see the lang fix).
 */
export function litProperties(schema: InputSchema): Record<string, { attribute?: string | false; type?: unknown; reflect?: boolean }> {
  const out: Record<string, { attribute?: string | false; type?: unknown; reflect?: boolean }> = {};
  for (const s of schema) {
    if (!s.surfaces.includes('element')) continue;
    const attribute = s.attribute ?? false;
    // An alias is a property of its own (`type` beside `variant`); the view reads either.
    for (const alias of s.aliases ?? []) out[camelCase(alias)] = { attribute: alias, ...(s.type === 'boolean' ? { type: Boolean } : {}) };
    out[s.name] =
      s.type === 'boolean'
        ? { attribute, type: Boolean, ...(s.reflect ? { reflect: true } : {}) }
        : s.type === 'number' || s.type === 'year'
          ? { attribute, type: Number }
          : { attribute };
  }
  return out;
}

/** `value-year` → `valueYear`. */
export function camelCase(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** What a value must be, in words (English: messages to developers and the command line). */
export function expected(spec: InputSpec): string {
  switch (spec.type) {
    case 'enum':
      return (spec.values ?? []).map((v) => `"${v}"`).join(', ').replace(/, ([^,]*)$/, ' or $1');
    case 'year':
      return `a year from ${spec.range![0]} to ${spec.range![1]}`;
    case 'date':
      return 'a date as YYYY-MM-DD';
    case 'number':
      return `a number of px from ${spec.range![0]} to ${spec.range![1]}`;
    case 'boolean':
      return 'no value (or "true")';
    default:
      return 'text';
  }
}

/** The message about a bad value: `invalid width: "wide" (expected a number of px from 120 to 4000)`. */
export function invalidInput(spec: InputSpec, given: string, name = spec.attribute ?? spec.name): string {
  return `invalid ${name}: "${given}" (expected ${expected(spec)})`;
}

/**
 * A value given as text (attribute, option, query parameter) read by its spec: the value, or
 * the message saying what was expected. `boolean` takes '' or 'true'.
 */
export function readText(spec: InputSpec, text: string): { value: string | number | boolean } | { problem: string } {
  const given = text.trim();
  switch (spec.type) {
    case 'boolean':
      return given === '' || given === 'true' ? { value: true } : { problem: invalidInput(spec, text) };
    case 'enum':
      return spec.values!.includes(given) ? { value: given } : { problem: invalidInput(spec, text) };
    case 'date':
      return isDate(given) ? { value: given } : { problem: invalidInput(spec, text) };
    case 'year':
    case 'number': {
      const value = Number(given);
      const whole = spec.type === 'year' ? /^\d{4}$/.test(given) : /^\d+(\.\d+)?$/.test(given);
      return whole && inRange(spec, value) ? { value } : { problem: invalidInput(spec, text) };
    }
    default:
      return { value: text };
  }
}

/** A number or year in the spec's range (whole, for a year). */
export function inRange(spec: InputSpec, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (spec.type === 'year' && !Number.isInteger(value)) return false;
  return !spec.range || (value >= spec.range[0] && value <= spec.range[1]);
}

/** True for a real calendar date written YYYY-MM-DD (2024-06-30; not 2024-02-30 or 2024-6-30). */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
