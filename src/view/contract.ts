/**
 * The one contract every widget's view follows: a pure function from the schema's values (see
 * ./inputs.ts) and the bundled dataset to what the widget shows — a view with notices about
 * input it ignored, or an error to show instead. The element, its summary, its downloads, the
 * command line and the lazy placeholder all read that one result.
 */
import { messages, type Messages, type WidgetLang } from '../format/index.js';

/**
 * Something about the input a reader should know (a figure ignored): shown in the widget's
 * language, warned to the console in English — the developer's language whatever the page's.
 */
export interface Notice {
  text: string;
  warning: string;
}

export type WidgetView<V> = { kind: 'ok'; view: V; notices: Notice[] } | ({ kind: 'error' } & Notice);

/** A notice from a catalogue message: worded in the widget's language and in English. */
export function notice(lang: WidgetLang, say: (m: Messages) => string): Notice {
  return { text: say(messages[lang]), warning: say(messages.en) };
}

/** A developer's warning only (a bad attribute value that falls back to its default): nothing is shown. */
export function warningOnly(warning: string): Notice {
  return { text: '', warning };
}

/** The error result of a notice. */
export function failure(n: Notice): { kind: 'error' } & Notice {
  return { kind: 'error', ...n };
}
