import { perText } from '../../format/memo';
import { compactText } from '../../format/text';
import type { BalanceRelation, FactId } from '../../template/types';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { isFeeTableRow } from './fee-statement';
import { factDefinitions } from '../narrative/facts';
import { cellValue, factCell, factCells, sumCells, tableName, textFindings } from '../support';

/** What a reviewer infers from the tables (SPEC §4.5). */

/** Left minus right of one balance relation, `null` while a term is blank. */
function balanceDifference(ctx: CheckContext, rel: BalanceRelation): number | null {
  let d = 0;
  for (const [ids, sign] of [
    [rel.left, 1],
    [rel.right, -1],
  ] as const) {
    for (const id of ids) {
      const v = cellValue(ctx, id);
      if (v === null) return null;
      d += sign * v;
    }
  }
  return d;
}

/**
 * 表三: applicant columns whose balance differences cancel out while 总计 balances — most
 * likely a request filed in the wrong column (warning, beside the columns' arithmetic errors).
 */
export const columnsCancelCheck = defineCheck({
  id: 't3-columns-cancel',
  severity: 'warning',
  spec: '4.5',
  title: '表三两列差额相互抵消：申请可能填错了类别',
  run(ctx) {
    // The 总计 column's relation: the one 本年新收 (all applicants) stands in.
    const received = factCells(ctx.template, 'received');
    const total = ctx.template.balance.find(
      (r) => received.length > 0 && received.every((id) => r.left.includes(id)),
    );
    if (!total || balanceDifference(ctx, total) !== 0) return [];
    const off: { rel: BalanceRelation; d: number }[] = [];
    for (const rel of ctx.template.balance) {
      if (rel === total) continue;
      const d = balanceDifference(ctx, rel);
      if (d !== null && d !== 0) off.push({ rel, d });
    }
    if (off.length < 2) return [];
    const words = off
      .map(({ rel, d }) => `${rel.columnLabel}列${d > 0 ? '申请多' : '办理多'} ${Math.abs(d)}`)
      .join('，');
    return [
      {
        cells: off.flatMap(({ rel }) => [...rel.left, ...rel.right]),
        section: 'applications',
        message: `表三${words}，相互抵消后总计列平衡：可能有申请填在了错误的申请人类别中`,
      },
    ];
  },
});

/** 表二's rows with 本年制发, 本年废止 and 现行有效 (facts the template declares). */
const RUNNING_ROWS: readonly (readonly [made: FactId, repealed: FactId, valid: FactId])[] = [
  ['regulationsMade', 'regulationsRepealed', 'regulationsValid'],
  ['normativeMade', 'normativeRepealed', 'normativeValid'],
];

/** 2021 表二: 现行有效件数 can never be below 本年制发 − 本年废止, whatever last year held. */
export const validBelowNetCheck = defineCheck({
  id: 't2-valid-below-net',
  severity: 'warning',
  spec: '4.5',
  title: '表二现行有效件数小于本年制发减废止',
  run(ctx) {
    const found: Finding[] = [];
    for (const facts of RUNNING_ROWS) {
      const [madeCell, repealedCell, validCell] = facts.map((f) => factCell(ctx.template, f));
      if (!madeCell || !repealedCell || !validCell) continue;
      const [made, repealed, valid] = [madeCell, repealedCell, validCell].map((c) =>
        cellValue(ctx, c.id),
      );
      if (made == null || repealed == null || valid == null || valid >= made - repealed) continue;
      const label = validCell.rowLabels[validCell.rowLabels.length - 1] ?? validCell.row;
      found.push({
        target: validCell.row,
        cells: [madeCell.id, repealedCell.id, validCell.id],
        section: 'proactive',
        message: `${label}：现行有效件数 ${valid} 小于本年制发 ${made} − 本年废止 ${repealed} = ${made - repealed}：本年制发而未废止的文件都应计入现行有效`,
      });
    }
    return found;
  },
});

/** The 2019 表二's columns of documents published: this year's, and all in force published. */
const PUBLISHED_NEW = '本年新公开数量';
const PUBLISHED_TOTAL = '对外公开总数量';

