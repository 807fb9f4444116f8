// The builds (see README, "Builds"):
//  1. dist/ec-widgets.js + dist/data.js: ES modules for bundlers; lit and d3-array stay
//     external (they are dependencies) so an app de-duplicates them. The dataset CSVs are
//     written beside them by datasetCsv() in src/data/csv.ts.
//  2. dist/ec-widgets.min.js: every widget in one self-contained IIFE (lit, d3-array and the
//     dataset inside) for a plain <script src>, exposing the dataset API as window.ecWidgets.
//     The script files' dataset leaves out the provenance no widget reads (build/script-dataset.js);
//     the ES builds carry all of it.
//  3. dist/<tag>.min.js: one self-contained IIFE per widget (each src/components/*/define.ts),
//     defining only its tag. Safe beside each other and the single file: tags are defined once.
//  4. dist/cli.js, dist/embed.js + embed.html.
// Size budgets: `npm run size`. Declarations come from `tsc --emitDeclarationOnly`.
// The plugins that are ours live in build/, with their tests in test/build/.
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { copyFile } from 'node:fs/promises';
import { datasetColumns } from './build/dataset-columns.js';
import { datasetCsv } from './build/dataset-csv.js';
import { scriptFileDataset } from './build/script-dataset.js';
import { minifyCssLiterals } from './build/minify-css-literals.js';
import { minifyHtmlLiterals } from './build/minify-html-literals.js';
import { COMPILE_HINT } from './build/compile-hint.js';
import { keysPattern, renameableCatalogueKeys } from './build/catalogue-keys.js';
import { sideEffectsEntry, sideEffectsOnly, widgetEntries, widgetTypes } from './build/widget-entries.js';

const DATASET = 'data/ec-dataset.json';
const external = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('d3-');
const ts = (options = {}) => typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: true, inlineSources: true, noEmitOnError: true, outDir: 'dist', ...options });
// @rollup/plugin-typescript gives source paths relative to TypeScript's own output folder, one
// level too deep (rollup/plugins#1966): `../../src/x.ts` from dist/ where `../src/x.ts` is meant.
const sourcemapPathTransform = (path) => path.replace(/^\.\.\/((?:\.\.\/)*src\/)/, '$1');
const jsonPlugin = () => json({ compact: true, preferConst: true });
// The script files rename the message catalogue's keys (build/catalogue-keys.js says which and why).
const catalogueKeys = keysPattern(renameableCatalogueKeys().keys);

/** A self-contained, minified IIFE for a plain <script src>; `more` plugins run after the others. */
const scriptFile = (input, file, ...more) => ({
  input,
  output: { file, format: 'iife', sourcemap: true, sourcemapPathTransform },
  treeshake: {
    // Lit's unsafeHTML is for the server's markup only (`isServer ? …` in the chart's template);
    // defining the directive is its module's only effect, so the browser's files leave it out.
    moduleSideEffects: (id) => !/[\\/]lit-html[\\/]directives[\\/]unsafe-html\.js$/.test(id),
    // Reading a property has no effect anywhere in this code (no getter is read for its effect;
    // layout is read through calls). Rollup may then drop d3-array's unused bisectors, whose
    // `bisector(…).right` reads it otherwise keeps.
    propertyReadSideEffects: false,
  },
  plugins: [
    sideEffectsEntry(),
    // The production export condition drops Lit's dev-mode checks and warnings.
    nodeResolve({ exportConditions: ['production'] }),
    // Every figure, quote and note; of the provenance, what widgets read (build/script-dataset.js).
    datasetColumns(DATASET, scriptFileDataset),
    json({ compact: true, preferConst: true, exclude: DATASET }),
    // The ES build type-checks the same program first; checking it again per file only costs time.
    ts({ noCheck: true }),
    minifyCssLiterals(),
    minifyHtmlLiterals(),
    // A third pass and hoisted function declarations take about 0.3 KB off the gzipped file;
    // both keep the semantics (no `unsafe*` options).
    terser({
      ecma: 2021,
      module: false,
      compress: { passes: 3, hoist_funs: true },
      mangle: catalogueKeys ? { properties: { regex: catalogueKeys, keep_quoted: true } } : true,
      // First line: V8's compile hint (build/compile-hint.js says why).
      format: { comments: false, preamble: COMPILE_HINT },
    }),
    ...more,
  ],
});

export default [
  {
    input: { 'ec-widgets': 'src/index.ts', data: 'src/data/index.ts' },
    external,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true, sourcemapPathTransform },
    plugins: [jsonPlugin(), ts(), datasetCsv()],
  },
  scriptFile('src/standalone.ts', 'dist/ec-widgets.min.js'),
  ...widgetEntries().map((widget) => scriptFile(sideEffectsOnly(widget.input), `dist/${widget.tag}.min.js`, widgetTypes(widget))),
  {
    // `npx ec-widgets render …`: the widgets' own view and layout code, run in Node. Lit stays
    // external so Node loads Lit's server build, which @lit-labs/ssr needs.
    input: 'src/cli/render.ts',
    external: (id) => external(id) || id.startsWith('@lit-labs/') || id.startsWith('node:'),
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true, sourcemapPathTransform },
    plugins: [jsonPlugin(), ts()],
  },
  {
    // dist/embed.html + embed.js: the iframe route for CMSs that strip scripts.
    input: 'src/embed/embed.ts',
    output: { file: 'dist/embed.js', format: 'iife', sourcemap: true, sourcemapPathTransform },
    plugins: [
      ts(),
      terser({ ecma: 2021, module: false, compress: { passes: 2 }, format: { comments: false } }),
      { name: 'embed-html', async writeBundle() { await copyFile('src/embed/embed.html', 'dist/embed.html'); } },
    ],
  },
];
