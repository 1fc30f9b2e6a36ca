import { describe, expect, it } from 'vitest';
import type { Issue } from '@/domain/rules/types';
import type { ReportAnalysis } from '@/store/analysis';
import { marksOf } from './cell-marks';

const issue = (over: Partial<Issue>): Issue => ({
  key: 'k',
  checkId: 'c',
  severity: 'error',
  message: 'm',
  cells: [],
  fields: [],
  section: 'applications',
  ...over,
});
const analysis = (issues: Issue[]) => ({ issues }) as unknown as ReportAnalysis;

describe('marksOf', () => {
  it('marks every cell of an issue and only its first field, most severe first', () => {
    const marks = marksOf(
      analysis([
        issue({ key: 'w', severity: 'warning', message: '提醒', cells: ['a'] }),
        issue({
          key: 'e',
          message: '错误',
          cells: ['a', 'b'],
          fields: ['meta.reportDate', 'meta.year'],
        }),
      ]),
    );
    expect(marks.get('a')).toEqual({ severity: 'error', messages: ['错误', '提醒'] });
    expect(marks.get('b')?.severity).toBe('error');
    expect(marks.has('meta.reportDate')).toBe(true);
    expect(marks.has('meta.year')).toBe(false);
  });
  it('leaves out incompleteness and dismissed issues', () => {
    const marks = marksOf(
      analysis([
        issue({ key: 'i', severity: 'incomplete', cells: ['a'] }),
        issue({ key: 'd', severity: 'warning', cells: ['b'], dismissed: true }),
      ]),
    );
    expect(marks.size).toBe(0);
  });
  it('keeps a message as the check wrote it, line breaks and separators included', () => {
    // A message is data: one with a line break is still one message, not a severity and two.
    const message = 'error\n“1|2~3”不是有效的件数';
    const marks = marksOf(analysis([issue({ severity: 'warning', message, cells: ['a'] })]));
    expect(marks.get('a')).toEqual({ severity: 'warning', messages: [message] });
  });
  it('keeps the same mark object for a target whose issues did not change', () => {
    const first = marksOf(
      analysis([
        issue({ key: 'x', message: '甲', cells: ['a'] }),
        issue({ key: 'y', message: '乙', cells: ['b'] }),
      ]),
    );
    const second = marksOf(
      analysis([
        issue({ key: 'x', message: '甲', cells: ['a'] }),
        issue({ key: 'y', message: '乙（改）', cells: ['b'] }),
      ]),
    );
    expect(second.get('a')).toBe(first.get('a'));
    expect(second.get('b')).not.toBe(first.get('b'));
    expect(second.get('b')?.messages).toEqual(['乙（改）']);
  });
});
