// Ways of loading the widgets that test/smoke/standalone.test.js does not cover: the ES module
// build with its dependencies mapped through an import map, both builds on one page, and
// properties set on the elements before the script that defines them arrives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importMap, withSiteAndBrowser } from './browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const smoke = withSiteAndBrowser();

/**
 * Answers the request for the page at `path` with its HTML, an import map put where it says
 * `<!-- IMPORT MAP` (an inline script, so only here, never under CSP). Everything else is
 * served by test/serve.js as usual.
 */
async function insertImportMap(page, path) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() !== `${smoke.site.url}${path}`) return request.continue();
    const html = readFileSync(`${root}${path.slice(1)}`, 'utf8').replace(
      /<!-- IMPORT MAP[\s\S]*?-->/,
      `<script type="importmap">${JSON.stringify(importMap())}</script>`,
    );
    return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** Opens a page with its import map, collecting errors, failed requests and HTTP errors. */
const open = (path) => smoke.open(path, { failedRequests: true, httpErrors: true, setup: (page) => insertImportMap(page, path) });

const everyDrawn = (page) =>
  page.waitForFunction(
    () => [...document.querySelectorAll('ec-indicator, ec-target-gauge')].every((el) => el.shadowRoot?.querySelector('svg.plot, svg[part~="chart"]')),
    { timeout: 10000 },
  ).then(() => true, () => false);

describe('loading the widgets in other ways', () => {
  it('dist/ec-widgets.js as a module, lit and d3 through an import map to /node_modules', async () => {
    const code = readFileSync(`${root}dist/ec-widgets.js`, 'utf8');
    const specifiers = [...code.matchAll(/^\s*(?:import|export)\b[^'";]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]).filter((s) => !s.startsWith('.'));
    const map = importMap().imports;
    const unmapped = specifiers.filter((s) => !map[s] && !Object.keys(map).some((k) => k.endsWith('/') && s.startsWith(k)));
    assert.deepEqual(unmapped, [], 'every bare import of the module build has an entry in the map');
    const { page, problems } = await open('/test/smoke/pages/hostile-module.html');
    const drew = await everyDrawn(page);
    const state = await page.evaluate(() =>
      [...document.querySelectorAll('ec-indicator, ec-target-gauge')].map((el) => `${el.localName}: ${customElements.get(el.localName) ? 'defined' : 'undefined'}, ${el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 120) : 'no shadow root'}`),
    );
    assert.ok(drew, `both widgets drew: ${JSON.stringify({ state, problems })}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('both builds on one page: the first definition wins, the second is a no-op, no errors', async () => {
    const { page, problems } = await open('/test/smoke/pages/hostile-module-and-classic.html');
    assert.ok(await everyDrawn(page), 'both widgets drew');
    // The module loads after the classic script: give it time to run its define calls.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
    const state = await page.evaluate(() => ({
      api: typeof window.ecWidgets?.listIndicators,
      sameClass: customElements.get('ec-indicator') === document.querySelector('ec-indicator').constructor,
    }));
    assert.deepEqual(state, { api: 'function', sameClass: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('properties set before the tags are defined take effect after the upgrade (script injected late)', async () => {
    const { page, problems } = await open('/test/smoke/pages/hostile-preupgrade.html');
    assert.equal(await page.evaluate(() => window.__preupgradeDefined), 0, 'the tags were not defined when the properties were set');
    assert.ok(await everyDrawn(page), 'both widgets drew');
    const state = await page.evaluate(() => {
      const parsed = document.getElementById('parsed');
      const created = document.getElementById('created');
      return {
        supplied: parsed.shadowRoot.querySelectorAll('svg.plot .mark--supplied').length,
        indicatorProp: parsed.indicator,
        indicatorAttr: parsed.getAttribute('indicator'),
        createdLang: created.shadowRoot.querySelector('.root')?.getAttribute('lang'),
        createdHeading: created.shadowRoot.querySelector('[part~="heading"]')?.textContent ?? '',
      };
    });
    assert.equal(state.supplied, 1, 'the supplied figure set as a property before the upgrade is drawn');
    assert.equal(state.indicatorProp, 'online-retail-sales', 'the indicator property set before the upgrade is kept');
    // The host's attributes are the page's: a property is not written back as an attribute.
    assert.equal(state.indicatorAttr, null, 'no attribute written on the host');
    assert.equal(state.createdLang, 'en');
    assert.match(state.createdHeading, /2020/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
