import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import type { ReviewRow } from '@/review/types';
import { checkFile, renderUnit, type FileCheckOptions } from './check-file';

/**
 * `nianbao check` over many files in worker threads (issue 17: a reviewer's batch). Each worker
 * runs the same bundle as the command (run.ts starts a worker's loop instead of the command when
 * it is not the main thread) and checks the files it is sent one after the other, answering each
 * with its printed text and review row (checkFile, as the main thread renders a file itself).
 *
 * Whether a pool pays is decided from what it costs (measured, docs/performance.md): a worker
 * takes ~0.1 s of CPU to start (it loads the bundle), a JSON draft ~1 ms to check, a .docx tens
 * of ms. The main thread has the bundle loaded already, so it checks the cheap files (drafts and
 * text) itself while the workers start and run (from three cores: on two, one thread checked
 * 1,000 drafts faster than the main thread and one worker).
 */

let entry: URL | null = null;

/**
 * Node's worker_threads, loaded when a pool starts or a worker serves: not at every start of the
 * command (~5 ms of CPU), which a folder checked in one thread never needs (issue 17, sixth pass).
 */
const threads = (): typeof WorkerThreads => process.getBuiltinModule('node:worker_threads');

/** Set in the environment of the pool's workers, so that the bundle knows it runs in one. */
const WORKER_ENV = 'NIANBAO_CHECK_WORKER';

/** Whether this thread is one of the pool's workers (run.ts then serves checks). */
export function isCheckWorker(): boolean {
  return process.env[WORKER_ENV] === '1' && !threads().isMainThread;
}

/** The bundle's own file, set by run.ts: without it (tests, the bench's in-process run) no pool. */
export function setPoolEntry(url: URL): void {
  entry = url;
}

/** Rough CPU cost of checking a file, in ms, by its kind (measured on the bench's files). */
const COST_MS: Readonly<Record<string, number>> = {
  '.json': 1,
  '.txt': 4,
  '.html': 5,
  '.htm': 5,
  '.docx': 25,
  '.pdf': 300,
};
const UNKNOWN_COST_MS = 25;
/** Files the main thread checks itself: each is done before a worker could run out of work. */
const CHEAP_MS = 5;

/** CPU time a worker takes to start: thread, bundle loaded and evaluated (measured ~0.1 s). */
const WORKER_START_MS = 120;

export const estimatedCost = (path: string): number =>
  COST_MS[extname(path).toLowerCase()] ?? UNKNOWN_COST_MS;

export interface PoolPlan {
  /** Worker threads to start (0: the main thread checks every file). */
  readonly workers: number;
  /** Whether the main thread checks the cheap files too. */
  readonly mainHelps: boolean;
}

/**
 * How to check `paths`: in one thread when the work is small against a worker's start-up (two
 * start-ups' worth, so that a loaded machine does not lose by it) or there is one core; else one
 * worker per core up to four, less the main thread's share when the cheap files are enough to
 * keep it busy. NIANBAO_WORKERS=n sets the number of workers (0: one thread), e.g. to compare;
 * the main thread then checks the cheap files too.
 * `poolable`: whether this process can start workers (the bundle; not tests or the bench).
 */
export function planPool(
  paths: readonly string[],
  cores: number = availableParallelism(),
  env: string | undefined = process.env['NIANBAO_WORKERS'],
  poolable: boolean = entry !== null,
): PoolPlan {
  const costs = paths.map(estimatedCost);
  const work = costs.reduce((a, b) => a + b, 0);
  const cheap = costs.reduce((a, c) => (c <= CHEAP_MS ? a + c : a), 0);
  const threads = Math.min(cores, 4);
  const mainHelps = cheap * threads >= work;
  const forced = env === undefined || env === '' ? NaN : Number(env);
  if (!poolable) return { workers: 0, mainHelps: false };
  if (Number.isInteger(forced) && forced >= 0)
    return { workers: Math.min(forced, 16, paths.length), mainHelps: forced > 0 };
  // On two cores the main thread and one worker do not beat one thread on drafts: the worker pays
  // its start and a cold phase of its own (~520 of 1,000 drafts cost it ~1.1 s of CPU), while the
  // main thread, spared those drafts, saves only ~0.2-0.3 s (V8's compiler and GC threads, which
  // have the second core beside one thread, then wait for it) (stop 40, docs/performance.md).
  if (threads < 2 || work < 2 * WORKER_START_MS || (mainHelps && threads < 3))
    return { workers: 0, mainHelps: false };
  return { workers: mainHelps ? threads - 1 : threads, mainHelps };
}

