import { describe, expect, it } from 'vitest';
import { readPageDate, readPublishedDate } from './read-meta';

// Since a fix of stop 42 after the measure of 1349–1378: a page's source line gives its date.

describe('a source line’s date (real: 浑南区交通运输局 2023, `稿源: 浑南区政府网 2024-01-29`)', () => {
  const lines = [
    '2021/8/16 上午9:31:36 星期一',
    '',
    '浑南区交通运输局2023年政府信息公开工作年度报告',
    '',
    '浑南区交通运输局',
    '',
    '稿源: 浑南区政府网 2024-01-29',
    '',
  ];

  it('is read as a 发布日期 is, for the report’s date and its publication', () => {
    expect(readPageDate(lines)?.iso).toBe('2024-01-29');
    expect(readPageDate(lines)?.rank).toBe(2);
    expect(readPublishedDate(lines)).toBe('2024-01-29');
  });

  it('gives way to a 成文日期', () => {
    expect(readPageDate([...lines, '成文日期:2024-01-20'])?.iso).toBe('2024-01-20');
  });

  it('is not read from a sentence naming 稿源 (real: 河西镇 2023)', () => {
    const sentence =
      '三是强化政务新媒体与政府网站信息公开稿源互通,为群众提供更精准、优质的信息。2024年1月20日';
    expect(readPageDate([sentence])).toBeNull();
    expect(readPublishedDate([sentence])).toBeNull();
  });
});
