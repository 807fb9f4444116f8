// build/minify-css-literals.js: what it keeps, what it drops, where it refuses, and that its
// source map points every kept character back at itself. The parser is rollup's, as in the build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { transform } from 'esbuild';
import { minifyCssLiterals, minifyCssTemplates } from '../../build/minify-css-literals.js';

/** The module `code` after minifying, or null when the plugin leaves it alone. */
const minify = (code) => minifyCssTemplates(code, parseAst(code), 'x.styles.ts');
/** The CSS of one `css` template with no `${…}`, minified. */
const minifyCss = (css) => {
  const out = minify(`export const s = css\`${css}\`;`);
  return out && out.code.slice('export const s = css`'.length, -'`;'.length);
};

describe('minifyCssTemplates(code, ast, source) on one css template', () => {
  // [what, css, expected]
  const cases = [
    ['drops comments and the whitespace around braces, colons and semicolons', '\n  :host {\n    /* why */ display: block;\n    color: red;\n  }\n', ':host{display:block;color:red}'],
    ['drops the last declaration’s semicolon', 'a { color: red; }', 'a{color:red}'],
    ['keeps a descendant combinator’s space: `a :hover` is not `a:hover`', 'a :hover { color: red }', 'a :hover{color:red}'],
    ['keeps the spaces calc() needs', 'a { width: calc(1px + 2px) }', 'a{width:calc(1px + 2px)}'],
    ['collapses a run of whitespace between two values to one space', 'a { margin: 0\n\t  auto }', 'a{margin:0 auto}'],
    ['keeps strings exactly, spaces and comment-like text included', "a::before { content: \"a  /* b */  c\"; quotes: '«  ' '  »' }", "a::before{content:\"a  /* b */  c\";quotes:'«  ' '  »'}"],
    ['keeps an escape and the character it escapes', 'a { content: "\\\\"; } .b\\ c { color: red }', 'a{content:"\\\\"}.b\\ c{color:red}'],
    ['treats U+00A0 and U+3000 as text, as CSS does', 'a::after { content: x\u00a0y\u3000z }', 'a::after{content:x\u00a0y\u3000z}'],
    ['drops the space before !important', 'a { color: red !important; }', 'a{color:red!important}'],
  ];
  for (const [what, css, expected] of cases) it(what, () => assert.equal(minifyCss(css), expected));

  it('leaves a template alone when only a comment separates two tokens (a/**/b is not ab)', () => {
    assert.equal(minify('const s = css`a/**/b { color: red }`;'), null);
  });

  it('keeps one space next to a ${…}, whose value may need it', () => {
    const out = minify('const s = css`a {  margin: ${x}  auto  } ${y}  b { color: red }`;');
    // …but none after a colon or a brace, where CSS never needs one.
    assert.equal(out.code, 'const s = css`a{margin:${x} auto}${y} b{color:red}`;');
  });

  it('leaves a template alone from where a comment or string runs across a ${…}', () => {
    assert.equal(minify('const s = css`a { color: red } /* ${x} */ b { }`;'), null);
    // The second chunk would otherwise read `/* b */` as a whole comment and drop it, and with
    // it the end of the comment the first chunk opened.
    assert.equal(minify('const s = css`a { color: red } /* ${x} a /* b */ c { }`;'), null);
    assert.equal(minify('const s = css`a { color:  red }  b { ${x} } /* ${y} */`;').code, 'const s = css`a{color:red}b{${x} } /* ${y} */`;');
    assert.equal(minify('const s = css`a::before { content: "${x}" }`;'), null);
  });

  it('touches only templates tagged css', () => {
    const code = 'const a = html`<p>  x  </p>`; const b = `a {  color: red }`; const c = String.raw`a {  b }`;';
    assert.equal(minify(code), null);
  });

  it('minifies every css template of a module, nested ones included', () => {
    const out = minify('export const a = css`a { color: red; }`;\nexport const b = [css`b { color: blue; }`, f(css`c {  }`)];');
    assert.equal(out.code, 'export const a = css`a{color:red}`;\nexport const b = [css`b{color:blue}`, f(css`c{}`)];');
  });
});

describe('minifyCssTemplates(…).map', () => {
  it('maps every character of the output to the same character in the input', () => {
    const code = [
      "import { css } from 'lit';",
      'export const styles = css`',
      '  :host {',
      '    /* a comment',
      '       over two lines */',
      '    display: block;',
      '    font: 12px/1.4 ${font};',
      '  }',
      '',
      '  .a  >  .b  { color: red; }',
      '`;',
      'export const after = 1;',
    ].join('\n');
    const { code: out, map } = minify(code);
    assert.ok(out.length < code.length);
    const consumer = new SourceMap(map);
    const inLines = code.split('\n');
    const outLines = out.split('\n');
    let checked = 0;
    outLines.forEach((line, l) => {
      for (let col = 0; col < line.length; col++) {
        const entry = consumer.findEntry(l, col);
        assert.ok(entry && entry.originalLine !== undefined, `output ${l}:${col} has a mapping`);
        const original = inLines[entry.originalLine][entry.originalColumn + (col - entry.generatedColumn)];
        assert.equal(original, line[col], `output ${l}:${col} (${JSON.stringify(line[col])}) maps to ${entry.originalLine}:${entry.originalColumn + col - entry.generatedColumn}`);
        checked++;
      }
    });
    assert.equal(checked, out.replace(/\n/g, '').length);
    assert.deepEqual(map.sources, ['x.styles.ts']);
  });
});

describe('the minify-css-literals plugin', () => {
  it('transforms *.styles.ts modules only', () => {
    const plugin = minifyCssLiterals();
    const context = { parse: parseAst, error: (e) => { throw e; } };
    const code = 'const s = css`a { color: red; }`;';
    assert.equal(plugin.transform.call(context, code, '/src/a/button.ts'), null);
    assert.equal(plugin.transform.call(context, code, '/src/a/button.styles.ts').code, 'const s = css`a{color:red}`;');
  });

  it('on every src/**/*.styles.ts, only deletes whitespace, comments and final semicolons', async () => {
    const files = (await readdir('src', { recursive: true })).filter((f) => f.endsWith('.styles.ts'));
    assert.ok(files.length >= 3, `found ${files.join(', ')}`);
    for (const file of files) {
      // As in the build: the plugin sees the module after TypeScript.
      const { code } = await transform(await readFile(join('src', file), 'utf8'), { loader: 'ts' });
      const out = minify(code);
      assert.ok(out, `${file}: something to minify`);
      assert.equal(essence(out.code), essence(code), file);
      assert.ok(out.code.length < code.length * 0.9, `${file}: ${code.length} -> ${out.code.length} characters`);
    }
  });
});

/** `code` without comments, whitespace and semicolons before `}` (outside strings). */
function essence(code) {
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j;
    } else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) + 1;
    else if (!/[ \n\t\r\f]/.test(c)) out += c;
  }
  return out.replace(/;}/g, '}');
}
