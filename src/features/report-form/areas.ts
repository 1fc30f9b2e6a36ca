/**
 * Whether the 总体情况 text covers an area: the area name itself, or the usual short forms
 * clerks write (seed 000 says `平台建设情况`, `监督保障情况`).
 */
const aliases: Readonly<Record<string, readonly string[]>> = {
  主动公开: ['主动公开'],
  依申请公开: ['依申请公开', '依申请'],
  政府信息管理: ['政府信息管理', '信息管理'],
  政府信息公开平台建设: ['政府信息公开平台建设', '平台建设', '公开平台'],
  监督保障: ['监督保障', '监督', '保障'],
};

export function coversArea(text: string, area: string): boolean {
  return (aliases[area] ?? [area]).some((word) => text.includes(word));
}
