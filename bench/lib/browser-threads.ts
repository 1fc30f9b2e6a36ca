import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (ms) of the threads of the browser this process started, by thread name (Linux's
 * /proc: `comm`, at most 15 characters, e.g. `DedicatedWorker`; a process's main thread by its
 * kind, `main:renderer`), summed over
 * its processes — those descended from this Node process, so other engineers' browsers on the
 * same machine do not count. On a shared machine a wall time mostly waits for a core; the CPU a
 * thread used is what the work costs. Empty where there is no /proc.
 */
export function browserThreadCpu(): Map<string, number> {
  const parent = new Map<number, number>();
  const out = new Map<string, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The fields after the command (in parentheses, which may hold spaces): state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(pid), ppid);
    } catch {
      // The process ended meanwhile.
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid), n = 0; p !== undefined && n < 64; p = parent.get(p), n += 1)
      if (p === process.pid) return true;
    return false;
  };
  for (const [pid] of parent) {
    if (!mine(pid)) continue;
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    // A process's main thread is named after the program: it is named here by the process's
    // kind instead (`main:renderer`, `main:gpu-process`, `main:browser`).
    let kind = 'browser';
    try {
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
export function cpuSpent(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, ms] of after) {
    const spent = ms - (before.get(name) ?? 0);
    if (spent > 0) out.set(name, spent);
  }
  return out;
}
