import { describe, expect, it } from 'vitest';
import { messageOf, withOverview } from '@/testing/checked-reports';

/** A long list of kinds adding to a sliver of its whole (mended after the measure of 404–433). */

describe('five kinds adding to less than a tenth of their whole', () => {
  const sum = (overview: string) =>
    messageOf(withOverview(overview), 'parts-sum-mismatch:overview');

  it('are a few highlights, not a miscount (real: 长春市政府办公厅 2024)', () => {
    const changchun =
      '2024年,通过长春市人民政府网站平台发布政府动态类信息1464条,其中文件15条,政策解读10条,市政府工作报告1条,人大代表建议及政协提案办理信息5条,财政预决算信息2条;发布29场新闻发布会信息。';
    expect(sum(changchun)).toBeUndefined();
  });

  it('are still told when they make a tenth or more (real: 清远市农业农村局 2021)', () => {
    const qingyuan =
      '全年公开各类文件991件,其中行政通知类文件105件,财政信息公开12件,情况通报1件,各类公示公告57件,行政处罚类文件3件,行政执法类公示3件。';
    expect(sum(qingyuan)).toBe(
      '文中的总数为 991件，随后列出的 6 项 105 + 12 + 1 + 57 + 3 + 3 = 181件，比总数少 810件：请核对总数和各项；若只列出了其中几类，请在最后写“等”',
    );
    // The same five of 长春's made a tenth of a smaller whole: told.
    expect(
      sum(
        '发布政府动态类信息300条,其中文件15条,政策解读10条,市政府工作报告1条,人大代表建议及政协提案办理信息5条,财政预决算信息2条。',
      ),
    ).toContain('比总数少 267条');
  });
});
