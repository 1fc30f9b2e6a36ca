/**
 * The shape of a report format (国办公开办函〔2019〕60号, 〔2021〕30号, …) as plain data.
 *
 * A format is declared once under `templates/` and read by the form, the engine, the Word
 * exporter and the importer. Ids are stable ASCII keys stored in drafts: never rename one that
 * has shipped. Labels are data and must equal the official text character for character.
 */

export type FormatId = '2019' | '2021';

/** Stable ids of the six sections, in order; the same in every format. */
export const SECTION_IDS = [
  'overview',
  'proactive',
  'applications',
  'reviewLitigation',
  'problems',
  'other',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type TableId = 't2' | 't3' | 't4';

/** `table.row.column`, e.g. `t3.granted.naturalPerson`. */
export type CellId = string;

/**
 * - `count`: non-negative integer (件/个).
 * - `signedCount`: integer that may be negative (2019 `本年增/减`).
 * - `money`: non-negative decimal in `unit`.
 */
export type ValueType = 'count' | 'signedCount' | 'money';

export type MoneyUnit = '元' | '万元';

/** Formula of a computed cell: the sum of other cells. Blank operands make it incomplete. */
export interface SumExpr {
  readonly sum: readonly CellId[];
}
export type Expr = SumExpr;

export interface CellTemplate {
  readonly id: CellId;
  readonly table: TableId;
  /** Logical row key (the middle part of the id). */
  readonly row: string;
  /** Logical column key (the last part of the id). */
  readonly column: string;
  readonly type: ValueType;
  /** For money: the unit the column is expressed in. */
  readonly unit?: MoneyUnit;
  /** True when the unit is printed in the column header (2021 `（单位：万元）`); else exports append it. */
  readonly unitInHeader?: boolean;
  /** Row label path, outermost first, exact official text (e.g. ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']). */
  readonly rowLabels: readonly string[];
  /** Column label path, outermost first (e.g. ['申请人情况', '法人或其他组织', '商业企业']). */
  readonly columnLabels: readonly string[];
  /** Accessible name: row label and column label, with the group where the leaf alone is ambiguous. */
  readonly label: string;
  /** Present on computed cells only: they are never typed nor stored. */
  readonly computed?: Expr;
}

/** A cell of the printed grid that holds fixed text (headers, captions, row labels). */
export interface LabelGridCell {
  readonly kind: 'label';
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  /** Visual role: `corner` is 表三's balance rule, `caption` a 表二 block caption. */
  readonly role?: 'header' | 'caption' | 'rowLabel' | 'corner';
}

/** A cell of the printed grid that shows a value (input or computed). */
export interface ValueGridCell {
  readonly kind: 'value';
  readonly cell: CellId;
  readonly colSpan?: number;
}

export type GridCell = LabelGridCell | ValueGridCell;

export interface GridRow {
  /** `header` rows repeat on every page; `data` rows carry values. */
  readonly kind: 'header' | 'caption' | 'data';
  /** Logical row key for data rows. */
  readonly row?: string;
  readonly cells: readonly GridCell[];
}

export interface TableTemplate {
  readonly id: TableId;
  readonly section: SectionId;
  readonly title: string;
  readonly gridColumns: number;
  /** Relative widths of the grid columns (sum 100), a layout hint for the form and Word. */
  readonly columnWidths: readonly number[];
  /** Rows as printed, top to bottom, with the official merges. */
  readonly rows: readonly GridRow[];
  /** Every value cell of this table, inputs and computed, in reading order. */
  readonly cells: readonly CellTemplate[];
}

export interface SectionTemplate {
  readonly id: SectionId;
  readonly no: number;
  readonly heading: string;
  readonly kind: 'text' | 'table';
  readonly table?: TableId;
  /** Short guidance shown to the clerk (plain Chinese). */
  readonly guidance?: string;
  /** 总体情况: the areas the narrative must touch. */
  readonly areas?: readonly string[];
  /** Filling instruction printed in the official template (must not stay in the text). */
  readonly templateNote?: string;
}

/** An arithmetic relation printed in or implied by the official table: `sum(left) = sum(right)`. */
export interface BalanceRelation {
  readonly id: string;
  readonly table: TableId;
  /** Label of the column it applies to, for messages (e.g. `自然人`). */
  readonly columnLabel: string;
  readonly left: readonly CellId[];
  readonly right: readonly CellId[];
  /** Row labels of the terms, used in messages. */
  readonly leftLabels: readonly string[];
  readonly rightLabels: readonly string[];
}

export interface FormatTemplate {
  readonly id: FormatId;
  /** Bump when the template changes in a way drafts must migrate for. */
  readonly version: number;
  readonly notice: {
    readonly number: string;
    readonly title: string;
    readonly attachmentTitle: string;
  };
  readonly years: { readonly from: number; readonly to: number | null };
  readonly sections: readonly SectionTemplate[];
  readonly tables: readonly TableTemplate[];
  /** 表三's official balance rule, one relation per applicant column and 总计. */
  readonly balance: readonly BalanceRelation[];
  /** Text of the rule printed in 表三's corner. */
  readonly balanceRuleText: string;
  /** Whether section 六 must state 信息处理费 (2021+). */
  readonly requiresFeeStatement: boolean;
}
