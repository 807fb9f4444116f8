import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One entry per widget: each src/components/<folder>/define.ts, with the tag it defines (read
 * from its `defineOnce('<tag>', …)` call), sorted by tag. A new widget gets its own file by
 * having a define.ts; a define.ts that does not define exactly one tag is an error.
 */
export function widgetEntries(componentsDir = 'src/components') {
  return readdirSync(componentsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(componentsDir, d.name, 'define.ts')))
    .map((d) => {
      const input = join(componentsDir, d.name, 'define.ts');
      const tags = [...readFileSync(input, 'utf8').matchAll(/\bdefineOnce\(\s*(['"])([a-z][a-z0-9]*-[a-z0-9-]*)\1/g)].map((m) => m[2]);
      if (tags.length !== 1) throw new Error(`${input}: expected one defineOnce('<tag>', …) call, found ${tags.length}`);
      return { tag: tags[0], input };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

const PREFIX = '\0side-effects:';

/**
 * Rollup plugin: `sideEffectsOnly(path)` is an entry that imports `path` for its side effects
 * alone, so a define.ts becomes an IIFE that registers its tag and leaks no global (rollup
 * would otherwise want a global name for the module's exports).
 */
export const sideEffectsEntry = () => ({
  name: 'side-effects-entry',
  resolveId(id) {
    return id.startsWith(PREFIX) ? id : null;
  },
  load(id) {
    return id.startsWith(PREFIX) ? `import ${JSON.stringify(id.slice(PREFIX.length))};\n` : null;
  },
});

/** The id of an entry that only imports `path` (resolved against the working directory). */
export const sideEffectsOnly = (path) => `${PREFIX}${join(process.cwd(), path)}`;

/**
 * Rollup plugin: writes `<typesDir>/<tag>.min.d.ts`, the types of a per-widget script file.
 * The file exports nothing; importing it registers the tag, so its types only bring in the
 * tag's entry in HTMLElementTagNameMap, from the declarations tsc writes for its define.ts.
 */
export const widgetTypes = ({ tag, input }, typesDir = 'dist/types') => ({
  name: 'widget-types',
  async writeBundle() {
    await mkdir(typesDir, { recursive: true });
    await writeFile(join(typesDir, `${tag}.min.d.ts`), widgetTypesText({ tag, input }));
  },
});

/** The text of a per-widget file's declarations (paths relative to the types folder). */
export const widgetTypesText = ({ tag, input }) =>
  `/** \`${tag}.min.js\`: a script that defines <${tag}>; it exports nothing. */\n` +
  `import './${input.replace(/\\/g, '/').replace(/\.ts$/, '.js')}';\nexport {};\n`;
