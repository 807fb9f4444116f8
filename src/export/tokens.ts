/**
 * Token values substituted into CSS values: shared by svgDocument (browser and command line)
 * and the command line's stylesheet inliner, kept apart from the latter so the browser build
 * does not carry the CSS parser.
 */

export type Tokens = Readonly<Record<string, string>>;

/** Replaces `var(--x[, fallback])` with token values; null when a value cannot be resolved. */
export function resolveVars(value: string, tokens: Tokens, depth = 0): string | null {
  if (depth > 8) return null;
  let unresolved = false;
  const out = value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_, name: string, fallback?: string) => {
    const token = tokens[name];
    const chosen = token !== undefined && token.trim() !== '' && !/^(inherit|initial|unset|revert)$/.test(token.trim()) ? token : fallback;
    if (chosen === undefined) {
      unresolved = true;
      return '';
    }
    const resolved = resolveVars(chosen.trim(), tokens, depth + 1);
    if (resolved === null) unresolved = true;
    return resolved ?? '';
  });
  return unresolved || /^(inherit|initial|unset|revert)$/.test(out.trim()) ? null : out.trim();
}
