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
