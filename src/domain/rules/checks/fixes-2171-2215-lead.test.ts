import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * A miss of the measure of 2171–2215 mended by the lead after it (stop 54): a quotation opened again
 * while one is open, a clause's end between, the sentence closing fewer quotes than it opens. From the
 * real wording, with the corpus's nearby wording that must stay silent.
 */

const UNCLOSED = 'text-bracket-unclosed:overview';

describe('text-bracket-unclosed: a quotation opened again before it closed', () => {
  it('flags the real wording (怀化市林业局 2025)', () => {
    const report = withOverview(
      '(三)政府信息管理情况。我局严格按照网站信息发布“三审制度,遵循“谁公开、谁负责”和“先审核、再公开”的原则,严格审核校验信息。',
    );
    expect(keys(report)).toContain(UNCLOSED);
    expect(messageOf(report, UNCLOSED)).toContain('三审制度');
    expect(importedWarns(realText('2194-huaihua-lyj-2025.txt'), UNCLOSED)).toBe(true);
  });

  it('tells a preface quoted whole from a model text at its opening quote (复兴镇 2023)', () => {
    expect(
      importedWarns(realText('1157-wuyuan-fuxing-2023.txt'), 'text-bracket-unclosed:meta'),
    ).toBe(true);
  });

  it('stays silent on quotes that close, short names quoted in a row, and inner quotes mixed', () => {
    for (const overview of [
      '(三)政府信息管理情况。我局严格按照网站信息发布“三审”制度,遵循“谁公开、谁负责”和“先审核、再公开”的原则。',
      '(一)主动公开情况。开设“政策解读”“通知公告”等栏目,发布信息20条。',
      // 西安市乡村振兴局 2023, passed by its gatherer as punctuation: its inner ‘’ mixed with “.
      '(一)主动公开情况。鄠邑区“用好乡村建设‘六字诀’,“打造宜居宜业和美乡村”经验做法在全省乡村建设现场推进会交流发言。',
    ])
      expect(keys(withOverview(overview))).not.toContain(UNCLOSED);
  });
});
