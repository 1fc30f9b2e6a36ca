import {
  analysedText,
  byParagraph,
  paragraphsOf,
  perParagraph,
  perText,
  type AnalysedText,
} from '../format/memo';
import { compactText, matchesOf } from '../format/text';
import type { SectionTemplate } from '../template/types';
import type { AgencyKind } from './types';

/**
 * The areas 总体情况 should touch (条例 第五十条) and which of them an overview touches
 * (`overviewCoverage`): the one judgement the `overview-areas-missing` check and the form's
 * self-ticking checklist both show, so a clerk never sees an area ticked that the check says is
 * missing (they disagreed on a bare list of the areas until the checklist read this, stop 31).
 */

/** Governments also report 工作考核、社会评议和责任追究结果情况. */
export const GOVERNMENT_AREA = '工作考核、社会评议和责任追究结果';

/** Words that show the overview touches an area (the seeds' headings and usual synonyms). */
const AREA_WORDS: Readonly<Record<string, RegExp>> = {
  // Or a count of information published (`全年累计公开公安政府信息184条`): what it proactively disclosed.
  // Interpreting the policies published is part of it (the 2021 format's 主动公开 tables list 政策解读;
  // `做好政策解读工作。…及时发布了政策性文件的解读`, real: 东莞市寮步镇 2019).
  // Since a fix of stop 38 after the measure of 1079–1108: or a count of information sent to the site
  // that publishes it (`2020年度向政府门户网站报送动态信息128条`, real: 西充县义兴镇 2020).
  // Since a fix of stop 50 after the measure of 1859–1903: or its heading with the words swapped
  // (`(一)公开主动方面`, real: 新华路街道 2023; the heading's slip is said by overview-subheading-garbled).
  主动公开:
    /主动公开|公开主动(?=方面|情况)|主动发布|政策解读|(?:公开|发布|公布|(?:网站|门户|平台)[^，,。；;]{0,4}?报送)[^，,。；;]{0,10}?信息\d+(?:余|多)?条/,
  // Since a fix of stop 45 after the measure of 1544–1573: not the requests named among an office's
  // duties (`局综合科负责信息发布、申请受理等工作,…相关科室负责提供主动公开的信息内容、答复信息公开申请
  // 事项`, real: 南京市浦口区审计局 2022, nothing said of any request received): who answers them, not
  // how many came and how they were answered.
  // Or the request in other words (`未收到申请公开事项`, real: 临沂市公路事业发展中心 2021; `未收到任何公民、
  // 法人和其他组织提出的公开政府信息的申请`, real: a town's 2019 report).
  // Since stop 60: the duty's 负责 is looked for on the request's own line only (`负责推进、指导` ending one
  // line and `依申请公开方面` opening the next were read as one duty in a whole text, not line by line: the
  // paragraphs' property test, src/domain/paragraphs.property.test.ts).
  依申请公开:
    /(?<!负责[^，,。；;\n]{0,24})(?:依申请|公开申请|申请公开|公开[^，,。；;]{0,8}?的申请)/,
  // Keeping the 公开指南 and 公开目录 is managing the information (real: 平潭综合实验区管委会办公室
  // 2019, `调整充实《政府信息公开指南》和《政府信息公开目录》`).
  // Reviewing what is published before it is (`落实政府信息公开审查制度，做到“先审查，后公开”，强化保密
  // 管理`, real: 平潭综合实验区苏平片区管理局 2022) is managing it too.
  // Managing it in longer words (`落实政府信息公开管理`, real: 温州市洞头区农业农村局 2021; `推进政府信息
  // 标准化入库管理`, real: 荆门市人民政府办公室 2021; `严格做好发布审查工作`, real: 徐闻县 a 局 2021).
  // Since a fix of stop 39 after the measure of 1169–1198: gathering and sorting the information
  // before it is published (`每个股室确定一名信息员,负责收集、整理政府信息,由局办公室统一发布`, real:
  // 大竹县教育和科学技术局 2019) is managing it too.
  // Since a fix of stop 40 after the measure of 1199–1258: compiling the catalogue of what is to be
  // published (`编制完成了市市场监督管理局政务公开标准化目录,共梳理了109条需公开的内容`, real: 鄂尔多斯市
  // 市场监督管理局 2020) is managing it, as keeping the 公开目录 is.
  政府信息管理:
    /标准化目录|信息管理|信息公开管理|政府信息[^，,。；;]{0,8}?管理|保密审查|公开审查|审查制度|先审查|保密管理|公开属性|发布审[核查]|三审|公开指南|公开目录|(?:收集|搜集|采集)、?整理[^，,。；;]{0,6}?信息/,
  政府信息公开平台建设: /平台|网站|载体|公众号|新媒体|专栏/,
  // Not the 保障 of a kind of information or policy (`保障性住房`, `社会保障就业类信息`, real: 平潭综合
  // 实验区交通与建设局 2020; `养老保障待遇`, `医疗保障方面`, `生活保障金`, real: 平潭综合实验区社会事业局
  // 2019; neither overview says anything of 监督保障).
  // Not the public watching the government (`引导居民群众…主动参与和监督政府工作`, real: 集贤里街道
  // 2023, said of what it published): the aim of openness, not the work's 监督保障 (but `监督政府信息
  // 公开工作` is).
  监督保障:
    /(?<!审计)监督(?!政府(?!信息|网站|政务))|(?<!社会|住房|生活|民生|就业|养老|医疗)保障(?!性|房|就业|金|待遇|标准)|考核|评议|责任追究|培训/,
  [GOVERNMENT_AREA]: /考核|评议|责任追究/,
};

