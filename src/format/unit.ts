import type { WidgetLang } from './lang.js';

/** A magnitude word and the power of ten it stands for. */
export interface Magnitude {
  exponent: number;
  word: string;
}

/*
 * Largest first, because a value takes the largest word that keeps its number ≥ 1.
 * English stops at million: below it, digits with thousands separators ("1,000 counties",
 * "15,000 people") read as ordinary English, while "1 thousand counties" does not.
 */
const ZH_MAGNITUDES: readonly Magnitude[] = [
  { exponent: 12, word: '万亿' },
  { exponent: 8, word: '亿' },
  { exponent: 4, word: '万' },
];
const EN_MAGNITUDES: readonly Magnitude[] = [
  { exponent: 12, word: 'trillion' },
  { exponent: 9, word: 'billion' },
  { exponent: 6, word: 'million' },
];

/** The magnitude words a language re-expresses values with, largest first. */
export function magnitudes(lang: WidgetLang): readonly Magnitude[] {
  return lang === 'zh-CN' ? ZH_MAGNITUDES : EN_MAGNITUDES;
}

/** A unit string split into the magnitude it starts with and the noun after it. */
export interface UnitParts {
  /** What the leading magnitude phrase multiplies by: 1e8 for 亿件 and "100 million parcels"; 1 if none. */
  multiplier: number;
  /** The rest: 件 / "parcels", 元 / "yuan", 平方米 / "m²"; '' when the unit is only a magnitude. */
  noun: string;
}

/*
 * Compound words before their parts (万亿 before 亿 and 万). Single 千/百/十 are left out on
 * purpose: as a first character they usually belong to the noun (千克, 千米, 百分点).
 */
const ZH_PREFIXES: readonly [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
];

const EN_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

// An optional number ("100", "10,000") then any magnitude words ("million", "hundred million").
const EN_PREFIX = /^(\d{1,3}(?:,\d{3})+|\d+)?\s*((?:(?:hundred|thousand|million|billion|trillion)\b\s*)*)/i;

/**
 * Splits an indicator's unit string into its leading magnitude and its noun:
 * `万亿元` → 1e12 + 元, `100 million parcels` → 1e8 + parcels, `10,000 m²` → 1e4 + m²,
 * `counties` → 1 + counties. The data tests use it to check `unit_*` against `scale`.
 */
export function splitUnit(unit: string, lang: WidgetLang): UnitParts {
  const text = unit.trim();
  if (lang === 'zh-CN') {
    const prefix = ZH_PREFIXES.find(([word]) => text.startsWith(word));
    return prefix ? { multiplier: prefix[1], noun: text.slice(prefix[0].length) } : { multiplier: 1, noun: text };
  }
  const match = EN_PREFIX.exec(text)!;
  const [phrase, digits, words] = match as unknown as [string, string | undefined, string];
  // A bare number with no magnitude word ("2 m") is part of the noun, not a multiplier,
  // unless it is a round power of ten as in "10,000 m²".
  if (!words && (!digits || !/^10*$/.test(digits.replace(/,/g, '')))) return { multiplier: 1, noun: text };
  let multiplier = digits ? Number(digits.replace(/,/g, '')) : 1;
  for (const word of words.toLowerCase().split(/\s+/).filter(Boolean)) multiplier *= EN_WORDS[word]!;
  return { multiplier, noun: text.slice(phrase.length).trim() };
}
