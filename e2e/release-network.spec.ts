import { renderDocx } from '../src/testing/libreoffice';
import { docxParts } from '../src/testing/docx-xml';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import {
  RELEASE_FILE,
  RELEASE_TITLE,
  STEPS,
  downloadBytes,
  exportPanel,
  release,
  squash,
} from './pages/release-report';

/**
 * SPEC §9 / issue 7: with every request outside the app's origin aborted, a clerk writes a whole
 * 2025 report, sees it clean in the issues panel, exports Word, and LibreOffice opens the file.
 */
test('with the network cut off but the app origin, a whole report is written, checked and exported', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL ?? '').origin;
  const attempted: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    attempted.push(url);
    return route.abort('internetdisconnected');
  });

  await page.goto('./');
  await page.getByRole('button', { name: '新建年报' }).click();
  await page.getByLabel('机关名称（可稍后填写）').fill(release.agencyName);
  await page.getByLabel('报告年度').fill(release.year);
  await page.getByRole('button', { name: '创建并开始填写' }).click();
  const form = new EditorPage(page);
  await form.stepButton(STEPS.meta).waitFor();

  await expect(form.field('meta.agencyName')).toHaveValue(release.agencyName);
  await form.field('meta.agencyKind').selectOption({ label: release.agencyKindLabel });
  await form.field('meta.reportDate').fill(release.reportDate);
  await expect(page.getByTestId('report-date-text')).toHaveText('2026年1月20日');
  await expect(page.getByRole('radio', { name: /〔2021〕30号/ })).toBeChecked();
  await form.field('meta.preface').fill(release.preface);
  for (const [key, value] of Object.entries(release.contact)) {
    await form.field(`contact.${key}`).fill(value);
  }

  await form.goToStep(STEPS.overview);
  await form.field('narrative.overview').fill(release.narrative.overview.join('\n'));
  // Every area is covered, the government one included (agency kind 人民政府).
  const areas = page.getByRole('group', { name: /应涵盖的方面/ }).getByRole('listitem');
  await expect(areas).toHaveCount(6);
  await expect(areas.filter({ hasText: '（未涉及）' })).toHaveCount(0);

  await form.goToStep(STEPS.t2);
  for (const [id, value] of release.t2) await form.cell(id).fill(value);
  for (const [step, cells] of [
    [STEPS.t3, release.t3],
    [STEPS.t4, release.t4],
  ] as const) {
    await form.goToStep(step);
    for (const [id, value] of cells) await form.cell(id).fill(value);
    await page.getByRole('button', { name: '本表空白填0' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /已将 \d+ 个空白格填为 0/ }),
    ).toBeVisible();
    if (step === STEPS.t3) await expect(page.getByTestId('balance-summary')).toHaveText('✓ 平衡');
  }
  for (const [id, value] of release.totals) {
    await form.goToStep(id.startsWith('t3') ? STEPS.t3 : STEPS.t4);
    await expect(form.cell(id)).toHaveText(value);
  }

  await form.goToStep(STEPS.problems);
  await form.field('narrative.problems').fill(release.narrative.problems.join('\n'));
  await form.goToStep(STEPS.other);
  await form.field('narrative.other').fill(release.narrative.other.join('\n'));

  // The issues panel: nothing wrong, nothing missing.
  await expect(form.count('error')).toHaveText('0');
  await expect(form.count('incomplete')).toHaveText('0');
  await expect(form.issues.locator('li.issue-error, li.issue-incomplete')).toHaveCount(0);

  await form.goToStep(STEPS.review);
  const panel = exportPanel(page);
  await expect(panel).toContainText('没有错误、未完成项和未处理的提醒，可以导出。');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: '导出 Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(RELEASE_FILE);
  await expect(panel.getByRole('status')).toHaveText(`已导出：${RELEASE_FILE}`);
  const bytes = await downloadBytes(download);
  await download.saveAs(testInfo.outputPath(RELEASE_FILE));
  expect(docxParts(bytes)['word/document.xml']).toContain(release.agencyName);

  const pdf = await renderDocx(bytes, 'release-network');
  try {
    const text = squash(pdf.text);
    expect(text).toContain(RELEASE_TITLE);
    for (const heading of Object.values(STEPS).slice(1, -1)) expect(text).toContain(heading);
    expect(text).toContain('2026年1月20日');
    expect(text).toContain('未收取信息处理费');
    expect(text).toContain('监督保障');
    expect(text).toContain(squash(release.contact.address));
    // Key numbers, as the tables print them.
    const layout = pdf.layout;
    expect(layout).toMatch(/行政许可\s+350/);
    expect(layout).toMatch(/行政处罚\s+120/);
    expect(layout).toMatch(/行政事业性收费\s+12\.5/);
    expect(layout).toMatch(/一、本年新收政府信息公开申请数量\s+20\s+3\s+0\s+0\s+1\s+0\s+24/);
    expect(layout).toMatch(/（七）总计\s+20\s+3\s+0\s+0\s+1\s+0\s+24/);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
  } finally {
    await pdf.dispose();
  }
  expect(attempted, 'requests outside the app origin').toEqual([]);
});
