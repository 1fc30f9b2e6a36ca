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
 * Misses of the measure of 1994–2038 mended after it (stop 52, helper f43): phrase slips of one word
 * each (a list's first item lost after 围绕, 负总则, a stray 、 before 中, the heading's 收到和处理
 * negated over the work's name, 依法申请公开 after 无 with nothing asked for) and a domain's ending
 * written twice. From the real wording, with the corpus's nearby wording that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const PHRASE_META = 'phrase-garbled:meta';

describe('phrase-garbled: slips of 1994–2038 in the overview', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2001-dongli-gxj-2022.txt',
      '认真贯彻落实《中华人民共和国政府信息公开条例》精神,紧紧围绕、区政府对政府信息公开的工作要求,把政务公开与工信各项工作联系起来。',
      '顿号前缺一项',
      'a list’s first item lost after 围绕',
      [
        '紧紧围绕区委、区政府对政府信息公开的工作要求,把政务公开与各项工作联系起来。',
        '我局紧紧围绕省、州、县政府信息公开工作要求,扎实推进各项工作。',
        '坚持紧扣、围绕、服务中心工作,推进政务公开。',
        '按照省政府、市政府关于政府信息公开工作的部署。',
        '告知申请人不予公开的事实根据、法律依据和救济途径。',
      ],
    ],
    [
      '2018-yuexi-qxj-2023.txt',
      '年初明确了政府信息公开工作重点和要求,由一把手负总则,落实了具体负责人员。',
      '负总责',
      '负总责 written 负总则',
      ['建立主要领导负总责、分管领导具体抓的工作机制。', '认真学习《条例》总则,明确工作要求。'],
    ],
    [
      '2020-weinan-gxq-xzspfwj-2022.txt',
      '(二)依申请公开\n2022年我局无依法申请公开相关内容。',
      '无依申请公开',
      '依法申请公开 after 无, nothing asked for',
      [
        '县卫生健康局未收到依法申请公开信息的申请。',
        '制定依法申请公开政府信息的工作规程。',
        '2022年我局无依法申请公开政府信息的情况。',
        '2022年我局无依申请公开事项。',
        '全年未收到依法申请公开事项。',
        '2022年我局无依法申请公开事项。',
      ],
    ],
    [
      '2032-zichuan-kjj-2021.txt',
      '(二)依申请公开情况。2021年度,我局未收到和处理政府信息依申请公开。',
      '未收到政府信息公开申请',
      'the heading’s 收到和处理 negated over the work’s name',
      [
        '竹峪镇2025年度未收到政府信息依申请公开。',
        '本年度共收到和处理依申请公开0件,无因政府信息公开工作被申请行政复议的情况。',
        '2021年度,我局未收到和处理政府信息公开申请。',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2022), PHRASE)).toContain(right);
      expect(importedWarns(realText(file), PHRASE)).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2022))).not.toContain(PHRASE);
    });
});

describe('phrase-garbled: slips of 1994–2038 in the preface', () => {
  it('reads a stray 、 before the 中 of the data’s place (2019)', () => {
    const preface =
      '特向社会公布本局2022年度政府信息公开工作年度报告。本年度报告、中使用数据统计期限为2022年1月1日至2022年12月31日。';
    expect(messageOf(withPreface(preface, 2022), PHRASE_META)).toContain('“中使用”');
    expect(importedWarns(realText('2019-yanliang-xzspfwj-2022.txt'), PHRASE_META)).toBe(true);
    for (const fine of [
      '本年度报告中使用数据统计期限为2022年1月1日至2022年12月31日。',
      '本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
      '转载国务院、中央各部门和省政府信息。',
    ])
      expect(keys(withPreface(fine, 2022))).not.toContain(PHRASE_META);
  });

  it('reads a domain ending with its top-level label twice (2033)', () => {
    const preface =
      '如对本报告有疑问,请与宿迁经济技术开发区党政办公室联系(地址:宿迁市人民大道888号,邮编:223800,电话:0527-88859205,电子邮箱:sqkfqxxgk@163.com.com)。';
    expect(messageOf(withPreface(preface, 2023), PHRASE_META)).toContain('sqkfqxxgk@163.com');
    expect(importedWarns(realText('2033-suqian-jkq-2023.txt'), PHRASE_META)).toBe(true);
    for (const fine of [
      '如对本报告有疑问,请联系(电子邮箱:sqkfqxxgk@163.com)。',
      '本报告通过门户网站(http://kfq.suqian.gov.cn/)公布,邮箱:xxgk@sina.com.cn。',
    ])
      expect(keys(withPreface(fine, 2023))).not.toContain(PHRASE_META);
  });
});
