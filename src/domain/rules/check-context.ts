import type { ComputedValues } from '../compute/compute-report';
import type { FieldPath, Report } from '../report/types';
import type { CellId, FormatTemplate, SectionId } from '../template/types';
import type { Severity } from './types';

/** What every check reads: the report, its format and computed cells, and the surroundings. */
export interface CheckContext {
  readonly template: FormatTemplate;
  readonly report: Report;
  readonly computed: ComputedValues;
  /** Every known format, for the format-vs-year check. */
  readonly formats: readonly FormatTemplate[];
  /** Last year's report, when known (imported or kept as a draft): enables the cross-year checks. */
  readonly lastYear?: Report;
  /** Today as ISO `YYYY-MM-DD` (passed in so checks stay pure and testable). */
  readonly today: string;
}

/**
 * One thing a check found. The check's id and severity come from its declaration; the issue
 * key is `${id}:${target}` (or the id alone without a target).
 */
export interface Finding {
  readonly target?: string;
  /** Chinese message naming the numbers involved. */
  readonly message: string;
  /** The step the finding belongs to (`meta` is 基本信息). */
  readonly section: SectionId | 'meta';
  readonly cells?: readonly CellId[];
  readonly fields?: readonly FieldPath[];
}

/** SPEC section a check implements (`10` for rule packs). */
export type CheckSpec = '4.1' | '4.2' | '4.3' | '4.4' | '4.5' | '10';

/** A check: one stable id, its severity and title, and a pure function of the context. */
export interface CheckDeclaration {
  /** Stable: dismissals are stored by it. */
  readonly id: string;
  readonly severity: Severity;
  /** Short Chinese title (issues panel, export checklist). */
  readonly title: string;
  readonly spec: CheckSpec;
  readonly run: (ctx: CheckContext) => readonly Finding[];
}

/** Declares a check (identity; gives the declaration its type). */
export function defineCheck(declaration: CheckDeclaration): CheckDeclaration {
  return declaration;
}

/**
 * What the check running now has read, when an incremental evaluation records it
 * (`incremental.ts`): keys such as `r.cells` or `n.overview`. Null when nothing records.
 */
let reads: Set<string> | null = null;

/** Runs `run` with its reads noted into `into` (which may be null: nothing noted). */
export function withReads<T>(into: Set<string> | null, run: () => T): T {
  const outer = reads;
  reads = into;
  try {
    return run();
  } finally {
    reads = outer;
  }
}

/** Notes that the running check read `key` (see `withReads`). */
export function noteRead(key: string): void {
  reads?.add(key);
}

/**
 * Work shared by several checks within one evaluation (e.g. the narrative statements read
 * once for two checks): computed on first use, keyed by the context. What the work read is
 * kept with it and noted again for every check that uses it, so an incremental evaluation
 * knows that each of them depends on it.
 */
export function perContext<T>(compute: (ctx: CheckContext) => T): (ctx: CheckContext) => T {
  const cache = new WeakMap<CheckContext, { readonly value: T; readonly read: Set<string> }>();
  return (ctx) => {
    const hit = cache.get(ctx);
    if (!hit) {
      const read = new Set<string>();
      const value = withReads(read, () => compute(ctx));
      cache.set(ctx, { value, read });
      if (reads) for (const key of read) reads.add(key);
      return value;
    }
    if (reads) for (const key of hit.read) reads.add(key);
    return hit.value;
  };
}
