import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { emptyReport } from '@/domain/report/empty-report';
import { formatChineseDate, reportDeadline } from '@/domain/format/date';
import { agencyKindLabels, type AgencyKind } from '@/domain/report/types';
import { standardPreface } from '@/domain/report/standard-text';
import { formatForYear } from '@/domain/template/lookup';
import { newId } from '@/lib/ids';
import { formats } from '@templates/index';
import { focusFirstField } from '@/store/navigation-store';
import { parseReportYear } from './report-year';
import { draftSession } from './session-instance';

interface NewDraftFields {
  readonly agencyName: string;
  readonly year: string;
  readonly agencyKind: AgencyKind;
}

const kinds = Object.keys(agencyKindLabels) as AgencyKind[];

/**
 * 新建年报: agency name (optional), 机关类别 (decides the statutory deadline, so it is asked at
 * once) and report year (default: last year).
 */
export function NewDraftForm({ onCancel }: { readonly onCancel: () => void }) {
  const nameId = useId();
  const yearId = useId();
  const kindId = useId();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<NewDraftFields>({
    defaultValues: {
      agencyName: '',
      year: String(new Date().getFullYear() - 1),
      agencyKind: 'department',
    },
  });

  const create = ({ agencyName, year, agencyKind }: NewDraftFields): void => {
    const y = parseReportYear(year);
    if (typeof y === 'string') return;
    const template = formatForYear(formats, y);
    const report = emptyReport(template.id, y);
    draftSession().create({
      id: newId(),
      name: '',
      report: {
        ...report,
        // The standard preface of the format, to edit (SPEC §5).
        meta: {
          ...report.meta,
          agencyName: agencyName.trim(),
          agencyKind,
          preface: standardPreface(template, y),
        },
      },
      lastYear: null,
    });
    focusFirstField();
  };

  const yearError = errors.year?.message;
  const typedYear = parseReportYear(useWatch({ control, name: 'year' }));
  const kind = useWatch({ control, name: 'agencyKind' });
  const deadline =
    typeof typedYear === 'number'
      ? `${typedYear}年度的报告应于 ${formatChineseDate(reportDeadline(kind, typedYear))}前发布`
      : '';
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
      <fieldset className="field drafts-kinds" aria-describedby={`${kindId}-hint`}>
        <legend>机关类别</legend>
        <div className="drafts-kind-options">
          {kinds.map((k) => (
            <label key={k} className="drafts-kind">
              <input type="radio" value={k} {...register('agencyKind')} />
              {agencyKindLabels[k]}
            </label>
          ))}
        </div>
        <p id={`${kindId}-hint`} className="drafts-hint">
          决定发布期限：人民政府的年度报告在次年3月31日前发布，政府部门在次年1月31日前发布（条例第四十九条）；乡镇（街道）和其他机关条例未规定，按通常做法以1月31日提醒，本地另有规定的以通知为准。
          {deadline ? `本草稿：${deadline}。` : ''}
        </p>
      </fieldset>
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
