import type { ReactNode } from 'react';
import { rowFilterLabels, type RowFilter } from '@/review/index';
import type { ReviewRow } from '@/review/types';
import { useReviewStore } from './review-store';

/** Filter, search and export above the review table, with the batch's totals. */
export function ReviewToolbar({
  rows,
  shown,
  exportButtons,
}: {
  readonly rows: readonly ReviewRow[];
  readonly shown: number;
  readonly exportButtons: ReactNode;
}) {
  const filter = useReviewStore((s) => s.filter);
  const query = useReviewStore((s) => s.query);
  const failed = rows.filter((r) => !r.ok && !r.skipped).length;
  const skipped = rows.filter((r) => r.skipped).length;
  const withErrors = rows.filter((r) => r.counts.error > 0).length;
  const late = rows.filter((r) => r.late).length;
  return (
    <div className="review-toolbar">
      <p className="review-totals">
        共 {rows.length} 份：{withErrors} 份有错误，{late} 份逾期，{failed} 份无法读取
        {skipped > 0 && `，${skipped} 个不是年报草稿的文件已跳过`}。
        {shown < rows.length && `（显示 ${shown} 份）`}
      </p>
      <label>
        筛选
        <select
          value={filter}
          onChange={(e) => useReviewStore.setState({ filter: e.target.value as RowFilter })}
        >
          {Object.entries(rowFilterLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        查找
        <input
          type="search"
          value={query}
          placeholder="单位或文件名"
          onChange={(e) => useReviewStore.setState({ query: e.target.value })}
        />
      </label>
      <div className="review-toolbar-exports">{exportButtons}</div>
    </div>
  );
}
