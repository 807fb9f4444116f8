/**
 * Numbers, indicator values, axis ticks, rates and periods in each widget language: the one
 * formatter behind every axis, tooltip, table, summary and download, so that a figure reads
 * the same wherever it appears. Pure: no DOM, runs in Node and the browser.
 */
import type { Indicator, Qualifier } from '../data/types.js';
import { decimalsOf, fixedDigits, powerOfTen, roundDecimal, shiftDecimal } from './decimal.js';
import type { WidgetLang } from './lang.js';
import { magnitudes, splitUnit, type Magnitude } from './unit.js';

/** What a number that cannot be shown (NaN, ±Infinity) prints as: an en dash, as in tables. */
export const MISSING = '–';

/** Decimals a value keeps when it carries more (computed values such as 0.1 + 0.2). */
const MAX_DECIMALS = 6;

export interface FormatNumberOptions {
  /** Fixed number of decimals (0–20); default: the shortest exact representation, at most 6. */
  decimals?: number;
  /** With `decimals`, drop trailing zeros: 1.50 → 1.5, 2.00 → 2. */
  trim?: boolean;
  /**
   * Thousands separators. Default: English always (1,000); Chinese only from 10,000 up,
   * since 4-digit numbers are written ungrouped (5131亿元). false: never; true: always.
   */
  grouping?: boolean;
  /** Prefix positive numbers with '+'. */
  sign?: boolean;
}

/**
 * A plain number in the language's conventions: formatNumber(1234.5, 'en') → "1,234.5",
 * formatNumber(1234.5, 'zh-CN') → "1234.5", formatNumber(12345, 'zh-CN') → "12,345".
 * A bare number is taken as `{ decimals }`. NaN and ±Infinity → "–".
 */
export function formatNumber(n: number, lang: WidgetLang, options: number | FormatNumberOptions = {}): string {
  if (!Number.isFinite(n)) return MISSING;
  const { decimals, trim, grouping, sign } = typeof options === 'number' ? { decimals: options } : options;
  if (decimals !== undefined) checkDecimals(decimals);
  const [integer, fraction] = fixedDigits(n, decimals ?? MAX_DECIMALS, decimals === undefined || trim ? 0 : decimals);
  // Chinese groups by 万 in speech, so commas only help once a number has five digits;
  // deciding on the rounded digits gets 9999.96 → "10,000.0" right.
  const grouped = grouping ?? (lang === 'en' || integer.length >= 5);
  // No sign on a figure that rounds to zero: a chart label reading "-0" looks like an error.
  const signText = !/[1-9]/.test(integer + fraction) ? '' : n < 0 ? '-' : sign ? '+' : '';
  // Both languages write 1,234.5 (CLDR's zh-CN and en agree), so this is done by hand:
  // building Intl.NumberFormat costs a page tens of milliseconds before its first chart.
  return `${signText}${grouped ? integer.replace(/\B(?=(\d{3})+$)/g, ',') : integer}${fraction ? `.${fraction}` : ''}`;
}

export interface FormatValueOptions {
  /** Append the unit (元, 人, yuan, %, 倍…); default true. false keeps the magnitude word: "5131亿", "513.1 billion". */
  unit?: boolean;
  /**
   * Precision of `value` in the indicator's unit, for computed values: the value is rounded
   * to it and its digits count as significant. Default: the decimals the value is written
   * with (0.5131 → 4), at most 6.
   */
  decimals?: number;
  /**
   * Re-express with magnitude words (default true); false prints the value in the unit its
   * chart axis is labelled with (`axisUnitLabel`): "0.5131万亿元"; in English, 6015 万人 as
   * "60.15" million people, so a chart's labels read in the same unit as its axis.
   */
  rescale?: boolean;
}

/**
 * A value stored in an indicator's unit, re-expressed with the magnitude word that suits
 * it and its precision kept: 0.5131 (万亿元) → "5131亿元" / "513.1 billion yuan";
 * 6015 (万人) → "6015万人" / "60.15 million"; 10.8 (%) → "10.8%"; 2 (倍) → "2倍" / "2×".
 * No digit is shown beyond the precision the value was given with, and none is lost.
 */
