import type { ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { TableTemplate } from '@/domain/template/types';
import './table-preview.css';

/**
 * A compact read-only view of one official table as imported: the template's printed grid
 * with the numbers in place. Filled input cells are highlighted; printed totals are shown and
 * marked when they disagree with our computation.
 */
export function TablePreview({
  table,
  report,
  computed,
  caption,
  showComputed = false,
}: {
  readonly table: TableTemplate;
  readonly report: Report;
  readonly computed: ComputedValues;
  readonly caption: string;
  /** Show our computed totals where the source printed none (a 汇总; not an import). */
  readonly showComputed?: boolean;
}) {
  const byId = new Map(table.cells.map((c) => [c.id, c]));
  return (
    <div className="import-table-wrap">
      <table className={`import-table import-table-${table.id}`}>
        <caption>{caption}</caption>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.cells.map((cell, c) => {
                if (cell.kind === 'label') {
                  return (
                    <th
                      key={c}
                      scope={row.kind === 'data' ? 'row' : 'col'}
                      rowSpan={cell.rowSpan}
                      colSpan={cell.colSpan}
                    >
                      {cell.text}
                    </th>
                  );
                }
                const tpl = byId.get(cell.cell);
                if (tpl?.computed) {
                  const printed = report.reportedTotals[cell.cell];
                  const ours = computed.get(cell.cell);
                  const differs =
                    printed !== undefined &&
                    ours?.status === 'complete' &&
                    Number(printed) !== ours.value;
                  const title =
                    printed === undefined
                      ? `${tpl.label}：合计（自动计算）`
                      : `${tpl.label}：原表合计 ${printed}${ours?.status === 'complete' ? `，按各项计算为 ${ours.value}` : ''}`;
                  return (
                    <td
                      key={c}
                      colSpan={cell.colSpan}
                      className={`import-cell-total${differs ? ' import-cell-mismatch' : ''}`}
                      title={title}
                    >
                      {printed ??
                        (showComputed && ours?.status === 'complete' ? String(ours.value) : '')}
                      {differs && <span className="import-cell-note">（应为 {ours.value}）</span>}
                    </td>
                  );
                }
                const value = report.cells[cell.cell];
                const unit = report.cellUnits[cell.cell];
                return (
                  <td
                    key={c}
                    colSpan={cell.colSpan}
                    className={value === undefined ? 'import-cell-blank' : 'import-cell-filled'}
                    title={`${tpl?.label ?? cell.cell}：${value === undefined ? '空' : `${value}${unit ?? ''}`}`}
                  >
                    {value === undefined ? '' : `${value}${unit ?? ''}`}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
