// Two builds from the same sources (see README):
//  1. dist/ec-widgets.js + dist/data.js — ES modules for bundlers; lit and d3 stay external
//     (they are dependencies) so an app de-duplicates them.
//  2. dist/ec-widgets.min.js — one self-contained IIFE (lit, the d3 parts and the dataset
//     inside) for a plain <script src> on any page, with no module loader.
// Declarations come from `tsc --emitDeclarationOnly` (one program, one truth), and the
// dataset CSV is written from the built data module so it cannot drift from the code.
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const external = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('d3-');
const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: true, noEmitOnError: true, outDir: 'dist' });
const jsonPlugin = () => json({ compact: true, preferConst: true });

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
      jsonPlugin(),
      ts(),
      terser({ ecma: 2021, module: false, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
];
