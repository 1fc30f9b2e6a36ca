import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 1274–1288 mended after it (stop 41, helper f2), from
 * the real wording, with the corpus's wording that must stay as it was.
 */

const SUM = 'parts-sum-mismatch:overview';
const LOST = 'count-number-missing:overview';
const PROACTIVE = 'proactive-count-missing:overview';

describe('parts-sum-mismatch: one part larger than its whole', () => {
  it('warns on 191 of 108, the page cut after it (real: 桐梓县 2019)', () => {
    const report = withOverview(
      '以县政府和县人民政府办公室名义印发的规范性文件5个,政策解读13个;公布网上服务事项108项,其中行政许可191项、行政处',
      2019,
    );
    expect(keys(report)).toContain(SUM);
    expect(messageOf(report, SUM)).toContain('“行政许可”一项就有 191项，比总数还多 83项');
    expect(importedWarns(realText('1284-tongzi-county-2019.txt'), SUM)).toBe(true);
  });
  it('warns on one part larger than the whole when the list goes on', () => {
    expect(keys(withOverview('全年共公开政府信息30条,其中政策文件45条。'))).toContain(SUM);
  });
  it('is silent on a part no larger than its whole', () => {
    expect(keys(withOverview('公布网上服务事项108项,其中行政许可91项、行政处'))).not.toContain(SUM);
  });
  it('is silent on a whole in another unit, or approximate', () => {
    expect(keys(withOverview('全年共公开政府信息30件,其中政策文件45条。'))).not.toContain(SUM);
    expect(keys(withOverview('全年共公开政府信息30余条,其中政策文件35条。'))).not.toContain(SUM);
  });
  it('is silent on requests carried in, said in the sentence before (real: 青岛市民政局 2022)', () => {
    const text =
      '2022年,受理依申请公开40件,包括网络渠道受理36件,线下渠道受理4件。上年度结转1件。其中,予以公开18件,部分公开1';
    expect(keys(withOverview(text, 2022))).not.toContain(SUM);
  });
});

describe('parts-sum-mismatch: the whole with its noun after the count', () => {
  const text =
    '一是做好常态化公开,2022年我单位在临河区政务公开信息网上总共发布8条信息,其中政府信息公开指南1条,概况信息1条,政策文件1条, 数据发布2条,职能机构1条,财政预决算1条,  政务新媒体入口1条, 政府信息公开年报公开1条正确引导社会舆论。按期公布部门文件、办事指南、财政预算决算、工作动态等。';
  it('warns on eight kinds making 9 of 8, the last run on (real: 临河区曙光乡 2022)', () => {
    const report = withOverview(text, 2022);
    expect(keys(report)).toContain(SUM);
    expect(messageOf(report, SUM)).toContain('1 + 1 + 1 + 2 + 1 + 1 + 1 + 1 = 9条');
    expect(importedWarns(realText('1286-linhe-shuguang-2022.txt'), SUM)).toBe(true);
  });
  it('is silent when the kinds make the whole', () => {
    expect(keys(withOverview(text.replace('数据发布2条', '数据发布1条'), 2022))).not.toContain(SUM);
  });
  it('is silent on a last count followed by what was done with it', () => {
    expect(
      keys(withOverview('总共发布8条信息,其中政策文件5条,工作动态3条,公告1条被转载。', 2022)),
    ).not.toContain(SUM);
  });
});

describe('count-number-missing: the whole said before the clause naming its kinds', () => {
  it('is silent on `200余条,涉及…信息,其中,…` (real: 宁阳县华丰镇 2023)', () => {
    const text =
      '本年度华丰镇通过政府官网、微信公众号及其他渠道或形式主动公开政府信息200余条,涉及履职依据、机关职能、规划信息、统计信息、行政权力运行公开、重点领域信息和其他法定信息,其中,政务公开平台发布法规规章7条,机构基本信息1条,机构法定职责1条。';
    expect(keys(withOverview(text, 2023))).not.toContain(LOST);
    expect(importedWarns(realText('1274-ningyang-huafeng-2023.txt'), LOST)).toBe(false);
  });
  it('still warns when no count was said before the kinds (real: 辽中区 2020)', () => {
    const text =
      '通过辽中区人民政府网站、政务新媒体等多种渠道和方式发布信息,其中,通过政府网站发布信息11829条,政务新媒体发布信息9215条。';
    expect(keys(withOverview(text, 2020))).toContain(LOST);
    const kinds =
      '通过各种渠道主动公开政府信息,涉及机关职能、行政权力运行公开、重点领域信息和其他法定信息,其中,网站发布法规规章7条,机构基本信息1条。';
    expect(keys(withOverview(kinds, 2020))).toContain(LOST);
  });
});

describe('proactive-count-missing: a count after titles holding years', () => {
  const overview = (said: string) =>
    asAgency(
      withOverview(
        `(一)政府信息主动公开情况\n${said}\n(二)依申请公开情况\n全年未收到政府信息公开申请。\n(三)政府信息管理\n严格审查。\n(四)政府信息公开平台建设\n用好网站。\n(五)监督保障\n加强考核。`,
        2023,
      ),
      'township',
      '澄城县尧头镇人民政府',
    );
  it('is silent on `主动公开《…2023年…》《…2022年度…》2条` (real: 澄城县尧头镇 2023)', () => {
    const said =
      '2023年,主动公开《尧头镇人民政府2023年部门预算公开》《澄城县尧头镇人民政府2022年度部门决算》2条。';
    expect(keys(overview(said))).not.toContain(PROACTIVE);
    expect(importedWarns(realText('1278-chengcheng-yaotou-2023.txt'), PROACTIVE)).toBe(false);
  });
  it('still warns on titles made public with no count', () => {
    const said =
      '2023年,主动公开《尧头镇人民政府2023年部门预算公开》《澄城县尧头镇人民政府2022年度部门决算》。';
    expect(keys(overview(said))).toContain(PROACTIVE);
  });
});
