import { useId, useState } from 'react';
import { useModalDialog } from '@/components/use-modal-dialog';
import type { Issue } from '@/domain/rules/types';

/** Asks for the reason a warning is dismissed; the reason is required and kept in the draft. */
export function DismissDialog({
  issue,
  onClose,
  onConfirm,
}: {
  readonly issue: Issue;
  readonly onClose: () => void;
  readonly onConfirm: (reason: string) => void;
}) {
  const ref = useModalDialog();
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const id = useId();
  return (
    <dialog
      ref={ref}
      className="dismiss-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim() === '') {
            setError(true);
            return;
          }
          onConfirm(reason.trim());
        }}
      >
        <h2 id={`${id}-title`}>忽略这条提醒</h2>
        <p className="dismiss-issue">{issue.message}</p>
        <label htmlFor={`${id}-reason`}>理由（必填，将列入导出清单）</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setError(false);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            请填写忽略的理由。
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="button button-primary">
            确认忽略
          </button>
        </div>
      </form>
    </dialog>
  );
}
