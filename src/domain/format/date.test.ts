import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  formatChineseDate,
  isValidIsoDate,
  parseChineseDate,
  reportDeadline,
  storedDate,
} from './date';

describe('成文日期 as clerks write it', () => {
  it.each([
    ['2020年1月5日', '2020-01-05'],
    ['2021年1月18日', '2021-01-18'],
    ['2020 年 1 月 20 日', '2020-01-20'],
    ['２０２２年１月２０日', '2022-01-20'],
    ['二〇二二年一月二十日', '2022-01-20'],
    ['二〇二一年十二月三十一日', '2021-12-31'],
    ['2022-1-5', '2022-01-05'],
    ['2022.01.05', '2022-01-05'],
    ['2022/1/5', '2022-01-05'],
    ['20220105', '2022-01-05'],
    [' 2027年1月15日 ', '2027-01-15'],
  ])('%s → %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });

  it.each(['2022年2月30日', '2022年13月1日', '2022年1月', '去年', '', '22年1月5日', '20221305'])(
    '%s is not a date',
    (text) => {
      expect(parseChineseDate(text)).toBeNull();
    },
  );

  it('a typed date is stored as ISO when it can be read, else as typed', () => {
    expect(storedDate('2027年1月15日')).toBe('2027-01-15');
    expect(storedDate('2027.1.15')).toBe('2027-01-15');
    expect(storedDate('2027年2月30日')).toBe('2027年2月30日');
    expect(storedDate('下周一')).toBe('下周一');
    expect(storedDate('  ')).toBeNull();
  });

  it('prints without leading zeros', () => {
    expect(formatChineseDate('2020-01-05')).toBe('2020年1月5日');
    expect(formatChineseDate('2021-12-31')).toBe('2021年12月31日');
    expect(formatChineseDate('2021-02-30')).toBe('2021年2月30日');
    expect(formatChineseDate('20210105')).toBe('');
    expect(formatChineseDate(null)).toBe('');
  });

  it('knows real days', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2023-2-1')).toBe(false);
  });
});

describe('statutory deadline by kind of agency', () => {
  it.each([
    ['department', '2022-01-31'],
    ['township', '2022-01-31'],
    ['other', '2022-01-31'],
    ['government', '2022-03-31'],
  ] as const)('%s reporting on 2021: %s', (kind, deadline) => {
    expect(reportDeadline(kind, 2021)).toBe(deadline);
  });
});

describe('the deadline a report is held to, and whether the statute sets it', () => {
  it('the statute names departments and governments, not townships or other bodies', () => {
    const of = (agencyKind: 'department' | 'government' | 'township' | 'other') =>
      deadlineOf({ agencyKind, agencyName: '某机关' }, 2021);
    expect(of('department')).toEqual({
      date: '2022-01-31',
      basis: '政府部门的年度报告',
      statutory: true,
    });
    expect(of('government').statutory).toBe(true);
    const township = of('township');
    expect(township.date).toBe('2022-01-31');
    expect(township.statutory).toBe(false);
    expect(township.basis).toContain('条例未规定其期限');
    expect(of('other').statutory).toBe(false);
  });
  it('an unnamed agency is held to the latest deadline', () => {
    expect(deadlineOf({ agencyKind: 'township', agencyName: ' ' }, 2021)).toMatchObject({
      date: '2022-03-31',
      statutory: true,
    });
  });
});
