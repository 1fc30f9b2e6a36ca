import type { Block } from '../types';
import { READ, SKIP, TEXT, type ScanHandler } from './scan-xml';

/**
 * `word/document.xml` → blocks as the scanner reads it, without a tree (issue 17: on a 45 MB
 * document.xml the tree's million objects were most of the fast reader's time and garbage).
 * The blocks are those `treeBlocks` (document-blocks.ts) gives for the tree of the same text —
 * the same rules, applied as the elements open and close:
 *
 * - the body's paragraphs, one block per line (`w:br`/`w:cr` split lines; an empty paragraph is
 *   one empty line), and its tables' rows, content controls and other wrappers looked through;
 * - a row's fields are its cells' texts; a cell's text is its paragraphs' and nested tables'
 *   text run together; a `w:vMerge` continuation (the first `w:vMerge` of the cell's first
 *   `w:tcPr`, unless `restart`) gives '';
 * - a table of one row of one cell (direct children) is a frame: what is inside is read as the
 *   body is, and the table is not counted. Whether a table is one is known only when it
 *   closes, so while its first cell is open a second reader (`frame`) reads the cell as a body
 *   beside this one, and its blocks are taken if the table turns out a frame. Frames inside
 *   frames each add a reader: past `MAX_FRAME_DEPTH` the scan stops (`TOO_DEEP`) and the
 *   caller reads the tree instead, so no input makes every element cost more than that.
 */

/** Thrown when frames are nested deeper than this reader follows; the caller reads the tree. */
export const TOO_DEEP = new (class TooDeep {})();
export const MAX_FRAME_DEPTH = 8;

// The local names the rules above look at; any other is OTHER.
const OTHER = 0;
const BODY = 1;
const P = 2;
const TBL = 3;
const TR = 4;
const TC = 5;
const TC_PR = 6;
const V_MERGE = 7;
const T = 8;
const TAB = 9;
const NO_BREAK_HYPHEN = 10;
const BREAK = 11;
/** Not read inside a paragraph: deleted runs, properties, field codes. */
const NOT_IN_PARAGRAPH = 12;
/** Table, row and section properties: never read anywhere (`UNREAD`, document-blocks.ts). */
const UNREAD = 13;
/** `w:tblPrEx`: not read in a row. */
const TBL_PR_EX = 14;
/** Wrappers the body's walk looks through (`WRAPPERS`, document-blocks.ts). */
const WRAPPER = 15;

const CODES: ReadonlyMap<string, number> = new Map([
  ['body', BODY],
  ['p', P],
  ['tbl', TBL],
  ['tr', TR],
  ['tc', TC],
  ['tcPr', TC_PR],
  ['vMerge', V_MERGE],
  ['t', T],
  ['tab', TAB],
  ['noBreakHyphen', NO_BREAK_HYPHEN],
  ['br', BREAK],
  ['cr', BREAK],
  ['del', NOT_IN_PARAGRAPH],
  ['instrText', NOT_IN_PARAGRAPH],
  ['delText', NOT_IN_PARAGRAPH],
  ['rPr', UNREAD],
  ['pPr', UNREAD],
  ['sectPr', UNREAD],
  ['tblPr', UNREAD],
  ['tblGrid', UNREAD],
  ['trPr', UNREAD],
  ['tblPrEx', TBL_PR_EX],
  ['sdt', WRAPPER],
  ['sdtContent', WRAPPER],
  ['customXml', WRAPPER],
  ['smartTag', WRAPPER],
  ['ins', WRAPPER],
  ['hyperlink', WRAPPER],
  ['fldSimple', WRAPPER],
  ['r', WRAPPER],
]);

// How an open element's children are read (its mode).
/** Not read: its contents mean nothing here. */
const M_SKIP = 0;
/** The document's root: its first `w:body` is read. */
const M_ROOT = 1;
/** The body, a frame's cell, a wrapper in them: paragraphs, tables, wrappers. */
const M_BODY = 2;
/** A paragraph of the body (its lines are blocks). */
const M_PARAGRAPH = 3;
/** A paragraph in a cell (its text goes to the cell). */
const M_CELL_PARAGRAPH = 4;
/** Anything inside a paragraph but a `w:t`: looked through. */
const M_IN_PARAGRAPH = 5;
/** A `w:t` in a paragraph: its text is read. */
const M_TEXT = 6;
/** A table of the body (its rows are blocks, or it is a frame). */
const M_TABLE = 7;
/** A table in a cell (its rows' text goes to the cell). */
const M_NESTED_TABLE = 8;
/** Anything else inside a table, looked through for rows. */
const M_IN_TABLE = 9;
/** A row read as a row (a `w:tr` in a table). */
const M_ROW = 10;
/** Anything else inside a row, looked through for cells. */
const M_IN_ROW = 11;
/** A cell read as a cell (a `w:tc` in a row). */
const M_CELL = 12;
/** Anything else inside a cell, looked through for paragraphs and tables. */
const M_IN_CELL = 13;
/** A cell's first `w:tcPr`: its first `w:vMerge` is read. */
const M_CELL_PROPERTIES = 14;

