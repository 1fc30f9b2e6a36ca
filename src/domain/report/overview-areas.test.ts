import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { coversArea, GOVERNMENT_AREA, overviewAreas } from './overview-areas';

describe('coversArea', () => {
  it('accepts the short forms clerks write', () => {
    expect(coversArea('（四）平台建设情况', '政府信息公开平台建设')).toBe(true);
    expect(coversArea('依申请公开情况', '依申请公开')).toBe(true);
    expect(coversArea('主动公开', '监督保障')).toBe(false);
  });

  it('keeping the 公开指南 and 公开目录 is managing the information (real: 平潭综合实验区管委会办公室 2019)', () => {
    const managed =
      '在印发《区办公室内设处室和直属部门政务公开和政府信息公开工作规程》的基础上，结合新修订的《条例》，调整充实《政府信息公开指南》和《政府信息公开目录》，优化电子政务协同办公系统公文办理流程，强化运行体系管理。';
    expect(coversArea(managed, '政府信息管理')).toBe(true);
    expect(coversArea('通过政府门户网站主动公开政府信息33条。', '政府信息管理')).toBe(false);
  });

  it('reviewing information before publishing it is managing it (real: 平潭 苏平片区管理局 2022, 综合执法与应急管理局 2019)', () => {
    expect(
      coversArea(
        '一是落实政府信息公开审查制度，做到“先审查，后公开”，强化保密管理，严把政府信息公开内容。',
        '政府信息管理',
      ),
    ).toBe(true);
    expect(
      coversArea('2.加强政府信息公开审查工作。一是健全审查制度和工作规程。', '政府信息管理'),
    ).toBe(true);
    expect(coversArea('审查批准建设项目12个，公开审批结果。', '政府信息管理')).toBe(false);
  });

  it('the 保障 of a kind of information or policy is not 监督保障 (real: 平潭综合实验区交通与建设局 2020)', () => {
    expect(
      coversArea(
        '编制完成本单位政务公开标准目录，分别是保障性住房、农村危房改造、市政服务共3个政务公开标准目录。',
        '监督保障',
      ),
    ).toBe(false);
    expect(coversArea('民政扶贫救灾社会保障就业类信息5条。', '监督保障')).toBe(false);
    expect(coversArea('（五）监督保障情况', '监督保障')).toBe(true);
    expect(coversArea('强化制度保障，落实责任。', '监督保障')).toBe(true);
  });

  it('养老、医疗、生活 保障 are policies too (real: 平潭综合实验区社会事业局 2019)', () => {
    for (const text of [
      '社会保障方面，公开全区城乡居民养老保障待遇从每人每月150元提高到173元。',
      '医疗保障方面，公开城乡居民大病保险起付线。',
      '无力参保和高龄未参保职工老年生活保障金待遇由每月570元提高到660元。',
    ])
      expect(coversArea(text, '监督保障')).toBe(false);
    expect(coversArea('健全工作保障机制，定期督查通报。', '监督保障')).toBe(true);
  });
});

describe('coversArea: the areas in other words (stop 30, the older texts read)', () => {
  it('a request for information is 依申请公开, however it is worded', () => {
    // Real: 临沂市公路事业发展中心 2021, 保康县农业农村局 2021, a town's 2019 report.
    for (const text of [
      '全年未收到申请公开事项,无政府信息公开行政复议和行政诉讼。',
      '我镇未收到任何公民、法人和其他组织提出的公开政府信息的申请。',
    ])
      expect(coversArea(text, '依申请公开')).toBe(true);
    // Not an enquiry nor another request (real: 耒阳市马水镇 2019, 湛江市地方志办 2023).
    for (const text of ['本年度受理政府信息咨询372人次。', '2023年,我办全年未收到行政许可申请。'])
      expect(coversArea(text, '依申请公开')).toBe(false);
  });

  it('managing the information in longer words is 政府信息管理', () => {
    // Real: 温州市洞头区农业农村局 2021, 荆门市人民政府办公室 2021, 仁寿县钟祥镇 2019, 徐闻县 a 局 2021.
    for (const text of [
      '以“应公开尽公开”为工作主线落实政府信息公开管理。',
      '推进政府信息标准化入库管理,构建网上政府数据底座。',
      '制定《钟祥镇人民政府信息公开管理办法》,明确工作任务、公开内容和公开时间。',
      '确保政府信息公开做到发布及时,并严格做好发布审查工作。',
    ])
      expect(coversArea(text, '政府信息管理')).toBe(true);
    // Managing by targets, or the website, is not (real: 隆昌市黄家镇 2019, 邯郸市商务局 2020).
    for (const text of [
      '实行目标管理,将信息公开工作纳入年度目标考核内容。',
      '负责政务公开(政府信息公开)日常工作。',
      '明确政府网站建设和管理工作的分管领导。',
    ])
      expect(coversArea(text, '政府信息管理')).toBe(false);
  });

  it('interpreting the policies published is 主动公开 (real: 东莞市寮步镇 2019)', () => {
    expect(coversArea('四是做好政策解读工作。建立了政策性文件公开发布解读机制。', '主动公开')).toBe(
      true,
    );
    expect(coversArea('五是抓好信息公开平台建设。', '主动公开')).toBe(false);
  });
});

describe('overviewAreas', () => {
  const section = formatById('2021').sections.find((s) => s.id === 'overview');
  it("adds 工作考核、社会评议和责任追究 for a people's government only", () => {
    expect(overviewAreas(section, 'department')).toHaveLength(5);
    expect(overviewAreas(section, 'government')).toEqual([
      ...(section?.areas ?? []),
      GOVERNMENT_AREA,
    ]);
  });
});
