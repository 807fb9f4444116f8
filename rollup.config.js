// Two builds from the same sources (see README):
//  1. dist/ec-widgets.js + dist/data.js — ES modules for bundlers; lit and d3-array stay
//     external (they are dependencies) so an app de-duplicates them.
//  2. dist/ec-widgets.min.js — one self-contained IIFE (lit, d3-array and the dataset inside)
//     for a plain <script src> on any page, with no module loader. Its size budget is 45 KB
//     gzipped (`npm run size`), so it alone gets the CSS minifier, the columnar dataset and
//     the extra terser pass below.
// Declarations come from `tsc --emitDeclarationOnly` (one program, one truth), and the
// dataset CSV is written from the built data module so it cannot drift from the code.
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { copyFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const external = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('d3-');
const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: true, noEmitOnError: true, outDir: 'dist' });
const jsonPlugin = () => json({ compact: true, preferConst: true });

/**
 * Minifies the CSS of Lit `css` tagged templates in src/**\/*.styles.ts: drops comments and
 * collapses whitespace. This shrinks the widgets' CSS from 24.9 to 16.7 KB and the gzipped
 * single file by 1.4 KB. Terser cannot do this because to it a template is an opaque
 * string. Strings ('…', "…") and escapes are
 * copied untouched. Whitespace next to a `${…}` is kept as one space, since the value
 * spliced in there may need it. A space goes only where CSS never needs one: next to
 * { } ; , and after : or ( and before ) or !. So `a :hover` (a descendant) keeps its space,
 * and so does `calc(1px + 2px)`. The module is parsed after TypeScript, so the templates
 * are found by the parser, not by searching the text; the source map is kept.
 */
export const minifyCssLiterals = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/\.styles\.ts$/.test(id)) return null;
    const quasis = [];
    (function walk(node) {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
        quasis.push(...node.quasi.quasis.map((q, i, all) => ({ q, first: i === 0, last: i === all.length - 1 })));
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') walk(value);
      }
    })(this.parse(code));
    // Kept ranges of the original text, in order: the edit only deletes and shrinks runs of
    // whitespace, so each kept piece maps back to one place in the original.
    const kept = [];
    let from = 0;
    for (const { q, first, last } of quasis) {
      if (code.slice(q.start, q.end) !== q.value.raw) this.error(`css literal at ${q.start}: positions do not match the raw text`);
      const pieces = minifyCssChunk(code, q.start, q.end, first, last);
      if (!pieces) continue;
      kept.push([from, q.start], ...pieces);
      from = q.end;
    }
    if (!kept.length) return null;
    kept.push([from, code.length]);
    return { code: kept.map(([a, b]) => code.slice(a, b)).join(''), map: deletionMap(code, kept, id) };
  },
});

/**
 * The kept [start, end) ranges of one template chunk code[start, end) after minifying, or
 * null to leave it alone (an unterminated comment or string, which would span a `${…}`).
 * `first`/`last`: the chunk opens/closes the template, rather than meeting a `${…}` there.
 */
function minifyCssChunk(code, start, end, first, last) {
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
    if (k < 0) return false; // only a comment between two tokens: leave the chunk alone
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

/** A source map (v3) for the text made of the kept [start, end) ranges of `code`, in order. */
function deletionMap(code, kept, source) {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const vlq = (n) => {
    let v = n < 0 ? (-n << 1) | 1 : n << 1;
    let out = '';
    do {
      const digit = v & 31;
      v >>>= 5;
      out += BASE64[v ? digit | 32 : digit];
    } while (v);
    return out;
  };
  const lineStarts = [0];
  for (let k = 0; k < code.length; k++) if (code[k] === '\n') lineStarts.push(k + 1);
  let line = 0; // the original line of the index being mapped; indexes only grow
  const lines = [[]];
  let outCol = 0;
  let last = { out: 0, line: 0, col: 0 };
  const segment = (index) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= index) line++;
    const col = index - lineStarts[line];
    lines[lines.length - 1].push(vlq(outCol - last.out) + 'A' + vlq(line - last.line) + vlq(col - last.col));
    last = { out: outCol, line, col };
  };
  for (const [a, b] of kept) {
    if (a < b) segment(a);
    for (let k = a; k < b; k++) {
      if (code[k] !== '\n') {
        outCol++;
        continue;
      }
      lines.push([]);
      outCol = 0;
      last.out = 0;
      if (k + 1 < b) segment(k + 1);
    }
  }
  return { version: 3, sources: [source], names: [], mappings: lines.map((l) => l.join(',')).join(';') };
}

