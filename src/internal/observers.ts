/**
 * Shared ResizeObserver and IntersectionObserver, and one pair of print listeners: one of each
 * for every widget on the page (a news page may hold dozens), each element registering a callback.
 */
type Callback<E> = (entry: E) => void;

function shared<E extends { target: Element }, O extends { observe(t: Element): void; unobserve(t: Element): void; disconnect(): void }>(
  create: (cb: (entries: E[]) => void) => O,
) {
  const callbacks = new Map<Element, Callback<E>>();
  let instance: O | undefined;
  return {
    observe(target: Element, callback: Callback<E>): () => void {
      instance ??= create((entries) => entries.forEach((e) => callbacks.get(e.target)?.(e)));
      callbacks.set(target, callback);
      instance.observe(target);
      return () => {
        callbacks.delete(target);
        instance?.unobserve(target);
        if (callbacks.size === 0) {
          instance?.disconnect();
          instance = undefined;
        }
      };
    },
  };
}

export const resizeObserver = shared<ResizeObserverEntry, ResizeObserver>((cb) => new ResizeObserver(cb));

/** Widgets start drawing when within 200 px of the viewport; their box is reserved before. */
export const nearViewportObserver = shared<IntersectionObserverEntry, IntersectionObserver>(
  (cb) => new IntersectionObserver(cb, { rootMargin: '200px 0px' }),
);

const printListeners = new Set<(printing: boolean) => void>();
const beforePrint = () => printListeners.forEach((l) => l(true));
const afterPrint = () => printListeners.forEach((l) => l(false));

/**
 * Calls `listener(true)` on the window's `beforeprint` and `listener(false)` on `afterprint`.
 * One pair of window listeners serves every widget; returns the unsubscribe function.
 */
export function onPrint(listener: (printing: boolean) => void): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => {};
  if (printListeners.size === 0) {
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
  }
  printListeners.add(listener);
  return () => {
    if (!printListeners.delete(listener) || printListeners.size > 0) return;
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
  };
}
