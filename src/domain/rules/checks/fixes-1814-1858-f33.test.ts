import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1814–1858 mended after it (stop 50, helper f33): phrase slips read in
 * their general shapes, a running total with its number lost, a report's count with its unit lost,
 * the scope of a district's and a town's figures, and two false warnings silenced (a site's three
 * kinds under a whole of two channels; a development zone by its short name). From the real
 * wording, with the corpus's texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const PHRASE_META = 'phrase-garbled:meta';
const PARTS = 'parts-sum-mismatch:overview';
const SCOPE = 'government-scope-missing';
const NUMBER = 'count-number-missing:overview';
const UNIT = 'count-unit-missing:overview';

describe('phrase-garbled: clauses with a word lost, doubled, put in or run together', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    [
      '2021年我街道高度重视政府信息公开工作,.结合本单位实际,扎实推进。',
      '“,.”疑为“,”',
      '1821-gulou-wufeng-2021.txt',
    ],
    ['畅通渠道,确保群众能够准确表达述求。', '“述求”疑为“诉求”', '1856-bayannaoer-gxj-2021.txt'],
    [
      '各站所不私自开设微博、信公众号、抖音今日头条、快手等各类新体账号。',
      '“信公众号”疑为“微信公众号”',
      '1831-fenyang-wenfeng-2020.txt',
    ],
    [
      '持续巩固拓展疫情防控和经济社会发展,做好政府信息公开工作。',
      '疑为“巩固拓展疫情防控和经济社会发展成果”',
      '1820-cangshan-xiadu-2021.txt',
    ],
    [
      '在政务网上发布《关于做好宗教活动场所新型冠状病毒感染》的通知。',
      '“《关于做好宗教活动场所新型冠状病毒感染》的通知”',
      '1837-yuanmou-mzzjj-2020.txt',
    ],
    [
      '扎实推进政府信息公开工作制度化、有效提升了政府信息公开工作水平。',
      '“、有效提升了”疑为“，有效提升了”',
      '1847-tianshui-sfj-2021.txt',
    ],
    [
      '印发《网络安全和信息化领导小组》,明确职责分工。',
      '“印发《网络安全和信息化领导小组》”',
      '1825-xianning-zrzyghj-2019.txt',
    ],
    [
      '有利于拓宽人民群众参与管理社会经济事务,推进依法行政。',
      '疑为“拓宽人民群众参与管理社会经济事务的渠道”',
      '1851-wujin-xitaihu-2021.txt',
    ],
  ];
  it.each(cases)('flags `%s`', (overview, said, file) => {
    expect(messageOf(withOverview(overview), PHRASE)).toContain(said);
    expect(importedWarns(realText(file), PHRASE)).toBe(true);
  });
  it('flags the other shapes of the same reports', () => {
    for (const overview of [
      '不断增公信力执行紧紧围绕街道中心工作。',
      '公开发布了《关于推进新华乡新村省级民族团结进步示范村建设的提案》案复。',
      '有力保障了人民群众对司法行政工作的知情权、参与权和监督权的重要途径。',
      '各类新体账号均已备案。',
    ])
      expect(keys(withOverview(overview))).toContain(PHRASE);
  });
  it('flags 如 twice in the preface’s condition (real: 长乐区文武砂镇 2021)', () => {
    expect(messageOf(withPreface('如对本报告如有疑问,请与本镇联系。'), PHRASE_META)).toContain(
      '“如对本报告如有”疑为“对本报告如有”',
    );
    expect(importedWarns(realText('1819-changle-wenwusha-2021.txt'), PHRASE_META)).toBe(true);
  });
  it('is silent on the same words used right (the corpus’s own)', () => {
    for (const overview of [
      '如对本报告有疑问,请联系;对本报告如有疑问,请联系。',
      '通过微博、微信公众号、政务新媒体账号发布信息,陈述求助事项。',
      '不断增强公信力,巩固拓展脱贫攻坚成果,巩固拓展疫情防控成效。',
      '印发《闽侯县人民政府办公室印发《关于做大做强闽侯金鱼产业五条措施》的通知》。',
      '严格按照《关于修订依申请公开政府信息答复文本格式》的通知执行。',
      '转发《关于做好2022年度政府信息公开工作年度报告编制及发布工作提示》。',
      '公开人大代表建议、政协提案复文191件,建议提案复函14件。',
      '推进政务公开标准化、规范化,有效提升了公开质量。',
      '有效保障了人民群众的知情权,是政府信息公开的重要途径。',
      '成立网络安全和信息化领导小组,印发《关于成立网络安全和信息化领导小组的通知》。',
      '拓宽公开渠道,拓宽群众参与政府决策的渠道,持续拓宽公开维度。',
    ])
      expect(keys(withOverview(overview))).not.toContain(PHRASE);
  });
});

describe('count-number-missing: a running total up to a day', () => {
  it('flags the information published by a day with no count (real: 汾阳市文峰街道 2020)', () => {
    const overview =
      '截止2020年12月31日,我街道主动公开各类信息,2020年度报送工作信息124次,被采用4条。';
    expect(messageOf(withOverview(overview, 2020), NUMBER)).toContain('我街道主动公开各类信息');
    expect(importedWarns(realText('1831-fenyang-wenfeng-2020.txt'), NUMBER)).toBe(true);
  });
  it('is silent where the count follows', () => {
    for (const overview of [
      '截至2020年12月31日,我街道主动公开各类信息124条,群众满意。',
      '截至12月31日,共主动公开政府信息428条。',
      '我街道主动公开各类信息,涉及政策法规、民生保障等内容。',
    ])
      expect(keys(withOverview(overview, 2020))).not.toContain(NUMBER);
  });
});

