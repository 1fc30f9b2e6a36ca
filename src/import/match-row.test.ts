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
