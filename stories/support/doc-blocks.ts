import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { dataset, listDocuments, type SourceDocument } from '../../src/data/index.js';
import { baseStyles } from '../../src/internal/base.styles.js';
import { defineOnce } from '../../src/internal/define.js';
import pkg from '../../package.json';
import { DOCUMENTS_BY_DATE, DOCUMENT_DETAIL_HEADINGS, documentDetailCells } from './documents.js';
import { documentedCssProperties, elementDeclaration, propertiesOnly, type ManifestClass, type ManifestNamed } from './manifest.js';
import { COMPONENTS } from '../../src/view/components.js';
import { docOf } from '../../src/view/input-docs.js';
import { onSurface, type InputSpec } from '../../src/view/schema.js';

/*
 * Small elements the MDX docs pages render their data-driven parts with: the API tables
 * from the custom-elements manifest, the custom properties from the shared styles, and the
 * documents and notes from the dataset. Nothing on these pages is copied from a source that
 * can change; documentation only, not shipped.
 */

/**
 * Storybook's docs typography: the docs theme styles its own elements by class, so nothing
 * useful is inherited by a custom element and the stack is repeated here (local fonts only).
 */
const docStyles = css`
  :host {
    display: block;
    margin: 1rem 0 1.5rem;
    font-family: 'Nunito Sans', -apple-system, '.SFNSText-Regular', 'San Francisco', BlinkMacSystemFont, 'Segoe UI',
      'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Helvetica, Arial, sans-serif;
    font-size: 14px;
    line-height: 1.5;
    color: #2e3438;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /*
   * A wide table scrolls in its own box. Keyboard users can scroll it only if it takes focus
   * (axe: scrollable-region-focusable), so it is a focusable, named region.
   */
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 14px;
    line-height: 1.45;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0 0 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.45rem 0.75rem;
    border: 1px solid #d9e0e6;
  }
  thead th {
    background: #f6f9fc;
    white-space: nowrap;
  }
  tbody th {
    font-weight: 400;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    background: #f3f5f7;
    border: 1px solid #e3e8ec;
    border-radius: 3px;
    padding: 0 0.2em;
  }
  .muted {
    color: #5c6870;
  }
  .nowrap {
    white-space: nowrap;
  }
  .message {
    border: 1px solid #d9e0e6;
    border-left: 4px solid #a15c00;
    padding: 0.5rem 0.75rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
`;

/** Text with `backtick` spans rendered as <code>, as the JSDoc writes them. */
function inlineCode(text = ''): TemplateResult {
  const parts = text.split(/`([^`]+)`/);
  return html`${parts.map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;
}

/**
 * The frame of every table on the docs pages: the table in a scroll box of its own (see
 * `.scroll` above: a focusable region named `label`), its caption, one row of column headings
 * (a heading of `nothing` leaves that column out) and the body rows.
 */
