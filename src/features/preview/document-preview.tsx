import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { printedCellText } from '@/domain/compute/compute-report';
import {
  bodyLine,
  grid,
  gridColumnWidths,
  labelLayout,
  placeCells,
  rowsKeptWithNext,
  tableCellPadding,
  tableLineHeight,
  tableLook,
  textHeight,
  titleLine,
} from '@/domain/report/print-layout';
import { useAnalysis } from '@/store/analysis';
import { useEditorStore } from '@/store/editor-store';
import { documentBlocks, type Block } from './document-blocks';
import { paginate, type Measured, type PageSlice } from './paginate';
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
  const cellStyle = (margin: number, size: number) => ({
    padding: `${pt(tableCellPadding)} ${pt(margin)}`,
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
          <tr key={r} data-row={r}>
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

/** Lines `from`..`to` of a paragraph, each set on its own, justified but the last. */
function ParaLines({
  block,
  lines,
  from,
  to,
}: {
  readonly block: ParaBlock;
  readonly lines: readonly (readonly [number, number])[];
  readonly from: number;
  readonly to: number;
}) {
  const out: ReactNode[] = [];
  for (let k = from; k < to; k += 1) {
    const [a, b] = lines[k] ?? [0, 0];
    const text = block.text.slice(a, b);
    const head = Math.max(0, Math.min(b, block.leadIn) - a);
    out.push(
      <span
        key={k}
        className={`doc-line${k === 0 && block.right === undefined ? ' doc-first' : ''}${
          k === lines.length - 1 ? ' doc-last' : ''
        }`}
      >
        {head > 0 ? <span className="doc-lead">{text.slice(0, head)}</span> : null}
        {text.slice(head)}
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

const rightStyle = (chars: number) => ({
  textAlign: 'right' as const,
  paddingRight: pt(Math.round(chars * grid.charPitch)),
});

/** A block whole, as the measuring flow sets it (the browser breaks the lines). */
function FlowBlock({ block }: { readonly block: Block }) {
  switch (block.kind) {
    case 'title':
      return <TitleBlock lines={block.lines} />;
    case 'blank':
      return <p className="doc-p doc-blank" />;
    case 'table':
      return <DocTable block={block} rows={block.table.rows.map((_, i) => i)} />;
    case 'para':
      return (
        <p
          className={`${block.style === 'heading' ? 'doc-heading' : 'doc-p'} doc-flow`}
          style={block.right === undefined ? undefined : rightStyle(block.right)}
        >
          {block.leadIn > 0 ? (
            <span className="doc-lead">{block.text.slice(0, block.leadIn)}</span>
          ) : null}
          {block.text.slice(block.leadIn)}
        </p>
      );
  }
}

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

/**
 * Where the browser broke each line of a paragraph set in the measuring flow: character offsets
 * [start, end) of each line, read from the positions of the characters.
 */
function lineBreaks(p: HTMLElement): [number, number][] {
  const lines: [number, number][] = [];
  const range = document.createRange();
  let offset = 0;
  let top: number | null = null;
  let start = 0;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i += 1) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect && rect.width > 0) {
        if (top !== null && rect.top > top + 2) {
          lines.push([start, offset + i]);
          start = offset + i;
        }
        if (top === null || rect.top > top + 2) top = rect.top;
      }
    }
    offset += text.length;
  }
  lines.push([start, offset]);
  return lines;
}

function measure(flow: HTMLElement, blocks: readonly Block[]): Measured[] {
  const children = [...flow.children] as HTMLElement[];
  const px = (el: Element): number => el.getBoundingClientRect().height;
  return blocks.map((block, i): Measured => {
    const el = children[i];
    if (!el) return { kind: 'box', height: 0 };
    if (block.kind === 'title') return { kind: 'box', height: px(el) };
    if (block.kind === 'blank') return { kind: 'lines', lines: [[0, 0]] };
    if (block.kind === 'para') return { kind: 'lines', lines: lineBreaks(el) };
    const rows = [...el.querySelectorAll('tr')].map(px);
    return {
      kind: 'rows',
      heights: rows,
      headers: Math.max(
        0,
        block.table.rows.findIndex((r) => r.kind !== 'header'),
      ),
      keep: rowsKeptWithNext(block.table),
    };
  });
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
        if (block.kind === 'title') return <TitleBlock key={key} lines={block.lines} />;
        if (block.kind === 'blank') return <p key={key} className="doc-p doc-blank" />;
        if (block.kind === 'table') return <DocTable key={key} block={block} rows={s.rows ?? []} />;
        return (
          <ParaLines
            key={key}
            block={block}
            lines={m?.kind === 'lines' ? m.lines : [[0, block.text.length]]}
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
 * grid, page breaks and `— N —` numbers. The blocks are set once in a hidden flow of the text
 * width, measured (line breaks, row heights), and broken into pages by the rules of the Word
 * export (keep with next, rows kept together, header rows repeated).
 */
export function DocumentPreview() {
  const report = useEditorStore((s) => s.report);
  const analysis = useAnalysis((a) => a);
  const blocks = useMemo(
    () => documentBlocks(analysis.template, report, analysis.computed),
    [analysis.template, analysis.computed, report],
  );
  const flowRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{
    blocks: readonly Block[];
    measured: Measured[];
    pages: PageSlice[][];
  } | null>(null);

  useLayoutEffect(() => {
    const flow = flowRef.current;
    if (!flow) return;
    const measured = measure(flow, blocks);
    const pxPerTwip = flow.getBoundingClientRect().width / (grid.charPitch * grid.chars);
    const pages = paginate(measured, blocks, {
      height: textHeight * pxPerTwip,
      line: bodyLine * pxPerTwip,
    });
    setLayout({ blocks, measured, pages });
  }, [blocks]);

  const current = layout?.blocks === blocks ? layout : null;
  return (
    <article className="doc-pages" aria-label="文档预览" tabIndex={0}>
      <div className="doc-measure" ref={flowRef} aria-hidden="true">
        {blocks.map((block, i) => (
          <FlowBlock key={i} block={block} />
        ))}
      </div>
      {current
        ? current.pages.map((slices, i) => (
            <section
              key={i}
              className={`doc-sheet ${i % 2 === 0 ? 'doc-odd' : 'doc-even'}`}
              aria-label={`第 ${i + 1} 页`}
              data-page={i + 1}
            >
              <div className="doc-body">
                <PageContent slices={slices} blocks={current.blocks} measured={current.measured} />
              </div>
              <div className="doc-folio">— {i + 1} —</div>
            </section>
          ))
        : null}
    </article>
  );
}
