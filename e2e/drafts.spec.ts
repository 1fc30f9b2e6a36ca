import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { newDraft, openDraft, saved } from './pages/drafts-home';

const T3 = '三、收到和处理政府信息公开申请情况';

/** The records of one IndexedDB store of the app's drafts database, read in the page. */
function storedRecords(page: Page, store: 'drafts' | 'corrupt'): Promise<Record<string, string>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, string>[]>((resolve, reject) => {
        const open = indexedDB.open('nianbao-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Record<string, string>[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

test('the start page lists drafts and is accessible; rename, duplicate, delete with undo', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByText('还没有草稿')).toBeVisible();
  await expectNoA11yViolations(page);
  await newDraft(page, '某市生态环境局', '2024');
  await saved(page);
  await page.getByRole('button', { name: '返回草稿列表' }).click();

  const row = page.locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('某市生态环境局 2024年年报');
  await expect(row).toContainText('〔2021〕30号');
  await expect(row).toContainText(/未完成 \d+ 项/);
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: '重命名 某市生态环境局 2024年年报' }).click();
  await page.getByLabel('新名称：某市生态环境局 2024年年报').fill('2024年报（送审稿）');
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByRole('button', { name: '复制 2024年报（送审稿）' }).click();
  await expect(row).toHaveCount(2);
  await expect(page.getByText('已复制为“2024年报（送审稿）（副本）”')).toBeVisible();

  await page.getByRole('button', { name: '删除 2024年报（送审稿）', exact: true }).click();
  await expect(row).toHaveCount(1);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(row).toHaveCount(2);
  await expect(page.getByText('已恢复“2024年报（送审稿）”')).toBeVisible();
});

test('a value typed into a cell survives closing the page at once', async ({ page, context }) => {
  await page.clock.install();
  await page.goto('./');
  const form = await newDraft(page, '某县财政局', '2024');
  await form.goToStep(T3);
  await form.cell('t3.newReceived.naturalPerson').focus();
  // Stop the page's timers: the autosave timer cannot fire, only the close itself can save.
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.type('17');
  const stored = JSON.stringify(await storedRecords(page, 'drafts'));
  expect(stored).not.toContain('\\"t3.newReceived.naturalPerson\\":\\"17\\"');
  await page.close();

  const again = await context.newPage();
  await again.goto('./');
  const reopened = await openDraft(again, '某县财政局 2024年年报');
  await reopened.goToStep(T3);
  await expect(reopened.cell('t3.newReceived.naturalPerson')).toHaveValue('17');
});

