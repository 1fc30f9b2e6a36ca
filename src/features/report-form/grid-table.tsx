import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { readReportCell } from '@/domain/report/read-cell';
import { indexTemplate } from '@/domain/template/lookup';
import type { FormatTemplate, GridRow, TableTemplate } from '@/domain/template/types';
import { useEditorStore } from '@/store/editor-store';
import { setAttr, setText, useAnalysisText } from '@/store/live-text';
import { cellDomId } from '@/store/navigation-store';
import {
  balanceStatesOf,
  balanceSummaryOf,
  balanceSummaryText,
  balanceText,
} from './balance-state';
import { buildGridModel, moveFrom, type Move } from './grid-model';
import { isBlock, parseTsv, planPaste } from './paste';
import { ComputedCell, InputCell } from './value-cells';

const keyMoves: Readonly<Record<string, Move>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Enter: 'down',
};

function focusCell(id: string | null): boolean {
  if (!id) return false;
  const el = document.getElementById(cellDomId(id));
  if (!(el instanceof HTMLInputElement)) return false;
  el.focus();
  el.select();
  return true;
}

/** Left/Right move between cells only when the caret is at the edge (or all is selected). */
function caretAllowsMove(input: HTMLInputElement, move: Move): boolean {
  const { selectionStart: start, selectionEnd: end, value } = input;
  if (start === null || end === null) return true;
  if (start === 0 && end === value.length) return true;
  if (start !== end) return false;
  return move === 'left' ? start === 0 : end === value.length;
}

export interface GridTableProps {
  readonly template: FormatTemplate;
  readonly table: TableTemplate;
}

