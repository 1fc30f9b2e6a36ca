import { useEffect, useRef } from 'react';
import { downloadText } from '@/lib/download-blob';
import { toExportText } from '@/stored-draft/draft-file';
import { exportFileName } from './export-file';
import { draftSession, useDraftStatus } from './session-instance';
import './drafts.css';

/** `14:32:05` in the clerk's local time. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Downloads the open draft, as on screen, as the JSON backup. */
export function downloadOpenDraft(): void {
  const draft = draftSession().snapshot();
  if (draft) downloadText(toExportText(draft), exportFileName(draft.report));
}

/** The quiet save status: `已保存 14:32:05`, `正在保存…`, `保存失败：…`. */
export function SaveStatus() {
  const save = useDraftStatus((s) => s.save);
  let text = '';
  if (save.kind === 'saved') text = `已保存 ${clockTime(save.at)}`;
  else if (save.kind === 'pending') text = '正在保存…';
  else if (save.kind === 'failed') text = `保存失败：${save.message}`;
  return (
    <span
      className={`save-status save-status-${save.kind}`}
      role="status"
      data-testid="save-status"
    >
      {text}
    </span>
  );
}

/** The page's end scrolls clear of the floating banners: their height, as a CSS variable. */
const BANNERS_HEIGHT = '--draft-banners-height';

function useReservedSpace(box: { readonly current: HTMLElement | null }, shown: boolean): void {
  useEffect(() => {
    const root = document.documentElement.style;
    const el = box.current;
    if (!shown || !el) return;
    const observer = new ResizeObserver(() =>
      root.setProperty(BANNERS_HEIGHT, `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty(BANNERS_HEIGHT);
    };
  }, [box, shown]);
}

/** Banners that need the clerk: another tab changed the draft, or storage refused to save. */
export function DraftBanners() {
  const conflict = useDraftStatus((s) => s.conflict);
  const save = useDraftStatus((s) => s.save);
  const notices = useDraftStatus((s) => s.notices);
  const problem = useDraftStatus((s) => s.problem);
  const box = useRef<HTMLDivElement>(null);
  // A database problem that is also the failed save's reason is said once.
  const problemShown = problem !== null && !(save.kind === 'failed' && save.message === problem);
  const shown = conflict || save.kind === 'failed' || problemShown || notices.length > 0;
  useReservedSpace(box, shown);
  if (!shown) return null;
  return (
    <div className="draft-banners" ref={box}>
      {conflict && (
        <div className="draft-banner draft-banner-warning" role="alert">
          <p>
            <strong>此草稿已在另一个标签页中修改。</strong>
            本页的修改尚未保存，为免互相覆盖，已暂停自动保存。请选择：
          </p>
          <div className="draft-banner-actions">
            <button
              type="button"
              className="button"
              onClick={() => void draftSession().loadLatest()}
            >
              载入最新版本（放弃本页未保存的修改）
            </button>
            <button type="button" className="button" onClick={() => draftSession().saveAsCopy()}>
              以本页为准保存为副本
            </button>
          </div>
        </div>
      )}
      {save.kind === 'failed' && (
        <StorageAlert title={`无法保存到本机：${save.message}`}>
          您可以继续填写，内容保留在本页中；关闭或刷新本页前，请先下载草稿文件备份，之后可在“导入草稿文件”中恢复。
        </StorageAlert>
      )}
      {problemShown && (
        <StorageAlert title={problem}>
          在此之前，您可以继续填写，内容保留在本页中；请先下载草稿文件备份。
        </StorageAlert>
      )}
      {notices.length > 0 && (
        <div className="draft-banner draft-banner-info" role="status">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => draftSession().dismissNotices()}>
            知道了
          </button>
        </div>
      )}
    </div>
  );
}

/** Saving cannot go on: why, what the clerk can do, and the JSON download. */
function StorageAlert({ title, children }: { readonly title: string; readonly children: string }) {
  return (
    <div className="draft-banner draft-banner-error" role="alert">
      <p>
        <strong>{title}。</strong>
        {children}
      </p>
      <div className="draft-banner-actions">
        <button type="button" className="button button-primary" onClick={downloadOpenDraft}>
          下载草稿文件（JSON）
        </button>
      </div>
    </div>
  );
}

const UNSAVED_LEAVE =
  '本页的修改还没能保存到本机（见页面下方的提示）。离开后这些修改将丢失。\n\n建议先点“取消”，再点“下载草稿文件（JSON）”备份。仍要离开吗？';

async function backToList(): Promise<void> {
  const session = draftSession();
  if (!(await session.close()) && window.confirm(UNSAVED_LEAVE)) await session.close(true);
}

/**
 * For the editor's header slot: status, JSON backup, back to the list. Render `DraftBanners`
 * once beside the editor (they float over it, so they are seen at once).
 */
export function DraftHeader() {
  return (
    <span className="draft-header">
      <SaveStatus />
      <button type="button" className="button" onClick={downloadOpenDraft}>
        导出草稿（JSON）
      </button>
      <button type="button" className="button" onClick={() => void backToList()}>
        返回草稿列表
      </button>
    </span>
  );
}
