import { shownYear } from '@/domain/report/read-year';
import type { Document, Paragraph, Table } from 'docx';
import type { ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { FormatTemplate } from '@/domain/template/types';
import {
  narrativeParagraphs,
  prefaceParagraphs,
  sectionHeading,
  signatureParagraphs,
  titleParagraph,
} from './paragraphs';
import { officialDocument } from './official-document';
import { buildTable } from './table';
import { reportTitle } from '@/domain/report/document-text';
import { cleanText } from './text';

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

  return officialDocument({
    title: reportTitle(cleanText(report.meta.agencyName), shownYear(report.meta)),
    creator: cleanText(report.meta.agencyName).trim() || '年报助手',
    description: `${template.notice.attachmentTitle}（${template.notice.number}）`,
    children,
  });
}
