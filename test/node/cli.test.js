// The `ec-widgets render` command, run as a process the way `npx ec-widgets` runs it: a
// standalone SVG for each headline indicator in both languages, the target gauge, server-
// rendered HTML, and clear errors (exit code 2) for bad arguments.
// Run: node --test test/node/   (bundles src/cli/render.ts with esbuild first; no browser)
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { buildCli, root } from '../smoke/staging.js';

let cli;
before(async () => {
  cli = await buildCli();
});

const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });

/**
 * Checks XML well-formedness the strict way an SVG reader does: one root, every tag closed in
 * order, attributes quoted, no bare & or <. Returns the problem, or null.
 */
function xmlProblem(text) {
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<!--[\s\S]*?-->|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  const stack = [];
  let roots = 0;
  for (const m of body.matchAll(token)) {
    const [, closing, tag, , selfClosing, text, stray] = m;
    if (stray) return `stray < at ${m.index}: ${body.slice(m.index, m.index + 40)}`;
    if (text !== undefined) {
      if (!stack.length && text.trim()) return `text outside the root: ${text.slice(0, 40)}`;
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(text)) return `bare & in ${text.slice(0, 40)}`;
      continue;
    }
    if (closing) {
      if (stack.pop() !== closing) return `</${closing}> closes the wrong element`;
      continue;
    }
    if (tag) {
      if (!stack.length && ++roots > 1) return 'more than one root element';
      if (!selfClosing) stack.push(tag);
    }
  }
  return stack.length ? `unclosed <${stack.at(-1)}>` : roots === 1 ? null : 'no root element';
}

const HEADLINE = {
  'ecommerce-transactions': { en: ['E-commerce transactions', '37.2 trillion yuan'], 'zh-CN': ['电子商务交易额', '37.2万亿元'] },
  'online-retail-sales': { en: ['Online retail sales', '11.8 trillion yuan'], 'zh-CN': ['网络零售额', '11.8万亿元'] },
  'ecommerce-employment': { en: ['E-commerce employment', '60.15 million'], 'zh-CN': ['电子商务从业人员', '6015万人'] },
  'industrial-ecommerce-penetration': { en: ['Industrial e-commerce penetration', '63%'], 'zh-CN': ['工业电子商务普及率', '63%'] },
  'rural-ecommerce-transactions': { en: ['Rural e-commerce transaction volume', '1.79 trillion yuan'], 'zh-CN': ['农村电子商务交易额', '1.79万亿元'] },
  'cross-border-ecommerce-transactions': { en: ['Cross-border e-commerce transaction volume', '1.69 trillion yuan'], 'zh-CN': ['跨境电子商务交易额', '1.69万亿元'] },
};

const texts = (svg) => [...svg.matchAll(/<(?:text|title|desc)\b[^>]*>([\s\S]*?)<\/(?:text|title|desc)>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));

