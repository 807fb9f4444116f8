/**
 * Every widget by the name the command line (`--component`) and the embed page (`component=`)
 * give it: its tag and its declared inputs. Not imported by the widgets themselves, so that a
 * file with one widget carries no other widget's table.
 */
import { GAUGE_INPUTS, INDICATOR_INPUTS } from './inputs.js';
import { SCORECARD_INPUTS } from './scorecard-inputs.js';

/** Each component's tag and inputs, as the command line and the embed page name them. */
export const COMPONENTS = {
  indicator: { tag: 'ec-indicator', inputs: INDICATOR_INPUTS },
  'target-gauge': { tag: 'ec-target-gauge', inputs: GAUGE_INPUTS },
  scorecard: { tag: 'ec-plan-scorecard', inputs: SCORECARD_INPUTS },
} as const;

export type ComponentName = keyof typeof COMPONENTS;
