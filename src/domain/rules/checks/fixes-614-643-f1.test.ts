import { describe, expect, it } from 'vitest';
import { asAgency, keys, withOverview } from '@/testing/checked-reports';
import { countsPublished } from './proactive-count';

/**
 * Misses of the measure of 614–643 mended after it (stop 34), from the real wording.
 */

const SCOPE = 'government-scope-missing';

describe('a town’s 全镇 or 汇总 naming its work, not its figures (government-scope-missing)', () => {
  const town = (overview: string, name = '泰州市姜堰区溱潼镇人民政府') =>
    asAgency(withOverview(overview, 2025), 'township', name);
  // real: 溱潼镇人民政府 2025
  const qintong =
    '建立健全政府信息公开工作机制。统筹推进全镇政务公开工作,明确公开内容、形式与程序。\n2025年我镇在姜堰区人民政府网站公开信息42条。';
  it('is said when 全镇 names only the town’s work (real: 溱潼镇 2025)', () => {
    expect(keys(town(qintong))).toContain(SCOPE);
  });
  it('is said when 全镇 names a kind of information published (real: 长涂镇 2021)', () => {
    const changtu =
      '将2021年全镇年度重点工作任务、法治政府建设、审计报告等内容在县政府网站公开。共发布各类信息280余条。';
    expect(keys(town(changtu, '长涂镇人民政府'))).toContain(SCOPE);
  });
  it('is said when 汇总 names an office’s task (real: 德安县河东乡 2022)', () => {
    const hedong =
      '我乡通过德安县政府信息公开平台累公开206条。董子琦同志具体负责政务公开各类材料的上报、汇总和存档工作。';
    expect(keys(town(hedong, '德安县河东乡人民政府'))).toContain(SCOPE);
  });
  it('is not said when 全镇 gives the figures, nor when the count’s own sentence names the whole town’s work (real: 五蛟镇 2020)', () => {
    expect(keys(town('2025年全镇共公开信息42条。'))).not.toContain(SCOPE);
    const wujiao =
      '公开我镇项目建设、招标投标、价费以及参与全镇经济社会建设工作中产生的公开信息共计147条。';
    expect(keys(town(wujiao, '五蛟镇人民政府'))).not.toContain(SCOPE);
  });
  it('is not said of a county government naming its whole county’s work (unchanged)', () => {
    const county = '推进全县政务公开工作。全年主动公开政府信息3498条。';
    expect(
      keys(asAgency(withOverview(county, 2022), 'government', '陇西县人民政府')),
    ).not.toContain(SCOPE);
  });
  it('reads no count in a website’s channels (real: 榆盘镇 2021, its excerpt cut before its figures)', () => {
    expect(
      countsPublished(
        '目前榆盘镇政府网站为乡镇概况、工作信息、信息公开等3个频道,有乡镇简介、政策解读等6个二级栏目。',
      ),
    ).toBe(false);
    expect(countsPublished('通过信息公开栏发布信息12个。')).toBe(true);
  });
});
