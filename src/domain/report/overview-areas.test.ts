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