/**
 * Since a fix of stop 36 after the measure of 839–868: 2019 表二's 规章 or 规范性文件 made this year
 * with none published, this year nor in all (`规范性文件 | 47 | 0 | 0`, real: 黄陂区武湖街道 2020):
 * both must be published (an unpublished one is no ground for any decision), so the documents
 * made are missing from the counts published, or the count made is wrong. Only the 2019 form has
 * these columns; a count published before (`0 | 0 | 83`, real: 胡市镇 2019) keeps it silent.
 */
/**
 * Since a fix of stop 60 after the measure of 2441–2485: or nearly all of them unpublished, the year's
 * published a tenth of those made or less and all published, every year's in force, fewer than the
 * year's made (`规范性文件 198 | 7 | 21`, real: 2459 衡南县卫生健康局 2020, a county bureau's 198 in a
 * year): the count made holds other documents, or the counts published are wrong. A year publishing
 * a share of its documents (`33 | 8 | 8`, 017 蒲纺工业园区 2020; `2 | 1 | 1`, 402 阎良区文化旅游局
 * 2020; `64 | 24 | 24`, 049 大路镇 2019) is not read: a count made may hold drafts or documents of
 * the year's end published the next.
 */
const UNPUBLISHED_SHARE = 10;
function mostlyUnpublished(made: number, published: number | null, total: number): boolean {
  return made > total && (published ?? 0) * UNPUBLISHED_SHARE <= made;
}

export const madeUnpublishedCheck = defineCheck({
  id: 't2-made-unpublished',
  severity: 'warning',
  spec: '4.5',
  title: '表二本年制作的规章、规范性文件一件也没有公开',
  run(ctx) {
    const found: Finding[] = [];
    for (const fact of ['regulationsMade', 'normativeMade'] as const) {
      const madeCell = factCell(ctx.template, fact);
      if (!madeCell) continue;
      const table = ctx.template.tables.find((t) => t.id === madeCell.table);
      const inRow = (label: string) =>
        table?.cells.find((c) => c.row === madeCell.row && c.columnLabels.includes(label));
      const newCell = inRow(PUBLISHED_NEW);
      const totalCell = inRow(PUBLISHED_TOTAL);
      if (!newCell || !totalCell) continue;
      const made = cellValue(ctx, madeCell.id);
      const published = cellValue(ctx, newCell.id);
      const total = cellValue(ctx, totalCell.id);
      if (made == null || made <= 0 || total == null) continue;
      const none = total === 0 && (published ?? 0) === 0;
      if (!none && !mostlyUnpublished(made, published, total)) continue;
      // A row's counts run together (`规范性文件 | 2729318`) are no count made: said as such.
      if (ctx.report.source?.runTogether?.includes(madeCell.id)) continue;
      const label = madeCell.rowLabels.at(-1) ?? madeCell.row;
      const what = none
        ? `本年新公开和对外公开总数量却都是 0：${label}应当公开（未经公布的不能作为行政管理的依据），本年制作的却一件也没有公开`
        : `本年新公开只有 ${published ?? 0} 件，对外公开总数量 ${total} 件也少于本年新制作：${label}应当公开（未经公布的不能作为行政管理的依据），本年制作的九成以上没有公开，数字可疑`;
      found.push({
        target: madeCell.row,
        cells: [madeCell.id, newCell.id, totalCell.id],
        section: 'proactive',
        message: `表二“${label}”本年新制作 ${made} 件，${what}，请核对是否漏填了公开数量或把其他文件计入了本年新制作`,
      });
    }
    return found;
  },
});

/**
 * Since a fix of stop 34 after the measure of 644–673: the same said in a text, with no 表二 giving
 * what was repealed (`本年度制发规范性文件2件,现行有效规范性文件1件`, real: 子长市人民政府 2022, its
 * excerpt cut before 表二): the documents made this year and still in force are fewer than those
 * made, and no repeal is said. A sentence or text telling of repeals, lapses or a clean-up (`废止`,
 * `失效`, `清理`) may explain it; a count of every year's documents (`累计制发`) is no year's.
 */
const NORMATIVE_MADE =
  /(?:本年度?|全年|今年|\d{4}年度?)[^，,。；;\d]{0,6}?(?:制发|出台|印发|制定)了?(?:行政)?规范性文件(?:共)?(\d+)件/;
