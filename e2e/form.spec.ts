import { expect, expectNoA11yViolations, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { seed000 } from './pages/seed-000';

test('fill seed 000 entirely by keyboard: totals, standard sentence and the date error', async ({
  page,
}) => {
  const form = new EditorPage(page);
  await form.open();
  const kb = page.keyboard;

  await form.field('meta.agencyName').focus();
  await kb.type(seed000.agencyName);
  await form.field('meta.year').focus();
  await kb.press('Control+A');
  await kb.type(seed000.year);
  // The format follows the year: 2020 → 〔2019〕60号.
  await expect(page.getByRole('radio', { name: /〔2019〕60号/ })).toBeChecked();
  await form.field('meta.reportDate').fill(seed000.reportDate);
  await expect(page.getByTestId('report-date-text')).toHaveText('2020年1月5日');
  await form.field('meta.preface').focus();
  await kb.type(seed000.preface);
  await page.getByLabel('通信地址').focus();
  await kb.type(seed000.contact.address);
  await kb.press('Tab');
  await kb.type(seed000.contact.postcode);
  await kb.press('Tab');
  await kb.type(seed000.contact.phone);
  await kb.press('Tab');
  await kb.type(seed000.contact.fax);

  await form.goToStep('二、主动公开政府信息情况');
  await form.cell('t2.regulations.newlyMade').focus();
  await form.typeRowsWithTab(seed000.table2);
  await expect(form.cell('t2.centralProcurement.amount')).toHaveValue('3190923');

  await form.goToStep('三、收到和处理政府信息公开申请情况');
  await form.cell('t3.newReceived.naturalPerson').focus();
  await form.typeRowsWithTab(seed000.table3);
  // Blank columns: the 总计 shows a partial, not a number that looks final.
  await expect(form.cell('t3.newReceived.total')).toHaveText('≥ 21');
  // 四、结转下年度 is still blank: the （七）总计 is final, the balance is not yet known.
  await expect(form.cell('t3.resultsTotal.naturalPerson')).toHaveText('≥ 21');
  await expect(form.cell('t3.resultsTotal.commercial')).toHaveText('');
  await expect(page.getByTestId('balance-summary')).toHaveText('待填写');
  await page.getByRole('button', { name: '本表空白填0' }).focus();
  await kb.press('Enter');
  await expect(form.cell('t3.newReceived.total')).toHaveText('21');
  // To assistive technology a total is a read-only textbox named by its row and column.
  const total = page.getByRole('textbox', {
    name: '一、本年新收政府信息公开申请数量 总计',
    exact: true,
  });
  await expect(total).toHaveAttribute('aria-readonly', 'true');
  await expect(total).toHaveText('21');
  await expect(form.cell('t3.resultsTotal.total')).toHaveText('21');
  await expect(form.cell('t3.resultsTotal.naturalPerson')).toHaveText('21');
  await expect(form.cell('t3.carriedOver.total')).toHaveText('0');
  await expect(page.getByTestId('balance-summary')).toHaveText('✓ 平衡');

  await form.goToStep('四、政府信息公开行政复议、行政诉讼情况');
  await form.cell('t4.review.upheld').focus();
  await form.typeRowsWithTab(seed000.table4);
  await expect(form.cell('t4.review.total')).toHaveText('0');
  await expect(form.cell('t4.litAfterReview.total')).toHaveText('0');

  await form.goToStep('一、总体情况');
  await form.field('narrative.overview').focus();
  for (const line of seed000.overview) {
    await kb.insertText(line);
    await kb.press('Enter');
    if (line === '（二）依申请公开情况') {
      await page.getByRole('button', { name: '插入依申请公开统计句' }).focus();
      await kb.press('Enter');
      await form.field('narrative.overview').focus();
      await kb.press('Control+End');
    }
  }
  await expect(form.field('narrative.overview')).toContainText(
    '本年度共收到政府信息公开申请21件，上年结转0件；办结21件，其中予以公开3件，部分公开16件',
  );
  await expect(page.getByText('☑ 政府信息公开平台建设')).toBeVisible();

  await form.goToStep('五、存在的主要问题及改进情况');
  await form.field('narrative.problems').focus();
  await kb.insertText(seed000.problems.join('\n'));
  await form.goToStep('六、其他需要报告的事项');
  await form.field('narrative.other').focus();
  await kb.insertText(seed000.other);

  // Dated 2020-01-05 for the year 2020: an error, shown in the panel and on the 基本信息 step.
  const dateIssue = form.issues.getByRole('button', { name: /成文日期.*不晚于 2020年12月31日/ });
  await expect(dateIssue).toBeVisible();
  await expect(form.stepButton('基本信息')).toContainText('有错误');
  await expect(form.stepButton('三、收到和处理政府信息公开申请情况')).toContainText('已完成');
  await dateIssue.click();
  await expect(form.field('meta.reportDate')).toBeFocused();

  // The preview prints the whole document with its totals, and the date without leading zeros.
  await page.getByRole('button', { name: '预览全文' }).click();
  const preview = page.getByRole('article', { name: '文档预览' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    '嘉兴市人民防空办公室2020年政府信息公开工作年度报告',
  );
  await expect(preview).toContainText('2020年1月5日');
  await expect(preview).toContainText('3190923元');
  await expect(preview).not.toContainText(/undefined|NaN|null/);
});

test('an unbalanced 表三 shows in the corner, per column, and its issue leads to the cell', async ({
  page,
}) => {
  const form = new EditorPage(page);
  await form.open();
  await form.goToStep('三、收到和处理政府信息公开申请情况');
  await page.getByRole('button', { name: '本表空白填0' }).click();
  await expect(page.getByTestId('balance-summary')).toHaveText('✓ 平衡');
  await page
    .getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 自然人', exact: true })
    .fill('5');
  await expect(page.getByTestId('balance-summary')).toHaveText('✗ 不平衡 2 列');
  await expect(page.locator('.balance-row td').first()).toContainText('✗ 差 5');
  await expect(form.count('error')).toHaveText('2');

  await form.goToStep('基本信息');
  await form.issues.getByRole('button', { name: /自然人列：.*相差 5/ }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: '三、收到和处理政府信息公开申请情况' }),
  ).toBeVisible();
  const first = form.cell('t3.newReceived.naturalPerson');
  await expect(first).toBeFocused();
  await expect(first.locator('xpath=ancestor::td[1]')).toHaveClass(/mark-error/);
  await expect(first).toHaveAttribute('title', /相差 5/);
  // A screen reader hears the issue with the cell: its description, from a hidden element.
  await expect(first).toHaveAccessibleDescription(/自然人列：.*相差 5/);
  // …and a sighted keyboard user sees it under the focused cell, gone when the focus moves on.
  const tip = first.locator('xpath=ancestor::td[1]').locator('.cell-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('相差 5');
  await page.keyboard.press('ArrowRight');
  await expect(tip).toBeHidden();
  // The 总计 column's issue leads to a computed cell: it shows its issue the same way.
  await form.issues.getByRole('button', { name: /总计列：.*相差 5/ }).click();
  const total = form.cell('t3.newReceived.total');
  await expect(total).toBeFocused();
  await expect(total.locator('xpath=ancestor::td[1]').locator('.cell-tip')).toContainText('相差 5');
});

test('a postcode typed a digit short is warned, and its issue leads back to the field', async ({
  page,
}) => {
  const form = new EditorPage(page);
  await form.open();
  await page.getByLabel('邮政编码').fill('67800');
  // Said under the field as the clerk types, as the preface's marks are.
  await expect(page.locator('[id="field-contact.postcode-mark"]')).toContainText('少了 1 位');
  await form.goToStep('二、主动公开政府信息情况');
  await form.issues.getByRole('button', { name: /邮政编码“67800”.*少了 1 位/ }).click();
  await expect(page.getByLabel('邮政编码')).toBeFocused();
  await page.getByLabel('邮政编码').fill('678000');
  await expect(form.issues.getByRole('button', { name: /邮政编码“67800”/ })).toHaveCount(0);
});

test('paste a 3×7 block from Excel, then undo it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const form = new EditorPage(page);
  await form.open();
  await form.goToStep('三、收到和处理政府信息公开申请情况');
  await form.cell('t3.granted.naturalPerson').focus();
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      '3\t1\t0\t0\t0\t0\t4\r\n16\t0\t2\t0\t0\t0\t18\r\n0\t0\t0\t0\t0\tx\t0\r\n',
    ),
  );
  await page.keyboard.press('Control+V');
  await expect(form.cell('t3.granted.naturalPerson')).toHaveValue('3');
  await expect(form.cell('t3.granted.commercial')).toHaveValue('1');
  await expect(form.cell('t3.partial.research')).toHaveValue('2');
  await expect(form.cell('t3.stateSecret.legalService')).toHaveValue('0');
  // Not a number: kept as pasted, and reported (never dropped, never an older value).
  await expect(form.cell('t3.stateSecret.otherOrg')).toHaveValue('x');
  await expect(form.cell('t3.stateSecret.otherOrg')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.cell('t3.granted.total')).toHaveText('4');
  await expect(form.cell('t3.partial.total')).toHaveText('18');
  const status = page.getByRole('status').filter({ hasText: '已粘贴' });
  await expect(status).toContainText(
    '已粘贴 18 个单元格；其中 1 个不是有效数值，已原样填入，请改正；3 个未能粘贴',
  );
  await expect(status).toContainText('（一）予以公开 总计为自动计算，不粘贴');
  await expect(status).toContainText(
    '（三）不予公开 1.属于国家秘密 法人或其他组织 其他：“x”不是有效的件数（应为不小于 0 的整数）',
  );

  // One undo step takes the whole paste back, with the focus still in a cell.
  await expect(form.cell('t3.granted.naturalPerson')).toBeFocused();
  await page.keyboard.press('Control+Z');
  await expect(form.cell('t3.granted.naturalPerson')).toHaveValue('');
  await expect(form.cell('t3.partial.research')).toHaveValue('');
  await expect(form.cell('t3.granted.total')).toHaveText('');
  await page.keyboard.press('Control+Shift+Z');
  await expect(form.cell('t3.partial.total')).toHaveText('18');
});

