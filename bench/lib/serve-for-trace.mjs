// The production build (unminified, so CPU profiles name our functions) served and opened in
// Debian's Chromium: what the trace scripts of bench/ share.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

/**
 * Builds `root` into `outDir` (unless TRACE_NOBUILD is set: the build already there is traced),
 * serves it and launches Chromium. `stop()` stops both.
 */
export async function serveForTrace(root, outDir) {
  process.env['NODE_ENV'] = 'production';
  const configFile = join(root, 'vite.config.ts');
  if (!process.env['TRACE_NOBUILD'])
    await build({
      root,
      mode: 'production',
      configFile,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, minify: false },
    });
  const server = await preview({
    root,
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  return {
    url: server.resolvedUrls?.local[0] ?? '',
    browser,
    stop: async () => {
      await browser.close();
      await new Promise((resolve) => server.httpServer.close(resolve));
    },
  };
}