/**
 * A development zone's administrative committee (`桃园开发区管委会`, `永川高新技术产业开发区管理委员会`,
 * `周至县沙河管委会`): read as a government (its deadline is one) but no 人民政府, of which alone
 * 条例 第五十条 asks 工作考核、社会评议和责任追究结果.
 */
const COMMITTEE = /(?:管委会|管理委员会)$/;

/** Whether an agency of `kind` named `agencyName` (blank: not known yet) is a 人民政府. */
export function isPeoplesGovernment(kind: AgencyKind, agencyName = ''): boolean {
  return kind === 'government' && !COMMITTEE.test(agencyName.trim());
}

/** The section's areas, plus the government-only one for a 人民政府. */
export function overviewAreas(
  section: SectionTemplate | undefined,
  kind: AgencyKind,
  agencyName = '',
): string[] {
  return [
    ...(section?.areas ?? []),
    ...(isPeoplesGovernment(kind, agencyName) ? [GOVERNMENT_AREA] : []),
  ];
}

/**
 * Whether `text` (any spacing) holds the words of `area`: its name or the usual words for it.
 * WARNING: a test of words, not of an overview: an overview is judged by `overviewCoverage`,
 * which also sets aside a bare list of the areas.
 */
export function coversArea(text: string | AnalysedText, area: string): boolean {
  const compact = compactText(text);
  return AREA_WORDS[area]?.test(compact) ?? compact.includes(compactText(area));
}

/**
 * Whether the words of `area` may be found only across a line break (a negated class such as
 * `[^，。]` matches one): if not, a text touches it exactly when one of its lines does.
 */
function areaWordsCrossLines(area: string): boolean {
  const words = AREA_WORDS[area];
  return words !== undefined && /\[\^(?![^\]]*\\n)/.test(words.source);
}

