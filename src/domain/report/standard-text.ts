import type { FormatTemplate } from '../template/types';
import { overviewAreas } from './overview-areas';
import type { AgencyKind } from './types';

/**
 * The standard wording a report starts from (SPEC §5): the 前言 that names the notice in force for
 * the format, and the 总体情况 outline of the format (the contact sentence is in document-text.ts). Pure;
 * the notice and the areas are read from the template, never written here.
 */

const NUMERALS = '一二三四五六七八九十';

/** `《…关于印发《…》的通知》`: a title inside 《》 has its inner marks as 〈〉. */
function citedTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/**
 * 前言: legal basis (条例 and the format's notice), statistics period of the year, and where the
 * electronic version is published — left as `XX` for the clerk to fill in (the placeholder check
 * points at it until then).
 */
export function standardPreface(template: FormatTemplate, year: number | null): string {
  const y = year === null ? 'XXXX' : String(year);
  return (
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和` +
    `${citedTitle(template.notice.title)}（${template.notice.number}）要求编制。` +
    `本报告所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。` +
    `本报告电子版可在“XX”网站（网址：XX）查阅或下载。`
  );
}

/**
 * The 总体情况 outline: one `（一）…情况` heading per area of the format (a 人民政府 also reports
 * 工作考核、社会评议和责任追究结果), each followed by a fill-in line that the placeholder check
 * flags until it is replaced.
 */
export function overviewOutline(
  template: FormatTemplate,
  kind: AgencyKind,
  agencyName = '',
): string {
  const section = template.sections.find((s) => s.id === 'overview');
  return overviewAreas(section, kind, agencyName)
    .flatMap((area, i) => [
      `（${NUMERALS[i] ?? String(i + 1)}）${area}情况`,
      '（请填写本部分内容）',
    ])
    .join('\n');
}
