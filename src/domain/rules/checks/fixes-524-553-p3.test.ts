import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** What the texts 524–553 showed, mended after their measure (stop 32). */

describe('办理 joined to a verb of receiving', () => {
  const balance = (overview: string) =>
    messageOf(withOverview(overview), 'narrative-balance-mismatch:overview');
  const gaoping =
    '依法依规做好政府信息依申请公开工作,全年共收到和办理依申请公开9件,全部为自然人申请,上年度结转政府信息公开申请0件。处理结果中,部分公开2件,因信息不存在的5件,结转至下一年度办理2件。';

  it('counts the requests received, not the ones done (real: 高平市 2023, 9 = 2 + 5 + 2)', () => {
    expect(balance(gaoping)).toBeUndefined();
    expect(balance(gaoping.replace('收到和办理', '受理并办理'))).toBeUndefined();
  });

  it('still tells a real imbalance, and 办理 alone is still read as done', () => {
    expect(balance(gaoping.replace('处理结果中,', '办结8件,'))).toContain('比 9 件多 1 件');
    expect(
      balance(gaoping.replace('收到和办理依申请公开9件', '收到依申请公开9件,办理依申请公开9件')),
    ).toContain('比 9 件多 2 件');
  });
});

describe('a 其中 list ended by a count in two units', () => {
  const sum = (overview: string) =>
    messageOf(withOverview(overview), 'parts-sum-mismatch:overview');
  const qingyang =
    '全年报送发布信息23条,其中在市政府门户网站公开发布11条、省政府外事办网站公开发布13条,庆阳市党建网公开发布5条,“学习强国”公开发布2条,“庆阳外事”微信订阅号发布信息54期97条。';

  it('reads the parts before it (real: 庆阳市外事办 2020, 31 of 23)', () => {
    expect(sum(qingyang)).toContain('文中说共 23条，但随后列出的各项 11 + 13 + 5 + 2 = 31条');
  });

  it('stays silent when the parts before it fit the whole', () => {
    expect(sum(qingyang.replace('13条', '5条'))).toBeUndefined();
    // Parts before it short of the whole: no list read as all of it.
    expect(
      sum(qingyang.replace('23条', '40条').replace('“学习强国”公开发布2条,', '')),
    ).toBeUndefined();
  });
});

describe('the key points cited by their own title', () => {
  const hainan =
    '2022年,我厅加强政务信息平台建设,拓宽信息公开渠道,扩大公开范围、细化公开内容,认真学习贯彻国务院办公厅印发的《2022年政务公开工作要点》(国办发〔2022〕12号),坚持以人民为中心的发展思想,完善政府信息公开制度规范。';
  const key = 'notice-citation-unknown:overview:key-points-number-2022';

  it('says a wrong number (real: 海南省工业和信息化厅 2022, the 2022 points are 国办发〔2022〕8号)', () => {
    expect(messageOf(withOverview(hainan, 2022), key)).toBe(
      '引用的2022年政务公开工作要点文号写作「国办发〔2022〕12号」：国务院办公厅印发2022年政务公开工作要点的通知是国办发〔2022〕8号，请核对文号',
    );
  });

  it('is silent on the right number, and on a place’s own points under that title', () => {
    for (const [text, year] of [
      [hainan.replace('〔2022〕12号', '〔2022〕8号'), 2022],
      // Real: the corpus's 2021 citation by title, and places' own points (高淳区 2022;
      // 宜春's, cited by 水江镇 2021).
      ['贯彻落实《2021年政务公开工作要点》(国办发〔2021〕12号),推进政务公开。', 2021],
      ['按照《2022年政务公开工作要点》(高政办发[2022]26号)要求,推进政务公开。', 2022],
      ['落实《2021年政务公开工作要点》(宜府办字〔2021〕33号)要求。', 2021],
    ] as const)
      expect(keys(withOverview(text, year)).join()).not.toContain('key-points-number');
  });
});

describe('a report of the report’s own year said put out during it', () => {
  const wrong = (overview: string, year = 2024) =>
    messageOf(withOverview(overview, year), `wrong-year-in-text:overview:report-${year}`);
  const dalian =
    '全年网站共发布工作动态215条、通知公告47条、政策法规7条、预算决算公开13条,按时上传大连市发展和改革委员会2024年政府信息公开工作年度报告。';

  it('is a wrong year (real: 大连市发改委 2024, the 2023 report put out in 2024)', () => {
    expect(wrong(dalian)).toContain('2024年内上传、公布的应是2023年度的报告');
  });

  it('is silent on last year’s report, the report introducing itself, a notice, and a plan', () => {
    for (const text of [
      dalian.replace('2024年政府', '2023年政府'),
      // Real: 吉格斯太镇 2024 (its overview opens so).
      '根据《中华人民共和国政府信息公开条例》第五十条规定要求,现公布吉格斯太镇人民政府2024年政府信息公开工作年度报告。',
      '按照《关于做好2024年政府信息公开工作年度报告编制发布工作的通知》要求,按时报送。',
      '下一步,将按时发布2024年政府信息公开工作年度报告。',
    ])
      expect(wrong(text)).toBeUndefined();
  });
});
