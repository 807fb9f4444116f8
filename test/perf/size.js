// `npm run size`: sizes of the built files (raw, gzip -9, brotli max) and where their bytes are,
// from their source maps: the single file and the indicator's own file by source folder, every
// script file by feature, and the dataset by part and field. Fails (exit 1) when a
// script file is over its ceiling, so CI (and `npm test`, which runs this) catches a
// dependency or a dataset that grows the embed snippet. A ceiling is a ratchet: the size the
// file has reached, lowered as it shrinks, until it meets its budget and the budget takes its
// place. Reads dist/ only: run `npm run build` first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { datasetModule } from '../../build/dataset-columns.js';
import { scriptFileDataset } from '../../build/script-dataset.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// An optional argument points at another build's output folder (same file names).
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const single = join(dist, 'ec-widgets.min.js');

/** 1 KB = 1000 bytes, as size-limit and bundlephobia count. */
const KB = 1000;

/**
 * The script files' budgets (issues 8 and 16) and ceilings, gzip bytes. `ceiling`: what the file
 * may not grow past; lower it when the file shrinks, raise it only with a reason in the commit.
 */
// Ceilings raised once to take the 2021–2025 official releases' quotes and notes and the third widget; they only go down from here (issue 16).
const BUDGETS = {
  // Every widget, the whole dataset with every quote, the dataset API as window.ecWidgets.
  'ec-widgets.min.js': { budget: 45 * KB, target: 35 * KB, ceiling: 71_100 },
  // Below Chart.js alone (about 48 KB, no data), with the whole dataset and its quotes inside.
  'ec-indicator.min.js': { budget: 42 * KB, target: 38 * KB, ceiling: 56_600 },
  'ec-plan-scorecard.min.js': { ceiling: 50_000 },
  'ec-target-gauge.min.js': { ceiling: 51_250 },
};
/** A widget's own file with no ceiling of its own yet may not outgrow the single file's. */
const ceilingOf = (name) => (BUDGETS[name] ?? BUDGETS['ec-widgets.min.js']).ceiling;
const kb2 = (n) => `${(n / KB).toFixed(2)} KB`;

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const pct = (n, total) => `${((100 * n) / total).toFixed(1)} %`;

function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (align?.[i] === 'l' ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

if (!existsSync(single)) {
  console.error(`dist/ec-widgets.min.js is missing: run \`npm run build\` first, then \`npm run size\`.`);
  process.exit(1);
}

// ── 1. Files ──────────────────────────────────────────────────────────────────────────────
const measure = (files) => {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  return { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
};

/** An ES module and every file it imports statically inside dist/ (its chunks). */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), m[1]));
    }
  };
  visit(entry);
  return [...seen];
}

const rows = [];
const singleSize = measure([single]);
rows.push(['dist/ec-widgets.min.js (IIFE: lit + d3 + dataset, every widget)', kb(singleSize.raw), kb(singleSize.gzip), kb(singleSize.brotli)]);
/** The per-widget script files, dist/<tag>.min.js, by name. */
const widgetFiles = readdirSync(dist).filter((f) => /^ec-[a-z0-9-]+\.min\.js$/.test(f) && f !== 'ec-widgets.min.js').sort();
const scriptSizes = new Map([['ec-widgets.min.js', singleSize]]);
for (const name of widgetFiles) {
  const size = measure([join(dist, name)]);
  scriptSizes.set(name, size);
  rows.push([`dist/${name} (IIFE: lit + d3 + dataset, <${name.replace('.min.js', '')}> only)`, kb(size.raw), kb(size.gzip), kb(size.brotli)]);
}
const missing = Object.keys(BUDGETS).filter((name) => !scriptSizes.has(name));
for (const name of missing) rows.push([`dist/${name}`, 'missing', '', '']);
for (const name of ['ec-widgets.js', 'data.js']) {
  const entry = join(dist, name);
  if (!existsSync(entry)) {
    rows.push([`dist/${name}`, 'missing', '', '']);
    continue;
  }
  const files = closure(entry);
  const s = measure(files);
  const imported = files.slice(1).map((f) => relative(dist, f).replace(/\\/g, '/'));
  rows.push([`dist/${name} (ESM, lit/d3 external)${imported.length ? ` + ${imported.join(' + ')}` : ''}`, kb(s.raw), kb(s.gzip), kb(s.brotli)]);
}
const chunkDir = join(dist, 'chunks');
if (existsSync(chunkDir)) {
  for (const f of readdirSync(chunkDir).filter((f) => f.endsWith('.js')).sort()) {
    const s = measure([join(chunkDir, f)]);
    rows.push([`  dist/chunks/${f}`, kb(s.raw), kb(s.gzip), kb(s.brotli)]);
  }
}
console.log(`Sizes (1 KB = 1000 bytes; gzip level 9, brotli quality 11; the ESM files are not minified)\n`);
console.log(table(['file', 'raw', 'gzip', 'brotli'], rows, ['l']));

