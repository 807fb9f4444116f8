/**
 * A source map (v3) for text made by deleting parts of `code`: `kept` lists the [start, end)
 * ranges of `code` that remain, in order. Each kept range maps back to where it starts, and so
 * does each line inside it, which is all a deletion needs (nothing moves within a range).
 */
export function deletionMap(code, kept, source) {
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One signed integer as a source map's base64 VLQ. */
export function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    const digit = v & 31;
    v >>>= 5;
    out += BASE64[v ? digit | 32 : digit];
  } while (v);
  return out;
}
