import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import { newId } from '@/lib/ids';
import { browserStorage } from '@/lib/storage';
import { useEditorStore } from '@/store/editor-store';
import {
  DB_NAME,
  DB_VERSION,
  type DraftDb,
  type DraftStorageError,
  openDraftDb,
  storageError,
} from './draft-db';
import { DraftSession, SAVE_DELAY_MS, type SavedMessage } from './draft-session';
import { createDraftStatusStore, type DraftStatus } from './draft-status';
import { migrateLocalStorage } from './migrate-local-storage';
import { applyRescueCopies, type RescuedDraft, rescueCopies } from './rescue-copy';
import { saveWorker } from './save-client';

/** The app's one draft session and database connection, wired to the browser on first use. */
export const draftStatusStore = createDraftStatusStore();

type ChannelMessage = SavedMessage | { readonly kind: 'changed' };

let connection: Promise<DraftDb> | null = null;

/**
 * The database version this build opens: DB_VERSION, unless an end-to-end test plays the next
 * release (window.__NIANBAO_DB_VERSION__, set before the app starts) to show how an older tab
 * holding the database during an upgrade is told (`blocked`, `versionchange`).
 */
function dbVersion(): number {
  const override = (globalThis as { __NIANBAO_DB_VERSION__?: unknown }).__NIANBAO_DB_VERSION__;
  return typeof override === 'number' && Number.isInteger(override) && override > DB_VERSION
    ? override
    : DB_VERSION;
}
/** Set when this tab had to let go of the database: every later use is told why. */
let lost: DraftStorageError | null = null;
/** Why the drafts of an earlier version could not be moved over (they stay in localStorage). */
let migrationProblem: string | null = null;
/** What the start page says of the changes a closed page left unsaved (`rescue-copy.ts`). */
let rescueNotice: { readonly kind: 'info' | 'error'; readonly text: string } | null = null;

function rescuedNotice(rescued: readonly RescuedDraft[]): typeof rescueNotice {
  if (rescued.length === 0) return null;
  const names = (asCopy: boolean): string =>
    rescued
      .filter((r) => r.asCopy === asCopy)
      .map((r) => `“${r.name}”`)
      .join('、');
  const saved = names(false);
  const copies = names(true);
  const parts = [
    ...(saved ? [`已恢复上次关闭页面时尚未保存完的修改：${saved}`] : []),
    ...(copies
      ? [`上次关闭页面时尚未保存完的修改已另存为 ${copies}（该草稿之后在另一个标签页中被修改过）`]
      : []),
  ];
  return { kind: 'info', text: parts.join('；') };
}

/**
 * The drafts database, opened once; on first start the drafts of earlier versions are moved
 * over from localStorage. Rejects with a `DraftStorageError` when IndexedDB cannot be used.
 */
export function connectDrafts(): Promise<DraftDb> {
  if (lost) return Promise.reject(lost);
  connection ??= openDraftDb(
    {
      onBlocked: (error) => draftStatusStore.setState({ problem: error?.message ?? null }),
      onLost: (error) => {
        lost = error;
        draftStatusStore.setState({ problem: error.message });
      },
    },
    DB_NAME,
    dbVersion(),
  ).then(async (db) => {
    try {
      await migrateLocalStorage(db, browserStorage(), () => newId());
    } catch (error) {
      migrationProblem = `旧版本保存在浏览器本地存储中的草稿暂时无法移入本机草稿库：${storageError(error).message}。它们仍原样保留，下次打开时会再试`;
    }
    try {
      const rescued = await applyRescueCopies(db, browserStorage(), () => newId());
      rescueNotice = rescuedNotice(rescued);
      for (const { id, revision, savedBy } of rescued)
        channel?.postMessage({ kind: 'saved', id, revision, savedBy } satisfies ChannelMessage);
      if (rescued.length > 0) announceDraftsChanged();
    } catch (error) {
      rescueNotice = {
        kind: 'error',
        text: `上次关闭页面时尚未保存完的修改暂时无法写入本机草稿库：${storageError(error).message}。它们仍保留在浏览器中，下次打开时会再试`,
      };
    }
    return db;
  });
  return connection;
}

export function draftMigrationProblem(): string | null {
  return migrationProblem;
}

export function draftRescueNotice(): typeof rescueNotice {
  return rescueNotice;
}

const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('nianbao-drafts');
const listListeners = new Set<() => void>();
channel?.addEventListener('message', (e: MessageEvent<ChannelMessage>) => {
  if (e.data.kind === 'saved') void instance?.onRemoteSave(e.data);
  for (const listener of listListeners) listener();
});

/** Tells the other tabs that the list of drafts changed (created, renamed, deleted…). */
export function announceDraftsChanged(): void {
  channel?.postMessage({ kind: 'changed' } satisfies ChannelMessage);
}

/** Calls `listener` when another tab changed any draft; returns the unsubscribe function. */
export function onDraftsChanged(listener: () => void): () => void {
  listListeners.add(listener);
  return () => listListeners.delete(listener);
}

/**
 * Loads another tab's version so that the clerk's next key replaces the focused field's new
 * value, as in a spreadsheet cell: a value arriving under the caret would otherwise get the next
 * keys appended to it (tab B types 703 after tab A's 203 arrived: 203703). So the editor is
 * updated synchronously and the focused input's new text selected. A focused narrative keeps
 * its caret where it was (selecting a whole section for the next key to replace would lose it);
 * the notice tells the clerk what came in.
 */
function keepFocusedFieldReplaceable(apply: () => void): void {
  const el = document.activeElement;
  const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
  const before = field ? { value: field.value, start: field.selectionStart } : null;
  flushSync(apply);
  if (!field || !before || document.activeElement !== field || field.value === before.value) return;
  if (field instanceof HTMLInputElement) field.select();
  else {
    const at = Math.min(before.start ?? field.value.length, field.value.length);
    field.setSelectionRange(at, at);
  }
}

let instance: DraftSession | null = null;

/**
 * The autosave delay: SAVE_DELAY_MS, unless a benchmark holds the saves back
 * (window.__NIANBAO_SAVE_DELAY_MS__, `Infinity`: none while it is set) to measure keystrokes
 * with and without saves falling due.
 */
function saveDelayMs(): number {
  const override = (globalThis as { __NIANBAO_SAVE_DELAY_MS__?: unknown })
    .__NIANBAO_SAVE_DELAY_MS__;
  return typeof override === 'number' && override >= 0 ? override : SAVE_DELAY_MS;
}

/** The autosave's writes, in a worker of their own (`save-client.ts`). */
const writer = saveWorker({
  start: () =>
    new Worker(new URL('./save-worker.ts', import.meta.url), {
      type: 'module',
      name: 'nianbao-save',
    }),
  dbName: DB_NAME,
  dbVersion,
});

export function draftSession(): DraftSession {
  if (!instance) {
    const tabId = newId('tab-');
    const session = new DraftSession({
      connect: connectDrafts,
      editor: useEditorStore,
      status: draftStatusStore,
      tabId,
      newId: () => newId(),
      announce: (message) => channel?.postMessage(message satisfies ChannelMessage),
      applyRemote: keepFocusedFieldReplaceable,
      saveDelayMs,
      save: writer.save,
      warm: writer.warm,
      rescue: rescueCopies(browserStorage()),
    });
    session.attach(window);
    instance = session;
  }
  return instance;
}

export function useDraftStatus<T>(selector: (s: DraftStatus) => T): T {
  return useStore(draftStatusStore, selector);
}
