import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { createIncrementalEvaluator } from '@/domain/rules/incremental';
import { clean2022 } from '@templates/fixtures/format-2021/clean';
import { formats, formatById } from '@templates/index';
import { medianTime } from '../lib/measure';
import type { BenchEntry } from '../types';

// A full 2021-format report (every cell filled, narrative in every section) with last year's
// report given, so every check runs, the cross-year ones included. Each call is a new report
// object whose 总体情况 text and one cell differ from the previous call's, so no per-text cache
// can hide the cost of reading the narrative.
const { report, lastYear, today } = clean2022;
const template = formatById(report.formatId);
const overview = report.narrative.overview ?? '';
const options = { formats, today, ...(lastYear ? { lastYear } : {}) };
let keystroke = 0;

function analyse(): number {
  keystroke += 1;
  const edited: Report = {
    ...report,
    narrative: { ...report.narrative, overview: `${overview}${keystroke}` },
    cells: { ...report.cells, 't2.licensing.decisions': String(keystroke % 500) },
  };
  const computed = computeReport(template, edited);
  return evaluateChecks(template, edited, { ...options, computed }).length;
}

// The open report as the editor analyses it (issue 17): incrementally, one keystroke at a time.
// A keystroke changes one thing — a cell of 表二 or 表三, or the text of 总体情况 — and only the
// totals and checks that depend on it run again.
const evaluate = createIncrementalEvaluator();
let current: Report = report;
const t3 = 't3.newReceived.naturalPerson';

function cellKeystroke(): number {
  keystroke += 1;
  const id = keystroke % 2 === 0 ? t3 : 't2.licensing.decisions';
  current = { ...current, cells: { ...current.cells, [id]: String(keystroke % 500) } };
  return evaluate(template, current, options).issues.length;
}

function textKeystroke(): number {
  keystroke += 1;
  current = {
    ...current,
    narrative: { ...current.narrative, overview: `${overview}${keystroke % 1000}` },
  };
  return evaluate(template, current, options).issues.length;
}

export const benches: readonly BenchEntry[] = [
  {
    name: 'engine: compute all cells + run all checks, full 2021 report with last year, median',
    budget: 0.2,
    unit: 'ms',
    run: () => medianTime(analyse, { warmup: 300, samples: 2000 }),
  },
  {
    name: 'engine: keystroke in a table cell, incremental (editor), same report, median',
    budget: 0.2,
    unit: 'ms',
    run: () => medianTime(cellKeystroke, { warmup: 300, samples: 2000 }),
  },
  {
    name: 'engine: keystroke in 总体情况, incremental (editor), same report, median',
    budget: 0.2,
    unit: 'ms',
    run: () => medianTime(textKeystroke, { warmup: 300, samples: 2000 }),
  },
];
