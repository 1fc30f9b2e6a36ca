import { describe, expect, it } from 'vitest';
import { labelLines, labelWords, textWidthEm } from './label-lines';
import { printedWidthEm, signatureIndents } from '../report/document-text';

describe('labelLines', () => {
  it('breaks the official header words between words, never inside one', () => {
    expect(labelLines('商业企业', 3)).toEqual(['商业', '企业']);
    expect(labelLines('科研机构', 3)).toEqual(['科研', '机构']);
    expect(labelLines('结果维持', 2.5)).toEqual(['结果', '维持']);
    expect(labelLines('尚未审结', 3.9)).toEqual(['尚未', '审结']);
    expect(labelLines('社会公益组织', 3)).toEqual(['社会', '公益', '组织']);
  });

  it('keeps numbering and punctuation with their word', () => {
    expect(labelLines('（四）无法提供', 3)).toEqual(['（四）', '无法', '提供']);
    expect(labelWords('1.本机关不掌握相关政府信息')[0]).toMatch(/^1\.本/u);
  });

  it('leaves a label that fits on one line, and splits a word longer than a line', () => {
    expect(labelLines('自然人', 3)).toEqual(['自然人']);
    expect(labelLines('总计', 1)).toEqual(['总', '计']);
    expect(labelLines('本年收费金额（单位：万元）', 20)).toHaveLength(1);
  });

  it('counts Latin characters as half a character', () => {
    expect(textWidthEm('2025年1月8日')).toBe(6);
    // Word and LibreOffice put a small space between Chinese and digits.
    expect(printedWidthEm('2025年1月8日')).toBeCloseTo(7, 5);
  });
});

describe('signatureIndents (GB/T 9704 7.3.5.1)', () => {
  it('puts the date four characters from the margin and centres the name over it', () => {
    const date = '2025年1月8日';
    const { nameRight, dateRight } = signatureIndents('某某市人民防空办公室', date);
    expect(dateRight).toBe(4);
    // centre of the name = centre of the date
    expect(nameRight + 10 / 2).toBeCloseTo(dateRight + printedWidthEm(date) / 2, 5);
    // A very long name ends at the margin rather than past it.
    expect(signatureIndents('某'.repeat(30), date).nameRight).toBe(0);
  });
});
