import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/indicator/define.js';
import '../../src/components/target-gauge/define.js';
import type { EcIndicator } from '../../src/components/indicator/ec-indicator.component.js';
import type { ExportEventDetail } from '../../src/controllers/export-menu.js';
import type { EcTargetGauge } from '../../src/components/target-gauge/ec-target-gauge.component.js';
import { asOf, series, targets } from '../../src/data/selectors.js';
import { downloadBlob } from '../../src/export/download.js';

type Widget = EcIndicator | EcTargetGauge;

const WIDGETS = [
  {
    name: '<ec-indicator>',
    chart: 'svg.plot',
    render: (lang: string, extra = '') =>
      fixture<Widget>(html`<ec-indicator indicator="online-retail-sales" lang=${lang} loading="eager" style="width: 720px" class=${extra}></ec-indicator>`),
    title: { en: 'Online retail sales', 'zh-CN': '网络零售额' },
    figure: { en: '✓ 2020: 11.8 vs ≈10 target — 118%', 'zh-CN': '✓ 2020年：11.8，目标≈10，完成118%' },
    source: {
      en: `Source: 12th FYP, 13th FYP, and 14th FYP; Statistical release: NBS and MOFCOM; Figures as of ${asOf()}`,
      'zh-CN': `来源：“十二五”规划、“十三五”规划和“十四五”规划；统计发布：国家统计局和商务部；数据截至${asOf()}`,
    },
    rows: series('online-retail-sales').length + targets('online-retail-sales').length,
  },
  {
    name: '<ec-target-gauge>',
    chart: 'svg.chart',
    render: (lang: string, extra = '') =>
      fixture<Widget>(html`<ec-target-gauge indicator="online-retail-sales" target-year="2020" lang=${lang} loading="eager" style="width: 600px" class=${extra}></ec-target-gauge>`),
    title: { en: 'Online retail sales', 'zh-CN': '网络零售额' },
    figure: { en: '2020: 11.8', 'zh-CN': '2020年 11.8' },
    source: { en: 'Source: 13th FYP and 14th FYP', 'zh-CN': '来源：“十三五”规划和“十四五”规划' },
    // Baseline (2015), latest (2020) and the 2020 target.
    rows: 3,
  },
] as const;

