// build/dataset-columns.js: the module it writes rebuilds the dataset exactly, on the real
// dataset and on lists made to exercise each trick of the encoding; and it refuses to write a
// module that would not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { datasetColumns, datasetModule, decodeDataset, derivedIds, encodeDataset } from '../../build/dataset-columns.js';

/** The default export of the module text `code`, loaded as the built file would load it. */
const load = async (code) => (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default;
const dataset = JSON.parse(await readFile('data/ec-dataset.json', 'utf8'));

describe('datasetModule(data)', () => {
  it('writes a module whose default export is data/ec-dataset.json exactly, key order included', async () => {
    const rebuilt = await load(datasetModule(dataset));
    assert.equal(JSON.stringify(rebuilt), JSON.stringify(dataset));
  });

  it('is smaller than the JSON once gzipped, which is why it exists', async () => {
    const { gzipSync } = await import('node:zlib');
    const json = gzipSync(JSON.stringify(dataset), { level: 9 }).length;
    const columns = gzipSync(datasetModule(dataset), { level: 9 }).length;
    assert.ok(columns < json, `columns ${columns} B, JSON ${json} B gzip`);
  });

  it('rebuilds lists of mixed shapes, absent fields, nulls, repeated strings, references, tails and derived ids', async () => {
    const data = {
      version: 3,
      meta: { title: 'x', list: [1, 2] },
      documents: [
        { id: 'd1', title: 'One', kind: 'plan' },
        { id: 'd2', title: 'Two', kind: 'plan', url: null },
        { id: 'd3', kind: 'release', title: 'Three' },
      ],
      observations: [
        { id: 'd1/a/2020/actual', document: 'd1', indicator: 'a', year: 2020, kind: 'actual', quote: '到2020年达到10万亿元', as_written: '10万亿元' },
        { id: 'd1/a/2020/actual#2', document: 'd1', indicator: 'a', year: 2020, kind: 'actual', quote: '约10万亿元左右', as_written: '10万亿元左右' },
        { id: 'd2/a/2025/target', document: 'd2', indicator: 'a', year: 2025, kind: 'target', quote: '力争17万亿元', as_written: '17万亿' },
        { id: 'd3/a/2021/actual', document: 'd3', indicator: 'a', year: 2021, kind: 'actual', quote: '13.1万亿元', as_written: '13.1万亿元', note: ['d1', 'd3'] },
      ],
      notes: [{ id: 'n1', documents: ['d3', 'd1'], text: 'a "quoted" \\ note\n' }],
      empty: [],
    };
    const entries = encodeDataset(data);
    const observations = entries.find(([key]) => key === 'observations')[2];
    const [, keys, , , columns, refs, tails] = observations;
    assert.equal(columns[keys.indexOf('id')], 0, 'ids that follow the rule are derived, not written');
    assert.equal(refs[keys.indexOf('document')], 0, 'documents are positions in the first list');
    assert.ok(keys.indexOf('as_written') in tails, 'as_written is written as the length of the quote’s tail');
    assert.deepEqual(decodeDataset(entries), data);
    assert.equal(JSON.stringify(await load(datasetModule(data))), JSON.stringify(data));
  });

  it('writes a field of nested records (a document’s copies) as one list and a count per record', async () => {
    const data = {
      documents: [
        { id: 'a', copies: [{ url: 'https://x.example/1', role: 'passage' }, { url: 'https://y.example/2', role: 'corroborating', remark: 'r' }] },
        { id: 'b' },
        { id: 'c', copies: [] },
        { id: 'd', copies: [{ role: 'passage', url: 'https://z.example/3' }] },
      ],
      notes: [{ id: 'n', documents: ['d', 'a'] }],
    };
    const [, , , , columns, , , nested] = encodeDataset(data)[0][2];
    assert.deepEqual(columns[1], [2, 0, 0, 1], 'counts per record');
    assert.equal(nested[1][0], 3, 'the three copies as one list');
    assert.deepEqual(decodeDataset(encodeDataset(data)), data);
    assert.equal(JSON.stringify(await load(datasetModule(data))), JSON.stringify(data));
  });

  it('keeps ids that do not follow the rule as written', async () => {
    const data = { observations: [
      { id: 'custom', document: 'd', indicator: 'a', year: 2020, kind: 'actual' },
      { id: 'd/a/2021/actual', document: 'd', indicator: 'a', year: 2021, kind: 'actual' },
    ] };
    assert.notEqual(encodeDataset(data)[0][2][4][0], 0);
    assert.equal(JSON.stringify(await load(datasetModule(data))), JSON.stringify(data));
  });

  it('throws rather than write a module that would not rebuild the JSON', () => {
    // A "__proto__" key set by assignment changes the record's prototype instead.
    const data = JSON.parse('{"items":[{"id":"a","__proto__":{"x":1}}]}');
    assert.throws(() => datasetModule(data, 'weird.json'), /weird\.json: the column encoding does not rebuild the JSON exactly/);
  });
});

describe('derivedIds(list)', () => {
  it('derivedIds(observations) numbers repeats #2, #3 and is null when a field is missing', () => {
    const o = { document: 'd', indicator: 'a', year: 2020, kind: 'target' };
    assert.deepEqual(derivedIds([o, o, { ...o, year: 2021 }, o]), ['d/a/2020/target', 'd/a/2020/target#2', 'd/a/2021/target', 'd/a/2020/target#3']);
    assert.equal(derivedIds([o, { id: 'x' }]), null);
  });
});

describe('the dataset-columns plugin', () => {
  it('transforms only the dataset file, and names it when the encoding fails', () => {
    const plugin = datasetColumns('data/ec-dataset.json');
    const context = { error: (e) => { throw e; } };
    assert.equal(plugin.transform.call(context, '{}', '/elsewhere/other.json'), null);
    assert.match(plugin.transform.call(context, JSON.stringify(dataset), `${process.cwd()}/data/ec-dataset.json`).code, /^function derivedIds/);
    assert.throws(() => plugin.transform.call(context, '{"items":[{"id":"a","__proto__":{}}]}', 'data/ec-dataset.json'), /data\/ec-dataset\.json: the column encoding/);
  });
});
