import { compactText } from '../../format/text';
import type { CheckContext } from '../evaluate-checks';
import { issue } from '../support';
import type { Issue } from '../types';

/** Governments also report 工作考核、社会评议和责任追究结果情况. */
const GOVERNMENT_AREA = '工作考核、社会评议和责任追究结果';

/** Words that show the overview touches an area (the seeds' headings and usual synonyms). */
const AREA_WORDS: Readonly<Record<string, RegExp>> = {
  主动公开: /主动公开|主动发布/,
  依申请公开: /依申请|公开申请/,
  政府信息管理: /信息管理|保密审查|公开属性|发布审核|三审/,
  政府信息公开平台建设: /平台|网站|载体|公众号|新媒体|专栏/,
  监督保障: /监督|保障|考核|评议|责任追究|培训/,
  [GOVERNMENT_AREA]: /考核|评议|责任追究/,
};

/** 篇幅原则上不超过一千字: info only when far longer. */
export const OVERVIEW_LONG = 1500;

/** 总体情况 should touch the five areas (warning) and stay near 1000 characters (info). */
export function overviewChecks({ template, report }: CheckContext): Issue[] {
  const section = template.sections.find((s) => s.id === 'overview');
  const text = compactText(report.narrative.overview ?? '');
  if (!section || text === '') return [];
  const issues: Issue[] = [];
  const areas = [
    ...(section.areas ?? []),
    ...(report.meta.agencyKind === 'government' ? [GOVERNMENT_AREA] : []),
  ];
  const missing = areas.filter((area) => !(AREA_WORDS[area] ?? new RegExp(area)).test(text));
  if (missing.length > 0) {
    issues.push(
      issue({
        checkId: 'overview-areas-missing',
        severity: 'warning',
        fields: ['narrative.overview'],
        section: 'overview',
        message: `「一、总体情况」未涉及：${missing.join('、')}（应包括${areas.join('、')}等方面）`,
      }),
    );
  }
  const length = text.length;
  if (length > OVERVIEW_LONG) {
    issues.push(
      issue({
        checkId: 'overview-too-long',
        severity: 'info',
        fields: ['narrative.overview'],
        section: 'overview',
        message: `「一、总体情况」约 ${length} 字，篇幅原则上不超过一千字`,
      }),
    );
  }
  return issues;
}
