import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { renderDocx } from '../src/testing/libreoffice';
import type { ReviewFolder } from '../src/testing/review-folder';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { makeReviewFolder } from './pages/review-folder';

/**
 * Reviewer mode (SPEC §9) in real Chromium: a folder of ~30 mixed files (broken ones, a late
 * one, one in the wrong format, a duplicate, a PDF made by LibreOffice and read to its values,
 * 本级 and a parent report), the table, a unit opened, a region's rule pack chosen, the 通报
 * opened in LibreOffice, the spreadsheet read back, and a 汇总 whose totals are checked against
 * the factors the folder was made with.
 */

test.use({ viewport: { width: 1366, height: 768 } });

test.describe('a folder of 30 mixed files', () => {
  let folder: ReviewFolder;
  let dir: string;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = await mkdtemp(join(tmpdir(), 'nianbao-review-'));
    folder = await makeReviewFolder(join(dir, '各单位年报'), { count: 22, pdf: true });
    // A draft cut short (a download interrupted): damaged, not passed over like 不是草稿.json.
    const draft = await readFile(join(folder.dir, '全县年报.json'), 'utf8');
    await writeFile(join(folder.dir, '截断的草稿.json'), draft.slice(0, 400));
  });

  test.afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('review a folder of units: table, a unit, 通报, spreadsheet and 汇总', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await page.getByRole('button', { name: '审核与汇总（多份年报）' }).click();
    await expect(page.getByRole('heading', { name: '审核与汇总', level: 1 })).toBeVisible();

    await page.getByLabel('选择年报文件夹').setInputFiles(folder.dir);
    const files = folder.units.length + folder.broken.length + 1;
    await expect(page.getByRole('status').filter({ hasText: '已读取并检查' })).toContainText(
      `已读取并检查 ${files} 份`,
      { timeout: 60_000 },
    );
    const table = page.locator('table.review-table');
    await expect(table.locator('tbody tr')).toHaveCount(files);
    await page.screenshot({ path: 'test-results/review-table.png' });

    // Broken files are listed with their message; the late one is marked.
    const row = (text: string) => table.locator('tbody tr').filter({ hasText: text });
    await expect(row('损坏的文件.docx')).toContainText('无法读取');
    // Another program's JSON is listed as passed over, not as a failure; a cut draft is a failure.
    await expect(row('不是草稿.json')).toContainText('其他文件');
    await expect(row('不是草稿.json')).toContainText('不是年报草稿，已跳过');
    await expect(row('不是草稿.json')).not.toContainText('无法读取');
    await expect(row('截断的草稿.json')).toContainText('无法读取');
    await expect(row('截断的草稿.json')).toContainText('不是有效的 JSON');
    await expect(page.locator('.review-totals')).toContainText('1 个不是年报草稿的文件已跳过');
    await expect(row('空文件.txt')).toContainText('文件是空的');
    const late = folder.units[1];
    await expect(row(late?.file ?? '?')).toContainText('逾期（期限 2025年1月31日）');
    await expect(row('某某县林业局')).toContainText('2019 版');
    await expect(row('管城回族区人民防空办公室')).toContainText('2020');
    // A saved web page is read like any report: its real rowspan tables, in the 2019 format.
    await expect(row('上海市人民政府办公厅.html')).toContainText('上海市人民政府办公厅');
    await expect(row('上海市人民政府办公厅.html')).toContainText('2019 版');

    // The PDF (LibreOffice's rendering of a unit's export) is read completely, to the values: its
    // tables show exactly what a .docx unit with the same factor shows.
    const pdf = folder.pdf;
    if (!pdf) throw new Error('no PDF in the folder');
    await expect(row(pdf.file)).toContainText(pdf.agency);
    await expect(row(pdf.file)).toContainText('2021 版');
    const twin = folder.units.find(
      (u) =>
        u.role === 'child' && u.factor === pdf.factor && u.file.endsWith('.docx') && u !== late,
    );
    if (!twin) throw new Error('no .docx unit with the PDF’s factor');
    const tableValues = async (file: string, agency: string): Promise<string[]> => {
      await row(file).getByRole('button', { name: /^查看/ }).click();
      const dialog = page.getByRole('dialog', { name: agency });
      await expect(dialog.locator('table.import-table')).toHaveCount(3);
      const values = await dialog.locator('table.import-table td').allTextContents();
      await dialog.getByRole('button', { name: '关闭' }).click();
      await expect(dialog).toBeHidden();
      return values;
    };
    const pdfValues = await tableValues(pdf.file, pdf.agency);
    expect(pdfValues.filter((v) => v !== '').length).toBeGreaterThan(100);
    expect(pdfValues).toEqual(await tableValues(twin.file, twin.agency));
    const factorSum = folder.factorSum;

    // Filter and sort.
    await page.getByLabel('筛选').selectOption({ label: '逾期' });
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await page.getByLabel('筛选').selectOption({ label: '无法读取' });
    const unreadable = await table.locator('tbody tr').count();
    expect(unreadable).toBeGreaterThanOrEqual(3);
    await expect(table.locator('tbody tr').filter({ hasText: '不是草稿.json' })).toHaveCount(0);
    await page.getByLabel('筛选').selectOption({ label: '全部' });
    await table.getByRole('button', { name: '错误' }).click();
    await table.getByRole('button', { name: '错误' }).click();
    await expect(table.locator('thead th[aria-sort="descending"]')).toHaveText(/错误/);
    await expect(table.locator('tbody tr').first()).toContainText('某某县林业局');

    // Open a unit read-only: its issues beside its tables.
    await row('某某县林业局').getByRole('button', { name: /^查看/ }).click();
    const detail = page.getByRole('dialog', { name: '某某县林业局' });
    await expect(detail.getByRole('heading', { name: /^错误/ })).toBeVisible();
    await expect(detail).toContainText('2024年度的报告应使用国办公开办函〔2021〕30号格式');
    await expect(detail.locator('table.import-table')).toHaveCount(3);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: 'test-results/review-unit.png' });
    await detail.getByRole('button', { name: '关闭' }).click();
    await expect(detail).toBeHidden();

    // The region's rule pack: every unit checked with it again; a column in the table.
    await page.getByLabel('地方规则包（可选）').selectOption({
      label: '武威市2025年度政府信息公开工作年度报告编制要求（武政办发〔2025〕54号）',
    });
    await expect(table.locator('thead th').filter({ hasText: '规则包' })).toBeVisible();
    await expect(row(late?.file ?? '?')).toContainText('逾期');

    // The 通报: one part per unit, as LibreOffice renders it.
    const [noticeDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出通报（Word）' }).click(),
    ]);
    expect(noticeDownload.suggestedFilename()).toBe(
      '2024年度政府信息公开工作年度报告审核通报.docx',
    );
    const notice = await renderDocx(
      new Uint8Array(await readFile((await noticeDownload.path()) ?? '')),
      'notice',
    );
    try {
      const text = notice.text.replace(/\s+/g, '');
      expect(text).toContain('关于2024年度政府信息公开工作年度报告审核情况的通报');
      for (const u of folder.units) expect(text).toContain(u.agency);
      expect(text).toContain('文件“损坏的文件.docx”');
      // 不是草稿.json is no unit's: not in the 通报; the cut draft is, as unreadable.
      expect(text).not.toContain('不是草稿.json');
      expect(text).toContain('文件“截断的草稿.json”');
      expect(text).toContain('晚于法定期限2025年1月31日');
      expect(text).toContain(
        '审核依据《中华人民共和国政府信息公开条例》、年度报告格式要求及武威市',
      );
    } finally {
      await notice.dispose();
    }

    // The spreadsheet, read back with exceljs.
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出审核表（Excel）' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsxDownload.path()) ?? '');
    const sheet = book.getWorksheet('审核结果');
    // One row per unit (不是草稿.json, passed over, is none) and the header.
    expect(sheet?.rowCount).toBe(files - 1 + 1);
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('规则包：总体情况超过一千字');
    const lateColumn = header.indexOf('成文日期晚于法定期限') + 1;
    const agencyColumn = header.indexOf('单位') + 1;
    const lateRows: unknown[] = [];
    sheet?.eachRow((r, n) => {
      if (n > 1 && r.getCell(lateColumn).value === 1) lateRows.push(r.getCell(agencyColumn).value);
    });
    expect(lateRows).toEqual([late?.agency]);

    // 汇总: 本级 apart, the parent checked, missing and duplicates listed.
    const bunji = folder.units.find((u) => u.role === 'bunji');
    await page.getByLabel(`${bunji?.agency} 在汇总中`).selectOption({ label: '本级' });
    await page.getByLabel('某某县人民政府 在汇总中').selectOption({ label: '上级（全区）报告' });
    await page.getByLabel('汇总报告的机关名称').fill('某某县（汇总）');
    await page
      .getByLabel('应报送的单位（每行一个，可从名单中粘贴）')
      .fill(['某某县教育局', '某某县财政局', '某某县审计局'].join('\n'));
    await page.getByRole('button', { name: '生成汇总' }).click();
    const result = page.locator('.review-sum-result');
    const summed = folder.units.filter((u) => u.role === 'child').length;
    await expect(result).toContainText(`已汇总 ${summed} 个单位和本级年报（${bunji?.agency}）`);
    await expect(result).toContainText('未报送：某某县审计局');
    await expect(result).toContainText(`重复报送（只计入第一份）：${folder.units[0]?.agency}`);
    await expect(result).toContainText('某某县林业局（2024 年度应使用');
    await expect(result).toContainText('管城回族区人民防空办公室（年度为 2020，不是 2024）');
    const differences = result.locator('table.review-parent-table tbody tr');
    await expect(differences).toHaveCount(1);
    const wrong = folder.parentWrongCell;
    const wrongRow = differences.filter({ hasText: '表三 （一）予以公开 自然人' });
    await expect(wrongRow.locator('td').first()).toHaveText(wrong.value);
    await page.screenshot({ path: 'test-results/review-sum.png', fullPage: true });

    // Totals: every value is the base value times Σ factors (本级 included).
    const cell = 't3.newReceived.naturalPerson';
    const expected = String(Number(folder.base.cells[cell]) * factorSum);
    await result.getByRole('button', { name: '把汇总作为草稿打开' }).click();
    const form = new EditorPage(page);
    await form.stepButton('基本信息').waitFor();
    await expect(form.field('meta.agencyName')).toHaveValue('某某县（汇总）');
    await form.goToStep('二、主动公开政府信息情况');
    const fee = folder.base.cells['t2.fees.amount'] ?? '';
    await expect(form.cell('t2.fees.amount')).toHaveValue(
      String(Math.round(Number(fee) * 100 * factorSum) / 100),
    );
    await form.goToStep('三、收到和处理政府信息公开申请情况');
    await expect(form.cell(cell)).toHaveValue(expected);
  });
});

test('files dropped on the page are read; other kinds are named as ignored', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '审核与汇总（多份年报）' }).click();
  const docx = (await readFile('templates/fixtures/import/hand-2019-clerk.docx')).toString(
    'base64',
  );
  await page.locator('.review-drop').evaluate((zone, b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], '嘉兴市某某局.docx'));
    transfer.items.add(new File(['not a report'], '说明.xlsx'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
  }, docx);
  await expect(page.getByRole('status').filter({ hasText: '已读取并检查' })).toContainText(
    '已读取并检查 1 份',
  );
  await expect(page.getByText('已忽略 1 个其他类型的文件。')).toBeVisible();
  await expect(page.locator('table.review-table tbody tr')).toHaveText([/嘉兴市某某局.*2019 版/]);
});
