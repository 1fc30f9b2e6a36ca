import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1574–1633 mended after it (stop 46, helper f16): a government's or a
 * town's figures with 本级 or the whole area unsaid, read past words that only seemed to say it or
 * agencies not read as governments; a township running a 政府公报; a town's overview working around
 * one department's line. From the real wording, with the corpus's texts that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const ABOVE = 'township-scope-above-level:overview';
const LINE = 'other-line-of-work:overview';
const TOWN_MESSAGE =
  '乡镇人民政府的年度报告应说明所列数据是乡镇政府本级的，还是全乡镇（含所属站所、村）汇总的';

const town = (overview: string, name = '北票市长皋乡人民政府', report?: Report) =>
  asAgency(withOverview(overview, 2025, report), 'township', name);

describe('government-scope-missing: words that say nothing of whose the figures are', () => {
  it('flags a count beside `全乡未受理任何形式的政府信息公开申请` (real: 北票市长皋乡 2025)', () => {
    const report = town(
      '依托8个行政村政务公开专区及乡政务服务中心等载体,全年累计主动公开各类政务信息400余条。\n(二)依申请公开情况\n2025年度,全乡未受理任何形式的政府信息公开申请。',
    );
    expect(messageOf(report, SCOPE)).toBe(TOWN_MESSAGE);
    expect(importedWarns(realText('1618-beipiao-changgao-2025.txt'), SCOPE)).toBe(true);
    expect(importedWarns(realText('1627-baiyin-silong-2025.txt'), SCOPE)).toBe(true);
  });
  it('flags a count when 本级 names only the portal the report is read on (real: 滨海新区太平镇 2021)', () => {
    const report = town(
      '2021年,我镇坚持把政府信息公开作为一项重要工作。全年主动公开信息30余条。',
      '太平镇',
      withPreface('本报告公众可在本级政府门户网站信息公开专栏中查看。'),
    );
    expect(keys(report)).toContain(SCOPE);
    expect(importedWarns(realText('1609-binhai-taiping-2021.txt'), SCOPE)).toBe(true);
  });
  it('is silent when the scope is said of the requests’ count, the level’s portal’s or the villages’', () => {
    // The requests counted with 全镇 and the items too (the corpus's `全镇…申请N件` decided at stop 42
    // only where the items are counted in another sentence).
    expect(keys(town('2025年,全乡共公开政府信息40条,全乡未受理政府信息公开申请。'))).not.toContain(
      SCOPE,
    );
    // The level's portal giving its own count (real: 邵阳市 2020).
    expect(importedWarns(realText('1142-shaoyang-city-2020.txt'), SCOPE)).toBe(false);
    // The villages' 村务 set beside the 苏木's count (real: 阿嘎如泰苏木 2022).
    expect(
      keys(town('2022年苏木共公开政府信息96条,嘎查村村务672条。', '阿嘎如泰苏木')),
    ).not.toContain(SCOPE);
    expect(importedWarns(realText('1614-jiuyuan-agarutai-2022.txt'), SCOPE)).toBe(false);
    // The villages' items as a part of the town's count say nothing (real: 阜平县天生桥镇 2021, asked).
    expect(
      keys(town('2021年度,我镇主动公开政府信息5条。其中,村级公开3条,政策解读1条。', '天生桥镇')),
    ).toContain(SCOPE);
    expect(importedWarns(realText('1043-fuping-tianshengqiao-2021.txt'), SCOPE)).toBe(true);
  });
});

