import type { Indicator } from '../data/types.js';
import type { WidgetLang } from './lang.js';

/** The first letter upper-cased, for an English name that opens a sentence or a title: "Online retail sales". */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** An indicator's name as a title or the opening of a sentence: "网络零售额" / "Online retail sales". */
export function indicatorName(indicator: Indicator, lang: WidgetLang): string {
  return lang === 'zh-CN' ? indicator.name_zh : capitalise(indicator.name_en);
}
