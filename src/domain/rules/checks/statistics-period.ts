import { perText } from '../../format/memo';
import { compactText } from '../../format/text';
import { isoDate } from '../../format/date';
import { defineCheck, type Finding } from '../check-context';
import { textsOf } from '../support';

/**
 * A date of a period, also with 年 or 月 lost (`202111日`, `20211230日`, `20191月1日`: real 周湾镇
 * 2021, 大路镇 2019): every reading is tried before the period is said to be wrong.
 */
// Not after a digit or a point: looked behind for after its first digit, not before it (the same
// matches; an expression opening with a lookbehind is tried by V8 at every position, issue 17, stop 31).
const DATE = '(\\d(?<![\\d.]\\d)\\d{3}年?(?:\\d{1,2}月\\d{1,2}|\\d{2,4})日)';
/** The end of a period may leave out the year: `2020年1月1日至12月31日`. */
const END = '((?:\\d{4}年?)?(?:\\d{1,2}月\\d{1,2}|\\d{2,4})日)';
/**
 * `统计期限自2020年1月1日起至2020年12月31日止`, `统计期限为2020年1月1日至2020年12月31日`,
 * `涵盖2020年1月1日至12月21日…工作情况`.
 */
const PERIOD = new RegExp(`${DATE}(?:起)?(?:至|到|—|-|～|~)${END}`, 'g');
/** Words before a date range that make it the report's period. */
const PERIOD_CUE = /统计|数据|涵盖|期限|期间/;
const DATE_PARTS = /^(?:(\d{4})年?)?(?:(\d{1,2})月(\d{1,2})|(\d{2,4}))日$/;
/** How far before a period the body's founding on its first day is looked for. */
const FOUNDED_BEFORE = 80;
/** The body said set up (成立, 组建, 挂牌) right after a date: `办事处于2024年5月28日成立`. */
const FOUNDED_AFTER_DATE = /^(?:正式)?(?:成立|组建|挂牌)/;

/**
 * Every day `text` can be read as (`20211230日` → 2021-12-30; `202111日` → 2021-01-01; `2021111日`
 * → 2021-01-11 and 2021-11-01), the year taken from `year` when the text has none.
 */
export function dateReadings(text: string, year?: string): readonly string[] {
  const m = DATE_PARTS.exec(text);
  const y = Number(m?.[1] ?? year);
  if (!m || !Number.isFinite(y)) return [];
  if (m[2] !== undefined) {
    const iso = isoDate(y, Number(m[2]), Number(m[3]));
    return iso ? [iso] : [];
  }
  const digits = m[4] ?? '';
  const out: string[] = [];
  for (let cut = 1; cut <= 2 && cut < digits.length; cut += 1) {
    if (digits.length - cut > 2) continue;
    const iso = isoDate(y, Number(digits.slice(0, cut)), Number(digits.slice(cut)));
    if (iso && !out.includes(iso)) out.push(iso);
  }
  return out;
}

/**
 * Since a fix of stop 51 after the measure of 1949–1993: whether the text, shortly before the period
 * at `at`, says the body set up on the period's first day (`因…东河街道办事处于2024年5月28日成立,故本报告
 * 所列数据的统计期限自2024年5月28日起至2024年12月31日止`, real: 东河街道 2024): a body founded within the
 * year reports from the day it was, and the period is right.
 */
function foundedOn(compact: string, at: number, from: string): boolean {
  const before = compact.slice(Math.max(0, at - FOUNDED_BEFORE), at);
  const said = before.indexOf(from);
  return said >= 0 && FOUNDED_AFTER_DATE.test(before.slice(said + from.length));
}

/**
 * The date ranges of a text said of 统计/数据/期限 (the 20 characters before them), in order, with the
 * days they can be read as: worked out once per text.
 */
const periodsIn = perText({ anyOf: '日', otherwise: [] }, (_, analysed) => {
  const compact = compactText(analysed);
  const out: {
    readonly from: string;
    readonly to: string;
    readonly fromIso: readonly string[];
    readonly toIso: readonly string[];
    readonly fromFounding: boolean;
  }[] = [];
  // Every period ends with 日 (most texts state none).
  if (!compact.includes('日')) return out;
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(compact); m; m = PERIOD.exec(compact)) {
    const context = compact.slice(Math.max(0, m.index - 20), m.index);
    if (!PERIOD_CUE.test(context)) continue;
    const from = m[1] ?? '';
    const to = m[2] ?? '';
    // An end without its year is in the start's year.
    out.push({
      from,
      to,
      fromIso: dateReadings(from),
      toIso: dateReadings(to, from.slice(0, 4)),
      fromFounding: foundedOn(compact, m.index, from),
    });
  }
  return out;
});

