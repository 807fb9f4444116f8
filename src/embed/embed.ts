/**
 * The embed page's script (dist/embed.js, loaded by dist/embed.html after
 * dist/ec-widgets.min.js): reads the query string, renders one widget full width, and tells
 * the parent page its height so the iframe fits (`{ type: 'ec-widgets:height', height }`).
 *
 * Every parameter is validated and set with setAttribute or textContent: a query string can
 * never become markup. Unknown parameters are ignored; a bad value is named in a message.
 */
import type * as Api from '../index.js';
import { normalizeLang, type WidgetLang } from '../format/lang.js';
import { embedWords } from '../format/messages.js';
import { localized } from '../format/text.js';
import { COMPONENTS, type ComponentName } from '../view/components.js';
import { onSurface, readText, type InputSpec } from '../view/schema.js';

const HEIGHT_MESSAGE = 'ec-widgets:height';

interface EmbedParams {
  tag: string;
  attributes: Record<string, string>;
  lang: WidgetLang;
}

/** What a value must be, in a form both languages read: `line / bar`, `1990–2100`. */
function allowed(spec: InputSpec): string {
  if (spec.type === 'enum') return spec.values!.join(' / ');
  if (spec.range) return `${spec.range[0]}–${spec.range[1]}`;
  return spec.type === 'boolean' ? '"" / true' : spec.type;
}

/**
 * The widget to render, or the problems with the query string (in the page's language). The
 * parameters are the schema's (src/view/inputs.ts): each component's inputs offered to the
 * embed page, by their attribute names and aliases.
 */
function readParams(search: string): { ok: true; params: EmbedParams } | { ok: false; lang: WidgetLang; problems: string[] } {
  const query = new URLSearchParams(search);
  const langText = query.get('lang');
  const lang = normalizeLang(langText) ?? 'zh-CN';
  const m = embedWords[lang];
  const problems: string[] = [];
  if (langText !== null && !normalizeLang(langText)) problems.push(m.invalidParameter('lang', langText, 'zh-CN / en'));

  const names = Object.keys(COMPONENTS) as ComponentName[];
  const componentText = query.get('component') ?? 'indicator';
  const component = names.find((c) => c === componentText);
  if (!component) problems.push(m.invalidParameter('component', componentText, names.join(' / ')));
  const { tag, inputs } = COMPONENTS[component ?? 'indicator'];

  // Only a component with an `indicator` input needs one (the scorecard takes a `document`, and says so itself when it is missing).
  const takesIndicator = inputs.some((spec) => spec.name === 'indicator');
  const indicator = (query.get('indicator') ?? '').trim();
  if (takesIndicator && !indicator) problems.push(m.missingParameter);
  else if (takesIndicator && !/^[a-z0-9][a-z0-9-]{0,79}$/.test(indicator)) problems.push(m.invalidParameter('indicator', indicator, 'a-z, 0-9, -'));

  const attributes: Record<string, string> = takesIndicator ? { indicator, lang, loading: 'eager' } : { lang, loading: 'eager' };
  const own = new Set<string>();
  for (const spec of onSurface(inputs, 'embed')) {
    // Read above; marked as this component's own so the check below does not name them.
    if (spec.name === 'indicator' || spec.name === 'lang') {
      own.add(spec.attribute!);
      continue;
    }
    for (const name of [spec.attribute!, ...(spec.aliases ?? [])]) {
      own.add(name);
      const value = query.get(name);
      if (value === null) continue;
      const read = readText(spec, value);
      if ('problem' in read) problems.push(m.invalidParameter(name, value, allowed(spec)));
      else attributes[spec.attribute!] = spec.type === 'boolean' ? '' : String(read.value);
    }
  }
  // A parameter of another component (`target-year` on a chart) is named, not ignored.
  for (const other of names) {
    for (const spec of onSurface(COMPONENTS[other].inputs, 'embed')) {
      const value = query.get(spec.attribute!);
      if (value === null || own.has(spec.attribute!)) continue;
      own.add(spec.attribute!);
      problems.push(m.invalidParameter(spec.attribute!, value, `component=${other}`));
    }
  }
  return problems.length ? { ok: false, lang, problems } : { ok: true, params: { tag, attributes, lang } };
}

/** Posts the page's height to the parent now and whenever it changes. */
function reportHeight(box: Element, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(box.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  post();
  window.addEventListener('load', post);
  if (typeof ResizeObserver === 'undefined') return () => window.removeEventListener('load', post);
  const observer = new ResizeObserver(post);
  observer.observe(box);
  return () => {
    observer.disconnect();
    window.removeEventListener('load', post);
  };
}

function start(): void {
  const box = document.getElementById('embed') ?? document.body;
  const result = readParams(location.search);
  const lang = result.ok ? result.params.lang : result.lang;
  document.documentElement.lang = lang;
  if (!result.ok) {
    const list = document.createElement('ul');
    list.className = 'embed-message';
    list.setAttribute('role', 'alert');
    for (const problem of result.problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    box.append(list);
  } else {
    const { tag, attributes } = result.params;
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    box.append(element);
    const api = (window as { ecWidgets?: typeof Api }).ecWidgets;
    const indicator = api?.getIndicator(attributes.indicator!);
    if (indicator) document.title = localized(indicator, 'name', lang);
  }
  reportHeight(box);
}

if (typeof document !== 'undefined') start();
