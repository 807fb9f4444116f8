// The built single file on a page with a strict Content-Security-Policy — no inline script,
// no inline style, nothing fetched from anywhere but the page's own origin — as government
// portals serve them. The widgets must draw, style themselves (Lit's adoptedStyleSheets are
// allowed by style-src 'self'; `style="…"` attributes in markup are not), and download
// without a single violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../serve.js';
import { withSiteAndBrowser } from './browser.js';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
const PAGE = '/test/smoke/pages/hostile-csp.html';

const smoke = withSiteAndBrowser({ headers: { 'Content-Security-Policy': CSP }, downloads: 'ec-hostile-csp-' });

/**
 * Opens the page (from `site`, the policy's server unless told) with downloads saved to the
 * suite's folder; `console` collects errors, warnings and uncaught exceptions, `downloadsSeen`
 * each download's state by its id.
 */
async function open(path = PAGE, site = smoke.site) {
  const downloadsSeen = new Map();
  const opened = await smoke.open(path, {
    site,
    warnings: true,
    async setup(page) {
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: smoke.downloads, eventsEnabled: true });
      cdp.on('Browser.downloadWillBegin', (e) => downloadsSeen.set(e.guid, { url: e.url, name: e.suggestedFilename, state: 'started' }));
      cdp.on('Browser.downloadProgress', (e) => downloadsSeen.has(e.guid) && (downloadsSeen.get(e.guid).state = e.state));
    },
  });
  return { ...opened, console: opened.problems, downloadsSeen };
}

/** Waits until every widget on the page shows a chart or a message. */
async function allDrawn(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('ec-indicator, ec-target-gauge')].every((el) =>
        el.shadowRoot?.querySelector('svg.plot, svg[part~="chart"], [part~="pill"], [part~="message"]'),
      ),
    { timeout: 10000 },
  );
}

