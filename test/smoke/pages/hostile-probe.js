// Loaded before the widgets by the hostile-* smoke pages: an external file, so it runs under
// a CSP without 'unsafe-inline'. Records into window.__hostile everything a widget must not do
// to its host page (CSP violations, storage, cookies, network APIs, observers and listeners it
// leaves behind) and everything it should (blob downloads), for the Node side to read.
(() => {
  const record = {
    violations: [],
    storage: [],
    cookies: [],
    indexedDB: [],
    network: [],
    blobs: [],
    anchors: [],
    errors: [],
  };
  window.__hostile = record;

  // CSP: the event is composed, so violations inside shadow roots reach the document.
  document.addEventListener(
    'securitypolicyviolation',
    (e) => record.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber }),
    true,
  );
  window.addEventListener('error', (e) => record.errors.push(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => record.errors.push(`unhandled rejection: ${e.reason && e.reason.stack ? e.reason.stack : e.reason}`));

  // Storage, cookies, IndexedDB, caches, service workers: a widget keeps nothing on the reader's machine.
  for (const name of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) {
      record.storage.push(`${this === window.sessionStorage ? 'sessionStorage' : 'localStorage'}.${name}(${args.join(', ')})`);
      return original.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      record.cookies.push(String(value));
      cookie.set.call(this, value);
    },
  });
  if (window.indexedDB) {
    for (const name of ['open', 'deleteDatabase']) {
      const original = IDBFactory.prototype[name];
      IDBFactory.prototype[name] = function (...args) {
        record.indexedDB.push(`${name}(${args[0]})`);
        return original.apply(this, args);
      };
    }
  }
  if (window.CacheStorage) {
    const open = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (...args) {
      record.storage.push(`caches.open(${args[0]})`);
      return open.apply(this, args);
    };
  }
  if (navigator.serviceWorker) {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      record.network.push(`serviceWorker.register(${args[0]})`);
      return register(...args);
    };
  }

  // Network APIs, attributed to the page's JavaScript (the Node side also watches every request).
  const originalFetch = window.fetch;
  window.fetch = function (...args) {
    record.network.push(`fetch(${args[0] instanceof Request ? args[0].url : args[0]})`);
    return originalFetch.apply(this, args);
  };
  const xhrOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (...args) {
    record.network.push(`XMLHttpRequest ${args[0]} ${args[1]}`);
    return xhrOpen.apply(this, args);
  };
  if (navigator.sendBeacon) {
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (...args) => {
      record.network.push(`sendBeacon(${args[0]})`);
      return beacon(...args);
    };
  }
  for (const name of ['WebSocket', 'EventSource']) {
    const Original = window[name];
    if (!Original) continue;
    window[name] = function (...args) {
      record.network.push(`new ${name}(${args[0]})`);
      return new Original(...args);
    };
    window[name].prototype = Original.prototype;
  }

  // Downloads: which blobs became URLs, and which links were clicked.
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = createObjectURL.call(URL, object);
    const entry = { url, type: object && object.type, size: object && object.size, head: '' };
    record.blobs.push(entry);
    if (object instanceof Blob) object.slice(0, 400).text().then((t) => (entry.head = t));
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    record.anchors.push({ href: this.href, download: this.download, rel: this.rel });
    return click.call(this);
  };

  // Observers and listeners, for the lifecycle page: what is being watched now.
  const watching = { resize: new Map(), intersection: new Map(), mutation: new Set(), listeners: new Map(), intervals: new Set() };
  record.watching = watching;
  for (const [key, Observer] of [['resize', window.ResizeObserver], ['intersection', window.IntersectionObserver]]) {
    if (!Observer) continue;
    const { observe, unobserve, disconnect } = Observer.prototype;
    Observer.prototype.observe = function (target, ...rest) {
      let targets = watching[key].get(this);
      if (!targets) watching[key].set(this, (targets = new Set()));
      targets.add(target);
      return observe.call(this, target, ...rest);
    };
    Observer.prototype.unobserve = function (target) {
      watching[key].get(this)?.delete(target);
      return unobserve.call(this, target);
    };
    Observer.prototype.disconnect = function () {
      watching[key].delete(this);
      return disconnect.call(this);
    };
  }
  {
    const { observe, disconnect } = MutationObserver.prototype;
    MutationObserver.prototype.observe = function (...args) {
      watching.mutation.add(this);
      return observe.apply(this, args);
    };
    MutationObserver.prototype.disconnect = function () {
      watching.mutation.delete(this);
      return disconnect.call(this);
    };
  }
  // Listeners on what outlives a widget: the window, the document, <html>, <body>, media queries.
  const lasting = (target) =>
    target === window || target === document || target === document.documentElement || target === document.body ||
    (window.MediaQueryList && target instanceof MediaQueryList) || target === window.visualViewport;
  const keyOf = (type, options) => `${type}|${typeof options === 'boolean' ? options : !!(options && options.capture)}`;
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener && lasting(this)) {
      let byKey = watching.listeners.get(this);
      if (!byKey) watching.listeners.set(this, (byKey = new Map()));
      const key = keyOf(type, options);
      if (!byKey.has(key)) byKey.set(key, new Set());
      byKey.get(key).add(listener);
    }
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (listener && lasting(this)) watching.listeners.get(this)?.get(keyOf(type, options))?.delete(listener);
    return removeEventListener.call(this, type, listener, options);
  };
  const { setInterval: si, clearInterval: ci } = window;
  window.setInterval = function (...args) {
    const id = si.apply(window, args);
    watching.intervals.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    watching.intervals.delete(id);
    return ci.call(window, id);
  };

  /** What is being watched now, as counts, with the listener types. */
  window.__watchingNow = () => {
    const listeners = [];
    for (const [target, byKey] of watching.listeners) {
      const name = target === window ? 'window' : target === document ? 'document' : target.nodeName || target.constructor.name;
      for (const [key, set] of byKey) if (set.size) listeners.push(`${name} ${key} ×${set.size}`);
    }
    const count = (map) => [...map.values()].reduce((n, set) => n + set.size, 0);
    return {
      resizeTargets: count(watching.resize),
      intersectionTargets: count(watching.intersection),
      mutationObservers: watching.mutation.size,
      intervals: watching.intervals.size,
      listeners: listeners.sort(),
    };
  };
})();
