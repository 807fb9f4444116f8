// dist/ec-indicators.csv and .en.csv, as the README and package.json promise them: written by
// the build (build/dataset-csv.js) from src/data/csv.ts, one row per observation with its
// source document and verbatim quote. The second suite reads the built files: build first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetCsv } from '../../build/dataset-csv.js';

const dataset = JSON.parse(await readFile('data/ec-dataset.json', 'utf8'));
const documents = new Map(dataset.documents.map((d) => [d.id, d]));

/** Records of an RFC 4180 text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), i++;
        else if (text[i] === '"') break;
        else field += text[i];
      }
    } else if (c === ',') rows.at(-1).push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.at(-1).push(field), (field = ''), rows.push([]), i++;
    else field += c;
  }
  if (rows.at(-1).length === 0 && field === '') rows.pop();
  return rows;
}

/** Checks one CSV text against the dataset: BOM, header, a row per observation with its source and quote. */
function checkCsv(text, names) {
  assert.equal(text.charCodeAt(0), 0xfeff, 'starts with a UTF-8 byte-order mark (Excel)');
  const [head, ...rows] = parseCsv(text.slice(1));
  for (const name of Object.values(names)) assert.ok(head.includes(name), `the header ${head.join(',')} has ${name}`);
  assert.equal(rows.length, dataset.observations.length, 'one row per observation');
  const titleKey = names.document === '文件' ? 'title_zh' : 'title_en';
  rows.forEach((row, i) => {
    const o = dataset.observations[i];
    const at = `row ${i + 2}`;
    assert.equal(row.length, head.length, `${at} has ${row.length} fields`);
    const field = (key) => row[head.indexOf(names[key])];
    assert.equal(field('indicator'), o.indicator, `${at}: indicator`);
    assert.equal(field('year'), String(o.year), `${at}: year`);
    assert.equal(field('value'), String(o.value), `${at}: value`);
    assert.equal(field('document'), documents.get(o.document)[titleKey], `${at}: source document`);
    assert.ok(field('issuer'), `${at}: issuer`);
    assert.equal(field('quote'), o.quote, `${at}: verbatim quote`);
  });
}

// The columns this test reads, by their headings in each language.
const ZH = { indicator: '指标代码', year: '年份', value: '数值', document: '文件', issuer: '发布机关', quote: '原文' };
const EN = { indicator: 'Indicator id', year: 'Year', value: 'Value', document: 'Document', issuer: 'Issuer', quote: 'Quote' };

describe('the dataset-csv plugin', () => {
  it('writes ec-indicators.csv (Chinese headings) and ec-indicators.en.csv into its folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ec-dataset-csv-'));
    try {
      await datasetCsv({ dir }).writeBundle.call({ error: (m) => assert.fail(m) });
      checkCsv(await readFile(join(dir, 'ec-indicators.csv'), 'utf8'), ZH);
      checkCsv(await readFile(join(dir, 'ec-indicators.en.csv'), 'utf8'), EN);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails the build, naming the module, when it has no datasetCsv export', async () => {
    const plugin = datasetCsv({ source: 'src/data/types.ts', dir: tmpdir() });
    await assert.rejects(plugin.writeBundle.call({ error: (m) => { throw new Error(m); } }), /src\/data\/types\.ts does not export datasetCsv/);
  });
});

describe('the built dist/ec-indicators.csv', () => {
  for (const [file, names] of [['ec-indicators.csv', ZH], ['ec-indicators.en.csv', EN]]) {
    it(`dist/${file} has a BOM, a header and one row per observation with its source and quote`, async () => {
      const path = join('dist', file);
      assert.ok(existsSync(path), `${path} is missing: run \`npm run build\` first`);
      checkCsv(await readFile(path, 'utf8'), names);
    });
  }
});
