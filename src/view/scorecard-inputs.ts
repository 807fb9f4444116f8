/**
 * The scorecard's declared inputs (see ./schema.ts), apart from its view: the command line and
 * the embed page read this table without bundling the dataset.
 */
import { COMMON_INPUTS, YEARS, type InputSchema } from './schema.js';

/**
 * The scorecard's inputs, declared once (see ./schema.ts): the element's properties, the
 * command line's options and the embed page's parameters are read from this table.
 */
export const SCORECARD_INPUTS: InputSchema = [
  {
    name: 'document',
    attribute: 'document',
    type: 'string',
    required: true,
    doc: 'Id of the plan, e.g. `plan-14th` (required).',
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'indicators',
    attribute: 'indicators',
    type: 'string',
    doc: "Indicator ids of the rows, comma-separated, in order. Default: the plan's main-indicator table where it has one, else every target it sets.",
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'targetYear',
    attribute: 'target-year',
    type: 'year',
    range: YEARS,
    doc: 'Only the targets for this year. Default: every target year of the document.',
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'compact',
    attribute: 'compact',
    type: 'boolean',
    default: false,
    reflect: true,
    doc: 'The headline and one pill per target, instead of the table.',
    surfaces: ['element', 'embed'],
  },
  ...COMMON_INPUTS,
];

/** The scorecard's own inputs, without the ones every widget shares (the base element declares those). */
export const SCORECARD_OWN_INPUTS: InputSchema = SCORECARD_INPUTS.filter((spec) => !COMMON_INPUTS.includes(spec));
