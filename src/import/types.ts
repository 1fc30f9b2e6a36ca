import type { Report } from '@/domain/report/types';
import type { CellId, SectionId, TableId } from '@/domain/template/types';

/**
 * What an importer reads before interpretation: the document as paragraphs and table rows, in
 * reading order. The text importer and the .docx importer both produce blocks; one shared step
 * turns blocks into a report, so both read tables by their labels the same way.
 */
export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  /** One table row: its cells' texts left to right (merged continuation cells are ''). */
  | { readonly kind: 'row'; readonly fields: readonly string[] };

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
}

export interface MetaRecognition {
  readonly title: string | null;
  readonly agencyName: 'title' | 'signature' | null;
  readonly year: 'title' | 'text' | null;
  readonly reportDate: boolean;
  readonly preface: boolean;
  readonly contact: readonly string[];
}

export interface Recognition {
  readonly meta: MetaRecognition;
  readonly sections: Readonly<Record<SectionId, SectionRecognition>>;
  readonly tables: Readonly<Record<TableId, TableRecognition>>;
  /** Why this format was chosen, in Chinese. */
  readonly format: string;
}

export interface ImportSuccess {
  readonly ok: true;
  readonly report: Report;
  readonly recognised: Recognition;
  /** Lines or cells that were not placed anywhere, as found in the source. */
  readonly unrecognised: readonly string[];
  /** Things the clerk should check (Chinese). */
  readonly warnings: readonly string[];
}

export interface ImportFailure {
  readonly ok: false;
  /** Clear Chinese message saying what is wrong and what to do. */
  readonly message: string;
}

export type ImportResult = ImportSuccess | ImportFailure;

export type ImportSource = 'text' | 'docx';
