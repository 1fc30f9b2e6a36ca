import { describe, expect, it } from 'vitest';
import { clauses, compactText, maskQuoted, sentences } from './text';

describe('text normalisation', () => {
  it('drops the spaces converted documents put around numbers, keeps line breaks', () => {
    expect(compactText('统计期限为 2020 年 1 月 1 日至\u00a02020 年 12 月 31 日')).toBe(
      '统计期限为2020年1月1日至2020年12月31日',
    );
    expect(compactText('共收到　２　件\n第二段')).toBe('共收到2件\n第二段');
    expect(compactText('W 区 zb rffxk')).toBe('W区zb rffxk');
  });

  it('splits sentences and clauses, not lists joined by 、', () => {
    expect(sentences('甲。乙！\n丙')).toEqual(['甲', '乙', '丙']);
    expect(clauses('收到申请6件，予以公开5件；行政复议、诉讼0件')).toEqual([
      '收到申请6件',
      '予以公开5件',
      '行政复议、诉讼0件',
    ]);
  });

  it('masks titles and quotations without moving the rest', () => {
    const text = '制定《2020年要点》和“2019年”';
    expect(maskQuoted(text)).toHaveLength(text.length);
    expect(maskQuoted(text)).not.toMatch(/20\d\d/);
  });
});
