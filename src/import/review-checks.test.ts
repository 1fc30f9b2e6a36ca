import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseReport } from '@/store/analysis';
import { importDocxBytes } from './import-docx';
import { importText } from './import-text';
import { importChecks, withImportChecks } from './review-checks';
import type { ImportResult } from './types';

/** The checks the import worker sends with a result are the ones the review made itself. */

const TODAY = '2026-12-01';

const seeds = readdirSync('templates/fixtures/seeds')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => importText(readFileSync(`templates/fixtures/seeds/${name}`, 'utf8')));
const docx = ['hand-2019-clerk.docx', 'hand-2021-wps.docx'].map((name) =>
  importDocxBytes(new Uint8Array(readFileSync(`templates/fixtures/import/${name}`))),
);

describe('importChecks', () => {
  it('gives what analyseReport gives, for seeds and Word files', () => {
    const reports = [...seeds, ...docx].flatMap((r) => (r.ok ? [r.report] : []));
    expect(reports.length).toBeGreaterThan(6);
    let issues = 0;
    for (const report of reports) {
      const { template: _template, ...expected } = analyseReport(report, null, TODAY);
      const checks = importChecks(report, TODAY);
      expect(checks).toEqual(expected);
      // What the worker sends reaches the page by structured clone.
      expect(structuredClone(checks)).toEqual(expected);
      issues += checks.issues.length;
    }
    expect(issues).toBeGreaterThan(0);
  });

  it('is added to a report only', () => {
    const failed: ImportResult = { ok: false, message: '不是年报' };
    expect(withImportChecks(failed, TODAY)).toBe(failed);
    const ok = docx[0];
    if (!ok?.ok) throw new Error('the fixture did not import');
    const withChecks = withImportChecks(ok, TODAY);
    expect(withChecks).toEqual({ ...ok, checks: importChecks(ok.report, TODAY) });
  });
});