export function formatValue(value: number, indicator: Indicator, lang: WidgetLang, options: FormatValueOptions = {}): string {
  if (!Number.isFinite(value)) return MISSING;
  const { unit = true, rescale = true } = options;
  const { value: v, decimals } = significant(value, options.decimals);
  const zh = lang === 'zh-CN';

  if (indicator.quantity === 'percent' || indicator.quantity === 'multiple') {
    const number = formatNumber(v, lang, { decimals, trim: true });
    // The axis unit of a percent or multiple is its sign, % or 倍 / ×, written after the number.
    return unit ? number + axisUnitLabel(indicator, lang) : number;
  }

  const unitText = zh ? indicator.unit_zh : indicator.unit_en;
  const scaleExponent = powerOfTen(indicator.scale);
  const parts = splitUnit(unitText, lang);
  // Currency, people and counts know their base unit, so the scale alone says how to
  // re-express them; an 'other' unit is only re-expressed when its own text starts with a
  // magnitude ("10,000 m²"), since nothing else says what its base unit is called.
  const canRescale =
    rescale && indicator.scale > 0 && (indicator.quantity !== 'other' || parts.multiplier !== 1);
  if (!canRescale) {
    // In the axis unit when asked (English re-expresses 万 and 亿 units, see axisUnit), else in the
    // indicator's own; a divisor of 1 leaves the value and its decimals as they are.
    const { divisor, label } = rescale ? { divisor: 1, label: unitText } : axisUnit(indicator, lang);
    const number = formatNumber(v / divisor, lang, {
      decimals: decimals + Math.round(Math.log10(divisor)),
      trim: true,
      grouping: zh && parts.multiplier !== 1 ? false : undefined,
    });
    return unit ? join(lang, number, label) : number;
  }

  // Everything below is in log10 units of the base quantity (yuan, persons, items).
  const scaleLog = scaleExponent ?? Math.log10(indicator.scale);
  const precisionLog = scaleLog - decimals;
  const magnitude = pickMagnitude(v, indicator.scale, scaleExponent, magnitudes(lang));
  const shownExponent = magnitude?.exponent ?? 0;
  const shown =
    scaleExponent === null
      ? (v * indicator.scale) / 10 ** shownExponent
      : shiftDecimal(v, scaleExponent - shownExponent);
  // The epsilon absorbs log10 noise for scales that are not powers of ten.
  const shownDecimals = Math.min(20, Math.max(0, Math.ceil(shownExponent - precisionLog - 1e-9)));
  const number = formatNumber(shown, lang, {
    decimals: shownDecimals,
    trim: true,
    grouping: zh && magnitude ? false : undefined,
  });
  const noun = unit ? baseNoun(indicator, lang, parts.noun, magnitude !== undefined) : '';
  // 5131亿元 / 513.1 billion yuan: Chinese writes the parts together, English with spaces.
  return [number, magnitude?.word, noun].filter(Boolean).join(zh ? '' : ' ');
}

/**
 * Decimals for numbers `step` apart, from the step's order of magnitude: 0.5 → 1, 0.02 → 2,
 * 10 → 0 (a tick step is 1, 2 or 5 times a power of ten); NaN for 0, NaN and ±Infinity. This is d3-format's precisionFixed,
 * `max(0, -exponent(|step|))`, with the exponent read from `toExponential()` as d3 reads it.
 * It is copied here because importing d3-format for one line would bring the whole module
 * into the single-file build, and the import also runs code that sets up a default locale.
 */
export function precisionFixed(step: number): number {
  step = Math.abs(step);
  return step && Number.isFinite(step) ? Math.max(0, -Number(step.toExponential().split('e')[1])) : NaN;
}

/**
 * An axis tick: the number alone, in the indicator's own unit (the axis title carries the
 * unit, see axisUnitLabel), with as many decimals as the tick step needs (0.5 → "1.5").
 */
