import { useState } from 'react';
import { createDraftFromImport, startFromImportedLastYear } from './import-actions';
import { ImportDialog } from './import-dialog';

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
      )}
    </>
  );
}
