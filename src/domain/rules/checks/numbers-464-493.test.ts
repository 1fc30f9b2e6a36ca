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
