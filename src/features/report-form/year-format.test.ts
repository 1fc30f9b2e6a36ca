import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { formats } from '@templates/index';
import { withYear } from './year-format';

describe('withYear', () => {
  it('lets the format follow the year', () => {
    const r = withYear(emptyReport('2021', 2024), 2020, formats);
    expect(r.formatId).toBe('2019');
    expect(r.meta.year).toBe(2020);
    expect(withYear(r, 2022, formats).formatId).toBe('2021');
    expect(withYear(emptyReport('2021', null), 2019, formats).formatId).toBe('2019');
  });
  it('keeps a format the clerk chose against the year', () => {
    const chosen = { ...emptyReport('2019', 2020), formatId: '2021' as const };
    expect(withYear(chosen, 2021, formats).formatId).toBe('2021');
    expect(withYear(chosen, 2019, formats).formatId).toBe('2021');
  });
  it('keeps the format while the year is cleared', () => {
    expect(withYear(emptyReport('2019', 2020), null, formats).formatId).toBe('2019');
  });
});
