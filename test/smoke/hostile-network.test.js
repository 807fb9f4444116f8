// A widget on a reader's page asks the network for nothing and keeps nothing: no fonts, no
// analytics, no data files (the dataset is bundled), no cookies, no storage — whatever the
// reader does with it. The server logs every path asked for; the page's APIs are wrapped by
// pages/hostile-probe.js before the widgets load.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withSiteAndBrowser } from './browser.js';

const PAGE = '/test/smoke/pages/hostile-network.html';
const ALLOWED = [PAGE, '/test/smoke/pages/hostile-probe.js', '/dist/ec-widgets.min.js'];

const smoke = withSiteAndBrowser({ downloads: 'ec-hostile-network-' });

describe('no network, no storage', () => {
  it('loading, scrolling, hovering, keyboard, language and theme switches, printing and every download request nothing and store nothing', async (t) => {
    const { page, problems, requests } = await smoke.open(PAGE, {
      async setup(page) {
        const cdp = await page.createCDPSession();
        await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: smoke.downloads });
        // Only what this page asks for from here on.
        smoke.site.requests.length = 0;
      },
    });
    const drawn = (id) =>
      page.waitForFunction((i) => document.getElementById(i)?.shadowRoot?.querySelector('svg.plot, svg[part~="chart"]'), { timeout: 10000 }, id);
    await drawn('line');
    await drawn('gauge');

    // Hover and keyboard over the chart.
    const chart = await page.$('#line >>> [part~="chart"]');
    const box = await chart.boundingBox();
    for (const f of [0.2, 0.5, 0.8]) await page.mouse.move(box.x + box.width * f, box.y + box.height * 0.5);
    await chart.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'End', 'Home', 'Escape']) await page.keyboard.press(key);
    for (const button of await page.$$('#line >>> .actions > button')) await button.click();

    // Scroll the lazy widgets into view; switch language and theme; print.
    await page.evaluate(() => document.getElementById('lazy').scrollIntoView());
    await drawn('lazy');
    await drawn('lazy-gauge');
    await page.evaluate(async () => {
      document.documentElement.lang = 'en';
      for (const el of document.querySelectorAll('ec-indicator, ec-target-gauge')) el.setAttribute('theme', 'dark');
      window.dispatchEvent(new Event('beforeprint'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      window.dispatchEvent(new Event('afterprint'));
      document.documentElement.lang = 'zh-CN';
    });

    // Every download and the citation, where the menu exists.
    let exported = 0;
    for (const id of ['line', 'gauge']) {
      for (const format of ['csv', 'svg', 'png', 'citation']) {
        const button = await page.$(`#${id} >>> [part~="menu-button"]`);
        if (!button) continue;
        await button.click();
        const item = await page.waitForSelector(`#${id} >>> [data-format="${format}"]`, { visible: true, timeout: 3000 }).catch(() => null);
        if (!item) {
          await page.keyboard.press('Escape');
          continue;
        }
        await item.click();
        exported++;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });

    const state = await page.evaluate(async () => ({
      record: window.__hostile,
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
      caches: window.caches ? await caches.keys() : [],
      serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    }));
    const fromPage = requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'));
    assert.deepEqual(fromPage.map((url) => new URL(url).pathname).sort(), [...ALLOWED].sort(), 'requests the browser made');
    assert.deepEqual([...new Set(smoke.site.requests)].sort(), [...ALLOWED].sort(), 'paths the server was asked for');
    assert.deepEqual(state.record.network, [], 'network APIs called');
    assert.deepEqual(state.record.storage, [], 'storage writes');
    assert.deepEqual(state.record.cookies, [], 'cookies written');
    assert.deepEqual(state.record.indexedDB, [], 'IndexedDB opened');
    assert.equal(state.cookie, '');
    assert.equal(state.local, 0);
    assert.equal(state.session, 0);
    assert.deepEqual(state.databases, []);
    assert.deepEqual(state.caches, []);
    assert.equal(state.serviceWorkers, 0);
    assert.deepEqual(state.record.errors, []);
    assert.deepEqual(problems, []);
    // Blob URLs are the page's own: every download used one, and only blob: or data: otherwise.
    for (const b of state.record.blobs) assert.match(b.url, /^blob:/);
    if (exported) {
      assert.equal(exported, 8, 'CSV, SVG, PNG and citation from both widgets');
      assert.ok(state.record.anchors.length >= 6 && state.record.anchors.every((a) => a.href.startsWith('blob:')), `downloads through blob: links: ${JSON.stringify(state.record.anchors)}`);
    }
    t.diagnostic(`exports: ${exported}, blob URLs: ${state.record.blobs.length}, links clicked: ${state.record.anchors.length}`);
    await page.close();
  });
});
