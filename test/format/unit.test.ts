import { expect } from '@open-wc/testing';
import { decimalsOf, powerOfTen, roundDecimal, shiftDecimal } from '../../src/format/decimal.js';
import { splitUnit, type UnitParts, type WidgetLang } from '../../src/format/index.js';

describe('splitUnit', () => {
  const rows: [label: string, input: string, expected: UnitParts, options: { lang: WidgetLang }][] = [
    ['万亿元', '万亿元', { multiplier: 1e12, noun: '元' }, { lang: 'zh-CN' }],
    ['亿美元', '亿美元', { multiplier: 1e8, noun: '美元' }, { lang: 'zh-CN' }],
    ['万人', '万人', { multiplier: 1e4, noun: '人' }, { lang: 'zh-CN' }],
    ['千万元', '千万元', { multiplier: 1e7, noun: '元' }, { lang: 'zh-CN' }],
    ['no magnitude', '个', { multiplier: 1, noun: '个' }, { lang: 'zh-CN' }],
    ['千 belongs to the noun', '千克', { multiplier: 1, noun: '千克' }, { lang: 'zh-CN' }],
    ['万平方米', '万平方米', { multiplier: 1e4, noun: '平方米' }, { lang: 'zh-CN' }],
    ['word only', 'trillion yuan', { multiplier: 1e12, noun: 'yuan' }, { lang: 'en' }],
    ['number and word', '100 million parcels', { multiplier: 1e8, noun: 'parcels' }, { lang: 'en' }],
    ['grouped number', '10,000 m²', { multiplier: 1e4, noun: 'm²' }, { lang: 'en' }],
    ['two words', 'hundred million yuan', { multiplier: 1e8, noun: 'yuan' }, { lang: 'en' }],
    ['capitalised word', 'Billion yuan', { multiplier: 1e9, noun: 'yuan' }, { lang: 'en' }],
    ['magnitude only', '100 million', { multiplier: 1e8, noun: '' }, { lang: 'en' }],
    ['no magnitude', 'counties', { multiplier: 1, noun: 'counties' }, { lang: 'en' }],
    ['a word merely starting like a magnitude', 'millionaires', { multiplier: 1, noun: 'millionaires' }, { lang: 'en' }],
    ['a number that is not a power of ten', '2 m', { multiplier: 1, noun: '2 m' }, { lang: 'en' }],
  ];
  for (const [label, input, expected, { lang }] of rows) {
    it(`splitUnit(${JSON.stringify(input)}, ${lang}) → ${expected.multiplier} + ${JSON.stringify(expected.noun)} (${label})`, () => {
      expect(splitUnit(input, lang)).to.deep.equal(expected);
    });
  }
});

describe('decimal helpers', () => {
  const rows: [label: string, input: () => number | null, expected: number | null][] = [
    ['decimalsOf(0.5131)', () => decimalsOf(0.5131), 4],
    ['decimalsOf(2690)', () => decimalsOf(2690), 0],
    ['decimalsOf(1.5e-7)', () => decimalsOf(1.5e-7), 8],
    ['decimalsOf(1e21)', () => decimalsOf(1e21), 0],
    ['decimalsOf(-37.25)', () => decimalsOf(-37.25), 2],
    ['shiftDecimal(0.5131, 4)', () => shiftDecimal(0.5131, 4), 5131],
    ['shiftDecimal(153.62, -1)', () => shiftDecimal(153.62, -1), 15.362],
    ['shiftDecimal(-0.0757, 2)', () => shiftDecimal(-0.0757, 2), -7.57],
    ['shiftDecimal(1.5e-7, 7)', () => shiftDecimal(1.5e-7, 7), 1.5],
    ['roundDecimal(1.005, 2)', () => roundDecimal(1.005, 2), 1.01],
    ['roundDecimal(-2.5, 0)', () => roundDecimal(-2.5, 0), -3],
    ['roundDecimal(0.1 + 0.2, 6)', () => roundDecimal(0.1 + 0.2, 6), 0.3],
    ['powerOfTen(1e12)', () => powerOfTen(1e12), 12],
    ['powerOfTen(1)', () => powerOfTen(1), 0],
    ['powerOfTen(5000)', () => powerOfTen(5000), null],
    ['powerOfTen(0)', () => powerOfTen(0), null],
  ];
  for (const [label, input, expected] of rows) {
    it(`${label} → ${expected}`, () => {
      expect(input()).to.equal(expected);
    });
  }
});
