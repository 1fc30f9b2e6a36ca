import { computeReport, recomputeReport, type ComputedValues } from '../compute/compute-report';
import type { Report } from '../report/types';
import type { FormatTemplate } from '../template/types';
import {
  noteRead,
  withReads,
  type CheckContext,
  type CheckDeclaration,
  type Finding,
} from './check-context';
import { builtInChecks } from './checks';
import { pushIssues, type EvaluateOptions } from './evaluate-checks';
import type { Issue } from './types';

/**
 * Incremental evaluation (issue 17): the same issues as `computeReport` + `evaluateChecks`, but
 * after an edit only what depends on the edited part runs again.
 *
 * - Computed cells: `recomputeReport` recomputes only the totals whose formulas (the template's
 *   dependencies) reach an input cell whose text changed.
 * - Checks: while a check runs, what it reads is noted — the report's parts (`cells`, `meta`,
 *   `cellUnits`, …), each narrative section on its own, the computed values, last year's report,
 *   today, the formats. A check none of whose reads changed keeps its findings. So a key in a
 *   table does not run the checks that read only text, and a key in 总体情况 does not run the
 *   checks that read only the tables or other sections.
 *
 * Reads are noted by the context itself (getters, and a Proxy over the narrative sections), so a
 * check needs no declaration that could go stale; work shared between checks (`perContext`)
 * passes its reads on to every check that uses it. Checks are pure functions of their context
 * (the engine's rule), which is what makes keeping their findings correct.
 */
export interface IncrementalResult {
  readonly computed: ComputedValues;
  readonly issues: Issue[];
}

export type IncrementalEvaluator = (
  template: FormatTemplate,
  report: Report,
  options: Omit<EvaluateOptions, 'computed'>,
) => IncrementalResult;

interface Inputs {
  readonly template: FormatTemplate;
  readonly report: Report;
  readonly computed: ComputedValues;
  readonly formats: readonly FormatTemplate[];
  readonly lastYear: Report | undefined;
  readonly today: string;
}

interface Kept {
  readonly findings: readonly Finding[];
  readonly reads: ReadonlySet<string>;
}

/**
 * The parts of a report a check may read; each is one dependency (by identity). Every key of
 * `Report`, optional ones included (the type makes a new part fail to compile until it is listed
 * here), so a part a report does not have yet is still noted when read.
 */
const REPORT_PARTS = Object.keys({
  formatId: true,
  meta: true,
  narrative: true,
  cells: true,
  cellUnits: true,
  reportedTotals: true,
  blankTotals: true,
  headings: true,
  dismissed: true,
  rulePack: true,
} satisfies Record<keyof Report, true>);

/** A new evaluator with its own memory of the last evaluation (one per open report). */
export function createIncrementalEvaluator(): IncrementalEvaluator {
  let last: { readonly inputs: Inputs; readonly kept: Map<CheckDeclaration, Kept> } | null = null;
  return (template, report, options) => {
    const computed =
      last && last.inputs.template === template
        ? recomputeReport(template, report, last.inputs)
        : computeReport(template, report);
    const inputs: Inputs = {
      template,
      report,
      computed,
      formats: options.formats,
      lastYear: options.lastYear,
      today: options.today,
    };
    const ctx = trackedContext(inputs);
    const before = last;
    const kept = new Map<CheckDeclaration, Kept>();
    const issues: Issue[] = [];
    const all = options.extraChecks ? [...builtInChecks, ...options.extraChecks] : builtInChecks;
    for (const check of all) {
      const old = before?.kept.get(check);
      let entry: Kept;
      if (old && before && unchanged(old.reads, before.inputs, inputs)) entry = old;
      else {
        const reads = new Set<string>();
        entry = { findings: withReads(reads, () => check.run(ctx)), reads };
      }
      kept.set(check, entry);
      pushIssues(issues, check, entry.findings, report);
    }
    last = { inputs, kept };
    return { computed, issues };
  };
}

/** True when nothing the check read differs between the two evaluations. */
function unchanged(reads: ReadonlySet<string>, a: Inputs, b: Inputs): boolean {
  for (const key of reads) {
    if (key.startsWith('n.')) {
      const section = key.slice(2);
      if (section === '*') {
        if (!sameKeys(a.report.narrative, b.report.narrative)) return false;
      } else if (narrativeOf(a.report, section) !== narrativeOf(b.report, section)) return false;
    } else if (key.startsWith('r.')) {
      const part = key.slice(2) as keyof Report;
      if (a.report[part] !== b.report[part]) return false;
    } else if (a[key as keyof Inputs] !== b[key as keyof Inputs]) return false;
  }
  return true;
}

const narrativeOf = (report: Report, section: string): string | undefined =>
  (report.narrative as Readonly<Record<string, string | undefined>>)[section];

function sameKeys(a: object, b: object): boolean {
  const x = Object.keys(a);
  const y = Object.keys(b);
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

/** A check context that notes what is read of it (see `noteRead`). */
function trackedContext(inputs: Inputs): CheckContext {
  const report = trackedReport(inputs.report);
  const ctx = {
    get template() {
      noteRead('template');
      return inputs.template;
    },
    get report() {
      return report;
    },
    get computed() {
      noteRead('computed');
      return inputs.computed;
    },
    get formats() {
      noteRead('formats');
      return inputs.formats;
    },
    get lastYear() {
      noteRead('lastYear');
      return inputs.lastYear;
    },
    get today() {
      noteRead('today');
      return inputs.today;
    },
  };
  return ctx as CheckContext;
}

function trackedReport(report: Report): Report {
  const tracked = {};
  const narrative = trackedNarrative(report.narrative);
  const parts = new Set<string>([...REPORT_PARTS, ...Object.keys(report)]);
  for (const part of parts) {
    Object.defineProperty(tracked, part, {
      // As in the report: a part it does not have is not listed (spread, keys).
      enumerable: Object.prototype.hasOwnProperty.call(report, part),
      get() {
        // The narrative's sections are noted one by one, as they are read.
        if (part === 'narrative') return narrative;
        noteRead(`r.${part}`);
        return report[part as keyof Report];
      },
    });
  }
  return tracked as Report;
}

/** The sections, each read noted on its own (`n.<section>`; listing them: `n.*`). */
function trackedNarrative(narrative: Report['narrative']): Report['narrative'] {
  return new Proxy(narrative, {
    get(target, key, receiver) {
      if (typeof key === 'string') noteRead(`n.${key}`);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') noteRead(`n.${key}`);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      noteRead('n.*');
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') noteRead(`n.${key}`);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}
