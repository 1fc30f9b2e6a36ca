import { defineCheck, perContext, type CheckContext, type Finding } from '../check-context';
import { extractStatements, type FactId, type Statement } from '../narrative/extract';
import { factDefinitions } from '../narrative/facts';
import { formatNumber, reportTexts, sumCells, type SumValue } from '../support';

/**
 * Numbers stated in the narrative against the tables (warning), and percentages stated next
 * to them recomputed against the stated base. A table total that is still incomplete only
 * contradicts a stated number smaller than what is already filled.
 */
const narrativeFindings = perContext((ctx: CheckContext) => {
  const facts = factDefinitions(ctx.template);
  const mismatches: Finding[] = [];
  const percentages: Finding[] = [];
  const seen = new Set<string>();
  const tableValue = new Map<FactId, SumValue>();
  const valueOf = (fact: FactId): SumValue | null => {
    const def = facts.get(fact);
    if (!def) return null;
    const cached = tableValue.get(fact);
    if (cached) return cached;
    const v = sumCells(ctx, def.cells);
    tableValue.set(fact, v);
    return v;
  };

  for (const { section, field, text } of reportTexts(ctx.report)) {
    const statements = extractStatements(text);
    for (const s of statements) {
      const def = facts.get(s.fact);
      const table = valueOf(s.fact);
      if (!def || !table) continue;
      const key = `${section}:${s.fact}`;
      const contradicts = table.complete ? s.value !== table.value : s.value < table.value;
      if (contradicts && !seen.has(`m:${key}`)) {
        seen.add(`m:${key}`);
        mismatches.push({
          target: key,
          cells: def.cells,
          fields: [field],
          section,
          message: table.complete
            ? `文中“${s.text}”为 ${s.value}，但${def.label}为 ${table.value}，相差 ${Math.abs(s.value - table.value)}`
            : `文中“${s.text}”为 ${s.value}，但${def.label}已填写的部分已达 ${table.value}`,
        });
      }
      const percentIssue = s.percent ? checkPercent(s, statements, valueOf) : null;
      if (percentIssue && !seen.has(`p:${key}`)) {
        seen.add(`p:${key}`);
        percentages.push({
          target: key,
          fields: [field],
          section,
          message: `文中“${s.text}，${s.percent?.text ?? ''}”，但 ${percentIssue}`,
        });
      }
    }
  }
  return { mismatches, percentages };
});

export const narrativeTableCheck = defineCheck({
  id: 'narrative-table-mismatch',
  severity: 'warning',
  spec: '4.4',
  title: '正文数字与表格不符',
  run: (ctx) => narrativeFindings(ctx).mismatches,
});

export const narrativePercentageCheck = defineCheck({
  id: 'narrative-percentage-mismatch',
  severity: 'warning',
  spec: '4.4',
  title: '正文百分比计算有误',
  run: (ctx) => narrativeFindings(ctx).percentages,
});

/** `null` when some plausible base gives the stated percentage; else the recomputation. */
function checkPercent(
  s: Statement,
  all: readonly Statement[],
  valueOf: (fact: FactId) => SumValue | null,
): string | null {
  const percent = s.percent;
  if (!percent) return null;
  const stated = (fact: FactId): number | null => all.find((x) => x.fact === fact)?.value ?? null;
  const table = (fact: FactId): number | null => {
    const v = valueOf(fact);
    return v?.complete ? v.value : null;
  };
  const plus = (a: number | null, b: number | null): number | null =>
    a === null ? null : a + (b ?? 0);
  const bases = [
    plus(stated('received'), stated('carriedIn')),
    stated('received'),
    stated('completed'),
    plus(table('received'), table('carriedIn')),
    table('received'),
    table('completed'),
  ].filter((b): b is number => b !== null && b > 0);
  const base = bases[0];
  if (base === undefined) return null;
  const tolerance = 0.5 * 10 ** -percent.decimals + 1e-9;
  if (bases.some((b) => Math.abs((s.value / b) * 100 - percent.value) <= tolerance)) return null;
  const decimals = Math.max(1, percent.decimals);
  return `${s.value} ÷ ${base} = ${formatNumber((s.value / base) * 100, decimals)}%，不是 ${percent.value}%`;
}
