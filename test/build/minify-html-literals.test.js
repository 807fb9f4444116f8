// build/minify-html-literals.js: the indentation of Lit's html/svg templates becomes one space,
// nothing else changes, and the source map points every kept character back at itself.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SourceMap } from 'node:module';
import { parseAst } from 'rollup/parseAst';
import { minifyHtmlTemplates } from '../../build/minify-html-literals.js';

const minify = (code) => minifyHtmlTemplates(code, parseAst(code), 'x.ts');

describe('minifyHtmlTemplates(code, ast, source)', () => {
  it('turns each run of whitespace holding a line break into one space, in html and svg templates, nested ones too', () => {
    const code = 'const a = html`<div>\n    <p>${x}</p>\n  ${y ? svg`<g>\n\t<rect />\n</g>` : null}\n</div>`;';
    assert.equal(minify(code).code, 'const a = html`<div> <p>${x}</p> ${y ? svg`<g>\n<rect />\n</g>` : null}\n</div>`;');
  });

  it('finds a template as TypeScript writes it out, with a space after the tag', async () => {
    const { minifyHtmlLiterals } = await import('../../build/minify-html-literals.js');
    const code = 'export const a = () => html `<div>\n    <p>x</p>\n  </div>`;';
    const out = minifyHtmlLiterals().transform.call({ parse: parseAst, error: (e) => { throw e; } }, code, 'src/x.ts');
    assert.equal(out.code, 'export const a = () => html `<div> <p>x</p> </div>`;');
  });

  it('leaves runs without a line break, other tags’ templates and plain strings alone', () => {
    const code = 'const a = html`<b>a</b>  <i>b</i>`; const b = css`a {\n  color: red }`; const c = `x\n    y`; const d = "p\\n    q";';
    assert.equal(minify(code), null);
  });

  it('maps every kept character back to where it was', () => {
    const code = 'export const t = (x) => html`<ul>\n      <li>${x}</li>\n    </ul>`;\n';
    const { code: out, map } = minify(code);
    const sourceMap = new SourceMap(map);
    const lines = code.split('\n');
    for (const token of ['<li>', '</ul>', 'export']) {
      const column = out.indexOf(token);
      const { originalLine, originalColumn } = sourceMap.findEntry(0, column);
      assert.equal(lines[originalLine].slice(originalColumn, originalColumn + token.length), token, token);
    }
  });
});
