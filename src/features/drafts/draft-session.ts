import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import type { useEditorStore } from '@/store/editor-store';
import { type DraftDb, DraftStorageError, storageError } from './draft-db';
import { displayName, type DraftContent, readDraft, saveDraft } from './draft-repository';
import type { DraftStatusStore } from './draft-status';
import type { RescueCopies } from './rescue-copy';
import type { SaveWriter } from './save-client';
import { CURRENT_SCHEMA_VERSION, type StoredDraft } from '@/stored-draft/schema';

/**
 * A change is handed to IndexedDB at most this long after it is made. The timer is not reset by
 * later keys (a throttle, not a debounce), so while the clerk types a write starts every
 * SAVE_DELAY_MS; one write at a time, the next one right after. The window in which a renderer
 * crash can lose a keystroke is this delay, the wait for an idle moment (SAVE_IDLE_TIMEOUT_MS at
 * most, a frame or less while the clerk types) and the commit (a few ms): about 100 ms at worst.
 */
export const SAVE_DELAY_MS = 50;

/**
 * Once SAVE_DELAY_MS has passed, the write starts in the page's next idle period (after the
 * frame of the key that came last, never between a key and its frame: what a save costs the
 * page — the report serialized and posted to the save worker — would delay that frame), and at
 * the latest this long after, should the page never be idle.
 */
export const SAVE_IDLE_TIMEOUT_MS = 50;

/**
 * While the clerk types, the status stays 正在保存… and 已保存 shows once no key came for this
 * long (and the last change is committed): changing the label after every save repainted the
 * page between keys, work each keystroke paid for (`npm run bench`: ~2.6 ms of main-thread time
 * per key with a save falling due after each). A late 已保存 never says more than is true.
 */
export const SAVED_LABEL_QUIET_MS = 400;

type EditorApi = Pick<typeof useEditorStore, 'getState' | 'subscribe'>;

/** What a tab tells the others after a committed save (BroadcastChannel). */
export interface SavedMessage {
  readonly kind: 'saved';
  readonly id: string;
  readonly revision: number;
  readonly savedBy: string;
}

export interface DraftSessionOptions {
  /** The open database; rejects with a `DraftStorageError` (told in Chinese) when there is none. */
  readonly connect: () => Promise<DraftDb>;
  readonly editor: EditorApi;
  readonly status: DraftStatusStore;
  readonly tabId: string;
  readonly newId: () => string;
  readonly now?: () => Date;
  /** Tells the other tabs of a committed save. */
  readonly announce?: (message: SavedMessage) => void;
  /** Runs the loading of another tab's version (the page keeps the focused field replaceable). */
  readonly applyRemote?: (apply: () => void) => void;
  /** Runs `run` after `ms`; returns the cancel function (default: setTimeout; a test's clock). */
  readonly schedule?: (run: () => void, ms: number) => () => void;
  /**
   * SAVE_DELAY_MS unless given (read at each first unsaved change); `Infinity` holds the write
   * back until a change after it returns a finite delay (or the page is hidden or closed).
   */
  readonly saveDelayMs?: () => number;
  /**
   * Runs `run` in the page's next idle period, within `timeoutMs`; returns the cancel function
   * (default: requestIdleCallback where there is one, else at once).
   */
  readonly idle?: (run: () => void, timeoutMs: number) => () => void;
  /**
   * Writes a save (default: `saveDraft`, on this thread). The app's writes run in a worker
   * (`save-client.ts`), off the frames in which the clerk types.
   */
  readonly save?: SaveWriter;
  /** Called when a draft is opened: the writer gets ready for the first save. */
  readonly warm?: () => void;
  /**
   * Where a page being closed keeps its unsaved draft synchronously (`rescue-copy.ts`): the
   * write handed to the worker on `pagehide` may never start.
   */
  readonly rescue?: RescueCopies;
}

const timeout = (run: () => void, ms: number): (() => void) => {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
};

