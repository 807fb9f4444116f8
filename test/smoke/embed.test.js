// The embed page (src/embed/embed.html → dist/embed.html) in an iframe, in Chromium: it renders
// the widget the query string names, refuses bad parameters with a text message, and posts
// its height to the parent, which the few lines documented at the top of embed.html apply.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { withSiteAndBrowser } from './browser.js';
import { buildEmbedScript, root, stagingDir, stagingPath } from './staging.js';

const smoke = withSiteAndBrowser();
const bases = [];
before(async () => {
  // The page as the build ships it: embed.html beside ec-widgets.min.js and embed.js.
  const dir = `${stagingDir}/embed`;
  await mkdir(dir, { recursive: true });
  await copyFile(`${root}src/embed/embed.html`, `${dir}/embed.html`);
  await copyFile(`${root}dist/ec-widgets.min.js`, `${dir}/ec-widgets.min.js`);
  await buildEmbedScript(dir);
  bases.push(`${stagingPath}/embed`);
  if (existsSync(`${root}dist/embed.html`) && existsSync(`${root}dist/embed.js`)) bases.push('/dist');

  // The parent's lines, taken from the comment in embed.html, so the documentation is what is tested.
  const source = await readFile(`${root}src/embed/embed.html`, 'utf8');
  const snippet = /^\s*<script>\n[\s\S]*?<\/script>/m.exec(source.slice(0, source.indexOf('-->')))[0];
  await writeFile(
    `${stagingDir}/embed-parent.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>parent</title></head><body style="margin:0">
<p>An article.</p>
<iframe id="frame" title="chart" style="width: 640px; border: 0" height="150"></iframe>
${snippet}
<script>
  window.heights = [];
  addEventListener('message', (e) => { if (e.data && e.data.type === 'ec-widgets:height') heights.push(e.data.height); });
  document.getElementById('frame').src = new URLSearchParams(location.search).get('src');
</script></body></html>`,
  );
});

async function parentWith(src) {
  const { page, problems } = await smoke.open(`${stagingPath}/embed-parent.html?src=${encodeURIComponent(src)}`, {
    failedRequests: true,
    setup: (page) => page.setViewport({ width: 800, height: 600 }),
  });
  const frame = await (await page.$('#frame')).contentFrame();
  await frame.waitForFunction(() => document.readyState === 'complete');
  return { page, frame, problems };
}

describe('embed.html in an iframe', () => {
  it('is built from src/embed/ (the lead adds it to the build)', () => assert.ok(bases.length >= 1));

  for (const [label, query, tag] of [
    ['an indicator chart', 'indicator=online-retail-sales&lang=en', 'ec-indicator'],
    ['a target gauge', 'indicator=ecommerce-transactions&lang=zh-CN&component=target-gauge&target-year=2020', 'ec-target-gauge'],
  ]) {
    it(`renders ${label} full width and sizes its iframe through postMessage`, async () => {
      for (const base of bases) {
        const { page, frame, problems } = await parentWith(`${base}/embed.html?${query}`);
        await frame.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('svg.plot, svg.chart'), { timeout: 10000 }, tag);
        await page.waitForFunction(() => parseFloat(document.getElementById('frame').style.height) > 200, { timeout: 10000 });
        const inside = await frame.evaluate((t) => ({
          width: document.querySelector(t).getBoundingClientRect().width,
          content: Math.ceil(document.getElementById('embed').getBoundingClientRect().height),
          lang: document.documentElement.lang,
          title: document.title,
        }), tag);
        const outside = await page.evaluate(() => ({ height: parseFloat(document.getElementById('frame').style.height), heights: window.heights }));
        assert.ok(inside.width > 600, `full width: ${inside.width}`);
        assert.equal(outside.height, inside.content, 'the iframe is as tall as the content');
        assert.ok(outside.heights.length >= 1);
        assert.equal(inside.lang, query.includes('lang=en') ? 'en' : 'zh-CN');
        assert.ok(inside.title && inside.title !== 'ec-widgets', `title: ${inside.title}`);
        assert.deepEqual(problems, [], base);
        await page.close();
      }
    });
  }

  it('posts the new height when the content grows (the data table shown)', async () => {
    const { page, frame } = await parentWith(`${bases[0]}/embed.html?indicator=online-retail-sales&lang=en`);
    await page.waitForFunction(() => parseFloat(document.getElementById('frame').style.height) > 200, { timeout: 10000 });
    const before = await page.evaluate(() => parseFloat(document.getElementById('frame').style.height));
    await frame.evaluate(() => {
      const root = document.querySelector('ec-indicator').shadowRoot;
      [...root.querySelectorAll('.actions button.link')].find((b) => /table/i.test(b.textContent)).click();
    });
    await page.waitForFunction((h) => parseFloat(document.getElementById('frame').style.height) > h + 100, { timeout: 10000 }, before);
    await page.close();
  });

  it('shows bad parameters as text, never as markup, and still reports its height', async () => {
    const evil = encodeURIComponent('<img src=x onerror="parent.__pwned=1">');
    const { page, frame } = await parentWith(`${bases[0]}/embed.html?indicator=${evil}&component=${evil}&lang=en`);
    await frame.waitForSelector('.embed-message');
    const seen = await frame.evaluate(() => ({
      items: [...document.querySelectorAll('.embed-message li')].map((li) => li.textContent),
      images: document.querySelectorAll('img').length,
      widgets: document.querySelectorAll('ec-indicator, ec-target-gauge').length,
    }));
    assert.equal(seen.images, 0);
    assert.equal(seen.widgets, 0);
    assert.ok(seen.items.some((t) => t.startsWith('Invalid component: "<img src=x')), seen.items.join(' | '));
    assert.ok(seen.items.some((t) => t.startsWith('Invalid indicator:')));
    await page.waitForFunction(() => window.heights.length > 0, { timeout: 5000 });
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await page.close();
  });

  it('an unknown indicator gets the widget’s own message with suggestions', async () => {
    const { page, frame } = await parentWith(`${bases[0]}/embed.html?indicator=online-retail&lang=en`);
    await frame.waitForFunction(() => document.querySelector('ec-indicator')?.shadowRoot?.querySelector('[part="message"]'), { timeout: 10000 });
    const text = await frame.evaluate(() => document.querySelector('ec-indicator').shadowRoot.querySelector('[part="message"]').textContent.trim());
    assert.match(text, /Unknown indicator 'online-retail'\. Did you mean 'online-retail-sales'/);
    await page.close();
  });
});
