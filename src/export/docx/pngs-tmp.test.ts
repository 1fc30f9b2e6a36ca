import { copyFile, mkdir } from 'node:fs/promises';
import { it } from 'vitest';
import { fullReport } from '@/testing/export-reports';
import { renderDocx, pdfToPngs } from '@/testing/libreoffice';
import { packReportDocx } from './pack';

it('renders', async () => {
  await mkdir('.tmp/export/png', { recursive: true });
  for (const f of ['2019', '2021'] as const) {
    const r = await renderDocx(await packReportDocx(fullReport(f)), `r${f}`);
    await copyFile(r.pdfPath, `.tmp/export/r${f}.pdf`);
    await pdfToPngs(r.pdfPath, `/work/main/.tmp/export/png/export-${f}-page`, 60);
    await r.dispose();
  }
}, 120_000);
