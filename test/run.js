// `npm test`: the one test command. The build, the single file's size, the package linters
// (publint, attw), type-check, the browser suites in Chromium, Firefox ESR and WebKit, then Node
// suites (build plugins, dataset schema, CLI, the built single file in real pages) and the
// interop apps (the packed tarball in React, Vue, Svelte and plain TypeScript).
// Ends with one line `N passed, N failed` counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MINIBROWSER, WEBKIT_DRIVER } from './webkit-launcher.js';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const onPath = (command) => (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
const missing = [
  !existsSync(chrome) && `Chromium (expected at ${chrome}; set CHROME_PATH to use another): apt-get install -y chromium`,
  !existsSync(firefox) && `Firefox ESR (expected at ${firefox}; set FIREFOX_PATH): apt-get install -y firefox-esr`,
  (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER)) && `WebKitGTK (${WEBKIT_DRIVER} and ${MINIBROWSER}): apt-get install -y webkit2gtk-driver`,
  !process.env.DISPLAY && !onPath('Xvfb') && 'Xvfb (WebKit needs a display, and there is no DISPLAY): apt-get install -y xvfb',
].filter(Boolean);
if (missing.length) {
  console.error(`The tests run in real browsers, and these are not installed:\n  ${missing.join('\n  ')}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const totals = { passed: 0, failed: 0 };
// Names of what failed, repeated just above the total: CI keeps only the tail of the log.
const failures = [];
const node = process.execPath;
const run = (title, args, options = {}) => {
  console.log(`\n── ${title} ──`);
  return spawnSync(args[0], args.slice(1), { stdio: 'inherit', ...options });
};
const check = (title, args) => {
  const ok = run(title, args).status === 0;
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) failures.push(title);
  return ok;
};

// The build comes first: the stories, their tests and the smoke tests read what it writes
// (custom-elements.json, dist/).
const built = check('build', ['npm', 'run', '--silent', 'build']);
// The script files' gzip sizes against their ceilings (test/perf/size.js): deterministic, so a test.
if (built) check('size of the script files (dist/*.min.js)', [node, 'test/perf/size.js']);
// The package as published: publint on its exports and files; attw on its types under every
// resolution an ESM-only package supports. Entry points that are not modules (the CSVs, the
// embed page) are assets with no types to have, so attw leaves them out.
if (built) {
  check('package lint: publint', [node, 'node_modules/publint/src/cli.js', '--strict']);
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  const assets = Object.entries(exports).filter(([, target]) => typeof target === 'string' && !/\.(js|json)$/.test(target)).map(([path]) => path);
  check('package types: attw (ESM-only profile)', [
    node, 'node_modules/@arethetypeswrong/cli/dist/index.js', '--pack', '.', '--profile', 'esm-only',
    '--format', 'table-flipped', '--exclude-entrypoints', ...assets,
  ]);
}
check('type-check', [node, 'node_modules/typescript/bin/tsc', '--noEmit', '-p', 'test/tsconfig.json']);

const countFile = join(mkdtempSync(join(tmpdir(), 'ec-widgets-')), 'counts.json');
run('browser tests: Chromium, Firefox ESR and WebKit', [node, 'node_modules/@web/test-runner/dist/bin.js', '--config', 'test/web-test-runner.config.js'], {
  env: { ...process.env, EC_COUNT_FILE: countFile },
});
if (existsSync(countFile)) {
  const counts = JSON.parse(readFileSync(countFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  failures.push(...counts.failures);
} else {
  totals.failed++;
  failures.push('browser tests: the runner wrote no counts');
}

/** Node's test runner over `paths`: spec output on the console, TAP to a file for the counts. */
function nodeSuites(title, tag, paths) {
  console.log(`\n── ${title} ──`);
  const tapFile = join(dirname(countFile), `${tag}.tap`);
  const result = spawnSync(node, [
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
    ...paths,
  ], { stdio: 'inherit' });
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail + (result.status !== 0 && fail === 0 ? 1 : 0);
  // TAP's `not ok N - name` lines (a failing suite is listed as well as its failing test).
  failures.push(...[...tap.matchAll(/^\s*not ok \d+ - (.+)$/gm)].map((match) => `${tag}: ${match[1]}`));
  if (result.status !== 0 && fail === 0) failures.push(`${tag}: the runner exited non-zero with no failing test`);
}

if (built) {
  nodeSuites('Node: build plugins, dataset schema, built single file, example pages', 'node', ['test/build/', 'test/node/', 'test/smoke/']);
  nodeSuites('Interop: the packed tarball in React, Vue, Svelte and TypeScript apps', 'interop', ['test/interop/']);
}

if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
