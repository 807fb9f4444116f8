/**
 * The declared inputs of each widget (see ./schema.ts): the element's properties, the command
 * line's options, the embed page's parameters and the docs' attribute tables all come from
 * these tables.
 */
import { COMMON_INPUTS, YEARS, type InputSchema, type InputSpec } from './schema.js';
import { SCORECARD_INPUTS } from './scorecard-inputs.js';

const indicator: InputSpec = {
  name: 'indicator',
  attribute: 'indicator',
  type: 'string',
  required: true,
  doc: 'Indicator id from the dataset, e.g. `online-retail-sales` (required).',
  surfaces: ['element', 'cli', 'embed'],
};

const compact: InputSpec = {
  name: 'compact',
  attribute: 'compact',
  type: 'boolean',
  default: false,
  reflect: true,
  doc: 'A small form that sits in a line of text: a sparkline (indicator) or a pill (gauge).',
  surfaces: ['element', 'embed'],
};

/** Figures a page supplies: one way for every widget. */
const observations: InputSpec = {
  name: 'observations',
  attribute: null,
  type: 'json',
  doc:
    'Newer figures than the plans have, each `{ year, value, source, qualifier?, url? }` with `value` in the indicator’s unit; ' +
    'one per year. Validated, drawn distinctly and cited. A child `<script type="application/json">` with the same content is read when this is unset.',
  surfaces: ['element'],
};

export const INDICATOR_INPUTS: InputSchema = [
  indicator,
  {
    name: 'variant',
    attribute: 'variant',
    type: 'enum',
    values: ['line', 'bar'],
    default: 'line',
    aliases: ['type'],
    doc: 'Shape of the chart: `line` or `bar`. `type` is an alias, kept from earlier versions.',
    surfaces: ['element', 'cli', 'embed'],
  },
  { name: 'from', attribute: 'from', type: 'year', range: YEARS, doc: 'First year shown (inclusive); default: the first year with data.', surfaces: ['element', 'cli', 'embed'] },
  { name: 'to', attribute: 'to', type: 'year', range: YEARS, doc: 'Last year shown (inclusive); default: the last year with data.', surfaces: ['element', 'cli', 'embed'] },
  {
    name: 'hideTargets',
    attribute: 'hide-targets',
    type: 'boolean',
    default: false,
    doc: 'Hides the plan targets, their dashed lines and outcome notes.',
    surfaces: ['element', 'cli', 'embed'],
  },
  { name: 'hidePeriods', attribute: 'hide-periods', type: 'boolean', default: false, doc: 'Hides the plan-period bands.', surfaces: ['element', 'cli', 'embed'] },
  {
    name: 'hideExportNotes',
    attribute: 'hide-export-notes',
    type: 'boolean',
    default: false,
    doc: 'Leaves the dataset’s notes out of SVG and PNG downloads (for print); the source line stays. On the command line also `--no-notes`.',
    surfaces: ['element', 'cli'],
  },
  compact,
  observations,
  ...COMMON_INPUTS,
];

export const GAUGE_INPUTS: InputSchema = [
  indicator,
  {
    name: 'targetYear',
    attribute: 'target-year',
    type: 'year',
    range: YEARS,
    doc: 'Year of the target; default: the indicator’s latest target year.',
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'document',
    attribute: 'document',
    type: 'string',
    doc: 'Which document’s target (`plan-13th`, …), where two set one for the same year; default: both are shown.',
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'variant',
    attribute: 'variant',
    type: 'enum',
    values: ['bullet', 'arc'],
    default: 'bullet',
    doc: 'Shape of the chart: `bullet` (a linear bullet graph) or `arc` (a semicircular gauge).',
    surfaces: ['element', 'cli', 'embed'],
  },
  compact,
  observations,
  {
    name: 'value',
    attribute: 'value',
    type: 'string',
    doc: 'A newer official figure in the indicator’s unit (17 for 17万亿元), with `value-year` and `value-source`: the one-figure form of `observations`, kept from earlier versions.',
    surfaces: ['element'],
  },
  { name: 'valueYear', attribute: 'value-year', type: 'year', range: YEARS, doc: 'Year of the supplied `value`.', surfaces: ['element'] },
  { name: 'valueSource', attribute: 'value-source', type: 'string', doc: 'Who published the supplied `value`, e.g. 国家统计局2023年统计公报.', surfaces: ['element'] },
  ...COMMON_INPUTS,
];

/** Each component's tag and inputs, as the command line and the embed page name them. */
export const COMPONENTS = {
  indicator: { tag: 'ec-indicator', inputs: INDICATOR_INPUTS },
  'target-gauge': { tag: 'ec-target-gauge', inputs: GAUGE_INPUTS },
  scorecard: { tag: 'ec-plan-scorecard', inputs: SCORECARD_INPUTS },
} as const;

export type ComponentName = keyof typeof COMPONENTS;
