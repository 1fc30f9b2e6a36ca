import { docxParts, foldMerges, parseXml, readTables } from '../src/testing/docx-xml';
import { inputApplicantColumns } from '../templates/common/table3';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { KeyboardUser, named, withId } from './pages/keyboard-user';
import { RELEASE_FILE, STEPS, downloadBytes, release } from './pages/release-report';

/**
 * Issue 7: the whole report written and exported with the keyboard alone, from the start page
 * to the downloaded file. The focus moves only by Tab / Shift+Tab (KeyboardUser.tabTo), controls
 * are used with Enter, Space and the arrow keys; no pointer press may reach the page.
 */

const steps = Object.values(STEPS);
const T3_ROWS = [
  'newReceived',
  'carriedIn',
  'granted',
  'partial',
  'stateSecret',
  'lawForbidden',
  'securityStability',
  'thirdParty',
  'internalAffairs',
  'processInfo',
  'enforcementFile',
  'adminQuery',
  'notHeld',
  'needsCreation',
  'unclear',
  'petition',
  'repeat',
  'publication',
  'excessive',
  'confirmReissue',
  'noSupplement',
  'feeUnpaid',
  'otherReason',
  'carriedOver',
];
const T3_COLUMNS = inputApplicantColumns.map((c) => c.id);
const T4_INPUTS = ['review', 'litDirect', 'litAfterReview'].flatMap((g) =>
  ['upheld', 'corrected', 'other', 'pending'].map((o) => `t4.${g}.${o}`),
);

/** Values in Tab order; '' where 本表空白填0 will put the zero. */
function inTabOrder(ids: readonly string[], values: readonly (readonly [string, string])[]) {
  const byId = new Map(values);
  return ids.map((id) => byId.get(id) ?? '');
}

