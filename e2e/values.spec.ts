import { readFile } from 'node:fs/promises';
import { docxParts, foldMerges, parseXml, readTables } from '../src/testing/docx-xml';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

/**
 * Issue 11, values: what the clerk typed is never silently replaced, and no typo locks a
 * draft. A text that is not a value stays in its cell, is an error everywhere (issues panel,
 * step list, 检查与导出, export confirmation) and prints as typed; a five-digit year typed into
 * 成文日期 is saved, and the draft opens again after a reload with the date issue shown.
 */

const T3 = '三、收到和处理政府信息公开申请情况';
const MESSAGE = '（一）予以公开 自然人：“12.5”不是有效的件数（应为不小于 0 的整数）';

test('12.5 typed over 7 in a count cell is an error everywhere and is never exported as 7', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const form = new EditorPage(page);
  await form.open();
  await form.goToStep(T3);
  const cell = form.cell('t3.granted.naturalPerson');
  await cell.fill('7');
  await cell.press('Tab');
  await expect(form.cell('t3.granted.total')).toHaveText('≥ 7');
  await cell.focus(); // coming back selects the 7: the keys replace it
  await page.keyboard.type('12.5');
  await page.keyboard.press('Tab');

  // The cell shows what was typed, marked; the total depends on it: no number, not even 7.
  await expect(cell).toHaveValue('12.5');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(form.cell('t3.granted.total')).toHaveText('');
  // The issues panel names the cell and the typed text, and its link leads to the cell.
  await expect(form.count('error')).not.toHaveText('0');
  const link = form.issues.getByRole('button', { name: MESSAGE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(cell).toBeFocused();
  await expect(form.stepButton(T3)).toContainText('有错误');

  await form.goToStep('检查与导出');
  const verdict = page.locator('.review-verdict');
  await expect(verdict).toContainText('个错误');
  await expect(verdict).not.toContainText('可以导出');
  const panel = page.getByRole('region', { name: '导出', exact: true });
  await expect(panel).not.toContainText('可以导出');

  // The export asks first, naming the cell; the file carries 12.5 as typed, never the older 7.
  await panel.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '年报还有问题，确定导出吗？' });
  await expect(dialog).toContainText(MESSAGE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '仍然导出' }).click(),
  ]);
  const path = testInfo.outputPath('report.docx');
  await download.saveAs(path);
  const doc = parseXml(docxParts(new Uint8Array(await readFile(path)))['word/document.xml'] ?? '');
  const [, t3] = readTables(doc).map(foldMerges);
  const granted = t3?.find((r) => r.some((c) => c.text === '（一）予以公开'))?.map((c) => c.text);
  expect(granted?.slice(-7)).toEqual(['12.5', '', '', '', '', '', '']);

  // The preview prints the same.
  await page.getByRole('button', { name: '预览全文' }).click();
  const preview = page.getByRole('article', { name: '文档预览' });
  const row = preview.locator('tr', { hasText: '（一）予以公开' }).first();
  await expect(row).toContainText('12.5');
  await expect(row).not.toContainText('7');
});

test('a five-digit year typed into 成文日期 is saved; after a reload the draft opens and says so', async ({
  page,
}) => {
  const form = new EditorPage(page);
  await form.open();
  const date = form.field('meta.reportDate');
  // One key too many in the year.
  await date.fill('20261-1-20');
  const typed = await date.inputValue();
  expect(typed).toMatch(/20261/);
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存 /);

  await form.reloadAndReopen();
  await expect(page.getByRole('region', { name: '无法读取的草稿' })).toHaveCount(0);
  await expect(form.field('meta.reportDate')).toHaveValue(typed);
  await expect(
    form.issues.getByRole('button', { name: /成文日期.*20261.*不是有效日期/ }),
  ).toBeVisible();
  await expect(form.stepButton('基本信息')).toContainText('有错误');
});

test('a year typed with one digit too many is kept as typed, reported, and reopens', async ({
  page,
}) => {
  const form = new EditorPage(page);
  await form.open();
  const year = form.field('meta.year');
  await year.fill('2024');
  await year.press('End');
  await page.keyboard.type('1');
  await expect(year).toHaveValue('20241');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  const message = /报告年度：“20241”不是有效的报告年度/;
  await expect(form.issues.getByRole('button', { name: message })).toBeVisible();
  await expect(form.stepButton('基本信息')).toContainText('有错误');
  // The title is never printed with the year before the typo.
  await page.getByRole('button', { name: '预览全文' }).click();
  const preview = page.getByRole('article', { name: '文档预览' });
  await expect(preview).toContainText('20241年政府信息公开工作年度报告');
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存 /);

  await form.reloadAndReopen();
  await expect(form.field('meta.year')).toHaveValue('20241');
  await expect(form.issues.getByRole('button', { name: message })).toBeVisible();
});

test('12.50 typed as an amount is kept as typed: the cell, a reload, the preview and the Word file', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const form = new EditorPage(page);
  await form.open();
  await form.goToStep('二、主动公开政府信息情况');
  const cell = form.cell('t2.fees.amount');
  await cell.fill('12.50');
  await cell.press('Tab');
  await expect(cell).toHaveValue('12.50');
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存 /);

  await form.reloadAndReopen();
  await form.goToStep('二、主动公开政府信息情况');
  await expect(form.cell('t2.fees.amount')).toHaveValue('12.50');

  await page.getByRole('button', { name: '预览全文' }).click();
  const preview = page.getByRole('article', { name: '文档预览' });
  await expect(preview.locator('tr', { hasText: '行政事业性收费' }).first()).toContainText('12.50');
  await page.keyboard.press('Escape');

  await form.goToStep('检查与导出');
  const panel = page.getByRole('region', { name: '导出', exact: true });
  await panel.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '年报还有问题，确定导出吗？' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '仍然导出' }).click(),
  ]);
  const path = testInfo.outputPath('report.docx');
  await download.saveAs(path);
  const doc = parseXml(docxParts(new Uint8Array(await readFile(path)))['word/document.xml'] ?? '');
  const [t2] = readTables(doc).map(foldMerges);
  expect(t2?.at(-1)?.map((c) => c.text)).toEqual(['行政事业性收费', '12.50']);
});
