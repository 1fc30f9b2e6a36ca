import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1424–1483 mended after it (stop 44, helper f8), from the real wording:
 * prefaces, parts lists, cover letters and brackets.
 */

/** A report whose six headings were read from its source, its overview, year and preface as given. */
const headed = (overview: string, year = 2021, preface = ''): Report => {
  const report = withOverview(overview, year);
  const headings = Object.fromEntries(
    formatById(report.formatId).sections.map((s) => [s.id, s.heading]),
  );
  return { ...report, source: { headings }, meta: { ...report.meta, preface } };
};

describe('the report’s parts listed under 一、总体情况 (section-heading-mismatch)', () => {
  const HEADING = 'section-heading-mismatch:overview';
  const work = '\n(一)主动公开情况\n2021年通过县政府网发布各类信息85条。';
  it('reads `本报告内容包括…等六个方面` under the heading, a preface before it (real: 富县张家湾镇 2021)', () => {
    const overview =
      '本报告内容包括总体概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、信息公开工作存在的主要问题及改进情况、其他报告事项等六个方面。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。';
    const preface =
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定以及县委、县政府统一安排部署,现通过政府门户网向社会公布2021年度张家湾镇人民政府信息公开工作年度报告。';
    expect(messageOf(headed(overview + work, 2021, preface), HEADING)).toBe(
      '「一、总体情况」标题之下先写的是序言（“本报告内容包括总体概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、政…”，报告组成、统计期限）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
  });
  it('reads `报告内容由以下六个部分构成:…` after the basis (real: 永川区中山路街道 2025)', () => {
    const overview =
      '本报告严格遵循《中华人民共和国政府信息公开条例》第五十条的规定,全面系统反映本机关年度政府信息公开工作情况。报告内容由以下六个部分构成:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项。';
    const preface =
      '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)相关要求编制。本报告中所列数据的统计期限为2025年1月1日至2025年12月31日。';
    expect(keys(headed(overview + work, 2025, preface))).toContain(HEADING);
  });
  it('reads the part names enumerated with the period and the contact, no preface before (real: 和硕县文旅局 2023)', () => {
    const overview =
      '2023年以来,根据《中华人民共和国政府信息公开条例》(国务院令第711号)文件要求,主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项。本报告中使用数据统计期限为202311日至1231日。报告电子版可在和硕县人民政府网站政府信息公开专栏下载。';
    expect(keys(headed(overview + work, 2023))).toContain(HEADING);
  });
  it('is silent on the year’s work, `报告期内…`, the report’s drafter, or a period said again (real: 扎格斯台苏木 2023)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》规定,扎格斯台苏木编制了2023年政府信息公开年度报告。本年报由总体情况、主动公开政府信息情况、存在的主要问题及改进情况和其他需要报告的事项。';
    for (const [overview, before] of [
      ['2021年,我局认真贯彻落实《条例》,主动公开政府信息情况良好,全年公开信息85条。', ''],
      ['报告期内,我局主动公开政府信息85条,包括机构职能、政策文件等方面。', ''],
      ['本报告由县教育局办公室编制。2021年,我局主动公开政府信息85条。', preface],
      [
        '本年报中所列数据统计期限自2023年1月1日起至2023年12月31日止。2023年,苏木认真贯彻落实《条例》。',
        preface,
      ],
    ] as const)
      expect(keys(headed(overview + work, 2023, before))).not.toContain(HEADING);
  });
});

describe('a contact’s bracket none opened, after where to ask (text-stray-closer)', () => {
  const KEY = 'text-stray-closer:overview';
  it('flags `咨询电话:0877—4311123)。` (real: 峨山县岔河乡 2022)', () => {
    const text =
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现向社会公布岔河乡2022年政府信息公开工作年度报告。报告所列统计期限自2022年1月1日—2022年12月31日。通过政府信息公开门户网站向社会公布,咨询电话:0877—4311123)。';
    expect(messageOf(withOverview(text, 2022), KEY)).toBe(
      '“…咨询电话:0877—4311123)…”中的书名号、括号、尖括号或引号没有对应的开头，疑为复制粘贴时残留或缺字，请核对这句话',
    );
  });
  it('is silent on the bracket opened before it', () => {
    for (const silent of [
      '如需咨询,请拨打本局电话(咨询电话:0877—4311123)。',
      '通过政府信息公开门户网站向社会公布(咨询电话:0877—4311123)。',
    ])
      expect(keys(withOverview(silent, 2022))).not.toContain(KEY);
  });
});

