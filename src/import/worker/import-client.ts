import { wrap, releaseProxy, type Remote } from 'comlink';
import { asImportWork } from './busy';
import type { ImportWorkerApi } from './import-worker';

/**
 * The page's side of the import worker. One worker is started on first use and kept; a call
 * that takes longer than the timeout terminates it (the next call starts a fresh one) and
 * answers with a Chinese message, so neither a hostile file nor a bug can hang the page or the
 * dialog. A worker that dies (out of memory, a load failure) answers the same way.
 */

/** Long enough for a 45 MB-XML .docx or a long PDF on an old office PC. */
export const IMPORT_TIMEOUT_MS = 30_000;

export class ImportWorkerError extends Error {}

interface Running {
  readonly worker: Worker;
  readonly api: Remote<ImportWorkerApi>;
  /** Rejects when the worker reports an uncaught error (it is unusable afterwards). */
  readonly failed: Promise<never>;
}

let running: Running | null = null;

function start(): Running {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'nianbao-import',
  });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(
        new ImportWorkerError('导入程序意外停止（可能是文件过大、内存不足），请重试或换一个文件。'),
      );
    });
  });
  failed.catch(() => undefined);
  return { worker, api: wrap<ImportWorkerApi>(worker), failed };
}

function stop(r: Running): void {
  if (running !== r) return;
  running = null;
  r.worker.terminate();
  r.api[releaseProxy]();
}

/** A timeout set by an end-to-end test (window.__NIANBAO_IMPORT_TIMEOUT_MS__), else the default. */
function timeoutMs(): number {
  const override = (globalThis as { __NIANBAO_IMPORT_TIMEOUT_MS__?: unknown })
    .__NIANBAO_IMPORT_TIMEOUT_MS__;
  return typeof override === 'number' && override > 0 ? override : IMPORT_TIMEOUT_MS;
}

/**
 * Runs `call` in the worker. Rejects with an ImportWorkerError (Chinese message) when the
 * worker does not answer in time or dies; the caller shows it and stays usable.
 */
export function inImportWorker<T>(call: (api: Remote<ImportWorkerApi>) => Promise<T>): Promise<T> {
  return asImportWork(callWorker(call));
}

async function callWorker<T>(call: (api: Remote<ImportWorkerApi>) => Promise<T>): Promise<T> {
  const r = running ?? (running = start());
  const ms = timeoutMs();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stop(r);
      reject(
        new ImportWorkerError(
          `读取文件超过 ${Math.max(1, Math.round(ms / 1000))} 秒仍未完成，已停止。文件可能过大或已损坏；请确认选择的是年度报告，或改为粘贴报告文字。`,
        ),
      );
    }, ms);
  });
  try {
    return await Promise.race([call(r.api), timeout, r.failed]);
  } catch (e) {
    stop(r);
    throw e instanceof ImportWorkerError
      ? e
      : new ImportWorkerError('导入程序出错，无法读取这个文件，请重试或换一个文件。');
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the worker and loads its readers while the clerk is still choosing a file. */
export function warmImportWorker(): void {
  inImportWorker((api) => api.warm()).catch(() => undefined);
}
