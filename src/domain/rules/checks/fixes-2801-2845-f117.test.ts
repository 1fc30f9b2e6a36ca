import { describe, expect, it } from 'vitest';
import { asAgency, importedWarns, keys, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2801–2845 mended after it (stop 68, fixer f117): an overview of numbered
 * points counting no information made public, a town's figures said of no level (the town's aim, a
 * kind of news of the whole town, a text with no title naming the town's 镇政府), and a false warning
 * silenced: a kind named `X其他Y` after `X…Y` is the rest of that kind, not of the whole. From the real
 * wording, with nearby wording of the corpus that must stay silent.
 */

const COUNT = 'proactive-count-missing:overview';
const SCOPE = 'government-scope-missing';
const SUM = 'parts-sum-mismatch:overview';

const town = (text: string) =>
  asAgency(withOverview(text, 2025), 'township', '天水市麦积区花牛镇人民政府');

describe('proactive-count-missing: numbered points are no count (2801–2845)', () => {
  it('reads an overview of numbered points counting nothing (real: 阜蒙县交通运输局 2021)', () => {
    expect(importedWarns(realText('2808-fumeng-jtysj-2021.txt'), COUNT)).toBe(true);
  });

  it('stays silent where a point counts what was published', () => {
    expect(importedWarns(realText('2809-dongxiang-jtysj-2021.txt'), COUNT)).toBe(true);
    // 阜蒙县's points with a count said: no miss.
    const counted =
      '2021年,县交通运输局积极推进政府信息公开工作。\n1.成立领导小组。\n2.全年主动公开政府信息56条。\n3.积极参加“5.15”政务公开活动日。';
    expect(keys(withOverview(counted))).not.toContain(COUNT);
  });
});

describe('government-scope-missing: a town’s figures said of no level (2801–2845)', () => {
  it('reads the town’s development as its aim, not a scope (real: 天水市麦积区花牛镇 2025)', () => {
    const said =
      '2025年,花牛镇深入推进法治政府建设,为促进全镇经济社会高质量发展保驾护航。\n(一)主动公开。2025年我镇通过政府网站、麦积新闻网发布的信息为54条。';
    expect(keys(town(said))).toContain(SCOPE);
    expect(importedWarns(realText('2824-maiji-huaniu-2025.txt'), SCOPE)).toBe(true);
  });

  it('reads the whole town’s news as a kind published (real: 额敏县喀拉也木勒镇 2023)', () => {
    const said =
      '(一)政府信息主动公开情况。截止2023年12月31日,喀拉也木勒镇政府信息公开栏主动公开政府信息34条,主要为镇政府文件、政策解读、财政预算、全镇工作动态类以及各类工作补贴的信息。';
    expect(keys(town(said))).toContain(SCOPE);
    expect(importedWarns(realText('2828-emin-kalayemule-2023.txt'), SCOPE)).toBe(true);
  });

  it('reads a text with no title naming the town at work as the town’s (real: 昌黎县茹荷镇 2025)', () => {
    expect(importedWarns(realText('2829-changli-ruhe-2025.txt'), SCOPE)).toBe(true);
  });

  it('stays silent where the whole town’s figures are said', () => {
    for (const fine of [
      '2025年,全镇共主动公开政府信息54条。',
      '参与全镇经济社会建设工作中产生的公开信息共计147条。',
      '2025年,花牛镇本级主动公开政府信息54条。',
    ])
      expect(keys(town(fine)), fine).not.toContain(SCOPE);
  });
});

describe('parts-sum-mismatch: `X其他Y` after `X…Y` is a kind among others (2801–2845)', () => {
  it('is silent on 政府其他会议信息 after 政府常务会议信息 (real: 彰武县政府办 2019)', () => {
    const said =
      '2019年我县主动公开各类政务信息3000余份,其中政府文件121份,政府常务会议信息17份,政府其他会议信息29份,公开各类建议提案答复12件。';
    expect(keys(withOverview(said, 2019))).not.toContain(SUM);
    expect(importedWarns(realText('2841-zhangwu-zfb-2019.txt'), SUM)).toBe(false);
  });

  it('still reads a list closed by the rest of the whole', () => {
    const short = '全年主动公开政府信息300条,其中政府文件121条,政府常务会议信息17条,其他信息29条。';
    expect(keys(withOverview(short))).toContain(SUM);
  });
});

describe('channel-count-mismatch: a column in quotes listed twice (2801–2845)', () => {
  const TWICE = 'channel-count-mismatch:overview';
  it('reads “政策法规”58条 then 政策法规124条 after 其中 (real: 旌德县经开区 2019)', () => {
    const said =
      '2019年,经开区管委会在政府信息公开网上发布和更新信息300条。其中“政策法规”58条,政策法规124条,“重大决策预公开”14条,“规划计划”6条。';
    expect(keys(withOverview(said, 2019))).toContain(TWICE);
    expect(importedWarns(realText('2839-jingde-kfq-2019.txt'), TWICE)).toBe(true);
  });

  it('stays silent on two columns, or one column with one count', () => {
    for (const fine of [
      '其中“政策法规”58条,“政策解读”124条,“规划计划”6条。',
      '其中“政策法规”58条,政策法规58条。',
      '其中政策法规58条,政策法规解读12条。',
    ])
      expect(keys(withOverview(fine, 2019)), fine).not.toContain(TWICE);
  });
});

describe('region-figures-in-unit-report: the county’s count in 份 (2801–2845)', () => {
  const REGION = 'region-figures-in-unit-report:overview';
  it('reads 我县主动公开…3000余份 in the office’s report (real: 彰武县政府办公室 2019)', () => {
    expect(importedWarns(realText('2841-zhangwu-zfb-2019.txt'), REGION)).toBe(true);
  });

  it('stays silent on the office’s own count in 份', () => {
    const own = asAgency(
      withOverview('2019年我办主动公开各类政务信息300余份。', 2019),
      'department',
      '彰武县人民政府办公室',
    );
    expect(keys(own)).not.toContain(REGION);
  });
});
