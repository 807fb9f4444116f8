/**
 * A property value as the text an attribute would have given: a script may set any value
 * (`el.indicator = 42`, `{}`) where the element expects a string. null and undefined are ''.
 * Never throws (an object without a prototype has no toString).
 */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
