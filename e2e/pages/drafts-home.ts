import { expect, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

/** From the start page: 新建年报 with an agency and a year; the editor opens. */
export async function newDraft(page: Page, agency: string, year: string): Promise<EditorPage> {
  await page.getByRole('button', { name: '新建年报' }).click();
  await page.getByLabel('机关名称（可稍后填写）').fill(agency);
  await page.getByLabel('报告年度').fill(year);
  await page.getByRole('button', { name: '创建并开始填写' }).click();
  const form = new EditorPage(page);
  await form.stepButton('基本信息').waitFor();
  return form;
}

/** From the start page: 打开 the draft named `name`; the editor opens. */
export async function openDraft(page: Page, name: string): Promise<EditorPage> {
  await page.getByRole('button', { name: `打开 ${name}`, exact: true }).click();
  const form = new EditorPage(page);
  await form.stepButton('基本信息').waitFor();
  return form;
}

/** The save status says the draft is committed: `已保存 14:32:05`. */
export const saved = (page: Page) =>
  expect(page.getByTestId('save-status')).toHaveText(/^已保存 \d\d:\d\d:\d\d$/);
