import type { WidgetLang } from './lang.js';

/*
 * Building an Intl formatter parses locale data and costs far more than using one, and
 * a chart formats dozens of ticks and labels per render: one instance per (locale,
 * options) is built on first use and kept for the page's lifetime. The key space is small
 * (two locales × a handful of decimals/grouping/sign combinations).
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** The cached Intl.NumberFormat for a language and options. */
export function numberFormat(lang: WidgetLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** The cached Intl.ListFormat for a language: "a, b, and c" / "a、b和c". */
export function listFormat(lang: WidgetLang, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${lang}|${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(lang, { type, style: 'long' });
    listFormats.set(key, format);
  }
  return format;
}
