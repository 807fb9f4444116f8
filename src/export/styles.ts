/**
 * Inlines a widget's CSS into chart SVG markup as presentation attributes, so the SVG stands
 * alone: no classes, no `var(--ec-*)`, nothing that needs the widget's stylesheet. Pure string
 * work (no DOM) for the command line in Node, with the theme's token values. The browser does
 * the same from its own cascade (inline-computed.ts), so this parser stays out of its bundle.
 *
 * It reads the subset of CSS the chart rules use: top-level rules whose selectors are chains
 * of `tag.class.class` compounds joined by descendant or child combinators. Rules inside
 * at-rules (print, forced colours, reduced motion) and selectors with anything else
 * (`:host(…)`, attributes, pseudo-classes) are skipped: they never style an exported chart.
 * A browser test checks the result against `getComputedStyle` for every element, and
 * against inline-computed.ts.
 */

import { resolveVars, type Tokens } from './tokens.js';

// Re-exported: the command line and the tests read them from here.
export { resolveVars, type Tokens };

interface Compound {
  tag: string | null;
  classes: string[];
}

interface Selector {
  /** Compounds left to right; `combinators[i]` joins compounds[i] and compounds[i + 1]. */
  compounds: Compound[];
  combinators: Array<' ' | '>'>;
  specificity: number;
}

export interface CssRule {
  selectors: Selector[];
  declarations: Array<{ property: string; value: string; important: boolean }>;
  order: number;
}

/** Properties that SVG also takes as presentation attributes, and that matter on paper. */
export const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-decoration',
  'shape-rendering',
  'overflow',
]);

/** Attributes that only mean something inside the widget (styling hooks, ARIA, focus). */
const DROPPED = /^(class|part|role|tabindex|focusable|aria-[\w-]+|data-[\w-]+)$/;

const COMPOUND = /^([a-zA-Z][\w-]*|\*)?((?:\.[\w-]+)*)$/;

function parseSelector(text: string): Selector | null {
  const parts = text.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/);
  const compounds: Compound[] = [];
  const combinators: Array<' ' | '>'> = [];
  let pending: ' ' | '>' | null = null;
  for (const part of parts) {
    if (part === '>') {
      if (!compounds.length || pending === '>') return null;
      pending = '>';
      continue;
    }
    const match = COMPOUND.exec(part);
    if (!match || (!match[1] && !match[2])) return null;
    if (compounds.length) combinators.push(pending ?? ' ');
    pending = null;
    compounds.push({ tag: match[1] && match[1] !== '*' ? match[1].toLowerCase() : null, classes: match[2] ? match[2].slice(1).split('.') : [] });
  }
  if (!compounds.length || pending) return null;
  const classes = compounds.reduce((n, c) => n + c.classes.length, 0);
  const tags = compounds.reduce((n, c) => n + (c.tag ? 1 : 0), 0);
  return { compounds, combinators, specificity: classes * 1000 + tags };
}

/** Index just after the block that opens at `open` (a `{`), counting nested braces. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i + 1;
  }
  return css.length;
}

/**
 * The top-level blocks of a stylesheet, comments removed, in order: each block's prelude (a
 * selector list, or an at-rule with its condition) and the text between its braces. Nested
 * blocks stay inside their parent's body. The one walk parseStylesheet and themeTokens share.
 */
function topLevelBlocks(cssText: string): { prelude: string; body: string }[] {
  const css = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks: { prelude: string; body: string }[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const end = blockEnd(css, open);
    blocks.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, end - 1) });
    i = end;
  }
  return blocks;
}

/** The top-level style rules of a stylesheet, in order. At-rule blocks are skipped whole. */
export function parseStylesheet(cssText: string): CssRule[] {
  const rules: CssRule[] = [];
  for (const { prelude, body } of topLevelBlocks(cssText)) {
    if (prelude.startsWith('@')) continue;
    const selectors = splitTopLevel(prelude, ',').map(parseSelector).filter((s): s is Selector => s !== null);
    if (selectors.length) rules.push({ selectors, declarations: parseDeclarations(body), order: rules.length });
  }
  return rules;
}

function splitTopLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

function parseDeclarations(body: string): CssRule['declarations'] {
  return splitTopLevel(body, ';')
    .map((d) => {
      const colon = d.indexOf(':');
      if (colon < 0) return null;
      const property = d.slice(0, colon).trim().toLowerCase();
      let value = d.slice(colon + 1).trim();
      const important = /!\s*important$/i.test(value);
      if (important) value = value.replace(/!\s*important$/i, '').trim();
      return property && value ? { property, value, important } : null;
    })
    .filter((d): d is CssRule['declarations'][number] => d !== null);
}

/**
 * The colour tokens a theme resolves, read from the widget's own CSS: `.root`'s private
 * `--_ec-*` (each `var(--ec-*, default)`), then for `dark` the `.root[data-theme='dark']` block
 * over them, each resolved to its default, under both names. The command line uses it, so a
 * token's default lives in one place (base.styles.ts).
 */
