import { matchesOf } from './text';

/** The report's name as the regulation gives it (条例 第五十条). */
export const REPORT_NAME = '政府信息公开工作年度报告';

/**
 * A piece of the report's name cut inside a word (`工作年度报`, real: 西集镇 2024, a line of its own
 * under the title): a leftover of the title, not text. Not a piece ending between its words
 * (`工作年度报告`, `政府信息公开`: a page's title wrapped, a menu's entry). The name's words are two
 * characters each, so a piece starting or ending at an odd place cuts one.
 */
export function cutPieceOfName(line: string): boolean {
  const t = line.replace(/\s+/g, '');
  const at = REPORT_NAME.indexOf(t);
  return t.length >= 3 && at >= 0 && (at % 2 === 1 || (at + t.length) % 2 === 1);
}

/**
 * The report named in a short form of `REPORT_NAME` after its year (and its agency, or `我乡`,
 * `我旗`): `政府` or `工作` left out (`2025年政府信息公开年度报告`, `2022年我乡信息公开年度报告`,
 * `2020年度信息公开工作年度报告`, `寮步镇政府2019年信息公开工作年度报告`). Stop 31 decided it a
 * problem (the gatherers since 374 wrote it so). The year with its 年 lost too (`由七户乡编制的2020度
 * 政府信息公开年度报告`, real: 七户乡 2020), and the words 年度工作报告 in the other order (`信息公开
 * 年度工作报告`: 政府 left out, the order alone is no problem). Not `政务公开年度报告`, `政务信息公开…`
 * (said otherwise); `…工作报告` without 年度 is read by `SHORT_NAME_AFTER_YEAR`.
 * Since a fix of stop 36 after the measure of 779–808: the year given as the period the report
 * covers, its first and last days (`编制了2023年1月1日起至2023年12月31日期间的政府信息公开年度报告`,
 * real: 南通市通州区审计局 2023): the report's year is the period's first.
 */
