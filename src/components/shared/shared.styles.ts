import { css } from 'lit';

/**
 * Rules both widgets share beyond the tokens (baseStyles): the download menu, print, and the
 * state before the script has defined the element (server-rendered HTML with JavaScript off),
 * where controls that need JavaScript are hidden rather than shown dead.
 */
export const sharedStyles = css`
  .footer {
    margin-top: 0.5em;
    font-size: 0.85em;
  }

  .menu {
    position: relative;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }

  /* Text buttons of both widgets (menu, sources, table): link-styled, 24 px targets (WCAG 2.5.8). */
  button.link,
  .menu-button {
    min-height: 24px;
    padding: 0.15em 0;
    border: 0;
    background: none;
    color: var(--_ec-color-actual);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .menu-button {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }

  .menu-icon {
    flex: none;
    width: 1em;
    height: 1em;
  }

  /* Opens upward: the menu sits at the foot of the widget, often the foot of an iframe. */
  .menu-list {
    position: absolute;
    bottom: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: 2;
    min-width: 11em;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    border: 1px solid var(--_ec-color-grid);
    border-radius: var(--ec-radius, 6px);
    background: var(--_ec-background);
    box-shadow: 0 2px 8px rgb(0 0 0 / 18%);
  }

  .menu-list[data-align=end] {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }

  .menu-item {
    display: block;
    width: 100%;
    min-height: 28px;
    padding: 0.35em 0.9em;
    border: 0;
    background: none;
    color: var(--_ec-color-text);
    font: inherit;
    text-align: start;
    white-space: nowrap;
    cursor: pointer;
  }

  .menu-item:hover {
    background: var(--_ec-color-band);
  }

  .menu-item:focus-visible {
    outline-offset: -2px;
  }

  .menu-status {
    color: var(--_ec-color-muted);
  }

  .menu-status:empty {
    display: none;
  }

  .citation-box {
    display: grid;
    gap: 0.25em;
    flex-basis: 100%;
    color: var(--_ec-color-text);
  }

  .citation-box textarea {
    width: 100%;
    padding: 0.4em;
    border: 1px solid var(--_ec-color-grid);
    border-radius: var(--ec-radius, 6px);
    background: var(--_ec-background);
    color: var(--_ec-color-text);
    font: inherit;
    resize: vertical;
  }

  /* Server-rendered, script not (yet) loaded: nothing that needs JavaScript is offered. */
  :host(:not(:defined)) .menu {
    display: none;
  }

  @media print {
    :host {
      break-inside: avoid;
    }

    .menu {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    .menu-button {
      color: LinkText;
    }

    .menu-list {
      border-color: CanvasText;
    }

    .menu-item:hover {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