/** Which areas a text holds the words of (`coversArea`), each worked out once per text. */
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
 * 2020): it names what the report should say, it is no account of the work. Since a fix of stop 38
 * after the measure of 1049–1078: so is the list said as the ways the work was done (`通过主动公开、
 * 依申请公开、政府信息管理、平台建设、监督保障等方式大力推进政务公开工作`, real: 互助县政务服务中心 2020,
 * the overview's opening sentence, nothing said of three of them after it).
 */
const LISTING =
  /(?:包括|包含|涵盖|涉及|围绕|分为|由|通过)[^。；;！!？?]{0,160}?(?:等[^。；;，,、]{0,4}?(?:方面|部分|内容|方式|形式|途径)|(?:[一二三四五六七八九十]|几)个?部分(?:组成)?|组成)/g;

/**
 * Since a fix of stop 38 after the measure of 1079–1108: the format's note on 总体情况 copied, its
 * areas joined by 、 up to its bracket on what 条例 第五十条第四项 asks of governments (`严格按照《…条例》
 * 对主动公开、依申请公开、政府信息管理、平台建设、监督保障(含《中华人民共和国政府信息公开条例》第五十条第四项
 * 规定的各级人民政府“工作考核、社会评议和责任追究结果情况”)相关信息进行了公开`, real: 西充县义兴镇 2020):
 * the format's words, whatever verb follows them, no account of the work.
 */
const NOTE_LIST =
  /(?:[\u4e00-\u9fff]{2,12}、){2,}[\u4e00-\u9fff]{2,12}[（(]含[^（()）。]{0,80}?第五十条[^（()）。]{0,60}[）)]/g;

/** The overview without its lists of areas: two areas or more named bare, with no figure. */
function withoutListings(text: string, areas: readonly string[]): string {
  const bare = text.includes('第五十条') ? text.replace(NOTE_LIST, '。') : text;
  return bare.replace(LISTING, (list) =>
    (list.match(/、/g) ?? []).length >= 2 &&
    !/\d/.test(list) &&
    areas.filter((area) => coversArea(list, area)).length >= 2
      ? '。'
      : list,
  );
}

/** One area of 总体情况 and whether the overview touches it. */
export interface AreaCoverage {
  readonly area: string;
  readonly covered: boolean;
}

/**
 * The areas an agency of `kind` (named `agencyName`) should write of in 总体情况 (`overviewAreas`), in order, each with
 * whether `overview` touches it: its words outside a bare list of the areas (`LISTING`). A blank
 * overview touches none. What the checklist ticks and what the check says is missing.
 */
export function overviewCoverage(
  section: SectionTemplate | undefined,
  kind: AgencyKind,
  overview: string,
  agencyName = '',
): readonly AreaCoverage[] {
  const areas = overviewAreas(section, kind, agencyName);
  const text = analysedText(withoutListings(overview, areas));
  const unheaded =
    platformNotHeaded(overview, section?.areas ?? []) ||
    platformNotLabelled(overview, section?.areas ?? []);
  const skipped = [
    ...areasBetweenTwoParts(overview, section?.areas ?? []),
    ...areasBesideReportParts(overview, areas),
    ...areasUnderOldHeadings(overview, section?.areas ?? []),
    ...supervisionNotHeaded(overview, section?.areas ?? []),
  ];
  return areas.map((area) => ({
    area,
    covered: !(unheaded && area === PLATFORM_AREA) && !skipped.includes(area) && covers(text, area),
  }));
}

/**
 * A part of 总体情况: a line opening with a sub-heading (`（一）…`) or an area's label (`主动公开方面:`),
 * its words up to the first stop.
 */
const PART_LINE =
  /^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)]([^。：:；;\n]{1,30})|([^。，,：:；;\n（(]{2,14}?方面)[：:，,。])/gm;
/** A point of a part named for its matter (`三是依申请公开方面,`): the words before 方面. */
const POINT_NAMED = /[一二三四五六七八九十]是在?([^，,。；;：:]{1,12}?)方面/g;

