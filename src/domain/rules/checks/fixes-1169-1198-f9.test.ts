import { describe, expect, it } from 'vitest';
import { importedWarns, keys, realText, withOverview } from '@/testing/checked-reports';

/**
 * False warnings of the measure of 1169–1198 mended after it (stop 39, helper f9): a part's change
 * against last year read as a part, quoted highlight categories read as the whole's parts, a count
 * given under a channel's `方面`, and the areas judged of an overview cut short by its store.
 * From the real wording, with the corpus's texts that must stay silent or warned.
 */

const warned = importedWarns;

const SUM = 'parts-sum-mismatch:overview';

describe('parts-sum-mismatch: a change against last year is no part', () => {
  it('is silent on the real text (real: 上城区卫生健康局 2020)', () => {
    expect(warned(realText('1170-shangcheng-wjj-2020.txt'), SUM)).toBe(false);
  });
  it('is silent on the sentence alone', () => {
    const overview =
      '全年主动公开政府信息共3637条,其中行政许可公开信息3121条,比上年度减少838条;行政处罚公开信息412条,比上年度减少93条;公开政府集中采购公开信息30条,采购总金额1765万元;对外管理服务信息29条。';
    expect(keys(withOverview(overview))).not.toContain(SUM);
  });
  it('still warns on parts that add up to more than the whole', () => {
    const overview =
      '全年主动公开政府信息共3000条,其中行政许可公开信息3121条,比上年度减少838条;行政处罚公开信息412条,比上年度减少93条。';
    expect(keys(withOverview(overview))).toContain(SUM);
  });
});

describe('parts-sum-mismatch: quoted highlight categories', () => {
  it('is silent on the real text (real: 旌德县农业农村水利局 2019)', () => {
    expect(warned(realText('1172-jingde-nyncslj-2019.txt'), SUM)).toBe(false);
  });
});

describe('parts-sum-mismatch: quoted kinds are not read as all of the whole', () => {
  it('is silent on the sentence alone', () => {
    const overview =
      '全年共发布和更新信息751条,其中新闻发布会1条“政策解读数”28条, “重点领域”156条, “回应关切”41条。';
    expect(keys(withOverview(overview))).not.toContain(SUM);
  });
  it('still reads an unquoted list of four as all of it (real: 东城区城管委 2025)', () => {
    const overview =
      '主动公开政府信息386条,其中,通知公告类49条、工作动态类41条、执法检查类7条、信息主动公开全清单1条。';
    expect(keys(withOverview(overview))).toContain(SUM);
  });
});

describe('proactive-count-missing: a count under a channel’s 方面', () => {
  const COUNT = 'proactive-count-missing:overview';
  it('is silent on the real text (real: 正蓝旗 2021)', () => {
    expect(warned(realText('1191-zhenglanqi-2021.txt'), COUNT)).toBe(false);
  });
  it('is silent on the item alone', () => {
    const overview =
      '(一)政务信息主动公开情况\n一是旗政府网站方面,年内共发布各类信息2968条,其中概况类信息348条。二是政务新媒体方面,通过微信公众平台共发布信息370条。\n(二)依申请公开政府信息办理情况\n全年收到申请3件。';
    expect(keys(withOverview(overview))).not.toContain(COUNT);
  });
  it('still warns on an item that gives no count', () => {
    const overview =
      '(一)政务信息主动公开情况\n一是旗政府网站方面,及时发布各类信息。\n(二)依申请公开政府信息办理情况\n全年收到申请3件。';
    expect(keys(withOverview(overview))).toContain(COUNT);
  });
});

describe('overview-areas-missing: gathering and sorting the information is managing it', () => {
  it('is silent on the real text (real: 大竹县教育和科学技术局 2019)', () => {
    expect(warned(realText('1181-dazhu-jkj-2019.txt'), 'overview-areas-missing')).toBe(false);
  });
});

describe('count-unit-missing: a count ending a part printed whole', () => {
  const UNIT = 'count-unit-missing:overview';
  it('warns on the real text (real: 大渡口区科技局 2020)', () => {
    expect(warned(realText('1178-dadukou-kjj-2020.txt'), UNIT)).toBe(true);
  });
  it('warns when the next part’s heading follows', () => {
    const text =
      '一、总体情况\n全年主动公开政府信息63条,政务微信公开政府信息0条,移动APP公开政府信息0\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n本年无申请。\n';
    expect(warned(text, UNIT)).toBe(true);
  });
  it('is silent on an excerpt that ends inside the count', () => {
    const text =
      '一、总体情况\n全年主动公开政府信息63条,政务微信公开政府信息0条,移动APP公开政府信息0';
    expect(warned(text, UNIT)).toBe(false);
  });
});

describe('government-scope-missing: the units as those whose work is checked', () => {
  const SCOPE = 'government-scope-missing';
  it('warns on the real text (real: 沙依巴克区人民政府 2022)', () => {
    expect(warned(realText('1193-shayibake-district-2022.txt'), SCOPE)).toBe(true);
  });
});
