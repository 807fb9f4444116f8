// The static Storybook as CI publishes it: `npm run build-storybook` writes storybook-static/,
// then this opens one <ec-indicator> story's iframe in Debian's Chromium and checks the widget
// drew there (not only in the dev server), and that nothing was fetched from anywhere but the
// local server. The story is found in storybook-static/index.json, not hard-coded.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../smoke/browser.js';

const root = resolve(fileURLToPath(new URL('../../storybook-static', import.meta.url)));
const indexFile = join(root, 'index.json');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** A static server for storybook-static/ on 127.0.0.1 (test/serve.js serves the repository root only). */
function serveStatic() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + '/')) return void res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let server;
let origin;
let browser;

before(async () => {
  // CI builds first; a missing build is a failure to report, not a reason to pass quietly.
  assert.ok(
    existsSync(indexFile),
    `${indexFile} is missing: run \`npm run build-storybook\` (or \`npx storybook build -o storybook-static\`) before this test`,
  );
  server = await serveStatic();
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

/** The <ec-indicator> stories in the built index, the online-retail one first when there is one. */
async function indicatorStories() {
  const index = JSON.parse(await readFile(indexFile, 'utf8'));
  const stories = Object.values(index.entries ?? index.stories ?? {}).filter(
    (e) => e.type === 'story' && /(^|\/)ec-indicator$/.test(e.title) && !/^Error/.test(e.exportName ?? ''),
  );
  return stories.sort((a, b) => Number(b.exportName === 'OnlineRetailSales') - Number(a.exportName === 'OnlineRetailSales'));
}

test('storybook-static lists <ec-indicator> and <ec-target-gauge> stories', async () => {
  const index = JSON.parse(await readFile(indexFile, 'utf8'));
  const titles = new Set(Object.values(index.entries).filter((e) => e.type === 'story').map((e) => e.title));
  assert.ok([...titles].some((t) => /ec-indicator$/.test(t)), `no ec-indicator stories in ${[...titles].join(', ')}`);
  assert.ok([...titles].some((t) => /ec-target-gauge$/.test(t)), `no ec-target-gauge stories in ${[...titles].join(', ')}`);
});

test('an <ec-indicator> story draws in the built Storybook with no request off 127.0.0.1', async () => {
  const [story] = await indicatorStories();
  assert.ok(story, 'no <ec-indicator> story in storybook-static/index.json');

  const page = await browser.newPage();
  const offsite = [];
  const errors = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    // data: and blob: URLs never leave the page; anything else must come from the local server.
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return void request.continue();
    offsite.push(url);
    request.abort();
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
    // Storybook renders the story after its own scripts load; the widget draws after it measures.
    await page.waitForFunction(
      () => {
        const plot = document.querySelector('#storybook-root ec-indicator')?.shadowRoot?.querySelector('svg.plot');
        return Boolean(plot?.querySelector('path.line--actual[d^="M"], rect.bar--actual'));
      },
      { timeout: 20000 },
    );
    const drawn = await page.evaluate(() => {
      const el = document.querySelector('#storybook-root ec-indicator');
      const root = el.shadowRoot;
      return {
        indicator: el.getAttribute('indicator'),
        path: root.querySelector('svg.plot path.line--actual')?.getAttribute('d') ?? '',
        bars: root.querySelectorAll('svg.plot rect.bar--actual').length,
        points: root.querySelectorAll('svg.plot .mark--actual').length,
        summary: el.summary,
        title: root.querySelector('[part="title"]')?.textContent?.trim() ?? '',
        message: root.querySelector('[part="message"]')?.textContent?.trim() ?? null,
      };
    });
    assert.equal(drawn.message, null, `the story shows a message: ${drawn.message}`);
    assert.ok(drawn.path.startsWith('M') || drawn.bars > 0, `no data line or bars in ${story.id}: ${JSON.stringify(drawn)}`);
    assert.ok(drawn.points > 0 || drawn.bars > 0, `no data points in ${story.id}`);
    assert.ok(drawn.summary.trim().length > 20, `empty summary in ${story.id}: "${drawn.summary}"`);
    assert.ok(drawn.title.length > 0, `no title in ${story.id}`);
    assert.deepEqual(offsite, [], `requests left 127.0.0.1: ${offsite.join(', ')}`);
    assert.deepEqual(errors, [], `page errors: ${errors.join('\n')}`);
  } finally {
    await page.close();
  }
});
