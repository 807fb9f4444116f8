// Random attributes and properties, thousands of combinations per widget: a page's CMS, a
// template bug or an attacker-controlled field may put anything into a widget's inputs. The
// widget must never throw into the page, never turn input into markup, and always say in
// words what it cannot draw.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/indicator/define.js';
import '../../src/components/target-gauge/define.js';
import { getIndicator, listIndicators, targets } from '../../src/data/selectors.js';
import { errorRecorder, messageText, shadowProblems, XSS } from './support.js';

declare global {
  interface Window {
    __xss?: () => void;
  }
}

/** Runs per widget on new elements (cheap: no layout until measured), and on drawn ones. */
const RUNS = 5000;
const DRAWN_RUNS = 1000;

const ids = listIndicators().map((i) => i.id);
const withTargets = ids.filter((id) => targets(id).length > 0);
const DOCUMENTS = ['plan-12th', 'mofcom-2013', 'state-council-2015', 'plan-13th', 'plan-14th'];

// ------------------------------------------------------------------ arbitraries

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const odd = fc.constantFrom(
  '', ' ', '\t\n', '\u0000', '\u200F', '\u202E', '\u202Eevil\u202C', '\u2066rtl\u2069', '\u061C', '\uFEFF', '\u00A0',
  '\u05E9\u05DC\u05D5\u05DD', 'مرحبا', '📈', '🇨🇳', '👩‍👩‍👧‍👦', 'e\u0301\u0301\u0301', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '\uD800', '\uDFFF', '\uDBFF\uDBFF', 'a\uD83Db', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype',
  'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '1e21', '-0', '0x7E4', '2020.5', ' 2020 ', '2020abc', '二〇二〇', '２０２０',
  'zh', 'en', 'zh-Hant-TW', 'en_GB', 'ar', 'dark', 'light', 'auto', 'eager', 'lazy', 'bar', 'line', 'arc', 'bullet', 'true', 'false', 'null', 'undefined',
  '9'.repeat(400), 'x'.repeat(2000),
);
const realId = fc.constantFrom(...ids).chain((id) =>
  fc.constantFrom(id, ` ${id} `, id.toUpperCase(), `${id}\u200B`, id.slice(0, -1), `${id}s`, `\n${id}\t`),
);
const numberText = fc
  .oneof(fc.double(), fc.integer({ min: 1985, max: 2105 }), fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 2 ** 53, 1e21))
  .map(String);
const text = fc.oneof(
  { weight: 3, arbitrary: odd },
  { weight: 3, arbitrary: fc.constantFrom(...XSS) },
  { weight: 3, arbitrary: realId },
  { weight: 2, arbitrary: numberText },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...XSS), odd, realId).map((parts) => parts.join('')) },
);
const attrValue = fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: fc.constant(null) });
const year = fc.oneof(
  fc.integer({ min: 1985, max: 2105 }),
  fc.double(),
  fc.constantFrom(2020, 2025, 2015, 1990, 2100, 1e21, -2020, Number.MAX_SAFE_INTEGER),
);
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1e308, 1e-308),
);
/** A supplied figure: mostly well-formed, with any field hostile. */
const suppliedItem = fc.record(
  {
    year: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2005, max: 2030 }) }, { weight: 1, arbitrary: year }, { weight: 1, arbitrary: text }),
    // Any value at all, absurd magnitudes included (edge-cases.test.ts measures those one by one).
    value: fc.oneof(
      { weight: 4, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
      { weight: 2, arbitrary: number },
      { weight: 1, arbitrary: text },
    ),
    source: fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.constant('国家统计局') }),
    qualifier: fc.oneof(fc.constantFrom('exact', 'over', 'about', 'at-least', 'nearly'), text),
    url: fc.oneof(
      fc.constantFrom('https://www.stats.gov.cn/', 'http://example.org/a?b=<c>&d="e"', 'https://x.test/"onmouseover="__xss()'),
      fc.constantFrom(...XSS),
      text,
    ),
  },
  { requiredKeys: ['year', 'value', 'source'] },
);
const observationsValue = fc.oneof(
  { weight: 4, arbitrary: fc.array(suppliedItem, { maxLength: 4 }) },
  { weight: 1, arbitrary: suppliedItem },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, [], {}, [null], [[]], 'not a list', 42) },
);
const jsonText = fc.oneof(
  observationsValue.map((v) => JSON.stringify(v) ?? ''),
  text,
  fc.constantFrom('{', '[{"year":2024,"value":1,"source":"</script><script>__xss()</script>"}]', '<!-- [] -->'),
);

