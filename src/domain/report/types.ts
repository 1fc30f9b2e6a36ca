import type { RulePack } from '../template/rule-pack';
import type { CellId, FormatId, MoneyUnit, SectionId, TableId } from '../template/types';

/**
 * The report as the clerk writes it: only what is typed. Computed cells and issues are
 * functions of this (never stored). Blank is not zero: a cell absent from `cells` is blank.
 */

/** Decides the statutory deadline (条例 art. 49). */
export type AgencyKind = 'department' | 'government' | 'township' | 'other';

export const agencyKindLabels: Readonly<Record<AgencyKind, string>> = {
  department: '政府部门',
  government: '人民政府',
  township: '乡镇（街道）',
  other: '其他机关',
};

export interface ContactBlock {
  readonly address: string;
  readonly postcode: string;
  readonly phone: string;
  readonly fax: string;
  readonly email: string;
}

export interface ReportMeta {
  /** 机关名称 (full name). */
  readonly agencyName: string;
  readonly agencyKind: AgencyKind;
  /** Report year (the year reported on), or null when not set or not a year (see `yearText`). */
  readonly year: number | null;
  /**
   * 报告年度 as typed when it does not read as a year (`20261`): kept verbatim so nothing typed
   * is lost (SPEC §7); `year` is then null and the check `report-year-invalid` reports it.
   * Absent when the year is valid or blank (`read-year.ts`).
   */
  readonly yearText?: string;
  /** 成文日期 as ISO `YYYY-MM-DD`, or null when not set. */
  readonly reportDate: string | null;
  /** Optional 前言 (legal basis, statistics period, where the electronic version is published). */
  readonly preface: string;
  readonly contact: ContactBlock;
  /**
   * How the contact block prints after the preface: one sentence, the way published reports
   * write it (absent = 'sentence'), or a list of `地址：…` lines.
   */
  readonly contactStyle?: ContactStyle;
}

export type ContactStyle = 'sentence' | 'list';

/**
 * A header label an imported table printed changed into another word, one character off its own
 * (`事业企业` in 表三's `商业企业` place, real: 临沂市公路事业发展中心 2021).
 */
export interface ChangedHeader {
  readonly table: TableId;
  /** The words printed (`事业企业`). */
  readonly printed: string;
  /** The format's label in whose place they stand (`商业企业`). */
  readonly label: string;
}

/**
 * A data row an imported table printed that the format does not have (`行政确认` under 第二十条第(五)项's
 * `其他对外管理服务事项`), with the format's row it came after.
 */
export interface AddedRow {
  readonly table: TableId;
  /** The row's words as printed (`行政确认`). */
  readonly label: string;
  /** The format's row printed before it (`其他对外管理服务事项`). */
  readonly after: string;
}

/** A header label a table printed more often than the format does, in place of another. */
export interface RepeatedHeader {
  readonly table: TableId;
  /** The label printed too often, as the format prints it (`本年新制作数量`). */
  readonly label: string;
  /** How often it was printed in that header. */
  readonly times: number;
  /** The labels of the same header the source did not print (`本年新公开数量`). */
  readonly missing: readonly string[];
}

/**
 * What an import read about the printed source it came from, beside the report's own figures and
 * text: the places it printed blank, amounts without a unit, headers and headings as written, the
 * signature's agency. Absent (as `Report.source`) for a report typed in the form; each field is
 * absent when the import found nothing of it. A new finding of the import is one more field here,
 * written by its producer (src/import) and read by its check.
 */
