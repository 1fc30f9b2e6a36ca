import { useEffect, useId, useRef, useState, type ChangeEvent, type ClipboardEvent } from 'react';
import type { Report } from '@/domain/report/types';
import type { ImportResult } from '@/import/types';
import { pdfCMapUrl } from '@/import/pdf/cmap-url';
import { ImportWorkerError, inImportWorker, warmImportWorker } from '@/import/worker/import-client';
import { localToday } from '@/store/analysis';
import { ImportReview } from './import-review';
import './import.css';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly result: ImportResult; readonly source: string };

/**
 * Modal to import last year's report from a Word file (.docx) or pasted text. Nothing is stored
 * until the clerk chooses 创建草稿 or 作为去年的年报 in the review; closing changes nothing.
 */
export function ImportDialog({
  onClose,
  onCreateDraft,
  onUseAsLastYear,
}: {
  readonly onClose: () => void;
  readonly onCreateDraft: (report: Report) => void;
  readonly onUseAsLastYear: (report: Report) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    warmImportWorker();
  }, []);

  /** Runs in the import worker: the page stays responsive whatever the file. */
  const run = async (
    source: string,
    read: Parameters<typeof inImportWorker<ImportResult>>[0],
  ): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const result = await inImportWorker(read);
      setState({ kind: 'done', result, source });
    } catch (e) {
      const message =
        e instanceof ImportWorkerError ? e.message : '导入功能加载失败，请刷新页面后重试。';
      setState({ kind: 'done', source, result: { ok: false, message } });
    }
  };

  /**
   * A table copied from a web page arrives as text/html too: it is read cell by cell at once
   * (the plain text still goes into the box, and is the fallback).
   */
  const paste = (e: ClipboardEvent<HTMLTextAreaElement>): void => {
    const html = e.clipboardData.getData('text/html');
    if (!/<t[dh][\s>]/i.test(html) || state.kind === 'busy') return;
    const plain = e.clipboardData.getData('text/plain');
    void run('粘贴的网页表格', (api) => api.importHtml(html, plain, localToday()));
  };

  const chooseFile = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file)
      void run(`文件“${file.name}”`, (api) =>
        api.importFile(file, file.name, pdfCMapUrl(), localToday()),
      );
  };

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="import-dialog-head">
        <h2 id={`${id}-title`}>导入年报（Word、PDF、网页或粘贴文字）</h2>
        <button type="button" className="button" onClick={onClose}>
          关闭
        </button>
      </div>
      <p>
        导入去年的年报可以省去重新录入表格数字。导入前会先显示识别结果，确认后才创建草稿；本机已有的草稿不会改变。
      </p>
      <div className="import-sources">
        <div className="import-source">
          <label htmlFor={`${id}-file`}>选择文件（Word .docx、PDF、网页 .html 或 .txt）</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".docx,.pdf,.htm,.html,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/html,text/plain"
            onChange={chooseFile}
          />
        </div>
        <div className="import-source">
          <label htmlFor={`${id}-text`}>或粘贴报告全文（从网页、PDF 或 Word 复制）</label>
          <p className="import-hint" id={`${id}-text-hint`}>
            从网页复制的表格粘贴后立即按单元格识别；其他文字粘贴后点“识别粘贴的文字”。
          </p>
          <textarea
            id={`${id}-text`}
            rows={6}
            aria-describedby={`${id}-text-hint`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPaste={paste}
            spellCheck={false}
          />
          <button
            type="button"
            className="button"
            disabled={text.trim() === '' || state.kind === 'busy'}
            onClick={() => void run('粘贴的文字', (api) => api.importText(text, localToday()))}
          >
            识别粘贴的文字
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {state.kind === 'busy' && <p role="status">正在识别…</p>}
        {state.kind === 'done' && !state.result.ok && (
          <p role="alert" className="import-error">
            {state.source}：{state.result.message}
          </p>
        )}
        {state.kind === 'done' && state.result.ok && (
          <p role="status">已识别{state.source}，请核对下面的结果。</p>
        )}
      </div>
      {state.kind === 'done' && state.result.ok && (
        <ImportReview
          result={state.result}
          onCreateDraft={onCreateDraft}
          onUseAsLastYear={onUseAsLastYear}
        />
      )}
    </dialog>
  );
}