test('the whole report is written and exported with the keyboard alone', async ({ page }) => {
  test.setTimeout(90_000);
  await KeyboardUser.countPointer(page);
  const kb = page.keyboard;
  const user = new KeyboardUser(page);
  const form = new EditorPage(page);

  await page.goto('./');
  // 新建年报 is the first control of the start page.
  expect(await user.tabTo(named('新建年报', 'button'))).toBeLessThanOrEqual(3);
  await kb.press('Enter');
  // The form opens below the toolbar with the focus in its first field (its code may still be
  // arriving when Enter is pressed: the focus moves when the form is there).
  await expect
    .poll(() => user.focused())
    .toMatchObject({ tag: 'input', name: '机关名称（可稍后填写）' });
  await kb.insertText(release.agencyName);
  await user.tabTo(named('报告年度', 'input'), { max: 1 });
  await kb.press('Control+A');
  await kb.type(release.year);
  await kb.press('Enter'); // submits the form
  await form.stepButton(STEPS.meta).waitFor();

  // 基本信息, in the order the fields are laid out; the editor opens on its first field.
  await expect(form.field('meta.agencyName')).toBeFocused();
  await expect(form.field('meta.agencyName')).toHaveValue(release.agencyName);
  await user.tabTo(withId('field-meta.agencyKind'), { max: 1 });
  await kb.press('ArrowDown'); // 政府部门 → 人民政府
  await expect(form.field('meta.agencyKind')).toHaveValue(release.agencyKind);
  await user.tabTo(withId('field-meta.year'), { max: 1 });
  await expect(form.field('meta.year')).toHaveValue(release.year);
  // Past the date (three segments and its calendar button), the format radios and the rule pack
  // chooser (its list and its file button).
  // A new draft starts with the standard preface (its website still XX): the clerk's own replaces it.
  await user.tabTo(withId('field-meta.preface'), { max: 10 });
  await kb.press('Control+A');
  await kb.insertText(release.preface);
  // Past 替换为标准前言 to the contact fields.
  for (const [i, [key, value]] of Object.entries(release.contact).entries()) {
    await user.tabTo(withId(`field-contact.${key}`), { max: i === 0 ? 2 : 1 });
    await kb.type(value);
  }
  for (const [key, value] of Object.entries(release.contact)) {
    await expect(form.field(`contact.${key}`)).toHaveValue(value);
  }
  // The date is still missing: on into the issues panel, whose item leads back to the field.
  await user.press(named(/未填写成文日期/, 'button'), { max: 10 });
  await expect(form.field('meta.reportDate')).toBeFocused();
  await user.typeDate(form.field('meta.reportDate'), release.reportDate);
  await expect(page.getByTestId('report-date-text')).toHaveText('2026年1月20日');
  await expect(form.issues).not.toContainText('未填写成文日期');

  await user.goToStep(steps, STEPS.overview);
  await user.tabTo(withId('field-narrative.overview'));
  await user.typeLines(release.narrative.overview);
  await expect(form.field('narrative.overview')).toHaveValue(release.narrative.overview.join('\n'));

  await user.goToStep(steps, STEPS.t2);
  await user.tabTo(withId('cell-t2.regulations.made'));
  await form.typeRowsWithTab([release.t2.map(([, value]) => value)]);
  for (const [id, value] of release.t2) await expect(form.cell(id)).toHaveValue(value);

  await user.goToStep(steps, STEPS.t3);
  await user.tabTo(withId('cell-t3.newReceived.naturalPerson'));
  const t3Ids = T3_ROWS.flatMap((row) => T3_COLUMNS.map((col) => `t3.${row}.${col}`));
  await form.typeRowsWithTab([inTabOrder(t3Ids, release.t3)]);
  // Back over the 144 cells to the toolbar (no shortcut to it: Shift+Tab is what a clerk has).
  await user.press(named('本表空白填0', 'button'), { back: true, key: 'Space', max: 200 });
  await expect(page.getByTestId('balance-summary')).toHaveText('✓ 平衡');
  // The arrow keys move between cells too: from 一、本年新收 自然人 down and right.
  await user.tabTo(withId('cell-t3.newReceived.naturalPerson'));
  await kb.press('ArrowDown');
  await kb.press('ArrowRight');
  await expect(form.cell('t3.carriedIn.commercial')).toBeFocused();

  await user.goToStep(steps, STEPS.t4);
  await user.tabTo(withId('cell-t4.review.upheld'));
  await form.typeRowsWithTab([inTabOrder(T4_INPUTS, release.t4)]);
  await user.press(named('本表空白填0', 'button'), { back: true });
  // 表三 is not on screen; checked in the document below. Totals are text, not inputs.
  for (const [id, value] of release.t4) await expect(form.cell(id)).toHaveValue(value);
  for (const [id, value] of release.totals.filter(([id]) => id.startsWith('t4')))
    await expect(form.cell(id)).toHaveText(value);

  await user.goToStep(steps, STEPS.problems);
  await user.tabTo(withId('field-narrative.problems'));
  await user.typeLines(release.narrative.problems);
  await user.goToStep(steps, STEPS.other);
  await user.press(named('插入“未收取信息处理费”', 'button'));
  await expect(form.field('narrative.other')).toHaveValue(/信息处理费/);
  await user.tabTo(withId('field-narrative.other'), { back: true });
  await kb.press('Control+End');
  await kb.press('Enter');
  await kb.insertText('本县无其他需要报告的事项。');

  await expect(form.count('error')).toHaveText('0');
  await expect(form.count('incomplete')).toHaveText('0');

  await user.goToStep(steps, STEPS.review);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    user.press(named('导出 Word', 'button')),
  ]);
  expect(download.suggestedFilename()).toBe(RELEASE_FILE);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 Word' })).toBeFocused();
  const xml = docxParts(await downloadBytes(download))['word/document.xml'] ?? '';
  // The document's text (sub-headings are runs of their own: drop the tags between runs).
  const text = xml.replace(/<[^>]+>/g, '');
  for (const part of [
    release.agencyName,
    '信息处理费',
    '本县无其他需要报告的事项。',
    release.contact.email,
    ...release.narrative.problems,
  ]) {
    expect(text.includes(part), `the document contains “${part}”`).toBe(true);
  }
  // 表三 as typed, zero-filled and totalled.
  const [, table3] = readTables(parseXml(xml));
  if (!table3) throw new Error('the document has no 表三');
  const t3 = foldMerges(table3);
  const row = (label: string) => t3.find((r) => r[0]?.text === label)?.map((c) => c.text);
  expect(row('一、本年新收政府信息公开申请数量')).toEqual([
    '一、本年新收政府信息公开申请数量',
    ...['20', '3', '0', '0', '1', '0', '24'],
  ]);
  expect(row('四、结转下年度继续办理')?.slice(1)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  expect(await user.pointerPresses(), 'pointer presses on the page').toBe(0);
  expect([...user.unringed], 'focus stops without a visible focus indicator').toEqual([]);
});

