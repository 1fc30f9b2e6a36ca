import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';

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
