import type { Locator, Page } from '@playwright/test';

/** What has the focus: tag, id and the name a screen reader would roughly announce. */
export interface Focused {
  readonly tag: string;
  readonly id: string;
  readonly name: string;
  /** Inside the step list (navigation 填写步骤). */
  readonly inSteps: boolean;
  /** Shows a focus indicator (outline or box shadow); date fields draw their own. */
  readonly ringed: boolean;
}

export type FocusMatch = (focused: Focused) => boolean;

/** Matches a focused control by its name (exact string or pattern) and optionally its tag. */
export const named =
  (name: string | RegExp, tag?: string): FocusMatch =>
  (f) =>
    (tag === undefined || f.tag === tag) &&
    (typeof name === 'string' ? f.name === name : name.test(f.name));

export const withId =
  (id: string): FocusMatch =>
  (f) =>
    f.id === id;

/**
 * A clerk without a mouse: moves the focus with Tab / Shift+Tab only and fails with the whole
 * path walked when a control cannot be reached (a real keyboard trap or missing stop).
 */
export class KeyboardUser {
  /** Focus stops seen without a visible focus indicator. */
  readonly unringed = new Set<string>();

  constructor(readonly page: Page) {}

  async focused(): Promise<Focused> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) {
        return { tag: 'body', id: '', name: '', inSteps: false, ringed: false };
      }
      const input = el as HTMLInputElement;
      const labelled = el.getAttribute('aria-labelledby');
      const name =
        el.getAttribute('aria-label') ??
        (labelled ? document.getElementById(labelled)?.textContent : null) ??
        (input.labels && input.labels.length > 0 ? input.labels[0]?.textContent : null) ??
        el.textContent ??
        '';
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        name: name.replace(/\s+/g, ' ').trim(),
        inSteps: el.closest('nav[aria-label="填写步骤"]') !== null,
        ringed: ((style) =>
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none' ||
          input.type === 'date')(getComputedStyle(el)),
      };
    });
  }

  /** Presses Tab (or Shift+Tab) until the focus matches; at most `max` presses. */
  async tabTo(match: FocusMatch, options: { back?: boolean; max?: number } = {}): Promise<number> {
    const key = options.back ? 'Shift+Tab' : 'Tab';
    const path: string[] = [];
    for (let presses = 1; presses <= (options.max ?? 80); presses += 1) {
      await this.page.keyboard.press(key);
      const f = await this.focused();
      const where = `${f.tag}${f.id ? `#${f.id}` : ''} “${f.name.slice(0, 40)}”`;
      // Tab past the last control (or Shift+Tab past the first) leaves the page for the browser's
      // own UI, which headless Chromium reports as <body>: the wrap-around, not a focus stop.
      if (!f.ringed && f.tag !== 'body') this.unringed.add(where);
      if (match(f)) return presses;
      path.push(where);
    }
    throw new Error(`${key} never reached the control; the focus went:\n  ${path.join('\n  ')}`);
  }

  /** Tabs to a button and presses Enter. */
  async press(match: FocusMatch, options: { back?: boolean; max?: number; key?: string } = {}) {
    await this.tabTo(match, options);
    await this.page.keyboard.press(options.key ?? 'Enter');
  }

  /**
   * Goes to a step as a keyboard user would: Shift+Tab back into the step list, then Tab or
   * Shift+Tab along it to the step (`steps`: every step title in order), Enter.
   */
  async goToStep(steps: readonly string[], title: string): Promise<void> {
    if (!(await this.focused()).inSteps) await this.tabTo((f) => f.inSteps, { back: true });
    const here = (await this.focused()).name;
    const from = steps.findIndex((s) => here.startsWith(s));
    const to = steps.indexOf(title);
    if (from < 0 || to < 0) throw new Error(`step “${title}” from “${here}”?`);
    for (let i = 0; i < Math.abs(to - from); i += 1) {
      await this.page.keyboard.press(to > from ? 'Tab' : 'Shift+Tab');
    }
    const at = (await this.focused()).name;
    if (!at.startsWith(title)) throw new Error(`expected step “${title}”, focus is on “${at}”`);
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  }

  /**
   * Types a date into the focused 成文日期 field as a clerk writes it (`2026年1月20日`), replacing
   * what it holds; the field shows the date in Chinese.
   */
  async typeDate(input: Locator, iso: string): Promise<void> {
    const [y = '', m = '', d = ''] = iso.split('-');
    const chinese = `${Number(y)}年${Number(m)}月${Number(d)}日`;
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.insertText(chinese);
    if ((await input.inputValue()) !== chinese) {
      throw new Error(
        `could not type the date ${iso}: the field shows ${await input.inputValue()}`,
      );
    }
  }

  /** Types a multi-line text: each line inserted as an IME would, Enter between lines. */
  async typeLines(lines: readonly string[]): Promise<void> {
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.insertText(line);
    }
  }

  /** Counts pointer presses on the page, to prove a test used the keyboard alone. */
  static async countPointer(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const w = window as unknown as { pointerPresses: number };
      w.pointerPresses = 0;
      const count = (e: Event): void => {
        if (e.isTrusted) w.pointerPresses += 1;
      };
      window.addEventListener('pointerdown', count, true);
      window.addEventListener('mousedown', count, true);
    });
  }

  async pointerPresses(): Promise<number> {
    return this.page.evaluate(
      () => (window as unknown as { pointerPresses: number }).pointerPresses,
    );
  }
}
