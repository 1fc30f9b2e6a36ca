import type { Report } from '@/domain/report/types';
import type { Issue, Severity } from '@/domain/rules/types';
import type { FormatId } from '@/domain/template/types';
import type { UnitSource } from '@/import/types';

/**
 * Reviewer mode (SPEC §9): the reports of many units, each imported from a file and checked.
 * Pure TypeScript, no React or DOM: the browser (src/features/review) and the command line
 * (`nianbao check --summary`, `nianbao sum`) share it.
 */

export type { UnitImport, UnitSource } from '@/import/types';

export type SeverityCounts = Readonly<Record<Severity, number>>;

/** How completely the importer read the file. */
export interface ReadState {
  readonly complete: boolean;
  /** What was not read, in Chinese (`表三：读到 120 / 144 个单元格`, `未找到“五、…”`). */
  readonly notes: readonly string[];
}

interface UnitBase {
  /** Unique within one review (stable across sorting and filtering). */
  readonly id: string;
  /** The file's name. */
  readonly fileName: string;
  /** Its path inside the dropped folder (`乡镇/某某镇.docx`), or the name. */
  readonly path: string;
}

/** A file that could be read as a report, with its checks. */
export interface ReadUnit extends UnitBase {
  readonly ok: true;
  readonly source: UnitSource;
  readonly report: Report;
  readonly issues: readonly Issue[];
  /** Open issues per severity. */
  readonly counts: SeverityCounts;
  readonly read: ReadState;
  /** What the importer asks the reader to check (Chinese). */
  readonly importWarnings: readonly string[];
  readonly unrecognised: readonly string[];
}

/**
 * A file that could not be read (corrupt, scanned, a damaged draft …), or one that is not a report
 * at all and was passed over (`skipped`: another program's JSON file).
 */
export interface FailedUnit extends UnitBase {
  readonly ok: false;
  readonly message: string;
  readonly skipped?: true;
}

export type ReviewUnit = ReadUnit | FailedUnit;

/** One line of the review table. */
export interface ReviewRow {
  readonly id: string;
  readonly fileName: string;
  readonly path: string;
  readonly ok: boolean;
  /** 机关名称 ('' when none was found). */
  readonly agency: string;
  readonly year: number | null;
  readonly formatId: FormatId | null;
  /** 成文日期, ISO, or null. */
  readonly reportDate: string | null;
  /** Set when the report date is after the statutory deadline of the agency's kind. */
  readonly late: { readonly deadline: string; readonly basis: string } | null;
  readonly counts: SeverityCounts;
  /** Open issues of rule packs (`pack:…` checks), counted in `counts` too. */
  readonly packIssues: number;
  readonly readComplete: boolean;
  readonly readNotes: readonly string[];
  /** Why the file could not be read (failed units only). */
  readonly message: string;
  /** Not a report, passed over (not counted as unreadable). */
  readonly skipped: boolean;
}
