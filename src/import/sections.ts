import type { SectionId, SectionTemplate } from '@/domain/template/types';
import { labelKey } from './normalise-text';

const NUMERALS = '一二三四五六七八九十';

/** Words a heading of each section carries, official wording and the variants seen in reports. */
const KEYWORDS: Readonly<Record<SectionId, RegExp>> = {
  overview: /总体|概述|概况|基本情况/,
  proactive: /主动公开/,
  applications: /申请/,
  reviewLitigation: /复议|诉讼/,
  problems: /问题|改进/,
  other: /其他|其它/,
};

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
  const key = labelKey(text);
  // `一.总体情况` (a full stop for the 、) is the same heading.
  const m = /^([一二三四五六七八九十])[、,.．](.*)$/.exec(key);
  if (!m) {
    // A heading whose `一、` Word's list numbering supplies: only the exact official words.
    const bare = sections.find(
      (s) => s.no > currentNo && labelKey(s.heading).replace(/^[一二三四五六][、,]/, '') === key,
    );
    return bare ?? null;
  }
  const no = NUMERALS.indexOf(m[1] ?? '') + 1;
  const rest = m[2] ?? '';
  // The official words under a wrong numeral (`五、其他需要报告的事项` after a merged 四):
  // the words decide; the check on headings names the numeral.
  const worded = sections.find(
    (s) => s.no > currentNo && labelKey(s.heading).replace(/^[一二三四五六][、,]/, '') === rest,
  );
  if (worded) return worded;
  if (no <= currentNo) return null;
  const section = sections.find((s) => s.no === no);
  if (!section) return null;
  if (key === labelKey(section.heading)) return section;
  if (rest.length > 40 || /[。；;]$/.test(rest)) return null;
  return KEYWORDS[section.id].test(rest) ? section : null;
}
