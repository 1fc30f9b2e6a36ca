import { describe, expect, it } from 'vitest';
import { asAgency, keys, messageOf, withOverview } from '@/testing/checked-reports';
import { partsExceedingWhole } from './parts-sum';

/**
 * Misses and a false warning of the measure of 809–838 mended after it (stop 36, helper f6), from
 * the real wording.
 */

describe('a town’s figures, 本级 or the whole town unsaid (government-scope-missing)', () => {
  const SCOPE = 'government-scope-missing';
  const jiaotang = [
    '根据《中华人民共和国政府信息公开条例》要求,结合我镇实际情况编制此报告。',
    '(一)主动公开情况',
    '2022年公开政府信息250余条,工作动态91条、通知公告23条、信息公开指南1条、政府文件8条。',
    '(二)政府信息管理情况',
    '镇党委、政府主要领导高度重视政务公开工作,同时积极提高镇领导班子、镇村干部对政务公开工作的认识,调动各办公室、各线口积极配合政务公开工作资料的收集、汇总,确保政务公开有人抓、有落实。',
  ].join('\n');
  const town = (overview: string) => asAgency(withOverview(overview, 2022), 'township', '蛟塘镇');
  it('takes no gathering of the work’s papers for a scope said (real: 蛟塘镇 2022)', () => {
    expect(keys(town(jiaotang))).toContain(SCOPE);
  });
  it('still takes the whole town summed for one', () => {
    const summed = jiaotang.replace('政务公开工作资料的收集、汇总', '汇总全镇各站所信息');
    expect(keys(town(summed))).not.toContain(SCOPE);
    const said = jiaotang.replace('2022年公开政府信息250余条', '2022年全镇公开政府信息250余条');
    expect(keys(town(said))).not.toContain(SCOPE);
  });
});

describe('a list ended by a board’s count (parts-sum-mismatch)', () => {
  it('reads the count on a 公示栏 as a channel, not a kind (real: 乌恰县审计局 2025)', () => {
    const wuqia =
      '2025年1月1日至2025年12月31日,乌恰县审计局以政府网站作为公开信息平台,2025年度共公开政务信息40条,其中文件类6条,执行法规条例类2条,督察和审计类2条,行政执法类30条,单位公示栏上公开财务公开15条,政务公开6条。';
    expect(partsExceedingWhole(wuqia)).toEqual([]);
  });
  it('still adds up kinds that go on past the whole (real: 富鸣集团 2023’s shape)', () => {
    const kinds =
      '2025年度共公开政务信息40条,其中文件类6条,执行法规条例类2条,督察和审计类2条,行政执法类30条,财务公开15条,政务公开6条。';
    expect(partsExceedingWhole(kinds)).toHaveLength(1);
  });
  it('takes a site’s column for a kind, not a board', () => {
    const column =
      '2025年度共公开政务信息40条,其中文件类6条,执行法规条例类2条,督察和审计类2条,行政执法类30条,政务公开栏目15条,政务公开6条。';
    expect(partsExceedingWhole(column)).toHaveLength(1);
  });
});

describe('a unit managing the region’s portal (agency-scope-above-level)', () => {
  const KEY = 'agency-scope-above-level:overview';
  const hengshan =
    '(一)抓好了主动公开。门户网站全年共公开各类信息13条。\n(二)加强了信息管理。按照国、省政府网站检查指标及工作要求继续对县党政门户网站加强管理。';
  const unit = (overview: string, name = '湖南衡山萱洲国家湿地公园管理处') =>
    asAgency(withOverview(overview, 2020), 'department', name);
  it('says a department does not run the county’s portal (real: 萱洲国家湿地公园管理处 2020)', () => {
    expect(keys(unit(hengshan))).toContain(KEY);
    expect(messageOf(unit(hengshan), KEY)).toContain('县门户网站由县人民政府（办公室）建设管理');
    expect(
      keys(unit(hengshan.replace('继续对县党政门户网站加强管理', '加强对市政府门户网站的运维'))),
    ).toContain(KEY);
  });
  it('is silent for the government’s office, a unit that runs sites, and a unit’s own column', () => {
    expect(keys(unit(hengshan, '衡山县人民政府办公室'))).not.toContain(KEY);
    expect(keys(unit(hengshan, '衡山县大数据中心'))).not.toContain(KEY);
    expect(
      keys(asAgency(withOverview(hengshan, 2020), 'government', '衡山县人民政府')),
    ).not.toContain(KEY);
    // real: 和平街道 2025's shape, said by a department of its own part of the portal.
    const own = hengshan.replace(
      '继续对县党政门户网站加强管理',
      '对区政府门户网站政府信息公开平台进行持续维护',
    );
    expect(keys(unit(own))).not.toContain(KEY);
  });
});

describe('a town working around one department’s concerns (other-line-of-work)', () => {
  const KEY = 'other-line-of-work:overview';
  const wudongde =
    '2022年,在县委、县政府的正确领导下,乌东德镇党委、政府高度重视政府信息公开工作,紧紧围绕县委、县政府中心工作以及社会公众关切的医保热点和焦点问题,全面贯彻落实《条例》。';
  const town = (overview: string) =>
    asAgency(withOverview(overview, 2022), 'township', '乌东德镇人民政府');
  it('reads the 医保 concerns as a 医保局’s wording (real: 乌东德镇 2022)', () => {
    expect(keys(town(wudongde))).toContain(KEY);
    expect(messageOf(town(wudongde), KEY)).toContain('医保');
  });
  it('is silent on several lines’ concerns, on a town’s own, and on a department’s report', () => {
    const several = wudongde.replace('医保热点', '教育、医疗、住房等热点');
    expect(keys(town(several))).not.toContain(KEY);
    expect(keys(town(wudongde.replace('医保热点', '民生热点')))).not.toContain(KEY);
    expect(
      keys(asAgency(withOverview(wudongde, 2022), 'department', '禄劝县医疗保障局')),
    ).not.toContain(KEY);
  });
});
