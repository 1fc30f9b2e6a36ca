import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import { packReportDocx } from '@/export/docx/pack';
import { importPdfBytes } from '@/import/import-pdf';
import { importText } from '@/import/import-text';
import { fullReport, longReport } from '@/testing/export-reports';
import { convertDocxToPdf, pdfBodyLines, pdfWords } from '@/testing/libreoffice';
import { seedFixtures } from '@templates/fixtures/index';
import { formatById } from '@templates/index';
import { documentBlocks } from './document-blocks';
import { layoutDocument } from './layout';

/**
 * The preview's pages against LibreOffice's rendering of the exported file, for the seeds, the
 * full and long test reports and real published reports imported (the 淮安 PDF, its text, a
 * county and a township report): the same pages, each holding the same lines of body text. One LibreOffice run
 * converts them all. (e2e/preview-pages.spec.ts checks that the browser shows these pages.)
 */

const real = async (file: string): Promise<Report> => {
  const bytes = await readFile(`templates/fixtures/real/${file}`);
  const result = file.endsWith('.pdf')
    ? await importPdfBytes(new Uint8Array(bytes), { cMapUrl: 'node_modules/pdfjs-dist/cmaps/' })
    : importText(bytes.toString('utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.message}`);
  return result.report;
};

/** Body lines of each page as the preview lays them out. */
function previewLines(report: Report): string[][] {
  const template = formatById(report.formatId);
  const layout = layoutDocument(documentBlocks(template, report, computeReport(template, report)));
  return layout.pages.map((slices) =>
    slices.flatMap((s) => {
      const block = layout.blocks[s.block];
      const m = layout.measured[s.block];
      if (m?.kind === 'box') return [...m.lines];
      if (block?.kind !== 'para' || m?.kind !== 'lines') return [];
      return m.lines
        .slice(s.from, s.to)
        .map((l) => block.text.slice(l.start, l.end).replace(/\s+/g, ''));
    }),
  );
}

let dir = '';
const reports: { name: string; report: Report }[] = [];

beforeAll(async () => {
  reports.push(
    ...seedFixtures.map((f) => ({ name: f.name, report: f.report })),
    { name: 'full-2019', report: fullReport('2019') },
    { name: 'full-2021', report: fullReport('2021') },
    { name: 'long-2019', report: longReport('2019') },
    { name: 'long-2021', report: longReport('2021') },
    { name: 'real-022-pdf', report: await real('022-huaian-2024.pdf') },
    { name: 'real-023-text', report: await real('023-huaian-2024-pdf-raw.txt') },
    { name: 'real-014-text', report: await real('014-laifeng-2021.txt') },
    { name: 'real-012-text', report: await real('012-xixian-taiping-2022.txt') },
    // 表三 falls where LibreOffice once dropped every row after 二、上年结转 (two keep chains met).
    { name: 'real-019-text', report: await real('019-xiongxian-township-2019.txt') },
  );
  dir = await mkdtemp(join(tmpdir(), 'nianbao-pages-'));
  const paths: string[] = [];
  for (const { name, report } of reports) {
    const path = join(dir, `${name}.docx`);
    await writeFile(path, await packReportDocx(report));
    paths.push(path);
  }
  await convertDocxToPdf(paths, dir);
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the preview pages as LibreOffice prints the exported file', () => {
  it.each([
    'seed-000',
    'seed-001',
    'seed-002',
    'seed-003',
    'seed-004',
    'full-2019',
    'full-2021',
    'long-2019',
    'long-2021',
    'real-022-pdf',
    'real-023-text',
    'real-014-text',
    'real-012-text',
    'real-019-text',
  ])('%s: same pages, same lines on each', async (name) => {
    const entry = reports.find((r) => r.name === name);
    if (!entry) throw new Error(`no report ${name}`);
    const words = await pdfWords(join(dir, `${name}.pdf`));
    const pages = Math.max(0, ...words.map((w) => w.page));
    const lo = pdfBodyLines(words, pages);
    const shown = previewLines(entry.report);
    expect(shown.map((p) => p[0] ?? null)).toEqual(lo.map((p) => p[0] ?? null));
    expect(shown).toEqual(lo);
  });
});