/**
 * Since a fix of stop 46 after the measure of 1574–1633: an overview of two parts only, the format's
 * first area and its last (`主动公开方面:…` / `监督保障方面:…`, real: 湘西州乡村振兴局 2023; `(一)主动公开
 * 方面。` / `(二)监督保障方面。`, real: 巨鹿经济开发区 2021, both written down by their gatherers): the
 * areas between have no part of their own, whatever words of them come up under the two (`网站管理`,
 * `信息发布“三审制”` said of 监督保障). An area a point is named for (`三是依申请公开方面,`) is told. Not
 * three parts or more (real: 礼让街街道 2025, its four parts skipping 依申请公开, decided said under
 * 主动公开), nor parts that name no area.
 */
function areasBetweenTwoParts(overview: string, areas: readonly string[]): string[] {
  const first = areas[0];
  const last = areas[areas.length - 1];
  if (first === undefined || last === undefined || !overview.includes(last.slice(0, 2))) return [];
  const parts = matchesOf(PART_LINE, overview).map((m) => m[1] ?? m[2] ?? '');
  if (parts.length !== 2 || !coversArea(parts[0] ?? '', first) || !coversArea(parts[1] ?? '', last))
    return [];
  const points = matchesOf(POINT_NAMED, overview).map((m) => m[1] ?? '');
  return areas.slice(1, -1).filter((area) => !points.some((point) => coversArea(point, area)));
}

/**
 * Since a fix of stop 60 after the measure of 2441–2485: an overview set out as the report's own parts
 * again, under sub-headings in order and no others (`(一)行政机关主动公开政府信息情况` / `(二)行政机关收到和
 * 处理政府信息公开申请情况` / `(三)因政府信息公开工作被申请行政复议、提起行政诉讼情况`, real: 2455 东胜区国资委
 * 2021; 1243 沙依巴克区人民政府 2019, 1320 洪江区沅江路街道办事处 2023 and 2332 永德县住房和城乡建设局 2021
 * the same, all written down by
 * their gatherers): it tells what parts 二 to 四 tell, and the areas no heading names (政府信息管理, the
 * platform, 监督保障) have no part of their own, whatever words of them come up under the parts (`公开目录
 * 16条` counted under 主动公开, a training under the lead). Three headings or more, one of them on the
 * reviews and suits (the report's part the areas have none of); any heading naming another area or
 * none of the parts, and this is not the shape.
 */
const REVIEW_PART = /复议|诉讼/;
const REPORT_PART = /主动公开|申请|复议|诉讼|收费|减免/;
const REPORT_PARTS_MIN = 3;
function areasBesideReportParts(overview: string, areas: readonly string[]): string[] {
  if (!overview.includes('复议') && !overview.includes('诉讼')) return [];
  const headings = matchesOf(AREA_HEADING, overview);
  if (headings.length < REPORT_PARTS_MIN) return [];
  const words = headings.map((m) => m[2] ?? '');
  if (headings.some((m, i) => m[1] !== HEADING_NUMERALS.charAt(i))) return [];
  if (!words.some((w) => REVIEW_PART.test(w))) return [];
  const named = (w: string, area: string): boolean => coversArea(w, area);
  if (
    words.some(
      (w) =>
        !REPORT_PART.test(w) ||
        areas.some((area) => area !== areas[0] && area !== areas[1] && named(w, area)),
    )
  )
    return [];
  return areas.filter((area) => !words.some((w) => named(w, area)));
}

/**
 * Since a fix of stop 55 after the measure of 2216–2260: the platform's item saying only that there is
 * none to tell (`(四)政府信息公开平台建设。` / `无公开平台建设情况。`, real: 会昌县文广新旅局 2023, whose (一)
 * publishes through its site and its 微信公众号, written down by its gatherer): the area headed and left
 * empty, as if not headed. Only `无…情况`, `无…内容` or `无…工作` and nothing else; a platform said not
 * opened (`我办暂未开设政务新媒体平台`, real: 三亚市海棠区政府办 2020) tells the platform.
 */
