import type { WidgetLang } from './lang.js';

/**
 * Joins items as a sentence does, as CLDR's long list patterns (and so Intl.ListFormat) write
 * them: "a, b, and c" / "a、b和c"; "a, b, or c" / "a、b或c". By hand because building an
 * Intl.ListFormat costs a page milliseconds of locale data before its first chart, for two
 * languages whose patterns fit in a line.
 */
export function formatList(items: readonly string[], lang: WidgetLang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const zh = lang === 'zh-CN';
  const word = type === 'conjunction' ? (zh ? '和' : ' and ') : zh ? '或' : ' or ';
  if (items.length < 3) return items.join(word);
  return items.slice(0, -1).join(zh ? '、' : ', ') + (zh ? word : `,${word}`) + items[items.length - 1];
}
