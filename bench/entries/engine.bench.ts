import { computeReport } from '@/domain/compute/compute-report';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { clean2022 } from '@templates/fixtures/format-2021/clean';
import { formats, formatsById } from '@templates/index';
import { medianTime } from '../lib/measure';
import type { BenchEntry } from '../types';

// A full 2021-format report (every cell filled, narrative in every section) with last year's
// report given, so every check runs, the cross-year ones included: what one keystroke costs.
const { report, lastYear, today } = clean2022;
const template = formatsById[report.formatId];

function analyse(): number {
  const computed = computeReport(template, report);
  const issues = evaluateChecks(template, report, {
    formats,
    today,
    computed,
    ...(lastYear ? { lastYear } : {}),
  });
  return issues.length;
}

export const benches: readonly BenchEntry[] = [
  {
    name: 'engine: compute all cells + run all checks, full 2021 report with last year, median',
    budget: 1,
    unit: 'ms',
    run: () => medianTime(analyse, { warmup: 200, samples: 200, batch: 10 }),
  },
];
