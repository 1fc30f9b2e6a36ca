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
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // `nianbao check … | head`: the reader went away; stop quietly.
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  void main(process.argv.slice(2), {
    out: (text) => void process.stdout.write(text),
    outBytes: (bytes) => void process.stdout.write(bytes),
    err: (text) => void process.stderr.write(text),
  }).then((status) => {
    process.exitCode = status;
  });
} else serveCheckWorker();
