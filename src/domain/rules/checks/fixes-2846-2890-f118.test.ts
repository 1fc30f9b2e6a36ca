import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2846–2890 mended after it (stop 69, fixer f118): the report's short name as
 * the subject of the sentence listing its parts, a count to now said the whole year's, a quoted site's
 * name run into the next quotation, the overview's heading numbered in figures, and 表三's first row set
 * off by two empty lines before its blank cells. From the real wording, with nearby wording of the
 * corpus that must stay silent.
 */

const NAME = 'report-name-garbled:meta';
const PERIOD = 'statistics-period-mismatch:overview';
const UNCLOSED = 'text-bracket-unclosed:meta';
const HEADING = 'section-heading-mismatch:overview';
const PRINTED_BLANK = 'table-cells-printed-blank:t3';

describe('report-name-garbled: the short name as the subject listing the parts (2861)', () => {
  it('reads `…人民政府2021年度信息公开工作年度报告全文包括…` (real: 胥坝乡 2021)', () => {
    const preface =
      '某县某乡人民政府2021年度信息公开工作年度报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。';
    expect(messageOf(withPreface(preface), NAME)).toContain('信息公开工作年度报告');
    expect(importedWarns(realText('2861-yian-xuba-2021.txt'), NAME)).toBe(true);
  });

  it('stays silent on the full name, and on `本年度报告全文包括` (no name)', () => {
    for (const preface of [
      '某县某乡人民政府2021年政府信息公开工作年度报告全文包括总体情况、主动公开政府信息情况等六个部分。',
      '本年度报告全文包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。',
    ])
      expect(keys(withPreface(preface)), preface).not.toContain(NAME);
    expect(importedWarns(realText('115-qiaokou-tjj-2024.txt'), NAME)).toBe(false);
  });
});

describe('statistics-period-mismatch: the whole year’s count said to now (2861)', () => {
  it('reads `截至目前,全年累计发布信息369条` (real: 胥坝乡 2021)', () => {
    const overview =
      '(一)主动公开情况。截至目前,全年累计发布信息369条,涵盖乡党委政府各个阶段主要工作动态。';
    expect(messageOf(withOverview(overview, 2021), PERIOD)).toContain(
      '截至目前,全年累计发布信息369条',
    );
    expect(importedWarns(realText('2861-yian-xuba-2021.txt'), PERIOD)).toBe(true);
  });

  it('stays silent where the year’s own count is said beside the count to now', () => {
    for (const overview of [
      '全年主动公开政府信息500条,截至目前累计公开3000条。',
      '截至目前,已完成2021年度主动公开类政府信息网上发布工作累计总量达19条。',
    ])
      expect(keys(withOverview(overview, 2021)), overview).not.toContain(PERIOD);
    expect(importedWarns(realText('1418-nanan-penghua-2024.txt'), PERIOD)).toBe(false);
  });
});

describe('text-bracket-unclosed: a site’s quoted name run into the next quotation (2880)', () => {
  it('reads `在“政府信息公开网站“市卫生健康委”版块` (real: 长春市卫生健康委员会 2024)', () => {
    const preface =
      '本报告的电子版可在“政府信息公开网站“市卫生健康委”版块下载。如对本报告有任何疑问,请与办公室联系。';
    expect(messageOf(withPreface(preface, 2024), UNCLOSED)).toContain('政府信息公开网站');
    const text = realText('2880-changchun-wjw-2024.txt');
    expect(importedWarns(text, UNCLOSED)).toBe(true);
    expect(importedMessage(text, UNCLOSED)).toContain('“政府信息公开网站”前的引号');
  });

  it('stays silent on names closed, a quotation nested, and an account’s name passed as punctuation', () => {
    for (const preface of [
      '本报告的电子版可在“政府信息公开网站”“市卫生健康委”版块下载。',
      '本报告的电子版可在“长春市人民政府门户网站”政府信息公开专栏下载。',
      '开展“深化“放管服”改革优化营商环境”专项行动。',
    ])
      expect(keys(withPreface(preface, 2024)), preface).not.toContain(UNCLOSED);
    expect(
      importedWarns(realText('724-shangyu-gaibei-2021.txt'), 'text-bracket-unclosed:overview'),
    ).toBe(false);
  });
});

