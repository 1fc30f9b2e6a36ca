import { releaseProxy, wrap, type Remote } from 'comlink';
import type { RulePack } from '@/domain/template/rule-pack';
import { pdfCMapUrl } from '@/import/pdf/cmap-url';
import { asImportWork } from '@/import/worker/busy';
import type { ReviewUnit } from '@/review/types';
import type { ReviewWorkerApi } from '@/review/worker/review-worker';
import ReviewWorker from '@/review/worker/review-worker?worker';

/**
 * A few review workers side by side (one per core but one, at least one, at most four): each
 * file is read and checked in one of them. The core left over is the page's and V8's: in
 * Chromium each worker optimises the same readers and checks on V8's compiler threads again (on
 * the review bench's 101 files ~2.5 s of compiler CPU with two workers, ~2 s with one), and on
 * two cores a second worker left the page, the compilers and both workers queueing for the
 * same two (issue 17, docs/performance.md "Stop 28": ~1.3 s less of the browser's CPU with one). A file that takes longer than the timeout, or kills its worker, becomes an
 * unreadable unit with a Chinese message; its worker is replaced and the others go on.
 */

const FILE_TIMEOUT_MS = 30_000;

interface Slot {
  worker: Worker;
  api: Remote<ReviewWorkerApi>;
}

export interface ReviewFile {
  readonly id: string;
  readonly path: string;
  readonly file: File;
}

function startSlot(): Slot {
  const worker = new ReviewWorker({ name: 'nianbao-review' });
  return { worker, api: wrap<ReviewWorkerApi>(worker) };
}

function stopSlot(slot: Slot): void {
  slot.worker.terminate();
  slot.api[releaseProxy]();
}

export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores - 1));
}

function failed(f: ReviewFile, message: string): ReviewUnit {
  return { id: f.id, fileName: f.file.name, path: f.path, ok: false, message };
}

/**
 * Reviews every file, `onUnit` called as each finishes (in completion order). Resolves when all
 * are done or `signal` aborts (the workers are then stopped). Counted as import work (busy.ts)
 * while it runs: the offline service worker's first install waits for it (issue 17: beside the
 * review bench's 101 files it took ~3.5 s of the browser's CPU, a third of what the browser
 * spent, on the two cores the review workers need).
 */
export async function reviewFiles(
  files: readonly ReviewFile[],
  options: { readonly today: string; readonly pack: RulePack | null },
  onUnit: (unit: ReviewUnit) => void,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const slots: Slot[] = [];
  const run = async (index: number): Promise<void> => {
    let slot = (slots[index] = startSlot());
    while (next < files.length && !signal?.aborted) {
      const f = files[next++];
      if (!f) break;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const died = new Promise<never>((_, reject) => {
        slot.worker.onerror = (e) => {
          e.preventDefault();
          reject(new Error('worker'));
        };
        timer = setTimeout(() => reject(new Error('timeout')), FILE_TIMEOUT_MS);
      });
      try {
        onUnit(
          await Promise.race([
            slot.api.reviewFile(
              { id: f.id, fileName: f.file.name, path: f.path },
              f.file,
              options.today,
              pdfCMapUrl(),
              options.pack,
            ),
            died,
          ]),
        );
      } catch (e) {
        stopSlot(slot);
        slot = slots[index] = startSlot();
        onUnit(
          failed(
            f,
            e instanceof Error && e.message === 'timeout'
              ? `读取超过 ${FILE_TIMEOUT_MS / 1000} 秒仍未完成，已跳过：文件可能过大或已损坏。`
              : '读取这个文件时程序出错（可能文件过大或已损坏），已跳过。',
          ),
        );
      } finally {
        clearTimeout(timer);
      }
    }
    stopSlot(slot);
  };
  await asImportWork(
    Promise.all(
      Array.from({ length: Math.min(poolSize(), Math.max(1, files.length)) }, (_, i) => run(i)),
    ),
  );
}
