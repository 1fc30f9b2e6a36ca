import { describe, expect, it } from 'vitest';
import type { Block } from './document-blocks';
import { paginate, type Measured } from './paginate';

/** Pages of 10 lines of 1. */
const page = { height: 10, line: 1 };
const para = (keepNext = false): Block => ({
  kind: 'para',
  text: '',
  style: 'body',
  leadIn: 0,
  keepNext,
});
const lines = (n: number): Measured => ({
  kind: 'lines',
  lines: Array.from({ length: n }, () => ({ start: 0, end: 0, hangs: false })),
});
/** Each page as `block:from-to` pieces. */
const layout = (measured: Measured[], blocks: Block[]): string[][] =>
  paginate(measured, blocks, page).map((p) => p.map((s) => `${s.block}:${s.from}-${s.to}`));

describe('paginate', () => {
  it('breaks a paragraph between lines', () => {
    expect(layout([lines(6), lines(8)], [para(), para()])).toEqual([['0:0-6', '1:0-4'], ['1:4-8']]);
  });

  it('leaves no single last line at the head of a page (widow)', () => {
    // 9 lines used; a 3-line paragraph would leave one line over: it moves whole.
    expect(layout([lines(7), lines(4)], [para(), para()])).toEqual([['0:0-7', '1:0-2'], ['1:2-4']]);
    expect(layout([lines(8), lines(3)], [para(), para()])).toEqual([['0:0-8'], ['1:0-3']]);
  });

  it('leaves no single first line at the foot of a page (orphan)', () => {
    expect(layout([lines(9), lines(5)], [para(), para()])).toEqual([['0:0-9'], ['1:0-5']]);
  });

  it('keeps a heading with the first lines of what follows', () => {
    expect(layout([lines(7), lines(1), lines(5)], [para(), para(true), para()])).toEqual([
      ['0:0-7', '1:0-1', '2:0-2'],
      ['2:2-5'],
    ]);
    expect(layout([lines(8), lines(1), lines(5)], [para(), para(true), para()])).toEqual([
      ['0:0-8'],
      ['1:0-1', '2:0-5'],
    ]);
  });
});
