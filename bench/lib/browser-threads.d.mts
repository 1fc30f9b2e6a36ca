/**
 * CPU time (ms) of the threads of the browser this process started, by thread name (Linux's
 * /proc: `comm`, at most 15 characters, e.g. `DedicatedWorker`; a process's main thread by its
 * kind, `main:renderer`), summed over its processes — those descended from this Node process, so
 * other engineers' browsers on the same machine do not count. On a shared machine a wall time
 * mostly waits for a core; the CPU a thread used is what the work costs. Empty where there is no
 * /proc.
 */
export function browserThreadCpu(): Map<string, number>;
/** `after − before` per thread name, for the names whose CPU grew. */
export function cpuSpent(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): Map<string, number>;
