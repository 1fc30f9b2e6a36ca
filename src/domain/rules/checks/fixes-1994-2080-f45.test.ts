import { describe, expect, it } from 'vitest';
import { deadlineOf } from '@/domain/format/date';
import type { Report } from '@/domain/report/types';
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
 * Misses of the measures of 1994–2038 and 2039–2080 mended after them (stop 52, helper f45): names,
 * dates, citations, agency readings and the import. A development zone's committee held to 1月31日;
 * the report's name crossed (`政务信息公开工作报告`); a title with no year over the body's two nameplates;
 * a title printed again far under the page's with its year's 年 lost; a department's preface presenting
 * `我县`'s report; the body's name in the report's own name with the word before its 局 lost, or a word
 * of it written twice; last year's key points studied. Two false warnings silenced (a district's
 * 城市管理局 read as a city's; a page's placeless header read as the title). From the real wording,
 * with the corpus's texts that must stay silent.
 */

describe('report-date-after-deadline: a development zone’s committee reports by 1月31日', () => {
  const DEADLINE = 'report-date-after-deadline';
  it.each([
    ['2033-suqian-jkq-2023.txt', '2024年2月19日'],
    ['2071-yuncheng-jkq-2020.txt', '2021年3月15日'],
    ['2072-zhumadian-jkq-2020.txt', '2021年2月22日'],
  ])('reads %s late', (file, date) => {
    expect(importedWarns(realText(file), DEADLINE)).toBe(true);
    expect(messageOf(importedReport(realText(file)), DEADLINE)).toContain(date);
  });
  it('holds a zone’s committee, not a government nor a new area, to 1月31日', () => {
    const of = (agencyName: string) =>
      deadlineOf({ agencyKind: 'government', agencyName }, 2023).date;
    expect(of('宿迁经济技术开发区管理委员会')).toBe('2024-01-31');
    expect(of('驻马店经济开发区管委会')).toBe('2024-01-31');
    expect(of('运城经济技术开发区')).toBe('2024-01-31');
    expect(of('宿迁市人民政府')).toBe('2024-03-31');
    expect(of('长春新区管委会')).toBe('2024-03-31');
    expect(of('高新区(新市区)')).toBe('2024-03-31');
  });
  it('leaves a zone’s report of January silent (天津经济技术开发区 2022)', () => {
    expect(importedWarns(realText('171-tianjin-kfq-2022.txt'), DEADLINE)).toBe(false);
  });
});

describe('report-name-garbled: 政务信息公开工作报告 after the year', () => {
  const NAME = 'report-name-garbled:meta';
  it('reads the crossed name with 年度 lost (2069)', () => {
    const preface = '现将自治区信访局2019年政务信息公开工作报告如下。';
    expect(messageOf(withPreface(preface, 2019), NAME)).toContain('政务信息公开工作报告');
    expect(importedWarns(realText('2069-neimenggu-xfj-2019.txt'), NAME)).toBe(true);
  });
  it('leaves a 情况报告 and the work itself silent', () => {
    for (const fine of [
      '现将我局2020年政务信息公开情况报告如下:',
      '扎实推进2022年政务信息公开工作。',
    ])
      expect(keys(withPreface(fine, 2020))).not.toContain(NAME);
  });
});

describe('report-name-garbled:title: a title with no year, the body on the line under it', () => {
  it('reads 武昌经开区’s title (2005) and its two nameplates', () => {
    const report = importedReport(realText('2005-wuchang-jkq-2025.txt'));
    expect(report.meta.agencyName).toBe('武昌经开区管委会(滨江商务区管委会)');
    expect(keys(report)).toContain('report-name-garbled:title');
  });
  it('leaves a title with its year over the body silent', () => {
    const text = realText('2005-wuchang-jkq-2025.txt').replace(
      '政府信息公开工作年度报告\n',
      '2025年政府信息公开工作年度报告\n',
    );
    expect(importedWarns(text, 'report-name-garbled:title')).toBe(false);
  });
});

describe('date-characters-missing:title: the title printed again far under the page’s', () => {
  it('reads 2022 without 年 eleven lines down (2043)', () => {
    expect(
      importedWarns(realText('2043-baoshan-swj-2022.txt'), 'date-characters-missing:title'),
    ).toBe(true);
  });
});

