import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { downloadText } from '@/lib/download-blob';
import { newId } from '@/lib/ids';
import { CorruptList } from './corrupt-list';
import type { DraftDb, DraftRecord } from './draft-db';
import { createDraft, deleteDraft, displayName, renameDraft, undoDelete } from './draft-repository';
import { DraftRow, type DraftRowActions } from './draft-row';
import { toExportText, type ImportResult } from '@/stored-draft/draft-file';
import { exportFileName, MAX_IMPORT_BYTES } from './export-file';
import { focusFirstField } from '@/store/navigation-store';
import { preloadable } from '@/lib/preloadable';
import { loadDraftChecks } from './draft-summary';
import type { StoredDraft } from '@/stored-draft/schema';
import {
  announceDraftsChanged,
  connectDrafts,
  draftSession,
  useDraftStatus,
} from './session-instance';
import { storageError } from './draft-db';
import { useDraftList } from './use-draft-list';
import './drafts.css';

// The two forms load on first use (or when the app prefetches them after the first paint): the
// new-draft form brings react-hook-form, which the start page itself does not need (issue 17).
const loadingForm = <p role="status">正在加载…</p>;
const newDraftForm = preloadable(
  () => import('./new-draft-form').then((m) => m.NewDraftForm),
  loadingForm,
);
const fromLastYearForm = preloadable(
  () => import('./from-last-year-form').then((m) => m.FromLastYearForm),
  loadingForm,
);
const NewDraftForm = newDraftForm.Component;
const FromLastYearForm = fromLastYearForm.Component;

/** Loads the start page's forms and the import worker's client ahead of their first use. */
export function preloadDraftForms(): Promise<unknown> {
  return Promise.all([
    newDraftForm.preload(),
    fromLastYearForm.preload(),
    importClient(),
    loadDraftChecks(),
  ]);
}

const importClient = () => import('@/import/worker/import-client');

type Message = {
  readonly kind: 'ok' | 'error';
  readonly text: string;
  readonly undo?: DraftRecord;
};

/**
 * The start page: the drafts on this machine and the ways to start one (SPEC §5, §7).
 * `extraActions` joins the toolbar (e.g. the Word / text import).
 */