export interface ImportedSource {
  /**
   * Totals whose place an imported source printed but left empty (a `总计` cell with nothing in
   * it): distinct from a total the source did not show at all (absent here and from
   * `reportedTotals`). Absent when there is none; never typed in the form.
   */
  readonly blankTotals?: readonly CellId[];
  /**
   * Input cells whose place an imported source printed but left empty: a row that shows every
   * column with nothing in this one (`规章 | | | |`, real: 开江县信访局 2019), or, since a fix of stop
   * 35 after the measure of 719–748, a row of lone `|` lines where other rows of the table print
   * their values in those places (real: 长春新区市场监管分局 2020). Distinct from a cell
   * the source did not show at all. Absent when there is none; never typed in the form. Typing
   * leaves the list as it is: a value typed anywhere in the table silences `table-printed-empty`.
   */
  readonly printedBlank?: readonly CellId[];
  /**
   * Money cells of a column whose header prints no unit (2019 采购总金额) that an imported source
   * printed as a bare number, without 元 or 万元: the reader cannot tell which unit it means.
   * Absent when there is none, and for a report typed in the form, whose column states its unit;
   * a cell typed again in the form leaves the list.
   */
  readonly unitsUnstated?: readonly CellId[];
  /**
   * Cells an imported row printed as its only value under more columns, a string of digits long
   * enough to be the row's counts run together (`行政规范性文件 | 2729318` under 表二's three
   * columns): the reader cannot tell the counts apart. Absent when there is none, and for a report
   * typed in the form; a cell typed again in the form leaves the list.
   */
  readonly runTogether?: readonly CellId[];
  /**
   * Header labels an imported table printed in another label's place (`本年新制作数量` twice, no
   * `本年新公开数量`). Absent when there is none, and for a report typed in the form.
   */
  readonly repeatedHeaders?: readonly RepeatedHeader[];
  /** Header labels an imported table printed changed into other words (`ChangedHeader`). */
  readonly changedHeaders?: readonly ChangedHeader[];
  /** Data rows an imported table printed that the format lacks (`AddedRow`). */
  readonly addedRows?: readonly AddedRow[];
  /**
   * The section headings as an imported source wrote them (`一、总体情况`, `六、其他事项`), by the
   * section they open; a section whose heading was not found is absent. Absent altogether for a
   * report typed in the form, whose headings are the format's own.
   */
  readonly headings?: Readonly<Partial<Record<SectionId, string>>>;
  /**
   * Tables an imported source printed (a row's label read) of which no value was
   * read: a table cut in its header (real: 西宁市城中区文体旅游科技局 2023, 总体情况 then 表二's
   * `第二十条第(一)项` with no heading). The part is there all the same. Absent when there is none.
   */
  readonly tablesWithoutValues?: readonly TableId[];
  /**
   * Since a fix of stop 50 after the measure of 1814–1858: of `tablesWithoutValues`, those whose
   * rows' labels were read, three at least, one after the other with no value (real: 汨罗市教育体育局
   * 2021's 表三, `一、本年新收…` / `二、上年结转…` / `(一)予以公开` / …): more than a header cut after
   * its first row (real: 大同市气象局 2023, `一、本年新收政府` and the excerpt's end).
   */
  readonly tablesRowsWithoutValues?: readonly TableId[];
  /**
   * The part whose heading was the source's last line, nothing printed after it (an excerpt cut
   * there: real, 云湖桥镇 2023 ending at `三、收到和处理政府信息公开申请`). Absent otherwise.
   */
  readonly endsAtHeading?: SectionId;
  /**
   * Since a fix of stop 54 after the measure of 2126–2170: set when the source is a Word document
   * and a heading was read without its numeral: Word's list numbering (not read) may print the
   * headings' `一、`, so a heading read bare may be numbered all the same. Absent for a pasted text,
   * a page or a PDF (their numerals are printed text), and for a report typed in the form.
   */
  readonly listNumbering?: true;
  /**
   * The agency an imported source's signature (落款) names, as printed, when it printed one.
   * Absent for a report typed in the form, whose 落款 is always `meta.agencyName`.
   */
  readonly signatureAgency?: string;
  /**
   * The year an imported source's title prints with its 年 lost (`2022度`, real: 粤汉街道 2023's
   * `2022度珠晖区粤汉街道信息公开工作年度报告`; 海南省旅文厅 2020's `…体育厅2020政府信息公开…`), as
   * printed: the title is not read for the year then, and the checks say so (another year than the
   * text's, or the same printed without its 年). Absent for a report typed in the form.
   */
  readonly titleYear?: string;
  /**
   * Since a fix of stop 37 after the measure of 959–988: the agency's name as an imported source's
   * title printed again over two lines prints it, its first characters lost (`东省大数据局` under
   * `山东省大数据局2024年…`, real: 山东省大数据局 2024). Absent otherwise, and for a report typed in
   * the form.
   */
  readonly titleAgencyCut?: string;
  /**
   * Since a fix of stop 39 after the measure of 1139–1168: the agency's name as an imported source's
   * title printed again under the page's title prints it, when it is printed otherwise than the
   * title's (`重庆市武隆区双河镇人民政府办公室` / `2025年…` under `重庆市武隆区双河镇人民政府2025年…`,
   * real: 双河镇 2025): the check says so when it names another body. Absent otherwise, and for a
   * report typed in the form.
   */
  readonly titleAgencyAgain?: string;
  /**
   * Since a fix of stop 42 after the measure of 1349–1378: an imported source's title printed again
   * right under it, as printed, when it names the report in a short form while the title names it
   * rightly (`高新区(新市区)政府2020年信息公开工作年度报告` under `2020年高新区(新市区)政府信息公开工作
   * 年度报告`, real: 高新区(新市区) 2020): the check says so. Absent otherwise, and for a report typed in
   * the form.
   */
  readonly titleAgainName?: string;
  /**
   * The report's name as an imported source's title prints it, when it is a short form of
   * 政府信息公开工作年度报告 (`2025年政府信息公开年度报告`, real: 离石区政府办 2025), or the name with
   * its year inside it (`政府信息公开工作2022年度报告`, real: 大足区外事办 2022): the check says
   * so. Absent for a report typed in the form, whose title is made of the name in full.
   */
  readonly titleName?: string;
  /**
   * Since a fix of stop 41 after the measure of 1319–1333: what an imported source's title prints
   * before the agency's name that is no part of it, a column's mark or a stray year (`【2019】马关县
   * 交通运输局2019年…`, real: 马关县交通运输局 2019; `2025湖口县大垅乡2025年度…`, real: 湖口县大垅乡
   * 2025): the check says so. Absent otherwise, and for a report typed in the form.
   */
  readonly titleMark?: string;
  /**
   * Since a fix of stop 48 after the measure of 1634–1678: the agency's name as an imported source's
   * title prints it without its place (`市统计局`, real: 德州市统计局 2022), when the preface names it
   * whole and `meta.agencyName` was read from there: the check says the title lacks its place.
   * Absent otherwise, and for a report typed in the form.
   */
  readonly titleAgencyPlaceless?: string;
  /**
   * Since a fix of stop 48 after the measure of 1634–1678: an imported source's title as printed,
   * when it names its agency and the report but prints no year (`益阳市大通湖区审计局政府信息公开工作
   * 年度报告`, real: 大通湖区审计局 2023): the check says so. Absent otherwise, and for a report
   * typed in the form, whose title is made with its year.
   */
  readonly titleYearless?: string;
  /**
   * Since a fix of stop 67 after the measure of 2756–2800: an imported source that printed no title,
   * its agency read from the preface's sentence (`现公布通榆县人民政府办公室政府信息公开工作年度报告`, real:
   * 通榆县政府办 2024): no title says which year's report it is, so the preface must (the check says a
   * name with no year). Absent otherwise, and for a report typed in the form, whose title has its year.
   */
  readonly agencyFromPreface?: true;
  /**
   * The date an imported page says it was published (ISO), beside the report's own date
   * (`meta.reportDate`, its 成文日期 or signature): read only from a label that means published
   * (`发布日期`, `发布时间`, `发表日期`, `公开日期`, `发布于`) or the bare date a page prints under the
   * title, never from a 成文日期 (real: 沙德格苏木 2021, 成文日期 2022-01-08, 发布日期 2022-09-06).
   * The deadline check judges it too (条例 第四十九条: the report 向社会公布 by the deadline). Absent
   * for a report typed in the form, and in drafts stored before stop 33.
   */
  readonly published?: string;
  /**
   * Since a fix of stop 35 after the measure of 719–748: the page's publisher when it is a town's
   * that is not the report's agency (`发布机构:侯贯镇` over 河北省发展和改革委员会's 2021 report, on 威县's
   * site): the page reposts the report, and its dates (`published`, a `meta.reportDate` read from the
   * page) are the repost's, not the report's. Absent otherwise.
   */
  readonly repostedBy?: string;
}

