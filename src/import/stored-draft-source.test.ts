import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { importText } from './import-text';
import { formatById, formats } from '@templates/index';
import v2Text from '@/stored-draft/fixtures/draft-v2.json?raw';
import { restoreDraftText } from '@/stored-draft/restore-draft';
import { CURRENT_SCHEMA_VERSION } from '@/stored-draft/schema';

/**
 * Version 1 kept what an import read about its source as nine top-level fields of the report;
 * version 2 keeps them in `report.source`. A draft stored by version 1 (in IndexedDB, or a JSON
 * draft file) must restore to the same report, and so get the same issues.
 */

/** A real report (合川区二郎镇 2019, templates/fixtures/real) whose import records its source. */
const TEXT = readFileSync('templates/fixtures/real/279-hechuan-erlang-2019.txt', 'utf8');
const TODAY = '2026-12-01';

function imported(): Report {
  const r = importText(TEXT);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** The report as version 1 stored it: the source's fields at the top, where they were. */
function v1Report(report: Report): Record<string, unknown> {
  const { source, dismissed, rulePack, ...before } = report;
  return { ...before, ...source, dismissed, ...(rulePack ? { rulePack } : {}) };
}

const draft = (schemaVersion: number, report: unknown) => ({
  schemaVersion,
  id: 'd-279',
  name: '合川区二郎镇 2019',
  createdAt: '2026-12-01T08:00:00.000Z',
  savedAt: '2026-12-01T08:05:00.000Z',
  revision: 3,
  report,
  lastYear: report,
});

const issues = (report: Report) =>
  evaluateChecks(formatById(report.formatId), report, { formats, today: TODAY }).map(
    (i) => `${i.key} ${i.message}`,
  );

describe('a version 1 draft with its import notes at the top level', () => {
  const report = imported();

  it('the real import records its source (the fields the migration moves)', () => {
    // titleName since a fix of stop 34 after the measure of 614–643: the title `…2019年政府信息公开
    // 工作报告`, 年度 left out of the report's name.
    expect(Object.keys(report.source ?? {})).toEqual([
      'unitsUnstated',
      'changedHeaders',
      'headings',
      'titleName',
    ]);
    expect(Object.keys(v1Report(report))).toContain('changedHeaders');
  });

  it('restores to the same draft and the same issues as the version 2 shape', () => {
    // Only what version 1 could hold: `titleName` came later (a version 1 draft never held it).
    const { titleName: _, ...v1Source } = imported().source ?? {};
    const report: Report = { ...imported(), source: v1Source };
    const old = restoreDraftText(JSON.stringify(draft(1, v1Report(report))));
    const now = restoreDraftText(JSON.stringify(draft(CURRENT_SCHEMA_VERSION, report)));
    if (!old.ok || !now.ok) throw new Error('not restored');
    expect(old.from).toBe(1);
    expect(old.dropped).toBe(0);
    expect(now.dropped).toBe(0);
    expect(JSON.stringify(old.draft)).toBe(JSON.stringify(now.draft));
    expect(old.draft.report.source).toEqual(report.source);
    expect(old.draft.lastYear?.source).toEqual(report.source);
    const found = issues(old.draft.report);
    expect(found).toEqual(issues(now.draft.report));
    expect(found).toEqual(issues(report));
    // Issues only the moved fields give: they are read after the restore.
    expect(found.some((i) => i.startsWith('procurement-unit-unstated'))).toBe(true);
    expect(found.some((i) => i.startsWith('table-header-changed:'))).toBe(true);
  });

  it('a version 1 draft without them has no source', () => {
    const { source: _, ...typed } = report;
    const old = restoreDraftText(JSON.stringify(draft(1, typed)));
    if (!old.ok) throw new Error(old.message);
    expect(old.draft.report).not.toHaveProperty('source');
  });

  it('the frozen version 2 draft (this import, stored) loads unchanged', () => {
    const result = restoreDraftText(v2Text);
    if (!result.ok) throw new Error(result.message);
    expect(result.from).toBe(2);
    expect(result.dropped).toBe(0);
    expect(result.draft).toEqual(JSON.parse(v2Text));
    expect(result.draft.report.source).toEqual(report.source);
  });
});