const NORMATIVE_VALID = /现行有效(?:的)?(?:行政)?(?:规范性文件|件数)(?:共|为)?(\d+)件/;
const REPEAL_SAID = /废止|失效|清理|撤销|累计|历年/;
const SENTENCES = /[^。；;！!？?\n]+/g;

/** The words giving fewer in force than made this year, and both counts. */
const validBelowMadeIn = perText({ anyOf: '效', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  if (!text.includes('现行有效') || REPEAL_SAID.test(text)) return null;
  for (const [sentence] of text.matchAll(SENTENCES)) {
    const made = NORMATIVE_MADE.exec(sentence);
    if (!made) continue;
    const valid = NORMATIVE_VALID.exec(sentence.slice(made.index + made[0].length));
    if (!valid || Number(valid[1]) >= Number(made[1])) continue;
    const end = made.index + made[0].length + valid.index + valid[0].length;
    return {
      said: sentence.slice(made.index, end),
      made: Number(made[1]),
      valid: Number(valid[1]),
    };
  }
  return null;
});

export const validBelowMadeInTextCheck = defineCheck({
  id: 'text-valid-below-made',
  severity: 'warning',
  spec: '4.5',
  title: '正文的现行有效规范性文件少于本年制发',
  run(ctx) {
    // A 表二 giving the repealed says it (t2-valid-below-net reads the row).
    const repealed = factCell(ctx.template, 'normativeRepealed');
    if (repealed && cellValue(ctx, repealed.id) !== null) return [];
    return textFindings(
      ctx,
      validBelowMadeIn,
      ({ said, made, valid }) =>
        `正文写“${said}”：现行有效规范性文件 ${valid} 件少于本年制发的 ${made} 件，又未说明废止：本年制发而未废止的文件都应计入现行有效，请核对件数或写明废止情况`,
    );
  },
});

/**
 * A table kept in the text whose header counts the notices (`通知收取件数 | 通知收取金额（元）`)
 * above a row giving the fee's figures (`信息处理费收取情况 | 1 | 800 | 0`, real: 平潭综合实验区
 * 市场监督管理局 2025): the notices are told in figures. `text` as `compactText` leaves it.
 */
function noticeTable(text: string): boolean {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.includes('|') && /通知收取|收费通知|缴费通知/.test(l));
  return header >= 0 && lines.slice(header + 1).some(isFeeTableRow);
}

const DENIES_NOTICE = /(?:未|没有|无)(?:发出|下发|送达|出具)?(?:过)?(?:任何)?收费通知/;

/**
 * 表三（六）2 above 0 (requests dropped for a fee notice not paid: notices were sent) while 六
 * says none was sent, or never mentions the notices (国办函〔2020〕109号 asks for their number
 * and amount; `无收取信息处理费情况` alone does not say them — 平潭 2025).
 */
export const feeNoticeCheck = defineCheck({
  id: 'fee-notice-vs-table',
  severity: 'warning',
  spec: '4.5',
  title: '表三有逾期未缴费，第六部分却未说明收费通知',
  run(ctx) {
    const fact = factDefinitions(ctx.template).get('feeUnpaid');
    if (!fact) return [];
    const sum = sumCells(ctx, fact.cells);
    const unpaid = sum.complete ? sum.value : null;
    if (unpaid === null || unpaid === 0) return [];
    const other = compactText(ctx.report.narrative.other ?? '');
    const denies = DENIES_NOTICE.test(other);
    // Saying only that no fee was collected (`无收取信息处理费情况`) leaves the notices untold.
    // A fee actually collected (`收取…信息处理费3940元`, 淮安 2024) shows the notices were
    // reported in substance.
    const collected = /收取[^。；]{0,20}?(?:信息)?处理费[^。；\d]{0,6}?[1-9]\d*(?:\.\d+)?元/.test(
      other,
    );
    if (!denies && (/收费通知|缴费通知/.test(other) || collected || noticeTable(other))) return [];
    return [
      {
        cells: fact.cells,
        fields: ['narrative.other'],
        section: 'other',
        message: `${fact.label}为 ${unpaid}，说明发出过收费通知，但「六、其他需要报告的事项」${denies ? '写的是未发出收费通知' : '没有说明发出收费通知的件数和金额'}`,
      },
    ];
  },
});