test('a cell keeps bad input with a message, normalises full-width digits, and undoes', async ({
  page,
}) => {
  // A fake clock (running until paused, below): the keys of one visit to a cell are merged into
  // one undo step when each comes within a second of the one before (COALESCE_MS). The checks
  // between them below are not the clerk's pauses; on a loaded machine they took longer than
  // that, and the visit became several steps (2 runs of 7 failed at the Ctrl+Z).
  await page.clock.install();
  const form = new EditorPage(page);
  await form.open();
  await form.goToStep('四、政府信息公开行政复议、行政诉讼情况');
  const upheld = page.getByRole('textbox', { name: '行政复议 结果维持', exact: true });
  await upheld.focus();
  await page.keyboard.type('２件');
  await expect(form.cell('t4.review.total')).toHaveText('≥ 2');
  await page.keyboard.press('Tab');
  await expect(upheld).toHaveValue('2');
  // The second visit happens at one instant of the page's clock, however long the checks take.
  await page.clock.pauseAt(Date.now() + 60_000);
  await upheld.focus();
  await page.keyboard.type('-1');
  await expect(upheld).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText('“-1”不是有效的件数（应为不小于 0 的整数）');
  // The total depends on a text that is not a value: no number, not even the older 2.
  await expect(form.cell('t4.review.total')).toHaveText('');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.5');
  await expect(page.getByRole('alert')).toHaveText('“1.5”不是有效的件数（应为不小于 0 的整数）');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7');
  await expect(upheld).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.cell('t4.review.total')).toHaveText('≥ 7');
  await page.keyboard.press('Control+Z');
  await expect(upheld).toHaveValue('2');
  await expect(form.cell('t4.review.total')).toHaveText('≥ 2');
});

