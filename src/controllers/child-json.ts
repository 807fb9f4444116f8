import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the text of the element's child `<script type="application/json">` (a CMS or app may
 * fill it in or replace it after the tag is parsed) and asks for an update when it changes.
 * `text` is null without such a child.
 */
export class ChildJsonController implements ReactiveController {
  text: string | null = null;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script ? script.textContent ?? '' : null;
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
