import type { SectionId, SectionTemplate } from '@/domain/template/types';
import { labelKey } from './normalise-text';

const NUMERALS = '一二三四五六七八九十';
/** A heading's words closed by one full stop, no other stop in them (`总体情况。`). */
const HEADING_STOPPED = /^[^。；;，,：:！!？?\d]{2,24}。$/;
/** A dash where a heading's `一` stands, before its `、` (`labelKey` reads every dash as `-`). */
export const DASH_FOR_ONE = /^[-—―－‐‑–﹣−](?=[、,])/;

/** Words a heading of each section carries, official wording and the variants seen in reports. */
const KEYWORDS: Readonly<Record<SectionId, RegExp>> = {
  // Or the year's work, all of it (`一、2023年工作开展情况` before `二、主动公开政府信息情况`, real:
  // 和田市吉亚乡 2023), not one area's (`一、主动公开工作开展情况` is 二's words one numeral off);
  // and its results (`一、2020年政务公开工作完成情况及成效`, real: 临洮县上营乡 2020).
  overview:
    /总体|概述|概况|基本情况|^(?:\d{4}年度?)?(?:政府信息公开|政务公开|信息公开)?工作(?:开展|完成)?情况(?:及成效)?$/,
  proactive: /主动公开/,
  applications: /申请/,
  reviewLitigation: /复议|诉讼/,
  problems: /问题|改进/,
  other: /其他|其它/,
};

/**
 * A heading a page shows as a list item (`- 总体情况`, real: 朔州市 2023) without its mark: the
 * mark is no part of the heading.
 */
export function withoutListMark(text: string): string {
  return text.replace(/^\s*[-*•●]\s+/, '');
}

/**
 * The heading a list item stands for: its words as written, and when they are the bare official
 * words the official heading, its numeral being the list's (a page's `<li>` printed as `- 总体情况`).
 */
export function listHeading(text: string, section: SectionTemplate): string {
  const words = withoutListMark(text);
  return labelKey(words) === officialWords(section) ? section.heading : words;
}

/**
 * The section a heading line opens, if any: `一、总体情况` and variants (`一、概述`,
 * `四、政府信息公开行政复议和行政诉讼情况`). Only sections after `current` count, so a list
 * `一、…二、…` inside a section's narrative is not taken for headings.
 */
export function matchSectionHeading(
  text: string,
  sections: readonly SectionTemplate[],
  currentNo: number,
): SectionTemplate | null {
  // A dash typed for `一` (`—、总体情况`, real: 同心县自然资源局 2021): the heading, its numeral
  // mistyped (the check on headings says so).
  const key = labelKey(withoutListMark(text)).replace(DASH_FOR_ONE, '一');
  // `一.总体情况` (a full stop for the 、) is the same heading.
  const m = /^([一二三四五六七八九十])[、,.．](.*)$/.exec(key);
  if (!m) {
    // A heading whose `一、` Word's list numbering supplies, or whose 、 was lost (`一总体情况`,
    // real: 平潭综合实验区金井片区管理局 2020): only the exact official words.
    const bare = sections.find((s) => {
      if (s.no <= currentNo) return false;
      const words = officialWords(s);
      return key === words || key === `${NUMERALS[s.no - 1] ?? ''}${words}`;
    });
    return bare ?? null;
  }
  const no = NUMERALS.indexOf(m[1] ?? '') + 1;
  // Since a fix of stop 38 after the measure of 1079–1108: a short heading closed by a full stop
  // (`一、总体情况。`, `二、行政机关主动公开政府信息情况。`, real: 西充县义兴镇 2020) is the heading; a
  // line with a sentence's other stops in it, or longer, is text.
  const rest = HEADING_STOPPED.test(m[2] ?? '') ? (m[2] ?? '').slice(0, -1) : (m[2] ?? '');
  // The official words under a wrong numeral (`五、其他需要报告的事项` after a merged 四):
  // the words decide; the check on headings names the numeral.
  const worded = sections.find((s) => s.no > currentNo && officialWords(s) === rest);
  if (worded) return worded;
  if (no <= currentNo) return null;
  const section = sections.find((s) => s.no === no);
  if (!section) return null;
  if (key === labelKey(section.heading)) return section;
  if (rest.length > 40 || /[。；;]$/.test(rest)) return null;
  if (KEYWORDS[section.id].test(rest)) return section;
  // Another section's words one numeral off (`六、存在的主要问题及改进措施` after a `五` of the
  // report's own, real: 平潭综合实验区金井片区管理局 2025): the words decide, as above.
  const near = sections.filter(
    (s) => s.no > currentNo && Math.abs(s.no - no) === 1 && KEYWORDS[s.id].test(rest),
  );
  return near.length === 1 ? (near[0] ?? null) : null;
}

/** A section's official heading without its numeral, as `labelKey` reads it (once per section). */
const wordsOf = new WeakMap<SectionTemplate, string>();
function officialWords(s: SectionTemplate): string {
  let words = wordsOf.get(s);
  if (words === undefined) {
    words = labelKey(s.heading).replace(/^[一二三四五六][、,]/, '');
    wordsOf.set(s, words);
  }
  return words;
}