test('dismiss a warning with a reason, see it listed, restore it', async ({ page }) => {
  const form = new EditorPage(page);
  await form.open();
  await form.field('meta.year').fill('2020');
  await form.goToStep('二、主动公开政府信息情况');
  // Seed 000's 行政处罚: 21 − 21 = 0 items but 1 decision → a warning.
  await form.cell('t2.punishment.prevYearItems').fill('21');
  await form.cell('t2.punishment.change').fill('-21');
  await form.cell('t2.punishment.decisions').fill('1');
  const item = form.issues.locator('li.issue-warning', { hasText: '行政处罚' }).first();
  await expect(item).toBeVisible();
  const warnings = Number(await form.count('warning').textContent());
  await item.getByRole('button', { name: '忽略…' }).click();
  const dialog = page.getByRole('dialog', { name: '忽略这条提醒' });
  await dialog.getByRole('button', { name: '确认忽略' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请填写忽略的理由。');
  await dialog.getByLabel(/理由/).fill('上年项目已全部取消，决定为年初遗留案件');
  await dialog.getByRole('button', { name: '确认忽略' }).click();
  await expect(dialog).toBeHidden();
  await expect(form.count('warning')).toHaveText(String(warnings - 1));
  const dismissed = form.issues.getByRole('region', { name: /已忽略/ });
  await expect(dismissed).toContainText('理由：上年项目已全部取消，决定为年初遗留案件');
  await dismissed.getByRole('button', { name: '恢复' }).click();
  await expect(form.count('warning')).toHaveText(String(warnings));
  // Errors offer no dismissal.
  await expect(
    form.issues.locator('li.issue-error').getByRole('button', { name: '忽略…' }),
  ).toHaveCount(0);
});

test('every step and the preview pass an axe scan', async ({ page }) => {
  const form = new EditorPage(page);
  await form.open();
  await form.field('meta.agencyName').fill('某某市某某局');
  const titles = await page
    .getByRole('navigation', { name: '填写步骤' })
    .locator('.step-title')
    .allTextContents();
  expect(titles).toHaveLength(8);
  for (const title of titles) {
    await form.goToStep(title);
    await expectNoA11yViolations(page);
  }
  await form.goToStep('三、收到和处理政府信息公开申请情况');
  await form.cell('t3.newReceived.naturalPerson').fill('x');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '预览全文' }).click();
  await expectNoA11yViolations(page);
});