interface Cell {
  text: string;
  /** Where the cell's element is in `modes` (its direct `w:tcPr` is a child of it). */
  readonly at: number;
  sawProperties: boolean;
  sawMerge: boolean;
  /** A `w:vMerge` continuation: its field is ''. */
  continues: boolean;
}

/** A table of the body: its rows, and whether it is a frame (one row of one cell). */
interface BodyTable {
  readonly rows: string[][];
  /** `w:tr` children. */
  directRows: number;
  /** Where the first `w:tr` child is in `modes`. */
  firstRowAt: number;
  /** `w:tc` children of the first `w:tr` child. */
  firstRowCells: number;
  /** Reads the first row's first cell as a body while it is open; null once no frame. */
  frame: BlockReader | null;
  /** Where the first row's first cell is in `modes` while it is open (−1: not open). */
  frameAt: number;
}

export class BlockReader implements ScanHandler {
  readonly blocks: Block[] = [];
  tables = 0;
  /** Whether the root has a `w:body` (the reader of the whole document). */
  sawBody = false;
  /** The mode of each element open (inside this reader's part of the document). */
  private readonly modes: number[] = [];
  /** Cells open (of the body's tables and of tables nested in them). */
  private readonly cells: Cell[] = [];
  /** Rows open: their fields so far. */
  private readonly rows: string[][] = [];
  /** The body's table open, if any (tables of the body do not nest: inner ones are in cells). */
  private table: BodyTable | null = null;
  /** The lines of the body's paragraph open. */
  private lines: string[] = [];
  private line = '';

  /** `depth`: how many frames this reader is inside (0: the whole document). */
  constructor(private readonly depth = 0) {}

  code(local: string): number {
    return CODES.get(local) ?? OTHER;
  }

  attributes(code: number): boolean {
    return code === V_MERGE;
  }

  open(
    code: number,
    attributes: Readonly<Record<string, string>> | null,
    selfClosing: boolean,
  ): number {
    const { modes } = this;
    const at = modes.length;
    const mode = this.modeOf(code, attributes, at);
    let want = mode === M_SKIP ? SKIP : mode === M_TEXT ? TEXT : READ;
    const table = this.table;
    if (table !== null && table.frame !== null && table.frameAt >= 0 && at > table.frameAt) {
      const frameWants = table.frame.open(code, attributes, selfClosing);
      if (frameWants > want) want = frameWants;
    }
    if (selfClosing) this.end(mode, at);
    else modes.push(mode);
    return want;
  }

  close(): void {
    const at = this.modes.length - 1;
    const table = this.table;
    if (table !== null && table.frame !== null && table.frameAt >= 0 && at > table.frameAt)
      table.frame.close();
    this.end(this.modes.pop() ?? M_SKIP, at);
  }

  text(text: string): void {
    const at = this.modes.length - 1;
    if (this.modes[at] === M_TEXT) this.append(text);
    const table = this.table;
    if (table !== null && table.frame !== null && table.frameAt >= 0 && at >= table.frameAt)
      table.frame.text(text);
  }

