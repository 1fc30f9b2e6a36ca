// CPU time (ms) of the threads of the browser this process started, by thread name, from Linux's
// /proc; plain JavaScript so that the bench's .mjs scripts (plain Node) and its TypeScript entries
// share it. Types and the full description: browser-threads.d.mts.
import { readdirSync, readFileSync } from 'node:fs';

/** Thread name → CPU ms, summed over the processes descended from this Node process. */
export function browserThreadCpu() {
  const parent = new Map();
  const out = new Map();
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const mine = (pid) => {
    for (let p = parent.get(pid), n = 0; p !== undefined && n < 64; p = parent.get(p), n += 1)
      if (p === process.pid) return true;
    return false;
  };
  for (const [pid] of parent) {
    if (!mine(pid)) continue;
    let tids;
    let kind = 'browser';
    try {
      tids = readdirSync(`/proc/${pid}/task`);
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      kind = args.find((a) => a.startsWith('--type='))?.slice('--type='.length) ?? kind;
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const name =
          Number(tid) === pid
            ? `main:${kind}`
            : readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const ns = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
        out.set(name, (out.get(name) ?? 0) + ns / 1e6);
      } catch {
        // The thread ended meanwhile.
      }
    }
  }
  return out;
}

/** `after − before` per thread name, for the names whose CPU grew. */
export function cpuSpent(before, after) {
  const out = new Map();
  for (const [name, ms] of after) {
    const spent = ms - (before.get(name) ?? 0);
    if (spent > 0) out.set(name, spent);
  }
  return out;
}
