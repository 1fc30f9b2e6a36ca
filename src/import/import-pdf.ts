import { interpretBlocks } from './interpret';
import { pdfBlocks, textLength } from './pdf/pdf-layout';
import { PdfError, readPdfPages, type ReadPdfOptions } from './pdf/read-pdf';
import type { ImportResult } from './types';

const SCANNED =
  '这个 PDF 里没有可以读取的文字，可能是扫描件或图片。请找到报告的文字版（网页或可复制文字的 PDF、Word 文件），或把报告内容粘贴为文字后导入。';

/** Imports a published report from the bytes of a PDF. Never throws. */
export async function importPdfBytes(
  bytes: Uint8Array,
  options: ReadPdfOptions,
): Promise<ImportResult> {
  try {
    const pages = await readPdfPages(bytes, options);
    if (textLength(pages) < 20) return { ok: false, message: SCANNED };
    return interpretBlocks(pdfBlocks(pages), 'pdf');
  } catch (e) {
    if (e instanceof PdfError) return { ok: false, message: e.message };
    console.error('importPdf failed', e);
    return {
      ok: false,
      message: '读取这个 PDF 文件时出错，无法导入。请确认文件完整，或把报告文字复制后粘贴导入。',
    };
  }
}
