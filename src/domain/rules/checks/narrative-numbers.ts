import { defineCheck, perContext, type CheckContext, type Finding } from '../check-context';
import { extractStatements, type FactId, type Statement } from '../narrative/extract';
import { claimReadings, type Reading } from '../narrative/readings';
import { formatNumber, sumCells, textsOf, type SumValue } from '../support';

/**
 * Claims of the narrative against the tables (warning), each compared with every plausible
 * reading of the tables (narrative/readings.ts) and warned about only when none fits, once per
 * claim: a wrong number gives `narrative-table-mismatch` naming every reading tried; a right
 * number with a percentage that fits no base gives `narrative-percentage-mismatch`.
 * A table value still incomplete only contradicts a stated number below what is filled.
 */
const narrativeFindings = perContext((ctx: CheckContext) => {
  const subjects = claimReadings(ctx.template);
  const mismatches: Finding[] = [];
  const percentages: Finding[] = [];
  const seen = new Set<string>();
  const cache = new Map<Reading, SumValue>();
  const valueOf = (r: Reading): SumValue => {
    const hit = cache.get(r);
    if (hit) return hit;
    const sum = sumCells(ctx, r.cells);
    const less = r.minus ? sumCells(ctx, r.minus) : null;
    const v = less
      ? { value: sum.value - less.value, complete: sum.complete && less.complete }
      : sum;
    cache.set(r, v);
    return v;
  };

  for (const text of textsOf(ctx)) {
    const { section, field } = text;
    const claims = extractStatements(text);
    for (const claim of claims) {
      const subject = subjects.get(claim.fact);
      if (!subject) continue;
      const said = `${section}:${claim.fact}:${claim.value}`;
      if (seen.has(said)) continue;
      seen.add(said);
      const first = `${section}:${claim.fact}`;
      const target = seen.has(first) ? said : first;
      seen.add(first);
      // A difference of cells still incomplete bounds nothing: it is not a reading then.
      const readings = subject.readings.filter((r) => !r.minus || valueOf(r).complete);
      const values = readings.map(valueOf);
      if (!values.some((v) => fits(claim.value, v))) {
        mismatches.push({
          target,
          cells: [...new Set(readings.flatMap((r) => [...r.cells, ...(r.minus ?? [])]))],
          fields: [field],
          section,
          message: mismatchMessage(claim, readings, values),
        });
        continue;
      }
      const percent = claim.percent
        ? percentProblem(claim, claims, subject.percentBases, valueOf)
        : null;
      if (percent) {
        percentages.push({
          target,
          fields: [field],
          section,
          message: `文中“${claim.text}，${claim.percent?.text ?? ''}”，但 ${percent}`,
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

/** Whether a stated number fits a table value (an incomplete one only by exceeding it). */
export const fits = (stated: number, table: SumValue): boolean =>
  table.complete ? stated === table.value : stated >= table.value;

function describe(r: Reading, v: SumValue): string {
  return v.complete ? `${r.label} ${v.value}` : `${r.label}（已填部分已达 ${v.value}）`;
}

/** `… 为 158，既不等于予以公开 172，也不等于予以公开 + 部分公开 175`. */
function mismatchMessage(
  claim: Statement,
  readings: readonly Reading[],
  values: readonly SumValue[],
): string {
  const head = `文中“${claim.text}”为 ${claim.value}`;
  const [r0, ...rest] = readings;
  const [v0, ...restValues] = values;
  if (!r0 || !v0) return head;
  if (rest.length === 0) {
    return v0.complete
      ? `${head}，但表格中${r0.label}为 ${v0.value}，相差 ${Math.abs(claim.value - v0.value)}`
      : `${head}，但表格中${r0.label}已填写的部分已达 ${v0.value}`;
  }
  const others = rest.map((r, i) => describe(r, restValues[i] ?? v0)).join('，也不等于');
  return `${head}，既不等于表格中${describe(r0, v0)}，也不等于${others}`;
}

/** What the counts stated in the same text say a base is. */
function statedBases(all: readonly Statement[]): { label: string; value: number }[] {
  const stated = (fact: FactId): number | undefined => all.find((x) => x.fact === fact)?.value;
  const received = stated('received');
  const carriedIn = stated('carriedIn');
  const completed = stated('completed');
  const out: { label: string; value: number }[] = [];
  if (received !== undefined) {
    out.push({ label: '文中的收到数', value: received });
    if (carriedIn !== undefined)
      out.push({ label: '文中的收到数 + 上年结转', value: received + carriedIn });
  }
  if (completed !== undefined) out.push({ label: '文中的办结数', value: completed });
  return out;
}

/** `null` when the stated percentage is the count's share of some plausible base. */
export function percentProblem(
  claim: Statement,
  all: readonly Statement[],
  tableBases: readonly Reading[],
  valueOf: (r: Reading) => SumValue,
): string | null {
  const percent = claim.percent;
  if (!percent) return null;
  const bases = [
    ...tableBases.flatMap((r) => {
      const v = valueOf(r);
      return v.complete ? [{ label: r.label, value: v.value }] : [];
    }),
    ...statedBases(all),
  ].filter((b) => b.value > 0);
  if (bases.length === 0) return null;
  const unit = 10 ** -percent.decimals;
  const matches = (base: number): boolean => {
    const share = (claim.value / base) * 100;
    // Rounded or cut off at the stated decimals.
    return (
      Math.abs(share - percent.value) <= unit / 2 + 1e-9 ||
      (share >= percent.value && share < percent.value + unit)
    );
  };
  if (bases.some((b) => matches(b.value))) return null;
  const decimals = Math.max(1, percent.decimals);
  const unique = bases.filter((b, i) => bases.findIndex((x) => x.value === b.value) === i);
  const tried = unique
    .map(
      (b) => `占${b.label} ${b.value} 的 ${formatNumber((claim.value / b.value) * 100, decimals)}%`,
    )
    .join('、');
  return `${claim.value} ${tried}，都不是 ${percent.value}%`;
}
