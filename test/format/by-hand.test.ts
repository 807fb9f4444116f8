import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fixedDigits } from '../../src/format/decimal.js';
import { formatList } from '../../src/format/list.js';
import { formatNumber, type WidgetLang } from '../../src/format/index.js';

// formatNumber and formatList are written by hand (building Intl formatters costs a page tens of
// milliseconds before its first chart). The browser's own Intl is the oracle they must match.
const LANGS: WidgetLang[] = ['zh-CN', 'en'];

function intlNumber(n: number, lang: WidgetLang, decimals: number | undefined, trim: boolean, grouping: boolean | undefined, sign: boolean): string {
  const fraction =
    decimals === undefined
      ? { minimumFractionDigits: 0, maximumFractionDigits: 6 }
      : { minimumFractionDigits: trim ? 0 : decimals, maximumFractionDigits: decimals };
  const base = { ...fraction, signDisplay: sign ? ('exceptZero' as const) : ('auto' as const) };
  let text = new Intl.NumberFormat(lang, { ...base, useGrouping: false }).format(n);
  const grouped = grouping ?? (lang === 'en' || text.split('.')[0]!.replace(/\D/g, '').length >= 5);
  if (grouped) text = new Intl.NumberFormat(lang, { ...base, useGrouping: true }).format(n);
  return /[1-9]/.test(text) ? text : text.replace(/^-/, '');
}

describe('formatNumber by hand, against Intl.NumberFormat', () => {
  const cases: number[] = [
    0, -0, 1, -1, 0.5, 1.005, 2.675, 9999.96, 99999.995, 0.000001, 0.0000005, 1.5e-7, -0.0000004, 5131, 12345, 0.5131,
    1234.5, -1234.5, 1e21, 1.5e21, 123456789012345680000, 1e300, -1e300, 5e-324, Number.MAX_VALUE, 0.1 + 0.2, 999999.9999995,
  ];
  for (const lang of LANGS) {
    for (const n of cases) {
      for (const decimals of [undefined, 0, 1, 2, 6, 20]) {
        it(`${lang} ${n} decimals=${decimals}`, () => {
          for (const trim of [false, true]) {
            for (const grouping of [undefined, true, false]) {
              for (const sign of [false, true]) {
                const options = { decimals, trim, grouping, sign };
                expect(formatNumber(n, lang, options), JSON.stringify(options)).to.equal(intlNumber(n, lang, decimals, trim, grouping, sign));
              }
            }
          }
        });
      }
    }
  }

  it('matches Intl on 20,000 random numbers, decimals and options', () => {
    const number = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
      fc.integer({ min: -99999, max: 99999 }).map((i) => i / 100 + 0.005),
    );
    fc.assert(
      fc.property(
        number,
        fc.constantFrom(...LANGS),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        fc.boolean(),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.boolean(),
        (n, lang, decimals, trim, grouping, sign) => {
          expect(formatNumber(n, lang, { decimals, trim, grouping, sign })).to.equal(intlNumber(n, lang, decimals, trim, grouping, sign));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('fixedDigits rounds half away from zero on the shortest representation and carries', () => {
    expect(fixedDigits(1.005, 2, 0)).to.deep.equal(['1', '01']);
    expect(fixedDigits(0.999, 2, 0)).to.deep.equal(['1', '']);
    expect(fixedDigits(0.999, 2, 2)).to.deep.equal(['1', '00']);
    expect(fixedDigits(9.5, 0, 0)).to.deep.equal(['10', '']);
    expect(fixedDigits(0.05, 1, 1)).to.deep.equal(['0', '1']);
    expect(fixedDigits(1.5e-7, 20, 0)).to.deep.equal(['0', '00000015']);
    expect(fixedDigits(-1234.5, 0, 0)).to.deep.equal(['1235', '']);
    expect(fixedDigits(1e21, 0, 0)).to.deep.equal(['1' + '0'.repeat(21), '']);
  });
});

describe('formatList by hand, against Intl.ListFormat', () => {
  const lists = [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['2010年', '2015年', '2020年', '2025年'], ['x, y', '和', '']];
  for (const lang of LANGS) {
    for (const type of ['conjunction', 'disjunction'] as const) {
      it(`${lang} ${type}`, () => {
        const intl = new Intl.ListFormat(lang, { type, style: 'long' });
        for (const list of lists) expect(formatList(list, lang, type), JSON.stringify(list)).to.equal(intl.format(list));
      });
    }
  }
});
