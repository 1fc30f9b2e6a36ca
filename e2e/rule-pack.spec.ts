import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';

/**
 * Issue 13, rule packs in 检查与导出: the clerk can choose the local rule pack where the checks
 * are read, and the checklist and the export confirmation say whose checks they list.
 */

const PACK = '武威市2025年度政府信息公开工作年度报告编制要求';
const PACK_TITLE = `地方规则包：${PACK}（武政办发〔2025〕54号）`;
const FORMAT_TITLE = '国办公开办函〔2021〕30号格式的通用检查';

test('the rule pack is chosen in 检查与导出 and the checklist and confirmation name it', async ({
  page,
}) => {
  const form = new EditorPage(page);
  await form.open();
  await form.field('meta.year').fill('2025');
  await form.goToStep('二、主动公开政府信息情况');
  await form.field('narrative.proactive').fill('本年度主动公开政府信息。');

  await form.goToStep('检查与导出');
  const panel = page.getByRole('region', { name: '导出', exact: true });
  const sources = panel.getByRole('list', { name: '本清单包括的检查' });
  await expect(sources).toHaveText(FORMAT_TITLE);

  const chooser = page
    .getByRole('region', { name: '检查依据' })
    .getByRole('combobox', { name: '地方规则包（可选）' });
  await chooser.selectOption({ label: `${PACK}（武政办发〔2025〕54号）` });
  await expect(sources.getByRole('listitem')).toHaveText([FORMAT_TITLE, PACK_TITLE]);
  // The pack's finding is listed, tagged as the pack's.
  const finding = panel
    .getByRole('listitem')
    .filter({ hasText: '未写明通过政府网站发布信息的条数' });
  await expect(finding).toContainText('地方规则包');

  // The confirmation before the export names the same checks.
  await panel.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: '本清单包括的检查' })).toContainText(PACK_TITLE);
  await expect(
    dialog.getByRole('listitem').filter({ hasText: '未写明通过政府网站发布信息的条数' }),
  ).toContainText('地方规则包');
  await dialog.getByRole('button', { name: '返回修改' }).click();
  await expect(dialog).toBeHidden();

  // One setting: 基本信息 shows the pack chosen here; 不使用 takes its checks out of the list.
  await form.goToStep('基本信息');
  await expect(page.getByRole('combobox', { name: '地方规则包（可选）' })).toHaveValue('0');
  await form.goToStep('检查与导出');
  await chooser.selectOption({ label: '不使用' });
  await expect(sources).toHaveText(FORMAT_TITLE);
  await expect(panel).not.toContainText('未写明通过政府网站发布信息的条数');
});
