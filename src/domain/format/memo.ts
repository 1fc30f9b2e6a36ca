/**
 * Memoises a pure function of a string. On a keystroke only one text of the report changes;
 * the checks read all of them, so the unchanged ones are answered from here. Bounded: cleared
 * when full.
 */
export function memoByText<T>(fn: (text: string) => T, size = 64): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= size) cache.clear();
    cache.set(text, value);
    return value;
  };
}
