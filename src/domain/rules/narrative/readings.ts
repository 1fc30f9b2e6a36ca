import type { FormatTemplate } from '../../template/types';
import type { CellId } from '../../template/types';
import type { FactId } from './extract';
import { factDefinitions } from './facts';

/**
 * The plausible readings of each claim the narrative makes (SPEC §4.5): real reports state one
 * fact in many ways, so a claim is compared with every table value it may mean and contradicts
 * the tables only when it fits none.
 *
 * - 收到/受理 N件: 新收, or 新收 + 上年结转 (`收到1466件（上年度结转16件…）`);
 * - 予以公开 N件: （一）, or （一）+（二） (`予以公开` said of everything disclosed);
 * - 予以公开及部分公开 N件: （一）+（二）, or （一） where 部分公开 is 0 in the table anyway;
 * - 办结/答复 N件: （七）总计, 新收 + 上年结转 (`答复98件（含上年度转结8件）`), or 新收;
 * - 自然人 / 法人 N件: that applicant column of 新收, of 新收 + 上年结转, or of （七）总计 (`全年办理
 *   政府信息公开申请204件,其中自然人193件`); 法人 is 法人或其他组织's five columns summed; 商业企业
 *   its column;
 * - 行政诉讼 N件: 直接起诉 + 复议后起诉, or 直接起诉 alone;
 * - 现行有效 N件: 现行有效, or 现行有效 less this year's 制发 (`清理并集中发布现行有效行政规范性文件
 *   393件，动态更新本年度制发的规范性文件77件` with 470 in the table: the stock before this year);
 * - a percentage: the stated count (or a reading of it) divided by 新收, 新收 + 上年结转 or
 *   （七）总计, from the tables or as stated in the text.
 */

/** One table value a claim may mean: its facts are summed, less the facts subtracted. */
export interface Reading {
  /** Chinese, for messages: `（一）予以公开 + （二）部分公开`, `现行有效规范性文件 − 制发规范性文件`. */
  readonly label: string;
  /** The facts (or parts) summed. */
  readonly parts: readonly FactIdOrPart[];
  readonly cells: readonly CellId[];
  /** The facts subtracted (absent: none). */
  readonly minusParts?: readonly FactIdOrPart[];
  readonly minus?: readonly CellId[];
}

/** Short names of the facts in messages (the facts' full labels are in facts.ts). */
const SHORT: Readonly<Record<string, string>> = {
  received: '新收',
  carriedIn: '上年结转',
  granted: '予以公开',
  partial: '部分公开',
  notDisclosed: '不予公开',
  cannotProvide: '无法提供',
  notProcessed: '不予处理',
  otherHandling: '其他处理',
  completed: '（七）总计',
  carriedOver: '结转下年度',
  receivedNaturalPerson: '新收自然人',
  carriedInNaturalPerson: '上年结转自然人',
  completedNaturalPerson: '（七）总计自然人',
  receivedOrganisations: '新收法人或其他组织',
  carriedInOrganisations: '上年结转法人或其他组织',
  completedOrganisations: '（七）总计法人或其他组织',
  receivedCommercial: '新收商业企业',
  carriedInCommercial: '上年结转商业企业',
  completedCommercial: '（七）总计商业企业',
  review: '行政复议',
  litigation: '行政诉讼',
  litigationDirect: '直接起诉',
  regulationsMade: '制发规章',
  normativeMade: '制发规范性文件',
  regulationsValid: '现行有效规章',
  regulationsPublished: '规章对外公开总数量',
  normativeValid: '现行有效规范性文件',
};

/** The readings of each claim subject, most literal first. */
/** A fact summed, or subtracted (`-normativeMade`). */
type Term = FactIdOrPart | `-${FactIdOrPart}`;