/**
 * The dataset as columns in the single-file build. Each list of records (documents,
 * indicators, observations, notes) is written as one array per field. The field names are
 * then written once, not once per record, which takes about 0.5 KB off the gzipped file. A
 * few lines of code rebuild the records at load time, the same keys in the same order. The
 * build checks that the rebuilt object is the JSON exactly (same JSON.stringify) and fails
 * if it is not. The ES build keeps the plain JSON module.
 */
const datasetColumns = (file) => ({
  name: 'dataset-columns',
  transform(code, id) {
    if (resolve(id) !== resolve(file)) return null;
    const data = JSON.parse(code);
    const isRecords = (v) => Array.isArray(v) && v.length > 0 && v.every((r) => r && typeof r === 'object' && !Array.isArray(r));
    // The ids of the lists encoded so far, in the order R rebuilds them, for cross-references.
    const idLists = [];
    const encode = (list) => {
      const keys = [...new Set(list.flatMap((r) => Object.keys(r)))];
      // Which fields a record has, in its order: usually one shape for the whole list.
      const shapes = [...new Set(list.map((r) => JSON.stringify(Object.keys(r).map((k) => keys.indexOf(k)))))];
      const shapeOf = shapes.length > 1 ? JSON.stringify(list.map((r) => shapes.indexOf(JSON.stringify(Object.keys(r).map((k) => keys.indexOf(k)))))) : 0;
      // An observation's id is its document, indicator, year and kind (`#2` on a repeat): where
      // every id follows that rule the column is written as 0 and rebuilt (about 0.6 KB gzip).
      const derived = derivedIds(list);
      // A field that holds ids of an earlier list (an observation's indicator and document, a
      // note's lists of them) is written as positions in that list, and refs maps the column
      // to that list's place among the lists. Small numbers gzip better than the repeated id
      // strings, even though gzip already finds most of those in the id column (about 25 B).
      // Likewise a field of strings that repeat (at most half as many distinct values as
      // records: units, quantity, category, kind, qualifier…) is written as positions in its
      // own list of values, which refs then holds (about 55 B).
      const refs = {};
      // A string field that, in most records, ends another string field of the record (an
      // observation's as_written ends its quote in 57 of 90 records) is written as its length
      // there and the string elsewhere; tails maps the column to the column it ends. About
      // 35 B gzip net of the decoder.
      const tails = {};
      const isString = (k) => k !== 'id' && list.every((r) => typeof r[k] === 'string');
      const endsMostly = (k, q) => q !== k && isString(q) && !(keys.indexOf(q) in tails) && list.filter((r) => r[k] && r[q].endsWith(r[k])).length * 2 > list.length;
      const columns = keys.map((k, c) => {
        if (k === 'id' && derived && list.every((r, i) => r.id === derived[i])) return '0';
        const present = list.filter((r) => k in r).map((r) => r[k]);
        const isIdOf = (ids) => present.every((v) => (Array.isArray(v) ? v : [v]).every((x) => typeof x === 'string' && ids.includes(x)));
        const target = k === 'id' ? -1 : idLists.findIndex(isIdOf);
        const distinct = [...new Set(present)];
        const repeats = k !== 'id' && present.every((v) => v === null || typeof v === 'string') && distinct.length * 2 <= present.length;
        const table = target >= 0 ? idLists[target] : repeats ? distinct : null;
        if (table) refs[c] = target >= 0 ? target : distinct;
        // A column that another column ends stays whole: the decoder reads it as written.
        const whole = !table && isString(k) && !Object.values(tails).includes(c) ? keys.findIndex((q) => endsMostly(k, q)) : -1;
        if (whole >= 0) tails[c] = whole;
        const position = (x) => table.indexOf(x);
        const value = (v, r) =>
          table ? (Array.isArray(v) ? v.map(position) : position(v)) : whole >= 0 && v && r[keys[whole]].endsWith(v) ? v.length : v;
        // An absent field is written as 0; the shape says it is absent.
        return `[${list.map((r) => (k in r ? JSON.stringify(value(r[k], r)) : 0)).join(',')}]`;
      });
      idLists.push(list.every((r) => typeof r.id === 'string') ? list.map((r) => r.id) : []);
      return `R(${list.length},${JSON.stringify(keys)},[${shapes.join(',')}],${shapeOf},[${columns.join(',')}],${JSON.stringify(refs)},${JSON.stringify(tails)})`;
    };
    const body = `{${Object.entries(data).map(([k, v]) => `${JSON.stringify(k)}:${isRecords(v) ? encode(v) : JSON.stringify(v)}`).join(',')}}`;
    // R is called once per list, in the order of the lists in the JSON (an object literal's
    // values are evaluated in order), and keeps each list's ids in idLists: a later list's
    // positions resolve to the very strings of the JSON.
    const rebuild = `((idLists) => (n, keys, shapes, shapeOf, columns, refs, tails) => {
      for (const c in refs) {
        const ids = typeof refs[c] == 'number' ? idLists[refs[c]] : refs[c];
        columns[c] = columns[c].map((v) => (typeof v == 'number' ? ids[v] : v.map((i) => ids[i])));
      }
      for (const c in tails) columns[c] = columns[c].map((v, i) => (typeof v == 'number' ? columns[tails[c]][i].slice(-v) : v));
      const list = Array.from({ length: n }, (_, i) => {
        const r = {};
        for (const k of shapes[shapeOf ? shapeOf[i] : 0]) r[keys[k]] = columns[k] && columns[k][i];
        return r;
      });
      // An id column written as 0 is derived from the rebuilt records; each id key is already
      // in its place in the record's key order, so setting it keeps that order.
      if (columns[keys.indexOf('id')] === 0) (${derivedIds.toString().replace(/^function derivedIds/, 'function ')})(list).forEach((id, i) => (list[i].id = id));
      idLists.push(list.map((r) => r.id));
      return list;
    })([])`;
    const rebuilt = new Function('R', `return ${body}`)(new Function(`return ${rebuild}`)());
    if (JSON.stringify(rebuilt) !== JSON.stringify(data)) this.error(`${file}: the column encoding does not rebuild the JSON exactly`);
    return { code: `const R = ${rebuild};\nexport default ${body};\n`, map: { mappings: '' } };
  },
});

