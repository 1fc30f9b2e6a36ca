import { useMemo, type ReactNode } from 'react';
import { printedCellText } from '@/domain/compute/compute-report';
import type { BrokenLine } from '@/domain/report/line-breaks';
import {
  bodyLine,
  grid,
  gridColumnWidths,
  labelLayout,
  placeCells,
  rowHeights,
  tableLineHeight,
  tableLook,
  titleLine,
} from '@/domain/report/print-layout';
import { useAnalysis } from '@/store/analysis';
import { useEditorStore } from '@/store/editor-store';
import type { TabRow as TabRowStops } from '@/domain/report/document-text';
import { documentBlocks, type Block } from './document-blocks';
import { layoutDocument } from './layout';
import type { Measured, PageSlice } from './paginate';
import './preview.css';

/** Twips to CSS points. */
const pt = (twips: number): string => `${twips / 20}pt`;

type TableBlock = Extract<Block, { kind: 'table' }>;
type ParaBlock = Extract<Block, { kind: 'para' }>;

/**
 * A table's rows `from`..`to` (grid row indexes), with the header rows first when the slice
 * continues the table on a new page. Merged labels are cut at the slice's edges; a label merged
 * from a previous page leaves its cell blank, as Word and LibreOffice print it.
 */
function DocTable({
  block,
  rows,
}: {
  readonly block: TableBlock;
  readonly rows: readonly number[];
}) {
  const { table, report, computed } = block;
  const widths = gridColumnWidths(table);
  const look = tableLook(table);
  const placed = placeCells(table);
  const heights = rowHeights(table);
  const byId = new Map(table.cells.map((c) => [c.id, c]));
  const shown = new Set(rows);
  // The last row of each merge, by its first row and column.
  const end = (r: number, col: number): number => {
    let k = r;
    while (placed[k + 1]?.some((p) => p.kind === 'continue' && p.col === col)) k += 1;
    return k;
  };
  const lastShownFrom = (r: number, col: number): number => {
    let k = r;
    const stop = end(r, col);
    while (k + 1 <= stop && shown.has(k + 1)) k += 1;
    return k;
  };
  // Rows take the heights LibreOffice gives them; the cells' top and bottom margins are in there.
  const cellStyle = (margin: number, size: number) => ({
    padding: `0 ${pt(margin)}`,
    fontSize: pt(size * 10),
    lineHeight: pt(tableLineHeight(size)),
  });
  return (
    <table className={`doc-table doc-${table.id}`} data-table={table.id}>
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: pt(w) }} />
        ))}
      </colgroup>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r} data-row={r} style={{ height: pt(heights[r] ?? 0) }}>
            {(placed[r] ?? []).map((p) => {
              if (p.kind === 'continue') {
                // A merge begun on an earlier page: a blank cell down to where it ends here.
                const previous = rows[i - 1];
                if (previous !== undefined && previous === r - 1) return null;
                const span = lastShownFrom(r, p.col) - r + 1;
                return (
                  <td
                    key={p.col}
                    colSpan={p.span > 1 ? p.span : undefined}
                    rowSpan={span > 1 ? span : undefined}
                    style={cellStyle(look.margin, look.size)}
                  />
                );
              }
              const { cell } = p;
              if (cell.kind === 'value') {
                const template = byId.get(cell.cell);
                return (
                  <td
                    key={p.col}
                    colSpan={p.span > 1 ? p.span : undefined}
                    className="doc-value"
                    style={cellStyle(look.margin, look.size)}
                  >
                    {template ? printedCellText(template, report, computed) : ''}
                  </td>
                );
              }
              const layout = labelLayout(table, cell, p.col, p.span, widths);
              const span = (cell.rowSpan ?? 1) > 1 ? lastShownFrom(r, p.col) - r + 1 : 1;
              return (
                <td
                  key={p.col}
                  colSpan={p.span > 1 ? p.span : undefined}
                  rowSpan={span > 1 ? span : undefined}
                  className={`doc-${cell.role ?? 'header'}`}
                  style={{
                    ...cellStyle(layout.margin ?? look.margin, layout.size),
                    textAlign: layout.align,
                  }}
                >
                  {layout.lines.map((line, k) => (
                    <span key={k} className="doc-cell-line">
                      {line}
                    </span>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Lines `from`..`to` of a paragraph, each set on its own, justified but the last; a closing
 * punctuation mark that LibreOffice lets hang hangs past the right margin.
 */
function ParaLines({
  block,
  lines,
  from,
  to,
}: {
  readonly block: ParaBlock;
  readonly lines: readonly BrokenLine[];
  readonly from: number;
  readonly to: number;
}) {
  if (block.tabs) return <TabRow text={block.text} tabs={block.tabs} />;
  const out: ReactNode[] = [];
  for (let k = from; k < to; k += 1) {
    const line = lines[k] ?? { start: 0, end: 0, hangs: false };
    // The last line is not justified: its hanging mark simply follows the text.
    const hangs = line.hangs && k < lines.length - 1;
    const end = hangs ? line.end - 1 : line.end;
    const text = block.text.slice(line.start, end);
    const head = Math.max(0, Math.min(end, block.leadIn) - line.start);
    out.push(
      <span
        key={k}
        className={`doc-line${k === 0 && block.right === undefined ? ' doc-first' : ''}${
          k === lines.length - 1 ? ' doc-last' : ''
        }`}
      >
        {head > 0 ? <span className="doc-lead">{text.slice(0, head)}</span> : null}
        {text.slice(head)}
        {hangs ? (
          <span className={`doc-hang${line.end <= block.leadIn ? ' doc-lead' : ''}`}>
            {block.text.slice(end, line.end)}
          </span>
        ) : null}
      </span>,
    );
  }
  return (
    <p
      className={block.style === 'heading' ? 'doc-heading' : 'doc-p'}
      style={block.right === undefined ? undefined : rightStyle(block.right)}
    >
      {out}
    </p>
  );
}

/**
 * A row of a table kept as text, as the Word file sets it: the first cell at the first-line
 * indent, each next one at its tab stop (characters from the left margin).
 */
function TabRow({ text, tabs }: { readonly text: string; readonly tabs: TabRowStops }) {
  const cells = [...new Array<string>(tabs.skip).fill(''), ...text.trim().split('\t')];
  const starts = [2, ...tabs.stops];
  return (
    <p className="doc-p">
      <span className="doc-line doc-last doc-tab-row">
        {cells.map((cell, i) => {
          const from = starts[i];
          const to = starts[i + 1];
          // The last column's cell follows the text.
          const width = from !== undefined && to !== undefined ? to - from : undefined;
          return (
            <span
              key={i}
              className="doc-tab-cell"
              style={width === undefined ? undefined : { width: pt(width * grid.charPitch) }}
            >
              {cell.trim()}
            </span>
          );
        })}
      </span>
    </p>
  );
}

const rightStyle = (chars: number) => ({
  textAlign: 'right' as const,
  paddingRight: pt(Math.round(chars * grid.charPitch)),
});

function TitleBlock({ lines }: { readonly lines: readonly string[] }) {
  return (
    <h1 className="doc-title" style={{ lineHeight: pt(titleLine), marginBottom: pt(bodyLine) }}>
      {lines.map((line, i) => (
        <span key={i} className="doc-title-line">
          {line}
        </span>
      ))}
    </h1>
  );
}

/** The content of one page. */
function PageContent({
  slices,
  blocks,
  measured,
}: {
  readonly slices: readonly PageSlice[];
  readonly blocks: readonly Block[];
  readonly measured: readonly Measured[];
}) {
  return (
    <>
      {slices.map((s) => {
        const block = blocks[s.block];
        const m = measured[s.block];
        if (!block) return null;
        const key = `${s.block}:${s.from}`;
        if (block.kind === 'title')
          return <TitleBlock key={key} lines={m?.kind === 'box' ? m.lines : block.lines} />;
        if (block.kind === 'blank') return <p key={key} className="doc-p doc-blank" />;
        if (block.kind === 'table') return <DocTable key={key} block={block} rows={s.rows ?? []} />;
        return (
          <ParaLines
            key={key}
            block={block}
            lines={
              m?.kind === 'lines' ? m.lines : [{ start: 0, end: block.text.length, hangs: false }]
            }
            from={s.from}
            to={s.to}
          />
        );
      })}
    </>
  );
}

/**
 * The document as the exported file prints it: A4 pages with the GB/T 9704 margins, the 28 × 22
 * grid, page breaks and `— N —` numbers. The blocks are measured with the export's numbers and
 * LibreOffice's line breaks (layout.ts), and broken into pages by the rules of the Word export
 * (keep with next, widow and orphan control, rows kept together, header rows repeated), so each
 * page holds the lines of the file's page.
 */
export function DocumentPreview() {
  const report = useEditorStore((s) => s.report);
  const analysis = useAnalysis((a) => a);
  const layout = useMemo(
    () => layoutDocument(documentBlocks(analysis.template, report, analysis.computed)),
    [analysis.template, analysis.computed, report],
  );
  return (
    <article className="doc-pages" aria-label="文档预览" tabIndex={0}>
      {layout.pages.map((slices, i) => (
        <section
          key={i}
          className={`doc-sheet ${i % 2 === 0 ? 'doc-odd' : 'doc-even'}`}
          aria-label={`第 ${i + 1} 页`}
          data-page={i + 1}
        >
          <div className="doc-body">
            <PageContent slices={slices} blocks={layout.blocks} measured={layout.measured} />
          </div>
          <div className="doc-folio">— {i + 1} —</div>
        </section>
      ))}
    </article>
  );
}
