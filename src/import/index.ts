/**
 * Import of an existing report (SPEC §8): a .docx in the official template, text pasted from
 * a published report, or a table copied from a web page (`text/html`). Pure TypeScript, no
 * React; the review UI lives in src/features/import.
 *
 * - Every importer turns its source into blocks (paragraphs, table rows, loose cells), and one
 *   shared interpreter (interpret.ts) reads sections by heading, meta from title, signature and
 *   page lines (`发布日期：…`), and table rows by their labels (label-index.ts, match-row.ts),
 *   never by position. Rows come whole from Word, tabs, pipes and HTML (html/html-to-blocks.ts,
 *   a tolerant reader shared by the worker and Node); text copied from a PDF, one value per line
 *   and one cell per line are read as a stream (table-stream.ts, text/line-tokens.ts): a label
 *   opens a row and the values after it fill it, wrapped pieces of labels and page numbers are
 *   skipped.
 * - Never silent: per table `读到 n / m 个单元格`, the rows not found and those blank in the
 *   source, every value not placed (`unrecognised`); what the importer assumed (format by year,
 *   year from the text, date from a page line) is a note, never a warning or an error.
 * - Measured on 23 real published reports (templates/fixtures/real, real-corpus.test.ts).
 * - Printed totals (表三 总计 column and （七）总计 row, 表四 总计) go to `reportedTotals`; the
 *   engine compares them with its own computation.
 * - `—` `-` `/` `无` in a cell mean none in a filled-in table and are read as 0, with a warning.
 *   Other short text in a cell is kept as written (the wrong-value check flags it in the draft);
 *   longer text is listed as unrecognised.
 * - A row whose label is missing (seed 001's 表三 （一）…（三）8) is not guessed: its numbers are
 *   listed as unrecognised and the cells stay blank.
 * - The format follows the labels that only one format prints, then the year, then the current
 *   format; a regional variant replaces it when the source prints labels only the variant has. The year follows the title, else the most frequent year in the text (with a warning).
 * - .docx limits: 20 MB file, 50 MB uncompressed (counted as the inflater produces them — the
 *   platform's `DecompressionStream` where it can, else fflate's streaming Unzip — whatever the
 *   zip headers claim), compression ratio ≤ 200 past 1 MB; only word/document.xml is inflated.
 */
export { importDocxBytes, importDocxBytesAsync, importDocxFile } from './import-docx';
export { importHtml } from './import-html';
export { importText } from './import-text';
export type { ImportFailure, ImportResult, ImportSuccess, Recognition } from './types';
