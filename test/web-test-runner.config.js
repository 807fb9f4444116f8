// Real-browser tests: Debian's Chromium through the Chrome launcher, Firefox ESR through
// Puppeteer's WebDriver BiDi, and WebKitGTK's MiniBrowser through its WebKitWebDriver
// (./webkit-launcher.js; see ../shared/TOOLCHAIN_FACTS.md). Browsers are never downloaded;
// `test/run.js` checks they exist and says what to install if not.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { countReporter } from './count-reporter.js';
import { webkitLauncher } from './webkit-launcher.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = [
  '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox',
  // For the lifecycle test's heap measurement (window.gc, unrounded performance.memory).
  '--js-flags=--expose-gc', '--enable-precise-memory-info',
];
const wanted = (process.env.EC_BROWSERS ?? 'chromium,firefox,webkit').split(',');

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: quiet, headless: true },
  }));
}
if (wanted.includes('firefox')) {
  browsers.push(puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr',
      headless: true,
    },
  }));
}
if (wanted.includes('webkit')) browsers.push(webkitLauncher());

export default {
  rootDir: root,
  files: ['test/**/*.test.ts', '!test/smoke/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers,
  reporters: [defaultReporter(), countReporter(process.env.EC_COUNT_FILE)],
  testFramework: { config: { timeout: 20000 } },
  // a11ySnapshot(): the browser's accessibility tree, for tests of what a screen reader is given
  // (Chromium; Puppeteer has no accessibility tree for Firefox over WebDriver BiDi).
  plugins: [a11ySnapshotPlugin(), esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
};
