import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats, formatById } from '@templates/index';
import { emptyReport } from '../report/empty-report';
import type { Report } from '../report/types';
import { evaluateChecks } from '../rules/evaluate-checks';
import { indexTemplate } from '../template/lookup';
import type { FormatTemplate } from '../template/types';
import { readCell } from '../report/read-cell';
import { cellNumber, cellReadings, computeReport, printedCellText } from './compute-report';

const withCells = (formatId: '2019' | '2021', cells: Record<string, string>): Report => ({
  ...emptyReport(formatId, formatId === '2019' ? 2020 : 2021),
  cells,
});

describe('computed cells', () => {
  const template = formatById('2021');
  const cellOf = (id: string) => {
    const cell = indexTemplate(template).cells.get(id);
    if (!cell) throw new Error(id);
    return cell;
  };

  it('total of a row is the sum of the six applicant columns', () => {
    const report = withCells('2021', {
      't3.newReceived.naturalPerson': '20',
      't3.newReceived.commercial': '3',
      't3.newReceived.research': '0',
      't3.newReceived.publicWelfare': '0',
      't3.newReceived.legalService': '1',
      't3.newReceived.otherOrg': '0',
    });
    const computed = computeReport(template, report);
    expect(computed.get('t3.newReceived.total')).toEqual({ status: 'complete', value: 24 });
    expect(cellNumber(template, report, computed, 't3.newReceived.total')).toBe(24);
    expect(printedCellText(cellOf('t3.newReceived.total'), report, computed)).toBe('24');
  });

  it('a blank makes the total incomplete, never a final-looking number', () => {
    const report = withCells('2021', { 't3.newReceived.naturalPerson': '21' });
    const computed = computeReport(template, report);
    expect(computed.get('t3.newReceived.total')).toEqual({
      status: 'incomplete',
      partial: 21,
      blanks: 5,
      invalid: 0,
    });
    expect(cellNumber(template, report, computed, 't3.newReceived.total')).toBeNull();
    expect(printedCellText(cellOf('t3.newReceived.total'), report, computed)).toBe('');
  });

  it('a typed text that is not a value makes the total invalid, not a number', () => {
    const report = withCells('2021', {
      't4.review.upheld': '1.5',
      't4.review.corrected': '-1',
      't4.review.other': 'abc',
      't4.review.pending': '',
    });
    const computed = computeReport(template, report);
    expect(computed.get('t4.review.total')).toEqual({
      status: 'incomplete',
      partial: 0,
      blanks: 1,
      invalid: 3,
    });
    expect(printedCellText(cellOf('t4.review.total'), report, computed)).toBe('');
    // What was typed prints as typed: never the previous value, never NaN.
    expect(printedCellText(cellOf('t4.review.upheld'), report, computed)).toBe('1.5');
  });

  it('normalised spellings are values: full-width digits, separators, 件', () => {
    const report = withCells('2021', {
      't4.review.upheld': '１２',
      't4.review.corrected': '1,000',
      't4.review.other': ' 3件 ',
      't4.review.pending': '0',
    });
    const computed = computeReport(template, report);
    expect(computed.get('t4.review.total')).toEqual({ status: 'complete', value: 1015 });
    expect(printedCellText(cellOf('t4.review.corrected'), report, computed)).toBe('1000');
  });
});

/** Any value a draft or an import may hold in a cell. */
const anyValue = fc.oneof(
  fc.nat({ max: 5000 }).map(String),
  fc.nat({ max: 5000 }).map(String),
  fc.integer({ min: -50, max: -1 }).map(String),
  fc.constantFrom('', ' ', '1.5', '０', '二十一', '1,000', '21 ', 'NaN', '-0', '1e3', '0x10'),
  fc.string({ maxLength: 6 }),
);

