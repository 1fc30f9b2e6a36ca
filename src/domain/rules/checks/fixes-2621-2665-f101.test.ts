import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 2621–2665 mended after it (stop 64, fixer f101): the
 * agency's profile in a 三定's words, a count of 稿件 run into the next words, the item on 主动公开 with
 * its numeral printed twice; and, silenced, a nested list opened by `具体为` and an item's own
 * `在主动发布方面` read as the next area. From the real wording, with nearby wording that must stay
 * silent.
 */

describe('overview-item-off-topic: the agency’s profile in a 三定’s words (2639)', () => {
  const KEY = 'overview-item-off-topic:overview';
  const file = '2639-danjiangkou-fpb-2020.txt';
  it('reads the rank, the units set up inside and the staff', () => {
    expect(importedMessage(realText(file), KEY)).toContain('是本机关的概况');
  });
  it('stays silent on units named as the ones that publish', () => {
    const said =
      '(一)组织领导情况\n我办成立政府信息公开工作领导小组,内设综合股、老区建设股等5个股室各明确一名信息员,负责本股室信息的收集和报送。';
    expect(keys(withOverview(said))).not.toContain(KEY);
  });
});

describe('count-unit-missing: a count of 稿件 run into the next words (2640)', () => {
  const KEY = 'count-unit-missing:overview';
  it('reads `稿件191在`', () => {
    expect(importedWarns(realText('2640-gongzhuling-fpzx-2020.txt'), KEY)).toBe(true);
    expect(
      messageOf(
        withOverview('《公主岭报》共刊发脱贫攻坚系列稿件191在公主岭新闻网站刊发相关稿件410篇次。'),
        KEY,
      ),
    ).toContain('稿件191在');
  });
  it('stays silent on the count with its unit', () => {
    for (const fine of [
      '《公主岭报》共刊发脱贫攻坚系列稿件191篇,在公主岭新闻网站刊发相关稿件410篇次。',
      '全年报送信息稿件20余篇,被采用5篇。',
    ])
      expect(keys(withOverview(fine))).not.toContain(KEY);
  });
});

describe('overview-item-off-topic: the item on 主动公开 numbered twice, cases only (2645)', () => {
  const KEY = 'overview-item-off-topic:overview';
  const file = '2645-jintai-cgzfj-2022.txt';
  it('reads `(二)(一)主动公开` counting only penalties', () => {
    expect(importedMessage(realText(file), KEY)).toContain('(二)(一)主动公开');
  });
  it('stays silent when the item counts information published', () => {
    const fixed = realText(file).replace(
      '准确发布财政资金使用情况',
      '全年主动公开政府信息126条,准确发布财政资金使用情况',
    );
    expect(importedWarns(fixed, KEY)).toBe(false);
    expect(importedWarns(fixed, 'proactive-count-missing:overview')).toBe(false);
  });
});

describe('parts-sum-mismatch: a part’s own kinds after `具体为` (2643)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  it('stays silent on the real nested list', () => {
    expect(importedWarns(realText('2643-tongliang-cgj-2022.txt'), KEY)).toBe(false);
  });
  it('still sums a list of the whole’s own kinds', () => {
    const said =
      '(一)主动公开情况。2022年主动公开政府信息100条,其中,工作动态类信息41条、通知公告类信息34条、政策解读类信息3条。';
    expect(keys(withOverview(said, 2022))).toContain(KEY);
  });
});

describe('proactive-count-missing: `在主动发布方面` is the item’s own area (2662)', () => {
  const KEY = 'proactive-count-missing:overview';
  it('stays silent on the real count after its channels', () => {
    expect(importedWarns(realText('2662-shanwei-gaj-2021.txt'), KEY)).toBe(false);
  });
  it('still warns when the item under it counts nothing', () => {
    const fixed = realText('2662-shanwei-gaj-2021.txt').replace(
      '共公开44087条政府信息',
      '及时公开各类政府信息',
    );
    expect(importedWarns(fixed, KEY)).toBe(true);
  });
});
