import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { formatById, formats } from '@templates/index';
import { standardPreface } from '@/domain/report/standard-text';
import { withYear, withYearText } from './year-format';

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

describe('withYearText (what is typed into 报告年度 is kept)', () => {
  const today = new Date('2026-11-30T12:00:00');
  it('takes a year (full-width digits too) and lets the format follow it', () => {
    const r = withYearText(emptyReport('2021', 2024), '２０２０', formats, today);
    expect(r.meta).toMatchObject({ year: 2020 });
    expect(r.meta.yearText).toBeUndefined();
    expect(r.formatId).toBe('2019');
  });
  it('keeps a text that is not a year as typed, with no year (never the previous one)', () => {
    const r = withYearText(emptyReport('2021', 2024), '20241', formats, today);
    expect(r.meta.year).toBeNull();
    expect(r.meta.yearText).toBe('20241');
    expect(r.formatId).toBe('2021');
    expect(withYearText(r, '20241', formats, today)).toBe(r);
    const out = withYearText(r, '2030', formats, today);
    expect(out.meta).toMatchObject({ year: null, yearText: '2030' });
  });
  it('a valid year or a blank clears the kept text', () => {
    const typo = withYearText(emptyReport('2021', 2024), '202', formats, today);
    expect(withYearText(typo, '2025', formats, today).meta).toEqual(emptyReport('2021', 2025).meta);
    expect(withYearText(typo, ' ', formats, today).meta).toEqual(emptyReport('2021').meta);
  });
});

describe('the standard preface follows the year while untouched', () => {
  it('changes its notice and period with the year, and leaves an edited one alone', () => {
    const base = emptyReport('2019', 2020);
    const standard = {
      ...base,
      meta: { ...base.meta, preface: standardPreface(formatById('2019'), 2020) },
    };
    const moved = withYear(standard, 2025, formats);
    expect(moved.meta.preface).toBe(standardPreface(formatById('2021'), 2025));
    const edited = { ...base, meta: { ...base.meta, preface: '本报告由本局编制。' } };
    expect(withYear(edited, 2025, formats).meta.preface).toBe('本报告由本局编制。');
  });
});
