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
 * Misses of the measure of 2081–2125 mended after it (stop 53, helper f49): a share of a target
 * between a whole and its list, the scope of a government's figures (the stock 汇总 of one
 * government's year, the units it guides, a town government's work as the year's subject), a count
 * added up to now, 舆情 handled counted among the information published. From the real wording,
 * with the corpus's texts that must stay silent.
 */

const PARTS = 'parts-sum-mismatch:overview';
const SCOPE = 'government-scope-missing';
const PERIOD = 'statistics-period-mismatch:overview';
const OFF_TOPIC = 'overview-item-off-topic:overview';

describe('parts-sum-mismatch: a share of a target between the whole and its list', () => {
  it('reads the list after `完成…任务数N条的X%` as the whole’s (real: 彩云镇 2022)', () => {
    const overview =
      '2022年,彩云镇共公开政府信息177条,完成市级下达任务数120条的147.5%,其中动态类信息94条、财政预决算类11条、救助类信息13条、公共企事业单位信息公开类12条、工作实施情况6条、行政执法类4条、政府信息公开全清单2条、领导信息类1条、涉农补贴类2条、住房保障类2条、基层政务公开标准目录9条、政府信息公开工作年度报告1条,方便群众及时了解我镇办事流程和工作动态。';
    expect(messageOf(withOverview(overview, 2022), PARTS)).toContain('177');
    expect(importedWarns(realText('2101-lufeng-caiyun-2022.txt'), PARTS)).toBe(true);
  });
  it('stays silent on a share whose list adds up (real: 南城街道 2021)', () => {
    const overview =
      '政府网站公开上传信息183条,占全部公开信息的38.5%,其中部门工作158条、政策文件23条、财务公开1条、政府信息公开年报1条。';
    expect(keys(withOverview(overview, 2021))).not.toContain(PARTS);
    expect(importedWarns(realText('043-gaoping-nanchengjie-2021.txt'), PARTS)).toBe(false);
    expect(importedWarns(realText('265-putuo-yichuanlu-2020.txt'), PARTS)).toBe(false);
  });
});

describe('government-scope-missing: figures of a government said of no level', () => {
  it('reads the stock `汇总2022年度,由…镇人民政府…编制而成` as no scope (real: 彩云镇 2022)', () => {
    expect(importedWarns(realText('2101-lufeng-caiyun-2022.txt'), SCOPE)).toBe(true);
  });
  it('reads the units a county guides (`指导督促…各乡镇完成…更新`) as no scope (real: 从江县 2021)', () => {
    expect(importedWarns(realText('2106-congjiang-county-2021.txt'), SCOPE)).toBe(true);
    const overview =
      '通过县人民政府网已公开各类信息10327条,通过政务微信发布信息250条,并指导督促县政府各部门、各乡镇完成公开指南、公开目录内容更新。';
    expect(keys(asAgency(withOverview(overview, 2021), 'government', '从江县人民政府'))).toContain(
      SCOPE,
    );
  });
  it('stays silent where the units guided publish themselves (real: 桥西区政府办 2024)', () => {
    expect(importedWarns(realText('1661-qiaoxi-zfb-2024.txt'), SCOPE)).toBe(false);
    const overview =
      '通过县人民政府网已公开各类信息10327条,并指导各街道办事处、各区直单位在指南栏目发布《政府信息公开指南》。';
    const county = asAgency(withOverview(overview, 2021), 'government', '从江县人民政府');
    expect(keys(county)).not.toContain(SCOPE);
  });
  it('reads a nameless text whose year’s work is a town government’s information work as a town’s (real: 雅满苏镇 2022)', () => {
    expect(importedWarns(realText('2118-yizhou-yamansu-2022.txt'), SCOPE)).toBe(true);
  });
  it('reads a nameless text whose group is headed by the deputy county head as the government’s (real: 黄平县 2019)', () => {
    expect(importedWarns(realText('2109-huangping-county-2019.txt'), SCOPE)).toBe(true);
    const overview =
      '及时制定工作方案,把政府信息公开的各项任务分解落实到全县各相关部门及乡镇。通过县政府门户网站主动公开信息共计5689余条。';
    const county = asAgency(withOverview(overview, 2019), 'government', '黄平县人民政府');
    expect(keys(county)).toContain(SCOPE);
    const summed = asAgency(
      withOverview(`${overview}全县各部门共公开信息6000条。`, 2019),
      'government',
      '黄平县人民政府',
    );
    expect(keys(summed)).not.toContain(SCOPE);
  });
  it('stays silent where the town says its units’ share (a scope word in its sentence)', () => {
    const overview = '2022年,彩云镇共公开政府信息177条,其中镇本级公开120条,各村公开57条。';
    expect(
      keys(asAgency(withOverview(overview, 2022), 'township', '彩云镇人民政府')),
    ).not.toContain(SCOPE);
  });
});

