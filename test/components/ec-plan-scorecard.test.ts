// <ec-plan-scorecard> rendered in real browsers on the dataset's own figures. Expected counts
// are computed here from the data API (progress() over each document's targets), not typed in,
// so the tests follow the dataset as official figures are added.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/plan-scorecard/define.js';
import type { EcPlanScorecard } from '../../src/components/plan-scorecard/ec-plan-scorecard.component.js';
import { dataset, getDocument, listDocuments, progress, type DocumentId, type ProgressStatus } from '../../src/data/index.js';
import { messages } from '../../src/format/index.js';
import * as stories from '../../stories/plan-scorecard.stories.js';
import { SCORECARD_INPUTS } from '../../src/view/scorecard-inputs.js';
import { scorecardView } from '../../src/view/scorecard-view.js';
import { litProperties } from '../../src/view/schema.js';
import { placeWidget, type Attrs } from './support.js';

/** A scorecard in a box of `width` px, drawn at once. */
async function scorecard(attrs: Attrs, width = 900): Promise<EcPlanScorecard> {
  const el = await placeWidget<EcPlanScorecard>('ec-plan-scorecard', attrs, width);
  await waitUntil(() => el.shadowRoot!.querySelector('table, [part="pills"], [part="message"]'), 'drawn');
  // A frame for the measured width to arrive, then its update.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Captures console.warn while `body` runs. */
async function warnings(body: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

/**
 * What a document's default rows should be, worked out from the raw dataset: the targets it
 * labels 预期性/约束性 (its main-indicator table) if any, else all its targets; each with
 * progress()'s status for that document and year.
 */
function expectedRows(document: DocumentId): Array<{ indicator: string; year: number; status: ProgressStatus }> {
  const targets = dataset.observations.filter((o) => o.kind === 'target' && o.document === document);
  const typed = targets.filter((o) => o.target_type);
  const chosen = typed.length ? typed : targets;
  const seen = new Set<string>();
  return chosen
    .filter((o) => !seen.has(`${o.indicator}/${o.year}`) && seen.add(`${o.indicator}/${o.year}`))
    .map((o) => ({ indicator: o.indicator, year: o.year, status: progress(o.indicator, o.year, { document })!.status }));
}

const documentsWithTargets = listDocuments()
  .map((d) => d.id)
  .filter((id) => dataset.observations.some((o) => o.kind === 'target' && o.document === id));

describe('<ec-plan-scorecard>', () => {
  describe('a real table', () => {
    it('has a caption, six column headers and a row header per target, with table roles written out', async () => {
      const el = await scorecard({ document: 'plan-14th', lang: 'zh-CN' });
      const table = $(el, 'table')!;
      expect(table.getAttribute('role')).to.equal('table');
      expect(text($(el, 'caption'))).to.equal('“十四五”电子商务发展规划 · 主要指标');
      const heads = $$(el, 'thead th');
      expect(heads.map(text)).to.deep.equal(['指标', '基期', '目标', '最新数据', '评估', '完成度']);
      heads.forEach((h) => expect(h.getAttribute('scope')).to.equal('col'));
      const rowHeads = $$(el, 'tbody th');
      expect(rowHeads).to.have.length(expectedRows('plan-14th').length);
      rowHeads.forEach((h) => expect(h.getAttribute('scope')).to.equal('row'));
      $$(el, 'tbody tr').forEach((tr) => expect(tr.querySelectorAll('td')).to.have.length(5));
    });

    it('shows the 14th plan’s main-indicator table in the plan’s order, with 预期性 and the baseline year', async () => {
      const el = await scorecard({ document: 'plan-14th', lang: 'zh-CN' });
      const names = $$(el, 'tbody th').map((th) => text(th.querySelector('.name')));
      expect(names).to.deep.equal(['电子商务交易额', '网络零售额', '电子商务从业人员', '工业电子商务普及率', '农村电子商务交易额', '跨境电子商务交易额']);
      const first = $(el, 'tbody tr')!;
      const cells = [...first.querySelectorAll('td')];
      expect(text(cells[0]!.querySelector('.cell-body'))).to.contain('37.2万亿元').and.contain('2020年');
      expect(text(cells[1]!.querySelector('.cell-body'))).to.contain('46万亿元').and.contain('2025年').and.contain('预期性');
    });

    it('writes the table roles out on every part, so the narrow layout’s cards keep them', async () => {
      const el = await scorecard({ document: 'plan-13th', lang: 'en' }, 280);
      expect($$(el, 'thead, tbody').every((g) => g.getAttribute('role') === 'rowgroup')).to.equal(true);
      expect($$(el, 'tr').every((tr) => tr.getAttribute('role') === 'row')).to.equal(true);
      expect($$(el, 'thead th').every((th) => th.getAttribute('role') === 'columnheader')).to.equal(true);
      expect($$(el, 'tbody th').every((th) => th.getAttribute('role') === 'rowheader')).to.equal(true);
      expect($$(el, 'tbody td').every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
      // Each card's visible cell labels repeat the column headers: hidden from assistive technology.
      expect($$(el, '.cell-label').every((l) => l.getAttribute('aria-hidden') === 'true')).to.equal(true);
    });
  });

  describe('verdicts and the headline, per document, computed from the data', () => {
    for (const document of documentsWithTargets) {
      it(`${document}: one row per target with progress()'s verdict in words and shape, and the headline's counts`, async () => {
        const rows = expectedRows(document);
        const el = await scorecard({ document, lang: 'en' });
        const shown = $$(el, 'tbody tr');
        expect(shown).to.have.length(rows.length);
        rows.forEach((row, i) => {
          const status = shown[i]!.querySelector('.status')!;
          expect(status.querySelector(`.icon--${row.status}`), `${row.indicator}: shape`).to.exist;
          expect(text(status), `${row.indicator}: words`).to.equal(messages.en.status[row.status]);
        });
        const achieved = rows.filter((r) => r.status === 'achieved').length;
        const assessed = rows.filter((r) => r.status === 'achieved' || r.status === 'not-achieved').length;
        const cannot = rows.filter((r) => r.status === 'cannot-assess').length;
        expect(el.counts).to.include({ achieved, assessed, cannotAssess: cannot, total: rows.length });
        const headline = text($(el, '[part="headline"]'));
        expect(headline).to.equal(el.headline);
        if (assessed) expect(headline).to.contain(`${achieved} of ${assessed} target`);
        if (cannot && assessed) expect(headline).to.contain(`${cannot} more cannot be assessed`);
        if (cannot && !assessed && cannot === rows.length) expect(headline).to.match(/can(not)? be assessed$/);
      });
    }

    it('words the headline in Chinese: “3项目标中2项完成” counts only assessable targets', async () => {
      const rows = expectedRows('plan-13th');
      const achieved = rows.filter((r) => r.status === 'achieved').length;
      const assessed = rows.filter((r) => r.status === 'achieved' || r.status === 'not-achieved').length;
      const el = await scorecard({ document: 'plan-13th', lang: 'zh-CN' });
      expect(text($(el, '[part="headline"]'))).to.contain(`${assessed}项目标中${achieved}项完成`);
    });

    it('shows the ratio and a bar drawn by the gauge layout for a target with an outcome', async () => {
      const el = await scorecard({ document: 'plan-13th', indicators: 'online-retail-sales', lang: 'en' });
      const cell = $(el, 'tbody tr .ratio-cell')!;
      expect(text(cell.querySelector('.percent'))).to.equal('118%');
      const bar = cell.querySelector('svg[part="bar"]')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect(bar.querySelector('.bar')).to.exist;
      expect(bar.querySelector('.marker--target')).to.exist;
      expect(bar.querySelector('.marker--baseline')).to.exist;
    });
  });

  describe('attributes', () => {
    it('indicators= chooses and orders the rows, and drops unknown ids with a notice and one English warning', async () => {
      let el!: EcPlanScorecard;
      const seen = await warnings(async () => {
        el = await scorecard({ document: 'plan-13th', indicators: 'ecommerce-employment, online-retail-sales,nosuch-id', lang: 'zh-CN' });
      });
      expect($$(el, 'tbody th').map((th) => text(th.querySelector('.name')))).to.deep.equal(['电子商务从业人员', '网络零售额']);
      expect(text($(el, '.notices [part="message"]'))).to.contain('nosuch-id');
      expect(seen).to.have.length(1);
      expect(seen[0]).to.match(/^<ec-plan-scorecard> indicators: 'nosuch-id' is not a known indicator/);
      expect(text($(el, 'caption'))).to.contain('量化目标');
    });

    it('as-of judges as the data stood on a date, and a bad date is one warning and the latest figures', async () => {
      const then = await scorecard({ document: 'plan-14th', lang: 'en', 'as-of': '2021-12-31' });
      // Before any release on the 2021–2025 period, the plan's own figures were all there was.
      const expected = expectedRows('plan-14th').map((r) => progress(r.indicator, r.year, { document: 'plan-14th', asOf: '2021-12-31' })!.status);
      expect($$(then, 'tbody tr .status').map((s) => [...s.classList].find((c) => c.startsWith('status--'))!.slice(8))).to.deep.equal(expected);
      expect(text($(then, '.as-of'))).to.equal('Figures as of 2021-12-31');
      let el!: EcPlanScorecard;
      const seen = await warnings(async () => {
        el = await scorecard({ document: 'plan-14th', lang: 'en', 'as-of': 'last year' });
      });
      expect(seen).to.deep.equal(["<ec-plan-scorecard> as-of 'last year' is not a date (YYYY-MM-DD); the latest figures are shown."]);
      expect($(el, 'table')).to.exist;
    });

    it('target-year chooses the year, and a year without targets is a message listing the years that have one', async () => {
      const el = await scorecard({ document: 'plan-14th', 'target-year': '2020', lang: 'en' });
      expect(text($(el, '[part="message"]'))).to.equal('The 14th Five-Year Plan sets no 2020 targets; it sets targets for 2025.');
      expect($(el, 'table')).to.equal(null);
    });

    it('inherits lang from an ancestor and follows a change of it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width:700px"><ec-plan-scorecard document="plan-13th" loading="eager"></ec-plan-scorecard></div>`);
      const el = wrapper.querySelector('ec-plan-scorecard')!;
      await el.updateComplete;
      expect(text($(el, 'caption'))).to.contain('quantified targets');
      expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
      wrapper.lang = 'zh-CN';
      await waitUntil(() => text($(el, 'caption')).includes('量化目标'), 'switched to Chinese');
    });

    it('compact shows the headline and one pill per target with shape, name and share', async () => {
      const el = await scorecard({ document: 'plan-13th', compact: true, lang: 'en' });
      expect($(el, 'table')).to.equal(null);
      const pills = $$(el, '[part="pill"]');
      expect(pills).to.have.length(expectedRows('plan-13th').length);
      const retail = pills.find((p) => text(p).includes('Online retail sales'))!;
      expect(retail.querySelector('.icon--achieved')).to.exist;
      expect(text(retail)).to.contain('118%').and.contain('Achieved');
      await expect(el).to.be.accessible();
    });
  });

  describe('narrow columns', () => {
    for (const lang of ['zh-CN', 'en']) {
      it(`reflows to one card per target at 280 px with nothing wider than the box (${lang})`, async () => {
        const el = await scorecard({ document: 'plan-14th', lang }, 280);
        const box = el.getBoundingClientRect();
        expect(box.width).to.equal(280);
        const root = $(el, '.root') as HTMLElement;
        expect(root.scrollWidth, 'no horizontal overflow').to.be.at.most(280);
        // Cards: the header row is hidden from view, each cell shows its label.
        const thead = $(el, 'thead') as HTMLElement;
        expect(thead.getBoundingClientRect().width).to.be.at.most(1);
        const label = $(el, 'tbody .cell-label') as HTMLElement;
        expect(getComputedStyle(label).display).to.not.equal('none');
        for (const node of $$(el, 'tbody *')) {
          const r = node.getBoundingClientRect();
          if (r.width === 0) continue;
          expect(r.right, `${node.localName}.${(node as Element).getAttribute('class')} inside the box`).to.be.at.most(box.right + 0.5);
          expect(r.left).to.be.at.least(box.left - 0.5);
        }
        await expect(el).to.be.accessible();
      });
    }

    for (const width of [560, 640, 720]) {
      it(`keeps every plan's table inside a ${width} px column, in both languages`, async () => {
        for (const document of documentsWithTargets) {
          for (const lang of ['zh-CN', 'en']) {
            const el = await scorecard({ document, lang }, width);
            const root = $(el, '.root') as HTMLElement;
            expect(getComputedStyle($(el, 'tbody tr')!).display, 'a table, not cards').to.equal('table-row');
            expect(($(el, 'table') as HTMLElement).getBoundingClientRect().width, `${document} ${lang}`).to.be.at.most(width + 0.5);
            expect(root.scrollWidth, `${document} ${lang}`).to.be.at.most(width);
          }
        }
      });
    }

    it('keeps the table layout at 900 px (no cell labels)', async () => {
      const el = await scorecard({ document: 'plan-14th', lang: 'en' }, 900);
      expect(getComputedStyle($(el, 'tbody .cell-label')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'tbody tr')!).display).to.equal('table-row');
    });
  });

  describe('sources, downloads and lazy drawing', () => {
    it('opens a sources panel quoting the sentence behind every figure', async () => {
      const el = await scorecard({ document: 'plan-13th', lang: 'en' });
      const toggle = $(el, '.source-toggle') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const quotes = $$(el, '[part="sources"] blockquote').map(text);
      const plan = dataset.observations.find((o) => o.id === 'plan-13th/online-retail-sales/2020/target');
      expect(quotes).to.include(plan!.quote.replace(/\s+/g, ' ').trim());
      await expect(el).to.be.accessible();
    });

    it('quotes a statistical release’s figure with its publisher and in the language of the copy read', async () => {
      const el = await scorecard({ document: 'plan-14th', lang: 'en' });
      const result = scorecardView({ lang: 'en', document: 'plan-14th' });
      if (result.kind !== 'ok') throw new Error(result.text);
      const fromRelease = result.view.rows.map((r) => r.latest).filter((l) => l && getDocument(l.document)?.kind === 'statistical-release');
      expect(fromRelease.length, 'the 14th plan has figures from releases').to.be.greaterThan(0);
      ($(el, '.source-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      for (const latest of fromRelease) {
        const quote = $$(el, '[part="sources"] blockquote').find((b) => b.textContent === latest!.observation.quote)!;
        expect(quote, latest!.observation.quote).to.exist;
        const language = getDocument(latest!.document)!.copies?.find((c) => c.role === 'passage')?.language ?? 'zh-Hans';
        expect(quote.getAttribute('lang')).to.equal(language === 'zh-Hans' ? 'zh-CN' : language);
        expect(text(quote.closest('dd')!.previousElementSibling)).to.contain(getDocument(latest!.document)!.title_en);
      }
    });

    it('exports CSV rows with sources and quotes, an SVG card and the citation', async () => {
      const el = await scorecard({ document: 'plan-14th', lang: 'zh-CN' });
      const csv = el.exportCsv();
      const lines = csv.trim().split('\r\n');
      expect(lines.length).to.equal(1 + expectedRows('plan-14th').length);
      expect(lines[0]).to.contain('目标原文');
      expect(csv).to.contain('预期性');
      const svg = el.exportSvg();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(svg).to.contain(el.headline);
      expect(doc.querySelectorAll('svg svg.card, svg > g svg').length).to.be.greaterThan(0);
      expect(el.citation()).to.contain('“十四五”电子商务发展规划[Z]. 2021.');
    });

    it('announces a download from its menu as a cancelable ec-export event, named after the document', async () => {
      const el = await scorecard({ document: 'plan-13th', lang: 'en' });
      const seen: Array<{ format: string; filename: string; type: string }> = [];
      el.addEventListener('ec-export', (event) => {
        const detail = (event as CustomEvent<{ format: string; filename: string; data: Blob }>).detail;
        seen.push({ format: detail.format, filename: detail.filename, type: detail.data.type });
        event.preventDefault();
      });
      ($(el, '[part="menu-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      await waitUntil(() => $(el, '.menu-item[data-format="csv"]') && !$(el, '.menu-list')!.hasAttribute('hidden'), 'menu open');
      ($(el, '.menu-item[data-format="csv"]') as HTMLButtonElement).click();
      await waitUntil(() => seen.length > 0, 'ec-export fired');
      expect(seen[0]).to.deep.equal({ format: 'csv', filename: 'plan-13th.scorecard.en.csv', type: 'text/csv;charset=utf-8' });
    });

    it('off-screen, shows the headline and a box named by the summary; draws the table when scrolled near', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en" style="width:600px"><div style="height:5000px"></div></div>`);
      wrap.insertAdjacentHTML('beforeend', '<ec-plan-scorecard document="plan-13th"></ec-plan-scorecard>');
      const el = wrap.lastElementChild as EcPlanScorecard;
      await el.updateComplete;
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect($(el, 'table')).to.equal(null);
      const box = $(el, '.table-placeholder')!;
      expect(box.getAttribute('role')).to.equal('img');
      expect(box.getAttribute('aria-label')).to.equal(el.summary);
      expect(el.summary).to.contain(el.headline);
      el.scrollIntoView();
      await waitUntil(() => $(el, 'table'), 'drawn once scrolled near', { timeout: 5000 });
      window.scrollTo(0, 0);
    });
  });

  describe('declared inputs', () => {
    it('declares exactly the schema’s inputs (SCORECARD_INPUTS) as properties, reflecting only compact', () => {
      const Ctor = customElements.get('ec-plan-scorecard') as unknown as { elementProperties: Map<PropertyKey, { attribute?: string | boolean; type?: unknown; reflect?: boolean; state?: boolean }> };
      const norm = (name: string, d: { attribute?: string | boolean; type?: unknown; reflect?: boolean }) => ({
        attribute: d.attribute === false ? false : typeof d.attribute === 'string' ? d.attribute : name.toLowerCase(),
        type: d.type === Number ? 'number' : d.type === Boolean ? 'boolean' : 'string',
        reflect: !!d.reflect,
      });
      const declared = Object.fromEntries([...Ctor.elementProperties].filter(([, d]) => !d.state).map(([n, d]) => [String(n), norm(String(n), d)]));
      const expected = Object.fromEntries(Object.entries(litProperties(SCORECARD_INPUTS)).map(([n, d]) => [n, norm(n, d)]));
      expect(declared).to.deep.equal(expected);
    });
  });

  describe('keyboard, print and theming', () => {
    it('reaches the sources toggle and the download button with Tab, and opens the panel with Enter', async () => {
      const el = await scorecard({ document: 'plan-13th', lang: 'en' });
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.source-toggle'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="sources"]')!.hasAttribute('hidden')).to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="menu-button"]'));
    });

    it('writes the sources panel out for print, with every quote', async () => {
      const el = await scorecard({ document: 'plan-13th', lang: 'zh-CN' });
      expect($$(el, '[part="sources"] blockquote')).to.have.length(0);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      const quotes = $$(el, '[part="sources"] blockquote');
      expect(quotes.length).to.be.at.least(expectedRows('plan-13th').length);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    });

    it('reads --ec-* tokens set on a container, and writes nothing on its host', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--ec-color-achieved: rgb(1, 2, 3); width: 800px"><ec-plan-scorecard document="plan-13th" loading="eager"></ec-plan-scorecard></div>`,
      );
      const el = wrapper.querySelector('ec-plan-scorecard')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '.status--achieved')!).color).to.equal('rgb(1, 2, 3)');
      expect(el.getAttributeNames().sort()).to.deep.equal(['document', 'loading']);
    });
  });

  describe('bad input', () => {
    it('an unknown document: a message listing the known ones, one English warning', async () => {
      let el!: EcPlanScorecard;
      const seen = await warnings(async () => {
        el = await scorecard({ document: 'plan-15th', lang: 'zh-CN' });
        el.requestUpdate();
        await el.updateComplete;
      });
      const message = text($(el, '[part="message"]'));
      expect(message).to.contain('未知文件“plan-15th”');
      for (const id of ['plan-12th', 'plan-13th', 'plan-14th']) expect(message).to.contain(id);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain("<ec-plan-scorecard> Unknown document 'plan-15th'. Known documents:");
      await expect(el).to.be.accessible();
    });

    it('a document without targets says so', async () => {
      const el = await scorecard({ document: 'state-council-2015', lang: 'en' });
      expect(text($(el, '[part="message"]'))).to.equal('The State Council 2015 opinion sets no quantified targets, so there is nothing to score.');
    });

    it('no document at all: a message naming the attribute', async () => {
      const el = await scorecard({ lang: 'en' });
      expect(text($(el, '[part="message"]'))).to.match(/^No document given: set the document attribute/);
    });

    it('markup in the input stays text', async () => {
      const el = await scorecard({ document: '<img src=x onerror=alert(1)>', lang: 'en' });
      expect($(el, 'img')).to.equal(null);
      expect(text($(el, '[part="message"]'))).to.contain('<img src=x onerror=alert(1)>');
    });

    it('any value a script may set on its inputs draws a table or a message, never throws, and warns once per problem', async () => {
      const odd: unknown[] = [null, undefined, 42, NaN, {}, [], ['plan-13th'], '', '  plan-13th  ', 'PLAN-13TH', '<b>x</b>', 'x'.repeat(5000), Object.create(null), Symbol('s'), true];
      const el = await scorecard({ document: 'plan-13th', lang: 'en' });
      const seen = await warnings(async () => {
        for (const [i, value] of odd.entries()) {
          for (const name of ['document', 'indicators', 'targetYear', 'compact'] as const) {
            (el as unknown as Record<string, unknown>)[name] = value;
            await el.updateComplete;
            const drawn = $(el, 'table, [part="pills"], [part="message"]');
            expect(drawn, `${name} = odd value #${i}`).to.exist;
            (el as unknown as Record<string, unknown>)[name] = name === 'document' ? 'plan-13th' : name === 'compact' ? false : undefined;
            await el.updateComplete;
          }
        }
      });
      expect(new Set(seen).size, 'no warning repeated').to.equal(seen.length);
      expect(seen.every((w) => w.startsWith('<ec-plan-scorecard> '))).to.equal(true);
    });

    it('a property set to a non-string shows a message, not an exception', async () => {
      const el = await scorecard({ document: 'plan-13th', lang: 'en' });
      (el as unknown as { document: unknown }).document = { toString: () => 'plan-14th' };
      await el.updateComplete;
      expect(text($(el, 'caption'))).to.contain('14th Five-Year Plan');
      (el as unknown as { document: unknown }).document = 42;
      await el.updateComplete;
      expect(text($(el, '[part="message"]'))).to.contain("Unknown document '42'");
    });
  });

  describe('accessibility', () => {
    const cases: Array<[string, Attrs, number?]> = [
      ['14th plan, Chinese', { document: 'plan-14th', lang: 'zh-CN' }],
      ['13th plan, English', { document: 'plan-13th', lang: 'en' }],
      ['12th plan, dark', { document: 'plan-12th', lang: 'en', theme: 'dark' }],
      ['narrow, Chinese', { document: 'plan-13th', lang: 'zh-CN' }, 320],
    ];
    for (const [name, attrs, width] of cases) {
      it(`passes axe: ${name}`, async () => {
        const el = await scorecard(attrs, width);
        await expect(el).to.be.accessible();
      });
    }
  });
});

