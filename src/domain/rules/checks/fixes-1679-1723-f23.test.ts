import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1679–1723 mended after it (stop 48, helper f23): the preface, the report's
 * name, web and postal addresses, agency names and the importer's fields. From the real wording, with
 * the corpus's texts that must stay silent.
 */

const PHRASE_META = 'phrase-garbled:meta';
const PHRASE_OVERVIEW = 'phrase-garbled:overview';
const TEMPLATE = 'template-text-left:meta';
const NAME = 'report-name-garbled:meta';
const HEADING = 'section-heading-mismatch:overview';
const OTHER_AGENCY = 'other-agency-in-text:overview';
const LINE = 'other-line-of-work:overview';

describe('phrase-garbled: a web or postal address garbled', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    [
      '本报告的电子版可在“泉州市永春县人民政府门户网站”(http//www.fjyc.gov.cn)下载。',
      '“http//www.fjyc.gov.cn”疑为“http://www.fjyc.gov.cn”',
      '1683-yongchun-chengxiang-2020.txt',
    ],
    [
      '本年度报告内容可以通过“岭东区人民政府” 网站-政务公开-政府信息公开工作年度报告栏目 (http://www.sys ld.gov.cn)中查阅下载。',
      '“http://www.sys ld.gov.cn”疑为“http://www.sysld.gov.cn”',
      '1691-lingdong-district-2024.txt',
    ],
    [
      '本年度报告的电子版可在淮南市审计局政府门户网站()政府信息公开网站“政府信息公开年报”栏目下载。',
      '“网站()”疑为“网站(网址)”',
      '1690-huainan-sjj-2021.txt',
    ],
    [
      '如对本报告有任何疑问,请与临沂市司法局联系(地址:临沂市北城新区北京路8路临沂市政务服务中心7楼)。',
      '“北京路8路”疑为“北京路8号”',
      '1689-linyi-sfj-2022.txt',
    ],
  ];
  it.each(cases)('flags `%s`', (preface, said, file) => {
    expect(messageOf(withPreface(preface), PHRASE_META)).toContain(said);
    expect(importedWarns(realText(file), PHRASE_META)).toBe(true);
  });
  it('flags a room written 楼 in a numbered building (real: 梁溪区应急管理局 2024)', () => {
    expect(
      messageOf(
        withPreface('联系地址:无锡市解放南路688号8号楼315楼,邮政编码:214000。'),
        PHRASE_META,
      ),
    ).toContain('“8号楼315楼”疑为“8号楼315室”');
    expect(importedWarns(realText('1685-liangxi-yjglj-2024.txt'), PHRASE_OVERVIEW)).toBe(true);
  });
  it('is silent on addresses written right (the corpus’s own)', () => {
    for (const preface of [
      '本报告的电子版可在泰兴市人民政府网站(http://www.taixing.gov.cn)下载。',
      '本报告电子版可从上海市人民政府网站(www.shanghai.gov.cn)下载。',
      '本报告可在子洲县人民政府网站(www.zizhou.gov.cn/)公开。',
      '电子版可从涡阳县水利局网址www.gy.gov.cn/XxgkContent/show下载。',
      '联系地址:杭州市滨江区春晓路580号钱塘春晓大厦717室。',
      '联系地址:临沂市北城新区北京路8号临沂市政务服务中心7楼。',
      '联系地址:无锡市解放南路688号8号楼3楼。',
      '群众可乘坐8路公交车到达。',
    ])
      expect(keys(withPreface(preface))).not.toContain(PHRASE_META);
  });
});

