import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { agencyInPreface, readPageDate, readPublishedDate } from './read-meta';

/** What the import reads since the fixes of the measure of 1019–1048 (stop 38, helper f4). */

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

describe('a page’s properties as a list, each label run into its value', () => {
  // real: 弥勒市朋普镇 2024, the page's properties above its title.
  const PAGE = [
    '- 索引号mlsppz/2025-00000',
    '- 发布机构弥勒市朋普镇',
    '- 文号',
    '- 发布日期2025-01-16',
    '- 有效性有效',
    '弥勒市朋普镇人民政府2024年政府信息公开工作年度报告',
  ];

  it('reads the date (real: 弥勒市朋普镇 2024)', () => {
    expect(readPageDate(PAGE)?.iso).toBe('2025-01-16');
    expect(readPublishedDate(PAGE)).toBe('2025-01-16');
    expect(
      imported(
        `${PAGE.join('\n')}\n本报告依据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n本年度,朋普镇人民政府积极贯彻落实信息公开政策。\n`,
      ).meta.reportDate,
    ).toBe('2025-01-16');
  });

  it('reads the label with its time, or a date written in characters', () => {
    expect(readPageDate(['  • 成文日期2021-01-10 12:00'])?.iso).toBe('2021-01-10');
    expect(readPageDate(['- 发布时间2021年2月3日'])?.iso).toBe('2021-02-03');
  });

  it('reads no date run into a label outside a list, nor a bare 日期/时间, nor one inside a sentence', () => {
    // real: 周口市 2020, `…时间2020…` inside a sentence; the list's mark is what says "a property".
    expect(readPageDate(['发布日期2025-01-16'])).toBeNull();
    expect(readPageDate(['- 日期2025-01-16'])).toBeNull();
    expect(readPageDate(['- 时间2025-01-16'])).toBeNull();
    expect(readPageDate(['- 发布日期2025-01-16以来,共公开信息36条'])).toBeNull();
  });
});

describe('a preface naming the report as its 情况报告 (工作 lost), opening 现就', () => {
  const PREFACE =
    '根据《中华人民共和国政府信息公开条例》、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》有关规定,现就疏勒县人民政府2020年度政府信息公开情况报告如下:';

  it('gives the agency (real: 疏勒县人民政府 2020)', () => {
    expect(agencyInPreface(PREFACE)).toBe('疏勒县人民政府');
    expect(
      imported(`2020年度\n${PREFACE}\n一、概述\n2020年,疏勒县人民政府认真贯彻落实…。\n`).meta
        .agencyName,
    ).toBe('疏勒县人民政府');
  });

  it('reads the same slip after 现将 (real: 清流镇 2019)', () => {
    expect(agencyInPreface('现将清流镇2019年度政府信息公开情况报告如下。')).toBe('清流镇');
  });

  it('takes no body named without its place, nor a preface naming no report', () => {
    // real: 黑龙江省市场监督管理局 2023 (`省市场监管局`, the province's bureau, no place named).
    expect(agencyInPreface('现发布省市场监管局2023年政府信息公开情况报告。')).toBeNull();
    // real corpus: `现就全年信息公开重点工作报告如下`, `现就相关情况汇报如下`, `现就2020年政务公开年度工作情况报告如下`.
    expect(agencyInPreface('现就全年信息公开重点工作报告如下:')).toBeNull();
    expect(agencyInPreface('现就相关情况汇报如下:')).toBeNull();
    expect(agencyInPreface('现就2020年政务公开年度工作情况报告如下:')).toBeNull();
    expect(agencyInPreface('现就县统计局2020年度政府信息公开情况报告如下:')).toBeNull();
  });

  it('still reads the forms read before', () => {
    expect(agencyInPreface('现公布金州乡2025年政府信息公开年度报告。')).toBe('金州乡');
    expect(agencyInPreface('现将2019年庙子乡政府信息公开工作报告如下。')).toBe('庙子乡');
    expect(agencyInPreface('现公布南通市海门区人民政府2020年政府信息公开工作年度报告。')).toBe(
      '南通市海门区人民政府',
    );
  });
});
