// Inputs the fuzzer keeps out of its main properties because each one is a known failure, or
// needs a measurement of its own: wrongly typed properties, absurd magnitudes, enormous ids.
import { expect } from '@open-wc/testing';
import '../../src/components/indicator/define.js';
import '../../src/components/target-gauge/define.js';
import { errorRecorder, messageText, shadowProblems } from './support.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const recorder = errorRecorder();
let stage: HTMLElement;
beforeEach(() => {
  recorder.errors.length = 0;
  recorder.start();
  stage = document.createElement('div');
  stage.style.cssText = 'width: 640px;';
  document.body.append(stage);
});
afterEach(() => {
  recorder.stop();
  stage.remove();
});

/** Creates, sets, connects and waits; returns what went wrong on the way. */
async function render(tag: string, props: Record<string, unknown>, attrs: Record<string, string> = { loading: 'eager' }) {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  stage.append(el);
  const problems: string[] = [];
  try {
    await el.updateComplete;
  } catch (error) {
    problems.push(`update threw: ${(error as Error).message}`);
  }
  problems.push(...recorder.errors.splice(0));
  return { el, problems };
}

/** Waits up to `ms` for `selector` in the widget's shadow root. */
async function drawn(el: Widget, selector: string, ms = 3000): Promise<Element | null> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const found = el.shadowRoot?.querySelector(selector);
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}

