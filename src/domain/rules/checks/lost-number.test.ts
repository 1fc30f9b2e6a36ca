import { describe, expect, it } from 'vitest';
import { lostNumbersIn } from './lost-number';

describe('a count whose number was lost in a list of counts', () => {
  it('is found (real: 平潭综合实验区 2019)', () => {
    expect(lostNumbersIn('全年公开核准企业资质条、施工许可证76条、安全生产许可证121条。')).toEqual([
      { item: '全年公开核准企业资质条', unit: '条' },
    ]);
  });

  it('an item said to be none is no lost number (real: 嘉善县大云镇 2024)', () => {
    expect(
      lostNumbersIn(
        '2024年,大云镇全年共收到依申请公开件1件,已按期答复1件,无转结下年度继续办理件。',
      ),
    ).toEqual([]);
  });
});
