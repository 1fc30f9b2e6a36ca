import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  overviewSlipsOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2396–2440 mended after it (stop 59, helper f80): phrase slips (全会 lost
 * after a plenary session's number, 习近平 lost before the thought, 重大预决策, 对 written 付, a field's
 * label written twice, 申请 lost after 依申请政府信息公开, a verb lost before 到, a sub-heading printed
 * twice), 信 cut after 发布, a count of answers run into the next words; and the 在 of a leadership
 * closed by the next clause's `…的指导下` no longer read as lacking 下. From the real wording, with the
 * corpus's texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';

describe('phrase-garbled: slips of 2396–2440', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2427-boertala-kjj-2024.txt',
      '全面贯彻落实党的二十大和二十届二中、三中精神,全面落实党中央、国务院政务公开工作部署。',
      '“三中精神”疑为“三中全会精神”',
      '全会 lost after a plenary session’s number',
      [
        '全面贯彻落实党的二十大和二十届二中、三中全会精神。',
        '集中精神做好政务公开工作。',
        '贯彻落实党的二十届三中全会精神和上级工作部署。',
      ],
    ],
    [
      '2433-mulan-zjj-2023.txt',
      '我局领导高度重视,坚持以新时代中国特色社会主义思想为指导,扎实推进政府信息公开工作。',
      '“新时代中国特色社会主义思想”疑为“习近平新时代中国特色社会主义思想”',
      '习近平 lost before the thought',
      [
        '坚持以习近平新时代中国特色社会主义思想为指导,扎实推进政府信息公开工作。',
        '深入学习习近平新时代中国特色社会主义思想。',
        '深入学习习近平\n新时代中国特色社会主义思想。',
      ],
    ],
    [
      '2415-xiaogan-kjj-2023.txt',
      '主动公开机构简介3条、部门会议1条、重大预决策7条、网站抽查1条。',
      '“重大预决策”疑为“重大决策预公开”',
      '重大决策预公开 written 重大预决策',
      ['主动公开重大决策预公开7条、财政预决算2条。', '做好重大决策预公开工作。'],
    ],
    [
      '2412-hongya-hongchuan-2024.txt',
      '认真落实县委、县政府工作系列部署,围绕县委、县政府付政府信息公开工作的要求,以依法公开为原则。',
      '“付政府信息公开”疑为“对政府信息公开”',
      '对 written 付',
      [
        '围绕县委、县政府对政府信息公开工作的要求,以依法公开为原则。',
        '主动公开资金拨付信息12条。',
        '包括政府决算数据公开、赔偿款拨付信息等,我局均已按时答复。',
      ],
    ],
    [
      '2396-minhou-czj-2024.txt',
      '进一步落实政府信息依申请公开工作。今年共收到3条依申请政府信息公开,内容包括政府决算数据公开。',
      '“收到3条依申请政府信息公开”疑为“收到政府信息公开申请3件”',
      '申请 lost after 依申请政府信息公开 and its count',
      [
        '2020年度我局受理依申请政府信息公开2条,分别是信函1条和网络申请1条。',
        '2021年新受理依申请政府信息公开3件,已依规及时完成回复。',
        '未收到依申请政府信息公开来信、来电、来访和投诉。',
        '今年共收到政府信息公开申请3件,均已按时答复。',
      ],
    ],
    [
      '2411-muchuan-zrzyj-2024.txt',
      '一是规范目录。严格按照县政府要求,将涉及的重点领域信息到相应目录进行公开,确保信息分类科学规范。',
      '“将涉及的重点领域信息到”疑为“将涉及的重点领域信息发布（或归集）到”',
      'a verb lost between 将…信息 and 到',
      [
        '将涉及的重点领域信息发布到相应目录进行公开。',
        '各村相应派专人报送信息,每月报送信息到党政办。',
        '按照《条例》规定,将报送信息到区图书馆政府信息公开查阅中心。',
      ],
    ],
    [
      '2433-mulan-zjj-2023.txt',
      '形成良好的舆论监督氛围。\n(二)依申请公开方面。依申请公开方面。一共七项 都已办结。',
      '“依申请公开方面。依申请公开方面。”疑为“依申请公开方面。”',
      'a sub-heading `…方面。` printed twice',
      [
        '(二)依申请公开方面。依申请公开工作方面,全年共收到申请7件。',
        '(四)政府信息公开平台建设:政府信息公开平台建设。一是努力完善网站。',
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

describe('phrase-garbled: a field’s label written twice (2404)', () => {
  it('reads `地址:地址:` in the preface', () => {
    const preface =
      '如对本报告有疑问,请与高青县工业和信息化局办公室联系(地址:地址:山东省淄博市高青县高苑路32号)。';
    expect(messageOf(withPreface(preface, 2025), 'phrase-garbled:meta')).toContain(
      '“地址:地址:”疑为“地址:”',
    );
    expect(importedWarns(realText('2404-gaoqing-gxj-2025.txt'), 'phrase-garbled:meta')).toBe(true);
  });
  it('stays silent on each label said once', () => {
    const preface =
      '请与本局办公室联系(地址:山东省淄博市高青县高苑路32号,电话:0533-1234567,邮编:256300)。';
    expect(keys(withPreface(preface, 2025))).not.toContain('phrase-garbled:meta');
  });
});

describe('phrase-garbled: the 在 of a leadership closed by the next clause (2413)', () => {
  it('stays silent on `在…的正确领导,…的指导下,`', () => {
    expect(importedWarns(realText('2413-nanzhang-kjj-2023.txt'), PHRASE)).toBe(false);
    expect(
      keys(
        withOverview(
          '2023年,在县委、县政府的正确领导,政务信息公开领导小组的指导下,县科经局立足部门职责。',
          2023,
        ),
      ),
    ).not.toContain(PHRASE);
  });
  it('still reads a bare `在…的正确领导,` (real: 福建省审计厅 2024, 福州市科学技术局 2024)', () => {
    expect(
      messageOf(
        withOverview(
          '2024年,在市委、市政府的正确领导,福州市科学技术局紧紧围绕科技创新重点工作。',
          2024,
        ),
        PHRASE,
      ),
    ).toContain('的正确领导下');
    expect(importedWarns(realText('1205-fujian-sjt-2024.txt'), PHRASE)).toBe(true);
    expect(importedWarns(realText('2266-fuzhou-keji-2024.txt'), PHRASE)).toBe(true);
  });
});

describe('info-word-cut: 信 before a count right after 发布 (2423)', () => {
  it('reads `全年共发布信3366条`', () => {
    expect(
      importedMessage(realText('2423-sichuan-tyj-2023.txt'), 'info-word-cut:overview'),
    ).toContain('发布信3366条');
  });
  it('stays silent on letters and messages', () => {
    for (const fine of [
      '全年共发布信息3366条。',
      '受理市长信箱来信7件,全部予以答复。',
      '发布政务微信2539条,短信423000条。',
    ])
      expect(keys(withOverview(fine, 2023))).not.toContain('info-word-cut:overview');
  });
});

describe('count-unit-missing: a count of answers run into the next words (2423)', () => {
  it('reads `答复意见2政协委员…`', () => {
    expect(
      importedMessage(realText('2423-sichuan-tyj-2023.txt'), 'count-unit-missing:overview'),
    ).toContain('答复意见2政');
  });
  it('stays silent on answers counted with their unit, or a year after 意见', () => {
    for (const fine of [
      '主动公开人大代表建议答复意见2件、政协委员提案答复意见6件。',
      '根据《关于全面推进政务公开工作的意见》,2023年我局认真落实。',
    ])
      expect(keys(withOverview(fine, 2023))).not.toContain('count-unit-missing:overview');
  });
});
