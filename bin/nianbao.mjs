#!/usr/bin/env node
// `nianbao` (SPEC §9): the app's import and checks from the command line. The code is the app's
// own TypeScript (src/cli/run.ts and the pure modules it imports); this launcher bundles it for
// Node with Vite when the bundle is missing or older than any of its source files, then runs it.
// So a fresh clone works right after `npm install`, and a changed source is never run stale.
// The bundle is a CommonJS script run through `vm.Script` with V8's code cache beside it (below).
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules', '.cache');
const outDir = join(cache, 'nianbao-cli');
const bundle = join(outDir, 'nianbao.cjs');
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
  // `root` ends with a separator and the files are relative paths from it: joined without
  // `path.join`, whose normalising of ~200 paths cost ~3 ms of CPU at every start (stop 41).
  for (const file of [...always, ...files]) {
    const info = statSync(`${root}${file}`, { throwIfNoEntry: false });
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
      // CommonJS: a script, which V8 can cache compiled (`run` below; Node 20 caches no ES
      // module's code). Not one file: inlining the PDF importer (a dynamic import) makes the
      // bundler wrap the modules it shares with the rest in functions run on first use, whose
      // constants the optimising compiler then cannot fold (5,000 drafts: ~10 % more CPU once
      // warm). pdfjs-dist's ES modules are loaded with `require` (Node >= 20.19): an `import()`
      // in a script compiled from V8's cache fails in Node 20
      // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
      rollupOptions: {
        output: {
          format: 'cjs',
          // ASCII only (non-ASCII characters escaped, comments left out): the launcher reads it
          // as a one-byte string, without decoding UTF-8 (`sourceText` below).
          charset: 'ascii',
          comments: false,
          strict: true,
          dynamicImportInCjs: false,
          chunkFileNames: 'assets/[name]-[hash].cjs',
          entryFileNames: 'nianbao.cjs',
        },
      },
    },
  });
  writeFileSync(join(tmp, 'inputs.json'), `${JSON.stringify([...inputs].sort(), null, 1)}\n`);
  mkdirSync(cache, { recursive: true });
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
}

// A worker thread of `nianbao check`'s pool: src/cli/check-pool.ts starts its workers with this
// file and NIANBAO_CHECK_WORKER=1, so that they too load the bundle with V8's code cache (a
// worker's start to its first answer: ~160 against ~195 ms of CPU at load 21-29; most of it is
// Node's own start of a thread). The main thread has built the bundle and set V8's flags.
const inWorker =
  process.env.NIANBAO_CHECK_WORKER === '1' &&
  !process.getBuiltinModule('node:worker_threads').isMainThread;
if (!inWorker) {
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
}
// The pool's workers start with this launcher rather than the bundle (read by src/cli/run.ts).
globalThis[Symbol.for('nianbao.poolEntry')] = import.meta.url;
/** The bundle's files run so far (the bundle itself and the chunks it loads), by path. */
const loaded = new Map();
run(!inWorker && (process.argv[2] === 'check' || process.argv[2] === 'sum'));

/**
 * Runs the bundle as Node runs a CommonJS module, compiled with V8's code cache when there is one
 * for it: the bytecode of every function a run of the command compiled (the checks, the import,
 * the output), which a start otherwise parses and compiles again (docs/performance.md, issue 17,
 * fifth pass). The cache is named by a hash of Node's version and the bundle's size and time of
 * writing, so a rebuilt bundle never meets another's cache; V8 refuses one made with other flags
 * or by another V8 (`cachedDataRejected`): the bundle then runs compiled from its source, as
 * without a cache. A run that did work (`check`, `sum`: not `--help`) writes the cache as the
 * process exits when it found none it could use, or when it took more than twice the CPU time of
 * the run that made the cache (it has compiled more of the bundle: a folder of drafts after a
 * single PDF).
 */
