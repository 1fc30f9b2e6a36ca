import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/testing/property-runs';
import { readCell, type CellReading } from './read-cell';

/** The one reader of a cell, against an independent model of what a clerk may type. */

const count = { type: 'count' } as const;
const signed = { type: 'signedCount' } as const;
const money = { type: 'money', unit: '元' } as const;
const FULL = '０１２３４５６７８９';

/** A count as a clerk might type it: full-width digits, thousands separators, spaces, 件/个. */
const typedCount = fc
  .record({
    n: fc.bigInt({ min: 0n, max: 999_999_999_999n }),
    fullWidth: fc.boolean(),
    separators: fc.boolean(),
    zeros: fc.nat({ max: 2 }),
    before: fc.constantFrom('', ' ', '　', '  '),
    after: fc.constantFrom('', ' ', '件', '个', ' 件', '　'),
  })
  .map(({ n, fullWidth, separators, zeros, before, after }) => {
    let digits = n.toString();
    if (separators) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    else digits = '0'.repeat(zeros) + digits;
    if (fullWidth) digits = digits.replace(/\d/g, (d) => FULL[Number(d)] ?? d);
    return { n, text: `${before}${digits}${after}` };
  });

const canonical = (r: CellReading): void => {
  if (r.kind !== 'value') return;
  expect(r.value).toMatch(/^(0|-?[1-9]\d*)(\.\d*[1-9])?$/);
};

describe('readCell (property)', () => {
  it('any count typed with full-width digits, separators, spaces or 件 reads as its value', () => {
    fc.assert(
      fc.property(typedCount, ({ n, text }) => {
        expect(readCell(count, text)).toEqual({ kind: 'value', value: n.toString() });
      }),
      { numRuns: runs(300) },
    );
  });

  it('a count with a fraction or a minus, or more than 12 digits, is invalid (never a value)', () => {
    const bad = fc.oneof(
      fc.tuple(fc.nat(), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}.${b}`),
      fc.integer({ min: 1, max: 10 ** 9 }).map((n) => `-${n}`),
      fc.bigInt({ min: 10n ** 12n, max: 10n ** 20n }).map(String),
    );
    fc.assert(
      fc.property(bad, (text) => {
        const r = readCell(count, text);
        expect(r.kind).toBe('invalid');
        if (r.kind === 'invalid') expect(r.raw).toBe(text);
      }),
      { numRuns: runs(300) },
    );
  });

  it('money with up to 6 decimals reads exactly (no binary floating point)', () => {
    const amount = fc.record({
      whole: fc.bigInt({ min: 0n, max: 999_999_999n }),
      fraction: fc.stringMatching(/^\d{0,6}$/),
    });
    fc.assert(
      fc.property(amount, ({ whole, fraction }) => {
        const text = fraction === '' ? whole.toString() : `${whole}.${fraction}`;
        const trimmed = fraction.replace(/0+$/, '');
        const expected = trimmed === '' ? whole.toString() : `${whole}.${trimmed}`;
        // The value is computed with; the amount is kept as written (`12.50`).
        expect(readCell(money, `${text}元`)).toEqual({
          kind: 'value',
          value: expected,
          ...(text === expected ? {} : { printed: text }),
        });
      }),
      { numRuns: runs(300) },
    );
  });

  it('whatever is stored: never throws, values are canonical and read back as themselves', () => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^[ 0-9０-９,，.．\-－+件个元万（）单位：]{0,12}$/),
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom(count, signed, money), (text, cell) => {
        const r = readCell(cell, text);
        canonical(r);
        if (r.kind === 'value') {
          expect(readCell(cell, r.value)).toEqual({ kind: 'value', value: r.value });
          // What is stored (the amount as written) reads as the same value, and as written.
          if (r.printed !== undefined) {
            expect(cell.type).toBe('money');
            expect(readCell(cell, r.printed)).toEqual({
              kind: 'value',
              value: r.value,
              printed: r.printed,
            });
          }
        }
        if (r.kind === 'invalid') {
          expect(r.raw).toBe(text);
          expect(r.reason).toMatch(/^不是有效的(件数|增减数|金额)（.+）$/);
        }
        if (r.kind === 'blank') expect(text.replace(/[\s\u3000]/g, '')).toBe('');
      }),
      { numRuns: runs(1000) },
    );
  });
});
