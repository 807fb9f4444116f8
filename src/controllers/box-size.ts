import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { resizeObserver } from '../internal/observers.js';

/**
 * The size of a box in the host's shadow tree (the first match of `selector` after each
 * update: a template may replace it, or render none), from the shared ResizeObserver, rounded
 * so sub-pixel jitter does not re-lay a chart out, with the font family the box inherits. Found
 * after each update rather than through Lit's `ref` directive, which would add its async
 * directive machinery to the single file for this one use.
 */
export class BoxSizeController implements ReactiveController {
  /** The box as measured: 0 until then. */
  width = 0;
  height = 0;
  /** The box's font family, read with its size (observers run after style and layout, so the read is free). */
  font?: string;
  box?: Element;
  private stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean },
    private readonly selector: string,
    /** Told each new size; the host decides what it redraws. */
    private readonly onResize: (width: number, height: number) => void,
  ) {
    host.addController(this);
  }

  /** Where a box can be measured: a browser with ResizeObserver. */
  static get available(): boolean {
    return !isServer && typeof ResizeObserver !== 'undefined';
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.follow();
  }

  hostUpdated(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.box = undefined;
  }

  private follow(): void {
    const element = this.host.renderRoot.querySelector(this.selector) ?? undefined;
    if (element === this.box) return;
    this.stop?.();
    this.stop = undefined;
    this.box = element;
    this.font = undefined;
    if (!element || !BoxSizeController.available) return;
    this.stop = resizeObserver.observe(element, (entry) => {
      this.font = getComputedStyle(element).fontFamily;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      if (width === this.width && height === this.height) return;
      this.width = width;
      this.height = height;
      this.onResize(width, height);
    });
  }
}