/** What the main thread sends a worker: files to check, in order. */
export interface CheckRequest {
  readonly jobs: readonly { readonly index: number; readonly path: string }[];
  readonly options: FileCheckOptions;
}

/**
 * What a worker answers, once per file: the printed text already encoded as UTF-8 (in the
 * worker, and moved, not copied, to the main thread, which writes it as it is) and the row.
 */
export interface CheckAnswer {
  readonly index: number;
  readonly file: PrintedFile;
}

/** A checked file as the pool gives it: its text as a string or as UTF-8 bytes. */
export interface PrintedFile {
  readonly text: string | Uint8Array;
  readonly row: ReviewRow;
}

/**
 * How a worker dies, for the pool's tests (`check-pool.death.test.ts`): with
 * `NIANBAO_TEST_WORKER_FAULT=kind:name[:once=marker]` a worker dies as it begins the file named
 * `name` — `exit`: `process.exit` (as when it is killed); `throw`: an exception outside any
 * file's check; `oom`: allocates until its heap is full (give it a small heap with
 * NIANBAO_WORKER_HEAP_MB). With `once=marker`, only the first worker to begin the file dies (the
 * marker file is created then). Never set by the command itself.
 */
function workerFault(path: string): Promise<never> | null {
  const spec = process.env['NIANBAO_TEST_WORKER_FAULT'];
  if (!spec) return null;
  const [kind, name, once] = spec.split(':');
  if (name !== '*' && basename(path) !== name) return null;
  if (once?.startsWith('once=')) {
    try {
      writeFileSync(once.slice('once='.length), '', { flag: 'wx' });
    } catch {
      return null;
    }
  }
  if (kind === 'exit') process.exit(70);
  if (kind === 'throw')
    return new Promise<never>(() => {
      setImmediate(() => {
        throw new Error(`test fault: ${name}`);
      });
    });
  if (kind === 'oom') {
    const hog: number[][] = [];
    for (;;) hog.push(new Array<number>(100_000).fill(hog.length));
  }
  return null;
}

/** A worker's loop: checks the files it is sent one at a time, in the order sent. */
export function serveCheckWorker(): void {
  const port = threads().parentPort;
  if (!port) throw new Error('not a worker');
  const queue: { index: number; path: string; options: FileCheckOptions }[] = [];
  let running = false;
  const drain = async (): Promise<void> => {
    running = true;
    const utf8 = new TextEncoder();
    for (let job = queue.shift(); job; job = queue.shift()) {
      await workerFault(job.path);
      const { text, row } = await checkFile(job.path, job.options);
      const bytes = utf8.encode(text);
      const answer: CheckAnswer = { index: job.index, file: { text: bytes, row } };
      port.postMessage(answer, [bytes.buffer]);
    }
    running = false;
  };
  port.on('message', (request: CheckRequest) => {
    for (const job of request.jobs) queue.push({ ...job, options: request.options });
    if (!running) void drain();
  });
}

/** Files or estimated ms of work a worker is given ahead, so that it never waits for the next. */
const AHEAD_FILES = 8;
const AHEAD_MS = 60;

/** The line of a file the workers died on (out of memory, an error outside the check, killed). */
export const CRASHED_MESSAGE =
  '检查这个文件时程序意外退出（可能文件过大或已损坏），已跳过；可单独再检查一次。';

/** A file is given up after this many workers died while checking it. */
const DEATHS_PER_FILE = 2;
/** Workers that die one after the other without answering: no more are started. */
const BARREN_DEATHS = 3;

/**
 * Checks `paths[i]` for every i, in `plan.workers` workers and (for cheap files) the main thread;
 * `onFile(i, file)` once for every i, in completion order. Resolves to the number of files
 * given up on.
 *
 * A worker that dies (out of memory, an exception outside a file's check, killed) was checking
 * the first file it holds: that file is suspect, and is checked again in another worker (never
 * in the main thread, whose death would lose every file); the worker's other files go back to
 * the queue, and a new worker takes its place. A file two workers died on is given up: printed
 * with CRASHED_MESSAGE. When workers keep dying before answering anything (they cannot start),
 * none is started any more and the main thread checks the files that are not suspect.
 */
