import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { labelIndex } from './label-index';
import { matchRow } from './match-row';
import { labelKey } from './normalise-text';

const index = labelIndex(formatById('2021'));
const match = (label: string) => matchRow(index, labelKey(label));
/** The matched row's official label and whether it was read despite one character off. */
const read = (label: string) => {
  const m = match(label);
  return m && { label: m.row.label, near: m.near };
};

describe('a row label one character off the official one', () => {
  it('is read as that row and said to be assumed (real: 平潭综合实验区市场监督管理局 2025)', () => {
    expect(read('7.属于行政执法案件')).toEqual({ label: '7.属于行政执法案卷', near: true });
    // Spaces and full-width forms as pages print them do not count as the character off.
    expect(read('７．属于行政执法 案件')).toEqual({ label: '7.属于行政执法案卷', near: true });
  });

  it('the official label, or one the usual rules read, is no near miss', () => {
    expect(read('7.属于行政执法案卷')).toEqual({ label: '7.属于行政执法案卷', near: false });
    expect(read('（一）予以公开')).toMatchObject({ near: false });
    expect(read('属于行政执法案卷')).toEqual({ label: '7.属于行政执法案卷', near: false });
  });

  it('gives the same answer when the key is asked again (the kept match)', () => {
    const first = match('7.属于行政执法案件');
    expect(match('7.属于行政执法案件')).toBe(first);
    expect(first?.near).toBe(true);
    expect(match('7.属于行政处罚案件')).toBeNull();
    expect(match('7.属于行政处罚案件')).toBeNull();
  });

  it('matches nothing when two characters are off, the label is short, or the edit is a number', () => {
    expect(match('7.属于行政处罚案件')).toBeNull();
    // `予以公开` one character off is another phrase: too short to guess.
    expect(match('（一）予以公井')).toBeNull();
    // `第二十条第（七）项` is none of the four items 表三 counts, and one character from each.
    expect(match('第二十条第（七）项')).toBeNull();
  });

  it('matches nothing when two labels are as close, or the closest is not a row', () => {
    // One character from both 表二 headers `本年制发件数` and `本年废止件数`.
    expect(match('本年制止件数')).toBeNull();
    // One character from the header `本年制发件数`, which is not a row.
    expect(match('本年制发件效')).toBeNull();
  });
});

describe('a row label with a note in brackets after it', () => {
  it('is read as the row its label names (real: 保康县农业农村局 2021, 天门 拖市镇 2020)', () => {
    expect(read('规章(县级无此项)')).toEqual({ label: '规章', near: false });
    expect(read('规章（县级无此项）')).toEqual({ label: '规章', near: false });
    expect(read('行政规范性文件(县级无此项)')).toEqual({ label: '行政规范性文件', near: false });
    const index2019 = labelIndex(formatById('2019'));
    const row2019 = matchRow(index2019, labelKey('规章(设区的市、自治州人民政府应提供相关数据)'));
    expect(row2019?.row.label).toBe('规章');
  });

  it('matches nothing when the label before the note names no row, or the note is a unit', () => {
    // 天门 拖市镇 2020's extra row `其他主动公开文件(含以本单位…名义正式签发的…文件)`.
    expect(match('其他主动公开文件(可参考本单位政府信息公开平台栏目数据)')).toBeNull();
    // A unit is read by the caller (`readRow`), which keeps it.
    expect(match('行政事业性收费(单位:万元)')).toBeNull();
  });
});

describe('a long row label with a two-character word dropped', () => {
  it('is read as that row and said to be assumed (real: 临潼区 开发区管委会 2021)', () => {
    expect(read('二、上年结转政府信息公开数量')).toEqual({
      label: '二、上年结转政府信息公开申请数量',
      near: true,
    });
  });

  it('matches nothing when the label is short, the number names another row, or more is dropped', () => {
    // `一、本年新收政府信息公开申请数量` without `申请`, numbered as the next row: not guessed.
    expect(match('二、本年新收政府信息公开数量')).toBeNull();
    // Four characters dropped (`公开申请`).
    expect(match('二、上年结转政府信息数量')).toBeNull();
    // Short of ten characters without its number: `4.保护第三方合法权益` without `合法`.
    expect(match('4.保护第三方权益')).toBeNull();
  });
});
