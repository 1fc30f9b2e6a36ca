import { expect, test } from './fixtures';

/** A published PDF is imported in the import worker, with pdfjs's character maps from the app. */

test('import a real published PDF: the tables are read from the page positions', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: '导入年报（Word、PDF 或网页）' }).click();
  const dialog = page.getByRole('dialog', { name: '导入年报（Word、PDF、网页或粘贴文字）' });
  await dialog
    .getByLabel('选择文件（Word .docx、PDF、网页 .html 或 .txt）')
    .setInputFiles('templates/fixtures/real/022-huaian-2024.pdf');
  await expect(dialog.getByRole('status')).toContainText('已识别文件“022-huaian-2024.pdf”', {
    timeout: 20_000,
  });
  await expect(
    dialog.locator('td[title="一、本年新收政府信息公开申请数量 自然人：3001"]'),
  ).toHaveText('3001');
  await expect(dialog.locator('td[title="行政许可 本年处理决定数量：447228"]')).toHaveText(
    '447228',
  );
});
