import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Work a widget can leave until the browser is idle after its first drawing (a hidden table, a
 * sources panel): `ready` turns true then, and the host updates. `pending` is what the host's
 * `updateComplete` should also wait for, so tests and print see the finished widget.
 */
export class IdleWorkController implements ReactiveController {
  /** Whether the deferred part is to be rendered. True at once on the server. */
  ready = isServer;
  private scheduled: { cancel: () => void; done: Promise<void>; resolve: () => void } | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Resolves when the scheduled work has been rendered; null when nothing is scheduled. */
  get pending(): Promise<void> | null {
    return this.scheduled?.done ?? null;
  }

  /** Renders the deferred part once the browser is idle after this frame. */
  schedule(): void {
    if (this.ready || this.scheduled) return;
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const run = () => {
      this.scheduled = null;
      this.ready = true;
      this.host.requestUpdate();
      resolve();
    };
    // Safari has no requestIdleCallback; a timeout lets a frame be painted first there too.
    const idle = typeof requestIdleCallback == 'function';
    const id = idle ? requestIdleCallback(run, { timeout: 200 }) : window.setTimeout(run, 50);
    this.scheduled = { cancel: () => (idle ? cancelIdleCallback(id) : clearTimeout(id)), done, resolve };
  }

  /** Nothing may be left to run for a widget taken off the page; whoever awaits it is released. */
  hostDisconnected(): void {
    this.scheduled?.cancel();
    this.scheduled?.resolve();
    this.scheduled = null;
  }
}
