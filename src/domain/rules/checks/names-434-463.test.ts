import { describe, expect, it } from 'vitest';
import { keys, messageOf, withPreface } from '@/testing/checked-reports';

/** Report names and years in the preface, mended after the measures of 434–463. */

describe('a year whose 年 was lost after a stop, before the report’s name', () => {
  it('is said (real: 兴庆区智慧城市运营中心 2023, `,2023政府信息公开工作报告如下`)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》文件精神结合我中心工作实际,2023政府信息公开工作报告如下:';
    expect(messageOf(withPreface(preface, 2023), 'date-characters-missing:meta')).toBe(
      '文中“2023政府信息公开工作报告如下”的年份后缺“年”字（应为“2023年政府信息公开工作报告如下”），请补上',
    );
  });
  it('is not said of `2022年度报告`, of a year with 年, nor of a number’s digits', () => {
    for (const preface of [
      // real: 乐清经济开发区 2022
      '2022年度报告根据新修订《中华人民共和国政府信息公开条例》编制。',
      '现将2023年政府信息公开工作报告如下:',
      '全年访问量3.2023政府信息公开专栏访问12万次。',
    ])
      expect(keys(withPreface(preface, 2023))).not.toContain('date-characters-missing:meta');
  });
});
