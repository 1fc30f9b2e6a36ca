import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** Misses of the measure of 1379–1423 mended after it (stop 44, helper f5), from the real wording. */

describe('a kind after those that make the whole, larger than it alone (parts-sum-mismatch)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  const text =
    '我委2019年度共主动公开政府信息422条,其中,机构职能类9条、更新工作动态380条、水务信息12条、优化营商环境信息21条,行政许可及行政处罚“双公示”613条。';
  it('flags `“双公示”613条` listed after four kinds making 422 (real: 东城区城管委 2019)', () => {
    expect(messageOf(withOverview(text, 2019), KEY)).toBe(
      '文中说共 422条，但随后“其中”所列的“行政许可及行政处罚‘双公示’”一项就有 613条，比总数还多 191条：其中一项不会多于全部，请核对总数和各项',
    );
  });
  it('is silent on a count of all the years, a channel’s, the rest’s, or after kinds in commas (real: 东升街道 2023, 水部街道 2023, 云林街道 2019)', () => {
    for (const silent of [
      '2023年,街道本级主动公开信息8条,其中:机构职能类0条;规划计划类1条;应急管理类信息0条;财政收支、各类专项资金4条,人事任免类0条;其他类3条,历年累计主动公开政府信息数量共计316条。',
      '2023年,街道通过鼓楼区政府门户网站共发布政府信息16条,其中,机构职能类信息4条,人事信息、公务员招录考试信息8条,其他应当主动公开的政府信息4条,历年累计政府信息公开数为516条。',
      '我委2019年度共主动公开政府信息422条,其中,机构职能类9条、更新工作动态380条、水务信息12条、优化营商环境信息21条,微信公众号发布信息613条。',
      '我委2019年度共主动公开政府信息422条,其中,机构职能类9条、更新工作动态380条、水务信息12条、优化营商环境信息21条,其他信息613条。',
      '我委2019年度共主动公开政府信息422条,其中,机构职能类9条,更新工作动态380条,水务信息12条,优化营商环境信息21条,行政许可及行政处罚“双公示”613条。',
    ])
      expect(keys(withOverview(silent, 2023))).not.toContain(KEY);
  });
});

describe('a count the only one in its unit of its statement, parts in that unit after 其中 (parts-sum-mismatch)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  it('flags 40余 + 164 of `发布统计信息127篇` (real: 息烽县统计局 2020)', () => {
    const text =
      '内容涉及政府数据、政府信息公开、机构设置工作动态等相关内容;通过息烽县统计局电子政务网门户网站236条,发布统计信息127篇,其中统计分析、资料40余篇,各类统计信息164篇。';
    expect(messageOf(withOverview(text, 2020), KEY)).toBe(
      '文中说共 127篇，但随后列出的各项 40余篇 + 164篇 = 204余篇，比总数多：请核对总数和各项',
    );
  });
  it('is silent with another count in that unit before it, or parts that fit', () => {
    for (const silent of [
      '全年收到申请59件,上年度结转办理2件,其中33件已办结,答复27件。',
      '通过门户网站发布信息236条,发布统计信息127篇,其中统计分析、资料40余篇,各类统计信息64篇。',
    ])
      expect(keys(withOverview(silent, 2020))).not.toContain(KEY);
  });
});

describe('a sub-heading that is the first words of its area, the rest lost (overview-subheading-garbled)', () => {
  const KEY = 'overview-subheading-garbled:overview';
  const lines = (fourth: string) =>
    [
      '(一)主动公开。截止2023年12月31日,我镇在政务公开平台共公开2224条政务信息。',
      '(二)依申请公开。2023年度正平镇未收到依申请公开事项。',
      '(三)政府信息管理。完善政府信息管理标准,深入推进政务公开标准化、规范化建设。',
      `${fourth}坚持以人民为中心,发挥各类信息公开平台和渠道作用,优化平台建设。`,
      '(五)监督保障。健全信息公开审核机制,确保公开信息的准确性。',
    ].join('\n');
  it('flags `(四)政府信息公开。`, 平台建设 lost (real: 正平镇 2023)', () => {
    expect(messageOf(withOverview(lines('(四)政府信息公开。'), 2023), KEY)).toBe(
      '总体情况的小标题“(四)政府信息公开”缺“平台建设”，应为“（四）政府信息公开平台建设”，请核对（复制时丢了字符）',
    );
  });
  it('is silent on the platform named (real: 富源县教育局 2024), the area whole, or an excerpt cut at it', () => {
    for (const text of [
      lines('(四)政府信息公开平台\n'),
      lines('(四)政府信息公开平台建设。'),
      '(一)主动公开情况\n全年主动公开信息。\n(二)依申请公开情况\n未收到申请。\n(三)政府信息',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(KEY);
  });
});

describe('sub-headings (一)(二) under an item 1., then 2. again (subheading-number-style-mixed)', () => {
  const KEY = 'subheading-number-style-mixed:overview';
  it('flags the levels inverted (real: 东城区城管委 2019)', () => {
    const text = [
      '1.主动公开情况;',
      '我委2019年度共主动公开政府信息422条。',
      '(一)专项规划及重大项目实施',
      '一是深化背街小巷环境提升。',
      '(二)财政预算及决算信息',
      '及时公开我委预决算情况。',
      '(三)深化环境与拥堵治理',
      '进一步消除堵点。',
      '2.依申请公开情况',
      '全年未收到申请。',
    ].join('\n');
    expect(messageOf(withOverview(text, 2019), KEY)).toBe(
      '编号层级颠倒：“1.主动公开情况;”之下用“(一)专项规划及重大项目…”等小标题，再回到“2.”：层级应为“一、”“（一）”“1.”“（1）”，请调整编号',
    );
  });
  it('is silent on items 1. 2. under each (一) (二), the right order', () => {
    const text = [
      '(一)主动公开',
      '1.公开政策文件。',
      '2.公开工作动态。',
      '(二)依申请公开',
      '1.全年未收到申请。',
      '2.无行政复议。',
    ].join('\n');
    expect(keys(withOverview(text, 2019))).not.toContain(KEY);
  });
});
