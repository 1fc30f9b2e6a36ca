import { useState } from 'react';
import type { Report } from '@/domain/report/types';
import { preloadable } from '@/lib/preloadable';

// The dialog, the review and the importers load on first use (or when the app prefetches them
// after the first paint), outside the initial JavaScript.
const importDialog = preloadable(
  () => import('./import-dialog').then((m) => m.ImportDialog),
  <span role="status">正在加载导入功能…</span>,
);
const ImportDialog = importDialog.Component;

/** Loads the import dialog's code ahead of its first use. */
export const preloadImportDialog = importDialog.preload;

/**
 * The start page's "导入年报（Word、PDF 或网页）" button with its dialog, which hands the reviewed report to
 * the app (to create a draft or start next year's draft from it). Drop it into the start page's toolbar.
 */
export interface ImportReportButtonProps {
  /** 创建草稿: the reviewed report becomes a new draft. */
  readonly onCreateDraft: (report: Report) => void;
  /** 作为去年的年报: a new draft for the next year starts from the reviewed report. */
  readonly onUseAsLastYear: (report: Report) => void;
}

export function ImportReportButton({ onCreateDraft, onUseAsLastYear }: ImportReportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        导入年报（Word、PDF 或网页）
      </button>
      {open && (
        <ImportDialog
          onClose={() => setOpen(false)}
          onCreateDraft={(report) => {
            setOpen(false);
            onCreateDraft(report);
          }}
          onUseAsLastYear={(report) => {
            setOpen(false);
            onUseAsLastYear(report);
          }}
        />
      )}
    </>
  );
}
