import { css } from 'lit';

/** The dark palette, applied by `theme="dark"` and by `auto` under a dark colour scheme. */
const darkTokens = css`
    --ec-color-text: #e6edf3;
    --ec-color-muted: #9da7b3;
    --ec-background: #0d1117;
    --ec-color-actual: #58a6ff;
    --ec-color-target: #f0883e;
    --ec-color-supplied: #bc8cff;
    --ec-color-grid: #30363d;
    --ec-color-band: #161b22;
    --ec-color-achieved: #3fb950;
    --ec-color-missed: #ff7b72;
    --ec-color-caution: #d29922;
    --ec-color-focus: #58a6ff;
`;

/**
 * Styles every widget shares: the public custom properties with their defaults (light), the
 * dark theme, forced colours and reduced motion. Outer page rules on the tag
 * (`ec-indicator { --ec-color-actual: … }`) win over these `:host` defaults, which is what
 * lets a portal brand the widgets.
 */
export const baseStyles = css`
  :host {
    --ec-font-family: inherit;
    --ec-font-size: 14px;
    --ec-color-text: #1f2328;
    --ec-color-muted: #57606a;
    --ec-background: #ffffff;
    --ec-color-actual: #0b5cad;
    --ec-color-target: #a84f00;
    --ec-color-supplied: #6e40c9;
    --ec-color-grid: #d8dee4;
    --ec-color-band: #f3f5f7;
    --ec-color-achieved: #1a7f37;
    --ec-color-missed: #c4161c;
    --ec-color-caution: #8a5a00;
    --ec-color-focus: #0969da;
    --ec-radius: 6px;

    display: block;
    min-width: 0;
    max-width: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  /*
   * Type and colour live on an inner root, not on :host: a host page's rules on the tag
   * (\`* { font-size: 40px; all: unset }\`) reach the host but not the shadow tree.
   */
  .root {
    position: relative;
    color: var(--ec-color-text);
    background: var(--ec-background);
    font-family: var(--ec-font-family);
    font-size: var(--ec-font-size);
    line-height: 1.4;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    font-style: normal;
    font-weight: 400;
    direction: ltr;
    contain: layout style;
  }

  :host([theme=dark]) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme=auto]),
    :host(:not([theme])) {
      ${darkTokens}
    }
  }

  @media (forced-colors: active) {
    :host {
      --ec-color-text: CanvasText;
      --ec-color-muted: CanvasText;
      --ec-background: Canvas;
      --ec-color-actual: CanvasText;
      --ec-color-target: Highlight;
      --ec-color-supplied: LinkText;
      --ec-color-grid: GrayText;
      --ec-color-band: Canvas;
      --ec-color-achieved: CanvasText;
      --ec-color-missed: CanvasText;
      --ec-color-caution: CanvasText;
      --ec-color-focus: Highlight;
      forced-color-adjust: auto;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
    }
  }

  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  svg {
    display: block;
    overflow: visible;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .message {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--ec-color-caution);
    border-radius: var(--ec-radius);
    background: var(--ec-background);
    color: var(--ec-color-text);
  }

  .message-icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.1em;
    color: var(--ec-color-caution);
  }

  :focus-visible {
    outline: 2px solid var(--ec-color-focus);
    outline-offset: 2px;
  }
`;
