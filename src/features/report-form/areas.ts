/**
 * Whether the 总体情况 text covers an area: the area name or the usual words for it (seed 000
 * says `平台建设情况`, `监督保障情况`). Mirrors the words of the `overview-areas-missing` check
 * (src/domain/rules/checks/overview.ts) so the checklist and the warning agree; switch to an
 * exported helper from there when it offers one.
 */
export const GOVERNMENT_AREA = '工作考核、社会评议和责任追究结果';

const areaWords: Readonly<Record<string, RegExp>> = {
  主动公开: /主动公开|主动发布/,
  依申请公开: /依申请|公开申请/,
  政府信息管理: /信息管理|保密审查|公开属性|发布审核|三审/,
  政府信息公开平台建设: /平台|网站|载体|公众号|新媒体|专栏/,
  监督保障: /监督|保障|考核|评议|责任追究|培训/,
  [GOVERNMENT_AREA]: /考核|评议|责任追究/,
};

export function coversArea(text: string, area: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return areaWords[area]?.test(compact) ?? compact.includes(area);
}