describe('statistics-period-mismatch: a count added up to now', () => {
  it('reads `截止目前,我局已…主动公开政府信息504条` (real: 桐乡市公安局 2023)', () => {
    const overview = '截止目前,我局已在市政府网站主动公开政府信息504条,其中工作动态140条。';
    expect(messageOf(withOverview(overview, 2023), PERIOD)).toContain('截止目前');
    expect(importedWarns(realText('2082-tongxiang-gaj-2023.txt'), PERIOD)).toBe(true);
    expect(importedWarns(realText('1499-tongzhou-songzhuang-2022.txt'), PERIOD)).toBe(true);
  });
  it('reads an earlier year `…至今,…累计发表…862条` (real: 大兴镇 2023)', () => {
    expect(importedWarns(realText('2108-lvchun-daxing-2023.txt'), PERIOD)).toBe(true);
  });
  it('stays silent where the sentence names the year, papers sent up, or no adding up', () => {
    for (const overview of [
      '截至目前,已完成2024年度主动公开类政府信息网上发布工作累计总量达19条。',
      '2024年,主动公开政府信息6条,2003年至今累计主动公开政府信息329条。',
      '截至目前,已向省政府信息公开领导小组办公室报送主动公开文件107件。',
      '截至目前共发布592条信息。',
    ])
      expect(keys(withOverview(overview, 2024))).not.toContain(PERIOD);
    for (const file of [
      '1418-nanan-penghua-2024.txt',
      '1643-yongtai-wjj-2022.txt',
      '539-liaoning-czt-2021.txt',
      '058-tianmen-hushi-2019.txt',
      '257-beidaihe-zfb-2022.txt',
    ])
      expect(importedWarns(realText(file), PERIOD)).toBe(false);
  });
});

describe('overview-item-off-topic: 舆情 handled among the information published', () => {
  it('reads `处置敏感舆情76条` under 主动公开 (real: 江津区规划和自然资源局 2022)', () => {
    const overview =
      '(一)政府信息主动公开情况\n全年主动公开征地批复及相关资料22条;行政处罚决定50条;处置敏感舆情76条;按照规定公开了决算。\n(二)政府信息依申请公开情况\n全年共受理依申请公开政府信息103件。';
    expect(messageOf(withOverview(overview, 2022), OFF_TOPIC)).toContain('处置敏感舆情76条');
    expect(importedWarns(realText('2098-jiangjin-ghzrzyj-2022.txt'), OFF_TOPIC)).toBe(true);
  });
  it('stays silent on 舆情 counted in 件 beside letters answered (real: 乐平市 2025)', () => {
    const overview =
      '(一)主动公开\n累计答复市长信箱信件156件,其中不予处理的信件1件;处理政务舆情14件。\n(二)依申请公开\n全年共受理依申请公开政府信息3件。';
    expect(keys(withOverview(overview, 2025))).not.toContain(OFF_TOPIC);
    expect(importedWarns(realText('1208-leping-2025.txt'), OFF_TOPIC)).toBe(false);
  });
});

describe('other-line-of-work: a 信访 office’s wording in another body’s report', () => {
  const LINE = 'other-line-of-work:overview';
  it('reads the 信访 thought studied by a police bureau (real: 青山区公安分局 2025)', () => {
    expect(importedWarns(realText('2112-qingshan-gafj-2025.txt'), LINE)).toBe(true);
    const overview =
      '2025年,区公安分局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记关于加强和改进人民信访工作的重要思想。依托区政府网站,根据信访工作实际,定期发布工作信息。';
    const bureau = asAgency(withOverview(overview, 2025), 'department', '青山区公安分局');
    expect(messageOf(bureau, LINE)).toContain('信访部门');
  });
  it('stays silent in a 信访 office’s own report (real: 杨浦区信访办 2024, 梁平区信访办 2019)', () => {
    expect(importedWarns(realText('1536-yangpu-xinfang-2024.txt'), LINE)).toBe(false);
    expect(importedWarns(realText('460-liangping-xfb-2019.txt'), LINE)).toBe(false);
    const overview = '结合信访工作实际,定期发布工作信息。';
    const office = asAgency(withOverview(overview, 2025), 'department', '梁平区信访办公室');
    expect(keys(office)).not.toContain(LINE);
  });
});

describe('overview-item-off-topic: a point of 总体情况 telling the line of business', () => {
  it('reads a numbered point telling sums in 亿元 and no word of information (real: 汕头市社保局 2022)', () => {
    expect(importedWarns(realText('2085-shantou-sbj-2022.txt'), OFF_TOPIC)).toBe(true);
    const overview =
      '2022年,通过局门户网公开信息510条次。\n1.切实兜住兜牢民生保障底线,全年共核发待遇98.67万人次,总金额达147.75亿元。\n2.深入推广“不见面”服务,梳理发布可网办事项。';
    expect(messageOf(withOverview(overview, 2022), OFF_TOPIC)).toContain(
      '1.切实兜住兜牢民生保障底线',
    );
  });
  it('stays silent on a point that tells sums made public', () => {
    const overview =
      '1.做好财政资金信息公开,全年公开惠民惠农补贴资金1.2亿元。\n2.及时发布工作动态信息35条。';
    expect(keys(withOverview(overview, 2022))).not.toContain(OFF_TOPIC);
  });
});
