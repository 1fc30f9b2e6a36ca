import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2351–2395 mended after it (stop 58, helper f76): 行政 cut to 政 before a
 * power, 事项 cut to 项 before a power's count, 街道办事处 with 办事处 inside 街道, 受到 written 收到
 * before the public's answer, an agency led by itself, the main channel lost after `以…为…主`. From the
 * real wording, with the corpus's nearby wording that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';

describe('phrase-garbled: slips of 2351–2395 (overview)', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2362-qingyang-jtysj-2020.txt',
      '结合交通综合行政执法改革,认真梳理政审批事项、简化流程,强化办理深度,提升行政效能和服务水平。',
      '“政审批”疑为“行政审批”',
      '行政 cut to 政 before 审批',
      [
        '结合交通综合行政执法改革,认真梳理行政审批事项、简化流程。',
        '严格财政审批程序,规范资金使用。',
        '加强水政执法和市政许可信息公开。',
      ],
    ],
    [
      '2354-shishi-nyncj-2021.txt',
      '2021年度办理行政许可项566件,办理其他对外管理服务事项1件,已办结行政处罚案件58起。',
      '“许可项”疑为“许可事项”',
      '事项 cut to 项 before a power’s count',
      [
        '2021年度办理行政许可事项566件,办理其他对外管理服务事项1件。',
        '办理行政许可项目566件,均按时办结。',
        '全年共立项5个,办结行政处罚案件58起。',
      ],
    ],
    [
      '2380-ceheng-zhelou-2023.txt',
      '2023年,册亨县人民政府者楼街办事处道高度重视政府信息公开工作,认真贯彻落实县委、县政府政务公开各项决策部署。',
      '“街办事处道”疑为“街道办事处”',
      '办事处 put inside 街道',
      [
        '2023年,册亨县人民政府者楼街道办事处高度重视政府信息公开工作。',
        '张家堡街办事处高度重视政府信息公开工作。',
        '街办事处道路硬化工程信息已公开。',
      ],
    ],
    [
      '2388-haicheng-wjj-2025.txt',
      '2025年我局依法进行政府信息公开工作,保障工作信息公开透明,收到良好社会反响,未引起任何不良反响和举报。',
      '“收到良好社会反响”疑为“受到良好社会反响”',
      '受到 written 收到 before the public’s answer',
      [
        '2025年我局依法进行政府信息公开工作,保障工作信息公开透明,受到良好社会反响。',
        '参加各类访谈1次,收到良好社会效果。',
        '注重实际效果,收到了明显的成效。',
      ],
    ],
    [
      '2384-baishui-gaj-2019.txt',
      '2019年白水县公安局在县委、县政府及县公安局的领导下,在县政府办的指导下,认真贯彻落实《条例》。',
      '疑为“县公安局在县委、县政府及上级主管部门的领导”',
      'an agency led by itself',
      [
        '2019年白水县公安局在县委、县政府及市公安局的领导下,认真贯彻落实《条例》。',
        '市公安局城东分局在区委、区政府和市公安局的正确领导下,认真开展工作。',
        '县卫生健康局在县委、县政府的坚强领导下,认真开展工作。',
      ],
    ],
    [
      '2393-xiwuqi-rsj-2022.txt',
      '我局形成了以旗政府门户网站为政务公开主,人力资源和社会保障局官方微信公众号为辅助政务信息公开体系。',
      '“为政务公开主”疑为“为政务公开主渠道（或主平台）”',
      'the main channel lost after 以…为…主',
      [
        '我局形成了以旗政府门户网站为政务公开主渠道,官方微信公众号为辅助的政务信息公开体系。',
        '坚持以网站公开为主,新媒体为辅。',
        '坚持以人民为中心,为民做主,解决群众急难愁盼问题。',
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
