import { expect, test } from './fixtures';

// Issue 7: a page once opened keeps working when the intranet server is down.
test('the app opens again from its offline copy when the server cannot be reached', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByText('年报助手').first()).toBeVisible();
  // The worker installs after load and precaches the whole build.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
  await expect
    .poll(() =>
      page.evaluate(
        async () => (await caches.keys()).filter((k) => k.startsWith('nianbao-')).length,
      ),
    )
    .toBe(1);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('年报助手').first()).toBeVisible();
  await expect(page.locator('#root')).not.toBeEmpty();
  await context.setOffline(false);
});
