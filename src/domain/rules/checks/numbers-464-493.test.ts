import { describe, expect, it } from 'vitest';
import { messageOf, withOverview } from '@/testing/checked-reports';

/** What the texts 464–493 showed of numbers in the narrative, mended after their measure. */

describe('the parts of a 其中 list', () => {
  const sum = (overview: string) =>
    messageOf(withOverview(overview), 'parts-sum-mismatch:overview');

  it('end at a semicolon followed by a verb of work done: a new statement (real: 开阳县统计局 2023)', () => {
    expect(
      sum(
        '同时按照相关要求,发布部门动态38条,其中采用5条;发布工作动态32条,统计数据26条;统计信息26条,其中采用15条;',
      ),
    ).toBeUndefined();
  });

  it('still add up before that semicolon, and go on after one without a verb (平潭 财政金融局 style)', () => {
    expect(
      sum(
        '同时按照相关要求,发布部门动态38条,其中采用25条,转载20条;发布工作动态32条,统计数据26条。',
      ),
    ).toContain('38条');
    expect(sum('全年共发布政府信息10条，其中政策文件5条，工作动态1条；通知公告7条。')).toContain(
      '10条',
    );
  });
});

describe('a share named by its kind, away from its count', () => {
  const share = (overview: string) =>
    messageOf(withOverview(overview), 'shares-rounding-mismatch:overview');
  const xixia =
    '2024年,政府办公室共解读文件23个。其中图片解读文件16个,动漫解读文件7个,实现图文解读全覆盖,动漫解读占比23%。';

  it('is read against the whole before the list (real: 西夏区政府办公室 2024)', () => {
    expect(share(xixia)).toBe(
      '文中“动漫解读文件7个…动漫解读占比23%”：7/23 = 30.43%，四舍五入或舍去尾数都是 30%，不是 23%（怎样取舍都得不到这个数）：请按 23个 重新计算',
    );
    // The same share right: nothing to say; nor of 16/23 = 69.6% cut to 69%.
    expect(share(xixia.replace('占比23%', '占比30%'))).toBeUndefined();
    expect(share(xixia.replace('动漫解读占比23%', '图片解读占比69%'))).toBeUndefined();
  });

  it('is not read when its kind has no count, or two (real: 平阳县 2021)', () => {
    for (const text of [
      '重点领域以及设置多个专题共更新各类信息5686条,其中工作信息类占75%,其次是民生事项类10%,再次是政策文件类15%。',
      '共解读文件23个。其中动漫解读文件7个,动漫解读视频3个,实现图文解读全覆盖,动漫解读占比23%。',
    ])
      expect(share(text)).toBeUndefined();
  });
});
