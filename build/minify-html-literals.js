import { deletionMap } from './source-map.js';

/**
 * Rollup plugin: in Lit's `html` and `svg` tagged templates, each run of whitespace that holds a
 * line break (the indentation between tags) becomes one space, keeping the source map. HTML
 * reads such a run as one space anyway, so the DOM gets the same text nodes and draws the same;
 * the script files stop shipping the indentation. Runs without a line break are left alone, and
 * so is every other string. (No template here sits in `white-space: pre`; one that did would
 * lose its line breaks.) Like ./minify-css-literals.js, templates are found by the parser.
 */
export const minifyHtmlLiterals = () => ({
  name: 'minify-html-literals',
  transform(code, id) {
    if (!/\.ts$/.test(id) || /\.styles\.ts$/.test(id) || !/\b(?:html|svg)\s*`/.test(code)) return null;
    try {
      return minifyHtmlTemplates(code, this.parse(code), id);
    } catch (error) {
      this.error(error);
    }
  },
});

/** `code` with the indentation in its html/svg templates collapsed, and its source map; null when nothing changed. */
export function minifyHtmlTemplates(code, ast, source) {
  const quasis = [];
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
      quasis.push(...node.quasi.quasis);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') walk(value);
    }
  })(ast);
  quasis.sort((a, b) => a.start - b.start);
  const kept = [];
  let from = 0;
  for (const q of quasis) {
    if (code.slice(q.start, q.end) !== q.value.raw) throw new Error(`template at ${q.start}: positions do not match the raw text`);
    for (const run of code.slice(q.start, q.end).matchAll(/[ \t\r\n\f]*\n[ \t\r\n\f]*/g)) {
      const start = q.start + run.index;
      const blank = run[0].indexOf(' ');
      const keep = start + (blank >= 0 ? blank : 0);
      kept.push([from, start], [keep, keep + 1]);
      from = start + run[0].length;
    }
  }
  if (!kept.length) return null;
  kept.push([from, code.length]);
  const ranges = kept.filter(([a, b]) => b > a);
  return { code: ranges.map(([a, b]) => code.slice(a, b)).join(''), map: deletionMap(code, ranges, source) };
}
