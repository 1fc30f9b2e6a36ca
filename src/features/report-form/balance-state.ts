import { cellNumber, type ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { BalanceRelation, FormatTemplate } from '@/domain/template/types';

export type BalanceState =
  | { readonly state: 'pending' }
  | { readonly state: 'ok' }
  | { readonly state: 'bad'; readonly diff: number };

/** State of one 表三 column's rule: pending while any term is blank. */
export function balanceOf(
  template: FormatTemplate,
  rel: BalanceRelation,
  report: Report,
  computed: ComputedValues,
): BalanceState {
  const values = [...rel.left, ...rel.right].map((id) =>
    cellNumber(template, report, computed, id),
  );
  if (values.some((v) => v === null)) return { state: 'pending' };
  const sum = (ids: readonly string[]): number =>
    ids.reduce((a, id) => a + (cellNumber(template, report, computed, id) ?? 0), 0);
  const diff = sum(rel.left) - sum(rel.right);
  return diff === 0 ? { state: 'ok' } : { state: 'bad', diff };
}

/** 表三 as a whole: every column balanced, some not (how many), or some term still blank. */
export type BalanceSummary =
  | { readonly state: 'pending' }
  | { readonly state: 'ok' }
  | { readonly state: 'bad'; readonly columns: number };

/** The columns' states in the template's order (`template.balance`). */
export function balanceStates(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
): BalanceState[] {
  return template.balance.map((rel) => balanceOf(template, rel, report, computed));
}

const sameState = (a: BalanceState, b: BalanceState): boolean =>
  a.state === b.state && (a.state !== 'bad' || (b.state === 'bad' && a.diff === b.diff));

/** The states last computed, and what from. */
let last: {
  readonly template: FormatTemplate;
  readonly report: Report;
  readonly computed: ComputedValues;
  readonly states: readonly BalanceState[];
} | null = null;

/**
 * `balanceStates`, computed once per report revision (the corner and the balance row both ask,
 * React's store subscriptions twice each: four times per keystroke before) and the same array
 * while every column's state is unchanged, so a selector returning it needs no deeper equality.
 */
export function balanceStatesOf(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
): readonly BalanceState[] {
  const hit = last;
  if (hit && hit.report === report && hit.computed === computed && hit.template === template) {
    return hit.states;
  }
  const fresh = balanceStates(template, report, computed);
  const states =
    hit &&
    hit.template === template &&
    hit.states.length === fresh.length &&
    fresh.every((s, i) => sameState(s, hit.states[i] ?? s))
      ? hit.states
      : fresh;
  last = { template, report, computed, states };
  return states;
}

const summaries = new WeakMap<readonly BalanceState[], BalanceSummary>();

/** `balanceSummary` of `balanceStatesOf`: the same object while the states array is the same. */
export function balanceSummaryOf(
  template: FormatTemplate,
  report: Report,
  computed: ComputedValues,
): BalanceSummary {
  const states = balanceStatesOf(template, report, computed);
  let summary = summaries.get(states);
  if (!summary) summaries.set(states, (summary = balanceSummary(states)));
  return summary;
}

/** Summary for 表三's corner: any column off, else pending while a term is blank, else ok. */
export function balanceSummary(states: readonly BalanceState[]): BalanceSummary {
  const bad = states.filter((s) => s.state === 'bad').length;
  if (bad > 0) return { state: 'bad', columns: bad };
  if (states.some((s) => s.state === 'pending')) return { state: 'pending' };
  return { state: 'ok' };
}

/** Text of the corner: `✓ 平衡`, `✗ 不平衡 n 列`, or `待填写`. */
export function balanceSummaryText(summary: BalanceSummary): string {
  if (summary.state === 'ok') return '✓ 平衡';
  if (summary.state === 'bad') return `✗ 不平衡 ${summary.columns} 列`;
  return '待填写';
}

/** Text of a column's balance indicator. */
export function balanceText(state: BalanceState): string {
  if (state.state === 'ok') return '✓ 平衡';
  if (state.state === 'bad') return `✗ 差 ${Math.abs(state.diff)}`;
  return '待填写';
}
