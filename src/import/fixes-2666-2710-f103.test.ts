import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * The agency of the measure of 2666–2710 read as its gatherer wrote it (stop 65, fixer f103): a preface
 * publishing the year's work with 政府 lost and 年度 before 工作 (`信息公开年度工作情况`) names its body, as
 * `政府信息公开工作情况` does. From the real wording, with nearby shapes that read no agency.
 */

const agencyOf = (text: string): string => importedReport(text).meta.agencyName;

const preface = (sentence: string) =>
  [
    `依据《中华人民共和国政府信息公开条例》精神和有关要求,${sentence}。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项共六部分组成。`,
    '一、总体情况',
    '2021年高新区管委会坚持以习近平新时代中国特色社会主义思想为指导,着力提升政府信息公开质量。',
  ].join('\n');

describe('a preface publishing the year’s 信息公开年度工作情况', () => {
  it('names the body (real: 2683 弋阳县高新科技产业园管理委员会 2021, no title)', () => {
    expect(agencyOf(realText('2683-yiyang-gxkjcyy-2021.txt'))).toBe(
      '弋阳县高新科技产业园管理委员会',
    );
    expect(
      agencyOf(preface('现公布2021年度弋阳县高新科技产业园管理委员会信息公开年度工作情况')),
    ).toBe('弋阳县高新科技产业园管理委员会');
  });

  it('reads no body where the sentence names none or goes on', () => {
    expect(agencyOf(preface('现公布2021年度信息公开年度工作情况'))).toBe('');
    expect(agencyOf(preface('现将2021年度本单位信息公开年度工作情况报告如下'))).toBe('');
  });
});
