/**
 * The deepest nesting of arrays and objects accepted in a credential,
 * assertion or other JSON a client sends. Real credentials nest fewer
 * than 10 levels; JSON-LD processing, canonicalisation and JSON.stringify
 * recurse once per level, so a deeper document could exhaust the stack.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Returns the nesting depth of `value` when it exceeds `maxDepth`, else
 * null. A bare value has depth 0 and `{}` or `[]` depth 1. The walk uses
 * an explicit stack, so a hostile document cannot exhaust the call stack,
 * and it stops at the first level past the limit.
 */
export function jsonDepthOverLimit(
  value: unknown,
  maxDepth = MAX_JSON_DEPTH,
): number | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (typeof entry.value !== 'object' || entry.value === null) continue;
    const depth = entry.depth + 1;
    if (depth > maxDepth) return depth;
    for (const child of Object.values(entry.value)) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth });
      }
    }
  }

  return null;
}

/**
 * Returns a message naming the limit when `value` nests too deeply, or
 * null. `what` names the document, such as "The JSON".
 */
export function jsonDepthProblem(
  value: unknown,
  what = 'The JSON',
): string | null {
  return jsonDepthOverLimit(value) === null
    ? null
    : `${what} nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep; at most ${MAX_JSON_DEPTH} levels are allowed.`;
}
