import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { coversArea, GOVERNMENT_AREA, overviewAreas } from './overview-areas';

describe('coversArea', () => {
  it('accepts the short forms clerks write', () => {
    expect(coversArea('（四）平台建设情况', '政府信息公开平台建设')).toBe(true);
    expect(coversArea('依申请公开情况', '依申请公开')).toBe(true);
    expect(coversArea('主动公开', '监督保障')).toBe(false);
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