type Op =
  | { kind: 'attr'; name: string; value: string | null }
  | { kind: 'prop'; name: string; value: unknown }
  | { kind: 'script'; text: string | null }
  | { kind: 'reconnect' }
  | { kind: 'tick' };

const common = (attr: fc.Arbitrary<Op>, prop: fc.Arbitrary<Op>, extra: fc.Arbitrary<Op>[] = []) =>
  fc.array(
    fc.oneof(
      { weight: 8, arbitrary: attr },
      { weight: 5, arbitrary: prop },
      { weight: 1, arbitrary: fc.constant<Op>({ kind: 'reconnect' }) },
      { weight: 2, arbitrary: fc.constant<Op>({ kind: 'tick' }) },
      ...extra.map((arbitrary) => ({ weight: 2, arbitrary })),
    ),
    { minLength: 1, maxLength: 8 },
  );

const sharedAttrs = ['indicator', 'lang', 'theme', 'loading', 'compact', 'width', 'hide-menu', 'dir', 'hidden', 'style', 'class', 'id', 'part', 'data-x'];
const indicatorOps = common(
  fc.record({
    kind: fc.constant('attr' as const),
    name: fc.constantFrom(...sharedAttrs, 'indicator', 'indicator', 'type', 'from', 'to', 'hide-targets', 'hide-periods'),
    value: attrValue,
  }),
  fc.oneof(
    fc.record({ kind: fc.constant('prop' as const), name: fc.constantFrom('indicator', 'type', 'lang', 'theme', 'loading'), value: fc.oneof(text, realId) }),
    fc.record({ kind: fc.constant('prop' as const), name: fc.constantFrom('from', 'to', 'width'), value: fc.oneof(year, number, fc.constant(undefined)) }),
    fc.record({ kind: fc.constant('prop' as const), name: fc.constantFrom('hideTargets', 'hidePeriods', 'compact', 'hideMenu'), value: fc.boolean() }),
    fc.record({ kind: fc.constant('prop' as const), name: fc.constant('observations'), value: observationsValue }),
  ),
  [fc.record({ kind: fc.constant('script' as const), text: fc.oneof(jsonText, fc.constant(null)) })],
);
const gaugeOps = common(
  fc.record({
    kind: fc.constant('attr' as const),
    name: fc.constantFrom(...sharedAttrs, 'indicator', 'indicator', 'target-year', 'document', 'variant', 'value', 'value-year', 'value-source'),
    value: fc.oneof(attrValue, fc.constantFrom(...DOCUMENTS), fc.constantFrom('2015', '2020', '2025', '17', '2023')),
  }),
  fc.oneof(
    fc.record({ kind: fc.constant('prop' as const), name: fc.constantFrom('indicator', 'lang', 'theme', 'loading', 'variant', 'valueSource'), value: text }),
    fc.record({ kind: fc.constant('prop' as const), name: fc.constant('indicator'), value: fc.constantFrom(...withTargets) }),
    fc.record({ kind: fc.constant('prop' as const), name: fc.constant('document'), value: fc.oneof(fc.constantFrom(...DOCUMENTS), text, fc.constant(undefined)) }),
    fc.record({ kind: fc.constant('prop' as const), name: fc.constantFrom('targetYear', 'valueYear', 'width'), value: fc.oneof(year, number, fc.constant(undefined)) }),
    fc.record({ kind: fc.constant('prop' as const), name: fc.constant('value'), value: fc.oneof(number, text, fc.constant(undefined)) }),
    fc.record({ kind: fc.constant('prop' as const), name: fc.constantFrom('compact', 'hideMenu'), value: fc.boolean() }),
  ),
);

