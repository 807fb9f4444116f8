// The host belongs to the page: a widget writes no attribute on its own element that the page
// did not set (a reflected empty `lang` declared the content's language unknown to screen
// readers and `:lang()`), and puts the language it resolved on its shadow content instead.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EcIndicator, EcTargetGauge } from '../../src/index.js';
import { EcIndicator as EcIndicatorClass, EcTargetGauge as EcTargetGaugeClass } from '../../src/index.js';
import { COMPONENTS } from '../../src/view/components.js';
import { docOf } from '../../src/view/input-docs.js';
import { GAUGE_INPUTS, INDICATOR_INPUTS } from '../../src/view/inputs.js';
import { litProperties, type InputSchema } from '../../src/view/schema.js';
import manifest from '../../custom-elements.json';

const TAGS = ['ec-indicator', 'ec-target-gauge'] as const;

async function settled<T extends EcIndicator | EcTargetGauge>(el: T): Promise<T> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const names = (el: Element) => [...el.attributes].map((a) => a.name).sort();

describe('the host’s attributes are the page’s', () => {
  for (const tag of TAGS) {
    it(`<${tag}> with only the attributes the page wrote keeps exactly those, drawn or not`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('indicator', 'online-retail-sales');
      el.setAttribute('loading', 'eager');
      wrap.append(el);
      await settled(el);
      expect(names(el)).to.deep.equal(['indicator', 'loading']);
      expect(el.hasAttribute('lang'), 'no lang written').to.equal(false);
      // The language resolved from the ancestor is on the shadow content, for readers and :lang().
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
      expect(el.shadowRoot!.querySelector('.root')!.matches(':lang(en)')).to.equal(true);
    });

    it(`<${tag}> set from script (lang, theme, variant, width) writes none of them on the host`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
      const el = document.createElement(tag) as EcIndicator;
      el.indicator = 'online-retail-sales';
      el.loading = 'eager';
      el.lang = 'en';
      el.theme = 'dark';
      el.width = 500;
      wrap.append(el);
      await settled(el);
      expect(names(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('data-theme')).to.equal('dark');
    });

    it(`<${tag}> a lazy widget far from the viewport writes nothing either`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="margin-top: 5000px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('indicator', 'online-retail-sales');
      wrap.append(el);
      await settled(el);
      expect(names(el)).to.deep.equal(['indicator']);
    });
  }

  it('compact set from script is mirrored (the host’s own styles select on it), and only then', async () => {
    const el = await fixture<EcIndicator>(html`<ec-indicator indicator="online-retail-sales" loading="eager"></ec-indicator>`);
    await settled(el);
    expect(el.hasAttribute('compact')).to.equal(false);
    el.compact = true;
    await settled(el);
    expect(el.hasAttribute('compact')).to.equal(true);
  });
});

