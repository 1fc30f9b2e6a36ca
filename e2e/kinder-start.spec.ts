import { expect, expectNoA11yViolations, test } from './fixtures';
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
  await expect(form.cell('t3.newReceived.total')).toHaveText('≥ 21');
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

test('成文日期 is typed the Chinese way or picked from the calendar; a wrong one is kept and flagged', async ({
  page,
}) => {
  const form = new EditorPage(page);
  await form.open();
  const date = form.field('meta.reportDate');
  const reading = page.getByTestId('report-date-text');
  await expect(date).toHaveAttribute('type', 'text');

  // Typed as a clerk writes it; shown in Chinese once the field is left.
  for (const typed of ['2027年1月15日', '2027-01-15', '2027.1.15', '2027/1/15', '20270115']) {
    await date.fill(typed);
    await expect(date).toHaveValue(typed);
    await expect(reading).toHaveText('2027年1月15日');
    await form.field('meta.agencyName').focus();
    await expect(date).toHaveValue('2027年1月15日');
  }

  // The calendar opens on the chosen month and is walked with the keyboard.
  const open = page.getByRole('button', { name: '从日历选择成文日期' });
  await open.focus();
  await page.keyboard.press('Enter');
  const calendar = page.getByRole('dialog', { name: '选择成文日期' });
  await expect(calendar.getByRole('grid')).toBeVisible();
  await expect(calendar.getByRole('button', { name: /2027年1月15日.*已选择/ })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/date-calendar.png` });
  await expectNoA11yViolations(page, { include: '.date-popup' });
  await page.keyboard.press('ArrowDown'); // a week later
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(calendar).toHaveCount(0);
  await expect(date).toBeFocused();
  await expect(date).toHaveValue('2027年1月23日');
  // Escape closes it without a change, the focus back on its button.
  await open.click();
  await expect(calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(date).toHaveValue('2027年1月23日');
  // A click on a day picks it.
  await open.click();
  await calendar.getByRole('button', { name: /2027年1月20日/ }).click();
  await expect(date).toHaveValue('2027年1月20日');

  // A date that does not exist is kept as typed, saved, and flagged by the checks.
  await date.fill('2027年2月30日');
  await form.field('meta.agencyName').focus();
  await expect(date).toHaveValue('2027年2月30日');
  await expect(reading).toHaveText('不是有效日期，已按原样保存');
  await expect(
    form.issues.getByRole('button', { name: /成文日期「2027年2月30日」不是有效日期/ }),
  ).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存 /);
  await page.screenshot({ path: `${SHOTS}/date-invalid.png` });
  await form.reloadAndReopen();
  await expect(form.field('meta.reportDate')).toHaveValue('2027年2月30日');
});

test('standard text: the preface starts filled in, the overview outline is offered, contacts print as one sentence', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: '新建年报' }).click();
  await page.getByLabel('机关名称（可稍后填写）').fill('某市统计局');
  await page.getByLabel('报告年度').fill('2025');
  await page.getByRole('button', { name: '创建并开始填写' }).click();
  const form = new EditorPage(page);
  await form.stepButton('基本信息').waitFor();
  const preface = form.field('meta.preface');
  await expect(preface).toHaveValue(
    /^本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。/,
  );
  // Editable; the standard text can be put back.
  await preface.fill('本报告由本局编制。');
  await page.getByRole('button', { name: '替换为标准前言' }).click();
  await expect(preface).toHaveValue(/国办公开办函〔2021〕30号/);
  // Untouched, it follows the year: 2020 → 〔2019〕60号 and that year's period.
  await form.field('meta.year').fill('2020');
  await expect(preface).toHaveValue(
    /（国办公开办函〔2019〕60号）.*自2020年1月1日起至2020年12月31日止/,
  );
  await form.field('meta.year').fill('2025');
  await page.getByLabel('通信地址').fill('某市人民路1号');
  await page.getByLabel('邮政编码').fill('314000');
  await page.getByLabel('联系电话').fill('0573-1234567');
  await page.screenshot({ path: `${SHOTS}/preface.png`, fullPage: true });

  await form.goToStep('一、总体情况');
  await page.getByRole('button', { name: '插入总体情况提纲' }).click();
  const overview = form.field('narrative.overview');
  await expect(overview).toHaveValue(
    /^（一）主动公开情况\n（请填写本部分内容）\n（二）依申请公开情况\n[\s\S]*（五）监督保障情况\n（请填写本部分内容）$/,
  );
  await expect(form.issues).toContainText('（请填写本部分内容）');
  await page.screenshot({ path: `${SHOTS}/outline.png` });

  await page.getByRole('button', { name: '预览全文' }).click();
  const doc = page.getByRole('article', { name: '文档预览' });
  await expect(doc).toContainText(
    '如对本报告有任何疑问，请与某市统计局联系（地址：某市人民路1号；邮编：314000；电话：0573-1234567）。',
  );
  await expect(doc.getByText(/^邮编：/)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/preview-contact.png` });
});

test('从去年的年报开始 from a PDF: last year’s text of each section is shown beside the editor, a paragraph copies in', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('./');
  await page.getByRole('button', { name: '从去年的年报开始' }).click();
  const form = page
    .getByRole('form', { name: '从去年的年报开始' })
    .or(page.locator('.drafts-form'));
  await expect(form.getByText('或从文件读取去年的年报')).toBeVisible();
  await form
    .getByLabel('或从文件读取去年的年报')
    .setInputFiles('templates/fixtures/real/022-huaian-2024.pdf');
  const editor = new EditorPage(page);
  await editor.stepButton('基本信息').waitFor({ timeout: 30_000 });
  await expect(page.getByText('已读取“022-huaian-2024.pdf”作为 2024 年度的年报。')).toBeVisible();
  await expect(editor.field('meta.year')).toHaveValue('2025');
  await expect(
    page.getByText(/“一、总体情况”“五、存在的主要问题及改进情况”.*应写本年度的情况，没有带入/),
  ).toBeVisible();

  for (const step of ['一、总体情况', '五、存在的主要问题及改进情况']) {
    await editor.goToStep(step);
    await expect(page.getByText(`2024年度的“${step}”（只读，供参考）`)).toBeVisible();
    await expect(page.getByText('本节没有从去年带入，应写本年度的情况').first()).toBeVisible();
  }
  await editor.goToStep('一、总体情况');
  const list = page.getByRole('list', { name: '2024年度的“一、总体情况”' });
  const first = (await list.locator('li p').first().textContent()) ?? '';
  expect(first.length).toBeGreaterThan(10);
  await page.screenshot({ path: `${SHOTS}/last-year-beside.png` });
  await list.getByRole('button', { name: '复制第 1 段到本年' }).click();
  await expect(editor.field('narrative.overview')).toHaveValue(first);
  // Collapsible.
  await page.getByText('2024年度的“一、总体情况”（只读，供参考）').click();
  await expect(list).toBeHidden();
});