describe('section-heading-mismatch: the overview’s heading numbered in figures (2886)', () => {
  const text = (heading: string): string =>
    [
      '某县卫生健康局2019年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》要求,编制本报告。',
      heading,
      '2019年,县卫生健康局认真落实《中华人民共和国政府信息公开条例》。',
      '一是狠抓组织领导。成立了政务公开工作领导小组。',
    ].join('\n\n');

  it('reads `1. 总体情况` with no heading read (real: 南漳县卫生健康局 2019)', () => {
    const real = realText('2886-nanzhang-wjj-2019.txt');
    expect(importedWarns(real, HEADING)).toBe(true);
    expect(importedMessage(real, HEADING)).toContain('“1. 总体情况”');
    expect(importedWarns(text('  1. 总体情况'), HEADING)).toBe(true);
    expect(importedWarns(text('1、概述'), HEADING)).toBe(true);
  });

  it('stays silent on the format’s heading, an item numbered 1 under it, and a first item of other words', () => {
    expect(importedWarns(text('一、总体情况'), HEADING)).toBe(false);
    expect(importedWarns(text('1.主动公开政府信息情况'), HEADING)).toBe(false);
    // 王哥庄街道 2019: `一、总体情况` / `1、概述` / `2、组织领导和制度建设情况`.
    expect(importedWarns(realText('2088-laoshan-wanggezhuang-2019.txt'), HEADING)).toBe(false);
  });
});

describe('table-cells-printed-blank: 表三’s first row set off by two empty lines (2888)', () => {
  it('reads the rows’ empty lines before their totals (real: 驼峰路街道 2020)', () => {
    const text = realText('2888-yuyang-tuofenglu-2020.txt');
    expect(importedWarns(text, PRINTED_BLANK)).toBe(true);
    expect(importedMessage(text, PRINTED_BLANK)).toContain(
      '「一、本年新收政府信息公开申请数量 自然人」',
    );
  });
});

describe('table-header-changed: a row the format lacks printed in 表二 (2885)', () => {
  const ADDED = 'table-header-changed:t2';
  const t2 = (after: string[]): string =>
    [
      '某街道办事处2019年政府信息公开工作年度报告',
      '一、总体情况',
      '2019年,我街道认真贯彻落实《中华人民共和国政府信息公开条例》。',
      '二、主动公开政府信息情况',
      '第二十条第(五)项 |',
      '信息内容 |',
      '上一年项目数量 |',
      '本年增/减 |',
      '处理决定数量 |',
      '行政许可 |',
      '0 |',
      '0 |',
      '0 |',
      '其他对外管理服务事项 |',
      ...after,
      '第二十条第(六)项 |',
    ].join('\n');

  it('reads `行政确认 |` and a whole row’s values after the format’s rows (real: 新华街道 2019)', () => {
    const real = realText('2885-tongzhou-xinhua-2019.txt');
    expect(importedWarns(real, ADDED)).toBe(true);
    expect(importedMessage(real, ADDED)).toContain('“行政确认”');
    const text = t2(['行政检查 |', '0 |', '0 |', '0 |', '行政确认 |', '2 |', '0 |', '5 |']);
    expect(importedWarns(text, ADDED)).toBe(true);
  });

  it('stays silent on the format’s rows alone, a note, and values short of a row', () => {
    expect(importedWarns(t2(['0 |', '1 |', '0 |']), ADDED)).toBe(false);
    expect(
      importedWarns(
        t2(['0 |', '1 |', '0 |', '(指行政许可以外的政务服务事项) |', '3 |', '1 |', '4 |']),
        ADDED,
      ),
    ).toBe(false);
    expect(importedWarns(t2(['0 |', '1 |', '0 |', '行政确认 |', '2 |']), ADDED)).toBe(false);
    // 汉南区医保局 2020: Hubei's catch-all row `其他主动公开文件` (passed by its gatherer); 洪山区洛南街道 2020: no name.
    for (const file of ['2457-hannan-ybj-2020.txt', '2243-hongshan-luonan-2020.txt'])
      expect(importedWarns(realText(file), ADDED), file).toBe(false);
  });
});
