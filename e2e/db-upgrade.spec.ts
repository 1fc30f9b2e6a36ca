import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { newDraft, openDraft, saved } from './pages/drafts-home';

/**
 * Issue 11, SPEC §7: IndexedDB refuses in its own ways during an upgrade of the drafts database,
 * and each is told. In real Chromium, three pages of one browser profile:
 *
 * - tab A, this release, with a draft open and typed into;
 * - an older page that holds the database open and never lets go (a release before the
 *   `versionchange` handling, played by a bare connection without a handler);
 * - tab N, the next release (the app opening the database one version higher, set by
 *   window.__NIANBAO_DB_VERSION__ before it starts).
 *
 * When N opens, A is told at once that a newer version took over its database, keeps what was
 * typed on the screen and offers it as a JSON file (its saves now fail, said as such); N is told
 * that an older tab blocks the upgrade until that tab closes, then goes on and lists the draft
 * with what A had saved.
 */

const T3 = '三、收到和处理政府信息公开申请情况';
const BLOCKED =
  '另一个标签页中还开着旧版本的年报助手，本机草稿库要等它关闭后才能升级；请关闭或刷新其他年报助手标签页。';
const TAKEN_OVER =
  '年报助手已在另一个标签页中更新，本页的草稿库连接已让出；请先下载草稿文件备份，再刷新本页。';

declare global {
  interface Window {
    __NIANBAO_DB_VERSION__?: number;
    __heldDb?: IDBDatabase;
  }
}

test('an upgrade of the drafts database: the old tab is told and loses nothing, the new one waits for a blocking tab and is told', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(60_000);
  // Tab A (this release): a draft with a saved value.
  await page.goto('./');
  const a = await newDraft(page, '某县审计局', '2024');
  await a.goToStep(T3);
  await a.cell('t3.newReceived.naturalPerson').focus();
  await page.keyboard.type('17');
  await saved(page);

  // An older release that holds the database and ignores `versionchange`: a bare connection
  // (this page's own app lets go like tab A; the bare one does not).
  const old = await context.newPage();
  await old.goto('./');
  await old.getByRole('button', { name: '新建年报' }).waitFor();
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('nianbao-drafts');
        request.onsuccess = () => {
          window.__heldDb = request.result;
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );

  // Tab N, the next release.
  const next = await context.newPage();
  await next.addInitScript(() => {
    window.__NIANBAO_DB_VERSION__ = 2;
  });
  await next.goto('./');

  // A lets go at once and says so; what it typed stays on screen.
  await expect(page.getByRole('alert').filter({ hasText: TAKEN_OVER })).toBeVisible();
  // N waits for the older page, and says why.
  await expect(next.getByRole('alert').filter({ hasText: BLOCKED })).toBeVisible();
  await expect(next.getByRole('button', { name: /^打开 / })).toHaveCount(0);

  // A keeps working in memory: a later key is not saved, the clerk is told, and the JSON
  // download carries everything typed.
  await a.cell('t3.newReceived.naturalPerson').press('End');
  await page.keyboard.type('9');
  await expect(a.cell('t3.newReceived.naturalPerson')).toHaveValue('179');
  await expect(page.getByTestId('save-status')).toHaveText(`保存失败：${TAKEN_OVER.slice(0, -1)}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('alert')
      .filter({ hasText: TAKEN_OVER })
      .getByRole('button', { name: '下载草稿文件（JSON）' })
      .click(),
  ]);
  const file = testInfo.outputPath('draft.json');
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8')) as {
    draft: { report: { cells: Record<string, string> } };
  };
  expect(backup.draft.report.cells['t3.newReceived.naturalPerson']).toBe('179');

  // The older page closes its connection: N's upgrade goes on, the banner goes, the draft is
  // there with what A had saved.
  await old.evaluate(() => window.__heldDb?.close());
  await expect(next.getByRole('alert').filter({ hasText: BLOCKED })).toHaveCount(0);
  const reopened = await openDraft(next, '某县审计局 2024年年报');
  await reopened.goToStep(T3);
  await expect(reopened.cell('t3.newReceived.naturalPerson')).toHaveValue('17');
  await reopened.cell('t3.newReceived.commercial').focus();
  await next.keyboard.type('3');
  await saved(next);
  const version = await next.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('nianbao-drafts');
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
      }),
  );
  expect(version).toBe(2);
});