test('closing a dialog gives the focus back to the control that opened it', async ({ page }) => {
  const user = new KeyboardUser(page);
  const form = new EditorPage(page);
  // The import dialog (loaded on demand) takes the focus and gives it back on Escape.
  await page.goto('./');
  await user.press(named('导入年报（Word、PDF 或网页）', 'button'));
  const importDialog = page.getByRole('dialog', { name: '导入年报（Word、PDF、网页或粘贴文字）' });
  await expect(importDialog.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(importDialog).toBeHidden();
  await expect(page.getByRole('button', { name: '导入年报（Word、PDF 或网页）' })).toBeFocused();

  await form.open();
  await form.field('meta.year').fill('2020');
  // The standard preface's XX (website) would be one more 占位符 warning to tell apart below.
  await form.field('meta.preface').fill(release.preface);

  // 导出 Word on an unfinished report asks first; Escape or 返回修改 go back to the button.
  await form.goToStep(STEPS.review);
  await user.press(named('导出 Word', 'button'));
  const confirm = page.getByRole('dialog', { name: '年报还有问题，确定导出吗？' });
  await expect(confirm.getByRole('button', { name: '返回修改' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  const exportButton = page.getByRole('button', { name: '导出 Word' });
  await expect(exportButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm.getByRole('button', { name: '返回修改' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(exportButton).toBeFocused();
  // 仍然导出: the file is made and the focus is still on 导出 Word (not on <body>).
  await page.keyboard.press('Enter');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    user.press(named('仍然导出', 'button')),
  ]);
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toHaveText(
    `已导出：${download.suggestedFilename()}`,
  );
  await expect(confirm).toBeHidden();
  await expect(exportButton).toBeFocused();

  // 忽略… a warning, then change one's mind: back on 忽略….
  await form.goToStep(STEPS.t2);
  await form.cell('t2.punishment.prevYearItems').fill('21');
  await form.cell('t2.punishment.change').fill('-21');
  await form.cell('t2.punishment.decisions').fill('1');
  // Two more warnings, for the 确认忽略 part below.
  await form.cell('t2.licensing.prevYearItems').fill('5');
  await form.cell('t2.licensing.change').fill('-5');
  await form.cell('t2.licensing.decisions').fill('2');
  await form.goToStep(STEPS.problems);
  await form.field('narrative.problems').fill('XX');
  await user.tabTo(named('忽略…', 'button'));
  const opener = await user.focused();
  await page.keyboard.press('Enter');
  const dismiss = page.getByRole('dialog', { name: '忽略这条提醒' });
  await expect(dismiss.getByLabel(/理由/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dismiss).toBeHidden();
  expect(await user.focused()).toEqual(opener);

  // 确认忽略 removes the issue and its 忽略… button: the focus goes to the next issue's button,
  // the previous one's after the last, and the 已忽略 heading when none is left.
  const dismissible = form.issues
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: '忽略…' }) });
  const messages = () => dismissible.locator('.issue-message').allTextContents();
  const focusedIn = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const message = el?.closest('li')?.querySelector('.issue-message')?.textContent;
      return el?.textContent === '忽略…' ? message : `not 忽略…: ${el?.tagName ?? ''}`;
    });
  let open = await messages();
  expect(open.length, 'issues that can be dismissed').toBeGreaterThanOrEqual(3);
  // The second (a next one follows), then always the last (a previous one is left), then none.
  for (const at of [1, ...open.map(() => -1)]) {
    if (open.length === 0) break;
    const index = at < 0 ? open.length - 1 : at;
    await dismissible
      .filter({ hasText: open[index] ?? '' })
      .getByRole('button', { name: '忽略…' })
      .focus();
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('本年度情况特殊，已核实。');
    await user.press(named('确认忽略', 'button'));
    await expect(dismiss).toBeHidden();
    const next = open[index + 1] ?? open[index - 1];
    open = open.filter((_, i) => i !== index);
    await expect.poll(messages).toEqual(open);
    if (next !== undefined) expect(await focusedIn()).toBe(next);
  }
  await expect(page.getByRole('button', { name: /^已忽略（\d+）$/ })).toBeFocused();
});

test('the start page forms and a newly opened draft put the focus on a field', async ({ page }) => {
  const user = new KeyboardUser(page);
  const form = new EditorPage(page);
  await page.goto('./');
  const newReport = page.getByRole('button', { name: '新建年报' });
  const lastYear = page.getByRole('button', { name: '从去年的年报开始' });
  // 新建年报 opens its form on 机关名称; 取消 goes back to 新建年报.
  await user.press(named('新建年报', 'button'));
  await expect(page.getByLabel('机关名称（可稍后填写）')).toBeFocused();
  await user.press(named('取消', 'button'));
  await expect(newReport).toBeFocused();
  // With no draft yet, 从去年的年报开始 only explains; 关闭 goes back to its button.
  await user.press(named('从去年的年报开始', 'button'));
  await user.press(named('关闭', 'button'));
  await expect(lastYear).toBeFocused();

  // 创建并开始填写: the editor opens on 机关名称.
  await newReport.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('某县交通运输局');
  await user.press(named('创建并开始填写', 'button'));
  await expect(form.field('meta.agencyName')).toBeFocused();
  await expect(form.field('meta.agencyName')).toHaveValue('某县交通运输局');

  // 打开 an existing draft: the same.
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  await page.getByRole('button', { name: /^打开 某县交通运输局/ }).focus();
  await page.keyboard.press('Enter');
  await expect(form.field('meta.agencyName')).toBeFocused();

  // 从去年的年报开始 with that draft: its 取消 goes back to the button, 开始 opens on 机关名称.
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  await user.press(named('从去年的年报开始', 'button'));
  await user.press(named('取消', 'button'));
  await expect(lastYear).toBeFocused();
  await page.keyboard.press('Enter');
  await user.press(named(/^开始 \d+ 年度年报$/, 'button'));
  await expect(form.field('meta.agencyName')).toBeFocused();
  await expect(form.field('meta.agencyName')).toHaveValue('某县交通运输局');
});
