import { readFile } from 'node:fs/promises';
import { indexTemplate } from '../src/domain/template/lookup';
import { renderDocx } from '../src/testing/libreoffice';
import { formatTestProvince as variant } from '../templates/fixtures/variant/format-2021-test-province';
import { expect, test } from './fixtures';
import { newDraft } from './pages/drafts-home';

/**
 * Issue 13, SPEC §3 and §10: a province's variant format is data, not code. This spec runs
 * against the app built with the test-only variant of templates/fixtures/variant/ added to the
 * format registry (project `variant`, e2e/builds.ts) and nothing else changed: a 测试省 clerk
 * chooses it, fills its extra 表二 row, the checks (a pack loaded from a file and the shipped
 * 武威 pack) read it, the Word export prints it and the importer reads it back into it.
 */

const AGENCY = '测试省某某局';
const YEAR = '2025';
const FILE = `${AGENCY}${YEAR}年政府信息公开工作年度报告.docx`;
const EXTRA = 't2.confirmation.decisions';
const ROW = '行政确认';
const VARIANT = `${variant.name}（${variant.region}适用）`;
const TABLE2 = '二、主动公开政府信息情况';
const RELATION = '表二“行政确认”处理决定数量不应多于“行政许可”';
/** 表二's input cells in the variant: the national format's and the extra row's. */
const T2_INPUTS = indexTemplate(variant).inputCells.filter((c) => c.table === 't2').length;
const blankInT2 = (n: number) => `表二（主动公开政府信息情况）有 ${n} 个单元格未填写`;
const WUWEI = '武威市2025年度政府信息公开工作年度报告编制要求（武政办发〔2025〕54号）';

test('a 测试省 clerk fills, checks, exports and imports the variant’s extra 表二 row', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  await page.goto('./');
  const form = await newDraft(page, AGENCY, YEAR);
  await form.field('meta.reportDate').fill('2026-01-20');

  // 基本信息 offers the variant for the year, named for its region; the year alone picks the
  // national format, the region of the chosen variant picks the variant (formatForYear).
  const choice = page.getByRole('group', { name: '报告格式' });
  const national = choice.getByRole('radio', { name: /国办公开办函〔2021〕30号/ });
  const regional = choice.getByRole('radio', { name: new RegExp(variant.name ?? '') });
  const regionalLabel = choice.locator('label').filter({ hasText: variant.name ?? '' });
  await expect(national).toBeChecked();
  await expect(regionalLabel).toHaveText(VARIANT);
  await regional.check();
  await expect(regionalLabel).toHaveText(
    `${variant.name}（适用于本年度）（${variant.region}适用）`,
  );
  await expect(page.locator('.report-title')).toContainText(
    `${YEAR}年度 · 政府部门 · ${variant.name}`,
  );
  // A local pack loaded from a file, with a relation on the extra row.
  await page
    .getByLabel('从文件加载规则包（JSON）')
    .first()
    .setInputFiles('templates/fixtures/variant/test-province-2025.json');
  await expect(page.getByRole('combobox', { name: '地方规则包（可选）' })).toContainText(
    '（从文件加载）',
  );
  await page.screenshot({ path: testInfo.outputPath('variant-meta.png') });

  // 表二 has the extra row with its label, an input cell like its neighbours.
  await form.goToStep(TABLE2);
  const row = page.locator('tr').filter({ has: form.cell(EXTRA) });
  await expect(row.locator('th, td').first()).toHaveText(ROW);
  // The checks count it and read it: the blank-cell count, and the pack's relation.
  await expect(form.issues).toContainText(blankInT2(T2_INPUTS));
  await form.cell('t2.licensing.decisions').fill('350');
  await form.cell(EXTRA).fill('400');
  await expect(form.issues).toContainText(blankInT2(T2_INPUTS - 2));
  const relation = form.issues.getByText(RELATION);
  await expect(relation).toBeVisible();
  await form.cell(EXTRA).fill('4');
  await expect(relation).toBeHidden();
  await form.field('narrative.proactive').fill('本年度主动公开政府信息。');
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('variant-table2.png') });

  // The shipped 武威 pack instead: its findings are listed as the pack's.
  await form.goToStep('检查与导出');
  await page
    .getByRole('region', { name: '检查依据' })
    .getByRole('combobox', { name: '地方规则包（可选）' })
    .selectOption({ label: WUWEI });
  const panel = page.getByRole('region', { name: '导出', exact: true });
  await expect(
    panel.getByRole('listitem').filter({ hasText: '未写明通过政府网站发布信息的条数' }),
  ).toContainText('地方规则包');
  await expect(form.issues).toContainText('处理决定数量应包括本年度作出但未公开的决定');

  // Word: the extra row is printed with its value (LibreOffice renders the file).
  await panel.getByRole('button', { name: '导出 Word' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: '仍然导出' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(FILE);
  const path = testInfo.outputPath(FILE);
  await download.saveAs(path);
  const pdf = await renderDocx(new Uint8Array(await readFile(path)), 'e2e-variant');
  try {
    const lines = pdf.layout.split('\n').map((l) => l.trim().split(/\s+/));
    expect(lines).toContainEqual([ROW, '4']);
    expect(lines).toContainEqual(['行政许可', '350']);
  } finally {
    await pdf.dispose();
  }

  // Imported back: recognised in the variant's grid, and the new draft has it in the row.
  await page.goto('./');
  await page.getByRole('button', { name: /^导入年报/ }).click();
  const dialog = page.getByRole('dialog', { name: /^导入年报/ });
  await dialog.getByLabel(/^选择文件/).setInputFiles(path);
  await expect(dialog.getByRole('status')).toContainText(`已识别文件“${FILE}”`);
  await expect(dialog.locator(`td[title="${ROW} 本年处理决定数量：4"]`)).toHaveText('4');
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await form.stepButton('基本信息').waitFor();
  await expect(
    page
      .getByRole('group', { name: '报告格式' })
      .getByRole('radio', { name: new RegExp(variant.name ?? '') }),
  ).toBeChecked();
  await form.goToStep(TABLE2);
  await expect(form.cell(EXTRA)).toHaveValue('4');
  await expect(form.cell('t2.licensing.decisions')).toHaveValue('350');
});
