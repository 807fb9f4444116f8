// `npm run screenshot`: renders real widgets from the real single-file build in Debian's
// Chromium and writes stories/assets/widgets.png, the picture the README shows.
import { serve } from './serve.js';
import { launchChromium } from './smoke/browser.js';

const out = new URL('../stories/assets/widgets.png', import.meta.url);
const { server, url } = await serve();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${url}/test/smoke/pages/readme.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => [...document.querySelectorAll('ec-indicator, ec-target-gauge')].every((el) => el.shadowRoot?.querySelector('svg')),
    { timeout: 15000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const box = await page.$('main');
  await box.screenshot({ path: out.pathname });
  console.log(`wrote ${out.pathname}`);
} finally {
  await browser.close();
  server.close();
}
