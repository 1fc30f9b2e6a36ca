import { textWidthEm } from '../format/label-lines';
import type { ContactBlock, ReportMeta } from './types';

/**
 * The fixed wording of the document around the sections, shared by the preview and the Word
 * export so the two cannot drift apart.
 */

/**
 * `<机关名称><年度>年政府信息公开工作年度报告`; `year` as `shownYear` gives it (a year typed but
 * invalid prints as typed, never as an older year: the year check reports it).
 */
export function reportTitle(agencyName: string, year: number | string | null): string {
  return `${agencyName.trim()}${year == null ? '' : `${year}年`}政府信息公开工作年度报告`;
}

/** Characters of 二号 type that fit one line of the A4 text width (156 mm). */
const TITLE_LINE_CHARS = 20;

/** The title as printed: a long one breaks after the agency name, where a reader expects it. */
export function titleLines(agencyName: string, year: number | string | null): string[] {
  const name = agencyName.trim();
  const full = reportTitle(name, year);
  return name !== '' && full.length > TITLE_LINE_CHARS ? [name, full.slice(name.length)] : [full];
}

export const contactLabels: readonly (readonly [keyof ContactBlock, string])[] = [
  ['address', '地址'],
  ['postcode', '邮编'],
  ['phone', '电话'],
  ['fax', '传真'],
  ['email', '电子邮箱'],
];

const compact = (text: string): string => text.replace(/\s+/g, '');

/**
 * The contact block as one sentence after the preface, the way published reports write it
 * (seed 000): `如对本报告有任何疑问，请与<机关>联系（地址：…；邮编：…；电话：…）。` Only the items
 * filled in, and none that the preface already states (seed 000 writes them inside its
 * preface); '' when nothing is left.
 */
export function contactSentence(agencyName: string, contact: ContactBlock, preface = ''): string {
  const stated = compact(preface);
  const parts = contactLabels
    .map(([key, label]) => [label, contact[key].trim()] as const)
    .filter(([, value]) => value !== '' && !stated.includes(compact(value)))
    .map(([label, value]) => `${label}：${value}`);
  if (parts.length === 0) return '';
  const name = agencyName.trim() || '本机关';
  return `如对本报告有任何疑问，请与${name}联系（${parts.join('；')}）。`;
}

/**
 * The contact block's paragraphs as printed after the preface: the sentence, or (by the clerk's
 * choice) one `地址：…` line per item filled in and not already stated in the preface.
 */
export function contactParagraphs(
  meta: Pick<ReportMeta, 'agencyName' | 'contact' | 'preface' | 'contactStyle'>,
): string[] {
  if (meta.contactStyle !== 'list') {
    const sentence = contactSentence(meta.agencyName, meta.contact, meta.preface);
    return sentence === '' ? [] : [sentence];
  }
  const stated = compact(meta.preface);
  return contactLabels
    .map(([key, label]) => [label, meta.contact[key].trim()] as const)
    .filter(([, value]) => value !== '' && !stated.includes(compact(value)))
    .map(([label, value]) => `${label}：${value}`);
}

/**
 * Width of a line as Word and LibreOffice print it, in characters: half-width Latin, plus the
 * space both put between Chinese and Latin letters or digits (autospace, about ⅕ character).
 */
export function printedWidthEm(text: string): number {
  const gaps = text.match(/[\u2e80-\uffff](?=[A-Za-z0-9])|[A-Za-z0-9](?=[\u2e80-\uffff])/gu);
  return textWidthEm(text) + 0.2 * (gaps?.length ?? 0);
}

/**
 * 落款 after GB/T 9704-2012 7.3.5.1, as right indents in characters: the date 右空四字, the agency
 * name centred over the date. A name too long for that (more than the date plus eight
 * characters) ends at the right margin.
 */
export function signatureIndents(
  name: string,
  date: string,
): { readonly nameRight: number; readonly dateRight: number } {
  const dateRight = 4;
  if (date === '') return { nameRight: dateRight, dateRight };
  const nameRight = dateRight + (printedWidthEm(date) - printedWidthEm(name)) / 2;
  return { nameRight: Math.max(0, nameRight), dateRight };
}

/** Characters between two columns of a table kept as text (a row per line, its cells tab-separated). */
const COLUMN_GAP = 1.5;
/** The first-line indent of a body paragraph, in characters. */
const FIRST_INDENT = 2;
/** Characters a body line holds (the 28-character grid). */
const LINE_CHARS = 28;

/** How a row of a table kept as text is set: its columns' tab stops, and the columns it skips. */
export interface TabRow {
  /** Tab stops in characters from the left margin (the first column starts at the indent). */
  readonly stops: readonly number[];
  /** Leading columns the row has no cell for (a header row over the row labels' column). */
  readonly skip: number;
}

/**
 * How the rows of a table kept as text in a narrative section are set (an imported table that is
 * none of the format's: a row per line, its cells separated by tabs), so that its columns line up
 * in the Word file and the preview alike. A row with fewer cells than the group's widest lacks
 * its leading ones (real: 平潭综合实验区市场监督管理局 2025, the header row over an empty corner
 * cell). Undefined for a paragraph without tabs, and for a group too wide for a line (the default
 * tab stops then apply).
 */
export function rowTabStops(paragraphs: readonly string[]): (TabRow | undefined)[] {
  const out: (TabRow | undefined)[] = paragraphs.map(() => undefined);
  let i = 0;
  while (i < paragraphs.length) {
    if (!paragraphs[i]?.includes('\t')) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < paragraphs.length && paragraphs[end]?.includes('\t')) end += 1;
    const rows = paragraphs.slice(i, end).map((p) => p.split('\t').map((c) => c.trim()));
    const columns = Math.max(...rows.map((r) => r.length));
    const widths: number[] = new Array<number>(columns).fill(0);
    for (const row of rows)
      row.forEach((cell, c) => {
        const col = c + columns - row.length;
        widths[col] = Math.max(widths[col] ?? 0, Math.ceil(printedWidthEm(cell)));
      });
    const stops: number[] = [];
    let at = FIRST_INDENT;
    for (const w of widths.slice(0, -1)) {
      at += w + COLUMN_GAP;
      stops.push(at);
    }
    if (at + (widths.at(-1) ?? 0) <= LINE_CHARS)
      rows.forEach((row, k) => (out[i + k] = { stops, skip: columns - row.length }));
    i = end;
  }
  return out;
}
