import type { CellId } from '../../template/types';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { cellValue } from '../support';

/** The sum of the cells' values, in order; `null` when one is unknown (every cell read). */
function sumOf(ctx: CheckContext, ids: readonly CellId[]): number | null {
  let sum: number | null = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const v = cellValue(ctx, ids[i] as CellId);
    if (v === null) sum = null;
    else if (sum !== null) sum += v;
  }
  return sum;
}

/**
 * 表三's official rule, per applicant column and for 总计:
 * 一 + 二 = 三（七）总计 + 四. Only checked when every term is known.
 */
export const balanceCheck = defineCheck({
  id: 't3-balance',
  severity: 'error',
  spec: '4.1',
  title: '表三勾稽关系不平衡（一 + 二 ≠ 三 + 四）',
  run(ctx) {
    const found: Finding[] = [];
    for (const rel of ctx.template.balance) {
      // Each term read once, in order, with no list made (issue 17: a balanced relation, the
      // usual case, allocates nothing); the lists only for a finding's message.
      const l = sumOf(ctx, rel.left);
      const r = sumOf(ctx, rel.right);
      if (l === null || r === null || l === r) continue;
      const left = rel.left.map((id) => cellValue(ctx, id));
      const right = rel.right.map((id) => cellValue(ctx, id));
      const terms = (labels: readonly string[], values: readonly (number | null)[]): string =>
        labels.map((label, i) => `${label} ${values[i] ?? ''}`).join(' + ');
      found.push({
        target: rel.id,
        message: `${rel.columnLabel}列：${terms(rel.leftLabels, left)} = ${l}，但${terms(rel.rightLabels, right)} = ${r}，相差 ${Math.abs(l - r)}`,
        cells: [...rel.left, ...rel.right],
        section: 'applications',
      });
    }
    return found;
  },
});
