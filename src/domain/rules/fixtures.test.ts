import { describe, expect, it } from 'vitest';
import { fixtures, seedFixtures } from '@templates/fixtures/index';
import { formats, formatById } from '@templates/index';
import { computeReport } from '../compute/compute-report';
import { checkCatalogue } from './catalogue';
import { builtInChecks } from './checks';
import { evaluateChecks } from './evaluate-checks';

/** Every fixture (the five seeds and the 2021 fixtures): computed values and the exact issue set. */

const run = (f: (typeof fixtures)[number]) => {
  const template = formatById(f.report.formatId);
  const computed = computeReport(template, f.report);
  const issues = evaluateChecks(template, f.report, {
    formats,
    today: f.today,
    computed,
    ...(f.lastYear ? { lastYear: f.lastYear } : {}),
  });
  return { computed, issues };
};

describe.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', (_name, fixture) => {
  const { computed, issues } = run(fixture);

  it('raises exactly the expected issues', () => {
    expect(issues.map((i) => i.key).sort()).toEqual([...fixture.expected.issues].sort());
  });

  it('computes the expected totals', () => {
    for (const [id, want] of Object.entries(fixture.expected.computed ?? {})) {
      const got = computed.get(id);
      expect(got, id).toBeDefined();
      if (want === 'incomplete') expect(got?.status, id).toBe('incomplete');
      else expect(got, id).toEqual({ status: 'complete', value: want });
    }
  });

  it('gives every issue a unique key, a Chinese message and a place to point at', () => {
    expect(new Set(issues.map((i) => i.key)).size).toBe(issues.length);
    for (const i of issues) {
      expect(i.message).toMatch(/[\u4e00-\u9fff]/);
      expect(i.cells.length + i.fields.length, i.key).toBeGreaterThan(0);
      expect(i.key.startsWith(i.checkId)).toBe(true);
    }
  });
});

describe('the seeds', () => {
  it('raise no arithmetic error: their tables balance', () => {
    for (const f of seedFixtures) {
      const arithmetic = run(f).issues.filter((i) =>
        [
          't3-balance',
          'reported-total-mismatch',
          't2-items-negative',
          'cell-value-invalid',
        ].includes(i.checkId),
      );
      expect(arithmetic, f.name).toEqual([]);
    }
  });

  it('are dated before their reporting year ends where the text says so (000, 003)', () => {
    const dated = seedFixtures.filter((f) =>
      run(f).issues.some((i) => i.checkId === 'report-date-before-year-end'),
    );
    expect(dated.map((f) => f.name)).toEqual(['seed-000', 'seed-003']);
  });
});

describe('the fixtures as a whole', () => {
  const raised = fixtures.flatMap((f) => run(f).issues);

  it('make every check fail at least once, with its severity', () => {
    const seen = Object.fromEntries(raised.map((i) => [i.checkId, i.severity]));
    const catalogue = Object.fromEntries(
      Object.entries(checkCatalogue).map(([id, info]) => [id, info.severity]),
    );
    expect(seen).toEqual(catalogue);
  });

  it('declare each check id once (dismissals are stored by id)', () => {
    const ids = builtInChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(checkCatalogue)).toEqual(ids);
  });

  it('include clean reports on which every check passes', () => {
    const clean = fixtures.filter((f) => f.expected.issues.length === 0).map((f) => f.name);
    expect(clean).toEqual(expect.arrayContaining(['2021-clean', '2022-clean-with-last-year']));
  });
});
