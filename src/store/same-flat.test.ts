import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { sameFlat } from './analysis';

describe('sameFlat', () => {
  it('compares arrays item by item', () => {
    expect(sameFlat(['done', 'error'], ['done', 'error'])).toBe(true);
    expect(sameFlat(['done', 'error'], ['done', 'incomplete'])).toBe(false);
    expect(sameFlat(['done'], ['done', 'done'])).toBe(false);
    // Items by reference: equal-looking objects are different items.
    expect(sameFlat([{ state: 'ok' }], [{ state: 'ok' }])).toBe(false);
  });

  it('compares plain objects key by key', () => {
    const counts = { error: 1, incomplete: 0, warning: 2, info: 0 };
    expect(sameFlat(counts, { ...counts })).toBe(true);
    expect(sameFlat(counts, { ...counts, warning: 3 })).toBe(false);
    expect(sameFlat({ state: 'ok' }, { state: 'ok', diff: 0 })).toBe(false);
    expect(sameFlat({ state: 'ok', diff: undefined }, { state: 'ok', other: undefined })).toBe(
      false,
    );
    expect(sameFlat({ text: '本机关收到申请 3 件' }, { text: '本机关收到申请 3 件' })).toBe(true);
  });

  it('leaves other kinds to zustand: a Map by its entries, an array against an object never', () => {
    expect(sameFlat(new Map([['a', 1]]), new Map([['a', 1]]))).toBe(true);
    expect(sameFlat(new Map([['a', 1]]), new Map([['a', 2]]))).toBe(false);
    expect(sameFlat<unknown>([], {})).toBe(false);
    expect(sameFlat<unknown>(null, {})).toBe(false);
    expect(sameFlat(Number.NaN, Number.NaN)).toBe(true);
  });

  it('agrees with zustand’s shallow on flat arrays and objects', () => {
    const flat = fc.oneof(
      fc.array(fc.constantFrom('done', 'error', 'incomplete', 0, 1, null)),
      fc.dictionary(fc.constantFrom('state', 'diff', 'error', 'warning'), fc.integer({ max: 3 })),
    );
    fc.assert(fc.property(flat, flat, (a, b) => sameFlat(a, b) === shallow(a, b)));
  });
});
