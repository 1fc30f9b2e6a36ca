import { formatForYear } from '@/domain/template/lookup';
import type { FormatTemplate } from '@/domain/template/types';
import { formats } from '@templates/index';
import { distinctiveKeys } from './label-index';

/**
 * Picks the format from the labels found (2019: `本年新制作数量`, `（六）其他处理` as one row …;
 * 2021: `本年制发件数`, three rows under （六）…), then from the year, then the current format.
 */
export function chooseFormat(
  keys: ReadonlySet<string>,
  year: number | null,
): { template: FormatTemplate; reason: string; assumed: boolean } {
  const scored = formats.map((f) => {
    const others = formats.filter((o) => o !== f);
    const own = others.reduce(
      (acc, o) => new Set([...acc].filter((k) => distinctiveKeys(f, o).has(k))),
      new Set(keys),
    );
    return { f, hits: [...own] };
  });
  scored.sort((a, b) => b.hits.length - a.hits.length);
  const [best, second] = scored;
  if (best && best.hits.length > (second?.hits.length ?? 0)) {
    return {
      template: best.f,
      reason: `表格中有 ${best.hits.length} 个 ${best.f.id} 版格式特有的标签（如“${best.hits.slice(0, 2).join('”“')}”），按${best.f.notice.number}格式读取。`,
      assumed: false,
    };
  }
  if (year !== null) {
    const f = formatForYear(formats, year);
    return {
      template: f,
      reason: `表格标签不足以区分格式，按年度 ${year} 采用${f.notice.number}格式。`,
      assumed: true,
    };
  }
  const latest = formats[formats.length - 1];
  if (!latest) throw new Error('no formats');
  return {
    template: latest,
    reason: `未能判断格式和年度，按现行的${latest.notice.number}格式读取。`,
    assumed: true,
  };
}