export async function checkInPool(
  paths: readonly string[],
  options: FileCheckOptions,
  plan: PoolPlan,
  onFile: (index: number, file: PrintedFile) => void,
): Promise<number> {
  if (entry === null) throw new Error('no pool entry');
  const url = entry;
  /** Files given back by a dead worker, checked before the rest. */
  const retry: number[] = [];
  /** Workers that died while checking each file. */
  const deaths = new Map<number, number>();
  const suspect = (i: number): boolean => deaths.has(i);
  let next = 0;
  let left = paths.length;
  let givenUp = 0;
  let barren = 0;
  const peek = (): number | undefined => retry[0] ?? (next < paths.length ? next : undefined);
  const take = (): number | undefined =>
    retry.shift() ?? (next < paths.length ? next++ : undefined);
  const cost = (i: number): number => estimatedCost(paths[i] ?? '');

  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const delivered = new Set<number>();
  const deliver = (index: number, file: PrintedFile): void => {
    // Once per file, whatever a dying worker's last messages do.
    if (delivered.has(index)) return;
    delivered.add(index);
    left -= 1;
    onFile(index, file);
    notify();
  };
  const giveUp = (index: number): void => {
    const path = paths[index] ?? '';
    givenUp += 1;
    deliver(
      index,
      renderUnit(
        { id: path, fileName: basename(path), path, ok: false, message: CRASHED_MESSAGE },
        options.mode,
      ),
    );
  };

  const heapMb = Number(process.env['NIANBAO_WORKER_HEAP_MB'] ?? '');
  /** The live workers, each with what hands it more files. */
  const workers = new Map<WorkerThreads.Worker, () => void>();
  let closing = false;
  const start = (): void => {
    let worker: WorkerThreads.Worker;
    try {
      worker = new (threads().Worker)(url, {
        env: { ...process.env, [WORKER_ENV]: '1' },
        ...(heapMb > 0 ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}),
      });
    } catch {
      // No thread to be had (the system's limits): as a worker that died before answering.
      barren += 1;
      notify();
      return;
    }
    const outstanding: number[] = [];
    let ahead = 0;
    let answered = false;
    const feed = (): void => {
      const jobs: { index: number; path: string }[] = [];
      while (outstanding.length < AHEAD_FILES && (ahead < AHEAD_MS || outstanding.length === 0)) {
        const index = take();
        if (index === undefined) break;
        outstanding.push(index);
        ahead += cost(index);
        jobs.push({ index, path: paths[index] ?? '' });
      }
      if (jobs.length > 0) {
        const request: CheckRequest = { jobs, options };
        worker.postMessage(request);
      }
    };
    worker.on('message', (answer: CheckAnswer) => {
      const at = outstanding.indexOf(answer.index);
      if (at < 0) return;
      outstanding.splice(at, 1);
      ahead -= cost(answer.index);
      answered = true;
      barren = 0;
      deliver(answer.index, answer.file);
      feed();
    });
    worker.on('error', () => {
      // 'exit' follows: handled there.
    });
    worker.on('exit', () => {
      workers.delete(worker);
      if (closing) return;
      const culprit = outstanding.shift();
      if (!answered) barren += 1;
      if (culprit !== undefined) {
        const times = (deaths.get(culprit) ?? 0) + 1;
        deaths.set(culprit, times);
        // The others first: should the suspect kill the next worker too, they are not held up.
        if (times >= DEATHS_PER_FILE) giveUp(culprit);
        else retry.unshift(culprit);
        retry.unshift(...outstanding.filter((i) => !delivered.has(i)));
      }
      if (barren < BARREN_DEATHS && peek() !== undefined) start();
      // The files given back may wait for a live worker that has nothing to do.
      for (const more of workers.values()) more();
      notify();
    });
    workers.set(worker, feed);
    feed();
  };
  for (let n = 0; n < plan.workers && peek() !== undefined; n += 1) start();

  try {
    while (left > 0) {
      const head = peek();
      if (head !== undefined && workers.size === 0) {
        // No worker left (none could start): the main thread checks what is not suspect.
        const index = take() ?? head;
        if (suspect(index)) giveUp(index);
        else deliver(index, await checkFile(paths[index] ?? '', options));
      } else if (plan.mainHelps && head !== undefined && cost(head) <= CHEAP_MS && !suspect(head)) {
        const index = take() ?? head;
        deliver(index, await checkFile(paths[index] ?? '', options));
        // Let the workers' answers in (and feed them) between two files.
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    await Promise.all([...workers.keys()].map((w) => w.terminate()));
  }
  return givenUp;
}