const whenIdle = (run: () => void, timeoutMs: number): (() => void) => {
  if (typeof requestIdleCallback !== 'function') {
    run();
    return () => undefined;
  }
  const id = requestIdleCallback(run, { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
};

/**
 * Autosave of the open draft, and the two-tab rule.
 *
 * Every change of the editor's report is written within SAVE_DELAY_MS, and at once when the page
 * is hidden or closed. 已保存 is shown only when IndexedDB says the write committed durably.
 * Each stored draft carries a `revision`; a save only goes through when the stored revision is
 * still the one this tab last read or wrote (checked inside the write transaction). Otherwise
 * another tab saved in between: this tab writes nothing and raises `conflict`, and the clerk
 * chooses (load the latest / keep this page as a copy). When another tab's save is announced
 * and this one has nothing unsaved, the newer version is simply loaded.
 */
export class DraftSession {
  private readonly o: DraftSessionOptions;
  private current: { id: string; name: string; createdAt: string } | null = null;
  /** Revision this tab last read or wrote; null until the draft is first stored. */
  private baseRevision: number | null = null;
  /** The version last committed (or being committed). */
  private saved: { report: Report; lastYear: Report | null } | null = null;
  private dirtySince: number | null = null;
  /** Cancels the pending write's timer; null when none is pending. */
  private timer: (() => void) | null = null;
  private saving: Promise<boolean> | null = null;
  /** The page is being left (pagehide): a clash found now keeps this page's version as a copy. */
  private leaving = false;
  /** When the report last changed (Date.now()). */
  private lastChange = 0;
  /** Cancels the pending switch of the label to 已保存. */
  private savedLabel: (() => void) | null = null;
  /** The draft whose rescue copy this page keeps, until a save of all its changes commits. */
  private rescued: string | null = null;
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

  /** A write is under way. */
  get isSaving(): boolean {
    return this.saving !== null;
  }

  /** The stored revision this tab last read or wrote (null: not stored yet). */
  get revision(): number | null {
    return this.baseRevision;
  }

  /** Opens a stored draft in the editor (the caller has closed the previous one). */
  open(draft: StoredDraft, notices: readonly string[] = []): void {
    this.cancelTimer();
    this.cancelSavedLabel();
    this.current = { id: draft.id, name: draft.name, createdAt: draft.createdAt };
    this.baseRevision = draft.revision;
    this.saved = { report: draft.report, lastYear: draft.lastYear };
    this.dirtySince = null;
    this.setStatus({ save: { kind: 'saved', at: draft.savedAt }, conflict: false, notices });
    this.o.editor.getState().open(draft.id, draft.report, draft.lastYear);
    this.o.warm?.();
  }

  /**
   * Opens a new draft at once and stores it in the background: the status says 正在保存… until
   * the write committed (or says why it failed; the clerk keeps working in memory).
   */
  create(content: Omit<DraftContent, 'createdAt'>, notices: readonly string[] = []): StoredDraft {
    const at = this.now().toISOString();
    const draft: StoredDraft = {
      ...content,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: at,
      savedAt: at,
      revision: 0,
    };
    this.open(draft, notices);
    this.baseRevision = null;
    this.saved = null;
    this.dirtySince = Date.now();
    this.setStatus({ save: { kind: 'pending' } });
    void this.flush();
    return draft;
  }

  /**
   * Saves, then shows the start page. Resolves false (and stays) when the changes could not be
   * saved, unless `force`: the caller asks the clerk first.
   */
  async close(force = false): Promise<boolean> {
    await this.flush();
    if (this.o.status.getState().conflict && this.dirtySince !== null) {
      // Leaving a clash: this page's version is kept as a copy, never dropped.
      this.saveAsCopy('（未保存的冲突副本）');
      await this.flush();
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
      revision: this.baseRevision ?? 0,
      report,
      lastYear,
    };
  }

  private onEditorChange(draftId: string | null, report: Report, lastYear: Report | null): void {
    if (!this.current || draftId !== this.current.id) return;
    if (this.saved && this.saved.report === report && this.saved.lastYear === lastYear) return;
    this.lastChange = Date.now();
    this.dirtySince ??= this.lastChange;
    this.cancelSavedLabel();
    const status = this.o.status.getState();
    if (status.save.kind !== 'failed' && !status.conflict && status.save.kind !== 'pending')
      this.setStatus({ save: { kind: 'pending' } });
    // Not reset by later keys: the write starts SAVE_DELAY_MS after the first unsaved change.
    this.startTimer(this.o.saveDelayMs?.() ?? SAVE_DELAY_MS);
  }

  /** The write starts `ms` from now, in the first idle period after that (SAVE_IDLE_TIMEOUT_MS). */
  private startTimer(ms: number): void {
    // An endless delay holds the write back (a benchmark measuring keys without saves): no
    // timer, so that the next change after the hold is lifted starts one as usual.
    if (this.timer || ms === Number.POSITIVE_INFINITY) return;
    // With no delay the idle wait starts now: a timer of 0 ms first was one more task on the
    // page per save while the clerk types.
    const idle = (): void => {
      let ran = false;
      const cancel = (this.o.idle ?? whenIdle)(() => {
        ran = true;
        this.timer = null;
        void this.flush();
      }, SAVE_IDLE_TIMEOUT_MS);
      // Run at once (no idle callbacks here): nothing left to cancel.
      this.timer = ran ? null : cancel;
    };
    if (ms > 0) this.timer = (this.o.schedule ?? timeout)(idle, ms);
    else idle();
  }

  private cancelTimer(): void {
    this.timer?.();
    this.timer = null;
  }

  private cancelSavedLabel(): void {
    this.savedLabel?.();
    this.savedLabel = null;
  }

  /** Says 已保存 (at `at`), at once or, while the clerk is typing, once the keys pause. */
  private showSaved(at: string): void {
    const quietFor = Date.now() - this.lastChange;
    if (quietFor >= SAVED_LABEL_QUIET_MS || this.o.status.getState().save.kind !== 'pending') {
      this.setStatus({ save: { kind: 'saved', at } });
      return;
    }
    this.cancelSavedLabel();
    this.savedLabel = (this.o.schedule ?? timeout)(() => {
      this.savedLabel = null;
      const { save, conflict } = this.o.status.getState();
      if (this.dirtySince === null && !conflict && save.kind === 'pending')
        this.setStatus({ save: { kind: 'saved', at } });
    }, SAVED_LABEL_QUIET_MS - quietFor);
  }

  /**
   * Writes unsaved changes now. Resolves true when nothing is left unsaved. One write at a time:
   * called while one is under way, it waits for it and then writes what changed meanwhile.
   */
  flush(): Promise<boolean> {
    this.cancelTimer();
    if (this.saving) return this.saving.then(() => this.flush());
    if (!this.current || this.dirtySince === null) return Promise.resolve(true);
    if (this.o.status.getState().conflict) return Promise.resolve(false);
    const { report, lastYear } = this.o.editor.getState();
    const content = { ...this.current, report, lastYear };
    const base = this.baseRevision;
    const saving = this.write(content, base).finally(() => {
      if (this.saving === saving) this.saving = null;
    });
    this.saving = saving;
    return saving;
  }

  private async write(content: DraftContent, base: number | null): Promise<boolean> {
    const outcome = await this.o
      .connect()
      .then((db) => (this.o.save ?? saveDraft)(db, content, base, this.o.tabId, this.now()))
      .catch(
        (error: unknown) => ({ kind: 'failed', message: storageError(error).message }) as const,
      );
    if (!this.current || this.current.id !== content.id) return false;
    if (outcome.kind === 'saved') {
      this.baseRevision = outcome.draft.revision;
      this.current = { ...this.current, name: outcome.draft.name };
      this.saved = { report: content.report, lastYear: content.lastYear };
      this.o.announce?.({
        kind: 'saved',
        id: content.id,
        revision: outcome.draft.revision,
        savedBy: this.o.tabId,
      });
      const { report, lastYear } = this.o.editor.getState();
      if (report === content.report && lastYear === content.lastYear) {
        this.dirtySince = null;
        if (this.rescued === content.id) {
          this.o.rescue?.drop(content.id);
          this.rescued = null;
        }
        this.showSaved(outcome.draft.savedAt);
        return true;
      }
      // Typed on while it was written: the next write follows at once. (The status is already
      // 正在保存… while the clerk types: setting it again, a new object, re-rendered the save
      // status and the banners after every save.)
      if (this.o.status.getState().save.kind !== 'pending')
        this.setStatus({ save: { kind: 'pending' } });
      this.startTimer(0);
      return false;
    }
    if (outcome.kind === 'conflict' && this.leaving && this.dirtySince !== null) {
      // The page is going away: the clerk cannot choose any more, so this page's version is
      // kept as a copy (found by the model test: another tab's write landed first and a reload
      // lost what this tab had typed in the last 50 ms).
      this.saveAsCopy('（未保存的冲突副本）');
      return false;
    }
    if (outcome.kind === 'conflict') this.setStatus({ conflict: true, save: { kind: 'pending' } });
    else this.setStatus({ save: { kind: 'failed', message: outcome.message } });
    return false;
  }

  /**
   * Another tab committed a save (its announcement). A newer revision of the open draft is
   * loaded when this tab has nothing unsaved; with unsaved work here it is a clash the clerk
   * must see before anything is written.
   */
  async onRemoteSave(message: SavedMessage): Promise<void> {
    if (!this.current || message.id !== this.current.id || message.savedBy === this.o.tabId) return;
    if (this.baseRevision !== null && message.revision <= this.baseRevision) return;
    if (this.dirtySince !== null || this.saving || this.o.status.getState().conflict) {
      this.cancelTimer();
      this.setStatus({ conflict: true });
      return;
    }
    const id = this.current.id;
    const result = await this.o
      .connect()
      .then((db) => readDraft(db, id))
      .catch((error: unknown) => storageError(error));
    if (this.current?.id !== id) return;
    if (result instanceof DraftStorageError) {
      // This page no longer shows what is saved, and cannot load it: 已保存 would now lie.
      // (Found by the model test: a tab that lost its database kept saying 已保存.)
      this.setStatus({
        save: {
          kind: 'failed',
          message: `另一个标签页保存了此草稿的新版本，本页无法载入：${result.message}`,
        },
      });
      return;
    }
    if (!result?.ok) return;
    if (this.dirtySince !== null || this.saving) {
      this.setStatus({ conflict: true });
      return;
    }
    if (this.baseRevision !== null && result.draft.revision <= this.baseRevision) return;
    const draft = result.draft;
    const apply = (): void => this.open(draft, ['已载入另一个标签页中保存的修改。']);
    if (this.o.applyRemote) this.o.applyRemote(apply);
    else apply();
  }

  /** Conflict choice 1: drop this page's unsaved changes and load what is stored. */
  async loadLatest(): Promise<void> {
    if (!this.current) return;
    const id = this.current.id;
    const result = await this.o
      .connect()
      .then((db) => readDraft(db, id))
      .catch(() => null);
    if (result?.ok && this.current?.id === id) {
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

  /**
   * The page is being hidden or left: save now; in a conflict keep this page's version as a copy.
   * A page being left also keeps what is unsaved as its rescue copy: the write may never start.
   */
  onPageHide(leaving: boolean): void {
    if (leaving) this.leaving = true;
    if (!this.o.status.getState().conflict) void this.flush();
    else if (leaving && this.dirtySince !== null) this.saveAsCopy('（未保存的冲突副本）');
    if (leaving && this.current && this.dirtySince !== null && this.o.rescue) {
      const { report, lastYear } = this.o.editor.getState();
      this.o.rescue.keep(
        { ...this.current, report, lastYear },
        this.baseRevision,
        this.o.tabId,
        this.now(),
      );
      this.rescued = this.current.id;
    }
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
    const onHide = (): void => this.onPageHide(true);
    // Back from the back/forward cache: the page is in use again.
    const onShow = (): void => {
      this.leaving = false;
    };
    const onVisibility = (): void => {
      if (win.document.visibilityState === 'hidden') this.onPageHide(false);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      this.onPageHide(false);
      // A write under way commits on its own; ask only when saving has failed or is held.
      const { save, conflict } = this.o.status.getState();
      if (this.hasUnsavedWork() && !conflict && save.kind === 'failed') e.preventDefault();
    };
    win.addEventListener('pagehide', onHide);
    win.addEventListener('pageshow', onShow);
    win.addEventListener('beforeunload', onBeforeUnload);
    win.document.addEventListener('visibilitychange', onVisibility);
    return () => {
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('pageshow', onShow);
      win.removeEventListener('beforeunload', onBeforeUnload);
      win.document.removeEventListener('visibilitychange', onVisibility);
    };
  }

  dispose(): void {
    this.cancelTimer();
    this.cancelSavedLabel();
    this.unsubscribe();
  }
}
