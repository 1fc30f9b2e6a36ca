import { useId, useState, type FormEvent } from 'react';
import { emptyReport } from '@/domain/report/empty-report';
import { formatForYear } from '@/domain/template/lookup';
import { newId } from '@/lib/ids';
import { formats } from '@templates/index';
import { focusFirstField } from './focus-first-field';
import { draftSession } from './session-instance';

/** 新建年报: agency name (optional) and report year (default: last year). */
export function NewDraftForm({ onCancel }: { readonly onCancel: () => void }) {
  const nameId = useId();
  const yearId = useId();
  const [agencyName, setAgencyName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const y = Number(
      year.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
    );
    if (!Number.isInteger(y) || y < 2019 || y > new Date().getFullYear() + 1) {
      setError(`请填写年报所报告的年度（2019 至 ${new Date().getFullYear()} 之间的四位数字）。`);
      return;
    }
    const template = formatForYear(formats, y);
    const report = emptyReport(template.id, y);
    draftSession().create({
      id: newId(),
      name: '',
      report: { ...report, meta: { ...report.meta, agencyName: agencyName.trim() } },
      lastYear: null,
    });
    focusFirstField();
  };

  return (
    <form className="drafts-form" onSubmit={submit} aria-label="新建年报">
      <div className="field">
        <label htmlFor={nameId}>机关名称（可稍后填写）</label>
        <input
          id={nameId}
          // The form opens on a click of 新建年报: the focus goes to its first field.
          autoFocus
          value={agencyName}
          onChange={(e) => setAgencyName(e.target.value)}
          autoComplete="organization"
        />
      </div>
      <div className="field">
        <label htmlFor={yearId}>报告年度</label>
        <input
          id={yearId}
          value={year}
          inputMode="numeric"
          onChange={(e) => setYear(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${yearId}-error` : undefined}
        />
      </div>
      {error && (
        <p id={`${yearId}-error`} className="drafts-error" role="alert">
          {error}
        </p>
      )}
      <div className="drafts-form-actions">
        <button type="submit" className="button button-primary">
          创建并开始填写
        </button>
        <button type="button" className="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
