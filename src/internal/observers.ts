/**
 * Shared ResizeObserver and IntersectionObserver: one of each for every widget on the page
 * (a news page may hold dozens), each element registering a callback.
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