export function formatAxisTick(value: number, indicator: Indicator, lang: WidgetLang, step: number): string {
  const { divisor } = axisUnit(indicator, lang);
  const shownStep = step / divisor;
  // Capped at 20 fraction digits (formatNumber's limit, as Intl's): a step of 1e-26 would otherwise ask for 26 and throw.
  // precisionFixed is NaN for a zero or non-finite step: then the shortest representation.
  const precision = precisionFixed(shownStep);
  const decimals = Number.isNaN(precision) ? undefined : Math.min(20, precision);
  const ungrouped = lang === 'zh-CN' && splitUnit(indicator.unit_zh, lang).multiplier !== 1;
  return formatNumber(value / divisor, lang, { decimals, grouping: ungrouped ? false : undefined });
}

/**
 * English has no word for 10⁴ or 10⁸, so an axis in "10,000 people" or "100 million yuan"
 * reads badly; it is re-expressed in millions or billions (6015 万人 → 60.15 million people).
 * Chinese keeps the indicator's own unit (万人, 亿元), which is how the plans print it.
 */
function axisUnit(indicator: Indicator, lang: WidgetLang): { divisor: number; label: string } {
  const own = lang === 'zh-CN' ? indicator.unit_zh : indicator.unit_en;
  if (lang === 'zh-CN' || indicator.quantity === 'percent' || indicator.quantity === 'multiple') return { divisor: 1, label: own };
  const { multiplier, noun } = splitUnit(own, lang);
  const english = ENGLISH_AXIS_MAGNITUDES.find(([from]) => from === multiplier);
  if (!english) return { divisor: 1, label: own };
  const [, to, word] = english;
  return { divisor: to / multiplier, label: noun ? `${word} ${noun}` : word };
}

/** [magnitude in the unit, English magnitude shown, its word]. */
const ENGLISH_AXIS_MAGNITUDES: ReadonlyArray<readonly [number, number, string]> = [
  [1e4, 1e6, 'million'],
  [1e8, 1e9, 'billion'],
];

/** The unit an axis is labelled with: "万亿元" / "trillion yuan"; "万人" / "million people"; "%"; "倍" / "×". */
export function axisUnitLabel(indicator: Indicator, lang: WidgetLang): string {
  if (indicator.quantity === 'percent') return '%';
  if (indicator.quantity === 'multiple') return lang === 'zh-CN' ? '倍' : '×';
  return axisUnit(indicator, lang).label;
}

/** 'symbol' for tight labels (">40万亿元"); 'words' for text and screen readers ("超过40万亿元"). */
export type QualifierStyle = 'symbol' | 'words';

const QUALIFIER_SYMBOLS: Readonly<Record<Qualifier, string>> = {
  exact: '',
  over: '>',
  'at-least': '≥',
  about: '≈',
  nearly: '~',
};

const QUALIFIER_WORDS: Readonly<Record<WidgetLang, Readonly<Record<Qualifier, (value: string) => string>>>> = {
  'zh-CN': {
    exact: (v) => v,
    over: (v) => `超过${v}`,
    'at-least': (v) => `不低于${v}`,
    about: (v) => `${v}左右`,
    nearly: (v) => `接近${v}`,
  },
  en: {
    exact: (v) => v,
    over: (v) => `over ${v}`,
    'at-least': (v) => `at least ${v}`,
    about: (v) => `about ${v}`,
    nearly: (v) => `nearly ${v}`,
  },
};

/**
 * A value with its qualifier from the text: symbol ">40万亿元" / ">40 trillion yuan",
 * words "超过40万亿元" / "over 40 trillion yuan" (左右 follows the number in Chinese).
 * Options as for formatValue (`unit: false` omits the unit).
 */
export function formatQualified(
  value: number,
  qualifier: Qualifier,
  indicator: Indicator,
  lang: WidgetLang,
  style: QualifierStyle = 'words',
  options: FormatValueOptions = {},
): string {
  const text = formatValue(value, indicator, lang, options);
  if (text === MISSING) return text;
  return style === 'symbol' ? QUALIFIER_SYMBOLS[qualifier] + text : QUALIFIER_WORDS[lang][qualifier](text);
}