const READINGS: Readonly<Record<FactId, readonly (readonly Term[])[]>> = {
  received: [['received'], ['received', 'carriedIn']],
  carriedIn: [['carriedIn']],
  granted: [['granted'], ['granted', 'partial']],
  partial: [['partial']],
  grantedOrPartial: [['granted', 'partial'], ['granted']],
  notDisclosed: [['notDisclosed']],
  cannotProvide: [['cannotProvide']],
  notProcessed: [['notProcessed']],
  otherHandling: [['otherHandling']],
  completed: [['completed'], ['received', 'carriedIn'], ['received']],
  carriedOver: [['carriedOver']],
  naturalPerson: [
    ['receivedNaturalPerson'],
    ['receivedNaturalPerson', 'carriedInNaturalPerson'],
    ['completedNaturalPerson'],
  ],
  organisations: [
    ['receivedOrganisations'],
    ['receivedOrganisations', 'carriedInOrganisations'],
    ['completedOrganisations'],
  ],
  commercial: [
    ['receivedCommercial'],
    ['receivedCommercial', 'carriedInCommercial'],
    ['completedCommercial'],
  ],
  review: [['review']],
  litigation: [['litigation'], ['litigationDirect']],
  reviewOrLitigation: [['review', 'litigation']],
  regulationsMade: [['regulationsMade']],
  normativeMade: [['normativeMade']],
  regulationsValid: [['regulationsValid'], ['regulationsValid', '-regulationsMade']],
  regulationsPublished: [['regulationsPublished']],
  normativeValid: [['normativeValid'], ['normativeValid', '-normativeMade']],
};

/** A claim subject or a fact the templates declare (`litigationDirect`: 直接起诉 alone). */
export type FactIdOrPart =
  | FactId
  | 'litigationDirect'
  | `${'received' | 'carriedIn' | 'completed'}${'NaturalPerson' | 'Organisations' | 'Commercial'}`;

/** Bases a stated percentage may be taken of. */
const PERCENT_BASES: readonly (readonly FactId[])[] = [
  ['received'],
  ['received', 'carriedIn'],
  ['completed'],
];

export interface ClaimReadings {
  /** Readings of the claim's subject whose cells this template has. */
  readonly readings: readonly Reading[];
  /** Bases for a percentage stated next to it. */
  readonly percentBases: readonly Reading[];
}

const cache = new WeakMap<FormatTemplate, ReadonlyMap<FactId, ClaimReadings>>();

/** Readings of every claim subject for a template (cached per template). */
export function claimReadings(template: FormatTemplate): ReadonlyMap<FactId, ClaimReadings> {
  const hit = cache.get(template);
  if (hit) return hit;
  const facts = factDefinitions(template);
  const cellsOf = (id: FactIdOrPart): readonly CellId[] | null => facts.get(id)?.cells ?? null;
  const build = (terms: readonly Term[]): Reading | null => {
    const parts: FactIdOrPart[] = [];
    const minusParts: FactIdOrPart[] = [];
    const cells: CellId[] = [];
    const minus: CellId[] = [];
    let label = '';
    for (const term of terms) {
      const negative = term.startsWith('-');
      const part = (negative ? term.slice(1) : term) as FactIdOrPart;
      const c = cellsOf(part);
      if (!c) return null;
      (negative ? minusParts : parts).push(part);
      (negative ? minus : cells).push(...c);
      const name = SHORT[part] ?? part;
      label = label === '' ? name : `${label} ${negative ? '−' : '+'} ${name}`;
    }
    return {
      label,
      parts,
      cells,
      ...(minus.length > 0 ? { minusParts, minus } : {}),
    };
  };
  const percentBases = PERCENT_BASES.map(build).filter((r): r is Reading => r !== null);
  const map = new Map<FactId, ClaimReadings>();
  for (const [subject, list] of Object.entries(READINGS) as [FactId, Term[][]][]) {
    const readings = list.map(build).filter((r): r is Reading => r !== null);
    if (readings.length > 0) map.set(subject, { readings, percentBases });
  }
  cache.set(template, map);
  return map;
}
