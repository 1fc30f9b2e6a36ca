import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { matchSectionHeading } from './sections';

const sections = formatById('2021').sections;
const idOf = (text: string, current = 0): string | null =>
  matchSectionHeading(text, sections, current)?.id ?? null;

describe('matchSectionHeading', () => {
  it('the official heading, and its words under list numbering Word supplies', () => {
    expect(idOf('一、总体情况')).toBe('overview');
    expect(idOf('总体情况')).toBe('overview');
    expect(idOf('四、政府信息公开行政复议、行政诉讼情况', 3)).toBe('reviewLitigation');
  });

  it('a heading whose 、 was lost (real: 平潭综合实验区金井片区管理局 2020, `一总体情况`)', () => {
    expect(idOf('一总体情况')).toBe('overview');
    // Only the official words: a sentence that starts with a numeral is no heading.
    expect(idOf('一是总体情况良好')).toBeNull();
    expect(idOf('一总体情况良好')).toBeNull();
  });

  it('another section’s words one numeral off (real: 平潭综合实验区金井片区管理局 2025, `六、存在的主要问题及改进措施` after its own 五)', () => {
    expect(idOf('六、存在的主要问题及改进措施', 4)).toBe('problems');
    // Its own section's words under its own numeral come first.
    expect(idOf('六、其他需要报告的事项', 5)).toBe('other');
    // Two numerals off, or words of no section: not a heading.
    expect(idOf('六、加强主动公开工作', 3)).toBeNull();
    expect(idOf('六、信息处理费收取情况', 4)).toBeNull();
  });

  it('the year’s work as the first heading (real: 和田市吉亚乡 2023, `一、2023年工作开展情况`)', () => {
    expect(idOf('一、2023年工作开展情况')).toBe('overview');
    expect(idOf('一、政务公开工作情况')).toBe('overview');
    // One area's work is that area's heading, one numeral off; a sentence is no heading.
    expect(idOf('一、主动公开工作开展情况')).toBe('proactive');
    expect(idOf('一、2023年工作开展情况良好，群众满意。')).toBeNull();
  });
});
