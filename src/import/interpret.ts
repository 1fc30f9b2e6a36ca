import { emptyContact } from '@/domain/report/empty-report';
import type { ContactBlock, Report } from '@/domain/report/types';
import { isFormatForYear } from '@/domain/template/lookup';
import {
  SECTION_IDS,
  type SectionId,
  type SectionTemplate,
  type TableId,
} from '@/domain/template/types';
import { formats } from '@templates/index';
import { chooseFormat } from './choose-format';
import { labelIndex } from './label-index';
import { cleanField, labelKey, stripMarkdown } from './normalise-text';
import { readFrontMatter, readSignature } from './read-front-and-signature';
import { matchSectionHeading } from './sections';
import { readRow } from './read-row';
import { TableCollector } from './table-collector';
import type {
  Block,
  ImportResult,
  ImportSource,
  SectionRecognition,
  TableRecognition,
} from './types';

const TABLE_IDS: readonly TableId[] = ['t2', 't3', 't4'];

const NOTHING_FOUND: Readonly<Record<ImportSource, string>> = {
  text: '没有在粘贴的文字中找到年度报告的内容：既没有“一、总体情况”等章节标题，也没有表格的行标签。请粘贴报告全文，或改为选择 Word 文件（.docx）。',
  docx: '这份 Word 文档中没有找到年度报告的内容：既没有“一、总体情况”等章节标题，也没有官方表格。请确认选择的是政府信息公开工作年度报告。',
};

function paragraphText(block: Block & { kind: 'paragraph' }, markdown: boolean): string {
  return markdown ? stripMarkdown(block.text) : cleanField(block.text);
}

