import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCellInput } from './normalise';

describe('what a clerk types into a cell', () => {
  it.each([
    ['21', 'count', '21'],
    ['２１', 'count', '21'],
    [' 21 ', 'count', '21'],
    ['21件', 'count', '21'],
    ['3个', 'count', '3'],
    ['1,234', 'count', '1234'],
    ['1 234', 'count', '1234'],
    ['００７', 'count', '7'],
    ['-0', 'count', '0'],
    ['-21', 'signedCount', '-21'],
    ['－２１', 'signedCount', '-21'],
    ['+3', 'signedCount', '3'],
    ['3190923元', 'money', '3190923'],
    ['6776647.8（单位：元）', 'money', '6776647.8'],
    ['１２．５', 'money', '12.5'],
    ['0012.5', 'money', '12.5'],
  ] as const)('%s (%s) → %s', (raw, type, value) => {
    const r = normaliseCellInput(raw, type, type === 'money' ? '元' : undefined);
    expect(r).toEqual({ ok: true, value });
  });

  it.each([
    ['12.50', '12.5', '12.50'],
    ['73802895.90元', '73802895.9', '73802895.90'],
    ['７３，８０２，８９５．９０元', '73802895.9', '73802895.90'],
    ['012.00', '12', '12.00'],
    ['0.00', '0', '0.00'],
  ] as const)(
    'money %s: value %s, printed %s (its decimals kept as written)',
    (raw, value, printed) => {
      expect(normaliseCellInput(raw, 'money', '元')).toEqual({ ok: true, value, printed });
    },
  );

  it('blank is blank, not zero', () => {
    expect(normaliseCellInput('', 'count')).toEqual({ ok: true, value: null });
    expect(normaliseCellInput(' \u3000', 'count')).toEqual({ ok: true, value: null });
  });

  it('keeps a money unit other than the column’s (seed 003’s 533.41万)', () => {
    expect(normaliseCellInput('533.41万', 'money', '元')).toEqual({
      ok: true,
      value: '533.41',
      unit: '万元',
    });
    expect(normaliseCellInput('3000元', 'money', '万元')).toEqual({
      ok: true,
      value: '3000',
      unit: '元',
    });
    expect(normaliseCellInput('12.5万元', 'money', '万元')).toEqual({ ok: true, value: '12.5' });
  });

  it.each([
    ['abc', 'count', '请输入数字；没有的请填 0'],
    ['二十一', 'count', '请输入数字；没有的请填 0'],
    ['-3', 'count', '件数不能为负数'],
    ['1.5', 'count', '件数必须是整数'],
    ['1.5', 'signedCount', '增减数必须是整数'],
    ['-5', 'money', '金额不能为负数'],
    ['1.1234567', 'money', '金额最多保留 6 位小数'],
    ['约500元', 'money', '请输入金额数字，例如 12.5'],
    ['1234567890123', 'count', '数字位数过多，请检查'],
    ['1234567890123456', 'money', '数字位数过多，请检查'],
  ] as const)('rejects %s (%s): %s', (raw, type, message) => {
    expect(normaliseCellInput(raw, type, type === 'money' ? '元' : undefined)).toMatchObject({
      ok: false,
      message,
    });
  });

  it('gives a canonical integer for any non-negative count (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), fc.boolean(), (n, separators) => {
        const raw = separators ? n.toLocaleString('en-US') : String(n);
        expect(normaliseCellInput(raw, 'count')).toEqual({ ok: true, value: String(n) });
      }),
    );
  });

  it('never throws, whatever is pasted (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('count', 'signedCount', 'money'), (raw, type) => {
        const r = normaliseCellInput(raw, type, '元');
        if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
      }),
    );
  });
});
