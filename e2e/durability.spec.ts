import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.config';
import { expect, test } from './fixtures';
import { newDraft, openDraft, saved } from './pages/drafts-home';

/**
 * Issue 11, SPEC §7: "已保存" means committed to disk. The browser is killed for real (SIGKILL of
 * its OS process, on a persistent profile) or its renderer crashed, and what was shown as saved
 * (or typed 150 ms before the crash) must be there after a restart.
 */
const T3 = '三、收到和处理政府信息公开申请情况';

/**
 * Debian's Chromium on a profile directory, started by hand (not by Playwright) so that this
 * test holds the browser's real process id; Playwright attaches over the DevTools protocol.
 */
async function startBrowser(profile: string): Promise<{ browser: Browser; process: ChildProcess }> {
  const child = spawn(
    chromiumLaunchOptions.executablePath,
    [
      ...chromiumLaunchOptions.args,
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--no-default-browser-check',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${text}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', () => reject(new Error(`Chromium exited:\n${text}`)));
  });
  child.stderr?.resume();
  return { browser: await chromium.connectOverCDP(endpoint), process: child };
}

/** SIGKILL of the browser's main process: no shutdown, no flush of anything held in memory. */
async function killBrowser(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('no browser process');
  process.kill(child.pid, 'SIGKILL');
  await exited;
  // Its helpers (renderers, storage service) die with it; sweep the group in case one lingers.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

test('已保存 survives killing the browser process (SIGKILL), in every trial', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-profile-'));
  const trials = ['17', '203', '4096'];
  try {
    for (const [i, value] of trials.entries()) {
      const { browser, process: child } = await startBrowser(profile);
      const context = browser.contexts()[0];
      if (!context) throw new Error('no default context');
      const page = await context.newPage();
      await page.goto(baseURL ?? '/');
      // What the earlier trials saved is still there.
      for (const earlier of trials.slice(0, i)) {
        await expect(
          page.getByRole('button', { name: `打开 某县财政局${earlier} 2024年年报`, exact: true }),
        ).toBeVisible();
      }
      const form = await newDraft(page, `某县财政局${value}`, '2024');
      await form.goToStep(T3);
      await form.cell('t3.newReceived.naturalPerson').focus();
      await page.keyboard.type(value);
      await saved(page);
      await killBrowser(child);

      const again = await startBrowser(profile);
      const reopenedPage = await (again.browser.contexts()[0] ?? context).newPage();
      await reopenedPage.goto(baseURL ?? '/');
      const reopened = await openDraft(reopenedPage, `某县财政局${value} 2024年年报`);
      await reopened.goToStep(T3);
      await expect(reopened.cell('t3.newReceived.naturalPerson')).toHaveValue(value);
      await killBrowser(again.process);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a renderer crash 150 ms after a key loses nothing', async ({ page, context }) => {
  await page.goto('./');
  const form = await newDraft(page, '某区统计局', '2024');
  await form.goToStep(T3);
  await saved(page);
  const cdp = await context.newCDPSession(page);
  await form.cell('t3.newReceived.naturalPerson').focus();
  await page.keyboard.type('42');
  await page.waitForTimeout(150);
  const crashed = page.waitForEvent('crash');
  // The renderer dies at once: the command never gets its answer.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const again = await context.newPage();
  await again.goto('./');
  const reopened = await openDraft(again, '某区统计局 2024年年报');
  await reopened.goToStep(T3);
  await expect(reopened.cell('t3.newReceived.naturalPerson')).toHaveValue('42');
});

test('another tab’s value arriving in the focused cell is replaced by the next key, not appended to', async ({
  page,
  context,
}) => {
  await page.goto('./');
  const a = await newDraft(page, '某市民政局', '2024');
  await a.goToStep(T3);
  await saved(page);
  const pageB = await context.newPage();
  await pageB.goto('./');
  const b = await openDraft(pageB, '某市民政局 2024年年报');
  await b.goToStep(T3);
  const cellB = b.cell('t3.granted.naturalPerson');
  await cellB.focus();

  await a.cell('t3.granted.naturalPerson').focus();
  await page.keyboard.type('203');
  await saved(page);
  await expect(cellB).toHaveValue('203');
  await expect(cellB).toBeFocused();
  await expect(pageB.getByText('已载入另一个标签页中保存的修改。')).toBeVisible();

  await pageB.keyboard.type('703');
  await expect(cellB).toHaveValue('703');
  await saved(pageB);
  await expect(a.cell('t3.granted.naturalPerson')).toHaveValue('703');
  await pageB.reload();
  const reopened = await openDraft(pageB, '某市民政局 2024年年报');
  await reopened.goToStep(T3);
  await expect(reopened.cell('t3.granted.naturalPerson')).toHaveValue('703');
});
