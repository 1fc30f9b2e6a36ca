import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 2126–2170 mended after it (stop 53, helper f52):
 * counts, units and sums. From the real wording, with the corpus's nearby wording that must stay
 * silent.
 */

const SUM = 'parts-sum-mismatch:overview';
const NUMBER = 'count-number-missing:overview';
const UNIT = 'count-unit-missing:overview';

describe('parts-sum-mismatch: lists read as their wording says', () => {
  it('reads a kind’s own parts after `内有` apart from the kinds (2138)', () => {
    const overview =
      '2023年在政府信息公开网站上共新增主动公开政府信息50条。其中机构类信息20条,内有领导成员10条、机构职能4条、机构概况1条、直属单位或下属机构5条;工作类信息11条,其中镇街动态3条、计划总结3条、通知公告5条;政策文件类信息4条;民生事项类信息8条;财政管理类信息7条,其中部门预决算2条、专项经费5条。';
    expect(keys(withOverview(overview, 2023))).not.toContain(SUM);
    expect(importedWarns(realText('2138-yongjia-xixia-2023.txt'), SUM)).toBe(false);
  });
  it('is silent on a list splitting its whole twice, by source and by outcome (2144)', () => {
    const overview =
      '2025年本机关共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续办理2件。';
    expect(keys(withOverview(overview, 2025))).not.toContain(SUM);
    expect(importedWarns(realText('2144-tongliang-zfb-2025.txt'), SUM)).toBe(false);
  });
  it('still tells a list that only looks split twice', () => {
    const overview =
      '共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续办理3件。';
    expect(messageOf(withOverview(overview, 2025), SUM)).toContain('15件');
  });
  it('reads parts in 篇 and 条 against a whole in 条 (2147)', () => {
    const overview =
      '2023年,我局在昌江区政府信息公开平台发布各类信息45条,其中,规范性文件2篇,政策解读2篇,含政务动态信息43条,按期公开年度预、决算信息等政务信息。';
    expect(messageOf(withOverview(overview, 2023), SUM)).toContain('2篇 + 2篇 + 43条 = 47');
    expect(importedWarns(realText('2147-changjiang-gxj-2023.txt'), SUM)).toBe(true);
  });
  it('is silent when parts in 篇 and 条 make no more than the whole', () => {
    const overview =
      '2023年,我局发布各类信息45条,其中,规范性文件2篇,政策解读2篇,含政务动态信息41条,按期公开年度预、决算信息等政务信息。';
    expect(keys(withOverview(overview, 2023))).not.toContain(SUM);
  });
  it('reads the kinds after `…的内容有:` against the whole of the sentence before (2167)', () => {
    const overview =
      '2022年,我镇累计公开政务信息1165条。全年主动公开政府信息的内容有:政策解读信息4条;财政资金信息145条;回应关切251条;预警信息49条;社会公益事业及重点民生领域信息396条;社会保障信息144条;监督检查信息2条。';
    expect(messageOf(withOverview(overview, 2022), SUM)).toContain('991条');
    expect(importedWarns(realText('2167-mengcheng-sanyi-2022.txt'), SUM)).toBe(true);
  });
  it('is silent when the kinds after `内容有:` make the whole, or name kinds only (2060)', () => {
    for (const overview of [
      '2022年,我镇累计公开政务信息1165条。全年主动公开政府信息的内容有:政策解读信息4条;财政资金信息145条;回应关切251条;预警信息49条;社会公益事业及重点民生领域信息570条;社会保障信息144条;监督检查信息2条。',
      '2023年,市水务局根据工作范围内主动公开政府信息的主要类别有:工作信息、财政预决算、规划计划、部门文件等。',
    ])
      expect(keys(withOverview(overview, 2022))).not.toContain(SUM);
  });
});

describe('count-number-missing: a whole named by its kinds, a kind beside counts in 篇', () => {
  it('reads the whole named by kinds closed by 等, its count lost before `其中` (2144)', () => {
    const overview =
      '(一)扎实推进主动公开。以服务中心工作和重点任务为导向,主动公开规划、行政许可、监督检查、重大项目、重大民生信息等政府信息,其中,行政规范性文件10件、其他政策文件24件,转载重大政策信息765条。';
    expect(messageOf(withOverview(overview, 2025), NUMBER)).toContain('各项的件数');
    expect(importedWarns(realText('2144-tongliang-zfb-2025.txt'), NUMBER)).toBe(true);
  });
  it('is silent when the sentence counted the whole before the kinds (997)', () => {
    const overview =
      '2024年,区财政局通过区政府门户网站发布政务信息79条,更新了机构职能、领导信息等栏目信息,其中涉及乡村振兴等财政资金直达基层文件信息42条、投资评审信息7条,项目绩效公开信息1条。';
    expect(keys(withOverview(overview, 2024))).not.toContain(NUMBER);
    expect(importedWarns(realText('997-guangxin-czj-2024.txt'), NUMBER)).toBe(false);
  });
  it('reads a kind with 条 and no number beside kinds counted in 条 and 篇 (2147)', () => {
    const overview = '其中,规范性文件2篇,政策解读2篇,含政务动态信息43条、政策解读信息条,按期公开。';
    expect(messageOf(withOverview(overview, 2023), NUMBER)).toContain('政策解读信息条');
    expect(importedWarns(realText('2147-changjiang-gxj-2023.txt'), NUMBER)).toBe(true);
  });
  it('is silent on a word ending in 条 beside counts (头条)', () => {
    const overview = '其中,规范性文件2篇,政务动态信息43条、上头条,按期公开。';
    expect(keys(withOverview(overview, 2023))).not.toContain(NUMBER);
  });
});

describe('count-unit-missing: counts of manuscripts, of work done, of a change', () => {
  it('reads `稿件4,` (2145)', () => {
    const overview = '全年发布信息30条,其中包括政策解读稿件4,及时公开项目信息。';
    expect(messageOf(withOverview(overview, 2024), UNIT)).toContain('稿件4');
    expect(importedWarns(realText('2145-xinyu-glzx-2024.txt'), UNIT)).toBe(true);
  });
  it('reads `开展各类民意征集19。` and `正在办理1主要…` (2152)', () => {
    const overview =
      '回应公众关注热点31条,开展各类民意征集19。全年共收到依申请公开30件,现已办结29件,正在办理1主要涉及征地拆迁等领域。';
    expect(messageOf(withOverview(overview, 2022), UNIT)).toContain('民意征集19');
    expect(importedWarns(realText('2152-tongchuan-2022.txt'), UNIT)).toBe(true);
  });
  it('reads a change between two bare numbers (2160)', () => {
    const overview = '完成政务服务中心大厅改造升级工程,由只能入驻10增加到32,审批事项达到493项。';
    expect(messageOf(withOverview(overview, 2020), UNIT)).toContain('10增加到32');
    expect(importedWarns(realText('2160-xisaishan-zsj-2020.txt'), UNIT)).toBe(true);
  });
  it('is silent on the same wording with its units, a share or a year', () => {
    for (const overview of [
      '全年发布信息30条,其中包括政策解读稿件4篇,及时公开项目信息。',
      '开展各类民意征集19次。正在办理1件,主要涉及征地拆迁等领域。',
      '开展第3季度检查,开展2022年度考核。',
      '由只能入驻10个增加到32个,公开率由90%提高到95%,由2019增加到2020年度。',
    ])
      expect(keys(withOverview(overview, 2022))).not.toContain(UNIT);
  });
});
