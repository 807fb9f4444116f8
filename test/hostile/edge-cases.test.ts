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

      // A paragraph pasted as the id: no id is that long, so no "did you mean" search (O(query × id) per id),
      // and the message quotes at most 80 characters of it.
      it('answers a 20,000-character id within 250 ms, with a message of readable length', async () => {
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
        // Read as the text an attribute would give: 42 → "Unknown indicator '42'".
        it(`<${tag}> indicator = ${label}: a message naming the value, no error`, async () => {
          const { el, problems } = await render(tag, { indicator: value });
          expect(problems).to.deep.equal([]);
          expect(messageText(el)).to.contain(String(value));
          expect(messageText(el)).not.to.match(/is not a function|TypeError/);
        });
      }
    }
  });

  describe('absurd magnitudes', () => {
    // A supplied figure beyond ±1e15 is refused where it enters (supplied.ts checkItem), and the layout
    // keeps its domain finite (`maxValue * headroom` overflows near 1.7e308).
    for (const value of [1.7e308, -1.4e308, 1e300]) {
      it(`<ec-indicator> refuses a supplied value of ${value} with a message and keeps the chart in its box`, async () => {
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

    // A tick step of ~1e-26 asks formatAxisTick for more decimals than Intl allows (20): capped.
    it('<ec-indicator> draws a chart whose only figure is 1e-25 without throwing', async () => {
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

describe('a flood of supplied figures', () => {
  it('20,000 figures over five years draw five points, not 140,000 nodes, and say so', async () => {
    const recorder = errorRecorder();
    recorder.start();
    const warnings: string[] = [];
    // After the recorder's own silencing: these warnings are what the test reads.
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const el = document.createElement('ec-indicator');
    try {
      el.setAttribute('indicator', 'online-retail-sales');
      el.setAttribute('loading', 'eager');
      el.setAttribute('lang', 'en');
      el.style.width = '640px';
      el.observations = Array.from({ length: 20000 }, (_, i) => ({ year: 2021 + (i % 5), value: 10 + (i % 5), source: 'loop' }));
      document.body.append(el);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('*').length, 'shadow nodes').to.be.below(3000);
      expect(el.shadowRoot!.querySelectorAll('svg.plot .mark--supplied').length).to.equal(5);
      // Two problems, each said once: the years given again, and the figures past the cap.
      expect(warnings.filter((w) => w.includes('only the first'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('more than once'))).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('[part="message"]').length).to.equal(2);
      expect(shadowProblems(el)).to.deep.equal([]);
    } finally {
      el.remove();
      recorder.stop();
    }
    expect(recorder.errors).to.deep.equal([]);
  });
});
