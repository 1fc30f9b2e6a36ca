import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { analysisOf } from './analysis';

describe('analysisOf', () => {
  it('computes once per report and recomputes when the report changes', () => {
    const report = emptyReport('2021', 2024);
    const first = analysisOf(report, null);
    expect(analysisOf(report, null)).toBe(first);
    const next = { ...report, cells: { 't3.granted.naturalPerson': '1' } };
    const second = analysisOf(next, null);
    expect(second).not.toBe(first);
    expect(second.computed.get('t3.granted.total')).toEqual({
      status: 'incomplete',
      partial: 1,
      blanks: 5,
      invalid: 0,
    });
    expect(analysisOf(next, report)).not.toBe(second);
  });
});