/** Observation ids by the dataset's rule, document/indicator/year/kind with `#n` on the nth repeat; null unless records have those fields. */
function derivedIds(list) {
  if (!list.every((r) => r.document && r.indicator && r.year && r.kind)) return null;
  const seen = {};
  return list.map((r) => {
    const id = [r.document, r.indicator, r.year, r.kind].join('/');
    seen[id] = (seen[id] || 0) + 1;
    return seen[id] > 1 ? `${id}#${seen[id]}` : id;
  });
}

/** Writes dist/ec-indicators.csv (UTF-8 with BOM) from the built data module. */
const datasetCsv = () => ({
  name: 'dataset-csv',
  async writeBundle() {
    const data = await import(pathToFileURL(resolve('dist/data.js')).href + `?t=${Date.now()}`);
    if (typeof data.datasetCsv !== 'function') return;
    await writeFile('dist/ec-indicators.csv', data.datasetCsv('zh-CN'), 'utf8');
    await writeFile('dist/ec-indicators.en.csv', data.datasetCsv('en'), 'utf8');
  },
});

export default [
  {
    input: { 'ec-widgets': 'src/index.ts', data: 'src/data/index.ts' },
    external,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: [jsonPlugin(), ts(), datasetCsv()],
  },
  {
    input: 'src/standalone.ts',
    output: { file: 'dist/ec-widgets.min.js', format: 'iife', sourcemap: true },
    plugins: [
      // The production export condition drops Lit's dev-mode checks and warnings.
      nodeResolve({ exportConditions: ['production'] }),
      datasetColumns('data/ec-dataset.json'),
      json({ compact: true, preferConst: true, exclude: 'data/ec-dataset.json' }),
      ts(),
      minifyCssLiterals(),
      // A third pass and hoisted function declarations take about 0.3 KB off the gzipped file;
      // both keep the semantics (no `unsafe*` options).
      terser({ ecma: 2021, module: false, compress: { passes: 3, hoist_funs: true }, format: { comments: false } }),
    ],
  },
  {
    // `npx ec-widgets render …`: the widgets' own view and layout code, run in Node. Lit stays
    // external so Node loads Lit's server build, which @lit-labs/ssr needs.
    input: 'src/cli/render.ts',
    external: (id) => external(id) || id.startsWith('@lit-labs/') || id.startsWith('node:'),
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
    plugins: [jsonPlugin(), ts()],
  },
  {
    // dist/embed.html + embed.js: the iframe route for CMSs that strip scripts.
    input: 'src/embed/embed.ts',
    output: { file: 'dist/embed.js', format: 'iife', sourcemap: true },
    plugins: [
      ts(),
      terser({ ecma: 2021, module: false, compress: { passes: 2 }, format: { comments: false } }),
      { name: 'embed-html', async writeBundle() { await copyFile('src/embed/embed.html', 'dist/embed.html'); } },
    ],
  },
];