/** A table of the official template as a spreadsheet: merges and labels read from the template. */
export function GridTable({ template, table }: GridTableProps) {
  const model = useMemo(() => buildGridModel(table), [table]);
  const cells = indexTemplate(template).cells;
  const [message, setMessage] = useState<{ text: string; details: readonly string[] } | null>(null);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>, id: string) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
      let move: Move | undefined = keyMoves[event.key];
      if (event.key === 'Enter' && event.shiftKey) move = 'up';
      if (event.key === 'Tab') move = event.shiftKey ? 'prev' : 'next';
      if (!move) return;
      if ((move === 'left' || move === 'right') && !caretAllowsMove(event.currentTarget, move)) {
        return;
      }
      const target = moveFrom(model, id, move);
      // Tab past the last input leaves the table as usual; other keys stay put at the edge.
      if (move === 'next' || move === 'prev') {
        if (target && focusCell(target)) event.preventDefault();
        return;
      }
      event.preventDefault();
      focusCell(target);
    },
    [model],
  );

  const onPaste = (event: ClipboardEvent<HTMLTableElement>): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    if (!isBlock(text)) return;
    event.preventDefault();
    const start = target.id.replace(/^cell-/, '');
    const plan = planPaste(model, cells, start, parseTsv(text));
    if (plan.writes.length > 0) useEditorStore.getState().setCells(plan.writes);
    const taken = `已粘贴 ${plan.writes.length} 个单元格`;
    const invalid =
      plan.invalid.length === 0
        ? ''
        : `；其中 ${plan.invalid.length} 个不是有效数值，已原样填入，请改正`;
    const notTaken = plan.rejected.length === 0 ? '' : `；${plan.rejected.length} 个未能粘贴`;
    const details = [
      ...plan.invalid.map((r) => r.reason),
      ...plan.rejected.map((r) => `“${r.text.trim()}” — ${r.reason}`),
    ];
    setMessage({
      text: `${taken}${invalid}${notTaken}${details.length > 0 ? '：' : '。'}`,
      details,
    });
  };

  const fillZero = (): void => {
    const store = useEditorStore.getState();
    const blanks = table.cells.filter(
      (c) => !c.computed && readReportCell(store.report, c).kind === 'blank',
    );
    if (blanks.length === 0) {
      setMessage({ text: '本表没有空白格。', details: [] });
      return;
    }
    store.setCells(blanks.map((c) => ({ id: c.id, value: '0' })));
    setMessage({ text: `已将 ${blanks.length} 个空白格填为 0（可按 Ctrl+Z 撤销）。`, details: [] });
  };

  const widths = table.columnWidths;
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    <div className="grid-table-wrap">
      <div className="table-toolbar">
        <button type="button" className="button" onClick={fillZero}>
          本表空白填0
        </button>
        <span className="toolbar-hint">
          方向键、回车、Tab 移动；可从 Excel / WPS 复制整块粘贴；Ctrl+Z 撤销
        </span>
      </div>
      <PartialLegend table={table} />
      {message ? (
        <div className="paste-message" role="status">
          <span>{message.text}</span>
          {message.details.length > 0 ? (
            <ul>
              {message.details.slice(0, 12).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
              {message.details.length > 12 ? <li>……共 {message.details.length} 个</li> : null}
            </ul>
          ) : null}
          <button type="button" className="link-button" onClick={() => setMessage(null)}>
            关闭
          </button>
        </div>
      ) : null}
      <div className="grid-scroll">
        <table className={`grid-table grid-${table.id}`} onPaste={onPaste}>
          <caption className="visually-hidden">{table.title}</caption>
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${(w / total) * 100}%` }} />
            ))}
          </colgroup>
          <tbody>
            {table.rows.map((row, i) => (
              <TableRow key={i} row={row} template={template} onKeyDown={onKeyDown} />
            ))}
          </tbody>
          {template.balance.some((r) => r.table === table.id) ? (
            <BalanceFooter template={template} table={table} />
          ) : null}
        </table>
      </div>
    </div>
  );
}

/**
 * What a computed cell's `≥ N 未完成` and `无效` mean, said in words under the toolbar of a table
 * with totals (the cell's tooltip alone is missed). Always there, so the table never moves when
 * the first total turns partial.
 */
function PartialLegend({ table }: { readonly table: TableTemplate }) {
  if (!table.cells.some((c) => c.computed)) return null;
  return (
    <p className="partial-legend" data-testid="partial-legend">
      合计自动计算。合计格显示“≥ N 未完成”，表示参与合计的格还有空白，已填的数加起来至少是
      N；空白不等于 0，填完空白格（没有的填
      0，或点“本表空白填0”）后显示最终合计。标“无效”表示有格中的内容不是有效数值。
    </p>
  );
}

const TableRow = memo(function TableRow({
  row,
  template,
  onKeyDown,
}: {
  readonly row: GridRow;
  readonly template: FormatTemplate;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>, id: string) => void;
}) {
  const cells = indexTemplate(template).cells;
  return (
    <tr className={`grid-row-${row.kind}`}>
      {row.cells.map((gc, j) => {
        if (gc.kind === 'label') {
          if (gc.role === 'corner') {
            return (
              <th
                key={j}
                rowSpan={gc.rowSpan}
                colSpan={gc.colSpan}
                className="grid-corner"
                scope="col"
              >
                <span>{gc.text}</span>
                <BalanceCorner template={template} />
              </th>
            );
          }
          return (
            <th
              key={j}
              rowSpan={gc.rowSpan}
              colSpan={gc.colSpan}
              scope={gc.role === 'rowLabel' ? 'row' : 'col'}
              className={`grid-label grid-${gc.role ?? 'header'}`}
            >
              {gc.text}
            </th>
          );
        }
        const cell = cells.get(gc.cell);
        if (!cell) return <td key={j} colSpan={gc.colSpan} />;
        return cell.computed ? (
          <ComputedCell key={j} cell={cell} colSpan={gc.colSpan} />
        ) : (
          <InputCell key={j} cell={cell} colSpan={gc.colSpan} onKeyDown={onKeyDown} />
        );
      })}
    </tr>
  );
});

function BalanceCorner({ template }: { readonly template: FormatTemplate }) {
  const ref = useRef<HTMLSpanElement>(null);
  // The same object while no column's state changes (balanceSummaryOf): compared by reference.
  // Written into the DOM when it changes (useAnalysisText), not re-rendered.
  const summary = useAnalysisText(
    (a, report) => balanceSummaryOf(template, report, a.computed),
    Object.is,
    (next) => {
      setAttr(ref.current, 'class', `balance-summary balance-${next.state}`);
      setText(ref.current, balanceSummaryText(next));
    },
  );
  return (
    <span
      ref={ref}
      className={`balance-summary balance-${summary.state}`}
      data-testid="balance-summary"
    >
      {balanceSummaryText(summary)}
    </span>
  );
}

/** One indicator per applicant column (and 总计): does 一 + 二 = 三（七） + 四 hold? */
function BalanceFooter({
  template,
  table,
}: {
  readonly template: FormatTemplate;
  readonly table: TableTemplate;
}) {
  const row = useRef<HTMLTableRowElement>(null);
  // The same array while every column's state is (balanceStatesOf); written into the cells when
  // it changes (useAnalysisText), not re-rendered. The number of columns is the template's.
  const states = useAnalysisText(
    (a, report) => balanceStatesOf(template, report, a.computed),
    Object.is,
    (next) => {
      const cells = row.current?.cells;
      if (!cells) return;
      next.forEach((s, i) => {
        // The row's heading, then one cell per column.
        const td = cells[i + 1] ?? null;
        setAttr(td, 'class', `balance-cell balance-${s.state}`);
        setText(td?.firstElementChild ?? null, balanceText(s));
      });
    },
  );
  return (
    <tfoot>
      <tr className="balance-row" ref={row}>
        <th colSpan={table.gridColumns - states.length} scope="row" className="grid-label">
          本列勾稽关系（一 + 二 = 三（七）+ 四）
        </th>
        {states.map((s, i) => (
          <td key={i} className={`balance-cell balance-${s.state}`}>
            <span className="balance-text">{balanceText(s)}</span>
            <span className="visually-hidden">（{template.balance[i]?.columnLabel}列）</span>
          </td>
        ))}
      </tr>
    </tfoot>
  );
}
