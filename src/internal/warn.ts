/**
 * One console warning per distinct problem per element: re-renders of the same bad input must
 * not flood the host page's console.
 */
const warned = new WeakMap<object, Set<string>>();

export function warnOnce(owner: object, message: string): void {
  let seen = warned.get(owner);
  if (!seen) warned.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(message);
}
