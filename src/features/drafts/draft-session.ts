import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import type { KeyValueStorage } from '@/lib/storage';
import type { useEditorStore } from '@/store/editor-store';
import {
  createDraft,
  displayName,
  type DraftContent,
  draftKey,
  readDraft,
  saveDraft,
} from './draft-repository';
import type { DraftStatusStore } from './draft-status';
import { restoreDraftText } from './restore-draft';

/** Revision and writer of a stored payload, read without restoring it. */
function storedStamp(raw: string): { revision: number | null; savedBy: string | undefined } {
  try {
    const value = JSON.parse(raw) as { revision?: unknown; savedBy?: unknown } | null;
    return {
      revision: typeof value?.revision === 'number' ? value.revision : null,
      savedBy: typeof value?.savedBy === 'string' ? value.savedBy : undefined,
    };
  } catch {
    return { revision: null, savedBy: undefined };
  }
}
import { CURRENT_SCHEMA_VERSION, type StoredDraft } from './schema';

/** Save at most this long after the last change… */
export const DEBOUNCE_MS = 300;
/** …and never later than this after the first unsaved one. */
export const MAX_WAIT_MS = 500;

type EditorApi = Pick<typeof useEditorStore, 'getState' | 'subscribe'>;

export interface DraftSessionOptions {
  /** null when the browser refuses local storage: every save then fails loudly. */
  readonly storage: KeyValueStorage | null;
  readonly editor: EditorApi;
  readonly status: DraftStatusStore;
  readonly tabId: string;
  readonly newId: () => string;
  readonly now?: () => Date;
}

export const STORAGE_UNAVAILABLE =
  '浏览器不允许本页使用本地存储（可能处于无痕/隐私模式或已被禁用）';

/**
 * Autosave of the open draft, and the two-tab rule.
 *
 * Every change of the editor's report is written within MAX_WAIT_MS, and at once when the page
 * is hidden or closed (synchronous localStorage write in the event handler). Each stored draft
 * carries a `revision`; a save only goes through when the stored revision is still the one this
 * tab last read or wrote. Otherwise another tab saved in between: this tab writes nothing and
 * raises `conflict`, and the clerk chooses (load the latest / keep this page as a copy). When
 * another tab saves and this one has no unsaved change, the newer version is simply loaded.
 */
export class DraftSession {
  private readonly o: DraftSessionOptions;
  private current: { id: string; name: string; createdAt: string } | null = null;
  private baseRevision = 0;
  /** Tab that wrote `baseRevision`: two tabs can write the same revision (see onStorage). */
  private baseSavedBy: string | undefined;
  private saved: { report: Report; lastYear: Report | null } | null = null;
  private dirtySince: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: () => void;

  constructor(options: DraftSessionOptions) {
    this.o = options;
    this.unsubscribe = options.editor.subscribe((s) =>
      this.onEditorChange(s.draftId, s.report, s.lastYear),
    );
  }

  private now(): Date {
    return this.o.now ? this.o.now() : new Date();
  }

  private setStatus(patch: Partial<ReturnType<DraftStatusStore['getState']>>): void {
    this.o.status.setState(patch);
  }

  get openDraftId(): string | null {
    return this.current?.id ?? null;
  }

  get isDirty(): boolean {
    return this.dirtySince !== null;
  }

  /** Opens a stored (or just created) draft in the editor. */
  open(draft: StoredDraft, notices: readonly string[] = []): void {
    this.flush();
    this.current = { id: draft.id, name: draft.name, createdAt: draft.createdAt };
    this.baseRevision = draft.revision;
    this.baseSavedBy = draft.savedBy;
    this.saved = { report: draft.report, lastYear: draft.lastYear };
    this.dirtySince = null;
    this.setStatus({ save: { kind: 'saved', at: draft.savedAt }, conflict: false, notices });
    this.o.editor.getState().open(draft.id, draft.report, draft.lastYear);
  }

  /** Stores a new draft and opens it; opens it in memory even when it could not be stored. */
  create(content: Omit<DraftContent, 'createdAt'>, notices: readonly string[] = []): StoredDraft {
    const inMemory = (): { draft: StoredDraft; error: string } => {
      const at = this.now().toISOString();
      const draft = {
        ...content,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        createdAt: at,
        savedAt: at,
        revision: 0,
      } as const;
      return { draft, error: STORAGE_UNAVAILABLE };
    };
    const { draft, error } = this.o.storage
      ? createDraft(this.o.storage, content, this.o.newId, this.now())
      : inMemory();
    this.open(draft, notices);
    if (error !== null) {
      this.saved = null;
      this.dirtySince = Date.now();
      this.setStatus({ save: { kind: 'failed', message: error } });
    }
    return draft;
  }

  /**
   * Saves, then shows the start page. Returns false (and stays) when the changes could not be
   * saved, unless `force`: the caller asks the clerk first.
   */
  close(force = false): boolean {
    this.flush();
    if (this.o.status.getState().conflict && this.dirtySince !== null) {
      // Leaving a clash: this page's version is kept as a copy, never dropped.
      this.saveAsCopy('（未保存的冲突副本）');
    }
    if (this.dirtySince !== null && !force) return false;
    this.cancelTimer();
    this.current = null;
    this.saved = null;
    this.dirtySince = null;
    this.setStatus({ save: { kind: 'idle' }, conflict: false, notices: [] });
    this.o.editor.getState().open(null, emptyReport('2021'));
    return true;
  }

