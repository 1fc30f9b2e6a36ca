import { breakLines, type BrokenLine } from '@/domain/report/line-breaks';
import {
  bodyLine,
  grid,
  rowHeights,
  rowsKeptWithNext,
  sizes,
  textHeight,
  textWidth,
  titleLine,
} from '@/domain/report/print-layout';
import type { Block } from './document-blocks';
import { paginate, type Measured, type PageSlice } from './paginate';

/** The document laid out: its blocks, what each measures, and the pages. */
export interface DocumentLayout {
  readonly blocks: readonly Block[];
  readonly measured: readonly Measured[];
  readonly pages: readonly (readonly PageSlice[])[];
}

type ParaBlock = Extract<Block, { kind: 'para' }>;

/** Body text: 三号, condensed by the grid's run spacing (points). */
const body = { size: sizes.body / 2, spacing: grid.runSpacing / 20 } as const;
/** The first-line indent of two grid characters, points (the export's firstLineIndent). */
const firstIndent = Math.round(2 * grid.charPitch) / 20;

/** A paragraph's lines as LibreOffice breaks them in the exported file. */
export function paragraphLines(block: ParaBlock): BrokenLine[] {
  // A row of a table kept as text: one line, its cells at tab stops within the line.
  if (block.tabs) return [{ start: 0, end: block.text.length, hangs: false }];
  // A tab at Word's default stops (every 36 pt) advances about one character: measured as one.
  const text = block.text.replace(/\t/g, '\u3000');
  const runs =
    block.leadIn > 0
      ? [{ text: text.slice(0, block.leadIn) }, { text: text.slice(block.leadIn) }]
      : [{ text }];
  // 落款 lines: right-aligned with a right indent, no first-line indent.
  const right = block.right === undefined ? 0 : Math.round(block.right * grid.charPitch) / 20;
  return breakLines(runs, {
    ...body,
    width: textWidth / 20 - right,
    firstIndent: block.right === undefined ? firstIndent : 0,
  });
}

/** The title's printed lines: each of `titleLines` broken again where 二号 overflows. */
export function titleDisplayLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) =>
    breakLines([{ text: line }], {
      size: sizes.title / 2,
      spacing: 0,
      width: textWidth / 20,
      firstIndent: 0,
    }).map((l) => line.slice(l.start, l.end)),
  );
}

/**
 * What each block measures in twips, from the numbers of the export (print-layout) and the line
 * breaks LibreOffice makes: no browser measurement, so the pages are the file's.
 */
export function measureBlocks(blocks: readonly Block[]): Measured[] {
  return blocks.map((block): Measured => {
    switch (block.kind) {
      case 'title': {
        const lines = titleDisplayLines(block.lines);
        return { kind: 'box', height: lines.length * titleLine + bodyLine, lines };
      }
      case 'blank':
        return { kind: 'lines', lines: [{ start: 0, end: 0, hangs: false }] };
      case 'para':
        return { kind: 'lines', lines: paragraphLines(block) };
      case 'table':
        return {
          kind: 'rows',
          heights: rowHeights(block.table),
          headers: Math.max(
            0,
            block.table.rows.findIndex((r) => r.kind !== 'header'),
          ),
          keep: rowsKeptWithNext(block.table),
        };
    }
  });
}

/** The document's blocks measured and broken into pages of the text height. */
export function layoutDocument(blocks: readonly Block[]): DocumentLayout {
  const measured = measureBlocks(blocks);
  const pages = paginate(measured, blocks, { height: textHeight, line: bodyLine });
  return { blocks, measured, pages };
}
