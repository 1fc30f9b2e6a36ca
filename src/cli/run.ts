import { fstatSync, writeSync } from 'node:fs';
import { analyseWholeTexts } from '@/domain/format/memo';
import { isCheckWorker, serveCheckWorker, setPoolEntry } from './check-pool';
import { main } from './nianbao';

/**
 * Entry of the Node bundle that bin/nianbao.mjs builds and runs. The same file is the entry of
 * `nianbao check`'s worker threads (check-pool.ts): there it serves checks instead.
 */
// The command checks batches of reports whose texts are never edited: each text is analysed
// whole, its lines not noted for keystrokes (memo.ts, issue 17). The findings are the same.
analyseWholeTexts(true);
if (!isCheckWorker()) {
  // The launcher (bin/nianbao.mjs), when it runs this bundle: workers started with it load the
  // bundle with V8's code cache. Else (the bundle run by itself) the bundle.
  const launcher = (globalThis as Record<symbol, unknown>)[Symbol.for('nianbao.poolEntry')];
  setPoolEntry(new URL(typeof launcher === 'string' ? launcher : import.meta.url));
  const toFile = stdoutIsFile();
  if (!toFile)
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      // `nianbao check … | head`: the reader went away; stop quietly.
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  void main(process.argv.slice(2), {
    // A reviewer's `> 结果.jsonl`: written to the file at once. `process.stdout` writes a file
    // synchronously too, but through a stream that first copies each piece into a new Buffer
    // (1,000 drafts' 15 MB of JSON lines: ~30 ms more CPU, and the copies for the collector).
    out: toFile ? (text) => void writeSync(1, text) : (text) => void process.stdout.write(text),
    outBytes: toFile
      ? (bytes) => void writeSync(1, bytes)
      : (bytes) => void process.stdout.write(bytes),
    err: (text) => void process.stderr.write(text),
  }).then((status) => {
    process.exitCode = status;
  });
} else serveCheckWorker();

/** Whether standard output is a regular file (a terminal or a pipe is left to `process.stdout`). */
function stdoutIsFile(): boolean {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
}