async function drawn(widget: (typeof WIDGETS)[number], lang: 'en' | 'zh-CN'): Promise<Widget> {
  const el = await widget.render(lang);
  await waitUntil(() => el.shadowRoot!.querySelector(widget.chart), 'chart never drew', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Widget, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const items = (el: Widget) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu-item')];
const active = (el: Widget) => el.shadowRoot!.activeElement;
const press = async (el: Widget, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

/** Runs `action` and returns the `ec-export` event it fires, cancelled so nothing is saved. */
async function exported(el: Widget, action: () => unknown): Promise<ExportEventDetail> {
  const event = new Promise<ExportEventDetail>((resolve) =>
    el.addEventListener(
      'ec-export',
      (e) => {
        e.preventDefault();
        resolve((e as CustomEvent<ExportEventDetail>).detail);
      },
      { once: true },
    ),
  );
  await action();
  return event;
}

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml');

for (const widget of WIDGETS) {
  describe(`${widget.name} download menu`, () => {
    it('should be a disclosure button that shows four actions', async () => {
      const el = await drawn(widget, 'en');
      const button = $(el, '.menu-button');
      expect(button.textContent!.trim()).to.equal('Download');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '.menu-list').hidden).to.equal(true);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(items(el).map((b) => b.textContent)).to.deep.equal(['Data (CSV)', 'Image (SVG)', 'Image (PNG)', 'Copy citation']);
      // The list stays within the widget, whichever end of it the button sits at.
      const list = $(el, '.menu-list').getBoundingClientRect();
      const root = $(el, '.root').getBoundingClientRect();
      expect(list.left).to.be.at.least(root.left - 0.5);
      expect(list.right).to.be.at.most(root.right + 0.5);
      const zh = await drawn(widget, 'zh-CN');
      expect($(zh, '.menu-button').textContent!.trim()).to.equal('下载');
    });

    it('opens from the keyboard, moves with arrows, and closes on Escape with focus back on the button', async () => {
      const el = await drawn(widget, 'en');
      const button = $(el, '.menu-button');
      button.focus();
      await press(el, 'Enter');
      await waitUntil(() => active(el) === items(el)[0], 'first action not focused');
      await press(el, 'ArrowDown');
      expect(active(el)).to.equal(items(el)[1]);
      await press(el, 'End');
      expect(active(el)).to.equal(items(el)[3]);
      await press(el, 'ArrowDown');
      expect(active(el)).to.equal(items(el)[0]);
      await press(el, 'Escape');
      expect($(el, '.menu-list').hidden).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(active(el)).to.equal(button);
    });

    it('closes when focus leaves it or the page is clicked elsewhere', async () => {
      const el = await drawn(widget, 'en');
      const after = document.createElement('button');
      after.textContent = 'next on the page';
      el.after(after);
      $(el, '.menu-button').click();
      await el.updateComplete;
      await waitUntil(() => active(el) === items(el)[0]);
      await press(el, 'End');
      await press(el, 'Tab');
      expect(document.activeElement).to.equal(after);
      expect($(el, '.menu-list').hidden).to.equal(true);
      $(el, '.menu-button').click();
      await el.updateComplete;
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '.menu-list').hidden).to.equal(true);
    });

    it('should pass accessibility tests with the menu open', async () => {
      const el = await drawn(widget, 'en');
      $(el, '.menu-button').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is removed by hide-menu', async () => {
      const el = await drawn(widget, 'en');
      el.hideMenu = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.menu')).to.equal(null);
      // The host's attributes are the page's: a property set from script is not written back.
      expect(el.hasAttribute('hide-menu')).to.equal(false);
    });

    for (const lang of ['en', 'zh-CN'] as const) {
      it(`downloads the data shown as UTF-8 CSV with a BOM, headed in ${lang}, with sources`, async () => {
        const el = await drawn(widget, lang);
        $(el, '.menu-button').click();
        await el.updateComplete;
        const detail = await exported(el, () => items(el)[0]!.click());
        expect(detail.format).to.equal('csv');
        expect(detail.filename).to.match(/^online-retail-sales\..*csv$/);
        expect(detail.filename).to.contain(lang);
        expect(detail.data.type).to.equal('text/csv;charset=utf-8');
        const raw = await bytes(detail.data);
        expect([...raw.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
        const lines = text.slice(1).trimEnd().split('\r\n');
        const head = lines[0]!.split(',');
        expect(head[0]).to.equal(lang === 'en' ? 'Indicator' : '指标');
        expect(head[head.length - 1]).to.equal(lang === 'en' ? 'Source' : '来源');
        expect(lines.length - 1).to.equal(widget.rows);
        expect(lines[1]).to.contain(lang === 'en' ? 'Online retail sales' : '网络零售额');
        expect(text).to.contain(lang === 'en' ? 'Ministry of Commerce' : '商务部');
        expect(el.exportCsv()).to.equal(text);
      });

      it(`downloads a self-contained SVG with title, figures and source (${lang})`, async () => {
        const el = await drawn(widget, lang);
        $(el, '.menu-button').click();
        await el.updateComplete;
        const detail = await exported(el, () => items(el)[1]!.click());
        expect(detail.filename).to.match(/\.svg$/);
        expect(detail.data.type).to.contain('image/svg+xml');
        const markup = await detail.data.text();
        const doc = parse(markup);
        expect(doc.querySelector('parsererror')).to.equal(null);
        expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
        const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
        expect(texts[0]).to.contain(widget.title[lang]);
        expect(texts.join('\n')).to.contain(widget.figure[lang]);
        expect(texts).to.include(widget.source[lang]);
        expect(markup).to.not.contain('var(--');
        expect(markup).to.not.match(/\sclass=|<style|<link|<script|@import|url\(\s*['"]?(https?:|\/\/)/);
        expect(markup).to.equal(el.exportSvg());
      });
    }

    it('inlines the colours and strokes the widget computes for every chart element', async () => {
      const el = await drawn(widget, 'en');
      el.style.setProperty('--ec-color-actual', 'rebeccapurple');
      await el.updateComplete;
      const box = document.createElement('div');
      document.body.append(box);
      try {
        // The exported chart, placed in the page, must look like the live one element for element.
        box.innerHTML = el.exportSvg().replace(/^<\?xml[^>]*>/, '');
        const live = [...el.shadowRoot!.querySelector(widget.chart)!.querySelectorAll('*')].filter((n) => !n.matches('.focus-ring'));
        const copy = [...box.querySelector('g > svg')!.querySelectorAll('*')];
        expect(copy.map((n) => n.localName)).to.deep.equal(live.map((n) => n.localName));
        const props = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'fill-opacity', 'font-size', 'font-weight', 'paint-order', 'font-family'];
        live.forEach((node, i) => {
          const a = getComputedStyle(node);
          const b = getComputedStyle(copy[i]!);
          for (const p of props) expect(b.getPropertyValue(p), `${node.localName}.${node.getAttribute('class')} ${p}`).to.equal(a.getPropertyValue(p));
        });
        expect(box.innerHTML).to.contain('rgb(102, 51, 153)');
      } finally {
        box.remove();
      }
    });

    it('makes a PNG at twice the SVG size from the SVG, without the network', async () => {
      const el = await drawn(widget, 'en');
      const svg = parse(el.exportSvg()).documentElement;
      const png = await el.exportPng();
      expect(png.type).to.equal('image/png');
      expect(png.size).to.be.greaterThan(1000);
      const head = await bytes(png.slice(0, 24));
      expect([...head.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).to.equal('PNG');
      const view = new DataView(head.buffer);
      expect(view.getUint32(16)).to.equal(2 * Number(svg.getAttribute('width')));
      expect(view.getUint32(20)).to.equal(2 * Number(svg.getAttribute('height')));
      $(el, '.menu-button').click();
      await el.updateComplete;
      const detail = await exported(el, () => items(el)[2]!.click());
      expect(detail.format).to.equal('png');
      expect(detail.filename).to.match(/\.png$/);
      expect(detail.data.type).to.equal('image/png');
    });

    describe('copy citation', () => {
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      let copied: string[] = [];
      beforeEach(() => {
        copied = [];
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
      });
      afterEach(() => {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      });

      it('copies a GB/T 7714 citation in Chinese and says so', async () => {
        const el = await drawn(widget, 'zh-CN');
        $(el, '.menu-button').click();
        await el.updateComplete;
        items(el)[3]!.click();
        await waitUntil(() => $(el, '.menu-status').textContent === '引用已复制。', 'no confirmation');
        expect(copied).to.have.length(1);
        expect(copied[0]).to.contain('商务部, 中央网信办, 发展改革委. “十四五”电子商务发展规划[Z]. 2021.');
        expect(copied[0]).to.equal(el.citation());
        expect($(el, '.menu-status').getAttribute('role')).to.equal('status');
        expect(active(el)).to.equal($(el, '.menu-button'));
      });

      it('copies an English citation naming the plan and issuer', async () => {
        const el = await drawn(widget, 'en');
        $(el, '.menu-button').click();
        await el.updateComplete;
        items(el)[3]!.click();
        await waitUntil(() => $(el, '.menu-status').textContent === 'Citation copied.', 'no confirmation');
        expect(copied[0]).to.contain(
          'Ministry of Commerce, Cyberspace Administration of China, National Development and Reform Commission. 14th Five-Year Plan for E-commerce Development [“十四五”电子商务发展规划]. 2021.',
        );
      });

      it('shows the citation for copying by hand when the clipboard refuses', async () => {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
        const execCommand = document.execCommand;
        document.execCommand = () => false;
        try {
          const el = await drawn(widget, 'en');
          $(el, '.menu-button').click();
          await el.updateComplete;
          items(el)[3]!.click();
          await waitUntil(() => el.shadowRoot!.querySelector('.citation-box textarea'), 'no citation box');
          expect($<HTMLTextAreaElement>(el, '.citation-box textarea').value).to.equal(el.citation());
          await expect(el).to.be.accessible();
        } finally {
          document.execCommand = execCommand;
        }
      });
    });
  });
}

describe('<ec-indicator hide-export-notes>', () => {
  it('leaves the dataset notes out of the SVG, keeps the source line, and leaves the CSV alone', async () => {
    const svgTexts = (el: EcIndicator) => [...parse(el.exportSvg()).querySelectorAll('text')].map((t) => t.textContent).join('\n');
    const el = (await drawn(WIDGETS[0], 'en')) as EcIndicator;
    const csv = el.exportCsv();
    expect(svgTexts(el)).to.contain('Note: The 13th FYP gives 2015 online retail sales');
    el.hideExportNotes = true;
    await el.updateComplete;
    // Set as a property, it stays one: the host's attributes are the page's (nothing reflected).
    expect(el.getAttribute('hide-export-notes')).to.equal(null);
    const without = svgTexts(el);
    expect(without).to.not.contain('Note:');
    expect(without).to.contain(WIDGETS[0].source.en);
    expect(el.exportCsv()).to.equal(csv);
  });
});

describe('downloadBlob(blob, filename)', () => {
  it('clicks an <a download> on a blob URL, then revokes the URL', async () => {
    const click = HTMLAnchorElement.prototype.click;
    const revoke = URL.revokeObjectURL;
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    const revoked: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke.call(URL, url);
    };
    try {
      downloadBlob(new Blob(['\uFEFFa,b\r\n'], { type: 'text/csv' }), 'x.csv', 0);
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('x.csv');
      expect(clicked[0]!.href).to.match(/^blob:/);
      expect(clicked[0]!.inDocument).to.equal(true);
      expect(document.querySelector('a[download]')).to.equal(null);
      const raw = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
      expect([...raw]).to.deep.equal([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0d, 0x0a]);
      await waitUntil(() => revoked.length === 1, 'not revoked');
      expect(revoked[0]).to.equal(clicked[0]!.href);
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
    }
  });

  it('is what the menu uses when nobody cancels ec-export', async () => {
    const click = HTMLAnchorElement.prototype.click;
    const clicked: HTMLAnchorElement[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const el = await fixture<EcIndicator>(html`<ec-indicator indicator="online-retail-sales" lang="en" loading="eager"></ec-indicator>`);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
      await el.updateComplete;
      items(el)[0]!.click();
      await waitUntil(() => clicked.length === 1, 'no download');
      expect(clicked[0]!.download).to.equal('online-retail-sales.en.csv');
      const raw = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
      expect([...raw.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