// Every story, rendered as Storybook renders it (the story's render or the default export's, with
// the default export's args under the story's), checked with axe.
describe('stories: Components/ec-plan-scorecard', () => {
  type StoryLike = { name?: string; args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => unknown };
  const meta = stories.default as unknown as StoryLike;
  const all = Object.entries(stories).filter(([key, value]) => key !== 'default' && typeof value === 'object') as Array<[string, StoryLike]>;

  it('has a story for each plan in both languages, compact, narrow, dark and every error state', () => {
    const names = all.map(([, s]) => s.name ?? '');
    for (const plan of ['14th', '13th', '12th']) for (const lang of ['zh-CN', 'en']) expect(names).to.include(`${plan} plan (${lang})`);
    for (const part of ['Compact', 'Narrow', 'Dark', 'Error: unknown document', 'Error: document without targets']) {
      expect(names.some((n) => n.startsWith(part)), part).to.equal(true);
    }
  });

  for (const [key, story] of all) {
    it(`${story.name ?? key}: draws and passes axe`, async () => {
      const render = story.render ?? meta.render!;
      const root = await fixture<HTMLElement>(html`<div>${render({ ...meta.args, ...story.args })}</div>`);
      const el = root.querySelector('ec-plan-scorecard')!;
      await waitUntil(() => el.shadowRoot?.querySelector('table, [part="pills"], [part="message"]'), 'drawn');
      await el.updateComplete;
      const isError = (story.name ?? '').startsWith('Error');
      expect($(el, '[part="message"]') !== null && $(el, 'table') === null, 'an error story shows only its message').to.equal(isError);
      await expect(root).to.be.accessible();
    });
  }
});
