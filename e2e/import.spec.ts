import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

/** Import last year's report from the start page: a .docx, pasted text, a bad file. */

const OPEN = '导入年报（Word、PDF 或网页）';
const DIALOG = '导入年报（Word、PDF、网页或粘贴文字）';

/** Opens the import dialog from the start page and reads a file: the dialog, its result shown. */
async function importFile(page: Page, path: string): Promise<Locator> {
  await page.goto('./');
  await page.getByRole('button', { name: OPEN }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  await dialog.getByLabel('选择文件（Word .docx、PDF、网页 .html 或 .txt）').setInputFiles(path);
  const name = path.split('/').pop() ?? path;
  await expect(dialog.getByRole('status')).toContainText(`已识别文件“${name}”`);
  return dialog;
}

test('import a hand-made .docx: review the recognised tables, then create a draft', async ({
  page,
}) => {
  const dialog = await importFile(page, 'templates/fixtures/import/hand-2019-clerk.docx');
  // The numbers are shown in place in the official grid, before anything is created.
  await expect(dialog.locator('td[title="行政许可 上一年项目数量：4"]')).toHaveText('4');
  await expect(dialog.locator('td[title="政府集中采购 采购总金额：3190923"]')).toHaveText(
    '3190923',
  );
  // The printed （七）总计 of 自然人 (20) disagrees with the rows (21): reported, not replaced.
  await expect(dialog.getByRole('heading', { name: '原表合计与计算不符（1）' })).toBeVisible();
  await expect(dialog.locator('td.import-cell-mismatch')).toHaveText('20（应为 21）');
  await expect(dialog.getByText(/82 个单元格写的是“—”“\/”或“无”，已按 0 导入/)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: 'test-results/import-review-docx.png' });
  await dialog.locator('td.import-cell-mismatch').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-review-docx-table3.png' });

  await dialog.getByRole('button', { name: '创建草稿' }).click();
  const form = new EditorPage(page);
  await form.stepButton('基本信息').waitFor();
  await expect(form.field('meta.agencyName')).toHaveValue('嘉兴市某某局');
  await form.goToStep('三、收到和处理政府信息公开申请情况');
  await expect(form.cell('t3.newReceived.naturalPerson')).toHaveValue('21');
  await expect(form.cell('t3.partial.naturalPerson')).toHaveValue('16');
  // The import notice floats at the bottom; the end of the step still scrolls clear of it.
  const notice = page.locator('.draft-banners');
  await expect(notice).toContainText('已根据导入的年报创建草稿');
  await page.locator('.step-content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = page.locator('.step-content > :last-child');
  const [rowBox, noticeBox] = [await last.boundingBox(), await notice.boundingBox()];
  expect(rowBox && noticeBox && rowBox.y + rowBox.height).toBeLessThanOrEqual(noticeBox?.y ?? 0);
});

test('paste seed 003 as text and use it as last year’s report for a new draft', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: OPEN }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  const seed = readFileSync('templates/fixtures/seeds/003_d25101f45b1a16b3.txt', 'utf8');
  await dialog.getByLabel('或粘贴报告全文（从网页、PDF 或 Word 复制）').fill(seed);
  await dialog.getByRole('button', { name: '识别粘贴的文字' }).click();
  await expect(dialog.getByRole('status')).toContainText('已识别粘贴的文字');
  await expect(
    dialog.getByText(
      '四、政府信息公开行政复议、行政诉讼情况：找到（四、政府信息公开行政复议和行政诉讼情况）',
    ),
  ).toBeVisible();
  await expect(dialog.locator('td[title="政府集中采购 采购总金额：533.41万元"]')).toBeVisible();
  await expectNoA11yViolations(page);

  await dialog.getByRole('button', { name: '作为去年的年报（用于新草稿）' }).click();
  const form = new EditorPage(page);
  await form.stepButton('基本信息').waitFor();
  await expect(form.field('meta.year')).toHaveValue('2021');
  await form.goToStep('三、收到和处理政府信息公开申请情况');
  // 上年结转 comes from the imported report's 结转下年度继续办理 (all 0 in seed 003).
  await expect(form.cell('t3.carriedIn.naturalPerson')).toHaveValue('0');
});

test('a file that is not a .docx gets a clear message and nothing is created', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: OPEN }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  await dialog.getByLabel('选择文件（Word .docx、PDF、网页 .html 或 .txt）').setInputFiles({
    name: '年报.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('这不是压缩文件'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    '文件“年报.docx”：这不是 Word 文档（.docx）。如果是 .doc 格式，请先在 Word/WPS 中另存为 .docx。',
  );
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('还没有草稿。')).toBeVisible();
});

test('a table copied from a web page (text/html) is read cell by cell as soon as it is pasted', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: OPEN }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  const html = readFileSync('templates/fixtures/real-html/001-shanghai-bgt-2019.html', 'utf8');
  const box = dialog.getByLabel('或粘贴报告全文（从网页、PDF 或 Word 复制）');
  await box.evaluate((el, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', '2019年上海市人民政府办公厅政府信息公开工作年度报告');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, html);
  await expect(dialog.getByRole('status')).toContainText('已识别粘贴的网页表格');
  await expect(dialog.getByText('表三：读到 27 / 132 个单元格（另有原表合计 8 个）')).toBeVisible();
  await expect(dialog.locator('td[title="政府集中采购 采购总金额：251000"]')).toBeVisible();
  await expect(
    dialog.getByText('成文日期取自“发布日期：2020-01-31”，请核对落款日期。'),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await page.screenshot({ path: 'test-results/import-review-html.png' });
});

test('a saved report page (.html) whose 表三 is split into two rowspan groups becomes a draft with every cell in place', async ({
  page,
}) => {
  // Real: 平潭综合实验区 2019 (templates/fixtures/real-html/004), 表三's 三、本年度办理结果 printed
  // twice (rowspan 10 each), values with &nbsp; around them, the date only on the page's 时间 line.
  const dialog = await importFile(page, 'templates/fixtures/real-html/004-pingtan-qu-2019.html');
  await expect(dialog.locator('td[title="行政处罚 上一年项目数量：2648"]')).toHaveText('2648');
  await expect(dialog.locator('td[title="政府集中采购 采购总金额：75394432.52"]')).toBeVisible();
  await dialog.getByText('（四）无法提供', { exact: false }).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-review-html-file.png' });

  await dialog.getByRole('button', { name: '创建草稿' }).click();
  const form = new EditorPage(page);
  await form.stepButton('基本信息').waitFor();
  await expect(form.field('meta.agencyName')).toHaveValue('平潭综合实验区');
  await expect(form.field('meta.year')).toHaveValue('2019');
  await form.goToStep('三、收到和处理政府信息公开申请情况');
  // Rows of both 三、 groups: （一） before the split, （四）1, （四）3 and （五）2 after it.
  await expect(form.cell('t3.granted.naturalPerson')).toHaveValue('7');
  await expect(form.cell('t3.notHeld.naturalPerson')).toHaveValue('7');
  await expect(form.cell('t3.unclear.naturalPerson')).toHaveValue('5');
  await expect(form.cell('t3.repeat.naturalPerson')).toHaveValue('3');
  await expect(form.cell('t3.newReceived.commercial')).toHaveValue('0');
  await form.cell('t3.notHeld.naturalPerson').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-html-file-draft.png' });
});
