// The built single file, as a news page uses it: a plain <script src>, no module loader.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { definedTags, withSiteAndBrowser } from './browser.js';

const smoke = withSiteAndBrowser();
const tags = await definedTags();

/** Opens a page, collecting console errors, uncaught exceptions, failed requests, HTTP errors and requested URLs. */
const open = (path) => smoke.open(path, { failedRequests: true, httpErrors: true });

describe('dist/ec-widgets.min.js in a plain page', () => {
  for (const name of ['plain', 'twice', 'defer', 'async']) {
    it(`${name}.html: exposes the dataset API, upgrades every tag, no errors`, async () => {
      const { page, problems } = await open(`/test/smoke/pages/${name}.html`);
      await page.waitForFunction(() => window.ecWidgets !== undefined, { timeout: 10000 });
      const api = await page.evaluate(() => ({
        indicators: window.ecWidgets.listIndicators().length,
        transactions2020: window.ecWidgets.series('ecommerce-transactions').find((p) => p.year === 2020)?.value,
        retail2020: window.ecWidgets.outcome(window.ecWidgets.targets('online-retail-sales').find((t) => t.year === 2020)).ratio,
      }));
      assert.ok(api.indicators >= 50, `listIndicators() has ${api.indicators} indicators`);
      assert.equal(api.transactions2020, 37.2);
      assert.equal(Math.round(api.retail2020 * 100), 118);
      for (const tag of tags) {
        const upgraded = await page.waitForFunction(
          (t) => [...document.querySelectorAll(t)].every((el) => el.shadowRoot && el.shadowRoot.querySelector('svg, [part~="message"]')),
          { timeout: 10000 }, tag,
        ).then(() => true, () => false);
        assert.ok(upgraded, `<${tag}> upgraded and drew in ${name}.html`);
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('carries no CSS parser: the download reads the browser\'s cascade, styles.ts is the command line\'s', async () => {
    const map = JSON.parse(await readFile(new URL('../../dist/ec-widgets.min.js.map', import.meta.url), 'utf8'));
    const sources = map.sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
    assert.ok(sources.includes('src/export/inline-computed.ts'), 'inline-computed.ts is in the single file');
    assert.ok(!sources.includes('src/export/styles.ts'), 'styles.ts is not in the single file');
  });
});

describe('example pages', async () => {
  const pages = (await readdir(new URL('../../stories/examples/', import.meta.url))).filter((f) => f.endsWith('.html'));
  it('there are example pages', () => assert.ok(pages.length >= 2, `found ${pages.join(', ')}`));
  for (const file of pages) {
    it(`${file} requests nothing but its own files and draws its widgets`, async () => {
      const { page, problems, requests } = await open(`/stories/examples/${file}`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
      const foreign = requests.filter((url) => !url.startsWith(`${smoke.site.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
      assert.deepEqual(foreign, [], 'requests outside the page’s own server');
      assert.deepEqual(problems, []);
      const count = await page.evaluate((t) => document.querySelectorAll(t.join(',')).length, tags.length ? tags : ['ec-none']);
      assert.ok(tags.length === 0 || count > 0, `${file} uses the widgets`);
      await page.close();
    });
  }
});
