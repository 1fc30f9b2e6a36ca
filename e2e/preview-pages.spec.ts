import type { Page } from '@playwright/test';
import { packReportDocx } from '../src/export/docx/pack';
import type { Report } from '../src/domain/report/types';
import { fullReport, longReport } from '../src/testing/export-reports';
import { pdfBodyLines, pdfWords, renderDocx } from '../src/testing/libreoffice';
import { draftFile } from '../src/testing/review-folder';
import { seedFixtures } from '../templates/fixtures/index';
import { expect, test } from './fixtures';

/**
 * The paged preview in the browser against LibreOffice's rendering of the exported file: the
 * same number of pages, each opening with the same line of body text and holding the same lines
 * (三号 and 二号: title, paragraphs, 落款; a page that opens with a table is compared by the first
 * body line after it), and no page's content running past its text block. More reports (all
 * seeds, real reports) are compared without a browser in src/features/preview/pages-libreoffice.test.ts.
 */

const cases: readonly (readonly [string, Report])[] = [
  ['full 2021', fullReport('2021')],
  ['full 2019', fullReport('2019')],
  ['long 2021', longReport('2021')],
  ...seedFixtures.filter((f) => f.name === 'seed-003').map((f) => [f.name, f.report] as const),
];

/**
 * The body lines of each page of the preview (title lines and paragraph lines, as the e2e reads
 * LibreOffice's PDF), and how far the content of the fullest page runs past its text block.
 */
async function previewPages(page: Page): Promise<{ lines: string[][]; overflow: number }> {
  return page.locator('.doc-body').evaluateAll((bodies) => {
    let overflow = -Infinity;
    const lines = bodies.map((body) => {
      const box = body.getBoundingClientRect();
      for (const child of body.children)
        overflow = Math.max(overflow, child.getBoundingClientRect().bottom - box.bottom);
      return [...body.querySelectorAll('.doc-title-line, .doc-line')]
        .map((l) => (l.textContent ?? '').replace(/\s+/g, ''))
        .filter((t) => t !== '');
    });
    return { lines, overflow };
  });
}

for (const [name, report] of cases) {
  test(`${name}: the preview has the pages of LibreOffice's rendering, each opening with the same line`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await page.getByLabel('导入草稿文件', { exact: true }).setInputFiles({
      name: 'draft.json',
      mimeType: 'application/json',
      buffer: Buffer.from(draftFile(report, 'preview')),
    });
    await page
      .getByRole('button', { name: /^打开 / })
      .first()
      .click();
    await page.getByRole('button', { name: '预览全文' }).click();
    const preview = page.getByRole('article', { name: '文档预览' });
    await expect(preview.locator('.doc-sheet').first()).toBeVisible();

    const pdf = await renderDocx(await packReportDocx(report), name.replace(/\W+/g, '-'));
    try {
      const lo = pdfBodyLines(await pdfWords(pdf.pdfPath), pdf.pages);
      const shown = await previewPages(page);
      // The same pages, each opening with the same line (and holding the same lines).
      expect(
        shown.lines.map((p) => p[0] ?? null),
        `LibreOffice: ${JSON.stringify(lo.map((p) => p[0] ?? null))}`,
      ).toEqual(lo.map((p) => p[0] ?? null));
      expect(shown.lines).toEqual(lo);
      // Each page's content stays inside its text block (225 mm).
      expect(shown.overflow).toBeLessThanOrEqual(1);
      if (name === 'full 2021') {
        await page.setViewportSize({ width: 1366, height: 768 });
        await preview.locator('.doc-sheet').nth(2).scrollIntoViewIfNeeded();
        await page.screenshot({ path: 'test-results/preview-pages-1366.png' });
      }
    } finally {
      await pdf.dispose();
    }
  });
}