/** A day with its 年 and 月 written (`2019年12月31日`). */
const WHOLE_DAY = /年\d{1,2}月/;
/**
 * The preface's data said only to end on a day (`所列数据截止日期为2019年12月31日`, real: 吉林省
 * 农业农村厅 2019): the report's data, 截止/截至 a date, with no start.
 *
 * Since a fix of stop 64 after the measure of 2621–2665: the day with 年 and 月 lost too (`报告中所列数据
 * 截止日期为20191231日`, real: 浑江区文化和旅游局 2019; the lost characters are `date-characters-missing`'s),
 * and `所列` before 数据 noted: the preface's own words (`本报告中所列数据…`), read also where the preface
 * is printed under `一、总体情况`. In the preface itself only a whole day is read, as before: 通化市东昌区
 * 金厂镇人民政府 2025's `所列数据截止日期为20251231日` was written down for its lost characters alone.
 */
const DATA_END_ONLY =
  /(所列)?数据[^。，,；;\d]{0,8}(?:截止|截至)(?:日期|时间)?(?:为|是|到)?(\d{4}年?(?:\d{1,2}月\d{1,2}|\d{4})日)/;

/**
 * The end date of a text's data when it gives no start of it, and whether in the preface's words
 * (`所列数据`) (once per text).
 */
const dataEndOnlyIn = perText(
  { anyOf: '截', otherwise: null },
  (
    _,
    analysed,
  ): { readonly end: string; readonly listed: boolean; readonly whole: boolean } | null => {
    const compact = compactText(analysed);
    if (!compact.includes('截')) return null;
    const m = DATA_END_ONLY.exec(compact);
    if (m === null) return null;
    const end = m[2] ?? '';
    return { end, listed: m[1] !== undefined, whole: WHOLE_DAY.test(end) };
  },
);

/**
 * Since a fix of stop 35 after the measure of 749–778: a count of the year told up to a month's end
 * before December (`截至11月底,受理行政复议申请56件`, real: 咸宁市司法局 2020): a year's report counts to
 * 12月31日. The month with no year, or the report's year (group 1); a count in the same clause.
 * The corpus's other `截至…` all end in 12月 or say `截至目前`.
 */
const COUNTED_TO_MONTH =
  /截[至止](?:(\d{4})年)?(\d{1,2})月(?:底|末|(\d{1,2})日)[^。；;]{0,24}?\d+(?:余|多)?[件条篇个项次]/;

/** A `COUNTED_TO_MONTH` of a text, once per text. */
const countedToMonthIn = perText(
  { anyOf: '截', otherwise: null },
  (_, analysed): RegExpExecArray | null => {
    const compact = compactText(analysed);
    if (!compact.includes('截')) return null;
    return COUNTED_TO_MONTH.exec(compact);
  },
);

/**
 * Since a fix of stop 53 after the measure of 2081–2125: a count said made up to now, added up over
 * time (`截止目前,我局已在市政府网站主动公开政府信息504条`, real: 桐乡市公安局 2023; `截至目前,我镇累计发布
 * 信息289期`, real: 宋庄镇 2022; `我镇2022年新开设…公众号至今,…累计发表时政信息862条`, real: 大兴镇
 * 2023): the count runs to the day of writing from some earlier time, not over the report's year.
 * Not one whose sentence names the report's year (`截至目前,已完成2024年度主动公开…累计总量达19条`,
 * real: 蓬华镇 2024; `2022年,主动公开政府信息6条,2003年至今累计…329条`, real: 永泰县 2022), nor one of
 * papers sent up (`截至目前,已向…报送…主动公开文件107件`, real: 辽宁省财政厅 2021), nor a count to now
 * with no word of adding up (`截至目前共发布592条信息`, real: 胡市镇 2019, its gatherer silent).
 */
const COUNTED_TO_DATE =
  /(?:截[至止](?:目前|现在|今)|至今)[^。；;]{0,60}?(?:已|累计)[^。；;]{0,40}?(?:公开|发布|发表|推送|更新)[^，,。；;\d]{0,14}?\d+(?:余|多)?(?:条|篇|件|期)/g;
/**
 * Since a fix of stop 56 after the measure of 2261–2305: requests received counted up to now (`截至目前,
 * 我局共收到政府信息公开申请1条`, real: 咸宁市林业局 2025): the year's requests are counted to 12月31日,
 * not to the day of writing. Only requests (the report's own count, told in 表三 by the year); a count
 * to now of what was published without 已 or 累计 stays silent (`截至目前政府办公室主动公开…信息1254条`,
 * real: 北戴河区政府办 2022, `截至目前共发布592条信息`, real: 胡市镇 2019, both passed by their gatherers).
 */
