import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** Kinds of the corpus's MISSED list flagged since stop 32, from the real wording. */

describe('a sub-heading of 总体情况 with its number lost (subheading-number-missing)', () => {
  it('is said of brackets left empty (real: 丽阳镇 2022, `()主动公开`)', () => {
    const liyang =
      '2022年,丽阳镇在区委、区政府的正确领导下,始终把政务公开工作摆在重要位置。\n()主动公开\n一是扎实抓好法定主动公开内容发布。';
    expect(messageOf(withOverview(liyang, 2022), 'subheading-number-missing:overview')).toBe(
      '小标题“()主动公开”的括号里没有编号，应写作“（一）”“（二）”…，请补上',
    );
  });
  it('is said of an area alone on its line after numbered ones (real: 涡阳县审计局 2025)', () => {
    const guoyang =
      '(一)主动公开\n2025年以来,我局发布审计结果公告6条。\n(二)依申请公开\n规范办理工作程序。\n政府信息管理\n严格落实公开属性源头认定。';
    expect(messageOf(withOverview(guoyang, 2025), 'subheading-number-missing:overview')).toBe(
      '小标题“政府信息管理”前缺编号：同一部分的其他小标题写作“（一）”“（二）”…，请补上编号',
    );
  });
  it('is silent on numbered sub-headings, areas headed without numbers throughout, or an area line before any number', () => {
    const numbered =
      '(一)主动公开\n发布信息6条。\n(二)依申请公开\n未收到申请。\n(三)政府信息管理\n严格审核。';
    const unnumbered =
      '主动公开\n发布信息6条。\n依申请公开\n未收到申请。\n政府信息管理\n严格审核。';
    // A line saying an area in a sentence is no heading (`主动公开政府信息6条。`).
    const inSentence = '(一)主动公开\n主动公开政府信息6条。\n(二)依申请公开\n未收到申请。';
    // A table's row `()` with no words after it is no sub-heading.
    const bracketsAlone = '(一)主动公开\n发布信息6条,详见下表:\n()\n(二)依申请公开\n未收到申请。';
    for (const text of [numbered, unnumbered, inSentence, bracketsAlone])
      expect(keys(withOverview(text, 2022))).not.toContain('subheading-number-missing:overview');
  });
});
