import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

/** Issue 15, the start and the wording: 机关类别 asked at once, `≥ N 未完成` said in words. */

const SHOTS = 'test-results/kinder-start';

test.use({ viewport: { width: 1366, height: 768 } });

test('新建年报 asks 机关类别: a 人民政府 gets its 3月31日 deadline from the start', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: '新建年报' }).click();
  const kinds = page.getByRole('group', { name: '机关类别' });
  await expect(kinds.getByRole('radio', { name: '政府部门' })).toBeChecked();
  await page.getByLabel('机关名称（可稍后填写）').fill('某县人民政府');
  await page.getByLabel('报告年度').fill('2025');
  await expect(kinds).toContainText('本草稿：2025年度的报告应于 2026年1月31日前发布');
  await kinds.getByRole('radio', { name: '人民政府' }).check();
  await expect(kinds).toContainText('本草稿：2025年度的报告应于 2026年3月31日前发布');
  await page.screenshot({ path: `${SHOTS}/new-draft-kind.png` });
  await page.getByRole('button', { name: '创建并开始填写' }).click();

  const form = new EditorPage(page);
  await form.stepButton('基本信息').waitFor();
  await expect(form.field('meta.agencyKind')).toHaveValue('government');
  // Dated 2026年3月15日: late for a department, in time for a government.
  await form.field('meta.reportDate').fill('2026-03-15');
  await form.field('meta.agencyName').focus();
  await expect(form.issues).not.toContainText('晚于法定期限');
  await form.field('meta.agencyKind').selectOption('department');
  await expect(form.issues).toContainText('晚于法定期限 2026年1月31日');
});

test('a table with totals says in words what “≥ N 未完成” means', async ({ page }) => {
  const form = new EditorPage(page);
  await form.open();
  await form.goToStep('三、收到和处理政府信息公开申请情况');
  const legend = page.getByTestId('partial-legend');
  await form.cell('t3.newReceived.naturalPerson').fill('21');
  await expect(form.cell('t3.newReceived.total')).toHaveValue('≥ 21');
  // Visible text above the table, not only the cell's tooltip.
  await expect(legend).toBeInViewport();
  await expect(legend).toContainText(
    '“≥ N 未完成”，表示参与合计的格还有空白，已填的数加起来至少是 N；空白不等于 0',
  );
  await page.screenshot({ path: `${SHOTS}/partial-legend.png` });
  await form.goToStep('四、政府信息公开行政复议、行政诉讼情况');
  await expect(legend).toBeVisible();
  // 表二 of 2021 has no totals: no legend.
  await form.goToStep('二、主动公开政府信息情况');
  await expect(legend).toHaveCount(0);
});
