import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A point the reader can move to. */
export interface NavigablePoint {
  key: string;
}

export interface PointNavigationOptions<P extends NavigablePoint> {
  /** The points in reading order (left to right). */
  points: () => readonly P[];
  /** What a screen reader is told on arriving at a point by keyboard. */
  describe: (key: string) => string;
  /** The point under the pointer, if any is within reach. */
  pointAt: (event: PointerEvent) => P | undefined;
  /** Whether the chart box has focus (a pointer leaving it keeps the tooltip then). */
  focused: () => boolean;
}

/**
 * Moving through a chart's points and the tooltip that follows: one tab stop, arrow keys,
 * Home and End between points, Enter or Space to show the current one, Escape to close; the
 * nearest point under the pointer. WCAG 1.4.13: a hover tooltip is dismissed with Escape
 * anywhere on the page, without moving the pointer — listened for only while it is open, so a
 * page of many widgets pays nothing per key press otherwise.
 */
export class PointNavigationController<P extends NavigablePoint> implements ReactiveController {
  /** Key of the point the tooltip describes. */
  activeKey: string | null = null;
  open = false;
  /** What the live region says after a keyboard move. */
  announcement = '';
  private listening = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PointNavigationOptions<P>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostUpdated(): void {
    this.listen();
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onDocumentKeydown);
    this.listening = false;
  }

  /** Forgets the active point when the points no longer hold it (new data). */
  keepIfPresent(has: (key: string) => boolean): void {
    if (this.activeKey && !has(this.activeKey)) {
      this.activeKey = null;
      this.open = false;
    }
  }

  private listen(): void {
    if (this.open === this.listening) return;
    this.listening = this.open;
    if (this.open) document.addEventListener('keydown', this.onDocumentKeydown);
    else document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  private set(state: { activeKey?: string | null; open?: boolean; announcement?: string }): void {
    Object.assign(this, state);
    this.host.requestUpdate();
  }

  private show(key: string | null, announce: boolean): void {
    if (!key) return;
    this.set({ activeKey: key, open: true, ...(announce ? { announcement: this.options.describe(key) } : {}) });
  }

  readonly onKeydown = (event: KeyboardEvent) => {
    const points = this.options.points();
    if (!points.length) return;
    if (event.key === 'Escape') {
      if (this.open) {
        this.set({ open: false });
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    const index = points.findIndex((p) => p.key === this.activeKey);
    const last = points.length - 1;
    // Where each key moves; without an active point, every key but End starts at the first.
    const moves = new Map([
      ['ArrowRight', Math.min(last, index + 1)],
      ['ArrowDown', Math.min(last, index + 1)],
      ['ArrowLeft', Math.max(0, index - 1)],
      ['ArrowUp', Math.max(0, index - 1)],
      ['Home', 0],
      ['End', last],
      ['Enter', index],
      [' ', index],
    ]);
    const next = moves.get(event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.show(points[event.key === 'End' || index >= 0 ? next : 0]!.key, true);
  };

  readonly onFocus = () => {
    const points = this.options.points();
    if (points.length) this.show(this.activeKey ?? points[0]!.key, false);
  };

  readonly onBlur = () => {
    if (this.open) this.set({ open: false });
  };

  readonly onPointer = (event: PointerEvent) => {
    const point = this.options.pointAt(event);
    if (point) this.show(point.key, false);
    else this.onPointerLeave();
  };

  readonly onPointerLeave = () => {
    if (!this.options.focused() && this.open) this.set({ open: false });
  };

  private onDocumentKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) this.set({ open: false });
  };
}
