import { useState, type FormEvent } from 'react';
import { shownYear } from '@/domain/report/read-year';
import { displayName } from './draft-repository';
import { formatLabel, localDateTime, summariseDraft, useDraftChecksLoaded } from './draft-summary';
import type { StoredDraft } from '@/stored-draft/schema';

export interface DraftRowActions {
  readonly open: (draft: StoredDraft) => void;
  readonly rename: (draft: StoredDraft, name: string) => void;
  readonly duplicate: (draft: StoredDraft) => void;
  readonly exportJson: (draft: StoredDraft) => void;
  readonly remove: (draft: StoredDraft) => void;
}

/** One draft in the start page's table. */
export function DraftRow({
  draft,
  actions,
}: {
  readonly draft: StoredDraft;
  readonly actions: DraftRowActions;
}) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(displayName(draft));
  useDraftChecksLoaded();
  const summary = summariseDraft(draft);
  const title = displayName(draft);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    actions.rename(draft, name.trim());
    setRenaming(false);
  };
  return (
    <tr data-draft-id={draft.id}>
      <th scope="row">
        {renaming ? (
          <form onSubmit={submit} className="drafts-rename">
            <input
              aria-label={`新名称：${title}`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
            />
            <button type="submit" className="button">
              确定
            </button>
            <button type="button" className="button" onClick={() => setRenaming(false)}>
              取消
            </button>
          </form>
        ) : (
          <>
            <span className="drafts-name">{title}</span>
            <span className="drafts-agency">
              {draft.report.meta.agencyName || '（未填写机关名称）'}
            </span>
          </>
        )}
      </th>
      <td>{shownYear(draft.report.meta) === null ? '—' : `${shownYear(draft.report.meta)}年`}</td>
      <td>{formatLabel(draft)}</td>
      {summary === null ? (
        <>
          <td>正在检查…</td>
          <td>正在检查…</td>
        </>
      ) : (
        <>
          <td className={summary.incomplete === 0 ? 'drafts-done' : 'drafts-todo'}>
            {summary.incomplete === 0 ? '已完成' : `未完成 ${summary.incomplete} 项`}
          </td>
          <td className={summary.errors > 0 ? 'drafts-has-errors' : undefined}>
            {summary.errors > 0 ? `${summary.errors} 个错误` : '无错误'}
            {summary.warnings > 0 ? `，${summary.warnings} 个提醒` : ''}
          </td>
        </>
      )}
      <td>{localDateTime(draft.savedAt)}</td>
      <td>
        {/* A flex box inside the cell: a flex <td> stops being a table cell. */}
        <div className="drafts-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => actions.open(draft)}
            aria-label={`打开 ${title}`}
          >
            打开
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setRenaming(true)}
            aria-label={`重命名 ${title}`}
          >
            重命名
          </button>
          <button
            type="button"
            className="button"
            onClick={() => actions.duplicate(draft)}
            aria-label={`复制 ${title}`}
          >
            复制
          </button>
          <button
            type="button"
            className="button"
            onClick={() => actions.exportJson(draft)}
            aria-label={`导出 JSON ${title}`}
          >
            导出 JSON
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => actions.remove(draft)}
            aria-label={`删除 ${title}`}
          >
            删除
          </button>
        </div>
      </td>
    </tr>
  );
}
