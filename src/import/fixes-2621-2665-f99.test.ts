import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * The agencies of the measure of 2621–2665 read as their gatherers wrote them (stop 64, fixer f99): a
 * page's prompt to share it is no preface (the first paragraph under `一、总体情况` read as the preface),
 * and a preface publishing its body's report with the report's year lost names the body. From the real
 * wording, with nearby shapes that read no agency.
 */

const agencyOf = (text: string): string => importedReport(text).meta.agencyName;

const opening = '一、总体情况';
const work = '2020年,我局认真贯彻执行《中华人民共和国政府信息公开条例》,切实加强组织领导。';

describe('a page’s prompt to share it, the only line above the heading', () => {
  it('is no preface: the body the paragraph under the heading publishes (real: 谯城区医疗保障局 2020)', () => {
    expect(agencyOf(realText('2631-qiaocheng-ybj-2020.txt'))).toBe('谯城区医疗保障局');
    expect(
      agencyOf(
        [
          '用微信扫描二维码分享至好友和朋友圈',
          opening,
          '按照《中华人民共和国政府信息公开条例》要求,特向社会公布谯城区医疗保障局2020年政府信息公开工作年度报告。',
          work,
        ].join('\n'),
      ),
    ).toBe('谯城区医疗保障局');
  });

  it('leaves no agency where the paragraph names none', () => {
    expect(agencyOf(['用微信扫描二维码分享至好友和朋友圈', opening, work].join('\n'))).toBe('');
  });
});

describe('a preface publishing its body’s report, the year lost', () => {
  const preface = (sentence: string) =>
    [
      `根据《中华人民共和国政府信息公开条例》第五十条之规定,及相关文件要求,${sentence}。`,
      opening,
      work,
    ].join('\n');

  it('names the body (real: 昌江区商务局 2019)', () => {
    expect(agencyOf(realText('2650-changjiang-swj-2019.txt'))).toBe('昌江区商务局');
    expect(agencyOf(preface('特编制昌江区商务局公开年度报告'))).toBe('昌江区商务局');
  });

  it('names none by its level alone or as 本局', () => {
    expect(agencyOf(preface('特编制区商务局公开年度报告'))).toBe('');
    expect(agencyOf(preface('特编制本局政府信息公开工作年度报告'))).toBe('');
  });
});