  /** The open draft as it is on screen (for the JSON backup). */
  snapshot(): StoredDraft | null {
    if (!this.current) return null;
    const { report, lastYear } = this.o.editor.getState();
    const at = this.now().toISOString();
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      ...this.current,
      createdAt: this.current.createdAt || at,
      savedAt: at,
      revision: this.baseRevision,
      report,
      lastYear,
    };
  }

  private onEditorChange(draftId: string | null, report: Report, lastYear: Report | null): void {
    if (!this.current || draftId !== this.current.id) return;
    if (this.saved && this.saved.report === report && this.saved.lastYear === lastYear) return;
    const now = Date.now();
    this.dirtySince ??= now;
    const status = this.o.status.getState();
    if (status.save.kind !== 'failed' && !status.conflict)
      this.setStatus({ save: { kind: 'pending' } });
    this.cancelTimer();
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - (now - this.dirtySince)));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Writes unsaved changes now (synchronously). Returns true when nothing is left unsaved. */
  flush(): boolean {
    this.cancelTimer();
    if (!this.current || this.dirtySince === null) return true;
    if (this.o.status.getState().conflict) return false;
    if (!this.o.storage) {
      this.setStatus({ save: { kind: 'failed', message: STORAGE_UNAVAILABLE } });
      return false;
    }
    const { report, lastYear } = this.o.editor.getState();
    const outcome = saveDraft(
      this.o.storage,
      { ...this.current, report, lastYear },
      this.baseRevision,
      this.o.tabId,
      this.now(),
    );
    if (outcome.kind === 'saved') {
      this.baseRevision = outcome.draft.revision;
      this.baseSavedBy = this.o.tabId;
      this.current = { ...this.current, name: outcome.draft.name };
      this.saved = { report, lastYear };
      this.dirtySince = null;
      this.setStatus({ save: { kind: 'saved', at: outcome.draft.savedAt } });
      return true;
    }
    if (outcome.kind === 'conflict') this.setStatus({ conflict: true, save: { kind: 'pending' } });
    else this.setStatus({ save: { kind: 'failed', message: outcome.message } });
    return false;
  }

  /**
   * Another tab wrote to storage (the `storage` event). A newer revision is loaded when this tab
   * has nothing unsaved. Anything else is a clash the clerk must see: unsaved work here, or a
   * write on this tab's own revision (or an older one). The last happens because localStorage is
   * not atomic across tabs: the other tab read the revision before this tab's save reached it,
   * and overwrote that save — ignoring the event would leave this page showing "已保存" for a
   * version that is no longer stored.
   */
  onStorage(key: string | null, newValue: string | null): void {
    if (!this.current || key !== draftKey(this.current.id) || newValue === null) return;
    const { revision, savedBy } = storedStamp(newValue);
    if (revision === this.baseRevision && savedBy === this.baseSavedBy) return;
    const newer = revision !== null && revision > this.baseRevision;
    if (!newer || this.dirtySince !== null || this.o.status.getState().conflict) {
      this.cancelTimer();
      this.setStatus({ conflict: true });
      return;
    }
    const restored = restoreDraftText(newValue);
    if (restored.ok) this.open(restored.draft, ['已载入另一个标签页中保存的修改。']);
  }

  /** Conflict choice 1: drop this page's unsaved changes and load what is stored. */
  loadLatest(): void {
    if (!this.current || !this.o.storage) return;
    const result = readDraft(this.o.storage, this.current.id);
    if (result?.ok) {
      this.dirtySince = null;
      this.setStatus({ conflict: false });
      this.open(result.draft);
    }
  }

  /** Conflict choice 2: keep this page's version as a new draft (the other tab's stays as it is). */
  saveAsCopy(suffix = '（本页副本）'): StoredDraft | null {
    if (!this.current) return null;
    const { report, lastYear } = this.o.editor.getState();
    const name = `${displayName({ name: this.current.name, report })}${suffix}`;
    this.dirtySince = null;
    this.setStatus({ conflict: false });
    return this.create({ id: this.o.newId(), name, report, lastYear });
  }

  /** The page is being hidden or left: save now; in a conflict keep this page's version as a copy. */
  onPageHide(leaving: boolean): void {
    if (this.o.status.getState().conflict) {
      if (leaving && this.dirtySince !== null) this.saveAsCopy('（未保存的冲突副本）');
      return;
    }
    this.flush();
  }

  dismissNotices(): void {
    this.setStatus({ notices: [] });
  }

  /** Whether leaving now would lose something (the browser then asks the clerk). */
  hasUnsavedWork(): boolean {
    return this.dirtySince !== null;
  }

  /** Wires the page events; returns the function that unwires them. */
  attach(win: Window): () => void {
    const onStorage = (e: StorageEvent): void => this.onStorage(e.key, e.newValue);
    const onHide = (): void => this.onPageHide(true);
    const onVisibility = (): void => {
      if (win.document.visibilityState === 'hidden') this.onPageHide(false);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      this.onPageHide(false);
      if (this.hasUnsavedWork() && !this.o.status.getState().conflict) e.preventDefault();
    };
    win.addEventListener('storage', onStorage);
    win.addEventListener('pagehide', onHide);
    win.addEventListener('beforeunload', onBeforeUnload);
    win.document.addEventListener('visibilitychange', onVisibility);
    return () => {
      win.removeEventListener('storage', onStorage);
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('beforeunload', onBeforeUnload);
      win.document.removeEventListener('visibilitychange', onVisibility);
    };
  }

  dispose(): void {
    this.cancelTimer();
    this.unsubscribe();
  }
}
