import { Document, DocumentGridType, type Paragraph, type Table } from 'docx';
import type { ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { FormatTemplate } from '@/domain/template/types';
import {
  narrativeParagraphs,
  pageNumberFooters,
  prefaceParagraphs,
  sectionHeading,
  signatureParagraphs,
  titleParagraph,
} from './paragraphs';
import { fonts, grid, page, sizes } from './styles';
import { buildTable } from './table';
import { cleanText, reportTitle } from './text';

/**
 * The report as a Word document in the official template: title, optional preface and contact
 * block, the six sections (narrative and tables 二/三/四 from the template data), signature.
 */
export function buildReportDocument(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
): Document {
  const children: (Paragraph | Table)[] = [titleParagraph(report), ...prefaceParagraphs(report)];
  for (const section of template.sections) {
    children.push(sectionHeading(section.heading));
    children.push(...narrativeParagraphs(report.narrative[section.id]));
    const table = section.table ? template.tables.find((t) => t.id === section.table) : undefined;
    if (table) children.push(buildTable(table, report, computed));
  }
  children.push(...signatureParagraphs(report));

  return new Document({
    title: reportTitle(report.meta.agencyName, report.meta.year),
    creator: cleanText(report.meta.agencyName).trim() || '年报助手',
    description: `${template.notice.attachmentTitle}（${template.notice.number}）`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: fonts.body,
            size: sizes.body,
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              ...page.margin,
              header: page.margin.top - 567,
              footer: page.footer,
              gutter: 0,
            },
          },
          grid: {
            type: DocumentGridType.LINES,
            linePitch: grid.linePitch,
          },
        },
        footers: pageNumberFooters(),
        children,
      },
    ],
  });
}
