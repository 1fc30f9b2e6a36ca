import { describe, expect, it } from 'vitest';
import { outstandingText } from './outstanding';

describe('outstandingText', () => {
  it('names every kind that is open, in the order error, incomplete, warning', () => {
    expect(outstandingText({ error: 2, incomplete: 1, warning: 3 })).toBe(
      '2 个错误、1 个未完成项、3 个未处理的提醒',
    );
  });

  it('leaves out the kinds that are zero', () => {
    expect(outstandingText({ error: 0, incomplete: 6 })).toBe('6 个未完成项');
    expect(outstandingText({ error: 1, incomplete: 0, warning: 0 })).toBe('1 个错误');
    expect(outstandingText({ error: 0, incomplete: 0, warning: 2 })).toBe('2 个未处理的提醒');
  });

  it('is empty when nothing is open', () => {
    expect(outstandingText({ error: 0, incomplete: 0, warning: 0 })).toBe('');
  });
});