describe('a page’s breadcrumb read into the preface (text-stray-closer)', () => {
  const KEY = 'text-stray-closer:meta';
  it('is silent on `首页 > 汕头市医疗保障局 > 政务公开 > …` (real: 汕头市医保局 2020)', () => {
    const preface =
      '首页 > 汕头市医疗保障局 > 政务公开 > 政府信息公开工作年度报告\n根据国家、省、市信息公开有关规定及要求,现公布汕头市医疗保障局2020年政府信息公开工作年度报告。';
    expect(keys(withPreface(preface, 2020))).not.toContain(KEY);
  });
  it('still flags a title’s rest pasted after its name', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》和《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》要求,年度报告格式>永安镇人民政府编制本报告。';
    expect(keys(withPreface(preface, 2021))).toContain(KEY);
  });
});

describe('an addressee named short above the preface (report-is-cover-letter)', () => {
  const KEY = 'report-is-cover-letter';
  const body =
    '2020年,在市政务办帮助指导和大力支持下,新区深入贯彻落实政务公开工作安排,圆满完成了各项工作任务。现将2020年工作情况和2021年工作计划报告如下:';
  it('flags `盘锦市政务公开办:` (real: 辽东湾新区管委会 2020)', () => {
    expect(messageOf(withPreface(`盘锦市政务公开办:\n${body}`, 2020), KEY)).toBe(
      '正文以主送“盘锦市政务公开办:”开头：这是报送年度报告的公函的写法。向社会公开的应是年度报告本身，以“××2020年政府信息公开工作年度报告”为题，不写主送机关和“此函”',
    );
  });
  it('is silent on a preface without it, or a line naming the office inside a sentence', () => {
    for (const silent of [body, `在盘锦市政务公开办指导下:\n${body}`])
      expect(keys(withPreface(silent, 2020))).not.toContain(KEY);
  });
});

describe('the report made up of a short list, or its parts named with no verb (part-count-mismatch)', () => {
  it('flags `本年报由概述、公文类、政府信息情况,主动政府信息公开情况组成` (real: 青山区统计局 2023)', () => {
    const preface =
      '本年度报告根据《中华人民共和国政府信息公开条例》,由青山区统计局编制。本年报由概述、公文类、政府信息情况,主动政府信息公开情况组成。';
    expect(messageOf(withPreface(preface, 2023), 'part-count-mismatch:meta')).toBe(
      '列出的组成部分“概述、公文类、政府信息情况,主动政府信息公开情况”不是规定的报告部分：年度报告格式规定为 6 个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项',
    );
  });
  it('flags the part names enumerated after the basis, 总体情况 left out (real: 和硕县文旅局 2023)', () => {
    const text =
      '2023年以来,根据《中华人民共和国政府信息公开条例》(国务院令第711号)文件要求,主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项。';
    expect(messageOf(withOverview(text, 2023), 'part-count-mismatch:overview')).toBe(
      '文中列出报告的组成部分，但缺少「一、总体情况」',
    );
  });
  it('is silent on the six parts listed, the overview named first, or work named in a clause', () => {
    for (const silent of [
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。',
      '根据《条例》要求,总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项。',
      '2023年,我局认真做好主动公开、依申请公开、政府信息管理、平台建设等工作。',
    ])
      expect(keys(withOverview(silent, 2023))).not.toContain('part-count-mismatch:overview');
  });
});

describe('the parts listed after their number, a name garbled or every name changed (part-count-mismatch)', () => {
  it('flags `…提起行政诉讼情况的办理情况` after `六个部分构成:` (real: 永川区中山路街道 2025)', () => {
    const text =
      '报告内容由以下六个部分构成:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开工作被申请行政复议、提起行政诉讼情况的办理情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项。';
    expect(messageOf(withOverview(text, 2025), 'part-count-mismatch:overview')).toBe(
      '列出的组成部分“提起行政诉讼情况的办理情况”中“情况”说了两次，名称不通：应为“政府信息公开行政复议、行政诉讼情况”',
    );
  });
  it('flags six `关键板块` each renamed (real: 宽城区档案馆 2025)', () => {
    const preface =
      '本报告系统梳理并呈现了六个关键板块的内容:整体工作概况、政府信息主动公开的具体状况、政府信息公开申请的接收与处理情况、围绕政府信息公开所引发的行政复议与行政诉讼案例情况、当前工作中存在的主要挑战与不足,以及针对所采取的改进措施,此外,还包括其他需特别说明或报告的相关事项。';
    expect(messageOf(withPreface(preface, 2025), 'part-count-mismatch:meta')).toBe(
      '列出的6个部分“整体工作概况、政府信息主动公开的具体状况、政府信息公开申请的接收与处理情况、围绕政府信息公开所引发的行政复议与行政诉讼案…”都改了名称，与格式规定的部分名称不符：年度报告格式规定为 6 个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项',
    );
  });
  it('is silent on the six parts after their number, a few renamed (real: 富县张家湾镇 2021’s wording)', () => {
    for (const silent of [
      '报告内容由以下六个部分构成:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
      '本报告由以下六个部分组成:总体概述、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、信息公开工作存在的主要问题及改进情况、其他报告事项。',
    ])
      expect(keys(withPreface(silent, 2025))).not.toContain('part-count-mismatch:meta');
  });
});