function run(work) {
  // A cache file: this mark, the producing run's CPU time (ms, uint32 LE), the check of V8's
  // data (8 bytes: `dataCheck`), then the data. V8 itself checks its data's header (its version,
  // flags, the source's length) but not the rest of it: a damaged file must not reach it.
  const CACHE_MARK = 'nbc2';
  const digest = dataCheck;
  const start = process.cpuUsage();
  // The bundle file and its identity (size, time of writing) from the same open file.
  const fd = openSync(bundle, 'r');
  const { size, mtimeMs } = fstatSync(fd);
  const source = sourceText(readFileSync(fd));
  closeSync(fd);
  const key = checksum(Buffer.from(`${process.version} ${size} ${mtimeMs}`)).toString('hex');
  const cacheFile = join(outDir, `nianbao.${key}.v8cache`);
  let cachedData;
  let cachedCpu = 0;
  try {
    const file = readFileSync(cacheFile);
    const data = file.subarray(16);
    if (
      file.length > 16 &&
      file.toString('latin1', 0, 4) === CACHE_MARK &&
      digest(data).equals(file.subarray(8, 16))
    ) {
      cachedCpu = file.readUInt32LE(4);
      cachedData = data;
    }
  } catch {
    cachedData = undefined;
  }
  // The wrapper is Node's own for a CommonJS module, on the bundle's first line (same line numbers).
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: bundle, cachedData },
  );
  const usable = cachedData !== undefined && !script.cachedDataRejected;
  if (work)
    process.once('exit', () => {
      const used = process.cpuUsage(start);
      const cpu = Math.min(Math.round((used.user + used.system) / 1000), 0xffffffff);
      if (usable && cpu <= 2 * cachedCpu) return;
      const tmp = `${cacheFile}.${process.pid}`;
      try {
        const data = script.createCachedData();
        const head = Buffer.alloc(8);
        head.write(CACHE_MARK, 0, 'latin1');
        head.writeUInt32LE(cpu, 4);
        writeFileSync(tmp, Buffer.concat([head, digest(data), data]));
        renameSync(tmp, cacheFile);
      } catch {
        rmSync(tmp, { force: true });
      }
    });
  const module = { exports: {} };
  loaded.set(bundle, module);
  script
    .runInThisContext()
    .call(module.exports, module.exports, requireIn(outDir), module, bundle, outDir);
}

/**
 * The bundle's text. It is built ASCII only (`charset: 'ascii'`, no comments): read as Latin-1,
 * which is then the same text, it is a one-byte string, made at a fraction of the CPU time of
 * decoding UTF-8 (issue 17). Should a character above ASCII be left in it, it is decoded as UTF-8.
 */
function sourceText(bytes) {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * The 8-byte check of a cache file's data: zlib's CRC-32 of it and its length (uint32 LE each).
 * Native code: the hash below, run over the ~0.5 MB of data in V8's interpreter, cost ~10 ms of
 * CPU at every start (issue 17, stop 39); node:zlib loads in ~1 ms.
 */
function dataCheck(bytes) {
  const out = Buffer.alloc(8);
  out.writeUInt32LE(process.getBuiltinModule('node:zlib').crc32(bytes), 0);
  out.writeUInt32LE(bytes.length >>> 0, 4);
  return out;
}

/**
 * An 8-byte check of `bytes`: two 32-bit multiplicative hashes of its 4-byte words and its last
 * bytes, mixed with its length. Not cryptographic: it names the cache file by Node's version and
 * the bundle's identity (a few dozen bytes). Not `node:crypto`'s SHA-256: loading that module cost
 * ~9 ms of CPU at every start, about as much as the rest of the launcher (issue 17, sixth pass).
 */
function checksum(bytes) {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let a = 0x811c9dc5 ^ aligned.length;
  let b = 0x9e3779b9 ^ aligned.length;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    a = Math.imul(a ^ w, 0x85ebca6b);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b + w, 0xc2b2ae35);
    b ^= b >>> 15;
  }
  for (let i = words.length * 4; i < aligned.length; i += 1) {
    a = Math.imul(a ^ aligned[i], 0x85ebca6b);
    b = Math.imul(b + aligned[i], 0xc2b2ae35);
  }
  a = Math.imul(a ^ (a >>> 16), 0x7feb352d) ^ b;
  b = Math.imul(b ^ (b >>> 13), 0x846ca68b) ^ a;
  const out = Buffer.alloc(8);
  out.writeInt32LE(a, 0);
  out.writeInt32LE(b, 4);
  return out;
}

/**
 * `require` for the bundle's files: a chunk of the bundle (the PDF importer, loaded with the
 * first PDF) requires the bundle back, which must be this run's bundle, not a second copy that
 * Node's loader would run again; a chunk runs as a CommonJS module, compiled without a cache.
 * Anything else is Node's `require` from the bundle's folder.
 */
function requireIn(dir) {
  const nodeRequire = createRequire(join(dir, 'nianbao.cjs'));
  return (id) => {
    if (!id.startsWith('./') && !id.startsWith('../')) return nodeRequire(id);
    const file = resolve(dir, id);
    if (relative(outDir, file).startsWith('..')) return nodeRequire(id);
    let module = loaded.get(file);
    if (!module) {
      module = { exports: {} };
      loaded.set(file, module);
      const source = readFileSync(file, 'utf8');
      new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
        filename: file,
      })
        .runInThisContext()
        .call(
          module.exports,
          module.exports,
          requireIn(dirname(file)),
          module,
          file,
          dirname(file),
        );
    }
    return module.exports;
  };
}
