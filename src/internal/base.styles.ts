import { css } from 'lit';

/**
 * The colour tokens, read where they are used. Each `--ec-*` a page sets — on `:root`, on a
 * container, or on the tag — is inherited into the shadow tree and wins; where none is set,
 * the theme's default is the `var()` fallback. None is declared on `:host`: a declaration there
 * would hide every value set further up the page. Each is resolved once, on `.root`, into a
 * private `--_ec-*` the rules read, because the default depends on the theme (light, dark).
 */
const lightTokens = css`
    --_ec-color-text: var(--ec-color-text, #1f2328);
    --_ec-color-muted: var(--ec-color-muted, #57606a);
    --_ec-background: var(--ec-background, #ffffff);
    --_ec-color-actual: var(--ec-color-actual, #0b5cad);
    --_ec-color-target: var(--ec-color-target, #a84f00);
    --_ec-color-supplied: var(--ec-color-supplied, #6e40c9);
    --_ec-color-grid: var(--ec-color-grid, #d8dee4);
    --_ec-color-band: var(--ec-color-band, #f3f5f7);
    --_ec-color-achieved: var(--ec-color-achieved, #1a7f37);
    --_ec-color-missed: var(--ec-color-missed, #c4161c);
    --_ec-color-caution: var(--ec-color-caution, #8a5a00);
    --_ec-color-focus: var(--ec-color-focus, #0969da);
`;

/** The dark palette, applied by `theme="dark"` and by `auto` under a dark colour scheme. */
const darkTokens = css`
    --_ec-color-text: var(--ec-color-text, #e6edf3);
    --_ec-color-muted: var(--ec-color-muted, #9da7b3);
    --_ec-background: var(--ec-background, #0d1117);
    --_ec-color-actual: var(--ec-color-actual, #58a6ff);
    --_ec-color-target: var(--ec-color-target, #f0883e);
    --_ec-color-supplied: var(--ec-color-supplied, #bc8cff);
    --_ec-color-grid: var(--ec-color-grid, #30363d);
    --_ec-color-band: var(--ec-color-band, #161b22);
    --_ec-color-achieved: var(--ec-color-achieved, #3fb950);
    --_ec-color-missed: var(--ec-color-missed, #ff7b72);
    --_ec-color-caution: var(--ec-color-caution, #d29922);
    --_ec-color-focus: var(--ec-color-focus, #58a6ff);
`;

/**
 * Styles every widget shares: the colour tokens (see above), the dark theme, forced colours and
 * reduced motion. The theme is the `theme` attribute or property, mirrored on `.root` as
 * `data-theme` (nothing is written on the host).
 */
export const baseStyles = css`
  :host {
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
    ${lightTokens}
    position: relative;
    color: var(--_ec-color-text);
    background: var(--_ec-background);
    font-family: var(--ec-font-family, inherit);
    font-size: var(--ec-font-size, 14px);
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

  .root[data-theme='dark'],
  :host([theme='dark']) .root:not([data-theme]) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    .root[data-theme='auto'],
    :host(:not([theme='light'])) .root:not([data-theme]) {
      ${darkTokens}
    }
  }

  /* The system's colours win over every theme and page value: !important beats both. */
  @media (forced-colors: active) {
    .root {
      --_ec-color-text: CanvasText !important;
      --_ec-color-muted: CanvasText !important;
      --_ec-background: Canvas !important;
      --_ec-color-actual: CanvasText !important;
      --_ec-color-target: Highlight !important;
      --_ec-color-supplied: LinkText !important;
      --_ec-color-grid: GrayText !important;
      --_ec-color-band: Canvas !important;
      --_ec-color-achieved: CanvasText !important;
      --_ec-color-missed: CanvasText !important;
      --_ec-color-caution: CanvasText !important;
      --_ec-color-focus: Highlight !important;
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
    border: 1px solid var(--_ec-color-caution);
    border-radius: var(--ec-radius, 6px);
    background: var(--_ec-background);
    color: var(--_ec-color-text);
  }

  .message-icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.1em;
    color: var(--_ec-color-caution);
  }

  :focus-visible {
    outline: 2px solid var(--_ec-color-focus);
    outline-offset: 2px;
  }
`;
