import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { CheckContext } from '@/domain/rules/check-context';
import { builtInChecks } from '@/domain/rules/checks';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { createIncrementalEvaluator } from '@/domain/rules/incremental';
import { ReportValues, withValues } from '@/domain/rules/report-values';
import { clean2022 } from '@templates/fixtures/format-2021/clean';
import { formats, formatById } from '@templates/index';
import { medianCpuTime } from '../lib/measure';
import type { BenchEntry } from '../types';

// A full 2021-format report (every cell filled, narrative in every section) with last year's
// report given, so every check runs, the cross-year ones included. Times are CPU time per call
// (median of 25 batches of 100 calls), so a loaded machine's waiting for a core is not counted.
// The reports are made before the timing: what is timed is the engine, not the copying of a
// report's 200 cells that makes each one.
const { report, lastYear, today } = clean2022;
const template = formatById(report.formatId);
const overview = report.narrative.overview ?? '';
const options = { formats, today, ...(lastYear ? { lastYear } : {}) };
const CALLS = 3000 + 25 * 100;

/**
 * Full evaluation: each call is a new report whose 总体情况 text and one cell differ from the
 * previous call's, so no cache by text or by report can hide the cost of reading it.
 */
function fullReports(count: number): Report[] {
  return Array.from({ length: count }, (_, i) => ({
    ...report,
    narrative: { ...report.narrative, overview: `${overview}${i}` },
    cells: { ...report.cells, 't2.licensing.decisions': String(i % 500) },
  }));
}

function full(): () => number {
  const reports = fullReports(CALLS);
  let i = 0;
  return () => {
    const edited = reports[i++ % reports.length] ?? report;
    const computed = computeReport(template, edited);
    return evaluateChecks(template, edited, { ...options, computed }).length;
  };
}

/**
 * The open report as the editor analyses it (issue 17): incrementally, one keystroke at a time.
 * A keystroke changes one thing — a cell of 表二 or 表三, or the text of 总体情况 — and only the
 * totals and checks that read it run again.
 */
function keystrokes(kind: 'cell' | 'text'): () => number {
  const chain: Report[] = [];
  let current = report;
  for (let k = 1; k <= CALLS; k += 1) {
    if (kind === 'cell') {
      const id = k % 2 === 0 ? 't3.newReceived.naturalPerson' : 't2.licensing.decisions';
      current = { ...current, cells: { ...current.cells, [id]: String(k % 500) } };
    } else {
      current = {
        ...current,
        narrative: { ...current.narrative, overview: `${overview}${k % 1000}` },
      };
    }
    chain.push(current);
  }
  const evaluate = createIncrementalEvaluator();
  evaluate(template, report, options);
  let i = 0;
  return () => evaluate(template, chain[i++ % chain.length] ?? report, options).issues.length;
}

/**
 * Each check's share of a full evaluation: every check run on 1,000 new reports as
 * `evaluateChecks` runs it, timed one by one (wall clock, trimmed mean: the slowest 2 % of
 * calls, a core taken away, dropped). Prints the table; returns the sum, in ms.
 */
function perCheck(): number {
  const reports = fullReports(1300);
  const times = new Map<string, number[]>(builtInChecks.map((c) => [c.id, []]));
  let computeTimes: number[] = [];
  reports.forEach((r, n) => {
    const t0 = performance.now();
    const computed = computeReport(template, r);
    const t1 = performance.now();
    if (n >= 300) computeTimes.push(t1 - t0);
    const ctx: CheckContext = withValues(
      { template, report: r, computed, formats, today, ...(lastYear ? { lastYear } : {}) },
      new ReportValues(template, r, computed, false),
    );
    for (const check of builtInChecks) {
      const start = performance.now();
      check.run(ctx);
      const end = performance.now();
      if (n >= 300) times.get(check.id)?.push(end - start);
    }
  });
  const trimmedMean = (xs: number[]): number => {
    const kept = [...xs].sort((a, b) => a - b).slice(0, Math.ceil(xs.length * 0.98));
    return kept.reduce((a, b) => a + b, 0) / kept.length;
  };
  const rows = [...times]
    .map(([id, xs]) => ({ id, ms: trimmedMean(xs) }))
    .sort((a, b) => b.ms - a.ms);
  computeTimes = [trimmedMean(computeTimes)];
  const sum = rows.reduce((a, r) => a + r.ms, 0);
  const us = (ms: number): string => `${(ms * 1000).toFixed(1).padStart(6)} µs`;
  console.log(`  computeReport (all totals)               ${us(computeTimes[0] ?? 0)}`);
  for (const r of rows.slice(0, 15)) console.log(`  ${r.id.padEnd(40)} ${us(r.ms)}`);
  const rest = rows.slice(15);
  console.log(
    `  the other ${rest.length} checks${' '.repeat(24)} ${us(rest.reduce((a, r) => a + r.ms, 0))}`,
  );
  console.log(`  all ${rows.length} checks${' '.repeat(29)} ${us(sum)}`);
  return sum;
}

// Goals: issue 17 asks ≤ 0.2 ms per report for the engine (full evaluation and a keystroke's
// incremental one); issue 14 asks that the full evaluation stays ≤ 0.3 ms with all its rules.
export const benches: readonly BenchEntry[] = [
  {
    name: 'engine: compute all cells + run all checks, full 2021 report with last year, CPU median',
    budget: 0.2,
    unit: 'ms',
    run: () => medianCpuTime(full()),
  },
  {
    name: 'engine: keystroke in a table cell, incremental (editor), same report, CPU median',
    budget: 0.2,
    unit: 'ms',
    run: () => medianCpuTime(keystrokes('cell')),
  },
  {
    name: 'engine: keystroke in 总体情况, incremental (editor), same report, CPU median',
    budget: 0.2,
    unit: 'ms',
    run: () => medianCpuTime(keystrokes('text')),
  },
  {
    name: 'engine: the checks of a full evaluation, each timed (table above), sum',
    budget: 0.2,
    unit: 'ms',
    run: perCheck,
  },
];
