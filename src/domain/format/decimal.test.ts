import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  canonicalDecimal,
  compareDecimals,
  isCanonicalDecimal,
  shiftDecimal,
} from './decimal';

describe('exact money arithmetic', () => {
  it('0.1 + 0.2 = 0.3', () => {
    expect(addDecimals(['0.1', '0.2'])).toBe('0.3');
  });

  it.each([
    [['533.41', '3190923'], '3191456.41'],
    [['6776647.8', '0.2'], '6776648'],
    [['-3', '1'], '-2'],
    [[], '0'],
  ])('sum of %j is %s', (values, sum) => {
    expect(addDecimals(values)).toBe(sum);
  });

  it('converts 万元 and 元 exactly', () => {
    expect(shiftDecimal('533.41', 4)).toBe('5334100');
    expect(shiftDecimal('3000', -4)).toBe('0.3');
    expect(shiftDecimal('12.5', -4)).toBe('0.00125');
  });

  it('compares and canonicalises', () => {
    expect(compareDecimals('0.30', '0.3')).toBe(0);
    expect(compareDecimals('-1', '0')).toBe(-1);
    expect(canonicalDecimal('007.50')).toBe('7.5');
    expect(canonicalDecimal('-0')).toBe('0');
    expect(isCanonicalDecimal('1,000')).toBe(false);
    expect(() => addDecimals(['abc'])).toThrow(/not a canonical decimal/);
  });

  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
    .map(([units, scale]) => ({ units, scale }));
  const text = ({ units, scale }: { units: bigint; scale: number }): string => {
    const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
    const body = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
    return units < 0n ? `-${body}` : body;
  };

  it('adds like integers scaled by 10⁶ (property)', () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 20 }), (values) => {
        const expected = values.reduce((acc, v) => acc + v.units * 10n ** BigInt(6 - v.scale), 0n);
        const sum = addDecimals(values.map(text));
        expect(compareDecimals(sum, text({ units: expected, scale: 6 }))).toBe(0);
        expect(canonicalDecimal(sum)).toBe(sum);
      }),
    );
  });

  it('shifting there and back is the identity (property)', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: -8, max: 8 }), (v, power) => {
        expect(compareDecimals(shiftDecimal(shiftDecimal(text(v), power), -power), text(v))).toBe(
          0,
        );
      }),
    );
  });
});
