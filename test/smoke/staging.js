// Builds what the smoke and CLI tests need from the sources, independent of the package build:
// the command line bundled for Node (lit and @lit-labs/ssr stay external, resolved from
// node_modules with Node's own export conditions, as the published dist/cli.js would be), and
// a staging folder under node_modules/.cache that the test server can serve.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** Served by test/serve.js (it serves the repository root) at /node_modules/.cache/ec-widgets-test/. */
export const stagingDir = `${root}node_modules/.cache/ec-widgets-test`;
export const stagingPath = '/node_modules/.cache/ec-widgets-test';

let cli;
/** Bundles src/cli/render.ts once per process; resolves to the bundle's path. */
export function buildCli() {
  cli ??= (async () => {
    await mkdir(stagingDir, { recursive: true });
    const outfile = `${stagingDir}/cli-${process.pid}.mjs`;
    await build({
      entryPoints: [`${root}src/cli/render.ts`],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile,
      tsconfig: `${root}tsconfig.json`,
      logLevel: 'warning',
    });
    return outfile;
  })();
  return cli;
}

/** Bundles src/embed/embed.ts as the build does (an IIFE), into `dir`. */
export async function buildEmbedScript(dir) {
  await build({
    entryPoints: [`${root}src/embed/embed.ts`],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2021',
    outfile: `${dir}/embed.js`,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'warning',
  });
}

/**
 * Writes a test page under the staging folder, `folder/name.html`: `head` (lines of markup) after
 * the charset, the no-favicon link and the title, `body` as given. Resolves to its path on the server.
 */
export async function stagePage(folder, name, { lang = 'en', head = '', body = '' }) {
  const html = `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <link rel="icon" href="data:,">
  <title>${name}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
  await mkdir(`${stagingDir}/${folder}`, { recursive: true });
  await writeFile(`${stagingDir}/${folder}/${name}.html`, html);
  return `${stagingPath}/${folder}/${name}.html`;
}
