import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { readDateUnderTitle } from './read-date-under-title';
import { agencyInPreface, dateAfterTitle, readPageDate, withoutDateAfterTitle } from './read-meta';

/** What the import reads since the fixes of the measure of 959–988 (stop 37, helper f11). */

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

describe('a preface naming the report after its year, with 工作 lost', () => {
  const PREFACE =
    '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《福建省政府信息公开办法》(以下简称《办法》)规定和区委、区政府工作要求,特向社会公布2021年度江口镇政府信息公开年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项共六个部分组成。';

  it('gives the agency (real: 江口镇 2021, 长春市林业和园林局 2020)', () => {
    expect(agencyInPreface(PREFACE)).toBe('江口镇');
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》的要求,编制2020年长春市林业和园林局政府信息公开年度报告,本报告由概述、政府信息主动公开情况、依申请公开情况三部分组成。',
      ),
    ).toBe('长春市林业和园林局');
    expect(
      imported(`${PREFACE}\n一、总体情况\n2021年,在区委、区政府的正确领导下,我镇认真贯彻落实…。\n`)
        .meta.agencyName,
    ).toBe('江口镇');
  });

  it('still reads the forms read before, and gives none for a place alone or no name', () => {
    // real: 嵊泗县发展和改革局 2020, the year first with 工作 printed.
    expect(agencyInPreface('现向社会公布2020年度嵊泗县发展和改革局信息公开工作年度报告。')).toBe(
      '嵊泗县发展和改革局',
    );
    // A county's name alone (as 黄平县 2022's preface names it) is no agency.
    expect(agencyInPreface('…要求,现公布2022年度黄平县政府信息公开年度报告。')).toBeNull();
    expect(agencyInPreface('现将2021年度本单位政府信息公开年度报告公布如下。')).toBeNull();
    expect(agencyInPreface('特向社会公布2021年度政府信息公开年度报告。')).toBeNull();
  });
});

describe('a page’s date label on a line of its own, its value on the next', () => {
  // real: 高台县宣化镇 2020, the page's properties a label a line.
  const PROPERTIES = [
    '发布机构',
    '高台县宣化镇',
    '公开形式',
    '主动公开',
    '责任部门',
    '宣化镇',
    '生成日期',
    '2021-01-10 12:00:00',
    '是否有效',
  ];

  it('is read (real: 宣化镇 2020)', () => {
    expect(readPageDate(PROPERTIES)?.iso).toBe('2021-01-10');
    expect(readPageDate(['生成日期', '2021年1月29日'])?.iso).toBe('2021-01-29');
    const report = imported(
      `宣化镇人民政府2020年政府信息公开工作年度报告\n${PROPERTIES.join('\n')}\n一、总体情况\n2020年,宣化镇根据全县统一部署…。\n`,
    );
    expect(report.meta.reportDate).toBe('2021-01-10');
  });

  it('is not read when the next line is no date alone', () => {
    // real: 宣化镇 2020's 是否有效 with no value; a sentence or a table's row after the label.
    expect(readPageDate(['生成日期', '是否有效', ''])).toBeNull();
    expect(readPageDate(['生成日期', '2021年3月5日召开专题会议,部署政务公开工作。'])).toBeNull();
    expect(readPageDate(['生成日期', '2021-03-05 公开栏更新 12条'])).toBeNull();
    // A bare 日期 without its colon is a word, not a label (as decided after 344–373).
    expect(readPageDate(['日期', '2026-01-21'])).toBeNull();
    // A label with a word before it is a cell's name, not the page's date label.
    expect(readPageDate(['会议日期', '2021-03-05'])).toBeNull();
    // The labels read before: unchanged (real: 面甸镇 2025, 新蔡县 2020).
    expect(readPageDate(['  • 发布日期', '    2026-01-21'])?.iso).toBe('2026-01-21');
    expect(readPageDate(['发布时间:', '2021-02-02 10:20'])?.iso).toBe('2021-02-02');
  });
});

describe('the page’s date after the title on its line', () => {
  // real: 杨浦区 2020, the date under the title printed without its 年 and 月.
  const FRONT = [
    '2020年上海市杨浦区人民政府信息公开工作年度报告 2021-02-19',
    '2020年上海市杨浦区人民政府',
    '信息公开工作年度报告',
    '2021219',
    '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的要求,由上海市杨浦区人民政府办公室编制。',
  ];

  it('is read as the date the page was put out (real: 杨浦区 2020)', () => {
    expect(dateAfterTitle(FRONT[0] ?? '')).toBe('2021-02-19');
    expect(readDateUnderTitle(FRONT)).toEqual({
      iso: '2021-02-19',
      line: '2021-02-19',
      afterTitle: true,
    });
    const report = imported(`${FRONT.join('\n')}\n一、总体情况\n2020年,杨浦区…。\n`);
    expect(report.meta.reportDate).toBe('2021-02-19');
    expect(report.meta.year).toBe(2020);
    expect(report.meta.agencyName).toBe('上海市杨浦区人民政府');
  });

  it('agrees with the date under the title, and is none where the title has none', () => {
    // real: 杨浦区 2022, the same date after the title and under it.
    expect(
      readDateUnderTitle([
        '上海市杨浦区政府2022年政府信息公开工作年度报告 2023-01-20',
        '2023年1月20日',
      ])?.iso,
    ).toBe('2023-01-20');
    expect(dateAfterTitle('上海市杨浦区政府2022年政府信息公开工作年度报告 2023-01-20 10:05')).toBe(
      '2023-01-20',
    );
    // A title with no date after it, and a date that is none (a month 13).
    expect(dateAfterTitle('宣化镇人民政府2020年政府信息公开工作年度报告')).toBeNull();
    expect(
      readDateUnderTitle([
        '某县人民政府2020年政府信息公开工作年度报告 2021-13-02',
        '根据…,现公布。',
      ]),
    ).toBeNull();
    // The title without its date, as before.
    expect(withoutDateAfterTitle(FRONT[0] ?? '')).toBe(
      '2020年上海市杨浦区人民政府信息公开工作年度报告',
    );
  });
});
