/**
 * The shape of a report format (国办公开办函〔2019〕60号, 〔2021〕30号, …) as plain data.
 *
 * A format is declared once under `templates/` and read by the form, the engine, the Word
 * exporter and the importer. Ids are stable ASCII keys stored in drafts: never rename one that
 * has shipped. Labels are data and must equal the official text character for character.
 */

/**
 * A format's stable id (`2019`, `2021`, a variant's own id). The formats themselves are listed in
 * `templates/index.ts`, the only registry: the draft schema and the loader accept its ids.
 */
export type FormatId = string;

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

/**
 * A table's stable id (`t2`, `t3`, `t4` in the national formats), the first part of its cell
 * ids. The tables are whatever the format lists (`FormatTemplate.tables`): a format may add one
 * without touching this type.
 */
export type TableId = string;

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

/** Word layout hints of a table (the exporter reads them; nothing is keyed by table id). */
export interface TableLayout {
  /** Font size of values and headers: `normal` 五号-sized table text, `small` 小五. */
  readonly size: 'normal' | 'small';
  /** Font size of row labels and the corner rule. */
  readonly labelSize: 'normal' | 'small';
  /** Left and right cell margin in twips. */
  readonly margin: number;
  /** Row labels after the first grid column are left-aligned (long labels). */
  readonly leftRowLabels?: boolean;
  /** Single-column row labels in the first N grid columns wrap at three characters a line. */
  readonly narrowLabelColumns?: number;
}

export interface TableTemplate {
  readonly id: TableId;
  /** How messages name the table (`表三`). */
  readonly shortName: string;
  /** How the importer's notes name it (`依申请公开表`). */
  readonly importName: string;
  readonly layout: TableLayout;
  /**
   * True when equal numbers two years running are no sign of copying (表四's few cases, which
   * may well repeat): the table-copied check leaves the table alone.
   */
  readonly mayRepeat?: boolean;
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
  /**
   * How a preface listing the report's parts names this section (a regular expression source:
   * `复议|诉讼`); a list of the parts that names none of it leaves the section out.
   */
  readonly listedAs?: string;
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

/**
 * The named quantities a report's cells stand for. The vocabulary is shared by every format;
 * each format declares which of its cells hold which fact (a fact is the sum of its cells).
 */
export const FACT_IDS = [
  // 表三
  'received',
  'carriedIn',
  'granted',
  'partial',
  'notDisclosed',
  'cannotProvide',
  'notProcessed',
  'otherHandling',
  'completed',
  'carriedOver',
  /** 表三's applicant columns: 自然人, 法人或其他组织 (its five columns summed), 商业企业. */
  'receivedNaturalPerson',
  'receivedOrganisations',
  'receivedCommercial',
  'carriedInNaturalPerson',
  'carriedInOrganisations',
  'carriedInCommercial',
  'completedNaturalPerson',
  'completedOrganisations',
  'completedCommercial',
  /** 2021 表三（六）2. 申请人逾期未按收费通知要求缴纳费用. */
  'feeUnpaid',
  // 表四
  'reviewUpheld',
  'reviewCorrected',
  'reviewOther',
  'reviewPending',
  'review',
  'litigationDirectUpheld',
  'litigationDirectCorrected',
  'litigationDirectOther',
  'litigationDirectPending',
  'litigationDirect',
  'litigationAfterReviewUpheld',
  'litigationAfterReviewCorrected',
  'litigationAfterReviewOther',
  'litigationAfterReviewPending',
  'litigationAfterReview',
  'litigation',
  // 表二
  'regulationsMade',
  'regulationsRepealed',
  'regulationsValid',
  /** 2019 表二 规章 对外公开总数量. */
  'regulationsPublished',
  'normativeMade',
  'normativeRepealed',
  'normativeValid',
  'licensingDecisions',
  'punishmentDecisions',
  'coercionDecisions',
  'feesAmount',
  /** 2019 表二 政府集中采购. */
  'procurementItems',
  'procurementAmount',
] as const;
export type FactId = (typeof FACT_IDS)[number];

/** Which cells hold a fact, and how messages name it. */
export interface FactDeclaration {
  /** E.g. `表三“一、本年新收政府信息公开申请数量”总计`. */
  readonly label: string;
  /** The fact is the sum of these cells. */
  readonly cells: readonly CellId[];
}

/**
 * How a cell follows from last year's report:
 * - `carry`: this year's `cell` = last year's `from` (表三 上年结转 = 结转下年度, per column);
 * - `running`: this year's `cell` = last year's `cell` + this year's `plus` − this year's `minus`
 *   (表二 现行有效 = 上年现行有效 + 本年制发 − 本年废止).
 */
export type CrossYearRelation =
  | {
      readonly kind: 'carry';
      readonly cell: CellId;
      readonly from: CellId;
      /** The column, for messages (`自然人`). */
      readonly label: string;
      /** What the cells are called in messages and notes (`上年结转`, `结转下年度继续办理`). */
      readonly name: string;
      readonly fromName: string;
    }
  | {
      readonly kind: 'running';
      readonly cell: CellId;
      readonly plus: CellId;
      readonly minus: CellId;
      /** The row, for messages (`规章`). */
      readonly label: string;
      /** What the cell is called in messages and notes (`现行有效件数`). */
      readonly name: string;
    };

/**
 * A 2019 表二 item row: items = `previous` + `change` (never negative), `decisions` taken on
 * them; next year's `previous` is this year's items.
 */
export interface ItemRelation {
  readonly id: string;
  readonly label: string;
  readonly previous: CellId;
  readonly change: CellId;
  readonly decisions?: CellId;
}

export interface FormatTemplate {
  readonly id: FormatId;
  /** A province's or city's variant: the region it is for (absent for the national format). */
  readonly region?: string;
  /** Shown in the format chooser; the notice number when absent. */
  readonly name?: string;
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
  /** The facts this format's cells stand for (a format without 现行有效 has no such fact). */
  readonly facts: Readonly<Partial<Record<FactId, FactDeclaration>>>;
  /** How cells follow from last year's report (cross-year checks, start from last year). */
  readonly crossYear: readonly CrossYearRelation[];
  /** 表二 item rows (2019). */
  readonly itemRelations: readonly ItemRelation[];
}
