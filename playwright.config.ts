import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.config.ts';
import { builds, variantSpec } from './e2e/builds.ts';

// End-to-end tests drive the BUILT app (what a clerk gets) in Debian's Chromium. Playwright
// never downloads a browser here: scripts/ensure-system-deps.sh installs /usr/bin/chromium.
// Two builds are served (e2e/builds.ts): the production app, and the app with a test-only
// variant format registered, which only e2e/format-variant.spec.ts (project `variant`) drives.
const isCI = process.env.CI === 'true' || process.env.CI === '1';
const serve = ({ port, dist, env }: (typeof builds)[keyof typeof builds]) => ({
  command: `npx vite build --outDir ${dist} --emptyOutDir && npx vite preview --outDir ${dist} --port ${port} --strictPort`,
  env,
  url: `http://localhost:${port}`,
  reuseExistingServer: !isCI,
  timeout: 180_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${builds.app.port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: variantSpec,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
    {
      name: 'variant',
      testMatch: variantSpec,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
        baseURL: `http://localhost:${builds.variant.port}`,
      },
    },
  ],
  webServer: [serve(builds.app), serve(builds.variant)],
});
