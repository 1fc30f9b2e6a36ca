import { shownYear } from '@/domain/report/read-year';
import { Packer } from 'docx';
import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import { formatById } from '@templates/index';
import { buildReportDocument } from './build-report-document';
import { withGridStyles } from './grid-styles';
import { reportFileName } from './text';

export const docxMimeType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Builds and packs the report's .docx. Works in the browser and in Node. */
export async function packReportDocx(report: Report): Promise<Uint8Array> {
  const template = formatById(report.formatId);
  const doc = buildReportDocument(template, report, computeReport(template, report));
  return withGridStyles(await Packer.pack(doc, 'uint8array'));
}

/** The .docx as a Blob with its file name, ready to download. */
export async function exportReportDocx(report: Report): Promise<{ blob: Blob; fileName: string }> {
  const bytes = await packReportDocx(report);
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: docxMimeType }),
    fileName: reportFileName(report.meta.agencyName, shownYear(report.meta)),
  };
}
