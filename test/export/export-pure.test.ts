import { expect } from '@open-wc/testing';
import { indicatorView } from '../../src/view/indicator-view.js';
import { toCsv } from '../../src/data/csv.js';
import { getIndicator, series, targets } from '../../src/data/selectors.js';
import { progress } from '../../src/data/targets.js';
import { citation, citations, documentReference } from '../../src/export/citation.js';
import { csvHead, gaugeCsvRows, indicatorCsvRows } from '../../src/export/csv.js';
import { inlineStyles, parseStylesheet, resolveVars, themeTokens } from '../../src/export/styles.js';
import { escapeXml, svgDocument, wrapRuns, type ExportSpec } from '../../src/export/svg-document.js';
import { baseStyles } from '../../src/internal/base.styles.js';

const retail = getIndicator('online-retail-sales')!;
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml');

describe('citation(id, lang)', () => {
  it('cites the 14th plan in GB/T 7714 style in Chinese', () => {
    expect(citation('plan-14th', 'zh-CN')).to.equal('商务部, 中央网信办, 发展改革委. “十四五”电子商务发展规划[Z]. 2021.');
  });

  it('puts a State Council document number after the title', () => {
    expect(citation('state-council-2015', 'zh-CN')).to.equal('国务院. 国务院关于大力发展电子商务加快培育经济新动力的意见: 国发〔2015〕24号[Z]. 2015.');
  });

  it('names the issuer, the plan and its Chinese title in English', () => {
    expect(citation('plan-14th', 'en')).to.equal(
      'Ministry of Commerce, Cyberspace Administration of China, National Development and Reform Commission. 14th Five-Year Plan for E-commerce Development [“十四五”电子商务发展规划]. 2021.',
    );
    expect(citation('plan-12th', 'en')).to.equal(
      'Ministry of Industry and Information Technology (MIIT). 12th Five-Year Plan for E-commerce Development [电子商务“十二五”发展规划]. 2012.',
    );
  });

  it('citations(ids) numbers several references in order of issue, once each', () => {
    const text = citations(['plan-14th', 'plan-12th', 'plan-14th'], 'zh-CN');
    expect(text.split('\n')).to.deep.equal([
      '[1] 工业和信息化部. 电子商务“十二五”发展规划[Z]. 2012.',
      '[2] 商务部, 中央网信办, 发展改革委. “十四五”电子商务发展规划[Z]. 2021.',
    ]);
    expect(citations(['plan-13th'], 'en')).to.not.match(/^\[1\]/);
  });

  it('documentReference(id, lang) gives title, issuer and date', () => {
    expect(documentReference('plan-13th', 'zh-CN')).to.equal('电子商务“十三五”发展规划（商务部、中央网信办、发展改革委，2016-12）');
    expect(() => citation('plan-99th' as never, 'en')).to.throw('invalid document: plan-99th');
  });
});

describe('indicatorCsvRows(view)', () => {
  it('heads the rows in the widget language, with a source column', () => {
    expect(csvHead('zh-CN')).to.deep.equal(['指标', '年份', '数值', '单位', '数值（文字）', '类型', '完成情况', '原文写法', '来源']);
    expect(csvHead('en')[csvHead('en').length - 1]).to.equal('Source');
  });

  it('has one row per actual and per target shown, each traced to its document', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const rows = indicatorCsvRows(indicatorView(retail, { lang }));
      expect(rows[0]).to.deep.equal(csvHead(lang));
      expect(rows.length - 1).to.equal(series(retail.id).length + targets(retail.id).length);
      const r2020 = rows.find((r) => r[1] === '2020' && r[2] === '11.8')!;
      expect(r2020[8]).to.contain(lang === 'zh-CN' ? '“十四五”电子商务发展规划' : '14th Five-Year Plan for E-commerce Development');
      const t2020 = rows.find((r) => r[1] === '2020' && r[2] === '10')!;
      expect(t2020[5]).to.equal(lang === 'zh-CN' ? '目标' : 'Target');
      expect(t2020[6]).to.contain(lang === 'zh-CN' ? '已实现' : 'achieved');
      expect(t2020[7]).to.equal('10 万亿元');
      expect(t2020[4]).to.equal(lang === 'zh-CN' ? '10万亿元左右' : 'about 10 trillion yuan');
    }
  });

  it('follows the years shown and hidden targets', () => {
    const rows = indicatorCsvRows(indicatorView(retail, { lang: 'en', from: 2015, to: 2020, hideTargets: true }));
    expect(rows.slice(1).map((r) => r[1])).to.deep.equal(series(retail.id).filter((p) => p.year >= 2015 && p.year <= 2020).map((p) => String(p.year)));
  });

  it('cites supplied figures with their source and URL', () => {
    // As of the end of 2021 (before the first release), 2023 has only the supplied figure.
    const view = indicatorView(retail, { lang: 'en', asOf: '2021-12-31', supplied: [{ year: 2023, value: 15.4, source: 'NBS 2023 communiqué', url: 'https://example.org/x' }] });
    const row = indicatorCsvRows(view).find((r) => r[1] === '2023')!;
    expect(row[8]).to.equal('NBS 2023 communiqué https://example.org/x');
    expect(row[5]).to.equal('Supplied figure');
  });

  it('becomes UTF-8 CSV with a BOM through toCsv', () => {
    const text = toCsv(indicatorCsvRows(indicatorView(retail, { lang: 'zh-CN' })));
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text.split('\r\n')[0]).to.equal('\uFEFF指标,年份,数值,单位,数值（文字）,类型,完成情况,原文写法,来源');
  });
});

