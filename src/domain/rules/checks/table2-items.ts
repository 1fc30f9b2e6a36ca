import { indexTemplate } from '../../template/lookup';
import { defineCheck, perContext, type CheckContext, type Finding } from '../check-context';
import { cellValue, sectionOfCell } from '../support';

/** Below this, decisions equal to the item count are too likely a coincidence to warn about. */
export const EQUAL_DECISIONS_MIN = 10;

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
    } else if (items >= EQUAL_DECISIONS_MIN && decisions === items) {
      equalItems.push({
        target: row,
        cells: [prevId, changeId, decisionsId],
        section,
        message: `${label}：处理决定数量 ${decisions} 恰好等于项目数量（${itemText}），是否把项目数填进了处理决定数量？`,
      });
    }
  }
  return { negative, withoutItems, equalItems };
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
