import { compactText } from '../../format/text';
import { indexTemplate } from '../../template/lookup';
import { defineCheck, perContext, type CheckContext, type Finding } from '../check-context';
import { factDefinitions } from '../narrative/facts';
import { cellValue, sectionOfCell, textsOf } from '../support';

/** Below this, decisions equal to the item count are too likely a coincidence to warn about. */
export const EQUAL_DECISIONS_MIN = 10;

/**
 * Since a fix of stop 63 after the measure of 2576–2620: 本年增/减 at least this many times the items of
 * the year before (and at least `SHIFTED_CHANGE_MIN`), with no decision at all: the decisions typed one
 * column early (real: 遂宁市安居区行政审批局 2020, `行政许可 | 72 | 3958 | 0`). A list of items does not grow
 * tenfold in a year while nothing is decided on it; a new list (none the year before) may, and is
 * not read.
 */
export const SHIFTED_CHANGE_FACTOR = 10;
export const SHIFTED_CHANGE_MIN = 100;

/**
 * The format's item relations (2019 表二 rows with 上一年项目数量 and 本年增/减, and 处理决定数量
 * where printed):
 * - items (上一年 + 增减) below zero: error;
 * - no items but decisions: warning (seed 000's 行政处罚 21 −21 → 0 items, 1 decision);
 * - decisions equal to the item count (item counts typed into the decisions column): warning.
 */
const itemFindings = perContext((ctx: CheckContext) => {
  const negative: Finding[] = [];
  const withoutItems: Finding[] = [];
  const equalItems: Finding[] = [];
  const changeHoldsDecisions: Finding[] = [];
  const { cells } = indexTemplate(ctx.template);
  for (const rel of ctx.template.itemRelations) {
    const { id: row, label, previous: prevId, change: changeId, decisions: decisionsId } = rel;
    if (!cells.has(prevId) || !cells.has(changeId)) continue;
    const section = sectionOfCell(ctx, prevId);
    const prev = cellValue(ctx, prevId);
    const change = cellValue(ctx, changeId);
    if (prev === null || change === null) continue;
    const items = prev + change;
    const sign = change < 0 ? `− ${-change}` : `+ ${change}`;
    const itemText = `上一年项目数量 ${prev} ${sign} = ${items}`;
    if (items < 0) {
      negative.push({
        target: row,
        cells: [prevId, changeId],
        section,
        message: `${label}：${itemText}，项目数量不能为负数，请核对本年增/减`,
      });
      continue;
    }
    if (decisionsId === undefined) continue;
    const decisions = cellValue(ctx, decisionsId);
    if (decisions === null) continue;
    if (items === 0 && decisions > 0) {
      withoutItems.push({
        target: row,
        cells: [prevId, changeId, decisionsId],
        section,
        message: `${label}：${itemText}，本年已无项目，但处理决定数量为 ${decisions}，请核对`,
      });
    } else if (
      decisions === 0 &&
      prev > 0 &&
      change >= SHIFTED_CHANGE_MIN &&
      change >= SHIFTED_CHANGE_FACTOR * prev
    ) {
      changeHoldsDecisions.push({
        target: row,
        cells: [prevId, changeId, decisionsId],
        section,
        message: `${label}：上一年项目数量 ${prev}，本年增/减 ${change}（项目一年增加到 ${items} 个），而处理决定数量为 0：是否把处理决定数量填进了“本年增/减”一栏？请核对`,
      });
    } else if (items >= EQUAL_DECISIONS_MIN && decisions === items) {
      equalItems.push({
        target: row,
        cells: [prevId, changeId, decisionsId],
        section,
        message: `${label}：处理决定数量 ${decisions} 恰好等于项目数量（${itemText}），是否把项目数填进了处理决定数量？`,
      });
    }
  }
  return { negative, withoutItems, equalItems, changeHoldsDecisions };
});

export const table2NegativeCheck = defineCheck({
  id: 't2-items-negative',
  severity: 'error',
  spec: '4.1',
  title: '表二项目数量（上一年 + 增减）为负数',
  run: (ctx) => itemFindings(ctx).negative,
});

export const table2WithoutItemsCheck = defineCheck({
  id: 't2-decisions-without-items',
  severity: 'warning',
  spec: '4.4',
  title: '表二无项目却有处理决定',
  run: (ctx) => itemFindings(ctx).withoutItems,
});

export const table2EqualItemsCheck = defineCheck({
  id: 't2-decisions-equal-items',
  severity: 'warning',
  spec: '4.4',
  title: '表二处理决定数量等于项目数量',
  run: (ctx) => itemFindings(ctx).equalItems,
});

export const table2ChangeHoldsDecisionsCheck = defineCheck({
  id: 't2-change-holds-decisions',
  severity: 'warning',
  spec: '4.4',
  title: '表二本年增/减远超上一年项目数量而无处理决定',
  run: (ctx) => itemFindings(ctx).changeHoldsDecisions,
});

/**
 * Permits the text says were issued or published, by kind: `施工许可证76条`, `申请户外广告设置许可
 * 证783条`. A permit cancelled or expired (`注销许可证5个`) is no decision to grant one.
 */
const PERMITS =
  /([^，,。；;、：:“”\d]{1,12}?许可证)[^，,。；;、\d]{0,2}?(\d+)(?:条|张|个|件|份|本)/g;
const NOT_GRANTED = /注销|吊销|撤销|收回|过期|到期|遗失|补办/;
/**
 * The permits counted must be at least this many times the 处理决定数量 (and at least 1 more than
 * 10): a text may count permits published for other bodies (a government's for its
 * departments: 平潭综合实验区 2019, 985 against 181 decisions) or changes and renewals, so only a
 * difference of an order of magnitude is said.
 */
const PERMITS_FACTOR = 10;

/**
 * 表二's 行政许可 处理决定数量 far below the permits the text counts (real: 平潭综合实验区交通与建设局
 * 2019, `全年公开…施工许可证76条、安全生产许可证121条、排水许可证5条、申请户外广告设置许可证783条`
 * while 表二 says 1): each permit issued is a licensing decision.
 */
export const permitsAboveDecisionsCheck = defineCheck({
  id: 't2-decisions-below-permits',
  severity: 'warning',
  spec: '4.4',
  title: '正文所列许可证数量远多于表二行政许可处理决定数量',
  run(ctx) {
    const fact = factDefinitions(ctx.template).get('licensingDecisions');
    const cell = fact?.cells[0];
    if (!fact || cell === undefined) return [];
    const decisions = cellValue(ctx, cell);
    if (decisions === null) return [];
    for (const text of textsOf(ctx)) {
      if (!text.text.includes('许可证')) continue;
      const permits = [...compactText(text).matchAll(PERMITS)].filter(
        (m) => !NOT_GRANTED.test(m[1] ?? ''),
      );
      const sum = permits.reduce((n, m) => n + Number(m[2]), 0);
      if (sum <= PERMITS_FACTOR || sum < PERMITS_FACTOR * Math.max(decisions, 1)) continue;
      const said = permits.map((m) =>
        m[0].replace(/^(?:全年|共|累计)?(?:公开|发布|核发|办理|发放)?/, ''),
      );
      return [
        {
          target: text.section,
          cells: [cell],
          fields: [text.field],
          section: text.section,
          message: `正文列出${said.map((s) => `“${s}”`).join('、')}，共 ${sum} 个许可证，而${fact.label}只有 ${decisions}：每发一个许可证就是一个行政许可决定，请核对表二`,
        },
      ];
    }
    return [];
  },
});