/** A dismissed warning: the reason is kept, listed at export, and the dismissal is restorable. */
export interface Dismissal {
  readonly reason: string;
  /** ISO timestamp. */
  readonly at: string;
}

export interface Report {
  readonly formatId: FormatId;
  readonly meta: ReportMeta;
  /** Narrative per section, paragraphs separated by `\n`. Table sections may carry text too. */
  readonly narrative: Readonly<Partial<Record<SectionId, string>>>;
  /**
   * Input cells as canonical strings (`'21'`, `'-3'`, `'533.41'`). Absent = blank.
   * Computed cells are never stored here.
   */
  readonly cells: Readonly<Record<CellId, string>>;
  /** Money cells whose value is written in a unit other than the column's (seed 003's `533.41万`). */
  readonly cellUnits: Readonly<Record<CellId, MoneyUnit>>;
  /**
   * Totals as printed by an imported or pasted source, kept to compare with our computation
   * (SPEC §4.1). Never typed in the form.
   */
  readonly reportedTotals: Readonly<Record<CellId, string>>;
  /**
   * What an import read about the printed source (`ImportedSource`). Absent for a report typed
   * in the form, and for an import that found nothing of note.
   */
  readonly source?: ImportedSource;
  /** Dismissed warnings by issue key. */
  readonly dismissed: Readonly<Record<string, Dismissal>>;
  /** A local rule pack chosen for this report (shipped or loaded from a file): its checks run too. */
  readonly rulePack?: RulePack;
}

/** Points of a report that an issue can refer to besides cells. */
export type FieldPath =
  | 'meta.agencyName'
  | 'meta.agencyKind'
  | 'meta.year'
  | 'meta.reportDate'
  | 'meta.preface'
  | 'meta.format'
  // The contact block's fields (their inputs' ids are `field-contact.…`).
  | `contact.${keyof ContactBlock}`
  | `narrative.${SectionId}`;
