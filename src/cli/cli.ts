/**
 * `ec-widgets render <indicator>`: a widget as a standalone SVG for print desks, or as
 * server-rendered HTML (declarative shadow DOM) that shows without JavaScript. No browser:
 * the same view, layout, summary and formatting code as the widgets (src/charts, src/a11y,
 * src/format), the same chart templates rendered by Lit SSR, and the same style inlining as
 * the widgets' SVG download (src/export).
 */
import { html, type CSSResultGroup, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { indicatorView } from '../charts/indicator-view.js';
import { gaugeLayout, type GaugeVariant } from '../charts/gauge-layout.js';
import type { ChartType } from '../charts/indicator-layout.js';
import { getIndicator, suggestIndicators, targets } from '../data/selectors.js';
import { inlineStyles, parseStylesheet, themeTokens } from '../export/styles.js';
import { escapeXml, svgDocument, type ExportSpec } from '../export/svg-document.js';
import { messages, normalizeLang, type WidgetLang } from '../format/index.js';
import '../components/indicator/define.js';
import '../components/target-gauge/define.js';
import { EcIndicator } from '../components/indicator/ec-indicator.component.js';
import { EcTargetGauge } from '../components/target-gauge/ec-target-gauge.component.js';
import { indicatorExportSpec } from '../components/indicator/indicator-export.js';
import { boxHeight, layOutView } from '../components/indicator/indicator-plot.js';
import { gaugeExportSpec } from '../components/target-gauge/gauge-export.js';
import { gaugeView } from '../components/target-gauge/gauge-view.js';

export type Component = 'indicator' | 'target-gauge';
export type CliTheme = 'light' | 'dark' | 'auto';

export interface RenderOptions {
  indicator: string;
  lang: WidgetLang;
  component: Component;
  targetYear?: number;
  width: number;
  theme: CliTheme;
  html: boolean;
  type: ChartType;
  variant: GaugeVariant;
  /** Indicator SVG: the dataset's notes under the chart (default true). */
  notes: boolean;
  /** Where the HTML page loads the single-file build from. */
  script: string;
}

export type Parsed = { kind: 'render'; options: RenderOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export const USAGE = `Usage: ec-widgets render <indicator> [options]

Writes a widget to standard output: a standalone SVG (default) or HTML.

Options:
  --lang zh-CN|en                 language (default zh-CN)
  --component indicator|target-gauge
                                  which widget (default indicator)
  --target-year YEAR              target-gauge: the target's year (default: the latest)
  --width PX                      width to lay out at, ${'200'}–4000 (default 640)
  --theme light|dark              colours (default light; HTML also takes auto)
  --type line|bar                 indicator: chart type (default line)
  --variant bullet|arc            target-gauge: gauge shape (default bullet)
  --no-notes                      indicator SVG: leave the dataset's notes out (for print;
                                  the source line stays)
  --html                          HTML with declarative shadow DOM instead of SVG: shows the
                                  chart and its summary with JavaScript off, and upgrades
                                  when the script loads
  --script URL                    with --html: the single-file build to load
                                  (default ec-widgets.min.js, beside the page)
  -h, --help                      this text
  --version                       the package version

Examples:
  ec-widgets render online-retail-sales --lang en > chart.svg
  ec-widgets render online-retail-sales --component target-gauge --target-year 2025 > gauge.svg
  ec-widgets render online-retail-sales --html --lang en > chart.html
`;

const WIDTHS: readonly [number, number] = [200, 4000];
/** Options that take a value, and the flags that do not. */
const VALUED = new Set(['lang', 'component', 'target-year', 'width', 'theme', 'type', 'variant', 'script']);
const FLAGS = new Set(['html', 'help', 'version', 'no-notes']);

const invalid = (name: string, given: string, expected: string): Parsed => ({
  kind: 'error',
  message: `invalid --${name}: "${given}" (expected ${expected})`,
});

/** Parses the arguments after the program name. Every problem is a readable message, never a throw. */
export function parseArgs(argv: readonly string[]): Parsed {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `unknown option: ${arg}` };
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (FLAGS.has(name)) {
      if (eq >= 0) return { kind: 'error', message: `--${name} takes no value (got "${arg}")` };
      flags.add(name);
    } else if (VALUED.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) return { kind: 'error', message: `--${name} needs a value` };
      if (values.has(name)) return { kind: 'error', message: `--${name} given twice` };
      values.set(name, value);
    } else {
      return { kind: 'error', message: `unknown option: --${name}` };
    }
  }
  if (flags.has('help')) return { kind: 'help' };
  if (flags.has('version')) return { kind: 'version' };

  const [command, indicator, ...extra] = positional;
  if (!command) return { kind: 'error', message: 'no command given (expected "render")' };
  if (command !== 'render') return { kind: 'error', message: `unknown command: "${command}" (expected "render")` };
  if (!indicator) return { kind: 'error', message: 'no indicator given: ec-widgets render <indicator>, e.g. online-retail-sales' };
  if (extra.length) return { kind: 'error', message: `unexpected argument: "${extra[0]}" (one indicator at a time)` };
  if (!getIndicator(indicator)) return { kind: 'error', message: messages.en.unknownIndicator(indicator, suggestIndicators(indicator)) };

  const langText = values.get('lang') ?? 'zh-CN';
  const lang = normalizeLang(langText);
  if (!lang) return invalid('lang', langText, '"zh-CN" or "en"');

  const component = values.get('component') ?? 'indicator';
  if (component !== 'indicator' && component !== 'target-gauge') return invalid('component', component, '"indicator" or "target-gauge"');

  const widthText = values.get('width') ?? '640';
  const width = Number(widthText);
  if (!/^\d+$/.test(widthText.trim()) || width < WIDTHS[0] || width > WIDTHS[1]) {
    return invalid('width', widthText, `a whole number of px from ${WIDTHS[0]} to ${WIDTHS[1]}`);
  }

  const asHtml = flags.has('html');
  const theme = values.get('theme') ?? (asHtml ? 'auto' : 'light');
  const themes = asHtml ? ['light', 'dark', 'auto'] : ['light', 'dark'];
  if (!themes.includes(theme)) return invalid('theme', theme, themes.map((t) => `"${t}"`).join(', ').replace(/, ([^,]*)$/, ' or $1'));

  const type = values.get('type') ?? 'line';
  if (type !== 'line' && type !== 'bar') return invalid('type', type, '"line" or "bar"');
  const variant = values.get('variant') ?? 'bullet';
  if (variant !== 'bullet' && variant !== 'arc') return invalid('variant', variant, '"bullet" or "arc"');
  if (values.has('type') && component !== 'indicator') return { kind: 'error', message: '--type applies to --component indicator only' };
  if (values.has('variant') && component !== 'target-gauge') return { kind: 'error', message: '--variant applies to --component target-gauge only' };
  if (values.has('script') && !asHtml) return { kind: 'error', message: '--script applies to --html only' };
  if (flags.has('no-notes') && (component !== 'indicator' || asHtml)) return { kind: 'error', message: '--no-notes applies to the indicator SVG only' };

  let targetYear: number | undefined;
  const yearText = values.get('target-year');
  if (yearText !== undefined) {
    if (component !== 'target-gauge') return { kind: 'error', message: '--target-year applies to --component target-gauge only' };
    targetYear = Number(yearText);
    if (!/^\d{4}$/.test(yearText.trim())) return invalid('target-year', yearText, 'a year such as 2025');
  }
  if (component === 'target-gauge') {
    const years = [...new Set(targets(indicator).map((t) => t.year))];
    const name = getIndicator(indicator)!.name_en;
    if (!years.length) return { kind: 'error', message: `no targets for ${indicator}: the plans set none, so there is no gauge to draw` };
    if (targetYear !== undefined && !years.includes(targetYear)) return { kind: 'error', message: messages.en.noTargetForYear(targetYear, name, years) };
  }

  return {
    kind: 'render',
    options: {
      indicator,
      lang,
      component,
      ...(targetYear !== undefined ? { targetYear } : {}),
      width,
      theme: theme as CliTheme,
      html: asHtml,
      type,
      variant,
      notes: !flags.has('no-notes'),
      script: values.get('script') ?? 'ec-widgets.min.js',
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
  if (!indicator) throw new Error(messages.en.unknownIndicator(options.indicator, suggestIndicators(options.indicator)));
  const theme = options.theme === 'dark' ? 'dark' : 'light';
  let spec: ExportSpec<TemplateResult>;
  let css: string;
  if (options.component === 'indicator') {
    const view = indicatorView(indicator, { lang: options.lang });
    const layout = layOutView(view, { width: options.width, height: boxHeight(options.width) }, { type: options.type });
    spec = indicatorExportSpec(view, layout, { notes: options.notes });
    css = cssText(EcIndicator.styles);
  } else {
    const view = gaugeView({ lang: options.lang, indicator: options.indicator, targetYear: options.targetYear ?? null });
    if (view.kind === 'error') throw new Error(view.message);
    spec = gaugeExportSpec(view, view.entries.map((e) => gaugeLayout(e.layoutInput, options.width, options.variant)));
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
  const indicator = getIndicator(options.indicator)!;
  const { lang, theme, width } = options;
  const element =
    options.component === 'indicator'
      ? html`<ec-indicator indicator=${options.indicator} lang=${lang} theme=${theme} width=${width} type=${options.type}></ec-indicator>`
      : html`<ec-target-gauge
          indicator=${options.indicator}
          lang=${lang}
          theme=${theme}
          width=${width}
          variant=${options.variant}
          target-year=${ifDefined(options.targetYear)}
        ></ec-target-gauge>`;
  const markup = ssr.renderToString(element);
  const title = lang === 'zh-CN' ? indicator.name_zh : indicator.name_en;
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