const AREA_DENIED =
  /^(?:本年度?|全年|今年|\d{4}年度?)?[，,]?(?:本单位|本机关|我局|我委|我办|我单位)?暂?无[^。，,；;\n]{0,14}(?:情况|内容|工作)[。.]?$/;

/** The text of the item under the heading `m`, to the `next` heading, its leading stops left out. */
function itemUnder(overview: string, m: RegExpMatchArray, next?: RegExpMatchArray): string {
  const from = (m.index ?? 0) + m[0].length;
  return overview
    .slice(from, next?.index ?? overview.length)
    .replace(/^[。．.：:\s]+/, '')
    .trim();
}

/** Whether the item under the platform's heading `m` (to the `next` heading) is `AREA_DENIED`. */
function platformDenied(overview: string, m: RegExpMatchArray, next?: RegExpMatchArray): boolean {
  const said = itemUnder(overview, m, next);
  return said.includes('无') && AREA_DENIED.test(said);
}

/**
 * The platform's heading and its item's text when the item says only there is none to tell
 * (`AREA_DENIED`), for the check's message; null otherwise.
 */
export function platformItemDenied(overview: string): { heading: string; said: string } | null {
  if (!overview.includes('无')) return null;
  const headings = matchesOf(AREA_HEADING, overview);
  for (const [i, m] of headings.entries()) {
    if (!coversArea(m[2] ?? '', PLATFORM_AREA) || !platformDenied(overview, m, headings[i + 1]))
      continue;
    return { heading: m[0].trim(), said: itemUnder(overview, m, headings[i + 1]) };
  }
  return null;
}

/** A line-start sub-heading numbered in words in brackets: its numeral, its words up to the first stop. */
const AREA_HEADING = /^[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)]([^。：:；;\n]{1,30})/gm;
const HEADING_NUMERALS = '一二三四五六七八九十';
/**
 * The area that every overview's words touch in passing (`通过…门户网站公开`): judged by headings,
 * and its item may be headed and left empty (`platformItemDenied`).
 */
export const PLATFORM_AREA = '政府信息公开平台建设';
/** At least this many sub-headings, each naming another area, before the platform is missing. */
const HEADED_AREAS_MIN = 4;

/**
 * The areas a sub-heading's words name (`coversArea`), kept by the words for each list of areas
 * (issue 17, stop 65): an overview's few headings are read again on every evaluation of it, each
 * tested against every area, and what they name depends on their words only.
 */
const namedByAreas = new WeakMap<readonly string[], Map<string, readonly string[]>>();
/** Headings' words kept per list of areas (those of the reports met lately). */
const HEADINGS_KEPT = 256;

function areasNamed(words: string, areas: readonly string[]): readonly string[] {
  let kept = namedByAreas.get(areas);
  if (kept === undefined) {
    kept = new Map();
    namedByAreas.set(areas, kept);
  }
  let named = kept.get(words);
  if (named === undefined) {
    if (kept.size >= HEADINGS_KEPT) kept.clear();
    named = areas.filter((area) => coversArea(words, area));
    kept.set(words, named);
  }
  return named;
}

/**
 * Since a fix of stop 41 after the measure of 1289–1318: the overview set out under sub-headings
 * `（一）`, `（二）`… in order, each naming an area, that name every area of the format but the
 * platform (`(一)主动公开情况` / `(二)依申请公开情况` / `(三)政府信息管理情况` / `(四)监督保障情况`, real:
 * 东乡县人力资源和社会保障局 2021; 桃江县松木塘镇 2022, both written down by their gatherers): the
 * platform has no part of its own, whatever words of it come up under the others (`通过政府门户网站
 * 信息公开平台主动公开各类文件`, said of 主动公开): a site named as where things were published is no
 * account of building it. Only the platform: another area said under another's heading (`全年未收到
 * 依申请公开件` under 主动公开, real: 礼让街街道 2025) is said all the same. Not headings that skip or
 * name no area (`(三)规范管理政务信息工作`, real: 番禺区市场监督管理局 2022; `(三)信息公开申请行政复议…`):
 * the parts are not the areas one by one.
 */
