import {
  analysedText,
  byParagraph,
  paragraphsOf,
  perText,
  type AnalysedText,
} from '../../format/memo';
import { compactText } from '../../format/text';
import { areaWordsCrossLines, coversArea, overviewAreas } from '../../report/overview-areas';
import type { Report } from '../../report/types';
import { defineCheck } from '../check-context';

/** 篇幅原则上不超过一千字: info only when far longer. */
export const OVERVIEW_LONG = 1500;

const overviewText = (report: Report): string => compactText(report.narrative.overview ?? '');

/** Which areas a text touches (`coversArea`), each worked out once per text. */
const areasCovered = perText(() => new Map<string, boolean>());
function covers(text: AnalysedText, area: string): boolean {
  const known = areasCovered(text);
  let covered = known.get(area);
  if (covered === undefined) {
    covered = coversByParagraph(text, area);
    known.set(area, covered);
  }
  return covered;
}

/** Paragraph by paragraph (each worked out once), the whole text only when words may cross lines. */
function coversByParagraph(text: AnalysedText, area: string): boolean {
  if (!byParagraph(text)) return coversArea(text, area);
  if (paragraphsOf(text).some((part) => covers(part, area))) return true;
  return areaWordsCrossLines(area) && coversArea(text, area);
}

/** 总体情况 should touch the five areas (warning). */
export const overviewAreasCheck = defineCheck({
  id: 'overview-areas-missing',
  severity: 'warning',
  spec: '4.4',
  title: '总体情况未涵盖应写的方面',
  run({ template, report }) {
    const section = template.sections.find((s) => s.id === 'overview');
    const overview = analysedText(report.narrative.overview ?? '');
    if (!section || compactText(overview) === '') return [];
    const areas = overviewAreas(section, report.meta.agencyKind);
    const missing = areas.filter((area) => !covers(overview, area));
    if (missing.length === 0) return [];
    return [
      {
        fields: ['narrative.overview'],
        section: 'overview',
        message: `「一、总体情况」未涉及：${missing.join('、')}（应包括${areas.join('、')}等方面）`,
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
