import type { Indicator } from '../data/types.js';
import type { WidgetLang } from './lang.js';
import { messages } from './messages.js';

/**
 * A dataset record's field in the language: `localized(indicator, 'name', lang)` reads
 * `name_zh` or `name_en`. The dataset carries both; the catalogue says which suffix is whose.
 */
export function localized<F extends string, R extends { [K in `${F}_zh` | `${F}_en`]: string }>(record: R, field: F, lang: WidgetLang): string {
  return record[`${field}${messages[lang].fieldSuffix}` as `${F}_zh`];
}

/** The first letter upper-cased, for an English name that opens a sentence or a title: "Online retail sales". */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** An indicator's name as a title or the opening of a sentence: "网络零售额" / "Online retail sales". */
export function indicatorName(indicator: Indicator, lang: WidgetLang): string {
  // English names are lower case in the dataset, to sit inside a sentence; Chinese has no case.
  return capitalise(localized(indicator, 'name', lang));
}

/**
 * The language a quote is written in: the plans and most releases are Chinese, a few releases
 * were read in an English copy. Screen readers must read each in its own language.
 */
export function quoteLang(quote: string): WidgetLang {
  return /[\u3400-\u9fff]/.test(quote) ? 'zh-CN' : 'en';
}