test('the format follows the year; choosing the other one raises the format check', async ({
  page,
}) => {
  const form = new EditorPage(page);
  await form.open();
  const old = page.getByRole('radio', { name: /〔2019〕60号/ });
  const current = page.getByRole('radio', { name: /〔2021〕30号/ });
  await form.field('meta.year').fill('2020');
  await expect(old).toBeChecked();
  await form.field('meta.year').fill('2022');
  await expect(current).toBeChecked();
  await form.field('meta.year').fill('2020');
  await current.check();
  const formatIssue = form.issues.getByRole('button', {
    name: /2020年度的报告应使用国办公开办函〔2019〕60号格式/,
  });
  await expect(formatIssue).toBeVisible();
  // 表三 of the 2021 format: （六） has three rows.
  await form.goToStep('三、收到和处理政府信息公开申请情况');
  await expect(form.cell('t3.feeUnpaid.naturalPerson')).toBeVisible();
  await formatIssue.click();
  await expect(form.field('meta.format')).toBeFocused();
  await page.keyboard.press('Control+Z');
  await expect(old).toBeChecked();
});

test('text goes into the form and the preview as literal text', async ({ page }) => {
  const form = new EditorPage(page);
  await form.open();
  const nasty = '<script>alert(1)</script> & <b>粗</b> "引号"';
  await form.field('meta.agencyName').fill(nasty);
  await form.field('meta.preface').fill(`${nasty}\n第二段`);
  await page.getByRole('button', { name: '预览全文' }).click();
  const preview = page.getByRole('article', { name: '文档预览' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    `${nasty}${new Date().getFullYear() - 1}年政府信息公开工作年度报告`,
  );
  await expect(preview.locator('p').first()).toHaveText(nasty);
  await expect(preview.locator('script, b')).toHaveCount(0);
  await expect(preview).not.toContainText(/undefined|NaN|null/);
});
