import type { ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { Issue, Severity } from '@/domain/rules/types';
import type { CellId, SectionId, TableId } from '@/domain/template/types';

/**
 * What an importer reads before interpretation: the document as paragraphs and table rows, in
 * reading order. The text importer and the .docx importer both produce blocks; one shared step
 * turns blocks into a report, so both read tables by their labels the same way.
 */
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  /** One table row: its cells' texts left to right (merged continuation cells are ''). */
  | { readonly kind: 'row'; readonly fields: readonly string[] }
  /**
   * Loose table cells from text pasted one cell per line (`规章 |`, `0 |`, a lone `|` for a blank
   * cell): read as a stream by the label that precedes them, not as a row. '' is a blank cell.
   */
  | { readonly kind: 'cells'; readonly fields: readonly string[] };

export interface SectionRecognition {
  /** The heading as found in the source, or null when the section was not found. */
  readonly heading: string | null;
  /** Paragraphs of narrative placed in the section. */
  readonly paragraphs: number;
}

export interface TableRecognition {
  /** True when any label or value of the table was found. */
  readonly found: boolean;
  /** Input cells that received a value (0 included). */
  readonly cells: readonly CellId[];
  /** Computed cells whose printed value was kept in `reportedTotals`. */
  readonly totals: readonly CellId[];
  /** Input cells of the table in the format (what `read` is out of). */
  readonly inputs: number;
  /** Input cells that received a value (= cells.length). */
  readonly read: number;
  /** Official labels of the rows not found in the source at all (表二, 表三). */
  readonly rowsMissing: readonly string[];
  /** Official labels of the rows found with every cell blank (表二, 表三). */
  readonly rowsBlank: readonly string[];
  /** One line for the review step: `表三：读到 0 / 144 个单元格`. */
  readonly summary: string;
}

export interface MetaRecognition {
  readonly title: string | null;
  /** Where the agency name came from: the title, the line above it, a sentence of the preface, the signature. */
  readonly agencyName: 'title' | 'preface' | 'signature' | null;
  /** Where the year came from: the title, the report's name in the preface, the text's most frequent. */
  readonly year: 'title' | 'preface' | 'text' | null;
  /** Where the report date came from: the signature, or a page line such as `发布日期：…`. */
  readonly reportDate: 'signature' | 'page' | null;
  readonly preface: boolean;
  readonly contact: readonly string[];
}

export interface Recognition {
  readonly meta: MetaRecognition;
  readonly sections: Readonly<Record<SectionId, SectionRecognition>>;
  readonly tables: Readonly<Record<TableId, TableRecognition>>;
  /** Why this format was chosen, in Chinese. */
  readonly format: string;
  /** True when no label decided the format and the importer assumed it (by year, or the current one). */
  readonly formatAssumed: boolean;
}

export interface ImportSuccess {
  readonly ok: true;
  readonly report: Report;
  readonly recognised: Recognition;
  /** Lines or cells that were not placed anywhere, as found in the source. */
  readonly unrecognised: readonly string[];
  /** Things the clerk should check (Chinese). */
  readonly warnings: readonly string[];
  /** What the importer assumed where the source did not say (format, year, date source): information, never errors. */
  readonly notes: readonly string[];
  /**
   * The report's totals and checks for the review, when the import worker made them
   * (review-checks.ts); the review makes them itself otherwise.
   */
  readonly checks?: ImportChecks;
}

/**
 * The totals and checks of an imported report as the import review shows them: what
 * `analyseReport` (src/domain/rules/analyse.ts) gives, less the template.
 */
export interface ImportChecks {
  readonly computed: ComputedValues;
  readonly issues: readonly Issue[];
  readonly counts: Readonly<Record<Severity, number>>;
}

export interface ImportFailure {
  readonly ok: false;
  /** Clear Chinese message saying what is wrong and what to do. */
  readonly message: string;
}

export type ImportResult = ImportSuccess | ImportFailure;

export type ImportSource = 'text' | 'docx' | 'pdf';

/** Where a unit's report came from. */
export type UnitSource = 'docx' | 'pdf' | 'text' | 'json';

/**
 * What reading one file gave (a reviewed unit, `nianbao check`): a report (with what the
 * importer recognised) or a message.
 */
export type UnitImport =
  | {
      readonly ok: true;
      readonly source: UnitSource;
      readonly report: Report;
      /** Absent for JSON drafts (typed in the app: nothing to recognise). */
      readonly recognised?: Recognition;
      readonly unrecognised: readonly string[];
      readonly warnings: readonly string[];
    }
  | {
      readonly ok: false;
      readonly message: string;
      /**
       * Not a report at all (JSON of another program, not a draft): a review passes it over
       * rather than reporting a failure.
       */
      readonly skipped?: true;
    };
