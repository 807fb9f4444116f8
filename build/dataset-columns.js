import { resolve } from 'node:path';

/**
 * Rollup plugin: the dataset JSON `file` as columns, for the minified builds, after `prepare`
 * (build/script-dataset.js: what the script files leave out). Each list of
 * records (documents, indicators, observations, notes) is written as one array per field, so
 * a field's name is written once, not once per record (about 0.5 KB off the gzipped file), and
 * `rebuildLists` rebuilds the records at load time with the same keys in the same order.
 * The build calls that same decoder on the encoding and fails unless the result is the JSON
 * exactly (same JSON.stringify). The ES build keeps the plain JSON module.
 */
export const datasetColumns = (file, prepare = (data) => data) => ({
  name: 'dataset-columns',
  transform(code, id) {
    if (resolve(id) !== resolve(file)) return null;
    try {
      return { code: datasetModule(prepare(JSON.parse(code)), file), map: { mappings: '' } };
    } catch (error) {
      this.error(error);
    }
  },
});

/**
 * The ES module text that exports `data` as default, its lists of records in columns. Throws
 * when the decoder would not rebuild `data` exactly. `name` names the data in that message.
 */
export function datasetModule(data, name = 'dataset') {
  const entries = encodeDataset(data);
  if (JSON.stringify(decodeDataset(entries)) !== JSON.stringify(data)) throw new Error(`${name}: the column encoding does not rebuild the JSON exactly`);
  const body = entries.map(([key, value, args]) => `${JSON.stringify(key)}:${args ? `R(${args.map((a) => JSON.stringify(a)).join(',')})` : JSON.stringify(value)}`);
  // R is called once per list, in the order of the lists in the JSON (an object literal's
  // values are evaluated in order), and keeps each list's ids: a later list's positions
  // resolve to the very strings of the JSON.
  return `${derivedIds.toString()}\nconst R = (${rebuildLists.toString()})([]);\nexport default {${body.join(',')}};\n`;
}

/**
 * [key, value, args] for each top-level field of `data`, in order: `args` (the arguments of
 * one `rebuildLists` call) for a list of records, undefined for anything else.
 */
export function encodeDataset(data) {
  // The ids of the lists encoded so far, in the order they are rebuilt, for cross-references.
  const idLists = [];
  return Object.entries(data).map(([key, value]) => [key, value, isRecords(value) ? encodeList(value, idLists) : undefined]);
}

/** `data` rebuilt from `encodeDataset(data)` by the decoder the built file carries. */
export function decodeDataset(entries) {
  const rebuild = rebuildLists([]);
  // The decoder replaces columns in place: give it copies, as the built file's literals are.
  return Object.fromEntries(entries.map(([key, value, args]) => [key, args ? rebuild(...structuredClone(args)) : value]));
}

const isRecord = (r) => r !== null && typeof r === 'object' && !Array.isArray(r);
const isRecords = (v) => Array.isArray(v) && v.length > 0 && v.every(isRecord);

/** The arguments of `rebuildLists(…)(n, keys, shapes, shapeOf, columns, refs, tails[, nested])` for `list`. */
function encodeList(list, idLists) {
  const keys = [...new Set(list.flatMap((r) => Object.keys(r)))];
  // A field whose values are lists of records (a document's copies) is written as a count per
  // record, and all those records as one list encoded the same way, which nested maps the
  // column to. Encoded first, as the decoder rebuilds it first: the lists' ids stay in order.
  const nested = {};
  keys.forEach((k, c) => {
    const values = list.filter((r) => k in r).map((r) => r[k]);
    if (values.every((v) => Array.isArray(v) && v.every(isRecord)) && values.some((v) => v.length)) nested[c] = encodeList(values.flat(), idLists);
  });
  // Which fields a record has, in its order: usually one shape for the whole list.
  const shapeKey = (r) => JSON.stringify(Object.keys(r).map((k) => keys.indexOf(k)));
  const shapeKeys = [...new Set(list.map(shapeKey))];
  const shapes = shapeKeys.map((s) => JSON.parse(s));
  const shapeOf = shapeKeys.length > 1 ? list.map((r) => shapeKeys.indexOf(shapeKey(r))) : 0;
  // An observation's id is its document, indicator, year and kind (`#2` on a repeat): where
  // every id follows that rule the column is written as 0 and rebuilt.
  const derived = derivedIds(list);
  // A field that holds ids of an earlier list (an observation's indicator and document, a
  // note's lists of them) is written as positions in that list, and refs maps the column to
  // that list's place among the lists: small numbers gzip better than repeated id strings.
  // Likewise a field of strings that repeat (at most half as many distinct values as records:
  // units, quantity, category, kind, qualifier…) is written as positions in its own list of
  // values, which refs then holds.
  const refs = {};
  // A string field that, in most records, ends another string field of the record (an
  // observation's as_written usually ends its quote) is written as its length there and the
  // string elsewhere; tails maps the column to the column it ends.
  const tails = {};
  const isString = (k) => k !== 'id' && list.every((r) => typeof r[k] === 'string');
  const endsMostly = (k, q) => q !== k && isString(q) && !(keys.indexOf(q) in tails) && list.filter((r) => r[k] && r[q].endsWith(r[k])).length * 2 > list.length;
  const columns = keys.map((k, c) => {
    if (c in nested) return list.map((r) => (k in r ? r[k].length : 0));
    if (k === 'id' && derived && list.every((r, i) => r.id === derived[i])) return 0;
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
    const value = (v, r) => (table ? (Array.isArray(v) ? v.map(position) : position(v)) : whole >= 0 && v && r[keys[whole]].endsWith(v) ? v.length : v);
    // An absent field is written as 0; the shape says it is absent.
    return list.map((r) => (k in r ? value(r[k], r) : 0));
  });
  idLists.push(list.every((r) => typeof r.id === 'string') ? list.map((r) => r.id) : []);
  const args = [list.length, keys, shapes, shapeOf, columns, refs, tails];
  return Object.keys(nested).length ? [...args, nested] : args;
}

/**
 * The decoder the built file carries (as this function's source text, so it must stay
 * self-contained but for `derivedIds`, which the built file declares beside it). Given the
 * list of the id lists rebuilt so far, returns R(n, keys, shapes, shapeOf, columns, refs,
 * tails, nested), which rebuilds one list of records and remembers its ids.
 */
export function rebuildLists(idLists) {
  const R = (n, keys, shapes, shapeOf, columns, refs, tails, nested) => {
    for (const c in nested) {
      const all = R(...nested[c]);
      let at = 0;
      columns[c] = columns[c].map((count) => all.slice(at, (at += count)));
    }
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
    if (columns[keys.indexOf('id')] === 0) derivedIds(list).forEach((id, i) => (list[i].id = id));
    idLists.push(list.map((r) => r.id));
    return list;
  };
  return R;
}

/** Observation ids by the dataset's rule, document/indicator/year/kind with `#n` on the nth repeat; null unless records have those fields. */
export function derivedIds(list) {
  if (!list.every((r) => r.document && r.indicator && r.year && r.kind)) return null;
  const seen = {};
  return list.map((r) => {
    const id = [r.document, r.indicator, r.year, r.kind].join('/');
    seen[id] = (seen[id] || 0) + 1;
    return seen[id] > 1 ? `${id}#${seen[id]}` : id;
  });
}
