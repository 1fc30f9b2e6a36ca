import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { STEPS, exportPanel } from './pages/release-report';

/**
 * Issue 7: axe-core finds no serious or critical violation on any step of either format, on the
 * start page, or in any dialog. Steps are scanned with content that brings out their states:
 * values, a rejected cell, an unbalanced 表三, marks from the checks, and the preview.
 */

async function newDraft(page: Page, agency: string, year: string): Promise<EditorPage> {
  await page.getByRole('button', { name: '新建年报' }).click();
  await page.getByLabel('机关名称（可稍后填写）').fill(agency);
  await page.getByLabel('报告年度').fill(year);
  await page.getByRole('button', { name: '创建并开始填写' }).click();
  const form = new EditorPage(page);
  await form.stepButton(STEPS.meta).waitFor();
  return form;
}

/** Scans every step in the step list, after `prepare` has put content into it. */
async function scanEverySteps(
  page: Page,
  form: EditorPage,
  prepare: (title: string) => Promise<void>,
): Promise<string[]> {
  const titles = await page
    .getByRole('navigation', { name: '填写步骤' })
    .locator('.step-title')
    .allTextContents();
  for (const title of titles) {
    await form.goToStep(title);
    await prepare(title);
    await expectNoA11yViolations(page);
  }
  return titles;
}

/** Content that shows the states of each step: values, a bad cell, a partial total. */
async function fillForScan(page: Page, form: EditorPage, title: string): Promise<void> {
  const grid = page.locator('table.grid-table input:not([readonly])');
  if (title === STEPS.meta) {
    await form.field('meta.reportDate').fill('2019-01-05'); // before the year: an error mark
    await form.field('meta.preface').fill('本报告根据《中华人民共和国政府信息公开条例》编制。');
  } else if (await grid.count()) {
    await page.getByRole('button', { name: '本表空白填0' }).click();
    await grid.first().fill('5'); // unbalances 表三, raises marks
    await grid.nth(1).fill('x'); // kept as typed: aria-invalid and its alert
  } else if (title !== STEPS.review) {
    await page.locator('textarea.narrative-text').first().fill('（一）主动公开。全年公开信息。');
  }
}

async function scanExportAndPreview(page: Page, form: EditorPage): Promise<void> {
  await form.goToStep(STEPS.review);
  await exportPanel(page).getByRole('button', { name: '导出 Word' }).click();
  const confirm = page.getByRole('dialog', { name: '年报还有问题，确定导出吗？' });
  await expect(confirm).toBeVisible();
  await expectNoA11yViolations(page);
  await confirm.getByRole('button', { name: '返回修改' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('button', { name: '预览全文' }).click();
  await expect(page.getByRole('article', { name: '文档预览' })).toBeVisible();
  await expectNoA11yViolations(page);
  // The issues panel closed, then open again.
  const toggle = page.getByRole('button', { name: /^检查结果（/ });
  await toggle.click();
  await expect(form.issues).toBeHidden();
  await expectNoA11yViolations(page);
  await toggle.click();
  await expect(form.issues).toBeVisible();
}

test('the start page and its forms and dialogs have no serious violation', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '新建年报' }).click();
  await expect(page.getByRole('form', { name: '新建年报' })).toBeVisible();
  await page.getByLabel('报告年度').fill('1999'); // the form's error message, too
  await page.getByRole('button', { name: '创建并开始填写' }).click();
  await expect(page.getByRole('alert')).toContainText('请填写年报所报告的年度');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '取消' }).click();

  await newDraft(page, '某市统计局', '2024');
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expectNoA11yViolations(page); // the list with a draft
  await page.getByRole('button', { name: '从去年的年报开始' }).click();
  await expect(page.getByRole('form', { name: '从去年的年报开始' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: '导入年报（Word、PDF 或网页）' }).click();
  const dialog = page.getByRole('dialog', { name: '导入年报（Word、PDF、网页或粘贴文字）' });
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(page);
  const seed = readFileSync('templates/fixtures/seeds/000_833a5a6ee7a74880.txt', 'utf8');
  await dialog.getByLabel('或粘贴报告全文（从网页、PDF 或 Word 复制）').fill(seed);
  await dialog.getByRole('button', { name: '识别粘贴的文字' }).click();
  await expect(dialog.getByRole('status')).toContainText('已识别粘贴的文字');
  await expectNoA11yViolations(page);
});

test('every step of a 2020 report (〔2019〕60号), its dialogs and preview', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  const form = await newDraft(page, '嘉兴市人民防空办公室', '2020');
  await expect(page.getByRole('radio', { name: /〔2019〕60号/ })).toBeChecked();
  const titles = await scanEverySteps(page, form, (title) => fillForScan(page, form, title));
  expect(titles).toHaveLength(8);
  await expect(form.count('error')).not.toHaveText('0');

  // The dismiss dialog: seed 000's 行政处罚 (0 items but 1 decision) is a warning.
  await form.goToStep(STEPS.t2);
  await form.cell('t2.punishment.prevYearItems').fill('21');
  await form.cell('t2.punishment.change').fill('-21');
  await form.cell('t2.punishment.decisions').fill('1');
  const warning = form.issues.locator('li.issue-warning', { hasText: '行政处罚' }).first();
  await warning.getByRole('button', { name: '忽略…' }).click();
  const dismiss = page.getByRole('dialog', { name: '忽略这条提醒' });
  await expect(dismiss).toBeVisible();
  await expectNoA11yViolations(page);
  await dismiss.getByRole('button', { name: '确认忽略' }).click(); // no reason: its error
  await expect(dismiss.getByRole('alert')).toBeVisible();
  await expectNoA11yViolations(page);
  await dismiss.getByLabel(/理由/).fill('年初遗留案件');
  await dismiss.getByRole('button', { name: '确认忽略' }).click();
  await expect(dismiss).toBeHidden();
  await expect(form.issues.getByRole('region', { name: /已忽略/ })).toBeVisible();
  await expectNoA11yViolations(page); // the panel with a dismissed item

  await scanExportAndPreview(page, form);
});

test('every step of a 2025 report (〔2021〕30号), its dialogs and preview', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./');
  const form = await newDraft(page, '示例县人民政府', '2025');
  await expect(page.getByRole('radio', { name: /〔2021〕30号/ })).toBeChecked();
  await form.field('meta.agencyKind').selectOption({ label: '人民政府' });
  const titles = await scanEverySteps(page, form, (title) => fillForScan(page, form, title));
  expect(titles).toHaveLength(8);
  // Every severity present in the panel while it was scanned.
  await expect(form.count('error')).not.toHaveText('0');
  await expect(form.count('incomplete')).not.toHaveText('0');
  await scanExportAndPreview(page, form);
});
