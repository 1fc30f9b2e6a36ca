import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReviewUnit } from '@/review/types';
import type { RulePack } from '@/domain/template/rule-pack';

/**
 * `nianbao check` over many files in a pool of worker threads, one per core (at most four), when
 * the machine has more than one core (issue 17: a reviewer's batch). Each worker runs the same
 * bundle as the command (run.ts starts a worker's loop instead of the command when it is not the
 * main thread) and reads, imports and checks one file at a time; the main thread hands out the
 * next file and keeps the order of the output.
 */

let entry: URL | null = null;

/** The bundle's own file, set by run.ts: without it (tests, the bench's in-process run) no pool. */
export function setPoolEntry(url: URL): void {
  entry = url;
}

/** Below this many files a pool's start-up (~0.1 s a worker) costs more than it saves. */
const MIN_FILES = 12;

/**
 * Workers for `files` files: none (one thread) for few files or one core; NIANBAO_WORKERS=n sets
 * the number (0: one thread), e.g. to compare.
 */
export function checkPoolSize(
  files: number,
  cores: number = availableParallelism(),
  env: string | undefined = process.env['NIANBAO_WORKERS'],
): number {
  if (entry === null) return 0;
  const forced = env === undefined || env === '' ? NaN : Number(env);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, 16);
  if (cores < 2 || files < MIN_FILES) return 0;
  return Math.min(cores, 4);
}

/** What the main thread sends a worker: one file to check. */
export interface CheckRequest {
  readonly index: number;
  readonly path: string;
  readonly today: string;
  readonly pack: RulePack | null;
}

/** What a worker answers. */
export interface CheckAnswer {
  readonly index: number;
  readonly unit: ReviewUnit;
}

/**
 * Checks `paths[i]` for every i in `size` workers; `onUnit(i, unit)` in completion order. A
 * worker that dies makes its file an unreadable unit and is replaced.
 */
export async function checkInPool(
  paths: readonly string[],
  options: { readonly today: string; readonly pack: RulePack | null },
  size: number,
  onUnit: (index: number, unit: ReviewUnit) => void,
): Promise<void> {
  if (entry === null) throw new Error('no pool entry');
  const url = entry;
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve) => {
      let current = -1;
      const worker = new Worker(url);
      const give = (): void => {
        if (next >= paths.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        const request: CheckRequest = {
          index: current,
          path: paths[current] ?? '',
          today: options.today,
          pack: options.pack,
        };
        worker.postMessage(request);
      };
      worker.on('message', (answer: CheckAnswer) => {
        onUnit(answer.index, answer.unit);
        give();
      });
      worker.on('error', () => {
        const path = paths[current] ?? '';
        if (current >= 0)
          onUnit(current, {
            id: path,
            fileName: path.split(/[\\/]/).pop() ?? path,
            path,
            ok: false,
            message: '读取这个文件时程序出错（可能文件过大或已损坏），已跳过。',
          });
        // This worker is gone: another takes its place for the files left.
        void run().then(resolve);
      });
      give();
    });
  await Promise.all(Array.from({ length: Math.min(size, paths.length) }, run));
}
