import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  keys,
  messageOf,
  overviewSlipsOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2486–2530 mended after it (stop 61, fixer f88): phrase slips (a word said
 * on both sides of 落实, a level word before 我会, a year alone between full stops, 大气防治污染 for
 * 大气污染防治, a matter named again after its 信息公开, 长效 written 常效, and the agency's 局 alone
 * before 除了). From the real wording, with nearby wording of the corpus that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';

describe('phrase-garbled: slips of 2486–2530', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2486-wuxi-gulu-2020.txt',
      '二是严格制度落实制度,提升工作质量。依据《条例》要求,我镇制定了政府信息公开指南。',
      '“制度落实制度”疑为“落实制度”',
      'a word on both sides of the verb that takes it',
      [
        '二是严格落实制度,提升工作质量。',
        '认真发布各类教育信息规范信息内容发布,加强重点领域信息公开。',
        '围绕发布政策做好政策解读,主动、及时回应关切。',
        '以制度落实制度建设,规范公开流程。',
      ],
    ],
    [
      '2495-lianhu-cl-2020.txt',
      '2020年,区我会认真贯彻执行《中华人民共和国政府信息公开条例》规定,高度重视政府信息公开工作。',
      '“区我会”疑为“我会”',
      'a level word before the agency speaking as 我',
      [
        '2020年,我会认真贯彻执行《中华人民共和国政府信息公开条例》规定。',
        '2020年,区残联认真贯彻执行《中华人民共和国政府信息公开条例》规定。',
        '全区我局系统认真贯彻执行条例。',
        '我区我局认真贯彻执行条例。',
      ],
    ],
    [
      '2508-huoshan-qxj-2019.txt',
      '(一)主动公开情况。一是“五公开”方面。2019年。发布决策公开类信息7条;执行公开类信息1条。',
      '“2019年。”疑为“2019年，”',
      'a year alone between full stops',
      [
        '(一)主动公开情况。一是“五公开”方面。2019年,发布决策公开类信息7条。',
        '统计期限自2019年1月1日起至2019年12月31日止。',
        '本报告所列数据截至2019年。发布信息7条。',
      ],
    ],
    [
      '2508-huoshan-qxj-2019.txt',
      '我局坚持脱贫攻坚、安全生产管理、大气防治污染、“放管服”改革等领域信息公开。',
      '“大气防治污染”疑为“大气污染防治”',
      'the two words of 污染防治 swapped after its field',
      [
        '我局坚持脱贫攻坚、安全生产管理、大气污染防治、“放管服”改革等领域信息公开。',
        '依法防治污染,公开环境信息。',
        '公开水污染防治信息12条。',
      ],
    ],
    [
      '2513-huian-wjj-2019.txt',
      '指导县各医疗机构通过网站等形式继续做好医疗服务信息公开医疗服务、价格、收费等信息。',
      '“医疗服务信息公开医疗服务、”疑为“医疗服务、…等信息公开”',
      'a matter named again after its 信息公开',
      [
        '指导县各医疗机构继续做好医疗服务、价格、收费等信息公开。',
        '依法办理依申请公开申请,未出现不予公开情况。',
        '做好政府信息公开工作,政府信息、政策解读、回应关切及时公开。',
      ],
    ],
    [
      '2517-mayang-lancun-2020.txt',
      '有序推进政府信息公开,集中精力健全常效管理机制,形成规范化的政府信息公开机制。',
      '“常效”疑为“长效”',
      '长效 written 常效',
      [
        '有序推进政府信息公开,集中精力健全长效管理机制。',
        '提升日常效能管理机制的运行。',
        '建立常态化管理机制,提高工作效率。',
      ],
    ],
    [
      '2528-qiaokou-sthjfj-2025.txt',
      '局除了以政务网站进行政务公开外,还利用新闻媒体发布、电子大屏幕等多种方式开展了政府信息公开工作。',
      '“局除了”疑为“我局除了”',
      'the agency’s kind alone as the subject before 除了',
      [
        '我局除了以政务网站进行政务公开外,还利用新闻媒体发布信息。',
        '局领导高度重视政务公开工作。',
        '局办公室通过政务网站发布信息。',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2021), PHRASE)).toContain(right);
      expect(importedWarns(realText(file), PHRASE)).toBe(true);
      const meant = right.replace(/“(.*)”疑为“(.*)”/, '$1→$2');
      expect(overviewSlipsOf(file).some((s) => s.includes(meant))).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2021))).not.toContain(PHRASE);
    });
});

describe('phrase-garbled: the kind alone before the means a clause opens with (2528’s shape)', () => {
  it('reads a town’s 镇 alone before 通过, as a bureau’s 局 before 除了', () => {
    expect(
      messageOf(withOverview('(一)主动公开情况。镇通过政府网站公开政府信息25条。', 2021), PHRASE),
    ).toContain('“镇通过”疑为“我镇通过”');
    for (const fine of [
      '(一)主动公开情况。我镇通过政府网站公开政府信息25条。',
      '(一)主动公开情况。镇政府通过政府网站公开政府信息25条。',
      '指导各村、镇通过政务新媒体发布政务信息。',
    ])
      expect(keys(withOverview(fine, 2021))).not.toContain(PHRASE);
  });
});
