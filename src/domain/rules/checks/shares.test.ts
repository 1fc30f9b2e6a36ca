import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { formatById, formats } from '@templates/index';
import type { Report } from '@/domain/report/types';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';

const base = clean2021.report;
const overviewWith = (sentence: string): Report => ({
  ...base,
  narrative: { ...base.narrative, overview: `${base.narrative.overview ?? ''}\n${sentence}` },
});
const issuesOf = (report: Report) =>
  evaluateChecks(formatById(report.formatId), report, { formats, today: '2026-01-20' });
const keys = (report: Report): string[] => issuesOf(report).map((i) => i.key);

describe('shares of a list against the whole (shares-rounding-mismatch)', () => {
  it('one share rounded down among shares rounded half up (real: 长桥乡 2019)', () => {
    const changqiao =
      '2019年我乡主动公开长桥乡人民政府信息57条:其中部门公告4条,信息公开总量的7.02%;概况信息2条,占信息公开总量的3.50%;工作动态43条,占信息公开总量的75.44%;人事信息4条,占信息公开总量的7.02%;财政信息2条,占信息公开总量的3.50%;建议提案办理1条,占信息公开总量的1.75%;上年度政府信息公开年度报告1条,占信息公开总量的1.75%。';
    const found = issuesOf(overviewWith(changqiao)).find(
      (i) => i.key === 'shares-rounding-mismatch:overview',
    );
    expect(found?.message).toContain('2/57 = 3.5088%');
    expect(found?.message).toContain('应为 3.51%');
  });

  // Every share rounded half up (real: 平潭综合实验区 2023, 2.47% for 2/81).
  const pingtan =
    '办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%。';

  it('passes shares all rounded one way (real: 平潭 2023)', () => {
    expect(keys(overviewWith(pingtan))).not.toContain('shares-rounding-mismatch:overview');
  });

  it('says a share no rounding gives when the others fit (31/81 = 38.27%, written 37.27%)', () => {
    const [found] = issuesOf(overviewWith(pingtan.replace('占38.27%', '占37.27%'))).filter(
      (i) => i.key === 'shares-rounding-mismatch:overview',
    );
    expect(found?.message).toContain('应为 38.27%');
  });

  it('passes one share moved so that the shares add up to 100% (real: 大足区外事办 2022)', () => {
    const dazu =
      '在主动公开的信息中,政务信息公开指南1条,占8%;其他公文5条,占41%;决算预算2条,占17%,采购目录及收费标准2条,占17%,公示公告及其他类信息2条,占17%。';
    expect(keys(overviewWith(dazu))).not.toContain('shares-rounding-mismatch:overview');
    // 1/12 written 9% (rounded up like the 17%s): the shares add up to 101%, 41% is the odd one.
    const found = issuesOf(overviewWith(dazu.replace('占8%', '占9%'))).find(
      (i) => i.key === 'shares-rounding-mismatch:overview',
    );
    expect(found?.message).toContain('“5条,占41%”：5/12 = 41.67%');
  });

  it('takes no rate of change for a share', () => {
    expect(
      keys(
        overviewWith(
          '公开信息120条，同比增长12%；政策解读15条，同比增长7%；回应关切9条，较上年下降3%。',
        ),
      ),
    ).not.toContain('shares-rounding-mismatch:overview');
  });

  it('a list opening its own sentence with 其中, its whole in the sentence before (real: 北京市通州区城市管理委员会 2020)', () => {
    const tongzhou =
      '区城市管理委通过政府网主动公开政府信息1323条,其中全文电子化率达100%。其中:机构职能类43条,机构职能类比例3.3%;法规文件类9条,法规文件类比例0.7%;规划计划类10条,规划计划类比例0.7%;行政职责类44条,行政职责类比例3.3%。';
    const found = issuesOf(overviewWith(tongzhou)).find(
      (i) => i.key === 'shares-rounding-mismatch:overview',
    );
    expect(found?.message).toContain('10/1323 = 0.756%');
    expect(found?.message).toContain('应为 0.8%');
    expect(
      keys(overviewWith(tongzhou.replace('规划计划类比例0.7%', '规划计划类比例0.8%'))),
    ).not.toContain('shares-rounding-mismatch:overview');
    // The sentence before is another statement when the list does not open with 其中.
    expect(
      keys(overviewWith(tongzhou.replace('。其中:机构职能类', '。按类别,机构职能类'))),
    ).not.toContain('shares-rounding-mismatch:overview');
  });
});

describe('one or two shares of a whole stated before them (shares-rounding-mismatch)', () => {
  // Real: 西城区新街口街道 2021.
  const xinjiekou =
    '本单位2021年共主动公开政府信息572条,其中全文电子化率达100%。在主动公开的信息中,机构职能类信息10条,占总体的比例为1.8%;';

  it('warns a share rounded twice (10/572 = 1.748%, written 1.8%)', () => {
    const found = issuesOf(overviewWith(xinjiekou)).find(
      (i) => i.key === 'shares-rounding-mismatch:overview',
    );
    expect(found?.message).toContain('10/572 = 1.748%');
    expect(found?.message).toContain('四舍五入或舍去尾数都是 1.7%，不是 1.8%');
    expect(found?.message).toContain('进位了两次');
  });

  it('passes the share rounded half up or cut off', () => {
    expect(keys(overviewWith(xinjiekou.replace('1.8%', '1.7%')))).not.toContain(
      'shares-rounding-mismatch:overview',
    );
    // 11/572 = 1.923%: 1.9 cut off.
    expect(
      keys(
        overviewWith(
          xinjiekou.replace('信息10条,占总体的比例为1.8%', '信息11条,占总体的比例为1.9%'),
        ),
      ),
    ).not.toContain('shares-rounding-mismatch:overview');
  });

  it('reads the whole of the sentence before only when this one goes on from it', () => {
    expect(keys(overviewWith(xinjiekou.replace('在主动公开的信息中,', '另外,')))).not.toContain(
      'shares-rounding-mismatch:overview',
    );
  });

  it('passes two shares moved to add up to 100% (real: 南城街 2021, 293 and 183 of 476)', () => {
    const nanchengjie =
      '2021年,我街道共主动公开政府信息476条,全文电子化率为100%。较为全面地反映了街道财政收支、农业、安全等方面的工作情况。其中“南城印迹”微信公众号共发布信息293条,占全部公开信息的61.5%,政府网站公开上传信息183条,占全部公开信息的38.5%,其中部门工作158条、政策文件23条。';
    expect(keys(overviewWith(nanchengjie))).not.toContain('shares-rounding-mismatch:overview');
  });

  it('passes shares of the counts stated together (收到 24 + 结转 1) and of their own sum (real: 古蔺县财政局 2021)', () => {
    expect(
      keys(
        overviewWith(
          '2021年共收到政府信息公开申请24件，上年结转1件。其中予以公开13件，占52%；部分公开3件。',
        ),
      ),
    ).not.toContain('shares-rounding-mismatch:overview');
    expect(
      keys(
        overviewWith(
          '从公开渠道来看,政府网站公开信息103条,占比97.2%;市财政局内网门户网站公开信息3条,占比2.8%。',
        ),
      ),
    ).not.toContain('shares-rounding-mismatch:overview');
  });

  it('takes no rate for a share (`办结率100%`)', () => {
    expect(keys(overviewWith('全年共受理群众来电问题23件,办结22件,办结率100%。'))).not.toContain(
      'shares-rounding-mismatch:overview',
    );
  });
});
