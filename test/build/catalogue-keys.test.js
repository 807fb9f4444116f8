// build/catalogue-keys.js: which of the catalogue's keys the script files may rename, on small
// made-up source trees, and on the real one what it keeps and why. The end-to-end check (the
// script files show the words the ES build shows) is test/smoke/renamed-words.test.js.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { minify } from 'terser';
import { keysPattern, renameableCatalogueKeys } from '../../build/catalogue-keys.js';

/** Writes `files` ({ path: text }) under a new folder and runs the selection on it. */
async function select(files) {
  const dir = await mkdtemp(join(tmpdir(), 'catalogue-keys-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return renameableCatalogueKeys({ catalogue: join(dir, 'src/format/messages.ts'), sources: join(dir, 'src') });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CATALOGUE = `
export interface Messages {
  showTable: string;
  status: { achieved: string };
  unknownIndicator(id: string): string;
  year: string;
  chart: string;
}
export interface GaugeMessages extends Messages {
  ofTarget: string;
}
interface Other { hideTable: string }
const zh: Messages = { showTable: '显示', status: { achieved: '已实现' }, unknownIndicator: (id) => id, year: '年份', chart: '图表' };
const gaugeZh: GaugeMessages = { ...zh, ofTarget: '完成度' };
`;

describe('renameableCatalogueKeys', () => {
  it('renames the top-level keys of the …Messages tables that nothing else names', async () => {
    const { keys } = await select({ 'src/format/messages.ts': CATALOGUE, 'src/view.ts': 'export const f = (m: any) => m.showTable + m.ofTarget;' });
    assert.deepEqual(keys, ['chart', 'ofTarget', 'showTable', 'status', 'unknownIndicator', 'year']);
  });

  it('keeps a key another interface, class or object literal declares, and a nested table’s keys', async () => {
    const { keys, kept } = await select({
      'src/format/messages.ts': CATALOGUE,
      'src/data/types.ts': 'export interface Observation { year: number }',
      'src/element.ts': 'export class El { chart = 1; }',
    });
    assert.deepEqual(keys, ['ofTarget', 'showTable', 'status', 'unknownIndicator']);
    assert.deepEqual(kept.map(([k]) => k), ['chart', 'year']);
    assert.match(kept.find(([k]) => k === 'year')[1], /declared in .*types\.ts/);
  });

  it('keeps a key that a string or template text names anywhere (a lookup by name, a CSS class)', async () => {
    const { keys, kept } = await select({
      'src/format/messages.ts': CATALOGUE,
      'src/view.ts': "export const f = (m: any, k: 'showTable') => m[k];",
      'src/styles.ts': 'export const s = `.chart { color: red } ${1} .unknownIndicator {}`;',
    });
    assert.deepEqual(keys, ['ofTarget', 'status', 'year']);
    assert.deepEqual(kept.map(([k]) => k), ['chart', 'showTable', 'unknownIndicator']);
  });

  it('throws when the catalogue is not among the sources', async () => {
    await assert.rejects(() => select({ 'src/view.ts': 'export const a = 1;' }), /not under/);
  });
});

describe('keysPattern with terser, as the script files use it', () => {
  it('renames the keys it names, consistently, and leaves other properties and quoted keys alone', async () => {
    const code = 'window.out = (function () { const m = { showTable: "Show", hideTable: "Hide", "ofTarget": "x" }; return [m.showTable, m.hideTable, m.ofTarget]; })();';
    const { code: out } = await minify(code, { compress: false, mangle: { properties: { regex: keysPattern(['showTable', 'ofTarget']), keep_quoted: true } } });
    assert.ok(!out.includes('showTable'), out);
    assert.ok(out.includes('hideTable') && out.includes('ofTarget'), out);
    const context = { window: {} };
    runInNewContext(out, context);
    assert.deepEqual([...context.window.out], ['Show', 'Hide', 'x']);
  });

  it('is null for no keys (terser then renames no property)', () => {
    assert.equal(keysPattern([]), null);
  });
});

describe('on the real catalogue', () => {
  it('renames most keys and keeps the ones the data, the elements and the styles also name', () => {
    const { keys, kept } = renameableCatalogueKeys();
    assert.ok(keys.length > 60, `${keys.length} keys renamed`);
    const keptNames = kept.map(([k]) => k);
    // Named by the dataset's types, by lookups on a figure's kind, and by CSS classes.
    for (const name of ['year', 'documents', 'actual', 'status', 'notes']) assert.ok(keptNames.includes(name), name);
    for (const name of ['showTable', 'unknownIndicator', 'gaugePassed', 'headline'].filter((n) => !keptNames.includes(n))) assert.ok(keys.includes(name), name);
  });
});
