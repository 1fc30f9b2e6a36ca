import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { emptyReport } from '@/domain/report/empty-report';
import { formatForYear } from '@/domain/template/lookup';
import { newId } from '@/lib/ids';
import { formats } from '@templates/index';
import { focusFirstField } from '@/store/navigation-store';
import { parseReportYear } from './report-year';
import { draftSession } from './session-instance';

interface NewDraftFields {
  readonly agencyName: string;
  readonly year: string;
}

/** 新建年报: agency name (optional) and report year (default: last year). */
export function NewDraftForm({ onCancel }: { readonly onCancel: () => void }) {
  const nameId = useId();
  const yearId = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<NewDraftFields>({
    defaultValues: { agencyName: '', year: String(new Date().getFullYear() - 1) },
  });

  const create = ({ agencyName, year }: NewDraftFields): void => {
    const y = parseReportYear(year);
    if (typeof y === 'string') return;
    const report = emptyReport(formatForYear(formats, y).id, y);
    draftSession().create({
      id: newId(),
      name: '',
      report: { ...report, meta: { ...report.meta, agencyName: agencyName.trim() } },
      lastYear: null,
    });
    focusFirstField();
  };

  const yearError = errors.year?.message;
  return (
    <form className="drafts-form" onSubmit={handleSubmit(create)} aria-label="新建年报" noValidate>
      <div className="field">
        <label htmlFor={nameId}>机关名称（可稍后填写）</label>
        <input
          id={nameId}
          // The form opens on a click of 新建年报: the focus goes to its first field.
          autoFocus
          autoComplete="organization"
          {...register('agencyName')}
        />
      </div>
      <div className="field">
        <label htmlFor={yearId}>报告年度</label>
        <input
          id={yearId}
          inputMode="numeric"
          aria-invalid={yearError !== undefined}
          aria-describedby={yearError ? `${yearId}-error` : undefined}
          {...register('year', {
            validate: (text) => {
              const y = parseReportYear(text);
              return typeof y === 'number' || y;
            },
          })}
        />
      </div>
      {yearError && (
        <p id={`${yearId}-error`} className="drafts-error" role="alert">
          {yearError}
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
