/**
 * The two languages the widgets ship. Chinese is Simplified only: the source texts are
 * mainland documents, so Traditional-script tags (zh-TW, zh-HK, zh-Hant) get the
 * Simplified text rather than no Chinese at all.
 */
export type WidgetLang = 'zh-CN' | 'en';

/**
 * A BCP 47 tag (as found in a `lang` attribute or `navigator.language`) mapped to a widget
 * language: any `zh…` → 'zh-CN', any `en…` → 'en', anything else or empty → null, so the
 * caller can fall back to the next ancestor. Case-insensitive; POSIX `zh_CN` is accepted.
 */
export function normalizeLang(input: string | null | undefined): WidgetLang | null {
  if (typeof input !== 'string') return null;
  // Only the primary subtag matters: script and region tags never change which of the
  // two shipped texts is closer.
  const primary = input.trim().split(/[-_]/, 1)[0]!.toLowerCase();
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}
