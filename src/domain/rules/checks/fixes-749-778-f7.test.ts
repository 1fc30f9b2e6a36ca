import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import { asAgency, issuesOf, keys, withOverview, withPreface } from '@/testing/checked-reports';

const GARBLED = 'phrase-garbled:overview';

/**
 * Misses and false warnings of the measure of 749–778 mended after it (stop 35, helper f7), from
 * the real wording.
 */

const SCOPE = 'government-scope-missing';

const government = (overview: string, name: string, year = 2020) =>
  asAgency(withOverview(overview, year), 'government', name);

describe('the scope of a government’s figures (government-scope-missing)', () => {
  const overview =
    '2020年,我县坚持以习近平新时代中国特色社会主义思想为指导。\n(一)主动公开。全年主动公开政府信息11573条,其中通过县政府门户网站公开政府信息8137条。';
  it('is not said when the report covers the region’s whole administrative area (real: 孝昌县 2020)', () => {
    const xiaochang =
      '本报告根据《中华人民共和国政府信息公开条例》编制而成,内容涵盖孝昌县行政区域内总体情况。本报告中所列数据的统计时限自2020年1月1日至2020年12月31日。';
    expect(keys(withPreface(xiaochang, 2020, government(overview, '孝昌县')))).not.toContain(SCOPE);
  });
  it('is still said when the preface names the area only as the law’s (corpus: the wording of 条例)', () => {
    const unsaid =
      '本报告根据《中华人民共和国政府信息公开条例》编制而成。本报告中所列数据的统计时限自2020年1月1日至2020年12月31日。';
    expect(keys(withPreface(unsaid, 2020, government(overview, '孝昌县')))).toContain(SCOPE);
  });
});

describe('a phrase’s near misses (phrase-garbled)', () => {
  it('takes a suffix two words share, written once, for no slip (real: 洮北区东风乡 2020)', () => {
    const dongfeng = '(三)规范政务公开。全面推进政务公开标准规范化,按标准目录公开信息。';
    expect(keys(withOverview(dongfeng, 2020))).not.toContain(GARBLED);
  });
  it('reads 政府 lost between 人民 and the office (real: 洮北区东风乡 2020)', () => {
    const dongfeng =
      '本报告电子版可在洮北区人民政府网站下载。如对本报告有任何疑问,请与洮北区东风乡人民办公室联系。';
    expect(keys(withPreface(dongfeng, 2020))).toContain('phrase-garbled:meta');
    const whole =
      '本报告电子版可在洮北区人民政府网站下载。如对本报告有任何疑问,请与洮北区东风乡人民政府办公室联系。';
    expect(keys(withPreface(whole, 2020))).not.toContain('phrase-garbled:meta');
  });
  it('still reads a phrase that lost another character as a slip', () => {
    const lost = '(三)规范政务公开。全面推进政务公开标准化范化,按标准目录公开信息。';
    expect(keys(withOverview(lost, 2020))).toContain(GARBLED);
  });
});

describe('a page’s menu above the title (the import, section-heading-mismatch)', () => {
  const body = [
    '四川省经济合作局2019年政府信息公开工作年度报告',
    '本年度报告是根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)等文件要求,由四川省经济合作局编制。',
    '一、总体情况',
    '(一)加强组织领导,明确工作责任。',
    '我局高度重视政府信息公开工作,组织学习修订后的《中华人民共和国政府信息公开条例》。',
    '(二)突出重点内容。',
    '一是公开机构概况信息。在门户网站主动公开我局机构设置、主要职能、领导分工、人事任免等信息',
  ];
  const menu = ['四川省经济合作局', '• 政 策', '行政规范性文件', '其他文件', '• 政府信息公开指南'];
  it('reads no table’s row from the menu, so a text cut inside 总体情况 lacks no later heading (real: 四川省经济合作局 2019)', () => {
    const imported = importText([...menu, ...body].join('\n\n'));
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.source?.tablesWithoutValues).toBeUndefined();
    expect(issuesOf(imported.report).map((i) => i.key)).not.toContain(
      'section-heading-mismatch:proactive',
    );
  });
});

describe('a township’s text speaking as a 局 (other-agency-in-text)', () => {
  const preface =
    '根据《中华人民共和国政府信息公开条例》有关规定,在总结我局2020年政府信息公开工作的基础上,编制此报告。报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。';
  const overview = '2020年,孟家乡深入贯彻落实《条例》,政府信息公开工作有条不紊地开展着。';
  it('is said once the 乡’s preface calls it 我局 (real: 呼兰区孟家乡人民政府 2020)', () => {
    const report = withPreface(preface, 2020, government(overview, '呼兰区孟家乡人民政府'));
    expect(keys(report)).toContain('other-agency-in-text:meta');
  });
  it('is not said of a 局’s own preface', () => {
    const report = withPreface(
      preface,
      2020,
      asAgency(withOverview(overview, 2020), 'department', '呼兰区教育局'),
    );
    expect(keys(report)).not.toContain('other-agency-in-text:meta');
  });
});

describe('the agency named short of a word (agency-name-word-lost)', () => {
  const overview = (year: string) =>
    `2023年,我局进一步提升政府信息公开实效性和时效性,有力有序做好2023年度${year}政府信息公开工作。`;
  const bureau = (text: string) =>
    asAgency(withOverview(text, 2023), 'department', '洪洞县教育科技局');
  it('is said of the year’s work named by the agency with 科技 lost (real: 洪洞县教育科技局 2023)', () => {
    expect(keys(bureau(overview('教育局')))).toContain('agency-name-word-lost:overview');
  });
  it('is not said of the agency’s whole name, nor of another body named elsewhere', () => {
    expect(keys(bureau(overview('教育科技局')))).not.toContain('agency-name-word-lost:overview');
    const superior = '2023年,我局在市教育局的指导下,有力有序做好2023年度本局政府信息公开工作。';
    expect(keys(bureau(superior))).not.toContain('agency-name-word-lost:overview');
  });
});