/** Turns paragraphs and table rows into a report, reading tables by their labels. */
export function interpretBlocks(blocks: readonly Block[], source: ImportSource): ImportResult {
  const markdown = source === 'text';
  const sectionsAny = formats[0]?.sections ?? [];

  // Pass 1: front matter (before the first heading) and every label key, to choose the format.
  const keys = new Set<string>();
  const front: string[] = [];
  let seenHeading = false;
  for (const b of blocks) {
    if (b.kind === 'row') {
      for (const f of b.fields) keys.add(labelKey(f));
      continue;
    }
    const text = paragraphText(b, markdown);
    keys.add(labelKey(text));
    if (!seenHeading && matchSectionHeading(text, sectionsAny, 0)) seenHeading = true;
    else if (!seenHeading && text) front.push(text);
  }
  const frontMatter = readFrontMatter(front);
  const { template, reason } = chooseFormat(keys, frontMatter.year);
  const index = labelIndex(template);

  // Pass 2: sections, narrative, tables.
  const collector = new TableCollector();
  const narrative: Record<SectionId, string[]> = {
    overview: [],
    proactive: [],
    applications: [],
    reviewLitigation: [],
    problems: [],
    other: [],
  };
  const headings: Partial<Record<SectionId, string>> = {};
  let current: SectionTemplate | null = null;
  let context: TableId | null = null;
  let lastSection: SectionId | null = null;

  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const text = paragraphText(b, markdown);
      if (!text) continue;
      const heading = matchSectionHeading(text, template.sections, current?.no ?? 0);
      if (heading) {
        current = heading;
        lastSection = heading.id;
        headings[heading.id] = text;
        context = heading.table ?? null;
        continue;
      }
      const key = labelKey(text);
      const table = index.rows.get(key)?.table ?? index.labels.get(key);
      if (table) {
        context = table;
        collector.found.add(table);
        continue;
      }
      if (current) pushParagraph(narrative[current.id], text, markdown);
      continue;
    }
    context = readRow(b.fields, index, collector, context, current?.table ?? null);
  }

  const signature = lastSection
    ? readSignature(narrative[lastSection], frontMatter.agency)
    : { date: null, dateValid: true, agency: null, consumed: 0 };
  if (lastSection && signature.consumed > 0) narrative[lastSection].splice(-signature.consumed);

  const foundCells =
    Object.keys(collector.cells).length + Object.keys(collector.reportedTotals).length;
  if (Object.keys(headings).length === 0 && foundCells === 0)
    return { ok: false, message: NOTHING_FOUND[source] };

  const warnings = [...collector.summary()];
  if (!signature.dateValid)
    warnings.push(`落款日期“${signature.date ?? ''}”不是有效日期，请核对。`);
  const agencyName = frontMatter.agency || signature.agency || '';
  if (
    frontMatter.agency &&
    signature.agency &&
    labelKey(frontMatter.agency) !== labelKey(signature.agency)
  ) {
    warnings.push(
      `标题中的机关名称“${frontMatter.agency}”与落款“${signature.agency}”不同，已采用标题中的全称。`,
    );
  }
  let year = frontMatter.year;
  let yearFrom: 'title' | 'text' | null = year === null ? null : 'title';
  if (year === null) {
    year = frontMatter.yearFromText(Object.values(narrative).flat().join('\n'));
    if (year !== null) {
      yearFrom = 'text';
      warnings.push(`没有找到标题中的年度，按正文中最常出现的年份推断为 ${year} 年，请核对。`);
    }
  }
  if (year !== null && !isFormatForYear(template, year)) {
    warnings.push(`表格是${template.notice.number}的格式，但报告年度是 ${year} 年，请核对。`);
  }
  for (const s of template.sections)
    if (!headings[s.id]) warnings.push(`没有找到“${s.heading}”这一节。`);
  for (const t of template.tables)
    if (!collector.found.has(t.id)) warnings.push(`没有找到“${t.title}”的表格。`);

  const contact: ContactBlock = { ...emptyContact, ...frontMatter.contact };
  const report: Report = {
    formatId: template.id,
    meta: {
      agencyName,
      agencyKind: frontMatter.guessKind(agencyName),
      year,
      reportDate: signature.date,
      preface: frontMatter.preface.join('\n'),
      contact,
    },
    narrative: Object.fromEntries(
      SECTION_IDS.filter((id) => narrative[id].length > 0).map((id) => [
        id,
        narrative[id].join('\n'),
      ]),
    ),
    cells: collector.cells,
    cellUnits: collector.cellUnits,
    reportedTotals: collector.reportedTotals,
    dismissed: {},
  };

  const sections = Object.fromEntries(
    SECTION_IDS.map((id): [SectionId, SectionRecognition] => [
      id,
      { heading: headings[id] ?? null, paragraphs: narrative[id].length },
    ]),
  ) as Record<SectionId, SectionRecognition>;
  const tables = Object.fromEntries(
    TABLE_IDS.map((id): [TableId, TableRecognition] => {
      const prefix = `${id}.`;
      return [
        id,
        {
          found: collector.found.has(id),
          cells: Object.keys(collector.cells).filter((c) => c.startsWith(prefix)),
          totals: Object.keys(collector.reportedTotals).filter((c) => c.startsWith(prefix)),
        },
      ];
    }),
  ) as Record<TableId, TableRecognition>;

  return {
    ok: true,
    report,
    recognised: {
      meta: {
        title: frontMatter.title,
        agencyName: frontMatter.agency ? 'title' : signature.agency ? 'signature' : null,
        year: yearFrom,
        reportDate: signature.date !== null,
        preface: frontMatter.preface.length > 0,
        contact: Object.keys(frontMatter.contact),
      },
      sections,
      tables,
      format: reason,
    },
    unrecognised: collector.unrecognised,
    warnings,
  };
}

const SENTENCE_END = /[。！？!?；;：:…"”』」）)]$/;
const PARAGRAPH_START =
  /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d+[.、．]|第[一二三四五六七八九十]+)/;

/**
 * Adds a narrative paragraph. Pasted text from a PDF breaks paragraphs at the end of every
 * printed line: a long line that does not end a sentence is continued by the next one unless
 * that one opens a new item (`（二）`, `二是`, `2.`). Word paragraphs are taken as they are.
 */
function pushParagraph(list: string[], text: string, repairLineBreaks: boolean): void {
  const last = list[list.length - 1];
  if (
    repairLineBreaks &&
    last !== undefined &&
    last.length >= 30 &&
    !SENTENCE_END.test(last) &&
    !PARAGRAPH_START.test(text)
  ) {
    list[list.length - 1] = `${last}${text}`;
  } else list.push(text);
}
