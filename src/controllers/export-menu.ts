import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toCsv } from '../data/csv.js';
import { copyText, csvBlob, downloadBlob, svgBlob, svgToPng } from '../export/download.js';
import { inlineComputed } from '../export/inline-computed.js';
import { svgDocument, type ExportSpec } from '../export/svg-document.js';
import { messages, type WidgetLang } from '../format/index.js';

export type ExportFormat = 'csv' | 'svg' | 'png' | 'citation';

/** Detail of the `ec-export` event. */
export interface ExportEventDetail {
  format: ExportFormat;
  /** The file name offered (for `citation`, '' — it goes to the clipboard). */
  filename: string;
  /** What is about to be saved or copied. */
  data: Blob;
}

/** What the controller needs from its widget. */
export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  hideMenu: boolean;
}

export interface ExportOptions {
  /** What the widget exports now, or null when it shows a message instead of a chart. */
  spec: () => ExportSpec<TemplateResult> | null;
  /** The widget's language, for the menu's words. */
  lang: () => WidgetLang;
  /** One console warning (English). */
  warn: (message: string) => void;
}

/**
 * The download menu (CSV of the data shown, SVG and PNG of the chart, the sources' citation)
 * and the exports behind it, for any widget that says what it exports. A disclosure button and
 * the list of actions it shows: Escape closes the list and returns focus to the button; arrow
 * keys move between the actions; a click elsewhere or moving focus away closes it.
 *
 * The SVG is laid out by the same pure code as the command line's (src/export/): the chart's
 * template, with the styles the browser computes for it inside the widget inlined (so a
 * portal's theming carries over), and the title, unit and source line added as SVG text.
 */
export class ExportMenuController implements ReactiveController {
  private open = false;
  /** What the live region next to the menu says (copied, failed). */
  private status = '';
  /** The citation, shown for copying by hand when the clipboard refused it. */
  private manualCitation: string | null = null;

  constructor(
    private readonly host: ExportHost,
    private readonly options: ExportOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /** The data shown as CSV text: UTF-8 with a BOM, headed in the widget's language. '' when nothing is drawn. */
  csv(): string {
    const spec = this.options.spec();
    return spec ? toCsv(spec.csv) : '';
  }

  /** The chart as a self-contained SVG file. '' when nothing is drawn. */
  svg(): string {
    const spec = this.options.spec();
    return spec ? this.svgOf(spec) : '';
  }

  /** The chart as a PNG at `scale` × its size, drawn from the SVG in the page; nothing is fetched. */
  async png(scale = 2): Promise<Blob> {
    const svg = this.svg();
    if (!svg) throw new Error('nothing to export');
    const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
    return svgToPng(svg, Number(size?.[1]), Number(size?.[2]), scale);
  }

  /** The citation of the documents the figures shown come from. */
  citation(): string {
    return this.options.spec()?.citation ?? '';
  }

  private svgOf(spec: ExportSpec<TemplateResult>): string {
    const { tokens, fontFamily } = this.computedTokens();
    const root = this.host.renderRoot.querySelector('.root') ?? this.host.renderRoot;
    const charts = spec.charts.map((c) => ({ ...c, chart: inlineComputed(c.chart, root) }));
    return svgDocument({ ...spec, charts }, { tokens, fontFamily });
  }

  /**
   * The --ec-* tokens as the widget resolves them (its theme, the page's values, dark mode),
   * colours normalised to rgb() through a probe so system colours and color-mix() become plain
   * values any SVG reader understands. Under both names: the styles read the private one.
   */
  computedTokens(): { tokens: Record<string, string>; fontFamily: string } {
    const root = this.host.renderRoot.querySelector('.root') ?? this.host;
    const style = getComputedStyle(root);
    const probe = document.createElement('span');
    probe.hidden = true;
    root.append(probe);
    const tokens: Record<string, string> = {};
    try {
      for (const name of TOKEN_NAMES) {
        // Colours as resolved on `.root` (the page's token or the theme's default); the font as set.
        const value = (name === '--ec-font-family' ? style.fontFamily : style.getPropertyValue(name.replace('--ec-', '--_ec-'))).trim();
        if (!value) continue;
        if (name !== '--ec-font-family') {
          probe.style.color = '';
          probe.style.color = value;
          tokens[name] = probe.style.color ? getComputedStyle(probe).color : value;
          tokens[name.replace('--ec-', '--_ec-')] = tokens[name];
        } else {
          tokens[name] = value;
        }
      }
    } finally {
      probe.remove();
    }
    return { tokens, fontFamily: style.fontFamily || 'sans-serif' };
  }

  /** The menu, or nothing with `hide-menu`. */
  render(): TemplateResult | typeof nothing {
    if (this.host.hideMenu) return nothing;
    const m = messages[this.options.lang()];
    const item = (format: ExportFormat, label: string) =>
      html`<li><button type="button" class="menu-item" data-format=${format} @click=${() => this.run(format)}>${label}</button></li>`;
    // No whitespace between tags (it would be text nodes in every widget of a page), and the
    // actions are written out only while the list is open: closed, it is hidden from everyone.
    return html`<div class="menu" part="menu" @keydown=${this.onKeydown} @focusout=${this.onFocusOut}><button
      class="menu-button" part="menu-button" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="export-menu" @click=${this.toggle}
      ><svg class="menu-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" fill="none" stroke="currentColor" stroke-width="1.5" /></svg
      >${m.exportMenu}</button><ul class="menu-list" id="export-menu" ?hidden=${!this.open}>${
        this.open ? [item('csv', m.downloadCsv), item('svg', m.downloadSvg), item('png', m.downloadPng), item('citation', m.copyCitation)] : nothing}</ul><span
      class="menu-status" role="status">${this.status}</span>${
        this.manualCitation !== null
          ? html`<label class="citation-box">${m.citationManual}<textarea readonly rows="3" .value=${this.manualCitation}></textarea></label>`
          : nothing}</div>`;
  }

  private get button(): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector('.menu-button');
  }

