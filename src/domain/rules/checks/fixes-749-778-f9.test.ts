import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { Report } from '@/domain/report/types';
import { keys, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 749–778 mended after it (stop 35, helper f9), from the real wording.
 */

const withProactive = (
  proactive: string,
  year = 2020,
  report: Report = clean2021.report,
): Report => ({
  ...report,
  meta: { ...report.meta, year },
  narrative: { ...report.narrative, proactive },
});

describe('a template’s choice left unmade (template-text-left)', () => {
  const LEFT = 'template-text-left:proactive';
  it('reads `本行政区域(或本部门)` printed as it stands (real: 长白镇 2020, 长春新区 2020)', () => {
    const changbai =
      '全年主动公开政府信息60条。\n2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):0';
    expect(keys(withProactive(changbai))).toContain(LEFT);
  });
  it('is silent when the agency chose (corpus wording)', () => {
    const chosen =
      '全年主动公开政府信息60条。\n2020年本部门政府信息公开发布总数量(非新闻类、消息类):2条';
    expect(keys(withProactive(chosen))).not.toContain(LEFT);
    const area = '坚持在本行政区域内推进政务公开,全年主动公开政府信息60条。';
    expect(keys(withProactive(area))).not.toContain(LEFT);
  });
});

describe('the fair-competition review named wrongly (phrase-garbled)', () => {
  const GARBLED = 'phrase-garbled:overview';
  it('reads `竞争性审查机制` as 公平竞争审查 (real: 洪洞县教育科技局 2023)', () => {
    const hongtong =
      '(四)监督保障。严格执行保密审查机制、竞争性审查机制、信息发布审核机制、依申请公开会商机制,全面落实监督岗位责任。';
    expect(keys(withOverview(hongtong, 2023))).toContain(GARBLED);
  });
  it('is silent on the review named right (real: 黑龙江省市场监督管理局 2023)', () => {
    const right = '(四)监督保障。严格执行保密审查机制、公平竞争审查机制、信息发布审核机制。';
    expect(keys(withOverview(right, 2023))).not.toContain(GARBLED);
  });
});

describe('a short name never defined (citation-abbreviation-mismatch)', () => {
  const MISMATCH = 'citation-abbreviation-mismatch:overview';
  const preface =
    '根据新修订的《中华人民共和国政府信息公开条例》(以下简称新《条例》)、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函﹝2019﹞60号,以下简称《通知》)和《哈尔滨市政府信息公开办法》(以下简称《办法》)有关规定,编制本报告。';
  it('reads 《规定》 used when the preface defines others only (real: 呼兰区孟家乡 2020)', () => {
    const mengjia =
      '(一)工作机构情况。根据“主要领导亲自抓,分管领导具体抓”的工作要求,严格按照《条例》、《规定》的要求,结合具体现状制定流程、落实措施。';
    expect(keys(withPreface(preface, 2020, withOverview(mengjia, 2020)))).toContain(MISMATCH);
  });
  it('is silent on a short name the preface defines, and on 《条例》 (real: 平潭 2019)', () => {
    const defined = '(一)提高业务水平。组织局机关信息公开业务人员认真领会《条例》和《办法》精神。';
    expect(keys(withPreface(preface, 2020, withOverview(defined, 2020)))).not.toContain(MISMATCH);
  });
  // Since a fix of stop 41 after the measure of 1289–1318: a report that defines no short name warns
  // too unless it names a 规定 in full (real: 沧州市卫健委 2023, written down by its gatherer; the test
  // was `is silent when the report defines no short name`).
  it('is silent when the report defines no short name but names the rule in full', () => {
    const bare =
      '根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》有关规定,编制本报告。';
    const used = '(一)工作机构情况。严格按照《条例》、《规定》的要求,制定流程。';
    expect(keys(withPreface(bare, 2020, withOverview(used, 2020)))).not.toContain(MISMATCH);
  });
});
