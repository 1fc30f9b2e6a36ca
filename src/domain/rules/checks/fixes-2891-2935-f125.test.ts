import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2891–2935 mended after it (stop 70, fixer f125): phrase slips of the
 * overview read by `phrase-garbled` (phrase-slips-2891-f125.ts): a clause opening on 化 before a
 * verb, 是 lost after a point's number, applications carried over with 申请 lost, two clauses run
 * together after `落实…工作`, 共 with no count before `均`, 有利于 cut to 于, and 部分 written 部份.
 * From the real wording, with nearby wording of the corpus that must stay silent.
 */

const META = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';

const silentOverview = (fine: string) =>
  expect(keys(withOverview(fine)), fine).not.toContain(OVERVIEW);

describe('phrase-garbled: a clause opening on 化 before a verb (2891–2935)', () => {
  it('reads `,化运用` (real: 海南省药监局 2022)', () => {
    const said =
      '2022年,我局扎实做好药品安全政府信息公开工作,化运用微信公众号、微博、海南省药品行政处罚案件信息公开网等网络平台,加强政策解读回应。';
    expect(messageOf(withOverview(said, 2022), OVERVIEW)).toContain('强化运用');
    expect(importedWarns(realText('2891-hainan-yjj-2022.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent on the verb written whole, and on a place named 化…', () => {
    for (const fine of [
      '2022年,我局扎实做好政府信息公开工作,强化运用微信公众号、微博等网络平台。',
      '我局持续深化运用政务新媒体,优化提升信息公开实效。',
      '地址:化德县长顺镇长春大街。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: 是 lost after a point’s number (2891–2935)', () => {
  it('reads `。一通过` (real: 福建省监狱管理局 2023)', () => {
    const said = '(三)加大政策解读。一通过法律顾问审核政策文件,二是通过网站发布解读材料。';
    expect(messageOf(withOverview(said, 2023), OVERVIEW)).toContain('一是通过');
    expect(importedWarns(realText('2892-fujian-jyglj-2023.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent on 一是, and on words of 一', () => {
    for (const fine of [
      '(三)加大政策解读。一是通过法律顾问审核政策文件,二是通过网站发布解读材料。',
      '申请均按时答复。一律按照法定程序办理,一并公开答复情况。',
      '一、总体情况',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: applications carried over with 申请 lost (2891–2935)', () => {
  it('reads `结转办理…政府信息公开数量` (real: 梁平区规划和自然资源局 2022)', () => {
    const said =
      '2022年,我局共计办理政府信息公开申请数量74个(含结转办理2021年政府信息公开数量2个),均已按时答复。';
    expect(messageOf(withOverview(said, 2022), OVERVIEW)).toContain('政府信息公开申请数量');
    expect(importedWarns(realText('2911-liangping-ghzrzyj-2022.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent where 申请 is written, or 结转 goes on with 情况', () => {
    for (const fine of [
      '2022年,我局共计办理政府信息公开申请74件(含结转办理2021年政府信息公开申请数量2件),均已按时答复。',
      '本年度收到政府信息公开申请3件,上年结转政府信息公开申请1件。',
      '(二)依申请公开情况。本年度未收到申请,无结转办理情况及政府信息公开行政复议、诉讼处理情况。',
      '全县信息公开数量每月在全市领先。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: two clauses run together after `落实…工作` (2891–2935)', () => {
  it('reads `落实信息公开工作及时公开` (real: 南岸区民族宗教委 2023)', () => {
    const said =
      '围绕主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面落实信息公开工作及时公开政府信息,依法保障人民群众的知情权。';
    expect(messageOf(withOverview(said, 2023), OVERVIEW)).toContain('工作，及时公开');
    expect(importedWarns(realText('2915-nanan-mzzjw-2023.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent where the work is the subject, or a verb makes it act', () => {
    for (const fine of [
      '常规性工作定期公开,时效性工作及时公开,固定性工作长期公开。',
      '保障了我单位信息公开工作及时、准确、有序开展。',
      '要求政务公开工作及时更新动态,定期开展网站信息检查。',
      '对政策文件、职称评审等专项工作及时进行公开和解读。',
      '加强信息公开工作及时性,进一步明确了主动公开范围。',
      '围绕监督保障等方面落实信息公开工作,及时公开政府信息。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: 共 with no count before 均 (2891–2935)', () => {
  it('reads `共受理…申请均` (real: 东城区交道口街道 2019)', () => {
    const said =
      '截止2019年12月31日,本年度共受理政务信息公开申请均按照《中华人民共和国政府信息公开条例》在法定时限内给予了答复。';
    expect(messageOf(withOverview(said, 2019), OVERVIEW)).toContain('共受理政务信息公开申请');
    expect(importedWarns(realText('2916-dongcheng-jiaodaokou-2019.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent where the count is given, or no 共 asks for it', () => {
    for (const fine of [
      '本年度共受理政务信息公开申请8件,均按照《中华人民共和国政府信息公开条例》在法定时限内给予了答复。',
      '受理的政府信息公开申请均在法律法规规定的时限内答复。',
      '2025年共受理依申请公开3件,所有申请均已依法答复。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: 有利于 cut to 于 (2891–2935)', () => {
  it('reads `,于提高` (real: 文昌湖区旅游局 2020)', () => {
    const said =
      '认真做好信息公开工作,确保了政府信息公开的安全,于提高政府工作的透明度,信息公开工作取得良好成效。';
    expect(messageOf(withOverview(said, 2020), OVERVIEW)).toContain('有利于提高');
    expect(importedWarns(realText('2926-wenchanghu-lyj-2020.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent on 于 before a time or a place, and on 有利于', () => {
    for (const fine of [
      '认真落实政府信息公开工作,于年初做好工作计划部署。',
      '坚持“公开为常态、不公开为例外”之原则,于西城区门户网站及时发布信息。',
      '确保了政府信息公开的安全,有利于提高政府工作的透明度。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: 部分 written 部份 (2891–2935)', () => {
  it('reads `部份公开` (real: 广东省邮政管理局 2023) and the preface’s `六个部份`', () => {
    const said = '全年共收到公开申请11件,办结11件。其中予以部份公开1件;不予公开2件。';
    expect(messageOf(withOverview(said, 2023), OVERVIEW)).toContain('部分');
    expect(importedWarns(realText('2933-guangdong-yzglj-2023.txt'), OVERVIEW)).toBe(true);
    expect(importedWarns(realText('232-jinan-czj-2023.txt'), META)).toBe(true);
  });

  it('stays silent on 部分, and on 部份 in a quoted name', () => {
    for (const fine of [
      '全年共收到公开申请11件,办结11件。其中予以部分公开1件;不予公开2件。',
      '公开了《关于废止部份行政规范性文件的决定》等文件。',
      '开设“部份公开事项”专栏。',
    ])
      silentOverview(fine);
    expect(keys(withPreface('本报告由总体情况等六个部分组成。'))).not.toContain(META);
  });
});
