import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { clean2022 } from '@templates/fixtures/format-2021/clean';
import { formats, formatById } from '@templates/index';
import { medianTime } from '../lib/measure';
import type { BenchEntry } from '../types';

// A full 2021-format report (every cell filled, narrative in every section) with last year's
// report given, so every check runs, the cross-year ones included. Each call is a keystroke: a
// new report object whose 总体情况 text and one cell differ from the previous call's, so no
// per-text cache can hide the cost of reading the narrative.
const { report, lastYear, today } = clean2022;
const template = formatById(report.formatId);
const overview = report.narrative.overview ?? '';
let keystroke = 0;

function analyse(): number {
  keystroke += 1;
  const edited: Report = {
    ...report,
    narrative: { ...report.narrative, overview: `${overview}${keystroke}` },
    cells: { ...report.cells, 't2.licensing.decisions': String(keystroke % 500) },
  };
  const computed = computeReport(template, edited);
  const issues = evaluateChecks(template, edited, {
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
    run: () => medianTime(analyse, { warmup: 300, samples: 2000 }),
  },
];
