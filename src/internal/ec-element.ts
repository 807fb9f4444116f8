import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { WidgetLang } from '../format/lang.js';
import { onLangChange, resolveLang } from './lang.js';
import { nearViewportObserver, resizeObserver } from './observers.js';
import { warnOnce } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Loading = 'lazy' | 'eager';

/**
 * What every ec-widget shares: language resolution that follows the page, theme, the
 * container's width, drawing only near the viewport, and one way to warn about bad input.
 * Components extend it and stay thin.
 */
export abstract class EcElement extends LitElement {
  /** Language of the widget: `zh-CN` or `en`. Default: the nearest ancestor's `lang`, then the document's, then `zh-CN`. */
  @property({ reflect: true }) override lang = '';

  /** Colour theme: `auto` follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** `lazy` (default) draws when the widget comes within 200 px of the viewport; `eager` draws at once (print, screenshots). */
  @property({ reflect: true }) loading: Loading = 'lazy';

  /** The language in effect, resolved from `lang` and the ancestors. */
  @state() protected resolvedLang: WidgetLang = 'zh-CN';

  /** The content width of the host, from a shared ResizeObserver; 0 until measured. */
  @state() protected width = 0;

  /** True once the widget has come near the viewport (or `loading="eager"`). */
  @state() protected nearViewport = false;

  private cleanups: Array<() => void> = [];
  private widthFrame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolvedLang = resolveLang(this);
    this.cleanups.push(
      onLangChange(() => {
        this.resolvedLang = resolveLang(this);
      }),
      resizeObserver.observe(this, (entry) => {
        // Rounded so sub-pixel jitter does not re-layout the chart.
        const width = Math.round(entry.contentRect.width);
        // Applied on the next frame: a re-layout that changes the widget's height inside the
        // observer's own delivery makes the browser report "ResizeObserver loop completed
        // with undelivered notifications" to window.onerror — the host page's error tracker.
        cancelAnimationFrame(this.widthFrame);
        this.widthFrame = requestAnimationFrame(() => {
          if (width !== this.width) this.width = width;
        });
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
    cancelAnimationFrame(this.widthFrame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.resolvedLang = resolveLang(this);
    if (changed.has('loading') && this.loading === 'eager') this.nearViewport = true;
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
