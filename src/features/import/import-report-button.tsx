import { lazy, Suspense, useState } from 'react';
import { createDraftFromImport, startFromImportedLastYear } from './import-actions';

// The dialog, the review and the importers load on first use, outside the initial JavaScript.
const ImportDialog = lazy(() =>
  import('./import-dialog').then((m) => ({ default: m.ImportDialog })),
);

/**
 * The start page's "导入年报（Word 或文字）" button with its dialog, wired to create a draft or to
 * start next year's draft from the imported report. Drop it into the start page's toolbar.
 */
export function ImportReportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        导入年报（Word 或文字）
      </button>
      {open && (
        <Suspense fallback={<span role="status">正在加载导入功能…</span>}>
          <ImportDialog
            onClose={() => setOpen(false)}
            onCreateDraft={(report) => {
              setOpen(false);
              createDraftFromImport(report);
            }}
            onUseAsLastYear={(report) => {
              setOpen(false);
              startFromImportedLastYear(report);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
