#!/usr/bin/env node
// `nianbao` (SPEC §9): the app's import and checks from the command line. The code is the app's
// own TypeScript (src/cli/run.ts and the pure modules it imports); this launcher bundles it for
// Node with Vite when the bundle is missing or older than any of its source files, then runs it.
// So a fresh clone works right after `npm install`, and a changed source is never run stale.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules', '.cache');
const outDir = join(cache, 'nianbao-cli');
const bundle = join(outDir, 'nianbao.mjs');
/** The project's files the bundle was built from, written beside it (paths from the root). */
const manifest = join(outDir, 'inputs.json');
/** Besides those: what decides how they are built and which dependencies they get. */
const always = ['package.json', 'package-lock.json', 'bin/nianbao.mjs'];

/**
 * Stale when a file the bundle was built from changed or is gone. A file newly imported comes
 * with a change to the file importing it, so only the ~200 files of the bundle are looked at,
 * not the whole source tree (a start of the command costs less).
 */
function isStale() {
  if (!existsSync(bundle) || !existsSync(manifest)) return true;
  const built = statSync(bundle).mtimeMs;
  let files;
  try {
    files = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    return true;
  }
  if (!Array.isArray(files)) return true;
  for (const file of [...always, ...files]) {
    const info = statSync(join(root, file), { throwIfNoEntry: false });
    if (!info || info.mtimeMs > built) return true;
  }
  return false;
}

async function build() {
  const { build: viteBuild } = await import('vite');
  const tmp = join(cache, `nianbao-cli-${process.pid}`);
  const inputs = new Set();
  await viteBuild({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    // The dependencies go into the bundle (zod alone is ~90 modules for Node to resolve and
    // load, at each start and in each worker); pdfjs-dist stays outside, loaded with the first PDF.
    ssr: { noExternal: true, external: ['pdfjs-dist'] },
    resolve: {
      alias: { '@templates': join(root, 'templates'), '@': join(root, 'src') },
    },
    plugins: [
      {
        name: 'nianbao-inputs',
        generateBundle() {
          for (const id of this.getModuleIds()) {
            const file = relative(root, id.split('?')[0] ?? '');
            if (isAbsolute(id) && !file.startsWith('..') && !file.startsWith('node_modules'))
              inputs.add(file);
          }
        },
      },
    ],
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
  writeFileSync(join(tmp, 'inputs.json'), `${JSON.stringify([...inputs].sort(), null, 1)}\n`);
  mkdirSync(cache, { recursive: true });
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
}

if (isStale()) {
  process.stderr.write('nianbao：正在准备命令行程序（首次运行或源代码有更新）…\n');
  await build();
}
// A run of the command is short: V8's optimising compiler, inlining as much as it does by
// default, spent about as much CPU on its own threads as half the main thread's (1,000 drafts:
// ~1.1 s beside ~1.6 s), on two cores competing with the checks it compiles. With a smaller
// inlining budget it compiles in half of that, and the main thread gets its optimised code no
// later (issue 17, docs/performance.md). Set before the bundle is loaded; worker threads share it.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
await import(pathToFileURL(bundle).href);