const REQUESTS_TO_DATE =
  /(?:截[至止](?:目前|现在|今)|至今)[^。；;\d]{0,20}?(?:收到|接收|接到|受理)[^，,。；;\d]{0,16}?申请[^，,。；;\d]{0,6}?\d+(?:余|多)?(?:件|条|个|次)/g;
/**
 * Since a fix of stop 56 after the measure of 2261–2305: a count from a day up to now (`2024年1月1日起
 * 至今,政府信息公开网站主动公开政务信息87条`, real: 台州市椒江区应急管理局 2024): a period that ends on the
 * day of writing, not on 12月31日, though it opens on the year's first day (so the year it names does
 * not make it the year's).
 */
const FROM_DAY_TO_DATE =
  /(?:\d{4}年)?\d{1,2}月\d{1,2}日起?(?:至|到)(?:今|目前|现在)[^。；;]{0,40}?(?:公开|发布|推送|更新|收到|受理)[^，,。；;\d]{0,14}?\d+(?:余|多)?(?:条|篇|件|期)/g;
const SENT_UP = /报送|上报/;
const YEAR_NAMED = /本年|今年|全年|年度|年内/;
/**
 * Since a fix of stop 69 after the measure of 2846–2890: `全年` inside the count to now itself
 * (`截至目前,全年累计发布信息369条`, real: 胥坝乡 2021, published on 2022-01-24): the year's count and
 * the count to the day of writing said at once, which only the latter is; no year named beside it
 * (as `2022年,主动公开…6条,2003年至今累计…` names the year's own count).
 */
const WHOLE_YEAR_TO_NOW = /全年/;

/** Up to now (`至今`, `截至目前`, `到现在`): what the stop-56 readings of a count to date need. */
const TO_NOW = /[至止到](?:今|目前|现在)/;
/** Each `COUNTED_TO_DATE` of a text not sent up, with its sentence (once per text). */
const countsToDateIn = perText(
  { anyOf: '今目', otherwise: [] },
  (_, analysed): readonly { said: string; sentence: string; fromDay: boolean }[] => {
    const compact = compactText(analysed);
    const out: { said: string; sentence: string; fromDay: boolean }[] = [];
    // 今 and 目 are in most texts (今年, 项目, 目录): each reading asks first for the words it needs.
    const toNow = TO_NOW.test(compact);
    const fromDay = toNow && compact.includes('日') ? [...compact.matchAll(FROM_DAY_TO_DATE)] : [];
    const found = [
      ...compact.matchAll(COUNTED_TO_DATE),
      ...(toNow && compact.includes('申请') ? compact.matchAll(REQUESTS_TO_DATE) : []),
      ...fromDay,
    ].sort((a, b) => a.index - b.index);
    for (const m of found) {
      if (SENT_UP.test(m[0])) continue;
      const start = Math.max(
        compact.lastIndexOf('。', m.index),
        compact.lastIndexOf('\n', m.index),
      );
      const stop = compact.slice(m.index).search(/[。\n]/);
      out.push({
        said: m[0],
        sentence: compact.slice(start + 1, stop < 0 ? compact.length : m.index + stop),
        fromDay: fromDay.includes(m),
      });
    }
    return out;
  },
);

/**
 * The first count to date of a text whose sentence does not name the report's year (or which runs
 * from a day of it to now), with the day it runs from when it names one.
 */
const countedToDate = (
  text: Parameters<typeof countsToDateIn>[0],
  year: number,
): { said: string; fromDay: boolean } | null =>
  countsToDateIn(text).find(
    (c) =>
      c.fromDay ||
      (!c.sentence.includes(`${year}年`) &&
        (!YEAR_NAMED.test(c.sentence) || WHOLE_YEAR_TO_NOW.test(c.said))),
  ) ?? null;

const printed = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * A statistics period stated in the text (a date range in a sentence about 统计/数据) must be
 * 1月1日–12月31日 of the report year.
 */
