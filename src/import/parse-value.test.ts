import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats } from '@templates/index';
import { cleanField } from './normalise-text';
import { parseValue } from './parse-value';

/**
 * `cleanField`'s shortcut (no `[`, no space at either end: the text itself) and `parseValue`'s
 * readings kept per cell (issue 17) give what the plain functions give.
 */

/** `cleanField` as it was, without the shortcut. */
const cleanFieldPlain = (text: string): string =>
  text
    .replace(/\[bookmark:[^\]]*\]/gi, '')
    .replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '');

const cells = formats.flatMap((f) => f.tables.flatMap((t) => t.cells));

describe('cleanField and parseValue', () => {
  it('trims and unmarks as the plain cleanField for any text', () => {
    const piece = fc.constantFrom(
      ' ',
      '\u00a0',
      '\u3000',
      '\u200b',
      '\ufeff',
      '\t',
      '\n',
      '[bookmark:_Toc1]',
      '[BOOKMARK: x]',
      '[',
      ']',
      '0',
      '12',
      '万元',
      '😀',
      '\ud83d',
      '—',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(cleanField(text)).toBe(cleanFieldPlain(text));
      }),
      { numRuns: 3000 },
    );
    // Real cells: a bookmark left around a number, an ideographic space after it.
    expect(cleanField('[bookmark:_GoBack]12\u3000')).toBe('12');
    expect(cleanField('12')).toBe('12');
  });

  it('reads a value kept for one cell again as for the first time, and never for another cell', () => {
    const count = cells.find((c) => c.type === 'count');
    const money = cells.find((c) => c.type === 'money');
    const signed = cells.find((c) => c.type === 'signedCount');
    if (!count || !money || !signed) throw new Error('no cells of each type');
    const texts = ['0', '2笔', '减4', '—', '', ' 3 ', '1.5', '12万元', 'abc', '４'];
    const first = new Map(
      [count, money, signed].map((cell) => [cell, texts.map((t) => parseValue(t, cell))]),
    );
    // The same texts, kept, then pushed out by a hundred others: the same readings.
    for (let round = 0; round < 2; round += 1) {
      for (const [cell, readings] of first)
        expect(texts.map((t) => parseValue(t, cell))).toEqual(readings);
      for (let n = 0; n < 100; n += 1) parseValue(String(n + 1000), count);
    }
    // Kept per cell: `2笔` is a count of 2 in a count column and not in a money column.
    expect(parseValue('2笔', count)).toEqual({ kind: 'value', value: '2' });
    expect(parseValue('2笔', money).kind).toBe('bad');
  });
});
