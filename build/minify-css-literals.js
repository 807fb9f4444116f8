import { deletionMap } from './source-map.js';

/**
 * Rollup plugin: minifies the CSS of Lit `css` tagged templates in src/**\/*.styles.ts (comments
 * dropped, whitespace collapsed), keeping the source map. Terser cannot do this because to it a
 * template is an opaque string. The module is parsed after TypeScript, so the templates are
 * found by the parser, not by searching the text.
 *
 * Lit's maintained @lit-labs/rollup-plugin-minify-html-literals was weighed instead: its CSS
 * minifier (lightningcss) rejects a `${…}` that stands for a block of declarations, as in
 * src/internal/base.styles.ts, and its HTML minifying gained little, for two more
 * dependencies, one of them a native binary.
 */
export const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/\.styles\.ts$/.test(id)) return null;
    try {
      return minifyCssTemplates(code, this.parse(code), id);
    } catch (error) {
      this.error(error);
    }
  },
});

/**
 * `code` with the text of every `css`-tagged template minified, and its source map; null when
 * nothing changed. `ast` is the ESTree program of `code` (from rollup's or acorn's parser).
 */
export function minifyCssTemplates(code, ast, source) {
  const quasis = []; // the chunks of each css template
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
      quasis.push(node.quasi.quasis.map((q, i, all) => ({ q, first: i === 0, last: i === all.length - 1 })));
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') walk(value);
    }
  })(ast);
  // Kept ranges of the original text, in order: the edit only deletes and shrinks runs of
  // whitespace, so each kept piece maps back to one place in the original.
  const kept = [];
  let from = 0;
  for (const template of quasis) {
    for (const { q, first, last } of template) {
      if (code.slice(q.start, q.end) !== q.value.raw) throw new Error(`css literal at ${q.start}: positions do not match the raw text`);
      const pieces = minifyCssChunk(code, q.start, q.end, first, last);
      // A chunk left alone may end inside a comment or string that the next chunk closes,
      // which that chunk cannot know: leave the rest of the template alone too.
      if (!pieces) break;
      kept.push([from, q.start], ...pieces);
      from = q.end;
    }
  }
  if (!kept.length) return null;
  kept.push([from, code.length]);
  return { code: kept.map(([a, b]) => code.slice(a, b)).join(''), map: deletionMap(code, kept, source) };
}

/**
 * The kept [start, end) ranges of one template chunk code[start, end) after minifying, or
 * null to leave it alone (an unterminated comment or string, which would span a `${…}`, or a
 * comment that alone separates two tokens). `first`/`last`: the chunk opens/closes the
 * template, rather than meeting a `${…}` there.
 *
 * Strings ('…', "…") and escapes are copied untouched. Whitespace next to a `${…}` is kept as
 * one space, since the value spliced in there may need it. A space goes only where CSS never
 * needs one: next to { } ; , and after : or ( and before ) or !. So `a :hover` (a descendant)
 * keeps its space, and so does `calc(1px + 2px)`.
 */
export function minifyCssChunk(code, start, end, first, last) {
  const pieces = [];
  const keep = (a, b) => {
    const prev = pieces[pieces.length - 1];
    if (prev && prev[1] === a) prev[1] = b;
    else pieces.push([a, b]);
  };
  // CSS whitespace only: U+00A0 and U+3000 are ordinary characters to CSS.
  const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
  // The character before a pending space: '{' at the template's start (nothing needs a space
  // there), '' after a `${…}` (unknown, so the space stays).
  const before = () => (pieces.length ? code[pieces[pieces.length - 1][1] - 1] : first ? '{' : '');
  let space = -1; // start of the pending run of whitespace and comments, or -1
  /** Drops the run [space, to), or keeps one whitespace character of it; false if it has none. */
  const settle = (to, next) => {
    if (space < 0) return true;
    const from = space;
    space = -1;
    const prev = before();
    if ((next === '' && last) || '{};,:('.includes(prev || '-') || '{};,)!'.includes(next || '-')) return true;
    const blank = code.slice(from, to).indexOf(' ');
    const k = blank >= 0 ? from + blank : isSpace(code[from]) ? from : -1;
    if (k < 0) return false;
    keep(k, k + 1);
    return true;
  };
  let i = start;
  while (i < end) {
    const c = code[i];
    if (isSpace(c) || (c === '/' && code[i + 1] === '*')) {
      if (space < 0) space = i;
      if (isSpace(c)) i++;
      else {
        const close = code.indexOf('*/', i + 2);
        if (close < 0 || close + 2 > end) return null;
        i = close + 2;
      }
      continue;
    }
    if (!settle(i, c)) return null;
    // The last declaration of a block needs no semicolon.
    if (c === ';' && nextSignificant(code, i + 1, end) === '}') {
      i++;
      continue;
    }
    let j = i + 1;
    if (c === '\\') j = i + 2;
    else if (c === '"' || c === "'") {
      while (j < end && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      if (j >= end) return null;
      j++;
    }
    keep(i, j);
    i = j;
  }
  if (!settle(end, '')) return null;
  return pieces;
}

/** The next character after whitespace and comments, or '' at the chunk's end. */
function nextSignificant(code, i, end) {
  while (i < end) {
    if (/[ \n\t\r\f]/.test(code[i])) i++;
    else if (code[i] === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      if (close < 0) return '';
      i = close + 2;
    } else return code[i];
  }
  return '';
}
