#!/usr/bin/env node
// `nianbao` (SPEC §9): the app's import and checks from the command line. The code is the app's
// own TypeScript (src/cli/run.ts and the pure modules it imports); this launcher bundles it for
// Node with Vite when the bundle is missing or older than any source file, then runs it. So a
// fresh clone works right after `npm install`, and a changed source is never run stale.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules', '.cache');
const outDir = join(cache, 'nianbao-cli');
const bundle = join(outDir, 'nianbao.mjs');
const inputs = ['src', 'templates', 'package.json', 'bin/nianbao.mjs'];

/** Newest modification time under `path` (test files do not count). */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = info.mtimeMs;
  for (const e of readdirSync(path)) {
    if (/\.test\.tsx?$/.test(e)) continue;
    max = Math.max(max, newest(join(path, e)));
  }
  return max;
}

function isStale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return inputs.some((p) => newest(join(root, p)) > built);
}

async function build() {
  const { build: viteBuild } = await import('vite');
  const tmp = join(cache, `nianbao-cli-${process.pid}`);
  await viteBuild({
    configFile: false,
    root,
    logLevel: 'error',
    resolve: {
      alias: { '@templates': join(root, 'templates'), '@': join(root, 'src') },
    },
    build: {
      ssr: 'src/cli/run.ts',
      outDir: tmp,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'nianbao.mjs' } },
    },
  });
  mkdirSync(cache, { recursive: true });
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
}

if (isStale()) {
  process.stderr.write('nianbao：正在准备命令行程序（首次运行或源代码有更新）…\n');
  await build();
}
await import(pathToFileURL(bundle).href);
