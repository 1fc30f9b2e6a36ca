import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAnalysis } from '@/store/analysis';
import { useEditorStore } from '@/store/editor-store';
import { exportChecklist } from './checklist';
import { ChecklistView } from './checklist-view';
import { ConfirmExportDialog } from './confirm-export-dialog';
import { saveFile } from './save-file';
import './export-panel.css';
import './print.css';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string };

/** Builds the .docx; the Word library is loaded only now, never with the app. */
async function exportWord(): Promise<string> {
  const { exportReportDocx } = await import('@/export/docx/pack');
  const { blob, fileName } = await exportReportDocx(useEditorStore.getState().report);
  saveFile(blob, fileName);
  return fileName;
}

/**
 * 检查与导出: what is still wrong, 导出 Word (confirming when errors, incomplete items or open
 * warnings remain) and 打印 (the browser prints `printable`, the document preview the app passes in,
 * through print.css).
 */
export function ExportPanel({ printable }: { readonly printable: ReactNode }) {
  const issues = useAnalysis((a) => a.issues);
  const template = useAnalysis((a) => a.template);
  const report = useEditorStore((s) => s.report);
  const checklist = useMemo(
    () => exportChecklist(issues, report, template),
    [issues, report, template],
  );
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [printing, setPrinting] = useState(false);

  const run = async (): Promise<void> => {
    setConfirming(false);
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', fileName: await exportWord() });
    } catch (error) {
      console.error(error);
      setStatus({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  useEffect(() => {
    if (!printing) return;
    // The copy stays mounted until the browser says printing is over.
    const done = (): void => setPrinting(false);
    const root = document.documentElement;
    root.dataset['printing'] = '';
    window.addEventListener('afterprint', done);
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      delete root.dataset['printing'];
    };
  }, [printing]);

  const clean = !checklist.needsConfirmation;
  const busy = status.kind === 'busy';
  return (
    <section className="export-panel" aria-labelledby="export-panel-title">
      <h3 id="export-panel-title">导出</h3>
      <p className={clean ? 'export-verdict export-ok' : 'export-verdict export-bad'}>
        {clean
          ? '没有错误、未完成项和未处理的提醒，可以导出。'
          : '以下问题尚未解决。仍可导出，但导出前需要您确认。'}
      </p>
      <ChecklistView checklist={checklist} />
      <div className="export-actions">
        {/* aria-disabled, not disabled, while busy: a disabled button drops the focus to <body>
            (and the confirmation dialog could not give it back), a keyboard user loses their place. */}
        <button
          type="button"
          className="button button-primary"
          aria-disabled={busy}
          onClick={() => {
            if (busy) return;
            if (clean) void run();
            else setConfirming(true);
          }}
        >
          导出 Word
        </button>
        <button
          type="button"
          className="button"
          onClick={() => (printing ? window.print() : setPrinting(true))}
        >
          打印
        </button>
      </div>
      <p className="export-status" role="status" aria-live="polite">
        {busy ? '正在生成 Word 文件…' : null}
        {status.kind === 'done' ? `已导出：${status.fileName}` : null}
      </p>
      {status.kind === 'failed' ? (
        <p className="export-error" role="alert">
          导出失败：{status.message}。您的年报没有受到影响，请重试；如仍失败，请先下载草稿备份。
        </p>
      ) : null}
      {confirming ? (
        <ConfirmExportDialog
          checklist={checklist}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void run()}
        />
      ) : null}
      {printing ? (
        <div className="print-copy" data-print-root>
          {printable}
        </div>
      ) : null}
    </section>
  );
}
