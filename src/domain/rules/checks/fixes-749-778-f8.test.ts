import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Since a fix of stop 35 after the measure of 749–778: words of the regulation and of the work
 * written twice, with a character lost or put in, and 信息 cut before 等, from the real wording
 * with the corpus's wording that stays silent beside it.
 */

describe('条例 第二十条 with a word written twice', () => {
  it('is a slip (real: 安丘市政府办 2022)', () => {
    const overview =
      '做好法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息的公开工作,全年主动公开政府信息120条。';
    expect(messageOf(withOverview(overview, 2022), 'phrase-garbled:overview')).toContain(
      '国家有关规定应当主动公开',
    );
  });
  it('leaves the regulation written right alone', () => {
    const overview =
      '做好法律、法规、规章和国家有关规定应当主动公开的其他政府信息的公开工作,全年主动公开政府信息120条。';
    expect(keys(withOverview(overview, 2022))).not.toContain('phrase-garbled:overview');
  });
});

describe('a site named twice around 门户', () => {
  it('is a slip (real: 金山街道 2023)', () => {
    const overview = '通过福州市仓山区人民政府网站门户网站二级页公开专栏主动公开政府信息56条。';
    expect(messageOf(withOverview(overview, 2023), 'phrase-garbled:overview')).toContain(
      '网站门户网站',
    );
  });
  it('leaves 门户网站 alone', () => {
    const overview = '通过福州市仓山区人民政府门户网站二级页公开专栏主动公开政府信息56条。';
    expect(keys(withOverview(overview, 2023))).not.toContain('phrase-garbled:overview');
  });
});

describe('the triad 规范化、标准化、信息化 with a 化 lost', () => {
  it('is a slip (real: 白渡镇 2024)', () => {
    const overview = '加强政府信息资源的规范、标准化、信息化管理,全年主动公开政府信息80条。';
    expect(messageOf(withOverview(overview, 2024), 'phrase-garbled:overview')).toContain(
      '规范化、标准化、信息化管理',
    );
  });
  it('leaves the triad whole alone (real: 武汉东湖 2021)', () => {
    const overview = '加强政府信息资源的规范化、标准化、信息化管理,全年主动公开政府信息80条。';
    expect(keys(withOverview(overview, 2024))).not.toContain('phrase-garbled:overview');
  });
});

describe('依申请公开 with 法 put in, 经办 written 具办', () => {
  it('is a slip (real: 蓉江新区经济发展局 2022)', () => {
    const overview =
      '建立健全主动公开和依法申请公开制度,明确分管负责人具体抓,经办人员落实,全年主动公开政府信息30条。';
    expect(messageOf(withOverview(overview, 2022), 'phrase-garbled:overview')).toContain(
      '依申请公开',
    );
  });
  it('finds 具办人员 (real: 蓉江新区经济发展局 2022)', () => {
    const overview = '明确分管负责人具体抓,具办人员落实,全年主动公开政府信息30条。';
    expect(messageOf(withOverview(overview, 2022), 'phrase-garbled:overview')).toContain(
      '经办人员',
    );
  });
  it('leaves one who applies by law alone', () => {
    const overview =
      '保障公民依法申请公开政府信息的权利,明确分管负责人具体抓,经办人员落实,全年主动公开政府信息30条。';
    expect(keys(withOverview(overview, 2022))).not.toContain('phrase-garbled:overview');
  });
});

describe('信息 cut before 等', () => {
  it('is a slip (real: 清水镇 2022)', () => {
    const overview = '全年主动公开政府信息95条,重点公开就业创业、安全生产、应急管理类信等。';
    expect(messageOf(withOverview(overview, 2022), 'info-word-cut:overview')).toContain('类信息等');
  });
  it('leaves 微信等 and 信息等 alone', () => {
    const overview = '全年主动公开政府信息95条,重点公开应急管理类信息等,通过网站、微信等渠道发布。';
    expect(keys(withOverview(overview, 2022))).not.toContain('info-word-cut:overview');
  });
});

describe('a count of the year told up to a month before December', () => {
  it('is a short period (real: 咸宁市司法局 2020)', () => {
    const overview =
      '针对性地提出了清理意见。截至11月底,受理行政复议申请56件,目前已审结48件。全年主动公开政府信息120条。';
    expect(
      messageOf(withOverview(overview, 2020), 'statistics-period-mismatch:overview'),
    ).toContain('12月31日');
  });
  it('leaves counts to the year end, and to a later year, alone (real: 密云区 2019)', () => {
    for (const overview of [
      '法办理多件疑难复杂申请。截至12月底,全区受理依申请735件。全年主动公开政府信息120条。',
      '截至目前,我局无一例政府信息公开失密。截至2021年3月底,共发布政策解读12条。全年主动公开政府信息120条。',
    ])
      expect(keys(withOverview(overview, 2020))).not.toContain(
        'statistics-period-mismatch:overview',
      );
  });
});
