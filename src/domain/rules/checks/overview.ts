import { compactText } from '../../format/text';
import { coversArea, overviewAreas } from '../../report/overview-areas';
import type { CheckContext } from '../evaluate-checks';
import { issue } from '../support';
import type { Issue } from '../types';

/** 篇幅原则上不超过一千字: info only when far longer. */
export const OVERVIEW_LONG = 1500;

/** 总体情况 should touch the five areas (warning) and stay near 1000 characters (info). */
export function overviewChecks({ template, report }: CheckContext): Issue[] {
  const section = template.sections.find((s) => s.id === 'overview');
  const text = compactText(report.narrative.overview ?? '');
  if (!section || text === '') return [];
  const issues: Issue[] = [];
  const areas = overviewAreas(section, report.meta.agencyKind);
  const missing = areas.filter((area) => !coversArea(text, area));
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
