import { formatChineseDate } from '@/domain/format/date';
import { shownYear } from '@/domain/report/read-year';
import type { ComputedValues } from '@/domain/compute/compute-report';
import {
  contactParagraphs,
  rowTabStops,
  signatureIndents,
  type TabRow,
  titleLines,
} from '@/domain/report/document-text';
import type { Report } from '@/domain/report/types';
import type { FormatTemplate, TableTemplate } from '@/domain/template/types';

/**
 * The document as a flow of blocks, in the order and with the rules of the Word export
 * (src/export/docx): what is a paragraph, which font its lead-in takes, what is kept with the
 * next block. The paged preview measures these blocks and breaks them into pages.
 */
export type Block =
  | { readonly kind: 'title'; readonly lines: readonly string[] }
  | {
      readonly kind: 'para';
      readonly text: string;
      /** `heading`: 黑体 `一、` headings; `body`: 仿宋, with a 楷体 lead-in of `leadIn` characters. */
      readonly style: 'heading' | 'body';
      readonly leadIn: number;
      readonly keepNext: boolean;
      /** 落款: right-aligned, this many characters from the right margin, no indent. */
      readonly right?: number;
      /** A row of a table kept as text: its tab stops and the leading columns it lacks. */
      readonly tabs?: TabRow;
    }
  | { readonly kind: 'blank'; readonly keepNext: boolean }
  | {
      readonly kind: 'table';
      readonly table: TableTemplate;
      readonly report: Report;
      readonly computed: ComputedValues;
    };

const subheading = /^（[一二三四五六七八九十]+）/u;

/** Non-empty paragraphs of a text, trimmed at the end (as the export's paragraphsOf). */
const paragraphsOf = (text: string | undefined): string[] =>
  (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => line.trim() !== '');

/** A narrative text's paragraphs, rows of a table kept as text with their tab stops. */
function narrativeBlocks(text: string | undefined): Block[] {
  const lines = paragraphsOf(text);
  const tabs = rowTabStops(lines);
  return lines.map((line, i) => {
    const stops = tabs[i];
    return stops
      ? { kind: 'para', text: line, style: 'body', leadIn: 0, keepNext: false, tabs: stops }
      : narrative(line);
  });
}

/** A narrative line: `（一）…` lines set their lead-in (up to the first `。`) in 楷体. */
function narrative(line: string): Block {
  if (!subheading.test(line.trimStart())) {
    return { kind: 'para', text: line, style: 'body', leadIn: 0, keepNext: false };
  }
  const stop = line.indexOf('。');
  const head = stop >= 0 && stop < line.length - 1 ? line.slice(0, stop + 1) : line;
  return {
    kind: 'para',
    text: line,
    style: 'body',
    leadIn: head.length,
    keepNext: head.length === line.length,
  };
}

export function documentBlocks(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
): Block[] {
  const { agencyName, reportDate, preface } = report.meta;
  const blocks: Block[] = [
    { kind: 'title', lines: titleLines(agencyName, shownYear(report.meta)) },
  ];
  blocks.push(...narrativeBlocks(preface));
  for (const text of contactParagraphs(report.meta))
    blocks.push({ kind: 'para', text, style: 'body', leadIn: 0, keepNext: false });
  for (const section of template.sections) {
    blocks.push({
      kind: 'para',
      text: section.heading,
      style: 'heading',
      leadIn: 0,
      keepNext: true,
    });
    blocks.push(...narrativeBlocks(report.narrative[section.id]));
    const table = section.table ? template.tables.find((t) => t.id === section.table) : undefined;
    if (table) blocks.push({ kind: 'table', table, report, computed });
  }
  const name = agencyName.trim();
  const date = formatChineseDate(reportDate);
  if (name !== '' || date !== '') {
    const { nameRight, dateRight } = signatureIndents(name, date);
    blocks.push({ kind: 'blank', keepNext: true });
    if (name !== '') {
      blocks.push({
        kind: 'para',
        text: name,
        style: 'body',
        leadIn: 0,
        keepNext: date !== '',
        right: nameRight,
      });
    }
    if (date !== '') {
      blocks.push({
        kind: 'para',
        text: date,
        style: 'body',
        leadIn: 0,
        keepNext: false,
        right: dateRight,
      });
    }
  }
  return blocks;
}
