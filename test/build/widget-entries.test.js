// build/widget-entries.js: the build finds a file per widget from src/components/*/define.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sideEffectsEntry, sideEffectsOnly, widgetEntries, widgetTypes } from '../../build/widget-entries.js';

describe('widgetEntries(componentsDir)', () => {
  it('lists every src/components/*/define.ts with the tag it defines', () => {
    const entries = widgetEntries();
    const tags = entries.map((e) => e.tag);
    assert.ok(tags.includes('ec-indicator') && tags.includes('ec-target-gauge'), tags.join(', '));
    for (const { tag, input } of entries) assert.match(input, /^src\/components\/[a-z-]+\/define\.ts$/, tag);
  });

  it('picks up a new widget folder, skips folders without a define.ts, sorts by tag', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ec-widget-entries-'));
    try {
      const widget = async (folder, source) => {
        await mkdir(join(dir, folder));
        if (source !== undefined) await writeFile(join(dir, folder, 'define.ts'), source);
      };
      await widget('zeta', "defineOnce('ec-zeta', EcZeta);\n");
      await widget('plan-scorecard', "import { defineOnce } from '../../internal/define.js';\ndefineOnce(\n  \"ec-plan-scorecard\",\n  EcPlanScorecard,\n);\n");
      await widget('shared');
      assert.deepEqual(widgetEntries(dir), [
        { tag: 'ec-plan-scorecard', input: join(dir, 'plan-scorecard', 'define.ts') },
        { tag: 'ec-zeta', input: join(dir, 'zeta', 'define.ts') },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('throws, naming the file, when a define.ts defines no tag or two', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ec-widget-entries-'));
    try {
      await mkdir(join(dir, 'two'));
      await writeFile(join(dir, 'two', 'define.ts'), "defineOnce('ec-a', A);\ndefineOnce('ec-b', B);\n");
      assert.throws(() => widgetEntries(dir), /two\/define\.ts: expected one defineOnce\('<tag>', …\) call, found 2/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('sideEffectsEntry()', () => {
  it('resolves sideEffectsOnly(path) to a module that only imports the path', () => {
    const plugin = sideEffectsEntry();
    const id = sideEffectsOnly('src/components/indicator/define.ts');
    assert.equal(plugin.resolveId(id), id);
    assert.equal(plugin.resolveId('./other.js'), null);
    assert.equal(plugin.load(id), `import ${JSON.stringify(join(process.cwd(), 'src/components/indicator/define.ts'))};\n`);
    assert.equal(plugin.load('/src/other.ts'), null);
  });
});

describe('widgetTypes(widget)', () => {
  it('writes <tag>.min.d.ts, which registers the tag through its define.ts and exports nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ec-widget-types-'));
    try {
      await widgetTypes({ tag: 'ec-indicator', input: 'src/components/indicator/define.ts' }, dir).writeBundle();
      const text = await readFile(join(dir, 'ec-indicator.min.d.ts'), 'utf8');
      assert.match(text, /^import '\.\/src\/components\/indicator\/define\.js';$/m);
      assert.match(text, /^export \{\};$/m);
      assert.doesNotMatch(text, /export \{ ?\w/, 'names nothing the script does not export');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
