import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2171–2215 mended after it (stop 54, helper f60): headings and names.
 * A sub-heading's first point run on into `二是` with its `一是` lost, a part's heading printed with
 * its numeral lost before 、, a line naming the report with 报告 lost at its end, two areas' names run
 * together in one sub-heading, and a bureau written by its field alone as a sentence's subject. From
 * the real wording, with the corpus's nearby wording that must stay silent.
 */

const NUMBER_MISSING = 'subheading-number-missing:overview';
const HEADING = 'section-heading-mismatch:proactive';
const NAME = 'report-name-garbled:meta';
const SUBHEADING = 'overview-subheading-garbled:overview';
const AGENCY_WORD = 'agency-name-word-lost:overview';

describe('subheading-number-missing: 二是 in a sub-heading’s first sentence, no 一是 before it', () => {
  it('flags the real wording (益阳高新区市场监管局 2020)', () => {
    const report = withOverview(
      '(一)主动公开情况。本年度主动公开政府信息10条。\n(二)拓宽信息公开形式。充分利用区政府门户网站公示信息,把网站列为公开信息的重要途径,二是积极利用微信公众号、公示栏等平台及时发布。',
    );
    expect(keys(report)).toContain(NUMBER_MISSING);
    expect(messageOf(report, NUMBER_MISSING)).toContain('一是');
    expect(importedWarns(realText('2196-yiyang-gxq-scjg-2020.txt'), NUMBER_MISSING)).toBe(true);
  });

  it('stays silent on points numbered from 一是, and on 二是 after a count closed by a stop', () => {
    for (const overview of [
      '(一)健全工作机制。一是严格按照上级要求执行相关制度,二是积极组建政务信息公开微信群。',
      // 南龙镇 2023, passed by its gatherer as wording.
      '(一)信息主动公开方面:2023年我镇主动公开政府信息2918条。其中:通过政府网站公开信息数为480条。二是通过微信公众平台接受网民参与监督。',
    ])
      expect(keys(withOverview(overview))).not.toContain(NUMBER_MISSING);
  });
});

describe('section-heading-mismatch: a part’s heading printed with its numeral lost before 、', () => {
  it('flags the real wording (耀州区审计局 2020)', () => {
    expect(importedWarns(realText('2213-yaozhou-sjj-2020.txt'), HEADING)).toBe(true);
    expect(importedMessage(realText('2213-yaozhou-sjj-2020.txt'), HEADING)).toContain(
      '丢了序号“二”',
    );
  });

  it('stays silent on the heading printed whole', () => {
    expect(importedWarns(realText('2208-guangxi-ksj-2024.txt'), HEADING)).toBe(false);
  });
});

describe('report-name-garbled: a line naming the report with 报告 lost at its end', () => {
  it('flags the real wording (观胜镇 2019)', () => {
    const report = withPreface('关于观胜镇人民政府信息公开工作年度', 2019);
    expect(keys(report)).toContain(NAME);
    expect(messageOf(report, NAME)).toContain('关于观胜镇人民政府信息公开工作年度');
    expect(importedWarns(realText('2192-rongchang-guansheng-2019.txt'), NAME)).toBe(true);
  });

  it('stays silent on a title wrapped before 报告, and on 年度 inside a sentence', () => {
    for (const preface of [
      '某镇人民政府2019年政府信息公开工作年度\n报告\n现将本镇2019年政府信息公开工作年度报告公布如下。',
      '现将某镇2019年政府信息公开工作年度报告公布如下。政府信息公开工作年度报表另附。',
    ])
      expect(keys(withPreface(preface, 2019))).not.toContain(NAME);
  });
});

describe('overview-subheading-garbled: two areas’ names run together in one sub-heading', () => {
  it('flags the real wording (台江区文化体育和旅游局 2023)', () => {
    const report = withOverview(
      '(一)主动公开情况\n本年度主动公开政府信息10条。\n(三)政府信息管理政府信息公开平台建设精心组织网络宣传,加强门户网站和政务新媒体建设。',
      2023,
    );
    expect(keys(report)).toContain(SUBHEADING);
    expect(messageOf(report, SUBHEADING)).toContain('两个小标题连写');
    expect(importedWarns(realText('2179-taijiang-wtlj-2023.txt'), SUBHEADING)).toBe(true);
  });

  it('stays silent on two areas joined by 及 and on an area and its text', () => {
    for (const overview of [
      '(三)政府信息管理及平台建设。规范信息发布流程,加强网站建设。',
      '(三)政府信息管理。规范信息发布流程。\n(四)政府信息公开平台建设。加强网站建设。',
    ])
      expect(keys(withOverview(overview, 2023))).not.toContain(SUBHEADING);
  });
});

describe('agency-name-word-lost: a bureau written by its field alone as a sentence’s subject', () => {
  const bureau = (overview: string) =>
    asAgency(withOverview(overview, 2020), 'department', '铜川市耀州区审计局');

  it('flags the real wording (耀州区审计局 2020)', () => {
    const report = bureau('(四)监督保障\n审计高度重视政府信息公开工作,全面落实政府信息公开要求。');
    expect(keys(report)).toContain(AGENCY_WORD);
    expect(messageOf(report, AGENCY_WORD)).toContain('耀州区审计局');
    expect(importedWarns(realText('2213-yaozhou-sjj-2020.txt'), AGENCY_WORD)).toBe(true);
  });

  it('stays silent on the bureau named, and on the field as the work', () => {
    for (const overview of [
      '(四)监督保障\n区审计局高度重视政府信息公开工作。',
      '(四)监督保障\n审计局高度重视政府信息公开工作。',
      '(四)监督保障\n审计工作坚持依法公开。着力提升审计的透明度。',
    ])
      expect(keys(bureau(overview))).not.toContain(AGENCY_WORD);
  });
});
