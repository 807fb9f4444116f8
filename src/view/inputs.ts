/**
 * The declared inputs of each widget (see ./schema.ts): the element's properties, the command
 * line's options, the embed page's parameters and the docs' attribute tables all come from
 * these tables. Each input's one-line doc is in ./input-docs.ts, which the widgets' bundles do
 * not carry; ./components.ts names the widgets for the command line and the embed page.
 */
import { AS_OF_INPUT, COMPACT_INPUT, YEARS, withCommon, type InputSchema, type InputSpec } from './schema.js';

const indicator: InputSpec = {
  name: 'indicator',
  attribute: 'indicator',
  type: 'string',
  required: true,
  surfaces: ['element', 'cli', 'embed'],
};

/** Figures a page supplies: one way for every widget. */
const observations: InputSpec = {
  name: 'observations',
  attribute: null,
  type: 'json',
  surfaces: ['element'],
};

export const INDICATOR_INPUTS: InputSchema = /* @__PURE__ */ withCommon([
  indicator,
  {
    name: 'variant',
    attribute: 'variant',
    type: 'enum',
    values: ['line', 'bar'],
    default: 'line',
    aliases: ['type'],
    surfaces: ['element', 'cli', 'embed'],
  },
  { name: 'from', attribute: 'from', type: 'year', range: YEARS, surfaces: ['element', 'cli', 'embed'] },
  { name: 'to', attribute: 'to', type: 'year', range: YEARS, surfaces: ['element', 'cli', 'embed'] },
  {
    name: 'hideTargets',
    attribute: 'hide-targets',
    type: 'boolean',
    default: false,
    surfaces: ['element', 'cli', 'embed'],
  },
  { name: 'hidePeriods', attribute: 'hide-periods', type: 'boolean', default: false, surfaces: ['element', 'cli', 'embed'] },
  {
    name: 'hideExportNotes',
    attribute: 'hide-export-notes',
    type: 'boolean',
    default: false,
    surfaces: ['element', 'cli'],
  },
  COMPACT_INPUT,
  observations,
  AS_OF_INPUT,
]);

export const GAUGE_INPUTS: InputSchema = /* @__PURE__ */ withCommon([
  indicator,
  {
    name: 'targetYear',
    attribute: 'target-year',
    type: 'year',
    range: YEARS,
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'document',
    attribute: 'document',
    type: 'string',
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'variant',
    attribute: 'variant',
    type: 'enum',
    values: ['bullet', 'arc'],
    default: 'bullet',
    surfaces: ['element', 'cli', 'embed'],
  },
  COMPACT_INPUT,
  observations,
  {
    name: 'value',
    attribute: 'value',
    type: 'string',
    surfaces: ['element'],
  },
  { name: 'valueYear', attribute: 'value-year', type: 'year', range: YEARS, surfaces: ['element'] },
  { name: 'valueSource', attribute: 'value-source', type: 'string', surfaces: ['element'] },
  AS_OF_INPUT,
]);