test('a key whose save never got written comes back from the closed page’s rescue copy', async ({
  page,
  context,
}) => {
  // The save worker, as a closing page leaves it: it takes the save of this value and is ended
  // before it writes it (here: it never does). Every other save it writes as usual.
  await context.route(/save-worker[^/]*\.js$/, async (route) => {
    const body = await (await route.fetch()).text();
    const dropping = `const listen = self.addEventListener.bind(self);
self.addEventListener = (type, fn, options) => listen(type, type === 'message'
  ? (e) => { if (!String(e.data?.draft?.reportJson).includes('"4821"')) fn(e); }
  : fn, options);
`;
    await route.fulfill({ body: dropping + body, contentType: 'text/javascript' });
  });
  await page.goto('./');
  const form = await newDraft(page, '某县财政局', '2024');
  await saved(page);
  await form.goToStep(T3);
  await form.cell('t3.newReceived.naturalPerson').fill('4821');
  await expect(page.getByTestId('save-status')).toHaveText('正在保存…');
  const stored = JSON.stringify(await storedRecords(page, 'drafts'));
  expect(stored).not.toContain('4821');
  await page.close();

  await context.unroute(/save-worker[^/]*\.js$/);
  const again = await context.newPage();
  await again.goto('./');
  await expect(
    again.getByRole('status').filter({ hasText: '已恢复上次关闭页面时尚未保存完的修改' }),
  ).toContainText('“某县财政局 2024年年报”');
  await expect(again.locator('tbody tr')).toHaveCount(1);
  await again.screenshot({ path: 'test-results/rescue-notice.png' });
  const reopened = await openDraft(again, '某县财政局 2024年年报');
  await reopened.goToStep(T3);
  await expect(reopened.cell('t3.newReceived.naturalPerson')).toHaveValue('4821');
  expect(await again.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('reloading in the middle of typing narrative loses nothing', async ({ page }) => {
  await page.goto('./');
  const form = await newDraft(page, '某区司法局', '2024');
  await form.goToStep('一、总体情况');
  const text = '2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》';
  await form.field('narrative.overview').focus();
  await page.keyboard.type(text, { delay: 5 });
  await page.reload();

  const reopened = await openDraft(page, '某区司法局 2024年年报');
  await reopened.goToStep('一、总体情况');
  await expect(reopened.field('narrative.overview')).toHaveValue(text);
});

test('two tabs on one draft: changes flow to a clean tab, and a clash is never silent', async ({
  page,
  context,
}) => {
  // Fake clocks (running until paused) so the clash below does not depend on timing.
  await page.clock.install();
  await page.goto('./');
  const a = await newDraft(page, '某市交通运输局', '2024');
  await a.goToStep(T3);
  const pageB = await context.newPage();
  await pageB.clock.install();
  await pageB.goto('./');
  const b = await openDraft(pageB, '某市交通运输局 2024年年报');
  await b.goToStep(T3);

  // A types and saves; B has nothing unsaved and shows A's value at once.
  await a.cell('t3.granted.naturalPerson').fill('7');
  await saved(page);
  await expect(b.cell('t3.granted.naturalPerson')).toHaveValue('7');
  await expect(pageB.getByText('已载入另一个标签页中保存的修改。')).toBeVisible();

  // Both type before either saved (their autosave timers held), then both saves run. The
  // revision is compared inside the IndexedDB write transaction: exactly one goes through, and
  // the other tab is stopped and asks.
  const held = Date.now() + 60_000;
  await page.clock.pauseAt(held);
  await pageB.clock.pauseAt(held);
  await a.cell('t3.granted.commercial').fill('1');
  await b.cell('t3.granted.commercial').fill('2');
  await page.clock.runFor(1_000);
  await pageB.clock.runFor(1_000);
  await page.clock.resume();
  await pageB.clock.resume();
  const bannerOf = (p: Page) =>
    p.getByRole('alert').filter({ hasText: '此草稿已在另一个标签页中修改' });
  const storedValue = async (): Promise<string | undefined> => {
    const raw = (await storedRecords(page, 'drafts'))[0]?.['text'] ?? '';
    return /"t3\.granted\.commercial":"(\d)"/.exec(raw)?.[1];
  };
  await expect.poll(storedValue).toMatch(/^[12]$/);
  const winnerValue = (await storedValue()) ?? '';
  const [loser, winner, loserValue] = winnerValue === '1' ? [pageB, page, '2'] : [page, pageB, '1'];
  // The tab whose version is not stored asks; the other one's is stored and it says so.
  await expect(bannerOf(loser)).toBeVisible();
  await saved(winner);
  await expect(bannerOf(winner)).toBeHidden();
  await bannerOf(loser).getByRole('button', { name: '以本页为准保存为副本' }).click();
  await expect(bannerOf(loser)).toBeHidden();
  await saved(loser);

  // Both versions are kept: the original with the stored value, the copy with the other tab's.
  await loser.getByRole('button', { name: '返回草稿列表' }).click();
  await expect(loser.locator('tbody tr')).toHaveCount(2);
  const copy = await openDraft(loser, '某市交通运输局 2024年年报（本页副本）');
  await copy.goToStep(T3);
  await expect(copy.cell('t3.granted.commercial')).toHaveValue(loserValue);
  await loser.getByRole('button', { name: '返回草稿列表' }).click();
  const original = await openDraft(loser, '某市交通运输局 2024年年报');
  await original.goToStep(T3);
  await expect(original.cell('t3.granted.commercial')).toHaveValue(winnerValue);
});

test('drafts of the first releases move from localStorage into IndexedDB, corrupt ones kept aside and shown', async ({
  page,
}) => {
  await page.goto('./');
  const v1 = readFileSync('src/stored-draft/fixtures/draft-v1.json', 'utf8');
  const raw = '{"schemaVersion":1,"id":"abc","report":{"formatId":"2021","meta":';
  // 3 MB that localStorage held as a draft but had no room to keep aside beside itself.
  const huge = `{"schemaVersion":1,"id":"huge","report":"${'x'.repeat(3_000_000)}`;
  await page.evaluate(
    ([v1Text, broken, big]) => {
      localStorage.setItem('nianbao:draft:v1', v1Text);
      localStorage.setItem('nianbao:draft:abc', broken);
      localStorage.setItem(
        'nianbao:draft:newer',
        JSON.stringify({ schemaVersion: 99, id: 'newer', report: {} }),
      );
      localStorage.setItem('nianbao:corrupt:old:2025-01-02T03-04-05-006Z', '{"kept":');
      localStorage.setItem('nianbao:draft:huge', big);
    },
    [v1, raw, huge] as const,
  );
  await page.reload();

  await expect(page.locator('tbody tr')).toHaveCount(1);
  const section = page.getByRole('region', { name: '无法读取的草稿' });
  await expect(section).toContainText('没有被删除');
  await expect(section).toContainText('数据不是有效的 JSON');
  await expect(section).toContainText('此草稿由更新版本的年报助手创建');
  await expect(section.getByRole('listitem')).toHaveCount(4);
  await expect(section).toContainText('3,000,041 个字符');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => k.startsWith('nianbao:'))).toEqual([]);
  const corrupt = await storedRecords(page, 'corrupt');
  expect(corrupt.map((c) => c['id']).sort()).toEqual(['abc', 'huge', 'newer', 'old']);
  expect(corrupt.find((c) => c['id'] === 'huge')?.['raw']).toBe(huge);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section
      .getByRole('listitem')
      .filter({ hasText: '草稿 abc' })
      .getByRole('button', { name: '下载原始数据' })
      .click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(raw);
  await expectNoA11yViolations(page);
});

test('storage full: the clerk is told at once, keeps typing and can download the draft', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('./');
  // A real quota of one byte for this origin (the drafts are written in a worker, where a stub
  // of the page's IndexedDB would not reach): every write fails with QuotaExceededError.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL ?? page.url()).origin,
    quotaSize: 1,
  });
  const form = await newDraft(page, '某镇人民政府', '2024');
  const alert = page
    .getByRole('alert')
    .filter({ hasText: '无法保存到本机：浏览器的本地存储空间已满' });
  await expect(alert).toBeVisible();
  await form.goToStep(T3);
  await form.cell('t3.newReceived.naturalPerson').fill('3');
  await expect(page.getByTestId('save-status')).toHaveText('保存失败：浏览器的本地存储空间已满');
  await expectNoA11yViolations(page);
  await expect(form.cell('t3.newReceived.naturalPerson')).toHaveValue('3');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: '下载草稿文件（JSON）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('某镇人民政府2024年年报草稿.json');
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  // The stored draft's current version (CURRENT_SCHEMA_VERSION, src/stored-draft/schema.ts).
  expect(file).toMatchObject({ app: 'nianbao-zhushou', schemaVersion: 2 });
  expect(file.draft.report.cells['t3.newReceived.naturalPerson']).toBe('3');

  // Leaving would drop the unsaved work: the browser asks first; 取消 keeps the clerk here.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  await expect(form.cell('t3.newReceived.naturalPerson')).toHaveValue('3');
});

