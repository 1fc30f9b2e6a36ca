import { perText } from '../../format/memo';
import { compactText } from '../../format/text';
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

/**
 * Since a fix of stop 48 after the measure of 1724–1768 (helper f27): a count with its change against
 * last year as a rate right after it (`全年累计受理政府信息公开申请57件,同比增长71.9%`, real: 通化县
 * 2025; `共收到各类政府信息公开申请60件,较上年度上升261%`, real: 荣昌区政府办 2024): last year's count
 * was a whole number, so the rate must be one some whole number gives, to its last decimal place (57
 * is 72.7% more than 33, 67.6% more than 34: no count gives 71.9%). The corpus's others all fit
 * (`80件,同比增长5.26%`, `522条,同比下降14.1%`). Warned with no last year's report at hand.
 */
const COUNT_THEN_RATE =
  /(?<![\d.])(\d+)(件|条|个|次|宗|起|篇)[,，]?((?:同比|较上年度?|比上年度?|较去年|比去年|较上一年度?|比上一年度?)(增长|增加|上升|提高|下降|减少|降低)(\d+(?:\.\d+)?)%)/g;
const RISE = /增长|增加|上升|提高/;

/** Whether some whole count of last year makes `now` a change of `rate` % to its `places`. */
function rateFitsSomeCount(now: number, rate: number, rise: boolean, places: number): boolean {
  const factor = rise ? 1 + rate / 100 : 1 - rate / 100;
  if (factor <= 0 || now === 0) return true;
  const near = now / factor;
  const half = 0.5 * 10 ** -places + 1e-9;
  for (const before of [
    Math.floor(near) - 1,
    Math.floor(near),
    Math.ceil(near),
    Math.ceil(near) + 1,
  ]) {
    if (before <= 0) continue;
    const actual = (Math.abs(now - before) / before) * 100;
    // Rounded, or cut after its last place.
    if (Math.abs(actual - rate) <= half || (actual >= rate && actual - rate < 2 * half))
      return true;
  }
  return false;
}

// Anchors: every comparison names 比 or 较 (同比, 较上年, 比去年).
const ratesNoCountGivesIn = perText({ anyOf: '比较', otherwise: [] }, (text): string[] => {
  const compact = compactText(text);
  if (!compact.includes('%')) return [];
  const out: string[] = [];
  COUNT_THEN_RATE.lastIndex = 0;
  for (let m = COUNT_THEN_RATE.exec(compact); m; m = COUNT_THEN_RATE.exec(compact)) {
    const said = m[5] ?? '';
    const places = said.includes('.') ? said.length - said.indexOf('.') - 1 : 0;
    if (!rateFitsSomeCount(Number(m[1]), Number(said), RISE.test(m[4] ?? ''), places))
      out.push(m[0]);
  }
  return out;
});

function rateFindings(ctx: CheckContext): Finding[] {
  for (const text of textsOf(ctx)) {
    const [said] = ratesNoCountGivesIn(text);
    if (said === undefined) continue;
    return [
      {
        target: text.section,
        fields: [text.field],
        section: text.section,
        message: `文中“${said}”：上一年度的数只能是整数，但没有哪个整数能算出这个百分比，请核对百分比或数字`,
      },
    ];
  }
  return [];
}

export const narrativePercentageCheck = defineCheck({
  id: 'narrative-percentage-mismatch',
  severity: 'warning',
  spec: '4.4',
  title: '正文百分比计算有误',
  run: (ctx) => [...narrativeFindings(ctx).percentages, ...rateFindings(ctx)],
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
