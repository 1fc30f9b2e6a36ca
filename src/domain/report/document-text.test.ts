import { describe, expect, it } from 'vitest';
import { emptyContact } from './empty-report';
import { contactLines, documentDate, reportTitle, titleLines } from './document-text';

describe('document text', () => {
  it('titles the report with agency and year, and breaks a long title after the agency', () => {
    expect(reportTitle('某某市人民防空办公室', 2024)).toBe(
      '某某市人民防空办公室2024年政府信息公开工作年度报告',
    );
    expect(titleLines('某某市人民防空办公室', 2024)).toEqual([
      '某某市人民防空办公室',
      '2024年政府信息公开工作年度报告',
    ]);
    expect(titleLines('某局', 2024)).toEqual(['某局2024年政府信息公开工作年度报告']);
    expect(titleLines('', null)).toEqual(['政府信息公开工作年度报告']);
  });

  it('prints only the filled contact items, one per line, in the official order', () => {
    expect(contactLines({ ...emptyContact, email: ' a@b.cn ', address: '中山西路977号' })).toEqual([
      '地址：中山西路977号',
      '邮箱：a@b.cn',
    ]);
    expect(contactLines(emptyContact)).toEqual([]);
  });

  it('does not repeat contact items the preface already states (seed 000)', () => {
    const contact = {
      ...emptyContact,
      address: '中山西路977号',
      phone: '82057503',
      email: 'a@b.cn',
    };
    const preface = '如有疑问请联系（地址：中山西路 977号；电话:82057503）。';
    expect(contactLines(contact, preface)).toEqual(['邮箱：a@b.cn']);
  });

  it('prints the date without leading zeros, an impossible one as written, junk as nothing', () => {
    expect(documentDate('2025-01-20')).toBe('2025年1月20日');
    expect(documentDate('2022-02-30')).toBe('2022年2月30日');
    expect(documentDate('20250120')).toBe('');
    expect(documentDate(null)).toBe('');
  });
});