describe('gaugeCsvRows(indicator, entries, lang)', () => {
  it('gives baseline, latest and target with the status as outcome', () => {
    const p = progress(retail.id, 2020)!;
    const rows = gaugeCsvRows(retail, [p], 'en');
    expect(rows.slice(1).map((r) => r[5])).to.deep.equal(['Baseline', 'Latest', 'Target']);
    expect(rows[3]![6]).to.equal('Achieved');
    expect(rows[1]![8]).to.contain('(Ministry of Commerce');
  });
});

describe('parseStylesheet(css) and inlineStyles(markup, options)', () => {
  const css = `
    .root { --_ec-color-actual: var(--ec-color-actual, #0b5cad); --_ec-background: var(--ec-background, #fff); }
    .root[data-theme='dark'] { --_ec-color-actual: var(--ec-color-actual, #58a6ff); }
    .line { stroke: var(--_ec-color-actual); stroke-width: 2; position: absolute; }
    svg text { font-family: var(--ec-font-family); fill: red; }
    .chart .label--target { fill: var(--ec-color-target, #a84f00); }
    .label { fill: blue !important; }
    :host([compact]) .line { stroke-width: 9; }
    @media print { .line { stroke: black; } }
  `;
  const rules = parseStylesheet(css);

  it('reads the tokens of a theme from .root, each resolved to its default, under both names', () => {
    expect(themeTokens(css, 'light')['--_ec-color-actual']).to.equal('#0b5cad');
    expect(themeTokens(css, 'light')['--ec-color-actual']).to.equal('#0b5cad');
    expect(themeTokens(css, 'dark')['--ec-color-actual']).to.equal('#58a6ff');
    expect(themeTokens(baseStyles.cssText, 'dark')['--ec-background']).to.equal('#0d1117');
  });

  it('resolveVars substitutes tokens and fallbacks, and refuses CSS-wide keywords', () => {
    expect(resolveVars('var(--a)', { '--a': '#123' })).to.equal('#123');
    expect(resolveVars('var(--b, #456)', {})).to.equal('#456');
    expect(resolveVars('var(--c)', {})).to.equal(null);
    expect(resolveVars('var(--d)', { '--d': 'inherit' })).to.equal(null);
  });

  it('writes matching declarations as attributes, by specificity and importance, skipping at-rules and :host rules', () => {
    const tokens = themeTokens(css, 'light');
    const out = inlineStyles(
      '<svg xmlns="http://www.w3.org/2000/svg" class="chart" aria-hidden="true"><path class="line" d="M0,0" stroke="green"/><text class="label label--target">a &amp; b</text><!-- x --></svg>',
      { rules, tokens },
    );
    const doc = parse(out);
    expect(doc.querySelector('parsererror')).to.equal(null);
    const path = doc.querySelector('path')!;
    expect(path.getAttribute('stroke')).to.equal('#0b5cad');
    expect(path.getAttribute('stroke-width')).to.equal('2');
    expect(path.hasAttribute('position')).to.equal(false);
    expect(path.hasAttribute('class')).to.equal(false);
    const text = doc.querySelector('text')!;
    expect(text.getAttribute('fill')).to.equal('blue');
    // Unresolvable (inherit): left to inherit, as in the widget.
    expect(text.hasAttribute('font-family')).to.equal(false);
    expect(text.textContent).to.equal('a & b');
    expect(out).to.not.contain('aria-hidden');
    expect(out).to.not.contain('<!--');
  });
});

describe('svgDocument(spec, style)', () => {
  const spec: ExportSpec<string> = {
    lang: 'en',
    filename: 'x.en',
    title: 'Online retail sales <&>',
    unit: 'trillion yuan',
    summary: 'A summary.',
    charts: [{ chart: '<svg width="300" height="100" viewBox="0 0 300 100"><rect width="10" height="10" fill="#0b5cad"/></svg>', width: 300, height: 100 }],
    footer: [{ runs: [{ text: 'Source: 12th FYP, 13th FYP, and 14th FYP', tone: 'muted' }] }],
    csv: [],
    citation: '',
  };

  it('is well-formed SVG with the namespace, title, unit and source, and no CSS variables', () => {
    const markup = svgDocument(spec, { tokens: themeTokens(baseStyles.cssText, 'light'), fontFamily: 'Georgia, "Noto Serif"' });
    const doc = parse(markup);
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('font-family')).to.equal('Georgia, "Noto Serif"');
    expect(doc.querySelector('title')!.textContent).to.equal('Online retail sales <&> (trillion yuan)');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).to.equal('Online retail sales <&> (trillion yuan)');
    expect(texts).to.include('Source: 12th FYP, 13th FYP, and 14th FYP');
    expect(markup).to.not.contain('var(--');
    expect(markup).to.not.match(/<link|@import|url\(http|<script|<style/);
  });

  it('wraps long text to the width, Chinese by character and English by word', () => {
    expect(wrapRuns([{ text: 'aaaa bbbb cccc' }], 10, 60).map((l) => l.map((p) => p.text).join(''))).to.deep.equal(['aaaa bbbb', 'cccc']);
    const zh = wrapRuns([{ text: '来源：“十二五”规划、商务部2013年实施意见' }], 10, 100);
    expect(zh.length).to.be.greaterThan(1);
    expect(zh.flat().map((p) => p.text).join('')).to.equal('来源：“十二五”规划、商务部2013年实施意见');
  });

  it('escapeXml escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
