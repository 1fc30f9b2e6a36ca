import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * pdfjs's packed character maps (CJK text in fonts without an embedded Unicode map needs them)
 * at `pdfjs/cmaps/` of the app: emitted into the build, so the service worker precaches them
 * (its plugin lists every emitted file: keep this plugin before it), and served by the dev
 * server. The app never fetches them from anywhere else.
 */
const PREFIX = 'pdfjs/cmaps/';

function cmapDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
}

export function pdfjsAssetsPlugin(): Plugin {
  return {
    name: 'nianbao:pdfjs-assets',
    generateBundle() {
      if (this.environment?.name && this.environment.name !== 'client') return;
      const dir = cmapDir();
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.bcmap')) continue;
        this.emitFile({
          type: 'asset',
          fileName: PREFIX + name,
          source: readFileSync(join(dir, name)),
        });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const at = path.indexOf(`/${PREFIX}`);
        const name = at < 0 ? '' : path.slice(at + PREFIX.length + 1);
        if (!/^[\w-]+\.bcmap$/.test(name)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(join(cmapDir(), name)));
      });
    },
  };
}
