import type { DraftDb } from './draft-db';
import {
  type DraftContent,
  draftWrite,
  saveDraft,
  type SaveOutcome,
  savedOutcome,
} from './draft-repository';
import type { DraftWrite, WriteOutcome } from './draft-write';

/**
 * The page's side of the save worker (`save-worker.ts`). An autosave's IndexedDB work — the
 * transaction, the `get` of the stored revision, the `put` (a structured clone of the record),
 * the commit and the events that answer each of them — cost the page's main thread about 2 ms
 * per save (docs/performance.md, stop 26), and a save falls due about every other key while the
 * clerk types. Here the page only serializes the report (`JSON.stringify`, last year's report
 * kept serialized) and posts the text; the worker writes it and answers with the outcome, which
 * the session handles as before (已保存 once the worker's transaction committed).
 *
 * Should no worker start (an old browser: module workers came with Chromium 80 and Firefox 114),
 * or the worker fail to load or die, the page writes itself, as before this worker: a save in
 * flight is then written again by the page (a worker that died after its commit makes that
 * second write a clash with itself, shown to the clerk as one; nothing is lost).
 */

/** A save, page → worker. */
export interface SaveRequest {
  readonly seq: number;
  readonly dbName: string;
  readonly dbVersion: number;
  readonly draft: DraftWrite;
  readonly baseRevision: number | null;
  readonly tabId: string;
  /** ISO time of the save (`savedAt`). */
  readonly now: string;
}

/** Its outcome, worker → page. */
export interface SaveReply {
  readonly seq: number;
  readonly outcome: WriteOutcome;
}

/** `saveDraft`'s signature: what the draft session calls to write. */
export type SaveWriter = (
  db: DraftDb,
  content: DraftContent,
  baseRevision: number | null,
  tabId: string,
  now: Date,
) => Promise<SaveOutcome>;

export interface SaveWorkerOptions {
  /** Starts the worker; may throw (no workers here). */
  readonly start: () => Worker;
  readonly dbName: string;
  /** The database version the page opened (an end-to-end test may play the next release). */
  readonly dbVersion: () => number;
}

export interface SaveWorker {
  readonly save: SaveWriter;
  /** Starts the worker ahead of the first save (a draft was opened). */
  readonly warm: () => void;
  /** Whether saves go to the worker (false once it could not start or died). */
  readonly inWorker: () => boolean;
}

interface Pending {
  readonly done: (outcome: WriteOutcome) => void;
  /** The page writes it itself (the worker is gone). */
  readonly inPage: () => void;
}

export function saveWorker(options: SaveWorkerOptions): SaveWorker {
  let worker: Worker | null = null;
  let broken = false;
  let seq = 0;
  const pending = new Map<number, Pending>();

  const giveUp = (): void => {
    broken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.inPage();
  };

  const running = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = options.start();
    } catch {
      broken = true;
      return null;
    }
    worker.addEventListener('message', (e: MessageEvent<SaveReply>) => {
      const p = pending.get(e.data.seq);
      if (!p) return;
      pending.delete(e.data.seq);
      p.done(e.data.outcome);
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      giveUp();
    });
    worker.addEventListener('messageerror', giveUp);
    return worker;
  };

  const save: SaveWriter = (db, content, baseRevision, tabId, now) => {
    const w = running();
    if (!w) return saveDraft(db, content, baseRevision, tabId, now);
    const request: SaveRequest = {
      seq: (seq += 1),
      dbName: options.dbName,
      dbVersion: options.dbVersion(),
      draft: draftWrite(content),
      baseRevision,
      tabId,
      now: now.toISOString(),
    };
    return new Promise<SaveOutcome>((resolve) => {
      const inPage = (): void => resolve(saveDraft(db, content, baseRevision, tabId, now));
      pending.set(request.seq, {
        done: (outcome) => {
          // The worker cannot open the database where the page can: the page writes from now on.
          if (outcome.kind === 'failed' && outcome.reason === 'unavailable') {
            giveUp();
            inPage();
            return;
          }
          resolve(savedOutcome(outcome, content));
        },
        inPage,
      });
      w.postMessage(request);
    });
  };

  return {
    save,
    warm: () => void running(),
    inWorker: () => !broken,
  };
}