function scrollTable(
  label: string,
  caption: unknown,
  headings: readonly unknown[],
  rows: readonly TemplateResult[],
): TemplateResult {
  return html`<div class="scroll" role="region" tabindex="0" aria-label=${label}>
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${headings.map((heading) => (heading === nothing ? nothing : html`<th scope="col">${heading}</th>`))}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

/**
 * `<ec-doc-api tag="ec-indicator">`: the attributes, JavaScript-only properties, events,
 * parts and slots of a tag, read from the custom-elements manifest.
 */
export class EcDocApi extends LitElement {
  static override styles = docStyles;

  /** The tag to document. */
  @property() tag = '';

  @state() private decl?: ManifestClass;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tag')) this.decl = elementDeclaration(this.tag);
  }

  protected override render(): TemplateResult {
    const decl = this.decl;
    if (!decl) {
      return html`<p class="message" role="note">
        <code>&lt;${this.tag}&gt;</code> is not in <code>custom-elements.json</code> yet. Run
        <code>npm run manifest</code> once the component exists; this table fills itself from its JSDoc.
      </p>`;
    }
    // The attributes come from the widget's declared inputs (src/view/inputs.ts), the one table
    // the element, the command line and the embed page read; other tags, from the manifest.
    const [component, entry] = Object.entries(COMPONENTS).find(([, c]) => c.tag === this.tag) ?? ['', undefined];
    const schema = entry?.inputs;
    const attributes = schema ? [] : (decl.attributes ?? []);
    const declared = schema ? onSurface(schema, 'element') : [];
    const jsOnly = propertiesOnly(decl).filter((m) => !declared.some((s) => s.name === m.name && s.attribute));
    const events = decl.events ?? [];
    const parts = decl.cssParts ?? [];
    const slots = decl.slots ?? [];
    const tag = html`<code>&lt;${this.tag}&gt;</code>`;
    return html`
      ${declared.length ? this.renderInputs(component, declared, tag) : nothing}
      ${attributes.length
        ? scrollTable(
            `Attributes of <${this.tag}>`,
            html`Attributes of ${tag}`,
            ['Attribute', 'Property', 'Type', 'Default', 'Description'],
            attributes.map(
              (a) => html`<tr>
                <th scope="row" class="nowrap"><code>${a.name}</code></th>
                <td class="nowrap">${a.fieldName ? html`<code>${a.fieldName}</code>` : nothing}</td>
                <td><code>${a.type?.text ?? ''}</code></td>
                <td class="nowrap">${a.default ? html`<code>${a.default.trim()}</code>` : nothing}</td>
                <td>${inlineCode(a.description)}</td>
              </tr>`,
            ),
          )
        : nothing}
      ${jsOnly.length
        ? scrollTable(
            `Properties of <${this.tag}>`,
            html`Properties of ${tag} set from JavaScript only`,
            ['Property', 'Type', 'Description'],
            jsOnly.map(
              (m) => html`<tr>
                <th scope="row" class="nowrap"><code>${m.name}</code>${m.readonly ? html` <span class="muted">(read-only)</span>` : nothing}</th>
                <td><code>${m.type?.text ?? ''}</code></td>
                <td>${inlineCode(m.description)}</td>
              </tr>`,
            ),
          )
        : nothing}
      ${this.renderNamed(`Events of`, tag, 'Event', events.map((e) => [e.name, e.description, e.type?.text]))}
      ${this.renderNamed(`CSS parts of`, tag, 'Part', parts.map((p) => [p.name, p.description, undefined]))}
      ${this.renderNamed(`Slots of`, tag, 'Slot', slots.map((s) => [s.name || '(default)', s.description, undefined]))}
    `;
  }

  /** The declared inputs: attribute (and aliases), property, type, default, description, and where else each is taken. */
  private renderInputs(component: string, specs: readonly InputSpec[], tag: TemplateResult): TemplateResult {
    const type = (s: InputSpec) =>
      s.type === 'enum' ? (s.values ?? []).map((v) => `'${v}'`).join(' | ') : s.range ? `${s.type} (${s.range[0]}–${s.range[1]})` : s.type;
    const elsewhere = (s: InputSpec) => [s.surfaces.includes('cli') ? 'command line' : '', s.surfaces.includes('embed') ? 'embed page' : ''].filter(Boolean).join(', ');
    return scrollTable(
      `Attributes of <${this.tag}>`,
      html`Attributes of ${tag}`,
      ['Attribute', 'Property', 'Type', 'Default', 'Description', 'Also on'],
      specs
        .filter((s) => s.attribute)
        .map(
          (s) => html`<tr>
            <th scope="row" class="nowrap"><code>${s.attribute}</code>${(s.aliases ?? []).map((a) => html`<br /><code>${a}</code> <span class="muted">(alias)</span>`)}</th>
            <td class="nowrap"><code>${s.name}</code></td>
            <td><code>${type(s)}</code></td>
            <td class="nowrap">${s.default !== undefined ? html`<code>${String(s.default)}</code>` : nothing}</td>
            <td>${inlineCode(docOf(component, s))}</td>
            <td>${elsewhere(s)}</td>
          </tr>`,
        ),
    );
  }

  private renderNamed(
    caption: string,
    tag: TemplateResult,
    column: string,
    rows: Array<[name: string, description: string | undefined, type: string | undefined]>,
  ): TemplateResult | typeof nothing {
    if (!rows.length) return nothing;
    const typed = rows.some(([, , type]) => type);
    return scrollTable(
      `${caption} <${this.tag}>`,
      html`${caption} ${tag}`,
      [column, typed ? 'Detail' : nothing, 'Description'],
      rows.map(
        ([name, description, type]) => html`<tr>
          <th scope="row" class="nowrap"><code>${name}</code></th>
          ${typed ? html`<td>${type ? html`<code>${type}</code>` : nothing}</td>` : nothing}
          <td>${inlineCode(description)}</td>
        </tr>`,
      ),
    );
  }
}

interface Token {
  name: string;
  light: string;
  dark: string;
  forced: string;
}

/**
 * The `--ec-*` custom properties and their defaults, read from the shared styles the
 * components adopt (`src/internal/base.styles.ts`) through the CSSOM. No token is declared on
 * the host: each colour is resolved on `.root` as `--_ec-x: var(--ec-x, default)`, so the
 * default is the fallback there — the light one on `.root`, the dark one under
 * `[data-theme='dark']`, the system colour in the forced-colours media rule. Tokens that are not
 * colours (font, radius, sizes) are read where they are used, with the default documented
 * by `@cssprop`.
 */
function readTokens(documented: ReadonlyMap<string, ManifestNamed>): Token[] {
  const sheet = baseStyles.styleSheet;
  if (!sheet) return [];
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  const forced = new Map<string, string>();
  const collect = (rule: CSSStyleRule, into: Map<string, string>) => {
    for (let i = 0; i < rule.style.length; i++) {
      const name = rule.style[i]!;
      if (!name.startsWith('--_ec-')) continue;
      const value = rule.style.getPropertyValue(name).trim();
      // var(--ec-x, #abc) → #abc; a forced colour is given as is.
      into.set(name.replace('--_ec-', '--ec-'), /^var\(\s*--ec-[\w-]+\s*,\s*(.+)\)$/.exec(value)?.[1]?.trim() ?? value);
    }
  };
  for (const rule of Array.from(sheet.cssRules)) {
    if (rule instanceof CSSStyleRule) {
      const selector = rule.selectorText.replace(/\s+/g, '').replace(/"/g, "'");
      if (selector === '.root') collect(rule, light);
      else if (selector.startsWith(".root[data-theme='dark']")) collect(rule, dark);
    } else if (rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText)) {
      for (const inner of Array.from(rule.cssRules)) if (inner instanceof CSSStyleRule) collect(inner, forced);
    }
  }
  const colours = [...light.keys()].map((name) => ({
    name,
    light: light.get(name) ?? '',
    dark: dark.get(name) ?? '',
    forced: forced.get(name) ?? '',
  }));
  const others = [...documented.values()]
    .filter((p) => p.name.startsWith('--ec-') && !light.has(p.name))
    .map((p) => ({ name: p.name, light: p.default ?? '', dark: '', forced: '' }));
  return [...colours, ...others];
}

/** WCAG 2.x relative luminance of a #rgb or #rrggbb colour; null for anything else. */
function luminance(value: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours, or null. */
export function contrast(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Surfaces, not foregrounds: their contrast against the background is not a requirement. */
const SURFACES = new Set(['--ec-background', '--ec-color-band', '--ec-color-grid']);

const isColour = (value: string) => value !== '' && !/^(inherit|initial|unset|currentcolor)$/i.test(value) && CSS.supports('color', value);

/** `<ec-doc-tokens>`: every public custom property with its light, dark and forced-colours value. */
export class EcDocTokens extends LitElement {
  static override styles = [
    docStyles,
    css`
      .swatch {
        display: inline-block;
        width: 0.9em;
        height: 0.9em;
        margin-inline-end: 0.4em;
        vertical-align: -0.1em;
        border: 1px solid #8c959f;
        border-radius: 2px;
      }
      @media (forced-colors: active) {
        .swatch {
          forced-color-adjust: none;
        }
      }
    `,
  ];

  private readonly descriptions = documentedCssProperties();
  private readonly tokens = readTokens(this.descriptions);
  private readonly lightBackground = this.tokens.find((t) => t.name === '--ec-background')?.light;
  private readonly darkBackground = this.tokens.find((t) => t.name === '--ec-background')?.dark;

  private value(name: string, value: string, background?: string): TemplateResult {
    if (!value) return html`<span class="muted">–</span>`;
    const ratio = background && !SURFACES.has(name) ? contrast(value, background) : null;
    // The swatch repeats the value in colour; the value itself stays as text for everyone.
    return html`${isColour(value)
        ? html`<span class="swatch" aria-hidden="true" style=${styleMap({ background: value })}></span>`
        : nothing}<code>${value}</code>${ratio === null
        ? nothing
        : html`<br /><span class="muted">${ratio.toFixed(1)}:1 on background</span>`}`;
  }

  protected override render(): TemplateResult {
    // Descriptions come from the components' @cssprop JSDoc; no column until there are some.
    const described = this.tokens.some((t) => this.descriptions.get(t.name)?.description);
    return scrollTable(
      'Custom properties',
      html`The ${this.tokens.length} custom properties the widgets read, each with its default as the fallback`,
      ['Custom property', 'Default', html`<code>theme="dark"</code>`, 'Forced colours', described ? 'Description' : nothing],
      this.tokens.map(
        (t) => html`<tr>
          <th scope="row" class="nowrap"><code>${t.name}</code></th>
          <td class="nowrap">${this.value(t.name, t.light, this.lightBackground)}</td>
          <td class="nowrap">${this.value(t.name, t.dark, this.darkBackground)}</td>
          <td class="nowrap">${this.value(t.name, t.forced)}</td>
          ${described ? html`<td>${inlineCode(this.descriptions.get(t.name)?.description ?? '')}</td>` : nothing}
        </tr>`,
      ),
    );
  }
}

/** `<ec-doc-documents>`: the source documents, issuer and date, from the dataset. */
export class EcDocDocuments extends LitElement {
  static override styles = docStyles;

  protected override render(): TemplateResult {
    return scrollTable(
      'Documents',
      `The ${DOCUMENTS_BY_DATE.length} documents the figures are quoted from, in order of issue`,
      ['Document', ...DOCUMENT_DETAIL_HEADINGS],
      DOCUMENTS_BY_DATE.map(
        (d) => html`<tr>
          <th scope="row">
            <strong lang="zh-CN">${d.title_zh}</strong><br />${d.title_en}<br />
            <span class="muted">Id <code>${d.id}</code>, short name <span lang="zh-CN">${d.short_zh}</span> / ${d.short_en}</span>
          </th>
          ${documentDetailCells(d)}
        </tr>`,
      ),
    );
  }
}

/** GB/T 7714-2015 separates several responsible bodies with a comma, not 、. */
const gbtAuthors = (issuer: string) => issuer.split('、').join(', ');
/** A document number (文号) such as 国发〔2015〕24号, which GB/T 7714 puts after the title. */
const documentNumber = (d: SourceDocument) => (/〔\d{4}〕\d+号$/.test(d.short_zh) ? d.short_zh : '');

/** GB/T 7714-2015, type [Z] (其他): the texts are cited as issued, without a URL. */
export function citeZh(d: SourceDocument): string {
  const number = documentNumber(d);
  return `${gbtAuthors(d.issuer_zh)}. ${d.title_zh}${number ? `: ${number}` : ''}[Z]. ${d.date.slice(0, 4)}.`;
}

/** Author–date style for English texts, with the Chinese title kept for retrieval. */
export function citeEn(d: SourceDocument): string {
  return `${d.issuer_en}. ${d.date.slice(0, 4)}. ${d.title_en} [${d.title_zh}].`;
}

/** `<ec-doc-citations>`: how to cite the dataset and each document, GB/T 7714 and English. */
export class EcDocCitations extends LitElement {
  static override styles = [
    docStyles,
    css`
      ol {
        margin: 0;
        padding-inline-start: 2rem;
      }
      li + li {
        margin-top: 0.75rem;
      }
      .cite {
        margin: 0;
      }
      .cite + .cite {
        margin-top: 0.25rem;
      }
      h3 {
        font-size: 1rem;
        margin: 1.25rem 0 0.5rem;
      }
    `,
  ];

  protected override render(): TemplateResult {
    const version = `${pkg.version}`;
    const schema = dataset.schema_version;
    return html`
      <h3>The dataset</h3>
      <p class="cite" lang="zh-CN">
        ec-widgets 贡献者. ec-widgets：中国电子商务发展规划官方指标数据集: 数据模式 ${schema}, 软件包版本 ${version}[DS/OL].
        [引用日期]. https://www.npmjs.com/package/ec-widgets.
      </p>
      <p class="cite">
        ec-widgets contributors. ec-widgets: official indicators of China's e-commerce development plans (dataset, schema
        ${schema}; package version ${version}). https://www.npmjs.com/package/ec-widgets. Accessed [date].
      </p>
      <h3>The source documents</h3>
      <ol>
        ${DOCUMENTS_BY_DATE.map(
          (d) => html`<li>
            <p class="cite" lang="zh-CN">${citeZh(d)}</p>
            <p class="cite">${citeEn(d)}</p>
          </li>`,
        )}
      </ol>
    `;
  }
}

/** `<ec-doc-notes>`: every dataset note on where the texts disagree, live from the JSON. */
export class EcDocNotes extends LitElement {
  static override styles = [
    docStyles,
    css`
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      li + li {
        margin-top: 1rem;
      }
    `,
  ];

  protected override render(): TemplateResult {
    const short = new Map(listDocuments().map((d) => [d.id, d]));
    return html`<ul>
      ${dataset.notes.map(
        (n) => html`<li>
          <p lang="zh-CN">${n.text_zh}</p>
          <p>${n.text_en}</p>
          <p class="muted">
            Indicators ${n.indicators.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)} · Documents
            ${n.documents.map((id) => short.get(id)?.short_en ?? id).join(', ')} · Note <code>${n.id}</code>
          </p>
        </li>`,
      )}
    </ul>`;
  }
}

defineOnce('ec-doc-api', EcDocApi);
defineOnce('ec-doc-tokens', EcDocTokens);
defineOnce('ec-doc-documents', EcDocDocuments);
defineOnce('ec-doc-citations', EcDocCitations);
defineOnce('ec-doc-notes', EcDocNotes);

declare global {
  interface HTMLElementTagNameMap {
    'ec-doc-api': EcDocApi;
    'ec-doc-tokens': EcDocTokens;
    'ec-doc-documents': EcDocDocuments;
    'ec-doc-citations': EcDocCitations;
    'ec-doc-notes': EcDocNotes;
  }
}
