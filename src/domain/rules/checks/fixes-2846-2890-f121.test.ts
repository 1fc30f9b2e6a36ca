import { describe, expect, it } from 'vitest';
import { asAgency, importedWarns, keys, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2846–2890 mended after it (stop 69, fixer f121): a town's units as the reach of
 * its disclosure network, no scope said; parts against a whole written with `期中`, of none, after the
 * columns it spans, or past it in 篇; the press's reports and a service platform's matters as no count of
 * information published; a bare count after a kind counted in a comma list; a point on the news work. From
 * the real wording, with nearby wording of the corpus that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const SUM = 'parts-sum-mismatch:overview';
const COUNT = 'proactive-count-missing:overview';
const UNIT = 'count-unit-missing:overview';
const OFF = 'overview-item-off-topic:overview';

const town = (text: string) =>
  asAgency(withOverview(text, 2021), 'township', '铜陵市义安区胥坝乡人民政府');

describe('government-scope-missing: the town’s units as the network’s reach (2846–2890)', () => {
  it('reads 覆盖全乡各业务部门 as no scope (real: 义安区胥坝乡 2021)', () => {
    const said =
      '(一)主动公开情况。截至目前,全年累计发布信息369条。\n(三)政府信息管理。建立了横向覆盖全乡各业务部门、纵向覆盖主要领导的政府信息公开网络体系。';
    expect(keys(town(said))).toContain(SCOPE);
    expect(importedWarns(realText('2861-yian-xuba-2021.txt'), SCOPE)).toBe(true);
  });

  it('stays silent where the whole town’s units are counted', () => {
    for (const fine of [
      '全年累计发布信息369条,覆盖全乡各村共发布信息120条。',
      '2021年,全乡各部门共主动公开政府信息369条。',
    ])
      expect(keys(town(fine)), fine).not.toContain(SCOPE);
  });
});

describe('parts-sum-mismatch: 期中, a whole of none, columns spanned, 篇 past 条 (2846–2890)', () => {
  it('reads `期中` after a count as 其中, a whole of none against 360 (real: 南岗区 2023)', () => {
    const said = '我局主动公开信息0条,期中市政务公开网0条,微信公众号发布文章、信息360条。';
    expect(keys(withOverview(said, 2023))).toContain(SUM);
    expect(importedWarns(realText('2856-nangang-qytzj-2023.txt'), SUM)).toBe(true);
  });

  it('stays silent on parts of none, and on 期中 as a term’s middle', () => {
    for (const fine of [
      '我局主动公开信息0条,期中市政务公开网0条,微信公众号0条。',
      '我局主动公开信息0条,其中网站0条,公众号0条。',
      '组织期中考试2次,其中笔试1次,面试1次。',
    ])
      expect(keys(withOverview(fine, 2023)), fine).not.toContain(SUM);
  });

  it('reads the whole past the columns it spans (real: 贵池区乌沙镇 2022)', () => {
    const said =
      '乌沙镇共发布信息379条,涉及社会救助、安全生产、回应关切等53个栏目,其中:发布本级政府文件1条,重大决策预公开4条,政府工作报告1条,财政资金23条,公共资源交易148条,政策解读11条,回应关切10条。';
    expect(keys(withOverview(said, 2022))).toContain(SUM);
    expect(importedWarns(realText('2862-guichi-wusha-2022.txt'), SUM)).toBe(true);
  });

  it('stays silent where the kinds make the whole past its columns', () => {
    const fine =
      '乌沙镇共发布信息30条,涉及社会救助、回应关切等3个栏目,其中:政府文件10条,社会救助12条,回应关切8条。';
    expect(keys(withOverview(fine, 2022))).not.toContain(SUM);
  });

  it('reads a channel’s information in 篇 past the whole in 条 (real: 融安县大坡乡 2024)', () => {
    const said =
      '全年累计主动公开政府信息162条。其中,乡镇文件公开41条,通过“融安县大坡乡”微信公众号发布信息293篇。';
    expect(keys(withOverview(said, 2024))).toContain(SUM);
    expect(importedWarns(realText('2868-rongan-dapo-2024.txt'), SUM)).toBe(true);
  });

  it('stays silent on 篇 within the whole, and on the press’s manuscripts', () => {
    for (const fine of [
      '全年累计主动公开政府信息162条。其中,乡镇文件公开41条,通过微信公众号发布信息93篇。',
      '全年累计主动公开政府信息162条。其中,乡镇文件公开41条,在各级媒体刊发稿件293篇。',
    ])
      expect(keys(withOverview(fine, 2024)), fine).not.toContain(SUM);
  });
});

describe('proactive-count-missing: the press’s reports and a platform’s matters (2846–2890)', () => {
  it('reads 政务服务管理平台发布事项76项 as no count (real: 阿尔丁大街街道 2024)', () => {
    const said =
      '(一)主动公开情况\n2024年,街道办事处通过微信公众号等渠道,针对机关概况、财政预算等方面的政府工作信息进行了依法公开公示。一体化在线政务服务平台受理办件量5140件,政务服务管理平台发布事项76项。\n(二)依申请公开情况\n2024年,我街道共收到政府信息公开申请0件。';
    expect(keys(withOverview(said, 2024))).toContain(COUNT);
    expect(importedWarns(realText('2873-kundulun-aerding-2024.txt'), COUNT)).toBe(true);
  });

  it('reads 媒体刊发、播出新闻报道600余篇次 as no count (real: 广州市司法局 2021)', () => {
    const said =
      '(一)突出重点,深耕主动公开领域。\n一是新增管理栏目。二是强化宣传手段。在报纸、电视、网络主流媒体刊发、播出新闻报道600余篇次并被转载。\n(二)提高效率,做好依申请公开工作。\n2021年共受理政府信息公开申请29宗。';
    expect(keys(withOverview(said))).toContain(COUNT);
    expect(importedWarns(realText('2882-guangzhou-sfj-2021.txt'), COUNT)).toBe(true);
  });

  it('stays silent on the service catalogue published alone, and on news told off the topic', () => {
    // 木兰县林业和草原局 2022: `公开政务服务事项33项,行政许可30项,…`, no cases handled beside it.
    expect(importedWarns(realText('220-mulan-lcj-2022.txt'), COUNT)).toBe(false);
    // 和田县吾宗肖乡 2023: its pieces sent to the media told by overview-item-off-topic, once.
    expect(importedWarns(realText('1569-hetian-wuzongxiao-2023.txt'), COUNT)).toBe(false);
    expect(importedWarns(realText('1569-hetian-wuzongxiao-2023.txt'), OFF)).toBe(true);
  });

  it('stays silent where the item counts what was published beside them', () => {
    const fine =
      '(一)主动公开情况\n政务服务管理平台发布事项76项,在各级媒体刊发稿件30篇,通过网站主动公开政府信息120条。\n(二)依申请公开情况\n2024年,我街道共收到政府信息公开申请0件。';
    expect(keys(withOverview(fine, 2024))).not.toContain(COUNT);
  });
});

describe('count-unit-missing: a bare count after a kind counted, commas (2846–2890)', () => {
  it('reads 政策解读13, after 部门文件5条 (real: 济宁市卫生健康委员会 2024)', () => {
    const said =
      '主动公开政府信息348条。其中,公开机构职能1条,部门文件5条,政策解读13,部门会议5;扎实做好政策意见征集工作。';
    expect(keys(withOverview(said, 2024))).toContain(UNIT);
    expect(importedWarns(realText('2881-jining-wjw-2024.txt'), UNIT)).toBe(true);
  });

  it('reads the same in older texts whose gatherers wrote it as a slip (280, 394)', () => {
    expect(importedWarns(realText('280-wulong-changba-2022.txt'), UNIT)).toBe(true);
    expect(importedWarns(realText('394-donghu-guandong-2025.txt'), UNIT)).toBe(true);
  });

  it('stays silent on counts with units, a count’s name, and no 其中', () => {
    for (const fine of [
      '主动公开政府信息348条。其中,公开机构职能1条,部门文件5条,政策解读13条,部门会议5条;',
      '主动公开政府信息348条。其中,公开机构职能1条,依申请公开信息数13,',
      '公开机构职能1条,部门文件5条,办理时限缩短至13,',
    ])
      expect(keys(withOverview(fine, 2024)), fine).not.toContain(UNIT);
  });
});

describe('overview-item-off-topic: a point on the news work (2846–2890)', () => {
  it('reads 形成宣传矩阵 over 新闻宣传工作 (real: 宿迁市水利局 2024)', () => {
    const said =
      '2024年,我局全面推进政务公开。\n一是强化组织体系建设,形成宣传矩阵。我局高度重视宣传工作,明确了信息员负责本处室(单位)的新闻宣传工作,打造全市水利系统新闻阵地。';
    expect(keys(withOverview(said, 2024))).toContain(OFF);
    expect(importedWarns(realText('2877-suqian-slj-2024.txt'), OFF)).toBe(true);
  });

  it('stays silent on a publicity heading over the channels, or on disclosure', () => {
    expect(importedWarns(realText('2735-yancheng-cgj-2023.txt'), OFF)).toBe(false);
    const fine =
      '2024年,我局全面推进政务公开。\n一是拓宽渠道,强化信息公开宣传。通过门户网站主动公开政府信息120条,明确新闻宣传工作与信息公开工作分工。';
    expect(keys(withOverview(fine, 2024))).not.toContain(OFF);
  });
});
