/**
 * The one-line doc of each declared input (./inputs.ts), for the docs' attribute tables and
 * `--help`. A table apart from the inputs so that the widgets' bundles, which validate with the
 * inputs, do not carry the prose; a test checks that every input has its line.
 */
import type { InputSpec } from './schema.js';

/** Docs by component (`common`: every widget's shared inputs), then by input name. */
export const INPUT_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  common: {
    lang: "Language: `zh-CN` or `en`. Default: the nearest ancestor’s `lang`, then the document’s, then `zh-CN`.",
    theme: "Colour theme: `auto` follows `prefers-color-scheme`.",
    loading: "`lazy` draws when the widget comes within 200 px of the viewport; `eager` draws at once (print, screenshots).",
    width: "Width in px to lay out at where the box cannot be measured (server rendering, the command line); a measured box wins.",
    hideMenu: "Removes the download menu (CSV, SVG, PNG, citation).",
    // Declared by each widget that takes it, in the same words wherever it is.
    asOf: "Shows the figures as they stood on this date, e.g. an article’s publication date; default: the dataset’s figures-as-of date.",
  },
  indicator: {
    indicator: "Indicator id from the dataset, e.g. `online-retail-sales` (required).",
    variant: "Shape of the chart: `line` or `bar`. `type` is an alias, kept from earlier versions.",
    from: "First year shown (inclusive); default: the first year with data.",
    to: "Last year shown (inclusive); default: the last year with data.",
    hideTargets: "Hides the plan targets, their dashed lines and outcome notes.",
    hidePeriods: "Hides the plan-period bands.",
    hideExportNotes: "Leaves the dataset’s notes out of SVG and PNG downloads (for print); the source line stays. On the command line also `--no-notes`.",
    compact: "A small form that sits in a line of text: a sparkline (indicator) or a pill (gauge).",
    observations: "Newer figures than the plans have, each `{ year, value, source, qualifier?, url? }` with `value` in the indicator’s unit; one per year. Validated, drawn distinctly and cited. A child `<script type=\"application/json\">` with the same content is read when this is unset.",
  },
  'target-gauge': {
    indicator: "Indicator id from the dataset, e.g. `online-retail-sales` (required).",
    targetYear: "Year of the target; default: the indicator’s latest target year.",
    document: "Which document’s target (`plan-13th`, …), where two set one for the same year; default: both are shown.",
    variant: "Shape of the chart: `bullet` (a linear bullet graph) or `arc` (a semicircular gauge).",
    compact: "A small form that sits in a line of text: a sparkline (indicator) or a pill (gauge).",
    observations: "Newer figures than the plans have, each `{ year, value, source, qualifier?, url? }` with `value` in the indicator’s unit; one per year. Validated, drawn distinctly and cited. A child `<script type=\"application/json\">` with the same content is read when this is unset.",
    value: "A newer official figure in the indicator’s unit (17 for 17万亿元), with `value-year` and `value-source`: the one-figure form of `observations`, kept from earlier versions.",
    valueYear: "Year of the supplied `value`.",
    valueSource: "Who published the supplied `value`, e.g. 国家统计局2023年统计公报.",
  },
  scorecard: {
    document: "Id of the plan, e.g. `plan-14th` (required).",
    indicators: "Indicator ids of the rows, comma-separated, in order. Default: the plan's main-indicator table where it has one, else every target it sets.",
    targetYear: "Only the targets for this year. Default: every target year of the document.",
    compact: "The headline and one pill per target, instead of the table.",
  },
};

/** An input's doc: its component's table, the shared table, or the spec's own line. */
export function docOf(component: string, spec: InputSpec): string {
  return INPUT_DOCS[component]?.[spec.name] ?? INPUT_DOCS.common?.[spec.name] ?? spec.doc ?? '';
}
