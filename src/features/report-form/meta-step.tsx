import { useState, type ReactNode } from 'react';
import { formatChineseDate as chineseDate } from '@/domain/format/date';
import { agencyKindLabels, type AgencyKind, type ContactBlock } from '@/domain/report/types';
import { formatForYear, formatName, isFormatForYear } from '@/domain/template/lookup';
import { useAnalysis } from '@/store/analysis';
import { useEditorStore } from '@/store/editor-store';
import { fieldDomId } from '@/store/navigation-store';
import { formats } from '@templates/index';
import { marksOf } from './cell-marks';
import { RulePackField } from './rule-pack-field';
import { withYearText } from './year-format';
import { DateField } from './date-field';
import { standardPreface } from '@/domain/report/standard-text';

/** How the typed 成文日期 was read: the date in Chinese, or that it is not a date. */
function ReportDateReading({ value }: { readonly value: string | null }) {
  const date = chineseDate(value);
  return (
    <span className={`date-reading${value !== null && !date ? ' date-reading-bad' : ''}`}>
      {value !== null && date ? '日期：' : ''}
      <span data-testid="report-date-text">
        {value === null ? '尚未填写' : date || '不是有效日期，已按原样保存'}
      </span>
    </span>
  );
}

function FieldMark({ field }: { readonly field: string }) {
  const mark = useAnalysis((a) => marksOf(a).get(field));
  if (!mark || mark.severity === 'incomplete') return null;
  return (
    <span id={`${fieldDomId(field)}-mark`} className={`field-mark mark-text-${mark.severity}`}>
      {mark.messages.join('；')}
    </span>
  );
}

function Field({
  label,
  field,
  children,
  hint,
}: {
  label: string;
  field: string;
  children: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={fieldDomId(field)}>
        {label}
      </label>
      {children}
      {hint}
      <FieldMark field={field} />
    </div>
  );
}

/**
 * 报告年度: what is typed is stored (`withYearText`): a year becomes the year (the format follows
 * it), anything else is kept as typed and reported by the year check, beside the field
 * (`FieldMark`) and in the issues panel, like an invalid cell.
 */
function YearInput() {
  const year = useEditorStore((s) => s.report.meta.year);
  const typed = useEditorStore((s) => s.report.meta.yearText);
  const [edit, setEdit] = useState<{ raw: string; year: number | null } | null>(null);
  // While typing, `２０２４` stays as typed; the stored year shows once it changes elsewhere.
  const raw =
    edit && edit.year === year && year !== null
      ? edit.raw
      : (typed ?? (year === null ? '' : String(year)));
  const invalid = year === null && typed !== undefined && typed.trim() !== '';
  return (
    <input
      id={fieldDomId('meta.year')}
      className="text-input input-short"
      inputMode="numeric"
      value={raw}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={invalid ? `${fieldDomId('meta.year')}-mark` : undefined}
      onChange={(e) => {
        const text = e.target.value;
        const store = useEditorStore.getState;
        store().apply((r) => withYearText(r, text, formats), 'meta.year');
        setEdit({ raw: text, year: store().report.meta.year });
      }}
    />
  );
}

const contactFields: readonly { key: keyof ContactBlock; label: string; type?: string }[] = [
  { key: 'address', label: '通信地址' },
  { key: 'postcode', label: '邮政编码' },
  { key: 'phone', label: '联系电话', type: 'tel' },
  { key: 'fax', label: '传真', type: 'tel' },
  { key: 'email', label: '电子邮箱', type: 'email' },
];

