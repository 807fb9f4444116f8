// Shared by the Node smoke suites: Debian's Chromium through puppeteer-core (no download), the
// repository served by test/serve.js, and pages opened with what a reader's error tracker would
// see recorded. The suites differ only in the options they pass.
import { after, before } from 'node:test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/** Tag names the build defines, read from the custom-elements manifest the build writes. */
export async function definedTags() {
  const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName)
    .filter((tag, i, all) => all.indexOf(tag) === i);
}

/**
 * Records on `page` what would reach a host page's error tracker, as readable lines in
 * `problems`: uncaught exceptions and console errors always; console warnings, failed requests
 * and HTTP errors when asked (each suite asks for what its pages are expected to be free of).
 * `requests` lists every URL the page asked for.
 */
export function watchPage(page, { warnings = false, failedRequests = false, httpErrors = false } = {}) {
  const problems = [];
  const requests = [];
  const reported = new Set(warnings ? ['error', 'warn', 'warning'] : ['error']);
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (m) => {
    const where = m.location()?.url ?? '';
    // The browser's own favicon probe is not the page's doing.
    if (reported.has(m.type()) && !where.endsWith('/favicon.ico')) problems.push(`console.${m.type()}: ${m.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  if (failedRequests) page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  if (httpErrors) page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  return { problems, requests };
}

/**
 * Gives the calling suite (registered with node:test's before/after, so call it at the top of a
 * test file or inside a describe) the repository served on 127.0.0.1 and a Chromium, both
 * closed when the suite ends. Options:
 * - `headers`: response headers for HTML pages (the CSP suite sends its policy);
 * - `downloads`: a prefix for a temporary folder that receives downloads, removed afterwards.
 * Returns an object whose `site`, `browser` and `downloads` are set once the suite's `before`
 * has run, and whose `open(path, options)` opens a watched page (see `open` below).
 */
export function withSiteAndBrowser({ headers = {}, downloads } = {}) {
  const smoke = {
    /** { server, url, requests } from test/serve.js. */
    site: undefined,
    browser: undefined,
    /** The download folder, when `downloads` was given. */
    downloads: undefined,
    /**
     * A new page, watched (`warnings`, `failedRequests`, `httpErrors` as for watchPage), with
     * `setup(page)` awaited before it loads `path` from `site` (another server's when given).
     * Resolves to { page, problems, requests, response }.
     */
    async open(path, { setup, site = smoke.site, ...watch } = {}) {
      const page = await smoke.browser.newPage();
      const watched = watchPage(page, watch);
      await setup?.(page);
      const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      return { page, ...watched, response };
    },
  };
  before(async () => {
    smoke.site = await serve({ headers });
    smoke.browser = await launchChromium();
    if (downloads) smoke.downloads = await mkdtemp(join(tmpdir(), downloads));
  });
  after(async () => {
    await smoke.browser?.close();
    smoke.site?.server.close();
    if (smoke.downloads) await rm(smoke.downloads, { recursive: true, force: true });
  });
  return smoke;
}

// The ES module build's dependencies, as a page without a bundler maps them.
const PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'd3-array', 'd3-format', 'd3-scale', 'd3-shape',
  'd3-path', 'd3-interpolate', 'd3-color', 'd3-time', 'd3-time-format', 'internmap'];

/** The browser entry of a package from its exports (browser → default), else `module`. */
function browserEntry(pkg) {
  let entry = pkg.exports?.['.'] ?? pkg.exports;
  while (entry && typeof entry === 'object') entry = entry.browser ?? entry.import ?? entry.default;
  return typeof entry === 'string' ? entry : pkg.module;
}

/** An import map for the installed packages: each name to its browser entry, each `name/` to its folder. */
export function importMap() {
  const imports = {};
  for (const name of PACKAGES) {
    const file = `${repositoryRoot}node_modules/${name}/package.json`;
    if (!existsSync(file)) continue;
    const entry = browserEntry(JSON.parse(readFileSync(file, 'utf8')));
    if (entry) imports[name] = `/node_modules/${name}/${entry.replace(/^\.\//, '')}`;
    imports[`${name}/`] = `/node_modules/${name}/`;
  }
  return { imports };
}
