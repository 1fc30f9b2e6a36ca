import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

// Issue 7: a page once opened keeps working when the intranet server is down. This test serves
// the build itself, from a sub-path as an intranet server might, so that it can really stop it.
const dist = process.env.E2E_DIST ?? 'dist';
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

function serveBuild(prefix: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    const file = normalize(join(dist, path.slice(prefix.length) || 'index.html'));
    readFile(file)
      .then((body) =>
        res
          .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      )
      .catch(() => res.writeHead(404).end());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${prefix}` });
    }),
  );
}

test('the app opens again from its offline copy when its server is down', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Every file the app loads is precached (favicon.svg included): an offline load logs nothing,
  // not even a `net::ERR_FAILED` for a file the service worker did not keep.
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} ${m.location().url}`);
  });
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  const { server, url } = await serveBuild('/nianbao/');
  const origin = new URL(url).origin;
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });

  await page.goto(url);
  await expect(page.getByText('年报助手').first()).toBeVisible();
  // Installing precaches the whole build (~6 MB): on a loaded 2-core machine that can take
  // longer than the default 5 s.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 20_000,
    })
    .toBe(true);

  await new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await page.reload();
  await expect(page.getByText('年报助手').first()).toBeVisible();
  await expect(page.locator('#root')).not.toBeEmpty();
  // The import dialog and the editor are chunks of their own, loaded after the first screen
  // (issue 17): they come from the offline copy too.
  await page.getByRole('button', { name: '导入年报（Word、PDF 或网页）' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: '新建年报' }).click();
  await page.getByRole('button', { name: '创建并开始填写' }).click();
  await expect(
    page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: '基本信息' }),
  ).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存 /);
  // The browser fetches the favicon apart from the page, a moment after the load.
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(failed).toEqual([]);
  expect(outside).toEqual([]);
});
