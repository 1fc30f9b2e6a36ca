import { compactText } from '../../format/text';
import { overviewCoverage, PLATFORM_AREA, platformItemDenied } from '../../report/overview-areas';
import type { Report } from '../../report/types';
import { defineCheck } from '../check-context';

/** 篇幅原则上不超过一千字: info only when far longer. */
export const OVERVIEW_LONG = 1500;

const overviewText = (report: Report): string => compactText(report.narrative.overview ?? '');

/** 总体情况 should touch the five areas (warning), as `overviewCoverage` judges them. */
export const overviewAreasCheck = defineCheck({
  id: 'overview-areas-missing',
  severity: 'warning',
  spec: '4.4',
  title: '总体情况未涵盖应写的方面',
  run({ template, report }) {
    const section = template.sections.find((s) => s.id === 'overview');
    const written = report.narrative.overview ?? '';
    if (!section || compactText(written) === '') return [];
    // The form's checklist shows the same judgement (`overviewCoverage`).
    const { agencyKind, agencyName } = report.meta;
    const coverage = overviewCoverage(section, agencyKind, written, agencyName);
    const missing = coverage.filter((c) => !c.covered).map((c) => c.area);
    if (missing.length === 0) return [];
    const areas = coverage.map((c) => c.area);
    // Since a fix of stop 55 after the measure of 2216–2260: the platform headed, its item saying
    // there is none to tell (real: 会昌县文广新旅局 2023), is said as such.
    const denied = missing.includes(PLATFORM_AREA) ? platformItemDenied(written) : null;
    const note = denied
      ? `；小标题“${denied.heading}”下只写了“${denied.said}”：应写明政府信息公开平台（网站、专栏、政务新媒体等）本年的建设和维护情况`
      : '';
    return [
      {
        fields: ['narrative.overview'],
        section: 'overview',
        message: `「一、总体情况」未涉及：${missing.join('、')}（应包括${areas.join('、')}等方面）${note}`,
      },
    ];
  },
});

/** 总体情况 should stay near 1000 characters (info). */
export const overviewLengthCheck = defineCheck({
  id: 'overview-too-long',
  severity: 'info',
  spec: '4.4',
  title: '总体情况篇幅过长',
  run({ template, report }) {
    const text = overviewText(report);
    if (!template.sections.some((s) => s.id === 'overview') || text.length <= OVERVIEW_LONG)
      return [];
    return [
      {
        fields: ['narrative.overview'],
        section: 'overview',
        message: `「一、总体情况」约 ${text.length} 字，篇幅原则上不超过一千字`,
      },
    ];
  },
});
