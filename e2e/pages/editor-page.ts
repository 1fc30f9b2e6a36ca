import type { Locator, Page } from '@playwright/test';

/** The guided form as a clerk sees it: steps, cells by their accessible names, issues panel. */
export class EditorPage {
  constructor(readonly page: Page) {}

  /** Opens the app and starts a new report from the start page (a fresh browser has no drafts). */
  async open(): Promise<void> {
    await this.page.goto('./');
    await this.page.getByRole('button', { name: '新建年报' }).click();
    await this.page.getByRole('button', { name: '创建并开始填写' }).click();
    await this.stepButton('基本信息').waitFor();
  }

  /** Reloads the app and opens the first draft of the start page again (what was saved). */
  async reloadAndReopen(): Promise<void> {
    await this.page.reload();
    await this.page
      .getByRole('button', { name: /^打开 / })
      .first()
      .click();
    await this.stepButton('基本信息').waitFor();
  }

  stepButton(title: string): Locator {
    return this.page
      .getByRole('navigation', { name: '填写步骤' })
      .getByRole('button', { name: title });
  }

  /** Goes to a step with the keyboard (focus its button in the step list, press Enter). */
  async goToStep(title: string): Promise<void> {
    await this.stepButton(title).focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  }

  /** An input or computed cell by its id (`t3.granted.naturalPerson`). */
  cell(id: string): Locator {
    return this.page.locator(`[id="cell-${id}"]`);
  }

  field(path: string): Locator {
    return this.page.locator(`[id="field-${path}"]`);
  }

  get issues(): Locator {
    return this.page.getByRole('complementary', { name: '检查结果' });
  }

  count(severity: 'error' | 'incomplete' | 'warning' | 'info'): Locator {
    return this.page.getByTestId(`count-${severity}`).locator('strong');
  }

  /** Types values row after row from the focused cell, pressing Tab after each (blank = skip). */
  async typeRowsWithTab(rows: readonly (readonly string[])[]): Promise<void> {
    for (const row of rows) {
      for (const value of row) {
        if (value !== '') await this.page.keyboard.type(value);
        await this.page.keyboard.press('Tab');
      }
    }
  }
}
