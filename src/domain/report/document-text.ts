import type { ContactBlock } from './types';

/**
 * The fixed wording of the document around the sections, shared by the preview and the Word
 * export so the two cannot drift apart.
 */

/** `<机关名称><年度>年政府信息公开工作年度报告`. */
export function reportTitle(agencyName: string, year: number | null): string {
  return `${agencyName.trim()}${year == null ? '' : `${year}年`}政府信息公开工作年度报告`;
}

/** Characters of 二号 type that fit one line of the A4 text width (156 mm). */
const TITLE_LINE_CHARS = 20;

/** The title as printed: a long one breaks after the agency name, where a reader expects it. */
export function titleLines(agencyName: string, year: number | null): string[] {
  const name = agencyName.trim();
  const full = reportTitle(name, year);
  return name !== '' && full.length > TITLE_LINE_CHARS ? [name, full.slice(name.length)] : [full];
}

export const contactLabels: readonly (readonly [keyof ContactBlock, string])[] = [
  ['address', '地址'],
  ['postcode', '邮编'],
  ['phone', '电话'],
  ['fax', '传真'],
  ['email', '邮箱'],
];

/** The contact block, one `标签：内容` line per item that is filled in (seeds 000, 004). */
export function contactLines(contact: ContactBlock): string[] {
  return contactLabels
    .map(([key, label]) => [label, contact[key].trim()] as const)
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}：${value}`);
}
