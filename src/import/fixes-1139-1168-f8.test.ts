import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { readFrontMatter } from './read-front-and-signature';

const preface =
  '根据《中华人民共和国政府信息公开条例》及内蒙古自治区政府信息公开有关工作要求,包头市东河区编制了2022年度政府信息公开工作年度报告。';

/** The agency an import of these front lines reads, a heading and a sentence after them. */
function agencyOf(front: readonly string[]): string {
  const r = importText(
    [...front, preface, '一、总体情况', '2022年,东河区认真贯彻落实政府信息公开要求。'].join('\n\n'),
  );
  if (!r.ok) throw new Error(r.message);
  return r.report.meta.agencyName;
}

describe('a title printed twice, the second naming the first place in full (real: 包头市东河区 2022)', () => {
  it('takes the fuller name of the text title over the page title', () => {
    const front = [
      '欢迎来到东河区人民政府',
      '当前位置: 首页 > 政府信息公开 > 政府信息公开年报 > 2022年度政府信息公开年报 > 政府信息公开年报',
      '东河区2022年政府信息公开工作年度报告',
      '日期:2023-02-02 来源:东河区人民政府办公室 作者:东河区人民政府办公室 访问次数:218',
      '包头市东河区2022年政府信息公开工作年度报告',
    ];
    expect(readFrontMatter([...front, preface]).agency).toBe('包头市东河区');
    expect(agencyOf(front)).toBe('包头市东河区');
  });

  it("takes the office's word after a 街道's name (real: 南关区永吉街道 2025)", () => {
    const front = [
      '2025年南关区永吉街道政府信息公开工作年度报告',
      '发布日期:2026-01-20    点击数:',
      '          2025年南关区永吉街道办事处政府信息公开工作年度报告',
    ];
    expect(readFrontMatter([...front, preface]).agency).toBe('南关区永吉街道办事处');
  });

  it('keeps the fuller first title over a shorter one printed again (real: 丽阳镇 2022, 民勤县 2022)', () => {
    expect(
      readFrontMatter([
        '宁河镇人民政府2020年度政府信息公开工作年度报告',
        '宁河镇2020年政府信息公开工作年度报告',
        preface,
      ]).agency,
    ).toBe('宁河镇人民政府');
  });

  it("does not take another body's name (real: 重庆市武隆区双河镇人民政府 2025, its 办公室 printed again)", () => {
    const front = [
      '重庆市武隆区双河镇2025年政府信息公开工作年度报告',
      '日期:2026-01-23',
      '重庆市武隆区双河镇人民政府办公室2025年政府信息公开工作年度报告',
    ];
    expect(readFrontMatter([...front, preface]).agency).toBe('重庆市武隆区双河镇');
  });

  it('does not take a title of another year, nor one printed after the first sentence', () => {
    expect(
      readFrontMatter([
        '东河区2022年政府信息公开工作年度报告',
        '包头市东河区2021年政府信息公开工作年度报告',
        preface,
      ]).agency,
    ).toBe('东河区');
    expect(
      readFrontMatter([
        '东河区2022年政府信息公开工作年度报告',
        preface,
        '包头市东河区2022年政府信息公开工作年度报告',
      ]).agency,
    ).toBe('东河区');
  });

  it('does not take a name whose part before the place is no place (`东河区委东河区`)', () => {
    expect(
      readFrontMatter([
        '东河区2022年政府信息公开工作年度报告',
        '东河区委东河区2022年政府信息公开工作年度报告',
        preface,
      ]).agency,
    ).toBe('东河区');
  });
});
