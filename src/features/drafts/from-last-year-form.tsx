import { useId, useState, type FormEvent } from 'react';
import { formatForYear } from '@/domain/template/lookup';
import { newId } from '@/lib/ids';
import { formats } from '@templates/index';
import { displayName } from './draft-repository';
import type { StoredDraft } from './schema';
import { focusFirstField } from '@/store/navigation-store';
import { draftSession } from './session-instance';
import { startFromLastYear } from './start-from-last-year';

/** 从去年的年报开始: pick a year-N draft, get a year-N+1 draft with the carried-over data. */
export function FromLastYearForm({
  drafts,
  onCancel,
}: {
  readonly drafts: readonly StoredDraft[];
  readonly onCancel: () => void;
}) {
  const selectId = useId();
  const candidates = drafts.filter((d) => d.report.meta.year !== null);
  const [chosen, setChosen] = useState(candidates[0]?.id ?? '');
  const last = candidates.find((d) => d.id === chosen);

  if (candidates.length === 0) {
    return (
      <div className="drafts-form">
        <p>
          本机还没有填写了年度的年报草稿。请先新建或导入去年的年报（JSON 草稿文件），再从它开始。
        </p>
        <button type="button" className="button" onClick={onCancel}>
          关闭
        </button>
      </div>
    );
  }

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!last) return;
    const { report, notes } = startFromLastYear(last.report, formats);
    draftSession().create({ id: newId(), name: '', report, lastYear: last.report }, notes);
    focusFirstField();
  };
  const nextYear = (last?.report.meta.year ?? 0) + 1;

  return (
    <form className="drafts-form" onSubmit={submit} aria-label="从去年的年报开始">
      <div className="field">
        <label htmlFor={selectId}>去年的年报</label>
        <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {candidates.map((d) => (
            <option key={d.id} value={d.id}>
              {displayName(d)}（{d.report.meta.year}年度）
            </option>
          ))}
        </select>
      </div>
      {last && (
        <p className="drafts-hint">
          将新建 {nextYear} 年度年报（{formatForYear(formats, nextYear).notice.number}
          格式），沿用机关名称、类别、联系方式和前言，
          表三“上年结转”取自去年的“结转下年度继续办理”，现行有效件数先按去年的数填入；去年的年报留作核对依据。
        </p>
      )}
      <div className="drafts-form-actions">
        <button type="submit" className="button button-primary">
          开始 {nextYear} 年度年报
        </button>
        <button type="button" className="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
