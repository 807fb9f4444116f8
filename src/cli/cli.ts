/**
 * `ec-widgets render <indicator>`: a widget as a standalone SVG for print desks, or as
 * server-rendered HTML (declarative shadow DOM) that shows without JavaScript. No browser:
 * the same view, layout, summary and formatting code as the widgets (src/charts, src/a11y,
 * src/format), the same chart templates rendered by Lit SSR, and the same style inlining as
 * the widgets' SVG download (src/export).
 */
import { html, type CSSResultGroup, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { indicatorWidgetView } from '../view/indicator-view.js';
import { gaugeLayout, type GaugeVariant } from '../charts/gauge-layout.js';
import { getIndicator, suggestIndicators, targets } from '../data/selectors.js';
import { inlineStyles, parseStylesheet, themeTokens } from '../export/styles.js';
import { escapeXml, svgDocument, type ExportSpec } from '../export/svg-document.js';
import { parseArgs as parseArgv } from 'node:util';
import { messages, normalizeLang, type WidgetLang } from '../format/index.js';
import { indicatorName } from '../format/text.js';
import { COMPONENTS, type ComponentName } from '../view/components.js';
import { docOf } from '../view/input-docs.js';
import { FALLBACK_WIDTH, onSurface, readText, specOf, type InputSpec } from '../view/schema.js';
import '../components/indicator/define.js';
import '../components/target-gauge/define.js';
import { EcIndicator } from '../components/indicator/ec-indicator.component.js';
import { EcTargetGauge } from '../components/target-gauge/ec-target-gauge.component.js';
import { indicatorExportSpec } from '../components/indicator/indicator-export.js';
import { boxHeight, layOutView } from '../components/indicator/indicator-plot.js';
import { gaugeExportSpec } from '../components/target-gauge/gauge-export.js';
import { gaugeView } from '../view/gauge-view.js';
import '../components/plan-scorecard/define.js';
import { EcPlanScorecard } from '../components/plan-scorecard/ec-plan-scorecard.component.js';
import { scorecardExportSpec } from '../components/plan-scorecard/scorecard-export.js';
import { documentShortName, knownDocuments, scorecardView } from '../view/scorecard-view.js';
import { scorecardMessages } from '../format/messages.js';

export type Component = ComponentName;
export type CliTheme = 'light' | 'dark' | 'auto';

export interface RenderOptions {
  indicator: string;
  lang: WidgetLang;
  component: Component;
  targetYear?: number;
  document?: string;
  /** Scorecard: the rows' indicator ids, comma-separated. */
  indicators?: string;
  /** The figures as they stood on this date (YYYY-MM-DD); default: the dataset's. */
  asOf?: string;
  from?: number;
  to?: number;
  hideTargets: boolean;
  hidePeriods: boolean;
  width: number;
  theme: CliTheme;
  html: boolean;
  /** The chart's shape: line or bar (indicator), bullet or arc (gauge). */
  variant: string;
  /** Indicator SVG: the dataset's notes under the chart (default true). */
  notes: boolean;
  /** Where the HTML page loads the single-file build from. */
  script: string;
}

export type Parsed = { kind: 'render'; options: RenderOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

/** Options of the command itself, beside the widgets' inputs. */
const OWN_OPTIONS = {
  component: { type: 'string' },
  html: { type: 'boolean' },
  script: { type: 'string' },
  'no-notes': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** Every widget input offered on the command line, by option name (the attribute's), with its aliases. */
function cliInputs(): Map<string, InputSpec[]> {
  const byName = new Map<string, InputSpec[]>();
  for (const component of Object.values(COMPONENTS)) {
    for (const spec of onSurface(component.inputs, 'cli')) {
      if (spec.attribute === 'indicator') continue;
      for (const name of [spec.attribute!, ...(spec.aliases ?? [])]) {
        const specs = byName.get(name) ?? [];
        if (!specs.includes(spec)) byName.set(name, [...specs, spec]);
      }
    }
  }
  return byName;
}

const INPUTS = cliInputs();

const column = (text: string) => (text.length < 32 ? text.padEnd(32) : `${text}\n${''.padEnd(34)}`);
/** `--help`: the command's own options, then each input with its doc, from the schema. */
export const USAGE = `Usage: ec-widgets render <indicator> [options]

Writes a widget to standard output: a standalone SVG (default) or HTML.

Options:
  ${column(`--component ${Object.keys(COMPONENTS).join('|')}`)}which widget (default indicator)
${[...INPUTS]
  .filter(([name, specs]) => specs[0]!.attribute === name)
  .map(([name, specs]) => {
    const spec = specs[0]!;
    const value = spec.type === 'boolean' ? '' : spec.type === 'enum' ? ` ${[...new Set(specs.flatMap((s) => s.values ?? []))].join('|')}` : ` ${spec.type === 'year' ? 'YEAR' : spec.name === 'width' ? 'PX' : 'VALUE'}`;
    const componentsOf = (s: InputSpec) => Object.keys(COMPONENTS).filter((k) => COMPONENTS[k as Component].inputs.includes(s));
    const which = componentsOf(spec);
    const scope = which.length < Object.keys(COMPONENTS).length ? `${which.join(', ')}: ` : '';
    const aliases = spec.aliases?.length ? ` (also --${spec.aliases.join(', --')})` : '';
    // One option, a different spec per component: each component's values (`--variant`), or each one's doc.
    const doc = specs.length > 1 && !specs.every((s) => s.values) ? specs.map((s) => `${componentsOf(s).join(', ')}: ${plain(docOf(componentsOf(s)[0]!, s))}`).join('\n' + ''.padEnd(34)) : specs.length > 1 ? `shape: ${specs.map((s) => `${(s.values ?? []).join(' or ')} (${componentsOf(s).join(', ')})`).join('; ')}` : `${scope}${plain(docOf(which[0]!, spec))}`;
    return `  ${column(`--${name}${value}`)}${doc}${aliases}`;
  })
  .join('\n')}
  ${column('--no-notes')}the same as --hide-export-notes
  ${column('--html')}HTML with declarative shadow DOM instead of SVG: shows the
  ${column('')}chart and its summary with JavaScript off, and upgrades when the script loads
  ${column('--script URL')}with --html: the single-file build to load (default ec-widgets.min.js)
  ${column('-h, --help')}this text
  ${column('--version')}the package version

Examples:
  ec-widgets render online-retail-sales --lang en > chart.svg
  ec-widgets render online-retail-sales --component target-gauge --target-year 2025 > gauge.svg
  ec-widgets render online-retail-sales --html --lang en > chart.html
  ec-widgets render --component scorecard --document plan-13th --lang en > scorecard.svg
`;

/** A doc line as plain text for a terminal: no backticks. */
function plain(doc: string): string {
  return doc.replace(/`/g, '');
}

const invalid = (name: string, given: string, expectedText: string): Parsed => ({
  kind: 'error',
  message: `invalid --${name}: "${given}" (expected ${expectedText})`,
});

/** Node's parse errors, said the way the rest of the command's messages are. */
function parseError(error: unknown, argv: readonly string[]): string {
  const text = error instanceof Error ? error.message : String(error);
  const name = /'(-{1,2}[\w-]+)/.exec(text)?.[1] ?? '';
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option: ${name || text}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const given = argv.find((a) => a.startsWith(`${name}=`));
    return given ? `${name} takes no value (got "${given}")` : `${name} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument: ${text}`;
  return text;
}

/** Parses the arguments after the program name. Every problem is a readable message, never a throw. */
export function parseArgs(argv: readonly string[]): Parsed {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { ...OWN_OPTIONS };
  for (const [name, [spec]] of INPUTS) options[name] = { type: spec!.type === 'boolean' ? 'boolean' : 'string' };
  let parsed: ReturnType<typeof parseArgv>;
  try {
    parsed = parseArgv({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    return { kind: 'error', message: parseError(error, argv) };
  }
  // An option given twice is a slip (which one was meant?), not the last one winning.
  const given = (parsed.tokens ?? []).flatMap((t) => (t.kind === 'option' ? [t.name] : []));
  const twice = given.find((n, i) => given.indexOf(n) !== i && options[n]!.type === 'string');
  if (twice) return { kind: 'error', message: `--${twice} given twice` };
  // A value that looks like an option (`--lang --width 900`) was an option whose value is missing.
  for (const t of parsed.tokens ?? []) {
    if (t.kind === 'option' && t.inlineValue === false && t.value?.startsWith('--')) return { kind: 'error', message: `--${t.name} needs a value` };
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, positional, ...extra] = parsed.positionals;
  if (!command) return { kind: 'error', message: 'no command given (expected "render")' };
  if (command !== 'render') return { kind: 'error', message: `unknown command: "${command}" (expected "render")` };
  // The scorecard draws a document's targets: no indicator, a --document instead.
  const scorecard = values.component === 'scorecard';
  if (scorecard && positional) return { kind: 'error', message: `unexpected argument: "${positional}" (the scorecard takes --document, and --indicators for its rows)` };
  const indicator = scorecard ? '' : positional;
  if (scorecard && typeof values.document !== 'string') return { kind: 'error', message: scorecardMessages.en.missingDocument(knownDocuments()) };
  if (scorecard && !knownDocuments().includes(values.document as string)) return { kind: 'error', message: scorecardMessages.en.unknownDocument(String(values.document), knownDocuments()) };
  if (!scorecard && !indicator) return { kind: 'error', message: 'no indicator given: ec-widgets render <indicator>, e.g. online-retail-sales' };
  if (extra.length) return { kind: 'error', message: `unexpected argument: "${extra[0]}" (one indicator at a time)` };
  if (!scorecard && !getIndicator(indicator)) return { kind: 'error', message: messages.en.unknownIndicator(indicator, suggestIndicators(indicator)) };

  const componentText = (values.component as string | undefined) ?? 'indicator';
  if (!(componentText in COMPONENTS)) return invalid('component', componentText, Object.keys(COMPONENTS).map((c) => `"${c}"`).join(' or '));
  const component = componentText as Component;
  const schema = COMPONENTS[component].inputs;
  const asHtml = values.html === true;

  // Each input by its spec for this component: a value it does not take is an error that says so.
  const read: Record<string, string | number | boolean> = {};
  for (const [name] of INPUTS) {
    const raw = values[name];
    if (raw === undefined) continue;
    const spec = specOf(onSurface(schema, 'cli'), name);
    if (!spec) return { kind: 'error', message: `--${name} applies to --component ${Object.entries(COMPONENTS).filter(([, c]) => specOf(onSurface(c.inputs, 'cli'), name)).map(([k]) => k).join(', ')} only` };
    if (read[spec.name] !== undefined) return { kind: 'error', message: `--${name} given twice` };
    // An SVG file has no colour scheme to follow: `auto` is for the HTML page only.
    const offered = spec.name === 'theme' && !asHtml ? { ...spec, values: ['light', 'dark'] } : spec;
    const result = readText(offered, raw === true ? '' : String(raw));
    if ('problem' in result) return { kind: 'error', message: result.problem.replace(/^invalid [\w-]+:/, `invalid --${name}:`) };
    read[spec.name] = result.value;
  }
  if (values['no-notes']) {
    if (component !== 'indicator' || asHtml) return { kind: 'error', message: '--no-notes applies to the indicator SVG only' };
    read.hideExportNotes = true;
  }
  if (read.hideExportNotes && asHtml) return { kind: 'error', message: '--hide-export-notes applies to the indicator SVG only' };
  if (typeof read.from === 'number' && typeof read.to === 'number' && read.from > read.to) return { kind: 'error', message: `--from ${read.from} is after --to ${read.to}` };
  if (values.script !== undefined && !asHtml) return { kind: 'error', message: '--script applies to --html only' };

  const langText = (read.lang as string | undefined) ?? 'zh-CN';
  const lang = normalizeLang(langText);
  if (!lang) return invalid('lang', langText, '"zh-CN" or "en"');
  const theme = (read.theme as CliTheme | undefined) ?? (asHtml ? 'auto' : 'light');

  const targetYear = read.targetYear as number | undefined;
  if (component === 'target-gauge') {
    const years = [...new Set(targets(indicator).map((t) => t.year))];
    const name = getIndicator(indicator)!.name_en;
    if (!years.length) return { kind: 'error', message: `no targets for ${indicator}: the plans set none, so there is no gauge to draw` };
    if (targetYear !== undefined && !years.includes(targetYear)) return { kind: 'error', message: messages.en.noTargetForYear(targetYear, name, years) };
  }
  const variant = (read.variant as string | undefined) ?? String(schema.find((s) => s.name === 'variant')?.default ?? '');

  return {
    kind: 'render',
    options: {
      indicator,
      lang,
      component,
      ...(targetYear !== undefined ? { targetYear } : {}),
      ...(read.document !== undefined ? { document: String(read.document) } : {}),
      ...(read.indicators !== undefined ? { indicators: String(read.indicators) } : {}),
      ...(read.asOf !== undefined ? { asOf: String(read.asOf) } : {}),
      ...(read.from !== undefined ? { from: read.from as number } : {}),
      ...(read.to !== undefined ? { to: read.to as number } : {}),
      hideTargets: read.hideTargets === true,
      hidePeriods: read.hidePeriods === true,
      width: (read.width as number | undefined) ?? FALLBACK_WIDTH,
      theme,
      html: asHtml,
      variant,
      notes: read.hideExportNotes !== true,
      script: (values.script as string | undefined) ?? 'ec-widgets.min.js',
    },
  };
}

/** A system font stack with Chinese faces: no font file is embedded or linked. */
export const FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif';

function cssText(styles: CSSResultGroup | undefined): string {
  return [styles]
    .flat(Infinity as 1)
    .map((s) => (s && typeof (s as { cssText?: unknown }).cssText === 'string' ? (s as { cssText: string }).cssText : ''))
    .join('\n');
}

/** The part of @lit-labs/ssr the command uses. */
export interface Ssr {
  /** Renders a template (custom elements included, as declarative shadow DOM) to HTML. */
  renderToString(template: TemplateResult): string;
}

/**
 * Lit SSR, loaded when the command runs: it is the command's dependency, not the widgets',
 * so the library build neither bundles nor type-checks against it. The specifiers are
 * variables so bundlers leave the imports to Node, which picks Lit's Node build.
 */
export async function loadSsr(): Promise<Ssr> {
  const renderModule = '@lit-labs/ssr';
  const resultModule = '@lit-labs/ssr/lib/render-result.js';
  let ssr: { render(value: unknown): unknown };
  let result: { collectResultSync(result: unknown): string };
  try {
    [ssr, result] = await Promise.all([import(renderModule), import(resultModule)]);
  } catch (error) {
    throw new Error(`rendering needs the package @lit-labs/ssr (npm install @lit-labs/ssr): ${error instanceof Error ? error.message : String(error)}`);
  }
  return { renderToString: (template) => result.collectResultSync(ssr.render(template)) };
}

/** The standalone SVG: what the widget's "Image (SVG)" download gives, at the fallback size and the theme's colours. */
export function renderSvg(options: RenderOptions, ssr: Ssr): string {
  const indicator = getIndicator(options.indicator);
  if (!indicator && options.component !== 'scorecard') throw new Error(messages.en.unknownIndicator(options.indicator, suggestIndicators(options.indicator)));
  const theme = options.theme === 'dark' ? 'dark' : 'light';
  let spec: ExportSpec<TemplateResult>;
  let css: string;
  if (options.component === 'indicator') {
    const result = indicatorWidgetView({ ...options, indicator: options.indicator });
    if (result.kind === 'error') throw new Error(result.warning);
    const { view, chartType } = result.view;
    const layout = layOutView(view, { width: options.width, height: boxHeight(options.width) }, { type: chartType });
    spec = indicatorExportSpec(view, layout, { notes: options.notes });
    css = cssText(EcIndicator.styles);
  } else if (options.component === 'scorecard') {
    const result = scorecardView({ lang: options.lang, document: options.document, indicators: options.indicators, targetYear: options.targetYear ?? null, asOf: options.asOf });
    if (result.kind === 'error') throw new Error(result.warning);
    spec = scorecardExportSpec(result.view, options.width);
    css = cssText(EcPlanScorecard.styles);
  } else {
    const result = gaugeView({ lang: options.lang, indicator: options.indicator, targetYear: options.targetYear ?? null, asOf: options.asOf });
    if (result.kind === 'error') throw new Error(result.warning);
    const view = result.view;
    spec = gaugeExportSpec(view, view.entries.map((e) => gaugeLayout(e.layoutInput, options.width, options.variant as GaugeVariant)));
    css = cssText(EcTargetGauge.styles);
  }
  const rules = parseStylesheet(css);
  const tokens = themeTokens(css, theme);
  // Lit SSR's hydration comments and markers are dropped by the inlining.
  const charts = spec.charts.map((c) => ({ ...c, chart: inlineStyles(ssr.renderToString(c.chart), { rules, tokens }) }));
  return svgDocument({ ...spec, charts }, { tokens, fontFamily: FONT_FAMILY });
}

/**
 * A page holding the widget as declarative shadow DOM: chart, title, key and summary are in
 * the HTML, so they show with JavaScript off; when the script loads, the element upgrades and
 * becomes interactive.
 */
export function renderHtml(options: RenderOptions, ssr: Ssr): string {
  const indicator = getIndicator(options.indicator);
  const { lang, theme, width } = options;
  const element =
    options.component === 'scorecard'
      ? html`<ec-plan-scorecard document=${ifDefined(options.document)} indicators=${ifDefined(options.indicators)} target-year=${ifDefined(options.targetYear)} as-of=${ifDefined(options.asOf)} lang=${lang} theme=${theme} width=${width}></ec-plan-scorecard>`
      : options.component === 'indicator'
      ? html`<ec-indicator indicator=${options.indicator} lang=${lang} theme=${theme} width=${width} variant=${options.variant} from=${ifDefined(options.from)} to=${ifDefined(options.to)} ?hide-targets=${options.hideTargets} ?hide-periods=${options.hidePeriods} as-of=${ifDefined(options.asOf)}></ec-indicator>`
      : html`<ec-target-gauge
          indicator=${options.indicator}
          lang=${lang}
          theme=${theme}
          width=${width}
          variant=${options.variant}
          target-year=${ifDefined(options.targetYear)}
          document=${ifDefined(options.document)}
          as-of=${ifDefined(options.asOf)}
        ></ec-target-gauge>`;
  const markup = ssr.renderToString(element);
  const title = indicator ? indicatorName(indicator, lang) : documentShortName(options.document ?? '', lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>body { margin: 1rem auto; padding: 0 1rem; max-width: ${width + 32}px; font-family: system-ui, sans-serif; }</style>
</head>
<body>
<!-- Rendered by "ec-widgets render": the widget's shadow DOM is in the HTML (declarative shadow DOM),
     so it shows without JavaScript; the script below upgrades it to the interactive widget. -->
${markup}
<script src="${escapeXml(options.script)}" defer></script>
</body>
</html>
`;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  version: string;
}

/** Runs the command; resolves to the exit code (0 done, 2 bad arguments, 1 failure while rendering). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr(`ec-widgets: ${parsed.message}\nRun "ec-widgets --help" for usage.\n`);
    return 2;
  }
  try {
    const ssr = await loadSsr();
    io.stdout(parsed.options.html ? renderHtml(parsed.options, ssr) : renderSvg(parsed.options, ssr));
    return 0;
  } catch (error) {
    io.stderr(`ec-widgets: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