// ── 2. What the single file holds, from its source map ────────────────────────────────────
// Each mapping segment owns the generated text up to the next segment. The dataset JSON has
// no mappings of its own (the JSON plugin emits none), so it is found as the object literal
// in the code and counted apart; everything else goes to the package or source folder its
// segment points at. Estimates: gzip of a part alone is not its share of the whole file.
function breakdown(file, { print = true } = {}) {
  const name = `dist/${basename(file)}`;
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return console.log(`\n(no ${name}.map: no breakdown)`);
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const owner = new Array(code.length).fill(-1); // index into `groups`
  const groups = [];
  const groupIndex = new Map();
  const groupOf = (name) => {
    if (!groupIndex.has(name)) groupIndex.set(name, groups.push(name) - 1);
    return groupIndex.get(name);
  };
  const sourceGroups = map.sources.map((s) => groupOf(classify(`${map.sourceRoot ?? ''}${s}`)));

  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const lines = map.mappings.split(';');
  let source = 0;
  // Text before a line's first segment (or on a line with none: the inside of a multi-line
  // template such as a component's CSS) continues the last mapped token.
  let current = -1;
  // The source file of each character too, for the table of features.
  const sourceAt = new Int32Array(code.length).fill(-1);
  let currentSource = -1;
  for (let l = 0; l < lineStarts.length; l++) {
    const lineEnd = l + 1 < lineStarts.length ? lineStarts[l + 1] : code.length;
    let col = 0;
    const segs = [];
    for (const seg of (lines[l] ?? '').split(',')) {
      if (!seg) continue;
      const v = decodeVlq(seg);
      col += v[0];
      if (v.length >= 4) source += v[1];
      segs.push([col, v.length >= 4 ? sourceGroups[source] : -1, v.length >= 4 ? source : -1]);
    }
    // Columns are UTF-16 offsets, which is how JS strings index too.
    let from = lineStarts[l];
    for (let s = 0; s <= segs.length; s++) {
      const to = s < segs.length ? lineStarts[l] + segs[s][0] : lineEnd;
      for (let i = from; i < to && i < code.length; i++) {
        owner[i] = current;
        sourceAt[i] = currentSource;
      }
      if (s < segs.length) {
        current = segs[s][1];
        currentSource = segs[s][2];
        from = to;
      }
    }
  }

  const dataset = findDataset(code);
  if (dataset.length) {
    const g = groupOf('data/ec-dataset.json (inlined literal)');
    for (const [from, to] of dataset) for (let i = from; i < to; i++) owner[i] = g;
  }
  const unmapped = groupOf('(unmapped: IIFE wrapper, glue)');
  for (let i = 0; i < owner.length; i++) if (owner[i] === -1) owner[i] = unmapped;

  const totalGzip = gzip(Buffer.from(code));
  const attribution = { name, code, sources: map.sources, sourceAt, dataset, totalGzip };
  if (!print) return attribution;

  // Runs of one owner, in file order: a part's text, and the file without it, keep that order.
  const runs = [];
  for (let i = 0; i < code.length; ) {
    let j = i;
    while (j < code.length && owner[j] === owner[i]) j++;
    runs.push([owner[i], code.slice(i, j)]);
    i = j;
  }
  const only = (keep) => Buffer.from(runs.filter(([g]) => keep(g)).map(([, t]) => t).join(''));
  const totalBytes = Buffer.byteLength(code);
  const measurePart = (members) => {
    const set = new Set(members);
    const own = only((g) => set.has(g));
    return { bytes: own.length, gzip: gzip(own), saved: totalGzip - gzip(only((g) => !set.has(g))) };
  };
  // Parts under 50 bytes (an index module, the IIFE wrapper) are left out of the table.
  const parts = groups.map((name, g) => ({ name, g, ...measurePart([g]) })).filter((p) => p.bytes >= 50);

  // Families first (lit, d3, src, data), their members indented under them.
  const family = (name) => (name.startsWith('(') ? name : name.split('/')[0]);
  const families = new Map();
  for (const p of parts) {
    const f = family(p.name);
    if (!families.has(f)) families.set(f, []);
    families.get(f).push(p);
  }
  const rows = [];
  const ordered = [...families.entries()].sort((a, b) => sum(b[1]) - sum(a[1]));
  for (const [f, members] of ordered) {
    members.sort((a, b) => b.bytes - a.bytes);
    if (members.length > 1) {
      const all = measurePart(members.map((m) => m.g));
      rows.push([`${f} (all)`, kb(all.bytes), pct(all.bytes, totalBytes), kb(all.gzip), kb(all.saved)]);
      for (const m of members) rows.push([`  ${m.name}`, kb(m.bytes), pct(m.bytes, totalBytes), kb(m.gzip), kb(m.saved)]);
    } else {
      const m = members[0];
      rows.push([m.name, kb(m.bytes), pct(m.bytes, totalBytes), kb(m.gzip), kb(m.saved)]);
    }
  }
  console.log(`\nInside ${name} (${kb(totalBytes)} minified, ${kb(totalGzip)} gzip), by source-map attribution:\n`);
  console.log(table(['part', 'minified', 'share', 'gzip alone', 'gzip saved if removed'], rows, ['l']));
  if (!dataset.length) console.log('\n(the dataset literal was not found in the code: it is counted under the module that imports it)');

  return attribution;
}