describe('other-agency-in-text: a department’s preface presenting 我县’s report', () => {
  const OTHER = 'other-agency-in-text:meta';
  const bureau = (r: Report) => asAgency(r, 'department', '越西县气象局');
  it('reads 现将我县2023年度… in a 气象局’s preface (2018)', () => {
    const preface = '根据要求,现将我县2023年度政府信息公开工作报告如下。';
    expect(messageOf(bureau(withPreface(preface, 2023)), OTHER)).toContain('我县');
    expect(importedWarns(realText('2018-yuexi-qxj-2023.txt'), OTHER)).toBe(true);
  });
  it('leaves a county’s own preface and a department’s 我局 silent', () => {
    const county = asAgency(
      withPreface('现将我旗2019年度政府信息公开工作报告如下:', 2019),
      'government',
      '东乌珠穆沁旗人民政府',
    );
    expect(keys(county)).not.toContain(OTHER);
    expect(
      keys(bureau(withPreface('现将我局2023年度政府信息公开工作年度报告如下。', 2023))),
    ).not.toContain(OTHER);
  });
  it('no longer reads 重庆市綦江区城市管理局 as a city’s department (2022)', () => {
    expect(
      importedWarns(realText('2022-qijiang-cgj-2020.txt'), 'other-agency-in-text:overview'),
    ).toBe(false);
    const city = asAgency(
      withOverview('按照区政府统一部署,结合我局实际情况,扎实推进政务公开。', 2022),
      'department',
      '晋城市城市管理局',
    );
    expect(keys(city)).toContain('other-agency-in-text:overview');
  });
});

describe('agency-name-word-lost: the word before 局 lost in the report’s own name', () => {
  const LOST = 'agency-name-word-lost:meta';
  const bureau = (r: Report, name: string) => asAgency(r, 'department', name);
  it('reads 阎良区行政审批局2022年度… (2019)', () => {
    const preface = '特向社会公布阎良区行政审批局2022年度政府信息公开年度报告。';
    expect(
      messageOf(bureau(withPreface(preface, 2022), '西安市阎良区行政审批服务局'), LOST),
    ).toContain('服务');
    expect(importedWarns(realText('2019-yanliang-xzspfwj-2022.txt'), LOST)).toBe(true);
  });
  it('leaves the body’s short name outside the report’s own name silent', () => {
    const contact = withPreface('请与阎良区行政审批局办公室联系。', 2022);
    expect(keys(bureau(contact, '西安市阎良区行政审批服务局'))).not.toContain(LOST);
  });
  it('leaves 县… of a one-character place’s body silent (盂县, 1998)', () => {
    expect(
      importedWarns(realText('1998-yuxian-xzspj-2025.txt'), 'agency-name-word-lost:meta'),
    ).toBe(false);
  });
});

describe('agency-name-word-doubled: a word of the agency’s own name written twice', () => {
  const DOUBLED = 'agency-name-word-doubled:overview';
  const of = (overview: string) =>
    asAgency(withOverview(overview, 2023), 'department', '沙依巴克区民族宗教事务局');
  it('reads 民族宗教宗教事务局 (2024)', () => {
    expect(messageOf(of('沙依巴克区民族宗教宗教事务局在区政府的坚强领导下。'), DOUBLED)).toContain(
      '宗教',
    );
    expect(importedWarns(realText('2024-shayibake-mzj-2023.txt'), DOUBLED)).toBe(true);
  });
  it('leaves the name written once silent', () => {
    expect(keys(of('沙依巴克区民族宗教事务局在区政府的坚强领导下。'))).not.toContain(DOUBLED);
  });
});

describe('notice-citation-wrong: last year’s key points studied', () => {
  const KEY = 'notice-citation-wrong:overview:key-points-2021';
  it('reads 组织学习《2021年乌尔禾区政务公开工作要点》 in a 2022 report (2075)', () => {
    const overview =
      '组织学习《中华人民共和国政府信息公开条例》及《2021年乌尔禾区政务公开工作要点》。';
    expect(keys(withOverview(overview, 2022))).toContain(KEY);
    expect(importedWarns(realText('2075-wuerhe-baikouquan-2022.txt'), KEY)).toBe(true);
  });
  it('leaves the year’s own key points studied silent', () => {
    const overview = '学习贯彻国务院办公厅印发的《2022年政务公开工作要点》。';
    expect(keys(withOverview(overview, 2022)).some((k) => k.includes('key-points'))).toBe(false);
  });
});

describe('the import: agencies read as printed', () => {
  it.each([
    ['1998-yuxian-xzspj-2025.txt', '盂县行政审批服务管理局'],
    ['2009-yuexiu-tyjrswj-2022.txt', '广州市越秀区退役军人事务局'],
    ['2063-foshan-sw-2021.txt', '国家税务总局佛山市税务局'],
    ['2069-neimenggu-xfj-2019.txt', ''],
  ])('%s: %s', (file, agency) => {
    expect(importedReport(realText(file)).meta.agencyName).toBe(agency);
  });
  it('no longer says 越秀区退役军人事务局 lacks its place (2009)', () => {
    expect(
      importedWarns(realText('2009-yuexiu-tyjrswj-2022.txt'), 'agency-name-place-missing'),
    ).toBe(false);
  });
});
