import { readFile } from 'node:fs/promises';
import { all, docxParts, parseXml, textOf } from '../src/testing/docx-xml';
import { renderDocx } from '../src/testing/libreoffice';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { STEPS, downloadBytes, exportPanel, squash } from './pages/release-report';

/**
 * SPEC §9 / issue 7: hostile text in every kind of field goes through the form, the preview,
 * the JSON draft and the .docx literally, and LibreOffice still opens the .docx.
 */

const CONTROLS = '\u0001\u0007\u001b';
/** Markup, entities, quotes, control characters, emoji with modifiers, CJK extension B–G. */
const HOSTILE = `<script>alert(1)</script><b>粗</b> &amp; & < > "双引号" '单引号' ${CONTROLS} 👍🏻 🇨🇳 𠀀 𪚥 𰻝`;
/**
 * One line of 10,000 characters with markup. (Not astral characters: a line with a thousand
 * 𠀀 takes LibreOffice about a minute to lay out, font fallback per glyph.)
 */
const LONG = '<i>长</i>&行'.repeat(1500).slice(0, 10_000);
/** XML 1.0 cannot carry C0 controls: the export drops them (src/export/docx/text.ts). */
const withoutControls = (text: string): string =>
  text.replace(new RegExp(`[${CONTROLS}]`, 'g'), '');

const fields: Record<string, string> = {
  'meta.agencyName': HOSTILE,
  'meta.preface': `${HOSTILE}\n${LONG}`,
  'contact.address': `${HOSTILE}地址${LONG}`,
  // Each contact value differs from the preface: items the preface already states are not
  // printed twice (domain/report/document-text), and every field must show here.
  'contact.postcode': `${HOSTILE}邮编`,
  'contact.phone': `${HOSTILE}电话`,
  'contact.fax': `${HOSTILE}传真`,
  'contact.email': `${HOSTILE}邮箱`,
};
const narrative: Record<string, [step: string, text: string]> = {
  overview: [STEPS.overview, `${HOSTILE}\n${LONG}\n（一）主动公开。${HOSTILE}`],
  proactive: [STEPS.t2, HOSTILE],
  applications: [STEPS.t3, HOSTILE],
  reviewLitigation: [STEPS.t4, HOSTILE],
  problems: [STEPS.problems, `${HOSTILE}\n${HOSTILE}`],
  other: [STEPS.other, HOSTILE],
};

test('hostile text stays literal in the form, preview, JSON draft and Word', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const form = new EditorPage(page);
  await form.open();
  await form.field('meta.year').fill('2025');

  // The agency name is typed key by key; the rest is entered as a paste would.
  await form.field('meta.agencyName').focus();
  await page.keyboard.type(HOSTILE);
  for (const [path, value] of Object.entries(fields)) {
    if (path !== 'meta.agencyName') await form.field(path).fill(value);
    await expect(form.field(path)).toHaveValue(value);
  }
  for (const [section, [step, text]] of Object.entries(narrative)) {
    await form.goToStep(step);
    await form.field(`narrative.${section}`).fill(text);
    await expect(form.field(`narrative.${section}`)).toHaveValue(text);
  }
  // A number cell keeps what was typed, marked invalid with a message, for correcting.
  await form.goToStep(STEPS.t3);
  const cell = form.cell('t3.newReceived.naturalPerson');
  await cell.fill(HOSTILE);
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('不是有效的件数（应为不小于 0 的整数）');
  await expect(cell).toHaveValue(HOSTILE);
  // Still there after moving around the form.
  await form.goToStep(STEPS.meta);
  for (const [path, value] of Object.entries(fields)) {
    await expect(form.field(path)).toHaveValue(value);
  }

  // Preview: text, not markup.
  await page.getByRole('button', { name: '预览全文' }).click();
  const preview = page.getByRole('article', { name: '文档预览' });
  await expect(preview.getByRole('heading', { level: 1 })).toContainText(
    '<script>alert(1)</script>',
  );
  await expect(preview.locator('script, b, i')).toHaveCount(0);
  // The text of the pages read on, without the page numbers between them.
  const shown = withoutControls((await preview.locator('.doc-body').allTextContents()).join(''));
  expect(shown.includes(withoutControls(LONG)), 'preview shows the long line').toBe(true);
  // Title, preface, five contact fields, eight narrative paragraphs, signature.
  expect(shown.split(withoutControls(HOSTILE)).length - 1).toBeGreaterThanOrEqual(16);
  await page.getByRole('button', { name: '返回填写' }).click();

  // Word: through the confirmation (the report is far from finished).
  await form.goToStep(STEPS.review);
  await exportPanel(page).getByRole('button', { name: '导出 Word' }).click();
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: '仍然导出' }).click(),
  ]);
  // A file name every system accepts: no markup characters, quotes or controls.
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  expect(docx.suggestedFilename()).not.toMatch(/[<>:"/\\|?*]/);
  expect(docx.suggestedFilename()).not.toMatch(new RegExp(`[${CONTROLS}]`));
  const bytes = await downloadBytes(docx);
  const parts = docxParts(bytes);
  const doc = parseXml(parts['word/document.xml'] ?? ''); // throws on malformed XML
  const paragraphs = all(doc, 'w:p').map(textOf);
  const body = paragraphs.join('\n');
  expect(body).not.toMatch(new RegExp(`[${CONTROLS}]`));
  for (const value of [HOSTILE, LONG]) {
    expect(body.includes(withoutControls(value)), `docx has ${value.slice(0, 30)}…`).toBe(true);
  }
  // Each narrative paragraph is one paragraph of the document, literally.
  expect(paragraphs.filter((p) => p === withoutControls(HOSTILE)).length).toBeGreaterThanOrEqual(6);
  expect(paragraphs).toContain(withoutControls(LONG));

  const pdf = await renderDocx(bytes, 'release-hostile');
  try {
    const text = squash(pdf.text);
    // Markup, entities, quotes, emoji and CJK extension B–G, all as they were typed.
    expect(text).toContain(squash(withoutControls(HOSTILE)));
    expect(text).toContain(squash('<i>长</i>&行').repeat(3));
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
  } finally {
    await pdf.dispose();
  }

  // JSON draft: every string exactly as entered, control characters included.
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^导出 JSON / }).click(),
  ]);
  const file = JSON.parse(await readFile(await json.path(), 'utf8'));
  const report = file.draft.report;
  expect(report.meta.agencyName).toBe(HOSTILE);
  expect(report.meta.preface).toBe(fields['meta.preface']);
  for (const key of ['address', 'postcode', 'phone', 'fax', 'email']) {
    expect(report.meta.contact[key], key).toBe(fields[`contact.${key}`]);
  }
  for (const [section, [, text]] of Object.entries(narrative)) {
    expect(report.narrative[section], section).toBe(text);
  }
  // The invalid cell input is stored as typed (SPEC §7), and reported by the checks.
  expect(report.cells['t3.newReceived.naturalPerson']).toBe(HOSTILE);
  expect(dialogs, 'no alert() ran').toEqual([]);
});