/**
 * The features of the script files, by the source files that make them: each source goes to the
 * first feature whose pattern matches it (a widget's export module counts as downloads), so the
 * rows do not overlap. `dataset` is the inlined dataset literal.
 */
const FEATURES = [
  ['the dataset (figures, quotes, notes, names, descriptions)', 'dataset'],
  ['downloads (menu, CSV, SVG, PNG, citation)', /src\/export\/|controllers\/export-menu|-export\.ts$|src\/data\/csv/],
  ['<ec-indicator> (element, view, layout, plot, summary, styles)', /components\/indicator\/|view\/indicator-view|charts\/(indicator-layout|tooltip-position)|a11y\/indicator-summary|controllers\/point-navigation/],
  ['<ec-target-gauge> (element, view, layout, summary, styles)', /components\/target-gauge\/|view\/gauge-view|charts\/gauge-layout|a11y\/gauge-summary/],
  ['<ec-plan-scorecard> (element, view, bars, styles)', /components\/plan-scorecard\/|view\/scorecard-/],
  ['inputs (schema, validation, supplied figures)', /view\/(schema|inputs|contract|supplied|named-indicator)|controllers\/child-json|internal\/as-text/],
  ['messages in Chinese and English (src/format/messages.ts: the shared table and the widget\'s own)', /format\/messages/],
  ['number, unit and list formatting (src/format/)', /src\/format\//],
  ['dataset functions (selectors, target maths)', /src\/data\//],
  ['chart maths (scales, ticks, paths, labels) + d3-array', /src\/charts\/|node_modules\/d3-/],
  ['element base, size controllers, shared styles and status shapes', /src\/internal\/|src\/controllers\/|components\/shared\//],
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
];

/**
 * What each feature costs each script file: the gzip bytes the file would lose without the
 * feature's code (approximate: the code that calls it stays), and what no feature claims.
 */
function featureTable(files) {
  const ownerOf = (info) => {
    const featureOfSource = info.sources.map((source) => FEATURES.findIndex(([, p]) => p !== 'dataset' && p.test(source)));
    const owner = new Int16Array(info.code.length);
    for (let i = 0; i < owner.length; i++) owner[i] = info.sourceAt[i] >= 0 ? featureOfSource[info.sourceAt[i]] : -1;
    for (const [from, to] of info.dataset) owner.fill(0, from, to);
    return owner;
  };
  const savedWithout = (info, owner, f) => {
    const kept = [];
    for (let i = 0; i < info.code.length; ) {
      const dropped = owner[i] === f;
      let j = i;
      while (j < info.code.length && (owner[j] === f) === dropped) j++;
      if (!dropped) kept.push(info.code.slice(i, j));
      i = j;
    }
    return info.totalGzip - gzip(Buffer.from(kept.join('')));
  };
  const owners = files.map(ownerOf);
  const names = [...FEATURES.map(([name]) => name), '(no feature: the IIFE wrapper, glue, index modules)'];
  const rows = names.map((name, f) => {
    const feature = f < FEATURES.length ? f : -1;
    return [name, ...files.map((info, k) => (owners[k].includes(feature) ? kb(savedWithout(info, owners[k], feature)) : '–'))];
  });
  console.log('\nThe script files by feature (gzip saved if the feature were left out; gzip shares context across features, so a column does not add up to its file):\n');
  console.log(table(['feature', ...files.map((info) => basename(info.name))], rows, ['l']));
}

function sum(parts) {
  return parts.reduce((n, p) => n + p.bytes, 0);
}

/** The group a source-map source belongs to: an npm package, or a folder of this repository. */
function classify(source) {
  const path = source.replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (/^(lit|lit-html|lit-element|@lit\/.*|@lit-labs\/.*)$/.test(pkg)) return `lit/${pkg}`;
    if (/^d3-/.test(pkg) || pkg === 'internmap') return `d3/${pkg}`;
    return pkg;
  }
  // Sources are relative to the map; a map made elsewhere still names src/… and data/….
  let rel = relative(root, resolve(dist, path)).replace(/\\/g, '/');
  if (rel.startsWith('..')) rel = (path.match(/(?:^|\/)((?:src|data|test)\/.*)$/) ?? [, rel])[1];
  const parts = rel.split('/');
  // src/<folder> for the source rooms; src/index.ts and the like stay files.
  return parts.slice(0, 2).join('/');
}

/**
 * [start, end) ranges of the dataset in the minified code. The JSON plugin's object may lose
 * keys nobody reads (rollup tree-shakes properties) or be split into one constant per key, so
 * this looks for the object by any of its top-level keys, and for each array by its first item.
 */
function findDataset(code) {
  const jsonFile = join(root, 'data/ec-dataset.json');
  if (!existsSync(jsonFile)) return [];
  const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const markers = [];
  for (const [key, value] of Object.entries(json)) {
    markers.push(`{${key}:`, `{"${key}":`);
    const first = Array.isArray(value) ? value[0] : undefined;
    if (first && typeof first === 'object') {
      const [fk, fv] = Object.entries(first)[0] ?? [];
      if (typeof fv === 'string') markers.push(`[{${fk}:${JSON.stringify(fv)}`, `[{"${fk}":${JSON.stringify(fv)}`, `[{${fk}:'${fv}'`);
    }
  }
  const ranges = [];
  for (const marker of markers) {
    for (let start = code.indexOf(marker); start >= 0; start = code.indexOf(marker, start + 1)) {
      const end = matchBrace(code, start);
      // Small matches are code that happens to use a key of the same name.
      if (end - start > 200 && !ranges.some(([s, e]) => start >= s && end <= e)) ranges.push([start, end]);
    }
  }
  return ranges.filter(([s, e]) => !ranges.some(([s2, e2]) => (s2 < s && e2 >= e) || (s2 <= s && e2 > e)));
}

/** Index after the brace that closes the one at `start`, skipping string contents. */
function matchBrace(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function decodeVlq(segment) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = chars.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const attributions = [breakdown(single)];
for (const name of widgetFiles) attributions.push(breakdown(join(dist, name), { print: name === 'ec-indicator.min.js' }));
if (attributions.every(Boolean)) featureTable(attributions);
datasetFields();

/**
 * Where the dataset's bytes are, as every script file carries it (build/script-dataset.js, then
 * build/dataset-columns.js): the gzip bytes its module would lose without each part and each
 * field, and what the script files already leave out of the full dataset.
 */
function datasetFields() {
  const jsonFile = join(root, 'data/ec-dataset.json');
  if (!existsSync(jsonFile)) return;
  const full = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const data = scriptFileDataset(full);
  const size = (d) => gzip(Buffer.from(datasetModule(d)));
  const whole = size(data);
  const lists = Object.entries(data).filter(([, v]) => Array.isArray(v) && v.every((r) => r && typeof r === 'object'));
  const without = (list, ...fields) => ({ ...data, [list]: data[list].map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !fields.includes(k)))) });
  const saved = (d) => whole - size(d);

  console.log(`\nThe dataset as the script files carry it: ${kb(whole)} gzip alone (${kb(size(full))} with the provenance they leave out).`);
  const parts = [
    ['quotes (observations.quote)', without('observations', 'quote')],
    ['notes (text_zh, text_en)', without('notes', 'text_zh', 'text_en')],
    ['figures but their quotes (observations)', { ...data, observations: data.observations.map((o) => ({ quote: o.quote })) }],
    ['indicators (names, units, descriptions)', { ...data, indicators: [] }],
    ['documents (titles, issuers, dates, passage language)', { ...data, documents: [] }],
  ];
  console.log('\nBy part (gzip saved if removed; parts overlap in what gzip shares, so they do not add up):\n');
  const partRows = parts.map(([name, d]) => [name, saved(d)]).sort((a, b) => b[1] - a[1]);
  console.log(table(['part', 'gzip saved if removed'], partRows.map(([name, n]) => [name, kb(n)]), ['l']));

  const rows = lists
    .flatMap(([list, records]) => [...new Set(records.flatMap(Object.keys))].map((field) => [list, field]))
    .map(([list, field]) => [`${list}.${field}`, saved(without(list, field))])
    .sort((a, b) => b[1] - a[1]);
  console.log('\nIts costliest fields (gzip saved if removed):\n');
  console.log(table(['field', 'gzip saved if removed'], rows.slice(0, 12).map(([name, n]) => [name, kb(n)]), ['l']));
}

