import { memo } from 'react';
import { formatChineseDate } from '@/domain/format/date';
import type { RulePack } from '@/domain/template/rule-pack';
import { unitRoleLabels, type SortKey, type UnitRole } from '@/review/index';
import type { ReviewRow } from '@/review/types';
import { selectUnit, setRole, toggleSort, useReviewStore } from './review-store';

const columns: readonly { readonly key: SortKey; readonly label: string }[] = [
  { key: 'agency', label: '单位' },
  { key: 'year', label: '年度' },
  { key: 'format', label: '格式' },
  { key: 'reportDate', label: '成文日期' },
  { key: 'error', label: '错误' },
  { key: 'incomplete', label: '未完成' },
  { key: 'warning', label: '提醒' },
  { key: 'read', label: '读取' },
];

const formatLabels: Readonly<Record<string, string>> = { '2019': '2019 版', '2021': '2021 版' };

const packColumn = { key: 'pack', label: '规则包' } as const;

/**
 * Every unit on one line; headers sort, 查看 opens the unit, the last column chooses its 汇总 role.
 * With a rule pack chosen, a column counts each unit's findings of the pack.
 */
export function ReviewTable({
  rows,
  pack,
}: {
  readonly rows: readonly ReviewRow[];
  readonly pack: RulePack | null;
}) {
  const sort = useReviewStore((s) => s.sort);
  const shownColumns = pack ? [...columns.slice(0, 7), packColumn, ...columns.slice(7)] : columns;
  const roles = useReviewStore((s) => s.roles);
  return (
    <div className="review-table-wrap">
      <table className="review-table">
        {/* Fixed widths (review.css): a row arriving never changes a column's width, so the
            table is not laid out again whole as the files are read (issue 17). */}
        <colgroup>
          <col className="review-col-unit" />
          {shownColumns.slice(1).map((c) => (
            <col key={c.key} className={`review-col-${c.key}`} />
          ))}
          <col className="review-col-role" />
          <col className="review-col-actions" />
        </colgroup>
        <thead>
          <tr>
            {shownColumns.map((c) => (
              <th
                key={c.key}
                title={c.key === 'pack' && pack ? `${pack.name}（${pack.source}）` : undefined}
                scope="col"
                aria-sort={
                  sort?.key === c.key
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                <button type="button" className="review-sort" onClick={() => toggleSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true">
                    {sort?.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">汇总</th>
            <th scope="col">
              <span className="visually-hidden">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <UnitRow key={r.id} row={r} role={roles[r.id] ?? 'child'} packColumn={pack !== null} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One unit's line; memoised so a batch arriving renders only its new lines. */
const UnitRow = memo(function UnitRow({
  row: r,
  role,
  packColumn,
}: {
  readonly row: ReviewRow;
  readonly role: UnitRole;
  readonly packColumn: boolean;
}) {
  return (
    <tr className={r.ok ? undefined : r.skipped ? 'review-row-skipped' : 'review-row-failed'}>
      <th scope="row" className="review-unit">
        <span className="review-agency">
          {r.ok ? r.agency || '（未读到机关名称）' : r.skipped ? '其他文件' : '无法读取'}
        </span>
        <span className="review-file">{r.path}</span>
      </th>
      {r.ok ? (
        <>
          <td>{r.year ?? '—'}</td>
          <td>{r.formatId ? formatLabels[r.formatId] : '—'}</td>
          <td className={r.late ? 'review-late' : undefined}>
            {r.reportDate ? formatChineseDate(r.reportDate) || r.reportDate : '—'}
            {r.late && (
              <span className="review-badge review-badge-late" title={r.late.basis}>
                逾期（期限 {formatChineseDate(r.late.deadline)}）
              </span>
            )}
          </td>
          <td className={r.counts.error > 0 ? 'review-count-error' : 'review-count'}>
            {r.counts.error}
          </td>
          <td className={r.counts.incomplete > 0 ? 'review-count-incomplete' : 'review-count'}>
            {r.counts.incomplete}
          </td>
          <td className={r.counts.warning > 0 ? 'review-count-warning' : 'review-count'}>
            {r.counts.warning}
          </td>
          {packColumn && (
            <td className={r.packIssues > 0 ? 'review-count-warning' : 'review-count'}>
              {r.packIssues}
            </td>
          )}
          <td>
            {r.readComplete ? (
              '完整'
            ) : (
              <span className="review-read-partial" title={r.readNotes.join('\n')}>
                不完整
              </span>
            )}
          </td>
          <td>
            <select
              aria-label={`${r.agency || r.fileName} 在汇总中`}
              value={role}
              onChange={(e) => setRole(r.id, e.target.value as UnitRole)}
            >
              {Object.entries(unitRoleLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </td>
        </>
      ) : (
        <td
          colSpan={packColumn ? 9 : 8}
          className={r.skipped ? 'review-skipped-message' : 'review-failed-message'}
        >
          {r.message}
        </td>
      )}
      <td>
        {r.ok && (
          <button
            type="button"
            className="button"
            onClick={() => selectUnit(r.id)}
            aria-label={`查看 ${r.agency || r.fileName}`}
          >
            查看
          </button>
        )}
      </td>
    </tr>
  );
});
