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

/**
 * A notice from a catalogue message: worded in the widget's language and in English. `words`:
 * a widget's own table of the catalogue (its own words and the shared ones), the shared table by default.
 */
export function notice<M extends Messages = Messages>(
  lang: WidgetLang,
  say: (m: M) => string,
  words: Readonly<Record<WidgetLang, M>> = messages as Readonly<Record<WidgetLang, M>>,
): Notice {
  return { text: say(words[lang]), warning: say(words.en) };
}

/** A developer's warning only (a bad attribute value that falls back to its default): nothing is shown. */
export function warningOnly(warning: string): Notice {
  return { text: '', warning };
}

/** The error result of a notice. */
export function failure(n: Notice): { kind: 'error' } & Notice {
  return { kind: 'error', ...n };
}
