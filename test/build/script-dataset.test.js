// build/script-dataset.js: the script files' dataset is the full dataset minus exactly the
// provenance fields it declares, the column encoding rebuilds it, and nothing under src/ reads
// a field it leaves out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetColumns } from '../../build/dataset-columns.js';
import { KEPT_COPY_FIELDS, SCRIPT_FILE_DROPS, scriptFileDataset } from '../../build/script-dataset.js';

const DATASET = 'data/ec-dataset.json';
const dataset = JSON.parse(readFileSync(DATASET, 'utf8'));
const dropped = Object.keys(SCRIPT_FILE_DROPS.documents);
/** The default export of the module text `code`, loaded as the built file would load it. */
const load = async (code) => (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default;

/** The text of every .ts file under src/ but the type declarations, by path. */
function sources(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && path !== join('src', 'data', 'types.ts') ? [[path, readFileSync(path, 'utf8')]] : [];
  });
}
const src = sources();

/**
 * The dataset field names `text` may read: every word in it, and `<base>_zh`/`<base>_en` for
 * each `localized(record, '<base>', …)`. Generous on purpose: a name that appears at all counts
 * as read, so the check errs on the side of keeping a field.
 */
function namesIn(text) {
  const names = new Set(text.match(/[A-Za-z_$][\w$]*/g));
  for (const [, base] of text.matchAll(/\blocalized\([^,()]+,\s*['"](\w+)['"]/g)) names.add(`${base}_zh`).add(`${base}_en`);
  return names;
}
const readInSrc = new Set(src.flatMap(([, text]) => [...namesIn(text)]));

/** Fields of the TypeScript interface `name` in src/data/types.ts. */
function interfaceFields(name) {
  const types = readFileSync('src/data/types.ts', 'utf8');
  const body = types.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`))?.[1];
  assert.ok(body, `interface ${name} in src/data/types.ts`);
  return [...body.matchAll(/^\s{2}(\w+)\??:/gm)].map((m) => m[1]);
}

describe('scriptFileDataset(data)', () => {
  const packed = scriptFileDataset(dataset);

  it('is the dataset minus exactly the declared document fields, each copy list reduced to its passage copy’s role and language', () => {
    assert.deepEqual(Object.keys(packed), Object.keys(dataset));
    for (const key of Object.keys(dataset)) if (key !== 'documents') assert.deepEqual(packed[key], dataset[key], key);
    assert.equal(packed.documents.length, dataset.documents.length);
    dataset.documents.forEach((full, i) => {
      const doc = packed.documents[i];
      assert.deepEqual(Object.keys(doc), Object.keys(full).filter((k) => !dropped.includes(k)), full.id);
      for (const [field, value] of Object.entries(doc)) {
        if (field === 'copies') continue;
        assert.deepEqual(value, full[field], `${full.id}.${field}`);
      }
      if (!('copies' in full)) return;
      const passages = full.copies.filter((c) => c.role === 'passage');
      assert.equal(passages.length, 1, `${full.id}: one passage copy`);
      assert.deepEqual(doc.copies, [{ role: 'passage', language: passages[0].language }], full.id);
    });
  });

  it('leaves its argument as it was', () => {
    const before = JSON.stringify(dataset);
    scriptFileDataset(dataset);
    assert.equal(JSON.stringify(dataset), before);
  });

  it('is what the script files’ dataset module rebuilds, through the column encoding and its decoder', async () => {
    const plugin = datasetColumns(DATASET, scriptFileDataset);
    const { code } = plugin.transform.call({ error: (e) => { throw e; } }, readFileSync(DATASET, 'utf8'), `${process.cwd()}/${DATASET}`);
    assert.equal(JSON.stringify(await load(code)), JSON.stringify(packed));
  });

  it('drops fields the dataset has, so each declared drop does something', () => {
    for (const field of dropped) assert.ok(dataset.documents.some((d) => field in d), field);
    assert.ok(dataset.documents.some((d) => d.copies?.length > 1), 'some release was read in several copies');
  });
});

describe('what src/ reads of a document, the script files keep', () => {
  it('finds the document fields src/ reads (the check below is not vacuous)', () => {
    // Read directly (d.date, d.copies), through localized(d, 'title', lang), and as issuer_short_*.
    for (const field of ['date', 'copies', 'title_zh', 'title_en', 'short_zh', 'short_en', 'issuer_zh', 'issuer_short_en']) {
      assert.ok(readInSrc.has(field), field);
    }
  });

  it('keeps every document field a file under src/ names', () => {
    const documentFields = new Set([...interfaceFields('SourceDocument'), ...dataset.documents.flatMap(Object.keys)]);
    const readButDropped = [...documentFields].filter((f) => readInSrc.has(f) && dropped.includes(f));
    const files = (f) => src.filter(([, text]) => namesIn(text).has(f)).map(([path]) => path);
    assert.deepEqual(
      readButDropped.map((f) => `${f}: ${files(f).join(', ')}`),
      [],
      'src/ reads these: keep them in the script files (build/script-dataset.js)',
    );
  });

  it('of a release’s copies, src/ reads only the fields kept', () => {
    const copyFields = interfaceFields('ReleaseCopy');
    assert.ok(KEPT_COPY_FIELDS.every((f) => copyFields.includes(f)), 'kept fields are ReleaseCopy’s');
    // A property read: x.f, x?.f, x['f'], { f } or { f: … } (not a spread, ...f).
    const reads = (text, field) => new RegExp(`((?<!\\.\\.)\\.|\\?\\.|\\[\\s*['"]|[{,]\\s*)${field}\\b`).test(text);
    const readsCopies = (text) => /\bcopies\b|\bReleaseCopy\b/.test(text);
    assert.ok(src.some(([, text]) => readsCopies(text)), 'some file reads copies (the scorecard)');
    // Fields only a copy has (confirms, remark_en, official) may be read nowhere; one that other
    // records have too (a supplied figure's url) not in a file that reads copies.
    const otherFields = new Set(['SourceDocument', 'Indicator', 'Observation', 'DatasetNote', 'SuppliedObservation'].flatMap(interfaceFields));
    const problems = [];
    for (const field of copyFields.filter((f) => !KEPT_COPY_FIELDS.includes(f))) {
      for (const [path, text] of src) {
        if ((readsCopies(text) || !otherFields.has(field)) && reads(text, field)) problems.push(`${path} reads ${field}`);
      }
    }
    assert.deepEqual(problems, [], 'keep these in the script files (KEPT_COPY_FIELDS in build/script-dataset.js)');
  });
});
