import { getIndicator, suggestIndicators } from '../data/selectors.js';
import type { Indicator } from '../data/types.js';
import type { Messages } from '../format/index.js';
import { asText } from '../internal/as-text.js';

/**
 * The indicator a widget's `indicator` names, or what is wrong with it, in the words of the
 * messages given (a widget warns in English and shows the message in its own language).
 */
export function namedIndicator(value: unknown): { id: string; indicator: Indicator } | { problem: (m: Messages) => string } {
  // A script may set any value (42, {}) where an attribute gives text: read as that text.
  const id = asText(value).trim();
  const indicator = getIndicator(id);
  if (indicator) return { id, indicator };
  return { problem: (m) => (id ? m.unknownIndicator(id, suggestIndicators(id)) : m.missingIndicator()) };
}
