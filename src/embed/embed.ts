/**
 * The embed page's script (dist/embed.js, loaded by dist/embed.html after
 * dist/ec-widgets.min.js): reads the query string, renders one widget full width, and tells
 * the parent page its height so the iframe fits (`{ type: 'ec-widgets:height', height }`).
 *
 * Every parameter is validated and set with setAttribute or textContent: a query string can
 * never become markup. Unknown parameters are ignored; a bad value is named in a message.
 */
import type * as Api from '../index.js';

const HEIGHT_MESSAGE = 'ec-widgets:height';

type Lang = 'zh-CN' | 'en';

interface EmbedParams {
  tag: 'ec-indicator' | 'ec-target-gauge';
  attributes: Record<string, string>;
  lang: Lang;
}

const WORDS: Record<Lang, { invalid: (name: string, value: string, expected: string) => string; missing: string }> = {
  'zh-CN': {
    invalid: (name, value, expected) => `参数 ${name} 无效：“${value}”（应为${expected}）。`,
    missing: '缺少参数 indicator：请在地址中加上 ?indicator=指标ID，例如 ?indicator=online-retail-sales。',
  },
  en: {
    invalid: (name, value, expected) => `Invalid ${name}: "${value}" (expected ${expected}).`,
    missing: 'No indicator given: add ?indicator=ID to the address, e.g. ?indicator=online-retail-sales.',
  },
};

/** The language a tag names: zh… → zh-CN, en… → en, else null. */
function langOf(value: string | null): Lang | null {
  const primary = (value ?? '').trim().split(/[-_]/, 1)[0]!.toLowerCase();
  return primary === 'zh' ? 'zh-CN' : primary === 'en' ? 'en' : null;
}

/** The widget to render, or the problems with the query string (in the page's language). */
function readParams(search: string): { ok: true; params: EmbedParams } | { ok: false; lang: Lang; problems: string[] } {
  const query = new URLSearchParams(search);
  const lang = langOf(query.get('lang')) ?? 'zh-CN';
  const words = WORDS[lang];
  const problems: string[] = [];
  const langText = query.get('lang');
  if (langText !== null && !langOf(langText)) problems.push(words.invalid('lang', langText, 'zh-CN / en'));

  const component = query.get('component') ?? 'indicator';
  if (component !== 'indicator' && component !== 'target-gauge') problems.push(words.invalid('component', component, 'indicator / target-gauge'));
  const tag = component === 'target-gauge' ? 'ec-target-gauge' : 'ec-indicator';

  const indicator = (query.get('indicator') ?? '').trim();
  if (!indicator) problems.push(words.missing);
  else if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(indicator)) problems.push(words.invalid('indicator', indicator, 'a-z, 0-9, -'));

  const attributes: Record<string, string> = { indicator, lang, loading: 'eager' };
  const choice = (name: string, allowed: readonly string[], applies: boolean) => {
    const value = query.get(name);
    if (value === null) return;
    if (!applies || !allowed.includes(value)) problems.push(words.invalid(name, value, allowed.join(' / ')));
    else attributes[name] = value;
  };
  choice('theme', ['light', 'dark', 'auto'], true);
  choice('type', ['line', 'bar'], tag === 'ec-indicator');
  choice('variant', ['bullet', 'arc'], tag === 'ec-target-gauge');
  for (const flag of ['hide-menu', 'hide-targets', 'hide-periods'] as const) {
    const value = query.get(flag);
    if (value === null) continue;
    if (value !== '' && value !== 'true') problems.push(words.invalid(flag, value, '"" / true'));
    else attributes[flag] = '';
  }
  const year = query.get('target-year');
  if (year !== null) {
    if (tag !== 'ec-target-gauge' || !/^\d{4}$/.test(year)) problems.push(words.invalid('target-year', year, 'YYYY, component=target-gauge'));
    else attributes['target-year'] = year;
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
    if (indicator) document.title = lang === 'zh-CN' ? indicator.name_zh : indicator.name_en;
  }
  reportHeight(box);
}

if (typeof document !== 'undefined') start();
