import { describe, expect, it } from 'vitest';
import { anchorMarks, anchorMask, holdsAnyOf, mayHold } from './anchors';

/**
 * More anchors than a byte numbers (stop 70: the checks had declared 255, the most a byte table
 * held, and fixers narrowed readings to fit). Declared here on their own (this file's module is
 * its own), characters of CJK Extension A that no report prints.
 */
const MANY = 600;
const chars = Array.from({ length: MANY }, (_, i) => String.fromCharCode(0x3400 + i));

describe('anchors beyond 255', () => {
  const masks = chars.map((ch) => anchorMask(ch));

  it('mark each of 600 declared anchors exactly where a text holds it', () => {
    const wrong: string[] = [];
    for (const held of [[0], [254, 255, 256], [511, 512], [MANY - 1], [3, 300, 599]]) {
      const text = `政府信息公开${held.map((i) => chars[i]).join('，')}。`;
      const marks = anchorMarks(text);
      chars.forEach((ch, i) => {
        const holds = held.includes(i);
        if (holdsAnyOf(marks, masks[i] as Uint32Array) !== holds) wrong.push(`mask ${i}`);
        if (mayHold(marks, ch) !== holds) wrong.push(`mayHold ${i}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('give a mask of anchors far apart one pair a word (a text holding either is held)', () => {
    const mask = anchorMask(`${chars[1]}${chars[400]}`);
    expect(mask.length).toBe(4);
    expect(holdsAnyOf(anchorMarks(`${chars[400]}`), mask)).toBe(true);
    expect(holdsAnyOf(anchorMarks(`${chars[1]}`), mask)).toBe(true);
    expect(holdsAnyOf(anchorMarks(`${chars[2]}`), mask)).toBe(false);
  });
});