describe('theme tokens are read where they are used', () => {
  /** The computed fill of the first actual mark (indicator) or the bar (gauge). */
  const markColour = (el: Element) => {
    const mark = el.shadowRoot!.querySelector('.mark--actual, rect.bar')!;
    return getComputedStyle(mark).fill;
  };

  afterEach(() => document.documentElement.style.removeProperty('--ec-color-actual'));

  for (const tag of TAGS) {
    it(`<${tag}> takes --ec-color-actual from :root`, async () => {
      document.documentElement.style.setProperty('--ec-color-actual', 'rgb(1, 2, 3)');
      const el = document.createElement(tag);
      el.setAttribute('indicator', 'online-retail-sales');
      el.setAttribute('loading', 'eager');
      el.setAttribute('target-year', '2020');
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.append(el);
      await settled(el);
      expect(markColour(el)).to.equal('rgb(1, 2, 3)');
    });

    it(`<${tag}> takes --ec-color-actual from a container, and the default without one`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><section style="--ec-color-actual: rgb(4, 5, 6)"></section><aside></aside></div>`);
      const themed = document.createElement(tag);
      const plain = document.createElement(tag);
      for (const el of [themed, plain]) {
        el.setAttribute('indicator', 'online-retail-sales');
        el.setAttribute('loading', 'eager');
        el.setAttribute('target-year', '2020');
        el.setAttribute('theme', 'light');
      }
      wrap.querySelector('section')!.append(themed);
      wrap.querySelector('aside')!.append(plain);
      await settled(themed);
      await settled(plain);
      expect(markColour(themed)).to.equal('rgb(4, 5, 6)');
      // #0b5cad, the light theme's default.
      expect(markColour(plain)).to.equal('rgb(11, 92, 173)');
    });
  }
});

describe('the --ec-* tokens are documented and used', () => {
  /** Every `--ec-*` the styles read, from the adopted stylesheets of a drawn widget of each tag. */
  async function usedTokens(): Promise<Set<string>> {
    const used = new Set<string>();
    for (const tag of TAGS) {
      const el = document.createElement(tag);
      el.setAttribute('indicator', 'online-retail-sales');
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.append(el);
      await settled(el);
      for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
        const text = [...sheet.cssRules].map((r) => r.cssText).join('\n');
        for (const [, name] of text.matchAll(/var\(\s*(--ec-[\w-]+)/g)) used.add(name!);
      }
      // A declaration of a public token on the host would hide the page's value.
      for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSStyleRule && /:host/.test(rule.selectorText)) {
            expect([...rule.style].filter((p) => p.startsWith('--ec-')), `${tag} ${rule.selectorText}`).to.deep.equal([]);
          }
        }
      }
    }
    return used;
  }

  /** The `@cssprop` names in the components' class JSDoc. */
  function documentedTokens(): Set<string> {
    const documented = new Set<string>();
    // The compiled modules drop comments: the JSDoc is read from the manifest the docs read.
    for (const m of manifest.modules) for (const d of (m as { declarations?: { cssProperties?: { name: string }[] }[] }).declarations ?? []) for (const p of d.cssProperties ?? []) documented.add(p.name);
    return documented;
  }

  it('every --ec-* a style reads is documented with @cssprop, and every documented one is read', async () => {
    const used = await usedTokens();
    const documented = documentedTokens();
    expect([...used].filter((t) => !documented.has(t)), 'used but not documented').to.deep.equal([]);
    expect([...documented].filter((t) => t.startsWith('--ec-') && !used.has(t)), 'documented but never used').to.deep.equal([]);
    expect(used.size).to.be.greaterThan(12);
  });
});

describe('the elements declare exactly the schema’s inputs', () => {
  /** A declaration as Lit reads it: the attribute name (Lit's default is the lower-cased property), type and reflection. */
  const norm = (name: string, d: { attribute?: string | boolean; type?: unknown; reflect?: boolean }) => ({
    attribute: d.attribute === false ? false : typeof d.attribute === 'string' ? d.attribute : name.toLowerCase(),
    type: d.type === Number ? 'number' : d.type === Boolean ? 'boolean' : 'string',
    reflect: !!d.reflect,
  });
  const declared = (ctor: typeof EcIndicatorClass | typeof EcTargetGaugeClass) =>
    Object.fromEntries(
      [...ctor.elementProperties]
        .filter(([, d]) => !d.state)
        .map(([name, d]) => [String(name), norm(String(name), d as Parameters<typeof norm>[1])]),
    );
  const fromSchema = (schema: InputSchema) =>
    Object.fromEntries(Object.entries(litProperties(schema)).map(([name, d]) => [name, norm(name, d)]));

  it('<ec-indicator>: INDICATOR_INPUTS', () => {
    expect(declared(EcIndicatorClass)).to.deep.equal(fromSchema(INDICATOR_INPUTS));
  });

  it('<ec-target-gauge>: GAUGE_INPUTS', () => {
    expect(declared(EcTargetGaugeClass)).to.deep.equal(fromSchema(GAUGE_INPUTS));
  });

  it('every input of every widget has its line in the docs', () => {
    for (const [component, { inputs }] of Object.entries(COMPONENTS)) {
      for (const spec of inputs) expect(docOf(component, spec), `${component} ${spec.name}`).to.match(/\w.{10,}/);
    }
  });
});

describe('the chart part', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: part="chart" is the element the summary names, one per chart`, async () => {
      const el = document.createElement(tag) as EcIndicator;
      el.setAttribute('indicator', 'online-retail-sales');
      el.setAttribute('loading', 'eager');
      el.setAttribute('target-year', '2020');
      el.setAttribute('lang', 'en');
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      wrap.append(el);
      await settled(el);
      const charts = [...el.shadowRoot!.querySelectorAll('[part~="chart"]')];
      expect(charts).to.have.length(1);
      expect(charts[0]!.getAttribute('aria-label')).to.equal(el.summary);
    });
  }
});
