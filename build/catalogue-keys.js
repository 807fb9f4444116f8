import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The message catalogue's keys that the script files (dist/*.min.js) may rename, for terser's
 * `mangle.properties`. Each key of the catalogue is written twice (once per language) and read
 * once or twice, and its name is most of what a short message weighs: renaming them all to one
 * or two letters, as Lit's own production build renames its internals, takes about 0.75 KB off
 * each gzipped file. The ES builds keep the names: there the catalogue is public (`messages`).
 *
 * Renaming is by name across the whole file, so a key is renamed only where nothing else can
 * depend on its name. A key is kept when its name:
 * - appears in any string or template text under src/ (a `m[kind]` lookup, a field named in a
 *   column list, a name a page or JSON supplies), or
 * - is declared anywhere under src/ outside the catalogue's top-level tables (another
 *   interface's or class's member, an object literal's key, a nested table's key such as the
 *   status names): such a name may be public API, a data field or a DOM property.
 * Terser itself never renames the names of the DOM and of JavaScript's built-ins.
 */
export function renameableCatalogueKeys({ catalogue = 'src/format/messages.ts', sources = 'src' } = {}) {
  const files = walk(sources);
  const parsed = new Map(files.map((f) => [f, parse(f)]));
  if (!parsed.has(catalogue)) throw new Error(`${catalogue} is not under ${sources}`);
  const tables = catalogueTables(parsed.get(catalogue));
  const keys = new Set();
  const kept = new Map();
  const keep = (name, why) => kept.has(name) || kept.set(name, why);

  for (const file of files) {
    const source = parsed.get(file);
    const visit = (node, inTable) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        for (const [word] of node.text.matchAll(/[A-Za-z_$][\w$]*/g)) keep(word, `in a string in ${file}`);
      }
      const name = declaredName(node);
      if (name !== null) {
        if (inTable && file === catalogue) keys.add(name);
        else keep(name, `declared in ${file} outside the catalogue's tables`);
      }
      ts.forEachChild(node, (child) => visit(child, file === catalogue && isTableMember(child, node, tables)));
    };
    visit(source, false);
  }
  return { keys: [...keys].filter((k) => !kept.has(k)).sort(), kept: [...keys].filter((k) => kept.has(k)).sort().map((k) => [k, kept.get(k)]) };
}

/** A terser `mangle.properties` regex for `keys`; null when there are none. */
export function keysPattern(keys) {
  return keys.length ? new RegExp(`^(?:${keys.map((k) => k.replace(/\$/g, '\\$')).join('|')})$`) : null;
}

/**
 * The catalogue's tables: its exported interfaces named `…Messages`, and the object literals
 * typed with one of them (`const zh: Messages = { … }`), the spread of another table included.
 */
function catalogueTables(source) {
  const interfaces = new Set();
  const literals = new Set();
  ts.forEachChild(source, (node) => {
    if (ts.isInterfaceDeclaration(node) && /Messages$/.test(node.name.text)) interfaces.add(node);
  });
  const names = new Set([...interfaces].map((i) => i.name.text));
  ts.forEachChild(source, (node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const d of node.declarationList.declarations) {
      if (d.type && ts.isTypeReferenceNode(d.type) && names.has(d.type.typeName.getText(source)) && d.initializer && ts.isObjectLiteralExpression(d.initializer)) {
        literals.add(d.initializer);
      }
    }
  });
  return { interfaces, literals };
}

/** Whether `child` is a top-level member of one of the tables (`parent` is its parent node). */
function isTableMember(child, parent, tables) {
  return (tables.interfaces.has(parent) && ts.isTypeElement(child)) || (tables.literals.has(parent) && ts.isObjectLiteralElementLike(child));
}

/** The member name a node declares, or null. */
function declaredName(node) {
  if (
    ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isPropertyAssignment(node) || ts.isEnumMember(node)
  ) {
    return node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name)) ? node.name.text : null;
  }
  if (ts.isShorthandPropertyAssignment(node)) return node.name.text;
  return null;
}

function parse(file) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function walk(dir) {
  return readdirSync(dir).sort().flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.ts$/.test(f) && !/\.d\.ts$/.test(f) ? [path] : [];
  });
}
