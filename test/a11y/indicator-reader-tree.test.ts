// What a screen reader is given by a drawn <ec-indicator> before any interaction: the chart
// named by the summary and described by the keyboard hint, then three buttons, each with its
// name and state. The hidden parts (table, sources, tooltip) are built only when opened; these
// tests hold that the name, the description and the controls reachable by Tab stay as they were.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../../src/components/indicator/define.js';
import type { EcIndicator } from '../../src/components/indicator/ec-indicator.component.js';

const $ = (el: EcIndicator, selector: string) => el.shadowRoot!.querySelector(selector);

const WORDS = {
  en: {
    roledescription: 'chart',
    hint: 'Use the arrow keys to move between points; Escape closes the tooltip.',
    buttons: ['Sources and notes', 'Show table', 'Download'],
  },
  'zh-CN': {
    roledescription: '图表',
    hint: '按方向键在数据点之间移动，按 Esc 关闭提示。',
    buttons: ['来源与说明', '显示数据表', '下载'],
  },
} as const;

/** A widget between two buttons of the page, drawn. */
async function between(lang: string): Promise<{ el: EcIndicator; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const wrap = await fixture<HTMLElement>(
    html`<div><button id="before">before</button><ec-indicator indicator="online-retail-sales" loading="eager" lang=${lang}></ec-indicator><button id="after">after</button></div>`,
  );
  const el = wrap.querySelector('ec-indicator') as EcIndicator;
  await waitUntil(() => $(el, 'svg.plot'), 'chart never drew', { timeout: 5000 });
  await el.updateComplete;
  return { el, before: wrap.querySelector('#before')!, after: wrap.querySelector('#after')! };
}

/** What has focus: inside the widget, its element in the shadow root. */
const focused = (el: EcIndicator): Element | null => (document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement);

/** The accessible name as the markup gives it: aria-label, else the text. */
const nameOf = (node: Element) => node.getAttribute('aria-label') ?? node.textContent!.replace(/\s+/g, ' ').trim();

for (const lang of ['en', 'zh-CN'] as const) {
  describe(`a drawn <ec-indicator> before any interaction gives a screen reader (${lang})`, () => {
    const words = WORDS[lang];

    it('the chart as a group named by the summary, described by the keyboard hint', async () => {
      const { el } = await between(lang);
      const chart = $(el, '[part="chart"]')!;
      expect(chart.getAttribute('role')).to.equal('group');
      expect(chart.getAttribute('aria-roledescription')).to.equal(words.roledescription);
      expect(chart.getAttribute('aria-label')).to.equal(el.summary);
      expect(el.summary.length).to.be.greaterThan(100);
      const hint = el.shadowRoot!.getElementById(chart.getAttribute('aria-describedby')!);
      expect(hint!.textContent).to.equal(words.hint);
    });

    it('Tab reaches the chart, then the three buttons with their names and states, then leaves', async () => {
      const { el, before, after } = await between(lang);
      before.focus();
      const stops: string[] = [];
      for (let i = 0; i < 6 && focused(el) !== after; i++) {
        await sendKeys({ press: 'Tab' });
        const node = focused(el)!;
        if (node === after) break;
        const state = ['aria-expanded', 'aria-controls'].map((a) => (node.hasAttribute(a) ? ` ${a}=${node.getAttribute(a)}` : '')).join('');
        stops.push(`${node.getAttribute('role') ?? node.localName}: ${node === $(el, '[part="chart"]') ? 'summary' : nameOf(node)}${state}`);
      }
      expect(stops).to.deep.equal([
        'group: summary',
        `button: ${words.buttons[0]} aria-expanded=false aria-controls=sources`,
        `button: ${words.buttons[1]}`,
        `button: ${words.buttons[2]} aria-expanded=false aria-controls=export-menu`,
      ]);
      expect(focused(el)).to.equal(after);
    });

    it('the same in the browser’s accessibility tree (Chromium)', async function () {
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
      const { el } = await between(lang);
      type Node = { role: string; name: string; description?: string; expanded?: boolean; children: Node[] };
      const tree = (await a11ySnapshot({})) as unknown as Node;
      const group = findAccessibilityNode<Node>(tree, (n) => n.role === 'group' && n.name === el.summary);
      expect(group, 'the chart group, named by the summary').to.not.equal(null);
      expect(group!.description).to.equal(words.hint);
      const buttons: Node[] = [];
      const walk = (n: Node) => {
        if (n.role === 'button' && !['before', 'after'].includes(n.name)) buttons.push(n);
        (n.children ?? []).forEach(walk);
      };
      walk(tree);
      expect(buttons.map((b) => `${b.name}${b.expanded === undefined ? '' : ` expanded=${b.expanded}`}`)).to.deep.equal([
        `${words.buttons[0]} expanded=false`,
        words.buttons[1],
        `${words.buttons[2]} expanded=false`,
      ]);
    });
  });
}