describe('count-unit-missing: a count of reports run on into the next words', () => {
  it('flags `年度报告1报送` (real: 汾阳市文峰街道 2020)', () => {
    expect(
      messageOf(withOverview('发布2020年度政府信息公开工作年度报告1报送工作信息124次。'), UNIT),
    ).toContain('年度报告1报');
    expect(importedWarns(realText('1831-fenyang-wenfeng-2020.txt'), UNIT)).toBe(true);
  });
  it('is silent on a count with its unit, 则 among them', () => {
    for (const overview of [
      '发布政府信息公开指南1则、工作年度报告1则、机构职能1项。',
      '发布年度报告1份,报送工作信息124次。',
      '发布公示公告6则,政务报告2则。',
    ])
      expect(keys(withOverview(overview))).not.toContain(UNIT);
  });
});

describe('parts-sum-mismatch: a site’s three kinds under a whole of two channels', () => {
  it('is silent on the site’s kinds when the whole spans a site and an account (real: 宝鸡市司法局 2020)', () => {
    const overview =
      '2020年度共通过门户网站、微信公众号等发布各类信息2541余条,其中概况类信息更新503余条、政务动态信息更新406余条、信息公开目录信息更新229余条。';
    expect(keys(withOverview(overview, 2020))).not.toContain(PARTS);
    expect(importedWarns(realText('1839-baoji-sfj-2020.txt'), PARTS)).toBe(false);
  });
  it('still flags the three kinds short of one site’s whole', () => {
    const overview =
      '2023年,在县政府门户网站主动公开政务信息共6931条，其中概况类信息124条，政务动态信息2239条，信息公开目录信息2009条。';
    expect(keys(withOverview(overview, 2023))).toContain(PARTS);
  });
});

describe('government-scope-missing', () => {
  it('is silent on a development zone by its short name (real: 太仓高新区 2022)', () => {
    const zone = asAgency(
      withOverview('2022年,我区依托太仓市政府信息公开平台共主动公开区镇动态34条。', 2022),
      'government',
      '太仓高新区',
    );
    expect(keys(zone)).not.toContain(SCOPE);
    expect(importedWarns(realText('1850-taicang-gxq-2022.txt'), SCOPE)).toBe(false);
  });
  it('flags a district whose 全区 is said of its organs’ stance only (real: 重庆市沙坪坝区 2021)', () => {
    const district = asAgency(
      withOverview(
        '全区各级行政机关牢固树立“四个意识”,坚定“四个自信”。区政府门户网站全面发布工作动态5万余条。',
      ),
      'government',
      '重庆市沙坪坝区人民政府',
    );
    expect(keys(district)).toContain(SCOPE);
    expect(importedWarns(realText('1833-shapingba-2021.txt'), SCOPE)).toBe(true);
  });
  it('flags a town whose 全镇 counts its media accounts only (real: 乌恰县乌恰镇 2024)', () => {
    const town = asAgency(
      withOverview(
        '一年来,通过政府网站主动公开各类信息84条,其中发布文件2条;全镇新媒体平台13个,发布便民政策等信息200余条。',
        2024,
      ),
      'township',
      '乌恰镇人民政府',
    );
    expect(keys(town)).toContain(SCOPE);
    expect(importedWarns(realText('1848-wuqia-wuqiazhen-2024.txt'), SCOPE)).toBe(true);
  });
  it('still reads 全区 and 全镇 said of the figures as the scope said', () => {
    const district = asAgency(
      withOverview('全区各级行政机关共主动公开政府信息5万余条。'),
      'government',
      '重庆市沙坪坝区人民政府',
    );
    expect(keys(district)).not.toContain(SCOPE);
    const town = asAgency(
      withOverview('全镇新媒体平台13个共发布信息200余条,全镇主动公开各类信息84条。', 2024),
      'township',
      '乌恰镇人民政府',
    );
    expect(keys(town)).not.toContain(SCOPE);
  });
});

describe('parts-sum-mismatch: the site said to hold a whole its kinds share with an account', () => {
  it('flags the site’s count equal to the whole (real: 双牌县教育局 2025)', () => {
    const overview =
      '2025年,全局累计主动公开政府信息146条,具体分类为:工作机构相关信息6条、业务股室通知公告27条、政策法规文件2条、人事管理信息2条、财政相关信息1条、微信公众号“双牌教育”发布信息108条。信息公开渠道覆盖官方网站与微信公众号,其中官方网站公开146条。';
    expect(messageOf(withOverview(overview, 2025), PARTS)).toContain('“官方网站”公开了 146条');
    expect(importedWarns(realText('1815-shuangpai-jyj-2025.txt'), PARTS)).toBe(true);
  });
  it('is silent where the kinds do not make the whole exactly, or no account is among them', () => {
    for (const overview of [
      '全局累计主动公开政府信息146条,具体分类为:工作机构相关信息6条、通知公告27条、微信公众号发布信息100条。其中官方网站公开146条。',
      '全局累计主动公开政府信息146条,具体分类为:工作机构相关信息38条、通知公告108条。其中官方网站公开146条。',
      '全局累计主动公开政府信息146条,具体分类为:工作机构相关信息38条、微信公众号发布信息108条。其中官方网站公开38条。',
    ])
      expect(keys(withOverview(overview, 2025))).not.toContain(PARTS);
  });
});
