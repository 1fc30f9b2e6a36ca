import leven from 'leven';
import {
  firstInParagraphs,
  perParagraph,
  perText,
  perTextAnd,
  someParagraph,
  type AnalysedText,
} from '../../format/memo';
import { parseNumberToken } from '../../format/chinese-number';
import {
  cutPieceOfName,
  REPORT_NAME,
  shortReportNames,
  shortTitleName,
} from '../../format/report-name';
import {
  compactSentences,
  compactText,
  endsSentenceOrHalf,
  linesOf,
  matchesOf,
  sentenceAround,
} from '../../format/text';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { countsPublished } from './proactive-count';
import { isTownGovernment } from './agency-kind';
import { OLD_PART, prefaceUnderHeading } from './headings';
import type { FormatTemplate } from '../../template/types';
import type { Report } from '../../report/types';
import { anyCell, textFindings, textsOf, type ReportText } from '../support';

/** Slips a reviewer sees in the text (SPEC §4.5, warnings). */

const YEAR = '(?:(?:19|20)\\d{2}|[〇零一二][〇零一二三四五六七八九]{3})';
/** On compact text (spaces removed): `2020年1月 日` → `2020年1月日`, `2020年 月20日`, `2020年月日`. */
const LOST_DATE = new RegExp(
  `${YEAR}年(?:\\d{1,2}月日(?!常|益|趋|报|前|后|起)|月\\d{0,2}日)` +
    // `从20191月1日起`: 年 lost between the year and the month. Since a fix of stop 40 after the
    // measure of 1259–1273: before 月份 too (`20197月份,利用办公室召开全体会议`, real: 庐江县政府办
    // 2019; the corpus's only year run into a 月份).
    `|(?<!\\d)(?:19|20)\\d{2}(?:[1-9]|1[0-2])月(?:\\d{1,2}日|份)` +
    // `自202111日起至20211230日止`, `截止日期为20251231日`: 年 and 月 both lost.
    `|(?<![\\d.])(?:19|20)\\d{2}(?:0[1-9]|1[0-2]|[1-9])(?:0[1-9]|[12]\\d|3[01]|[1-9])日(?!均|常|益|趋|报)` +
    // `统计期限为2025111231日` (real: 兴国镇 2025): a year's whole period, 年, 月, 日 and 至 lost.
    `|(?<![\\d.])(?:19|20)\\d{2}(?:0?1){2}1231日` +
    // Since a fix of stop 38 after the measure of 1049–1078: a full date whose 日 was lost before a
    // stop (`截至2023年12月31,省厅窗口共受理…`, real: 湖南省生态环境厅 2023): a day is written with 日.
    `|${YEAR}年(?:[1-9]|1[0-2])月(?:[1-9]|[12]\\d|3[01])(?=[，,。；;])`,
);

/**
 * A full date whose year has digits too many (`至202020年12月31日止`, real: 中埠镇 2020: the
 * year typed twice over): five or six digits before 年, with its month and day.
 */
const GARBLED_YEAR = /(?<![\d.])(?:19|20)\d{3,4}年(?:[1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01])日/;

/**
 * A month and day run together, their 月 lost (real: 梅溪湖街道 2023 `截至1231日`, 闵行区 2025
 * `失效及废止 30 件, 12  31 日现行有效的…`): no day of a month is past 31, so `1231日` is no day;
 * a month of 10–12 and a day of two digits. A month of one digit (`131日`) only after 截至, 截止
 * or 到 and before 止 or a stop, where a count of days (`压缩至120日`) is not read.
 */
/*
 * Where an expression below asks what comes before a match (`(?<=…)`), it asks it after the
 * digits it matched first (`((?:19|20)\d{2})(?<=[\u4e00-\u9fff]\d{4})`), not before them: the
 * same matches, but an expression (or an alternative) that opens with a lookbehind is tried by
 * V8 at every position of the text, ~5–15× slower over a report's text (issue 17, stop 31).
 */
const MONTH_DAY_LOST =
  /(?<![\d.])(1[0-2])(0[1-9]|[12]\d|3[01])日(?!均|常|益|趋|报)|([1-9])(?<=(?:截至|截止|到)\d)(0[1-9]|[12]\d|3[01])日(?=止|[，,。；;])/;

type LostDate =
  | { readonly text: string; readonly garbled: boolean }
  | { readonly text: string; readonly month: string; readonly day: string };

const lostDateIn = perText({ anyOf: '日月', otherwise: null }, (_, analysed): LostDate | null => {
  const compact = compactText(analysed);
  // Each of the three ends with 日, written out, or has a 月 before a day that lost its 日.
  if (!compact.includes('日') && !compact.includes('月')) return null;
  const lost = LOST_DATE.exec(compact);
  if (lost) return { text: lost[0], garbled: false };
  const garbled = GARBLED_YEAR.exec(compact);
  if (garbled) return { text: garbled[0], garbled: true };
  const monthDay = MONTH_DAY_LOST.exec(compact);
  if (!monthDay) return null;
  const before = /(?:截至|截止|到|至)$/.exec(compact.slice(0, monthDay.index))?.[0] ?? '';
  return {
    text: `${before}${monthDay[0]}`,
    month: String(Number(monthDay[1] ?? monthDay[3])),
    day: String(Number(monthDay[2] ?? monthDay[4])),
  };
});

/**
 * A year whose 年 was lost before the name of a place or an agency whose report it names
 * (`特向社会公布2024鹤岗市工农区人民政府信息公开工作情况报告`, real: 鹤岗市工农区 2024): the four
 * digits right after a character (not inside a number, a code or an address), then the name (a
 * place or an agency's word) and 报告 in the same clause. Or, opening a sentence, the year then
 * the agency's name and its 信息公开工作 (`2024莆田市农业农村局府信息公开工作在市委、市政府的统一部署下`,
 * real: 莆田市农业农村局 2024, 政 lost too).
 */
const YEAR_BEFORE_NAME =
  /((?:19|20)\d{2})(?<=[\u4e00-\u9fff]\d{4})(?=[\u4e00-\u9fff])(?![年月日届号期版])([\u4e00-\u9fff]{1,20}?(?:省|市|县|区|旗|州|盟|镇|乡|街道|苏木|局|委|办|厅|政府|中心)[^。；;，,：:]{0,30}?报告)|((?:19|20)\d{2})(?<=(?:^|[。；;\n])\d{4})(?![年月日届号期版])([\u4e00-\u9fff]{1,20}?(?:省|市|县|区|旗|州|盟|镇|乡|街道|苏木|局|委|办|厅|政府|中心)政?府?信息公开工作)/m;

/**
 * The report's year opening a sentence without its 年, before a comma or a word (`2023,海事处高度
 * 重视…`, `2023海事处未收到…`, real: 东湖风景区海事处 2023): a sentence opens with a year as
 * `2023年,…`; four digits there followed by a word that is no unit of a count (`2023件`, `2000余条`)
 * are the year with its 年 lost. Only the report's own year is read (a count may open a sentence).
 * Since a fix of stop 44 after the measure of 1379–1423: also right after a percentage, the sentence
 * before it run on with its stop lost (`…全文电子化率达100%2020新增的主动公开政府信息36条`, real: 宝山区
 * 顾村镇 2020): a percentage ends what it measures, and the year opens the next (no other such run in
 * the corpus).
 */
const YEAR_OPENING =
  /((?:19|20)\d{2})(?<=(?:^|[。；;！!？?\n%％])\d{4})(?![年月日届号期版\d])([,，]?(?![件条个项次人余多万千百元份篇家户名位台套天批期场])[\u4e00-\u9fff][^。；;，,\n]{0,12})/m;

/**
 * Since a fix of stop 44 after the measure of 1379–1423: so opening a clause, after a comma (`…做好
 * 政府信息依申请公开工作,2023收到13项依申请公开申请`, real: 开福区发改局 2023), as `2024我镇…` opens a
 * sentence (real: 金石镇 2024): a clause opens with a year as a sentence does (`,2023年共收到…`). Read
 * after the year before the work's words (`,2023政府信息公开工作报告如下`, said so).
 */
const YEAR_OPENING_CLAUSE =
  /((?:19|20)\d{2})(?<=[，,]\d{4})(?![年月日届号期版\d])([,，]?(?![件条个项次人余多万千百元份篇家户名位台套天批期场])[\u4e00-\u9fff][^。；;，,\n]{0,12})/m;

/**
 * The report's year between two words, its 年 lost (`(二)政府信息依申请公开情况2025关东街共受理…`,
 * real: 关东街道 2025, a sub-heading run into its paragraph): four digits between two Chinese
 * characters are no count without a unit after them (`2025件`, `2000余条`), nor a code (`〔2021〕`,
 * not between words). Only the report's own year is read (see the check).
 */
const YEAR_BETWEEN_WORDS =
  /((?:19|20)\d{2})(?<=[\u4e00-\u9fff]\d{4})(?![件条个项次人余多万亿千百元份篇家户名位台套天批期场号册本页字笔张吨亩所座处间辆年月日届版])([\u4e00-\u9fff][^。；;，,\n]{0,12})/g;

/**
 * Since a fix of stop 37 after the measure of 959–988: an event's name opening with its year, no
 * 年 after it as event names are written (`认真组织2024乐行摩托机车嘉年华暨“乐行黔东南”国家越野摩托
 * 大师邀请赛`, real: 黔东南州新闻办 2024): the words after the year, in the same name (before a stop,
 * `暨`, `、` or a quotation), end in an event's noun. None of the corpus's years that lost their 年
 * (`2021政务公开工作要点`, `2025关东街共受理…`, `2020政府信息公开工作年度报告`) is so.
 */
const EVENT_NAME =
  /^[^。；;，,、暨“”"「」《》\n\d]{0,16}?(?:嘉年华|博览会|展览会|交易会|洽谈会|推介会|运动会|马拉松|论坛|峰会|大赛|邀请赛|锦标赛|联赛|公开赛|艺术节|文化节|旅游节|音乐节|美食节|电影节|读书节|购物节|体育节)/;

/** The first year between two words that is not an event's name (`YEAR_BETWEEN_WORDS`). */
function yearBetweenWords(compact: string): RegExpExecArray | null {
  for (const m of matchesOf(YEAR_BETWEEN_WORDS, compact))
    if (!EVENT_NAME.test(compact.slice(m.index + 4, m.index + 40))) return m;
  return null;
}

/**
 * A date inside a run of digits between words, its 年, 月 and 日 lost with the unit of a count
 * before it (`…答复意见1120251212在四川省政府新闻…`, real: 四川省文物局 2025: `11条`, `2025年12月12日`):
 * a year, then a month and a day of two digits each that make a date, at the run's end, the run
 * between two Chinese characters and not followed by the unit of a count (`3328473件`,
 * `51152602000004号`). Only a year of the report or the one after is read (see the check).
 */
const DIGIT_RUN_DATE =
  /(?<=[\u4e00-\u9fff])(\d{0,4}?)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[\u4e00-\u9fff])(?![件条个项次人余多万亿千百元份篇家户名位台套天批期场号册本页字笔张吨亩所座处间辆年月日])/g;

const digitRunDateIn = perText((_, analysed) => {
  const compact = compactText(analysed);
  if (!/\d{6}/.test(compact)) return [];
  const found: { text: string; year: number; month: number; day: number }[] = [];
  for (const m of matchesOf(DIGIT_RUN_DATE, compact)) {
    const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1) continue;
    const at = m.index ?? 0;
    const words = /[\u4e00-\u9fff]{0,8}$/.exec(compact.slice(Math.max(0, at - 8), at))?.[0] ?? '';
    found.push({
      text: `${words}${m[0]}${compact.charAt(at + m[0].length)}`,
      year: y,
      month: mo,
      day: d,
    });
  }
  return found;
});

/**
 * Since a fix of stop 46 after the measure of 1574–1633: the date a count stands at, a year and a
 * month of two digits run together, 年 and 月 lost (`截至202012我局主动公开政府信息数量共103余条`,
 * real: 开远市林草局 2020): right after 截至 or 截止, before a Chinese character that is no unit
 * of a count, a month of 01–12. Only the report's year or the one after (see the check).
 */
const CUT_OFF_YEAR_MONTH =
  /(截至|截止(?:到|至)?)((?:19|20)\d{2})(0[1-9]|1[0-2])(?=[\u4e00-\u9fff])(?![件条个项次人余多万亿千百元份篇家户名位台套天批期场号册本页字笔张吨亩所座处间辆年月日])/;

const cutOffYearMonthIn = perText(
  { anyOf: '至止', otherwise: null },
  (_, analysed): { text: string; year: number; month: number } | null => {
    const m = CUT_OFF_YEAR_MONTH.exec(compactText(analysed));
    return m ? { text: `${m[1]}${m[2]}${m[3]}`, year: Number(m[2]), month: Number(m[3]) } : null;
  },
);

/** An agency's name then `府信息` (`…农业农村局府信息公开`): 政 lost (`市府` is a word, not counted). */
const AGENCY_THEN_FU = /(?:局|委|厅|办|中心)府信息/;

/**
 * A cited title that opens with a year and goes on without its 年 (`按照《2020政务公开工作安排》要求`,
 * real: 铺前镇 2020, whose same paragraph cites it first as `《2020年政务公开工作安排》`): a year in a
 * title is always followed by 年 (or 版, 届, a range); whichever year it is, the 年 was lost.
 */
const TITLE_YEAR_BEFORE_WORDS =
  /((?:19|20)\d{2})(?<=《\d{4})(?![年月日届号期版])([\u4e00-\u9fff][^《》\n]{1,40})(?=》)/;

/**
 * A year whose 年 was lost between a name and the work or the report it names (`现公布梅溪湖街道2023
 * 政府信息公开工作年度报告`, real: 梅溪湖街道 2023; `按照国家、自治区及我市2021政务公开工作要点`, real:
 * 乌鲁木齐市 2021; `现将2023政务信息公开情况报告如下`, real: 民和县教育局 2023): four digits after a
 * word, right before 政府信息公开, 政务公开, 信息公开 or 年度报告, are a year, and a year is written
 * with 年 whichever it is; so after a stop or at a line's start, before the work's words (`结合我
 * 中心工作实际,2023政府信息公开工作报告如下`, real: 兴庆区智慧城市运营中心 2023; the title `2022政府信息
 * 公开工作年度报告`, real: 海南省生态环境厅 2022), not before `年度报告` (`2022年度报告根据…`). Not a
 * number's or a code's digits (a digit or `.` before them).
 */
const YEAR_BEFORE_WORK =
  /((?:19|20)\d{2})((?:政府信息公开|政务信息公开|政务公开|信息公开|年度报告)[^，,。；;：:《》\n]{0,16})/g;
/** The work's words of `YEAR_BEFORE_WORK` opening what follows a year (not `年度报告`). */
const WORK_AFTER_YEAR = /^(?:政府信息公开|政务信息公开|政务公开|信息公开)/;
const HAN = /[\u4e00-\u9fff]/;
const STOP_OR_SPACE = /[，,。；;：:\s]/;

/** The first year before the work's words after a word, or after a stop not before `年度报告`. */
function yearBeforeWork(compact: string): RegExpExecArray | null {
  for (const m of matchesOf(YEAR_BEFORE_WORK, compact)) {
    const before = compact[m.index - 1];
    // Since a fix of stop 47 after the measure of 1634–1678: never before `年度报告`, after a word
    // too (`编制2025年度报告`, real: 双柏县审计局 2025): 年度 holds the year's 年 (`2025年度的报告`), the
    // report's name cut short (`report-name-garbled`), not a year with its 年 lost.
    if ((m[2] ?? '').startsWith('年度报告')) continue;
    if (before === undefined || HAN.test(before) || STOP_OR_SPACE.test(before)) return m;
  }
  return null;
}

/**
 * What every expression `yearBeforeNameIn` tries needs: a year's four digits followed by none of
 * 年月日届号期版 (or by 年度报告, which `YEAR_BEFORE_WORK` reads). Most texts write each year with its
 * 年, and are not scanned by the six of them.
 */
const YEAR_WITHOUT_ITS_WORD = /(?:19|20)\d{2}(?:(?![年月日届号期版])|年度报告)/;

/**
 * Since a fix of stop 42 after the measure of 1349–1378: a place's or an agency's name then 年 with
 * the year's digits lost, before the work's words (`《关于印发《抚松县年政务公开工作要点及重点任务分工》
 * 的通知》`, real: 东岗镇 2020): 年 after a name is a year's word, its digits gone (`我县年度…` keeps
 * 年度, not read).
 */
const NAME_THEN_BARE_YEAR =
  /(?:省|市|县|区|旗|州|盟|镇|乡|街道|局|委|办|厅|政府)年(?:政府信息公开|政务信息公开|政务公开|信息公开)[^，,。；;：:《》\n]{0,12}/;
const NAME_BEFORE = /[\u4e00-\u9fff]{1,6}$/;

const yearBeforeNameIn = perText((_, analysed) => {
  const compact = compactText(analysed);
  const bare =
    compact.includes('年政') || compact.includes('年信') ? NAME_THEN_BARE_YEAR.exec(compact) : null;
  if (bare) {
    const name = NAME_BEFORE.exec(compact.slice(Math.max(0, bare.index - 6), bare.index))?.[0];
    return { bare: `${name ?? ''}${bare[0]}` };
  }
  if (!YEAR_WITHOUT_ITS_WORD.test(compact)) return null;
  const m = YEAR_BEFORE_NAME.exec(compact);
  if (m) {
    const year = m[1] ?? m[3] ?? '';
    return { year: Number(year), text: `${year}${m[2] ?? m[4] ?? ''}`, anyYear: false };
  }
  const opening = YEAR_OPENING.exec(compact);
  if (opening && !EVENT_NAME.test(compact.slice(opening.index + 4, opening.index + 40))) {
    const year = opening[1] ?? '';
    // After a percentage, the stop before the year was lost too (`…达100%2020新增的…`).
    const stop = /[%％]/.test(compact.charAt(opening.index - 1));
    // Since a fix of stop 66 after the measure of 2711–2755: any year, when the work's words follow
    // it (`…公示公告4条;2024政府信息公开工作年度报告1条`, real: 白沙镇人民政府 2025, last year's report
    // listed as published), as `yearBeforeWork` reads them: a year before them is written with 年.
    const work = WORK_AFTER_YEAR.test(opening[2] ?? '');
    // A count's digits after the name (`…年度报告1条`) are no part of it.
    const words = work ? (opening[2] ?? '').replace(/\d+$/, '') : (opening[2] ?? '');
    return { year: Number(year), text: `${year}${words}`, anyYear: work, stop };
  }
  const title = TITLE_YEAR_BEFORE_WORDS.exec(compact);
  if (title) return { year: Number(title[1]), text: `${title[1]}${title[2]}`, anyYear: true };
  const work = yearBeforeWork(compact);
  if (!work) {
    const clause = YEAR_OPENING_CLAUSE.exec(compact);
    if (clause && !EVENT_NAME.test(compact.slice(clause.index + 4, clause.index + 40))) {
      const year = clause[1] ?? '';
      return { year: Number(year), text: `${year}${clause[2] ?? ''}`, anyYear: false };
    }
    const between = yearBetweenWords(compact);
    if (between) {
      const before = /[\u4e00-\u9fff]{1,8}$/.exec(
        compact.slice(Math.max(0, between.index - 8), between.index),
      );
      return {
        year: Number(between[1]),
        text: `${between[1]}${between[2] ?? ''}`,
        before: before?.[0] ?? '',
        anyYear: false,
      };
    }
    return null;
  }
  // The name before the year, for the message (`梅溪湖街道2023政府信息公开…`).
  const name = /[\u4e00-\u9fff]{1,8}$/.exec(compact.slice(Math.max(0, work.index - 8), work.index));
  return {
    year: Number(work[1]),
    text: `${work[1]}${work[2]}`,
    before: name?.[0] ?? '',
    anyYear: true,
  };
});

/**
 * The first part's heading again, a line of its own (`一、概述` under `一、总体情况`, real: 邵武市林业局
 * 2019; `headingAgain` in headings.ts says so of the headings).
 */
const FIRST_PART_AGAIN =
  /^[ \t\u3000]*一[、.．][ \t\u3000]*(?:概述|总体情况|概况|总体概况)[ \t\u3000]*$/;

/**
 * Since a fix of stop 55 after the measure of 2216–2260: the preface printed under `一、总体情况`,
 * none before it, and the year's work after it: the overview's first paragraph when the heading's
 * check reads a preface opening the overview (`prefaceUnderHeading`: `本年度报告是根据《中华人民共和国政府
 * 信息公开条例》…编制而成。…本报告所列数据的统计期限自202011日起,至20201231日止…`, real: 邯郸市气象局
 * 2020), or the lines before the first part's heading printed again (`…涵盖201911日至1231日期…` then
 * `一、概述`, real: 邵武市林业局 2019, its preface's words too garbled to be read as one).
 */
function printedPrefaceOf(report: Report): { preface: string; rest: string } | null {
  if ((report.meta.preface ?? '').trim() !== '') return null;
  const lines = (report.narrative.overview ?? '').split('\n');
  const again = lines.findIndex((line) => FIRST_PART_AGAIN.test(line));
  if (again > 0)
    return { preface: lines.slice(0, again).join('\n'), rest: lines.slice(again + 1).join('\n') };
  const under = prefaceUnderHeading(report, 'overview');
  if (under === null || !under.opens) return null;
  const at = lines.findIndex((line) => line.trim() !== '');
  if (at < 0) return null;
  return { preface: lines[at] ?? '', rest: lines.slice(at + 1).join('\n') };
}

/**
 * A check's finding in the overview, said apart for the preface printed under its heading
 * (`printedPrefaceOf`) when the year's work after it holds a slip of its own, which the overview's
 * one finding hid (`2019度绩效管理指标考核` after the preface's `201911日`, real: 邵武市林业局 2019): the
 * preface's slip then said as the preface's (`:meta`), the work's as the overview's. A preface's slip
 * alone stays the overview's, where it is printed (as most of the corpus's gatherers key it: 1186,
 * 1375, 1481, 2233…). `read` says the slip of a text, or null. Only when the overview has a finding (so
 * most reports never ask).
 */
function withPrintedPreface(
  ctx: CheckContext,
  found: readonly Finding[],
  read: (text: string) => string | null,
): Finding[] {
  const at = found.findIndex((f) => f.target === 'overview');
  const overview = found[at];
  if (overview === undefined) return [...found];
  const printed = printedPrefaceOf(ctx.report);
  if (printed === null || printed.rest.trim() === '') return [...found];
  const fromPreface = read(printed.preface);
  const fromRest = fromPreface === null ? null : read(printed.rest);
  if (fromPreface === null || fromRest === null) return [...found];
  const split: Finding[] = [
    { ...overview, target: 'meta', message: fromPreface },
    { ...overview, message: fromRest },
  ];
  return [...found.slice(0, at), ...split, ...found.slice(at + 1)];
}

type LostDateFound = NonNullable<ReturnType<typeof lostDateOf>>;

/** What `date-characters-missing` reads in one text of a report of `year` (null: nothing). */
function lostDateOf(text: string | ReportText, year: number | null) {
  const lost = lostDateIn(text);
  if (lost) return lost;
  // Only the report's own year: `2024鹤岗市…报告` in the 2024 report; any year in a cited
  // title or right before the work's words.
  const named = yearBeforeNameIn(text);
  if (named && 'bare' in named) return { bare: named.bare };
  if (named && (named.anyYear || year === null || named.year === year))
    return {
      text: named.text,
      before: named.before ?? '',
      garbled: false,
      name: true,
      stop: 'stop' in named && named.stop === true,
    };
  const run =
    year === null
      ? undefined
      : digitRunDateIn(text).find((r) => r.year === year || r.year === year + 1);
  if (run) return { ...run, run: true };
  if (year === null) return null;
  const cutOff = cutOffYearMonthIn(text);
  return cutOff && (cutOff.year === year || cutOff.year === year + 1)
    ? { ...cutOff, yearMonth: true }
    : null;
}

/** The message of a lost date found by `lostDateOf`. */
function lostDateMessage(lost: LostDateFound, year: number | null): string {
  if ('bare' in lost)
    return `文中“${lost.bare}”的“年”前缺年份数字，请补上年份（如“${year ?? '××××'}年”）`;
  if ('yearMonth' in lost)
    return `文中“${lost.text}”的年份和月份连在一起，缺“年”“月”二字（应为“${lost.text.slice(0, -6)}${lost.year}年${lost.month}月”），请补上`;
  if ('run' in lost)
    return `文中“${lost.text}”一串数字里夹着日期“${lost.year}年${lost.month}月${lost.day}日”：年、月、日（和前面数字的单位）缺字，请补上`;
  if ('name' in lost)
    return `文中“${lost.before}${lost.text}”的年份后缺“年”字（应为“${lost.before}${lost.text.slice(0, 4)}年${lost.text.slice(4)}”）${AGENCY_THEN_FU.test(lost.text) ? '，“府信息”前也缺“政”' : ''}${lost.stop ? '，年份前的百分数后也缺句号' : ''}，请补上`;
  if ('month' in lost)
    return `文中的日期“${lost.text}”缺“月”字（应为“${lost.month}月${lost.day}日”），请补上`;
  return lost.garbled
    ? `文中的日期“${lost.text}”年份位数不对，请核对年份`
    : `文中的日期“${lost.text}”缺字，请补全年、月、日`;
}

/** A date with lost characters: `2020年1月 日`, `2021年 月20日`; or a year with digits too many. */
export const lostDateCheck = defineCheck({
  id: 'date-characters-missing',
  severity: 'warning',
  spec: '4.5',
  title: '正文日期缺字',
  run(ctx) {
    const { year } = ctx.report.meta;
    const found = withPrintedPreface(
      ctx,
      textFindings(
        ctx,
        (text) => lostDateOf(text, year),
        (lost) => lostDateMessage(lost, year),
      ),
      (text) => {
        const lost = lostDateOf(text, year);
        return lost ? lostDateMessage(lost, year) : null;
      },
    );
    // The title's year printed with its 年 lost, the text's year (real: 海南省旅文厅 2020, `…体育厅
    // 2020政府信息公开工作年度报告`); another year is `statistics-period-mismatch`'s. A finding of its
    // own beside the preface's other slips (real: 海南省生态环境厅 2022, the title `2022政府信息公开…`
    // and the period `至1231日`), unless the preface says the same year's 年 lost.
    const titleYear = ctx.report.source?.titleYear;
    if (
      titleYear !== undefined &&
      /^\d{4}$/.test(titleYear) &&
      Number(titleYear) === year &&
      !found.some(
        (f) =>
          (f.section === 'meta' || f.target === 'meta') && f.message.includes(`${titleYear}年`),
      )
    )
      found.push({
        target: 'title',
        fields: ['meta.year'],
        section: 'meta',
        message: `标题中的年份“${titleYear}”后缺“年”字（应为“${titleYear}年”），请补上`,
      });
    return found;
  },
});

/**
 * A clause that starts with 年 and goes on with what the agency did that year (`…全面梳理公开目录。
 * 年主动公开各类信息23条`, `年依法受理政府信息公开申请`): the year's digits were lost (real: 金厂镇
 * 2025). `年内`, `年底`, `年度` and the like are words of their own and are not followed by these verbs.
 */
const LOST_YEAR =
  /(?:^|[。；;！？!?，,：:\n])(年(?:主动|依法|依申请|共|累计|全年|收到|受理|办理|新收|发布|公开|未)[^，,。；;\n]{0,14})/;

/** The first such clause, paragraph by paragraph (it never spans a line). */
const lostYearIn = firstInParagraphs(
  (_, analysed) => LOST_YEAR.exec(compactText(analysed))?.[1] ?? null,
);

export const lostYearCheck = defineCheck({
  id: 'year-digits-missing',
  severity: 'warning',
  spec: '4.5',
  title: '正文年份缺数字',
  run(ctx) {
    return textFindings(
      ctx,
      lostYearIn,
      (lost) => `文中“${lost}”的“年”前缺少年份数字，请补上（如“${ctx.report.meta.year ?? ''}年”）`,
    );
  },
});

/**
 * A sub-heading numbered like the one before it (`（五）…收费及减免情况。` / `（六）政府信息依申请公开的
 * 收费及减免情况。` / `（六）重点领域信息公开情况。`, real: 彭水 龙塘乡 2019): one of them is misnumbered.
 * Only line-start headings, and only a number repeated right after itself: a text may restart its
 * numbering in a new list.
 */
const SUB_HEADING = /^[（(]([一二三四五六七八九十]{1,3})[）)]/gm;
/** `SUB_HEADING` after the line's leading spaces (what it finds once they are removed). */
const INDENTED_SUB_HEADING = /^[ \t\u3000]*[（(]([一二三四五六七八九十]{1,3})[）)]/gm;

/** The numbers of a paragraph's line-start sub-headings, in order (once per paragraph). */
const headingNumbers = perParagraph('（(', (text): readonly string[] => {
  // A sub-heading opens with `（` or `(`: a paragraph with neither has none.
  if (!text.includes('（') && !text.includes('(')) return [];
  const out: string[] = [];
  INDENTED_SUB_HEADING.lastIndex = 0;
  for (let m = INDENTED_SUB_HEADING.exec(text); m; m = INDENTED_SUB_HEADING.exec(text))
    out.push(m[1] ?? '');
  return out;
});

const repeatedHeadingIn = perText((_, analysed): string | null => {
  let last: string | null = null;
  for (const n of headingNumbers(analysed)) {
    if (n === last) return `（${n}）`;
    last = n;
  }
  return null;
});

/**
 * Since a fix of stop 36 after the measure of 779–808: a part's sub-items numbered with the parts'
 * own numerals, lines opening `一、` `二、` … in order under a heading numbered so (`一、总体情况` /
 * a paragraph / `一、强化组织保障。…` / `二、及时主动公开。…` / `三、完善配套设施。…`, real: 安化县高明乡
 * 2021; `(三)政府信息管理情况` / `一、完善信息管理制度:…` / `二、加强信息分类整理:…`, real: 利辛县阚疃镇
 * 2024): the items take the level of the parts, `一、` twice in the report. Not the part's own heading
 * written again under it (`一、概述`, said by `section-heading-mismatch`). The corpus has no other
 * part's text with lines `一、` and `二、`.
 */
const PART_NUMERAL_LINE = /^[ \t\u3000]*([一二三四五六七八九十])、([^\n，,。；;：:]{2,16})/gm;
const PART_NUMERALS = '一二三四五六七八九十';
/** A written part heading numbered `一、`…`十、`. */
const NUMBERED_PART_HEADING = /^[ \t\u3000]*[一二三四五六七八九十]、/;

/**
 * Since a fix of stop 48 after the measure of 1679–1723: the format's own table rows numbered
 * `一、` `二、` …, printed as text with their figures run on (`一、本年新收政府信息公开申请数量20`,
 * `二、上年结转政府信息公开申请数量00`, real: 新野县卫健委 2021): a table read as lines, not a part's
 * sub-items numbered like the parts. Read by the labels of the format's tables.
 */
const tableRowWords = new WeakMap<FormatTemplate, ReadonlyMap<string, readonly string[]>>();
const NUMBERED_ROW_LABEL = /^([一二三四五六七八九十])、(.+)$/;
function numberedRowLabels(template: FormatTemplate): ReadonlyMap<string, readonly string[]> {
  const hit = tableRowWords.get(template);
  if (hit) return hit;
  const byNumeral = new Map<string, string[]>();
  for (const table of template.tables)
    for (const cell of table.cells)
      for (const label of cell.rowLabels) {
        const m = NUMBERED_ROW_LABEL.exec(label);
        if (!m) continue;
        const [, n = '', words = ''] = m;
        const known = byNumeral.get(n) ?? [];
        if (!known.includes(words)) known.push(words);
        byNumeral.set(n, known);
      }
  tableRowWords.set(template, byNumeral);
  return byNumeral;
}

/** Whether the first two items are the format's table rows of their numerals. */
function tableRowsIn(
  items: readonly { n: string; words: string }[],
  template: FormatTemplate,
): boolean {
  const labels = numberedRowLabels(template);
  return items
    .slice(0, 2)
    .every((it) => (labels.get(it.n) ?? []).some((words) => it.words.startsWith(words)));
}

/** The lines numbered `一、`, `二、`, … in order from `一、` (two at least), or null. */
const partNumeralItemsIn = perText(
  { anyOf: '二', otherwise: null },
  (text): readonly { n: string; words: string }[] | null => {
    if (!text.includes('一、') || !text.includes('二、')) return null;
    const items: { n: string; words: string }[] = [];
    for (const m of matchesOf(PART_NUMERAL_LINE, text)) {
      const n = m[1] ?? '';
      if (PART_NUMERALS.indexOf(n) !== items.length) {
        if (items.length >= 2) break;
        items.length = 0;
        if (n !== '一') continue;
      }
      items.push({ n, words: (m[2] ?? '').trim() });
    }
    return items.length >= 2 ? items : null;
  },
);

/** A paragraph opening with a point counted in words (`二是突出重点领域信息公开。…`): its numeral. */
const LINE_POINT = /^[ \t\u3000]*([一二三四五六七八九十])是/;
/** Points `一是` then `二是` counted inside a paragraph, after a stop (a list of their own). */
const INNER_POINTS = /[：:。；;，,！!][ \t\u3000]*一是[^\n]*?[：:。；;，,！!][ \t\u3000]*二是/;

/**
 * Since a fix of stop 36 after the measure of 869–898: points counted `一是…二是…` inside a paragraph
 * that itself opens a point so counted, its sibling paragraphs opening the points before or after it
 * (`一是强化组织领导,完善各项工作机制。…一是加强组织领导。…二是规范公开内容。…` / `二是严格落实督促
 * 检查。…`, real: 德惠市郭家镇 2022; `二是突出重点领域信息公开。一是把公共资源配置领域…二是把环境保护
 * 领域…` between `一是…` and `三是…`, real: 平潭综合实验区自然资源与生态环境局 2020): two levels numbered
 * alike, `一是` and `二是` each said twice. Not a paragraph opening `一是` whose sentences count on
 * (`一是政府信息公开的覆盖面还不够广，二是…`, real: 平潭综合实验区社会事业局 2022: one list).
 */
const nestedPointsIn = perText({ anyOf: '是', otherwise: null }, (text): string | null => {
  if (!text.includes('一是')) return null;
  // The lines opening with a point, each read once, and the points they open.
  const points = linesOf(text).flatMap((line) => {
    const m = LINE_POINT.exec(line);
    return m
      ? [{ line, n: PART_NUMERALS.indexOf(m[1] ?? '') + 1, rest: line.slice(m[0].length) }]
      : [];
  });
  const opened = new Set(points.map((p) => p.n));
  if (opened.size < 2) return null;
  const inner = points.find(
    (p) =>
      (opened.has(p.n - 1) || opened.has(p.n + 1)) &&
      !POINT_AS_HEADING.test(p.rest) &&
      INNER_POINTS.test(p.rest),
  );
  return inner ? (POINT_LEAD.exec(inner.line.trim())?.[0] ?? '') : null;
});
/**
 * Since a fix of stop 47 after the measure of 1634–1678: an outer point that is a heading, an
 * area's name ending in 情况 closed by its stop (`四是政务公开平台建设情况。…一是进一步完善…二是加强…`,
 * real: 朝阳市司法局 2025, 建平县医保局 2023, their points `一是主动公开情况。` `二是依申请公开情况。`
 * …): the points are the format's areas written as headings, and the measures counted inside one are
 * the level below them, as under a `（四）` (its gatherers: a way of writing levels). The nestings the
 * check was built for open with a measure taken (`二是突出重点领域信息公开。`, `一是强化组织领导,…`).
 */
const POINT_AS_HEADING = /^[^。；;：:，,！!\n]{2,20}情况[。：:]/;
/** The words a point opens with, up to its first stop: what a message quotes. */
const POINT_LEAD = /^[^。；;：:!！\n]{1,24}/;

/**
 * Since a fix of stop 48 after the measure of 1634–1678: a point numbered `N、` like the point of its
 * level before it, with no heading between (`(一)…` / `1、主动公开政府信息的情况` / `(1)…` `(2)…` /
 * `1、收到和处理政府信息公开申请情况` / `2、…`, real: 万载县白水乡 2020): one of the two is misnumbered.
 * The points' level is closed by any line-start heading above it (`（二）`, `二、`), where a new list
 * may start again at `1、`; points of a deeper level (`(1)`) between the two do not close it. The
 * corpus has no other text with such a pair.
 */
const POINT_LINE = /^[ \t\u3000]*(\d{1,2})、(?!\d)/;

const repeatedPointIn = perText({ anyOf: '、', otherwise: null }, (text): string | null => {
  let last: string | null = null;
  for (const line of linesOf(text)) {
    // `WORDED_HEADING_LINE` (below): a heading numbered in words closes the points' level.
    if (WORDED_HEADING_LINE.test(line)) {
      last = null;
      continue;
    }
    const n = POINT_LINE.exec(line)?.[1];
    if (n === undefined) continue;
    if (n === last) return `${n}、`;
    last = n;
  }
  return null;
});

type Repeated =
  | { readonly kind: 'sub'; readonly repeated: string }
  | { readonly kind: 'point'; readonly repeated: string }
  | { readonly kind: 'points'; readonly outer: string }
  | { readonly kind: 'numbered'; readonly outer: string }
  | { readonly kind: 'part'; readonly heading: string; readonly items: readonly string[] };

/** What a reviewer is told of each kind of repeated number. */
function repeatedMessage(found: Repeated): string {
  switch (found.kind) {
    case 'sub':
      return `小标题序号“${found.repeated}”连用了两次，请核对编号`;
    case 'point':
      return `同一层级的序号“${found.repeated}”连用了两次（中间没有别的小标题），请核对编号`;
    case 'points':
      return `逐条列出的“${found.outer}”一段之内又用“一是、二是”分列，与外层同用“一是、二是…”的序号，层级不分：请改用“1.”“2.”等区分层级`;
    case 'numbered':
      return `编作“1.”“2.”…的“${found.outer}”一段之内又用“1.”“2.”分列，与外层同用一种序号，层级不分：请改用“（1）”“（2）”等区分层级`;
    case 'part':
      return `「${found.heading}」之下的分项编作${found.items.map((it) => `“${it}”`).join('')}，与部分标题同用“一、二、…”的序号，层级不分：分项应编作“（一）（二）…”`;
  }
}

export const repeatedHeadingCheck = defineCheck({
  id: 'subheading-number-repeated',
  severity: 'warning',
  spec: '4.5',
  title: '小标题序号重复',
  run(ctx) {
    const headings = ctx.report.source?.headings;
    return textFindings(
      ctx,
      (text): Repeated | null => {
        const repeated = repeatedHeadingIn(text);
        if (repeated !== null) return { kind: 'sub', repeated };
        const point = repeatedPointIn(text);
        if (point !== null) return { kind: 'point', repeated: point };
        const outer = nestedPointsIn(text);
        if (outer !== null) return { kind: 'points', outer };
        const numbered = nestedNumberedIn(text);
        if (numbered !== null) return { kind: 'numbered', outer: numbered };
        if (text.section === 'meta') return null;
        const heading = headings?.[text.section];
        if (heading === undefined || !NUMBERED_PART_HEADING.test(heading)) return null;
        const items = partNumeralItemsIn(text);
        if (items === null) return null;
        const section = ctx.template.sections.find((x) => x.id === text.section);
        const own = section && listedWords(ctx.template).find((w) => w.heading === section.heading);
        if (own?.re.test(items[0]?.words ?? '')) return null;
        if (tableRowsIn(items, ctx.template)) return null;
        return {
          kind: 'part',
          heading: heading.trim(),
          items: items.map((it) => `${it.n}、${it.words}`),
        };
      },
      repeatedMessage,
    );
  },
});

/**
 * Sub-headings whose numbers skip some (`（一）…（二）…（五）强化监督保障`, real: 平潭综合实验区社会事业局
 * 2021): items were dropped or misnumbered. Only a jump between line-start sub-headings that follow
 * each other, and only when none of the numbers skipped opens a line anywhere in the text (a list
 * may be interrupted by another).
 */
/**
 * A line-start sub-heading that kept only its closing bracket (`二)依申请公开`). Since a fix of stop
 * 41 after the measure of 1319–1333: or with a space inside its brackets (`(一)主动公开情况` /
 * `( 二)依申请公开情况` / `(三)`, real: 眉山市人社局 2022): the number is there.
 */
const HALF_BRACKETED_NUMBER =
  /^[ \t\u3000]*(?:[（(][ \t\u3000]+)?([一二三四五六七八九十]{1,3})[ \t\u3000]*[）)]/gm;

/**
 * The numbers of a paragraph's half-bracketed sub-headings (`HALF_BRACKETED_NUMBER`), kept with the
 * paragraph (issue 17, stop 63: a keystroke in 总体情况 reads only the edited paragraph again). A
 * paragraph's answer is its own: the expression opens at a line's start (`^`, `m` flag) and reads
 * only spaces, tabs, ideographic spaces, numerals and brackets, no line break, so each match lies
 * inside one line; a line's start in the whole text is a paragraph's start (after `\n`, `\r\n` or
 * `\r`, where `paragraphsOf` splits; a `^` after `\u2028` is inside a paragraph either way). The
 * text's matches are its paragraphs' matches, one paragraph after the other. A match needs a closing
 * bracket: a paragraph without one has none.
 */
const halfBracketedNumbers = perParagraph('）)', (text): readonly (number | null)[] =>
  matchesOf(HALF_BRACKETED_NUMBER, text).map((m) => parseNumberToken(m[1] ?? '')),
);

/**
 * Only the comparison of the numbers is made on the whole text; both lists it reads are made
 * paragraph by paragraph (`headingNumbers`, `halfBracketedNumbers`).
 */
const skippedHeadingIn = perText((_, analysed): { from: string; to: string } | null => {
  const numbers = headingNumbers(analysed);
  if (numbers.length < 2) return null;
  const values = numbers.map((n) => parseNumberToken(n));
  const present = new Set(values);
  // Since a fix of stop 36 after the measure of 839–868: a sub-heading whose opening bracket was
  // lost (`(一)主动公开` / `二)依申请公开` / `(三)政府信息管理`, real: 枞阳县卫生健康委员会 2024) still
  // counts as its number: `subheading-bracket-missing` says that slip, once.
  for (const n of halfBracketedNumbers(analysed)) present.add(n);
  for (let i = 1; i < values.length; i++) {
    const before = values[i - 1];
    const after = values[i];
    if (before == null || after == null || after - before < 2) continue;
    let anySkippedPresent = false;
    for (let k = before + 1; k < after; k++) if (present.has(k)) anySkippedPresent = true;
    if (!anySkippedPresent) return { from: numbers[i - 1] ?? '', to: numbers[i] ?? '' };
  }
  return null;
});

/**
 * Items numbered `1.` `2.` … after a line's start or a stop (`；2.机关职能…`), inline or one a line;
 * not `2022.1` nor `1.5万` (a digit follows).
 */
// Since stop 39's engine cuts (second helper): the digit first and the line's start or stop looked
// behind for after it (an expression opening with `(?:^|[…])` is tried at every position): the same
// numbers on every corpus text and paragraph, about half the time.
const LIST_ITEM = /(\d(?<=(?:^|[;；:：。])[ \t\u3000]*\d)\d?)[.．、](?!\d)/gm;
/**
 * Since a fix of stop 62 after the measure of 2531–2575: points numbered `1.` `2.` one a paragraph
 * (`1.主动公开情况:…` / `2.依申请公开办理情况:…`) with `1.…2.…` counted again inside one of them after a
 * stop, in the same mark (`…涉及两大领域:1.推进住建领域…;2.房屋征收与补偿领域…`, real: 卢氏县住房和城乡
 * 建设局 2021): two levels numbered alike, as `nestedPointsIn` reads `一是`. The points' area headings are
 * no exception here: the digits are the very same marks on both levels. Read from the items the text's
 * list reading found (`listItemsIn`), no scan of its own.
 */
const nestedNumberedIn = perText((text): string | null => {
  const items = listItemsIn(text);
  if (items.length < 4) return null;
  const lineStart = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
  const opensLine = (m: RegExpExecArray) =>
    /^[ \t\u3000]*$/.test(text.slice(lineStart(m.index), m.index));
  const opened = new Set(items.filter(opensLine).map((m) => Number(m[1])));
  if (opened.size < 2) return null;
  for (const outer of items) {
    const n = Number(outer[1]);
    if (!opensLine(outer) || !(opened.has(n - 1) || opened.has(n + 1))) continue;
    const end = text.indexOf('\n', outer.index);
    const inside = items.filter(
      (m) =>
        m.index > outer.index &&
        (end < 0 || m.index < end) &&
        m[0].slice(-1) === outer[0].slice(-1) &&
        m[0].slice(-1) !== '、',
    );
    const first = inside.findIndex((m) => m[1] === '1');
    if (first >= 0 && inside[first + 1]?.[1] === '2') {
      const line = text.slice(outer.index, end < 0 ? undefined : end).trim();
      return POINT_LEAD.exec(line)?.[0] ?? '';
    }
  }
  return null;
});
/** Items in order before a skip: a list this long that jumps one number lost an item. */
const MIN_RUN = 5;

/**
 * A numbered list of at least five items in order from `1.` that jumps exactly one number, which
 * opens no item anywhere in the text (`…12.环境保护…发布135条;14.公务员招考…`, real: 兴义市 2022,
 * 第二十条's items with 13 lost).
 */
/** A text's numbered items (`LIST_ITEM`), read once for the checks that count them. */
const listItemsIn = perText((text): readonly RegExpExecArray[] =>
  /\d[.．、]/.test(text) ? matchesOf(LIST_ITEM, text) : [],
);

const skippedItemIn = perText((text): { from: number; to: number } | null => {
  const items = listItemsIn(text).map((m) => Number(m[1]));
  const present = new Set(items);
  let run = 0;
  let prev: number | undefined;
  for (const n of items) {
    if (prev !== undefined && n === prev + 1) run += 1;
    else if (prev !== undefined && n === prev + 2 && run >= MIN_RUN && !present.has(prev + 1))
      return { from: prev, to: n };
    else run = n === 1 ? 1 : 0;
    prev = n;
  }
  return null;
});

/**
 * Points counted out in words, `一是…二是…`, after a stop, a comma or a colon (not `统一是`, `唯一是`).
 */
const COUNTED_POINT = /(?:^|[：:。；;，,！!])[ \t\u3000]*([一二三四五六七八九十])是/gm;
const POINT_NUMBERS = '一二三四五六七八九十';

/**
 * A paragraph's points counted from `一是` that jump one number, which opens no point anywhere in
 * the paragraph (`重点领域信息公开方面:一是围绕…。三是深入贯彻…`, real: 海南州 2022, 二是 lost).
 * Since a fix of stop 38 after the measure of 1049–1078: the point between is there when its `二是`
 * is run into the sentence before, the stop lost (`…信息公开年报栏目向社会公布二是及时更新局门户网站…`,
 * real: 鄂尔多斯市行政审批和政务服务局 2021): no point was left out.
 */
const skippedPointIn = perText(
  { anyOf: '是', otherwise: null },
  (text): { from: string; to: string } | null => {
    if (!text.includes('一是')) return null;
    for (const paragraph of text.split('\n')) {
      if (!paragraph.includes('一是')) continue;
      const points = matchesOf(COUNTED_POINT, paragraph).map(
        (m) => POINT_NUMBERS.indexOf(m[1] ?? '') + 1,
      );
      const present = new Set(points);
      let expected = 1;
      for (const n of points) {
        if (n === 1) expected = 2;
        else if (expected > 1 && n === expected) expected += 1;
        else if (
          expected > 1 &&
          n === expected + 1 &&
          !present.has(expected) &&
          !paragraph.includes(`${POINT_NUMBERS[expected - 1] ?? ''}是`)
        )
          return { from: POINT_NUMBERS[expected - 2] ?? '', to: POINT_NUMBERS[n - 1] ?? '' };
        else expected = 0;
      }
    }
    return null;
  },
);

/**
 * Since a fix of stop 33 after the measure of 584–613: a point after `一是` in its paragraph that
 * opens a sentence with a bare `是`, its numeral lost (`一是重点公开…。是依法公开…。是进一步强化…`,
 * real: 黑龙江省应急管理厅 2023). Not `是否`, `是以`, `是故`, `是非`: words of their own.
 */
const BARE_POINT = /[。；;][ \t\u3000]*是(?![否以故非])[\u4e00-\u9fff]{2,8}/;

/**
 * Since a fix of stop 53 after the measure of 2081–2125 (helper f48): or a later paragraph that
 * opens with a bare `是` (`一是畅通信息公开保密检查渠道。…` / `是建立了主要领导亲自过问,…`, real: 东城区
 * 园林绿化局 2021, 二 lost): the points run on paragraph by paragraph. No paragraph of the corpus opens
 * with `是` and a word but these (`是否有效` is a table's; not read).
 */
const BARE_POINT_AT_LINE = /^[ \t\u3000]*(是(?![否以故非])[\u4e00-\u9fff]{2,8})/m;

const lostPointIn = perText({ anyOf: '是', otherwise: null }, (text): string | null => {
  if (!text.includes('一是')) return null;
  for (const paragraph of text.split('\n')) {
    const first = paragraph.indexOf('一是');
    if (first < 0) continue;
    const m = BARE_POINT.exec(paragraph.slice(first));
    if (m) return m[0].slice(1).trim();
  }
  const rest = text.slice(text.indexOf('一是'));
  const opening = rest.includes('\n') ? BARE_POINT_AT_LINE.exec(rest) : null;
  return opening?.[1] ?? null;
});

type Skipped =
  | { readonly kind: 'lost'; readonly point: string }
  | { readonly kind: 'heading'; readonly from: string; readonly to: string }
  | { readonly kind: 'point'; readonly from: string; readonly to: string }
  | {
      readonly kind: 'item';
      readonly from: number;
      readonly to: number;
    };

export const skippedHeadingCheck = defineCheck({
  id: 'subheading-number-skipped',
  severity: 'warning',
  spec: '4.5',
  title: '小标题序号跳号',
  run(ctx) {
    return textFindings(
      ctx,
      (text): Skipped | null => {
        const heading = skippedHeadingIn(text);
        if (heading) return { kind: 'heading', ...heading };
        const item = skippedItemIn(text);
        if (item) return { kind: 'item', ...item };
        const point = skippedPointIn(text);
        if (point) return { kind: 'point', ...point };
        const lost = lostPointIn(text);
        return lost === null ? null : { kind: 'lost', point: lost };
      },
      (skipped) =>
        skipped.kind === 'lost'
          ? `逐条列出的“一是…”之后，有一条写作“${skipped.point}…”：序号（“二”“三”…）丢了，请补上`
          : skipped.kind === 'heading'
            ? `小标题从“（${skipped.from}）”直接跳到“（${skipped.to}）”，中间的序号没有出现：请核对是否漏了一项或编号有误`
            : skipped.kind === 'point'
              ? `逐条列出的“${skipped.from}是…”之后直接是“${skipped.to}是…”，中间的一条没有出现：请核对是否漏了一条或编号有误`
              : `逐项列出的“${skipped.from}.”之后直接是“${skipped.to}.”，没有第${skipped.from + 1}项：请核对是否漏了一项或编号有误`,
    );
  },
});

/** A line opening with an item numbered in digits: `(1)`, `（1）`, `1.`, `1．` or `1、` (not `2022.1`). */
const DIGIT_ITEM_LINE = /^[ \t\u3000]*(?:[（(](\d{1,2})[）)]|(\d{1,2})([.．、])(?!\d))/;
/** A line opening a sub-heading numbered in words (`（一）`, `一、`): the items after it are a new list. */
const WORDED_HEADING_LINE =
  /^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/;
/** A line-start item numbered in digits: a text without one has no list whose styles could mix. */
// Since stop 39's engine cuts (second helper): the bracket or digit first and the line's start
// looked behind for after it (the same answer on every corpus text and paragraph, faster than a `^`
// with `m` tried at every position).
const ANY_DIGIT_LINE = /[（(\d](?<=^[ \t\u3000]*.)(?:(?<=[（(])\d|(?<=\d)\d?[.．、](?!\d))/m;

/**
 * One list of items numbered on from `1` in two styles (`(1)持续发挥政府网站…` / `2.增强互动交流…`,
 * real: 嘉鱼县 2022): under one sub-heading, the line-start items count 1, 2, … each once and
 * their marks (`(1)`, `1.`, `1、`) are not all alike. Not two levels (`1.` / `(1)` / `(2)` / `2.`: a number said twice),
 * nor lists under different sub-headings (`（一）` / `(1)` … `（二）` / `1.`).
 */
const mixedItemsIn = perText((text): { first: string; other: string } | null => {
  if (!ANY_DIGIT_LINE.test(text)) return null;
  let items: { n: number; style: string; line: string }[] = [];
  const mixed = (): { first: string; other: string } | null => {
    if (items.length < 2 || !items.every((item, i) => item.n === i + 1)) return null;
    const [first] = items;
    const other = items.find((item) => item.style !== first?.style);
    if (!first || !other) return null;
    const cut = (line: string) => (line.length > 12 ? `${line.slice(0, 12)}…` : line);
    return { first: cut(first.line), other: cut(other.line) };
  };
  for (const line of text.split('\n')) {
    if (WORDED_HEADING_LINE.test(line)) {
      const found = mixed();
      if (found) return found;
      items = [];
      continue;
    }
    const m = DIGIT_ITEM_LINE.exec(line);
    if (!m) continue;
    const style = m[1] !== undefined ? '()' : m[3] === '、' ? '、' : '.';
    items.push({ n: Number(m[1] ?? m[2]), style, line: line.trim() });
  }
  return mixed();
});

/** A line-start item `1.`, `1．` or `1、` (not `1.5`), its number. */
const DOTTED_ITEM_LINE = /^[ \t\u3000]*(\d{1,2})[.．、](?!\d)/;
/** A line-start sub-heading `（一）`, its number. */
const WORDED_BRACKET_LINE = /^[ \t\u3000]*[（(]([一二三四五六七八九十]{1,3})[）)]/;

/**
 * Since a fix of stop 44 after the measure of 1379–1423: the levels inverted, `（一）` sub-headings
 * under an item `1.`, then `2.` again (real: 东城区城管委 2019, `1.主动公开情况;` / `(一)专项规划…` /
 * `(二)…` / `(三)…` / `2.依申请公`): the order of levels is 一、 / （一） / 1. / （1）. Two `（…）` at
 * least between `1.` and `2.`, the `（一）` first, and no `1.` again between them (`（一）` / `1.` /
 * `2.` / `（二）` / `1.` is the right order).
 */
const invertedLevelsIn = perText((text): { first: string; other: string } | null => {
  if (!ANY_DIGIT_LINE.test(text) || !(text.includes('(一)') || text.includes('（一）')))
    return null;
  let one: string | null = null;
  let under: string[] = [];
  for (const line of text.split('\n')) {
    const d = DOTTED_ITEM_LINE.exec(line);
    if (d) {
      if (d[1] === '1') {
        one = line.trim();
        under = [];
      } else if (d[1] === '2' && one !== null && under.length >= 2)
        return { first: one, other: under[0] ?? '' };
      else one = null;
      continue;
    }
    const b = WORDED_BRACKET_LINE.exec(line);
    if (!b || one === null) continue;
    if (under.length === 0 && b[1] !== '一') one = null;
    else under.push(line.trim());
  }
  return null;
});

/** A line-start sub-heading numbered in words in brackets, with the 、 some print after them. */
const BRACKET_HEADING_LINE = /^[ \t\u3000]*[（(]([一二三四五六七八九十]{1,3})[）)](、)?/;

/**
 * Since a fix of stop 41 after the measure of 1289–1318: one run of sub-headings `（一）`, `（二）`…
 * some with a `、` after the bracket and some without (`(一)、主动公开情况` / `(二)、` / `(三)、` then
 * `(四)政府信息管理情况`, real: 昌吉市市场监督管理局 2020). A run starts again at `（一）`. The corpus's
 * other texts that write `（一）、` write it on every sub-heading.
 */
const mixedHeadingsIn = perText(
  { anyOf: '）)', otherwise: null },
  (text): { first: string; other: string } | null => {
    if (!text.includes(')、') && !text.includes('）、')) return null;
    let run: { comma: boolean; line: string }[] = [];
    for (const line of text.split('\n')) {
      const m = BRACKET_HEADING_LINE.exec(line);
      if (!m) continue;
      if (m[1] === '一') run = [];
      const heading = { comma: m[2] !== undefined, line: line.trim() };
      const first = run[0];
      if (first && first.comma !== heading.comma) {
        const cut = (l: string) => (l.length > 12 ? `${l.slice(0, 12)}…` : l);
        return { first: cut(first.line), other: cut(heading.line) };
      }
      run.push(heading);
    }
    return null;
  },
);

/** A line opening `一、` then a clause run on past a comma or a stop: a sub-item, no heading. */
const PART_NUMERAL_ITEM_LINE = /^[ \t\u3000]*一、[^\n，,。；;]{2,30}[，,。；;]/;

/**
 * Since a fix of stop 45 after the measure of 1514–1543: the items under one sub-heading numbered in
 * digits and under a later one with the parts' numerals (real: 石狮市鸿山镇 2021, `(一)主动公开内容的
 * 公开情况` / `1.机构设置…` / `2.贯彻落实…` / `3.应主动公开…` then `(三)政府信息管理情况` / `一、为做好我镇的
 * 政府信息公开工作,镇政府高度重视,…`): one level numbered two ways, and `一、` the parts' own. Only a
 * line that runs on into a sentence (a comma or a stop within it), two digit items at least under the
 * sub-heading before; a run `一、` `二、` is `subheading-number-repeated`'s (利辛县阚疃镇 2024). The
 * corpus has no other text so numbered.
 */
const partNumeralAfterDigitsIn = perText(
  { anyOf: '一', otherwise: null },
  (text): { heading: string; first: string; other: string } | null => {
    if (!text.includes('一、') || !ANY_DIGIT_LINE.test(text)) return null;
    if (partNumeralItemsIn(text) !== null) return null;
    let digits: string[] = [];
    let listed: string | null = null;
    let heading: string | null = null;
    for (const line of text.split('\n')) {
      if (WORDED_BRACKET_LINE.test(line)) {
        if (digits.length >= 2) listed = digits[0] ?? null;
        digits = [];
        heading = line.trim();
        continue;
      }
      if (DIGIT_ITEM_LINE.test(line)) {
        digits.push(line.trim());
        continue;
      }
      if (listed !== null && heading !== null && PART_NUMERAL_ITEM_LINE.test(line))
        return { heading, first: listed, other: line.trim() };
    }
    return null;
  },
);

const cut = (line: string): string => (line.length > 12 ? `${line.slice(0, 12)}…` : line);

export const mixedItemsCheck = defineCheck({
  id: 'subheading-number-style-mixed',
  severity: 'warning',
  spec: '4.5',
  title: '小标题编号格式不一',
  run(ctx) {
    return textFindings(
      ctx,
      (text) => {
        const items = mixedItemsIn(text);
        if (items) return { ...items, headings: false };
        const headings = mixedHeadingsIn(text);
        if (headings) return { ...headings, headings: true };
        const inverted = invertedLevelsIn(text);
        if (inverted) return { ...inverted, headings: false, inverted: true };
        const numerals = partNumeralAfterDigitsIn(text);
        return numerals ? { ...numerals, headings: false, numerals: true } : null;
      },
      (found) =>
        'numerals' in found
          ? `“${cut(found.heading)}”之下的分项写作“${cut(found.other)}”，用了部分标题的“一、”，而前面的分项编作“${cut(found.first)}”等：同一层级的分项编号请统一，如“1.…2.…”`
          : 'inverted' in found
            ? `编号层级颠倒：“${cut(found.first)}”之下用“${cut(found.other)}”等小标题，再回到“2.”：层级应为“一、”“（一）”“1.”“（1）”，请调整编号`
            : found.headings
              ? `小标题编号写法前后不一（先是“${found.first}”，接着是“${found.other}”）：括号后的“、”有的写有的不写，请统一，如“（一）…（二）…”`
              : `同一层级的条目编号格式不一（先是“${found.first}”，接着是“${found.other}”），请统一编号，如“(1)…(2)…”或“1.…2.…”`,
    );
  },
});

/** The first sub-heading `（一）` before a later one: its opening bracket lost, or spaces inside. */
const FIRST_HEADING_ANY = /(?:[（(]|^)[ \t\u3000]*一[ \t\u3000]*[）)]/m;

/**
 * Sub-headings that start past （一）: the first line-start sub-heading of a text is `（二）` or
 * later and no `（一）` (nor a line-start `一)`, its bracket lost) comes before it (real: 衢江区湖南镇 2021, `一、总体情况` / a paragraph /
 * `(二)政府信息主动公开情况`): the first was lost or misnumbered.
 */
const firstHeadingLateIn = perText((text, analysed): string | null => {
  const [first] = headingNumbers(analysed);
  if (first === undefined || first === '一') return null;
  const compact = text.replace(/^[ \t\u3000]+/gm, '');
  const at = compact.search(new RegExp(`^[（(]${first}[）)]`, 'm'));
  // `一)扎实做好主动公开` before `(二)` (real: 四川省文物局 2025): the first is there, its opening
  // bracket lost, which `subheading-bracket-missing` says. Since a fix of stop 51 after the measure
  // of 1904–1948: or written with spaces inside its brackets (`( 一 )全面贯彻落实政务公开相关要求`,
  // real: 桃江县农业农村局 2024), the first there, typeset loosely.
  return FIRST_HEADING_ANY.test(compact.slice(0, at)) ? null : `（${first}）`;
});

/**
 * An item numbered 1 in any style (`1.`, `1、`, `(1)`), not a part of a longer number, or before a
 * year (`1.2020年在县政府门户网站…`, real: 西平县专探乡 2020), and in the sub-heading's own line
 * (`（三）政府信息管理。1.积极推进决策公开`, real: a 人防办's 2020 report).
 */
const FIRST_ITEM = /(?:^|[^\d.．])(?:1[.．、](?!\d)|1[.．、](?=(?:19|20)\d{2}年)|[（(]1[）)])/;

/**
 * Since a fix of stop 34 after the measure of 644–673: items under a sub-heading numbered from
 * `2.` on, counting on (`2.`, `3.`, `4.`), with no item 1 before them (real: 弥勒市五山乡 2021,
 * `(一)主动公开政府信息情况` / two paragraphs / `2.主动公开政府信息的主要类别为…` / `3.…` / `4.…`):
 * the first item lost its number or was left out. A lone item numbered later (`4.协调各部门…` under
 * `(三)`, real: 江源区政务服务局 2019: a level above mixed in) is not a list counted on.
 */
const firstItemLateIn = perText((text): string | null => {
  if (!ANY_DIGIT_LINE.test(text)) return null;
  let before = '';
  let items: number[] = [];
  let late: string | null = null;
  const judge = (): string | null =>
    late !== null && items.length >= 2 && items.every((n, i) => n === (items[0] ?? 0) + i)
      ? late
      : null;
  for (const line of text.split('\n')) {
    if (WORDED_HEADING_LINE.test(line)) {
      const found = judge();
      if (found) return found;
      before = `${line}\n`;
      items = [];
      late = null;
      continue;
    }
    const m = DIGIT_ITEM_LINE.exec(line);
    if (m && items.length === 0) {
      const n = Number(m[1] ?? m[2]);
      if (n < 2 || FIRST_ITEM.test(before)) {
        before += `${line}\n`;
        items = [-1];
        continue;
      }
      late = m[1] !== undefined ? `(${n})` : `${n}${m[3] ?? '.'}`;
      items.push(n);
    } else if (m && items[0] !== -1) items.push(Number(m[1] ?? m[2]));
    before += `${line}\n`;
  }
  return judge();
});

/**
 * Words opening a list's first point without `一是` (`其中:`, `一方面`, `首先`, `其一`, `第一,`).
 */
const FIRST_POINT_IN_WORDS = /其中[：:，,]|一方面|首先|其一|第一[，,、]/;

/** The first point `二是` counted after a stop inside a paragraph (not opening one: a list may go on). */
const SECOND_POINT = /[：:。；;，,！!][ \t\u3000]*二是([^，,。；;：:\n]{0,12})/;

/**
 * Since a fix of stop 36 after the measure of 869–898: a point `二是` inside a paragraph with no
 * `一是` anywhere before it in the text (`(三)政府信息管理。` / `为切实推行政府信息公开工作,…确保做到
 * 分工有人管、落实有人干。二是各科室协同配合,…`, real: 重庆市荣昌区招商投资促进局 2021): the first
 * point lost its number. Any `一是` before counts, even with no stop before it (`(一)建立健全政务信息
 * 公开工作机制一是建立健全…`, real: 西藏自治区邮政管理局 2023), or a line above (a page's lines).
 */
const firstPointLateIn = perText({ anyOf: '是', otherwise: null }, (text): string | null => {
  if (!text.includes('二是')) return null;
  const m = SECOND_POINT.exec(text);
  if (!m) return null;
  const one = text.indexOf('一是');
  if (one >= 0 && one < m.index) return null;
  // Since a fix of stop 39 after the measure of 1139–1168: the first point opened by other words
  // in the same paragraph (`…主动公开数为2918条。其中:通过…微信公众平台公开信息数为2464条,…。二是通过
  // “悠游南龙、美好生活”微信公众平台…`, real: 临夏市南龙镇 2023): a list begun in words, counted on
  // with `二是`, wording, not a point lost.
  const paragraph = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
  return FIRST_POINT_IN_WORDS.test(paragraph) ? null : `二是${m[1] ?? ''}`;
});

/**
 * Since a fix of stop 47 after the measure of 1634–1678: the overview's first sub-heading an area's
 * words on a line of their own without its `（一）`, items `1.` `2.` under it (`一、总体情况` / a
 * paragraph / `主动公开政府信息情况` / `1.主动公开政府信息的数量。…` / `2.…`, real: 永泰县卫健局 2022):
 * a level numbered below one whose own number was lost. Only with no bracketed sub-heading before it.
 */
const BARE_AREA_HEADING =
  /^[ \t\u3000]*((?:主动公开|依申请公开|政府信息管理|(?:政府信息公开|政务公开)?平台建设|监督保障)[^\n，,。；;：:（()）]{0,12}?情况)[ \t\u3000]*\n[ \t\u3000]*1[.．、](?!\d)/m;
const bareFirstHeadingIn = perText({ anyOf: '情', otherwise: null }, (text): string | null => {
  // No item numbered 1 anywhere: nothing to scan the lines for.
  if (!text.includes('1.') && !text.includes('1、') && !text.includes('1．')) return null;
  const m = BARE_AREA_HEADING.exec(text);
  if (!m) return null;
  return /^[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]/m.test(text.slice(0, m.index))
    ? null
    : (m[1] ?? null);
});

/**
 * Since a fix of stop 63 after the measure of 2576–2620: an item numbered `2.` run on in a paragraph
 * after a sentence's stop, no item 1 (`1.`, `1、`, `(1)`) anywhere before it in the text (`(一)贯彻落实
 * 上级要求` / `我大队按照市政府有关…文件要求,分解下达了工作目标。…落实到具体人员上。2.按照“政府信息以公开为
 * 原则…”的总体要求,…`, real: 沅江市公安局交通警察大队 2020): the first item's number was lost, as a
 * `二是` with no `一是` before it is (`firstPointLateIn`). Not a figure (`2.5亿元`), nor a list begun in
 * words in the same paragraph (`其一`, `首先`).
 */
const INLINE_SECOND_ITEM = /[。；;！!][ \t\u3000]*2[.．、](?=[\u4e00-\u9fff“《])/;
const firstItemRunOnLateIn = perText((text): string | null => {
  // Digits are no anchors (compacting may change them): the number and its mark looked for first.
  if (!text.includes('2.') && !text.includes('2．') && !text.includes('2、')) return null;
  const m = INLINE_SECOND_ITEM.exec(text);
  if (!m) return null;
  if (FIRST_ITEM.test(text.slice(0, m.index))) return null;
  const paragraph = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
  return FIRST_POINT_IN_WORDS.test(paragraph) ? null : m[0].trim().slice(1).trim() || null;
});

export const firstHeadingLateCheck = defineCheck({
  id: 'subheading-first-missing',
  severity: 'warning',
  spec: '4.5',
  title: '小标题不从（一）开始',
  run(ctx) {
    return textFindings(
      ctx,
      (text) => {
        const heading = firstHeadingLateIn(text);
        if (heading !== null) return { first: heading, missing: '（一）', what: '小标题' };
        const bare = text.section === 'overview' ? bareFirstHeadingIn(text) : null;
        if (bare !== null) return { first: bare, missing: '（一）', what: '小标题', bare: true };
        const item = firstItemLateIn(text) ?? firstItemRunOnLateIn(text);
        if (item === null) {
          const point = firstPointLateIn(text);
          if (point !== null) return { first: point, missing: '一是', what: '逐条列出的要点' };
        }
        return item === null
          ? null
          : {
              first: item,
              missing: item.startsWith('(') ? '(1)' : `1${item.slice(-1)}`,
              what: '分项',
            };
      },
      (found) =>
        'bare' in found
          ? `这部分的第一个小标题“${found.first}”没有序号“（一）”，其下的分项却编作“1.”“2.”：请补上“（一）”`
          : firstLateMessage(found),
    );
  },
});

const firstLateMessage = ({
  first,
  missing,
  what,
}: {
  first: string;
  missing: string;
  what: string;
}): string =>
  missing === '一是'
    ? `这部分${what}从“${first}…”开始，前面没有“一是”：第一条的序号丢了或漏了一条，请核对`
    : `这部分的第一个${what}编号是“${first}”，前面没有“${missing}”：请核对是否漏了一项或编号有误`;

/**
 * The report's own name with characters lost: `政府信息工作年度报告` (real: 莲湖区西关街道办事处
 * 2024, `现将…2024年度政府信息工作年度报告予以公开`). A name made of the full one's characters in
 * order, one or two of them missing, other than its usual short forms.
 */
const REPORT_NAME_SHORT = new Set([
  '政府信息公开年度报告',
  '政府信息公开工作报告',
  '政府信息公开报告',
]);
const REPORT_NAME_LIKE = /政府信[^，,。；;：:《》“”"()（）\s\d]{0,8}?报告/g;

/**
 * The report's own name follows its year (`现将…2024年度政府信息工作年度报告予以公开`); other units'
 * reports are named without one (`编制区直部门及街道的政府信息工作年度报告`, real: 鹤岗市工农区 2024).
 */
const OWN_REPORT_BEFORE = /(?:19|20)\d{2}年度?[^，,。；;：:]*$/;
/**
 * Since a fix of stop 42 after the measure of 1349–1378: or the agency's own words right before it
 * (`做好本单位政府信息年度报告的编制工作`, real: 侯家庄乡 2021), its own report, no year needed.
 */
const OWN_UNIT_BEFORE = /(?:本|我)(?:单位|机关|部门|局|委|办|镇|乡|街道|县|区|市)$/;

/**
 * The name with characters dropped: one or two (`政府信息工作年度报告`), or since a fix of stop 42
 * after the measure of 1349–1378 a whole word of two more (`政府信息年度报告`, 公开工作 lost, real:
 * 侯家庄乡 2021), 政府信息 and 年度报告 kept (`2020年政府信息工作报告1条`, real: 广汉市应急管理局 2021,
 * last year's report in a list, is `phrase-garbled`'s); not the usual short forms (`政府信息公开报告`,
 * read by `shortReportNames`).
 */
function dropsFromReportName(name: string): boolean {
  if (name.length < REPORT_NAME.length - 4 || name.length >= REPORT_NAME.length) return false;
  if (
    name.length < REPORT_NAME.length - 2 &&
    !(name.startsWith('政府信息') && name.endsWith('年度报告'))
  )
    return false;
  let at = 0;
  for (const ch of name) {
    at = REPORT_NAME.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return !REPORT_NAME_SHORT.has(name);
}

/**
 * The name's last words out of order, 报告 broken (real: 昌图县七家子镇 2023, title `…2023年政府信息
 * 公开 工作告年度报`); `…年度工作报告` keeps 报告 whole and is a usual form.
 */
const REPORT_NAME_TAIL = /政府信息公开\s*((?:[工作年度报告]\s*){6})/g;

/**
 * Since a fix of stop 55 after the measure of 2216–2260: `政府信息公开年度报告工作`, the work of
 * drawing up the reports (`《关于做好2019年全省政府信息公开年度报告工作的函》`, real: 四平市气象局 2019;
 * `为切实做好政府信息公开年度报告工作`, real: 武隆区国资委 2020), keeps the name 年度报告 whole and
 * names no report: not the name's words out of order.
 */
const REPORT_WORK_TAIL = '年度报告工作';
/**
 * The report's title cut at its end, its last 告 lost where its line ends (real: 兴国镇 2025, the
 * body's title `兴国镇人民政府2025年政府信息公开工作` / `年度报`): a year, the name up to 年度报, then
 * the line's end with text after it (an excerpt that stops there may have been cut by its store).
 */
const REPORT_NAME_CUT =
  /(?:19|20)\d{2}年度?[^，,。；;：:《》\d]{0,24}?(政府信息公开(?:工作)?\s*年度报)[ \t\u3000]*\n(?=\s*\S)/;
/**
 * Since a fix of stop 35 after the measure of 674–718: the name after its year with its last word
 * 报告 lost, the verb presenting it right after 年度 (`现将我局2020年度政府信息公开工作年度公布如下`,
 * real: 兴安盟农牧局 2020). Not `…工作年度情况报告如下` (real: a 地震局's 2023, the report's words
 * otherwise: 报告 the verb).
 */
const NAME_REPORT_LOST =
  /(?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{0,20}?((?:政府)?信息公开工作年度)(?=公布|发布|公开|印发|如下|向社会|予以)/;
/**
 * Since a fix of stop 44 after the measure of 1424–1483: the same with 工作年度报告 all lost, the verb
 * presenting it right after 信息公开 and before 如下 (`现将2025年政府信息公开公布如下`, real: 弥勒市林业和
 * 草原局 2025, in the first paragraph of its overview): what is published is the report (or the
 * work's 情况); `现将…信息公开情况公布如下` keeps its noun (the corpus's others).
 */
const NAME_ALL_LOST =
  /((?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{0,20}?(?:政府)?信息公开(?:工作)?)(?=(?:公布|发布|公开|印发)如下)/;
/**
 * Since a fix of stop 54 after the measure of 2171–2215: a line of its own naming the report with 报告
 * lost at its end (`关于观胜镇人民政府信息公开工作年度`, real: 观胜镇 2019, the body's title after the
 * page's own): no word ends a name at 年度. Not a title wrapped there, its 报告 opening the next line.
 */
const NAME_LINE_REPORT_LOST =
  /^[ \t\u3000]*([^\n，,。；;：:《》“”"]{0,30}?(?:政府)?信息公开(?:工作)?年度)[ \t\u3000]*(?=\n(?![ \t\u3000]*报)|$(?![\s\S]))/m;
const sortedChars = (s: string): string => [...s].sort().join('');
const TAIL_CHARS = sortedChars('工作年度报告');

/**
 * The name with what is made public lost: a year and an agency, then `公开（工作）年度报告` (real:
 * 海口国家高新区 2022, `特编制并向社会公布2022年度海口国家高新区公开年度报告`): 公开 right after the
 * agency's name has no object. Not the short forms ending the same (`政务公开年度报告`, `信息公开年度
 * 报告`, whose 公开 follows what is made public), nor 公开 as a verb (`面向社会公开2022年度政府信息公开
 * 年度报告`, `在门户网站公开年度报告`: no year and agency right before it).
 */
const AGENCY_REPORT_NAME =
  /(?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{1,20}?(?:区|县|市|镇|乡|街道|局|委|办|处|中心|政府)公开(?:工作)?年度报告/;
/**
 * Since a fix of stop 64 after the measure of 2621–2665: the same with no year, a verb presenting
 * the name right before the agency (`特编制昌江区商务局公开年度报告`, real: 昌江区商务局 2019, written
 * down): the year lost as well as what is made public. Only a presenting verb (编制, 公布, 发布) right
 * before the agency's name: 公开 after an agency with no verb before may be the verb itself.
 */
const AGENCY_REPORT_NAME_PRESENTED =
  /(?:编制|编写|公布|发布|形成|撰写|制作)了?([^，,。；;：:《》“”"'()（）\s\d年]{2,20}?(?:区|县|市|镇|乡|街道|局|委|办|处|中心|政府)公开(?:工作)?年度报告)/;

/**
 * The report's own name (after its year and agency) in other words: `政务信息公开` for 政府信息公开
 * (a cross of 政务公开 and 政府信息公开, no name of the regulation's), or words put between `工作`
 * and `年度报告` (real: 西藏自治区审计厅 2025, title and heading `2025年政务信息公开工作开展年度报告`).
 * `政务信息公开工作` in the text (a work, not the report's name) and the short forms stay silent.
 */
const OWN_NAME_WORDS =
  /(?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{0,20}?(政务信息公开(?:工作)?[^，,。；;：:《》“”"'()（）\s\d年]{0,4}年度报告|政府信息公开工作[^，,。；;：:《》“”"'()（）\s\d年]{1,4}年度报告)/;

/**
 * Since a fix of stop 52 after the measure of 2039–2080: the same cross of names with 年度 lost as
 * well (`现将自治区信访局2019年政务信息公开工作报告如下`, real: 内蒙古自治区信访局 2019): two words of
 * the name wrong. Not a 情况报告 (`现将我局2020年政务信息公开情况报告如下`, real: 五华区自然资源局
 * 2020, passed by its gatherer: 报告 read as the verb).
 */
const OWN_NAME_WORDS_NO_YEAR_WORD =
  /(?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{0,20}?(政务信息公开工作报告)/;

/**
 * The report's own name (after its year) made another line of work's: `信访公开工作年度报告` (real:
 * 安化县信访局 2024, `现将我局2024年信访公开工作年度报告如下`), `党务公开…`, `村务公开…`. Not a
 * second name joined to the right one (`政府信息公开和政务公开工作年度报告`), nor `信息公开…` and
 * `政务公开…`, usual short forms (the name of the wider work 政府信息公开 is part of).
 */
const OTHER_WORK_NAME =
  /(?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{0,20}?(?<![和及与、])((?!政务)(?:[\u4e00-\u9fff]务|信访)公开(?:工作)?年度报告)/;

/**
 * Since a fix of stop 35 after the measure of 719–748: the report named a 情况报告 after its year,
 * presented as a thing made public (`现发布省市场监管局2023年政府信息公开情况报告。`, real: 黑龙江省市场
 * 监督管理局 2023; `特向社会公布2025年连生乡人民政府政府信息公开工作情况报告`, real: 连生乡 2025). Not
 * `现将…工作情况报告如下` or `…情况报告予以公开` (报告 the verb, or the noun after 现将 read either way).
 */
// Since a fix of stop 39 after the measure of 1139–1168: with 进展 before 情况报告 too (`现向社会公布
// 2020年度东留春乡人民政府信息公开工作进展情况报告`, real: 定州市东留春乡 2020).
// Since a fix of stop 42 after the measure of 1349–1378: before 如下 too when 公布 or 发布 presents it
// (`现公布花甸镇2022年度政府信息公开工作情况报告如下`, real: 花甸镇 2022): what is published is a noun,
// 报告 no verb there; not after 将 (`编制此报告现将兰州市2020年…工作情况报告如下`, real: 兰州市 2020).
const SITUATION_NAME =
  /(公布|发布|编制了?|制定|形成|撰写)([^，,。；;：:《》“”]{0,24}?(?:19|20)\d{2}年?度?[^，,。；;：:《》“”"'()（）\s\d]{0,20}?)((?:政府)?信息公开(?:工作)?(?:进展)?情况报告)(?!予以|于下)(如下)?/;
/** A situation's report read by `SITUATION_NAME`: not before 如下 unless published, no 将 between. */
function situationName(text: string): string | null {
  const m = SITUATION_NAME.exec(text);
  if (m === null) return null;
  if (m[4] !== undefined && (!/^[公发]布$/.test(m[1] ?? '') || /[将把]/.test(m[2] ?? '')))
    return null;
  return m[3] ?? null;
}

/**
 * Since a fix of stop 65 after the measure of 2666–2710: the report presented as a situation, with no
 * 报告 and no 政府 in its name (`现公布2021年度弋阳县高新科技产业园管理委员会信息公开年度工作情况。`, real:
 * 弋阳县高新科技产业园管理委员会 2021; `向社会公布2023年度昆明市晋宁区二街镇信息公开工作开展情况。`, real: 昆明市晋宁区
 * 二街镇 2023, both written down): what is published is neither the report nor its name. The corpus's usual
 * `现公布2022年度巴中市气象局政府信息公开工作情况` (a dozen, passed) keeps the regulation's 政府信息公开
 * and is not read; only a name closing its sentence (or before 如下), so not a list of parts' names.
 */
const SITUATION_GOVERNMENT_LOST =
  /(?:公布|发布)[^，,。；;：:《》“”\n]{0,24}?(?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{0,24}?(?<!政府|政务)(信息公开(?:年度|工作|开展)*情况)(?=[。；;]|如下)/;
/** What every `SITUATION_GOVERNMENT_LOST` ends with. */
const SITUATION_CUES = ['公开情况', '工作情况', '开展情况', '年度情况'];

/**
 * Since a fix of stop 42 after the measure of 1349–1378: the report presented by its name with the
 * year before 年度 lost (`特向社会公开年度东岗镇政府信息公开年度报告`, real: 东岗镇 2020): a verb of
 * presenting, then 年度 with neither a year nor 本 before it, then the name (a duty said of every
 * year, `按时发布年度报告`, names no 信息公开…报告 after 年度).
 */
const YEARLESS_NAME =
  /(?:现|特)[^，,。；;：:《》“”\d]{0,8}?(?:公布|公开|发布|编制|印发)(年度[^，,。；;：:《》“”"'()（）\s\d]{0,20}?(?:政府)?信息公开(?:工作)?年度(?:工作)?报告)/;

/**
 * Since a fix of stop 62 after the measure of 2531–2575: the same with the agency's name between the
 * verb and 年度 (`特向社会公布温岭市自然资源和规划局年度政府信息公开工作报告`, real: 温岭市自然资源和规划局
 * 2020): 年度 right after the agency stands where its year should. Only a name ending as an agency's
 * does (局, 委, 办, 中心, 政府…): `关于做好年度政府信息公开工作年度报告` (real: 开阳县统计局 2023, a
 * notice's title) has no agency before 年度.
 */
const AGENCY_YEARLESS_NAME =
  /(?:现|特)[^，,。；;：:《》“”\d]{0,8}?(?:公布|公开|发布|编制|印发)([^，,。；;：:《》“”"'()（）\s\d年]{2,24}?(?:局|委|办|中心|政府|镇|乡|街道|院|署|处)年度(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告)/;
/** What every `AGENCY_YEARLESS_NAME` holds. */
const AGENCY_YEARLESS_CUES = ['年度政府信息公开', '年度信息公开'];

/** What every `YEARLESS_NAME` holds: its verb right before 年度. */
const YEARLESS_CUES = ['布年度', '开年度', '制年度', '发年度'];
/** The name of `YEARLESS_NAME` after the agency, for the message (`政府信息公开年度报告`). */
const YEARLESS_REPORT = /(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告$/;

function yearlessMessage(name: string, year: number | null): string {
  const own = YEARLESS_REPORT.exec(name)?.[0] ?? '';
  // 年度 put before the name (`…局年度政府信息公开工作报告`) is out of place, not lost.
  const moved = !own.includes('年度');
  const left = own === REPORT_NAME ? '' : wordsLeftOut(moved ? `${own}年度` : own);
  const also = `${left ? `，名称也缺${left}` : ''}${moved ? '，“年度”应在“工作”之后' : ''}`;
  return `文中的报告名称“${name}”在“年度”前缺年份${also}，应为“${year === null ? '' : `${year}年`}…${REPORT_NAME}”，请补上`;
}

/**
 * Since a fix of stop 42 after the measure of 1349–1378: the report named rightly, then presented
 * again by `现将…` under the name of another work, 政务公开 (`特编制2023年度新公中镇政府信息公开工作年度
 * 报告。现将我镇政务公开工作报告如下`, real: 新公中镇 2023): one report under two names. A text that
 * names it only so (`现将我局政务公开工作报告如下`, real: 乌海市工信局 2020) is not read: `政务公开…报告`
 * alone is a usual short form (stop 39).
 */
const SECOND_NAME =
  /现将[^，,。；;：:《》“”\d]{0,12}?((?:政务|政务信息)公开(?:工作)?(?:年度)?报告)如下/;

/**
 * Since a fix of stop 39 after the measure of 1169–1198: the report named in book-title marks with
 * its year put after 信息公开 (`《甘南州林草局信息公开2020年度工作报告》包括了信息公开工作中主动公开…`,
 * real: 甘南州林业和草原局 2020): not the name `…年政府信息公开工作年度报告`. Only inside 《》 (a title
 * line so worded, `伊宁县政府信息公开工作2023年度报告`, is the title's check's).
 */
const YEAR_INSIDE_TITLED_NAME =
  /《([^《》，,。；;]{0,24}?信息公开(?:工作)?(?:19|20)\d{2}年度?(?:工作)?报告)》/;

/**
 * Since a fix of stop 49 after the measure of 1769–1813: the same name, its year inside it, presented
 * in running text by the verb drawing it up (`编制并发布襄阳市农业农村局政府信息公开工作2022年度报告`,
 * real: 襄阳市农业农村局 2022): the name the text gives its report, not a title line (read by the
 * title's check).
 */
const YEAR_INSIDE_PRESENTED_NAME =
  /(?:编制|公布|发布|形成|撰写|制作)(?:并(?:发布|公布|公开))?了?[^，,。；;：:《》“”\d\n]{0,24}?((?:政府)?信息公开(?:工作)?(?:19|20)\d{2}年度?(?:工作)?报告)/;

/**
 * Since a fix of stop 50 after the measure of 1859–1903: the full name with its last words swapped,
 * 年度 before 工作, presented in running text by the verb giving the report after its year
 * (`现公布昆明市盘龙区卫生健康局2025年政府信息公开年度工作报告`, real: 盘龙区卫健局 2025, written down by
 * its gatherer). Not a title line so worded (the gatherers split on those, 泽州县 2024 judged it
 * usual), nor a listed column of a site (`…财政预决算、政府信息公开年度工作报告等`, no verb or year), nor
 * a notice's or a format's title in 《》.
 */
const SWAPPED_NAME_PRESENTED =
  /(?:现将|公布|发布|编制了?|形成|撰写|制作)[^，,。；;：:《》“”\n]{0,24}?(?:19|20)\d{2}年度?[^，,。；;：:《》“”\d\n]{0,24}?(政府信息公开年度工作报告)/;

/**
 * Since a fix of stop 41 after the measure of 1274–1288: the report named after its year by the work
 * 政府信息与政务公开 (`现将我2022年度政府信息与政务公开工作报告如下`, real: 曙光乡 2022): the words of the
 * national office's name (政府信息与政务公开办公室), not the report's. Not the name joined to another
 * (`政府信息公开和政务公开工作年度报告`, which holds the whole name), nor a notice's title it cites.
 */
const OPENNESS_WORK_NAME =
  /(?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{0,20}?(政府信息[与和及]政务公开(?:工作)?(?:年度)?(?:工作)?报告)/g;

/**
 * Since a fix of stop 41 after the measure of 1289–1318: the report named a 总结报告 after its year
 * (`现将2020年度市人力资源社会保障局信息公开工作总结报告如下`, real: 济宁市人社局 2020): a summary of
 * the work, not the name. Not `现将我单位2024年度政府信息公开工作进行总结报告` (real: 历下区 units, 384,
 * 1134 …, 总结 and 报告 the verbs after 进行): 总结报告 right after 工作 only.
 */
/*
 * Since a fix of stop 51 after the measure of 1904–1948: so is one of the year's main work (`现将市住房和
 * 城乡建设局2024年政府信息公开主要工作报告如下`, real: 安顺市住建局 2024): a report of some of the work,
 * not the name.
 */
const SUMMARY_NAME =
  /(?:19|20)\d{2}年度?[^，,。；;：:《》“”"'()（）\s\d]{0,20}?((?:政府)?信息公开(?:工作总结|主要工作)报告)/;

/**
 * Since a fix of stop 47 after the measure of 1634–1678: the report presented by its year alone,
 * `年度报告` right after it (`双柏县审计局根据…工作实际情况编制2025年度报告。`, real: 双柏县审计局 2025):
 * no 政府信息公开工作 in its name at all. A verb presenting it right before the year (a `本年度报告`
 * speaks of it, named elsewhere).
 */
/*
 * Since a fix of stop 62 after the measure of 2531–2575: or by its year and 工作报告, the agency's own
 * words (本部门, 我局) between the verb and the year (`山东省淄博市张店公安分局现编制本部门2020年工作报告
 * 如下`, real: 张店公安分局 2020): the year's work report, no 政府信息公开 in its name either.
 */
/*
 * Since a fix of stop 66 after the measure of 2711–2755: or by its year with its 年, then 年度报告
 * (`现根据《中华人民共和国政府信息公开条例》规定编制2023年年度报告`, real: 杭州市城市管理局 2023): the
 * same name cut short, 年 and 年度 both kept.
 */
const BARE_YEAR_REPORT =
  /(?:编制|公布|发布|形成|撰写|制定|制作)了?(?:(?:本|我)(?:部门|单位|机关|局|委|办|镇|乡|街道|中心)?)?((?:19|20)\d{2}(?:年?年度|年度?工作)报告)(?![\u4e00-\u9fff]{0,6}[》的通知])/;

interface GarbledName {
  /**
   * Characters dropped, the last words out of order, what is made public lost, other words, or a
   * piece of it left on a line of its own.
   */
  readonly kind:
    | 'dropped'
    | 'order'
    | 'object'
    | 'words'
    | 'piece'
    | 'short'
    | 'yearless'
    | 'second'
    | 'undated'
    | 'self-check'
    | 'situation'
    | 'government-bracket';
  readonly name: string;
  /** The body named in brackets after a government's name (`government-bracket`). */
  readonly body?: string;
}

/**
 * Since a fix of stop 58 after the measure of 2351–2395: the report named as a government's, the body
 * whose report it is put in brackets after it (`现向社会公布2021年度黄山市政府(市交通运输局)信息公开工作
 * 年度报告`, real: 黄山市交通运输局 2021, written down): the body's own report is named by its own name.
 * Only a department's name in the brackets (局, 委员会, 厅, 署): `本级政府(机关)信息公开…` (real: 乐至县回澜镇
 * 2019, 黄岛街道 2022) is the form's words for the government and its offices, and a government's office
 * (`庐江县人民政府(政府办公室)`, real: 庐江县政府办 2019) shares its government's report.
 */
const GOVERNMENT_BRACKETS_BODY =
  /(?:19|20)\d{2}年度?([\u4e00-\u9fff]{1,12}?(?:省|市|县|区|旗|州|盟)(?:人民)?政府[（(]([\u4e00-\u9fff]{2,20}?(?:局|委员会|厅|署))[)）](?:政府)?信息公开(?:工作)?年度报告)/;

/**
 * Since a fix of stop 58 after the measure of 2351–2395: the report's name with 公开 put after 年度 or
 * 工作 (`信息年度公开报告1条`, real: 湘阴县民政局 2024, an item of what was published, written down):
 * the name's words out of order. Only a name closing with 报告 (`政府信息工作公开化`, real: 台州市气象局
 * 2024, is 公开化 of the work) and opening with 信息 (`年度信息公开报告`, real: 商南县过风楼镇 2022, is a
 * usual word order, passed by its gatherer).
 */
const OPENNESS_AFTER_YEAR_WORD = /((?:政府)?信息(?:年度|工作)+公开(?:年度|工作)*报告)/;

/**
 * Since a fix of stop 48 after the measure of 1724–1768: the report put forward as the results of a
 * self-inspection for the year's assessment (`…我局对照考核评分细则认真开展了自查。现将自查情况汇报如下`,
 * real: 泰兴市体育局 2020, written down by its gatherer): what follows is no self-inspection's report
 * to a superior but the year's report to the public. Only 自查 as what is put forward (a
 * `《主动公开自查情况表》` sent each quarter is work told, real: 密云区大城子镇 2023).
 */
const SELF_CHECK_PUT_FORWARD =
  /现(?:将|把|就)[^，,。；;：:]{0,12}?(自查(?:工作)?(?:情况)?)(?:汇报|报告)如下/;

export const garbledReportNameIn = perText((_, analysed): GarbledName | null => {
  const text = compactText(analysed);
  // A piece of the name cut inside a word, a line of its own above the text (`工作年度报` under the
  // title, real: 西集镇 2024).
  const lineEnd = text.indexOf('\n');
  // Only a short first line (the name has 12 characters) of a text that goes on.
  const firstLine = lineEnd > 0 && lineEnd <= 16 ? text.slice(0, lineEnd) : '';
  if (firstLine !== '' && cutPieceOfName(firstLine))
    return { kind: 'piece', name: firstLine.trim() };
  // Each reading below needs words its expression matches literally: a text without them is not
  // scanned (most texts name the report once, or not at all).
  if (text.includes('政府信'))
    for (const m of matchesOf(REPORT_NAME_LIKE, text))
      if (
        dropsFromReportName(m[0]) &&
        (OWN_REPORT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
          OWN_UNIT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)))
      )
        return { kind: 'dropped', name: m[0] };
  const cut = text.includes('年度报') ? REPORT_NAME_CUT.exec(text) : null;
  if (cut) return { kind: 'dropped', name: (cut[1] ?? '').replace(/\s+/g, '') };
  const lost = text.includes('公开工作年度') ? NAME_REPORT_LOST.exec(text) : null;
  if (lost) return { kind: 'dropped', name: lost[1] ?? '' };
  const lineLost = text.includes('公开工作年度') ? NAME_LINE_REPORT_LOST.exec(text) : null;
  if (lineLost) return { kind: 'dropped', name: lineLost[1] ?? '' };
  const allLost = text.includes('如下') ? NAME_ALL_LOST.exec(text) : null;
  if (allLost) return { kind: 'dropped', name: allLost[1] ?? '' };
  const bracketed =
    text.includes('政府(') || text.includes('政府（') ? GOVERNMENT_BRACKETS_BODY.exec(text) : null;
  if (bracketed)
    return { kind: 'government-bracket', name: bracketed[1] ?? '', body: bracketed[2] ?? '' };
  const openedLate =
    text.includes('年度公开') || text.includes('工作公开')
      ? OPENNESS_AFTER_YEAR_WORD.exec(text)
      : null;
  if (openedLate) return { kind: 'order', name: openedLate[1] ?? '' };
  if (text.includes('政府信息公开'))
    for (const m of matchesOf(REPORT_NAME_TAIL, text)) {
      const tail = (m[1] ?? '').replace(/\s+/g, '');
      if (!tail.endsWith('报告') && tail !== REPORT_WORK_TAIL && sortedChars(tail) === TAIL_CHARS)
        return { kind: 'order', name: `政府信息公开${tail}` };
    }
  if (!text.includes('公开')) return null;
  if (
    text.includes('信息与政务公开') ||
    text.includes('信息和政务公开') ||
    text.includes('信息及政务公开')
  )
    for (const m of matchesOf(OPENNESS_WORK_NAME, text))
      if (text.lastIndexOf('《', m.index) <= text.lastIndexOf('》', m.index))
        return { kind: 'words', name: m[1] ?? '' };
  const titled = text.includes('报告》') ? YEAR_INSIDE_TITLED_NAME.exec(text) : null;
  if (titled) return { kind: 'words', name: titled[1] ?? '' };
  const presented = text.includes('年度报告') ? YEAR_INSIDE_PRESENTED_NAME.exec(text) : null;
  if (presented) return { kind: 'words', name: presented[1] ?? '' };
  const swapped = text.includes('信息公开年度工作报告') ? SWAPPED_NAME_PRESENTED.exec(text) : null;
  if (swapped && text.lastIndexOf('《', swapped.index) <= text.lastIndexOf('》', swapped.index))
    return { kind: 'order', name: swapped[1] ?? '' };
  // A title wrapped over two lines (`…2025年政务信息` / `公开工作开展年度报告`) is one name.
  const words = text.includes('年度报告')
    ? OWN_NAME_WORDS.exec(text.includes('\n') ? text.replace(WRAPPED_LINE, '') : text)
    : null;
  if (words) return { kind: 'words', name: words[1] ?? '' };
  const crossed = text.includes('政务信息公开工作报告')
    ? OWN_NAME_WORDS_NO_YEAR_WORD.exec(text)
    : null;
  if (crossed) return { kind: 'words', name: crossed[1] ?? '' };
  const situation = text.includes('情况报告') ? situationName(text) : null;
  if (situation !== null) return { kind: 'words', name: situation };
  const governmentLost =
    SITUATION_CUES.some((c) => text.includes(c)) && (text.includes('公布') || text.includes('发布'))
      ? SITUATION_GOVERNMENT_LOST.exec(text)
      : null;
  if (governmentLost) return { kind: 'situation', name: governmentLost[1] ?? '' };
  const yearless = YEARLESS_CUES.some((c) => text.includes(c)) ? YEARLESS_NAME.exec(text) : null;
  if (yearless) return { kind: 'yearless', name: yearless[1] ?? '' };
  const agencyYearless = AGENCY_YEARLESS_CUES.some((c) => text.includes(c))
    ? AGENCY_YEARLESS_NAME.exec(text)
    : null;
  if (agencyYearless) return { kind: 'yearless', name: agencyYearless[1] ?? '' };
  if (text.includes('公开工作报告如下') || text.includes('公开报告如下')) {
    const second = SECOND_NAME.exec(text);
    if (second && namesReportRightly(text.slice(0, second.index)))
      return { kind: 'second', name: second[1] ?? '' };
  }
  const selfCheck = text.includes('自查') ? SELF_CHECK_PUT_FORWARD.exec(text) : null;
  if (selfCheck) return { kind: 'self-check', name: selfCheck[0] };
  const summary =
    text.includes('工作总结报告') || text.includes('主要工作报告') ? SUMMARY_NAME.exec(text) : null;
  if (summary) return { kind: 'words', name: summary[1] ?? '' };
  const bare =
    text.includes('年度报告') || text.includes('工作报告') ? BARE_YEAR_REPORT.exec(text) : null;
  if (bare && text.lastIndexOf('《', bare.index) <= text.lastIndexOf('》', bare.index))
    return { kind: 'words', name: bare[1] ?? '' };
  // Both expressions below end with `公开(工作)年度报告`, written out.
  if (!text.includes('公开年度报告') && !text.includes('公开工作年度报告')) return null;
  const otherWork = OTHER_WORK_NAME.exec(text);
  if (otherWork) return { kind: 'words', name: otherWork[1] ?? '' };
  const agency = AGENCY_REPORT_NAME.exec(text);
  if (agency) return { kind: 'object', name: agency[0] };
  const presentedAgency = AGENCY_REPORT_NAME_PRESENTED.exec(text);
  return presentedAgency ? { kind: 'object', name: presentedAgency[1] ?? '' } : null;
});

/** A title's name split by its year: `…政府2020年信息公开…年度报告` (the year between 政府 and 信息). */
const YEAR_SPLITS_NAME = /政府((?:19|20)\d{2}年度?)信息公开/;
/** The year inside a title's report name (`政府信息公开工作2022年度报告`, `yearInsideTitleName`). */
const YEAR_IN_NAME = /((?:19|20)\d{2})年/;
/** The report named by the regulation's name after its year (`…2023年政府信息公开工作年度报告`). */
const NAMED_RIGHTLY = new RegExp(
  `(?:19|20)\\d{2}年度?[^，,。；;：:《》“”\\d]{0,24}?${REPORT_NAME}`,
  'g',
);

/**
 * Whether a preface names its report by the regulation's name after its year, outside a notice's
 * title it cites (`《…关于做好2022年政府信息公开工作年度报告编制工作的通知》`, real: 大足区外事办 2022).
 */
function namesReportRightly(preface: string): boolean {
  const text = compactText(preface);
  if (!text.includes(REPORT_NAME)) return false;
  NAMED_RIGHTLY.lastIndex = 0;
  for (let m = NAMED_RIGHTLY.exec(text); m !== null; m = NAMED_RIGHTLY.exec(text))
    if (text.lastIndexOf('《', m.index) <= text.lastIndexOf('》', m.index)) return true;
  return false;
}

/** A line break between two Chinese characters: a title wrapped over two lines. Compiled once
 * (the bundle's targets make an expression with a lookbehind a `new RegExp` where it is written). */
const WRAPPED_LINE = /\n(?<=[\u4e00-\u9fff]\n)(?=[\u4e00-\u9fff])/g;
/**
 * The words of `REPORT_NAME` a short form leaves out, quoted (`“政府”“工作”`; `“年度”` since a fix of
 * stop 34 after the measure of 614–643, `政府信息公开工作报告`).
 */
const wordsLeftOut = (name: string): string =>
  ['政府', '工作', '年度']
    .filter((w) => (w === '政府' ? !name.startsWith(w) : !name.includes(w)))
    .map((w) => `“${w}”`)
    .join('');
/**
 * Since a fix of stop 44 after the measure of 1424–1483: the report presented by its name with no
 * year at all (`现发布岳阳临港高新技术产业开发区政府信息公开工作年度报告。`, real: 岳阳临港高新区 2025,
 * a page with no title): the text says nowhere which year's report it is. Read only when no title
 * names the agency (and with it the year): a title above (`辉南县卫健局2022年…` over `现公布辉南县卫健局
 * 政府信息公开工作年度报告`, real: 辉南县卫健局 2022) says the year the sentence leaves out.
 */
const UNDATED_NAME =
  /(?:现|特)[^，,。；;：:《》“”\d]{0,8}?(?:公布|发布)([^，,。；;：:《》“”"'()（）\s\d年]{2,30}?(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告)(?![(（]?(?:19|20)\d{2})/;
const undatedNameIn = perText({ anyOf: '布', otherwise: null }, (_, analysed): string | null => {
  const text = compactText(analysed);
  if (!text.includes('布')) return null;
  const m = UNDATED_NAME.exec(text);
  return m ? (m[1] ?? null) : null;
});

/** The short forms of the report's name a text presents its report by, with their years. */
const shortNamesIn = perText((_, analysed) => shortReportNames(compactText(analysed)));

/** What a title's short or misworded report name is told (`garbledReportNameCheck`). */
function titleNameMessage(titleName: string, inside: RegExpExecArray | null): string {
  const said = `标题中的报告名称“${titleName}”`;
  const rule = `请按规定写报告名称`;
  if (inside !== null)
    return `${said}把年份写在名称中间，不是规定的名称，应为“${inside[1] ?? ''}年${REPORT_NAME}”，${rule}`;
  if (titleName.startsWith('政务信息公开'))
    return `${said}不是规定的名称“${REPORT_NAME}”（“政府”写成了“政务”），${rule}`;
  if (titleName.startsWith('政务公开'))
    return `${said}不是规定的名称“${REPORT_NAME}”（写成了“政务公开”），${rule}`;
  const how = titleName.includes('情况')
    ? `写作“情况的报告”，缺${wordsLeftOut(titleName)}，`
    : titleName.endsWith('的报告')
      ? '把“年度报告”写成了“的报告”，'
      : titleName.endsWith('的年度报告')
        ? '在“年度报告”前多了“的”，'
        : titleName.endsWith('年报')
          ? '把“年度报告”简写作“年报”，'
          : `缺${wordsLeftOut(titleName)}，`;
  return `${said}${how}不是规定的名称“${REPORT_NAME}”，${rule}`;
}

/** A year in figures in a name read (`AGENCY_REPORT_NAME` has one, `AGENCY_REPORT_NAME_PRESENTED` none). */
const HAS_YEAR = /(?:19|20)\d{2}/;
/** What `report-name-garbled` says of a garbled name, by its kind. */
function garbledNameMessage(
  { kind, name, body }: GarbledName,
  section: string,
  year: number | null,
): string {
  switch (kind) {
    case 'government-bracket':
      return `文中的报告名称“${name}”把本报告写成了政府的报告，本机关“${body ?? ''}”放在括号里：本机关的报告应以本机关名称命名，如“…${body ?? ''}…年${REPORT_NAME}”，请核对`;
    case 'piece':
      return `${section === 'meta' ? '标题下' : '这部分开头'}多出一行“${name}”：是报告名称“${REPORT_NAME}”的残片（标题的一部分），请删去`;
    case 'order':
      return `文中的报告名称“${name}”字序错乱，应为“${REPORT_NAME}”，请核对`;
    case 'words':
      return `文中的报告名称“${name}”不是规定的名称“${REPORT_NAME}”，请按规定写报告名称`;
    case 'situation':
      return `文中公布的是“${name}”：不是规定的报告名称“${REPORT_NAME}”（缺“政府”，“年度报告”写成了“情况”），请按规定写报告名称`;
    case 'short':
      return `文中的报告名称“${name}”缺${wordsLeftOut(name)}，不是规定的名称“${REPORT_NAME}”，请按规定写报告名称`;
    case 'yearless':
      return yearlessMessage(name, year);
    case 'undated':
      return `文中的报告名称“${name}”没有写年度，看不出是哪一年的报告：应为“…${year === null ? '' : `${year}年`}${REPORT_NAME}”，请补上年度`;
    case 'second':
      return `前文已称本报告为“${REPORT_NAME}”，此处又写作“${name}”，前后不一致：请统一为规定的名称“${REPORT_NAME}”`;
    case 'self-check':
      return `文中写“${name}”：把年度报告写成了向上级汇报的考核自查情况，本报告是向社会公开的“${REPORT_NAME}”，请按规定写报告名称（如“现将…年${REPORT_NAME}公布如下”）`;
    case 'object':
      // Since a fix of stop 64: a name with no year says its year lost too.
      return HAS_YEAR.test(name)
        ? `文中的报告名称“${name}”缺“政府信息”${name.includes('工作') ? '' : '和“工作”'}，应为“…${REPORT_NAME}”，请核对`
        : `文中的报告名称“${name}”缺年份和“政府信息”${name.includes('工作') ? '' : '“工作”'}，应为“…${year === null ? '' : `${year}年`}${REPORT_NAME}”，请核对`;
    case 'dropped':
      return `文中的报告名称“${name}”缺字，应为“${REPORT_NAME}”，请核对`;
  }
}

/**
 * Since a fix of stop 62 after the measure of 2531–2575: the name at the end of a title with no year
 * (`会同县林业局信息公开工作年度报告`, real: 会同县林业局 2020), when short of the regulation's name: the
 * import reads a title's short name after its year only, and a yearless title's name may be short as
 * well (政府 lost). Its 政府 read with it: a government's title (`…镇人民政府信息公开工作年度报告`) is
 * whole.
 */
const YEARLESS_TITLE_NAME = /((?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报))$/;
function yearlessTitleName(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const name = YEARLESS_TITLE_NAME.exec(title.replace(/\s+/g, ''))?.[1];
  return name === undefined || name === REPORT_NAME ? undefined : name;
}

export const garbledReportNameCheck = defineCheck({
  id: 'report-name-garbled',
  severity: 'warning',
  spec: '4.5',
  title: '报告名称缺字',
  run(ctx) {
    const { year } = ctx.report.meta;
    // No title read: no agency's name, which an imported title gives (and a report typed in the form
    // always has).
    const untitled = ctx.report.meta.agencyName.trim() === '';
    const garbled = (text: ReportText): GarbledName | null => {
      const found = garbledReportNameIn(text);
      if (found) return found;
      // This year's report only (`发布2020年…年度报告` in 2021's tells of last year's). Since a fix of
      // stop 62 after the measure of 2531–2575: or the next year's, the year it is published in
      // written for its own, in a text that gives the report's year as well (`编制2021年度墨脱县德兴乡
      // 人民政府信息公开年度报告。本年报中所列数据的统计期限自2020年1月1日起…`, real: 墨脱县德兴乡 2020;
      // the year told by `wrong-year-in-text`, the name by this check): no report of this year presents
      // the next year's.
      const ownYear = year === null ? '' : `${year}年`;
      // Since a fix of stop 63 after the measure of 2576–2620: or the next year's in a text whose
      // title gives the report's year (`薛城区科学技术局2022年…年度报告` over `向社会公布薛城区科学技术局
      // 2023年度政府信息公开年度报告`, real: 薛城区科学技术局 2022): the short name is the report's own,
      // its year told by `wrong-year-in-text`. An imported text's title is read when an agency is (see
      // `untitled`); a report typed in the form has no title to give its year by.
      const titled = ctx.report.source !== undefined && !untitled;
      const short = shortNamesIn(text).find(
        (s) =>
          year === null ||
          s.year === null ||
          s.year === year ||
          (s.year === year + 1 && (titled || text.text.includes(ownYear))),
      );
      if (short) return { kind: 'short', name: short.name };
      // Since a fix of stop 67 after the measure of 2756–2800: or an imported text with no title, its
      // agency read from the preface (`现公布通榆县人民政府办公室政府信息公开工作年度报告`, real: 通榆县政府办
      // 2024): no title gives its year either.
      const undated =
        untitled || ctx.report.source?.agencyFromPreface === true ? undatedNameIn(text) : null;
      return undated !== null ? { kind: 'undated', name: undated } : null;
    };
    const found = textFindings(ctx, garbled, (garbledName, text) =>
      garbledNameMessage(garbledName, text.section, year),
    );
    // Since a fix of stop 41 after the measure of 1319–1333: the title printing before the agency's
    // name what is no part of it (`【2019】马关县交通运输局2019年…`, real: 马关县交通运输局 2019, a
    // column's mark; `2025湖口县大垅乡2025年度…`, real: 湖口县大垅乡 2025, a stray year).
    const mark = ctx.report.source?.titleMark;
    if (mark !== undefined && !found.some((f) => f.section === 'meta'))
      found.push({
        target: 'meta',
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `标题在机关名称前多出“${mark}”：${mark.startsWith('【') ? '是网页栏目的标记' : '年份重出'}，不是报告标题的一部分，请删去`,
      });
    // Since a fix of stop 42 after the measure of 1349–1378: the title printed again under it naming
    // the report in a short form (`高新区(新市区)政府2020年信息公开工作年度报告` under `2020年高新区(新市区)
    // 政府信息公开工作年度报告`, real: 高新区(新市区) 2020).
    const again = ctx.report.source?.titleAgainName;
    if (again !== undefined && !found.some((f) => f.section === 'meta')) {
      const inside = YEAR_SPLITS_NAME.exec(again);
      found.push({
        target: 'meta',
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `标题下又印了一行标题“${again}”，与上一行标题不一致：${inside !== null ? `年份“${inside[1] ?? ''}”把报告名称“${REPORT_NAME}”拆开了` : `其中的报告名称“${shortTitleName(again) ?? ''}”不是规定的名称“${REPORT_NAME}”`}，请删去这一行或改为与标题一致`,
      });
    }
    // Since a fix of stop 48 after the measure of 1634–1678: a title with no year at all
    // (`益阳市大通湖区审计局政府信息公开工作年度报告`, real: 大通湖区审计局 2023), said on its own: the
    // preface's name may be wrong too (威远镇 2022, `政府信息公开工作报告`).
    const yearless = ctx.report.source?.titleYearless;
    if (yearless !== undefined)
      found.push({
        target: 'title',
        fields: ['meta.year'],
        section: 'meta',
        message: `标题“${yearless}”没有写年度，看不出是哪一年的报告：应为“…${year === null ? '' : `${year}年`}${REPORT_NAME}”，请在标题中补上年度`,
      });
    // The title's name in a short form (real: 离石区政府办 2025, `2025年政府信息公开年度报告`), when
    // the preface says nothing of the kind (one finding for the meta section).
    const titleName = ctx.report.source?.titleName ?? yearlessTitleName(yearless);
    if (titleName === undefined) return found;
    // Since a fix of stop 61 after the measure of 2486–2530: the title's short name said beside the
    // preface's (`酃湖乡2020年度政府信息公开报告` over `特向社会公布2020年度本单位信息公开工作年度报告`,
    // real: 酃湖乡 2020, its gatherer writing the title's down): two names to set right, one warning.
    // Not the yearless title's own finding (target `title`): the name is told apart from the year.
    const said = found.findIndex((f) => f.section === 'meta' && f.target !== 'title');
    const before = found[said];
    if (before !== undefined) {
      if (!before.message.includes(`“${titleName}”`))
        found[said] = {
          ...before,
          message: `${before.message}；${titleNameMessage(titleName, YEAR_IN_NAME.exec(titleName))}`,
        };
      return found;
    }
    const inside = YEAR_IN_NAME.exec(titleName);
    // Since a fix of stop 36 after the measure of 809–838: the title's name with its year inside it
    // (`重庆市大足区人民政府外事办公室政府信息公开工作2022年度报告`, real: 大足区外事办 2022, whose
    // preface only says `编制本报告`). Not when the preface presents the report by the regulation's
    // name after its year (`现向社会公布伊宁县人民政府2023年政府信息公开工作年度报告`, real: 伊宁县
    // 2023, title `伊宁县政府信息公开工作2023年度报告`): the report names itself rightly there, the
    // title's words only in another order.
    if (inside !== null && namesReportRightly(ctx.report.meta.preface)) return found;
    found.push({
      target: 'meta',
      fields: ['meta.agencyName'],
      section: 'meta',
      message: titleNameMessage(titleName, inside),
    });
    return found;
  },
});

/**
 * A line-start sub-heading whose opening bracket was lost (`三)认真规范处理依申请公开。` after
 * `(一)…` and `(二)…`, real: 东辽县 2021): said only where the same text numbers other
 * sub-headings with both brackets, so a text that numbers `一)` `二)` throughout stays silent.
 */
const HALF_BRACKETED = /^[一二三四五六七八九十]{1,3}[）)][^\n]{0,12}/m;

const LEADING_SPACE = /^[ \t\u3000]+/gm;

/**
 * Since a fix of stop 48 after the measure of 1724–1768: or a sub-heading of the format's own, one of
 * the overview's areas (`一)主动公开情况`, real: 西秀区东街街道 2020; `一)主动公开` … `五)监督保障`, real:
 * 礼县审计局 2022), in a text with no whole bracket at all: the format numbers them `（一）`, so the
 * bracket was lost there too. The corpus's only two such texts were both written down so by their
 * gatherers; items of the text's own numbered `一)` `二)` (`一)加强组织领导`) stay silent.
 */
const HALF_BRACKETED_AREA =
  /^[一二三四五六七八九十]{1,3}[）)](?:主动公开|依申请公开|政府信息(?:公开)?管理|(?:政府信息)?公开平台建设|监督保障)/m;

/**
 * Since a fix of stop 51 after the measure of 1904–1948: one of the overview's areas whose closing
 * bracket was lost, its name run on right after its number (`(一主动公开情况`, real: 山西省自然资源厅
 * 2023, the excerpt cut after it): no sentence opens with a bracket, a numeral and an area's name, so
 * it is read even where no other sub-heading is there to compare.
 */
const CLOSE_LOST_AREA =
  /^[（(][一二三四五六七八九十]{1,3}(?=主动公开|依申请公开|政府信息(?:公开)?管理|(?:政府信息)?公开平台建设|监督保障)[^\n]{0,12}/m;

/** A sub-heading read by `halfBracketedIn` that kept its opening bracket (its closing one lost). */
const OPENING_BRACKET = /^[（(]/;

const halfBracketedIn = perText({ anyOf: '（()）', otherwise: null }, (text): string | null => {
  const lines = text.replace(LEADING_SPACE, '');
  const half = HALF_BRACKETED.exec(lines);
  if (half !== null && (lines.search(SUB_HEADING) >= 0 || HALF_BRACKETED_AREA.test(lines)))
    return half[0];
  return CLOSE_LOST_AREA.exec(lines)?.[0] ?? null;
});

export const halfBracketedHeadingCheck = defineCheck({
  id: 'subheading-bracket-missing',
  severity: 'warning',
  spec: '4.5',
  title: '小标题缺少括号',
  run(ctx) {
    return textFindings(ctx, halfBracketedIn, (half) => {
      const closeLost = OPENING_BRACKET.test(half);
      const n = /[一二三四五六七八九十]+/.exec(half)?.[0] ?? '';
      return `小标题“${half}…”缺少${closeLost ? '后' : '前'}括号，应写作“（${n}）”，请核对（复制时丢了字符）`;
    });
  },
});

/**
 * A line-start sub-heading whose number was lost: its brackets left empty (`()主动公开`, real: 丽阳镇
 * 2022), or one of the overview's areas standing alone on its line (`政府信息管理`, real: 涡阳县审计局
 * 2025, after `(一)主动公开` and `(二)依申请公开`). The second only after a numbered sub-heading of
 * the same text, so a text heading its areas without numbers throughout stays silent.
 */
const EMPTY_BRACKETS = /^[（(][）)][^\n（()）]{1,16}/m;
/**
 * A line that is a name of an area alone (`政府信息管理`, `监督保障情况`), gated by `AREA_LINE_CUE`.
 * Since a fix of stop 37 after the measure of 959–988: or one run into its text, the year opening
 * the text right after it (`政府信息管理2023年,我树牢政府信息公开红线意识…`, real: 秦安县兴丰镇 2023,
 * after `(一)主动公开决策公开方面` and `)依申请公开`): no sentence begins with an area and a year.
 * Since a fix of stop 37 after the measure of 989–1018: or run into a list's `一是` (`主动公开一是围绕
 * 巩固拓展脱贫攻坚成果…`, real: 西安市乡村振兴局 2023, its overview's areas numbered nowhere): no
 * sentence begins so, numbered sub-headings in the text or none (`RUN_INTO_LIST`).
 * Since a fix of stop 38 after the measure of 1049–1078: or ended by a stop, its text after it on the
 * same line (`政府信息管理情况。根据《中华人民共和国政府信息公开条例》…`, real: 辉河国家级自然保护区管理局
 * 2024, after `(一)主动公开情况。` and `(二)依申请公开情况。`): an area's name and a stop is a heading.
 */
const areaLines = new WeakMap<FormatTemplate, RegExp | null>();
function areaLine(template: FormatTemplate): RegExp | null {
  let re = areaLines.get(template);
  if (re === undefined) {
    const areas = template.sections.find((x) => x.areas)?.areas ?? [];
    re =
      areas.length > 0
        ? new RegExp(
            `^(?:${areas.join('|')})(?:工作)?(?:情况)?(?:[ \\t\u3000]*$|(?=20\\d\\d年|一是|[。．：:]))`,
            'm',
          )
        : null;
    areaLines.set(template, re);
  }
  return re;
}

/** A line-start sub-heading left with its closing bracket only (`)主动公开情况`). */
const NUMBER_LOST_HEADING = /^[）)][\u4e00-\u9fff]/m;

/** An area run into a list's first item (`主动公开一是…`): a heading, the text numbered or not. */
const RUN_INTO_LIST = '一是';

interface LostNumber {
  readonly line: string;
  /** Run into a list's `一是` with no sub-heading of the text numbered. */
  readonly noneNumbered?: true;
  /** The overview's items headed by phrases, none numbered (`line` names the first two). */
  readonly unnumbered?: true;
  /** An area's point after others numbered `一是`, its ordinal lost (`line`: `依申请公开方面`). */
  readonly ordinal?: true;
  /** The numbered point before it (`一是主动公开方面`), with `ordinal`. */
  readonly after?: string;
  /** A sub-heading's first point run on into `二是`, its `一是` lost (`line`: the first point). */
  readonly firstPoint?: true;
}

const ordinalPointOf = (
  point: { readonly line: string; readonly after: string } | null,
): LostNumber | null => (point === null ? null : { ...point, ordinal: true });

const numberLostIn = perTextAnd((text, template: FormatTemplate): LostNumber | null => {
  const line = numberLostLineIn(text, template);
  return typeof line === 'string' ? { line } : line;
});

function numberLostLineIn(text: string, template: FormatTemplate): string | LostNumber | null {
  if (!text.includes('\n')) return null;
  const lines = text.replace(LEADING_SPACE, '');
  const empty = EMPTY_BRACKETS.exec(lines);
  if (empty !== null) return empty[0];
  const area = areaLine(template)?.exec(lines);
  if (!area) return null;
  const numbered = lines.search(SUB_HEADING);
  if (lines.startsWith(RUN_INTO_LIST, area.index + area[0].length)) {
    const heading = area[0].trim();
    return numbered < 0 && lines.search(NUMBER_LOST_HEADING) < 0
      ? { line: heading, noneNumbered: true }
      : heading;
  }
  if (numbered >= 0 && numbered < area.index) return area[0].trim();
  // Since a fix of stop 36 after the measure of 809–838: after sub-headings that kept only their
  // closing bracket (`)主动公开情况` / `)依申请公开情况` / `政府信息管理情况` / `)平台建设情况`, real:
  // 民勤县东湖镇 2023): the text numbered them, the area alone lost its `(三)` whole.
  const remains = lines.search(NUMBER_LOST_HEADING);
  return remains >= 0 && remains < area.index ? area[0].trim() : null;
}

/**
 * Since a fix of stop 48 after the measure of 1679–1723: the overview's items headed by short
 * phrases of a verb and its object, each ended by a stop and its text run on (`健全组织机构。按照…` /
 * `严格执行制度。严格公开审批程序…`, real: 精河县托里镇 2021), two or more, where the text numbers
 * none of its sub-headings: the format numbers the overview's items `（一）`… (SPEC §4.5). A heading
 * is a verb of the reports' own (`加强`, `健全`, `规范`…) and two to four characters, a whole
 * sentence at a paragraph's start; none in a text that numbers its items (`一是`, `（一）`, `1.`),
 * where such a phrase is a point's first sentence. In no other text of the corpus.
 */
const UNNUMBERED_HEADING =
  /^[ \t\u3000]*((?:健全|严格|加强|完善|强化|规范|落实|推进|深化|提升|做好|抓好|创新|拓展|注重|坚持|明确|建立|优化|夯实|突出|丰富|拓宽|畅通|狠抓|紧扣|聚焦|压实|深入)[\u4e00-\u9fff]{2,4}。)(?=\S)/gm;
/**
 * Since a fix of stop 50 after the measure of 1859–1903: the same headings naming an area of the
 * overview, with or without a verb before it (`政府信息主动公开情况。制定…` / `政府信息依申请公开情况。2024年,…`,
 * real: 咸宁市审计局 2024; `大力推进平台建设。根据…` / `加强信息公开监督保障。优化…`, real: 海棠区卫健委
 * 2022, each written down by its gatherer): a short phrase ending with the area's name (and `情况`,
 * `工作`), a whole sentence at a paragraph's start with its text run on. Read with the verb
 * headings, two or more in a text that numbers none of its paragraphs.
 *
 * Since a fix of stop 65 after the measure of 2666–2710: or the area's 情况 closed by a colon, its text run
 * on (`市发改局主动公开政府信息的情况:2022年,…` / `依申请公开情况:市发改局…`, real: 2676's 定州 report of 2022,
 * its agency named nowhere but as 市发改局): the same unnumbered sub-headings.
 */
const UNNUMBERED_AREA_HEADING =
  /^[ \t\u3000]*([\u4e00-\u9fff]{0,8}(?:主动公开|依申请公开|信息管理|平台建设|监督保障)(?:(?:工作)?(?:情况)?。|(?:政府信息)?的?(?:工作)?情况[：:]))(?=\S)/gm;
/** A paragraph numbered in any of the reports' ways (`（一）`, `一、`, `一是`, `1.`, `1、`). */
const NUMBERED_PARAGRAPH =
  /^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.．、])/m;

/**
 * A paragraph's unnumbered headings (`UNNUMBERED_AREA_HEADING`, `UNNUMBERED_HEADING`) in the order
 * they start, kept with the paragraph (issue 17, stop 63: a keystroke in 总体情况 reads only the
 * edited paragraph again). A paragraph's list is its own: both expressions open at a line's start
 * (`^`, `m` flag) and read spaces, tabs, ideographic spaces, Han characters, `。` and the colons, then look
 * ahead for one character that is not white space, so no match holds or looks past a line break;
 * a line's start in the whole text is a paragraph's start (after `\n`, `\r\n` or `\r`, where
 * `paragraphsOf` splits). A heading read by both expressions is one start, in one paragraph, and
 * the paragraphs' starts come in the text's order: their lists one after the other are the
 * text's list.
 */
const unnumberedHeadingLines = perParagraph('。:：', (text): readonly string[] => {
  // A heading read by both expressions (`加强平台建设。`) counts once: keyed by where it starts.
  const byStart = new Map<number, string>();
  for (const m of [
    ...matchesOf(UNNUMBERED_AREA_HEADING, text),
    ...matchesOf(UNNUMBERED_HEADING, text),
  ])
    byStart.set(m.index, m[1] ?? '');
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h);
});

/**
 * Whether some paragraph is numbered (`NUMBERED_PARAGRAPH`), paragraph by paragraph: the expression
 * opens at a line's start and reads no line break, so a text passes it when one of its lines does.
 */
const someParagraphNumbered = someParagraph((paragraph) => NUMBERED_PARAGRAPH.test(paragraph));

/** Only the text's line break and the count are asked of the whole text (see the two above). */
const unnumberedHeadingsIn = perText(
  // Each heading ends with a stop or, since stop 65, a colon (`UNNUMBERED_AREA_HEADING`).
  { anyOf: '。:：', otherwise: null },
  (text, analysed): LostNumber | null => {
    if (!text.includes('\n')) return null;
    const headings = unnumberedHeadingLines(analysed);
    if (headings.length < 2 || someParagraphNumbered(analysed)) return null;
    return { line: headings.slice(0, 2).join('”“'), unnumbered: true };
  },
);

/**
 * Since a fix of stop 52 after the measure of 2039–2080: the overview's areas as headings on lines of
 * their own, none numbered (`主动公开情况` / `依申请公开情况`, real: 闽侯县政府办 2025; `主动公开方面` …
 * `监督保障`, real: 滨海新区胡家园街道 2024, each written down by its gatherer): the format numbers them
 * `（一）`…. Two or more such lines, in a text with no numbered paragraph at all (a text numbering its
 * own items `（一）加强…` may head an area's text so; `areaLine` reads the lost one after them). This
 * overturns the silence kept since stop 32 for areas headed without numbers throughout (two gatherers
 * of held-out reports wrote it down, and the headings run into their text are told since stop 50).
 */
const AREA_ALONE_ON_LINE =
  /^[ \t\u3000]*((?:政府信息)?(?:主动公开|依申请公开|政府信息(?:公开)?管理|(?:政府信息公开)?平台建设|监督保障)(?:工作)?(?:情况|方面)?)[ \t\u3000]*$/gm;
const MIN_AREA_LINES = 2;

const unnumberedAreaLinesIn = perText(
  { anyOf: '开管障', otherwise: null },
  (text, analysed): LostNumber | null => {
    if (!text.includes('\n')) return null;
    const lines = matchesOf(AREA_ALONE_ON_LINE, text).map((m) => m[1] ?? '');
    if (lines.length < MIN_AREA_LINES || someParagraphNumbered(analysed)) return null;
    // Headings that kept a closing bracket only (`)平台建设情况`) were numbered: `numberLostLineIn`'s.
    if (NUMBER_LOST_HEADING.test(text.replace(LEADING_SPACE, ''))) return null;
    return { line: lines.slice(0, 2).join('”“'), unnumbered: true };
  },
);

/**
 * Since a fix of stop 50 after the measure of 1814–1858: the overview's areas told in one run of
 * points numbered `一是…方面` `二是…方面`, a later area's point opening after a stop with its
 * ordinal lost (`…二是政府信息管理方面。…。依申请公开方面。我局更新完善了…`, real: 巴彦淖尔市工信局
 * 2021, 三是 to 五是 lost): an area's name and 方面 is the head of a point only, and the text numbers
 * its points. Only after the text numbered one area so (`一是主动公开方面`); a text heading its
 * areas `主动公开方面:` unnumbered on lines of their own (real: 湘西州乡村振兴局 2023) is not read.
 */
/*
 * Since a fix of stop 70 after the measure of 2891–2935: or the five openings of 政务公开 (决策、执行、管理、服务、
 * 结果公开) told the same way (`一是决策公开方面,在…专栏…。执行公开方面,实时公开…。管理公开方面,…。服务公开方面,
 * …`, real: 广东省林业局 2024, 二是 to 四是 lost): the reports' other run of points by 方面, named by the
 * same fixed words, so a point of it at a sentence's start with no ordinal after one numbered is as sure.
 */
const AREA_POINT_WORDS =
  '(?:政府信息公开)?(?:主动公开|依申请公开|政府信息管理|政府信息公开平台建设|平台建设|监督保障|行政复议、行政诉讼|决策公开|执行公开|管理公开|服务公开|结果公开)方面';
const NUMBERED_AREA_POINT = new RegExp(`[一二三四五六七八九十]是${AREA_POINT_WORDS}`);
const UNNUMBERED_AREA_POINT = new RegExp(
  `(?<=[。；;])[ \t\u3000]*(${AREA_POINT_WORDS})(?=[。：:，,])`,
  'g',
);

const ordinalLostPointIn = perText(
  { anyOf: '面', otherwise: null },
  (text): { readonly line: string; readonly after: string } | null => {
    if (!text.includes('方面')) return null;
    const numbered = NUMBERED_AREA_POINT.exec(text);
    if (numbered === null) return null;
    for (const m of matchesOf(UNNUMBERED_AREA_POINT, text))
      if (m.index > numbered.index) return { line: m[1] ?? '', after: numbered[0] };
    return null;
  },
);

/**
 * Since a fix of stop 54 after the measure of 2171–2215: a numbered sub-heading's first sentence that
 * runs on into `二是` with no `一是` before it (`(三)拓宽信息公开形式。充分利用区政府门户网站公示信息,
 * 把网站列为公开信息的重要途径,二是积极利用微信公众号…`, real: 益阳高新区市场监管局 2020): the first
 * point's ordinal lost. Only inside the sentence right after the heading's title: a count told first
 * and closed by a stop, the points after it (`…主动公开数为2918条。其中:…。二是通过…`, real: 南龙镇
 * 2023, passed by its gatherer as wording), is not read.
 */
const FIRST_POINT_UNNUMBERED =
  /^[ \t\u3000]*[(（][一二三四五六七八九十]{1,2}[)）][^。：:\n]{2,30}[。：:]([^。\n]{4,160}?)[，,；;]二是/gm;
const FIRST_ORDINAL = /一是|首先|其一|第一/;

const firstPointOrdinalLostIn = perText({ anyOf: '二', otherwise: null }, (text): string | null => {
  if (!text.includes('二是')) return null;
  for (const m of matchesOf(FIRST_POINT_UNNUMBERED, text)) {
    const first = m[1] ?? '';
    if (!FIRST_ORDINAL.test(first)) return first;
  }
  return null;
});

const firstPointOf = (line: string | null): LostNumber | null =>
  line === null ? null : { line, firstPoint: true };

/** The overview's section of a format (the one whose items are its areas). */
const overviewIds = new WeakMap<FormatTemplate, string | null>();
function overviewIdOf(template: FormatTemplate): string | null {
  let id = overviewIds.get(template);
  if (id === undefined) {
    id = template.sections.find((x) => x.areas)?.id ?? null;
    overviewIds.set(template, id);
  }
  return id;
}

export const lostHeadingNumberCheck = defineCheck({
  id: 'subheading-number-missing',
  severity: 'warning',
  spec: '4.5',
  title: '小标题缺编号',
  run(ctx) {
    return textFindings(
      ctx,
      (text) =>
        text.section === 'meta'
          ? null
          : (numberLostIn(text, ctx.template) ??
            (text.section === overviewIdOf(ctx.template)
              ? (unnumberedHeadingsIn(text) ??
                unnumberedAreaLinesIn(text) ??
                ordinalPointOf(ordinalLostPointIn(text)))
              : null) ??
            firstPointOf(firstPointOrdinalLostIn(text))),
      ({ line, noneNumbered, unnumbered, ordinal, after, firstPoint }) =>
        firstPoint
          ? `“${line}”之后接着写“二是”，前面却没有“一是”：第一点的序号丢了，请在“${line.split(/[，,]/)[0] ?? line}”前补上“一是”`
          : ordinal
            ? `“${line}”前缺序号：前文写作“${after ?? ''}”，其后各方面应依次写作“二是”“三是”…，此处的序号丢了，请补上`
            : unnumbered
              ? `总体情况的小标题“${line}”等都没有编号：格式的小标题编作“（一）”“（二）”…，请补上编号`
              : noneNumbered
                ? `小标题“${line}”没有编号，且与正文连写（“${line}${RUN_INTO_LIST}…”）：应写作“（一）”“（二）”…并另起一行，请补上编号`
                : line.startsWith('(') || line.startsWith('（')
                  ? `小标题“${line}”的括号里没有编号，应写作“（一）”“（二）”…，请补上`
                  : `小标题“${line}”前缺编号：同一部分的其他小标题写作“（一）”“（二）”…，请补上编号`,
    );
  },
});

/**
 * A document cited with an abbreviation that names another kind of document:
 * `《贵州省政府信息公开暂行条例》(以下简称《暂行规定》)` (real: 六盘水市公安局 2020; the rule is the
 * 暂行规定). The abbreviation's kind (条例, 规定, 办法, 通知…) must occur in the full name:
 * `《湖南省实施<…条例>办法》(以下简称《办法》)` and `《关于印发…工作要点的通知》(以下简称《要点》)` are
 * right.
 */
const ABBREVIATED =
  /《([^《》]{4,80})》[(（](?:[^()（）]{0,30}?[,，、；;])?以下简称[:：]?新?[《“"]([^《》“”"]{1,20})[》”"]/g;
const DOCUMENT_KIND =
  /(条例|规定|办法|通知|意见|细则|规则|决定|方案|要点|格式|指南|纲要|规划|公告)$/;

const abbreviationMismatchIn = perText(
  { anyOf: '简', otherwise: null },
  (_, analysed): string | null => {
    const compact = compactText(analysed);
    // Most texts abbreviate nothing.
    if (!compact.includes('以下简称')) return null;
    for (const m of matchesOf(ABBREVIATED, compact)) {
      const [, full = '', short = ''] = m;
      const kind = DOCUMENT_KIND.exec(short)?.[1];
      if (kind === undefined || full.includes(kind)) continue;
      if (!DOCUMENT_KIND.test(full.replace(/[>〉]+$/, ''))) continue;
      return `《${full}》简称为《${short}》`;
    }
    return null;
  },
);

/**
 * Since a fix of stop 35 after the measure of 749–778: a short name of a rule (`《规定》`, `《办法》`)
 * used in a report that defines its short names (`以下简称`) but never this one: `严格按照《条例》、
 * 《规定》的要求` (real: 呼兰区孟家乡 2020, whose preface defines 新《条例》, 《通知》 and 《办法》 only);
 * `继续执行《条例》和《规定》` (曲江区 2021), `《条例》及《办法》精神` (高楼乡 2023), `贯彻落实《条例》
 * 《办法》和《任务分解表》` (青龙镇 2019) the same. 《条例》 alone is the regulation every reader knows
 * (written undefined throughout the corpus), and the year's 《要点》, 《意见》 or 《方案》 are left
 * (富源县 2019 names them so, its gatherer decided no problem).
 */
const UNDEFINED_RULE = /《新?(实施|暂行|试行)?(规定|办法)》/g;
/*
 * Since a fix of stop 37 after the measure of 989–1018: one bracket may define the short names of
 * several documents named before it (`根据《中华人民共和国政府信息公开条例》和《宁夏回族自治区实施<…>
 * 办法》(以下简称《条例》《办法》)`, real: 中河乡 2019): each is defined, none used undefined.
 */
/** What a short name's definition ends with, right before its mark (`以下简称新`, `以下简称《条例》、`). */
const DEFINING = /简称[:：]?[为“"]?新?(?:《[^《》]{1,20}》[、和及与,，]?){0,3}$/;
const DEFINED_SHORTS = /简称[:：]?[为“"]?新?((?:《[^《》]{1,20}》[、和及与,，]?){1,4})/g;
const SHORT_NAME = /《([^《》]{1,20})》/g;
/** The short names a text defines (`以下简称《办法》`, `以下简称《条例》《办法》`), read once per text. */
const shortNamesDefinedIn = perText(
  { anyOf: '简', otherwise: [] },
  (_, analysed): readonly string[] => {
    const compact = compactText(analysed);
    if (!compact.includes('简称')) return [];
    return matchesOf(DEFINED_SHORTS, compact).flatMap((m) =>
      matchesOf(SHORT_NAME, m[1] ?? '').map((n) => n[1] ?? ''),
    );
  },
);
/**
 * The first short name of a rule a text uses (`《规定》`), with its kind, or null. `implementing`:
 * the name says which rule it carries out (`《实施办法》`, `《暂行规定》`).
 */
const ruleShortNameIn = perText(
  { anyOf: '》', otherwise: null },
  (
    text,
    analysed,
  ): { readonly said: string; readonly kind: string; readonly implementing: boolean } | null => {
    if (!text.includes('规定》') && !text.includes('办法》')) return null;
    const compact = compactText(analysed);
    for (const m of matchesOf(UNDEFINED_RULE, compact)) {
      // The definition itself (`以下简称《办法》`).
      if (DEFINING.test(compact.slice(Math.max(0, m.index - 72), m.index))) continue;
      return { said: m[0], kind: m[2] ?? '', implementing: m[1] !== undefined };
    }
    return null;
  },
);
/**
 * Since a fix of stop 58 after the measure of 2351–2395: a short name that says which rule it carries
 * out (`按照《条例》和《实施办法》有关规定`, real: 石狮市农业农村局 2021) tells nothing when the text never
 * names the regulation it carries out either; one naming `《中华人民共和国政府信息公开条例》` (real:
 * 宽城满族自治县人民政府办公室 2023, 晋安区象园街道办事处 2022, both passed by their gatherers) points at the province's
 * implementing rule of it.
 */
const namesRegulation = (text: ReportText): boolean =>
  text.text.includes('例') && compactText(text.text).includes('政府信息公开条例');

/** A rule of a kind named in full (`《上海市政府信息公开规定》`), not its short name alone. */
const FULL_RULE_TITLE = /《[^《》]{3,60}?(规定|办法)》/g;
const fullRuleKindsIn = perText((text): ReadonlySet<string> => {
  const kinds = new Set<string>();
  if (!text.includes('规定》') && !text.includes('办法》')) return kinds;
  // Three characters at least before the kind: not `《规定》`, `《新办法》`.
  for (const m of matchesOf(FULL_RULE_TITLE, text)) kinds.add(m[1] ?? '');
  return kinds;
});
const namesRuleOfKind = (text: ReportText, kind: string): boolean =>
  fullRuleKindsIn(text).has(kind);

/**
 * Since a fix of stop 60 after the measure of 2441–2485: a document the agency says it made, named by
 * its kind alone (`结合我局工作实际,精心安排,周密部署,制定《方案》`, real: 抚顺市公安局 2019): no reader
 * knows which plan it is, and no State's document of that name is meant (as 抚远市 2019's `抓好新《条例》
 * 《方案》《意见》的贯彻落实`, passed by its gatherer, cites the year's). Not a short name the text
 * defines (`以下简称《方案》`).
 */
const MADE_BY_KIND_ONLY =
  /(?:制定|出台|印发|起草|修订|下发|拟定|编制)了?《((?:实施|工作)?(?:方案|办法|规定|制度|意见|细则|通知|要点|计划|规则|指南))》/;
const madeByKindOnlyIn = perText({ anyOf: '》', otherwise: null }, (_, analysed): string | null => {
  const m = MADE_BY_KIND_ONLY.exec(compactText(analysed));
  return m ? m[0] : null;
});

export const abbreviationMismatchCheck = defineCheck({
  id: 'citation-abbreviation-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '所引文件的名称与简称不符',
  run(ctx) {
    const found = textFindings(
      ctx,
      abbreviationMismatchIn,
      (said) => `${said}：简称所说的文件种类不在全称中，文件名称可能写错，请核对所引文件的名称`,
    );
    const texts = textsOf(ctx);
    const definedShorts = (): ReadonlySet<string> =>
      new Set(texts.flatMap((t) => shortNamesDefinedIn(t)));
    for (const text of texts) {
      const made = found.some((f) => f.section === text.section) ? null : madeByKindOnlyIn(text);
      if (made === null || definedShorts().has(/《(.+)》/.exec(made)?.[1] ?? '')) continue;
      found.push({
        target: text.section,
        fields: [text.field],
        section: text.section,
        message: `文中“${made}”只写了文件的种类，全文没有写出这份文件的全称，看不出是哪一个文件：请写出所制定文件的全称`,
      });
    }
    const used = texts.flatMap((t) => {
      const short = ruleShortNameIn(t);
      return short ? [{ text: t, short }] : [];
    });
    if (used.length === 0) return found;
    const defined = new Set(texts.flatMap((t) => shortNamesDefinedIn(t)));
    // Since a fix of stop 41 after the measure of 1289–1318: a report that defines no short name
    // and names no rule of the kind in full (`严格执行《条例》和《规定》相关要求`, real: 沧州市卫健委
    // 2023, whose preface cites the regulation alone, `等相关规定`): the short name says nothing.
    // One naming the province's rule in full (`《上海市政府信息公开规定》`, 733; `《甘肃省政府信息公开
    // 试行办法》`, 1062) tells which it means.
    if (
      defined.size === 0 &&
      used.some(({ short }) => texts.some((t) => namesRuleOfKind(t, short.kind)))
    )
      return found;
    for (const { text, short } of used) {
      if (defined.has(short.kind) || found.some((f) => f.section === text.section)) continue;
      if (short.implementing && texts.some(namesRegulation)) continue;
      const { section, field } = text;
      found.push({
        target: section,
        fields: [field],
        section,
        message:
          defined.size === 0
            ? `文中引用${short.said}，但全文没有以“以下简称”说明简称，也没有写出哪一个${short.kind}的全称：未说明所指哪个文件，请写出全称`
            : `文中引用${short.said}，但前文以“以下简称”说明的简称中没有${short.said}：未说明所指哪个文件，请写出全称或补充简称说明`,
      });
    }
    return found;
  },
});

/**
 * `包括总体情况、…和其他需要报告的事项等六个部分`, `共七部分`, `内容包括：…等五项内容`. The stated
 * number is compared with the format's sections; the listed items (which themselves contain `、`
 * and `及`) are not counted but matched with each section's `listedAs` words.
 */
const PARTS =
  /(?:包括|包含|分为|由)[^。；]{4,200}?(?:等|共)([一二三四五六七八九十\d]{1,2})(?:个)?(?:部分|项内容)/;
/**
 * `全文包括总体情况,公开的内容、存在的主要问题改进措施四个部分`: the number right after the last
 * item (no 等/共); taken only when the list names at least two of the format's parts.
 */
// Since a fix of stop 47 after the measure of 1634–1678: the number in digits too (`本报告由总体情况、
// …、其他需要报告的事项7个部分组成`, real: 合水镇 2024, six parts listed, 复议 and 诉讼 one of them).
const PARTS_BARE =
  /(?:包括|包含|分为|由)[^。；]{4,200}?(?<=[\u4e00-\u9fff])([一二三四五六七八九十]{1,2}|\d{1,2})(?:个|大)?部分/;
/** Parts of the format a bare count's list must name to be a list of the report's parts. */
const MIN_NAMED_BARE = 2;
/**
 * …or the report itself is what the list makes up (`报告全文由组织推动…、全力做好宣传培训评估考核等
 * 基础工作五个部分组成`, real: 东辽县生态环境分局 2021, whose five parts are its overview's
 * sub-items and name none of the format's).
 */
const REPORT_BEFORE = /(?:报告|全文|年报)$/;
/**
 * Since a fix of stop 36 after the measure of 779–808: the number stated first, the parts listed
 * after it (`报告内容主要由六部分组成,分别为总体情况、主动公开、…`, real: 宁县新宁镇 2024; `…年度报告
 * 分为六部分,分别是:总体情况、…`, real: 霍尔果斯市兴城街道 2023). Group 1 the number, group 2 the list.
 */
const PARTS_COUNT_FIRST =
  /(?:包括|包含|分为|由)([一二三四五六七八九十\d]{1,2})(?:个|大)?部分(?:内容)?(?:组成)?[，,：:]?(?:分别(?:为|是)|依次(?:为|是)|即)[：:]?([^。；]{8,200})/;
/**
 * `由总体情况、…、其他需要报告的事项组成` (no number stated), or `报告全文包括：总体情况概述、…、
 * 其他需要报告的事项。` / `全文包括(一)总体情况;(二)…;(五)存在的主要问题及改进情况。` (a list
 * running to the end of the sentence, with or without a colon); `本报告主要涉及…` (real: 剑阁县公兴镇
 * 2023); `本年报由…和其他需要报告的事项。`, its 组成 lost (real: 扎格斯台苏木 2023), unless 包括
 * follows (`本报告由某局编制,全文包括…`: the list is 包括's). Since a fix of stop 38 after the measure
 * of 1019–1048: `报告涵盖总体情况、…等内容` (real: 弥勒市朋普镇 2024).
 */
const PARTS_LISTED =
  /(?:包括|包含|由)[：:]?[^。；]{8,200}?(?:组成|部分)|(?:包括|包含|涉及|涵盖)[：:]?[^。；]{8,200}$|(?<=(?:报告|年报|全文)由)(?![^。；]*(?:包括|包含))[^。；]{8,200}$/;
/**
 * `现将…总体情况,主动公开政府信息情况,…,存在的主要问题及改进情况公开如下` (real: 温图高勒苏木 2021):
 * the parts the report goes on to set out, listed before `如下`; the list is what group 1 holds.
 */
const PARTS_PRESENTED = /现将([^。；]{8,200}?)(?:向社会)?(?:公开|报告|公布|汇报)如下/;
/**
 * `从总体情况、…和存在的主要问题及改进情况等方面予以报告` (real: 关岭自治县永宁镇 2023): the parts
 * the report is told under, ending with 等方面; the list is what group 1 holds.
 * Since a fix of stop 34 after the measure of 644–673: told by 阐述, 说明 or 介绍 too (`将从主动公开
 * 政府信息情况、…、存在的主要问题及改进情况等方面进行阐述`, real: 南川区东城街道 2024, short of 总体情况
 * and 其他需要报告的事项).
 */
const PARTS_ASPECTS =
  /从([^。；从]{8,200}?等(?:几个|若干)?方面)(?:予以|进行|作|做|加以)?(?:报告|公开|公布|汇报|阐述|说明|介绍)|(?<=将)([^。；从将]{8,200}?等(?:几个|若干)?方面)(?:予以|进行|作|做|加以)?总结(?:报告|汇报)/;
/*
 * Since a fix of stop 38 after the measure of 1079–1108: the parts told under with `将…等方面总结报告`
 * too (real: 临海市汇溪镇 2020, `将主要做法和成效、依申请公开政府信息情况、政府信息公开的收费及减免情况、
 * 行政复议和行政诉讼情况、工作存在的主要问题及改进情况等方面总结报告`, the old regulation's parts);
 * the list is then group 2.
 */
/**
 * A sentence giving the parts with its subject left to the sentence before (`结合我局工作实际编制本报告。
 * 由概述、…等五部分组成,…`, real: 青龙县财政局 2022): it opens with 由 and says the parts make it up.
 * Since a fix of stop 38 after the measure of 1079–1108.
 */
const PARTS_OF_REPORT_BEFORE = /^由[^。；]{4,200}?部分组成/;
/**
 * `…存在的主要问题及改进情况等部分组成`, `…改进情况等方面`: a list said to be incomplete, no
 * part is left out. Since a fix of stop 61 after the measure of 2486–2530: `…等内容组成` too (`本报告由
 * 主要情况、主动公开信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况等内容组成`,
 * real: 掇刀区城市管理执法局 2020, four items, written down): the contents said to make the report up,
 * some of them.
 */
const LIST_ETC = /等(?:几个|若干)?(?:部分|方面)?(?:组成|部分)$|等(?:方面)?(?:内容)?(?:组成|构成)?$/;
/**
 * Since a fix of stop 62 after the measure of 2531–2575: a list whose 等 stands right before its last
 * item, the end of a part's name (`本报告由单位信息公开工作概述、主动公开政府信息情况等问题及改进情况。`,
 * real: 中方县住房和城乡建设局 2021): the parts between cut out, the list said to be some of them as
 * `LIST_ETC`'s is. Group 1 the item after 等 (read only when it names a part).
 */
const ETC_BEFORE_LAST = /等([^、，,；;：:等]{4,24})$/;
/**
 * A list ending in 等 before a comma, the sentence going on with other things (`本报告主要涉及…总体
 * 情况、…、政府信息公开行政复议、行政诉讼情况等,统计时间为…`, real: 剑阁县公兴镇 2023): the list
 * ends there when no part is named after it.
 */
const LIST_ETC_CLAUSE = /等(?:方面|部分)?(?:内容)?[，,]/g;
/**
 * Items of the old regulation's reports said only in a list naming some of the current parts (a
 * word of their own elsewhere): `回应解读情况` and `政府信息公开的收费情况` (real: 何店镇 2021,
 * `报告包括概述、主动公开政府信息情况、回应解读情况、依申请公开情况、…、政府信息公开的收费情况、主要工作
 * 措施和做法、…等`): no part of the current format (回应关切 is told in 总体情况, fees in 六).
 */
const OLD_PART_ITEM = /^回应解读|^(?:政府信息公开的?)?收费情况$/;
/**
 * Since a fix of stop 35 after the measure of 674–718: the fourth part of the old reports' lists,
 * 复议 and 诉讼 told with 举报, 投诉 or 申诉 (`全文包括概述,主动公开政府信息情况,依申请公开政府信息情况,
 * 政府信息公开相关的行政复议、行政诉讼、举报投诉情况,存在的主要问题和改进措施,其他需要报告的事项`,
 * real: 荣成市成山镇 2019; `…复议、诉讼和申诉的情况`, 奇台县七户乡 2020): no part of the current format,
 * whose fourth part is 行政复议、行政诉讼 alone. Its words from the first 复议 or 诉讼 on; in a list
 * naming some of the parts (a sentence saying no 申诉案 arose is no list).
 */
const OLD_REVIEW_PART =
  /[^、，,；;]*(?:复议|诉讼)(?:[、和及与]?[^、，,；;]*?(?:复议|诉讼))*[^、，,；;]*?[、和及与]?(?:举报|投诉|申诉)[^、，,；;]*/;
/**
 * Since a fix of stop 60 after the measure of 2441–2485: an item of a list naming the fees of
 * disclosure as a part, the old regulation's 收费 part (`政府信息公开收费及因政府信息公开申请行政复议、提起
 * 行政诉讼的情况`, real: 安康市农业农村局(市茶叶局) 2020, its list opening with 概述): the old reports'
 * list, passed by the convention on old part names (its gatherer, as 2422's); what it leaves out of
 * the current six is not read. Not the current sixth part's fee (`信息处理费`).
 */
const OLD_FEES_ITEM = /^(?:(?:政府)?信息公开的?)?收费(?!.*信息处理费)/;
/** A list whose first item is the old reports' 概述 (`概述、…`, `政府信息公开情况概述,…`). */
const OLD_OVERVIEW_FIRST = /^(?:包括|包含|由)?[：:]?[^、，,；;]{0,12}概述[、，,；;]/;
/** The headings of the format's first three parts, the ones the old format's list shares. */
const FIRST_THREE = /^[一二三]、/;
/** The last part joined to an item by 及 (`…收费情况及其他需要报告的事项`). */
const OTHER_JOINED = /(?:以及|及|和|与)其[他它]需要报告的?事项$/;
const REPORT_WORD = /报告|年报/;
const HEADING_NUMBER = /^[一二三四五六]、/;
/**
 * `全文包括…`, `本年报由…` at the start of a clause; `主要内容包括…` opening a sentence (real:
 * 东湖风景区市场监管局 2021, after `本报告依据…编制。`). Since a fix of stop 34 after the measure of
 * 614–643: `内容包括…` opening a sentence too, its 主要 left out (real: 荣成市上庄镇 2022, `现公布…
 * 2022年度政府信息公开工作报告。内容包括总体情况、…、存在的主要问题及改进情况等,并附…统计表。`,
 * whose list, short of 其他需要报告的事项, has no 报告 of its own).
 */
const WHOLE_REPORT = /(?:^|[，,；;])本?(?:全文|年报)|^(?:报告的?)?(?:主要)?内容(?:包括|包含)/;
/**
 * The fourth part's litigation, by 诉讼 or by 应诉 (since a fix of stop 70 after the measure of
 * 2891–2935: `政府信息公开行政复议及行政应诉情况`, real: 广东省邮政管理局 2023, the suit told from the side
 * of the agency that defends it: both of the part's words named).
 */
const LITIGATION_WORD = /诉讼|应诉/;
/** 复议 followed by another kind of decision than 诉讼: the fourth part misnamed. */
const REVIEW_MISPAIRED = /复议[、和及与]?(行政(?:许可|处罚|强制|裁决|确认|征收|给付))/;
/** Fewer sections named than this: the sentence is not a list of the report's parts. */
const MIN_LISTED = 4;
/** …or than this in a list ending with 等, said to be some of them (`…行政诉讼情况等方面内容`). */
const MIN_LISTED_ETC = 3;
/**
 * Since a fix of stop 38 after the measure of 1079–1108: a list of the report's parts opening with
 * 条例 第五十条's own words (`全文包括:年度报告应当包括总体情况;行政机关主动公开政府信息的情况;…;其他需要
 * 报告的事项`, real: 宁阳县东疏镇 2022): the law's list of what a report must hold pasted in place of the
 * report's six parts, its 包括 said twice.
 */
const LAW_LIST =
  /(?:包括|包含|分为|由)[：:]?(?:政府信息公开(?:工作)?)?(?:年度报告|年报)应当?包括(?:下列内容)?/;
/**
 * Since a fix of stop 42 after the measure of 1349–1378: a clause after the list saying what one of
 * its items holds (`内容包括总体情况、…、其他需要报告的事项等,其中总体情况包括主动公开、依申请公开、政府信息
 * 管理、平台建设和监督保障等方面`, real: 朔州市统计局 2019): the overview's areas, no parts of the
 * report. The list ends before it.
 */
const SUB_LIST = /[，,；;]其中[^，,。；;、]{0,12}?(?:包括|包含|涵盖|含有|分为)[^。；;]*$/;
/**
 * Since a fix of stop 44 after the measure of 1424–1483: the number stated first, then a colon and
 * the parts (`报告内容由以下六个部分构成:总体情况、…`, real: 永川区中山路街道 2025). Groups as
 * `PARTS_COUNT_FIRST`'s.
 */
const PARTS_COUNT_COLON =
  /(?:包括|包含|分为|由|呈现了?|涵盖了?)(?:以下|如下)?([一二三四五六七八九十\d]{1,2})(?:个|大)?(?:关键|主要)?(?:部分|板块)(?:的?内容)?(?:组成|构成)?[：:]([^。；]{8,200})/;
/**
 * A part's name saying 情况 twice, a word between (`提起行政诉讼情况的办理情况`, real: 永川区中山路街道
 * 2025, its fourth part): the name garbled.
 */
const SITUATION_TWICE = /[^、，,；;：:]*情况的[\u4e00-\u9fff]{0,4}情况/;
/** The report's whole said to be made up of a list, every item given (`本年报由A、B、C组成`). */
const WHOLE_MADE_OF = /(?:报告|年报|全文)(?:内容)?(?:主要)?由([^。；等]{4,200}?)(?:组成|构成)/;
/**
 * Since a fix of stop 50 after the measure of 1859–1903: the report's whole said to include a list
 * ending its sentence, every item given (no 等, no number: `全文包括提升信息公开工作质量情况、增强工作
 * 透明度情况、主动工作情况和2021年咨询情况统计。`, real: 长春市公积金中心 2021, written down by its
 * gatherer), as `WHOLE_MADE_OF`; read only when at most one item names a part (`WHOLE_INCLUDES_NAMED`).
 */
const WHOLE_INCLUDES =
  /(?:^|[，,])本?(?:报告|年报|全文)(?:主要)?(?:包括|包含)[：:]?([^。；;等]{8,200})$/;
/** A list `WHOLE_INCLUDES` reads naming more parts than this is the format's, shortened. */
const WHOLE_INCLUDES_NAMED = 1;
/**
 * Since a fix of stop 44 after the measure of 1424–1483: the parts' names enumerated with no verb
 * before them, the clause ending the sentence (`根据《…条例》(国务院令第711号)文件要求,主动公开政府信息
 * 情况、收到和处理政府信息公开申请情况、…、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项。`,
 * real: 和硕县文旅局 2023, 总体情况 left out): the clause after the sentence's last comma, four items
 * or more, each naming a part.
 */
function bareList(
  sentence: string,
  words: readonly { heading: string; re: RegExp }[],
): { readonly 0: string; readonly index: number } | null {
  if (!sentence.includes('、')) return null;
  const from = Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf('，')) + 1;
  const clause = sentence.slice(from).replace(/[。.]$/, '');
  const items = clause.split('、');
  if (items.length < MIN_LISTED || items.some((it) => !words.some((w) => w.re.test(it))))
    return null;
  return words.filter((w) => w.re.test(clause)).length >= MIN_LISTED
    ? { 0: clause, index: from }
    : null;
}
/** What opens a list of parts, cut off when it is quoted. */
const LIST_VERB = /^(?:包括|包含|涉及|涵盖|由)[：:]?/;

/**
 * A list that ends in 等 before a comma (`LIST_ETC_CLAUSE`), cut there when no part is named after
 * it; other lists as they are.
 */
function endAtEtc(list: string, words: readonly { re: RegExp }[]): string {
  if (LIST_ETC.test(list)) return list;
  for (const m of matchesOf(LIST_ETC_CLAUSE, list)) {
    const rest = list.slice(m.index + m[0].length);
    if (!words.some((w) => w.re.test(rest))) return list.slice(0, m.index + m[0].length - 1);
  }
  return list;
}

/** Edits a near name may differ by: one in five characters of the heading. */
const NEAR_NAME_SHARE = 5;

/**
 * The headings of the parts some item of a list names by a near name: no part's words in it, and
 * the heading (without its number) with at most one character in five dropped or changed, none
 * added but 的 (`公开政府信息情况` for `主动公开政府信息情况`, 2 of 10 dropped; `收到和办理政府信息公开
 * 申请的情况` for `收到和处理政府信息公开申请情况`, 1 of 14 changed). A character added is a slip, not
 * another name (real: 东风路街道 2024, `改情况,其进他需要报告的事项`, 进 moved into the next item);
 * `政府信息公开情况` is no near name of any part (real: 富鸣集团 2023).
 */
function nearNamedHeadings(
  list: string,
  template: FormatTemplate,
  words: readonly { heading: string; re: RegExp }[],
): ReadonlySet<string> {
  const found = new Set<string>();
  const items = list
    .replace(BRACKETED, '')
    .replace(LIST_VERB, '')
    .split(/[、，,；;]/)
    .filter((it) => !words.some((w) => w.re.test(it)))
    .map((it) =>
      it
        .replace(/^[（(][一二三四五六七八九十][）)]/, '')
        .replace(/等.*$/, '')
        .replaceAll('的', ''),
    )
    .filter((it) => it !== '');
  if (items.length === 0) return found;
  for (const section of template.sections) {
    const name = section.heading.replace(HEADING_NUMBER, '').replaceAll('的', '');
    const most = Math.floor(name.length / NEAR_NAME_SHARE);
    if (
      items.some(
        (it) =>
          it.length <= name.length &&
          name.length - it.length <= most &&
          leven(it, name, { maxDistance: most + 1 }) <= most,
      )
    )
      found.add(section.heading);
  }
  return found;
}

/**
 * The overview's own areas that are no part of the report (`政府信息管理`, `政府信息公开平台建设`,
 * `监督保障`), each with the short form a list may use (its last four characters: `平台建设`).
 */
const overviewOnlyAreas = new WeakMap<FormatTemplate, readonly string[]>();
function areasNotParts(template: FormatTemplate): readonly string[] {
  const hit = overviewOnlyAreas.get(template);
  if (hit) return hit;
  const words = listedWords(template);
  const areas = (template.sections.find((x) => x.areas)?.areas ?? []).filter(
    (a) => !words.some((w) => w.re.test(a)),
  );
  overviewOnlyAreas.set(template, areas);
  return areas;
}
/** Areas of the overview listed beside it as parts: at least this many. */
const MIN_AREAS_AS_PARTS = 2;
/** Text in brackets (`总体情况（含政府信息管理、平台建设）`) is no item of the list. */
const BRACKETED = /[（(][^（()）]*[）)]/g;

/**
 * The items of a list of the report's parts that are the overview's areas, when the list also
 * names the overview itself: `主要内容包括政府信息公开工作总体情况、…、政府信息管理情况、政府信息公开
 * 平台建设情况、监督保障情况、行政复议或行政诉讼情况、…等` (real: 东湖风景区市场监管局 2021).
 */
function areasListedAsParts(list: string, template: FormatTemplate): string[] {
  const overview = listedWords(template).find((w) => w.heading === template.sections[0]?.heading);
  const items = list.replace(BRACKETED, '').split(/[、，,；;]/);
  if (!overview || !items.some((it) => overview.re.test(it))) return [];
  const areas = areasNotParts(template);
  const found = items.filter((it) =>
    areas.some((a) => it.includes(a) || (a.length > 4 && it.includes(a.slice(-4)))),
  );
  return found.length >= MIN_AREAS_AS_PARTS
    ? found.map((it) =>
        it.replace(/^(?:主要内容)?(?:包括|包含|涵盖)[：:]?/, '').replace(/等.*$/, ''),
      )
    : [];
}

/**
 * Since a fix of stop 34 after the measure of 644–673: what a list of the report's whole names when
 * it lists the overview's areas in place of the parts, the overview itself not named (`全文包括主动
 * 公开、依申请公开、政府信息管理、政府信息平台建设、监督保障(含…)等方面`, real: 鄂州市人民政府办公室
 * 2022; the same words in 平阳县 2021, 台州湾开发区 2023, 平阳县凤卧镇 2024; `内容主要包括主动公开、
 * …、监督保障存在的主要问题及改进情况、其他需要报告的事项等方面`, real: 广河县 2024): the list without
 * its verb, 等… and brackets, or null. Two of the areas no part is named by (政府信息管理, 平台建设,
 * 监督保障) are enough.
 */
function overviewAreasForParts(
  list: string,
  template: FormatTemplate,
): { list: string; areas: readonly string[]; only: boolean } | null {
  const overview = listedWords(template).find((w) => w.heading === template.sections[0]?.heading);
  const bare = list
    .replace(BRACKETED, '')
    .replace(LIST_VERB, '')
    .replace(/(?:等[^、，,]*|[一二三四五六七八九十]个?部分(?:组成)?)$/, '');
  if (!overview || overview.re.test(bare)) return null;
  const areas = areasNotParts(template);
  const items = bare.split(/[、，,；;]/);
  const found = items.filter((it) =>
    areas.some((a) => it.includes(a) || (a.length > 4 && it.includes(a.slice(-4)))),
  );
  if (found.length < MIN_AREAS_AS_PARTS) return null;
  // Every item an area (`主动公开`, `依申请公开` are both): the overview's areas, nothing else.
  const all = template.sections[0]?.areas ?? [];
  const only = items.every((it) => all.some((a) => it.includes(a) || it.includes(a.slice(-4))));
  return { list: bare, areas: found, only };
}
/**
 * What names the report's whole just before its list (`全文包括`, `本报告包括`, `内容主要包括`): not
 * an overview's own words on what it covers (`主要报告本机关…总体情况,…主要包括主动公开、…、监督保障等
 * 方面`, the format's note left in, real: 大埔县高陂镇 2022; `政府信息公开工作主要包括…`, real: 东莞市
 * 寮步镇 2019).
 */
const WHOLE_BEFORE_LIST = /(?:全文|报告|年报|内容)(?:主要)?$/;
/** A list's end calling its items the core or main matters (`等核心内容`, `等重点内容`). */
const CORE_MATTERS = /^[^，,。；;]*等(?:核心|重点|主要)(?:内容|工作|事项)/;

const sectionWords = new WeakMap<FormatTemplate, readonly { heading: string; re: RegExp }[]>();
function listedWords(template: FormatTemplate): readonly { heading: string; re: RegExp }[] {
  const hit = sectionWords.get(template);
  if (hit) return hit;
  const words = template.sections.flatMap((x) =>
    x.listedAs ? [{ heading: x.heading, re: new RegExp(x.listedAs) }] : [],
  );
  sectionWords.set(template, words);
  return words;
}

/**
 * The report says it has a number of parts other than the format's six, or lists its parts
 * leaving one out (`由总体情况、…、存在问题及改进情况、其他需要报告的事项等六部分组成` without
 * 复议、诉讼).
 */
export const partCountCheck = defineCheck({
  id: 'part-count-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '正文所说的部分数与格式不符',
  run(ctx) {
    return textFindings(
      ctx,
      (text) => partCountIn(text, ctx.template),
      (message) => message,
    );
  },
});

/** What the first sentence of a text listing the report's parts gets wrong (once per text). */
const partCountIn = perTextAnd((_, template: FormatTemplate, analysed): string | null => {
  if (!REPORT_WORD.test(compactText(analysed))) return null;
  const count = template.sections.length;
  const names = template.sections.map((x) => x.heading.replace(HEADING_NUMBER, ''));
  const words = listedWords(template);
  for (const sentence of compactSentences(analysed)) {
    // `全文包括…` follows the sentence naming the report, or a clause of another sentence
    // (`…政府信息公开专栏下载,全文包括…`, real: 绥宁县 2019).
    // `本年报由总体情况、…六部分组成` names the report 年报 (real: 天长市住建局 2020).
    const presented = PARTS_PRESENTED.exec(sentence) ?? PARTS_ASPECTS.exec(sentence);
    if (
      !sentence.includes('报告') &&
      !sentence.includes('本年报') &&
      !WHOLE_REPORT.test(sentence) &&
      !presented &&
      !PARTS_OF_REPORT_BEFORE.test(sentence)
    )
      continue;
    const full = PARTS.exec(sentence);
    const bare = full ? null : PARTS_BARE.exec(sentence);
    const m =
      full ??
      (bare &&
      (words.filter((w) => w.re.test(bare[0])).length >= MIN_NAMED_BARE ||
        REPORT_BEFORE.test(sentence.slice(0, bare.index)))
        ? bare
        : null);
    const first = m ? null : (PARTS_COUNT_FIRST.exec(sentence) ?? PARTS_COUNT_COLON.exec(sentence));
    const listed = m ?? first ?? PARTS_LISTED.exec(sentence) ?? bareList(sentence, words);
    if (!listed && !presented) continue;
    const counted = m ?? first;
    const stated = counted ? parseNumberToken(counted[1] ?? '') : null;
    const whole = first
      ? (first[2] ?? '')
      : (listed?.[0] ?? presented?.[1] ?? presented?.[2] ?? '');
    const partsOnly = whole.replace(SUB_LIST, '');
    const list = stated === null ? endAtEtc(partsOnly, words) : partsOnly;
    // A part named by its heading with a word or two dropped or changed (`公开政府信息情况`, real:
    // 两英镇 2021; `收到和办理政府信息公开申请的情况`, the old regulation's words, real: 鹤庆县 2019).
    const near = nearNamedHeadings(list, template, words);
    const isNamed = (w: { heading: string; re: RegExp }) => w.re.test(list) || near.has(w.heading);
    const named = words.filter(isNamed);
    const unnamed = words.filter((w) => !isNamed(w));
    // A list said to be some of the parts (`…改进情况等`) is short all the same when it leaves a
    // part out: 等 stands in for no named part (real: 临沂公路 2021 `主要包括主动公开政府信息、依申请
    // 公开、行政复议及行政诉讼情况等方面内容`, 剑阁县公兴镇 2023 without 问题 and 其他, 富鸣集团 2023
    // without 申请, 复议 and 其他). Nor for the catch-all 其他需要报告的事项 alone (stop 32's decision:
    // 延安高新区 2022 `全文包括总体情况、…,存在的主要问题及改进情况等`; 闵行区浦锦街道 2021, 海棠区
    // 政府办 2023 the same): the official preface lists all six.
    const etcLast = stated === null && list.includes('等') ? ETC_BEFORE_LAST.exec(list) : null;
    const etc =
      stated === null &&
      (LIST_ETC.test(list) || (etcLast !== null && words.some((w) => w.re.test(etcLast[1] ?? ''))));
    const items = list.split(LIST_ITEM_MARK);
    const oldFees = items.some((it) => OLD_FEES_ITEM.test(it));
    // Since a fix of stop 61 after the measure of 2486–2530: a list opening with the old reports' 概述
    // and cut by 等 after the parts the old format shares with the current one's first three
    // (`全文包括概述、政府信息主动公开情况、依申请公开政府信息办理情况、载体建设情况等`, real: 剑阁县义兴镇人民政府
    // 2021, passed by its gatherer by the convention on old part names, 1259, 2422): the old list, as
    // with its fees (`oldFees`); one naming 复议, 诉讼, problems or other matters is still read (1164, 1362).
    const oldCut =
      etc && OLD_OVERVIEW_FIRST.test(list) && named.every((w) => FIRST_THREE.test(w.heading));
    const ofWhole = listed !== null && WHOLE_BEFORE_LIST.test(sentence.slice(0, listed.index));
    const shortWhole =
      ofWhole &&
      stated === null &&
      !etc &&
      named.length >= MIN_LISTED_ETC &&
      partsListedShort(list, count);
    const left =
      (named.length >= (etc ? MIN_LISTED_ETC : MIN_LISTED) || shortWhole) && !oldFees && !oldCut
        ? unnamed
        : [];
    const wrongCount = stated !== null && stated !== count;
    // A part pasted twice (`…、因政府信息公开工作被申请行政复议、因政府信息公开工作被申请行政复议和
    // 提起行政诉讼情况、…六个部分`, real: 新下陆街道 2022): an item the next item begins with.
    const repeated =
      stated !== null
        ? items.find((it, i) => it.length >= 6 && (items[i + 1] ?? '').startsWith(it))
        : undefined;
    // A part named by two items in a row (`…政府信息公开行政复议、行政诉讼情况、提起行政诉讼的情况、存在
    // 的主要问题…等六部分`, real: 平潭综合实验区农业农村局 2022): one part listed twice.
    // Since a fix of stop 37 after the measure of 899–928: so in a list with no number said that
    // names every part (`本报告内容包括总体情况、主动公开政府信息情况、依申请公开政府信息情况、收到和处理
    // 政府信息公开申请情况、…、其他需要报告的事项等`, real: 奉新县东风垦殖场 2024, seven items).
    const twice =
      (stated === count || (stated === null && named.length === words.length)) &&
      repeated === undefined
        ? partNamedTwice(list, words)
        : null;
    // A part of the reports of the old regulation (before its 2019 revision): `本报告由概述、主动公开
    // 政府信息情况、政府信息依申请公开办理情况、政府信息公开的收费及减免情况、…等部分组成` (real:
    // 周湾镇 2021).
    const old =
      items.find((it) => OLD_PART.test(it)) ??
      (named.length >= MIN_LISTED_ETC
        ? (items.find((it) => OLD_PART_ITEM.test(it.replace(BRACKETED, ''))) ??
          (/举报|投诉|申诉/.test(list)
            ? OLD_REVIEW_PART.exec(list.replace(BRACKETED, ''))?.[0]
            : undefined))
        : undefined);
    // 复议 paired with another kind of decision where 诉讼 belongs: `政府信息公开行政复议、行政许可等
    // 情况` (real: 盂县教育科技局 2023), in a list of parts (naming some) that names 诉讼 nowhere.
    const misnamed =
      LITIGATION_WORD.test(list) || named.length < MIN_LISTED_ETC
        ? null
        : REVIEW_MISPAIRED.exec(list);
    // The fourth part named by one of its two words only (`…、政府信息公开申请情况、政府信息公开行政
    // 复议情况、存在的主要问题…`, real: 镇宁自治县 2019), in a list naming most parts.
    const fourth = template.sections.find((x) => x.listedAs === '复议|诉讼');
    const halfNamed =
      misnamed === null &&
      fourth &&
      named.length >= MIN_LISTED &&
      /复议/.test(list) !== LITIGATION_WORD.test(list)
        ? (items.find((it) => /复议|诉讼/.test(it)) ?? null)
        : null;
    // The overview's areas listed as parts beside it (with 等 too: the list mixes two levels).
    // Since a fix of stop 36 after the measure of 779–808: so in a list given as the parts after
    // their number, however few parts it names (real: 宁县新宁镇 2024, `由六部分组成,分别为总体情况、
    // 主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障`).
    // Since a fix of stop 38 after the measure of 1019–1048: so in a list the report's whole is said
    // to hold, however few parts it names (real: 弥勒市朋普镇 2024, `报告涵盖总体情况、主动公开、依申请
    // 公开、政府信息管理、政府信息公开平台建设、监督保障等内容`: the overview's five areas beside it).
    const areas =
      named.length >= MIN_LISTED || first || ofWhole ? areasListedAsParts(list, template) : [];
    // Since a fix of stop 39 after the measure of 1139–1168: the overview's areas said to be the
    // report's core matters (`报告涵盖主动公开、依申请公开、信息管理、平台建设、监督保障等核心内容,统计
    // 周期为…`, real: 雁塔区小寨路街道 2025) tell what it is mostly about, no list of its parts.
    const areasOnly =
      ofWhole && !CORE_MATTERS.test(list) ? overviewAreasForParts(list, template) : null;
    const law = LAW_LIST.exec(sentence);
    // Since a fix of stop 44 after the measure of 1424–1483: the report said to be made up of a
    // short list, every item given (no 等, no number), naming few of the parts (`本年报由概述、公文类、
    // 政府信息情况,主动政府信息公开情况组成`, real: 青山区统计局 2023): not the format's parts.
    const madeOf = stated === null ? WHOLE_MADE_OF.exec(sentence) : null;
    const includes = stated === null && madeOf === null ? WHOLE_INCLUDES.exec(sentence) : null;
    const otherParts =
      madeOf !== null &&
      named.length < MIN_LISTED &&
      (madeOf[1] ?? '').split(/[、，,；;]/).length >= MIN_LISTED_ETC
        ? (madeOf[1] ?? '')
        : includes !== null &&
            named.length <= WHOLE_INCLUDES_NAMED &&
            (includes[1] ?? '').split(/[、，,；;和及]/).length >= MIN_LISTED_ETC
          ? (includes[1] ?? '')
          : null;
    const garbled = list.includes('情况的') ? SITUATION_TWICE.exec(list) : null;
    // Since a fix of stop 44 after the measure of 1424–1483: the six parts listed after their number,
    // each named in words of the report's own, none by the format's name or a near one (`六个关键板块
    // 的内容:整体工作概况、政府信息主动公开的具体状况、政府信息公开申请的接收与处理情况、…`, real: 宽城区
    // 档案馆 2025).
    const listWithout = list.replaceAll('的', '');
    const renamed =
      first !== null &&
      stated === count &&
      named.length >= MIN_LISTED &&
      near.size === 0 &&
      names.every((name) => !listWithout.includes(name.replaceAll('的', '')));
    const garbledPart = garbled
      ? words.find((w) => w.re.test(garbled[0]))?.heading.replace(HEADING_NUMBER, '')
      : undefined;
    if (
      law === null &&
      otherParts === null &&
      garbledPart === undefined &&
      !renamed &&
      areas.length === 0 &&
      areasOnly === null &&
      !wrongCount &&
      left.length === 0 &&
      repeated === undefined &&
      twice === null &&
      old === undefined &&
      misnamed === null &&
      halfNamed === null
    )
      continue;
    const parts: string[] = [];
    if (law !== null)
      parts.push(
        `列出的报告内容“${law[0].replace(LIST_VERB, '')}…”照抄《中华人民共和国政府信息公开条例》第五十条的原文，不是报告的组成部分：年度报告格式规定为 ${count} 个部分：${names.join('、')}`,
      );
    if (renamed)
      parts.push(
        `列出的${count}个部分“${list.length > 60 ? `${list.slice(0, 60)}…` : list}”都改了名称，与格式规定的部分名称不符：年度报告格式规定为 ${count} 个部分：${names.join('、')}`,
      );
    if (garbled !== null && garbledPart !== undefined)
      parts.push(`列出的组成部分“${garbled[0]}”中“情况”说了两次，名称不通：应为“${garbledPart}”`);
    if (otherParts !== null)
      parts.push(
        `列出的组成部分“${otherParts}”不是规定的报告部分：年度报告格式规定为 ${count} 个部分：${names.join('、')}`,
      );
    if (areasOnly !== null) {
      const overview = template.sections[0]?.heading ?? '';
      parts.push(
        `列出的报告内容“${areasOnly.list}”${areasOnly.only ? `是「${overview}」的几个方面` : `中${areasOnly.areas.map((a) => `“${a}”`).join('')}是「${overview}」的小项`}，不是报告的组成部分：年度报告格式规定为 ${count} 个部分：${names.join('、')}`,
      );
    }
    if (areas.length > 0) {
      const unnamed = words.filter((w) => !w.re.test(list));
      parts.push(
        `列出的报告内容中${areas.map((a) => `“${a}”`).join('')}是「${template.sections[0]?.heading ?? ''}」的小项，不是报告的部分；年度报告格式规定为 ${count} 个部分：${names.join('、')}${unnamed.length > 0 && left.length === 0 ? `（列出的内容中未见${unnamed.map((w) => `「${w.heading}」`).join('、')}）` : ''}`,
      );
    }
    if (misnamed !== null)
      parts.push(
        `列出的组成部分“…${misnamed[0]}…”中的“${misnamed[1] ?? ''}”应为“行政诉讼”（格式的第四部分是“政府信息公开行政复议、行政诉讼情况”）`,
      );
    if (halfNamed !== null)
      parts.push(
        `列出的组成部分“${halfNamed.replace(/等.*$/, '')}”只有“${/复议/.test(halfNamed) ? '行政复议' : '行政诉讼'}”，缺“${/复议/.test(halfNamed) ? '行政诉讼' : '行政复议'}”（格式的第四部分是“${fourth?.heading.replace(HEADING_NUMBER, '') ?? ''}”）`,
      );
    // Since a fix of stop 34 after the measure of 614–643: the last part joined to the old one by 及
    // is not quoted as old (`…政府信息公开的支出和收费情况及其他需要报告的事项等六个部分组成`, real:
    // 昌江区信访局 2022).
    if (old !== undefined)
      parts.push(
        `列出的组成部分“${old
          .replace(/^(?:本报告|报告|全文)?(?:包括|包含|分为|由)[：:]?/, '')
          .replace(/等.*$/, '')
          .replace(
            OTHER_JOINED,
            '',
          )}”是2019年条例修订前的旧年报结构，现行格式规定为 ${count} 个部分：${names.join('、')}`,
      );
    if (repeated !== undefined)
      parts.push(`列出的组成部分中“${repeated}”重复，与所说的“${counted?.[1] ?? ''}个部分”对不上`);
    if (twice !== null && !renamed)
      parts.push(
        `列出的组成部分中“${twice.first}”和“${twice.second}”都是「${twice.heading}」，一个部分列了两次，${stated === null ? `而年度报告格式规定为 ${count} 个部分：${names.join('、')}` : `与所说的“${counted?.[1] ?? ''}个部分”对不上`}`,
      );
    if (wrongCount)
      parts.push(
        `文中说报告包括“${counted?.[1] ?? ''}${m?.[0].endsWith('项内容') ? '项内容' : '个部分'}”，但年度报告格式规定为 ${count} 个部分：${names.join('、')}`,
      );
    if (left.length > 0 && areasOnly === null && !renamed)
      parts.push(
        etc
          ? `列出的组成部分“${list.replace(LIST_VERB, '')}”${LIST_ETC.test(list) ? '以“等”结束' : `在“等”之后直接接“${etcLast?.[1] ?? ''}”，语句残缺`}，但仍缺少${left.map((w) => `「${w.heading}」`).join('、')}：年度报告格式规定为 ${count} 个部分，请核对`
          : `${wrongCount ? '列出的' : '文中列出报告的组成部分，但'}缺少${left.map((w) => `「${w.heading}」`).join('、')}`,
      );
    return parts.join('；');
  }
  return null;
});

/** The marks between a list's items. */
const LIST_ITEM_MARK = /[、，,]/;
/** An item of a list named as a part is (`…情况`, `…事项`). */
const PART_LIKE_ITEM = /(?:情况|事项)$/;
/** The fourth part's `复议、…诉讼` read as one item. */
const REVIEW_THEN_LITIGATION = /复议、(?=[^、]*诉讼)/g;

/**
 * Since a fix of stop 63 after the measure of 2576–2620: a list the report's whole is said to hold,
 * no number nor 等 (every item given), of four items or more each named as a part (`…情况`), fewer
 * than the format's parts (`全文包括主动政务信息公开情况、收到和处理政府信息公开申请情况、政府信息公开行政
 * 复议、行政诉讼情况、存在的主要问题及改进情况。`, real: 丰宁满族自治县融媒体中心 2023, three parts named
 * by their words, 总体情况 and 其他需要报告的事项 left out): the parts it leaves out are missing, as in a
 * list naming four.
 */
function partsListedShort(list: string, count: number): boolean {
  const items = list
    .replace(BRACKETED, '')
    .replace(LIST_VERB, '')
    .replace(REVIEW_THEN_LITIGATION, '复议和')
    .split(LIST_ITEM_MARK)
    .filter((it) => it !== '');
  return (
    items.length >= MIN_LISTED &&
    items.length < count &&
    items.every((it) => PART_LIKE_ITEM.test(it))
  );
}

/**
 * Two items in a row of a list of parts that each name one part, the same (the fourth part's own
 * `复议、诉讼` kept one item; brackets dropped).
 */
function partNamedTwice(
  list: string,
  words: readonly { heading: string; re: RegExp }[],
): { first: string; second: string; heading: string } | null {
  const items: string[] = [];
  for (const item of list.replace(BRACKETED, '').split(/[、，,]/)) {
    const last = items.length - 1;
    if (last >= 0 && /复议$/.test(items[last] ?? '') && item.includes('诉讼'))
      items[last] = `${items[last] ?? ''}、${item}`;
    else if (item !== '') items.push(item);
  }
  const only = (item: string) => {
    const named = words.filter((w) => w.re.test(item));
    return named.length === 1 ? named[0] : undefined;
  };
  for (let i = 1; i < items.length; i++) {
    const before = only(items[i - 1] ?? '');
    if (before !== undefined && before === only(items[i] ?? ''))
      return { first: items[i - 1] ?? '', second: items[i] ?? '', heading: before.heading };
  }
  return null;
}

/** Whether a UTF-16 code is a CJK unified ideograph (U+4E00–U+9FFF). */
const isCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Whether the first quote mark from `from` on is an opening `“`. */
function nextQuoteOpens(sentence: string, from: number): boolean {
  for (let i = from; i < sentence.length; i += 1) {
    const code = sentence.charCodeAt(i);
    if (code === 0x201c) return true;
    if (code === 0x201d) return false;
  }
  return false;
}

/** The enumeration comma `、` between a list's items. */
const LIST_MARK = 0x3001;

/**
 * A list of quoted items whose first opening quote was lost: `本报告由总体情况”“主动公开…”“…”六个部分
 * 组成` (real: 金厂镇 2025). Only a `”` right before the next item's `“` is taken: a `”` used for
 * both quotes (`”三审三校”`) is another slip.
 */
function strayQuote(sentence: string): string | null {
  // Only a `”` is found stray: a sentence without one has none (most sentences).
  if (!sentence.includes('”')) return null;
  let open = 0;
  for (let i = 0; i < sentence.length; i += 1) {
    const code = sentence.charCodeAt(i);
    if (code === 0x201c)
      open += 1; // “
    else if (code === 0x201d) {
      // ”
      if (open > 0) open -= 1;
      else if (sentence.charCodeAt(i + 1) === 0x201c && isCjk(sentence.charCodeAt(i - 1)))
        return sentence.slice(Math.max(0, i - 12), i + 6);
      // Since a fix after the measure of 464–493: a `”` between words with none open, the next
      // quote an opening one (`围绕建设壮美广西共圆复兴梦想”总目标总要求,全面落实“三大定位”`, real:
      // 广西壮族自治区人民政府办公厅 2020): its `“` lost. A `”` for both quotes (`”三审三校”`) has a
      // `”` next.
      else if (
        isCjk(sentence.charCodeAt(i - 1)) &&
        isCjk(sentence.charCodeAt(i + 1)) &&
        nextQuoteOpens(sentence, i + 1)
      )
        return sentence.slice(Math.max(0, i - 12), i + 6);
      // Since a fix of stop 64 after the measure of 2621–2665: a quoted list's item closed with none
      // open, the list going on at once with its mark and the next item's `“` (`“网上办事大厅”、“局长
      // 信箱”、政务服务”、“在线访谈”等栏目`, real: fixture 2663, a 广州 body's 2019 report): its `“` lost.
      else if (
        isCjk(sentence.charCodeAt(i - 1)) &&
        sentence.charCodeAt(i + 1) === LIST_MARK &&
        sentence.charCodeAt(i + 2) === 0x201c
      )
        return sentence.slice(Math.max(0, i - 12), i + 6);
      else return null;
    }
  }
  return null;
}

/** What follows a name in a sentence: punctuation, or the sentence's end. */
const NAME_FOLLOWER = /^$|[，,、。；;：:）)]/;
/** The closers (》 > ＞ 〉), each after the opener it closes (《 < ＜ 〈). */
const CLOSER = /[》>＞〉]/;
const MAY_STRAY = /[”》>＞〉]|号[）)]/;
/**
 * A document's number closed by a bracket (`〔2020〕109号）`).
 * Since a fix of stop 67 after the measure of 2756–2800: or the regulation's order (`《中华人民共和国政府
 * 信息公开条例》 国务院 令第 711 号)`), or a number whose year lost its closer (`国办公开办函〔202130 号)`),
 * both in one preface, real: 杨柳乡 2023: their `(` lost.
 */
const NUMBER_CLOSED = /(?:[〔[]\d{4}[〕\]]?\d+|令第\d{1,4})号[）)]/g;

/**
 * A document's number closed by a bracket none opened (real: 平潭综合实验区交通与建设局 2024,
 * `…管理办法>的通知》国办函〔2020〕109号）规定的…`: the `（` before 国办函 lost).
 */
function strayNumberBracket(sentence: string): string | null {
  if (!sentence.includes('号')) return null;
  for (const m of matchesOf(NUMBER_CLOSED, sentence)) {
    const before = sentence.slice(0, m.index);
    const opened = (before.match(/[（(]/g) ?? []).length;
    const closed = (before.match(/[）)]/g) ?? []).length;
    if (opened <= closed)
      return sentence.slice(Math.max(0, m.index - 12), m.index + m[0].length + 4);
  }
  return null;
}

/**
 * The first closing 》 > 〉 of a sentence with no opening before it, between two Chinese
 * characters (`…年度报告格式>永安镇人民政府…`: the rest of a title pasted twice); `>95%` is not one.
 */
export function strayCloser(sentence: string): string | null {
  const quote = strayQuote(sentence) ?? strayNumberBracket(sentence);
  if (quote) return quote;
  if (!CLOSER.test(sentence)) return null;
  if (sentence.includes('首页') && BREADCRUMB_PATH.test(sentence.trim())) return null;
  // How many of each opener are still open: 《, <, ＜, 〈.
  let book = 0;
  let less = 0;
  let fullLess = 0;
  let angle = 0;
  // Book titles closed so far: `《A》B》` lost the opener of B (a PDF's line may begin inside a
  // title opened on the line before: `信息公开条例》（国令…`, with none closed before it).
  let closedBooks = 0;
  // Angle brackets closed so far (`<…>`, `＜…＞`, `〈…〉`).
  let closedAngles = 0;
  for (let i = 0; i < sentence.length; i += 1) {
    let open: number;
    const code = sentence.charCodeAt(i);
    switch (code) {
      case 0x300a: // 《
        book += 1;
        continue;
      case 0x3c: // <
        less += 1;
        continue;
      case 0xff1c: // ＜
        fullLess += 1;
        continue;
      case 0x3008: // 〈
        angle += 1;
        continue;
      case 0x300b: // 》
        open = book;
        if (book > 0) {
          book -= 1;
          closedBooks += 1;
        }
        break;
      case 0x3e: // >
        open = less;
        if (less > 0) {
          less -= 1;
          closedAngles += 1;
        }
        break;
      case 0xff1e: // ＞
        open = fullLess;
        if (fullLess > 0) {
          fullLess -= 1;
          closedAngles += 1;
        }
        break;
      case 0x3009: // 〉
        open = angle;
        if (angle > 0) {
          angle -= 1;
          closedAngles += 1;
        }
        break;
      default:
        continue;
    }
    if (open > 0) continue;
    // Since a fix of stop 39 after the measure of 1109–1138: a 》 written twice after a title that
    // closed every title open (`根据《中华人民共和国政府信息公开条例》》(以下简称《条例》)`, real: 大英县
    // 农业农村局 2020); a nested title's `…办法》》` closes its outer title too, so is not read here.
    if (code === 0x300b && closedBooks > 0 && sentence.charCodeAt(i - 1) === 0x300b)
      return sentence.slice(Math.max(0, i - 12), i + 6);
    // Since a fix of stop 38 after the measure of 1079–1108: a 》 closing a name that a citing verb
    // opens in the same sentence (`贯彻实施中华人民共和国政府信息公开条例》(下称《条例》)是…`, real:
    // 望城区黄金园街道 2020): the name begins in this sentence, so its 《 was lost (a title continued
    // from the line before has no verb of citing right before its words).
    if (
      code === 0x300b &&
      closedBooks === 0 &&
      (CITED_NAME_OPENER_LOST.test(sentence.slice(0, i)) ||
        CITED_SHORT_NAME_OPENER_LOST_2396.test(sentence.slice(Math.max(0, i - 4), i)))
    )
      return sentence.slice(Math.max(0, i - 12), i + 6);
    // Since a fix of stop 59 after the measure of 2396–2440: a title's 》 after a title closed in the
    // same sentence, another title opening right after it (`《关于加强局机关门户网站管理的通知》“文化安康”
    // 新媒体平台信息安全管理制度》《网站安全管理制度》`, real: 安康市文化和旅游广电局 2021): a list of
    // titles, the middle one's 《 lost.
    if (
      code === 0x300b &&
      closedBooks > 0 &&
      sentence.charAt(i + 1) === '《' &&
      TITLE_WORDS_BEFORE_2396.test(sentence.slice(0, i))
    )
      return sentence.slice(Math.max(0, i - 12), i + 6);
    // Since a fix of stop 49 after the measure of 1769–1813: so a notice's name a citing verb opens
    // the sentence or its clause with, closed by 》 before its number (`根据国务院办公厅…关于印发<…>的通知》
    // (国办公开办函〔2021〕30号),现编制…`, real: 柳林县应急管理局 2023).
    if (
      code === 0x300b &&
      closedBooks === 0 &&
      CITED_NOTICE_OPENER_LOST.test(sentence.slice(0, i)) &&
      NUMBER_AFTER_TITLE.test(sentence.slice(i + 1, i + 24))
    )
      return sentence.slice(Math.max(0, i - 12), i + 6);
    // Since a fix of stop 39 after the measure of 1169–1198: so before its document number too
    // (`…年度报告格式》的通知国办公开办函〔2021〕30号 锡林郭勒盟政务公开领导小组办公室关于做好2021年政府
    // 信息公开年报工作的通知》(锡政公办字〔2021〕5号)要求`, real: 正蓝旗 2021).
    if (
      code === 0x300b &&
      closedBooks > 0 &&
      isCjk(sentence.charCodeAt(i - 1)) &&
      NUMBER_AFTER_TITLE.test(sentence.slice(i + 1, i + 24))
    )
      return sentence.slice(Math.max(0, i - 12), i + 6);
    // Since a fix of stop 40 after the measure of 1199–1258: so is an angle bracket after a name in angle
    // brackets closed in the same sentence, before a mark (`《…关于印发 <中华人民共和国政府信息公开工作
    // 年度报告格式> 的通知》(国办公开办函〔2021〕30号)等文件要求 中华人民共和国政府信息公开工作年度报告
    // 格式>,2022年…`, real: 兴安盟民政局 2022): the name's rest pasted again, its opener lost.
    if (
      code !== 0x300b &&
      closedAngles > 0 &&
      isCjk(sentence.charCodeAt(i - 1)) &&
      NAME_FOLLOWER.test(sentence.charAt(i + 1))
    )
      return sentence.slice(Math.max(0, i - 12), i + 6);
    // A second name's 》 after a title closed in the same sentence is stray whatever follows it
    // (real: 辽阳市 2019, `制定了《辽阳市2019年政务公开工作安排》辽阳市关于…实施方案》,推进…`); `>`
    // only between words.
    if (
      isCjk(sentence.charCodeAt(i - 1)) &&
      (isCjk(sentence.charCodeAt(i + 1)) ||
        (code === 0x300b && closedBooks > 0 && NAME_FOLLOWER.test(sentence.charAt(i + 1))))
    )
      return sentence.slice(Math.max(0, i - 12), i + 6);
    // Since a fix of stop 34 after the measure of 644–673: an angle bracket closing the last words
    // of its sentence, its only angle bracket, a title's rest pasted at a paragraph's end (`…请与扎赉
    // 特旗宝力根花苏木人民政府联系(…)。 中华人民共和国政府信息公开工作年度报告格式>`, real: 宝力根花苏木
    // 2025). Not a breadcrumb's `>` (`首页>政务公开>…`: another one before it), nor 》 (a title opened
    // on the line before).
    if (
      code !== 0x300b &&
      isCjk(sentence.charCodeAt(i - 1)) &&
      sentence.slice(i + 1).trim() === '' &&
      !ANGLES.test(sentence.slice(0, i))
    )
      return sentence.slice(Math.max(0, i - 12), i + 1);
  }
  return null;
}
/**
 * A document's number in brackets right after a title (`(锡政公办字〔2021〕5号)`). Since a fix of stop
 * 44 after the measure of 1379–1423: its year's closing bracket lost too (`关于印发〈…〉的通知》(国办公开办函
 * 〔202130号)`, real: 开福区发改局 2023: the notice's 《 lost, its number broken).
 */
const NUMBER_AFTER_TITLE = /^[（(][\u4e00-\u9fff]{0,10}[〔[［]\d{4}[〕\]］]?\d+号[）)]/;
/**
 * Since a fix of stop 44 after the measure of 1424–1483: a page's breadcrumb kept as a paragraph of
 * its own (`首页 > 汕头市医疗保障局 > 政务公开 > 政府信息公开工作年度报告`, real: 汕头市医保局 2020, no
 * title printed, its line read into the preface): `首页`, perhaps after a location's label, then two
 * steps of a path or more, no sentence's mark. Its `>` open nothing.
 */
const BREADCRUMB_PATH =
  /^(?:[^>＞<＜。，,；;]{0,12}[:：])?首页(?:\s*[>＞›»]\s*[^>＞›»<＜。，,；;]{1,30}){2,}$/;
/** Angle brackets, either way. */
const ANGLES = /[<>＜＞〈〉]/;
/**
 * A sentence's words up to a 》 that end in a law's or a notice's name right after a citing verb
 * (`贯彻实施中华人民共和国政府信息公开条例`), with no opener between.
 */
const CITED_NAME_OPENER_LOST =
  /(?:根据|按照|依据|依照|贯彻|实施|落实|执行|遵照|遵循)(?:中华人民共和国)?[\u4e00-\u9fff]{2,30}(?:条例|规定|办法)$/;

/**
 * Since a fix of stop 59 after the measure of 2396–2440: the regulation's short name alone right after
 * a citing verb, its 《 lost (`严格落实条例》,按照…`, real: 池州市自然资源和规划局 2022). Not 实施 (a
 * `实施办法》` ends a title opened before).
 */
const CITED_SHORT_NAME_OPENER_LOST_2396 = /(?:根据|按照|依据|依照|贯彻|落实|执行|遵照|遵循)条例$/;
/** A title's words since the last 》: no 《, no clause's mark (`“文化安康”新媒体平台…制度`). */
const TITLE_WORDS_BEFORE_2396 = /》[^《》，,。；;：:、]{4,40}$/;

/**
 * A notice's name from a citing verb at the sentence's or a clause's start to its `的通知`, with no
 * book-title mark or clause's mark between: its 《 lost (a title continued from the line before does
 * not begin with the verb).
 */
const CITED_NOTICE_OPENER_LOST =
  /(?:^|[，,。；;：:])\s*(?:根据|按照|依据|依照|遵照)[^《》，,。；;：:]{6,80}的通知$/;

/** The first stray closer of a text, sentence by sentence (so paragraph by paragraph). */
const strayIn = firstInParagraphs('”》>＞〉号', (_, analysed) => {
  // A stray closer is a `”` or a closer: a text with none has none (most texts).
  if (!MAY_STRAY.test(compactText(analysed))) return null;
  let held = '';
  for (const sentence of compactSentences(analysed)) {
    let said = sentence;
    const mark =
      held !== '' && closesFirst(sentence)
        ? markBetween(compactText(analysed), held, sentence)
        : null;
    if (mark !== null) said = `${held}${mark}${sentence}`;
    else if (held !== '') {
      const stray = strayCloser(held);
      if (stray) return stray;
    }
    held = titleLeftOpen(said) ? said : '';
    if (held !== '') continue;
    const stray = strayCloser(said);
    if (stray) return stray;
  }
  return held === '' ? null : strayCloser(held);
});

/**
 * Since a fix of stop 62 after the measure of 2531–2575 (fixer f92): a title holding its own
 * sentence's mark (a news item's `《最大雨强列南京近10年第二!暴雨中,他们在行动》发布南京日报微信平台`, real:
 * 建邺区水务局 2023) is read whole: a sentence cut at its `!` with a `《` still open is joined to the
 * next when that one's first title mark is a `》`, which closes it. `closesFirst`: whether a
 * sentence's first title mark is a `》` (the rest of a title opened before it).
 */
function closesFirst(sentence: string): boolean {
  const close = sentence.indexOf('》');
  if (close < 0) return false;
  const open = sentence.indexOf('《');
  return open < 0 || close < open;
}
/**
 * The `!` (or `！`) two sentences of a text were cut apart at, or null when a line break cut them: a
 * title runs on over its own mark, never over a line's end (a paragraph is read on its own,
 * `firstInParagraphs`). Since the lead's read-back of stop 62, after the fuzz found a `《` ending a
 * line joined to the next line's `》` in a batch and read apart after a keystroke.
 */
function markBetween(text: string, before: string, after: string): string | null {
  for (const mark of ['!', '！']) if (text.includes(`${before}${mark}${after}`)) return mark;
  return null;
}
/** Whether a sentence leaves a `《` open at its end. */
function titleLeftOpen(sentence: string): boolean {
  if (!sentence.includes('《')) return false;
  let depth = 0;
  for (const ch of sentence)
    if (ch === '《') depth += 1;
    else if (ch === '》') depth = Math.max(0, depth - 1);
  return depth > 0;
}

/**
 * An abbreviation's clause closed by a bracket never opened (`和《湖北省人民政府办公厅关于做好…工作
 * 的通知》,以下简称《通知》)相关要求编制`, real: 易家街 2019): `以下简称…` is said inside brackets
 * (`(国务院令第711号,以下简称《条例》)`), so its `)` with no `(` still open before it in the sentence
 * lost its opener.
 */
const ABBREVIATION_CLOSED = /(?:以下)?简称[^()（）。；;]{1,20}[)）]/g;

/**
 * Since a fix of stop 58 after the measure of 2351–2395: an abbreviation's bracket, the only one open,
 * closed twice (`《中华人民共和国政府信息公开条例》(以下简称《条例》))和省市区有关要求`, real: 南京市玄武区
 * 司法局 2023): the second closer has nothing left to close. Inside another bracket (`(国务院令第711号
 * (以下简称《条例》))`) both close their own.
 */
function closedTwice(sentence: string, end: number, depth: number): boolean {
  const next = sentence.charAt(end);
  return depth === 1 && (next === ')' || next === '）');
}

const strayAbbreviationCloserIn = firstInParagraphs('简', (_, analysed) => {
  if (!compactText(analysed).includes('简称')) return null;
  for (const sentence of compactSentences(analysed)) {
    for (const m of matchesOf(ABBREVIATION_CLOSED, sentence)) {
      let depth = 0;
      for (const ch of sentence.slice(0, m.index))
        if (ch === '(' || ch === '（') depth += 1;
        else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
      const end = m.index + m[0].length;
      if (depth === 0 || closedTwice(sentence, end, depth))
        return sentence.slice(Math.max(0, m.index - 12), end + 4);
    }
  }
  return null;
});

/**
 * Since a fix of stop 37 after the measure of 959–988: a bracket closed again after the sentence
 * its bracket closed had ended (`…,电子邮箱:1714303486@qq.com)。)`, real: 威远县小河镇 2019): the
 * second closer has no opener left on its line. A bracket holding a whole sentence (`(…邮编:362122。)`,
 * real: 百崎回族乡 2021, six others in the corpus) closes its own opener and is none.
 */
const STOP_THEN_CLOSER = /。[)）]/;

function closerAfterStop(line: string): string | null {
  if (!STOP_THEN_CLOSER.test(line)) return null;
  let depth = 0;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '(' || ch === '（') depth += 1;
    else if (ch === ')' || ch === '）') {
      if (depth === 0 && line[i - 1] === '。') return line.slice(Math.max(0, i - 14), i + 1);
      depth = Math.max(0, depth - 1);
    }
  }
  return null;
}

const closerAfterStopIn = perText({ anyOf: '）)', otherwise: null }, (text) => {
  if (!text.includes('。)') && !text.includes('。）')) return null;
  for (const line of linesOf(text)) {
    const stray = closerAfterStop(line);
    if (stray) return stray;
  }
  return null;
});

/**
 * Since a fix of stop 42 after the measure of 1349–1378: a contact line closed by a bracket none
 * opened, after its e-mail address or its telephone or postcode (`…请与天水市水务局联系,电话:8215795,
 * 邮箱:tssswjbgs@163.com)。`, real: 天水市水务局 2021; `…联系,联系电话:0319-6991003;电子邮箱:
 * nqxhjz@163.com)`, real: 侯家庄乡 2021; `…联系地址临淄区齐都路232号;…邮箱:lzqqdzdzb@zb.shandong)。`,
 * real: 齐都镇 2022): the `(` before 地址 or 电话 lost. Only in a sentence saying whom to contact
 * (`联系`), when no bracket is open before it on its line (`联系(地址:…;邮箱:…@163.com)` closes its
 * own).
 */
const CONTACT_CLOSED =
  /(?:[A-Za-z0-9._-]+@[A-Za-z0-9.-]*[A-Za-z0-9]|(?:电话|传真|邮编)[:：]?[\d\-－—]{5,20}\d)[)）]/g;

/** A mark between a contact line's items. */
const CONTACT_MARK = /[,，;；、]/;

const strayContactCloserIn = firstInParagraphs('）)', (_, analysed) => {
  const text = compactText(analysed);
  if (!(text.includes(')') || text.includes('）'))) return null;
  if (!(
    text.includes('@') ||
    text.includes('电话') ||
    text.includes('传真') ||
    text.includes('邮编')
  ))
    return null;
  for (const m of matchesOf(CONTACT_CLOSED, text)) {
    const line = text.lastIndexOf('\n', m.index) + 1;
    // The contact's sentence begins on this line (`请与…联系`): a PDF's line broken inside the
    // bracket (`…联系（地址：淮` / `…电` / `子邮箱：hazwgkc@163.com）。`, real: 淮安市 2024) is not read.
    // Since a fix of stop 44 after the measure of 1424–1483: or says where to ask (`…向社会公布,咨询
    // 电话:0877—4311123)。`, real: 峨山县岔河乡 2022).
    const said = text.slice(Math.max(line, text.lastIndexOf('。', m.index)), m.index);
    if (!said.includes('联系') && !said.includes('咨询')) continue;
    let depth = 0;
    for (let i = line; i < m.index; i += 1) {
      const ch = text[i];
      if (ch === '(' || ch === '（') depth += 1;
      else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    }
    if (depth === 0) {
      // Quoted from the contact's label (`邮箱:…@163.com)`), after the mark before it.
      let from = m.index;
      while (from > line && m.index - from < 24 && !CONTACT_MARK.test(text.charAt(from - 1)))
        from -= 1;
      return text.slice(from, m.index + m[0].length);
    }
  }
  return null;
});

/**
 * Since a fix of stop 50 after the measure of 1814–1858: a web address closed by a bracket none
 * opened (`可从万盛经开区关坝镇人民政府网站https://ws.cq.gov.cn/…/zfxxgknb_70056/)下载`, real: 关坝镇
 * 2025): the `(` before the address lost, as before a contact's (`strayContactCloserIn`). Only an
 * address a reader would type (`http`, `www.` or a `.gov` domain), with no bracket open before it on
 * its line (`网站(http://…)` closes its own; no other text of the corpus leaves one so).
 */
const ADDRESS_CLOSED =
  /(?:https?:\/\/|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[\w./%?=&#-]*)?[)）]|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.gov\.cn(?:\/[\w./%?=&#-]*)?[)）]/g;

const strayAddressCloserIn = firstInParagraphs('）)', (_, analysed) => {
  const text = compactText(analysed);
  if (!text.includes('http') && !text.includes('www.') && !text.includes('.gov')) return null;
  for (const m of matchesOf(ADDRESS_CLOSED, text)) {
    const line = text.lastIndexOf('\n', m.index) + 1;
    let depth = 0;
    for (let i = line; i < m.index; i += 1) {
      const ch = text[i];
      if (ch === '(' || ch === '（') depth += 1;
      else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    }
    if (depth === 0) return text.slice(m.index, m.index + m[0].length);
  }
  return null;
});

/** What opens a quotation: `“`, an ASCII `"` (often used for both ends), `「`. */
const QUOTE_OPENER = /[“"「]/;

/**
 * The one `”` of a sentence, between two Chinese characters, with no opener before it in the
 * sentence: a closing quotation mark whose opening one was lost (real: 安庆市迎江区 2020,
 * `执行一周一更新、…、一年一考评”工作机制`). A second `”` in the sentence (`”三审三校”`: one mark
 * for both ends) is another slip, not this one.
 */
export function loneCloser(sentence: string): string | null {
  const at = sentence.indexOf('”');
  if (at < 0 || sentence.includes('”', at + 1)) return null;
  if (QUOTE_OPENER.test(sentence.slice(0, at))) return null;
  if (!isCjk(sentence.charCodeAt(at - 1))) return null;
  if (!isCjk(sentence.charCodeAt(at + 1)) && !CLAUSE_MARK.test(sentence.charAt(at + 1)))
    return null;
  return sentence.slice(Math.max(0, at - 12), at + 6);
}

/**
 * A clause's mark after a lone `”` (`…贫困户数和贫困人口数”,该条申请…`, real: 威远县乡村振兴局 2021):
 * the quotation closed there as before a word.
 */
const CLAUSE_MARK = /^[，,、；;：:]$/;

/**
 * The first lone closing quotation mark of a text (`loneCloser`), read across sentences and
 * lines: a quotation may span them (`“…。…”`, or a PDF's line broken inside it), so a sentence
 * read while a quotation is still open is not taken.
 */
/** The quotation marks `loneCloserIn` counts. */
const QUOTE_MARKS = /[“「”」"]/g;

const loneCloserIn = perText({ anyOf: '”', otherwise: null }, (_, analysed) => {
  // Most texts have no `”` at all.
  if (!compactText(analysed).includes('”')) return null;
  // Quotations still open before the sentence: `“` and `「` not closed yet, and whether an ASCII
  // `"` is open.
  let open = 0;
  let ascii = false;
  for (const sentence of compactSentences(analysed)) {
    if (open === 0 && !ascii) {
      const lone = loneCloser(sentence);
      if (lone) return lone;
    }
    QUOTE_MARKS.lastIndex = 0;
    for (let m = QUOTE_MARKS.exec(sentence); m !== null; m = QUOTE_MARKS.exec(sentence)) {
      const ch = m[0];
      if (ch === '“' || ch === '「') open += 1;
      else if (ch === '”' || ch === '」') open = Math.max(0, open - 1);
      else ascii = !ascii;
    }
  }
  return null;
});

/** An opening bracket at a line's start before a number: a heading's (`(二`), said elsewhere. */
const HEADING_OPENER = /^[(（][一二三四五六七八九十\d]/;

/**
 * A bracket opened and never closed (`如对本报告有疑问,可与威远县乡村振兴局联系(地址:威远县严陵镇大桥
 * 98号,邮编:642450,联系电话:8221492` at a paragraph's end, real: 威远县乡村振兴局 2021): its
 * paragraph ends with it open and the next bracket of the text opens another before any closes
 * it. A bracket left open at the text's end (an excerpt cut there) and one closed on a later
 * line (a PDF's line broken inside it) are not said, nor a heading's (`(二主动公开`, said as a
 * heading's bracket lost).
 */
export function unclosedBracket(text: string): string | null {
  return unclosedOf(text.split('\n').map(bracketLine));
}

/** What a line tells of its brackets, read from its start alone. */
interface BracketLine {
  /** The line's first bracket: 1 an opener, -1 a closer, 0 none. */
  readonly first: -1 | 0 | 1;
  /** The opener still open at the line's end (not a heading's), quoted; null when none. */
  readonly open: string | null;
  /** The line ends with a full stop (its sentence said whole). */
  readonly endsSentence?: true;
}

function bracketLine(line: string): BracketLine {
  let first: -1 | 0 | 1 = 0;
  let depth = 0;
  let openedAt = -1;
  // From bracket to bracket (the expression skips the rest faster than a loop by character; by
  // `test`, which moves `lastIndex` past the bracket and makes no match array).
  BRACKETS.lastIndex = 0;
  while (BRACKETS.test(line)) {
    const i = BRACKETS.lastIndex - 1;
    const ch = line.charAt(i);
    if (ch === '(' || ch === '（') {
      if (first === 0) first = 1;
      if (depth === 0)
        openedAt =
          line.slice(0, i).trim() === '' && HEADING_OPENER.test(line.slice(i, i + 2)) ? -1 : i;
      depth += 1;
    } else if (ch === ')' || ch === '）') {
      if (first === 0) first = -1;
      depth = Math.max(0, depth - 1);
      if (depth === 0) openedAt = -1;
    }
  }
  const open = depth > 0 && openedAt >= 0 ? line.slice(openedAt, openedAt + 40) : null;
  return open !== null && /。\s*$/.test(line)
    ? { first, open, endsSentence: true }
    : { first, open };
}

/** The round brackets `bracketLine` reads, both widths. */
const BRACKETS = /[()（）]/g;

/**
 * The lines' first opener left open when the next bracket after its line opens another, or when
 * no bracket follows and its line ended its sentence (`(地址: 福州市闽清县…电子邮箱:mqxysqgk@163.com。`
 * ending the preface, real: 闽清县政府办 2020): not an excerpt cut inside the bracket.
 */
function unclosedOf(lines: readonly BracketLine[]): string | null {
  let pending: BracketLine | null = null;
  for (const line of lines) {
    // A closer on a later line (a PDF's line broken inside the bracket) closes it; a line
    // without a bracket keeps it open.
    if (pending !== null && line.first === 1) return pending.open;
    if (pending !== null && line.first === 0) continue;
    pending = line.open === null ? null : line;
  }
  return pending?.endsSentence ? pending.open : null;
}

/**
 * Each line's brackets, paragraph by paragraph (a keystroke reads its own line again). A line with
 * a closer only (`答复),均在法定期限内`, a PDF's line broken inside the bracket) is read too: read
 * alone, as the editor reads a paragraph, it closes the bracket the line before left open.
 */
const bracketLinesOf = perParagraph((text): readonly BracketLine[] =>
  BRACKET.test(text) ? text.split('\n').map(bracketLine) : NO_BRACKETS,
);
const BRACKET = /[()（）]/;
/** Lines without a bracket: as one such line. */
const NO_BRACKETS: readonly BracketLine[] = [{ first: 0, open: null }];

const unclosedIn = perText((_, analysed) => unclosedOf(bracketLinesOf(analysed)));

/**
 * Since a fix of stop 51 after the measure of 1949–1993 (helper f41): a bracket still open where its
 * text's last line ends (`请与威海市应急管理局办公室联系(地址:…;电话:0631-5225629;传真:0631-5234308` ending
 * the preface, real: 威海市应急管理局 2020). `unclosedOf` leaves it unsaid, an excerpt may be cut there;
 * the check says it only when a later part's heading was printed after it (the copy went on).
 */
const bracketOpenAtEndIn = perText({ anyOf: '(（', otherwise: null }, (text) => {
  const lines = text.trimEnd().split('\n');
  const last = bracketLine(lines[lines.length - 1] ?? '');
  return last.open !== null && last.endsSentence === undefined ? last.open : null;
});

/**
 * Whether the source printed the heading of a part after `section` (its text was not cut); after
 * the preface (no part of the format's), any part's heading.
 */
function laterPartPrinted(ctx: CheckContext, section: string): boolean {
  const headings = ctx.report.source?.headings ?? {};
  const sections = ctx.template.sections;
  const at = sections.findIndex((x) => x.id === section);
  return sections.slice(at + 1).some((x) => headings[x.id] !== undefined);
}

/**
 * Since a fix of stop 32 after the measure of 524–553: a Chinese double quotation mark opened and
 * never closed (`本报告的电子版可以在“中国新疆奇台县政府网(www.xjqt.gov.cn)上下载。如对本报告…`,
 * real: 七户乡 2020): its line ends with it open although its sentence ended and another followed
 * on the line, and the next quotation mark of the text is none or opens another. A quotation of
 * several sentences closed on a later line (a PDF's line broken inside it) is not said.
 */
/** What closes a `“`: its own closer, or a look-alike (`〞`, real: 新街口街道 2021). */
const QUOTE_CLOSERS = '”〞';

/** A line ending its sentence (its last mark, spaces aside). */
const SENTENCE_END = /[。！？!?；;”〞）)]\s*$/;
/** An article named before its quoted text (`第十五条`, `第二十七条规定:`, `第三款`). */
const ARTICLE_BEFORE = /第[一二三四五六七八九十百零〇\d]+[条款项](?:规定)?[:：]?$/;

/**
 * Since a fix of stop 54 after the measure of 2171–2215: a quotation opened again while one is open,
 * a clause's end between (`网站信息发布“三审制度,遵循“谁公开、谁负责”和“先审核、再公开”的原则`, real:
 * 怀化市林业局 2025): the first was never closed, when the sentence holds fewer `”` than `“` from it.
 * Not a quotation holding its own inner quotes (`‘…’`) before the next `“`: the writer's marks of two
 * levels mixed, the second `“` perhaps meant for an inner one (`“用好乡村建设‘六字诀’,“打造宜居宜业和美
 * 乡村”经验做法`, real: 西安市乡村振兴局 2023, passed by its gatherer as punctuation). A paragraph quoted
 * whole, left from a model text, is told at its opening quote (`“所列数据统计期限为…。本报告电子版可在“五原
 * 县政府网站…`, real: 复兴镇 2023).
 * Since a fix of stop 60 after the measure of 2441–2485 (fixer f84): also with no clause's end
 * between, where the first quotation opens on a channel's common word, no name (`退役军人事务局公众号
 * “微博以“公开政务、服务民生、沟通交流、凝聚民生”为宗旨,…`, real: 2463-xiongxian-tyjrswj 2019): a
 * quotation marks a name or a slogan; one opened on `微博` and never closed is a misplaced mark. An
 * account's name left open before the next (`微信公众号“共富家园 幸福盖北微信公众号抖音号“藤缘盖北”`, 724
 * 盖北镇 2021) and a mark written twice (`提供““阳光信访”`, 158 新蔡县 2020) were passed by their
 * gatherers as punctuation; the sentence's count of `”` tells a quotation nested in another
 * (`“深化“放管服”改革优化营商环境”`, 513 江永县 2023) from one never closed.
 */
const INNER_QUOTE = /[‘’]/;
/** A clause's or sentence's end inside a quotation: short quoted names hold none. */
const CLAUSE_END = /[,，。；;]/;
/** A channel's common word, which no quotation opens on (a name or a slogan follows the mark). */
const CHANNEL_WORD_FIRST = /^(?:微博|微信|抖音|头条|网站|公众号|客户端)/;
/**
 * Since a fix of stop 62 after the measure of 2531–2575 (fixer f92): a name left open right before the
 * next quoted name of a list of them (`涉及“黄河日报“清清卢氏”“魅力卢氏”“学习强国”等网络平台`, real:
 * 卢氏县住房和城乡建设局 2021): names quoted back to back, the first's `”` lost. Only when the next
 * quotation is itself followed by another (`”“`): 724's `“共富家园 幸福盖北微信公众号抖音号“藤缘盖北”发布平台`
 * (passed by its gatherer) runs words after its name and one account after.
 */
const NAME_ONLY = /^[\u4e00-\u9fffA-Za-z0-9]{2,12}$/;
function nameLeftOpenInList(line: string, between: string, at: number): boolean {
  if (!NAME_ONLY.test(between)) return false;
  const close = line.indexOf('”', at + 1);
  return close > at && line.charAt(close + 1) === '“' && !line.slice(at + 1, close).includes('“');
}
/**
 * Since a fix of stop 69 after the measure of 2846–2890: a quoted site's name ending on its kind's word,
 * a quotation opened right after it (`本报告的电子版可在“政府信息公开网站“市卫生健康委”版块…下载`, real:
 * 长春市卫生健康委员会 2024): the site's name is whole there and the next quotation names a part of it,
 * so the first's `”` was lost. The corpus prints no other name so run on into a quotation.
 */
const SITE_WORD_LAST = /(?:网站|门户网|平台|专栏)$/;
function openedAgain(line: string, open: number, at: number): boolean {
  const between = line.slice(open + 1, at);
  if (
    !CLAUSE_END.test(between) &&
    !CHANNEL_WORD_FIRST.test(between) &&
    !SITE_WORD_LAST.test(between) &&
    !nameLeftOpenInList(line, between, at)
  )
    return false;
  if (INNER_QUOTE.test(between)) return false;
  const end = line.indexOf('。', at);
  const sentence = line.slice(open, end < 0 ? line.length : end + 1);
  const opens = sentence.split('“').length - 1;
  const closes = [...sentence].filter((ch) => QUOTE_CLOSERS.includes(ch)).length;
  return closes < opens;
}

function unclosedQuote(text: string): string | null {
  let from = 0;
  for (const line of text.split('\n')) {
    from += line.length + 1;
    if (!line.includes('“')) continue;
    let open = -1;
    // A straight `"` open: a `“` after it closes it (`"土地管理“栏目`, real: 西乌旗自然资源局 2020).
    let ascii = false;
    let reopened = -1;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i] ?? '';
      if (ch === '"' || ch === '＂') ascii = !ascii;
      else if (ch === '“' && ascii) ascii = false;
      else if (ch === '“' && open < 0) open = i;
      else if (ch === '“' && reopened < 0 && openedAgain(line, open, i)) reopened = open;
      else if (QUOTE_CLOSERS.includes(ch)) open = -1;
    }
    if (reopened >= 0) return line.slice(reopened, line.indexOf('“', reopened + 1));
    if (open < 0) continue;
    const stop = line.indexOf('。', open);
    if (stop < 0) continue;
    // Since a fix of stop 39 after the measure of 1109–1138: a line (a paragraph) ending its sentence
    // with the quotation open is judged too (`线上加强丰城市政府门户网站、“幸福同田微信公众号等常规平台
    // 信息公开力度,…大大提升了公众查询政府信息便利度。` and the line's end, real: 丰城市同田乡 2020),
    // when no `”` comes later (below): a quotation across lines closes on a later one.
    const ends = line.slice(stop + 1).trim() === '';
    // A quoted list whose first `“` was lost (`本报告总体情况”“主动公开…”…“其他需要报告的事项六个
    // 部分组成。`, real: 吉林省文化和旅游厅 2024): its quotes run shifted, the last left open; the
    // stray `”` says the spot (text-stray-closer), once.
    if (strayQuote(line.slice(line.lastIndexOf('。', open) + 1, stop + 1)) !== null) continue;
    const rest = text.slice(from);
    // An article quoted whole (its sentences inside the quotation) on the text's last line, cut
    // inside its sentence (an excerpt's end: `第十五条“涉及商业秘密…不得公开。但是,第三方同意公开或者
    // 行政机关认`, real: 辛庄镇 2019): the quotation may close past the cut. A preface ending on a
    // phone number after a quotation left open (real: 七户乡 2020) is still said.
    if (
      rest.trim() === '' &&
      !SENTENCE_END.test(line) &&
      ARTICLE_BEFORE.test(line.slice(Math.max(0, open - 12), open))
    )
      continue;
    const next = /[“”〞]/.exec(rest);
    if (next === null || next[0] === '“') return line.slice(open, ends ? open + 30 : stop);
  }
  return null;
}

const unclosedQuoteIn = perText({ anyOf: '“', otherwise: null }, (text) =>
  text.includes('“') ? unclosedQuote(text) : null,
);

/**
 * Since a fix of stop 36 after the measure of 809–838: a title mark `《` never closed, its
 * sentence ended with it open (`根据…和《民勤县2023年政务公开工作实施方案要求,现发布《民勤县东湖镇
 * 2023年政府信息公开工作年度报告》。`, real: 民勤县东湖镇 2023: the second title's `》` closes the
 * second only). A title nested in another (`《关于印发《…办法》的通知》`) closes both; a line ending
 * with a title open (a PDF's line broken inside it, an excerpt cut there) is not judged. The
 * quotation is the open title's words up to the next `《` or the sentence's end.
 */
function unclosedTitle(text: string): string | null {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const from = lineStart;
    lineStart += line.length + 1;
    if (!line.includes('《')) continue;
    let first = -1;
    let depth = 0;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i];
      if (ch === '《') {
        if (depth === 0) first = i;
        depth += 1;
      } else if (ch === '》') depth = Math.max(0, depth - 1);
      else if ((ch === '(' || ch === '（') && depth > 0 && numberLeftOpen(text, from + i))
        return line.slice(first, i);
      else if (ch === '。' && depth > 0) {
        const next = line.indexOf('《', first + 1);
        return line.slice(first, Math.min(next > first ? next : i, i, first + 30));
      }
    }
  }
  return null;
}

/**
 * Since a fix of stop 50 after the measure of 1859–1903 (helper f36): a title left open before its
 * document number, the number in brackets and no `》` after it before the next `《` or the text's end
 * (`按照《国务院办公厅关于印发2021年政务公开工作要点的通知(国办发〔2021〕17号文件精神和要求`, real: 洛阳镇
 * 2021, its line cut with no stop): a number follows the title it numbers; a title nested in
 * another (`《关于印发《…》(…号)的通知》`) closes after it, not read.
 */
const NUMBER_IN_BRACKETS =
  /[（(][\u4e00-\u9fff]{1,10}[〔［【﹝[](?:19|20)\d{2}[〕］】﹞\]]\d{1,4}号/y;
const TITLE_MARK = /[《》]/g;
function numberLeftOpen(text: string, at: number): boolean {
  NUMBER_IN_BRACKETS.lastIndex = at;
  if (!NUMBER_IN_BRACKETS.test(text)) return false;
  TITLE_MARK.lastIndex = NUMBER_IN_BRACKETS.lastIndex;
  const next = TITLE_MARK.exec(text);
  return next === null || next[0] === '《';
}

const unclosedTitleIn = perText({ anyOf: '《', otherwise: null }, (text) =>
  text.includes('《') ? unclosedTitle(text) : null,
);

export const unclosedBracketCheck = defineCheck({
  id: 'text-bracket-unclosed',
  severity: 'warning',
  spec: '4.5',
  title: '正文的括号没有闭合',
  run(ctx) {
    return textFindings(
      ctx,
      (text) => {
        const open =
          unclosedIn(text) ??
          (laterPartPrinted(ctx, text.section) ? bracketOpenAtEndIn(text) : null);
        if (open !== null) return { open, quote: false, title: false };
        const quote = unclosedQuoteIn(text);
        if (quote !== null) return { open: quote, quote: true, title: false };
        const title = unclosedTitleIn(text);
        return title === null ? null : { open: title, quote: false, title: true };
      },
      ({ open, quote, title }) =>
        quote
          ? `文中“${open.slice(1)}”前的引号“没有后引号：句子结束了引号仍未闭合，请补全或删去`
          : title
            ? `“${open}…”的书名号到句末没有闭合：缺“》”，请在文件名称后补上`
            : `“${open}…”的括号到段末没有闭合：缺“）”，请补全`,
    );
  },
});

/**
 * A text or a paragraph opening with `据《…条例》` (`据《中华人民共和国政府信息公开条例》(以下简称
 * 《条例》)规定和…要求`, real: 孝感市 2024, 胡乐镇 2023): a report's basis opens with 根据 (or 依据);
 * the first character was lost.
 */
const BASIS_CUT = /^[ \t\u3000]*(据《(?:中华人民共和国)?(?:政府信息公开)?条例》)/m;

const basisCutIn = firstInParagraphs('据', (paragraph) =>
  paragraph.includes('据《') ? (BASIS_CUT.exec(paragraph)?.[1] ?? null) : null,
);

/**
 * Since a fix of stop 55 after the measure of 2216–2260: a paragraph opening with a cited title and
 * what it asks, as a noun (`《中华人民共和国政府信息公开条例》第五十条的要求及清远市政府信息公开的有关规定,
 * 结合工作实际,现公布…`, real: 清远市林业局 2024): `…的要求`, `…的(有关)规定` is the basis a report rests
 * on, which 根据 (依据, 按照) opens; with no word before the title, the paragraph's first word was lost.
 * Not a title as the subject of its verb (`《条例》规定,行政机关…`, `《条例》实施以来…`): only the noun
 * after 的, then a comma or another basis (及, 和). The corpus's only paragraph so opened.
 */
const BASIS_VERB_LOST =
  /^[ \t\u3000]*(《[^《》\n]{2,60}》[^，,。；;《》\n]{0,30}?的(?:有关|相关)?(?:要求|规定))(?=[，,及和与])/m;

const basisVerbLostIn = firstInParagraphs('《', (paragraph) =>
  paragraph.includes('的') ? (BASIS_VERB_LOST.exec(paragraph)?.[1] ?? null) : null,
);

/** What `text-opening-lost` says of a paragraph's lost opening. */
function openingLostMessage(lost: { readonly cut: string } | { readonly verb: string }): string {
  if ('cut' in lost)
    return `段首写作“${lost.cut}…”：编制依据应写“根据${lost.cut.slice(1)}”，句首丢了“根”字，请补上`;
  return `段首写作“${lost.verb}…”：句首缺少“根据”（或“依据”“按照”），编制依据应写“根据${lost.verb}…”，请补上`;
}

export const basisCutCheck = defineCheck({
  id: 'text-opening-lost',
  severity: 'warning',
  spec: '4.5',
  title: '段首丢字（“据《条例》”）',
  run(ctx) {
    return textFindings(
      ctx,
      (text) => {
        const cut = basisCutIn(text);
        if (cut !== null) return { cut };
        const verb = basisVerbLostIn(text);
        return verb === null ? null : { verb };
      },
      openingLostMessage,
    );
  },
});

/**
 * Since a fix of stop 65 after the measure of 2666–2710: a sentence begun after a stop on its own line
 * whose first title mark is a 》 (`…及时进行解读。2019年对福建省工伤预防费使用管理实施办法(试行)》《莆田市
 * 就业补助资金管理实施办法》…`, real: 涵江区人社局 2019): no title can have opened on a line
 * before it, so its 《 was lost. `strayIn` reads sentences apart from their lines, and passes a 》 with
 * none open or closed before it as a title continued from the line before; after a stop on the same
 * line there is none, unless a 《 is still open before the stop. The corpus's three others (辽阳市 2019, 秦皇岛市生态环境局 2022, 开福区人民政府办公室 2023)
 * are said by `strayIn` already, with the same words quoted.
 */
const OPENER_LOST_AFTER_STOP = /[。；;！？!?]([^《》。；;！？!?\n]{4,60}?)》/;
const CLOSER_SENTENCE_END = /[。！？!?\n]/g;
const openerLostAfterStopIn = firstInParagraphs('》', (_, analysed) => {
  const text = compactText(analysed);
  if (!text.includes('》')) return null;
  const m = OPENER_LOST_AFTER_STOP.exec(text);
  // A title holding a stop of its own (`《关于…工作。…的通知》`) was opened before it, on its line.
  if (m === null || titleLeftOpen(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)))
    return null;
  // The words `strayIn` quotes: up to 12 before the 》 and 5 after it, within its sentence.
  const start = m.index + 1;
  const close = m.index + m[0].length - 1;
  CLOSER_SENTENCE_END.lastIndex = close;
  const end = CLOSER_SENTENCE_END.exec(text)?.index ?? text.length;
  return text.slice(Math.max(start, close - 12), Math.min(end, close + 6));
});

/** The readings of a closer with nothing it closes, in the order their finds are said. */
const STRAY_CLOSER_READINGS: readonly ((text: ReportText) => string | null)[] = [
  strayIn,
  loneCloserIn,
  strayAbbreviationCloserIn,
  closerAfterStopIn,
  strayContactCloserIn,
  strayAddressCloserIn,
  openerLostAfterStopIn,
];

/**
 * Every stray closer the readings find in a text, the first reading's first; null when none.
 * Since a fix of stop 55 after the measure of 2216–2260: a text's other readings asked once one
 * has found (`(以下简称例》)` and, in the same preface, `在“中邵武”http://www.shaowu.gov.cn/)政府信息公开专栏
 * 公布`, real: 邵武市林业局 2019: two slips, the second hidden by the first), so that the one finding
 * says each; a text with none asks every reading as before.
 */
function strayClosersIn(text: ReportText): readonly string[] | null {
  const at = STRAY_CLOSER_READINGS.findIndex((read) => (read(text) ?? '') !== '');
  if (at < 0) return null;
  const found: string[] = [];
  for (const read of STRAY_CLOSER_READINGS.slice(at)) {
    const stray = read(text);
    if (stray && !found.some((f) => f.includes(stray) || stray.includes(f))) found.push(stray);
  }
  return found;
}

/** A closing 》/> with nothing it closes: words lost or pasted twice around it. */
export const strayCloserCheck = defineCheck({
  id: 'text-stray-closer',
  severity: 'warning',
  spec: '4.5',
  title: '正文有多余的书名号或尖括号',
  run(ctx) {
    return textFindings(ctx, strayClosersIn, (strays) => {
      const said = strays.map((stray) => `“…${stray}…”`).join('和');
      return `${said}中的书名号、括号、尖括号或引号没有对应的开头，疑为复制粘贴时残留或缺字，请核对${strays.length > 1 ? '这些句子' : '这句话'}`;
    });
  },
});

/**
 * Since a fix after the measure of 464–493: an e-mail address after its label with its `@` lost,
 * the mailbox's name run into a public mail domain (`邮箱:qzxxgkb163.com`, real: 泉州市 2019;
 * `电子信箱jczdzbgs163.com`, real: 金厂镇 2025): the address cannot be used. Only the public
 * mail services' domains are read (an agency's own domain may be its website's too), and only
 * right after the label (`信箱有效信件163` is a count; `邮箱域名为…` names a domain).
 */
const MAIL_LABEL = /邮箱|电子邮件|信箱|[Ee]-?[Mm]ail|EMAIL/;
const MAIL_AT_LOST =
  /(?:电子邮箱|邮箱|电子邮件|电子信箱|[Ee]-?[Mm]ail|EMAIL)(?:地址)?[为是]?[:：]?\s?([A-Za-z0-9._-]*?[A-Za-z0-9_-](?:163|126|qq|QQ|sina|sohu|139|189|yeah|gmail|hotmail|foxmail|aliyun|outlook)\.(?:com|net|cn))(?![A-Za-z0-9.@＠])/;

/**
 * Since a fix of stop 38 after the measure of 1079–1108: an address with its domain's name lost,
 * nothing between `@` and the dot (`电子邮箱;249817392@.com`, real: 望城区黄金园街道 2020): it cannot
 * be used either.
 */
const MAIL_DOMAIN_LOST = /([A-Za-z0-9._-]+[@＠]\.(?:com|net|cn|org)(?:\.cn)?)(?![A-Za-z0-9])/;

/** The first e-mail address of a text with its `@` lost (`at`) or its domain's name (`domain`). */
const mailAtLostIn = firstInParagraphs(
  '邮箱Mm',
  (_, analysed): { mail: string; lost: 'at' | 'domain' } | null => {
    const compact = compactText(analysed);
    if (!MAIL_LABEL.test(compact)) return null;
    const m = MAIL_AT_LOST.exec(compact);
    if (m) return { mail: m[1] ?? '', lost: 'at' };
    const d =
      compact.includes('@.') || compact.includes('＠.') ? MAIL_DOMAIN_LOST.exec(compact) : null;
    return d ? { mail: d[1] ?? '', lost: 'domain' } : null;
  },
);

export const mailAtLostCheck = defineCheck({
  id: 'contact-email-at-missing',
  severity: 'warning',
  spec: '4.5',
  title: '联系邮箱缺“@”或域名',
  run(ctx) {
    return textFindings(
      ctx,
      (text) => mailAtLostIn(text),
      ({ mail, lost }) =>
        lost === 'at'
          ? `联系邮箱写作“${mail}”：缺少“@”，地址无法使用，请补上（如“用户名@域名”）`
          : `联系邮箱写作“${mail}”：“@”后缺少域名，地址无法使用，请补全（如“用户名@qq.com”）`,
    );
  },
});

/**
 * A site's name and its address in brackets (`黔南州人民政府门户网站(http://znyncj.qiannan.gov.cn)`);
 * the name after the last word that joins names (`在`, `和`, `、`).
 */
const SITE_WITH_ADDRESS =
  /([^\s，,。；;：:、“”"()（）和及或与在]{2,30}(?:网站|网|平台))[”"]?\s*[（(]\s*(?:网址\s*[:：]\s*)?((?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[\w./-]*)?)\s*[）)]/g;
const siteAddress = (address: string): string =>
  address
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');

/**
 * Since a fix of stop 41 after the measure of 1319–1333: two sites of different names given one
 * address in a sentence (`可在黔南州人民政府门户网站(http://znyncj.qiannan.gov.cn)和黔南州农业农村局门户
 * 网站(http://znyncj.qiannan.gov.cn)下载`, real: 黔南州农业农村局 2020, the government's portal given
 * the bureau's address): one of them is wrong. The corpus has no sentence giving two names one
 * address rightly.
 */
const repeatedAddressIn = firstInParagraphs(
  '网',
  (paragraph): { first: string; second: string; address: string } | null => {
    if (!paragraph.includes('网') || paragraph.indexOf('.') === paragraph.lastIndexOf('.'))
      return null;
    for (const sentence of paragraph.split(/[。\n]/)) {
      if (!sentence.includes('网')) continue;
      const seen = new Map<string, string>();
      for (const m of sentence.matchAll(SITE_WITH_ADDRESS)) {
        const name = m[1] ?? '';
        const address = siteAddress(m[2] ?? '');
        const before = seen.get(address);
        if (before !== undefined && before !== name)
          return { first: before, second: name, address: m[2] ?? '' };
        if (before === undefined) seen.set(address, name);
      }
    }
    return null;
  },
);

export const repeatedAddressCheck = defineCheck({
  id: 'website-address-repeated',
  severity: 'warning',
  spec: '4.5',
  title: '两个网站写成同一网址',
  run(ctx) {
    return textFindings(
      ctx,
      (text) => repeatedAddressIn(text),
      ({ first, second, address }) =>
        `文中“${first}”和“${second}”给出同一个网址“${address}”：两个不同的网站不会是同一个网址，其中一个网址可能写错了，请核对`,
    );
  },
});

const TRIVIAL_PROBLEMS = /^(?:无|暂无|没有|无问题|暂无问题)[。.]?$/;

/** Section 五 left as a bare `无`. */
export const problemsTrivialCheck = defineCheck({
  id: 'problems-trivial',
  severity: 'warning',
  spec: '4.5',
  title: '存在的主要问题只写了“无”',
  run({ report }) {
    const problems = compactText(report.narrative.problems ?? '').trim();
    if (!TRIVIAL_PROBLEMS.test(problems)) return [];
    return [
      {
        fields: ['narrative.problems'],
        section: 'problems',
        message: `「五、存在的主要问题及改进情况」只写了“${problems}”：应写明存在的主要问题、上一年度问题的改进情况和下一年度的改进措施`,
      },
    ];
  },
});

/**
 * Words that say which level the figures cover; naming the government with its own office
 * (`市政府和市政府办公厅`, `以城口县人民政府及其办公室名义`) says they are 本级, and so does a town's
 * government with what it runs (`镇政府及所属站所`) or its organs (`镇机关`). Not 本级 in the name of
 * a kind of information (`主动公开本级政府文件1条`, real: 阚疃镇 2024). Since a fix of stop 33 after
 * the measure of 554–583: 全苏木 (`全苏木累计…公开信息23条`, real: 温图高勒苏木 2021), and a count
 * of the villages' own information among the parts of the figures (`村(社区)栏目199条`, real: 胡乐镇
 * 2023; `其中包括村务公开238条`, real: 立岗镇 2022): the town's figures are said to hold its 村.
 * Since a fix of stop 33 after the measure of 584–613: the region's agencies of every level whose
 * work the report sums (`本报告综合西山区各级行政机关…工作情况编制而成`, real: 西山区 2025).
 * Since a fix of stop 34 after the measure of 584–613: the government with its office in brackets
 * (`主动公开区政府(含区政府办公室)各类信息6452条`, real: 大足区人民政府办公室 2023), and the office by
 * its short name (`发布市政府及政府办文件及解读信息66条`, real: 高平市人民政府办公室 2022, 2023; not
 * `政府及时办理`). Not documents issued in the name of either (`凡以区政府或区政府办公室名义制发的
 * 公文,都要填写审查表`, real: 藁城区 2022; `以政府办名义印发的…政策文件…全部…公开`, real: 阿拉善右旗
 * 人民政府办公室 2022): a rule of the work, said of no count. Since a fix of stop 34 after the measure of
 * 644–673: the two joined by 暨 (`公开市政府暨市政府办公室政策文件23件`, real: 邢台市人民政府办公室 2025).
 * Since a fix of stop 35 after the measure of 674–718: nor 本级 in the name of the matters a hall's
 * guides are for (`政务服务中心窗口提供本级行政审批事项办事指南`, real: 长塘镇 2023).
 * Since a fix of stop 35 after the measure of 749–778: the report said to cover the region's whole
 * administrative area (`内容涵盖孝昌县行政区域内总体情况`, real: 孝昌县 2020): its figures the region's.
 */
/*
 * Since a fix of stop 37 after the measure of 959–988: nor 本级 in the name of a kind of information
 * listed among the parts of the count (`其中,本级政府政策(含解读)3条、规划信息3条`, real: 柴湖镇 2022).
 */
/*
 * Since a fix of stop 37 after the measure of 989–1018: the information said to be the government's
 * own (`全年共主动公开政府信息89条,其中…主动公开本政府产生的政务信息`, real: 嫘祖镇 2021): 本级, as
 * 本级政府 is.
 */
/*
 * Since a fix of stop 38 after the measure of 1019–1048: nor 本机关制作 as the outcome of a request
 * answered (`“非本机关制作或保存”6件`, real: 亦庄镇 2019): information the agency does not hold.
 */
/*
 * Since a fix of stop 44 after the measure of 1424–1483: the organ's own information said published
 * (`积极主动公开本行政机关的政府信息`, real: 六盘水市人民政府(市人民政府办公室) 2023, the words of the
 * 条例's article 19): 本级, as 本政府产生 is.
 */
/*
 * Since a fix of stop 46 after the measure of 1574–1633: a count of the villages' own affairs set
 * beside the government's, after it in its sentence (`2022年苏木共公开政府信息96条,嘎查村村务672条`,
 * real: 阿嘎如泰苏木 2022, its gatherer reading the 96 as the 苏木's own): the villages counted apart,
 * the other count the government's. Not the villages' as a part of the count (`我镇主动公开政府信息5条。
 * 其中,村级公开3条`, real: 阜平县天生桥镇 2021, its gatherer asking the scope).
 */
/*
 * Since a fix of stop 49 after the measure of 1769–1813: nor 本级 naming the policy documents whose
 * publishing was strengthened (`2023主动公开信息1047条,不断加强公开本级政策文件和政策解读工作`, real:
 * 寿县安丰塘镇 2023, its gatherer: 说的是政策文件，不算说明了1047条的范围): a kind of document, as
 * 本级政府文件 is, not whose the figures are.
 */
const SCOPE =
  /(?<!非)本(?:政府|机关)(?:产生|制作|形成)|公开本(?:行政)?机关的政府信息|本级(?!政府文件|政府政策|政策文件|行政审批|政务服务)|(?:涵盖|覆盖)[^，。；、]{0,12}行政区域|全(?:市|区|县|省|州|盟|旗|镇|乡|街道|苏木)|各(?:县|区|市|乡|镇|街道)|汇总|各级(?:行政)?机关|政府(?:及其|和|及|与|暨|[（(]含)(?:(?:[^，。；、]{0,6}政府)?办公(?:室|厅)|[^，。；、]{0,6}政府办(?![理事法]))|(?:镇|乡|苏木)(?:人民)?政府(?:及其?|和)所属|(?:镇|乡|苏木)(?:政府)?机关(?!(?:公示|公开|宣传|公告|信息)栏|网站|门户|职能|职责|机构|简介|概况)|村(?:[（(](?:社区|居)[)）])?(?:务公开|栏目)(?:信息)?\d|\d(?:余|多)?条[,，、][\u4e00-\u9fff]{0,4}?村(?:务|级)(?:公开)?(?:信息)?(?:共|累计)?\d+(?:余|多)?条/;
/*
 * Since a fix of stop 38 after the measure of 1049–1078: not the town's organs' board named as a
 * channel (`2022年,德兴乡主动公开信息289期、乡机关公示栏公示61次`, real: 墨脱县德兴乡 2022): where the
 * items were posted, not whose they are (as `镇机关本部及下属事业单位`, real: 长征镇 2025, says).
 */
/*
 * Since a fix of stop 38 after the measure of 1079–1108: nor the organs' functions named as a kind of
 * information published (`以线上公开的方式积极推进我镇机关职能、机构设置、办公地址…等机构信息公开`,
 * real: 西秀区黄腊乡 2020, whose `我乡通过西秀区政府官网公开规划类信息6条` says nothing of whose): what
 * was published, not whose the figures are.
 */
/**
 * A government's departments or units (`全县各部门`, `各单位`): below a county, a region of its
 * own; a town's (`明确各部门在信息管理工作中的职责`, real: 阚疃镇 2024) are its own offices, and
 * naming them says nothing of its villages.
 */
const UNITS = /各(?:部门|单位)/;
/**
 * A region's bare name (`沈阳市苏家屯区`), not a zone's (`…经济开发区`, `…工业园区`). Since a fix of
 * stop 50 after the measure of 1814–1858: nor a zone's short name (`太仓高新区`, real: 2022, its
 * 管委会 reporting, its gatherer judging no scope; `…经开区`): a development zone's committee still,
 * no government with levels below it.
 */
const REGION_NAME = /^[\u4e00-\u9fff]{2,12}(?:市|县|区|旗)$/;
/*
 * Since a fix of stop 54 after the measure of 2171–2215: nor a customs district (`湛江海关关区`, real:
 * 湛江海关 2023, `梳理编制湛江海关关区2023年政府信息公开工作年度报告`): the 关区 a 海关 and the 隶属海关
 * under it keep, a line agency's, no government's (山海关区, 城关区 are: their 关区 follows no 海关).
 */
const ZONE_NAME = /(?:开发|园|试验|示范|合作|保税|贸易|功能|风景|管理|高新|经开|海关关)区$/;
const isRegionName = (name: string): boolean => REGION_NAME.test(name) && !ZONE_NAME.test(name);
/** A region's second name in brackets after the agency's (`高新区(新市区)`: 新市区). */
const REGION_ALIAS = /(?<=[区县市旗])[（(]([\u4e00-\u9fff]{2,8}(?:市|县|区|旗))[)）]$/;

/**
 * A government's general office (`银川市人民政府办公室`, `上海市人民政府办公厅`, `县政府办`); not its
 * other offices (`人民政府地方志办公室`, `人民政府外事办公室`, `人民防空办公室`, `信访办公室`), nor a
 * development zone's committee's (`管委会办公室`), whose figures are their own.
 */
const GOVERNMENT_OFFICE = /政府(?:办公(?:室|厅)|办)$/;
/**
 * Since a fix of stop 33 after the measure of 584–613: a region named above a town's own
 * (`为服务全县经济社会发展`, real: 德兴乡 2022) says nothing of the town's figures; nor does a scope
 * word in a document's title (`《2022年全市政务公开工作要点任务落实台账》`, real: 银川市人民政府办公室
 * 2022).
 */
const ABOVE_TOWN = /^(?:全(?:市|区|县|省|州|盟|旗)|各(?:县|区|市))$/;
const TITLE = /《[^《》\n]{0,60}》/g;

/**
 * Since a fix of stop 34 after the measure of 584–613: an office that gives a count as its own, itself
 * the subject of the clause (`我办在政府信息公开专栏主动公开文件共5件`, real: 海棠区人民政府办公室 2020;
 * `本机关收到4件政府信息公开申请`, real: 天门市人民政府办公室 2025; `区政府办累计发布各类政府信息4656条`,
 * real: 义安区政府办 2020; `区人民政府办公室未收到政府信息公开申请`, real: 开福区人民政府办公室 2023), says
 * the figures are its own. Not the office leading a sentence whose counts come clauses later (`我办认真
 * 贯彻落实《…》,…依托政府门户网站组织发布信息3470条`, real: 宽城满族自治县人民政府办公室 2023;
 * `银川市人民政府办公室紧扣…`, real: 银川市人民政府办公室 2022): the portal's count may be the whole
 * government's. Nor the office guiding another (`县政府办公室指导寻召乡主动公开政务信息545条`, real:
 * 平乡县人民政府办公室 2024): the count is the one guided.
 */
/*
 * Since a fix of stop 35 after the measure of 674–718: a count in 万 (`2019年,梅县区政府办主动公开政府
 * 信息1.17万条`, real: 梅县区人民政府办公室 2019) is one too.
 */
const OFFICE_OWN_COUNT =
  /(?:我办|本办|本机关|政府办公(?:室|厅)|政府办)(?:(?:(?!指导|督促|推动|要求|协调|帮助)[^，。；,;]){0,16}?(?:收到|受理|办理|公开|发布)[^，。；,;]{0,12}?\d+(?:\.\d+)?万?余?(?:条|件|个|篇|份)|[^，。；,;]{0,8}?未(?:收到|受理))/;
/** The compact text with the titles of documents (`《…》`) taken out: their words say nothing of it. */
const untitledIn = perText((_, analysed) => {
  const text = compactText(analysed);
  return text.includes('《') ? text.replace(TITLE, '') : text;
});
/**
 * Since a fix of stop 53 after the measure of 2126–2170: not the office saying only the requests are
 * its own (`2025年本机关共受理政府信息公开申请15件`, real: 铜梁区人民政府办公室 2025) where the items
 * published are counted with no subject (`其中,行政规范性文件10件…,转载重大政策信息765条`, its gatherer:
 * (二)才写“本机关共受理”): the requests' scope said, the published figures' not, as `requestsOnly`
 * reads a town's 本单位. Items forwarded (`转载`) are published by the office too.
 */
/*
 * Only the office's self-word (`本机关`, `我办`), as the format's 表三 counts every report's requests
 * as 本机关's; the office naming itself the subject of the requests (`朔州市政府办公室共受理政府信息公开申请
 * 16件`, real: 朔州市人民政府办公室 2021 and 2024, beside `在市政府门户网站发布政府信息10504条`, their
 * gatherers: 市政府办公室主管市政府门户网站…不判) is still read as saying its figures are its own (stop 34).
 */
const OFFICE_OWN_COUNTS = new RegExp(OFFICE_OWN_COUNT.source, 'g');
const OFFICE_SELF_WORD = /^(?:我办|本办|本机关)/;
const OFFICE_ITEMS_PUBLISHED =
  /(?<!依申请)(?:公开|发布|转载)(?:(?!申请)[^，,。；;\d]){0,12}\d+(?:\.\d+)?万?(?:余|多)?(?:条|篇)/;
const officeOwnIn = perText((text) => {
  const untitled = untitledIn(text);
  for (const m of matchesOf(OFFICE_OWN_COUNTS, untitled))
    if (!(OFFICE_SELF_WORD.test(m[0]) && officeRequestsOnly(m[0], untitled))) return true;
  return false;
});
const officeRequestsOnly = (clause: string, text: string): boolean =>
  (REQUESTS_IN_SENTENCE.test(clause) || NO_REQUESTS_IN_SENTENCE.test(clause)) &&
  !OFFICE_ITEMS_PUBLISHED.test(clause) &&
  OFFICE_ITEMS_PUBLISHED.test(text);
/**
 * Since a fix of stop 67 after the measure of 2756–2800: so does an office whose self-word leads the
 * sentence right before the year's total published, that total given with no subject of its own and no
 * channel (`2023年,我办重点围绕…,认真做好政府信息公开工作…。今年主动公开政府信息1211条,其中通过政府门户网站
 * 公开信息1034条`, real: 2774 同心县人民政府办公室 2023, its gatherer: 前句主语是“我办”，是办公室本身的公开数):
 * the office told as doing the work, then what it published. Not the office leading a sentence whose
 * count is the portal's (`我办认真贯彻落实…,依托政府门户网站组织发布信息3470条`, real: 239 宽城, stop 34),
 * nor its self-word paragraphs before the count (`2023年,我办坚持…`, then `全年公开各类政府信息3050条`, real:
 * 2744 刚察县人民政府办公室 2023): whose the figures are is not said there.
 */
const OFFICE_SELF_THEN_TOTAL =
  /(?:^|[。；;\n])(?:(?:19|20)\d{2}年度?[,，]?)?(?:我办|本办|本机关)[^。；;\n]{0,200}?[。；;](?:今年|全年|本年度?|年内)(?:共|累计)?(?:主动)?公开(?:[^，,。；;\d\n门网]){0,10}?\d+(?:\.\d+)?万?(?:余|多)?条/m;
const officeSelfThenTotalIn = perText({ anyOf: '办机', otherwise: false }, (text) =>
  OFFICE_SELF_THEN_TOTAL.test(untitledIn(text)),
);
/**
 * Since a fix of stop 67 after the measure of 2756–2800: an office's report whose only figures are the
 * requests it received, no item said published anywhere in its text (`2024年,我办坚持…`, then `2024年共受理
 * 信息公开申请50件,其中结转2023年3件…`, real: 2776 红桥区人民政府办公室 2024, its gatherer: 办公室本身的申请，
 * 不判范围): the requests are those made to the office itself (the format's 表三 counts 本机关's), and no
 * published figure is left whose scope it could tell. Not where any item is counted in 条 or 篇 (`收到申请公开
 * 21条`, `本年度共公开政府信息3030条`, real: 府谷县 县政府办 2022), nor documents published in 件
 * (`公开规范性文件20件`).
 */
const REQUESTS_COUNTED_ANYWHERE =
  /(?:受理|收到|接到|接收)[^。；;\d]{0,24}?申请[^，,。；;\d]{0,8}?\d+件/;
/*
 * Any count of items in 条 or 篇, in 万 too (`主动公开政府信息20余万条`, real: 银川市人民政府办公室 2022): a figure
 * published, whatever verb it follows.
 */
const ITEMS_COUNTED_ANYWHERE =
  /\d+(?:\.\d+)?(?:余|多)?万?(?:余|多)?(?:条|篇)|(?<!依申请)(?:公开|发布|转载|印发)(?:(?!申请)[^，,。；;\d]){0,12}\d+(?:余|多)?(?:件|个|份)/;
const itemsPublishedIn = perText({ anyOf: '条篇开布载发', otherwise: false }, (text) =>
  ITEMS_COUNTED_ANYWHERE.test(untitledIn(text)),
);
const requestsCountedIn = perText({ anyOf: '申', otherwise: false }, (text) =>
  REQUESTS_COUNTED_ANYWHERE.test(untitledIn(text)),
);
const officeCountsRequestsOnly = (texts: readonly ReportText[]): boolean =>
  texts.some((t) => requestsCountedIn(t)) && !texts.some((t) => itemsPublishedIn(t));
/**
 * Since a fix of stop 35 after the measure of 674–718: so does a town's people's government, the
 * subject of the clause giving the count (`2023年大兴乡人民政府共主动公开各类政府信息308条`, real: 大兴乡
 * 2023; `牛街乡人民政府通过信息平台公开信息累计主动公开政府信息3条`, real: 牛街乡 2019): the government
 * itself, not the town with its 村, published them. Not `我镇` (the town or its government, the
 * corpus's decision), nor the government's site or board named as the channel (`通过镇政府网站`,
 * `乡政府政务公开栏`): the name opens the clause.
 */
/*
 * Since a fix of stop 37 after the measure of 959–988: the town's government by its short name
 * (`截止2022年12月31日,山城镇政府累计主动公开政府信息945条`, real: 山城镇 2022), the corpus reading it
 * as 长白镇人民政府's (`长白镇人民政府累计主动公开政府信息60余条`, 767's): the government's own. Not
 * the town's government as a part listed (`具体包括镇政府公开信息公开年报1条`, real: 横山镇 2023).
 */
/*
 * Since a fix of stop 61 after the measure of 2486–2530: the year after the government's name, before
 * the channel (`乌恰县吾合沙鲁乡人民政府2021年通过乌恰县人民政府门户网站共公开信息16条`, real: 2525 吾合沙鲁乡
 * 2021, its gatherer: 16条的主语是乡人民政府，本级): the year is no part of the words between it and the count.
 */
const TOWN_OWN_COUNT =
  /(?:^|[,，。；;])(?:(?:19|20)\d{2}年度?[,，]?)?(?!通过|在|经|由|向|按照)(?:(?!通过)[\u4e00-\u9fff]){2,12}?(?<!包括|其中|含|即|为|是)(?:镇|乡|苏木)(?:人民)?政府(?!网|门户|公开栏|公示栏|信息公开|微信|公众号|微博|新媒体|政务号|抖音|视频号|头条|客户端)(?:(?:19|20)\d{2}年度?)?(?:(?!指导|督促|推动|要求|协调|帮助)[^，。；,;]){0,16}?(?:收到|受理|办理|公开|发布)[^，。；,;]{0,12}?\d+余?(?:条|件|个|篇|份)/m;
/**
 * Since a fix of stop 48 after the measure of 1679–1723: so does the town's people's government, the
 * subject of a sentence saying it published, whose counts the next sentence gives as its parts
 * (`巴彦高勒镇人民政府积极履行政府信息公开职责,通过多种渠道主动公开政府信息。其中,…累计更新政务信息
 * 54条`, real: 扎赉特旗巴彦高勒镇 2024, its gatherer: 点明了机关本身，不判范围), as `乌恰镇人民政府通过政府网站
 * 主动公开类信息12条,其中…` does in one. Not the government named in a sentence of no publishing
 * (`宝力根花苏木人民政府坚持以习近平…`, real: 662, its figures said of no level).
 */
const TOWN_OWN_THEN_PARTS =
  /(?:^|[,，。；;])(?:(?:19|20)\d{2}年度?[,，]?)?(?!通过|在|经|由|向|按照)(?:(?!通过)[\u4e00-\u9fff]){2,12}?(?<!包括|其中|含|即|为|是)(?:镇|乡|苏木)(?:人民)?政府(?!网|门户|公开栏|公示栏|信息公开|微信|公众号|微博|新媒体|政务号|抖音|视频号|头条|客户端)(?:(?!指导|督促|推动|要求|协调|帮助)[^。；;\d]){0,40}?(?:主动)?(?:公开|发布)了?(?:政府|政务)?信息。其中[,，：:]?[^。；;]{0,60}?\d+余?(?:条|件|篇)/m;
/**
 * Since a fix of stop 49 after the measure of 1769–1813: so does a count of the government documents
 * the town itself issued, said published (`全年制发政府文件103件,其中非过程性公文类政府信息32条,均实现
 * 主动公开`, real: 上海市松江区小昆山镇 2025, its gatherer: 说的是镇政府自己制发的文件，已可见是本级):
 * 制发 is the issuing body's own act, the documents the government's own. Not documents received or
 * forwarded (`收文`, `转发`), nor a count of none.
 */
const TOWN_ISSUED_COUNT =
  /制发(?:[镇乡](?:人民)?)?(?:政府)?(?:文件|公文)(?:共|累计)?[1-9]\d*(?:件|份)/;
/**
 * Since a fix of stop 66 after the measure of 2711–2755: so does the town's government, the subject,
 * with clauses of the rule it followed or the day counted to between it and the count
 * (`白沙镇人民政府按照信息公开要求,截止2025年12月31日,通过…网站、…政务新媒体主动公开政府信息共计502条`,
 * real: 2741 白沙镇人民政府 2025, its gatherer: 主语是镇人民政府，本级, as 767, 987, 1325): the sentence's
 * subject is still the government. Only those clauses: any other between them (a government guiding
 * others) leaves the count unsaid, as `TOWN_OWN_COUNT` does.
 */
const TOWN_OWN_AFTER_CLAUSES =
  /(?:^|[,，。；;])(?:(?:19|20)\d{2}年度?[,，]?)?(?!通过|在|经|由|向|按照)(?:(?!通过)[\u4e00-\u9fff]){2,12}?(?<!包括|其中|含|即|为|是)(?:镇|乡|苏木)(?:人民)?政府(?:[,，]?(?:按照|根据|依据)[^，。；,;\d]{0,20}?(?:要求|规定|部署)|[,，]?(?:截止|截至)(?:到|至)?(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:底|末)?)+[,，](?:(?!指导|督促|推动|要求|协调|帮助)[^，。；,;]){0,32}?(?:收到|受理|办理|公开|发布)[^，。；,;]{0,12}?\d+余?(?:条|件|个|篇|份)/m;
const townOwnIn = perText((text) => {
  const untitled = untitledIn(text);
  return (
    TOWN_OWN_COUNT.test(untitled) ||
    ((untitled.includes('要求') || untitled.includes('截')) &&
      TOWN_OWN_AFTER_CLAUSES.test(untitled)) ||
    (untitled.includes('其中') && TOWN_OWN_THEN_PARTS.test(untitled)) ||
    (untitled.includes('制发') && TOWN_ISSUED_COUNT.test(untitled))
  );
});
/*
 * Since a fix of stop 44 after the measure of 1379–1423: nor the government's social-media account
 * named as the channel (`其中,政府门户网站公开185条,…;太平镇人民政府微信公众号公开144条`, real: 施甸县
 * 太平镇 2025, whose `我镇…主动公开政府信息329条` is said of no level): where the items went out, not
 * who published them, as its site or board is.
 */
/**
 * Since a fix of stop 44 after the measure of 1379–1423: so does the town calling itself 本单位, the
 * subject of the clause giving a count of items published (`2020年底,本单位累计主动公开政府信息921条`,
 * `本单位2020年度共受理信息公开申请13件`, real: 上海市宝山区顾村镇 2020; its gatherer: 以“本单位”称，视为
 * 镇本级, as 1339's 党政办): this body itself, the town government's own, as 本机关 is an office's. Not
 * 我单位 (`2022年,我单位主动公开政府信息39条`, real: 荣成市荫子镇 2022, its gatherer reading it as
 * 我镇, unsaid), nor 本单位's site or board as the channel (`我镇在本单位部门网站主动公开…232条`), nor a
 * count of none (`本单位牵头重点领域信息发布0条`), nor only the requests said so where the items published
 * are counted in another sentence (`2020年淞南镇主动公开信息101条`, then `本单位2020年度共受理信息公开申请
 * 3件`, real: 淞南镇 2020): the published figure's scope unsaid.
 */
const TOWN_UNIT_OWN_COUNT =
  /(?:^|[,，。；;：:])(?:(?:19|20)\d{2}年(?:度|底|末|以来)?[,，]?)?本单位(?!(?:部门)?(?:网站|门户|政务公开栏|公开栏|公示栏|微信|公众号|微博))(?:(?!指导|督促|推动|要求|协调|帮助)[^，。；,;]){0,16}?(?:收到|受理|办理|公开|发布)[^，。；,;\d]{0,12}?[1-9]\d*余?(?:条|件|个|篇|份)/gm;
/**
 * Since a fix of stop 45 after the measure of 1514–1543: so does the town calling itself 我单位 (or
 * 本单位) as the maker of the year's information, counted (`2021年度我单位共制作信息15条,其中主动公开
 * 信息数15条`, real: 永安市罗坊乡 2021, its gatherer reading 我单位 as the township itself, as 1339's
 * 党政办): the information the body itself made (`本机关制作`), the government's own. Not 我单位
 * publishing (`我单位主动公开政府信息39条`, real: 荣成市荫子镇 2022, decided unsaid at stop 41), nor 我镇
 * making it (`2025年度我镇共制作信息6条`, real: 大田县上京镇 2025: the town or its government).
 */
const TOWN_UNIT_MADE =
  /(?:^|[,，。；;：:])(?:(?:19|20)\d{2}年(?:度)?[,，]?)?[我本]单位(?:共|累计|全年)?(?:制作|产生|形成)了?(?:政府)?信息[^，,。；;\d]{0,4}?[1-9]\d*条/m;
const townUnitOwnIn = perText({ anyOf: '单', otherwise: false }, (text) => {
  const untitled = untitledIn(text);
  if (!untitled.includes('单位')) return false;
  if (TOWN_UNIT_MADE.test(untitled)) return true;
  if (!untitled.includes('本单位')) return false;
  for (const m of matchesOf(TOWN_UNIT_OWN_COUNT, untitled))
    if (!requestsOnly(m[0], untitled)) return true;
  return false;
});
/**
 * Since a fix of stop 42 after the measure of 1334–1348: so does the town's own office, the subject
 * of the publishing, in the sentence giving the count (`2025年以来,党政办及时公开政府部门权力清单、责任
 * 清单…等情况,全年主动公开信息5条`, real: 大田县梅山镇 2025): the office publishes for the government,
 * the figures the government's own. The office opens its clause and publishes at once; not the office
 * named as the work's home (`办公室设在镇党政办公室`), nor guiding another.
 */
const TOWN_OFFICE_OWN_COUNT =
  /(?:^|[,，。；;：:])(?:(?:19|20)\d{2}年(?:度|以来)?[,，]?)?(?:[\u4e00-\u9fff]{0,6}?[镇乡](?:人民)?(?:政府)?)?(?:党政(?:综合)?办(?:公室)?|政府办(?:公室)?)(?:及时|主动|累计|共|全年|依法|通过[^，,。；;]{0,16}?)?(?:主动)?(?:公开|发布)(?:[^。；;]{0,80}?(?:公开|发布))?[^，,。；;\d]{0,12}?\d+余?(?:条|件|篇|份)/m;
const townOfficeOwnIn = perText((text) => {
  const untitled = untitledIn(text);
  return (
    (untitled.includes('党政') || untitled.includes('政府办')) &&
    TOWN_OFFICE_OWN_COUNT.test(untitled)
  );
});
/**
 * Since a fix of stop 35 after the measure of 719–748: an office whose report speaks as the region
 * (`(一)主动公开方面。我区按照“先审查、后公开”原则,…`, then `通过沙依巴克区人民政府门户网站…主动公开
 * 政府信息779条`, real: 沙依巴克区人民政府办公室 2023) tells the region's work, which it runs for the
 * government: its figures are the region's, the scope said.
 */
/*
 * Since a fix of stop 48 after the measure of 1679–1723: also after the day it did something
 * (`2020年11月27日我市收到依申请公开信息1条`, real: 二连浩特市 2020, a text with no title and no
 * agency of its own speaking): the region at work on its day, as at a sentence's opening.
 */
const REGION_SPEAKING =
  /(?:^|[。；;：:])(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[,，]?)?我(?:区|市|县|旗|州|盟)(?![委政级])/m;
const regionSpeakingIn = perText((text) => REGION_SPEAKING.test(untitledIn(text)));
/**
 * Since a fix of stop 37 after the measure of 989–1018: in an office's report, so does the region
 * giving the count after the year (`2022年我县共主动公开政务动态信息共计5942条`, real: 闽清县人民政府
 * 办公室's report of 2022). Not used to read a nameless text as a government's (`2021年,我县认真贯彻
 * 落实…`, real: 兴海县 2021).
 */
const REGION_SPEAKING_AFTER_YEAR =
  /(?:^|[。；;：:,，])(?:19|20)\d{2}年度?[,，]?我(?:区|市|县|旗|州|盟)(?![委政级])[^，,。；;]{0,16}?(?:公开|发布)[^，,。；;]{0,16}?\d+余?(?:条|件)/m;
const officeRegionSpeakingIn = perText(
  (text) => regionSpeakingIn(text) || REGION_SPEAKING_AFTER_YEAR.test(untitledIn(text)),
);
/**
 * Since a fix of stop 37 after the measure of 929–958: a nameless text speaking as the region
 * (`我区在政府信息公开专栏主动公开文件共349件`, `我区2021年收到依法处理依申请公开共6件`, real: 海棠区
 * 2021) that never speaks as an agency of its own (`我局`, `我办`, `我镇`: a department's, an office's
 * or a town's report telling of its region) is the region's government's report.
 */
const OWN_AGENCY_SPEAKING =
  /我(?:局|委|办|厅|中心|处|所|院|站|队|镇|乡|街道|苏木|单位|部门|机关|司|署|会|校|馆)/;
const regionOnlySpeakingIn = perText(
  (text) => regionSpeakingIn(text) && !OWN_AGENCY_SPEAKING.test(untitledIn(text)),
);

/**
 * Since a fix of stop 39 after the measure of 1139–1168: a nameless text whose year's work is the
 * region's by its bare name (`2023年,伊吾县政府信息公开工作按照《…条例》…`, real: 伊吾县 2023, its
 * preface giving `伊吾县人民政府办公室` as the contact) and that never speaks as an agency of its own
 * (`我局`, `我镇`): the region's government's report. A department's or a town's names itself there
 * (`2022年尚志市卫生健康局政府信息公开…`); in the corpus only governments' reports say it (054,
 * 134, 419, 714, 852, 988…).
 */
const REGION_WORK_SUBJECT =
  /(?:^|[。；;])(?:19|20)\d{2}年度?[,，]?[\u4e00-\u9fff]{1,6}?(?:县|市|区|旗)(?:人民)?政府信息公开工作/m;
const regionWorkSubjectIn = perText(
  (_, analysed) =>
    REGION_WORK_SUBJECT.test(compactText(analysed)) &&
    !OWN_AGENCY_SPEAKING.test(compactText(analysed)),
);

/**
 * Since a fix of stop 53 after the measure of 2081–2125: a nameless text whose disclosure work's
 * leading group is headed by the region's (deputy) head (`及时调整以常务副县长为组长的信息公开工作领导小组,
 * 县政府办负责日常工作`, real: 黄平县 2019, its excerpt opening at 一、总体情况) and that never speaks as
 * an agency of its own: the region's government's report, a department's group being headed by its
 * own chief (`以局长为组长`).
 */
const REGION_HEAD_LEADS = /以(?:常务)?副?(?:县|市|区|旗|州|盟)长为组长/;
const regionHeadLeadsIn = perText({ anyOf: '组', otherwise: false }, (_, analysed) => {
  const text = compactText(analysed);
  return REGION_HEAD_LEADS.test(text) && !OWN_AGENCY_SPEAKING.test(text);
});

/**
 * Since a fix of stop 34 after the measure of 614–643: in a town's report, the whole town's or a
 * summing word naming work, not figures (`统筹推进全镇政务公开工作`, real: 溱潼镇人民政府 2025; `将2021年
 * 全镇年度重点工作任务…在县政府网站公开`, real: 长涂镇人民政府 2021; `负责政务公开各类材料的上报、汇总和
 * 存档工作`, real: 德安县河东乡 2022), says nothing of whose the figures are.
 */
const COUNT_GIVEN = /\d\s*(?:余|多)?\s*(?:条|件|篇|个|次|项|期|份|起)/;
/**
 * Since a fix of stop 45 after the measure of 1544–1573: a count of anything but times (`2023年镇政府
 * 主要领导共2次听取政务公开工作情况汇报,研究部署全镇政务公开工作`, real: 二街镇 2023): meetings held
 * are no figures of what was published or asked for, and say nothing of whose those are.
 */
const COUNT_OF_ITEMS = /\d\s*(?:余|多)?\s*(?:条|件|篇|个|项|期|份|起)/;
/*
 * Since a fix of stop 35 after the measure of 674–718: so does the whole town's 政府信息公开 told as
 * going well (`全镇政府信息公开呈现出稳固推进、不断深化的良好态势`, real: 鹤山镇 2020).
 */
/*
 * Since a fix of stop 37 after the measure of 899–928: so does the whole town's 政府信息公开 with 的
 * (`安排专人负责全镇的政府信息公开`, real: 平塘县大塘镇人民政府 2020), also where the text is cut in it
 * (`…负责全镇的政府信息公`, the excerpt's end).
 */
/*
 * Since a fix of stop 37 after the measure of 959–988: so does the whole town's state the work is
 * fitted to (`结合全镇实际,加强和完善政府信息公开制度建设工作`, real: 江南镇 2020), and the whole town
 * working around the centre of the county's work (`全镇围绕大局,积极贯彻省、市各级部署`, real: 柴湖镇
 * 2022), no count in their sentence.
 */
/*
 * Since a fix of stop 38 after the measure of 1019–1048: so does the whole town's development the
 * work serves (`为服务和推进全镇经济社会发展,促进法治政府…建设提供了坚强有力保障`, real: 永新镇 2020),
 * no count in its sentence: the town's aim, not whose the figures are.
 */
/*
 * Since a fix of stop 45 after the measure of 1514–1543: so does the whole town's 信息公开 without
 * 政府 before it, the work led (`统筹推进全镇信息公开与政务服务工作,确保组织到位`, real: 密云区大城子镇 2025,
 * whose `全年累计主动公开政府信息68条` is said of no level), no count in its sentence.
 */
/*
 * Since a fix of stop 46 after the measure of 1574–1633: so does the whole town's 科学发展 (`实现全镇
 * 科学发展的新跨越`, real: 武山县城关镇 2025, its gatherer: 泛说，不算说明范围).
 */
/*
 * Since a fix of stop 48 after the measure of 1679–1723: so does the whole town opening the year's
 * work with its stance (`2025年,全镇坚持以习近平新时代中国特色社会主义思想为指导`, real: 紫金县南岭镇
 * 2025, whose `我镇主动公开政府信息总数9条` its gatherer reads as said of no level), no count in its
 * sentence: how the town works, not whose the figures are.
 */
/** A count of a town's villages or communities (`17个村(居)`, `12个行政村`, `3个社区`). */
const VILLAGES_COUNTED = /\d+\s*个(?:行政村|村|社区|居委会)/g;
/**
 * Since a fix of stop 68 after the measure of 2801–2845: the whole town's news of its work as a kind of
 * the items published (`主动公开政府信息34条,主要为镇政府文件、政策解读、财政预算、全镇工作动态类以及各类工作
 * 补贴的信息`, real: 额敏县喀拉也木勒镇 2023, its gatherer: 未说明是镇本级还是全镇的数字): what the items
 * tell of, not whose the figures are, whatever count its sentence gives.
 */
const TOWN_NEWS_KIND = /^全(?:镇|乡|街道|苏木)[^，,。；;：:\d、]{0,4}(?:工作)?动态/;
const TOWN_WORK =
  /^(?:全(?:镇|乡|街道|苏木)|汇总)(?:[^，,。；;：:\d]{0,8}工作|(?<=^全[\u4e00-\u9fff]{1,2})(?:坚持|深入|认真|紧紧|始终|扎实)|的?(?:政府信息|政务|信息)公(?:开|$)|实际|(?:围绕|服务|服从|聚焦)(?:大局|中心)|(?:经济社会|经济|社会)?(?:高质量|科学)?发展)/;
/**
 * Since a fix of stop 37 after the measure of 989–1018: so does the whole town's news and work as what
 * the information covered, no count in its clause (`全年各村共发布信息600余条,有效涵盖了全乡热点事件和中心
 * 工作`, real: 庙子乡 2019): its topics, not whose the figures are.
 */
const TOWN_TOPICS =
  /^全(?:镇|乡|街道|苏木)[^，,。；;：:\d]{0,10}?(?:工作|热点|事件|中心|大局|重点|动态)/;
const TOPICS_COVERED = /(?:涵盖|覆盖|反映|展现|展示)了?$/;
/**
 * Since a fix of stop 69 after the measure of 2846–2890: so do the whole town's units as the reach of
 * the disclosure network built, no count in its clause (`建立了横向覆盖全乡各业务部门、纵向覆盖主要领导…的政府
 * 信息公开网络体系`, real: 2861 义安区胥坝乡 2021, whose `全年累计发布信息369条` its gatherer reads as said of no
 * level): who the work reaches, not whose the figures are.
 */
const TOWN_UNITS_COVERED =
  /^全(?:镇|乡|街道|苏木)各[^，,。；;\d]{0,6}?(?:部门|单位|站所|科室|股室|办公室|村)/;
/**
 * Since a fix of stop 42 after the measure of 1334–1348: so does the whole town's affairs as the
 * fields the items published touch (`对涉及全镇安全生产领域、农业生产、国土资源等内容进行公开`, real: 大田县
 * 上京镇 2025, whose `2025年度我镇共制作信息6条` is said of no level), no count in its clause: what the
 * items are about, not whose the figures are.
 */
const TOWN_FIELDS = /^全(?:镇|乡|街道|苏木)[^，,。；;：:\d]{0,12}?(?:领域|方面|内容|事项)/;
const FIELDS_TOUCHED = /(?:涉及|围绕|聚焦|针对|关于)$/;
/**
 * Since a fix of stop 42 after the measure of 1334–1348: nor the whole town's land and people in its
 * profile (`下辖11个行政村和1个社区,108个自然村,全镇总面积126平方公里,现有总人口近4万人`, real: 陆丰市
 * 八万镇 2022, whose `行政许可共计处理338宗` is said of no level): the town's size, not whose the
 * figures of the work are, whatever numbers its sentence gives.
 */
const TOWN_PROFILE =
  /^全(?:镇|乡|苏木)(?:共|现)?(?:辖区)?(?:总|国土|土地|行政区域|区域)?(?:面积|人口|户籍人口|常住人口|户数|耕地|林地|辖|下辖|共辖|版图)/;
/**
 * Since a fix of stop 44 after the measure of 1379–1423: nor the whole town's people and firms as
 * those the work serves or informs (`我镇主动公开政府信息共669条,有力保障了全镇企业平稳开工、居民就业
 * 稳定`, real: 湘乡市金石镇 2024; `及时公开政府信息,使全镇群众及时了解政府各项发展规划`, real: 璧山区
 * 福禄镇 2020), whatever their sentence counts: the public reached, not whose the figures are.
 */
/*
 * Since a fix of stop 56 after the measure of 2261–2305: or the whole town's people alone as those whose
 * concerns the items published cover (`涵盖了全镇人民关心的方方面面`, real: 巧家县小河镇 2024, whose
 * `本年度小河镇共发布更新…信息13条` is said of no level): the public, not whose the figures are.
 */
const TOWN_PUBLIC =
  /^全(?:镇|乡|街道|苏木)(?:的)?(?:广大)?(?:人民(?:群众)?|(?:人民)?(?:干部)?(?:群众|居民|百姓|老百姓|村民|农户|企业|市场主体|公众))/;
/**
 * Since a fix of stop 67 after the measure of 2756–2800: nor the whole town as the one assessed by those
 * above it (`全镇在区政务公开测评中成绩稳定,在市政务公开抽测中郊区排名第一`, real: 2765 铜陵市郊区陈瑶湖镇 2022,
 * whose `陈瑶湖镇在政府信息公开网站主动公开更新信息745条` its gatherer reads as said of no level), no items
 * counted in its sentence: how the town's work was rated, as a region's rank (`RANKED`), not whose the
 * figures are.
 */
const TOWN_ASSESSED =
  /^全(?:镇|乡|街道|苏木)[^，,。；;\d]{0,12}?(?:测评|考核|考评|评估|抽测|抽查|评议|评比|排名)/;
/**
 * Since a fix of stop 35 after the measure of 674–718: in a town's report, the whole town's units as
 * the sources its information is gathered from (`及时收集全乡各站(所)和各村(居)相关工作信息及动态`,
 * real: 落别乡 2024; as 416's `广泛搜集各站所(部门)信息`, decided a source): where the items come
 * from, not whose the figures are.
 */
/**
 * Since a fix of stop 45 after the measure of 1544–1573: nor the whole town's units and villages as
 * those using the channels, no count in the sentence (`全镇各部门、各村委会充分利用政府门户网站、电子屏、
 * 信息公开栏等形式,通过微信公众号“魅力二街”等渠道,广泛开展政府信息公开工作`, real: 二街镇 2023, whose
 * `二街镇主动公开政府信息558条` is said of no level, its gatherer reading it so): how they publish, not
 * whose the figures are. Not their items counted (`全乡各部门在和静县人民政府网站上主动公开政府信息共计
 * 58条`, real: 克尔古提乡 2023).
 */
const TOWN_UNITS_CHANNELS =
  /^全(?:镇|乡|街道|苏木)各[^，,。；;\d]{0,12}?(?:充分|积极|均)?(?:利用|通过|依托|运用)/;
/**
 * Since a fix of stop 54 after the measure of 2171–2215: nor the town's organs as those whose offices
 * are given their duties, no count in the sentence (`明确镇机关各科室、镇属各单位主要工作责任`, real: 荣昌区
 * 清江镇 2019, whose `我镇全年主动公开政府信息288条` is said of no level, its gatherer reading it so; `镇机关
 * 各科室(单位)分别确定一名信息公开联络员`, real: 集安市花甸镇 2022): who does the work, not whose the
 * figures are.
 */
const TOWN_ORGANS_OFFICES = /^(?:镇|乡|苏木)(?:政府)?机关各(?:科室|部门|站所|股室|办公室|单位)/;
const GATHERED_FROM = /(?:收集|搜集|采集|汇集)$/;
/**
 * Since a fix of stop 36 after the measure of 809–838: in a town's report, 汇总 joined to another
 * handling of materials (`调动各办公室、各线口积极配合政务公开工作资料的收集、汇总,确保政务公开有人抓`,
 * real: 蛟塘镇 2022; as `各类材料的上报、汇总和存档工作`, 德安县河东乡 2022) is the gathering of the
 * work's papers, not a sum of the town's units: it says nothing of whose the figures are.
 */
const MATERIALS_HANDLED = /(?:收集|搜集|采集|整理|上报|报送)[、和及与]$/;
/**
 * Since a fix of stop 37 after the measure of 929–958: in any government's report, 汇总 run into
 * another handling of papers after it (`从源头抓好敏感有害信息筛查删减,汇总整理`, real: 彭阳县 2022) is
 * the gathering of the work's papers, as 汇总 after one is (above): it says nothing of whose the
 * figures are.
 */
const MATERIALS_HANDLED_AFTER = /^汇总(?:整理|归档|存档|上报|报送)/;
/**
 * Since a fix of stop 34 after the measure of 644–673: the same of a region above a town, in its
 * government's report, the work organised by the government (`对全区政务公开工作进行统筹部署`, real:
 * 襄州区人民政府 2022; `组织召开全县政务公开工作培训会`, real: 白沙黎族自治县人民政府 2023; `印发全市政务
 * 公开年度工作要点`, real: 十堰市人民政府 2021): the region's work, said of no figures. Not the region's
 * work as what the report tells of (`全市政务公开各项工作取得新成效`, real: 乌鲁木齐市 2021), nor as what
 * it advances (`推进全县政务公开工作`, `推动全市政务公开工作再上新台阶`): its results, the report's own.
 */
const REGION_WORK = /^全(?:市|区|县|省|州|盟|旗)[^，,。；;：:\d]{0,8}工作/;
/**
 * Since a fix of stop 48 after the measure of 1679–1723: nor the whole region's disclosure work told
 * as improving, no count in its sentence (`全区政务公开工作质量稳步提升`, real: 新乡市牧野区人民政府 2020,
 * whose `主动公开了…信息共计1500余条` its gatherer reads as said of no level): how the work went, not
 * whose the figures are.
 */
const REGION_WORK_IMPROVING =
  /^全(?:市|区|县|州|盟|旗)的?(?:政务公开|政府信息公开|信息公开)工作(?:质量|水平|成效|质效|实效)?(?:稳步|不断|持续|进一步|显著|明显|有效)?(?:提升|提高|增强)/;
const WORK_ORGANISED = /(?:对|组织|召开|印发|部署|统筹|指导|督促|开展)$/;
/**
 * Since a fix of stop 53 after the measure of 2081–2125: nor the region's units as those the year's
 * tasks were assigned to, no count in the sentence (`把政府信息公开的各项任务分解落实到全县各相关部门及乡镇`,
 * real: 黄平县 2019, whose `通过县政府门户网站主动公开信息共计5689余条` is said of no level): the work
 * organised, not whose the figures are.
 */
const TASKS_ASSIGNED_TO = /(?:分解|落实|分配|下达|细化)到$/;
/**
 * Since a fix of stop 36 after the measure of 869–898: the region's work as the centre the report's
 * work turns around (`紧紧围绕全县工作中心,以高质量、高效率的要求推进政务公开各项工作落实`, real: 黄平县
 * 2022; as a town's `紧紧围绕全乡中心工作`, 333's) says nothing of whose the figures are.
 */
const REGION_CENTRE = /^全(?:市|区|县|省|州|盟|旗)[^，,。；;：:\d]{0,8}?(?:中心|大局)/;
/**
 * Since a fix of stop 51 after the measure of 1904–1948: the region's leading group for the work, or
 * the units' persons in charge (`年初,调整全县政务公开领导小组,明确了各部门政务公开的具体责任人和信息
 * 员`, real: 铁岭县 2019, whose `全年主动公开政府信息2130余条` is said of no level): who runs the work,
 * not whose the figures are, in a clause counting nothing.
 */
const REGION_GROUP = /^全(?:市|区|县|省|州|盟|旗)[^，,。；;：:\d]{0,12}?领导小组/;
/**
 * Nor the region's people brought to an event (`全县共组织人员300余`, the same report's 政务公开日),
 * in a clause counting no items published.
 */
const REGION_PEOPLE = /^全(?:市|区|县|省|州|盟|旗)(?:共|累计)?(?:组织|动员|发动)(?:干部|群众|人员)/;
const UNITS_STAFFED = /^各(?:部门|单位)[^，,。；;：:\d]{0,12}?(?:责任人|信息员|联络员)/;
/**
 * Since a fix of stop 61 after the measure of 2486–2530: nor the units as what the published items tell
 * of (`通过政府网站…在“机关简介”栏目中,发布区内各部门、街道办事处职能、机构设置、办公时间…等信息`, real: 2497
 * 沈河区人民政府办公室 2020, its gatherer: 未说明是区政府本级还是全区): the units' functions and offices
 * published by the government, not the units publishing, in a clause counting nothing.
 */
const UNITS_DESCRIBED_BEFORE = /(?:发布|公开|公布|更新)(?:了)?(?:[区县市旗]内|辖区内?|本级)?$/;
const UNITS_DESCRIBED =
  /^各(?:部门|单位)[^，,。；;：:\d]{0,12}?(?:职能|职责|机构设置|内设机构|办公(?:时间|地点|地址)|联系(?:电话|方式))/;
const CENTRE_SERVED = /(?:围绕|服务|服从|聚焦)$/;
/**
 * Since a fix of stop 40 after the measure of 1199–1258: the region's development the work serves
 * (`(一)主动公开方面。围绕全市经济社会高质量发展,通过政府网站、政务新媒体等渠道主动公开信息4万余条`,
 * real: 昭通市 2024, whose preface says the report covers `市政府办公室政府信息公开各项工作`), no count
 * in its clause: the government's aim, as a town's (`TOWN_WORK`), not whose the figures are.
 */
const REGION_DEVELOPMENT = /^全(?:市|区|县|旗|州|盟)(?:经济社会|经济|社会)?(?:高质量)?发展/;
/**
 * Since a fix of stop 42 after the measure of 1349–1378: the region's disclosure work as the aim the
 * government's measures serve (`以扎实的工作举措推动全县政务公开不断取得新成效`, real: 麦盖提县 2025,
 * whose `全年通过县人民政府门户网站主动公开信息总量2869条` is said of no level; as `为推动全市经济社会
 * 高质量发展`), no count in its sentence: what the work is for, as the region's development served
 * (`REGION_DEVELOPMENT`), not whose the figures are. Only with the aim's 以 or 为 before the verb in
 * its clause: the region's work said advanced as the report's own (`推动全市政务公开工作再上新台阶`,
 * real: 邢台市人民政府办公室 2025) tells its results, the region's (stop 34's decision).
 */
const REGION_AIMED =
  /^全(?:市|区|县|旗|州|盟)(?:的)?(?:政务公开|政府信息公开|信息公开)(?:工作)?[^，,。；;：:\d]{0,8}?(?:取得|迈上|再上|走在|走深|提质|提升|高质量)/;
const AIMED_AT = /[以为][^，,。；;]{0,16}?(?:推动|推进|促进|助力)$/;
/** The clause before a place in the text, from its last comma or stop. */
const clauseBefore = (text: string, at: number): string => {
  const from = Math.max(
    at - 24,
    ...['，', ',', '。', '；', ';', '\n'].map((c) => text.lastIndexOf(c, at - 1) + 1),
  );
  return text.slice(from, at);
};
/**
 * Since a fix of stop 42 after the measure of 1349–1378: nor the region's affairs as what the items
 * pushed tell of (`政务动态板块发布2112条,实时推送全县经济社会发展、民生保障、项目建设等领域的工作动态`,
 * real: 麦盖提县 2025), no count in their clause: the news's topics, as a town's (`TOWN_TOPICS`), not
 * whose the figures are.
 */
const REGION_TOPICS =
  /^全(?:市|区|县|旗|州|盟)[^，,。；;：:\d]{0,24}?(?:领域|方面)?的?(?:工作动态|动态|热点|新闻|要闻)/;
const TOPICS_SENT = /(?:推送|发布|报道|宣传|涵盖|覆盖|反映|展现|展示)了?$/;
/**
 * Since a fix of stop 40 after the measure of 1199–1258: nor the government and its office as the
 * issuers of the documents published (`发布县政府和县政府办公室文件98件`, real: 浮梁县 2023, whose
 * `全年通过县政府门户网站公开…信息7965 条` is said of no level): a kind of document, not whose the
 * figures are.
 */
const GOVERNMENT_AND_OFFICE = /^政府(?:及其|和|及|与|暨)/;
const ISSUED_DOCUMENTS = /^(?:文件|发文|公文)/;
/**
 * Since a fix of stop 47 after the measure of 1634–1678: so is the name documents are issued in, no
 * count in the sentence (`凡以县政府和县政府办名义印发并标注“此件公开发布”的文件,一律主动公开`, real:
 * 平塘县 2019, whose `全年通过县政府门户网站公开信息9268条` is said of no level): a rule for whose
 * documents are published, not whose the figures are. Counted, they are the government's and its
 * office's (`以县政府和县人民政府办公室名义印发的规范性文件5个`, real: 桐梓县 2019; 南通市人民政府办公室
 * 2023, `…名义印发的文件255件`): the scope said, as its gatherers read it.
 */
/*
 * Since a fix of stop 53 after the measure of 2126–2170: with 的 too (`对以重庆市梁平区人民政府及其办公室
 * 的名义开展政府信息公开工作情况进行报告`, real: 梁平区 2024, whose `全年发布信息1万余条` its gatherer
 * reads as said of no level): whose name the work went out in, not whose the figures are.
 */
const ISSUED_IN_NAME = /^的?名义/;
/**
 * In an office's report, though, the same words say whose its figures are (`发布市政府及政府办文件及
 * 解读信息66条`, 高平市人民政府办公室 2022; `政府及政府办文件发布一条解读一条`, 白水县人民政府办公室
 * 2020): the office publishes its government's documents with its own, the government's level.
 */
const GOVERNMENT_AND_OFFICE_DOCUMENTS =
  /政府(?:及其|和|及|与|暨)(?:[^，。；、]{0,6}政府)?办(?:公室|公厅)?(?:文件|发文|公文)/;
/**
 * Since a fix of stop 57 after the measure of 2306–2350: the government's and the office's documents
 * listed with `、` (`区政府、区政府办公室公文类政府信息57件`) say so too where the office, by its self-word,
 * is the subject of the paragraph publishing them (`2025年,本机关严格贯彻落实《条例》《规定》…。全年累计
 * 主动公开区政府、区政府办公室公文类政府信息57件`, real: 上海市宝山区人民政府办公室 2025, its gatherer: 说明了
 * 范围): who published them and whose they are both said. Not the list in a paragraph with no subject
 * of its own (`全年共公开市政府、市政府办公室文件117件`, beside `全年共在市政府门户网站发布政府信息36442条`,
 * real: 朔州市人民政府办公室 2023, decided unsaid): the issuers named, not whose the counts are.
 */
const OFFICE_SELF_LISTS_DOCUMENTS =
  /(?:^|[。；;])(?:(?:19|20)\d{2}年度?[,，]?)?(?:我办|本办|本机关)[^\n]{0,160}?政府、(?:[^，,。；;、\n]{0,6}政府)?办(?:公室|公厅)?(?:公文|文件|发文)[^，,。；;\d\n]{0,8}?\d+(?:件|条)/m;
// Read-back of stop 57: 办 holds in most texts (办理); the list's `政府、` is asked for first.
const officeListsDocumentsIn = perText({ anyOf: '办', otherwise: false }, (text) => {
  const untitled = untitledIn(text);
  return untitled.includes('政府、') && OFFICE_SELF_LISTS_DOCUMENTS.test(untitled);
});
const officeDocumentsIn = perText(
  (text) => GOVERNMENT_AND_OFFICE_DOCUMENTS.test(untitledIn(text)) || officeListsDocumentsIn(text),
);
/**
 * Since a fix of stop 34 after the measure of 644–673: a sentence on 复议 or 诉讼 alone (`全市发生政府
 * 信息公开行政复议案件1起`, real: 兴仁市人民政府 2022) says whose the cases are, not whose the figures of
 * 主动公开 and of requests are.
 */
const REVIEW_OR_SUIT = /复议|诉讼/;
/**
 * Since a fix of stop 42 after the measure of 1334–1348: a scope said in a sentence counting only
 * the requests received (`2023年,全区各单位共收到政府信息公开申请122件`, real: 三亚市天涯区 2023) says
 * whose the requests are, not whose the items published are, when the same text counts those in a
 * sentence of their own (`2023年,天涯区在政府网站(信息公开专栏)主动公开政府信息143条`): the
 * published figure's scope unsaid, as a sentence on 复议 or 诉讼 alone says nothing of it.
 */
const REQUESTS_IN_SENTENCE = /(?:受理|收到|接到|接收)[^。；;\d]{0,24}?申请[^，,。；;\d]{0,8}?\d+件/;
/*
 * Since a fix of stop 46 after the measure of 1574–1633: so does a sentence saying no request was
 * received (`2025年度,全乡未受理任何形式的政府信息公开申请`, real: 北票市长皋乡 2025; `2025年,全镇未收到
 * 依申请公开`, real: 白银区四龙镇 2025, both gatherers reading the items published as said of no level).
 */
const NO_REQUESTS_IN_SENTENCE =
  /(?:未|没有|无)(?:受理|收到|接到|接收)[^。；;\d]{0,16}?(?:申请|依申请公开)/;
const ITEMS_PUBLISHED =
  /(?<!依申请)(?:公开|发布)(?:(?!申请)[^，,。；;\d]){0,12}\d+(?:\.\d+)?万?(?:余|多)?(?:条|篇)/;
const requestsOnly = (sentence: string, text: string): boolean =>
  (REQUESTS_IN_SENTENCE.test(sentence) || NO_REQUESTS_IN_SENTENCE.test(sentence)) &&
  !ITEMS_PUBLISHED.test(sentence) &&
  ITEMS_PUBLISHED.test(text);
/**
 * Since a fix of stop 37 after the measure of 899–928: in a region's government's report, the
 * region's units as those whose budgets were published (`全市86 家单位预决算、“三公”经费等财政信息均按
 * 要求公开`, real: 桐城市 2021): whose budgets the public may read, each unit's own, not whose the figures of 主动公开 and of requests are, when no count is given beside them.
 */
const UNITS_BUDGETS = /^(?:全|各)[^，,。；;：:]{0,10}?(?:预决算|预算|决算|“?三公”?经费)/;
/**
 * Since a fix of stop 34 after the measure of 644–673: a region's units as those addressed
 * (`方便群众直接向各镇(街)、区直部门申请`, real: 襄州区人民政府 2022): where one may ask, not whose the
 * figures are.
 */
const ADDRESSED = /向$/;
/**
 * Since a fix of stop 53 after the measure of 2081–2125: a region's units as those the government
 * guides or urges, no count in their own clause (`…通过政务微博发布信息178条,并指导督促县政府各部门、各
 * 乡镇完成公开指南、公开目录内容更新`, real: 从江县 2021, its gatherer: 未说明是县政府本级还是全县的数字):
 * whom it directs, not whose the figures are, though its sentence gives them.
 */
/*
 * Not the units guided to publish (`指导各街道办事处、各区直单位在…栏目发布《政府信息公开指南》,我区17个
 * 街道办事处…已在对应专栏发布本单位的…`, real: 石家庄市桥西区人民政府办公室 2024): the region's units
 * publishing, whose items may be in the region's figures.
 */
const UNITS_GUIDED_BEFORE = /(?:指导|督促|督导|要求|推动)[^，,。；;：:\d]{0,10}$/;
const UNITS_PUBLISHING = /发布|推送|上传|报送/;
const unitsGuided = (text: string, at: number): boolean => {
  if (!UNITS_GUIDED_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return false;
  const clause = sentenceAround(text, at, at + 1, endsClause);
  return !COUNT_GIVEN.test(clause) && !UNITS_PUBLISHING.test(clause);
};
/**
 * Since a fix of stop 37 after the measure of 929–958: in a region's government's report, the
 * region's words said of things other than the figures of 主动公开 and of requests (real: 合作市 2023,
 * whose `2023年全年共收到政府信息依申请公开申请6件` is said of no level): its accounts counted, none
 * of their items (`全市5个新媒体账号均有专人进行信息维护`), its public's messages (`全市共受理网民留言
 * 45条`), its documents cleared (`对全市行政规范性文件进行了清理`, no count in the sentence), and the
 * region above it the government is first in (`率先在全州范围内政府门户网站设置了…栏目`).
 */
const REGION_OTHER_COUNTED =
  /^全(?:市|区|县|省|州|盟|旗)[^，,。；;\d]{0,4}?(?:\d+(?:个|家)(?:政务)?(?:新媒体|微信|微博|网站|平台)?(?:账号|公众号|网站|平台)|[^，,。；;\d]{0,6}?(?:网民|群众)?(?:留言|来信|来电|咨询|信件|诉求)(?:\d|[^，,。；;\d]{0,4}\d))/;
/**
 * Since a fix of stop 38 after the measure of 1019–1048: so are the region's government media
 * accounts managed, none of their items counted (`全区政务新媒体由年初38个压缩至20个,实现全区政务新媒体
 * 精准高效发展`, real: 南通市海门区 2020, whose `南通市海门区主动发布信息31852条` is said of the region
 * by its bare name only): whose accounts were cut, not whose the figures of 主动公开 and of requests
 * are. Not the accounts' items counted (`全县政务新媒体共发布信息758条`, real: 富县 2024).
 */
/*
 * Since a fix of stop 47 after the measure of 1634–1678: with the accounts' number too (`对全县36个政务
 * 新媒体,坚持每周进行1次自查`, real: 清徐县 2024, whose `政府门户网站主动公开信息3546条` is said of no
 * level): how many accounts were checked, none of their items counted.
 */
const REGION_MEDIA = /^全(?:市|区|县|省|州|盟|旗)[^，,。；;\d]{0,4}?(?:\d+(?:个|家))?政务新媒体/;
/**
 * Since a fix of stop 50 after the measure of 1814–1858: in a town's report, the town's media accounts
 * counted in a clause of their own (`全镇新媒体平台13个,发布便民政策…信息200余条`, real: 乌恰县乌恰镇 2024,
 * whose `通过政府网站主动公开各类信息84条` and boards' 82条 are said of no level, its gatherer says): how
 * many accounts the town has, not whose the figures of 主动公开 are.
 */
const TOWN_MEDIA =
  /^全(?:镇|乡|街道|苏木)[^，,。；;\d]{0,4}?(?:政务)?新媒体(?:平台|账号)?\d+(?:个|家)/;
/*
 * Since a fix of stop 66 after the measure of 2711–2755: the documents named with who issued them
 * (`对全县各行政机关制发的行政规范性文件进行清理,并在县政府门户网站开设专栏集中统一公开,2023年现行有效的行政规范性
 * 文件15件`, real: 2745 肃南县 2023, whose `2023年主动公开各类政府信息42327条` is said of no level, its gatherer
 * says), the count of the documents still in force after them in the sentence: how many stand, not whose
 * the figures of 主动公开 and of requests are. A count of the documents cleared still says the scope
 * (`对全市行政规范性文件进行了清理,共清理文件19件`, stop 37's reading).
 */
const DOCUMENTS_IN_FORCE = /现行有效的?[^，,。；;\d]{0,12}?文件\d+件/g;
const REGION_DOCUMENTS_REVIEWED =
  /^全(?:市|区|县|省|州|盟|旗)[^，,。；;：:\d]{0,16}?文件(?:进行了?|开展了?)?(?:清理|梳理|审查|评估)/;
const RANKED = /率先|排名|排位|位列|位居|名列|前列/;
/**
 * Since a fix of stop 50 after the measure of 1814–1858: the region's organs as those who hold a
 * political stance (`全区各级行政机关牢固树立“四个意识”,坚定“四个自信”`, real: 重庆市沙坪坝区 2021, whose
 * `区政府门户网站…全面发布工作动态5万余条` is said of no level, its gatherer says): what they believe,
 * not whose the figures of 主动公开 and of requests are, when no count is given in the sentence.
 */
const REGION_STANCE =
  /^(?:全(?:市|区|县|省|州|盟|旗))?(?:各级)?[^，,。；;\d]{0,8}?(?:牢固树立|树牢|坚定|始终同|增强“)/;
const REGION_BEFORE = /全(?:市|区|县|省|州|盟|旗)$/;
/** Whether the scope word at `at` (or the region's word right before it) opens a stance held. */
const stanceHeld = (text: string, at: number): boolean => {
  const from = REGION_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ? at - 2 : at;
  return REGION_STANCE.test(text.slice(from, from + 18));
};
/** A count of items published or updated (`共发布信息12000条`). */
const ITEMS_COUNTED = /(?:公开|发布|推送|更新)[^，,。；;\d]{0,12}\d+(?:余|多)?(?:条|篇|件)/;
const PUBLISHED_OR_REQUESTED = /主动公开|申请|发布|公布|[公开](?:信息|文件)/;

/**
 * Since a fix of stop 35 after the measure of 719–748: 汇总 of one government's own report
 * (`汇总2021年度大东坝镇人民政府的政务公开年度报告编制而成`, real: 大东坝镇 2021) sums nothing of
 * its units or its region: no scope said (unlike `汇总本县各部门…年度报告`).
 */
/*
 * Since a fix of stop 53 after the measure of 2081–2125: so is the same stock sentence garbled, the
 * year cut off by a comma and the government's work said compiled (`汇总2022年度,由彩云镇镇人民政府信息
 * 公开工作编制而成`, real: 彩云镇 2022, whose `彩云镇共公开政府信息177条` its gatherer read as of no
 * level): one government's year summed into its report, none of its units.
 */
const ONE_REPORT_SUMMED =
  /^汇总(?:(?:19|20)\d{2}年度?[,，]?)?由?(?:(?!各|全|及|和|与)[\u4e00-\u9fff]){2,16}?(?:人民政府|政府|街道办事处)(?:的)?[^，,。；;各]{0,12}(?:报告|编制而成)/;

/**
 * Since a fix of stop 50 after the measure of 1859–1903: 汇总 of the statistics' period (`本年度报告中所列
 * 资料数据的汇总统计期限从2022年1月1日起…`, real: 乌恰县膘尔托阔依乡 2022, whose `2022年膘尔托阔依乡主动公开
 * …共计13条` its gatherer read as of no level): the period the figures cover, not whose they are.
 */
const PERIOD_SUMMED = /^汇总统计(?:期限|时限|时间|区间)/;

/**
 * Since a fix of stop 50 after the measure of 1859–1903: the town's word opening a numbered item of the
 * contents it publishes (`公开内容:` then `2、全镇日常政务活动情况;`, real: 水城区发耳镇 2022, whose
 * `2022年度发耳镇共公开政务信息313条` its gatherer read as of no level): a kind of information, not
 * whose the figures are. Only with no count in its sentence.
 */
const CONTENT_ITEM_OPENED = /(?:^|\n)[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十])[、.．]$/;
const contentItemOpened = (text: string, at: number): boolean =>
  CONTENT_ITEM_OPENED.test(text.slice(Math.max(0, at - 6), at));

/** A clause's end: a sentence's, or a comma's. */
const endsClause = (code: number): boolean =>
  endsSentenceOrHalf(code) || code === 0xff0c || code === 0x2c;

/**
 * Since a fix of stop 37 after the measure of 959–988: 全省 in the report of a government below a
 * province (`同步推送至全省政策文件库`, real: 福州市晋安区 2023) names the province above, whose figures
 * are not the report's: it says nothing of whose the report's are.
 */
const BELOW_PROVINCE = /(?<!自治)(?:市|区|县|旗|州|盟)(?:人民)?(?:政府)?(?:办公(?:室|厅)|办)?$/;
const ABOVE_REGION = /^全省$/;
/**
 * Since a fix of stop 46 after the measure of 1574–1633: 本级 naming the portal where the report may be
 * read, no count in its clause (`本报告公众可在本级政府门户网站信息公开专栏中查看`, real: 滨海新区太平镇
 * 2021, whose `全年主动公开信息30余条` is said of no level): a channel, not whose the figures are. Not the
 * level's portal giving its own count (`其中在市本级政府门户网站…发布23558条`, real: 邵阳市 2020).
 */
const LEVEL_PORTAL = /^本级(?:政府)?(?:门户)?网站/;
/**
 * Since a fix of stop 53 after the measure of 2126–2170: 本级文件 as one kind among the parts of a count
 * (`其中,镇街动态59条,会议公开36条,本级文件4条,…`, real: 莒南县石莲子镇 2021, whose `主动公开信息共273条`
 * its gatherer reads as said of no level): the government's own documents, one kind counted, not whose the
 * whole count is. Only the bare 本级 opening a listed part; not a government's 本级 (`区政府本级文件344件`).
 */
const LEVEL_DOCUMENTS_PART = /^本级(?:文件|公文)\d/;
const PART_SEPARATOR = /[,，、；;：:]/;
const levelDocumentsListed = (text: string, at: number): boolean =>
  PART_SEPARATOR.test(text.charAt(at - 1)) && LEVEL_DOCUMENTS_PART.test(text.slice(at, at + 5));
/** How a government's report is read for its scope: a town's, one below a province, or another. */
type ScopeLevel = 'town' | 'belowProvince' | 'region';

const scopeIn = perTextAnd((_, level: ScopeLevel, analysed) => {
  const town = level === 'town';
  const untitled = untitledIn(analysed);
  for (const m of matchesOf(SCOPE_ALL, untitled)) {
    if (m[0] === '汇总' && ONE_REPORT_SUMMED.test(untitled.slice(m.index, m.index + 48))) continue;
    if (m[0] === '汇总' && MATERIALS_HANDLED_AFTER.test(untitled.slice(m.index, m.index + 4)))
      continue;
    if (m[0] === '汇总' && PERIOD_SUMMED.test(untitled.slice(m.index, m.index + 8))) continue;
    if (
      m[0] === '本级' &&
      LEVEL_PORTAL.test(untitled.slice(m.index, m.index + 10)) &&
      !COUNT_OF_ITEMS.test(sentenceAround(untitled, m.index, m.index + 2, endsClause))
    )
      continue;
    if (m[0] === '本级' && levelDocumentsListed(untitled, m.index)) continue;
    const sentence = sentenceAround(untitled, m.index, m.index + m[0].length, endsSentenceOrHalf);
    if (REVIEW_OR_SUIT.test(sentence) && !PUBLISHED_OR_REQUESTED.test(sentence)) continue;
    if (requestsOnly(sentence, untitled)) continue;
    if (m[0].startsWith('各') && ADDRESSED.test(untitled.slice(Math.max(0, m.index - 1), m.index)))
      continue;
    if (m[0].startsWith('各') && unitsGuided(untitled, m.index)) continue;
    const after = untitled.slice(m.index, m.index + 16);
    if (!town) {
      if (level === 'belowProvince' && ABOVE_REGION.test(m[0])) continue;
      if (
        REGION_WORK.test(after) &&
        WORK_ORGANISED.test(untitled.slice(Math.max(0, m.index - 2), m.index)) &&
        !COUNT_GIVEN.test(sentence)
      )
        continue;
      if (UNITS_BUDGETS.test(after) && !COUNT_GIVEN.test(sentence)) continue;
      if (
        TASKS_ASSIGNED_TO.test(untitled.slice(Math.max(0, m.index - 6), m.index)) &&
        !COUNT_GIVEN.test(sentence)
      )
        continue;
      if (
        REGION_WORK_IMPROVING.test(untitled.slice(m.index, m.index + 24)) &&
        !COUNT_GIVEN.test(sentence)
      )
        continue;
      const clause = sentenceAround(untitled, m.index, m.index + m[0].length, endsClause);
      if (m[0].startsWith('各') && urgedToRules(untitled, m.index)) continue;
      if (
        m[0].startsWith('全') &&
        UNITS_DIRECTORIES.test(untitled.slice(m.index, m.index + 40)) &&
        !COUNT_GIVEN.test(clause)
      )
        continue;
      if (REGION_OTHER_COUNTED.test(after) && !ITEMS_COUNTED.test(clause)) continue;
      if (REGION_MEDIA.test(after) && !ITEMS_COUNTED.test(clause)) continue;
      if (
        REGION_DOCUMENTS_REVIEWED.test(untitled.slice(m.index, m.index + 30)) &&
        untitled.charAt(m.index - 1) === '对' &&
        !COUNT_GIVEN.test(sentence.replace(DOCUMENTS_IN_FORCE, ''))
      )
        continue;
      if (m[0].startsWith('全') && RANKED.test(clause) && !ITEMS_COUNTED.test(clause)) continue;
      if (stanceHeld(untitled, m.index) && !COUNT_GIVEN.test(sentence)) continue;
      if (REGION_GROUP.test(after) && !COUNT_GIVEN.test(clause)) continue;
      if (REGION_PEOPLE.test(after) && !ITEMS_COUNTED.test(clause)) continue;
      if (
        REGION_CENTRE.test(after) &&
        CENTRE_SERVED.test(untitled.slice(Math.max(0, m.index - 2), m.index)) &&
        !COUNT_GIVEN.test(sentence)
      )
        continue;
      if (
        REGION_DEVELOPMENT.test(after) &&
        CENTRE_SERVED.test(untitled.slice(Math.max(0, m.index - 2), m.index)) &&
        !COUNT_GIVEN.test(clause)
      )
        continue;
      if (
        (REGION_AIMED.test(after) &&
          AIMED_AT.test(clauseBefore(untitled, m.index)) &&
          !COUNT_GIVEN.test(sentence)) ||
        (REGION_TOPICS.test(untitled.slice(m.index, m.index + 40)) &&
          TOPICS_SENT.test(untitled.slice(Math.max(0, m.index - 4), m.index)) &&
          !COUNT_GIVEN.test(clause))
      )
        continue;
      const issued = untitled.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (
        GOVERNMENT_AND_OFFICE.test(m[0]) &&
        (ISSUED_DOCUMENTS.test(issued) ||
          (ISSUED_IN_NAME.test(issued) && !COUNT_GIVEN.test(sentence)))
      )
        continue;
      return true;
    }
    if (ABOVE_TOWN.test(m[0])) continue;
    if (contentItemOpened(untitled, m.index) && !COUNT_GIVEN.test(sentence)) continue;
    if (GATHERED_FROM.test(untitled.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (
      m[0] === '汇总' &&
      MATERIALS_HANDLED.test(untitled.slice(Math.max(0, m.index - 3), m.index))
    )
      continue;
    // A sentence giving a count keeps it (`参与全镇经济社会建设工作中产生的公开信息共计147条`, real:
    // 五蛟镇人民政府 2020): the figures are said to come from the whole town's work.
    // Since a fix of stop 61 after the measure of 2486–2530: a count of the town's villages is no count of
    // items (`全镇信息公开工作自上而下有序开展,17个村(居)均设有村务公开栏`, real: 2487 武陵镇 2020, its gatherer:
    // 未说明是镇本级还是全镇的数字): the work told, not the figures.
    if (TOWN_WORK.test(after) && !COUNT_OF_ITEMS.test(sentence.replace(VILLAGES_COUNTED, '')))
      continue;
    if (TOWN_NEWS_KIND.test(after)) continue;
    if (TOWN_PROFILE.test(after) || TOWN_PUBLIC.test(after)) continue;
    if (TOWN_ASSESSED.test(untitled.slice(m.index, m.index + 20)) && !ITEMS_COUNTED.test(sentence))
      continue;
    if (TOWN_ORGANS_OFFICES.test(after) && !COUNT_GIVEN.test(sentence)) continue;
    if (
      TOWN_MEDIA.test(after) &&
      !ITEMS_COUNTED.test(sentenceAround(untitled, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    if (
      TOWN_UNITS_CHANNELS.test(untitled.slice(m.index, m.index + 32)) &&
      !COUNT_OF_ITEMS.test(sentence)
    )
      continue;
    if (
      TOWN_FIELDS.test(after) &&
      FIELDS_TOUCHED.test(untitled.slice(Math.max(0, m.index - 2), m.index)) &&
      !COUNT_GIVEN.test(sentenceAround(untitled, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    if (
      (TOWN_TOPICS.test(after) || TOWN_UNITS_COVERED.test(after)) &&
      TOPICS_COVERED.test(untitled.slice(Math.max(0, m.index - 3), m.index)) &&
      !COUNT_GIVEN.test(sentenceAround(untitled, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    return true;
  }
  return false;
});
const SCOPE_ALL = new RegExp(SCOPE.source, 'g');

/**
 * Since a fix of stop 34 after the measure of 644–673: a text whose title the import did not read
 * (no agency named) that names a region's people's government as the subject of its work
 * (`2022年,襄州区人民政府坚持以习近平新时代中国特色社会主义思想为指导`, real: 襄州区人民政府 2022) or as
 * the report's compiler (`由上海市黄浦区人民政府(以下简称区政府)编制`, real: 黄浦区 2019): a government's
 * report. Not its office (`由松北区人民政府政府办公室综合…`), nor the government named in a department's
 * text (`在县人民政府的领导下`, `向区人民政府报告`), which no working verb follows at once.
 */
/*
 * Since a fix of stop 35 after the measure of 719–748: the government going by what it was given
 * (`在县委县政府的正确领导下,大东坝镇人民政府根据省、市、县下发的关于政务公开的系列文件要求`, real:
 * 大东坝镇 2021) is at work too.
 */
const AT_WORK =
  '(?:坚持|深入|认真|以习近平|高度重视|全面|紧紧|始终|严格|进一步|着力|持续|紧扣|扎实|积极|切实|根据|按照|在[^，,。；;]{0,24}?领导下)';
/*
 * Since a fix of stop 44 after the measure of 1424–1483: not a clause opening on what the agency goes
 * by (`2023年,永靖县市场监管局按照…要求,根据县政府全面加强政务公开工作的安排部署`, real: 永靖县市场
 * 监管局 2023, its title cut): the government is whose plans a department follows, not the one at work.
 */
const AT_WORK_OPENING =
  '(?:^|[,，。；;])(?:\\d{4}年[,，]?)?(?!根据|按照|依据|依照|遵照|遵循|按|落实|贯彻|结合|围绕|配合|在|向|对|经)[\\u4e00-\\u9fff]{1,12}?';
/*
 * Since a fix of stop 35 after the measure of 674–718: the government under its party committees'
 * leadership (`2023年,交口县人民政府在吕梁市委、市政府和交口县委的坚强领导下,坚持…`, real: 交口县
 * 2023); a department's text says `在县人民政府的领导下`, the government after 在.
 */
/*
 * Since a fix of stop 35 after the measure of 719–748: the government by its short name
 * (`2022年,杨浦区政府坚持以习近平新时代中国特色社会主义思想为指引`, real: 上海市杨浦区政府 2022).
 */
const GOVERNMENT_AT_WORK = new RegExp(
  `${AT_WORK_OPENING}(?:省|市|区|县|旗|州|盟)(?:人民)?政府${AT_WORK}|` +
    '由[\\u4e00-\\u9fff]{1,12}?(?:省|市|区|县|旗|州|盟)人民政府(?:[（(]以下简称[^()（）]{1,8}[)）])?(?:编制|汇总|综合)',
  'm',
);
/** A request received (or none), in words `TOWN_AT_WORK` reads after the town's government. */
const REQUESTS_RECEIVED =
  '(?:共|全年)?(?:未|没有)?(?:收到|受理)[^。；;，,]{0,6}?(?:依申请|政府信息公开申请|信息公开申请)';
/**
 * Since a fix of stop 35 after the measure of 674–718: a nameless text whose town's government is at
 * work (`2024年,落别乡人民政府认真贯彻落实…`, real: 落别乡 2024) or compiles the report (`由成山镇人民
 * 政府编制`, real: 成山镇 2019) is a town's report; and one whose government's general office is at
 * work (`2019年,广州市番禺区人民政府办公室认真贯彻落实…`, real: 番禺区人民政府办公室 2019) the office's.
 */
/*
 * Since a fix of stop 37 after the measure of 929–958: so is a nameless text naming a town's
 * government the report's drafter (`报告起草单位为金州乡人民政府`, real: 金州乡 2025), or publishing the
 * report of a town by its bare name (`现公布金州乡2025年政府信息公开年度报告`, the same), as a region's
 * bare name is its government's (`REGION_REPORT_NAMED`).
 */
/*
 * Since a fix of stop 51 after the measure of 1904–1948: so is one compiled from a town's year of work
 * (`根据沧源佤族自治县糯良乡2022年政府信息与政务公开工作基本情况编制本报告`, real: 糯良乡 2022).
 */
/*
 * Since a fix of stop 45 after the measure of 1514–1543: not a report named by a self-name alone
 * (`特向社会公布2019年本镇政府信息公开工作年度报告`, real: 福州市晋安区审计局 2019, a township's preface
 * copied, its text `我局未收到…` and `福州市晋安区审计局提供本报告的电子版下载`): 本镇 names no town, and
 * a text that speaks as a town only is read so by `isTownGovernment`.
 */
/*
 * Since a fix of stop 53 after the measure of 2081–2125: so is one whose year's work is the town
 * government's information work (`2022年,伊州区雅满苏镇人民政府信息公开工作根据《…条例》…要求`, real:
 * 雅满苏镇 2022, its title cut), as `REGION_WORK_SUBJECT` reads a county's.
 */
/*
 * Since a fix of stop 56 after the measure of 2261–2305: so is one whose preface names the report it
 * was drawn from as the town's, with 的 (`汇总2024年小河镇的政府信息公开年度报告编制而成`, real: 巧家县小河镇
 * 2024, its text `本年度小河镇共发布更新…信息13条` with no word of whose): the town's own report, its
 * preface's wording borrowed from a county's. Not the bare name at work alone (`TOWN_BARE_AT_WORK`).
 */
/*
 * Since a fix of stop 66 after the measure of 2711–2755: so is one whose town's people's government is
 * the subject receiving the requests (`2024年,安棚镇人民政府未收到依申请公开信息`, real: 2723 安棚镇人民政府 2024,
 * a text cut from its 一、 with no title, its `安棚镇通过政务门户网站…主动公开政务信息53条` said of no level, its
 * gatherer says): the requests are made to the government, the report its.
 */
const TOWN_AT_WORK = new RegExp(
  `${AT_WORK_OPENING}(?:镇|乡|苏木)人民政府(?:(?:政府)?(?:信息公开|政务公开)工作)?${AT_WORK}|` +
    `由[\\u4e00-\\u9fff]{1,12}?(?:镇|乡|苏木)人民政府(?:编制|汇总|综合)|` +
    '(?:起草|编制|编写)单位(?:为|是)[\\u4e00-\\u9fff]{1,12}?(?:镇|乡|苏木)人民政府(?![\\u4e00-\\u9fff])|' +
    '(?:公布|发布|现将|编制)《?[\\u4e00-\\u9fff]{1,12}?(?<!城)(?:镇|乡|苏木)(?:19|20)\\d{2}年度?政府信息公开(?:工作)?年度报告|' +
    '(?:公布|发布|现将|编制|汇总)《?(?:19|20)\\d{2}年度?(?![本我](?:镇|乡|苏木))[\\u4e00-\\u9fff]{1,12}?(?<!城)(?:镇|乡|苏木)的?政府信息公开(?:工作)?(?:年度)?报告|' +
    '根据[\\u4e00-\\u9fff]{1,16}?(?<!城)(?:镇|乡|苏木)(?:19|20)\\d{2}年度?[^。；;]{0,20}?情况编制本报告|' +
    `${AT_WORK_OPENING}(?:镇|乡|苏木)人民政府${REQUESTS_RECEIVED}`,
  'm',
);
const OFFICE_AT_WORK = new RegExp(
  `${AT_WORK_OPENING}(?:省|市|区|县|旗|州|盟)人民政府办公(?:室|厅)${AT_WORK}`,
  'm',
);
/**
 * Since a fix of stop 37 after the measure of 989–1018: a nameless text compiled by a region's
 * government's general office (`本年度报告根据《…条例》…的要求,由长宁区人民政府办公室编制`, real: 长宁区
 * 2021) is the government's report or the office's own (`由福州市长乐区人民政府办公室编制完成本报告`, then
 * `2023年我办公开规范性文件20件`, real: 长乐区人民政府办公室 2023): read as the office's, whose figures
 * may be its own, the government's or the region's, unless the government itself is at work in it
 * (`交口县人民政府在…领导下`).
 */
const OFFICE_COMPILES =
  /由[\u4e00-\u9fff]{0,12}?(?:省|市|区|县|旗|州|盟)人民政府(?:政府)?办公(?:室|厅)(?:[（(]以下简称[^()（）]{1,8}[)）])?(?:编制|汇总|综合)/;
/**
 * Since a fix of stop 36 after the measure of 869–898: a nameless text publishing the report of a
 * region by its bare name (`现公布黄平县2022年政府信息公开工作年度报告`, real: 黄平县 2022): a report of
 * the region's government, as a bare region's name is (`沈阳市苏家屯区`). Not a zone's (`…开发区`), nor a
 * department's or a town's, whose name follows the region's before the year.
 */
const REGION_REPORT_NAMED =
  /(?:公布|发布|现将|编制)《?((?:[\u4e00-\u9fff]{1,6}?(?:省|州|盟))?[\u4e00-\u9fff]{1,6}?(?:市|县|区|旗))(?:19|20)\d{2}年度?政府信息公开工作年度报告/;
const NEIGHBOURHOOD = /社区$/;
const regionReportNamedIn = perText((_, analysed) => {
  const m = REGION_REPORT_NAMED.exec(compactText(analysed));
  return m !== null && !ZONE_NAME.test(m[1] ?? '') && !NEIGHBOURHOOD.test(m[1] ?? '');
});
/**
 * Since a fix of stop 46 after the measure of 1574–1633: so is a nameless text whose year's work opens
 * with a town's bare name at work and that names the same town's people's government (`2025年,武山县
 * 城关镇全面贯彻落实政府信息公开各项规定`, then `城关镇人民政府信息公开形式,主要以武山县人民政府网为第一
 * 平台`, real: 武山县城关镇 2025): the government's report. Not the bare name alone (`2021年,庆云县尚堂镇
 * 坚持…`, real: 尚堂镇 2021; `2022年界坑乡严格按照上级要求`, real: 界坑乡 2022, its gatherer reading its
 * figures as 本单位's): a text the corpus reads with no government named.
 */
/*
 * Since a fix of stop 47 after the measure of 1634–1678: the year's work since its start too (`2025年
 * 以来,东华镇始终坚持…`).
 */
const TOWN_BARE_AT_WORK = new RegExp(
  `(?:^|[。；;])(?:19|20)\\d{2}年度?(?:以来)?[,，]?([\\u4e00-\\u9fff]{1,12}?(?<!城)(?:镇|乡|苏木))(?:政府)?${AT_WORK}`,
  'm',
);
/** The town's own name at work, the county's before it left out (`武山县城关镇`: `城关镇`). */
const townBareNameAtWork = (text: string): string => {
  const town = TOWN_BARE_AT_WORK.exec(text)?.[1] ?? '';
  const own = /[^县区市旗]{2,6}$/.exec(town)?.[0] ?? '';
  return own.length >= 3 ? own : '';
};
/*
 * Since a fix of stop 68 after the measure of 2801–2845: the town's government named without 人民
 * (`2023年,喀拉也木勒镇政府认真贯彻落实…`, and in the preface `额敏县喀拉也木勒镇政府紧紧围绕…`, real:
 * 额敏县喀拉也木勒镇 2023, a text with no title), or the town at work speaking of its work as 镇政府's
 * (`2025年,茹荷镇按照…`, then `结合镇政府工作实际`, real: 昌黎县茹荷镇 2025): the town's government too.
 */
const OWN_LEVEL_GOVERNMENT = /结合(?:镇|乡)政府|(?:镇|乡)政府(?:工作)?实际/;
const townBareAtWork = (text: string): boolean => {
  const own = townBareNameAtWork(text);
  return (
    own !== '' &&
    (text.includes(`${own}人民政府`) ||
      text.includes(`${own}政府`) ||
      OWN_LEVEL_GOVERNMENT.test(text))
  );
};
/**
 * Since a fix of stop 47 after the measure of 1634–1678: so is one whose town at work names its
 * 党政办公室, the town government's office, as the one to ask, in the preface (`2025年以来,东华镇始终
 * 坚持…`, then `请与楚雄市东华镇党政办公室联系`, real: 东华镇 2025; its like `吕合镇人民政府党政办公室` in
 * 吕合镇 2025's): the town's government reporting, its name only cut from its office's.
 */
const townBareNameIn = perText((_, analysed) => townBareNameAtWork(compactText(analysed)));
const townOfficeToAsk = (ctx: CheckContext): boolean => {
  const texts = textsOf(ctx);
  const own = texts.map((t) => townBareNameIn(t)).find((n) => n !== '') ?? '';
  return own !== '' && texts.some((t) => t.text.includes(`${own}党政办公室`));
};
const townAtWorkIn = perText(
  (_, analysed) =>
    TOWN_AT_WORK.test(compactText(analysed)) || townBareAtWork(compactText(analysed)),
);
const officeAtWorkIn = perText((_, analysed) => OFFICE_AT_WORK.test(compactText(analysed)));
const governmentAtWorkIn = perText((_, analysed) => GOVERNMENT_AT_WORK.test(compactText(analysed)));
const officeCompilesIn = perText((_, analysed) => OFFICE_COMPILES.test(compactText(analysed)));
/**
 * Since a fix of stop 38 after the measure of 1019–1048: a count of requests received in 总体情况
 * (`本年度共受理依申请公开20件`, real: 亦庄镇 2019, its excerpt cut in 表二) is a figure read with
 * nothing said of whose, as one of what was published is. Not none received (`2025年,我镇共收到政府信息
 * 公开申请0件`, real: 安肃镇 2025; `吉亚乡受理依申请公开0件`, real: 吉亚乡 2023): no figure to read as
 * anyone's.
 */
/*
 * Since a fix of stop 48 after the measure of 1679–1723: also counted in 条 as information asked for
 * (`我市收到依申请公开信息1条`, real: 二连浩特市 2020).
 */
const REQUESTS_COUNTED =
  /(?:受理|收到|接到)[^，,。；;\d]{0,16}?申请(?:[^，,。；;\d]{0,8}?[1-9]\d*件|公开(?:政府)?信息[1-9]\d*条)/;
/** A count of items published in 万 (`发布各类信息近1.7万条`). */
const MANY_PUBLISHED = /(?:公开|发布)[^，,；;。\d]{0,20}\d+(?:\.\d+)?万(?:余|多)?条/;
/**
 * Since a fix of stop 37 after the measure of 929–958: not the units as those the government asks
 * to cooperate (`区领导高度重视,要求各部门要积极配合,各司其职`, real: 海棠区 2021), no count in its
 * sentence: the work organised, said of no figures.
 */
const UNITS_ALL = new RegExp(UNITS.source, 'g');
const UNITS_ASKED = /要求$/;
/**
 * Since a fix of stop 37 after the measure of 989–1018: nor the units as those the government
 * organises, no count in their clause (`组织各部门依法依规做好法定主动公开内容的公开工作,2022年
 * 通过县人民政府门户网站主动公开政府信息5699条`, real: 灵川县 2022): the work they are set to, not
 * whose the count published on the government's portal is. Not the units urged to publish
 * (`督促各部门在专栏上公开要点信息`, real: 岳阳市 2020): their items are among the published.
 */
const UNITS_ORGANISED = /组织$/;
/**
 * Since a fix of stop 39 after the measure of 1169–1198: nor the units as those whose work the
 * government checks, no count in their clause (`对各部门信息公开工作实施常态化检查`, real: 沙依巴克区
 * 人民政府 2022, whose `主动公开政府信息数共计449条` and `全年收到依申请公开8件` are said of no level):
 * oversight of their work, not whose the figures are.
 */
const UNITS_OVERSEEN_BEFORE = /对$/;
const UNITS_OVERSEEN =
  /^各(?:部门|单位)[^，,。；;\d]{0,12}?工作(?:进行|实施|开展)?了?(?:常态化|定期|不定期)?(?:检查|督查|监督|督导|考核|评估|抽查|巡查)/;
/**
 * Since a fix of stop 40 after the measure of 1199–1258: nor the units as those whose sites and
 * accounts were scanned (`对我市政府网站及各单位政务新媒体进行云检测扫描`, real: 乐平市 2025, whose
 * `乐平市人民政府网站累计发布信息10397条` is said of no level), nor as those whose budgets were
 * published (`按时发布各部门2022年部门预算、2021年部门决算`, real: 浮梁县 2023), no count in their
 * clause: each unit's own pages, not whose the figures of 主动公开 and of requests are.
 */
const UNITS_MEDIA_CHECKED =
  /^各(?:部门|单位)(?:的)?(?:政务)?(?:新媒体|网站|公众号)[^，,。；;\d]{0,8}?(?:检测|扫描|检查|巡查|监测|普查)/;
const UNITS_BUDGETS_PUBLISHED =
  /^各(?:部门|单位)(?:(?:19|20)\d{2}年度?)?(?:部门)?(?:预决算|预算|决算)/;
/**
 * Since a fix of stop 42 after the measure of 1349–1378: nor the units as those the work is handed
 * down to, no count in their clause (`把政务公开工作分解细化到各部门,落实具体责任人员`, real: 乌鲁木齐市
 * 高新区(新市区) 2020, whose `我区通过政府门户网站主动公开各类工作信息1338条` is said of no level): who
 * does the work, as the units organised (`UNITS_ORGANISED`), not whose the figures are.
 */
const UNITS_ASSIGNED = /(?:分解|细化|落实|分配|下达|分派|压实)(?:到|至|给)$/;
/**
 * Since a fix of stop 44 after the measure of 1424–1483: nor the region's units, or the region, as
 * those who drew up their lists of what to publish, no count in their clause (`全县各部门和乡镇(街道)
 * 完成了政府信息主动公开标准目录、基层政务公开标准目录`, real: 沭阳县 2021, whose `重点领域信息集中公开
 * 432条` and `在沭阳县人民政府网站发布政府文件27件` are said of no level): each unit's own directory, not
 * whose the figures are.
 */
/**
 * Since a fix of stop 44 after the measure of 1424–1483: nor the region's towns or units as those
 * urged to keep to the rules, no count in their sentence (`督促各乡镇、部门严格按照相关制度审核发布信息`,
 * real: 黄平县人民政府(政府办公室) 2023, whose `通过县政府门户网站发布信息3043余条` is said of no level):
 * how they publish, not whose the figures are.
 */
const UNITS_URGED = /(?:督促|要求|指导|督导)$/;
const UNITS_KEEP_RULES =
  /^各[^，,。；;\d]{0,8}?(?:严格|认真)?(?:按照|执行|落实|遵守|遵循)[^，,。；;\d]{0,12}?(?:制度|规定|流程|机制)/;
const urgedToRules = (text: string, at: number): boolean =>
  UNITS_URGED.test(text.slice(Math.max(0, at - 2), at)) &&
  UNITS_KEEP_RULES.test(text.slice(at, at + 32)) &&
  !COUNT_GIVEN.test(sentenceAround(text, at, at + 1, endsSentenceOrHalf));
const UNITS_REPORTS = /^各(?:部门|单位)(?:的)?(?:政府信息公开|政务公开)(?:工作)?年度报告/;
const UNITS_DIRECTORIES =
  /^(?:全(?:市|区|县|旗|州|盟)|各(?:部门|单位))[^，,。；;：:\d]{0,16}?(?:完成|编制|梳理|修订|更新|制定|编目)[^，,。；;\d]{0,16}?目录/;
const unitsIn = perText((_, analysed) => {
  const text = compactText(analysed);
  if (!UNITS.test(text)) return false;
  for (const m of matchesOf(UNITS_ALL, text)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (
      requestsOnly(sentenceAround(text, m.index, m.index + m[0].length, endsSentenceOrHalf), text)
    )
      continue;
    if (
      UNITS_OVERSEEN_BEFORE.test(before) &&
      UNITS_OVERSEEN.test(text.slice(m.index, m.index + 24)) &&
      !COUNT_GIVEN.test(sentenceAround(text, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    const unitsAfter = text.slice(m.index, m.index + 24);
    if (
      (UNITS_BUDGETS_PUBLISHED.test(unitsAfter) || UNITS_MEDIA_CHECKED.test(unitsAfter)) &&
      !COUNT_GIVEN.test(sentenceAround(text, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    if (urgedToRules(text, m.index)) continue;
    if (
      UNITS_DESCRIBED.test(unitsAfter) &&
      UNITS_DESCRIBED_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) &&
      !COUNT_GIVEN.test(sentenceAround(text, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    if (
      UNITS_STAFFED.test(unitsAfter) &&
      !COUNT_GIVEN.test(sentenceAround(text, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    // Since a fix of stop 48 after the measure of 1679–1723: nor the units as those whose own
    // reports the report was drawn from (`本报告根据《…条例》以及2020年度市政府各部门政府信息公开年度
    // 报告编制`, real: 二连浩特市 2020, its gatherer: 说的是部门的报告, the figures' scope unsaid).
    if (
      UNITS_REPORTS.test(unitsAfter) &&
      !COUNT_GIVEN.test(sentenceAround(text, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    if (
      (UNITS_ASSIGNED.test(text.slice(Math.max(0, m.index - 4), m.index)) ||
        UNITS_DIRECTORIES.test(text.slice(m.index, m.index + 40))) &&
      !COUNT_GIVEN.test(sentenceAround(text, m.index, m.index + m[0].length, endsClause))
    )
      continue;
    if (UNITS_ORGANISED.test(before)) {
      const clause = sentenceAround(text, m.index, m.index + m[0].length, endsClause);
      if (!COUNT_GIVEN.test(clause)) continue;
      return true;
    }
    if (!UNITS_ASKED.test(before)) return true;
    const sentence = sentenceAround(text, m.index, m.index + m[0].length, endsSentenceOrHalf);
    if (COUNT_GIVEN.test(sentence)) return true;
  }
  return false;
});

/**
 * Since a fix of stop 46 after the measure of 1574–1633: a report whose agency was read from its
 * compiler alone (`本报告是…由东宝区大数据中心编制的2020年度政府信息公开年度报告`, real: 东宝区 2020,
 * the import taking the compiler as the agency since stop 45) that speaks as the compiler's region
 * (`我区政府信息公开工作在区委、区政府的指导下`) and never as a body of its own (`我局`, `我中心`): the
 * region's report, compiled for its government by one of its units, its figures read as any
 * government's (its gatherer: 由区大数据中心而非政府办编制的区报告，仍按区的报告判范围). The region's
 * disclosure work itself, not its line of work (`结合我市农业农村工作实际`, real: 莆田市农业农村局 2024,
 * compiling its own report).
 */
const COMPILER_REGION_SPEAKING = /我([县区旗市])(?:的)?(?:政府信息公开|政务公开|信息公开)/g;
function compilerSpeakingAsRegion(ctx: CheckContext, name: string): boolean {
  if (name === '' || name.includes('政府')) return false;
  const texts = textsOf(ctx).map((t) => untitledIn(t));
  if (!texts.some((t) => t.includes(`由${name}编制`))) return false;
  if (texts.some((t) => OWN_AGENCY_SPEAKING.test(t))) return false;
  return texts.some((t) =>
    matchesOf(COMPILER_REGION_SPEAKING, t).some((m) => name.includes(m[1] ?? '')),
  );
}

/**
 * Since a fix of stop 46 after the measure of 1574–1633: a 管理区 under a county (`柳城县伏虎华侨管理区`,
 * real: 2025, a 华侨 area of the county with its own 社区, `通过县政府门户网站、社区公示栏、微信群…公开各类
 * 政府信息2条`) is a township-level government, read as a town's: its figures may be its own or the
 * whole area's. Not a county-level zone under a city (`…市…管理区`), nor a development zone's.
 */
const TOWNSHIP_LEVEL_ZONE = /(?:县|旗)[\u4e00-\u9fff]{2,8}(?<!开发|园|风景|旅游)管理区$/;

/**
 * Since a fix of stop 47 after the measure of 1634–1678: a 新区 by its bare name whose text names its
 * body as a 管委会 (`徐圩新区本年度主动公开政府信息类别包括管委会领导、机构信息…`, real: 连云港徐圩新区
 * 2020) is a zone run by its committee, not a district's government (浦东新区, 滨海新区 report as
 * `…人民政府`): it has no 本级 to tell, as a development zone's. Not the committees of the zones
 * within a district (`各管委会`, real: 滨海新区人民政府办公室 2020), nor another zone's (`…开发区管委会`).
 */
const NEW_AREA_NAME = /新区$/;
const OWN_COMMITTEE = /(?<![各区园城港])管(?:理)?委(?:员)?会/;
const newAreaRunByCommittee = (ctx: CheckContext, name: string): boolean =>
  NEW_AREA_NAME.test(name) &&
  textsOf(ctx).some((t) => t.text.includes('委') && OWN_COMMITTEE.test(compactText(t)));

/**
 * Since a fix of stop 53 after the measure of 2126–2170: a zone's committee's general office
 * (`重庆两江新区管理委员会办公室`) counting what was published through the zone's government portal, itself
 * not the subject (`通过两江新区政府门户网站主动公开信息11537条`, real: 两江新区 2023 and 2024, their
 * gatherers: 未说明是办公室本机关还是全新区的数字) runs the portal as a government's office does: the count may
 * be the office's own, the committee's or the whole zone's, as a government's office's is. The corpus reads
 * a committee's office as a department (`管委会办公室（部门）不判范围`, 武汉东湖风景区 2024, `办公室通过政府网站
 * 发布…74条`; 长白山 2023, `全年共发布信息65条` in its 专栏), so only its count through a 政府门户网站 with the
 * office not its subject; the office's own count is read as said by `officeOwnIn`'s kin below.
 */
const COMMITTEE_OFFICE = /管(?:理)?委(?:员)?会办公室$/;
const PORTAL_COUNT =
  /(?:^|[,，。；;：:])(?:(?:19|20)\d{2}年度?[,，]?)?(?:全年)?通过[\u4e00-\u9fff]{0,12}?政府门户网站(?:[^，,。；;\d]{0,12}?)(?:公开|发布)[^，,。；;\d]{0,12}?\d+(?:\.\d+)?万?(?:余|多)?条/m;
const portalCountIn = perText({ anyOf: '门户', otherwise: false }, (text) =>
  PORTAL_COUNT.test(compactText(text)),
);
const committeeOfficeRunsPortal = (ctx: CheckContext, name: string): boolean =>
  COMMITTEE_OFFICE.test(name) && textsOf(ctx).some((t) => portalCountIn(t));

/** A government's office in brackets after its name (`黄平县人民政府(政府办公室)`). */
const OFFICE_BRACKETED = /[（(](?:[\u4e00-\u9fff]{0,6}?政府)?办公(?:室|厅)[)）]$/;
const GOVERNMENT_NAME = /(?:省|市|区|县|旗|州|盟)人民政府$/;

/**
 * Since a fix of stop 48 after the measure of 1724–1768 (helper f27): a town's count of information
 * said published through the boards of both the town and its villages (`全年通过镇村两级公告公示栏、阿克陶
 * 县人民政府网阿克陶镇平台等公布…信息共计186条`, real: 阿克陶县阿克陶镇 2021, whose only 全镇 is said of
 * the requests, none received): the villages' items counted in, the figure is neither the town
 * government's own nor said to be the whole town's. Not where its own sentence says which (`本级`,
 * `全镇`), nor the two levels' boards named with no count (`通过镇村两级公开栏…及时更新`, real: 阳罗洲镇
 * 2022; `设立镇、村两级政府信息查阅点14个`, real: 熊官屯镇 2023, points, not information).
 */
const BOTH_LEVELS_COUNT =
  /(?<![^。；;\n])(?:(?![本全]级|全[镇乡])[^。；;\n]){0,40}?[镇乡]、?村两级(?:(?![本全]级|全[镇乡])[^。；;\n]){0,60}?(?:公布|公开|发布)(?:(?![本全]级|全[镇乡])[^。；;\n]){0,60}?\d+(?:余|多)?条/;
const bothLevelsCountIn = perText({ anyOf: '两', otherwise: false }, (text) =>
  BOTH_LEVELS_COUNT.test(compactText(text)),
);

/**
 * Since a fix of stop 60 after the measure of 2441–2485: a report that gives no figure at all, no
 * table's cell read and no count in its words (`我苏木未收到政府信息公开申请`, the rest plans and
 * measures, real: 2466 伊敏苏木人民政府 2019, a page stored from its 三、): there are no figures
 * whose scope it could tell (its gatherer: 没有数字，不判范围). Any number but a year or a date is a
 * figure (`行政许可决定150起`, real: 072 彭水苗族土家族自治县龙塘乡人民政府 2019, its scope asked).
 */
const YEAR_OR_DATE = /(?:19|20)\d{2}年(?:度|\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日/g;
const A_DIGIT = /\d/;
const givesNoFigure = (ctx: CheckContext): boolean =>
  !anyCell(ctx.report.cells) &&
  textsOf(ctx).every((t) => !A_DIGIT.test(compactText(t).replace(YEAR_OR_DATE, '')));

/** A government's report that never says whether its figures are 本级 or the whole region. */
export const governmentScopeCheck = defineCheck({
  id: 'government-scope-missing',
  severity: 'warning',
  spec: '4.5',
  title: '人民政府报告未说明是本级还是全辖区数据',
  run(ctx) {
    const { agencyKind, agencyName } = ctx.report.meta;
    // Since a fix of stop 33 after the measure of 554–583: a 乡's, 镇's or 苏木's government too
    // (real: 阚疃镇 2024, 南湖洲镇 2025, 府河镇 2023, 高陂镇 2022, 大涌镇 2022): its figures may be the
    // town government's own or the whole town's, its 村 and the county's offices in it counted
    // (`“大涌公安”发布政务微信信息438条`), and its report gives them with nothing said of which.
    // Since a fix of stop 44 after the measure of 1424–1483: a government reporting with its office
    // in brackets (`黄平县人民政府(政府办公室)`, real: 黄平县 2023, `通过县政府门户网站发布信息3043余条`)
    // is the government: its figures may be its own or the county's, as any government's.
    const joint = agencyName.replace(/\s+/g, '');
    const name = joint.replace(OFFICE_BRACKETED, '');
    const nameless = name === '';
    const town =
      isTownGovernment(ctx) ||
      TOWNSHIP_LEVEL_ZONE.test(name) ||
      (nameless && (textsOf(ctx).some((t) => townAtWorkIn(t)) || townOfficeToAsk(ctx)));
    // Since a fix of stop 34 after the measure of 584–613: a government's general office too (real:
    // 银川市人民政府办公室 2022, `主动公开政府信息20余万条`, `受理答复政府信息公开申请28件`): it runs the
    // government's portal and answers the requests made to the government, so its figures may be its
    // own, the government's or the whole region's, and its report often gives them with nothing said.
    const committeeOffice = !town && committeeOfficeRunsPortal(ctx, name);
    const office =
      !town &&
      (GOVERNMENT_OFFICE.test(name) ||
        committeeOffice ||
        (nameless &&
          textsOf(ctx).some(
            (t) =>
              officeAtWorkIn(t) ||
              (officeCompilesIn(t) && !textsOf(ctx).some((u) => governmentAtWorkIn(u))),
          )));
    const compiler = !town && !office && compilerSpeakingAsRegion(ctx, name);
    if (!town && !office && !compiler) {
      if (
        agencyKind !== 'government' &&
        !(name !== joint && GOVERNMENT_NAME.test(name)) &&
        !(
          name === '' &&
          textsOf(ctx).some(
            (t) =>
              governmentAtWorkIn(t) ||
              regionReportNamedIn(t) ||
              regionOnlySpeakingIn(t) ||
              regionWorkSubjectIn(t) ||
              regionHeadLeadsIn(t),
          )
        )
      )
        return [];
      // A development zone's committee (`桃园开发区管委会`) reports its own work: it has no 本级 to
      // tell from a region of governments below it. Since a fix of stop 33 after the measure of
      // 584–613: a region's bare name (`沈阳市苏家屯区`) is its government's.
      // Since a fix of stop 42 after the measure of 1349–1378: so is a zone's with the district's
      // name in brackets (`高新区(新市区)`, real: 乌鲁木齐市高新区(新市区) 2020), one government.
      if (
        name !== '' &&
        !name.includes('政府') &&
        ((!isRegionName(name) && !isRegionName(REGION_ALIAS.exec(name)?.[1] ?? '')) ||
          newAreaRunByCommittee(ctx, name))
      )
        return [];
    }
    // Whether the text ever says it can only be told of a whole text: one cut before 五 and 六
    // (a page's excerpt, a draft half written) may say it further on, unless 总体情况 has already
    // given what was published (`县政府门户网站发布信息12205条`, real: 湘阴县人民政府 2023): its figures
    // are read with nothing said of whose they are.
    // Since a fix of stop 34 after the measure of 644–673: so has the text before the first heading
    // when no 总体情况 was read (`一、报告内容` over `(一)总体情况`, then `主动公开信息共7件`, real: 龙河镇
    // 2020): it holds the overview.
    const { problems, other, overview } = ctx.report.narrative;
    const overviewText =
      (overview ?? '').trim() === '' ? ctx.report.meta.preface : (overview ?? '');
    // Since a fix of stop 35 after the measure of 674–718: so has a count in 万 (`在区政府门户网站发布
    // 各类信息近1.7万条`, real: 番禺区人民政府办公室 2019), and 二、主动公开 giving its count before the
    // text is cut (`2019年,主动公开政府信息19条`, real: 成山镇 2019).
    const { proactive } = ctx.report.narrative;
    if (
      (problems ?? '').trim() === '' &&
      (other ?? '').trim() === '' &&
      !countsPublished(overviewText) &&
      !countsPublished(proactive ?? '') &&
      !MANY_PUBLISHED.test(compactText(overviewText)) &&
      !REQUESTS_COUNTED.test(compactText(overviewText))
    )
      return [];
    if (givesNoFigure(ctx)) return [];
    const texts = textsOf(ctx);
    // Since a fix of stop 48 after the measure of 1724–1768: a town's count said published through
    // its and its villages' boards tells of no level, whatever a scope word says elsewhere.
    const bothLevels = town && texts.some((t) => bothLevelsCountIn(t));
    const scopeLevel: ScopeLevel = town
      ? 'town'
      : BELOW_PROVINCE.test(name.replace(REGION_ALIAS, ''))
        ? 'belowProvince'
        : 'region';
    if (
      texts.length === 0 ||
      (office && officeCountsRequestsOnly(texts)) ||
      (!bothLevels &&
        texts.some(
          (t) =>
            scopeIn(t, scopeLevel) ||
            (!town && unitsIn(t)) ||
            (office &&
              (officeOwnIn(t) ||
                officeRegionSpeakingIn(t) ||
                officeDocumentsIn(t) ||
                officeSelfThenTotalIn(t))) ||
            (town && (townOwnIn(t) || townOfficeOwnIn(t) || townUnitOwnIn(t))),
        ))
    )
      return [];
    return [
      {
        fields: ['narrative.overview', 'meta.agencyKind'],
        section: 'overview',
        message: town
          ? '乡镇人民政府的年度报告应说明所列数据是乡镇政府本级的，还是全乡镇（含所属站所、村）汇总的'
          : committeeOffice
            ? '管委会办公室的年度报告通过政府门户网站公开信息，应说明所列数据是办公室本机关的，还是管委会或全区域（含所属部门、下级单位）汇总的'
            : office
              ? '人民政府办公室（办公厅）的年度报告应说明所列数据是办公室本机关的，还是本级政府或全辖区（含所属部门、下级政府）汇总的'
              : '人民政府的年度报告应说明所列数据是本级政府的，还是全辖区（含所属部门、下级政府）汇总的',
      },
    ];
  },
});

const ORDINAL_CHARS = '一二三四五六七八九十';
/**
 * `主要做好以下四个方面工作：`, `存在以下三点不足：`, `采取了如下5项措施：`: a stated count of the
 * items a colon introduces.
 */
const LIST_STATED = new RegExp(
  `(?:以下|如下|下列|下述|主要有|共有|共)([两${ORDINAL_CHARS}]|\\d{1,2})(?:个|大|条|项)?(?:方面|点|项|条|个|问题|不足|措施|举措)[^，。；;：:！？\\n]{0,12}[：:]`,
  'g',
);
/** How the items are numbered: `一是`, `（一）`, `1.`/`1、`, `第一，`; each with its numeral. */
const LIST_MARKERS: readonly RegExp[] = [
  new RegExp(`([${ORDINAL_CHARS}])(?<=(?:^|[：:；;。，,！？\\n])[${ORDINAL_CHARS}])是`, 'g'),
  new RegExp(`[（(]([${ORDINAL_CHARS}])[）)]`, 'g'),
  /(?<=^|[：:；;。！？\n])(\d{1,2})[.、．](?!\d)/g,
  new RegExp(`第(?<=(?:^|[：:；;。！？\\n])第)([${ORDINAL_CHARS}])[，,、是]`, 'g'),
];
/** The first item must follow the colon at once (a heading's line break at most). */
const LIST_START_GAP = 2;

interface ListCount {
  readonly stated: number;
  readonly statedText: string;
  readonly listed: number;
  readonly markers: readonly string[];
}

/**
 * Stated counts followed by their items, when the items are numbered and the numbering runs
 * 1, 2, 3… from the colon; the run ends at a numeral out of sequence (a new list or the next
 * part). Lists whose items are not numbered are not counted.
 */
export const listCounts: (text: string | AnalysedText) => readonly ListCount[] =
  perText(listCountsUncached);

function listCountsUncached(_: string, analysed: AnalysedText): ListCount[] {
  const compact = compactText(analysed);
  const out: ListCount[] = [];
  LIST_STATED.lastIndex = 0;
  for (let m = LIST_STATED.exec(compact); m; m = LIST_STATED.exec(compact)) {
    const stated = parseNumberToken(m[1] ?? '');
    if (stated === null || stated < 2) continue;
    const after = m.index + m[0].length;
    let best: { at: number; re: RegExp } | null = null;
    for (const re of LIST_MARKERS) {
      re.lastIndex = after;
      const first = re.exec(compact);
      if (first && first.index - after <= LIST_START_GAP && (!best || first.index < best.at))
        best = { at: first.index, re };
    }
    if (!best) continue;
    const markers: string[] = [];
    best.re.lastIndex = best.at;
    for (let x = best.re.exec(compact); x; x = best.re.exec(compact)) {
      if (parseNumberToken(x[1] ?? '') !== markers.length + 1) break;
      markers.push(x[0].replace(/^[：:；;。，,！？\n]/, ''));
    }
    if (markers.length >= 2)
      out.push({ stated, statedText: m[0], listed: markers.length, markers });
  }
  return out;
}

/**
 * Since a fix of stop 35 after the measure of 674–718: a count of kinds with the information's total
 * (`主动公开计划总结、工作动态、文件解读、公示公告信息4类46条,其中:计划总结信息1条、行政规范性文件信息
 * 1条、工作动态信息32条、文件解读信息2条、公示公告信息10条`, real: 昭化区元坝镇 2020), then each kind
 * with its count after `其中` or `分别是`; group 1 the kinds, group 2 the items up to the clause's end.
 */
const KINDS_STATED =
  /([两二三四五六七八九十]|\d{1,2})(?:大)?类(?:信息)?[,，]?(?:共计?|合计)?(?:公开)?(?:政府)?(?:信息)?\d+(?:条|件|篇)[,，]?(?:其中|分别(?:是|为))[：:]?([^。；;]+)/g;
/** An item of the kinds' list: a kind and its count (`工作动态信息32条`). */
const KIND_ITEM = /^[^\d，,、]{2,20}?\d+(?:条|件|篇)$/;

/** Where the clause holding `index` starts, quoted from (40 characters before it at most). */
const clauseStart = (compact: string, index: number): number =>
  Math.max(
    index - 40,
    ...['，', ',', '。', '；', ';'].map((c) => compact.lastIndexOf(c, index) + 1),
  );

/**
 * Since a fix of stop 49 after the measure of 1769–1813: a count of kinds after the information's
 * total, its kinds after a colon (`本部门主动公开政府信息10条,类别有七类:机构职能类信息1条,…,其他信息类
 * 1条,行政许可20件`, real: 鲤城区农业农村和水利局 2022, six kinds listed): group 1 the total, group 2
 * its unit, group 3 the kinds said, group 4 what follows up to the sentence's end. Read only where the
 * kinds listed add up to the total exactly: then they are all of it, and fewer or more than said is a
 * slip of the count of kinds.
 */
const KINDS_AFTER_TOTAL =
  /(\d+)(条|件|篇)[,，](?:其)?(?:类别|分类|种类)?(?:有|共|共有|包括|涉及|分为|分)?([两二三四五六七八九十]|\d{1,2})(?:大)?类[：:]([^。；;]+)/g;
/** A kind named as one (`…类信息3条`, `其他信息类1条`) with its count: group 1 the count. */
const KIND_OF_TOTAL = /^[^\d，,]{1,24}?类[^\d，,]{0,4}?(\d+)(?:条|件|篇)$/;

/** The kinds' run after the colon, while each item is a kind with its count in `unit`. */
function kindsRun(list: string, unit: string): { items: string[]; sum: number } {
  const items: string[] = [];
  let sum = 0;
  for (const item of list.split(/[,，]/)) {
    const kind = KIND_OF_TOTAL.exec(item);
    if (!kind || !item.endsWith(unit)) break;
    items.push(item);
    sum += Number(kind[1]);
  }
  return { items, sum };
}

interface KindsCount {
  readonly stated: number;
  readonly statedText: string;
  readonly items: readonly string[];
}

/**
 * More kinds each given a count than the kinds said (`4类46条,其中:` and five kinds counted): the
 * count of kinds is wrong or a kind was added. Fewer is no slip (`其中` may name some).
 */
const kindsCountIn = perText({ anyOf: '类', otherwise: null }, (_, analysed): KindsCount | null => {
  const compact = compactText(analysed);
  if (!compact.includes('类')) return null;
  KINDS_STATED.lastIndex = 0;
  for (let m = KINDS_STATED.exec(compact); m; m = KINDS_STATED.exec(compact)) {
    const stated = parseNumberToken(m[1] ?? '');
    if (stated === null || stated < 2) continue;
    const items = (m[2] ?? '').split(/[、，,]/);
    // Every item a kind with its count, the list ending in the clause (no sentence going on).
    if (!items.every((it) => KIND_ITEM.test(it)) || items.length <= stated) continue;
    return {
      stated,
      statedText: compact.slice(
        clauseStart(compact, m.index),
        m.index + m[0].length - (m[2] ?? '').length,
      ),
      items,
    };
  }
  if (!compact.includes(':') && !compact.includes('：')) return null;
  KINDS_AFTER_TOTAL.lastIndex = 0;
  for (let m = KINDS_AFTER_TOTAL.exec(compact); m; m = KINDS_AFTER_TOTAL.exec(compact)) {
    const stated = parseNumberToken(m[3] ?? '');
    if (stated === null || stated < 2) continue;
    const { items, sum } = kindsRun(m[4] ?? '', m[2] ?? '');
    if (items.length < 2 || items.length === stated || sum !== Number(m[1])) continue;
    return {
      stated,
      statedText: compact.slice(
        clauseStart(compact, m.index),
        m.index + m[0].length - (m[4] ?? '').length,
      ),
      items,
    };
  }
  return null;
});

/**
 * Since a fix of stop 66 after the measure of 2711–2755: the steps of a review listed, then their
 * count in 级 (`建立“股室初审、分管领导复审、主要领导终审”的四级审核机制`, real: 县住建局 2025 (its text
 * names no place), three steps said four): each step is one 级, as the corpus's others write them (`撰稿人、
 * 科室负责人、分管领导、主要领导四级审核`, `初审—复审—终审”三级审核`, `部门负责人、分管领导及主要领导三级
 * 联审`). Only the steps right before the count (a quotation mark or 的 between at most); group 1 the
 * steps, group 2 the count. A last step joined by 及 or 和 is one more (or part of one: both read
 * as consistent); a list closed by 等 names what is reviewed, not the steps (`对拟发布信息的必要性、
 * 保密性、敏感性等公开属性进行三级审查`, real: 驻马店市人民政府办公室 2022).
 */
const TIERS_STATED =
  /((?:[\u4e00-\u9fff]{2,12}(?:、|—{1,2}|－|-)){1,8}[\u4e00-\u9fff]{2,14})[”"]?的?[“"]?([两二三四五六七八九十])级(?:审核|审查|审签|联审|审批|把关|审读)/g;
const STEP_MARK = /、|—{1,2}|－|-/;
/** A last step joined by 及 or 和 (`分管领导及主要领导`): one step more, or part of one. */
const JOINED_STEP = /[及和]/;
const TOTALLED_ITEM_MARK = /、|以及/;
/**
 * Since a fix of stop 66 after the measure of 2711–2755: items listed with 、, the last joined by
 * 以及, then their total in 项 (`常设公共文化机构免费开放、群众文化活动、展览讲座、非物质文化遗产以及文博
 * 单位共六项`, real: 高平市文化和旅游局 2023, five items said six). Only with 共 (a list closed by 等
 * may name some of them only) and 以及 (no 及 inside an item to miscount); group 1 the items, group 2
 * the count.
 */
const ITEMS_TOTALLED =
  /((?:[^、，,。；;：:“”\d\n]{2,20}、){2,10}[^、，,。；;：:“”\d\n]{2,20}?以及[^、，,。；;：:“”\d\n]{2,20}?)共([两二三四五六七八九十])项/g;

interface StepsCount {
  readonly stated: number;
  readonly statedText: string;
  readonly steps: readonly string[];
  readonly unit: '级' | '项';
}

/**
 * The first list of `re` (group 1 the list, group 2 its count in words) whose count is not its
 * members', split by `mark`; `fits` says what else a list may be read as consistent with.
 */
function firstMiscounted(
  re: RegExp,
  compact: string,
  mark: RegExp,
  unit: StepsCount['unit'],
  fits: (list: string, steps: readonly string[], stated: number) => boolean,
): StepsCount | null {
  for (const m of matchesOf(re, compact)) {
    const stated = parseNumberToken(m[2] ?? '');
    const steps = (m[1] ?? '').split(mark);
    if (stated === null || stated === steps.length || fits(m[1] ?? '', steps, stated)) continue;
    return { stated, statedText: m[0], steps, unit };
  }
  return null;
}

const tiersCountIn = perText({ anyOf: '级', otherwise: null }, (_, analysed): StepsCount | null => {
  const compact = compactText(analysed);
  if (!compact.includes('级审') && !compact.includes('级联审') && !compact.includes('级把关'))
    return null;
  return firstMiscounted(
    TIERS_STATED,
    compact,
    STEP_MARK,
    '级',
    (list, steps, stated) =>
      steps.length < 2 ||
      list.includes('等') ||
      (JOINED_STEP.test(steps[steps.length - 1] ?? '') && stated === steps.length + 1),
  );
});

const itemsTotalIn = perText({ anyOf: '项', otherwise: null }, (_, analysed): StepsCount | null => {
  const compact = compactText(analysed);
  if (!compact.includes('以及')) return null;
  return firstMiscounted(ITEMS_TOTALLED, compact, TOTALLED_ITEM_MARK, '项', () => false);
});

/** A stated count of items (`以下四个方面`) that the numbered items after it do not match. */
export const listCountCheck = defineCheck({
  id: 'list-count-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '所说的条数与列出的条数不符',
  run(ctx) {
    return textFindings(
      ctx,
      (text) =>
        (/[：:]/.test(text.text)
          ? listCounts(text).find((l) => l.listed !== l.stated)
          : undefined) ??
        kindsCountIn(text) ??
        tiersCountIn(text) ??
        itemsTotalIn(text),
      (wrong) =>
        'markers' in wrong
          ? `文中说“${wrong.statedText.replace(/[：:]$/, '')}”（${wrong.stated} 项），但随后列出的是 ${wrong.markers.join('、')}，共 ${wrong.listed} 项`
          : 'steps' in wrong
            ? `文中说“${wrong.statedText}”（${wrong.stated} ${wrong.unit}），但列出的是${wrong.steps.join('、')}，共 ${wrong.steps.length} ${wrong.unit}：请核对${wrong.unit === '级' ? '级数' : '项数'}`
            : `文中说“${wrong.statedText.replace(/[,，]?(?:其中|分别(?:是|为))[：:]?$/, '')}”（${wrong.stated} 类），但随后分别列出的是${wrong.items.join('、')}，共 ${wrong.items.length} 类：请核对类数`,
    );
  },
});

/**
 * A plenary session whose 届 was lost: `党的二十大和二十二中、三中全会精神` (real: 莆田市农业农村局
 * 2024, for `二十届二中、三中全会`). A Central Committee is the 十一届 to 二十届; `二十二中全会` or
 * `十九四中全会` names none. Not `二十届二中全会`, `十九届四中全会`, `第二十二中学` (no 全会).
 */
const PLENARY_WITHOUT_TERM =
  /(?<![第\d一二三四五六七八九十])(十[一二三四五六七八九]|二十)([一二三四五六七八九]中(?:[、和及][一二三四五六七八九]中)*全会)/;

/**
 * Since a fix of stop 47 after the measure of 1634–1678: a plenary session right after the congress,
 * its term lost whole (`坚决贯彻党的十九大及五中全会精神`, real: 徐圩新区 2020, for `十九大和十九届五中
 * 全会`): a 全会 is named by its 届, which the congress's 大 is not. Group 1 the congress's number, 2
 * the session.
 */
const PLENARY_AFTER_CONGRESS =
  /(十[一二三四五六七八九]|二十)大(?:精神)?[和及、与暨]([一二三四五六七八九]中(?:[、和及][一二三四五六七八九]中)*全会)/;

const plenaryWithoutTermIn = perText(
  { anyOf: '全', otherwise: null },
  (_, analysed): string | null => {
    const compact = compactText(analysed);
    if (!compact.includes('中全会')) return null;
    const m = PLENARY_WITHOUT_TERM.exec(compact);
    if (m) return `${m[1] ?? ''}|${m[2] ?? ''}`;
    const after = PLENARY_AFTER_CONGRESS.exec(compact);
    return after ? `${after[1] ?? ''}|${after[2] ?? ''}|${after[0]}` : null;
  },
);

export const plenaryTermCheck = defineCheck({
  id: 'plenary-term-missing',
  severity: 'warning',
  spec: '4.5',
  title: '全会届次缺“届”',
  run(ctx) {
    return textFindings(ctx, plenaryWithoutTermIn, (found) => {
      const [term = '', session = '', said] = found.split('|');
      return said !== undefined
        ? `文中“${said}”的全会没有届次，应为“${term}届${session}”，请核对这一重要表述`
        : `文中“${term}${session}”缺“届”字，应为“${term}届${session}”，请核对这一重要表述`;
    });
  },
});
