import { readFileSync } from 'node:fs';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { formats, formatById } from '@templates/index';
import type { Report } from '@/domain/report/types';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { phraseSlipsIn } from '@/domain/rules/checks/phrase-slips';
import { importText } from '@/import';

/**
 * A clean 2021 report with one text of a real report put in, and what every check says of it:
 * the shape of the tests that mend a miss of a held-out measure.
 */

export const issuesOf = (report: Report, today = '2026-12-01') =>
  evaluateChecks(formatById(report.formatId), report, { formats, today });
export const keys = (report: Report): string[] => issuesOf(report).map((i) => i.key);
export const messageOf = (report: Report, key: string): string | undefined =>
  issuesOf(report).find((i) => i.key === key)?.message;

export const withPreface = (
  preface: string,
  year = 2021,
  report: Report = clean2021.report,
): Report => ({ ...report, meta: { ...report.meta, preface, year } });

export const withOverview = (
  overview: string,
  year = 2021,
  report: Report = clean2021.report,
): Report => ({
  ...report,
  meta: { ...report.meta, year },
  narrative: { ...report.narrative, overview },
});

/**
 * The report with `text` as its preface (part `meta`) or, for any other part, as its 总体情况: the
 * table-driven cases of the phrase slips name each case's part so (`overview`, `proactive`).
 */
export const withPart = (part: string, text: string, year = 2021): Report =>
  part === 'meta' ? withPreface(text, year) : withOverview(text, year);

/** The report as another agency's: its kind and name (a town's, a government's office). */
export const asAgency = (
  report: Report,
  agencyKind: Report['meta']['agencyKind'],
  agencyName: string,
): Report => ({
  ...report,
  meta: { ...report.meta, agencyKind, agencyName },
});

/** A text of the real corpus (templates/fixtures/real), as stored. */
export const realText = (name: string): string =>
  readFileSync(`templates/fixtures/real/${name}`, 'utf8');

/** The report the importer reads from a pasted text; a text it refuses fails the test. */
export function importedReport(text: string): Report {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

/** Whether the report imported from a pasted text gets an issue of this key. */
export const importedWarns = (text: string, key: string): boolean =>
  keys(importedReport(text)).includes(key);

/** The message of this key on the report imported from a pasted text ('' when none). */
export const importedMessage = (text: string, key: string): string =>
  messageOf(importedReport(text), key) ?? '';

/** The phrase slips of a real text's overview, each as `written→meant` (a text's other slips beside). */
export function overviewSlipsOf(file: string): string[] {
  const report = importedReport(realText(file));
  return phraseSlipsIn(report.narrative.overview ?? '', formatById(report.formatId)).map(
    (s) => `${s.text}→${s.phrase}`,
  );
}