export const statisticsPeriodCheck = defineCheck({
  id: 'statistics-period-mismatch',
  severity: 'warning',
  spec: '4.2',
  title: '统计期限与报告年度不符',
  run(ctx) {
    const year = ctx.report.meta.year;
    if (year === null) return [];
    const found: Finding[] = [];
    // The title's year, printed with its 年 lost (`2022度…年度报告`), is not the year the text
    // and its period give (real: 粤汉街道 2023, a 2023 report titled `2022度…`): the title is last
    // year's, or the period and the text are.
    const titleYear = ctx.report.source?.titleYear;
    if (titleYear !== undefined && Number(titleYear.slice(0, 4)) !== year) {
      const said = textsOf(ctx)
        .flatMap((text) => periodsIn(text))
        .find((p) => p.fromIso.includes(`${year}-01-01`) && p.toIso.includes(`${year}-12-31`));
      found.push({
        target: 'meta',
        fields: ['meta.year'],
        section: 'meta',
        message: `标题中的年份写作“${titleYear}”（缺“年”字），而${said ? `统计期限为 ${said.from}至${said.to}，` : ''}报告年度是 ${year} 年：标题的年份是否写错？`,
      });
    }
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      // One warning a section (the title's is the preface's).
      if (found.some((f) => f.target === section)) continue;
      for (const period of periodsIn(text)) {
        const from = `${year}-01-01`;
        const to = `${year}-12-31`;
        if (period.fromIso.includes(from) && period.toIso.includes(to)) continue;
        // A body founded within the year counts from its founding day to the year's end.
        if (
          period.fromFounding &&
          period.toIso.includes(to) &&
          period.from.startsWith(String(year))
        )
          continue;
        // A date with lost characters is quoted with what it reads as.
        const read = (text: string, isos: readonly string[]): string =>
          isos.length === 0 || (isos.length === 1 && printed(isos[0] ?? '') === text)
            ? text
            : `${text}（即${isos.map(printed).join('或')}）`;
        found.push({
          target: section,
          fields: [field],
          section,
          message: `文中的统计期限为 ${read(period.from, period.fromIso)}至${read(period.to, period.toIso)}，${year}年度报告应为 ${year}年1月1日至${year}年12月31日`,
        });
        break;
      }
      if (found.some((f) => f.target === section)) continue;
      const counted = countedToMonthIn(text);
      const month = Number(counted?.[2] ?? 12);
      // Since a fix of stop 37 after the measure of 989–1018: December, a day before its last
      // (`截至2019年12月30日,我苏木主动公开143条信息`, real: 科右中旗哈日诺尔苏木 2019).
      const day = Number(counted?.[3] ?? 31);
      const short = month < 12 || (month === 12 && day < 31);
      if (counted && month >= 1 && short && Number(counted[1] ?? year) === year)
        found.push({
          target: section,
          fields: [field],
          section,
          message: `文中“${counted[0]}”只统计到${year}年${month}月${month === 12 ? `${day}日` : ''}，${year}年度报告的数字应统计到${year}年12月31日，请核对`,
        });
      if (found.some((f) => f.target === section)) continue;
      const toDate = countedToDate(text, year);
      if (toDate)
        found.push({
          target: section,
          fields: [field],
          section,
          message: toDate.fromDay
            ? `文中“${toDate.said}”统计到写报告之时，不是到${year}年12月31日：${year}年度报告的数字应统计到${year}年12月31日，请核对`
            : `文中“${toDate.said}”是截至目前的累计数，不是${year}年度（${year}年1月1日至12月31日）的数字：年度报告应写本年度的数字，请核对`,
        });
    }
    // The period given by its end only, in the preface, with no range stated anywhere: the reader
    // cannot tell the data's start (the format's preface states 自1月1日起至12月31日止).
    const preface = textsOf(ctx).find((t) => t.section === 'meta');
    const said = preface ? dataEndOnlyIn(preface) : null;
    const end = said?.whole === true ? said : null;
    const noRange = (): boolean => textsOf(ctx).every((text) => periodsIn(text).length === 0);
    if (preface && end !== null && !found.some((f) => f.target === 'meta') && noRange())
      found.push({
        target: 'meta',
        fields: ['meta.preface'],
        section: 'meta',
        message: `序言只写所列数据截止${end.end}，没有写统计期限的起始日期：${year}年度报告的统计期限应为 ${year}年1月1日至${year}年12月31日，请写明`,
      });
    // Since a fix of stop 64 after the measure of 2621–2665: the preface's words printed under
    // `一、总体情况` (`报告中所列数据截止日期为20191231日`, real: 浑江区文化和旅游局 2019), the preface
    // above saying no end: the same period without its start, said where it is printed.
    const overview = said === null ? textsOf(ctx).find((t) => t.section === 'overview') : undefined;
    const overviewEnd = overview ? dataEndOnlyIn(overview) : null;
    if (
      overview &&
      overviewEnd?.listed === true &&
      !found.some((f) => f.target === 'overview') &&
      noRange()
    )
      found.push({
        target: 'overview',
        fields: [overview.field],
        section: 'overview',
        message: `文中只写所列数据截止${overviewEnd.end}，没有写统计期限的起始日期：${year}年度报告的统计期限应为 ${year}年1月1日至${year}年12月31日（序言的话，应写在「一、总体情况」之前），请写明`,
      });
    return found;
  },
});
