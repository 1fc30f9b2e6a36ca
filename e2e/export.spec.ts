import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { docxParts, foldMerges, parseXml, readTables } from '../src/testing/docx-xml';
import { renderDocx } from '../src/testing/libreoffice';
import { expect, expectNoA11yViolations, test } from './fixtures';

/**
 * Word export as a clerk does it: fill a few cells in the form, go to 检查与导出, confirm the
 * export of an unfinished report, and check the downloaded file, then print.
 */

const AGENCY = '某市统计局';
const YEAR = '2024';
const FILE = `${AGENCY}${YEAR}年政府信息公开工作年度报告.docx`;

async function newReport(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: '新建年报' }).click();
  await page.getByLabel('机关名称（可稍后填写）').fill(AGENCY);
  await page.getByLabel('报告年度').fill(YEAR);
  await page.getByRole('button', { name: '创建并开始填写' }).click();
  await page.locator('[id="field-meta.reportDate"]').fill('2025-01-20');
}

async function goToStep(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: title })
    .click();
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

const cell = (page: Page, id: string) => page.locator(`[id="cell-${id}"]`);

test('exports the report as Word after confirming what is still open', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await newReport(page);
  await goToStep(page, '三、收到和处理政府信息公开申请情况');
  await cell(page, 't3.newReceived.naturalPerson').fill('21');
  await cell(page, 't3.granted.naturalPerson').fill('3');
  await cell(page, 't3.partial.naturalPerson').fill('16');
  await cell(page, 't3.notHeld.naturalPerson').fill('2');
  await cell(page, 't3.carriedIn.naturalPerson').press('Tab');
  await goToStep(page, '一、总体情况');
  await page
    .locator('[id="field-narrative.overview"]')
    .fill('（一）主动公开。全年主动公开政府信息387条 & <b>不是标签</b>。');

  // Scripts loaded before the export: the Word library must not be among them.
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await goToStep(page, '检查与导出');
  const panel = page.getByRole('region', { name: '导出', exact: true });
  await expect(panel).toContainText('未完成');
  await expect(panel).toContainText('以下问题尚未解决');
  // The verdict names what is left, never "0 个错误".
  const verdict = page.locator('.review-verdict');
  await expect(verdict).toContainText('个未完成项。可以导出');
  await expect(verdict).not.toContainText(/还有 0 |、0 /);
  await expectNoA11yViolations(page);
  const before = scripts.length;

  await panel.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '年报还有问题，确定导出吗？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/还有 .*\d+ 个未完成项/);
  await expect(dialog).not.toContainText(/还有 0 |、0 /);
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: '返回修改' }).click();
  await expect(dialog).toBeHidden();

  await panel.getByRole('button', { name: '导出 Word' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '仍然导出' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(FILE);
  await expect(panel.getByRole('status')).toHaveText(`已导出：${FILE}`);
  // The Word library arrived only now, as a chunk of its own.
  expect(scripts.length).toBeGreaterThan(before);

  const path = testInfo.outputPath(FILE);
  await download.saveAs(path);
  const bytes = new Uint8Array(await readFile(path));
  const doc = parseXml(docxParts(bytes)['word/document.xml'] ?? '');
  const [, t3] = readTables(doc).map(foldMerges);
  const row = (label: string) =>
    t3?.find((r) => r.some((c) => c.text === label))?.map((c) => c.text);
  // Typed values, blanks blank, incomplete totals blank; 总计 of a complete column filled.
  expect(row('一、本年新收政府信息公开申请数量')).toEqual([
    '一、本年新收政府信息公开申请数量',
    '21',
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  expect(row('（一）予以公开')?.slice(-7)).toEqual(['3', '', '', '', '', '', '']);

  const pdf = await renderDocx(bytes, 'e2e-export');
  try {
    expect(pdf.text).toContain(AGENCY);
    expect(pdf.text.replace(/\s+/g, '')).toContain(
      '（一）主动公开。全年主动公开政府信息387条&<b>不是标签</b>。',
    );
    expect(pdf.text).toContain('三、收到和处理政府信息公开申请情况');
    expect(pdf.text.replace(/\s+/g, '')).toContain('2025年1月20日');
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
  } finally {
    await pdf.dispose();
  }
});

test('打印 prints the document alone, on A4', async ({ page }) => {
  // Headless Chromium has no print dialog: count the calls and print to PDF ourselves.
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; printCalls: number };
    w.printCalls = 0;
    w.print = () => {
      w.printCalls += 1;
    };
  });
  await newReport(page);
  await goToStep(page, '检查与导出');
  await page
    .getByRole('region', { name: '导出', exact: true })
    .getByRole('button', { name: '打印' })
    .click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
    .toBe(1);
  const root = page.locator('[data-print-root]');
  await expect(root).toHaveCount(1);
  await expect(root).toBeHidden(); // never on screen

  await page.emulateMedia({ media: 'print' });
  await expect(root).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 Word' })).toBeHidden();
  await expect(root).toContainText(`${AGENCY}${YEAR}年政府信息公开工作年度报告`);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);

  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(root).toHaveCount(0);
  // Printing the app otherwise (Ctrl+P on a step) is left alone: the page prints as it is.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 2, name: '检查与导出' })).toBeVisible();
});
