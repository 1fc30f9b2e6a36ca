import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';

/** The import's refusal mended before the measure of 2486–2530 was recorded (stop 61, the lead). */

describe('a page with no title and none of the format’s headings, whose preface says what it is', () => {
  it('is taken as a report to be checked (real: 鄂温克族自治旗审计局 2021)', () => {
    const r = importText(realText('2498-ewenke-sjj-2021.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.meta.year).toBe(2021);
    expect(r.report.meta.preface).toMatch(/^本报告根据新修订的《中华人民共和国政府信息公开条例》/);
  });

  it('still refuses a text that names no such report', () => {
    const summary = [
      '本单位2021年工作总结',
      '2021年,我局严格按照上级要求,认真开展各项工作,取得了明显成效。',
      '一是组织领导有力。局领导高度重视,把各项工作列入重要议事日程。',
    ].join('\n');
    const r = importText(summary);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/没有在粘贴的文字中找到年度报告的内容/);
  });

  it('still refuses text that mentions the 条例 without naming a report', () => {
    const r = importText('我局认真学习《中华人民共和国政府信息公开条例》。\n今天天气很好。');
    expect(r.ok).toBe(false);
  });
});