export function DraftsHome({ extraActions }: { readonly extraActions?: ReactNode } = {}) {
  const list = useDraftList();
  // An older tab blocking the database's upgrade: the list waits for it, and says why.
  const problem = useDraftStatus((s) => s.problem);
  const [form, setForm] = useState<'new' | 'lastYear' | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const lastYearButton = useRef<HTMLButtonElement>(null);
  // A cancelled form gives the focus back to the button that opened it (not to <body>).
  const closeForm = (opener: typeof newButton): void => {
    setForm(null);
    opener.current?.focus();
  };

  /** Runs one change on the database, then says how it went and re-reads the list. */
  const withStorage = (run: (db: DraftDb) => Promise<Message | null>): void => {
    void connectDrafts()
      .then(run)
      .catch((error: unknown): Message => ({
        kind: 'error',
        text: `${storageError(error).message}。`,
      }))
      .then(async (next) => {
        setMessage(next);
        await list.refresh();
        announceDraftsChanged();
      });
  };

  const actions: DraftRowActions = {
    open: (draft) => {
      draftSession().open(draft);
      focusFirstField();
    },
    rename: (draft, name) =>
      withStorage(async (db) => {
        const r = await renameDraft(db, draft.id, name);
        return r.kind === 'failed' ? { kind: 'error', text: `重命名失败：${r.message}` } : null;
      }),
    duplicate: (draft) =>
      withStorage(async (db) => {
        const name = `${displayName(draft)}（副本）`;
        const { error } = await createDraft(
          db,
          { id: newId(), name, report: draft.report, lastYear: draft.lastYear },
          () => newId(),
        );
        return error
          ? { kind: 'error', text: `复制失败：${error}` }
          : { kind: 'ok', text: `已复制为“${name}”。` };
      }),
    exportJson: (draft) => downloadText(toExportText(draft), exportFileName(draft.report)),
    remove: (draft) =>
      withStorage(async (db) => {
        const record = await deleteDraft(db, draft.id);
        return record === null
          ? null
          : { kind: 'ok', text: `已删除“${displayName(draft)}”。`, undo: record };
      }),
  };

  const undo = (record: DraftRecord): void =>
    withStorage(async (db) => {
      const r = await undoDelete(db, record);
      if (r.kind === 'saved') return { kind: 'ok', text: `已恢复“${displayName(r.draft)}”。` };
      return { kind: 'error', text: `无法撤销：${r.kind === 'failed' ? r.message : ''}` };
    });

  const importFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({
        kind: 'error',
        text: `文件“${file.name}”过大（超过 5 MB），不是年报助手的草稿文件。`,
      });
      return;
    }
    // Read and migrated in the import worker: a hostile file cannot freeze the page.
    let parsed: ImportResult;
    let client: Awaited<ReturnType<typeof importClient>> | null = null;
    try {
      client = await importClient();
      parsed = await client.inImportWorker<ImportResult>((api) => api.parseDraftFile(file));
    } catch (e) {
      const text =
        client && e instanceof client.ImportWorkerError
          ? e.message
          : '导入功能加载失败，请刷新页面后重试。';
      return setMessage({ kind: 'error', text: `“${file.name}”：${text}` });
    }
    if (!parsed.ok) return setMessage({ kind: 'error', text: `“${file.name}”：${parsed.message}` });
    withStorage((db) => importDraft(db, parsed.draft, parsed.dropped));
  };

  return (
    <main className="drafts-home">
      <header className="drafts-header">
        <h1>年报助手</h1>
        <p>政府信息公开工作年度报告：填写、检查、导出 Word。草稿只保存在本机浏览器中，不会上传。</p>
      </header>
      {list.unavailable !== null && (
        <div className="draft-banner draft-banner-error" role="alert">
          <strong>{list.unavailable}。</strong>
          草稿无法保存在本机：您仍可新建或导入草稿并填写，请在填写中随时“导出草稿（JSON）”备份。
        </div>
      )}
      {problem !== null && (
        <div className="draft-banner draft-banner-error" role="alert">
          <strong>{problem}。</strong>
        </div>
      )}
      {list.migrationProblem !== null && (
        <div className="draft-banner draft-banner-error" role="alert">
          <strong>{list.migrationProblem}。</strong>
        </div>
      )}
      {list.rescueNotice !== null && (
        <div
          className={`draft-banner draft-banner-${list.rescueNotice.kind}`}
          role={list.rescueNotice.kind === 'error' ? 'alert' : 'status'}
        >
          <strong>{list.rescueNotice.text}。</strong>
        </div>
      )}
      <div className="drafts-toolbar">
        <button
          ref={newButton}
          type="button"
          className="button button-primary"
          onClick={() => setForm('new')}
          aria-expanded={form === 'new'}
        >
          新建年报
        </button>
        <button
          ref={lastYearButton}
          type="button"
          className="button"
          onClick={() => setForm('lastYear')}
          aria-expanded={form === 'lastYear'}
        >
          从去年的年报开始
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          导入草稿文件（JSON）
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => void importFile(e)}
          aria-label="导入草稿文件"
        />
        {extraActions}
      </div>
      {form === 'new' && <NewDraftForm onCancel={() => closeForm(newButton)} />}
      {form === 'lastYear' && (
        <FromLastYearForm drafts={list.drafts} onCancel={() => closeForm(lastYearButton)} />
      )}
      {message && (
        <div
          className={`drafts-message drafts-message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{message.text}</span>
          {message.undo && (
            <button
              type="button"
              className="button"
              onClick={() => message.undo && undo(message.undo)}
            >
              撤销
            </button>
          )}
        </div>
      )}
      <section aria-labelledby="drafts-list-heading">
        <h2 id="drafts-list-heading">本机上的草稿</h2>
        {!list.loaded ? (
          <p className="drafts-empty">正在读取本机草稿…</p>
        ) : list.drafts.length === 0 ? (
          <p className="drafts-empty">还没有草稿。点“新建年报”开始，或导入之前导出的草稿文件。</p>
        ) : (
          <table className="drafts-table">
            <thead>
              <tr>
                <th scope="col">草稿</th>
                <th scope="col">年度</th>
                <th scope="col">格式</th>
                <th scope="col">完成情况</th>
                <th scope="col">检查</th>
                <th scope="col">最后保存</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {list.drafts.map((d) => (
                <DraftRow key={`${d.id}:${d.revision}:${d.name}`} draft={d} actions={actions} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <CorruptList entries={list.corrupt} />
    </main>
  );
}

/** Import never touches an existing draft: a clashing id gets a new one. */
async function importDraft(db: DraftDb, draft: StoredDraft, dropped: number): Promise<Message> {
  const { draft: stored, error } = await createDraft(
    db,
    { id: draft.id, name: draft.name, report: draft.report, lastYear: draft.lastYear },
    () => newId(),
  );
  if (error) return { kind: 'error', text: `导入失败：${error}` };
  const note = dropped > 0 ? `（忽略了 ${dropped} 项本版本不认识的数据）` : '';
  return { kind: 'ok', text: `已导入“${displayName(stored)}”${note}。` };
}
