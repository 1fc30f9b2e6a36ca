import { type DraftDb, type DraftStorageError, openDraftDb, storageError } from './draft-db';
import { writeDraft } from './draft-write';
import type { SaveReply, SaveRequest } from './save-client';

/**
 * The autosave's IndexedDB work, off the page's main thread (`save-client.ts` is the page's
 * side). Its own connection to the drafts database runs `writeDraft` — the same transaction as
 * the page's, compare-and-set of the revision and durable commit included — and answers with
 * the outcome. Like the page's connection it lets go at once when a newer version of the app
 * wants to upgrade the database (`versionchange`), and every later write then fails with why.
 */
let open: {
  readonly name: string;
  readonly version: number;
  readonly db: Promise<DraftDb>;
} | null = null;
/** Set when this connection had to let go: every later write is told why. */
let lost: DraftStorageError | null = null;

function connect(name: string, version: number): Promise<DraftDb> {
  if (lost) return Promise.reject(lost);
  if (open?.name !== name || open.version !== version) {
    const db = openDraftDb(
      {
        onLost: (error) => {
          lost = error;
        },
      },
      name,
      version,
    );
    const opened = { name, version, db };
    // Refused (private mode …): the next write tries again, as the page's connection would.
    db.catch(() => {
      if (open === opened) open = null;
    });
    open = opened;
  }
  return open.db;
}

async function save(request: SaveRequest): Promise<SaveReply> {
  try {
    const db = await connect(request.dbName, request.dbVersion);
    const outcome = await writeDraft(
      db,
      request.draft,
      request.baseRevision,
      request.tabId,
      new Date(request.now),
    );
    return { seq: request.seq, outcome };
  } catch (error) {
    const told = storageError(error);
    return {
      seq: request.seq,
      outcome: { kind: 'failed', message: told.message, reason: told.kind },
    };
  }
}

// (Typed with the DOM's globals, as the import worker: a worker's `postMessage` takes one argument.)
addEventListener('message', (e: MessageEvent<SaveRequest>) => {
  void save(e.data).then((reply) => postMessage(reply));
});
