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
 * Misses of the measure of 2171–2215 mended after it (stop 54, helper f57): phrase slips (传真 with
 * 传 lost and run into the number before, 由据 before a cited title, 由 a body 的 its work's 情况编制,
 * 做到 with a work's development as its object, 依 before the requester answered), and a false
 * warning silenced (巩固拓展… named as an item of a list of contents after 如). From the real wording,
 * with nearby wording of the corpus that must stay silent.
 */

const PREFACE = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';

/** file, the real wording, what the message must say, what is read, wordings that stay silent. */
type Case = readonly [string, string, string, string, readonly string[]];

describe('phrase-garbled: preface slips of 2171–2215', () => {
  const cases: readonly Case[] = [
    [
      '2179-taijiang-wtlj-2023.txt',
      '如对本报告有任何疑问,请与台江区文化体育和旅游局联系(地址:福州市台江区,电话:83260124真:83221073)。',
      '“4真:”疑为“4，传真:”',
      '传真 with 传 lost, run into the number',
      [
        '如对本报告有任何疑问,请与本局联系(电话:83260124,传真:83221073)。',
        '联系电话:0591-83260124 传真:0591-83221073。',
        '真实反映本机关2023年度政府信息公开工作情况。',
      ],
    ],
    [
      '2181-junan-yanbin-2021.txt',
      '本报告由据《中华人民共和国政府信息公开条例》等文件要求编制而成。',
      '“由据”疑为“根据（或依据）”',
      '由据 before a cited title',
      [
        '本报告根据《中华人民共和国政府信息公开条例》等文件要求编制而成。',
        '本报告依据《中华人民共和国政府信息公开条例》要求,由街道办事处编制。',
        '本报告由总体情况、主动公开政府信息情况等部分组成。',
      ],
    ],
    [
      '2183-hangzhou-sgb-2020.txt',
      '本年度报告是根据《中华人民共和国政府信息公开条例》要求,由杭州市行政审批服务管理办公室的政府信息公开年度工作情况编制而成。',
      '疑为“根据杭州市行政审批服务管理办公室的政府信息公开年度工作情况编制（或由杭州市行政审批服务管理办公室编制）”',
      '由 a body 的 its work’s 情况编制',
      [
        // 404's, 871's and 741's prefaces: a verb between the body and what it compiles from.
        '本报告根据《条例》要求,由亳州市望疃镇人民政府办公室综合全镇各部门的政府信息公开年度工作情况编制而成。',
        '本报告根据《条例》的规定,由永丰镇人民政府根据2021年度的政府信息公开年度工作情况编制而成。',
        '本报告根据《条例》要求,由城中区人民政府办公室综合区政府各镇办、各部门的工作情况编制而成。',
        '本报告由杭州市行政审批服务管理办公室编制。',
      ],
    ],
  ];
  for (const [file, preface, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withPreface(preface, 2021), PREFACE)).toContain(right);
      expect(importedWarns(realText(file), PREFACE)).toBe(true);
      for (const fine of silent) expect(keys(withPreface(fine, 2021))).not.toContain(PREFACE);
    });
});

describe('phrase-garbled: a contact label cut the same way', () => {
  it('reads 邮箱 with 邮 lost after a number', () => {
    expect(messageOf(withPreface('联系电话:83260124箱:wtlj@163.com。', 2021), PREFACE)).toContain(
      '“4箱:”疑为“4，邮箱:”',
    );
    expect(keys(withPreface('联系电话:83260124,邮箱:wtlj@163.com。', 2021))).not.toContain(PREFACE);
  });
});

describe('phrase-garbled: overview slips of 2171–2215', () => {
  const cases: readonly Case[] = [
    [
      '2191-rongchang-qingjiang-2019.txt',
      '强化责任落实,完善工作机制,提高工作能力,切实做到后勤政务事务公开工作健康快速发展。',
      '疑为“推动（或确保）后勤政务事务公开工作健康快速发展”',
      '做到 with a work’s development as its object',
      [
        '强化责任落实,切实做到应公开尽公开。',
        '推动政务公开工作健康快速发展。',
        '确保政府信息公开工作健康有序发展。',
        '做到信息公开与经济社会发展同步推进。',
      ],
    ],
    [
      '2215-yancheng-slj-2022.txt',
      '其中网络申请6件,信函申请1件,均在规定时间内答复依申请人,未发生因违反政府信息公开规定被追责的情况。',
      '“答复依申请人”疑为“答复申请人”',
      '依 before the requester answered',
      [
        '其中网络申请6件,信函申请1件,均在规定时间内答复申请人。',
        '依申请人要求,以邮寄方式答复。',
        '按时答复依申请公开事项7件。',
        '告知依申请人的申请所需补正的材料。',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2021), OVERVIEW)).toContain(right);
      expect(importedWarns(realText(file), OVERVIEW)).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2021))).not.toContain(OVERVIEW);
    });
});

describe('phrase-garbled: 巩固拓展 named in a list of contents', () => {
  it('stays silent on a list of contents after 如 (2177)', () => {
    const listed =
      '重点公开了政府当前中心工作的主要内容,如巩固拓展脱贫攻坚、乡村振兴、地质灾害、应急管理、各村开会情况等;';
    expect(keys(withOverview(listed, 2023))).not.toContain(OVERVIEW);
    expect(importedWarns(realText('2177-shangyou-shuangxi-2023.txt'), OVERVIEW)).toBe(false);
  });
  it('still reads 巩固拓展 whose clause names nothing consolidated', () => {
    expect(
      messageOf(withOverview('持续巩固拓展疫情防控和经济社会发展。', 2021), OVERVIEW),
    ).toContain('成果');
  });
});
