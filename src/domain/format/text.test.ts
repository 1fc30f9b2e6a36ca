import { describe, expect, it } from 'vitest';
import {
  clauses,
  compactSentences,
  compactText,
  compactUncached,
  maskedCompact,
  maskedSentences,
  maskQuoted,
  sentences,
} from './text';

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

describe('analyses made paragraph by paragraph (issue 17)', () => {
  // Line breaks of every kind, spaces and Latin letters around them, empty lines, quotations
  // closed in their line and quotations running over a line break (which mask across it).
  const texts = [
    '甲 2020 年。\r\n乙 A\nB 丙！\r丁\n\n  戊 ３ 件  \n',
    '制定《2020年\n要点》。2019年，我局\n收到“申请\n”2件',
    '引用《条例》第3条。\n“2019年”未完\n继续》',
    '开“头\n《书名》尾”\r\n末',
    '单行，无换行。',
    '\n',
  ];
  // Each text once as it is and once with a suffix (a later keystroke: some paragraphs met).
  const cases = texts.flatMap((t, i) => [t, `${t}${i}`]);

  it('compacts and splits each text as the whole text would be', () => {
    for (const text of cases) {
      expect(compactText(text)).toBe(compactUncached(text));
      expect(compactSentences(text)).toEqual(sentences(compactUncached(text)));
    }
  });

  it('masks quotations as in the whole text, also when they run over a line break', () => {
    for (const text of cases) {
      const masked = maskQuoted(compactUncached(text));
      expect(maskedCompact(text)).toBe(masked);
      expect(maskedSentences(text)).toEqual(
        text.includes('《') || text.includes('“')
          ? sentences(compactUncached(maskQuoted(text)))
          : sentences(compactUncached(text)),
      );
    }
    // A quotation over a line break masks the break: one masked sentence, not two.
    expect(maskedSentences('开“头\n尾”末')).toEqual(['开＿＿＿＿＿末']);
  });
});
