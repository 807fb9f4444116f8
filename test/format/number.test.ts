import { expect } from '@open-wc/testing';
import type { Indicator, Qualifier } from '../../src/data/types.js';
import {
  axisUnitLabel,
  formatAxisTick,
  formatGrowth,
  formatNumber,
  formatPeriod,
  formatQualified,
  formatRatio,
  formatValue,
  formatYear,
  type FormatNumberOptions,
  type FormatValueOptions,
  type QualifierStyle,
  type WidgetLang,
} from '../../src/format/index.js';
import {
  bareParcels,
  counties,
  floorArea,
  hundredMillionPeople,
  hundredMillionUsd,
  hundredMillionYuan,
  kilometres,
  multiple,
  parcels,
  percent,
  tenThousandPeople,
  trillionYuan,
} from './fixtures.js';

const ZH: WidgetLang = 'zh-CN';
const EN: WidgetLang = 'en';

/** Extra options, shown in a test title only when present. */
function describeOptions(options: object | undefined): string {
  return options && Object.keys(options).length ? `, ${JSON.stringify(options)}` : '';
}

describe('formatNumber', () => {
  const rows: [label: string, input: number, expected: string, options: { lang: WidgetLang } & FormatNumberOptions][] = [
    ['en groups thousands', 1000, '1,000', { lang: EN }],
    ['en groups large numbers', 1234567.5, '1,234,567.5', { lang: EN }],
    ['zh does not group four digits', 5131, '5131', { lang: ZH }],
    ['zh groups from five digits', 12345, '12,345', { lang: ZH }],
    ['zh groups after rounding up to five digits', 9999.96, '10,000.0', { lang: ZH, decimals: 1 }],
    ['grouping: false never groups', 1234567, '1234567', { lang: EN, grouping: false }],
    ['grouping: true groups zh four digits', 5131, '5,131', { lang: ZH, grouping: true }],
    ['shortest exact representation', 0.5131, '0.5131', { lang: EN }],
    ['shortest representation of a float sum', 0.1 + 0.2, '0.3', { lang: ZH }],
    ['at most 6 decimals by default', 1 / 3, '0.333333', { lang: EN }],
    ['integers print no decimals', 832, '832', { lang: ZH }],
    ['fixed decimals keep zeros', 1.5, '1.50', { lang: EN, decimals: 2 }],
    ['fixed decimals round half away from zero', 2.25, '2.3', { lang: EN, decimals: 1 }],
    ['trim drops trailing zeros', 1.5, '1.5', { lang: EN, decimals: 2, trim: true }],
    ['trim drops the point', 2, '2', { lang: ZH, decimals: 2, trim: true }],
    ['sign prefixes +', 7.6, '+7.6', { lang: EN, sign: true }],
    ['sign keeps -', -7.6, '-7.6', { lang: ZH, sign: true }],
    ['sign leaves zero bare', 0, '0', { lang: EN, sign: true }],
    ['negative zero prints as zero', -0, '0', { lang: EN }],
    ['a negative that rounds to zero prints as zero', -0.001, '0.0', { lang: ZH, decimals: 1 }],
    ['negative numbers', -1234.5, '-1,234.5', { lang: EN }],
    ['NaN is a dash', NaN, '–', { lang: EN }],
    ['Infinity is a dash', Infinity, '–', { lang: ZH }],
    ['-Infinity is a dash', -Infinity, '–', { lang: EN, decimals: 1 }],
  ];
  for (const [label, input, expected, { lang, ...options }] of rows) {
    it(`formatNumber(${input}, ${lang}${describeOptions(options)}) → ${expected} (${label})`, () => {
      expect(formatNumber(input, lang, options)).to.equal(expected);
    });
  }

  it('formatNumber(1.5, en, 2) takes a bare number as decimals', () => {
    expect(formatNumber(1.5, EN, 2)).to.equal('1.50');
  });

  it('formatNumber(1, en, { decimals: 1.5 }) throws with the name and the value', () => {
    expect(() => formatNumber(1, EN, { decimals: 1.5 })).to.throw(RangeError, 'invalid decimals: 1.5');
    expect(() => formatNumber(1, EN, -1)).to.throw(RangeError, 'invalid decimals: -1');
  });

  it('formatNumber reuses one Intl.NumberFormat per (locale, options)', () => {
    const original = Intl.NumberFormat;
    formatNumber(1.25, EN, { decimals: 3, sign: true });
    let constructed = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      constructed++;
      return new original(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = counting;
    try {
      for (let i = 0; i < 50; i++) formatNumber(i + 0.25, EN, { decimals: 3, sign: true });
    } finally {
      Intl.NumberFormat = original;
    }
    expect(constructed).to.equal(0);
  });
});

describe('formatValue', () => {
  // [label, input, expected, options]: the label names the indicator's unit.
  const rows: [label: string, input: number, expected: string, options: { indicator: Indicator; lang: WidgetLang } & FormatValueOptions][] = [
    // Currency in 万亿元: precision kept, magnitude word re-chosen.
    ['万亿元', 0.5131, '5131亿元', { indicator: trillionYuan, lang: ZH }],
    ['万亿元', 0.5131, '513.1 billion yuan', { indicator: trillionYuan, lang: EN }],
    ['万亿元', 11.8, '11.8万亿元', { indicator: trillionYuan, lang: ZH }],
    ['万亿元', 11.8, '11.8 trillion yuan', { indicator: trillionYuan, lang: EN }],
    ['万亿元', 0.75, '7500亿元', { indicator: trillionYuan, lang: ZH }],
    ['万亿元', 0.75, '750 billion yuan', { indicator: trillionYuan, lang: EN }],
    ['万亿元', 37.2, '37.2万亿元', { indicator: trillionYuan, lang: ZH }],
    ['万亿元', 37.2, '37.2 trillion yuan', { indicator: trillionYuan, lang: EN }],
    ['万亿元', 1.98, '1.98万亿元', { indicator: trillionYuan, lang: ZH }],
    ['万亿元', 1.98, '1.98 trillion yuan', { indicator: trillionYuan, lang: EN }],
    ['万亿元', 40, '40万亿元', { indicator: trillionYuan, lang: ZH }],
    ['万亿元', 0, '0元', { indicator: trillionYuan, lang: ZH }],
    ['万亿元', -1.5, '-1.5 trillion yuan', { indicator: trillionYuan, lang: EN }],
    ['万亿元', 0.1 + 0.2, '3000亿元', { indicator: trillionYuan, lang: ZH }],
    // Currency in 亿元 and 亿美元.
    ['亿元', 7500, '7500亿元', { indicator: hundredMillionYuan, lang: ZH }],
    ['亿元', 7500, '750 billion yuan', { indicator: hundredMillionYuan, lang: EN }],
    ['亿元', 574.6, '574.6亿元', { indicator: hundredMillionYuan, lang: ZH }],
    ['亿元', 574.6, '57.46 billion yuan', { indicator: hundredMillionYuan, lang: EN }],
    ['亿元', 18000, '1.8万亿元', { indicator: hundredMillionYuan, lang: ZH }],
    ['亿美元', 153.62, '153.62亿美元', { indicator: hundredMillionUsd, lang: ZH }],
    ['亿美元', 153.62, '15.362 billion US dollars', { indicator: hundredMillionUsd, lang: EN }],
    // People: English says nothing after the magnitude word, "people" after a bare count.
    ['万人', 6015, '6015万人', { indicator: tenThousandPeople, lang: ZH }],
    ['万人', 6015, '60.15 million', { indicator: tenThousandPeople, lang: EN }],
    ['万人', 2690, '2690万人', { indicator: tenThousandPeople, lang: ZH }],
    ['万人', 2690, '26.9 million', { indicator: tenThousandPeople, lang: EN }],
    ['万人', 5000, '5000万人', { indicator: tenThousandPeople, lang: ZH }],
    ['万人', 5000, '50 million', { indicator: tenThousandPeople, lang: EN }],
    ['万人', 0.5, '5000人', { indicator: tenThousandPeople, lang: ZH }],
    ['万人', 1.5, '15,000 people', { indicator: tenThousandPeople, lang: EN }],
    ['亿人', 10, '10亿人', { indicator: hundredMillionPeople, lang: ZH }],
    ['亿人', 10, '1 billion', { indicator: hundredMillionPeople, lang: EN }],
    // Percent and multiples are never re-expressed.
    ['%', 10.8, '10.8%', { indicator: percent, lang: ZH }],
    ['%', 10.8, '10.8%', { indicator: percent, lang: EN }],
    ['%', 100.8, '100.8%', { indicator: percent, lang: EN }],
    ['倍', 2, '2倍', { indicator: multiple, lang: ZH }],
    ['倍', 2, '2×', { indicator: multiple, lang: EN }],
    ['倍', 5.1, '5.1×', { indicator: multiple, lang: EN }],
    // Counts: the English noun is the unit with its magnitude phrase stripped.
    ['个', 832, '832个', { indicator: counties, lang: ZH }],
    ['个', 832, '832 counties', { indicator: counties, lang: EN }],
    ['个', 1000, '1000个', { indicator: counties, lang: ZH }],
    ['个', 1000, '1,000 counties', { indicator: counties, lang: EN }],
    ['个', 12000, '1.2万个', { indicator: counties, lang: ZH }],
    ['亿件', 833.6, '833.6亿件', { indicator: parcels, lang: ZH }],
    ['亿件', 833.6, '83.36 billion parcels', { indicator: parcels, lang: EN }],
    ['亿件', 23.4, '2.34 billion parcels', { indicator: parcels, lang: EN }],
    ['亿件 / "100 million"', 833.6, '83.36 billion', { indicator: bareParcels, lang: EN }],
    // Other units: re-expressed only when the unit text starts with a magnitude.
    ['万平方米', 4000, '4000万平方米', { indicator: floorArea, lang: ZH }],
    ['万平方米', 4000, '40 million m²', { indicator: floorArea, lang: EN }],
    ['公里', 12000, '12,000公里', { indicator: kilometres, lang: ZH }],
    ['公里', 12000, '12,000 km', { indicator: kilometres, lang: EN }],
    // Options.
    ['万亿元', 0.5131, '5131亿', { indicator: trillionYuan, lang: ZH, unit: false }],
    ['万亿元', 0.5131, '513.1 billion', { indicator: trillionYuan, lang: EN, unit: false }],
    ['%', 10.8, '10.8', { indicator: percent, lang: EN, unit: false }],
    ['万亿元', 0.5131, '0.5131万亿元', { indicator: trillionYuan, lang: ZH, rescale: false }],
    ['万亿元', 0.5131, '0.5131 trillion yuan', { indicator: trillionYuan, lang: EN, rescale: false }],
    ['万人', 12000, '12000万人', { indicator: tenThousandPeople, lang: ZH, rescale: false }],
    // rescale: false in English reads in the axis unit (millions, billions), as the axis does.
    ['万人, axis unit', 6015, '60.15 million people', { indicator: tenThousandPeople, lang: EN, rescale: false }],
    ['万人, axis unit', 7000, '70', { indicator: tenThousandPeople, lang: EN, rescale: false, unit: false }],
    ['亿件, axis unit', 833.6, '83.36 billion parcels', { indicator: parcels, lang: EN, rescale: false }],
    ['万亿元', 12.3456, '12.3万亿元', { indicator: trillionYuan, lang: ZH, decimals: 1 }],
    ['万亿元', 0.51, '510 billion yuan', { indicator: trillionYuan, lang: EN, decimals: 2 }],
    ['万亿元', 0.5131, '5100亿元', { indicator: trillionYuan, lang: ZH, decimals: 2 }],
    ['万亿元', NaN, '–', { indicator: trillionYuan, lang: ZH }],
    ['万人', Infinity, '–', { indicator: tenThousandPeople, lang: EN }],
  ];
  for (const [label, input, expected, { indicator, lang, ...options }] of rows) {
    it(`formatValue(${input}, ${label}, ${lang}${describeOptions(options)}) → ${expected}`, () => {
      expect(formatValue(input, indicator, lang, options)).to.equal(expected);
    });
  }

  it('formatValue(1, 万亿元, en, { decimals: -1 }) throws with the name and the value', () => {
    expect(() => formatValue(1, trillionYuan, EN, { decimals: -1 })).to.throw(RangeError, 'invalid decimals: -1');
  });
});

describe('formatAxisTick', () => {
  const rows: [label: string, input: number, expected: string, options: { indicator: Indicator; lang: WidgetLang; step: number }][] = [
    ['万亿元', 10, '10', { indicator: trillionYuan, lang: ZH, step: 5 }],
    ['万亿元', 1, '1.0', { indicator: trillionYuan, lang: EN, step: 0.5 }],
    ['万亿元', 0.30000000000000004, '0.3', { indicator: trillionYuan, lang: EN, step: 0.1 }],
    ['万亿元', 0.25, '0.25', { indicator: trillionYuan, lang: ZH, step: 0.05 }],
    ['万人', 12000, '12000', { indicator: tenThousandPeople, lang: ZH, step: 2000 }],
    ['万人 in millions', 12000, '120', { indicator: tenThousandPeople, lang: EN, step: 2000 }],
    ['万人 in millions', 6015, '60.15', { indicator: tenThousandPeople, lang: EN, step: 1 }],
    ['亿件 in billions', 800, '80', { indicator: parcels, lang: EN, step: 200 }],
    ['亿件 in billions', 850, '85', { indicator: parcels, lang: EN, step: 50 }],
    ['个', 12000, '12,000', { indicator: counties, lang: ZH, step: 2000 }],
    ['个', 1000, '1000', { indicator: counties, lang: ZH, step: 200 }],
    ['%', 20, '20', { indicator: percent, lang: EN, step: 5 }],
    ['%', -0, '0', { indicator: percent, lang: EN, step: 5 }],
    ['%', 2.5, '2.5', { indicator: percent, lang: ZH, step: 0 }],
  ];
  for (const [label, input, expected, { indicator, lang, step }] of rows) {
    it(`formatAxisTick(${input}, ${label}, ${lang}, step ${step}) → ${expected}`, () => {
      expect(formatAxisTick(input, indicator, lang, step)).to.equal(expected);
    });
  }
});

describe('axisUnitLabel', () => {
  const rows: [label: string, input: Indicator, expected: string, options: { lang: WidgetLang }][] = [
    ['万亿元', trillionYuan, '万亿元', { lang: ZH }],
    ['万亿元', trillionYuan, 'trillion yuan', { lang: EN }],
    ['亿件', parcels, 'billion parcels', { lang: EN }],
    ['亿件', parcels, '亿件', { lang: ZH }],
    ['万人', tenThousandPeople, 'million people', { lang: EN }],
    ['亿元', hundredMillionYuan, 'billion yuan', { lang: EN }],
    ['亿件, bare', bareParcels, 'billion', { lang: EN }],
    ['万平方米', floorArea, 'million m²', { lang: EN }],
    ['%', percent, '%', { lang: EN }],
    ['倍', multiple, '倍', { lang: ZH }],
    ['倍', multiple, '×', { lang: EN }],
  ];
  for (const [label, input, expected, { lang }] of rows) {
    it(`axisUnitLabel(${label}, ${lang}) → ${expected}`, () => {
      expect(axisUnitLabel(input, lang)).to.equal(expected);
    });
  }
});

describe('formatQualified', () => {
  const rows: [label: string, input: number, expected: string, options: { qualifier: Qualifier; lang: WidgetLang; style?: QualifierStyle; unit?: boolean; indicator?: Indicator }][] = [
    ['over, symbol', 40, '>40万亿元', { qualifier: 'over', lang: ZH, style: 'symbol' }],
    ['over, symbol', 40, '>40 trillion yuan', { qualifier: 'over', lang: EN, style: 'symbol' }],
    ['at-least, symbol', 40, '≥40万亿元', { qualifier: 'at-least', lang: ZH, style: 'symbol' }],
    ['about, symbol', 40, '≈40 trillion yuan', { qualifier: 'about', lang: EN, style: 'symbol' }],
    ['nearly, symbol', 40, '~40万亿元', { qualifier: 'nearly', lang: ZH, style: 'symbol' }],
    ['exact, symbol', 40, '40万亿元', { qualifier: 'exact', lang: ZH, style: 'symbol' }],
    ['over, words', 40, '超过40万亿元', { qualifier: 'over', lang: ZH, style: 'words' }],
    ['about, words', 40, '40万亿元左右', { qualifier: 'about', lang: ZH, style: 'words' }],
    ['at-least, words', 40, '不低于40万亿元', { qualifier: 'at-least', lang: ZH, style: 'words' }],
    ['nearly, words', 40, '接近40万亿元', { qualifier: 'nearly', lang: ZH, style: 'words' }],
    ['exact, words', 40, '40万亿元', { qualifier: 'exact', lang: ZH, style: 'words' }],
    ['over, words', 40, 'over 40 trillion yuan', { qualifier: 'over', lang: EN, style: 'words' }],
    ['about, words', 40, 'about 40 trillion yuan', { qualifier: 'about', lang: EN, style: 'words' }],
    ['at-least, words', 40, 'at least 40 trillion yuan', { qualifier: 'at-least', lang: EN, style: 'words' }],
    ['nearly, words', 40, 'nearly 40 trillion yuan', { qualifier: 'nearly', lang: EN, style: 'words' }],
    ['words by default', 40, 'over 40 trillion yuan', { qualifier: 'over', lang: EN }],
    ['over, words, no unit', 40, '超过40万亿', { qualifier: 'over', lang: ZH, style: 'words', unit: false }],
    ['about, symbol, no unit', 40, '≈40 trillion', { qualifier: 'about', lang: EN, style: 'symbol', unit: false }],
    ['over, 万人', 5000, 'over 50 million', { qualifier: 'over', lang: EN, indicator: tenThousandPeople }],
    ['over, NaN', NaN, '–', { qualifier: 'over', lang: EN, style: 'symbol' }],
  ];
  for (const [label, input, expected, { qualifier, lang, style, unit, indicator = trillionYuan }] of rows) {
    it(`formatQualified(${input}, ${qualifier}, ${indicator.unit_zh}, ${lang}, ${style ?? 'default'}${unit === false ? ', no unit' : ''}) → ${expected} (${label})`, () => {
      expect(formatQualified(input, qualifier, indicator, lang, style, unit === undefined ? {} : { unit })).to.equal(expected);
    });
  }
});

describe('formatRatio and formatGrowth', () => {
  const rows: [label: string, input: () => string, expected: string][] = [
    ['formatRatio(1.18, zh-CN)', () => formatRatio(1.18, ZH), '118%'],
    ['formatRatio(1.18, en)', () => formatRatio(1.18, EN), '118%'],
    ['formatRatio(0.5131, en, 1)', () => formatRatio(0.5131, EN, 1), '51.3%'],
    ['formatRatio(12.345, en)', () => formatRatio(12.345, EN), '1,235%'],
    ['formatRatio(NaN, en)', () => formatRatio(NaN, EN), '–'],
    ['formatGrowth(0.0757, zh-CN)', () => formatGrowth(0.0757, ZH), '7.6%'],
    ['formatGrowth(0.0757, en)', () => formatGrowth(0.0757, EN), '7.6%'],
    ['formatGrowth(0.0757, en, 1, { sign: true })', () => formatGrowth(0.0757, EN, 1, { sign: true }), '+7.6%'],
    ['formatGrowth(-0.0757, en, 1, { sign: true })', () => formatGrowth(-0.0757, EN, 1, { sign: true }), '-7.6%'],
    ['formatGrowth(0.0755, en)', () => formatGrowth(0.0755, EN), '7.6%'],
    ['formatGrowth(0.07, zh-CN)', () => formatGrowth(0.07, ZH), '7.0%'],
    ['formatGrowth(0.3, en, 0)', () => formatGrowth(0.3, EN, 0), '30%'],
    ['formatGrowth(Infinity, en)', () => formatGrowth(Infinity, EN), '–'],
  ];
  for (const [label, input, expected] of rows) {
    it(`${label} → ${expected}`, () => {
      expect(input()).to.equal(expected);
    });
  }
});

describe('formatPeriod and formatYear', () => {
  const rows: [label: string, input: () => string, expected: string][] = [
    ['formatPeriod([2016, 2020], zh-CN)', () => formatPeriod([2016, 2020], ZH), '2016–2020'],
    ['formatPeriod([2016, 2020], en)', () => formatPeriod([2016, 2020], EN), '2016–2020'],
    ['formatPeriod([2020, 2020], en)', () => formatPeriod([2020, 2020], EN), '2020'],
    ['formatPeriod([NaN, 2020], en)', () => formatPeriod([NaN, 2020], EN), '–'],
    ['formatYear(2020, zh-CN)', () => formatYear(2020, ZH), '2020年'],
    ['formatYear(2020, en)', () => formatYear(2020, EN), '2020'],
    ['formatYear(NaN, en)', () => formatYear(NaN, EN), '–'],
  ];
  for (const [label, input, expected] of rows) {
    it(`${label} → ${expected}`, () => {
      expect(input()).to.equal(expected);
    });
  }
});
