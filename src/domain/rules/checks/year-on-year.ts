import type { ComputedValues } from '../../compute/compute-report';
import { perParagraph, perText, someParagraph } from '../../format/memo';
import { compactSentences, compactText } from '../../format/text';
import type { Report } from '../../report/types';
import type { FactId, FormatTemplate } from '../../template/types';
import { factDefinitions } from '../narrative/facts';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { cellValue, formatNumber, reportTexts, sectionOfCell, textsOf } from '../support';
import { lastYearComputed, lastYearNumber } from './last-year';

/** A value of last year's report: computed cells from its computation, inputs as typed. */
function lastValue(
  template: FormatTemplate,
  last: Report,
  computed: ComputedValues,
  id: string,
): number | null {
  const c = computed.get(id);
  if (c) return c.status === 'complete' ? c.value : null;
  return lastYearNumber(template, last, id);
}

/**
 * The sum of `value` over `ids`, in order, `null` when one is unknown; every id read, and no
 * list of the values made (issue 17: allocations per evaluation).
 */
function sum(ids: readonly string[], value: (id: string) => number | null): number | null {
  let total = 0;
  let known = true;
  for (let i = 0; i < ids.length; i += 1) {
    const v = value(ids[i] as string);
    if (v === null) known = false;
    else total += v;
  }
  return known ? total : null;
}

/** Main figures compared with last year: facts the template declares (SPEC §4.5). */
const MAIN_FIGURES: readonly FactId[] = ['received', 'granted', 'review', 'litigation'];
export const JUMP_FACTOR = 5;
/** Small numbers move a lot by chance: a jump is to at least this, a drop from at least this. */
export const JUMP_MIN = 10;
export const DROP_MIN = 5;

/** A main figure that jumps more than 5× or drops to 0 against last year (SPEC §4.5, info). */
export const mainFigureJumpCheck = defineCheck({
  id: 'main-figure-jump',
  severity: 'info',
  spec: '4.5',
  title: '主要数字与上一年度相差悬殊',
  run(ctx) {
    const last = ctx.lastYear;
    if (!last) return [];
    const lastComputed = lastYearComputed(ctx.template, last);
    const found: Finding[] = [];
    for (const fact of MAIN_FIGURES) {
      const declared = ctx.template.facts[fact];
      if (!declared) continue;
      const { cells: ids, label } = declared;
      const first = ids[0];
      if (first === undefined) continue;
      const now = sum(ids, (id) => cellValue(ctx, id));
      const before = sum(ids, (id) => lastValue(ctx.template, last, lastComputed, id));
      if (now === null || before === null) continue;
      const jump = before > 0 && now >= JUMP_MIN && now > before * JUMP_FACTOR;
      const drop = before >= DROP_MIN && now === 0;
      if (!jump && !drop) continue;
      found.push({
        target: first,
        cells: [...ids],
        section: sectionOfCell(ctx, first),
        message: jump
          ? `${label}由上一年度的 ${before} 增至 ${now}，超过 ${JUMP_FACTOR} 倍，请核对`
          : `${label}由上一年度的 ${before} 降为 0，请核对`,
      });
    }
    return found;
  },
});

const COMPARED = '(?:同比|较上年度?|比上年度?|较去年|比去年|较上一年度?|比上一年度?)';
const CHANGE = '(?:增长|增加|上升|提高|下降|减少|降低)';
const YOY_PERCENT = new RegExp(`${COMPARED}${CHANGE}(\\d+(?:\\.\\d+)?)%`);
const YOY_COUNT = new RegExp(`${COMPARED}${CHANGE}(\\d+)(?:件|个|次|宗|起|条)`);
const YOY_GATE = /同比|较上|比上|较去年|比去年|持平/;
const YOY_SAME = /与(?:上年|去年|上一年)度?(?:基本)?持平|同比持平/;

interface Pair {
  readonly now: number;
  readonly before: number;
}

/** `全年主动公开政府信息1350条`: an exact count (not `1200余条`, `约300条`). */
const PROACTIVE_COUNT = /(?<!约|近|超过?)主动公开[^，。；\d]{0,12}?(\d+)条(?![余多])/;

