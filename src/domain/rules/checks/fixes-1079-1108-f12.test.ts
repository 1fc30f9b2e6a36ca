import { describe, expect, it } from 'vitest';
import { keys, importedReport, realText } from '@/testing/checked-reports';
import { partsExceedingWhole } from './parts-sum';

/**
 * Misses of the measure of 1079–1108 mended after it (stop 38, helper f12), from the real wording,
 * with the corpus's texts that must stay silent.
 */

const realKeys = (name: string) => keys(importedReport(realText(name)));

describe('the parts told `将…等方面总结报告` (real: 临海市汇溪镇 2020)', () => {
  it('reads the old regulation’s parts in the list', () => {
    expect(realKeys('1079-linhai-huixi-2020.txt')).toContain('part-count-mismatch:meta');
  });
  it('stays silent on 将 a plan in other aspects (real: 北票市台吉镇 2022, 宿迁市仲夏 2022)', () => {
    expect(realKeys('895-beipiao-taiji-2022.txt')).not.toContain('part-count-mismatch:meta');
    expect(realKeys('899-suqian-zhongyang-2022.txt')).not.toContain('part-count-mismatch:meta');
  });
});

describe('the parts said in a sentence opening with 由 (real: 青龙县财政局 2022)', () => {
  it('reads five parts said, six in the format', () => {
    expect(realKeys('1099-qinglong-czj-2022.txt')).toContain('part-count-mismatch:meta');
  });
});

describe('a 决算 of the report’s year said published in it (real: 花湖镇 2025, 双龙镇 2024)', () => {
  it('flags the year’s own 决算', () => {
    expect(realKeys('1086-echeng-huahu-2025.txt')).toContain(
      'wrong-year-in-text:overview:accounts-2025',
    );
    expect(realKeys('1095-changshou-shuanglong-2024.txt')).toContain(
      'wrong-year-in-text:overview:accounts-2024',
    );
  });
  it('stays silent on last year’s 决算 and this year’s budget (real: 抚州市自然资源局 2020 aside)', () => {
    expect(realKeys('083-alashanyouqi-bgs-2022.txt')).not.toContain(
      'wrong-year-in-text:overview:accounts-2022',
    );
    expect(realKeys('1006-yanshan-panlong-2021.txt')).not.toContain(
      'wrong-year-in-text:overview:accounts-2021',
    );
  });
});

describe('kinds going on past a sum that makes the whole, to the rest (real: 东北塘街道 2019)', () => {
  const dongbeitang =
    '2019年,东北塘街道主动公开政府信息496条,其中工作动态信息420条,重点工作6条,公告公示3条,小额工程采购信息67条,人事信息7条,会议报告4条,财政信息6条,规划计划2条,重大项目5条,其他各类信息8条,微信公众号发布信息333条。';
  it('reads ten kinds adding to 528, not the channel after the rest', () => {
    const [excess] = partsExceedingWhole(dongbeitang);
    expect(excess?.whole).toBe(496);
    expect(excess?.parts).toEqual([420, 6, 3, 67, 7, 4, 6, 2, 5, 8]);
    expect(realKeys('1080-xishan-dongbeitang-2019.txt')).toContain('parts-sum-mismatch:overview');
  });
  it('stays silent when the kinds after the sum end without the rest', () => {
    expect(
      partsExceedingWhole(
        '2019年主动公开政府信息496条,其中工作动态信息420条,重点工作6条,公告公示3条,小额工程采购信息67条,微信公众号发布信息333条。',
      ),
    ).toHaveLength(0);
  });
});

describe('the organs’ functions published are no scope (real: 西秀区黄腊乡 2020)', () => {
  it('reads `我镇机关职能、机构设置…` as a kind of information, the counts left unscoped', () => {
    expect(realKeys('1091-xixiu-huangla-2020.txt')).toContain('government-scope-missing');
  });
  it('still reads the town’s organs as its own level (real: 德兴乡 2022 board aside)', () => {
    expect(
      keys(
        importedReport(
          '黄腊乡人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年,乡机关主动公开政府信息9条。\n二、主动公开政府信息情况\n无。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。',
        ),
      ),
    ).not.toContain('government-scope-missing');
  });
});
