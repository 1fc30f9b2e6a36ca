import { isMainThread } from 'node:worker_threads';
import { serveCheckWorker, setPoolEntry } from './check-pool';
import { main } from './nianbao';

/**
 * Entry of the Node bundle that bin/nianbao.mjs builds and runs. The same file is the entry of
 * `nianbao check`'s worker threads (check-pool.ts): there it serves checks instead.
 */
if (isMainThread) {
  setPoolEntry(new URL(import.meta.url));
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