function platformNotHeaded(overview: string, areas: readonly string[]): boolean {
  return onlyAreaNotHeaded(overview, areas, PLATFORM_AREA, (m, next) =>
    platformDenied(overview, m, next),
  );
}

/**
 * Whether the overview's sub-headings, `（一）`, `（二）`… in order and at least `HEADED_AREAS_MIN` of
 * them, each name some area, and together every area but `left` (`platformNotHeaded`,
 * `supervisionNotHeaded`). `denied` says of a heading naming `left` that its item denies it (the
 * platform's item headed and left empty): then `left` is not counted as headed there.
 */
function onlyAreaNotHeaded(
  overview: string,
  areas: readonly string[],
  left: string,
  denied: (m: RegExpMatchArray, next?: RegExpMatchArray) => boolean = () => false,
): boolean {
  if (!areas.includes(left) || (!overview.includes('（') && !overview.includes('('))) return false;
  const headed = new Set<string>();
  const headings = matchesOf(AREA_HEADING, overview);
  for (const [i, m] of headings.entries()) {
    if (m[1] !== HEADING_NUMERALS.charAt(i)) return false;
    const named = areasNamed(m[2] ?? '', areas);
    if (named.length === 0) return false;
    const leftDenied = named.includes(left) && denied(m, headings[i + 1]);
    for (const area of named) if (!(leftDenied && area === left)) headed.add(area);
  }
  return (
    headings.length >= HEADED_AREAS_MIN &&
    !headed.has(left) &&
    areas.every((area) => area === left || headed.has(area))
  );
}

/** The format's last area, whose words (`监督`, `保障`, `培训`) come up under any other's heading. */
const SUPERVISION_AREA = '监督保障';

/**
 * Since a fix of stop 65 after the measure of 2666–2710: the overview set out under sub-headings `（一）`,
 * `（二）`… in order, each naming an area, that name every area of the format but the last (`(一)主动公开情况` /
 * `(二)依申请公开政府信息情况` / `(三)政务信息管理情况` / `(四)政务公开平台建设情况`, real: 2678 皮山县统计局 2023;
 * 336 武汉市东湖生态旅游风景区海事处 2023, 478 三亚市海棠区人民政府办公室 2023, 498 天津市北辰区人民政府集贤里街道办事处
 * 2023 and 2626 乌海市信访局 2022 the same, all
 * written down by their gatherers): 监督保障 has no part of its own, whatever words of it come up under the
 * others (`保障了人民群众知情权` in the lead, `培训` under 管理), as the platform not headed is read
 * (`platformNotHeaded`). Headings that skip or name no area, and this is not the shape.
 */
function supervisionNotHeaded(overview: string, areas: readonly string[]): string[] {
  return onlyAreaNotHeaded(overview, areas, SUPERVISION_AREA) ? [SUPERVISION_AREA] : [];
}

/**
 * A part of 总体情况 opened by a label and its colon at a line's or a sentence's start (`规范依申请公开工作:`,
 * `1、主动公开:`): the label.
 */
const LABELLED_PART =
  /^[ \t\u3000]*(?:[一二三四五六七八九十]是|\d{1,2}[.、．])?([^。，,：:；;\n（()）“”]{2,16})[：:]/;
/** A line or a sentence, to its stop. */
const LINE_OR_SENTENCE = /[^。；;\n]+/g;
/** At least this many labelled parts, and this many of them naming an area, before the platform is missing. */
const LABELLED_PARTS_MIN = 4;
const LABELS_NAMING_AREAS_MIN = 3;

