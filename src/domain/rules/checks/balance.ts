import { defineCheck, type Finding } from '../check-context';
import { cellValue } from '../support';

/**
 * 表三's official rule, per applicant column and for 总计:
 * 一 + 二 = 三（七）总计 + 四. Only checked when every term is known.
 */
/** The sum of the values, in order; `null` when one is unknown. */
function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

export const balanceCheck = defineCheck({
  id: 't3-balance',
  severity: 'error',
  spec: '4.1',
  title: '表三勾稽关系不平衡（一 + 二 ≠ 三 + 四）',
  run(ctx) {
    const found: Finding[] = [];
    for (const rel of ctx.template.balance) {
      const left = rel.left.map((id) => cellValue(ctx, id));
      const right = rel.right.map((id) => cellValue(ctx, id));
      const l = sumOrNull(left);
      const r = sumOrNull(right);
      if (l === null || r === null || l === r) continue;
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
