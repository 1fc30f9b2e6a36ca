import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2621–2665 mended after it (stop 64, fixer f98): the report's name short of
 * 年度 as the preface's subject after 本, the name presented with no year and 公开 right after the
 * agency, the preface's end date alone printed under `一、总体情况`, and the national office's 2019
 * notice told in words in a 2021 report. From the real wording, with nearby wording of the corpus
 * that must stay silent.
 */

const NAME = 'report-name-garbled:meta';

describe('report-name-garbled: names of 2621–2665', () => {
  it('reads the name short of 年度 after 本 as the preface subject (2624)', () => {
    const said =
      '本政府信息公开工作报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和省、市、县政务公开工作要求,由桃源县信访局编制。';
    expect(messageOf(withPreface(said, 2020), NAME)).toContain('“政府信息公开工作报告”缺“年度”');
    for (const fine of [
      '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由淮北市人民医院编制。',
      '本政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》要求,由桃源县信访局编制。',
      // 本年度 says the year (乌恰县畜牧兽医局 2022, passed by its gatherer).
      '本年度政府信息公开工作报告根据《中华人民共和国政府信息公开条例》规定,由乌恰县畜牧兽医局编制。',
    ])
      expect(keys(withPreface(fine, 2020)), fine).not.toContain(NAME);
  });

  it('reads a presented name with no year and 公开 right after the agency (2650)', () => {
    const said =
      '根据《中华人民共和国政府信息公开条例》第五十条之规定,及相关文件要求,特编制昌江区商务局公开年度报告。';
    expect(messageOf(withPreface(said, 2019), NAME)).toContain(
      '“昌江区商务局公开年度报告”缺年份和“政府信息”“工作”',
    );
    for (const fine of [
      '根据《中华人民共和国政府信息公开条例》第五十条之规定,特编制昌江区商务局2019年政府信息公开工作年度报告。',
      '我局按时在门户网站公开年度报告,接受社会监督。',
      '按照要求编制政务公开年度报告。',
    ])
      expect(keys(withPreface(fine, 2019)), fine).not.toContain(NAME);
  });

  it('warns on each real report', () => {
    expect(importedWarns(realText('2624-taoyuan-xfj-2020.txt'), NAME)).toBe(true);
    expect(importedWarns(realText('2650-changjiang-swj-2019.txt'), NAME)).toBe(true);
  });
});

const PERIOD = 'statistics-period-mismatch:overview';

describe('statistics-period-mismatch: the preface end date under the overview (2660)', () => {
  const bare = withPreface('根据《中华人民共和国政府信息公开条例》的要求,编制本报告。', 2019);
  const said =
    '本报告由六个部分组成。\n报告中所列数据截止日期为20191231日,浑江区文化和旅游局联系电话0439-3361858。';

  it('reads 所列数据截止 a day, no start given anywhere', () => {
    expect(messageOf(withOverview(said, 2019, bare), PERIOD)).toContain(
      '只写所列数据截止20191231日',
    );
  });

  it('stays silent on a count to the year end, or when the preface gives the period', () => {
    expect(
      keys(withOverview('截止2019年底,我局累计主动公开政府信息182条。', 2019, bare)),
    ).not.toContain(PERIOD);
    const dated = withPreface(
      '本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。',
      2019,
    );
    expect(keys(withOverview(said, 2019, dated))).not.toContain(PERIOD);
  });

  it('warns on the real report', () => {
    expect(importedWarns(realText('2660-hunjiang-wlj-2019.txt'), PERIOD)).toBe(true);
  });
});

const NOTICE = 'notice-citation-wrong:meta:2019-60';

describe('notice-citation-wrong: the 2019 notice told in words (2662)', () => {
  const said =
    '根据《中华人民共和国政府信息公开条例》规定,以及国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告的有关通知要求,特向社会公布2021年本机关政府信息公开工作年度报告。';

  it('reads the office named with the words of its 2019 notice in a 2021 report', () => {
    expect(messageOf(withPreface(said, 2021), NOTICE)).toContain('国办公开办函〔2019〕60号');
  });

  it('stays silent in the notice years and on the 2021 notice told in words', () => {
    expect(keys(withPreface(said, 2020))).not.toContain(NOTICE);
    for (const fine of [
      '根据国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知规定编制。',
    ])
      expect(keys(withPreface(fine, 2021)), fine).not.toContain(NOTICE);
  });

  it('warns on the real report', () => {
    expect(importedWarns(realText('2662-shanwei-gaj-2021.txt'), NOTICE)).toBe(true);
  });
});

const PRINTED_BLANK = 'table-cells-printed-blank:t2';

describe('table-cells-printed-blank: a label over a line of bars (2627)', () => {
  const text = realText('2627-yanliang-xfj-2021.txt');
  const ROW = '行政强制 |\n| ||\n';

  it('reads the row printed blank, its neighbours filled on one line', () => {
    expect(text).toContain(ROW);
    expect(importedWarns(text, PRINTED_BLANK)).toBe(true);
  });

  it('stays silent on a table first row so given (胡市镇人民政府 2019, passed as the form blank)', () => {
    const first = realText('058-tianmen-hushi-2019.txt');
    expect(first).toContain('规章 |\n|\n|\n|\n');
    expect(importedWarns(first, PRINTED_BLANK)).toBe(false);
  });

  it('stays silent when the row is filled, or when the excerpt stops at its label', () => {
    expect(importedWarns(text.replace(ROW, '行政强制 | 0 | ||\n'), PRINTED_BLANK)).toBe(false);
    expect(
      importedWarns(text.slice(0, text.indexOf(ROW) + '行政强制 |'.length), PRINTED_BLANK),
    ).toBe(false);
  });
});