  private get items(): HTMLButtonElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.menu-item')];
  }

  private set(state: { open?: boolean; status?: string; manualCitation?: string | null }): void {
    Object.assign(this, state);
    this.host.requestUpdate();
  }

  private toggle = async () => {
    if (this.open) {
      this.close(false);
      return;
    }
    this.set({ open: true, status: '', manualCitation: null });
    // Listened for only while open: a page with dozens of widgets pays nothing per click otherwise.
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    await this.host.updateComplete;
    this.align();
    this.items[0]?.focus();
  };

  /**
   * The list opens from the button's start edge, or from its end edge where that would run
   * past the widget (the button may sit at the right end of a footer, or wrap to the left on a
   * narrow column).
   */
  private align(): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>('.menu-list');
    const root = this.host.renderRoot.querySelector('.root');
    if (!list || !root) return;
    delete list.dataset.align;
    if (list.getBoundingClientRect().right > root.getBoundingClientRect().right + 0.5) list.dataset.align = 'end';
  }

  /** Closes the list; with `refocus`, focus goes back to the button (Escape, an action taken). */
  private close(refocus: boolean): void {
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    if (!this.open) return;
    this.set({ open: false });
    if (refocus) this.button?.focus();
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      // Handled here: a dialog the widget sits in must not close as well.
      event.stopPropagation();
      this.close(true);
      return;
    }
    const items = this.items;
    const index = items.indexOf((this.host.renderRoot as ShadowRoot).activeElement as HTMLButtonElement);
    if (!this.open || index < 0) return;
    const next: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (!(event.key in next)) return;
    event.preventDefault();
    items[(next[event.key]! + items.length) % items.length]?.focus();
  };

  private onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    const menu = event.currentTarget as HTMLElement;
    // Focus left the menu (Tab past the last action, a click elsewhere): close without stealing focus back.
    if (to && !menu.contains(to)) this.close(false);
  };

  private onDocumentPointerDown = (event: Event) => {
    if (!this.open) return;
    const menu = this.host.renderRoot.querySelector('.menu');
    if (menu && !event.composedPath().includes(menu)) this.close(false);
  };

  /** Announces `ec-export` (cancelable), then saves or copies. Failures are said in the status line, never thrown into the page. */
  private async run(format: ExportFormat): Promise<void> {
    const m = messages[this.options.lang()];
    const spec = this.options.spec();
    this.close(true);
    if (!spec) return;
    try {
      // A file is named after the format; the citation goes to the clipboard, unnamed.
      const filename = format === 'citation' ? '' : `${spec.filename}.${format}`;
      const data =
        format === 'csv'
          ? csvBlob(toCsv(spec.csv))
          : format === 'svg'
            ? svgBlob(this.svgOf(spec))
            : format === 'png'
              ? await this.png(2)
              : new Blob([spec.citation], { type: 'text/plain;charset=utf-8' });
      const detail: ExportEventDetail = { format, filename, data };
      const proceed = this.host.dispatchEvent(new CustomEvent('ec-export', { detail, bubbles: true, composed: true, cancelable: true }));
      if (!proceed) return;
      if (format !== 'citation') {
        downloadBlob(data, filename);
        return;
      }
      const copied = await copyText(spec.citation);
      this.button?.focus();
      if (copied) this.set({ status: m.citationCopied });
      else this.set({ manualCitation: spec.citation });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.options.warn(`export ${format} failed: ${reason}`);
      this.set({ status: m.exportFailed(reason) });
    }
  }
}

/** Tokens the exported SVG may need (every colour and the font), in the order they are written. */
const TOKEN_NAMES = [
  '--ec-background',
  '--ec-font-family',
  '--ec-color-text',
  '--ec-color-muted',
  '--ec-color-actual',
  '--ec-color-target',
  '--ec-color-supplied',
  '--ec-color-grid',
  '--ec-color-band',
  '--ec-color-achieved',
  '--ec-color-missed',
  '--ec-color-caution',
  '--ec-color-focus',
];