describe('ec-widgets render <indicator> (SVG)', () => {
  for (const [id, langs] of Object.entries(HEADLINE)) {
    for (const [lang, [title, figure2020]] of Object.entries(langs)) {
      it(`${id} --lang ${lang}: valid standalone SVG with the title and the 2020 figure`, () => {
        const { status, stdout, stderr } = run('render', id, '--lang', lang);
        assert.equal(status, 0, stderr);
        assert.equal(xmlProblem(stdout), null);
        assert.match(stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox=/);
        const all = texts(stdout);
        assert.ok(all[0].startsWith(title), `title: ${all[0]}`);
        assert.ok(all.some((t) => t.includes(figure2020)), `no "${figure2020}" in the SVG`);
        assert.ok(all.some((t) => t.startsWith(lang === 'en' ? 'Source: ' : '来源：')), 'no source line');
        assert.ok(!stdout.includes('var(--'), 'a CSS variable is left');
        assert.ok(!/\sclass=|<style|<script|<link|@import|href=/.test(stdout), 'not self-contained');
        assert.equal(stderr, '');
      });
    }
  }

  it('--component target-gauge --target-year 2025 draws the gauge with its target', () => {
    const { status, stdout, stderr } = run('render', 'online-retail-sales', '--component', 'target-gauge', '--target-year', '2025', '--lang', 'en');
    assert.equal(status, 0, stderr);
    assert.equal(xmlProblem(stdout), null);
    const all = texts(stdout);
    assert.ok(all.includes('Target 17'), all.join(' | '));
    assert.ok(all.includes('2020: 11.8'));
    assert.ok(all.some((t) => t.includes('14th Five-Year Plan') && t.includes('2025')));
  });

  it('--as-of pins the gauge to the data of a date: not achieved on the 2025 figure, a trend before it was published', () => {
    const summary = (...extra) => {
      const { status, stdout, stderr } = run('render', 'online-retail-sales', '--component', 'target-gauge', '--target-year', '2025', '--lang', 'en', ...extra);
      assert.equal(status, 0, stderr);
      assert.equal(xmlProblem(stdout), null);
      return texts(stdout).join(' | ');
    };
    const now = summary();
    assert.match(now, /target not achieved/);
    assert.match(now, /NBS, 2026/);
    // On 2021-12-31 no 2021 release was out: the newest figure was the 14th plan's 2020 one.
    const then = summary('--as-of', '2021-12-31');
    assert.doesNotMatch(then, /target not achieved|NBS, 2026/);
    assert.match(then, /2020: 11\.8/);
  });

  it('--width and --theme dark change the drawing and its colours', () => {
    const light = run('render', 'online-retail-sales', '--width', '900').stdout;
    const dark = run('render', 'online-retail-sales', '--width', '900', '--theme', 'dark').stdout;
    assert.match(light, /<svg width="900" height="506"/);
    assert.match(light, /<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
    assert.match(dark, /<rect width="\d+" height="\d+" fill="#0d1117"\/>/);
    assert.ok(dark.includes('#58a6ff'));
  });

  it('--no-notes leaves the dataset notes out of the picture and keeps the source line', () => {
    const withNotes = texts(run('render', 'online-retail-sales', '--lang', 'en').stdout).join('\n');
    const { status, stdout, stderr } = run('render', 'online-retail-sales', '--lang', 'en', '--no-notes');
    assert.equal(status, 0, stderr);
    const without = texts(stdout).join('\n');
    assert.match(withNotes, /Note: The 13th FYP says online retail grew from 750 billion yuan/);
    assert.doesNotMatch(without, /Note: /);
    assert.match(without, /Source: 12th FYP, 13th FYP, and 14th FYP; Statistical release: NBS and MOFCOM; Figures as of \d{4}-\d{2}-\d{2}/);
    assert.ok(stdout.length < run('render', 'online-retail-sales', '--lang', 'en').stdout.length);
  });

  it('the same arguments give the same bytes', () => {
    assert.equal(run('render', 'ecommerce-employment', '--lang', 'en').stdout, run('render', 'ecommerce-employment', '--lang', 'en').stdout);
  });
});

describe('ec-widgets render --html', () => {
  it('writes declarative shadow DOM with the chart and summary, and loads the single-file build', () => {
    const { status, stdout, stderr } = run('render', 'online-retail-sales', '--lang', 'en', '--html');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<!doctype html>/);
    assert.match(stdout, /<ec-indicator[^>]*indicator="online-retail-sales"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(stdout, /<svg\s+class="plot fluid"/);
    assert.match(stdout, /<p class="static-summary">(<!--[^>]*-->)*Online retail sales: 513\.1 billion yuan in 2010/);
    assert.match(stdout, /<script src="ec-widgets\.min\.js" defer><\/script>/);
  });

  it('renders the target gauge, with --script naming the build', () => {
    const { status, stdout } = run('render', 'online-retail-sales', '--component', 'target-gauge', '--html', '--script', '/dist/ec-widgets.min.js');
    assert.equal(status, 0);
    assert.match(stdout, /<ec-target-gauge[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(stdout, /<svg\s+class="chart bullet"/);
    assert.match(stdout, /<script src="\/dist\/ec-widgets\.min\.js" defer>/);
  });
});

describe('ec-widgets render --component scorecard', () => {
  it('writes the 13th plan’s scorecard as a standalone SVG: headline, one block per target, sources', () => {
    const { status, stdout, stderr } = run('render', '--component', 'scorecard', '--document', 'plan-13th', '--lang', 'en');
    assert.equal(status, 0, stderr);
    assert.equal(xmlProblem(stdout), null);
    assert.match(stdout, /<title>13th Five-Year Plan \(quantified targets\)<\/title>/);
    assert.match(stdout, /\d+ of \d+ targets? met/);
    assert.match(stdout, /Online retail sales/);
    assert.match(stdout, /Source: /);
  });

  it('--html writes the table as declarative shadow DOM, readable without JavaScript', () => {
    const { status, stdout, stderr } = run('render', '--component', 'scorecard', '--document', 'plan-14th', '--lang', 'zh-CN', '--html');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /<ec-plan-scorecard[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(stdout, /<table part="table" role="table">/);
    assert.match(stdout, /<caption part="caption">(<!--[^>]*-->)*“十四五”电子商务发展规划 · 主要指标(<!--[^>]*-->)*<\/caption>/);
    assert.equal((stdout.match(/<th scope="row"/g) ?? []).length, 6);
  });

  it('a document without targets fails with its message, exit 1', () => {
    const { status, stderr } = run('render', '--component', 'scorecard', '--document', 'state-council-2015');
    assert.equal(status, 1);
    assert.match(stderr, /sets no quantified targets/);
  });
});

describe('ec-widgets: bad arguments', () => {
  const cases = [
    [[], /no command given/],
    [['draw', 'online-retail-sales'], /unknown command: "draw"/],
    [['render'], /no indicator given/],
    [['render', 'online-retail'], /Unknown indicator 'online-retail'\. Did you mean 'online-retail-sales'/],
    [['render', 'online-retail-sales', '--lang', 'fr'], /invalid --lang: "fr"/],
    [['render', 'online-retail-sales', '--width', 'wide'], /invalid --width: "wide" \(expected a number of px from 120 to 4000\)/],
    [['render', 'online-retail-sales', '--width', '50'], /invalid --width: "50"/],
    [['render', 'online-retail-sales', '--variant', 'pie'], /invalid --variant: "pie" \(expected "line" or "bar"\)/],
    [['render', 'online-retail-sales', '--from', '2030', '--to', '2020'], /--from 2030 is after --to 2020/],
    [['render', 'online-retail-sales', '--hide-menu'], /unknown option: --hide-menu/],
    [['render', 'online-retail-sales', '--theme', 'pink'], /invalid --theme: "pink" \(expected "light" or "dark"\)/],
    [['render', 'online-retail-sales', '--component', 'pie'], /invalid --component: "pie"/],
    [['render', 'online-retail-sales', '--target-year', '2025'], /--target-year applies to --component target-gauge, scorecard only/],
    [['render', '--component', 'scorecard'], /No document given: set the document attribute to 'plan-12th'/],
    [['render', '--component', 'scorecard', '--document', 'plan-15th'], /Unknown document 'plan-15th'\. Known documents: .*'plan-14th'/],
    [['render', 'online-retail-sales', '--component', 'scorecard', '--document', 'plan-13th'], /unexpected argument: "online-retail-sales"/],
    [['render', '--component', 'scorecard', '--document', 'plan-13th', '--variant', 'arc'], /--variant applies to --component/],
    [['render', 'online-retail-sales', '--component', 'target-gauge', '--target-year', '2019'], /No 2019 target for Online retail sales; targets exist for 2015, 2020, and 2025/],
    [['render', 'online-retail-sales', '--component', 'target-gauge', '--target-year', 'soon'], /invalid --target-year: "soon"/],
    [['render', 'online-retail-sales', '--colour', 'red'], /unknown option: --colour/],
    [['render', 'online-retail-sales', '--lang'], /--lang needs a value/],
    [['render', 'online-retail-sales', '--component', 'target-gauge', '--no-notes'], /--no-notes applies to the indicator SVG only/],
    [['render', 'online-retail-sales', '--html', '--no-notes'], /--no-notes applies to the indicator SVG only/],
    [['render', 'online-retail-sales', '--no-notes=yes'], /--no-notes takes no value/],
    [['render', 'online-retail-sales', 'ecommerce-transactions'], /unexpected argument/],
    [['render', 'online-retail-sales', '--as-of', '2024-02-30'], /invalid --as-of: "2024-02-30"/],
  ];
  for (const [args, message] of cases) {
    it(`${args.join(' ') || '(nothing)'} → exit 2 with a message on stderr`, () => {
      const { status, stdout, stderr } = run(...args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /^ec-widgets: .*\nRun "ec-widgets --help" for usage\.\n$/);
    });
  }

  it('--help prints the usage to stdout and exits 0', () => {
    const { status, stdout } = run('--help');
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: ec-widgets render <indicator> \[options\]/);
  });
});

describe('the package', () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const bin = pkg.bin?.['ec-widgets'];
  it('names the command in package.json "bin", and the built file renders', { skip: !bin && 'package.json has no "bin" entry yet' }, () => {
    assert.ok(existsSync(`${root}${bin}`), `${bin} is not built`);
    const { status, stdout, stderr } = spawnSync(process.execPath, [`${root}${bin}`, 'render', 'online-retail-sales', '--lang', 'en'], { encoding: 'utf8' });
    assert.equal(status, 0, stderr);
    assert.equal(xmlProblem(stdout), null);
    assert.ok(readFileSync(`${root}${bin}`, 'utf8').startsWith('#!/usr/bin/env node'), 'no shebang');
  });
});