const SHORT_REPORT_NAME =
  /(?:(?:19|20)\d{2}(?:年度?|度)|本年度|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^，,。；;：:《》]{0,16}?\d{1,2}月\d{1,2}日止?)([^，,。；;：:《》“”"'()（）\s\d]{0,20}?)((?:政府)?信息公开(?:工作)?年度(?:工作)?报告)/g;
/**
 * The name without 年度 after its year (`现向社会公布2024年度本机关信息公开工作报告`, real: 临安区发改局
 * 2024: 政府 left out too). Since a fix of stop 34 after the measure of 614–643: with 政府 as well
 * (the title `长涂镇人民政府2021年度政府信息公开工作报告`, real: 长涂镇 2021; `阜阳市人民政府2020年度政府
 * 信息公开工作报告`, real: 阜阳市 2020; `亳州市人民政府办公室2025年政府信息公开工作报告`, real: 亳州市政府办
 * 2025, each written down as a problem): the 年度 of `2021年度` is the year's word, the report's
 * name `政府信息公开工作报告` is not the regulation's, as `政府信息公开年度报告` is not (stop 31).
 * Since a fix of stop 35 after the measure of 674–718: without 工作 too (`…等相关文件要求编制2024年度
 * 政府信息公开报告`, real: 六枝特区落别乡 2024; `现向社会公布子洲县交通运输局2021年度政府信息公开报告`,
 * real: 子洲县交通运输局 2021, whose title is already said short of 年度).
 * Since a fix of stop 35 after the measure of 719–748: after `本年度` for the year (`结合昌宁县政府信息与
 * 政务公开工作开展情况编制本年度政府信息公开报告`, real: 昌宁县 2019), as `现将本年度…` (stop 34): this
 * year's report; so in `SHORT_REPORT_NAME`.
 * Since a fix of stop 45 after the measure of 1514–1543: 年度 written 的 (`鸿山镇人民政府编制《2021年政府
 * 信息公开工作的报告》`, real: 鸿山镇 2021), as stop 44 read it in a title (`shortTitleName`).
 */
const SHORT_NAME_AFTER_YEAR =
  /(?:(?:19|20)\d{2}|本)年度?([^，,。；;：:《》“”"'()（）\s\d]{0,20}?)((?:政府)?信息公开(?:工作的?)?报告)/g;
/**
 * The same short form with no year, the text presenting it by `现将` (`现将我镇信息公开年度工作报告
 * 如下`, real: 银川镇 2022; `现将本年度政府信息公开工作报告如下`, since a fix of stop 34): this year's
 * report.
 */
const SHORT_NAME_PRESENTED =
  /现将([^，,。；;：:《》“”"'()（）\s\d]{0,12}?)((?:政府)?信息公开(?:工作(?:年度)?|年度(?:工作)?)报告)/g;
/**
 * A name in the words of `REPORT_NAME`, 年度 and 工作 in either order (`…年度工作报告`); not one
 * without 年度 (`政府信息公开工作报告`, since a fix of stop 34).
 */
const fullName = (name: string): boolean =>
  name.startsWith('政府') && name.includes('工作') && name.includes('年度');
/**
 * The text presents the report it names (`现向社会公布`, `特编制`, `现将…`, `形成`, `撰写`; since a
 * fix of stop 34 after the measure of 644–673, `制定`, `制作`: `结合工作实际,制定二道江区鸭园镇2025年度
 * 信息公开工作报告`, real: 鸭园镇 2025): not a report it speaks of (`依法按时完成…年度报告,并于…`, a
 * past year's `发布2020年…年度报告`).
 * Since a fix of stop 58 after the measure of 2351–2395: `编写`, to write it up (`并编写珙县卫生健康局2023年
 * 政府信息公开年度报告`, real: 珙县卫生健康局 2023, written down), as 撰写.
 */
const PRESENTED =
  /(?:公布|公开|编制了?|编写了?|形成|撰写|现将|发布|制定|制作)[^，,。；;：:]{0,32}$/;

/**
 * Since a fix of stop 44 after the measure of 1379–1423: the report presented by `就…报告如下` (`结合
 * 本街道实际,就街道2024年度政府信息公开工作报告如下`, real: 柳北区钢城街道 2024), as by `现将…报告如下`
 * (`SHORT_NAME_PRESENTED`): the name read the same way. Only right before 如下 (`就` is in many words).
 */
const PRESENTED_BY_JIU = /(?:^|[，,。；;：:\n])就[^，,。；;：:]{0,12}$/;
function presentedByJiu(text: string, at: number, end: number): boolean {
  return (
    text.startsWith('如下', end) && PRESENTED_BY_JIU.test(text.slice(Math.max(0, at - 14), at))
  );
}

/**
 * Since a fix of stop 44 after the measure of 1424–1483: the report named as the subject of the
 * preface's first sentence, the one the format's preface opens with (`本年度报告根据《…条例》…编制`):
 * `本年度政府信息公开报告根据《中华人民共和国政府信息公开条例》规定,由…编制` (real: 武清区崔黄口镇 2022),
 * `2023年度政府信息公开工作报告是按照…要求,由…编制` (real: 锡林郭勒盟科技局 2023). A sentence's
 * opening only (its start, or after a stop), the name right before `根据`, `依据`, `按照`.
 */
const SUBJECT_AFTER = /^(?:是|系)?(?:根据|依据|按照|遵照|依照)/;
/*
 * Since a fix of stop 49 after the measure of 1769–1813: or the agency's name first, the year after
 * it (`天津市疾控局2025年政府信息公开年度报告根据《…条例》…编制`, real: 天津市疾控局 2025): the
 * sentence still opens with the report's name, the agency its first words (no mark between).
 */
const SENTENCE_OPENS =
  /(?:^|[。；;！!\n])[ \t\u3000]*(?:[^，,。；;：:《》“”"'()（）\s\d]{2,24}(?<=[局委办厅府镇乡处院会室站心队所]))?$/;
/*
 * Since a fix of stop 69 after the measure of 2846–2890: or the name as the subject of the sentence
 * listing the report's parts (`铜陵市义安区胥坝乡人民政府2021年度信息公开工作年度报告全文包括总体情况、主动公开
 * 政府信息情况、…`, real: 胥坝乡 2021, the format's `本报告包括…` with the name put in): the report names
 * itself there too.
 */
const PARTS_AFTER = /^(?:全文|内容)?(?:包括|包含|分为|共分)/;
function subjectOfPreface(text: string, at: number, end: number): boolean {
  return (
    (SUBJECT_AFTER.test(text.slice(end, end + 4)) || PARTS_AFTER.test(text.slice(end, end + 4))) &&
    SENTENCE_OPENS.test(text.slice(Math.max(0, at - 30), at))
  );
}

/**
 * Since a fix of stop 47 after the measure of 1634–1678: a year (or 本年) nearer the name than the
 * one the expression starts at, the verb presenting the name between them (`参照2024年相关指标编制本
 * 年度政府信息公开工作报告`, real: 襄城区欧庙镇 2024): the name's own year is the nearer one, and the
 * verb before it presents the name.
 */
const NEARER_YEAR = /(?:(?:19|20)\d{2}|本)年/g;
/**
 * Since a fix of stop 47 after the measure of 1634–1678: the name presented by the verb after it,
 * one body's report said to be what this one is made of (`汇总2024年度丽水市自然资源和规划局莲都分局
 * 的政府信息公开年度报告编制而成`, real: 莲都分局 2024): the report's own name. Not the reports of
 * several bodies a district's is made of (`综合本级各行政机关和各街镇2022年政府信息公开年度报告编制而成`,
 * real: 綦江区 2022; a 和 may be inside one name, 自然资源和规划局).
 */
const MADE_OF_AFTER = /^编制而成/;
const SEVERAL_BODIES = /各|、|等|以及|有关/;

/** The clause up to `end` (from the last stop or comma before it). */
const clauseTo = (text: string, end: number): string =>
  /[^，,。；;：:\n]*$/.exec(text.slice(Math.max(0, end - 80), end))?.[0] ?? '';

/**
 * Since a fix of stop 48 after the measure of 1679–1723: the words before a name without the titles
 * they cite, whose verbs present nothing (`本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)以及
 * 2020年度市政府各部门政府信息公开年度报告编制`, real: 二连浩特市 2020: 公开 is the regulation's, the
 * departments' reports what the report is drawn from).
 */
const CITED_TITLE = /《[^《》]*》/g;
const outsideTitles = (words: string): string =>
  words.includes('》') ? words.replace(/^[^《》]*》/, '》').replace(CITED_TITLE, '》') : words;

/**
 * Since a fix of stop 50 after the measure of 1814–1858: `现将…工作报告如下` with the agency said by
 * a first person right after the year (`现将2020年我局政府信息公开工作报告如下`, real: 桥西区科技局
 * 2020, its title naming the report rightly): the year is the time of the clause `我局…工作`, and 报告
 * the verb (报告如下), no name; a name puts its agency before its year (`现将我镇2022年政府信息公开
 * 工作报告如下`, 1349, counted) and no title says 我局. Only with 现将 and 如下 and no 年度 in the
 * words (`特向社会公布2021年度我局政府信息公开工作报告`, 1367: 公布 makes 报告 a noun).
 * Since a fix of stop 57 after the measure of 2306–2350: nor with the year written 年度, the yearly
 * report's word (`现将2024年度本机关信息公开工作报告如下`, real: 汉中市民政局 2024, written down): a
 * year's report is named there, its 政府 and closing 年度 lost; a time is said `2020年`.
 */
const FIRST_PERSON_AFTER_YEAR = /^(?:我|本)/;
const YEARLY_REPORT_YEAR = /^(?:19|20)\d{2}年度/;
const PRESENTED_BY_XIANJIANG = /现将[^，,。；;：:]{0,4}$/;
function workReportedAsVerb(text: string, m: RegExpExecArray, end: number): boolean {
  return (
    FIRST_PERSON_AFTER_YEAR.test(m[1] ?? '') &&
    !(m[2] ?? '').includes('年度') &&
    !YEARLY_REPORT_YEAR.test(m[0]) &&
    text.startsWith('如下', end) &&
    PRESENTED_BY_XIANJIANG.test(text.slice(Math.max(0, m.index - 8), m.index))
  );
}

/**
 * Since a fix of stop 59 after the measure of 2396–2440: `现将本年度政府信息公开工作报告如下` (real: 杭州市
 * 统计局 2020, its title naming the report rightly), the name's words right after `现将本年度` and 如下
 * after them: 本年度 the time of the work, 报告 the verb (as `现将本年度工作情况报告如下`), read so by its
 * gatherer (as 安居区市场监管局 2024's `…情况报告如下`). A year in figures or an agency before the words
 * (`现将2023年复兴镇政府信息公开工作报告如下`, counted) names a report still.
 */
const THIS_YEAR_WORK_REPORTED = /现将本年度?(?:政府)?信息公开工作报告$/;
function thisYearsWorkReported(text: string, end: number): boolean {
  return (
    text.startsWith('如下', end) &&
    THIS_YEAR_WORK_REPORTED.test(text.slice(Math.max(0, end - 20), end))
  );
}

/**
 * Since a fix of stop 60 after the measure of 2441–2485: `本年度政府信息公开工作报告根据《…条例》…编制` as
 * the preface's subject (real: 乌恰县畜牧兽医局 2022, passed by its gatherer, as by
 * 乌恰县人民政府办公室 2022, whose gatherer read it as `本年度的报告`): the name short of 年度 alone, 本年度 right before it saying
 * it (this year's report), as `现将本年度…工作报告如下` is passed (stop 59). Short of 工作 too (`本年度政府
 * 信息公开报告根据…`, real: 武清区崔黄口镇 2022, written down), or a year in figures, or presented by a
 * verb (`编制本年度政府信息公开工作报告`, real: 浦口区永宁街道办事处 2025, written down), it is still read.
 */
const THIS_YEARS_WORK_REPORT = /^本年度政府信息公开工作报告$/;
function thisYearsReportAsSubject(text: string, m: RegExpExecArray, end: number): boolean {
  return (
    THIS_YEARS_WORK_REPORT.test(m[0]) &&
    subjectOfPreface(text, m.index, end) &&
    !PRESENTED.test(outsideTitles(text.slice(Math.max(0, m.index - 40), m.index)))
  );
}

/**
 * Since a fix of stop 64 after the measure of 2621–2665: the name short of its words right after `本`
 * as the preface's subject, the format's `本报告根据…编制` with the name put in (`本政府信息公开工作报告
 * 根据《中华人民共和国政府信息公开条例》…由桃源县信访局编制`, real: 桃源县信访局 2020, written down): the
 * report names itself, no year in the words (`本年度…` is read by `SHORT_REPORT_NAME`).
 */
const THIS_SHORT_NAME = /本((?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告)/g;
/** What every `THIS_SHORT_NAME` holds. */
const THIS_SHORT_NAME_CUES = ['本政府信息公开', '本信息公开'];

/** Where the name read by `m` is presented from (its year's start), or `null` if not presented. */
function presentedStart(text: string, m: RegExpExecArray, end: number): number | null {
  const presented = (at: number): boolean =>
    PRESENTED.test(outsideTitles(text.slice(Math.max(0, at - 40), at))) ||
    presentedByJiu(text, at, end) ||
    subjectOfPreface(text, at, end);
  if (presented(m.index)) return m.index;
  const between = m[1] ?? '';
  if (MADE_OF_AFTER.test(text.slice(end, end + 4)) && !SEVERAL_BODIES.test(clauseTo(text, end)))
    return m.index;
  // The nearer year inside what lies between the first year and the name.
  const lead = m[0].indexOf(between);
  let nearer: number | null = null;
  for (const y of matchesOf(NEARER_YEAR, between)) nearer = m.index + lead + y.index;
  return nearer !== null && presented(nearer) ? nearer : null;
}

/** The agency's 政府 spaced off a title's name, no year right before it (`shortTitleName`). */
const TITLE_SPACED_NAME = /(?<!(?:19|20)\d{2}年度?)政府\s+((?:信息公开)(?:工作)?年度报告)$/;

/** A title's report name in a short form (`…2025年政府信息公开年度报告`), or `null`. */
export function shortTitleName(title: string): string | null {
  // The agency's 政府 spaced off the name (`…沧水铺镇人民政府 信息公开工作年度报告`, real: 2023): the
  // name wanted its own 政府.
  // Since a fix of stop 61 after the measure of 2486–2530: not the name's own 政府 right after the
  // year, a space inside 政府信息 (`吾合沙鲁乡人民政府2021年政府 信息公开工作年度报告`, real: 吾合沙鲁乡
  // 人民政府 2021, passed by its gatherer as typesetting): the name is whole.
  const spaced = TITLE_SPACED_NAME.exec(title.trim());
  if (spaced) return spaced[1] ?? null;
  // Since a fix of stop 34 after the measure of 614–643: `…2021年度政府信息公开工作报告`, 年度 left
  // out of the name (see `SHORT_NAME_AFTER_YEAR`). Since a fix of stop 40 after the measure of
  // 1259–1273: 年度报告 written 年报 at the title's end (`庐江县政府办2019年政府信息公开工作年报`, real:
  // 庐江县政府办 2019; `天山区政务服务管理局2022年度政府信息公开工作年报`, 天山区 2022, written down
  // too): 年报 is a usual short word in running text (`规范公开凤山镇2023年政府信息公开工作年报`), not
  // the report's name in its title. Since a fix of stop 44 after the measure of 1379–1423: the year
  // with its 年 lost too (`巩义市紫荆路街道2021政府信息公开年度报告`, real: 紫荆路街道 2021), the lost 年
  // said by `date-characters-missing` (`titleYear`), the short name by `report-name-garbled`.
  // Since a fix of stop 44 after the measure of 1424–1483: `…工作的报告` (`阿拉善盟交通运输局2024年度政府
  // 信息公开工作的报告`, real: 阿拉善盟交通运输局 2024), 年度 written 的.
  // Since a fix of stop 66 after the measure of 2711–2755: `…工作的年度报告` (`定西市公共资源交易中心2020年
  // 政府信息公开工作的年度报告`, real: 定西市公共资源交易中心 2020), a 的 put in before 年度.
  const bare = title.replace(/\s+/g, '');
  const m =
    /(?:19|20)\d{2}(?:年度?)?[^，,。；;：:《》>＞\s\d]{0,24}?((?:政府)?信息公开(?:工作(?:的?年度|的)?|年度)?(?:报告|年报))$/.exec(
      bare,
    );
  const name = m?.[1] ?? '';
  if (m && name !== REPORT_NAME && !m[0].slice(0, -name.length).endsWith('政务')) return name;
  // Since a fix of stop 60 after the measure of 2441–2485: the title's name with 政务 for 政府
  // (`乌恰县膘尔托阔依乡2022年政务信息公开工作年度报告`, real: 乌恰县膘尔托阔依乡 2022, written down by
  // its gatherer): a cross of 政务公开 and 政府信息公开, no name of the regulation's (as
  // `OWN_NAME_WORDS` reads it in the text).
  const crossed = TITLE_CROSSED_NAME.exec(bare);
  if (crossed) return crossed[1] ?? null;
  // Since a fix of stop 44 after the measure of 1424–1483: the title naming the report after its
  // year by the wider work 政务公开 alone (`东宁市文体广电和旅游局2021年度政务公开工作报告`, real: 东宁市
  // 文体广电和旅游局 2021): not the regulation's name. In the text a usual short form (stop 39); a
  // title says the report's name. Not the name joined to the right one (`政府信息公开和政务公开工作
  // 年度报告`).
  const work = TITLE_WORK_NAME.exec(bare);
  if (work) return work[1] ?? null;
  return SITUATION_REPORT_TITLE.exec(bare)?.[1] ?? null;
}

/**
 * Since a fix of stop 57 after the measure of 2306–2350: a title calling the report one on the
 * situation of the year's disclosure, a letter's title (`宁强县自然资源局关于2021年度政府信息公开情况的
 * 报告`, real: 宁强县自然资源局 2021, written down): not the regulation's name. Only after the body's
 * name: a bare `关于2022年度政府信息公开情况的报告` (real: 二道区房屋征收工作管理办公室 2022) was passed by its
 * gatherer, the page naming no agency the name could be set right with.
 */
const SITUATION_REPORT_TITLE =
  /^(?!关于)[\u4e00-\u9fff（）()]{2,40}?(?:关于)?(?:19|20)\d{2}年度?((?:政府)?信息公开(?:工作)?情况的?报告)$/;

/** A title's report name with 政务 for 政府 after its year (`shortTitleName`). */
const TITLE_CROSSED_NAME =
  /(?:19|20)\d{2}(?:年度?)?[^，,。；;：:《》>＞\s\d]{0,24}?(?<![和与及、暨])(政务信息公开工作年度报告)$/;

/** A title's report name by 政务公开 after its year, not joined to another (`shortTitleName`). */
// Since a fix of stop 48 after the measure of 1679–1723: or a report of the work's situation
// (`西藏自治区住房和城乡建设厅2025年度政务公开工作情况的报告`, real: 西藏自治区住建厅 2025, its title and
// page): no more the regulation's name.
const TITLE_WORK_NAME =
  /(?:19|20)\d{2}(?:年度?)?[^，,。；;：:《》>＞\s\d]{0,24}?(?<![和与及、暨])(政务公开(?:工作)?(?:情况的?|的)?(?:年度)?(?:报告|年报))$/;

/**
 * Since a fix of stop 36 after the measure of 809–838: a title's report name with its year put
 * inside it (`重庆市大足区人民政府外事办公室政府信息公开工作2022年度报告`, real: 大足区外事办 2022):
 * not the regulation's name after its year (`…2022年政府信息公开工作年度报告`).
 */
const YEAR_INSIDE_NAME = /(?:政府)?信息公开(?:工作)?(?:19|20)\d{2}年度?(?:工作)?报告$/;

/** A title's report name with the year inside it (`政府信息公开工作2022年度报告`), or `null`. */
export function yearInsideTitleName(title: string): string | null {
  return YEAR_INSIDE_NAME.exec(title.replace(/\s+/g, ''))?.[0] ?? null;
}

/**
 * The short forms a text names its report by, each with its year (see `SHORT_REPORT_NAME`): the
 * text presents it, outside a notice's title it cites (`《关于做好2021年政府信息公开年度报告…》`).
 */
export function shortReportNames(text: string): { name: string; year: number | null }[] {
  const out: { name: string; year: number | null }[] = [];
  if (
    !text.includes('信息公开年度报告') &&
    !text.includes('信息公开工作年度报告') &&
    !text.includes('信息公开年度工作报告') &&
    !text.includes('信息公开工作报告') &&
    !text.includes('信息公开报告') &&
    !text.includes('信息公开工作的报告')
  )
    return out;
  /** Where each name read ends. */
  const ends = new Set<number>();
  const cited = (at: number): boolean => text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
  // Since a fix of stop 41 after the measure of 1274–1288: the report itself in book-title marks,
  // the name ending right at 》 (`现发布《涡阳县水利局2025年政府信息公开年度报告》`, real: 涡阳县水利局
  // 2025): what is presented, not a notice's title (`《关于做好2021年政府信息公开年度报告…》`).
  const titledReport = (at: number, end: number): boolean =>
    text[end] === '》' && !text.slice(text.lastIndexOf('《', at), at).includes('关于');
  const matches = [
    ...matchesOf(SHORT_REPORT_NAME, text),
    ...(text.includes('信息公开工作报告') ||
    text.includes('信息公开报告') ||
    text.includes('信息公开工作的报告')
      ? matchesOf(SHORT_NAME_AFTER_YEAR, text)
      : []),
  ];
  for (const m of matches) {
    const name = m[2] ?? '';
    if (
      fullName(name) ||
      (m[1] ?? '').endsWith('政务') ||
      (cited(m.index) && !titledReport(m.index, m.index + m[0].length))
    )
      continue;
    const end = m.index + m[0].length;
    if (
      workReportedAsVerb(text, m, end) ||
      thisYearsWorkReported(text, end) ||
      thisYearsReportAsSubject(text, m, end)
    )
      continue;
    const start = presentedStart(text, m, end);
    if (start === null) continue;
    out.push({
      name,
      year: text.startsWith('本', start) ? null : Number(text.slice(start, start + 4)),
    });
    ends.add(end);
  }
  if (THIS_SHORT_NAME_CUES.some((c) => text.includes(c)))
    for (const m of matchesOf(THIS_SHORT_NAME, text)) {
      const name = m[1] ?? '';
      const end = m.index + m[0].length;
      if (fullName(name) || cited(m.index) || !subjectOfPreface(text, m.index, end)) continue;
      out.push({ name, year: null });
      ends.add(end);
    }
  if (text.includes('现将'))
    for (const m of matchesOf(SHORT_NAME_PRESENTED, text)) {
      const name = m[2] ?? '';
      if (fullName(name) || (m[1] ?? '').endsWith('政务') || cited(m.index)) continue;
      // `现将本年度…报告` is read after its `本年度` already (one name, said once).
      if (ends.has(m.index + m[0].length)) continue;
      if (thisYearsWorkReported(text, m.index + m[0].length)) continue;
      out.push({ name, year: null });
    }
  return out;
}
