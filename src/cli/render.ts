/**
 * Entry of the `ec-widgets` command (package.json `bin`, built to dist/cli.js):
 *   npx ec-widgets render online-retail-sales --lang en > chart.svg
 * See ./cli.ts for the options. Exit codes: 0 done, 2 bad arguments, 1 rendering failed.
 */
import { main } from './cli.js';
import { version } from '../index.js';

/** The part of Node's `process` used here (the library's tsconfig carries no Node types). */
declare const process: {
  argv: string[];
  exitCode?: number;
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean };
};

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version,
});
