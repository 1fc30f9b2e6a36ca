import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 869–898 mended after it (stop 36, helper f12), from the real wording.
 */

describe('points counted 一是/二是 inside a point so counted (subheading-number-repeated)', () => {
  const KEY = 'subheading-number-repeated:overview';
  const dehui = [
    '2022年,郭家镇党委、政府高度重视政府信息公开工作,认真贯彻落实《条例》。',
    '一是强化组织领导,完善各项工作机制。进一步强化组织领导,不断完善政务公开制度。一是加强组织领导。结合实际制定工作方案。二是规范公开内容。不断深化公开内容,突出公开重点。',
    '二是严格落实督促检查。为确保政府信息公开落实到位,严格按照“谁公开、谁负责”的原则,要求各科室按规定依时公开各类政务信息。',
  ].join('\n');

  it('says two levels numbered alike (real: 德惠市郭家镇 2022)', () => {
    const report = withOverview(dehui, 2022);
    expect(keys(report)).toContain(KEY);
    expect(messageOf(report, KEY)).toContain('一是强化组织领导,完善各项工作机制');
  });

  it('says it of a middle point too (real: 平潭综合实验区自然资源与生态环境局 2020)', () => {
    const pingtan = [
      '一是重新梳理汇总政府信息公开目录。按照省厅、区管委会统一要求,重新梳理政府信息公开目录。',
      '二是突出重点领域信息公开。一是把公共资源配置领域政府信息公开工作纳入我局政务公开的重点公开内容。二是把环境保护领域政府信息公开工作纳入我局政务公开的重点公开内容。',
      '三是完善公开平台，拓宽公开渠道。全面及时发布自然资源与生态环境局政府信息。',
    ].join('\n');
    expect(keys(withOverview(pingtan, 2020))).toContain(KEY);
  });

  it('stays silent on one list counted on inside a paragraph (real: 平潭综合实验区社会事业局 2022)', () => {
    const one = [
      '一是政府信息公开的覆盖面还不够广，二是内设处室政府信息公开的主动性不够。下一步，将从以下几方面抓好改进：一是加强学习，二是强化督促。',
    ].join('\n');
    expect(keys(withOverview(one, 2022))).not.toContain(KEY);
  });

  it('stays silent on points counted on paragraph by paragraph', () => {
    const flat = dehui
      .replace('一是加强组织领导。', '加强组织领导。')
      .replace('二是规范公开内容。', '规范公开内容。');
    expect(keys(withOverview(flat, 2022))).not.toContain(KEY);
  });
});

describe('a point 二是 with no 一是 before it (subheading-first-missing)', () => {
  const KEY = 'subheading-first-missing:overview';
  const rongchang = [
    '2021年,在区委、区政府的正确领导下,我局认真贯彻落实《中华人民共和国政府信息公开条例》。',
    '(一)主动公开政府信息情况。',
    '我局主动公开的信息主要包括:机构设置及职能、行政规范性文件、部门预算决算报告、部门动态等。',
    '(二)依申请公开政府信息情况。',
    '2021年度,我局未收到公民、法人或其他组织提出的政府信息公开申请。',
    '(三)政府信息管理。',
    '为切实推行政府信息公开工作,我局高度重视政府信息公开工作,加强和完善领导机制,确保做到分工有人管、落实有人干。二是各科室协同配合,负责为公开信息提供资料,切实做到上下联动。',
  ].join('\n');

  it('says the first point lost (real: 重庆市荣昌区招商投资促进局 2021)', () => {
    const report = withOverview(rongchang, 2021);
    expect(keys(report)).toContain(KEY);
    expect(messageOf(report, KEY)).toContain('二是各科室协同配合');
  });

  it('stays silent when 一是 comes before, even with no stop before it (real: 西藏自治区邮政管理局 2023)', () => {
    const xizang =
      '(一)建立健全政务信息公开工作机制一是建立健全信息公开工作制度。依据《条例》进一步修改完善了制度。二是完善政务信息公开指南和目录。';
    expect(keys(withOverview(xizang, 2023))).not.toContain(KEY);
  });

  it('stays silent on a list whose 一是 is on a line above (real: 淮安市 2024, a page’s lines)', () => {
    const huaian = [
      '地方。主要表现在：一是政策解读质量仍需提升，个别单位政策',
      '解读内容简单、形式单一；二是政务公开队伍建设还需进一步加强。',
    ].join('\n');
    expect(keys(withOverview(huaian, 2024))).not.toContain(KEY);
  });
});
