import type { CellId, FactDeclaration, FactId, FormatTemplate } from '../../template/types';

/**
 * What each fact is called in messages and which table cells hold it: read from the template's
 * declaration (`template.facts`).
 */
export interface FactDefinition {
  readonly id: FactId;
  readonly label: string;
  readonly cells: readonly CellId[];
}

const cache = new WeakMap<FormatTemplate, ReadonlyMap<string, FactDefinition>>();

/**
 * The facts this template declares (`template.facts`) whose cells it has (2019 has no 现行有效件数),
 * in declaration order.
 */
export function factDefinitions(template: FormatTemplate): ReadonlyMap<string, FactDefinition> {
  const hit = cache.get(template);
  if (hit) return hit;
  const ids = new Set(template.tables.flatMap((t) => t.cells.map((c) => c.id)));
  const map = new Map<string, FactDefinition>();
  for (const [id, fact] of Object.entries(template.facts) as [FactId, FactDeclaration][]) {
    if (fact.cells.length > 0 && fact.cells.every((c) => ids.has(c)))
      map.set(id, { id, label: fact.label, cells: fact.cells });
  }
  cache.set(template, map);
  return map;
}
