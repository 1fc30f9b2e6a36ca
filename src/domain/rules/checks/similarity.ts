/**
 * Similarity of two texts as the Dice coefficient of their character bigrams (0–1), ignoring
 * whitespace. Linear time, good enough to tell a narrative copied from last year.
 */
export function textSimilarity(a: string, b: string): number {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < x.length - 1; i += 1) {
    const g = x.charCodeAt(i) * 65536 + x.charCodeAt(i + 1);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i += 1) {
    const g = y.charCodeAt(i) * 65536 + y.charCodeAt(i + 1);
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

/**
 * The highest Dice coefficient two texts of these lengths can reach: a cheap bound that spares
 * the comparison when the lengths alone rule a copy out.
 */
export function similarityBound(lengthA: number, lengthB: number): number {
  const total = lengthA + lengthB - 2;
  return total <= 0 ? 1 : (2 * (Math.min(lengthA, lengthB) - 1)) / total;
}
