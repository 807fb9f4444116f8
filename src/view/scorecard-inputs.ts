/**
 * The scorecard's declared inputs (see ./schema.ts), apart from its view: the command line and
 * the embed page read this table without bundling the dataset. Their docs are in
 * ./input-docs.ts, which the widget's bundle does not carry.
 */
import { AS_OF_INPUT, COMPACT_INPUT, YEARS, withCommon, type InputSchema } from './schema.js';

/**
 * The scorecard's inputs, declared once (see ./schema.ts): the element's properties, the
 * command line's options and the embed page's parameters are read from this table.
 */
export const SCORECARD_INPUTS: InputSchema = /* @__PURE__ */ withCommon([
  {
    name: 'document',
    attribute: 'document',
    type: 'string',
    required: true,
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'indicators',
    attribute: 'indicators',
    type: 'string',
    surfaces: ['element', 'cli', 'embed'],
  },
  {
    name: 'targetYear',
    attribute: 'target-year',
    type: 'year',
    range: YEARS,
    surfaces: ['element', 'cli', 'embed'],
  },
  AS_OF_INPUT,
  COMPACT_INPUT,
]);
