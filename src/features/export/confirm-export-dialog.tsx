import { useId } from 'react';
import { useModalDialog } from '@/components/use-modal-dialog';
import { outstandingText } from '@/domain/rules/outstanding';
import type { ExportChecklist } from './checklist';
import { ChecklistView } from './checklist-view';

/** Modal that lists what is still wrong and asks the clerk to confirm the export anyway. */
export function ConfirmExportDialog({
  checklist,
  onCancel,
  onConfirm,
}: {
  readonly checklist: ExportChecklist;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}) {
  const ref = useModalDialog();
  const id = useId();
  const { errors, incomplete, warnings } = checklist;
  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      onCancel={onCancel}
      onClose={onCancel}
    >
      <h2 id={`${id}-title`}>
        {errors.length + incomplete.length > 0
          ? '年报还有问题，确定导出吗？'
          : '还有提醒未处理，确定导出吗？'}
      </h2>
      <p id={`${id}-summary`}>
        {`还有 ${outstandingText({ error: errors.length, incomplete: incomplete.length, warning: warnings.length })}。这样的年报报送后可能被退回。`}
      </p>
      {/* Scrolls when long (every invalid cell is listed by name): reachable by keyboard. */}
      <div className="export-dialog-list" role="region" aria-label="仍待处理的问题" tabIndex={0}>
        <ChecklistView checklist={checklist} />
      </div>
      <div className="dialog-buttons">
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          返回修改
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm}>
          仍然导出
        </button>
      </div>
    </dialog>
  );
}
