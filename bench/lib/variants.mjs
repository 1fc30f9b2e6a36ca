// The builds or variants the alternating keystroke scripts (ab-keystroke, tail-keystroke) compare:
// read from the command line, built for production when PATH is a checkout, each served by Vite's
// preview, and Debian's Chromium launched to open them.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const here = resolve(import.meta.dirname, '../..');
const UNMINIFIED = process.env['AB_UNMINIFIED'] === '1';

/**
 * `name=PATH[:EXTRA.css|.js] …` from `process.argv` (usage printed with `script`'s name when none
 * is given): each variant with its `base` URL, the browser, and `close()` for both.
 */
export async function openVariants(script) {
  if (process.argv.length < 3) {
    console.error(`usage: node ${script} name=PATH[:EXTRA.css|.js] …`);
    process.exit(2);
  }
  const variants = process.argv.slice(2).map((spec) => {
    const [name, rest = ''] = spec.split('=');
    const [path = '', extra] = rest.split(':');
    return {
      name: name ?? spec,
      path: resolve(path),
      extra: extra ? { js: extra.endsWith('.js'), text: readFileSync(extra, 'utf8') } : null,
    };
  });

  process.env['NODE_ENV'] = 'production';
  const built = new Set();
  for (const v of variants) {
    if (existsSync(join(v.path, 'index.html')) && !existsSync(join(v.path, 'vite.config.ts'))) {
      v.dist = v.path;
      continue;
    }
    // AB_UNMINIFIED=1: React's production build, our code not minified (names in counts and
    // profiles, as bench/trace-keystroke.mjs builds), in a folder of its own.
    v.dist = join(v.path, UNMINIFIED ? '.tmp/ab-dist-unminified' : '.tmp/ab-dist');
    if (built.has(v.path)) continue;
    built.add(v.path);
    await build({
      root: v.path,
      mode: 'production',
      configFile: join(v.path, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir: v.dist, emptyOutDir: true, ...(UNMINIFIED ? { minify: false } : {}) },
    });
  }
  const servers = [];
  for (const v of variants) {
    const server = await preview({
      root: here,
      configFile: join(here, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir: v.dist },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    servers.push(server);
    v.base = server.resolvedUrls?.local[0];
  }
  // As chromium.config.ts (which plain Node cannot import).
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'].concat([
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ]),
  });
  const close = async () => {
    await browser.close();
    for (const s of servers) await new Promise((done) => s.httpServer.close(done));
  };
  return { variants, browser, close };
}
