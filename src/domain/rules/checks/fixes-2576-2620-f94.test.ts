import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2576–2620 mended after it (stop 63, fixer f94): a short report name under
 * the next year's date in a titled report, a list of the whole's parts shorter than the format's, a
 * unit's report said drawn up from the whole area's reports, a block caption with its article's 第 and
 * its item lost, the report's name opening a sentence that presents it again, 本年增/减 holding the
 * decisions; and a date printed three times unlabelled in a page's property list no longer read as the
 * report's. From the real wording, with nearby wording of the corpus that must stay silent.
 */

describe('report-name-garbled: the next year’s short name in a titled report (2586)', () => {
  const KEY = 'report-name-garbled:meta';
  const file = '2586-xuecheng-kjj-2022.txt';
  it('reads the preface’s short name though its year is the next', () => {
    expect(importedMessage(realText(file), KEY)).toContain('“政府信息公开年度报告”缺“工作”');
  });
  it('stays silent on the regulation’s name under the next year', () => {
    const fixed = realText(file).replace(
      '2023年度政府信息公开年度报告。',
      '2023年度政府信息公开工作年度报告。',
    );
    expect(importedWarns(fixed, KEY)).toBe(false);
  });
});

describe('part-count-mismatch: a list of the whole’s parts, every item given, short (2579)', () => {
  const KEY = 'part-count-mismatch:meta';
  const said =
    '本年度报告所列数据统计时限自2021年1月1日起至2021年12月31日止。全文包括主动政务信息公开情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况。';
  it('reads the parts left out', () => {
    expect(importedWarns(realText('2579-fengning-rmtzx-2023.txt'), KEY)).toBe(true);
    expect(messageOf(withPreface(said), KEY)).toContain('「一、总体情况」');
  });
  it('stays silent on the six listed, and on three items', () => {
    for (const fine of [
      '本年度报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
      // Three items: too few to be read as the list of the parts.
      '本年度报告全文包括主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况。',
    ])
      expect(keys(withPreface(fine))).not.toContain(KEY);
  });
});

describe('agency-scope-above-level: a unit’s report drawn up from the area’s reports (2607)', () => {
  const KEY = 'agency-scope-above-level:meta';
  const file = '2607-changchun-cl-2024.txt';
  it('reads the whole area’s bodies’ reports as the ground of a unit’s report', () => {
    expect(importedMessage(realText(file), KEY)).toContain('全市政府机关信息公开年度报告');
  });
  it('stays silent on a report drawn up from its own work', () => {
    const fixed = realText(file).replace(
      '和全市政府机关信息公开年度报告情况编制而成的',
      '和本单位政府信息公开工作情况编制而成的',
    );
    expect(importedWarns(fixed, KEY)).toBe(false);
  });
});

describe('table-header-changed: a block caption with its 第 and item lost (2576)', () => {
  const KEY = 'table-header-changed:t2';
  const file = '2576-minhe-gdj-2022.txt';
  it('reads `二十条第()项` as the article’s first caption', () => {
    expect(importedMessage(realText(file), KEY)).toContain('规定为“第二十条第（一）项”');
  });
  it('stays silent on the caption printed whole', () => {
    const fixed = realText(file).replace('二十条第()项', '第二十条第(一)项');
    expect(importedWarns(fixed, KEY)).toBe(false);
  });
});

describe('phrase-garbled: the report’s name opening a sentence that presents it again (2591)', () => {
  const KEY = 'phrase-garbled:meta';
  const said =
    '沅江市公安局交通警察大队2020年度政府信息公开年度报告根据《中华人民共和国政府信息公开条例》的相关规定,现向社会公布沅江市公安局交通警察大队2020年度政府信息公开年度报告如下。';
  it('reads the name with no verb', () => {
    expect(importedWarns(realText('2591-yuanjiang-jjdd-2020.txt'), KEY)).toBe(true);
    expect(messageOf(withPreface(said, 2020), KEY)).toContain('年度报告根据”疑为“根据”');
  });
  it('stays silent on a name with its verb, and on a sentence presenting the report', () => {
    for (const fine of [
      // 天津市疾控局 2025, 通州区水利局 2025: the name, then 根据…编制.
      '天津市疾控局2025年政府信息公开年度报告根据《中华人民共和国政府信息公开条例》第五十条的规定编制。',
      '根据《中华人民共和国政府信息公开条例》的相关规定,现向社会公布沅江市公安局交通警察大队2020年度政府信息公开工作年度报告如下。',
    ])
      expect(keys(withPreface(fine, 2020))).not.toContain(KEY);
  });
});

