import { describe, expect, it } from 'vitest';
import { keys, withOverview } from '@/testing/checked-reports';

/**
 * The lead's read-back of stop 62: `npm run fuzz` (FUZZ_SCALE=50) found a batch and a keystroke in
 * 总体情况 reading a list broken over two lines differently (the paragraphs property test, its lines now
 * drawn from 2,649 reports). A sentence's parts are read to its line's end, in both.
 */
describe('count-number-missing: `其中` and its parts over a line break', () => {
  const KEY = 'count-number-missing:overview';

  it('reads `其中` with no part on its own line, as a keystroke does (real wording: 益阳市大通湖区审计局 2023, broken where the fuzz broke it)', () => {
    const broken =
      '截止2023年12月31日,全年累计公开各类信息37条,其中:通过中国大通湖\n区网站发布审计动态29条,审计结果1条,审计公开2条。';
    expect(keys(withOverview(broken))).toContain(KEY);
  });

  it('stays silent on the same list on one line', () => {
    const whole =
      '截止2023年12月31日,全年累计公开各类信息37条,其中:通过中国大通湖区网站发布审计动态29条,审计结果1条,审计公开2条。';
    expect(keys(withOverview(whole))).not.toContain(KEY);
  });
});
