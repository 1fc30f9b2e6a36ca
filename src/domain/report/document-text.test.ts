import { describe, expect, it } from 'vitest';
import { emptyContact } from './empty-report';
import { contactSentence, reportTitle, titleLines } from './document-text';

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

  it('writes the filled contact items as one sentence, in the official order', () => {
    expect(
      contactSentence('某市统计局', {
        ...emptyContact,
        email: ' a@b.cn ',
        address: '中山西路977号',
      }),
    ).toBe('如对本报告有任何疑问，请与某市统计局联系（地址：中山西路977号；电子邮箱：a@b.cn）。');
    expect(contactSentence('某市统计局', emptyContact)).toBe('');
  });

  it('does not repeat contact items the preface already states (seed 000)', () => {
    const contact = {
      ...emptyContact,
      address: '中山西路977号',
      phone: '82057503',
      email: 'a@b.cn',
    };
    const preface = '如有疑问请联系（地址：中山西路 977号；电话:82057503）。';
    expect(contactSentence('', contact, preface)).toBe(
      '如对本报告有任何疑问，请与本机关联系（电子邮箱：a@b.cn）。',
    );
  });
});
