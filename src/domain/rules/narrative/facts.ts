import type { FormatTemplate } from '../../template/types';
import type { CellId } from '../../template/types';
import type { FactId } from './extract';

/**
 * What each fact is called in messages and which table cells hold it. The one place the checks
 * learn where a fact lives: when the templates declare their facts, only this file changes.
 */
export interface FactDefinition {
  readonly id: FactId;
  readonly label: string;
  readonly cells: readonly CellId[];
}

const LABELS: Readonly<Partial<Record<FactId, string>>> = {
  received: '表三“一、本年新收政府信息公开申请数量”总计',
  carriedIn: '表三“二、上年结转政府信息公开申请数量”总计',
  granted: '表三“（一）予以公开”总计',
  partial: '表三“（二）部分公开”总计',
  notDisclosed: '表三“（三）不予公开”各项总计之和',
  cannotProvide: '表三“（四）无法提供”各项总计之和',
  notProcessed: '表三“（五）不予处理”各项总计之和',
  completed: '表三“（七）总计”',
  carriedOver: '表三“四、结转下年度继续办理”总计',
  review: '表四“行政复议”总计',
  litigation: '表四“行政诉讼”总计（直接起诉与复议后起诉）',
  regulationsMade: '表二“规章”本年制发（新制作）数量',
  normativeMade: '表二“规范性文件”本年制发（新制作）数量',
  regulationsValid: '表二“规章”现行有效件数',
  normativeValid: '表二“行政规范性文件”现行有效件数',
};

const cache = new WeakMap<FormatTemplate, ReadonlyMap<FactId, FactDefinition>>();

/** The facts this template can check (2019 has no 现行有效件数). */
export function factDefinitions(template: FormatTemplate): ReadonlyMap<FactId, FactDefinition> {
  const hit = cache.get(template);
  if (hit) return hit;
  const all = template.tables.flatMap((t) => t.cells);
  const ids = new Set(all.map((c) => c.id));
  const totalsOfGroup = (group: string): CellId[] =>
    all
      .filter((c) => c.table === 't3' && c.column === 'total' && c.rowLabels.includes(group))
      .map((c) => c.id);
  const first = (...candidates: CellId[]): CellId[] => {
    const found = candidates.find((id) => ids.has(id));
    return found ? [found] : [];
  };
  const cells: Partial<Record<FactId, CellId[]>> = {
    received: ['t3.newReceived.total'],
    carriedIn: ['t3.carriedIn.total'],
    granted: ['t3.granted.total'],
    partial: ['t3.partial.total'],
    notDisclosed: totalsOfGroup('（三）不予公开'),
    cannotProvide: totalsOfGroup('（四）无法提供'),
    notProcessed: totalsOfGroup('（五）不予处理'),
    completed: ['t3.resultsTotal.total'],
    carriedOver: ['t3.carriedOver.total'],
    review: ['t4.review.total'],
    litigation: ['t4.litDirect.total', 't4.litAfterReview.total'],
    regulationsMade: first('t2.regulations.made', 't2.regulations.newlyMade'),
    normativeMade: first('t2.normativeDocuments.made', 't2.normativeDocuments.newlyMade'),
    regulationsValid: first('t2.regulations.valid'),
    normativeValid: first('t2.normativeDocuments.valid'),
  };
  const map = new Map<FactId, FactDefinition>();
  for (const [id, list] of Object.entries(cells) as [FactId, CellId[]][]) {
    const label = LABELS[id];
    if (label && list.length > 0 && list.every((c) => ids.has(c)))
      map.set(id, { id, label, cells: list });
  }
  cache.set(template, map);
  return map;
}
