import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resizeObserver } from '../internal/observers.js';
import { BoxSizeController } from './box-size.js';

/**
 * The width of the widget's host, from the shared ResizeObserver, rounded so sub-pixel jitter
 * does not re-lay a chart out, and told to the host on the next frame: a re-layout that changes
 * the widget's height inside the observer's own delivery makes the browser report
 * "ResizeObserver loop completed with undelivered notifications" to window.onerror — the host
 * page's error tracker.
 *
 * A page rule on the tag (`* { all: unset }`) can make the host inline, which beats
 * `:host { display: block }`; an inline box measures 0 wide however much room there is. The
 * shadow tree's `.root` is a block whatever the host is: it is measured instead then.
 */
export class HostWidthController implements ReactiveController {
  private frame = 0;
  private inline = false;
  private stopHost?: () => void;
  private root: { element: Element; stop: () => void } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    /** Told each new width in px. */
    private readonly onWidth: (width: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!BoxSizeController.available) return;
    this.stopHost = resizeObserver.observe(this.host, (entry) => {
      this.inline = entry.contentRect.width === 0 && /^(inline|contents)$/.test(getComputedStyle(this.host).display);
      if (this.inline) {
        this.measureRoot();
        return;
      }
      this.stopRoot();
      this.apply(entry.contentRect.width);
    });
  }

  hostDisconnected(): void {
    this.stopHost?.();
    this.stopHost = undefined;
    this.inline = false;
    this.stopRoot();
    cancelAnimationFrame(this.frame);
  }

  /** A new template (a message became a chart) brings a new `.root`: follow it. */
  hostUpdated(): void {
    if (this.inline && this.host.isConnected) this.measureRoot();
  }

  private apply(measured: number): void {
    const width = Math.round(measured);
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.onWidth(width));
  }

  private measureRoot(): void {
    const element = this.host.renderRoot.querySelector('.root');
    if (!element || element === this.root?.element) return;
    this.stopRoot();
    this.root = { element, stop: resizeObserver.observe(element, (entry) => this.apply(entry.contentRect.width)) };
  }

  private stopRoot(): void {
    this.root?.stop();
    this.root = null;
  }
}
