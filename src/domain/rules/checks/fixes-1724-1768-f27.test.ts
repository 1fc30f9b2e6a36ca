import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1724–1768 mended after it (stop 48, helper f27): phrase slips, a garbled
 * sub-heading, and two false warnings silenced (years listed together, a list going on in numbered
 * items). From the real wording, with the corpus's texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const SUBHEADING = 'overview-subheading-garbled:overview';
const PARTS = 'parts-sum-mismatch:overview';

describe('phrase-garbled: one word slipped', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    [
      '加强回应解读,扩大公众参,增强公开实效。',
      '“公众参”疑为“公众参与”',
      '1729-hukou-county-2019.txt',
    ],
    ['我局成明确专人负责政府信息公开工作。', '“局成明确”疑为“局明确”', '1747-lixian-sjj-2022.txt'],
    [
      '四是各行政村设立宣传栏及时内容。',
      '“及时内容”疑为“及时公开（或更新）内容”',
      '1751-changan-paoli-2022.txt',
    ],
    [
      '3.财政资金公开,主动办事处2020年财政预算和2019年决算。',
      '“主动办事处”疑为“主动公开办事处”',
      '1742-xixiu-dongjie-2020.txt',
    ],
  ];
  it.each(cases)('flags `%s`', (overview, said, file) => {
    expect(messageOf(withOverview(overview), PHRASE)).toContain(said);
    expect(importedWarns(realText(file), PHRASE)).toBe(true);
  });
  it('is silent on the same words used right (the corpus’s own)', () => {
    for (const overview of [
      '组织社会公众参加开放日活动,扩大公众参与。',
      '形成明确的工作分工,我局明确专人负责。',
      '各行政村设立宣传栏及时更新内容。',
      '主动公开办事处2020年财政预算。工作长期抓、主动抓。2025年,我区依法依规办理。',
    ])
      expect(keys(withOverview(overview))).not.toContain(PHRASE);
  });
});

describe('overview-subheading-garbled: 政府信息管理 headed 政务信息管理', () => {
  it('flags `(三)政务信息管理` (real: 金寨县医疗保障局 2024)', () => {
    const overview =
      '(一)主动公开。全年公开信息10条。\n(二)依申请公开。未收到申请。\n(三)政务信息管理。完善信息发布、信息审核制度。\n(四)政府信息公开平台建设。\n(五)监督保障。';
    expect(messageOf(withOverview(overview), SUBHEADING)).toContain('“政务信息管理”');
    expect(importedWarns(realText('1731-jinzhai-ybj-2024.txt'), SUBHEADING)).toBe(true);
  });
  it('is silent on 政务信息管理 in a sentence or after 在', () => {
    const overview =
      '(一)主动公开。提高政务信息管理和服务水平。\n(三)在政务信息管理方面,我镇严把信息公开关。';
    expect(keys(withOverview(overview))).not.toContain(SUBHEADING);
    expect(importedWarns(realText('1253-wuqing-baigutun-2025.txt'), SUBHEADING)).toBe(false);
  });
});

describe('wrong-year-in-text: years listed together', () => {
  it('is silent on honours of the years before (real: 衡山县科学园区 2020)', () => {
    const overview = '2018年,2019年,我委“12345”政府热线均被评为先进部门。';
    expect(keys(withOverview(overview, 2020)).some((k) => k.startsWith('wrong-year-in-text'))).toBe(
      false,
    );
    expect(
      importedWarns(realText('1727-hengshan-kyxq-2020.txt'), 'wrong-year-in-text:proactive:2018'),
    ).toBe(false);
  });
  it('still flags one year of the period copied', () => {
    expect(keys(withOverview('2019年,我委公开信息20条。', 2020))).toContain(
      'wrong-year-in-text:overview:2019',
    );
  });
});

describe('parts-sum-mismatch: kinds going on in numbered items', () => {
  it('is silent on a list whose kinds go on in items 3.–6. (real: 古美路街道 2022)', () => {
    expect(importedWarns(realText('1755-minhang-gumeilu-2022.txt'), PARTS)).toBe(false);
    const overview =
      '本年度主动公开政府信息共188条,其中:公文类信息22条,财政信息42条,执法类信息33条。\n3.机构信息公开情况:共计公开10条。';
    expect(keys(withOverview(overview))).not.toContain(PARTS);
  });
  it('still flags the same list closed', () => {
    const overview =
      '本年度主动公开政府信息共188条,其中:公文类信息22条,财政信息42条,执法类信息33条。全年未收到申请。';
    expect(keys(withOverview(overview))).toContain(PARTS);
  });
});

describe('government-scope-missing: a town counting its villages’ boards in', () => {
  it('flags the count published through 镇村两级 boards (real: 阿克陶县阿克陶镇 2021)', () => {
    expect(
      importedWarns(realText('1768-aketao-aketaozhen-2021.txt'), 'government-scope-missing'),
    ).toBe(true);
  });
  it('is silent on the two levels’ boards named with no count (real: 阳罗洲镇 2022, 熊官屯镇 2023)', () => {
    for (const file of ['1268-yuanjiang-yangluozhou-2022.txt', '423-tieling-xiongguantun-2023.txt'])
      expect(importedWarns(realText(file), 'government-scope-missing')).toBe(false);
  });
});

describe('channel-count-mismatch: a bare channel opening two items of one list', () => {
  it('flags 网站 listed twice with two counts (real: 新乡市卫健委 2020)', () => {
    const overview =
      '充分发挥网站和微信公众号作用,在网站共发送各类信息4409条,各级微信公众号共推送各类信息9147条,短信423000条,自媒体推送1855条,网站推送6772条。';
    expect(messageOf(withOverview(overview), 'channel-count-mismatch:overview')).toContain(
      '“在网站共发送各类信息4409条…网站推送6772条”',
    );
    expect(
      importedWarns(realText('1724-xinxiang-wjw-2020.txt'), 'channel-count-mismatch:overview'),
    ).toBe(true);
  });
  it('is silent on a total of channels and its parts (real: 兴安盟医保局 2023)', () => {
    const overview =
      '通过政府网站、微信公众号等主动公开信息共311条(其中:政府网站6条,微信公众号305条)。';
    expect(keys(withOverview(overview))).not.toContain('channel-count-mismatch:overview');
    expect(
      importedWarns(realText('1615-xinganmeng-ybj-2023.txt'), 'channel-count-mismatch:overview'),
    ).toBe(false);
  });
});

describe('narrative-percentage-mismatch: a year-on-year rate no whole count gives', () => {
  const KEY = 'narrative-percentage-mismatch:overview';
  it('flags `57件,同比增长71.9%` (real: 通化县 2025) and `60件,较上年度上升261%` (real: 荣昌区 2024)', () => {
    expect(
      messageOf(withOverview('全年累计受理政府信息公开申请57件,同比增长71.9%。'), KEY),
    ).toContain('“57件,同比增长71.9%”');
    expect(importedWarns(realText('1763-tonghua-county-2025.txt'), KEY)).toBe(true);
    expect(importedWarns(realText('608-rongchang-zfb-2024.txt'), KEY)).toBe(true);
  });
  it('is silent on the corpus’s rates that some count gives', () => {
    for (const overview of [
      '共收到申请80件,同比增长5.26%。',
      '主动公开信息81条,比上年度增长65.3%。',
      '发布信息522条,同比下降14.1%。',
      '受理申请57件,同比增长72.7%。',
    ])
      expect(keys(withOverview(overview))).not.toContain(KEY);
  });
});
