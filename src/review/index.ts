/**
 * Reviewer mode (SPEC §9), the pure part: units imported and checked, the review table's rows,
 * 汇总 with its lists (other year or format, duplicates, missing, parent = 本级 + Σ units).
 * Shared by the browser (src/features/review) and the command line.
 */
export type * from './types';
export { checkWithAllRules, packCheckPrefix, readState, recheckUnit, reviewUnit } from './unit';
export type { CheckReport, ReviewOptions } from './unit';
export { countOpen } from '@/domain/rules/types';
export { filterRows, lateness, reviewRow, rowFilterLabels, sortRows } from './rows';
export type { RowFilter, SortKey } from './rows';
export { agencyKey, agencyMatches, cellLabel, sumUnits, unitRoleLabels } from './sum';
export type { SumOptions, SumResult, UnitRole } from './sum';