// ------------------------------------------------------------------ running

let stage: HTMLElement;
let xssCalls = 0;
const recorder = errorRecorder();

before(() => {
  window.__xss = () => {
    xssCalls++;
  };
  stage = document.createElement('div');
  stage.style.cssText = 'width: 640px; position: relative;';
  document.body.append(stage);
});
after(() => {
  stage.remove();
  delete window.__xss;
});
beforeEach(() => {
  xssCalls = 0;
  recorder.errors.length = 0;
  recorder.start();
});
afterEach(() => recorder.stop());

async function apply(el: HTMLElement, ops: readonly Op[]): Promise<void> {
  const record = el as unknown as Record<string, unknown>;
  for (const op of ops) {
    switch (op.kind) {
      case 'attr':
        if (op.value === null) el.removeAttribute(op.name);
        else el.setAttribute(op.name, op.value);
        break;
      case 'prop':
        record[op.name] = op.value;
        break;
      case 'script': {
        el.querySelector(':scope > script')?.remove();
        if (op.text !== null) {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = op.text;
          el.append(script);
        }
        break;
      }
      case 'reconnect':
        el.remove();
        stage.append(el);
        break;
      case 'tick':
        await Promise.resolve();
        break;
    }
  }
}

/** Everything a host page would see go wrong after one run, as lines; [] when nothing did. */
async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<string[]> {
  const problems: string[] = [];
  // Updates that schedule further updates: wait until none is pending.
  for (let i = 0; i < 5; i++) {
    try {
      if (await el.updateComplete) break;
    } catch (error) {
      problems.push(`update threw: ${(error as Error)?.stack ?? String(error)}`);
      break;
    }
  }
  problems.push(...recorder.errors.splice(0));
  problems.push(...shadowProblems(el));
  if (xssCalls) problems.push(`a payload ran ${xssCalls} time(s)`);
  const raw = (el as unknown as { indicator: unknown }).indicator;
  const id = typeof raw === 'string' ? raw.trim() : '';
  if (!getIndicator(id)) {
    const message = messageText(el);
    if (!message) problems.push(`no readable message for indicator ${JSON.stringify(raw)}`);
  }
  if (!el.shadowRoot?.querySelector('*')) problems.push('empty shadow root');
  return problems;
}

/** Properties back to their defaults (and a real indicator), so each run starts from a known state. */
const RESET: Record<'ec-indicator' | 'ec-target-gauge', Record<string, unknown>> = {
  'ec-indicator': {
    type: 'line', from: undefined, to: undefined, hideTargets: false, hidePeriods: false, compact: false,
    observations: undefined, lang: '', theme: 'auto', loading: 'eager', width: undefined, hideMenu: false,
  },
  'ec-target-gauge': {
    targetYear: undefined, document: undefined, variant: 'bullet', compact: false, value: undefined, valueYear: undefined,
    valueSource: '', lang: '', theme: 'auto', loading: 'eager', width: undefined, hideMenu: false,
  },
};

/**
 * Drops the changes that take the chart away for reasons the first suite already covers (an
 * unknown id, a hidden host), so that most runs end with a chart laid out from the rest.
 */
const keepsChart = (sequence: Op[]) =>
  sequence.filter((op) => !(op.kind === 'attr' && ['indicator', 'hidden', 'style'].includes(op.name)) && !(op.kind === 'prop' && op.name === 'indicator'));

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const CHART = { 'ec-indicator': 'svg.plot', 'ec-target-gauge': 'svg[part="chart"]' };

