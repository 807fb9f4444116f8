// test/perf/size.js as a gate: it passes files within their ceilings, and fails, naming the
// file, when one is over its ceiling or missing. Run on made-up dist folders.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs size.js on a folder holding `files` ({ name: contents }); resolves to its exit status and output. */
async function sizeOf(files) {
  const dir = await mkdtemp(join(tmpdir(), 'ec-size-'));
  try {
    for (const [name, contents] of Object.entries(files)) await writeFile(join(dir, name), contents);
    const run = spawnSync(process.execPath, ['test/perf/size.js', dir], { encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const script = (text) => `(()=>{${text}})();`;
const small = {
  'ec-widgets.min.js': script('customElements.define("ec-indicator",class{})'),
  'ec-indicator.min.js': script('1'),
  'ec-plan-scorecard.min.js': script('3'),
  'ec-target-gauge.min.js': script('2'),
};
/** The ceiling the budget table prints for `name`. */
const ceilingIn = (out, name) => out.match(new RegExp(`dist/${name.replace(/\./g, '\\.')} .*?([\\d.]+ KB)\\s+within`))?.[1];

describe('npm run size', () => {
  it('passes when every script file is within its ceiling, and lists each with its budget', async () => {
    const { status, out } = await sizeOf(small);
    assert.equal(status, 0, out);
    for (const name of Object.keys(small)) assert.match(out, new RegExp(`dist/${name.replace(/\./g, '\\.')} .*within`));
  });

  it('fails, naming the file, when a per-widget file is over its ceiling', async () => {
    // Random bytes do not compress: 60 KB of them is over every ceiling.
    const { status, out } = await sizeOf({ ...small, 'ec-target-gauge.min.js': randomBytes(60_000).toString('base64') });
    assert.equal(status, 1);
    assert.match(out, /dist\/ec-target-gauge\.min\.js is [\d.]+ KB gzip \(\d+ bytes\), \d+ bytes over its [\d.]+ KB ceiling/);
  });

  it('holds a widget file the build has no ceiling for to the single file’s', async () => {
    const single = ceilingIn((await sizeOf(small)).out, 'ec-widgets.min.js');
    assert.ok(single, 'the single file’s ceiling is printed');
    const { status, out } = await sizeOf({ ...small, 'ec-new-widget.min.js': randomBytes(100_000).toString('base64') });
    assert.equal(status, 1);
    assert.match(out, new RegExp(`dist/ec-new-widget\\.min\\.js is .* over its ${single.replace('.', '\\.')} ceiling`));
  });

  it('holds the scorecard’s file to its own ceiling', async () => {
    const { status, out } = await sizeOf({ ...small, 'ec-plan-scorecard.min.js': randomBytes(60_000).toString('base64') });
    assert.equal(status, 1);
    assert.match(out, /dist\/ec-plan-scorecard\.min\.js is [\d.]+ KB gzip \(\d+ bytes\), \d+ bytes over its [\d.]+ KB ceiling/);
  });

  it('fails when a file with a budget is missing', async () => {
    const { 'ec-indicator.min.js': _, ...rest } = small;
    const { status, out } = await sizeOf(rest);
    assert.equal(status, 1);
    assert.match(out, /dist\/ec-indicator\.min\.js is missing/);
  });
});
