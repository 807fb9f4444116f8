// The package as a new user gets it: the packed tarball (`npm pack` of the built tree) installed
// into minimal React 19, Vue 3, Svelte 5 and plain-TypeScript apps (this folder; versions pinned
// by its own package-lock.json), each type-checked with its own tool, built with Vite and opened
// in Chromium: the widgets draw, a property set by the framework arrives as a property, and
// `ec-export` reaches the framework's handler.
// The apps are copied to a temporary folder and installed with `npm ci --prefer-offline`, so a
// warm npm cache makes the install a copy. Needs `npm run build` first (test/run.js does it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const APPS = ['react', 'vue', 'svelte', 'ts'];
const CHECKER = { react: 'tsc', vue: 'vue-tsc (strictTemplates)', svelte: 'svelte-check', ts: 'tsc (bundler and nodenext)' };
const npm = (args, cwd) => run('npm', [...args, '--no-audit', '--no-fund'], { cwd, maxBuffer: 64 << 20, env: { ...process.env, npm_config_update_notifier: 'false' } });

/** Runs a command; on failure the assertion message carries its output, not just the exit code. */
async function succeeds(args, cwd) {
  try {
    await npm(args, cwd);
  } catch (error) {
    assert.fail(`npm ${args.join(' ')} in ${cwd} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

let work;
let server;
let base;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ec-widgets.js')), 'dist/ is not built: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'ec-interop-'));
  const { stdout } = await npm(['pack', '--silent', '--pack-destination', work], root);
  const tarball = join(work, stdout.trim().split('\n').pop());
  const apps = join(work, 'apps');
  cpSync(here, apps, { recursive: true, filter: (path) => !/[/\\](node_modules|dist)$/.test(path) });
  await succeeds(['ci', '--prefer-offline'], apps);
  // The tarball is installed the way a user would add it, without touching the committed lock.
  await succeeds(['install', '--no-save', '--prefer-offline', tarball], apps);

  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  server = createServer((request, response) => {
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    const path = normalize(join(apps, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!path.startsWith(apps) || !existsSync(path)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

for (const app of APPS) {
  describe(`${app} app with the packed tarball`, () => {
    const dir = () => join(work, 'apps', app);

    test(`type-checks with ${CHECKER[app]}, and the typings reject a wrong prop`, async () => {
      await succeeds(['run', '--silent', 'check'], dir());
    });

    test('builds with Vite', async () => {
      await succeeds(['run', '--silent', 'build'], dir());
      assert.ok(existsSync(join(dir(), 'dist/index.html')));
    });

    test('in Chromium: the widgets draw, observations arrive as a property, ec-export reaches the handler', async (t) => {
      if (!existsSync(join(dir(), 'dist/index.html'))) return t.skip('the build failed');
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
      });
      try {
        await page.goto(`${base}/${app}/dist/index.html`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => document.querySelector('#indicator')?.shadowRoot?.querySelector('svg.plot') && document.querySelector('#gauge')?.shadowRoot?.querySelector('svg.chart'),
          { timeout: 15000 },
        );
        const state = await page.evaluate(() => {
          const indicator = document.querySelector('#indicator');
          return {
            observations: indicator.observations,
            attribute: indicator.getAttribute('observations'),
            hidePeriods: indicator.hidePeriods,
            cited: indicator.shadowRoot.textContent.includes('Interop fixture'),
          };
        });
        assert.deepEqual(state.observations, [{ year: 2024, value: 15.5, source: 'Interop fixture' }], 'observations set as a property');
        assert.equal(state.attribute, null, 'observations not stringified into an attribute');
        assert.equal(state.hidePeriods, true, 'hide-periods reached the element');
        assert.equal(state.cited, true, "the supplied figure's source is cited in the widget");

        for (const id of ['indicator', 'gauge']) {
          await page.evaluate((id) => document.querySelector(`#${id}`).shadowRoot.querySelector('.menu-button').click(), id);
          await page.evaluate((id) => document.querySelector(`#${id}`).shadowRoot.querySelector('.menu-item[data-format="csv"]').click(), id);
          await page.waitForFunction((id) => document.querySelector('#exported')?.textContent === `${id}:csv`, { timeout: 5000 }, id);
        }
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  });
}