describe('t2-change-holds-decisions: the decisions typed into 本年增/减 (2615)', () => {
  const KEY = 't2-change-holds-decisions:licensing';
  const file = '2615-anju-xzspj-2020.txt';
  it('reads a change of tenfold the items with no decision', () => {
    expect(importedMessage(realText(file), KEY)).toContain('本年增/减 3958');
  });
  it('stays silent on a change of the list’s size, or with decisions', () => {
    for (const row of [
      '| 行政许可 | 72 | 58 | 3958 |',
      '| 行政许可 | 72 | 3958 | 3958 |',
      '| 行政许可 | 0 | 173 | 0 |',
    ])
      expect(importedWarns(realText(file).replace('| 行政许可 | 72 | 3958 | 0 |', row), KEY)).toBe(
        false,
      );
  });
});

describe('report date: a date printed three times unlabelled in a property list (2612)', () => {
  it('is not read as the report’s date', () => {
    const report = importedReport(realText('2612-huiji-cl-2021.txt'));
    expect(report.meta.reportDate).toBeNull();
    expect(report.source?.published).toBeUndefined();
    expect(keys(report)).not.toContain('report-date-after-deadline');
  });
  it('is read when printed twice (郑州市上街区济源路街道办事处 2020)', () => {
    expect(importedReport(realText('1052-shangjie-jiyuanlu-2020.txt')).meta.reportDate).toBe(
      '2021-01-18',
    );
  });
});

describe('table-header-changed: count labels worded with 本年度 and a bare 数 (2598)', () => {
  const file = '2598-xiangzhou-sw-2023.txt';
  it('reads both labels changed', () => {
    const text = realText(file);
    expect(importedMessage(text, 'table-header-changed:t2:本年制发件数')).toContain(
      '“本年度制发数”',
    );
    expect(importedWarns(text, 'table-header-changed:t2:本年废止件数')).toBe(true);
  });
  it('stays silent on the format’s labels, and on one label so (a cut)', () => {
    const whole = realText(file)
      .replace('本年度制发数 |', '本年制发件数 |')
      .replace('本年废止数 |', '本年废止件数 |');
    expect(importedWarns(whole, 'table-header-changed:t2:本年制发件数')).toBe(false);
    const one = realText(file).replace('本年废止数 |', '本年废止件数 |');
    expect(importedWarns(one, 'table-header-changed:t2:本年制发件数')).toBe(false);
  });
});

describe('report-date-after-deadline: an untitled report’s own 局 (2616)', () => {
  const KEY = 'report-date-after-deadline';
  const file = '2616-youxian-xzspfwj-2020.txt';
  it('judges the date by the departments’ deadline', () => {
    expect(importedMessage(realText(file), KEY)).toContain('政府部门的年度报告');
  });
  it('stays silent when the overview names no 局 as its subject', () => {
    const other = realText(file).replace(
      '2020年,县行政审批服务局紧紧围绕',
      '2020年,在县委县政府的领导下紧紧围绕',
    );
    expect(importedWarns(other, KEY)).toBe(false);
    // A 局 after 的 or 和 is not the subject.
    const superior = realText(file).replace(
      '2020年,县行政审批服务局紧紧围绕',
      '2020年,在县政府的领导和市局的指导下紧紧围绕',
    );
    expect(importedWarns(superior, KEY)).toBe(false);
  });
});
