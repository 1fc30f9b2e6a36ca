import {
  AlignmentType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import type { Report } from '@/domain/report/types';
import { textRun } from './runs';
import { bodyLine, firstLineIndent, fonts, sizes } from './styles';
import { contactLines, documentDate, titleLines } from '@/domain/report/document-text';
import { cleanText, paragraphsOf } from './text';

const body: IParagraphOptions = {
  spacing: { line: bodyLine, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  indent: firstLineIndent,
  // Not JUSTIFIED: LibreOffice then drops a comma hung at the end of a justified Chinese line
  // (seen with seed 004). Chinese text is all full-width, so lines still end flush.
  alignment: AlignmentType.LEFT,
};

/** Title in 方正小标宋简体 二号, centred; long titles break after the agency name. */
export function titleParagraph(report: Report): Paragraph {
  const lines = titleLines(cleanText(report.meta.agencyName), report.meta.year);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: bodyLine },
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

const subheading = /^（[一二三四五六七八九十]+）/u;

/**
 * One narrative line. Lines opening with `（一）`… are 楷体 sub-headings: the heading phrase up to
 * the first `。` in 楷体_GB2312, any text run on after it in 仿宋_GB2312.
 */
export function narrativeParagraph(line: string): Paragraph {
  if (!subheading.test(line.trimStart())) {
    return new Paragraph({ ...body, children: [textRun(line, fonts.body, sizes.body)] });
  }
  const stop = line.indexOf('。');
  const head = stop >= 0 && stop < line.length - 1 ? line.slice(0, stop + 1) : line;
  const tail = line.slice(head.length);
  const children = [textRun(head, fonts.subheading, sizes.body)];
  if (tail !== '') children.push(textRun(tail, fonts.body, sizes.body));
  return new Paragraph({ ...body, keepNext: tail === '', children });
}

export function narrativeParagraphs(text: string | undefined): Paragraph[] {
  return paragraphsOf(text).map(narrativeParagraph);
}

/** Section heading `一、总体情况` in 黑体 三号, kept with what follows. */
export function sectionHeading(heading: string): Paragraph {
  return new Paragraph({
    ...body,
    keepNext: true,
    children: [textRun(heading, fonts.heading, sizes.body)],
  });
}

/** The optional 前言 and contact block (seeds 000, 004): only what was filled in. */
export function prefaceParagraphs(report: Report): Paragraph[] {
  const out = narrativeParagraphs(report.meta.preface);
  for (const line of contactLines(report.meta.contact, report.meta.preface)) {
    out.push(
      new Paragraph({ ...body, children: [textRun(cleanText(line), fonts.body, sizes.body)] }),
    );
  }
  return out;
}

/** Agency name and date, right-aligned, after a blank line; four characters from the margin. */
export function signatureParagraphs(report: Report): Paragraph[] {
  const lines = [
    cleanText(report.meta.agencyName).trim(),
    documentDate(report.meta.reportDate),
  ].filter((line) => line !== '');
  if (lines.length === 0) return [];
  const right = { ...body, indent: { right: 1280 }, alignment: AlignmentType.RIGHT };
  // Name and date stay together on one page (keep with next).
  return [
    new Paragraph({ ...body, keepNext: true, children: [] }),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          ...right,
          keepNext: i < lines.length - 1,
          children: [textRun(line, fonts.body, sizes.body)],
        }),
    ),
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
