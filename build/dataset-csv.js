import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Rollup plugin: writes the dataset as CSV (UTF-8 with BOM), one file per language,
 * `ec-indicators.csv` (Chinese headings) and `ec-indicators.en.csv`, from `datasetCsv(lang)`
 * of src/data/csv.ts, the function the widgets' own download code sits beside, so the file
 * cannot drift from the code. The module is bundled for Node in memory (it imports the
 * dataset JSON) rather than exported from `ec-widgets/data`: the single file exposes that
 * whole module as `window.ecWidgets`, and would carry the CSV code for nothing.
 */
export const datasetCsv = ({ source = 'src/data/csv.ts', dir = 'dist', tsconfig = 'tsconfig.json' } = {}) => ({
  name: 'dataset-csv',
  async writeBundle() {
    const { datasetCsv: toText } = await loadCsvModule(source, tsconfig);
    if (typeof toText !== 'function') this.error(`${source} does not export datasetCsv(lang): dist/ec-indicators.csv cannot be written`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'ec-indicators.csv'), toText('zh-CN'), 'utf8');
    await writeFile(join(dir, 'ec-indicators.en.csv'), toText('en'), 'utf8');
  },
});

/** Imports `source` (TypeScript, with its imports bundled) without writing it anywhere. */
export async function loadCsvModule(source, tsconfig = 'tsconfig.json') {
  const { outputFiles } = await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    tsconfig,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}
