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

  it('a count left blank between spaces (real: 定西市公共资源交易中心 2020)', () => {
    const dingxi = '一是主动公开。2020 年主动公开信息  条。在中心门户网站发布工作动态信息43条。';
    expect(lostNumbersIn(dingxi)).toEqual([
      { item: '主动公开信息  条', unit: '条', kind: 'blank' },
    ]);
    expect(lostNumbersIn(dingxi.replace('信息  条', '信息 103 条'))).toEqual([]);
    // Words ending in a unit's character, and text spaced out character by character.
    expect(lostNumbersIn('全年共印发 文 件。')).toEqual([]);
    expect(lostNumbersIn('依 据 政 府 信 息 公 开 条 例。')).toEqual([]);
  });

  it('a total with neither its number nor its unit (real: 南召县城关镇 2023)', () => {
    const nanzhao =
      '(一)主动公开:全年共新增和变更主动公开政府信息及时更新了《城关镇机构职能》、《城关镇人民政府信息公开目录》,《城关镇人民政府主动公开目录》等信息。';
    expect(lostNumbersIn(nanzhao)).toEqual([
      { item: '共新增和变更主动公开政府信息', unit: '条', kind: 'total' },
    ]);
    expect(lostNumbersIn(nanzhao.replace('政府信息及时', '政府信息35条,及时'))).toEqual([]);
    // The number after a space, the information an application's, a list of parts (real wording
    // of the corpus).
    expect(lostNumbersIn('全年共计录入公开信息 17 条。')).toEqual([]);
    expect(lostNumbersIn('全年共收到公开政府信息申请1件。')).toEqual([]);
    expect(lostNumbersIn('本报告共包括总体情况、主动公开政府信息情况等六部分。')).toEqual([]);
  });
});