/**
 * A figure (a plan's or a supplied one) with its qualifier in words, '' for none: the form
 * every summary, tooltip and key quotes a figure in. A supplied figure without a qualifier is exact.
 */
export function formatFigure(
  figure: { value: number; qualifier?: Qualifier } | null,
  indicator: Indicator,
  lang: WidgetLang,
): string {
  return figure ? formatQualified(figure.value, figure.qualifier ?? 'exact', indicator, lang) : '';
}

/** A ratio as a percentage, e.g. of a target reached: 1.18 → "118%". */
export function formatRatio(ratio: number, lang: WidgetLang, decimals = 0): string {
  if (!Number.isFinite(ratio)) return MISSING;
  return `${formatNumber(shiftDecimal(ratio, 2), lang, decimals)}%`;
}

/** A growth rate as a percentage: 0.0757 → "7.6%", or "+7.6%" with `sign`. */
export function formatGrowth(rate: number, lang: WidgetLang, decimals = 1, options: { sign?: boolean } = {}): string {
  if (!Number.isFinite(rate)) return MISSING;
  return `${formatNumber(shiftDecimal(rate, 2), lang, { decimals, sign: options.sign })}%`;
}

/** A span of years with an en dash, the same in both languages: [2016, 2020] → "2016–2020"; one year if both ends agree. */
export function formatPeriod(period: readonly [number, number], _lang: WidgetLang): string {
  const [start, end] = period;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return MISSING;
  return start === end ? String(start) : `${start}–${end}`;
}

/** A year as a label: "2020年" / "2020" (never grouped). */
export function formatYear(year: number, lang: WidgetLang): string {
  if (!Number.isFinite(year)) return MISSING;
  return lang === 'zh-CN' ? `${year}年` : String(year);
}

// ---------------------------------------------------------------------------------------

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`invalid decimals: ${decimals} (expected an integer from 0 to 20)`);
  }
}

/** The value and the decimals that count as significant in the indicator's unit. */
function significant(value: number, decimals: number | undefined): { value: number; decimals: number } {
  if (decimals !== undefined) {
    checkDecimals(decimals);
    return { value: roundDecimal(value, decimals), decimals };
  }
  const own = decimalsOf(value);
  if (own <= MAX_DECIMALS) return { value, decimals: own };
  const rounded = roundDecimal(value, MAX_DECIMALS);
  return { value: rounded, decimals: decimalsOf(rounded) };
}

/** The largest magnitude that keeps the shown number ≥ 1; undefined when none does (shown in base units). */
function pickMagnitude(
  value: number,
  scale: number,
  scaleExponent: number | null,
  words: readonly Magnitude[],
): Magnitude | undefined {
  const abs = Math.abs(value);
  return words.find(({ exponent }) =>
    scaleExponent === null ? abs * scale >= 10 ** exponent : shiftDecimal(abs, scaleExponent - exponent) >= 1,
  );
}

/** What follows the number and magnitude word: 元 / yuan, 人, 件 / parcels… */
function baseNoun(indicator: Indicator, lang: WidgetLang, unitNoun: string, hasMagnitude: boolean): string {
  const usd = indicator.currency === 'USD';
  switch (indicator.quantity) {
    case 'currency':
      return lang === 'zh-CN' ? (usd ? '美元' : '元') : usd ? 'US dollars' : 'yuan';
    case 'people':
      // "60.15 million" already says people in English; a bare "5,000" does not.
      return lang === 'zh-CN' ? '人' : hasMagnitude ? '' : 'people';
    default:
      return unitNoun;
  }
}

/** Chinese units attach to the number (5131亿元, 10.8%); English ones follow a space. */
function join(lang: WidgetLang, number: string, unit: string): string {
  if (!unit) return number;
  return lang === 'zh-CN' || /^[%×]/.test(unit) ? number + unit : `${number} ${unit}`;
}