/** Below this per purchase, an amount taken as 元 was most likely written in 万元. */
export const PROCUREMENT_MIN_PER_ITEM = 1000;
/**
 * From this bare amount on, 万元 would make one agency's 政府集中采购 of a year 100亿元 or more: the
 * number can only be 元 (real: 平潭综合实验区农业农村局 2020, `4253521.20`).
 */
export const PROCUREMENT_ONLY_YUAN_FROM = 1_000_000;

/**
 * 2019 表二 采购总金额 with its number of purchases, when both are filled and non-zero. `perItemLow`:
 * read as 元, the purchases average under `PROCUREMENT_MIN_PER_ITEM` 元 each.
 */
function procurement(ctx: CheckContext) {
  const cell = factCell(ctx.template, 'procurementAmount');
  const itemsCell = factCell(ctx.template, 'procurementItems');
  // A header that prints the unit (2021 `（单位：万元）`) leaves nothing to read two ways.
  if (!cell || !itemsCell || !cell.unit || cell.unitInHeader) return null;
  const amount = cellValue(ctx, cell.id);
  if (amount === null || amount === 0) return null;
  const items = cellValue(ctx, itemsCell.id);
  const perItemLow =
    items !== null && items > 0 && cell.unit === '元' && amount / items < PROCUREMENT_MIN_PER_ITEM;
  const name = `${tableName(ctx.template, cell.table)}“${cell.columnLabels.at(-1) ?? cell.label}”`;
  // As the report holds it (`11.876`, not rounded).
  return { cell, name, shown: ctx.report.cells[cell.id] ?? String(amount), perItemLow };
}

/**
 * 2019 表二 采购总金额 printed as a bare number by an imported source: the format's header prints
 * no unit, so the reader cannot tell 元 from 万元 (warning, both readings). A cell that says its
 * unit (`70487元`, `160.5964万元`), a report typed in the form (whose column states 元), and an
 * amount that in 万元 would be 100亿元 or more are not ambiguous.
 */
export const procurementUnitUnstatedCheck = defineCheck({
  id: 'procurement-unit-unstated',
  severity: 'warning',
  spec: '4.5',
  title: '采购总金额未注明单位（元还是万元）',
  run(ctx) {
    const p = procurement(ctx);
    if (!p || !ctx.report.source?.unitsUnstated?.includes(p.cell.id)) return [];
    if ((cellValue(ctx, p.cell.id) ?? 0) >= PROCUREMENT_ONLY_YUAN_FROM) return [];
    // The notice as reports cite it: 〔2019〕60号.
    const notice = ctx.template.notice.number.replace(/^[^〔]*/, '');
    const hint = p.perItemLow
      ? `；按元计平均每个采购项目不到 ${PROCUREMENT_MIN_PER_ITEM} 元，更像是万元`
      : '';
    return [
      {
        cells: [p.cell.id],
        section: 'proactive',
        message: `${p.name}${p.shown} 未注明单位：${notice}格式的表头未印单位，是 ${p.shown} 元还是 ${p.shown} 万元？请注明单位${hint}`,
      },
    ];
  },
});

/**
 * 2019 表二 采购总金额 read in 元 (typed in the form's 元 column, or written `…元`) averaging under
 * 1000 元 per purchase: most likely meant in 万元 (info). An imported bare number is said by
 * `procurement-unit-unstated` instead, with both readings.
 */
export const procurementUnitCheck = defineCheck({
  id: 'procurement-unit-assumed',
  severity: 'info',
  spec: '4.5',
  title: '采购总金额按元计偏小（可能是万元）',
  run(ctx) {
    const p = procurement(ctx);
    if (!p || !p.perItemLow || ctx.report.cellUnits[p.cell.id] !== undefined) return [];
    if (ctx.report.source?.unitsUnstated?.includes(p.cell.id)) return [];
    return [
      {
        cells: [p.cell.id],
        section: 'proactive',
        message: `${p.name}${p.shown} 按元计，平均每个采购项目不到 ${PROCUREMENT_MIN_PER_ITEM} 元：若单位是万元，请写作“${p.shown}万”`,
      },
    ];
  },
});
