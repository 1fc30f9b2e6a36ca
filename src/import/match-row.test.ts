import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { labelIndex } from './label-index';
import { findRow, nearMissRow } from './match-row';
import { labelKey } from './normalise-text';

const index = labelIndex(formatById('2021'));
const row = (label: string) => findRow(index, labelKey(label));
const near = (label: string) => nearMissRow(index, labelKey(label));

describe('a row label one character off the official one', () => {
  it('is read as that row and said to be assumed (real: 平潭综合实验区市场监督管理局 2025)', () => {
    expect(row('7.属于行政执法案件')?.label).toBe('7.属于行政执法案卷');
    expect(near('7.属于行政执法案件')?.label).toBe('7.属于行政执法案卷');
    // Spaces and full-width forms as pages print them do not count as the character off.
    expect(near('７．属于行政执法 案件')?.label).toBe('7.属于行政执法案卷');
  });

  it('the official label, or one the usual rules read, is no near miss', () => {
    expect(row('7.属于行政执法案卷')?.label).toBe('7.属于行政执法案卷');
    expect(near('7.属于行政执法案卷')).toBeNull();
    expect(near('（一）予以公开')).toBeNull();
    expect(near('属于行政执法案卷')).toBeNull();
  });

  it('matches nothing when two characters are off, the label is short, or the edit is a number', () => {
    expect(row('7.属于行政处罚案件')).toBeNull();
    // `予以公开` one character off is another phrase: too short to guess.
    expect(row('（一）予以公井')).toBeNull();
    // `第二十条第（七）项` is none of the four items 表三 counts, and one character from each.
    expect(row('第二十条第（七）项')).toBeNull();
  });

  it('matches nothing when two labels are as close, or the closest is not a row', () => {
    // One character from both 表二 headers `本年制发件数` and `本年废止件数`.
    expect(row('本年制止件数')).toBeNull();
    // One character from the header `本年制发件数`, which is not a row.
    expect(row('本年制发件效')).toBeNull();
  });
});
