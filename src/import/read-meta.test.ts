import { describe, expect, it } from 'vitest';
import { guessAgencyKind } from './read-meta';

describe('guessAgencyKind (decides the deadline: 1月31日 for a department, 3月31日 for a government)', () => {
  it('a region titled by its own name is a government (real: 平潭综合实验区2023年度…, published 3月8日)', () => {
    expect(guessAgencyKind('平潭综合实验区')).toBe('government');
    expect(guessAgencyKind('某县')).toBe('government');
    expect(guessAgencyKind('某经济开发区管理委员会')).toBe('government');
    expect(guessAgencyKind('某县人民政府')).toBe('government');
  });

  it('its departments, townships and communities stay what they are', () => {
    expect(guessAgencyKind('平潭综合实验区行政审批局')).toBe('department');
    expect(guessAgencyKind('某市卫生健康委员会')).toBe('department');
    expect(guessAgencyKind('某区政务服务中心')).toBe('department');
    expect(guessAgencyKind('某镇人民政府')).toBe('township');
    expect(guessAgencyKind('某社区')).toBe('department');
    expect(guessAgencyKind('蒲纺工业园区')).toBe('department');
    expect(guessAgencyKind('')).toBe('department');
  });
});