test('storage refused altogether (private mode): the start page says so and a draft still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Firefox's private mode: open() throws; some browsers refuse localStorage as well.
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
    };
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    '浏览器不允许本页使用本机草稿库（IndexedDB），可能处于无痕/隐私模式',
  );
  const form = await newDraft(page, '某街道办事处', '2024');
  await expect(page.getByTestId('save-status')).toContainText(
    '保存失败：浏览器不允许本页使用本机草稿库',
  );
  await form.goToStep(T3);
  await form.cell('t3.newReceived.naturalPerson').fill('8');
  await expect(form.cell('t3.newReceived.naturalPerson')).toHaveValue('8');
  await expect(page.getByRole('button', { name: '下载草稿文件（JSON）' })).toBeVisible();
});

test('export a draft as JSON and import it back as a new draft; a bad file changes nothing', async ({
  page,
}) => {
  await page.goto('./');
  await newDraft(page, '某市统计局', '2024');
  await saved(page);
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 JSON 某市统计局 2024年年报' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('某市统计局2024年年报草稿.json');
  const exported = readFileSync(await download.path(), 'utf8');

  const input = page.getByLabel('导入草稿文件', { exact: true });
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":'),
  });
  await expect(page.getByRole('alert')).toContainText('“broken.json”：文件不是有效的 JSON');
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"a":1}'),
  });
  await expect(page.getByRole('alert')).toContainText('这不是年报助手导出的草稿文件');
  await expect(page.locator('tbody tr')).toHaveCount(1);

  await input.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(page.getByText('已导入“某市统计局 2024年年报”')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(2);
  const ids = await page
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-draft-id')));
  expect(new Set(ids).size).toBe(2);
});

test('从去年的年报开始: 2024 → 2025 carries 结转 over and warns when a carried number disagrees', async ({
  page,
}) => {
  await page.goto('./');
  const last = await newDraft(page, '某市市场监督管理局', '2024');
  await last.goToStep(T3);
  await last.cell('t3.carriedOver.naturalPerson').fill('4');
  await last.cell('t3.carriedOver.otherOrg').fill('1');
  await last.goToStep('二、主动公开政府信息情况');
  await last.cell('t2.normativeDocuments.valid').fill('14');
  await saved(page);
  await page.getByRole('button', { name: '返回草稿列表' }).click();

  await page.getByRole('button', { name: '从去年的年报开始' }).click();
  await expect(page.getByLabel('去年的年报', { exact: true })).toHaveValue(/.+/);
  await page.getByRole('button', { name: '开始 2025 年度年报' }).click();
  const form = new EditorPage(page);
  await form.stepButton('基本信息').waitFor();
  await expect(
    page.getByText('表三“上年结转”已按2024年“结转下年度继续办理”填入（2 列）。'),
  ).toBeVisible();
  await form.goToStep('基本信息');
  await expect(form.field('meta.agencyName')).toHaveValue('某市市场监督管理局');
  await expect(form.field('meta.year')).toHaveValue('2025');

  await form.goToStep(T3);
  await expect(form.cell('t3.carriedIn.naturalPerson')).toHaveValue('4');
  await expect(form.cell('t3.carriedIn.otherOrg')).toHaveValue('1');
  await expect(form.cell('t3.carriedIn.commercial')).toHaveValue('');
  const warning = '自然人列：本年“上年结转”为 5，但上一年度报告“结转下年度继续办理”为 4';
  await expect(form.issues).not.toContainText(warning);
  await form.cell('t3.carriedIn.naturalPerson').fill('5');
  await expect(form.issues).toContainText(warning);

  await page.getByRole('button', { name: '返回草稿列表' }).click();
  await expect(page.locator('tbody tr').first()).toContainText('2025年');
});
