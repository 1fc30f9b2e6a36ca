import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** What the texts 374–403 showed of a report's structure, mended after their measure. */

describe('a sub-heading of 总体情况 naming an area with two of its words swapped', () => {
  const yuzhong =
    '(一)主动公开。区经信委主要通过重庆市渝中区政府信息公开网站来公开政府信息。\n(二)依公开申请。依法依规办理政府信息公开申请,全年未收到申请。\n(三)政府信息管理。';
  it('is said (real: 渝中区经济信息委 2023, `(二)依公开申请`)', () => {
    expect(messageOf(withOverview(yuzhong), 'overview-subheading-garbled:overview')).toBe(
      '总体情况的小标题“(二)依公开申请”字序颠倒，应为“（二）依申请公开”，请核对',
    );
  });
  it('is not said of the area in its own words, nor of 申请公开 (a short form)', () => {
    for (const text of [
      yuzhong.replace('依公开申请', '依申请公开'),
      yuzhong.replace('依公开申请', '申请公开'),
      yuzhong.replace('依公开申请', '公开申请'),
    ])
      expect(keys(withOverview(text))).not.toContain('overview-subheading-garbled:overview');
  });
});
