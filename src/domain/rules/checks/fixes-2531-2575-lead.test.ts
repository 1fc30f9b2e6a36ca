import { describe, expect, it } from 'vitest';
import { keys, withOverview } from '@/testing/checked-reports';

/**
 * The lead's read-back of stop 62: `npm run fuzz` (FUZZ_SCALE=50) found a batch and a keystroke in
 * 总体情况 reading a line broken in two differently (the paragraphs property test, its lines now drawn
 * from 2,649 reports): a list after `其中`, a notice's title, a zero of requests. Each is read within its
 * line, in both; each case here is the fuzz's counterexample (a line break typed into real wording).
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

describe('a title or a count broken over a line is read within each line', () => {
  it('notice-title-incomplete: no `《` of one line read with the next line’s `的通知》`', () => {
    const broken = '印发了《\n湖口县2019年政务公开工作要点责任分工的通知》,层层分解任务。';
    expect(keys(withOverview(broken))).not.toContain('notice-title-incomplete:overview');
    // On one line the title without 关于 is read, as before.
    const whole = '印发了《湖口县2019年政务公开工作要点责任分工的通知》,层层分解任务。';
    expect(keys(withOverview(whole))).toContain('notice-title-incomplete:overview');
  });

  it('zero-requests-answered: no `收到` of one line read with the next line’s `申请0次`', () => {
    const broken = '2021年我收到\n政府信息公开申请0次,按照程序已公开。';
    expect(keys(withOverview(broken))).not.toContain('zero-requests-answered:overview');
    const whole = '2021年我收到政府信息公开申请0次,按照程序已公开。';
    expect(keys(withOverview(whole))).toContain('zero-requests-answered:overview');
  });
});
