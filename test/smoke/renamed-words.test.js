// The script files rename the message catalogue's keys (build/catalogue-keys.js); the ES build
// keeps them. A key renamed in one place and read by its old name in another would show a
// reader "undefined" or throw, so this suite draws the same widgets, in both languages and in
// their error and notice states, from the ES build and from each script file, opens every
// disclosure and menu, and requires the same words: every text, every accessible name, every
// console warning.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { importMap, withSiteAndBrowser } from './browser.js';
import { root, stagePage } from './staging.js';

const dist = `${root}dist/`;
const SINGLE = 'ec-widgets.min.js';
const widgetFiles = existsSync(dist) ? readdirSync(dist).filter((f) => /^ec-[a-z0-9-]+\.min\.js$/.test(f) && f !== SINGLE).sort() : [];

/** Attribute sets that reach the catalogue's words: charts, verdicts, notices and errors. */
const CASES = {
  'ec-indicator': [
    'indicator="online-retail-sales"',
    'indicator="ecommerce-transactions" as-of="2024-06-30"',
    'indicator="rural-online-retail-sales"',
    'indicator="cross-border-ecommerce"',
    'indicator="ecommerce-employment" type="bar"',
    'indicator="online-retail-sales" compact',
    'indicator="online-retail-sales" as-of="soon"',
    `indicator="online-retail-sales" observations='[{"year":2026,"value":17.5,"source":"A newsroom estimate"},{"year":"x","value":1}]'`,
    'indicator="online-retail"',
    '',
  ],
  'ec-target-gauge': [
    'indicator="online-retail-sales" target-year="2025"',
    'indicator="online-retail-sales" target-year="2020"',
    'indicator="ecommerce-transactions" target-year="2025"',
    'indicator="ecommerce-employment" target-year="2025"',
    'indicator="online-retail-sales" target-year="2030"',
    'indicator="online-retail-sales" target-year="soon"',
    'indicator="online-retail-sales" target-year="2025" value="-3" value-year="2024"',
    'indicator="online-retail-sales" target-year="2025" value="16"',
    'indicator="online-retail-sales" target-year="2025" value-year="2024"',
    'indicator="online-retail-sales" target-year="2025" value="16.5" value-year="2021" value-source="A newsroom estimate"',
    'indicator="no-such-indicator"',
  ],
  'ec-plan-scorecard': [
    'document="plan-14th"',
    'document="plan-13th"',
    'document="plan-14th" indicators="online-retail-sales,online-retail,no-such-one"',
    'document="plan-14th" target-year="1999"',
    'document="plan-9th"',
    '',
  ],
};

const markup = (tags) =>
  tags
    .flatMap((tag) => CASES[tag].flatMap((attrs) => ['en', 'zh-CN'].map((lang) => `<${tag} ${attrs} lang="${lang}" loading="eager" style="display:block;width:520px"></${tag}>`)))
    .join('\n');

const writePage = (name, head, tags) => stagePage('renamed-words', name, { head: `  ${head}`, body: markup(tags) });

/**
 * What a reader and a developer get from every widget on the page once it has settled, with
 * every disclosure, toggle and menu in it opened: its text and the attributes that name or
 * describe things, in document order, shadow trees included.
 */
function readEverything() {
  const settle = async (els) => {
    for (let round = 0; round < 20; round++) {
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      if (!els.some((el) => el.isUpdatePending)) return;
    }
  };
  const NAMED = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'role', 'aria-expanded'];
  const read = (node, out) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.localName === 'style') return;
      for (const name of NAMED) if (node.hasAttribute(name)) out.push(`@${name}=${node.getAttribute(name)}`);
      if (node.shadowRoot) read(node.shadowRoot, out);
    }
    for (const child of node.childNodes) read(child, out);
  };
  return (async () => {
    const els = [...document.querySelectorAll('ec-indicator, ec-target-gauge, ec-plan-scorecard')];
    await settle(els);
    // Each widget in turn: open what is closed (the sources, the table, the download menu, whose
    // items name the downloads) and read it before the next, whose clicks may close its menu.
    const readOpened = async (el) => {
      for (const button of el.shadowRoot?.querySelectorAll('button') ?? []) {
        if (button.getAttribute('aria-expanded') !== 'true' && !button.closest('[role="menu"]')) button.click();
      }
      for (const details of el.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
      await settle([el]);
      const out = [];
      read(el, out);
      return `${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}\n  ${out.join('\n  ')}`;
    };
    const texts = [];
    for (const el of els) texts.push(await readOpened(el));
    return texts;
  })();
}

const smoke = withSiteAndBrowser();

async function wordsOf(path) {
  const { page, problems } = await smoke.open(path, { warnings: true });
  const widgets = await page.evaluate(readEverything);
  await page.close();
  return { widgets, problems };
}

const allTags = Object.keys(CASES);

describe('the script files show the same words as the ES build (the catalogue keys they rename)', { skip: !existsSync(`${dist}${SINGLE}`) && 'run `npm run build` first' }, () => {
  let reference;
  const referenceFor = async () => {
    reference ??= await wordsOf(await writePage('es-build', `<script type="importmap">${JSON.stringify(importMap())}</script>\n  <script type="module" src="/dist/ec-widgets.js"></script>`, allTags));
    return reference;
  };

  it('the ES build draws every case with words (the reference is not empty)', async () => {
    const { widgets } = await referenceFor();
    assert.equal(widgets.length, allTags.reduce((n, tag) => n + CASES[tag].length * 2, 0));
    for (const widget of widgets) assert.ok(widget.split('\n').length > 1, `no words in ${widget}`);
    // Words from each widget's own part of the catalogue, in both languages.
    const all = widgets.join('\n');
    for (const words of ['Sources and notes', '来源与说明', 'of target', '目标完成度', 'Sources and quotes', '来源与原文', 'Download']) assert.ok(all.includes(words), words);
  });

  for (const file of [SINGLE, ...widgetFiles]) {
    const tags = file === SINGLE ? allTags : allTags.filter((tag) => file === `${tag}.min.js`);
    it(`dist/${file}: every text, name and warning as the ES build has them`, async () => {
      const { widgets: expected, problems: expectedProblems } = await referenceFor();
      const { widgets, problems } = await wordsOf(await writePage(file.replace(/\.min\.js$/, ''), `<script src="/dist/${file}"></script>`, tags));
      const wanted = expected.filter((w) => tags.some((tag) => w.startsWith(`${tag} `)));
      assert.deepEqual(widgets, wanted);
      // The warnings, without where they were logged from (the file names differ).
      const text = (list) => list.map((p) => p.replace(/ \(http[^)]*\)$/, '')).filter((p) => tags.some((tag) => p.includes(`<${tag}>`)));
      assert.deepEqual(text(problems), text(expectedProblems));
      assert.ok(!widgets.join('\n').includes('undefined'), 'no "undefined" shown');
    });
  }
});
