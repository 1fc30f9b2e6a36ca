import { formatForYear } from '@/domain/template/lookup';
import type { FormatTemplate } from '@/domain/template/types';
import { formats } from '@templates/index';
import { distinctiveKeys } from './label-index';

interface Choice {
  readonly template: FormatTemplate;
  readonly reason: string;
  readonly assumed: boolean;
}

/**
 * Picks the format from the labels found (2019: `本年新制作数量`, `（六）其他处理` as one row …;
 * 2021: `本年制发件数`, three rows under （六）…), then from the year, then the current format.
 * A regional variant replaces the national format when the source prints labels only the
 * variant has and none that the variant lacks.
 */
export function chooseFormat(keys: ReadonlySet<string>, year: number | null): Choice {
  const national = chooseNational(keys, year);
  const base = national.template;
  const variants = formats
    .filter((v) => v.region !== undefined)
    .map((v) => ({
      v,
      hits: [...distinctiveKeys(v, base)].filter((k) => keys.has(k)),
      missing: [...distinctiveKeys(base, v)].filter((k) => keys.has(k)),
    }))
    .filter((x) => x.hits.length > 0 && x.missing.length === 0)
    .sort((a, b) => b.hits.length - a.hits.length);
  const best = variants[0];
  if (!best) return national;
  return {
    template: best.v,
    reason: `表格中有${best.v.region ?? ''}格式特有的标签（如“${best.hits.slice(0, 2).join('”“')}”），按${best.v.name ?? best.v.notice.number}读取。`,
    assumed: false,
  };
}

/** The national format, from the labels that tell the national formats apart, else the year. */
function chooseNational(keys: ReadonlySet<string>, year: number | null): Choice {
  const national = formats.filter((f) => f.region === undefined);
  const scored = national.map((f) => {
    const others = national.filter((o) => o !== f);
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
  const latest = national[national.length - 1];
  if (!latest) throw new Error('no formats');
  return {
    template: latest,
    reason: `未能判断格式和年度，按现行的${latest.notice.number}格式读取。`,
    assumed: true,
  };
}
