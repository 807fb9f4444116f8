// The per-widget files, dist/<tag>.min.js, as a page uses them: each alone, beside the others
// and beside the single file, in any order and twice, under the strict Content-Security-Policy
// of a government portal. Each file must define its own tag and no other, leak no global,
// draw from the dataset it carries (no request but the page's own files), and never break a
// page that loads another build too. The pages are written for the files the build made, so a
// new widget's file is tested as soon as it exists.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { withSiteAndBrowser } from './browser.js';
import { root, stagePage } from './staging.js';
import { COMPILE_HINT } from '../../build/compile-hint.js';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
const PROBE = '/test/smoke/pages/hostile-probe.js';
const SINGLE = 'ec-widgets.min.js';
const dist = `${root}dist/`;
const widgetFiles = existsSync(dist) ? readdirSync(dist).filter((f) => /^ec-[a-z0-9-]+\.min\.js$/.test(f) && f !== SINGLE).sort() : [];
const tagOf = (file) => file.replace(/\.min\.js$/, '');
const tags = widgetFiles.map(tagOf);

/** Markup for a tag: known widgets get real cases (a chart, and an unknown id where it reads one); another tag gets a bare element. */
const SAMPLES = {
  'ec-indicator': '<ec-indicator indicator="online-retail-sales" loading="eager" lang="en"></ec-indicator>\n<ec-indicator indicator="no-such-indicator" loading="eager"></ec-indicator>',
  'ec-target-gauge': '<ec-target-gauge indicator="online-retail-sales" target-year="2020" loading="eager"></ec-target-gauge>\n<ec-target-gauge indicator="no-such-indicator" loading="eager"></ec-target-gauge>',
  'ec-plan-scorecard': '<ec-plan-scorecard document="plan-14th" loading="eager" lang="en"></ec-plan-scorecard>',
};
const sample = (tag) => SAMPLES[tag] ?? `<${tag} loading="eager"></${tag}>`;

/** Writes a page that loads `scripts` (names in dist/) in order with the widgets `widgetTags`; resolves to its path on the server. */
const page = (name, scripts, widgetTags) =>
  stagePage('per-widget', name, {
    lang: 'zh-CN',
    head: [`  <script src="${PROBE}"></script>`, ...scripts.map((s) => `  <script src="/dist/${s}"></script>`)].join('\n'),
    body: widgetTags.map(sample).join('\n'),
  });

/** The served repository and Chromium, set up by the browser suite (see browser.js). */
let smoke;

/**
 * Opens `path`, waits until every widget of `widgetTags` shows a chart or a message and the
 * network is idle; resolves to what the page did: tags defined, globals added, violations,
 * problems and requests.
 */
async function visit(path, widgetTags) {
  const { page, problems, requests } = await smoke.open(path, { warnings: true, failedRequests: true, httpErrors: true });
  const selector = widgetTags.join(',');
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.querySelector('svg, [part~="message"], table')),
    { timeout: 10000 },
    selector,
  );
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
  const seen = await page.evaluate((all) => ({
    defined: all.filter((t) => customElements.get(t)),
    api: typeof window.ecWidgets,
    violations: window.__hostile.violations,
    errors: window.__hostile.errors,
    messages: [...document.querySelectorAll('[indicator="no-such-indicator"]')].map((el) => el.shadowRoot.querySelector('[part~="message"]')?.textContent.trim() ?? ''),
  }), allTags());
  const count = await page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
  await page.close();
  // A widget given bad input warns once, naming itself (the rule for bad input); anything
  // else reported is a problem.
  const warning = (p) => /^console\.warn: <ec-[a-z-]+> /.test(p);
  const warnings = problems.filter(warning);
  assert.ok(warnings.length <= count, `at most one warning per widget: ${warnings.join(' | ')}`);
  assert.equal(warnings.filter((w) => w.includes('no-such-indicator')).length, seen.messages.length, 'one warning per unknown indicator');
  return { ...seen, problems: problems.filter((p) => !warning(p)), requests: requests.filter((u) => !u.startsWith('data:')).map((u) => new URL(u).pathname) };
}

/** Every tag of every build, once. */
const allTags = () => [...new Set([...tags, ...knownTags()])];

/** Tags the single file defines (from the manifest the build writes), for "defines no other tag". */
function knownTags() {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  return [...new Set(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName))];
}

