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

/**
 * A list of the areas or of the report's parts, bare names joined by 、 (`政府信息公开工作主要包括主动公开、
 * 依申请公开、政府信息管理、平台建设、监督保障等方面`, real: 东莞市寮步镇 2019; `全文包括主动公开政府信息
 * 情况、依申请公开政府信息情况、政府信息公开管理、平台建设,监督保障等方面内容`, real: 乌海市工业和信息化局
 * 2020): it names what the report should say, it is no account of the work.
 */
const LISTING =
  /(?:包括|包含|涵盖|涉及|围绕|分为|由)[^。；;！!？?]{0,160}?(?:等[^。；;，,、]{0,4}?(?:方面|部分|内容)|(?:[一二三四五六七八九十]|几)个?部分(?:组成)?|组成)/g;

/** The overview without its lists of areas: two areas or more named bare, with no figure. */
function withoutListings(text: string, areas: readonly string[]): string {
  return text.replace(LISTING, (list) =>
    (list.match(/、/g) ?? []).length >= 2 &&
    !/\d/.test(list) &&
    areas.filter((area) => coversArea(list, area)).length >= 2
      ? '。'
      : list,
  );
}

/** 总体情况 should touch the five areas (warning). */
export const overviewAreasCheck = defineCheck({
  id: 'overview-areas-missing',
  severity: 'warning',
  spec: '4.4',
  title: '总体情况未涵盖应写的方面',
  run({ template, report }) {
    const section = template.sections.find((s) => s.id === 'overview');
    const written = report.narrative.overview ?? '';
    if (!section || compactText(written) === '') return [];
    const areas = overviewAreas(section, report.meta.agencyKind);
    const overview = analysedText(withoutListings(written, areas));
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