  /** The mode of an element opening at `at` in `modes`, with what its opening does. */
  private modeOf(
    code: number,
    attributes: Readonly<Record<string, string>> | null,
    at: number,
  ): number {
    const parent = at === 0 ? (this.depth === 0 ? -1 : M_BODY) : (this.modes[at - 1] as number);
    if (parent === M_SKIP || code === UNREAD) return M_SKIP;
    switch (parent) {
      case -1:
        return M_ROOT;
      case M_ROOT:
        if (code !== BODY || this.sawBody) return M_SKIP;
        this.sawBody = true;
        return M_BODY;
      case M_BODY:
        if (code === P) {
          this.lines = [];
          this.line = '';
          return M_PARAGRAPH;
        }
        if (code === TBL) {
          this.table = {
            rows: [],
            directRows: 0,
            firstRowAt: -1,
            firstRowCells: 0,
            frame: null,
            frameAt: -1,
          };
          return M_TABLE;
        }
        return code === WRAPPER ? M_BODY : M_SKIP;
      case M_PARAGRAPH:
      case M_CELL_PARAGRAPH:
      case M_IN_PARAGRAPH:
        switch (code) {
          case T:
            return M_TEXT;
          case TAB:
            this.append('\t');
            return M_SKIP;
          case NO_BREAK_HYPHEN:
            this.append('-');
            return M_SKIP;
          case BREAK:
            // In a cell the lines are run together.
            if (this.cells.length === 0) {
              this.lines.push(this.line);
              this.line = '';
            }
            return M_SKIP;
          case NOT_IN_PARAGRAPH:
            return M_SKIP;
          default:
            return M_IN_PARAGRAPH;
        }
      case M_TEXT:
        return M_SKIP;
      case M_TABLE:
      case M_NESTED_TABLE:
      case M_IN_TABLE: {
        if (code !== TR) return M_IN_TABLE;
        const table = this.table;
        if (parent === M_TABLE && table !== null) {
          table.directRows += 1;
          if (table.directRows === 1) table.firstRowAt = at;
          else table.frame = null;
        }
        this.rows.push([]);
        return M_ROW;
      }
      case M_ROW:
      case M_IN_ROW: {
        if (code === TBL_PR_EX) return M_SKIP;
        if (code !== TC) return M_IN_ROW;
        const table = this.table;
        if (parent === M_ROW && table !== null && at - 1 === table.firstRowAt) {
          table.firstRowCells += 1;
          if (table.firstRowCells === 1) {
            if (this.depth >= MAX_FRAME_DEPTH) throw TOO_DEEP;
            table.frame = new BlockReader(this.depth + 1);
            table.frameAt = at;
          } else table.frame = null;
        }
        this.cells.push({
          text: '',
          at,
          sawProperties: false,
          sawMerge: false,
          continues: false,
        });
        return M_CELL;
      }
      case M_CELL:
      case M_IN_CELL: {
        if (code === P) return M_CELL_PARAGRAPH;
        if (code === TBL) return M_NESTED_TABLE;
        if (code !== TC_PR) return M_IN_CELL;
        const cell = this.cells[this.cells.length - 1];
        if (parent !== M_CELL || cell === undefined || cell.at !== at - 1 || cell.sawProperties)
          return M_SKIP;
        cell.sawProperties = true;
        return M_CELL_PROPERTIES;
      }
      case M_CELL_PROPERTIES: {
        const cell = this.cells[this.cells.length - 1];
        if (code === V_MERGE && cell !== undefined && !cell.sawMerge) {
          cell.sawMerge = true;
          cell.continues = (attributes?.['w:val'] ?? 'continue') !== 'restart';
        }
        return M_SKIP;
      }
      default:
        return M_SKIP;
    }
  }

  /** An element read in `mode` at `at` ends. */
  private end(mode: number, at: number): void {
    switch (mode) {
      case M_PARAGRAPH:
        for (const text of this.lines) this.blocks.push({ kind: 'paragraph', text });
        this.blocks.push({ kind: 'paragraph', text: this.line });
        this.lines = [];
        this.line = '';
        return;
      case M_CELL: {
        const cell = this.cells.pop();
        if (cell) this.rows[this.rows.length - 1]?.push(cell.continues ? '' : cell.text);
        // A frame's cell closed: what follows is not in it.
        if (this.table !== null && this.table.frameAt === at) this.table.frameAt = -1;
        return;
      }
      case M_ROW: {
        const fields = this.rows.pop() ?? [];
        const cell = this.cells[this.cells.length - 1];
        // A nested table's row runs into its cell; a body table's is a row of it.
        if (cell) cell.text += fields.join('');
        else this.table?.rows.push(fields);
        return;
      }
      case M_TABLE: {
        const table = this.table;
        this.table = null;
        if (!table) return;
        if (table.frame !== null && table.directRows === 1 && table.firstRowCells === 1) {
          for (const block of table.frame.blocks) this.blocks.push(block);
          this.tables += table.frame.tables;
          return;
        }
        this.tables += 1;
        for (const fields of table.rows) this.blocks.push({ kind: 'row', fields });
        return;
      }
    }
  }

  /** Text of a paragraph: to its line, or to its cell. */
  private append(text: string): void {
    const cell = this.cells[this.cells.length - 1];
    if (cell) cell.text += text;
    else this.line += text;
  }
}