function arbitraryReport(template: FormatTemplate): fc.Arbitrary<Report> {
  const inputs = indexTemplate(template).inputCells;
  const computedIds = indexTemplate(template).computedCells.map((c) => c.id);
  return fc
    .record({
      cells: fc.array(fc.option(anyValue, { nil: undefined }), {
        minLength: inputs.length,
        maxLength: inputs.length,
      }),
      totals: fc.dictionary(fc.constantFrom(...computedIds), anyValue, { maxKeys: 5 }),
      text: fc.string({ maxLength: 200 }),
      year: fc.option(fc.integer({ min: 2015, max: 2030 }), { nil: null }),
      date: fc.option(fc.constantFrom('2021-01-05', '2022-02-30', 'x', '2030-01-01'), {
        nil: null,
      }),
    })
    .map(({ cells, totals, text, year, date }) => ({
      ...emptyReport(template.id, year),
      meta: { ...emptyReport(template.id, year).meta, reportDate: date, preface: text },
      narrative: { overview: text, other: text, problems: text },
      cells: Object.fromEntries(
        inputs.flatMap((c, i) => (cells[i] === undefined ? [] : [[c.id, cells[i]]])),
      ),
      reportedTotals: totals,
    }));
}

describe('cell readings kept for the last reports', () => {
  const template = formatById('2021');
  const at = indexTemplate(template).position.get('t3.newReceived.naturalPerson') ?? -1;

  it('never answers a report with the readings of another whose cells or units differ', () => {
    const a = withCells('2021', { 't3.newReceived.naturalPerson': '20' });
    // The same cells object with other units; other cells with the same text.
    const units: Report = { ...a, cellUnits: { 't3.newReceived.naturalPerson': '万元' } };
    const b = withCells('2021', { 't3.newReceived.naturalPerson': '21' });
    expect(cellReadings(template, a).numberAt(at)).toBe(20);
    expect(cellReadings(template, b).numberAt(at)).toBe(21);
    expect(cellReadings(template, units)).not.toBe(cellReadings(template, a));
    expect(cellReadings(template, a).numberAt(at)).toBe(20);
    expect(computeReport(template, b).get('t3.newReceived.total')).toEqual(
      computeReport(template, { ...b, cells: { ...b.cells } }).get('t3.newReceived.total'),
    );
  });

  it('shares one reading per report between its totals and checks; reads a report again once many others passed', () => {
    const a = withCells('2021', { 't3.newReceived.naturalPerson': '7' });
    const first = cellReadings(template, a);
    expect(cellReadings(template, a)).toBe(first);
    for (let i = 0; i < 20; i += 1)
      cellReadings(template, withCells('2021', { 't3.newReceived.naturalPerson': String(i) }));
    const again = cellReadings(template, a);
    expect(again).not.toBe(first);
    expect(again.numberAt(at)).toBe(7);
  });
});

describe.each(formats.map((f) => [f.id, f] as const))(
  'any report in the %s format (property)',
  (_id, template) => {
    const { cells } = indexTemplate(template);
    const valueOf = (id: string): string | null => {
      const r = readCell(cells.get(id) ?? { type: 'count' }, report(id));
      return r.kind === 'value' ? r.value : null;
    };
    let current: Report | null = null;
    const report = (id: string): string | undefined => current?.cells[id];

    it('evaluateChecks never throws and totals are the sum of the complete inputs', () => {
      fc.assert(
        fc.property(arbitraryReport(template), arbitraryReport(template), (report, lastYear) => {
          current = report;
          const computed = computeReport(template, report);
          const leaves = (id: string): string[] => {
            const c = cells.get(id);
            return c?.computed ? c.computed.sum.flatMap(leaves) : [id];
          };
          for (const [id, value] of computed) {
            const operands = leaves(id);
            const complete = operands.every((o) => valueOf(o) !== null);
            // Exact (BigInt) sum: the number total must equal it, however large the counts.
            const sum = operands.reduce((acc, o) => acc + BigInt(valueOf(o) ?? '0'), 0n);
            if (complete) expect(value).toEqual({ status: 'complete', value: Number(sum) });
            if (complete) expect(BigInt((value as { value: number }).value)).toBe(sum);
            else expect(value).toMatchObject({ status: 'incomplete', partial: Number(sum) });
          }
          const issues = evaluateChecks(template, report, {
            formats,
            today: '2026-01-20',
            computed,
            lastYear,
          });
          expect(new Set(issues.map((i) => i.key)).size).toBe(issues.length);
        }),
        { numRuns: 150 },
      );
    });
  },
);
