import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { ContactBlock, Report } from '@/domain/report/types';
import { issuesOf, keys, withPreface } from '@/testing/checked-reports';

/**
 * `contact-number-malformed` on the form's contact fields (the numbers a clerk types into
 * 邮政编码, 联系电话 and 传真, not only those a preface prints): the slips of the real reports
 * (保山市人民政府办公室 2024's `67800`, 安溪县魁斗镇 2020's fax `0595-223377087`) typed into the fields.
 */

const POSTCODE = 'contact-number-malformed:contact.postcode';
const FAX = 'contact-number-malformed:contact.fax';
const PHONE = 'contact-number-malformed:contact.phone';

const withContact = (
  contact: Partial<ContactBlock>,
  report: Report = clean2021.report,
): Report => ({
  ...report,
  meta: { ...report.meta, contact: { ...report.meta.contact, ...contact } },
});

describe('contact-number-malformed: the contact fields', () => {
  it('is silent on the clean report and on well-formed numbers', () => {
    expect(keys(clean2021.report).filter((k) => k.includes(':contact.'))).toEqual([]);
    const good = withContact({ postcode: '678000', phone: '0595-23377088', fax: '(0454)2120986' });
    expect(keys(good).filter((k) => k.includes(':contact.'))).toEqual([]);
  });

  it('warns on a postcode of five digits, pointing at the field', () => {
    const issue = issuesOf(withContact({ postcode: '67800' })).find((i) => i.key === POSTCODE);
    expect(issue?.fields).toEqual(['contact.postcode']);
    expect(issue?.section).toBe('meta');
    expect(issue?.message).toContain('邮政编码“67800”');
    expect(issue?.message).toContain('少了 1 位');
  });

  it('warns on a fax whose local number has nine digits, each field on its own', () => {
    const issues = issuesOf(withContact({ fax: '0595-223377087', postcode: '6780001' }));
    const fax = issues.find((i) => i.key === FAX);
    expect(fax?.fields).toEqual(['contact.fax']);
    expect(fax?.message).toContain('传真“0595-223377087”');
    expect(fax?.message).toContain('9 位');
    expect(issues.find((i) => i.key === POSTCODE)?.message).toContain('多了 1 位');
  });

  it('reads a mobile, a hotline or an area code run into the number as no slip', () => {
    for (const phone of ['13800138000', '12345', '07976854110', '0595-2337708/7'])
      expect(keys(withContact({ phone })), phone).not.toContain(PHONE);
  });

  it('says a number the preface prints once, where the preface prints it', () => {
    const report = withContact(
      { postcode: '67800' },
      withPreface('联系地址:保山市正阳北路,邮编:67800。', 2021),
    );
    const found = keys(report);
    expect(found).toContain('contact-number-malformed:meta');
    expect(found).not.toContain(POSTCODE);
  });

  it('survives garbage typed into the fields', () => {
    const junk = withContact({
      postcode: '邮编:\u0000(((',
      phone: '电话电话-0-',
      fax: '0'.repeat(500),
    });
    expect(() => keys(junk)).not.toThrow();
  });
});
