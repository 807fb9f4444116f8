import { expect } from '@open-wc/testing';
import raw from '../../data/ec-dataset.json';
import { datasetCsv, toCsv } from '../../src/data/csv.js';
import type { Dataset } from '../../src/data/types.js';

const data = raw as unknown as Dataset;

/**
 * A strict RFC 4180 reader for the tests: records end in CRLF, quoted fields may hold commas,
 * doubled quotes and line breaks. Throws on anything a conforming writer would not produce.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error(`unterminated quoted field at ${i}`);
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      const stop = end < 0 ? text.length : i + end;
      if (text[stop] === '"') throw new Error(`quote inside an unquoted field at ${stop}`);
      field = text.slice(i, stop);
      i = stop;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
    }
  }
  if (row.length) throw new Error('last record does not end in CRLF');
  return rows;
}

describe('toCsv()', () => {
  it('toCsv() starts with a UTF-8 byte-order mark', () => {
    expect(toCsv([['a']]).charCodeAt(0)).to.equal(0xfeff);
    expect(new TextEncoder().encode(toCsv([['a']])).slice(0, 3)).to.deep.equal(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('toCsv() ends every record, the last included, with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).to.equal('\uFEFFa,b\r\nc,d\r\n');
  });

  const cases: [string, string, string][] = [
    ['leaves a plain field bare', '电子商务交易额', '电子商务交易额'],
    ['quotes a field with a comma', '1,000', '"1,000"'],
    ['quotes a field with a quote and doubles it', '所谓"翻两番"', '"所谓""翻两番"""'],
    ['quotes a field with LF', 'a\nb', '"a\nb"'],
    ['quotes a field with CR', 'a\rb', '"a\rb"'],
    ['leaves a full-width comma and a tab bare', '交易额，\t37.2', '交易额，\t37.2'],
    ['writes an empty field as nothing', '', ''],
  ];
  for (const [behaviour, field, expected] of cases) {
    it(`toCsv([[${JSON.stringify(field)}]]) ${behaviour}`, () => {
      expect(toCsv([[field]])).to.equal(`\uFEFF${expected}\r\n`);
    });
  }

  it('toCsv() output reads back to the same rows', () => {
    const rows = [
      ['id', 'quote', 'empty'],
      ['a,b', 'he said "no"\r\nthen left', ''],
      ['', '"', ',,'],
    ];
    expect(parseCsv(toCsv(rows).slice(1))).to.deep.equal(rows);
  });

  it('toCsv([]) → just the byte-order mark', () => {
    expect(toCsv([])).to.equal('\uFEFF');
  });
});

describe('datasetCsv()', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    const csv = datasetCsv(lang);
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));

    it(`datasetCsv('${lang}') starts with a byte-order mark and has one row per observation plus a header`, () => {
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      expect(rows).to.have.length(data.observations.length + 1);
    });

    it(`datasetCsv('${lang}') has 15 columns in every row`, () => {
      expect(rows.filter((r) => r.length !== 15).map((r) => r[0])).to.deep.equal([]);
    });

    it(`datasetCsv('${lang}') tells a release figure from a plan figure in words, with the release's date`, () => {
      const at = data.observations.findIndex((o) => o.id === 'nbs-retail-2025/online-retail-sales/2025/actual');
      const plan = data.observations.findIndex((o) => o.id === 'plan-14th/online-retail-sales/2020/actual');
      expect(rows[at + 1]!.slice(13)).to.deep.equal([lang === 'en' ? 'statistical release' : '统计发布', '2026-01-19']);
      expect(rows[plan + 1]!.slice(13)).to.deep.equal([lang === 'en' ? 'plan' : '规划文件', '2021-10']);
    });

    it(`datasetCsv('${lang}') keeps id, year, value, as written and quote of every observation verbatim`, () => {
      data.observations.forEach((o, i) => {
        const row = rows[i + 1]!;
        expect([row[0], row[2], row[4], row[6], row[12]], o.id).to.deep.equal([
          o.indicator, String(o.year), String(o.value), o.as_written, o.quote,
        ]);
      });
    });
  }

  it("datasetCsv('zh-CN') is headed in Chinese and names indicators, units and documents in Chinese", () => {
    const rows = parseCsv(datasetCsv('zh-CN').slice(1));
    expect(rows[0]).to.deep.equal(['指标代码', '指标名称', '年份', '时期', '数值', '单位', '原文写法', '类型', '限定', '目标属性', '文件', '发布机关', '原文', '来源类型', '发布日期']);
    const row = rows.find((r) => r[0] === 'ecommerce-transactions' && r[2] === '2025')!;
    expect(row).to.deep.equal([
      'ecommerce-transactions', '电子商务交易额', '2025', '', '46', '万亿元', '46', '目标', '确数', '预期性',
      '“十四五”电子商务发展规划', '商务部、中央网信办、发展改革委', '电子商务交易额（万亿元）\t37.2\t46\t预期性', '规划文件', '2021-10',
    ]);
  });

  it("datasetCsv('en') is headed in English and writes a period as 2015–2020", () => {
    const rows = parseCsv(datasetCsv('en').slice(1));
    expect(rows[0]).to.deep.equal(['Indicator id', 'Indicator', 'Year', 'Period', 'Value', 'Unit', 'As written', 'Kind', 'Qualifier', 'Target type', 'Document', 'Issuer', 'Quote', 'Source kind', 'Published']);
    const row = rows.find((r) => r[0] === 'ecommerce-transactions-increase' && r[2] === '2020')!;
    expect(row.slice(1, 10)).to.deep.equal(['Increase in e-commerce transactions', '2020', '2015–2020', '70.8', '%', '70.8%', 'actual', 'exact', '']);
    expect(row[10]).to.equal('14th Five-Year Plan for E-commerce Development');
  });

  it('datasetCsv() quotes the fields that need it: an English issuer with commas survives the round trip', () => {
    const csv = datasetCsv('en');
    expect(csv).to.include('"Ministry of Commerce, Cyberspace Administration of China, National Development and Reform Commission"');
  });

  it("datasetCsv('fr') throws, naming the language", () => {
    expect(() => datasetCsv('fr' as never)).to.throw(/invalid lang: fr/);
  });
});
