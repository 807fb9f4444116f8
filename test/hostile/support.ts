// Shared by the hostile-environment browser suites: what a widget's shadow tree may contain,
// and a recorder of everything that would reach a host page's error tracker.

/** Every tag the two widgets' templates can produce (messages included). */
export const OWN_TAGS: Readonly<Record<'ec-indicator' | 'ec-target-gauge', ReadonlySet<string>>> = {
  'ec-indicator': new Set([
    'div', 'span', 'p', 'ul', 'ol', 'li', 'button', 'strong', 'cite', 'q', 'a',
    'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
    'svg', 'g', 'path', 'circle', 'rect', 'line', 'text', 'defs', 'pattern',
    // The download menu.
    'label', 'textarea',
  ]),
  'ec-target-gauge': new Set([
    'div', 'span', 'p', 'section', 'dl', 'dt', 'dd', 'details', 'summary', 'blockquote',
    'svg', 'g', 'path', 'rect', 'line', 'text',
    // The download menu.
    'button', 'ul', 'li', 'label', 'textarea',
  ]),
};

/** Attributes holding geometry: never NaN or Infinity, and sizes never negative. */
const GEOMETRY = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'width', 'height', 'viewBox', 'transform', 'font-size', 'dy', 'style'];
const SIZES = new Set(['width', 'height', 'r', 'rx']);

/**
 * What is wrong with a widget's shadow tree, as readable lines; [] when nothing is. Checks the
 * allow-list of tags, event-handler attributes, links other than http(s), and geometry.
 */
export function shadowProblems(host: Element): string[] {
  const problems: string[] = [];
  const allowed = OWN_TAGS[host.localName as keyof typeof OWN_TAGS];
  const root = host.shadowRoot;
  if (!root) return [`<${host.localName}> has no shadow root`];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (!allowed?.has(tag)) problems.push(`unexpected <${tag}> in <${host.localName}>`);
    if (el.shadowRoot) problems.push(`nested shadow root on <${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
      if (name === 'href' || name === 'xlink:href' || name === 'src' || name === 'srcdoc' || name === 'formaction') {
        if (tag !== 'a' || !/^https?:\/\//i.test(attr.value)) problems.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
      }
      if (GEOMETRY.includes(attr.name)) {
        if (/NaN|Infinity/.test(attr.value)) problems.push(`<${tag} ${attr.name}="${attr.value.slice(0, 80)}">`);
        if (SIZES.has(attr.name) && attr.value.trim().startsWith('-')) problems.push(`negative <${tag} ${attr.name}="${attr.value}">`);
      }
    }
    if (tag === 'a' && !/noopener/.test(el.getAttribute('rel') ?? '')) problems.push('<a> without rel="noopener"');
  }
  return problems;
}

/** The visible message of a widget, or null when it shows none. */
export function messageText(host: Element): string | null {
  const message = host.shadowRoot?.querySelector('[part~="message"]');
  return message ? (message.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/**
 * Records uncaught errors, unhandled rejections and console.error calls from `start()` until
 * `stop()`; console.warn is counted but silenced (thousands of warnings about bad input are
 * the widgets working as designed, and would flood the runner's log).
 */
export function errorRecorder() {
  const errors: string[] = [];
  let warnings = 0;
  const onError = (event: ErrorEvent) => {
    // ResizeObserver's loop notice is reported through window.onerror too: a host page's tracker sees it.
    errors.push(`uncaught: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(`unhandled rejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);
  };
  const original = { error: console.error, warn: console.warn };
  return {
    errors,
    get warnings() {
      return warnings;
    },
    start() {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      console.error = (...args: unknown[]) => errors.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
      console.warn = () => {
        warnings++;
      };
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = original.error;
      console.warn = original.warn;
    },
  };
}

/** Payloads that call `window.__xss()` if they ever run: the suites assert it never is. */
export const XSS: readonly string[] = [
  '<script>__xss()</script>',
  '</script><script>__xss()</script>',
  '<img src=x onerror=__xss()>',
  '"><img src=x onerror=__xss()>',
  "'><svg onload=__xss()>",
  '<svg><script>__xss()</script></svg>',
  '<iframe src="javascript:__xss()"></iframe>',
  'javascript:__xss()',
  'JaVaScRiPt:__xss()',
  ' javascript:__xss()',
  'data:text/html,<script>__xss()</script>',
  '<a href="javascript:__xss()">x</a>',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("__xss()")()}}',
  '${__xss()}',
  '<!--',
  ']]>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>',
  '<details open ontoggle=__xss()>',
];
