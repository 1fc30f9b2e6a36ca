import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The drafts database (IndexedDB, through `idb`): what is stored, how the connection is opened,
 * and how each way IndexedDB fails is told to the clerk. See docs/adr/0004-drafts-in-indexeddb.md.
 *
 *   drafts   one record per draft, keyed by draft id: the `StoredDraft` JSON verbatim in `text`,
 *            with its revision, writer and name beside it so a save can compare-and-set the
 *            revision (and keep the stored name) without parsing the draft
 *   corrupt  payloads that could not be read, kept aside verbatim (never deleted)
 *
 * Every write is a `readwrite` transaction with `durability: 'strict'` (the browser flushes it
 * to disk before `complete`), and the app says 已保存 only after the transaction's `done`.
 */
export interface DraftRecord {
  readonly id: string;
  /** The draft's `revision`; -1 when `text` cannot be read (a corrupt payload moved over). */
  readonly revision: number;
  readonly savedBy?: string;
  readonly name: string;
  /** The `StoredDraft` as JSON, verbatim: restored (parsed, migrated, validated) when read. */
  readonly text: string;
}

export interface CorruptRecord {
  /** `<id>:<timestamp>`: the same draft can be set aside more than once. */
  readonly key: string;
  readonly id: string;
  /** When it was moved aside (ISO time with `:` and `.` as `-`). */
  readonly movedAt: string;
  readonly raw: string;
}

export interface DraftDbSchema extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  corrupt: { key: string; value: CorruptRecord };
}

export type DraftDb = IDBPDatabase<DraftDbSchema>;

export const DB_NAME = 'nianbao-drafts';
export const DB_VERSION = 1;
/** The stores every draft write touches (a save can move a broken record aside). */
export const STORES = ['drafts', 'corrupt'] as const;
/** Durable commit: the write is on disk when `done` resolves (Chromium's default is relaxed). */
export const DURABLE: IDBTransactionOptions = { durability: 'strict' };

/** A storage failure, with the Chinese sentence the clerk is shown (no final 。). */
export class DraftStorageError extends Error {
  constructor(
    readonly kind: 'unavailable' | 'quota' | 'blocked' | 'versionchange' | 'closed' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'DraftStorageError';
  }
}

export const MESSAGES = {
  unavailable:
    '浏览器不允许本页使用本机草稿库（IndexedDB），可能处于无痕/隐私模式，或本机存储已被禁用',
  quota: '浏览器的本地存储空间已满',
  blocked:
    '另一个标签页中还开着旧版本的年报助手，本机草稿库要等它关闭后才能升级；请关闭或刷新其他年报助手标签页',
  versionchange:
    '年报助手已在另一个标签页中更新，本页的草稿库连接已让出；请先下载草稿文件备份，再刷新本页',
  closed:
    '浏览器意外关闭了本机草稿库（可能是浏览器数据被清除或磁盘出错）；请先下载草稿文件备份，再刷新本页',
  failed: '浏览器拒绝写入本机草稿库',
} as const;

/** The failure behind `error`, told in Chinese. */
export function storageError(error: unknown): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return new DraftStorageError('quota', MESSAGES.quota);
  if (name === 'SecurityError') return new DraftStorageError('unavailable', MESSAGES.unavailable);
  // A transaction on a connection that was closed for a newer version (or by the browser).
  if (name === 'InvalidStateError') return new DraftStorageError('closed', MESSAGES.closed);
  return new DraftStorageError('failed', MESSAGES.failed);
}

/** A write transaction's outcome: resolves once committed, rejects with a told failure. */
export async function committed(done: Promise<void>, ...requests: Promise<unknown>[]) {
  try {
    await Promise.all([done, ...requests]);
  } catch (error) {
    // An aborted transaction rejects `done` with an AbortError and keeps the cause in its error.
    throw storageError(error);
  }
}

export interface OpenCallbacks {
  /** An older tab holds the database open: the upgrade waits (called with null once it may go on). */
  readonly onBlocked?: (error: DraftStorageError | null) => void;
  /** This tab must let go: a newer version of the app wants to upgrade, or the browser closed it. */
  readonly onLost?: (error: DraftStorageError) => void;
}

/**
 * Opens (creating or upgrading) the drafts database. Rejects with a `DraftStorageError` when the
 * browser refuses IndexedDB (no `indexedDB`, `open` throws, or its request fails: private modes).
 */
export async function openDraftDb(
  callbacks: OpenCallbacks = {},
  name: string = DB_NAME,
  version: number = DB_VERSION,
): Promise<DraftDb> {
  if (typeof indexedDB === 'undefined' || !indexedDB)
    throw new DraftStorageError('unavailable', MESSAGES.unavailable);
  let wasBlocked = false;
  let db: DraftDb;
  try {
    db = await openDB<DraftDbSchema>(name, version, {
      upgrade(database) {
        // Version 1: the two stores. Later versions add steps here, never change these.
        if (!database.objectStoreNames.contains('drafts'))
          database.createObjectStore('drafts', { keyPath: 'id' });
        if (!database.objectStoreNames.contains('corrupt'))
          database.createObjectStore('corrupt', { keyPath: 'key' });
      },
      blocked() {
        wasBlocked = true;
        callbacks.onBlocked?.(new DraftStorageError('blocked', MESSAGES.blocked));
      },
      blocking() {
        // A newer version waits for this connection: let go (the session then says so).
        db.close();
        callbacks.onLost?.(new DraftStorageError('versionchange', MESSAGES.versionchange));
      },
      terminated() {
        callbacks.onLost?.(new DraftStorageError('closed', MESSAGES.closed));
      },
    });
  } catch (error) {
    const told = storageError(error);
    throw told.kind === 'failed' || told.kind === 'closed'
      ? new DraftStorageError('unavailable', MESSAGES.unavailable)
      : told;
  }
  if (wasBlocked) callbacks.onBlocked?.(null);
  return db;
}
