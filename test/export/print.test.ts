import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/indicator/define.js';
import '../../src/components/target-gauge/define.js';
import type { EcIndicator } from '../../src/components/indicator/ec-indicator.component.js';
import type { EcTargetGauge } from '../../src/components/target-gauge/ec-target-gauge.component.js';
import { PRINT_WIDTH } from '../../src/internal/ec-element.js';

// Only Chromium's CDP can emulate print media; Firefox's WebDriver BiDi and WebKit's WebDriver cannot.
const canEmulate = /Chrome\//.test(navigator.userAgent);

async function drawn<T extends EcIndicator | EcTargetGauge>(template: ReturnType<typeof html>, chart: string): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => el.shadowRoot!.querySelector(chart), 'chart never drew', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement;
const print = async (el: EcIndicator | EcTargetGauge, event: 'beforeprint' | 'afterprint') => {
  window.dispatchEvent(new Event(event));
  await el.updateComplete;
};

describe('print', () => {
  afterEach(async () => {
    if (canEmulate) await emulateMedia({ media: 'screen' });
  });

  it('<ec-indicator> lays out again at the printed width on beforeprint, and back on afterprint', async () => {
    const el = await drawn<EcIndicator>(html`<ec-indicator indicator="online-retail-sales" loading="eager" style="width: 760px"></ec-indicator>`, 'svg.plot');
    expect(Number($(el, 'svg.plot').getAttribute('width'))).to.equal(760);
    await print(el, 'beforeprint');
    const svg = $(el, 'svg.plot');
    expect(Number(svg.getAttribute('width'))).to.equal(PRINT_WIDTH);
    expect(svg.getAttribute('viewBox')).to.match(new RegExp(`^0 0 ${PRINT_WIDTH} `));
    await print(el, 'afterprint');
    expect(Number($(el, 'svg.plot').getAttribute('width'))).to.equal(760);
  });

  it('<ec-indicator> keeps a narrower width, and draws a lazy widget that never came into view', async () => {
    const narrow = await drawn<EcIndicator>(html`<ec-indicator indicator="online-retail-sales" loading="eager" style="width: 400px"></ec-indicator>`, 'svg.plot');
    await print(narrow, 'beforeprint');
    expect(Number($(narrow, 'svg.plot').getAttribute('width'))).to.equal(400);
    await print(narrow, 'afterprint');

    const holder = await fixture<HTMLDivElement>(html`<div style="margin-top: 5000px"><ec-indicator indicator="online-retail-sales"></ec-indicator></div>`);
    const lazy = holder.querySelector('ec-indicator')!;
    await lazy.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect($(lazy, 'svg.plot')).to.equal(null);
    await print(lazy, 'beforeprint');
    expect($(lazy, 'svg.plot')).to.not.equal(null);
    await print(lazy, 'afterprint');
  });

  it('<ec-target-gauge> draws a lazy gauge that never came into view', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="margin-top: 5000px; width: 500px"><ec-target-gauge indicator="online-retail-sales"></ec-target-gauge></div>`);
    const lazy = holder.querySelector('ec-target-gauge')!;
    await lazy.updateComplete;
    // Its width is measured by a ResizeObserver and applied on the frame after: three frames,
    // not a timeout, so a slow machine waits as long as it needs (WebKit under load did not in 100 ms).
    for (let frame = 0; frame < 3; frame++) await new Promise((r) => requestAnimationFrame(r));
    expect($(lazy, 'svg.chart')).to.equal(null);
    await print(lazy, 'beforeprint');
    expect($(lazy, 'svg.chart')).to.not.equal(null);
    expect(Number($(lazy, 'svg.chart').getAttribute('width'))).to.equal(500);
    await print(lazy, 'afterprint');
  });

  it('<ec-target-gauge> lays out at the printed width on beforeprint', async () => {
    const el = await drawn<EcTargetGauge>(html`<ec-target-gauge indicator="online-retail-sales" loading="eager" style="width: 760px"></ec-target-gauge>`, 'svg.chart');
    expect(Number($(el, 'svg.chart').getAttribute('width'))).to.equal(760);
    await print(el, 'beforeprint');
    expect(Number($(el, 'svg.chart').getAttribute('width'))).to.equal(PRINT_WIDTH);
    await print(el, 'afterprint');
    expect(Number($(el, 'svg.chart').getAttribute('width'))).to.equal(760);
  });

  it('<ec-indicator> prints the chart within the page, the table under it, and no menu or tooltip', async function () {
    if (!canEmulate) this.skip();
    const el = await drawn<EcIndicator>(html`<ec-indicator indicator="online-retail-sales" lang="en" loading="eager" style="width: 1200px"></ec-indicator>`, 'svg.plot');
    // Open the tooltip and the menu: neither may reach paper.
    $(el, '[part="chart"]').focus();
    await waitUntil(() => $(el, '.tooltip'), 'no tooltip');
    $(el, '.menu-button').click();
    await el.updateComplete;
    // The menu button took focus; put it back on the chart so the tooltip stays.
    $(el, '[part="chart"]').focus();
    await waitUntil(() => $(el, '.tooltip'), 'no tooltip');
    // The table is written out on beforeprint, which a browser fires before its print layout.
    await print(el, 'beforeprint');
    await emulateMedia({ media: 'print' });
    const page = document.documentElement.clientWidth;
    const chart = $(el, 'svg.plot').getBoundingClientRect();
    expect(chart.width).to.be.greaterThan(100);
    expect(chart.right).to.be.at.most(page + 0.5);
    const table = $(el, '.table-wrap');
    expect(getComputedStyle(table).position).to.equal('static');
    expect(table.getBoundingClientRect().top).to.be.at.least(chart.bottom - 0.5);
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(getComputedStyle($(el, '.menu')).display).to.equal('none');
    expect(getComputedStyle($(el, '.tooltip')).display).to.equal('none');
    expect(getComputedStyle(el).breakInside).to.equal('avoid');
    await print(el, 'afterprint');
  });

  it('<ec-target-gauge> prints the gauge within the page and no menu', async function () {
    if (!canEmulate) this.skip();
    const el = await drawn<EcTargetGauge>(html`<ec-target-gauge indicator="online-retail-sales" loading="eager" style="width: 1200px"></ec-target-gauge>`, 'svg.chart');
    await emulateMedia({ media: 'print' });
    expect($(el, 'svg.chart').getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth + 0.5);
    expect(getComputedStyle($(el, '.menu')).display).to.equal('none');
  });
});
