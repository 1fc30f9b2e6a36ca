import { describe, expect, it } from 'vitest';
import { keys, withOverview } from '@/testing/checked-reports';

/**
 * One slip, one finding: a sub-heading of 总体情况 with a character lost was said twice, as a
 * garbled sub-heading and as a garbled phrase (carried over from stop 33; real: 咸宁市政数局 2025).
 */

const overview = (platform: string): string =>
  [
    '(一)主动公开政府信息情况。全年主动公开政府信息120条。',
    '(二)依申请公开政府信息情况。全年收到政府信息公开申请3件。',
    '(三)政府信息管理情况。做好政策文件的清理工作。',
    platform,
    '依托门户网站发布信息。',
    '(五)监督保障情况。开展培训2次。',
  ].join('\n');

describe('a garbled sub-heading of 总体情况', () => {
  it('is one finding, the sub-heading’s (real: `(四)府信息公开平台建设情况`)', () => {
    const found = keys(withOverview(overview('(四)府信息公开平台建设情况')));
    expect(found).toContain('overview-subheading-garbled:overview');
    expect(found).not.toContain('phrase-garbled:overview');
  });
  it('leaves a garbled phrase elsewhere in 总体情况 to phrase-garbled', () => {
    const text = `${overview('(四)府信息公开平台建设情况')}\n严格落实信息公开保密审查制度,防止泄漏国家秘密。`;
    const found = keys(withOverview(text));
    expect(found).toContain('overview-subheading-garbled:overview');
    expect(found).toContain('phrase-garbled:overview');
  });
});