/**
 * The number of items a report says it published (主动公开), from its 总体情况 first: no table
 * holds it, so a year-on-year claim about it is compared with what last year's text said.
 */
function proactiveCount(report: Report): number | null {
  for (const text of reportTexts(report)) {
    const m = PROACTIVE_COUNT.exec(compactText(text));
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * What a year-on-year clause may be about, in the order tried: the words, and the readings
 * (sums of the facts the template declares, `template.facts`) compared across the two years.
 * A clause that names 复议 or 诉讼 is about those, never about the requests received.
 */
const SUBJECTS: readonly {
  readonly words: RegExp;
  readonly readings: readonly (readonly FactId[])[];
  readonly name: string;
  /** A count no table holds, read from each year's own text (`主动公开政府信息1350条`). */
  readonly stated?: (report: Report) => number | null;
  readonly unit?: string;
}[] = [
  { words: /行政复议|复议案件/, readings: [['review']], name: '行政复议' },
  { words: /行政诉讼|诉讼案件/, readings: [['litigation']], name: '行政诉讼' },
  {
    words: /(?:制发|出台|印发)[^，。；]{0,8}规范性文件|规范性文件[^，。；]{0,6}(?:制发|出台|印发)/,
    readings: [['normativeMade']],
    name: '本年制发的行政规范性文件',
  },
  {
    words: /(?:收到|受理|新收|接收)[^，。；]{0,12}申请|申请[^，。；]{0,6}(?:数量|总量|件数)/,
    readings: [['received'], ['received', 'carriedIn']],
    name: '新收政府信息公开申请',
  },
  {
    words: /主动公开/,
    readings: [],
    name: '主动公开政府信息',
    stated: proactiveCount,
    unit: '条',
  },
];

/**
 * Year-on-year claims (`同比增长12%`, `较上年减少3件`, `与去年持平`) about the facts the template
 * declares — requests received, 行政复议, 行政诉讼, 规范性文件 made — against last year's report,
 * and about the items published (主动公开), which only the texts state, against what last year's
 * text said (SPEC §4.5): warned when no reading of both years gives the stated change.
 */
export const yearOnYearCheck = defineCheck({
  id: 'year-on-year-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '正文同比说法与上一年度报告不符',
  run(ctx: CheckContext) {
    const last = ctx.lastYear;
    if (!last) return [];
    const lastComputed = lastYearComputed(ctx.template, last);
    const facts = factDefinitions(ctx.template);
    const pairsOf = (readings: readonly (readonly FactId[])[]): (Pair & { cells: string[] })[] =>
      readings.flatMap((ids) => {
        const cells = ids.flatMap((id) => facts.get(id)?.cells ?? []);
        if (cells.length === 0 || ids.some((id) => !facts.has(id))) return [];
        const now = sum(cells, (id) => cellValue(ctx, id));
        const before = sum(cells, (id) => lastValue(ctx.template, last, lastComputed, id));
        return now === null || before === null ? [] : [{ now, before, cells }];
      });
    const found: Finding[] = [];
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      const seen = new Set<string>();
      for (const claim of claimsIn(text)) {
        if (seen.has(claim.subject.name)) continue;
        seen.add(claim.subject.name);
        const { stated } = claim.subject;
        const said = stated ? { now: stated(ctx.report), before: stated(last) } : null;
        const readings =
          said === null
            ? pairsOf(claim.subject.readings)
            : said.now === null || said.before === null
              ? []
              : [{ now: said.now, before: said.before, cells: [] as string[] }];
        const first = readings[0];
        if (!first || readings.some((r) => claim.fits(r))) continue;
        const unit = claim.subject.unit ?? '件';
        const change = first.now - first.before;
        const more = change >= 0;
        const actual =
          first.now === first.before
            ? '持平'
            : first.before === 0
              ? `${more ? '增加' : '减少'} ${Math.abs(change)} ${unit}`
              : `${more ? '增长' : '下降'} ${formatNumber((Math.abs(change) / first.before) * 100)}%（${more ? '增加' : '减少'} ${Math.abs(change)} ${unit}）`;
        found.push({
          // The first subject keeps the key it always had (dismissals are stored by it).
          target:
            claim.subject === SUBJECTS[3]
              ? section
              : `${section}:${claim.subject.readings[0]?.[0] ?? 'proactiveItems'}`,
          cells: first.cells,
          fields: [field],
          section,
          message: `文中说“${claim.text}”，但${claim.subject.name}本年 ${first.now} ${unit}、上一年度${stated ? '报告写的是' : ''} ${first.before} ${unit}，实为${actual}`,
        });
      }
    }
    return found;
  },
});

interface Claim {
  readonly subject: (typeof SUBJECTS)[number];
  readonly text: string;
  readonly fits: (p: Pair) => boolean;
}

/**
 * The year-on-year claims of a text (`findClaims`, clause by clause), worked out once per
 * paragraph; none in a text without the gate's words (in one line: a literal word each).
 */
const claimsIn = perText((_, analysed): readonly Claim[] =>
  mayClaimYearOnYear(analysed) ? paragraphClaims(analysed) : [],
);
const mayClaimYearOnYear = someParagraph('比较持', (_, analysed) =>
  YOY_GATE.test(compactText(analysed)),
);
const paragraphClaims = perParagraph((_, analysed): readonly Claim[] =>
  findClaims(compactSentences(analysed)),
);

/** The year-on-year claims of a text, each with the one subject its clause names. */
function findClaims(list: readonly string[]): Claim[] {
  const out: Claim[] = [];
  for (const sentence of list) {
    for (const clause of sentence.split(/[；;]/)) {
      const claim = readClaim(clause);
      if (!claim) continue;
      const named = SUBJECTS.filter((x) => x.words.test(clause));
      const subject = named.length > 1 ? nearestSubject(clause, claim.text) : onlySubject(named);
      if (subject) out.push({ subject, ...claim });
    }
  }
  return out;
}

type Subject = (typeof SUBJECTS)[number];

/** The one subject named; 复议 and 诉讼 said together (`复议、诉讼共3件，同比持平`): unknown. */
function onlySubject(named: readonly Subject[]): Subject | null {
  const [first, second] = named;
  if (!first) return null;
  return second === undefined || second === SUBJECTS[3] ? first : null;
}

/**
 * A clause naming several subjects (`主动公开政府信息1350条，同比增长20%，本年制发行政规范性文件
 * 1件`): the claim is about the subject named last before it, in its own part or the nearest
 * part before it.
 */
function nearestSubject(clause: string, said: string): Subject | null {
  const parts = clause.split(/[，,]/);
  const at = parts.findIndex((x) => x.includes(said));
  for (let j = at; j >= 0; j -= 1) {
    const part = parts[j] ?? '';
    const before = j === at ? part.slice(0, part.indexOf(said)) : part;
    const named = SUBJECTS.filter((x) => x.words.test(before));
    if (named.length > 0) return onlySubject(named);
  }
  return null;
}

function readClaim(clause: string): { text: string; fits: (p: Pair) => boolean } | null {
  const same = YOY_SAME.exec(clause);
  if (same) return { text: same[0], fits: (p) => p.now === p.before };
  const count = YOY_COUNT.exec(clause);
  if (count) {
    const sign = /下降|减少|降低/.test(count[0]) ? -1 : 1;
    const n = Number(count[1]);
    return { text: count[0], fits: (p) => p.now - p.before === sign * n };
  }
  const percent = YOY_PERCENT.exec(clause);
  if (percent) {
    const sign = /下降|减少|降低/.test(percent[0]) ? -1 : 1;
    const stated = Number(percent[1]);
    const decimals = (percent[1]?.split('.')[1] ?? '').length;
    const unit = 10 ** -decimals;
    return {
      text: percent[0],
      fits: (p) => {
        if (p.before === 0) return false;
        const actual = ((p.now - p.before) / p.before) * 100 * sign;
        // Rounded or cut off at the stated decimals.
        return (
          Math.abs(actual - stated) <= unit / 2 + 1e-9 ||
          (actual >= stated && actual < stated + unit)
        );
      },
    };
  }
  return null;
}