export function MetaStep() {
  const meta = useEditorStore((s) => s.report.meta);
  const formatId = useEditorStore((s) => s.report.formatId);
  const store = useEditorStore.getState;
  // The format for the year: a chosen variant's region keeps its own (formatForYear).
  const region = formats.find((f) => f.id === formatId)?.region;
  const expected = meta.year !== null ? formatForYear(formats, meta.year, region).id : null;
  return (
    <section className="step-section" aria-labelledby="heading-meta">
      <h2 id="heading-meta">基本信息</h2>
      <div className="form-grid">
        <Field label="机关名称（全称）" field="meta.agencyName">
          <input
            id={fieldDomId('meta.agencyName')}
            className="text-input"
            value={meta.agencyName}
            autoComplete="organization"
            onChange={(e) => store().setMeta({ agencyName: e.target.value })}
          />
        </Field>
        <Field
          label="机关类别"
          field="meta.agencyKind"
          hint={<span className="hint">决定报告的法定期限</span>}
        >
          <select
            id={fieldDomId('meta.agencyKind')}
            className="text-input input-medium"
            value={meta.agencyKind}
            onChange={(e) => store().setMeta({ agencyKind: e.target.value as AgencyKind })}
          >
            {(Object.keys(agencyKindLabels) as AgencyKind[]).map((k) => (
              <option key={k} value={k}>
                {agencyKindLabels[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="报告年度"
          field="meta.year"
          hint={<span className="hint">所报告的年度，通常为上一年</span>}
        >
          <YearInput />
        </Field>
        <Field
          label="成文日期"
          field="meta.reportDate"
          hint={
            <span className="hint" id="report-date-hint">
              <ReportDateReading value={meta.reportDate} />
              <br />
              可写 2026年1月20日、2026-1-20、2026.1.20 或 20260120，或从日历选择
            </span>
          }
        >
          <DateField
            id={fieldDomId('meta.reportDate')}
            label="成文日期"
            value={meta.reportDate}
            describedBy="report-date-hint"
            onChange={(reportDate) => store().setMeta({ reportDate })}
          />
        </Field>
        <fieldset className="field format-choice">
          <legend className="field-label">报告格式</legend>
          {formats.map((format, i) => (
            <label key={format.id} className="radio">
              <input
                id={i === 0 ? fieldDomId('meta.format') : undefined}
                type="radio"
                name="format"
                checked={formatId === format.id}
                onChange={() => store().apply((r) => ({ ...r, formatId: format.id }))}
              />
              {formatName(format)}
              {expected === format.id ? '（适用于本年度）' : ''}
              {format.region !== undefined &&
              meta.year !== null &&
              isFormatForYear(format, meta.year)
                ? `（${format.region}适用）`
                : ''}
            </label>
          ))}
          <FieldMark field="meta.format" />
        </fieldset>
        <RulePackField />
      </div>
      <PrefaceField />
      <fieldset className="contact">
        <legend className="field-label">联系方式（可选）</legend>
        <div className="form-grid">
          {contactFields.map((f) => (
            <div key={f.key} className="field">
              <label className="field-label" htmlFor={`field-contact.${f.key}`}>
                {f.label}
              </label>
              <input
                id={`field-contact.${f.key}`}
                className="text-input"
                type={f.type ?? 'text'}
                value={meta.contact[f.key]}
                onChange={(e) => store().setContact({ [f.key]: e.target.value })}
              />
              <FieldMark field={`contact.${f.key}`} />
            </div>
          ))}
        </div>
        <div className="field" role="radiogroup" aria-labelledby="contact-style-label">
          <span id="contact-style-label" className="field-label">
            联系方式的写法
          </span>
          {(
            [
              [
                'sentence',
                '写成一句话，接在前言之后（如“如对本报告有任何疑问，请与……联系（地址：……）”）',
              ],
              ['list', '逐项分行列出（地址：……／邮编：……）'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="contact-style"
                value={value}
                checked={(meta.contactStyle ?? 'sentence') === value}
                onChange={() => store().setMeta({ contactStyle: value })}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

/** 前言: the standard preface of the format (new drafts start with it), editable, insertable. */
function PrefaceField() {
  const preface = useEditorStore((s) => s.report.meta.preface);
  const year = useEditorStore((s) => s.report.meta.year);
  const formatId = useEditorStore((s) => s.report.formatId);
  const contactStyle = useEditorStore((s) => s.report.meta.contactStyle ?? 'sentence');
  const [said, setSaid] = useState('');
  const template = formats.find((f) => f.id === formatId);
  const standard = template ? standardPreface(template, year) : '';
  const insert = (): void => {
    const replacing = preface.trim() !== '';
    useEditorStore.getState().setMeta({ preface: standard });
    setSaid(replacing ? '已替换为标准前言（Ctrl+Z 可撤销）。' : '已插入标准前言。');
  };
  return (
    <Field
      label="前言（可选）"
      field="meta.preface"
      hint={
        <span className="hint">
          标准前言写明法律依据（《条例》和{template?.notice.number ?? '年报格式通知'}
          ）、统计期限和电子版发布网址，请把其中的“XX”改为实际网站；联系方式在下方填写，导出时
          {contactStyle === 'sentence' ? '接在前言后写成一句话' : '在前言后逐项分行列出'}。
          <span className="preface-actions">
            <button
              type="button"
              className="button button-small"
              disabled={standard === '' || preface === standard}
              onClick={insert}
            >
              {preface.trim() === '' ? '插入标准前言' : '替换为标准前言'}
            </button>
            <span role="status">{said}</span>
          </span>
        </span>
      }
    >
      <textarea
        id={fieldDomId('meta.preface')}
        className="narrative-text"
        rows={4}
        value={preface}
        onChange={(e) => {
          setSaid('');
          useEditorStore.getState().setMeta({ preface: e.target.value });
        }}
      />
    </Field>
  );
}
