import { describe, expect, it } from 'vitest';
import {
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1634–1678 mended by the lead at stop 48: a point `N、` numbered like the
 * point of its level before it (given to no fixer at stop 47), and the title's own form, which the
 * import now keeps (a title without its place, a title without a year).
 */

const REPEATED = 'subheading-number-repeated:overview';

describe('subheading-number-repeated: a point `1、` after a point `1、` of its level', () => {
  it('flags `1、…` / `(1)…` / `1、…` under one sub-heading (real: 万载县白水乡 2020)', () => {
    const overview =
      '(一)本年度政府信息公开工作的基本情况\n1、主动公开政府信息的情况\n(1)本年度制发公开规范性文件0件。\n(2)本年度没有发生收费情况。\n1、收到和处理政府信息公开申请情况\n本年度新收申请0起。\n2、政府信息公开申请行政复议、提起行政诉讼的情况\n(二)保障措施';
    const report = withOverview(overview, 2020);
    expect(keys(report)).toContain(REPEATED);
    expect(messageOf(report, REPEATED)).toBe(
      '同一层级的序号“1、”连用了两次（中间没有别的小标题），请核对编号',
    );
    expect(importedWarns(realText('1640-wanzai-baishui-2020.txt'), REPEATED)).toBe(true);
  });
  it('is silent on a list that starts again at `1、` under the next sub-heading', () => {
    const overview =
      '(一)主动公开情况\n1、公开文件5件。\n2、公开动态8条。\n(二)依申请公开情况\n1、新收申请0件。\n2、无结转。\n三、其他\n1、无。';
    expect(keys(withOverview(overview, 2020))).not.toContain(REPEATED);
  });
  it('is silent on points that count on, and on `1、` twice within one line', () => {
    const overview =
      '(一)主动公开情况\n1、公开文件5件，见附件1、附件2。\n2、公开动态8条。\n3、其他。';
    expect(keys(withOverview(overview, 2020))).not.toContain(REPEATED);
  });
});

describe('the title’s own form, kept by the import', () => {
  const DEZHOU =
    '德州市统计局\n\n市统计局2022年政府信息公开工作年度报告\n\n发布时间:2023年01月17日\n\n根据《中华人民共和国政府信息公开条例》要求,现公布德州市统计局2022年政府信息公开工作年度报告。\n\n一、总体情况\n\n2022年,市统计局认真贯彻落实《条例》。';
  it('says a title naming its agency without the place the preface gives (real: 德州市统计局 2022)', () => {
    const report = importedReport(DEZHOU);
    expect(report.meta.agencyName).toBe('德州市统计局');
    expect(report.source?.titleAgencyPlaceless).toBe('市统计局');
    expect(messageOf(report, 'agency-name-place-missing:title')).toBe(
      '标题中的机关名称“市统计局”没有写明是哪个市（缺地名），正文写作“德州市统计局”：请在标题中写全称',
    );
    expect(
      importedWarns(realText('1668-dezhou-tjj-2022.txt'), 'agency-name-place-missing:title'),
    ).toBe(true);
  });
  it('is silent on a title with its place', () => {
    const report = importedReport(DEZHOU.replace('\n市统计局2022年', '\n德州市统计局2022年'));
    expect(report.source?.titleAgencyPlaceless).toBeUndefined();
    expect(keys(report)).not.toContain('agency-name-place-missing:title');
  });

  const YEARLESS = 'report-name-garbled:title';
  it('says a title that prints no year (real: 大通湖区审计局 2023, 威远镇 2022)', () => {
    const text =
      '益阳市大通湖区审计局政府信息公开工作年度报告\n\n发布时间:2024-02-07\n\n根据《中华人民共和国政府信息公开条例》,特向社会公布益阳市大通湖区审计局的2023年政府信息公开工作年度报告。\n\n一、总体情况\n\n2023年,我局全年累计公开各类信息37条。';
    const report = importedReport(text);
    expect(report.meta.year).toBe(2023);
    expect(messageOf(report, YEARLESS)).toBe(
      '标题“益阳市大通湖区审计局政府信息公开工作年度报告”没有写年度，看不出是哪一年的报告：应为“…2023年政府信息公开工作年度报告”，请在标题中补上年度',
    );
    expect(importedWarns(realText('1637-datonghu-sjj-2023.txt'), YEARLESS)).toBe(true);
    expect(importedWarns(realText('430-huzhu-weiyuan-2022.txt'), YEARLESS)).toBe(true);
  });
  it('is silent on a title whose year the page sets above it, or under a column’s name', () => {
    expect(importedWarns(realText('698-liubei-changtang-2023.txt'), YEARLESS)).toBe(false);
    expect(importedWarns(realText('1125-yunnan-province-2019.txt'), YEARLESS)).toBe(false);
    expect(importedWarns(realText('240-baokang-nyncj-2021.txt'), YEARLESS)).toBe(false);
  });
});
