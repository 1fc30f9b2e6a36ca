import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/testing/property-runs';
import { clean2022 } from '@templates/fixtures/format-2021/clean';
import { formatById, formats } from '@templates/index';
import { computeReport, recomputeReport } from '../compute/compute-report';
import type { Report } from '../report/types';
import { indexTemplate } from '../template/lookup';
import { SECTION_IDS } from '../template/types';
import { evaluateChecks } from './evaluate-checks';
import { createIncrementalEvaluator } from './incremental';

/**
 * Incremental evaluation (issue 17) on random edit sequences from a full report: after every
 * edit the computed cells and the issues equal a full evaluation of the same report, whatever
 * was edited (cells one or several at a time, sections, metadata, units, printed totals,
 * dismissals, last year, today). Checks that read single cells are kept while those cells and
 * the totals they read are unchanged, so this is what holds the per-cell read tracking right.
 */
const { report: start, lastYear, today } = clean2022;
const template = formatById(start.formatId);
const inputs = indexTemplate(template).inputCells.map((c) => c.id);
const totals = indexTemplate(template).computedCells.map((c) => c.id);

const text = fc.oneof(
  fc.nat({ max: 500 }).map(String),
  fc.constantFrom('', '0', '12.5', '无', '1,000', '-3'),
);

type Edit = (r: Report) => Report;
const edit: fc.Arbitrary<{
  readonly apply: Edit;
  readonly lastYear?: boolean;
  readonly day?: string;
}> = fc.oneof(
  fc
    .record({ id: fc.constantFrom(...inputs), value: fc.option(text, { nil: null }) })
    .map(({ id, value }) => ({
      apply: (r: Report) => {
        const cells = { ...r.cells };
        if (value === null) delete cells[id];
        else cells[id] = value;
        return { ...r, cells };
      },
    })),
  fc
    .record({
      section: fc.constantFrom(...SECTION_IDS),
      add: fc.constantFrom('', '办理政府信息公开申请25件', '2019年', '《条例》', '。'),
      drop: fc.boolean(),
    })
    .map(({ section, add, drop }) => ({
      apply: (r: Report) => {
        const narrative = { ...r.narrative };
        if (drop && add === '') delete narrative[section];
        else narrative[section] = drop ? add : `${narrative[section] ?? ''}${add}`;
        return { ...r, narrative };
      },
    })),
  fc
    .record({
      year: fc.option(fc.integer({ min: 2018, max: 2026 }), { nil: null }),
      date: fc.option(fc.constantFrom('2023-01-20', '2024-03-05', 'x'), { nil: null }),
      name: fc.constantFrom('', '某市生态环境局'),
    })
    .map(({ year, date, name }) => ({
      apply: (r: Report) => ({
        ...r,
        meta: { ...r.meta, year, reportDate: date, agencyName: name },
      }),
    })),
  fc.constantFrom(...inputs.filter((id) => id.startsWith('t2.'))).map((id) => ({
    apply: (r: Report) => ({ ...r, cellUnits: { ...r.cellUnits, [id]: '万元' as const } }),
  })),
  fc
    .record({
      id: fc.constantFrom(...totals),
      value: fc.option(fc.constantFrom('0', '7', '1000', '十二', ''), { nil: null }),
      blank: fc.boolean(),
    })
    .map(({ id, value, blank }) => ({
      // Totals as an imported source printed them, or left them empty.
      apply: (r: Report) => {
        const reportedTotals = { ...r.reportedTotals };
        if (value === null) delete reportedTotals[id];
        else reportedTotals[id] = value;
        return blank
          ? {
              ...r,
              reportedTotals,
              source: { ...r.source, blankTotals: [...(r.source?.blankTotals ?? []), id] },
            }
          : { ...r, reportedTotals };
      },
    })),
  fc
    .array(fc.record({ id: fc.constantFrom(...inputs), value: text }), {
      minLength: 2,
      maxLength: 6,
    })
    .map((edits) => ({
      // Several cells at once (a paste, an undo).
      apply: (r: Report) => ({
        ...r,
        cells: { ...r.cells, ...Object.fromEntries(edits.map((e) => [e.id, e.value])) },
      }),
    })),
  fc.constant({
    apply: (r: Report) => ({ ...r, cellUnits: {} }),
  }),
  fc.nat({ max: 30 }).map((n) => ({
    // Dismiss whatever the full evaluation lists at this index (when it is dismissible).
    apply: (r: Report) => {
      const issue = evaluateChecks(template, r, { formats, today }).filter(
        (i) => i.severity === 'warning' || i.severity === 'info',
      )[n];
      return issue
        ? { ...r, dismissed: { ...r.dismissed, [issue.key]: { reason: '已核实', at: today } } }
        : r;
    },
  })),
  fc.constant({ apply: (r: Report) => r, lastYear: true }),
  fc.constantFrom('2023-01-10', '2023-02-10', '2025-06-01').map((day) => ({
    apply: (r: Report) => r,
    day,
  })),
);

describe('incremental evaluation', () => {
  it('equals a full evaluation after every edit of a random sequence', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const evaluate = createIncrementalEvaluator();
        let report = start;
        let withLastYear = true;
        let day = today;
        for (const e of [{ apply: (r: Report) => r }, ...edits]) {
          report = e.apply(report);
          if ('lastYear' in e && e.lastYear) withLastYear = !withLastYear;
          if ('day' in e && e.day) day = e.day;
          const options = {
            formats,
            today: day,
            ...(withLastYear && lastYear ? { lastYear } : {}),
          };
          const got = evaluate(template, report, options);
          const computed = computeReport(template, report);
          expect(Object.fromEntries(got.computed)).toEqual(Object.fromEntries(computed));
          expect(got.issues).toEqual(evaluateChecks(template, report, { ...options, computed }));
        }
      }),
      { numRuns: runs(40) },
    );
  });

  it('recomputes no total when no input cell changed, and keeps the values when none moved', () => {
    const computed = computeReport(template, start);
    const sameCells = { ...start, narrative: { ...start.narrative, overview: '改' } };
    expect(recomputeReport(template, sameCells, { report: start, computed })).toBe(computed);
    // The same text written again is a new cells object but no change.
    const rewritten = { ...start, cells: { ...start.cells } };
    expect(recomputeReport(template, rewritten, { report: start, computed })).toBe(computed);
    const id = inputs.find((i) => i.startsWith('t3.')) ?? '';
    const edited = { ...start, cells: { ...start.cells, [id]: '987654' } };
    const next = recomputeReport(template, edited, { report: start, computed });
    expect(next).not.toBe(computed);
    expect(Object.fromEntries(next)).toEqual(Object.fromEntries(computeReport(template, edited)));
  });
});