describe(`the per-widget files under "${CSP}"`, () => {
  smoke = withSiteAndBrowser({ headers: { 'Content-Security-Policy': CSP } });
  let baselineGlobals;
  before(async () => {
    // The window's own properties on a page with the probe alone, against which each file's are compared.
    const path = await page('baseline', [], []);
    const { page: p } = await smoke.open(path);
    baselineGlobals = await p.evaluate(() => Object.getOwnPropertyNames(window));
    await p.close();
  });

  it('the build made a file for each widget folder, ec-indicator and ec-target-gauge among them', () => {
    assert.ok(tags.includes('ec-indicator') && tags.includes('ec-target-gauge'), `dist/ has ${widgetFiles.join(', ') || 'none'}: run \`npm run build\` first`);
  });

  for (const file of widgetFiles) {
    const tag = tagOf(file);
    it(`dist/${file} alone defines <${tag}> only, draws it, and requests nothing else`, async () => {
      const path = await page(`alone-${tag}`, [file], [tag]);
      const seen = await visit(path, [tag]);
      assert.deepEqual(seen.defined, [tag], 'tags defined');
      assert.equal(seen.api, 'undefined', 'no window.ecWidgets: that is the single file’s');
      assert.deepEqual(seen.violations, [], 'CSP violations');
      assert.deepEqual([...seen.errors, ...seen.problems], [], 'errors, warnings, failed requests');
      assert.deepEqual(seen.requests, [path, PROBE, `/dist/${file}`], 'requests');
      if (SAMPLES[tag]) assert.ok(seen.messages.every((m) => m.includes('no-such-indicator')), `an unknown id is named in the widget: ${JSON.stringify(seen.messages)}`);
    });

    it(`dist/${file} leaks no global but Lit's own (its version lists and property metadata)`, async () => {
      const path = await page(`globals-${tag}`, [file], [tag]);
      const { page: p, problems } = await smoke.open(path);
      await p.waitForFunction((t) => customElements.get(t), { timeout: 10000 }, tag);
      const added = (await p.evaluate(() => Object.getOwnPropertyNames(window))).filter((n) => !baselineGlobals.includes(n));
      await p.close();
      // puppeteer's own helpers arrive with its first query.
      const ours = added.filter((n) => !/^(puppeteer_|__ariaQuerySelector)/.test(n));
      assert.deepEqual(ours.filter((n) => !/^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata)$/.test(n)), []);
      assert.deepEqual(problems, []);
    });
  }

  it('every per-widget file and the single file, in either order, define each tag once and draw, with no error', async () => {
    const all = allTags();
    for (const [name, scripts] of [
      ['widgets-then-single', [...widgetFiles, SINGLE]],
      ['single-then-widgets', [SINGLE, ...widgetFiles]],
      ['widgets-twice', [...widgetFiles, ...[...widgetFiles].reverse()]],
    ]) {
      const path = await page(name, scripts, all);
      const seen = await visit(path, all);
      assert.deepEqual(seen.defined.sort(), [...all].sort(), `${name}: tags defined`);
      assert.deepEqual(seen.violations, [], `${name}: CSP violations`);
      assert.deepEqual([...seen.errors, ...seen.problems], [], `${name}: errors, warnings, failed requests`);
      assert.deepEqual(seen.requests, [path, PROBE, ...new Set(scripts.map((s) => `/dist/${s}`))], `${name}: requests`);
      assert.equal(seen.api, scripts.includes(SINGLE) ? 'object' : 'undefined', `${name}: window.ecWidgets`);
    }
  });
});

describe('what each per-widget file carries', () => {
  const dataset = JSON.parse(readFileSync(`${root}data/ec-dataset.json`, 'utf8'));
  for (const file of widgetFiles) {
    it(`dist/${file} holds every quote of the dataset and no other widget's tag`, () => {
      const code = readFileSync(`${dist}${file}`, 'utf8');
      // A quote is a string literal of the file, as written or with JSON's escapes.
      const missing = dataset.observations.filter((o) => !code.includes(o.quote) && !code.includes(JSON.stringify(o.quote).slice(1, -1)));
      assert.deepEqual(missing.map((o) => o.id), [], 'observations whose quote is not in the file');
      const others = allTags().filter((t) => t !== tagOf(file) && code.includes(`"${t}"`));
      assert.deepEqual(others, [], 'other widgets’ tags in the file');
    });
  }
});

describe('the compile hint (build/compile-hint.js)', () => {
  for (const file of [SINGLE, ...widgetFiles]) {
    it(`dist/${file} opens with it, and its source map skips that line`, () => {
      const code = readFileSync(`${dist}${file}`, 'utf8');
      assert.equal(code.slice(0, code.indexOf('\n')), COMPILE_HINT);
      // The first line has no mapping segment; the code's first segment is on line 2.
      const { mappings } = JSON.parse(readFileSync(`${dist}${file}.map`, 'utf8'));
      assert.match(mappings, /^;[A-Za-z0-9+/]/);
    });
  }
});
