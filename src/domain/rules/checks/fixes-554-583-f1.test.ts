import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { asAgency, keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 554–583 mended after it (stop 33): a town's government giving its figures
 * with nothing said of whose they are, and a district government's office giving the district's.
 */

/** The clean report with its other texts a town's (`本局` would make it a bureau's). */
const unnamed = (overview: string, year: number, agencyName = ''): Report => {
  const report = asAgency(withOverview(overview, year), 'department', agencyName);
  return {
    ...report,
    narrative: { ...report.narrative, other: '本年度未收取信息处理费。本镇无其他需要报告的事项。' },
  };
};
const town = (overview: string, agencyName = '湘阴县南湖洲镇人民政府'): Report =>
  asAgency(withOverview(overview, 2025), 'township', agencyName);
const SCOPE = 'government-scope-missing';

describe('a town’s government that never says whether its figures are 本级 or the whole town’s', () => {
  // real: 南湖洲镇 2025
  const figures = '2025年,全年累计在政府门户网站更新发布信息11条,主动公开政府信息11条。';
  it('is said of a 镇 named as such (real: 南湖洲镇 2025, 阚疃镇 2024)', () => {
    expect(keys(town(figures))).toContain(SCOPE);
    expect(messageOf(town(figures), SCOPE)).toContain('全乡镇（含所属站所、村）');
    expect(keys(town(figures, '亳州市利辛县阚疃镇'))).toContain(SCOPE);
    expect(keys(asAgency(town(figures), 'government', '正蓝旗扎格斯台苏木人民政府'))).toContain(
      SCOPE,
    );
  });
  it('is said of a text that speaks of itself as a 镇, no agency read (real: 府河镇 2023, 高陂镇 2022, 大涌镇 2022)', () => {
    const fuhe = '2023年,我镇在政府信息公开平台主动公开各类政务信息346条。';
    expect(keys(unnamed(fuhe, 2023))).toContain(SCOPE);
    // The format's own words (`本机关`) copied do not make it another agency's.
    const gaobei = `主要报告本机关上一年度政府信息公开工作总体情况。\n2022年,我镇主动公开政府信息共计44条。`;
    expect(keys(unnamed(gaobei, 2022))).toContain(SCOPE);
    // Page furniture read as the agency names none.
    const dayong = '全年利用镇政府门户网站和微信公众号等公开载体,主动公开我镇政府信息3548条。';
    expect(keys(unnamed(dayong, 2022, '您当前的位置:>>'))).toContain(SCOPE);
  });
  it('is not said when the text says its scope in a town’s words', () => {
    for (const said of [
      '2025年,全镇累计在政府门户网站更新发布信息11条。',
      '本报告数据为镇本级数据。2025年,全年累计在政府门户网站更新发布信息11条。',
      '2021年,全苏木累计通过额济纳旗人民政府网公开信息23条。', // real: 温图高勒苏木 2021
      '2025年,镇政府及所属站所累计在政府门户网站更新发布信息11条。',
      '2025年,镇机关累计在政府门户网站更新发布信息11条。',
      // real: 胡乐镇 2023, 立岗镇 2022: the villages' information counted among the parts
      '2023年,我镇主动公开政府信息1254条,其中决策公开48条、村(社区)栏目199条。',
      '通过政府网站主动公开发布政府信息共432条,其中包括村务公开238条、乡镇动态136条。',
    ])
      expect(keys(town(said))).not.toContain(SCOPE);
  });
  it('is said when 本级 names a kind of information or 各部门 the town’s own offices (real: 阚疃镇 2024)', () => {
    expect(
      keys(
        town(
          `${figures}其中主动公开本级政府文件1条,政策解读3条。明确各部门在信息管理工作中的职责。`,
        ),
      ),
    ).toContain(SCOPE);
    // A county's 各部门 are a region below it, as before.
    const county = asAgency(
      withOverview(`2023年县政府门户网站发布信息12205条。县政府各部门按要求公开。`, 2023),
      'government',
      '湘阴县人民政府',
    );
    expect(keys(county)).not.toContain(SCOPE);
  });
  it('is not said of a 街道, nor of a text that speaks of a county as well as a 镇', () => {
    expect(keys(town(figures, '湘阴县文星街道办事处'))).not.toContain(SCOPE);
    const both = '2023年,我镇主动公开政府信息346条。我县政务公开工作稳步推进。';
    expect(keys(unnamed(both, 2023))).not.toContain(SCOPE);
  });
  it('reads 镇宁自治县政府 as a county’s government, not a town’s', () => {
    const zhenning = asAgency(withOverview(figures, 2025), 'government', '镇宁自治县政府');
    expect(messageOf(zhenning, SCOPE)).toContain('全辖区');
  });
});

describe('a government office’s report giving the district’s count without 主动', () => {
  const office = (overview: string): Report =>
    asAgency(withOverview(overview, 2024), 'department', '滨江区人民政府办公室');
  it('is said (real: 滨江区人民政府办公室 2024)', () => {
    expect(keys(office('2024年以来,我区通过不同渠道和方式公开政府信息32300余条。'))).toContain(
      'region-figures-in-unit-report:overview',
    );
  });
  it('is not said of the requests the district received, nor of the office’s own count', () => {
    const own = office('2024年,我区共受理政府信息公开申请件455件。本机关公开政府信息120条。');
    expect(keys(own)).not.toContain('region-figures-in-unit-report:overview');
  });
});
