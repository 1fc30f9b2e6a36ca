// Preloaded by the review bench into `nianbao check` (`node --import bench/lib/thread-cpu.mjs
// bin/nianbao.mjs …`): as the process exits, writes to stderr the CPU time its main thread used
// and that of its other live threads (V8's compiler and garbage-collector helpers, libuv's),
// from Linux's /proc (schedstat: nanoseconds on a CPU). On a machine shared with other work the
// wall time mostly waits for a core; the main thread's CPU time is what the wall time of a
// one-thread run is on an idle machine with a second core for V8's own threads. Elsewhere than
// Linux it writes nothing.
import { readdirSync, readFileSync, writeSync } from 'node:fs';

/** The line's marker, read by bench/entries/review.bench.ts. */
const MARK = 'nianbao-bench-thread-cpu';

process.on('exit', () => {
  let main = 0;
  let others = 0;
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      if (Number(tid) === process.pid) main = ns / 1e6;
      else others += ns / 1e6;
    }
  } catch {
    return;
  }
  writeSync(2, `${MARK} main=${main.toFixed(1)} others=${others.toFixed(1)}\n`);
});
