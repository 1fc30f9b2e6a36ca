import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './read-front-and-signature';

const preface =
  '2021年,市市场监管局严格按照《中华人民共和国政府信息公开条例》等要求,坚持以公开为常态、不公开为例外,全力推进政府信息公开工作。';

describe('a link to the infographic is no title printed again (real: 丽水市市场监督管理局 2021)', () => {
  for (const mark of ['(图解)', '【图解】', '图解:'])
    it(`does not read ${mark} as the title printed again`, () => {
      const front = [
        '丽水市市场监督管理局2021年度政府信息公开工作年度报告',
        '发布日期: 2022-01-13 15:27:58 浏览次数:',
        `${mark}丽水市市场监管局2021年度政府信息公开工作年度报告`,
      ];
      expect(readFrontMatter([...front, preface]).titleAgencyAgain).toBeUndefined();
    });
  it('still reads a title printed again naming another body', () => {
    const front = [
      '重庆市武隆区双河镇人民政府2025年政府信息公开工作年度报告',
      '发布日期: 2026-01-13',
      '重庆市武隆区双河镇人民政府办公室',
      '2025年政府信息公开工作年度报告',
    ];
    expect(readFrontMatter([...front, preface]).titleAgencyAgain).toBe(
      '重庆市武隆区双河镇人民政府办公室',
    );
  });
});
