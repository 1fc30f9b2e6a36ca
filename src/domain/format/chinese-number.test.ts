import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumberToken } from './chinese-number';

describe('Chinese numerals in the narrative', () => {
  it.each([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['六', 6],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['一百', 100],
    ['一百零五', 105],
    ['三百二十', 320],
    ['一千二百三十四', 1234],
    ['二〇二〇', 2020],
  ])('%s = %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each(['', '十百', '一二十', '件', '二十A'])('%s is not a number', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('reads arabic, full-width and Chinese tokens', () => {
    expect(parseNumberToken('21')).toBe(21);
    expect(parseNumberToken('２１')).toBe(21);
    expect(parseNumberToken('三十')).toBe(30);
    expect(parseNumberToken('x')).toBeNull();
  });
});
