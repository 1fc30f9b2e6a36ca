/**
 * Import of an existing report (SPEC §8): a .docx in the official template or text pasted from
 * a published report. Pure TypeScript, no React; the review UI lives in src/features/import.
 *
 * - Both importers turn their source into blocks (paragraphs and table rows), and one shared
 *   interpreter (interpret.ts) reads sections by heading, meta from title and signature, and
 *   table rows by their labels (label-index.ts, match-row.ts), never by position.
 * - Printed totals (表三 总计 column and （七）总计 row, 表四 总计) go to `reportedTotals`; the
 *   engine compares them with its own computation.
 * - `—` `-` `/` `无` in a cell mean none in a filled-in table and are read as 0, with a warning.
 *   Other short text in a cell is kept as written (the wrong-value check flags it in the draft);
 *   longer text is listed as unrecognised.
 * - A row whose label is missing (seed 001's 表三 （一）…（三）8) is not guessed: its numbers are
 *   listed as unrecognised and the cells stay blank.
 * - The format follows the labels that only one format prints, then the year, then the current
 *   format. The year follows the title, else the most frequent year in the text (with a warning).
 * - .docx limits: 20 MB file, 50 MB uncompressed (from the central directory, before inflating),
 *   compression ratio ≤ 200 on entries over 1 MB; only word/document.xml is inflated.
 */
export { importDocxBytes, importDocxFile } from './import-docx';
export { importText } from './import-text';
export type { ImportFailure, ImportResult, ImportSuccess, Recognition } from './types';