describe(`dist/ec-widgets.min.js under "${CSP}"`, () => {
  it('the page really is served with that policy, and inline script is blocked by it', async () => {
    const { page, response } = await open();
    assert.equal(response.headers()['content-security-policy'], CSP);
    // A control: the policy is in force, so the violation listener does hear violations.
    const heard = await page.evaluate(async () => {
      const before = window.__hostile.violations.length;
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const heard = window.__hostile.violations.slice(before);
      probe.remove();
      window.__hostile.violations.length = before;
      return heard;
    });
    assert.ok(heard.some((v) => v.directive.startsWith('style-src')), `a style attribute is reported: ${JSON.stringify(heard)}`);
    await page.close();
  });

  it('draws every widget, styled, with no violation, error or warning', async () => {
    const { page, console, requests } = await open();
    await allDrawn(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const seen = await page.evaluate(() => {
      const $ = (id, selector) => document.getElementById(id).shadowRoot.querySelectorAll(selector).length;
      const root = document.getElementById('line').shadowRoot;
      const hidden = root.querySelector('#hint');
      return {
        lineActual: $('line', 'svg.plot .line--actual'),
        lineMarks: $('line', 'svg.plot .mark--actual'),
        lineTargets: $('line', 'svg.plot .mark--target'),
        lineSupplied: $('line', 'svg.plot .mark--supplied'),
        bars: $('bar', 'svg.plot rect.bar--actual'),
        spark: $('spark', 'svg.plot .line--actual'),
        unknown: document.getElementById('unknown').shadowRoot.querySelector('[part~="message"]')?.textContent.trim() ?? '',
        bulletTarget: $('bullet', 'svg[part~="chart"] .marker--target'),
        pill: $('pill', '[part~="pill"]'),
        // Styles arrived: constructable sheets adopted, no <style> element (which the policy would block).
        adopted: [...document.querySelectorAll('ec-indicator, ec-target-gauge')].map((el) => el.shadowRoot.adoptedStyleSheets.length),
        styleElements: [...document.querySelectorAll('ec-indicator, ec-target-gauge')].map((el) => el.shadowRoot.querySelectorAll('style').length),
        hiddenPosition: hidden ? getComputedStyle(hidden).position : null,
        lineStroke: getComputedStyle(root.querySelector('svg.plot .line--actual')).stroke,
        rootFontSize: getComputedStyle(root.querySelector('.root')).fontSize,
        record: window.__hostile,
      };
    });
    assert.ok(seen.lineActual >= 1 && seen.lineMarks >= 3, `line chart drawn: ${JSON.stringify(seen)}`);
    assert.ok(seen.lineTargets >= 1, 'targets drawn');
    assert.equal(seen.lineSupplied, 1, 'the figure from the JSON data block is drawn');
    assert.ok(seen.bars >= 3, 'bar chart drawn');
    assert.equal(seen.spark, 1, 'sparkline drawn');
    assert.match(seen.unknown, /no-such-indicator/);
    assert.equal(seen.bulletTarget, 1, 'bullet gauge drawn');
    assert.equal(seen.pill, 1, 'pill drawn');
    assert.ok(seen.adopted.every((n) => n > 0), `every shadow root adopted its styles: ${seen.adopted}`);
    assert.ok(seen.styleElements.every((n) => n === 0), 'no <style> elements');
    assert.equal(seen.hiddenPosition, 'absolute', 'the visually hidden keyboard hint is styled (styles applied)');
    assert.notEqual(seen.lineStroke, 'none', 'the line has a stroke colour');
    assert.equal(seen.rootFontSize, '14px');
    assert.deepEqual(seen.record.violations, [], 'securitypolicyviolation events');
    assert.deepEqual(seen.record.errors, []);
    // The unknown id is warned about once; nothing else may be.
    const unexpected = console.filter((line) => !/no-such-indicator/.test(line));
    assert.deepEqual(unexpected, [], 'console errors and warnings');
    assert.ok(!console.some((line) => /Content Security Policy|Refused to/i.test(line)));
    const foreign = requests.filter((url) => !url.startsWith(`${smoke.site.url}/`) && !url.startsWith('data:'));
    assert.deepEqual(foreign, []);
    await page.close();
  });

  it('interaction (sources, table, menu opened and closed) causes no violation', async () => {
    const { page, console } = await open();
    await allDrawn(page);
    for (const button of await page.$$('#line >>> .actions > button')) await button.click();
    const menu = await page.$('#line >>> [part~="menu-button"]');
    if (menu) {
      await menu.click();
      await page.keyboard.press('Escape');
    }
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const state = await page.evaluate(() => {
      const root = document.getElementById('line').shadowRoot;
      return { sources: !root.querySelector('#sources')?.hidden, table: getComputedStyle(root.querySelector('.table-wrap')).position };
    });
    assert.deepEqual(state, { sources: true, table: 'static' }, 'sources open, table shown');
    const record = await page.evaluate(() => window.__hostile);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(console.filter((line) => !/no-such-indicator/.test(line)), []);
    await page.close();
  });

  // The tooltip is re-created each time it opens, so it is always a first render: placed through
  // the CSSOM (cssomStyle), never a style="…" attribute, which `style-src 'self'` blocks.
  it('the tooltip (hover and keyboard) opens positioned, with no violation', async () => {
    const { page, console } = await open();
    await allDrawn(page);
    const chart = await page.$('#line >>> [part~="chart"]');
    const box = await chart.boundingBox();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    const tooltip = await page.evaluate(() => {
      const tip = document.getElementById('line').shadowRoot.querySelector('[part~="tooltip"]');
      return tip ? { left: tip.style.left, top: tip.style.top } : null;
    });
    assert.ok(tooltip && /px$/.test(tooltip.left) && /px$/.test(tooltip.top), `tooltip positioned: ${JSON.stringify(tooltip)}`);
    const record = await page.evaluate(() => window.__hostile);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(console.filter((line) => !/no-such-indicator/.test(line)), []);
    await page.close();
  });

  it('the download menu, where there is one, saves CSV and SVG through blob: URLs without a violation', async (t) => {
    const { page, console, downloadsSeen } = await open();
    await allDrawn(page);
    const hasMenu = await page.evaluate(() =>
      ['line', 'bullet'].every((id) => document.getElementById(id).shadowRoot.querySelector('[part~="menu-button"], .menu-button')),
    );
    if (!hasMenu) return t.skip('no download menu in this build');
    const saved = [];
    for (const id of ['line', 'bullet']) {
      for (const format of ['csv', 'svg']) {
        const button = await page.$(`#${id} >>> [part~="menu-button"], #${id} >>> .menu-button`);
        await button.click();
        const item = await page.waitForSelector(`#${id} >>> [data-format="${format}"]`, { visible: true, timeout: 3000 });
        await item.click();
        saved.push(`${id}.${format}`);
      }
    }
    await page.waitForFunction((n) => window.__hostile.anchors.length >= n && window.__hostile.blobs.every((b) => b.head), { timeout: 5000 }, saved.length);
    // Give the browser the moment it takes to read the blobs into files.
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && [...downloadsSeen.values()].filter((d) => d.state === 'completed').length < saved.length) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const record = await page.evaluate(() => window.__hostile);
    assert.deepEqual(record.violations, [], 'securitypolicyviolation events');
    assert.deepEqual(record.errors, []);
    assert.equal(record.anchors.length, saved.length, `one link clicked per download: ${JSON.stringify(record.anchors)}`);
    for (const a of record.anchors) {
      assert.match(a.href, /^blob:http:\/\/127\.0\.0\.1:\d+\//, 'a blob: URL of the page’s origin');
      assert.match(a.download, /\.(csv|svg)$/);
    }
    const csv = record.blobs.filter((b) => /^text\/csv/.test(b.type));
    const svg = record.blobs.filter((b) => /^image\/svg\+xml/.test(b.type));
    assert.equal(csv.length, 2);
    assert.equal(svg.length, 2);
    for (const b of csv) assert.ok(b.size > 50 && /\d{4}/.test(b.head), `CSV holds years: ${b.head.slice(0, 80)}`);
    for (const b of svg) assert.match(b.head, /^(\uFEFF)?(<\?xml[^>]*>\s*)?<svg[\s>]/, 'an SVG document');
    const states = [...downloadsSeen.values()];
    assert.equal(states.filter((d) => d.state === 'completed').length, saved.length, `downloads finished: ${JSON.stringify(states)}`);
    const files = await readdir(smoke.downloads);
    for (const name of files.filter((f) => f.endsWith('.svg'))) {
      const text = await readFile(join(smoke.downloads, name), 'utf8');
      assert.ok(!/<script|\son\w+=|javascript:/i.test(text), `${name} carries no script`);
    }
    assert.deepEqual(console.filter((line) => !/no-such-indicator/.test(line)), []);
    await page.close();
  });

  it('a PNG, where the menu offers one, is drawn from a blob: image without a violation', async (t) => {
    const { page, console } = await open();
    await allDrawn(page);
    const item = await page.$('#line >>> [data-format="png"]');
    if (!item) return t.skip('no PNG download in this build');
    await (await page.$('#line >>> [part~="menu-button"], #line >>> .menu-button')).click();
    await (await page.waitForSelector('#line >>> [data-format="png"]', { visible: true })).click();
    await page.waitForFunction(() => window.__hostile.blobs.some((b) => b.type === 'image/png'), { timeout: 10000 });
    const record = await page.evaluate(() => window.__hostile);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(console.filter((line) => !/no-such-indicator/.test(line)), []);
    await page.close();
  });

  // The arc's centre figure is sized by its font-size attribute (no inline style for the policy to
  // block), which also survives into the exported SVG.
  it('the arc gauge sizes its centre figure, and exports it, with no violation', async () => {
    const { page, console } = await open('/test/smoke/pages/hostile-csp-arc.html');
    await allDrawn(page);
    const centre = await page.evaluate(() => {
      const text = document.getElementById('arc').shadowRoot.querySelector('svg[part~="chart"] .centre');
      return text ? { size: parseFloat(getComputedStyle(text).fontSize), label: parseFloat(getComputedStyle(text.ownerSVGElement.querySelector('.label') ?? text).fontSize) } : null;
    });
    assert.ok(centre, 'the arc has a centre figure');
    assert.ok(centre.size > centre.label, `the centre figure is bigger than the labels: ${JSON.stringify(centre)}`);
    const menu = await page.$('#arc >>> [part~="menu-button"]');
    if (menu) {
      await menu.click();
      await (await page.waitForSelector('#arc >>> [data-format="svg"]', { visible: true })).click();
      await page.waitForFunction(() => window.__hostile.blobs.some((b) => /svg/.test(b.type) && b.head), { timeout: 5000 });
    }
    const record = await page.evaluate(() => window.__hostile);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(console, []);
    await page.close();
  });
});

describe('dist/ec-widgets.min.js under Trusted Types (require-trusted-types-for \'script\')', () => {
  let strict;
  before(async () => {
    strict = await serve({ headers: { 'Content-Security-Policy': `${CSP}; require-trusted-types-for 'script'` } });
  });
  after(() => strict?.server.close());

  it('draws every widget without a violation (Lit’s templates go through its own policy)', async () => {
    const { page, console } = await open(PAGE, strict);
    await allDrawn(page);
    const record = await page.evaluate(() => window.__hostile);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.errors, []);
    assert.deepEqual(console.filter((line) => !/no-such-indicator/.test(line)), []);
    await page.close();
  });
});