// ── 3. Budgets ────────────────────────────────────────────────────────────────────────────
console.log('\nBudgets (gzip):\n');
const over = missing.map((name) => `dist/${name} is missing: the build writes it (rollup.config.js)`);
const budgetRows = [...scriptSizes].map(([name, { gzip: size }]) => {
  const { budget, target } = BUDGETS[name] ?? {};
  const ceiling = ceilingOf(name);
  if (size > ceiling) over.push(`dist/${name} is ${kb(size)} gzip (${size} bytes), ${size - ceiling} bytes over its ${kb2(ceiling)} ceiling`);
  const verdict =
    size > ceiling ? 'OVER THE CEILING'
      : budget === undefined ? 'within the ceiling (no budget of its own)'
        : size > budget ? `within the ceiling, ${kb(size - budget)} over budget`
          : target !== undefined && size > target ? `within budget, ${kb(size - target)} above target`
            : 'within budget and target';
  return [`dist/${name}`, `${kb(size)} (${size} B)`, budget ? kb(budget) : '', target ? kb(target) : '', kb2(ceiling), verdict];
});
console.log(table(['file', 'gzip', 'budget', 'target', 'ceiling', ''], budgetRows, ['l', 'r', 'r', 'r', 'r', 'l']));
if (over.length) {
  console.error(`\nOVER THE CEILING OR MISSING:\n  ${over.join('\n  ')}\nSee the breakdowns above for what grew.`);
  process.exit(1);
}
