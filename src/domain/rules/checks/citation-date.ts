import { compactText } from '../../format/text';
import { formatChineseDate, isValidIsoDate } from '../../format/date';
import { perText } from '../../format/memo';
import { defineCheck } from '../check-context';
import { textFindings } from '../support';

/**
 * Documents a report cites whose date is known: a report signed before one was issued cannot
 * have followed it. 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号) was signed by 国务院办公厅 on
 * 2020-11-17 (the notice's own date, as published on 中国政府网).
 */
const DATED: readonly { readonly number: RegExp; readonly name: string; readonly date: string }[] =
  [
    {
      number: /国办函[〔[［(（【]2020[〕\]］)）】]109号/,
      name: '国办函〔2020〕109号',
      date: '2020-11-17',
    },
  ];

/** Any document number: its year. */
const NUMBER = /[〔［【]((?:19|20)\d{2})[〕］】]\d{1,4}号/g;

interface Citation {
  readonly name: string;
  /** ISO; for a number whose year alone is known, its 1 January. */
  readonly date: string;
  readonly yearOnly: boolean;
}

/** The documents a text cites with their dates (a number's year alone: its 1 January). */
const laterCitationIn = perText(
  { anyOf: '号', otherwise: [] },
  (_, analysed): readonly Citation[] => {
    const text = compactText(analysed);
    if (!text.includes('号')) return [];
    const out: Citation[] = [];
    for (const d of DATED)
      if (d.number.test(text)) out.push({ name: d.name, date: d.date, yearOnly: false });
    for (const m of text.matchAll(NUMBER))
      out.push({ name: m[0], date: `${m[1] ?? ''}-01-01`, yearOnly: true });
    return out;
  },
);

/**
 * A document cited that was issued after the report was signed (`按照《…信息处理费管理办法〉的通知》
 * （国办函〔2020〕109号）` in a 2019 report signed 2020-01-06, real: 平潭综合实验区金井片区管理局
 * 2019): the text was written or edited later than its date says, or cites the wrong document.
 * Only when the report's date is itself after its year (else that date is the fault, said by
 * `report-date-before-year-end`).
 */
export const citationAfterReportDateCheck = defineCheck({
  id: 'citation-after-report-date',
  severity: 'warning',
  spec: '4.5',
  title: '引用的文件晚于成文日期',
  run(ctx) {
    const { reportDate, year } = ctx.report.meta;
    if (!reportDate || !isValidIsoDate(reportDate) || year === null) return [];
    if (reportDate <= `${year}-12-31`) return [];
    return textFindings(
      ctx,
      (text) => {
        return laterCitationIn(text).find((c) => c.date > reportDate) ?? null;
      },
      (cited) =>
        `文中引用的“${cited.name}”${cited.yearOnly ? `是${cited.date.slice(0, 4)}年的文件` : `印发于${formatChineseDate(cited.date)}`}，晚于本报告的成文日期${formatChineseDate(reportDate)}：请核对所引文件或成文日期`,
    );
  },
});
