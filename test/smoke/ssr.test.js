// Server-rendered HTML from `ec-widgets render --html`, in Chromium: with JavaScript off the
// declarative shadow DOM shows the chart and its summary; with it on, the single-file build
// upgrades the element in place (one widget, interactive, no errors).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { withSiteAndBrowser } from './browser.js';
import { buildCli, stagingDir, stagingPath } from './staging.js';

const smoke = withSiteAndBrowser();
const pages = {};
before(async () => {
  const cli = await buildCli();
  await mkdir(stagingDir, { recursive: true });
  for (const [name, args] of Object.entries({
    indicator: ['render', 'online-retail-sales', '--lang', 'en'],
    gauge: ['render', 'online-retail-sales', '--component', 'target-gauge', '--target-year', '2025', '--lang', 'zh-CN'],
  })) {
    const html = execFileSync(process.execPath, [cli, ...args, '--html', '--script', '/dist/ec-widgets.min.js'], { encoding: 'utf8' });
    await writeFile(`${stagingDir}/ssr-${name}.html`, html);
    pages[name] = `${stagingPath}/ssr-${name}.html`;
  }
});

/** Opens a page with page scripts on or off; `problems` collects errors and warnings. */
async function open(path, { javaScript }) {
  return smoke.open(path, {
    warnings: true,
    async setup(page) {
      await page.setJavaScriptEnabled(javaScript);
      await page.setViewport({ width: 800, height: 1000 });
    },
  });
}

/** What the widget's shadow root shows (read through the DevTools protocol: works with page scripts off). */
const inspect = (page, tag, chart) =>
  page.evaluate(
    (tag, chart) => {
      const el = document.querySelector(tag);
      const root = el?.shadowRoot;
      const svg = root?.querySelector(chart);
      const box = svg?.getBoundingClientRect();
      const shown = (selector) => {
        const node = root?.querySelector(selector);
        return !!node && getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().height > 0;
      };
      return {
        defined: !!customElements.get(tag),
        roots: root?.querySelectorAll('.root').length ?? 0,
        svg: box ? { width: box.width, height: box.height, marks: svg.querySelectorAll('circle, path, rect, line').length } : null,
        summary: shown('.static-summary') ? root.querySelector('.static-summary').textContent.trim() : null,
        details: shown('details'),
        menu: shown('.menu'),
        title: root?.querySelector('[part="title"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      };
    },
    tag,
    chart,
  );

describe('ec-widgets render --html in Chromium', () => {
  it('<ec-indicator> shows the chart and its summary with JavaScript disabled', async () => {
    const { page, problems } = await open(pages.indicator, { javaScript: false });
    const seen = await inspect(page, 'ec-indicator', 'svg.plot');
    assert.equal(seen.defined, false, 'scripts ran');
    assert.ok(seen.svg && seen.svg.width > 300 && seen.svg.height > 150, `chart size ${JSON.stringify(seen.svg)}`);
    assert.ok(seen.svg.marks > 20, 'the chart has its marks');
    // The bundled data reach the NBS release for 2025: 15.9722 / 17 = 94%, not achieved.
    assert.match(seen.summary ?? '', /^Online retail sales: 513\.1 billion yuan in 2010, rising to 15\.9722 trillion yuan in 2025\./);
    assert.match(seen.summary ?? '', /2025: 17 trillion yuan; actual 15\.9722 trillion yuan, 94% of target, not achieved \(NBS, 2026\)\.$/);
    assert.equal(seen.title, 'Online retail sales (trillion yuan)');
    assert.equal(seen.menu, false, 'the download menu needs JavaScript and is hidden');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('<ec-target-gauge> shows the gauge with JavaScript disabled', async () => {
    const { page, problems } = await open(pages.gauge, { javaScript: false });
    const seen = await inspect(page, 'ec-target-gauge', 'svg.chart');
    assert.ok(seen.svg && seen.svg.width > 150 && seen.svg.height > 40, `gauge size ${JSON.stringify(seen.svg)}`);
    assert.equal(seen.title, '网络零售额');
    assert.equal(seen.details, true, 'the summary is in a native <details>');
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [name, tag, chart] of [['indicator', 'ec-indicator', 'svg.plot'], ['gauge', 'ec-target-gauge', 'svg.chart']]) {
    it(`<${tag}> upgrades in place when the script loads`, async () => {
      const { page, problems } = await open(pages[name], { javaScript: true });
      await page.waitForFunction((t) => customElements.get(t) && document.querySelector(t).shadowRoot.querySelector('.menu'), { timeout: 10000 }, tag);
      const seen = await inspect(page, tag, chart);
      assert.equal(seen.roots, 1, 'the server markup is replaced, not duplicated');
      assert.ok(seen.svg && seen.svg.width > 150, 'the chart is drawn at once');
      assert.equal(seen.menu, true, 'the menu appears');
      if (name === 'indicator') assert.equal(seen.summary, null, 'the summary becomes the accessible name again');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