describe('hostile input: edge cases', () => {
  for (const tag of ['ec-indicator', 'ec-target-gauge']) {
    describe(`<${tag}>`, () => {
      it('shows a message for an unknown id made of markup, and renders none of it', async () => {
        const { el, problems } = await render(tag, { indicator: '<img src=x onerror=alert(1)><script>alert(2)</script>' });
        expect(problems).to.deep.equal([]);
        expect(messageText(el)).to.contain('<img src=x onerror=alert(1)>');
        expect(shadowProblems(el)).to.deep.equal([]);
      });

      for (const value of [null, undefined]) {
        it(`treats indicator = ${value} as missing, with a message`, async () => {
          const { el, problems } = await render(tag, { indicator: value });
          expect(problems).to.deep.equal([]);
          expect(messageText(el)).to.be.a('string').and.not.equal('');
        });
      }

      // BUG (src/data/selectors.ts suggestIndicators + the unknownIndicator messages in src/format/messages.ts):
      // an unknown id of 20,000 characters (a CMS pasting a paragraph into the attribute) runs
      // editDistance(query, id) against all 57 ids — O(query × id) each — on every resolve: 1.3 s
      // (<ec-indicator>) and 2.9 s (<ec-target-gauge>, which resolves it more than once) of frozen
      // page in Firefox ESR, and the message quotes all 20,000 characters. Fix: in suggestIndicators,
      // `if (query.length > 2 * LONGEST_ID) return [];` (no id is longer than ~60 characters, so
      // nothing that long is a typo of one), and quote at most 80 characters of the id in
      // unknownIndicator (`id.length > 80 ? `${id.slice(0, 79)}…` : id`).
      it.skip('answers a 20,000-character id within 250 ms, with a message of readable length', async () => {
        const id = 'online-retail-sales-'.repeat(1000);
        const started = performance.now();
        const { el, problems } = await render(tag, { indicator: id });
        const took = performance.now() - started;
        expect(problems).to.deep.equal([]);
        expect(took, 'ms to render the message').to.be.below(250);
        expect(messageText(el)).to.be.a('string').and.not.equal('');
        expect(messageText(el)!.length, 'characters in the message').to.be.below(400);
      });

      it('ignores attributes it does not know (onclick, srcdoc, style), and never copies them inside', async () => {
        const { el, problems } = await render(tag, { indicator: 'online-retail-sales' }, {
          loading: 'eager', onmouseover: '__xss()', srcdoc: '<script>__xss()</script>', style: 'background: url(javascript:__xss())',
        });
        expect(problems).to.deep.equal([]);
        await drawn(el, 'svg');
        expect(shadowProblems(el)).to.deep.equal([]);
      });
    });
  }

  describe('wrongly typed properties (a script sets a number or an object where a string belongs)', () => {
    for (const tag of ['ec-indicator', 'ec-target-gauge']) {
      for (const [label, value] of [['42', 42], ['NaN', NaN], ['{}', {}], ['[]', []], ['true', true]] as const) {
        // BUG (ec-indicator): `indicator = 42` throws "this.indicator.trim is not a function" from
        // willUpdate into the page (src/components/indicator/ec-indicator.component.ts, computeView:
        // `(this.indicator ?? '').trim()`), and <ec-target-gauge> shows that TypeError text as its
        // message (src/components/target-gauge/gauge-view.ts, gaugeView: `(input.indicator ?? '').trim()`,
        // caught by resolve()). Fix in both: `const id = String(this.indicator ?? '').trim();` (and
        // `String(input.indicator ?? '')`), so the id is treated as text like an attribute would be:
        // 42 → "Unknown indicator '42'", {} → "Unknown indicator '[object Object]'".
        it.skip(`<${tag}> indicator = ${label}: a message naming the value, no error`, async () => {
          const { el, problems } = await render(tag, { indicator: value });
          expect(problems).to.deep.equal([]);
          expect(messageText(el)).to.contain(String(value));
          expect(messageText(el)).not.to.match(/is not a function|TypeError/);
        });
      }
    }
  });

  describe('absurd magnitudes', () => {
    // BUG (src/charts/supplied.ts + src/charts/indicator-layout.ts): a supplied figure is accepted
    // when it is any finite number, so `{ year: 2024, value: 1.7e308 }` reaches the layout, where
    // `maxValue * headroom` overflows to Infinity, valueTicks() falls back to [0, 1] and the mark
    // lands at y = NaN (`<rect class="mark-supplied" y="NaN">`, an SVG parse error in the console);
    // at 1e300 the y-axis labels are 300 digits long and push the plot's x past the chart's width
    // (the whole plot is drawn off-canvas). Fix: refuse implausible figures where they enter, in
    // checkItem(): `if (Math.abs(o.value) > 1e15) return { problem: 'value', got: shorten(o.value) };`
    // (no indicator in the dataset comes within nine orders of magnitude of 1e15 in its own unit),
    // and in indicator-layout guard the domain: `const top = maxValue * headroom; valueTicks([minValue,
    // Number.isFinite(top) ? top : maxValue], …)`.
    for (const value of [1.7e308, -1.4e308, 1e300]) {
      it.skip(`<ec-indicator> refuses a supplied value of ${value} with a message and keeps the chart in its box`, async () => {
        const { el, problems } = await render('ec-indicator', {
          indicator: 'ecommerce-transactions',
          observations: [{ year: 2024, value, source: 'test' }],
        });
        expect(problems).to.deep.equal([]);
        const svg = (await drawn(el as Widget, 'svg.plot')) as SVGSVGElement | null;
        expect(svg, 'chart drawn').to.not.equal(null);
        await el.updateComplete;
        expect(shadowProblems(el)).to.deep.equal([]);
        expect(messageText(el), 'message about the refused value').to.be.a('string').and.not.equal('');
        const box = svg!.getBoundingClientRect();
        for (const mark of svg!.querySelectorAll('.marks > *')) {
          const r = mark.getBoundingClientRect();
          expect(r.left >= box.left - 8 && r.right <= box.right + 8, `${mark.getAttribute('class')} inside the chart`).to.equal(true);
        }
      });
    }

    // BUG (src/format/number.ts formatAxisTick): the axis of a chart whose only figure is tiny
    // (an indicator with no actual series, targets hidden, one supplied value of 1e-25) has a tick
    // step of ~1e-26; `precisionFixed(step)` is 26 and formatNumber's checkDecimals throws
    // "RangeError: invalid decimals: 26 (expected an integer from 0 to 20)" out of willUpdate
    // into the page. Fix: `const decimals = … ? Math.min(20, precisionFixed(Math.abs(step))) : undefined;`
    // (and, with the magnitude bound proposed above, refuse 0 < |value| < 1e-9 in checkItem too).
    it.skip('<ec-indicator> draws a chart whose only figure is 1e-25 without throwing', async () => {
      const { el, problems } = await render('ec-indicator', {
        indicator: 'ecommerce-transactions-multiple',
        hideTargets: true,
        observations: [{ year: 2024, value: 1e-25, source: 'test' }],
      });
      expect(problems).to.deep.equal([]);
      expect(await drawn(el as Widget, 'svg.plot'), 'chart drawn').to.not.equal(null);
      await el.updateComplete;
      expect(recorder.errors).to.deep.equal([]);
      expect(shadowProblems(el)).to.deep.equal([]);
    });

    it('<ec-target-gauge> with value 1.7e308 draws finite geometry or a message', async () => {
      const { el, problems } = await render('ec-target-gauge', {
        indicator: 'online-retail-sales', value: 1.7e308, valueYear: 2023, valueSource: 'test',
      });
      expect(problems).to.deep.equal([]);
      await drawn(el as Widget, 'svg[part="chart"], [part~="message"]');
      await el.updateComplete;
      expect(shadowProblems(el)).to.deep.equal([]);
    });
  });
});
