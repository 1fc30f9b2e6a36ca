import { describe, expect, it } from 'vitest';
import { emptyContact } from './empty-report';
import { contactParagraphs, contactSentence, reportTitle, titleLines } from './document-text';

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

describe('contactParagraphs', () => {
  const meta = {
    agencyName: '某某市人民防空办公室',
    preface: '本报告电子版可在某某网站下载。',
    contact: { address: '某某市中山西路977号', postcode: '314031', phone: '', fax: '', email: '' },
  };

  it('prints one sentence by default and a line per item filled in when the clerk chooses a list', () => {
    expect(contactParagraphs(meta)).toEqual([
      '如对本报告有任何疑问，请与某某市人民防空办公室联系（地址：某某市中山西路977号；邮编：314031）。',
    ]);
    expect(contactParagraphs({ ...meta, contactStyle: 'list' })).toEqual([
      '地址：某某市中山西路977号',
      '邮编：314031',
    ]);
  });

  it('leaves out in both styles what the preface already states', () => {
    const stated = { ...meta, preface: '邮编314031。', contactStyle: 'list' as const };
    expect(contactParagraphs(stated)).toEqual(['地址：某某市中山西路977号']);
  });
});
