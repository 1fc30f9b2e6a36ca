import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';
import { chromiumLaunchOptions } from '../../chromium.config';

/**
 * Builds the app (or a bench page) for production into `outDir`, as `npm run build` does.
 *
 * `npm run bench` loads the entries through a Vite dev server, which sets NODE_ENV=development
 * in this process; a `build()` inheriting it bundles React's development build (about 1.5× the
 * JavaScript and much slower renders). The figures must be those of what clerks run.
 */
export async function buildForBench(
  outDir: string,
  extra: InlineConfig['build'] = {},
): Promise<void> {
  const root = join(import.meta.dirname, '../..');
  const before = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root,
      mode: 'production',
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, ...extra },
    });
  } finally {
    if (before === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = before;
  }
}

/**
 * Serves a production build from `outDir` with `vite preview` on a free local port, starts
 * Debian's Chromium, and runs `use` with the page's base URL; closes both afterwards.
 */
export async function inServedBuild<T>(
  outDir: string,
  use: (base: string, browser: Browser) => Promise<T>,
): Promise<T> {
  const root = join(import.meta.dirname, '../..');
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview gave no URL');
    return await use(base, browser);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
