// A single-page app mounts and unmounts widgets all day: a thousand of them must leave nothing
// behind — no observed element, no listener on the window or document, no interval, no widget
// kept alive — and the JS heap after garbage collection within 1 MB of where it began. Node
// drives Chromium here because it can force a real GC and read the heap through the DevTools
// protocol (the browser suites cannot without launch flags).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withSiteAndBrowser } from './browser.js';

const PAGE = '/test/smoke/pages/hostile-lifecycle.html';
const MB = 1024 * 1024;

const smoke = withSiteAndBrowser();

/** The page with its helpers ready, and a DevTools session that can force a garbage collection. */
async function open() {
  const { page, problems } = await smoke.open(PAGE);
  await page.waitForFunction(() => window.ecWidgets && window.__cycle);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  return { page, cdp, problems };
}

/** Used JS heap after full garbage collections, in bytes. */
async function heapAfterGc(cdp) {
  let used = Infinity;
  // Several passes: finalizers and weak maps free more on the next collection.
  for (let i = 0; i < 4; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    used = Math.min(used, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  return used;
}

/** Live instances of a defined tag's class (after GC). */
async function liveInstances(page, tag) {
  const prototype = await page.evaluateHandle((t) => customElements.get(t).prototype, tag);
  const instances = await page.queryObjects(prototype);
  const count = await page.evaluate((list) => list.length, instances);
  await prototype.dispose();
  await instances.dispose();
  return count;
}

describe('lifecycle of the built file', () => {
  it('the instrumentation sees what attached widgets watch (control)', async () => {
    const { page, problems } = await open();
    const before = await page.evaluate(() => window.__watchingNow());
    await page.evaluate(() => window.__attach(40));
    const during = await page.evaluate(() => window.__watchingNow());
    assert.ok(during.resizeTargets >= 40, `observed for size: ${JSON.stringify(during)}`);
    assert.ok(during.intersectionTargets + during.resizeTargets > before.resizeTargets, 'observed');
    assert.ok(during.listeners.length > before.listeners.length, `listeners on the document or window: ${during.listeners}`);
    await page.evaluate(() => window.__clear());
    assert.deepEqual(await page.evaluate(() => window.__watchingNow()), before);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('1,000 widgets created, attached, detached and removed: nothing left watching, no widget alive, heap within 1 MB', async (t) => {
    const { page, cdp, problems } = await open();
    // Warm-up: compiled code, template caches, formatters and text measurements are made once per page.
    await page.evaluate(() => window.__cycle(100));
    const before = await page.evaluate(() => window.__watchingNow());
    const heapBefore = await heapAfterGc(cdp);
    const started = Date.now();
    await page.evaluate(() => window.__cycle(1000));
    const took = Date.now() - started;
    // Blob URLs and rAFs are the only timers a widget sets; give anything pending time to run.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const heapAfter = await heapAfterGc(cdp);
    const after = await page.evaluate(() => window.__watchingNow());
    const alive = { indicator: await liveInstances(page, 'ec-indicator'), gauge: await liveInstances(page, 'ec-target-gauge') };
    t.diagnostic(`1,000 cycles in ${took} ms; heap ${(heapBefore / MB).toFixed(2)} → ${(heapAfter / MB).toFixed(2)} MB; alive ${JSON.stringify(alive)}`);
    assert.deepEqual(after, before, 'observers, listeners and intervals');
    assert.deepEqual(alive, { indicator: 0, gauge: 0 }, 'widget instances alive after removal and GC');
    assert.ok(heapAfter - heapBefore < MB, `heap grew by ${((heapAfter - heapBefore) / 1024).toFixed(0)} KB`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
