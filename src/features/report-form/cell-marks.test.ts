import { describe, expect, it } from 'vitest';
import type { Issue } from '@/domain/rules/types';
import type { ReportAnalysis } from '@/store/analysis';
import { marksOf, parseMark } from './cell-marks';

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
    expect(parseMark(marks.get('a'))).toEqual({ severity: 'error', messages: ['错误', '提醒'] });
    expect(parseMark(marks.get('b'))?.severity).toBe('error');
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
});