export function themeTokens(cssText: string, theme: 'light' | 'dark'): Record<string, string> {
  const tokens: Record<string, string> = {};
  const read = (pattern: RegExp) => {
    for (const { prelude, body } of topLevelBlocks(cssText)) {
      if (!splitTopLevel(prelude, ',').some((s) => pattern.test(s.trim()))) continue;
      for (const d of parseDeclarations(body)) {
        if (!d.property.startsWith('--')) continue;
        const value = resolveVars(d.value, {}) ?? d.value;
        tokens[d.property] = value;
        if (d.property.startsWith('--_ec-')) tokens[d.property.replace('--_ec-', '--ec-')] = value;
      }
    }
  };
  read(/^\.root$/);
  if (theme === 'dark') read(/^\.root\[data-theme=['"]?dark['"]?\]$/);
  return tokens;
}

interface Node {
  tag: string;
  classes: string[];
}

function matchesCompound(node: Node, c: Compound): boolean {
  return (c.tag === null || c.tag === node.tag) && c.classes.every((cls) => node.classes.includes(cls));
}

/** Whether `selector` matches the last node of `path` (root first). */
function matches(selector: Selector, path: readonly Node[]): boolean {
  const { compounds, combinators } = selector;
  const step = (ci: number, pi: number): boolean => {
    if (ci < 0) return true;
    const combinator = combinators[ci]!;
    if (combinator === '>') return pi >= 0 && matchesCompound(path[pi]!, compounds[ci]!) && step(ci - 1, pi - 1);
    for (let p = pi; p >= 0; p--) if (matchesCompound(path[p]!, compounds[ci]!) && step(ci - 1, p - 1)) return true;
    return false;
  };
  const last = path.length - 1;
  return matchesCompound(path[last]!, compounds[compounds.length - 1]!) && step(compounds.length - 2, last - 1);
}

/** The declared value of each presentation property on the last node of `path`, cascade applied. */
function cascade(rules: readonly CssRule[], path: readonly Node[], tokens: Tokens, currentColor: string): Map<string, string> {
  const winners = new Map<string, { rank: number; value: string | null }>();
  for (const rule of rules) {
    let specificity = -1;
    for (const s of rule.selectors) if (s.specificity > specificity && matches(s, path)) specificity = s.specificity;
    if (specificity < 0) continue;
    for (const d of rule.declarations) {
      if (!PRESENTATION.has(d.property)) continue;
      const rank = (d.important ? 1e9 : 0) + specificity * 1e4 + rule.order;
      const current = winners.get(d.property);
      if (current && current.rank > rank) continue;
      const value = resolveVars(d.value, tokens);
      // An unresolvable value is invalid at computed-value time: the property falls back to
      // inheriting, which is what leaving the attribute out (null) does.
      winners.set(d.property, { rank, value: value === null ? null : value.replace(/\bcurrentColor\b/gi, currentColor) });
    }
  }
  return new Map([...winners].filter(([, v]) => v.value !== null).map(([k, v]) => [k, v.value!]));
}

const TOKEN = /<!--[\s\S]*?-->|<\?[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const escapeAttribute = (value: string) => value.replace(/&(?!(?:[a-zA-Z]+|#\d+|#x[\da-fA-F]+);)/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface InlineOptions {
  rules: readonly CssRule[];
  tokens: Tokens;
  /** What `currentColor` stands for (the text colour). */
  currentColor?: string;
  /** Attributes for the root element (the first tag), replacing any of the same name. */
  rootAttributes?: Readonly<Record<string, string>>;
}

/**
 * SVG markup (from XMLSerializer in a browser or Lit SSR in Node) with every matching CSS
 * declaration written as a presentation attribute, widget-only attributes dropped and
 * comments removed. Text and attribute values keep the escaping they came with.
 */
export function inlineStyles(markup: string, options: InlineOptions): string {
  const { rules, tokens } = options;
  const currentColor = options.currentColor ?? resolveVars('var(--ec-color-text)', tokens) ?? '#000';
  const path: Node[] = [];
  let out = '';
  let root = true;
  for (const m of markup.matchAll(TOKEN)) {
    const [token, closing, tag, attributeText = '', selfClosing] = m;
    if (token.startsWith('<!--') || token.startsWith('<?')) continue;
    if (closing) {
      path.pop();
      out += `</${closing}>`;
      continue;
    }
    if (!tag) {
      out += token === '<' ? '&lt;' : token;
      continue;
    }
    const attributes = new Map<string, string>();
    for (const a of attributeText.matchAll(ATTRIBUTE)) attributes.set(a[1]!, a[2] ?? a[3] ?? a[4] ?? '');
    const node: Node = { tag: tag.toLowerCase(), classes: (attributes.get('class') ?? '').split(/\s+/).filter(Boolean) };
    path.push(node);
    const styled = cascade(rules, path, tokens, currentColor);
    for (const name of [...attributes.keys()]) if (DROPPED.test(name)) attributes.delete(name);
    // CSS wins over presentation attributes in the widget, so it replaces them here.
    for (const [property, value] of styled) attributes.set(property, value);
    const style = attributes.get('style');
    if (style !== undefined) {
      const resolved = style
        .split(';')
        .map((d) => {
          const [p, ...v] = d.split(':');
          const value = v.length ? resolveVars(v.join(':').trim(), tokens) : null;
          return p && value ? `${p.trim()}: ${value}` : '';
        })
        .filter(Boolean)
        .join('; ');
      if (resolved) attributes.set('style', resolved);
      else attributes.delete('style');
    }
    if (root) {
      for (const [k, v] of Object.entries(options.rootAttributes ?? {})) attributes.set(k, v);
      root = false;
    }
    const text = [...attributes].map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
    if (selfClosing) {
      path.pop();
      out += `<${tag}${text}/>`;
    } else {
      out += `<${tag}${text}>`;
    }
  }
  return out;
}
