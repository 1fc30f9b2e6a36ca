import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2891–2935 mended after it (stop 70, fixer f123): the five openings of 政务公开
 * told as points by 方面 with their ordinals lost; the preface's statistics period (统计数据) and a contact
 * for objections (异议) under `一、总体情况`; the format's name cited with a word written wrong; and a false
 * warning silenced, the fourth part named by 行政应诉. From the real wording, with nearby wording of the
 * corpus that must stay silent.
 */

const NUMBER = 'subheading-number-missing:overview';
const UNDER = 'section-heading-mismatch:overview';
const FORMAT = 'notice-citation-unknown:meta:title-2019-60';
const PARTS = 'part-count-mismatch:meta';

describe('subheading-number-missing: the five openings told by 方面, ordinals lost (2891–2935)', () => {
  it('reads `执行公开方面` after `一是决策公开方面` (real: 广东省林业局 2024)', () => {
    const said =
      '(一)围绕政策制定、执行、落实全过程,加强全流程公开。一是决策公开方面,在门户网站开设重大决策文件公开专栏。执行公开方面,实时公开部门财政预决算等信息。管理公开方面,深入推进“双随机、一公开”监管。服务公开方面,动态更新办事服务指南。';
    expect(messageOf(withOverview(said, 2024), NUMBER)).toContain(
      '“执行公开方面”前缺序号：前文写作“一是决策公开方面”',
    );
    expect(importedWarns(realText('2897-guangdong-lyj-2024.txt'), NUMBER)).toBe(true);
  });

  it('stays silent where every point is numbered, none is, or the opening is no point’s head', () => {
    for (const fine of [
      '一是决策公开方面,开设重大决策专栏。二是执行公开方面,公开预决算。三是管理公开方面,推进监管。',
      '决策公开方面,开设重大决策专栏。执行公开方面,公开预决算。',
      // The corpus's `在政策决策公开方面,…` (a clause, not a point's head).
      '一是主动公开。全年公开信息20条。在政策决策公开方面,重点围绕年度重点工作公开。',
    ])
      expect(keys(withOverview(fine, 2024)), fine).not.toContain(NUMBER);
  });
});

describe('section-heading-mismatch: 统计数据 and 异议 under 一、总体情况, no preface (2891–2935)', () => {
  it('reads the period and the contact at the first paragraph’s end (real: 普陀区退役军人事务局 2021)', () => {
    const message = importedMessage(realText('2907-putuo-tyjrj-2021.txt'), UNDER);
    expect(message).toContain('本报告所列举的统计数据自2021年1月1日至2021年12月31日止');
    expect(message).toContain('序言应写在「一、总体情况」之前');
  });

  const report = (opening: string): string =>
    `一、总体情况\n2021年,本局认真贯彻落实《条例》,扎实推进政府信息公开工作。${opening}\n(一)主动公开\n2021年,本局主动公开政府信息85条。\n二、主动公开政府信息情况\n`;

  it('reads either alone', () => {
    expect(
      importedWarns(report('本报告所列举的统计数据自2021年1月1日至2021年12月31日止。'), UNDER),
    ).toBe(true);
    expect(
      importedWarns(report('如对本报告存有异议,请联系本局办公室(电话:021-52500344)。'), UNDER),
    ).toBe(true);
  });

  it('stays silent on the year’s work with 统计数据 or 异议 in it', () => {
    for (const fine of [
      // The corpus's year's work (申请人无异议, 公示无异议), no report named.
      '申请1条,已按规定时限办结回复,申请人无异议。',
      '全年对7户新申请低保进行公示,无异议,并及时联系申请人。',
      '按时报送统计数据,12月31日前完成年度统计。',
    ])
      expect(importedWarns(report(fine), UNDER), fine).toBe(false);
  });
});

describe('notice-citation-unknown: the format’s name with a word written wrong (2891–2935)', () => {
  it('reads 工勘 for 公开 (real: 开州区医疗保障局 2020)', () => {
    const said =
      '本年度报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息工勘工作年度报告格式(试行)》要求编制。';
    expect(messageOf(withPreface(said, 2020), FORMAT)).toContain('“工勘”应为“公开”');
    expect(importedWarns(realText('2912-kaizhou-ybj-2020.txt'), FORMAT)).toBe(true);
  });

  it('stays silent on the names of the formats as the corpus cites them', () => {
    for (const [fine, year] of [
      ['根据《中华人民共和国政府信息公开工作年度报告格式(试行)》要求编制本报告。', 2020],
      ['根据《政府信息公开工作年度报告格式(试行)》要求编制本报告。', 2020],
      ['根据《政府信息公开年度报告格式（试行）》要求编制本报告。', 2020],
      ['根据《中华人民共和国政府信息公开工作年度报告格式》要求编制本报告。', 2022],
      ['根据《政府信息公开工作年度报告格式》要求编制本报告。', 2022],
    ] as const)
      expect(
        keys(withPreface(fine, year)).filter((k) => k.startsWith('notice-citation')),
        fine,
      ).toEqual([]);
  });
});

describe('part-count-mismatch: the fourth part named by 行政应诉 (2891–2935)', () => {
  it('stays silent on `行政复议及行政应诉情况` (real: 广东省邮政管理局 2023)', () => {
    const said =
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政应诉情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。';
    expect(keys(withPreface(said, 2023))).not.toContain(PARTS);
    expect(importedWarns(realText('2933-guangdong-yzglj-2023.txt'), PARTS)).toBe(false);
  });

  it('still reads a fourth part named by 行政复议 alone', () => {
    const said =
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。';
    expect(messageOf(withPreface(said, 2023), PARTS)).toContain('只有“行政复议”');
  });
});
