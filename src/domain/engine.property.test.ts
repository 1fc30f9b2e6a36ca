import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/testing/property-runs';
import { formats } from '@templates/index';
import { computeReport, printedCellText } from './compute/compute-report';
import { emptyReport } from './report/empty-report';
import { readCell } from './report/read-cell';
import type { Report } from './report/types';
import { evaluateChecks } from './rules/evaluate-checks';
import { indexTemplate } from './template/lookup';
import type { FormatTemplate } from './template/types';

/**
 * The engine on random reports: compute and every check never throw; a complete total is the
 * exact (BigInt) sum of what the one reader reads; every invalid cell is one error naming it,
 * and no balance issue is judged on an invalid term; what was typed prints as typed, anything else as a number or blank.
 */
const cellText = fc.oneof(
  fc.bigInt({ min: 0n, max: 999_999_999_999n }).map(String),
  fc.nat({ max: 50 }).map(String),
  fc.constantFrom(
    '',
    ' ',
    '12.5',
    '无',
    '-',
    '１２件',
    '1,000',
    '-3',
    '0',
    '二十一',
    '20.5',
    '1e3',
  ),
  fc.string({ maxLength: 6 }),
);

function arbitraryReport(template: FormatTemplate): fc.Arbitrary<Report> {
  const inputs = indexTemplate(template).inputCells;
  return fc
    .record({
      cells: fc.array(fc.option(cellText, { nil: undefined, freq: 2 }), {
        minLength: inputs.length,
        maxLength: inputs.length,
      }),
      text: fc.string({ maxLength: 120 }),
      year: fc.option(fc.integer({ min: 2015, max: 2030 }), { nil: null }),
      date: fc.option(fc.constantFrom('2021-01-05', '20261-01-20', 'x', '2030-01-01'), {
        nil: null,
      }),
    })
    .map(({ cells, text, year, date }) => {
      const base = emptyReport(template.id, year);
      return {
        ...base,
        meta: { ...base.meta, reportDate: date, preface: text },
        narrative: { overview: text, other: text },
        cells: Object.fromEntries(
          inputs.flatMap((c, i) => (cells[i] === undefined ? [] : [[c.id, cells[i]]])),
        ),
      };
    });
}

describe.each(formats.map((f) => [f.id, f] as const))(
  'the engine, format %s (property)',
  (_, template) => {
    const { cells, inputCells } = indexTemplate(template);
    const leaves = (id: string): string[] => {
      const c = cells.get(id);
      return c?.computed ? c.computed.sum.flatMap(leaves) : [id];
    };

    it('totals, checks and printing agree with the one reader', () => {
      fc.assert(
        fc.property(arbitraryReport(template), (report) => {
          const read = (id: string) =>
            readCell(cells.get(id) ?? { type: 'count' }, report.cells[id]);
          const computed = computeReport(template, report);
          for (const [id, value] of computed) {
            const operands = leaves(id).map(read);
            if (operands.every((r) => r.kind === 'value')) {
              const sum = operands.reduce(
                (a, r) => a + BigInt(r.kind === 'value' ? r.value : 0),
                0n,
              );
              expect(value.status).toBe('complete');
              if (value.status === 'complete') expect(BigInt(value.value)).toBe(sum);
            } else expect(value.status).toBe('incomplete');
          }
          const issues = evaluateChecks(template, report, {
            formats,
            today: '2026-01-20',
            computed,
          });
          expect(new Set(issues.map((i) => i.key)).size).toBe(issues.length);
          const invalid = inputCells.filter((c) => read(c.id).kind === 'invalid').map((c) => c.id);
          const flagged = issues.filter((i) => i.checkId === 'cell-value-invalid');
          expect(flagged.map((i) => i.cells[0]).sort()).toEqual([...invalid].sort());
          for (const i of flagged) expect(i.severity).toBe('error');
          for (const i of issues.filter((x) => x.checkId === 't3-balance'))
            expect(i.cells.some((id) => invalid.includes(id))).toBe(false);
          for (const cell of cells.values()) {
            const printed = printedCellText(cell, report, computed);
            const r = cell.computed ? null : read(cell.id);
            // What was typed prints as typed (even `NaN`); anything else is a number or blank.
            if (r?.kind === 'invalid') expect(printed).toBe(r.raw.trim());
            else expect(printed).toMatch(/^(|-?\d+(\.\d+)?(元|万元)?)$/);
          }
        }),
        { numRuns: runs(40) },
      );
    });
  },
);
