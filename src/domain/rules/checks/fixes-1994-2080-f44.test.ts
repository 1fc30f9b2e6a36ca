import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  overviewSlipsOf,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2039–2080 mended after it (stop 52, helper f44): phrase slips (进一步
 * with a look-alike for 进, 有 written twice after 没, 机构设置 without 构, past years' key points as
 * the basis, a verb written twice around its object, a list's first item named again after its 等,
 * the report named twice around 在, 在 lost before 将…的基础上). From the real wording, with the corpus's texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';

describe('phrase-garbled: slips of 2039–2080', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2069-neimenggu-xfj-2019.txt',
      '同时,增加信息工作人员力量,对信息公开工作人员实行岗位责任制,选一步明确工作职责,切实做好拟公开信息的收集。',
      '进一步明确',
      '进一步 with 进 written 选',
      [
        '对信息公开工作人员实行岗位责任制,进一步明确工作职责。',
        '这是建设法治政府的关键一步,主动在政务公开上下功夫。',
        '下一步明确专人负责政府信息公开工作。',
      ],
    ],
    [
      '2072-zhumadian-jkq-2020.txt',
      '2020年共受理政府信息公开申请4件次。2020年没有有涉及开发区管委会政府信息公开的行政复议和行政诉讼案件。',
      '“没有有”疑为“没有”',
      '有 written twice after 没',
      [
        '2020年没有涉及开发区管委会政府信息公开的行政复议案件。',
        '目前没有有效的办法解决。',
        '没有有关部门转来的申请。',
      ],
    ],
    [
      '2064-puning-chigang-2024.txt',
      '在政府办公楼廊道墙面设置宣传栏、电子屏幕,对机设置、办事指南、服务承诺等信息予以公示。',
      '机构设置',
      '机构设置 without 构',
      [
        '对机构设置、办事指南、服务承诺等信息予以公示。',
        '指导群众完成手机设置、账号注册等操作。',
        '计算机设置等技术问题由信息中心负责。',
      ],
    ],
    [
      '2077-daye-zfb-2024.txt',
      '根据往年湖北省政务公开工作要点,我市认真贯彻落实《中华人民共和国政府信息公开条例》。',
      '根据本年度湖北省政务公开工作要点',
      'past years’ key points as the basis',
      [
        '根据2024年湖北省政务公开工作要点,我市认真贯彻落实《条例》。',
        '群众对政府工作满意度比往年有较大提升。',
        '收到政府信息公开申请数量与往年持平。',
      ],
    ],
    [
      '2058-nanhua-xczxj-2022.txt',
      '把巩固脱贫成果和防止返贫作为重点公开内容,加强对公开信息加强分类指导,提升公示公告发布透明度。',
      '加强对公开信息加强',
      'a verb written twice around its object',
      [
        '加强对公开信息的分类指导。',
        '加强对政务公开工作的组织领导,加强队伍建设。',
        '规范对申请的办理,规范答复文书。',
      ],
    ],
    [
      '2074-shuozhou-zfb-2022.txt',
      '突出提升政策性文件解读质量,将政策讲清楚的基础上综合运用元素多样化的图文形式进行政策解读。',
      '在将政策讲清楚的基础上',
      '在 lost before 将…的基础上',
      [
        '突出提升政策性文件解读质量,在将政策讲清楚的基础上综合运用图文形式进行政策解读。',
        '按时做好政务网站信息公开的基础上,通过“越城动态”发布镇街工作动态。',
        '通过门户网站进行主动公开的基础上,将决策、执行、管理、服务、结果“五公开”要求纳入办文。',
        '将在原有工作的基础上进一步完善制度。',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2023), PHRASE)).toContain(right);
      expect(importedWarns(realText(file), PHRASE)).toBe(true);
      const meant = right.replace(/“(.*)”疑为“(.*)”/, '$1→$2');
      expect(overviewSlipsOf(file).some((s) => s.includes(meant))).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2023))).not.toContain(PHRASE);
    });
});

describe('phrase-garbled: a list’s first item named again after its 等', () => {
  it('reads 公示公告、…等公示公告 (2058)', () => {
    const overview =
      '加强对公开信息的分类指导,提升公示公告、政策信息发布等公示公告发布透明度,积极履行监管职责。';
    expect(messageOf(withOverview(overview, 2022), PHRASE)).toContain(
      '“公示公告、政策信息发布等公示公告”疑为“公示公告、政策信息发布等”',
    );
    expect(importedMessage(realText('2058-nanhua-xczxj-2022.txt'), PHRASE)).toContain(
      '同一部分共 2 处',
    );
  });
  it('stays silent where the kind is wider than the first item, or is a short word', () => {
    for (const fine of [
      '围绕街道重点工作、重点项目、乡村振兴等重点工作,通过手机微信客户端发布信息。',
      '依托重庆网络问政平台、市长信箱、梁平信箱等问政平台正面回应群众关切。',
      '严格执行信息公开制度、保密审查等制度。',
      '公开内容、政府信息公开年报等内容。',
      '提升公示公告、政策信息发布等信息的发布透明度。',
    ])
      expect(keys(withOverview(fine, 2022))).not.toContain(PHRASE);
  });
});

describe('phrase-garbled: the report named as its subject and again as what is published', () => {
  it('reads 报告在…公布本报告 (2060)', () => {
    expect(importedMessage(realText('2060-wenchang-swj-2023.txt'), PHRASE)).toContain(
      '报告在市政府网站',
    );
    expect(
      messageOf(withOverview('报告在市政府网站“政府信息公开年报”栏目中公布本报告。', 2023), PHRASE),
    ).toContain('栏目中公布');
  });
  it('stays silent on the report published by the agency, or named once', () => {
    for (const fine of [
      '本报告在市政府网站“政府信息公开年报”栏目中公布。',
      '我局在市政府网站“政府信息公开年报”栏目中公布本报告。',
      '本报告依据《条例》编制本报告,全文包括总体情况。',
    ])
      expect(keys(withOverview(fine, 2023))).not.toContain(PHRASE);
  });
});
