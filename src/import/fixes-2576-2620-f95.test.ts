import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * The agency of the measure of 2576–2620 read as its gatherer wrote it (stop 63, fixer f95): a body's
 * name with its zone's second name in brackets inside it, on the line under a title naming none.
 * From the real wording, with nearby shapes that keep what they read.
 */

const agencyOf = (text: string): string => importedReport(text).meta.agencyName;

describe('a body’s name with a second name in brackets inside it, under a title naming none', () => {
  it('is the agency (real: 武昌经开区(滨江)管委会 2020)', () => {
    expect(agencyOf(realText('2593-wuchang-jkq-2020.txt'))).toBe('武昌经开区(滨江)管委会');
  });

  const body = [
    '一、总体情况',
    '2020年,武昌经开区(滨江)管委会持续贯彻、严格落实《中华人民共和国政府信息公开条例》。',
  ];

  it('reads the line so from a pasted text, a space after it', () => {
    expect(
      agencyOf(['2020年政府信息公开工作年度报告', '武昌经开区(滨江)管委会 ', ...body].join('\n')),
    ).toBe('武昌经开区(滨江)管委会');
  });

  it('is not a line whose words before the brackets already end a body’s name (a sentence’s aside)', () => {
    expect(
      agencyOf(['2020年政府信息公开工作年度报告', '区政务服务中心(牵头)负责', ...body].join('\n')),
    ).not.toBe('区政务服务中心(牵头)负责');
  });

  it('is not a line that is not a body’s name (a place in brackets then a sentence)', () => {
    expect(
      agencyOf(['2020年政府信息公开工作年度报告', '本区(滨江)全年公开信息', ...body].join('\n')),
    ).not.toBe('本区(滨江)全年公开信息');
  });
});
