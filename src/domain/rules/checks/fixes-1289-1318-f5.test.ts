import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1289–1318 mended after it (stop 41, helper f5): parts that do not make
 * their whole when the whole is said before a clause on its content, a short remark or an earlier
 * count in another unit; a first part as large as the whole with more kinds after it; a count of
 * requests with its 件 lost between the verb and 申请; a 街道's report giving its district as the
 * subject of the year's requests; and a none of requests said of reviews, read as no request. From
 * the real wording, with the corpus's texts that must stay silent.
 */

const PARTS = 'parts-sum-mismatch:overview';
const UNIT = 'count-unit-missing:overview';
const ABOVE = 'township-scope-above-level:overview';
const ZERO = 'zero-requests-answered:overview';

const has = (text: string, key: string): boolean => keys(withOverview(text)).includes(key);
const said = (text: string, key: string): string => messageOf(withOverview(text), key) ?? '';

describe('parts-sum-mismatch: the wholes of 1289–1318', () => {
  it('reads the whole before a clause on its content (real: 新丰县卫生健康局 2023)', () => {
    const text =
      '截至2023年12月31日,全年主动公开政府信息数465条,内容涉及年度财政预决算、机构职能、政策文件、规划计划、工作动态、年度工作报告、医疗卫生等多面内容。其中信息公开年度报告1条、规划计划1条、领导信息1条、机构职能1条、政策文件8条、医疗卫生内容34条、部门预决算56条、工作动态362条。';
    expect(said(text, PARTS)).toContain('465条');
    expect(said(text, PARTS)).toContain('比总数少 1条');
    // The same kinds making the whole, or said with 等, stay silent.
    expect(has(text.replace('工作动态362条', '工作动态363条'), PARTS)).toBe(false);
    expect(has(text.replace('工作动态362条。', '工作动态362条等。'), PARTS)).toBe(false);
  });
  it('reads the whole past a short remark with no count (real: 樟树市中洲乡 2024)', () => {
    const text =
      '2024年,我乡累计主动公开政府信息463条,内容涵盖决策公开、执行公开、管理公开、服务公开、结果公开、重点领域信息公开和村务公开等多个领域。全方位展示了政府工作的重点与成效。其中发布公示公告8条、决策公开类4条,执行公开类:工作动态52条,计划总结1条,管理公开类9条,服务公开类3条,结果公开类10条,重点领域信息公开32村务公开264条。';
    const message = said(text, PARTS);
    expect(message).toContain('比总数少 80条');
    expect(message).toContain('“32”后没有单位');
    // A remark with a count of its own is no remark: the whole is not read across it.
    expect(
      has(text.replace('全方位展示了政府工作的重点与成效。', '网站访问量达12万次。'), PARTS),
    ).toBe(false);
  });
  it('reads a first part as large as the whole, kinds after it (real: 钦北区长滩镇 2022)', () => {
    const text =
      '政府信息公开分为8个内容,据统计我镇共发布政府信息公开28条。其中法定主动公开信息28条,财政信息3条,政府信息公开指南2条,政府信息公开年度报告1条,通过“钦北长滩发布”微信公众号发布信息305条。';
    const message = said(text, PARTS);
    expect(message).toContain('28 + 3 + 2 + 1 = 34条');
    expect(message).toContain('第一项已与总数相同');
  });
  it('is silent on a part making the whole with a channel after it (云林街道 2019’s shape)', () => {
    for (const text of [
      '全年共发布政府信息公开28条。其中法定主动公开信息28条,通过微信公众号发布信息305条。',
      '全年共发布政府信息公开28条。其中法定主动公开信息28条,财政信息3条,通过微信公众号发布信息305条。',
      '全年共发布政府信息28条。其中工作动态20条,财政信息6条,指南2条,通过微信公众号发布信息305条。',
      // Two counts in the whole's unit before it: whose whole the last is, unsaid.
      '收到来信8条,据统计我镇共发布政府信息公开28条。其中法定主动公开信息28条,财政信息3条,政府信息公开指南2条,通过微信公众号发布信息305条。',
    ])
      expect(has(text, PARTS)).toBe(false);
  });
});

describe('count-unit-missing: a count of requests between the verb and 申请', () => {
  it('says 受理4申请 (real: 光明区公明街道 2020)', () => {
    const text = '2020年光明区共受理4申请公开政府信息,均为当面申请。';
    expect(said(text, UNIT)).toContain('光明区共受理4申请');
  });
  it('is silent on counts of requests written whole', () => {
    for (const text of [
      '2020年共受理4件申请公开政府信息,均为当面申请。',
      '2020年共受理申请4件。',
      '共收到12345热线转来的申请3件。',
      '2022年收到2021年度结转申请1件。',
    ])
      expect(has(text, UNIT)).toBe(false);
  });
});

describe('township-scope-above-level: the district as the subject of a 街道’s requests', () => {
  const street = (text: string) => asAgency(withOverview(text), 'township', '深圳市光明区公明街道');
  it('says 光明区共受理 in 公明街道’s report (real: 光明区公明街道 2020)', () => {
    const text =
      '公明街道认真贯彻落实《条例》,依法依规做好依申请公开政府信息工作。2020年光明区共受理4件申请公开政府信息,均为当面申请。';
    expect(keys(street(text))).toContain(ABOVE);
    expect(messageOf(street(text), ABOVE)).toContain('“2020年光明区共受理4件申请公开政府信息”');
  });
  it('is silent when the district is not the subject of the count', () => {
    for (const text of [
      '2020年公明街道共受理4件申请公开政府信息。',
      '在光明区委区政府的正确领导下,公明街道共受理4件申请。',
      '通过光明区政府门户网站共发布信息120条。',
      '按照光明区统一部署,2020年街道共受理申请4件。',
    ])
      expect(keys(street(text))).not.toContain(ABOVE);
  });
});

describe('zero-requests-answered: a none of requests said of reviews', () => {
  it('is silent on 未受理因政府信息公开申请提起的行政复议申请 (real: 江宁区麒麟街道 2023)', () => {
    const text =
      '2023年,我街道共受理政府信息公开申请7件,其中网络申请4件,邮寄申请3件。未受理因政府信息公开申请提起的行政复议申请;未发生针对政府信息公开工作提起的行政诉讼。';
    expect(has(text, ZERO)).toBe(false);
    expect(importedWarns(realText('1298-jiangning-qilin-2023.txt'), ZERO)).toBe(false);
  });
  it('still says a none of requests beside requests received (洪山区天兴乡 2025’s shape)', () => {
    const text =
      '未受理因政府信息公开申请提起的行政复议申请。本年度未收到政府信息公开申请。2025年共收到依申请公开2件。';
    expect(has(text, ZERO)).toBe(true);
  });
});
