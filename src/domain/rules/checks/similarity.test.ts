import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, similarityCeiling, textSimilarity } from './similarity';

/** The Dice coefficient of bigrams counted in a table, as the check first worked it out. */
function byTable(a: string, b: string): number {
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

describe('textSimilarity (bigrams as sorted codes)', () => {
  it('is the Dice coefficient of the texts’ bigrams, repeats counted, whitespace ignored', () => {
    expect(textSimilarity('公开公开公开', '公开公开')).toBe(byTable('公开公开公开', '公开公开'));
    expect(textSimilarity('本局 无其他事项', '本局无其他事项')).toBe(1);
    expect(textSimilarity('甲', '甲乙')).toBe(0);
    expect(textSimilarity('甲乙丙', '丁戊己')).toBe(0);
  });

  it('equals the count by table on any two texts (repeated and extreme characters too)', () => {
    const text = fc.string({
      unit: fc.constantFrom('公', '开', '年', '报', ' ', '\n', '\uffff', '\u0000', 'a', '申'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(textSimilarity(a, b)).toBe(byTable(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('is never above its ceiling counted by characters (which spares the sorting)', () => {
    const text = fc.string({
      unit: fc.constantFrom('公', '开', '年', '报', ' ', '申', '请', 'a'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(similarityCeiling(bigrams(a), b)).toBeGreaterThanOrEqual(textSimilarity(a, b));
      }),
      { numRuns: 500 },
    );
    // Texts of the same characters in another order: the ceiling is 1, the similarity is not.
    expect(similarityCeiling(bigrams('甲乙丙丁甲'), '甲丙乙丁甲')).toBe(1);
    expect(textSimilarity('甲乙丙丁甲', '甲丙乙丁甲')).toBe(0.25);
  });
});
