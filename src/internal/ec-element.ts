import { LitElement, html, isServer, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { WidgetLang } from '../format/lang.js';
import { onLangChange, resolveLang } from './lang.js';
import { nearViewportObserver, onPrint } from './observers.js';
import { HostWidthController } from '../controllers/host-width.js';
import { warnOnce } from './warn.js';
import { COMMON_INPUTS, FALLBACK_WIDTH, WIDTHS, invalidInput, specOf } from '../view/schema.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Loading = 'lazy' | 'eager';

/**
 * Width in px a chart is laid out at for print: an A4 page (210 mm) less 15 mm margins at
 * 96 px/in. The printed width cannot be measured before the print layout exists, and a chart
 * laid out for a wider screen column would print shrunk (tiny text) or cut off.
 */
export const PRINT_WIDTH = 680;
/** Width laid out at where nothing can be measured (server rendering) and no `width` is set. */
export { FALLBACK_WIDTH };

/**
 * What every ec-widget shares: language resolution that follows the page, theme, the
 * container's width, drawing only near the viewport, and one way to warn about bad input.
 * Components extend it and stay thin.
 */
export abstract class EcElement extends LitElement {
  static override properties: PropertyDeclarations = {
    // The inputs of the schema (src/view/inputs.ts) as Lit declares them, written out so that
    // the manifest analyzer reads the attributes; a test holds them to litProperties(schema).
    // Nothing is reflected: the resolved language goes on `.root`; the host's attributes are the page's.
    lang: {},
    theme: {},
    loading: {},
    width: { type: Number },
    hideMenu: { attribute: 'hide-menu', type: Boolean },
    resolvedLang: { state: true, attribute: false },
    hostWidth: { state: true, attribute: false },
    nearViewport: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  /** Language of the widget: `zh-CN` or `en`. Default: the nearest ancestor's `lang`, then the document's, then `zh-CN`. */
  override lang = '';

  /** Colour theme: `auto` follows `prefers-color-scheme`. */
  theme: Theme = 'auto';

  /** `lazy` (default) draws when the widget comes within 200 px of the viewport; `eager` draws at once (print, screenshots). */
  loading: Loading = 'lazy';

  /** The language in effect, resolved from `lang` and the ancestors. */
  protected resolvedLang: WidgetLang = 'zh-CN';

  /**
   * Width in px to lay the chart out at where the widget cannot measure its box: server
   * rendering and the command line (default 640), browsers without ResizeObserver. Once the
   * widget measures its box, the measured width wins.
   */
  width?: number;

  /** Removes the download menu (CSV, SVG, PNG, citation). */
  hideMenu = false;

  /** The content width of the host, from a shared ResizeObserver; 0 until measured. */
  protected hostWidth = 0;

  /** True once the widget has come near the viewport (or `loading="eager"`). */
  protected nearViewport = false;

  /** True between the window's `beforeprint` and `afterprint`: lay out for the page, draw everything. */
  protected printing = false;

  /**
   * True when the element arrived with a declarative shadow root (server-rendered HTML): its
   * first client render draws at once, at the width the server used, so the upgrade does not
   * blank the chart for the frame or two the first measurement takes.
   */
  protected serverRendered = false;

  private cleanups: Array<() => void> = [];

  constructor() {
    super();
    // The host's width (or its `.root`'s, if a page rule makes the host inline): the controller
    // adds itself to this element and reports each new width here.
    new HostWidthController(this, (width) => {
      if (width !== this.hostWidth) this.hostWidth = width;
    });
  }

  /** True where the box can be measured (a browser with ResizeObserver); false on the server. */
  protected get canMeasure(): boolean {
    return !isServer && typeof ResizeObserver !== 'undefined';
  }

  /** The `width` attribute when it is a usable width in px, else 640. */
  protected get fallbackWidth(): number {
    return usableWidth(this.width) ? Math.round(this.width) : FALLBACK_WIDTH;
  }

  /**
   * The width to lay out at: the measured host width, or the fallback where nothing can be
   * measured (yet), capped at the printed width while printing; 0 while waiting for a measurement.
   */
  protected get layoutWidth(): number {
    const measured = this.hostWidth;
    const width = measured > 0 ? measured : !this.canMeasure || this.serverRendered || this.printing ? this.fallbackWidth : 0;
    return this.printing && width > 0 ? Math.min(width, PRINT_WIDTH) : width;
  }

  /** Whether to draw the chart now: near the viewport, printing, or rendered on the server (no observers there). */
  protected get drawNow(): boolean {
    return this.nearViewport || this.printing || this.serverRendered || isServer;
  }

  /**
   * Server-rendered HTML brings a declarative shadow root holding the server's markup. Without
   * Lit's experimental hydration it is cleared and rendered afresh (in the same task, before any
   * paint), which keeps the client free of hydration mismatches.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer && this.shadowRoot) {
      this.serverRendered = true;
      this.nearViewport = true;
      this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolvedLang = resolveLang(this, this.lang);
    this.cleanups.push(
      onLangChange(() => {
        this.resolvedLang = resolveLang(this, this.lang);
      }),
    );
    this.cleanups.push(
      // Lit updates in a microtask, so the re-layout is in the DOM before the print layout runs.
      onPrint((printing) => {
        this.printing = printing;
        if (printing) this.nearViewport = true;
      }),
    );
    if (this.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      this.nearViewport = true;
    } else {
      const stop = nearViewportObserver.observe(this, (entry) => {
        if (!entry.isIntersecting) return;
        this.nearViewport = true;
        stop();
      });
      this.cleanups.push(stop);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // From the property: its attribute is written only after this, so `el.lang = 'en'` shows in
    // the update that `updateComplete` waits for, not in a second one a mutation record starts.
    if (changed.has('lang')) this.resolvedLang = resolveLang(this, this.lang);
    if (changed.has('loading') && this.loading === 'eager') this.nearViewport = true;
    if (changed.has('width') && this.width !== undefined && this.width !== null && !usableWidth(this.width)) {
      const given = this.getAttribute('width') ?? String(this.width);
      this.warn(`${invalidInput(specOf(COMMON_INPUTS, 'width')!, given)}; using ${FALLBACK_WIDTH}.`);
    }
  }

  /** Warns once per distinct message per element, prefixed with the tag name. */
  protected warn(message: string): void {
    warnOnce(this, `<${this.localName}> ${message}`);
  }

  /** The visible message for input the widget cannot draw. Text only: never parsed as HTML. */
  protected renderMessage(message: string): TemplateResult {
    return html`<div class="message" part="message" role="status">
      <svg class="message-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
        <path d="M8 6v4M8 11.5v1" stroke="currentColor" stroke-width="1.5" />
      </svg>
      <span>${message}</span>
    </div>`;
  }
}

function usableWidth(width: unknown): width is number {
  return typeof width === 'number' && Number.isFinite(width) && width >= WIDTHS[0] && width <= WIDTHS[1];
}
