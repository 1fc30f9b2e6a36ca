import { contentSecurityPolicy } from '../csp.config.ts';
import { expect, expectNoA11yViolations, test } from './fixtures';

// Generic on purpose: it must keep passing whatever the app shell looks like.
test('the built app opens, shows 年报助手, and is accessible', async ({ page, appGuard }) => {
  await page.goto('./');

  await expect(page).toHaveTitle(/年报助手/);
  await expect(page.getByText('年报助手').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    contentSecurityPolicy,
  );

  await expectNoA11yViolations(page);
  // The auto fixture checks these at teardown too; asserting here gives a clearer failure.
  expect(appGuard.consoleErrors).toEqual([]);
  expect(appGuard.outsideRequests).toEqual([]);
});