function fuzz(tag: 'ec-indicator' | 'ec-target-gauge', ops: fc.Arbitrary<Op[]>) {
  const start = tag === 'ec-indicator' ? fc.constantFrom(...ids) : fc.constantFrom(...withTargets);

  it(`<${tag}>: ${RUNS} random input sequences on new elements, half applied before connecting`, async function () {
    this.timeout(240_000);
    const started = performance.now();
    const outside = () => [...document.querySelectorAll('script, img, iframe, object, embed, style, link')].filter((e) => !stage.contains(e)).length;
    const before = outside();
    await fc.assert(
      fc.asyncProperty(ops, fc.boolean(), async (sequence, eagerFirst) => {
        const el = document.createElement(tag) as Widget;
        if (eagerFirst) el.setAttribute('loading', 'eager');
        const split = sequence.length >> 1;
        await apply(el, sequence.slice(0, split));
        stage.append(el);
        await apply(el, sequence.slice(split));
        try {
          const problems = await settle(el);
          if (problems.length) throw new Error(problems.join('\n'));
        } finally {
          el.remove();
        }
      }),
      { numRuns: RUNS, endOnFailure: false, interruptAfterTimeLimit: 25_000, markInterruptAsFailure: true, includeErrorInReport: true },
    );
    expect(outside(), 'elements added to the host page').to.equal(before);
    expect(stage.childElementCount).to.equal(0);
    console.log(`<${tag}> new elements: ${RUNS} runs in ${Math.round(performance.now() - started)} ms, ${recorder.warnings} warnings`);
  });

  // New elements are never measured within a run (the ResizeObserver reports a frame later),
  // so they never lay a chart out: these stay connected and measured, and the layout code
  // meets the random input too.
  it(`<${tag}>: ${DRAWN_RUNS} random input sequences on drawn elements, chart layout included`, async function () {
    this.timeout(240_000);
    const started = performance.now();
    const pool: Widget[] = [];
    for (const id of ['online-retail-sales', 'ecommerce-transactions', withTargets[withTargets.length - 1]!]) {
      const el = document.createElement(tag) as Widget;
      el.setAttribute('indicator', id);
      el.setAttribute('loading', 'eager');
      stage.append(el);
      pool.push(el);
    }
    const deadline = Date.now() + 5000;
    while (!pool.every((el) => el.shadowRoot?.querySelector(CHART[tag])) && Date.now() < deadline) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(pool.every((el) => el.shadowRoot?.querySelector(CHART[tag])), 'pool charts drawn').to.equal(true);
    let drawn = 0;
    let frames = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.nat(pool.length - 1), start, ops.map(keepsChart), async (which, id, sequence) => {
          const el = pool[which]!;
          for (const name of el.getAttributeNames()) el.removeAttribute(name);
          el.querySelector(':scope > script')?.remove();
          Object.assign(el, RESET[tag], { indicator: id });
          await apply(el, sequence);
          const problems = await settle(el);
          if (problems.length) throw new Error(problems.join('\n'));
          if (el.shadowRoot?.querySelector(CHART[tag])) drawn++;
          // A run that took the chart away leaves it to be measured again: give the observer its frame.
          if (!el.isConnected) stage.append(el);
          if (!el.shadowRoot?.querySelector(CHART[tag])) {
            for (const name of el.getAttributeNames()) el.removeAttribute(name);
            el.querySelector(':scope > script')?.remove();
            Object.assign(el, RESET[tag], { indicator: id });
            await el.updateComplete;
            for (let i = 0; i < 10 && !el.shadowRoot?.querySelector(CHART[tag]); i++) {
              frames++;
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
          }
        }),
        { numRuns: DRAWN_RUNS, endOnFailure: false, interruptAfterTimeLimit: 25_000, markInterruptAsFailure: true, includeErrorInReport: true },
      );
    } finally {
      pool.forEach((el) => el.remove());
    }
    console.log(`<${tag}> drawn elements: ${DRAWN_RUNS} runs in ${Math.round(performance.now() - started)} ms, chart drawn after ${drawn}, ${frames} frames waited for a re-measure`);
    expect(drawn, 'runs that ended with a chart drawn').to.be.greaterThan(DRAWN_RUNS * 0.4);
  });
}

describe('hostile input (fast-check)', () => {
  fuzz('ec-indicator', indicatorOps);
  fuzz('ec-target-gauge', gaugeOps);
});
