import { defineCheck } from '../check-context';
import { factDefinitions } from '../narrative/facts';
import { sumCells } from '../support';

/**
 * Figures the kind of agency cannot have (SPEC §4.5, what a reviewer sees): 规章 are made only by
 * the State Council's departments and the governments of provinces and 设区的市, never by a 乡镇
 * or 街道 (a township's `规章制度类2条` typed into the 规章 row).
 */
export const townshipRegulationsCheck = defineCheck({
  id: 't2-regulations-by-township',
  severity: 'warning',
  spec: '4.5',
  title: '乡镇（街道）填报了制发规章',
  run(ctx) {
    if (ctx.report.meta.agencyKind !== 'township') return [];
    const made = factDefinitions(ctx.template).get('regulationsMade');
    if (!made) return [];
    const v = sumCells(ctx, made.cells);
    if (v.value <= 0) return [];
    return [
      {
        cells: made.cells,
        section: 'proactive',
        message: `${made.label}为 ${v.value}，但乡镇人民政府和街道办事处不能制定规章（规章由国务院部门和省、自治区、直辖市及设区的市人民政府制定）：是否把内部规章制度或其他文件填进了规章一行？`,
      },
    ];
  },
});