/** The labels of an overview's labelled parts (`LABELLED_PART`), in order, line by line. */
const partLabelsOf = perParagraph('：:', (text) =>
  (text.match(LINE_OR_SENTENCE) ?? []).flatMap((s) => {
    const label = LABELLED_PART.exec(s)?.[1];
    return label ? [label] : [];
  }),
);

/**
 * Since a fix of stop 56 after the measure of 2261–2305: the overview set out in parts opened by labels
 * and colons, run on in one paragraph or a line each (`加强信息公开工作:…。规范依申请公开工作:…。加强交通领域
 * 政策解读宣传:积极发挥微信公众号等新媒体作用,…。加强政务信息公开规范化:…。强化监督保障:…`, real: 清河县交通
 * 运输局 2023; `1、主动公开:` / `2、依申请公开:` / `3、政府信息管理:` / `4、监督保障:`, real: 盂县交通运输局
 * 2023, both written down by their gatherers), four or more, three or more of them naming an area and
 * none the platform: as with sub-headings (`platformNotHeaded`), the platform has no part of its own,
 * and a 公众号 named as the channel of another part's work is no account of building it.
 */
function platformNotLabelled(overview: string, areas: readonly string[]): boolean {
  if (!areas.includes(PLATFORM_AREA)) return false;
  const labels = partLabelsOf(overview);
  if (labels.length < LABELLED_PARTS_MIN) return false;
  const named = labels.map((label) => areas.filter((area) => coversArea(label, area)));
  return (
    !named.some((n) => n.includes(PLATFORM_AREA)) &&
    named.filter((n) => n.length > 0).length >= LABELS_NAMING_AREAS_MIN
  );
}

/** An item of the old regulation's reports (before 2019): the work's organs, rules and measures. */
const OLD_REPORT_ITEM =
  /组织机构建设|组织领导情况|配套措施|工作制度情况|制度建设情况|工作机制|条例》?的学习|指南》?和《?目录/;
/** Words that only the old reports' items use: no overview without them is read. */
const OLD_REPORT_CUE = /配套措施|组织机构建设/;
const OLD_HEADINGS_MIN = 3;
const OLD_ITEMS_MIN = 2;

/**
 * Since a fix of stop 63 after the measure of 2576–2620: an overview set out under the old regulation's
 * items (`(一)组织机构建设情况` / `(二)落实和制定相关配套措施情况` / `(三)建立健全工作机制、制度规范情况` /
 * `(四)《条例》的学习、宣传等方面的工作`, real: 武威市凉州区融媒体中心 2022; `(一)组织领导情况` / `(二)建立健全
 * 工作制度情况` / `(三)制定和落实相关配套措施情况`, real: 岳阳市信访局 2021, both written down by their
 * gatherers), three sub-headings or more in order, two of them such items and none naming an area: the
 * format's areas have no part of their own, whatever words of them come up under the organs and rules
 * (`依申请公开处理流程` among the measures made), as the platform not headed is read
 * (`platformNotHeaded`).
 */
function areasUnderOldHeadings(overview: string, areas: readonly string[]): string[] {
  return setOutUnderOldHeadings(overview, areas) ? [...areas] : [];
}

/**
 * Whether the overview is set out under the old regulation's items (`areasUnderOldHeadings`): what it
 * tells is not the format's areas, whatever an excerpt cuts after its last item.
 */
export function setOutUnderOldHeadings(overview: string, areas: readonly string[]): boolean {
  if (!OLD_REPORT_CUE.test(overview)) return false;
  const headings = matchesOf(AREA_HEADING, overview);
  if (headings.length < OLD_HEADINGS_MIN) return false;
  if (headings.some((m, i) => m[1] !== HEADING_NUMERALS.charAt(i))) return false;
  const words = headings.map((m) => m[2] ?? '');
  if (words.filter((w) => OLD_REPORT_ITEM.test(w)).length < OLD_ITEMS_MIN) return false;
  return !words.some((w) => areas.some((area) => coversArea(w, area)));
}