describe('template-text-left: the template’s brackets round the agency’s name', () => {
  it('flags `现公布(紫金县南岭镇人民政府)2025年…` (real: 紫金县南岭镇 2025)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》等规定,现公布(紫金县南岭镇人民政府)2025年政府信息公开工作年度报告。';
    expect(messageOf(withPreface(preface, 2025), TEMPLATE)).toContain('(紫金县南岭镇人民政府)');
    expect(importedWarns(realText('1701-zijin-nanling-2025.txt'), TEMPLATE)).toBe(true);
  });
  it('is silent on a bracket inside the name, or an address published in brackets', () => {
    for (const preface of [
      '根据《中华人民共和国政府信息公开条例》规定,现公布泰州医药高新区(高港区)应急管理局2024年政府信息公开工作年度报告。',
      '现公布六盘水市人民政府(市人民政府办公室)2023年政府信息公开工作年度报告。',
      '本报告在“政府信息公开年度报告”专栏公布(http://mqx.fuzhou.gov.cn/),欢迎查阅。',
    ])
      expect(keys(withPreface(preface, 2024))).not.toContain(TEMPLATE);
    expect(importedWarns(realText('1686-gaogang-yjglj-2024.txt'), TEMPLATE)).toBe(false);
  });
});

describe('report-name-garbled: the title’s 政务公开工作情况的报告, and a cited title’s verb', () => {
  it('flags the title `…2025年度政务公开工作情况的报告` (real: 西藏自治区住建厅 2025)', () => {
    const report = importedReport(realText('1708-xizang-zjt-2025.txt'));
    expect(report.source?.titleName).toBe('政务公开工作情况的报告');
    expect(messageOf(report, NAME)).toContain('政务公开工作情况的报告');
  });
  it('is silent on the departments’ reports the report is drawn from (real: 二连浩特市 2020)', () => {
    const preface =
      '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)以及2020年度市政府各部门政府信息公开年度报告编制。';
    expect(keys(withPreface(preface, 2020))).not.toContain(NAME);
    expect(importedWarns(realText('1707-erlianhaote-2020.txt'), NAME)).toBe(false);
  });
  it('still flags a short name presented after a cited title', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》要求,现公布本局2020年度政府信息公开年度报告。';
    expect(keys(withPreface(preface, 2020))).toContain(NAME);
  });
});

describe('section-heading-mismatch: the year’s work put forward with no name of the work', () => {
  it('flags `现将 2025 年度工作开展情况汇报如下` under the heading (real: 嵩明县卫生健康局 2025)', () => {
    expect(importedWarns(realText('1713-songming-wjj-2025.txt'), HEADING)).toBe(true);
  });
  it('is silent on the overview of 滨江区民政局 2022 (its gatherer’s reading)', () => {
    expect(importedWarns(realText('1411-binjiang-mzj-2022.txt'), HEADING)).toBe(false);
  });
});

describe('other-agency-in-text: the portal’s column for its towns', () => {
  it('is silent on `通过政府门户网站乡镇专栏` (real: 陆丰市湖东镇 2025)', () => {
    const report = asAgency(
      withOverview('通过政府门户网站乡镇专栏主动公开政府信息30条。', 2025),
      'township',
      '湖东镇',
    );
    expect(keys(report)).not.toContain(OTHER_AGENCY);
    expect(importedWarns(realText('1702-lufeng-hudong-2025.txt'), OTHER_AGENCY)).toBe(false);
  });
  it('still flags another town’s site', () => {
    const report = asAgency(
      withOverview('并在木镇镇信息公开网站公开政府信息30条。', 2023),
      'township',
      '龙湖镇',
    );
    expect(keys(report)).toContain(OTHER_AGENCY);
  });
});

describe('other-line-of-work: a department grounding its work on another’s line', () => {
  const overview =
    '2021年,我局紧密结合发展改革工作实际,认真贯彻落实《条例》,主动公开政府信息30条。';
  it('flags an 审计局 writing `紧密结合发展改革工作实际` (real: 淮南市审计局 2021)', () => {
    const report = asAgency(withOverview(overview), 'department', '淮南市审计局');
    expect(messageOf(report, LINE)).toContain('发展改革是另一部门的工作');
    expect(importedWarns(realText('1690-huainan-sjj-2021.txt'), LINE)).toBe(true);
  });
  it('is silent on its own line, or a bureau of no line in the table', () => {
    expect(
      keys(asAgency(withOverview(overview), 'department', '淮南市发展和改革委员会')),
    ).not.toContain(LINE);
    expect(keys(asAgency(withOverview(overview), 'department', '淮南市信访局'))).not.toContain(
      LINE,
    );
    expect(importedWarns(realText('1411-binjiang-mzj-2022.txt'), LINE)).toBe(false);
  });
});
