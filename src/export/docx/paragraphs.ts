import { formatChineseDate } from '@/domain/format/date';
import { shownYear } from '@/domain/report/read-year';
import {
  AlignmentType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import type { Report } from '@/domain/report/types';
import { noGridStyle } from './grid-styles';
import { textRun } from './runs';
import { bodyLine, firstLineIndent, fonts, grid, sizes, titleLine } from './styles';
import {
  contactParagraphs,
  rowTabStops,
  signatureIndents,
  type TabRow,
  titleLines,
} from '@/domain/report/document-text';
import { cleanText, paragraphsOf } from './text';

const body: IParagraphOptions = {
  spacing: { line: bodyLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  indent: firstLineIndent,
  // 两端对齐 on the 28-character grid (GB/T 9704-2012 5.2.2).
  alignment: AlignmentType.JUSTIFIED,
  // No single line of a paragraph alone at the foot or head of a page. LibreOffice does this
  // unasked; Word and WPS only when the file says so (an absent w:widowControl is off), so the
  // file says so and all three break pages where the preview does.
  widowControl: true,
};

/** Title in 方正小标宋简体 二号, centred; long titles break after the agency name. */
export function titleParagraph(report: Report): Paragraph {
  const lines = titleLines(cleanText(report.meta.agencyName), shownYear(report.meta));
  return new Paragraph({
    style: noGridStyle,
    alignment: AlignmentType.CENTER,
    spacing: { line: titleLine, lineRule: LineRuleType.EXACT, before: 0, after: bodyLine },
    children: lines.map(
      (line, i) =>
        new TextRun({
          text: line,
          font: fonts.title,
          size: sizes.title,
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  });
}

/** Body text at 三号, condensed to the 28-character grid. */
const bodyRun = (text: string, font: (typeof fonts)[keyof typeof fonts]): TextRun =>
  textRun(text, font, sizes.body, { spacing: grid.runSpacing });

const subheading = /^（[一二三四五六七八九十]+）/u;

/**
 * One narrative line. Lines opening with `（一）`… are 楷体 sub-headings: the heading phrase up to
 * the first `。` in 楷体_GB2312, any text run on after it in 仿宋_GB2312.
 */
export function narrativeParagraph(line: string, row?: TabRow): Paragraph {
  if (row) {
    // A row of a table kept as text: its cells at the group's tab stops (characters), a cell
    // it lacks at the start left empty.
    return new Paragraph({
      ...body,
      alignment: AlignmentType.LEFT,
      tabStops: row.stops.map((chars) => ({
        type: TabStopType.LEFT,
        position: Math.round(chars * grid.charPitch),
      })),
      children: [bodyRun(`${'\t'.repeat(row.skip)}${line.trim()}`, fonts.body)],
    });
  }
  if (!subheading.test(line.trimStart())) {
    return new Paragraph({ ...body, children: [bodyRun(line, fonts.body)] });
  }
  const stop = line.indexOf('。');
  const head = stop >= 0 && stop < line.length - 1 ? line.slice(0, stop + 1) : line;
  const tail = line.slice(head.length);
  const children = [bodyRun(head, fonts.subheading)];
  if (tail !== '') children.push(bodyRun(tail, fonts.body));
  return new Paragraph({ ...body, keepNext: tail === '', children });
}

export function narrativeParagraphs(text: string | undefined): Paragraph[] {
  const lines = paragraphsOf(text);
  const tabs = rowTabStops(lines);
  return lines.map((line, i) => narrativeParagraph(line, tabs[i]));
}

/** Section heading `一、总体情况` in 黑体 三号, kept with what follows. */
export function sectionHeading(heading: string): Paragraph {
  return new Paragraph({
    ...body,
    keepNext: true,
    children: [bodyRun(heading, fonts.heading)],
  });
}

/** The optional 前言, then the contact block (a sentence, or lines by choice): only what was filled in. */
export function prefaceParagraphs(report: Report): Paragraph[] {
  const out = narrativeParagraphs(report.meta.preface);
  for (const text of contactParagraphs(report.meta))
    out.push(new Paragraph({ ...body, children: [bodyRun(cleanText(text), fonts.body)] }));
  return out;
}

/**
 * 落款 after GB/T 9704-2012 7.3.5.1, after a blank line: the date 右空四字, the agency name centred
 * over it (right-aligned, indented by four characters plus half the difference of the widths).
 * A name longer than that room allows ends at the right margin.
 */
export function signatureParagraphs(report: Report): Paragraph[] {
  const name = cleanText(report.meta.agencyName).trim();
  const date = formatChineseDate(report.meta.reportDate);
  if (name === '' && date === '') return [];
  const { nameRight, dateRight } = signatureIndents(name, date);
  const line = (text: string, right: number, keepNext: boolean): Paragraph =>
    new Paragraph({
      ...body,
      indent: { right: Math.round(right * grid.charPitch) },
      alignment: AlignmentType.RIGHT,
      keepNext,
      children: [bodyRun(text, fonts.body)],
    });
  // Name and date stay together on one page (keep with next).
  return [
    new Paragraph({ ...body, keepNext: true, children: [] }),
    ...(name !== '' ? [line(name, nameRight, date !== '')] : []),
    ...(date !== '' ? [line(date, dateRight, false)] : []),
  ];
}

/**
 * `— N —` in 宋体 四号: odd pages on the right, even pages on the left, one character in
 * (GB/T 9704-2012 7.5).
 */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  const footer = (alignment: 'right' | 'left'): Footer =>
    new Footer({
      children: [
        new Paragraph({
          style: noGridStyle,
          alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: alignment === 'right' ? { right: 280 } : { left: 280 },
          children: [
            new TextRun({
              children: ['— ', PageNumber.CURRENT, ' —'],
              font: fonts.pageNumber,
              size: sizes.pageNumber,
            }),
          ],
        }),
      ],
    });
  return { default: footer('right'), even: footer('left') };
}