describe('government-scope-missing: agencies now read as a government or a town', () => {
  it('flags a 管理区 under a county, a township-level government (real: 柳城县伏虎华侨管理区 2025)', () => {
    const report = asAgency(
      withOverview('2025年,管理区紧扣县级工作部署。全年主动公开各类政府信息2条。', 2025),
      'government',
      '柳城县伏虎华侨管理区',
    );
    expect(messageOf(report, SCOPE)).toBe(TOWN_MESSAGE);
    expect(importedWarns(realText('1592-liucheng-fuhu-2025.txt'), SCOPE)).toBe(true);
  });
  it('is silent on a development zone’s committee', () => {
    const report = asAgency(
      withOverview('2025年,管委会紧扣工作部署。全年主动公开各类政府信息20条。', 2025),
      'government',
      '柳城县经济开发区',
    );
    expect(keys(report)).not.toContain(SCOPE);
  });
  it('flags a region’s report compiled by one of its units, speaking as the region (real: 东宝区 2020)', () => {
    const report = asAgency(
      withOverview(
        '本报告是由东宝区大数据中心编制的2020年度政府信息公开年度报告。今年以来,我区政府信息公开工作在区委、区政府的指导下取得成效。2020年度主动公开政府信息4922条。',
        2020,
      ),
      'department',
      '东宝区大数据中心',
    );
    expect(messageOf(report, SCOPE)).toBe(
      '人民政府的年度报告应说明所列数据是本级政府的，还是全辖区（含所属部门、下级政府）汇总的',
    );
    expect(importedWarns(realText('1578-dongbao-2020.txt'), SCOPE)).toBe(true);
  });
  it('is silent on a department compiling its own report, speaking of the city’s line of work (real: 莆田市农业农村局 2024)', () => {
    expect(importedWarns(realText('204-putian-nyncj-2024.txt'), SCOPE)).toBe(false);
  });
  it('flags a nameless text opening with the town at work and naming its government (real: 武山县城关镇 2025)', () => {
    const report = asAgency(
      withOverview(
        '2025年,武山县城关镇全面贯彻落实政府信息公开各项规定,实现全镇科学发展的新跨越。\n(一)主动公开。2025年,城关镇主动公开信息共计444条。\n(四)政府信息平台建设。城关镇人民政府信息公开形式,主要以武山县人民政府网为第一平台。',
        2025,
      ),
      'department',
      '',
    );
    expect(messageOf(report, SCOPE)).toBe(TOWN_MESSAGE);
    expect(importedWarns(realText('1626-wushan-chengguan-2025.txt'), SCOPE)).toBe(true);
  });
  it('is silent on the town’s bare name at work alone (real: 庆云县尚堂镇 2021, 界坑乡 2022)', () => {
    expect(importedWarns(realText('317-qingyun-shangtang-2021.txt'), SCOPE)).toBe(false);
    expect(importedWarns(realText('780-yongjia-jiekeng-2022.txt'), SCOPE)).toBe(false);
  });
});

describe('township-scope-above-level: a township running a 政府公报', () => {
  it('flags `强化政府公报服务功能` (real: 从江县往洞镇 2022)', () => {
    const report = town(
      '(三)推进政务公开平台建设。二是强化政府公报服务功能,以赠阅发行方式,赠阅范围覆盖全镇17个村的“农家书屋”。',
      '从江县往洞镇人民政府',
    );
    expect(messageOf(report, ABOVE)).toBe(
      '乡镇（街道）的年度报告写“强化政府公报服务功能”：政府公报由县级以上人民政府编辑发行，乡镇（街道）不办政府公报，是否照抄了上级的报告？请改为本乡镇（街道）的工作',
    );
    expect(importedWarns(realText('1593-congjiang-wangdong-2022.txt'), ABOVE)).toBe(true);
  });
  it('is silent on a gazette not issued, the levels above’s provided, or its form changed', () => {
    for (const overview of [
      '本年度未发行政府公报。',
      '提供本年度公开发布的政府发文、中央、省、市三级为主的政府公报。',
      '推进政府公报数字化转型,定期清理失效政务信息。',
    ])
      expect(keys(town(overview))).not.toContain(ABOVE);
    expect(importedWarns(realText('248-xinghua-changrong-2025.txt'), ABOVE)).toBe(false);
  });
});

describe('other-line-of-work: a town working around one department’s line', () => {
  it('flags `围绕市场监管工作,进一步深化公开内容` (real: 托克逊县夏镇 2024)', () => {
    const report = town(
      '2024年,托克逊县夏镇人民政府坚持以习近平新时代中国特色社会主义思想为指导围绕市场监管工作,进一步深化公开内容,着力提升政务公开质量。',
      '托克逊县夏镇人民政府',
    );
    expect(messageOf(report, LINE)).toBe(
      '乡镇（街道）的年度报告在总体情况中写“围绕市场监管工作”：乡镇（街道）的报告写本机关全部的政府信息公开工作，不只是市场监管这一项，是否照抄了市场监管部门的报告？请改为本机关的工作',
    );
    expect(importedWarns(realText('1632-tuokexun-xiazhen-2024.txt'), LINE)).toBe(true);
  });
  it('is silent on the centre’s work, or a line named among the topics', () => {
    for (const overview of [
      '2024年,镇政府紧紧围绕中心工作,进一步深化公开内容。',
      '围绕教育工作重点和群众关切,公开政策文件12条。',
    ])
      expect(keys(town(overview))).not.toContain(LINE);
  });
});
