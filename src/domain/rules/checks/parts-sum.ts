import { perParagraph, perText, type AnalysedText } from '../../format/memo';
import { compactSentences, compactText, maskQuoted, matchesOf } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { textsOf } from '../support';
import { isThreeKindsSplit } from './info-total';

/**
 * Parts stated in the narrative that do not add up to the whole they are said to make (SPEC
 * §4.5): `全年主动公开政务信息382条,包括政府网站35条,…媒体上发布信息80条,…微信公众号2443条`.
 * A `其中` list need not be exhaustive, so parts that add up to MORE than the whole are certain,
 * and parts that add up to less only when the list ends with a catch-all (`其他信息共计2004条`,
 * `其他应主动公开政府信息856条`): then the parts are all of the whole. An approximate number
 * A list without `其中` is read only when it says the whole again (`累计…10471多条,网站从开通至今,
 * 总共发布…,其他相关信息4916余条`: restatedList). An approximate number
 * (`1700余条`, `4916余条`) is read as the range it allows (`1700余`: 1700 to 1800, `4916余`:
 * 4916 to 4917), and a sum is said to be wrong only when no number of those ranges fits; `约`,
 * `近`, `超过` give no range and are never summed.
 */

/** Counting units a whole and its parts share (`人次`: people served, real: 耒阳 马水镇 2019). */
const ITEM = /(\d+)(余|多)?(人次|条次|件次|篇次|条|件|篇|个|份|项|期|场|宗)/g;
/**
 * A part's count that lost its unit, the next part's name run on after it (real: 周口市 2020,
 * `政策解读类信息780信息公开目录更新2234条次`): a bare number between a kind's name and another count
 * of its segment, read in the whole's unit as a part of its own.
 */
const LOST_UNIT = /^([^\d]{2,}?)(\d+)(?=[\u4e00-\u9fff])([^\d]{2,}\d.*)$/;
/** What may follow a number in a name or a count (`3大类`, `2021年`, `10万`): no lost unit. */
const NUMBER_WORD =
  /^(?:余|多|人|条|件|篇|个|份|项|期|场|宗|处|次|家|所|户|起|批|万|亿|元|年|月|日|号|名|位|类|种|天|周|季|倍|届|版)/;

/**
 * A kind's count that lost its unit at the end of its segment, or before `、` and the next kind
 * with its count (real: 大涌镇 2022, `…财务公开和其它栏目信息共1223,“大涌发布”发布政务微信信息2141、
 * 视频信息139条,…发布政务微信信息45;此外`): a bare number right after the words that count
 * information (`信息`, `类`, `共`), read in the whole's unit. Not a year (`信息2021`, a slip of a
 * date) nor a hotline (`12345`).
 */
const LOST_UNIT_AT_END = /^([^\d]{2,}?(?:信息|类|共计?))(\d{1,6})(?:、([^\d]{2,}\d.*))?$/;
const NOT_A_COUNT = /^(?:123\d\d|20[0-4]\d|19[5-9]\d)$/;

/** A segment whose part's count lost its unit: the part in the whole's unit, and the rest. */
function lostUnit(
  segment: string,
  unit: string,
): { part: string; rest: string; value: string; atEnd?: true } | null {
  const m = LOST_UNIT.exec(segment);
  if (m && !NUMBER_WORD.test(m[3] ?? ''))
    return { part: `${m[1] ?? ''}${m[2] ?? ''}${unit}`, rest: m[3] ?? '', value: m[2] ?? '' };
  // Most segments end with their unit, and have no `、`: a look at the end first.
  if (!/\d$/.test(segment) && !segment.includes('、')) return null;
  const end = LOST_UNIT_AT_END.exec(segment);
  if (!end || NOT_A_COUNT.test(end[2] ?? '')) return null;
  return {
    part: `${end[1] ?? ''}${end[2] ?? ''}${unit}`,
    rest: end[3] ?? '',
    value: end[2] ?? '',
    atEnd: true,
  };
}
/** `其中包括:` is one introducer, not `其中` opening a list that `包括` ends at once. */
/*
 * Since a fix of stop 40 after the measure of 1259–1273: `包含` right after a part's count, inside a
 * sentence that introduces a list (`其中:政策文件类公开207条,包含事故调查类11条,…其他类文件97条;
 * 工作动态公开145条;…`, real: 广汉市应急管理局 2021, 230 of 207): that part's own parts, read
 * against its count. Only for parts adding up to more than it: a `包含` list may name a few of them
 * (real: 邵阳市 2020, `共发布信息23558条,包含概况类信息418条,…`).
 */
/*
 * Since a fix of stop 51 after the measure of 1949–1993: or a colon right after the whole's count
 * (`政府信息123条:机构信息1条,公文法规3条,…工作报告1条`, real: 平度市医保局 2020, eleven kinds adding to 93):
 * the colon opens the kinds as `其中:` does. Looked behind for from the colon (not tried at every place).
 */
/*
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): or `内容有:` / `类别有:` (`…的内容有:`,
 * `…的主要类别为:`), naming what the information held (real: 蒙城县三义镇 2022, `我镇累计公开政务信息1165
 * 条。全年主动公开政府信息的内容有:` seven kinds adding to 991): the kinds of the whole said before.
 */
/*
 * Since a fix of stop 62 after the measure of 2531–2575: `其中` said twice (`373条(其中:其中本部门文件42条,…,
 * 其他信息271条)`, real: 楚雄州商务局 2020, 367 of 373) is one introducer, not a list nested in the list.
 */
/*
 * Since a fix of stop 69 after the measure of 2846–2890: `期中`, its sound-alike typed for `其中` right after a
 * count and a comma (`我局主动公开信息0条,期中市政务公开网0条,微信公众号发布文章、信息360条`, real: 2856 哈尔滨市南岗区
 * 区域统筹中心 2023, its gatherer: 分项与总数对不上): the list opened as `其中` opens it. Only there: `期中` elsewhere
 * is a term's middle (`期中考试`).
 */
const INTRO =
  /(?:其中(?:[：:，,]?其中)?(?:包括|有)?|期中(?<=\d[条件篇个份项][，,]期中)|包括|具体包括|包含|分别为|分别是)[：:，,]?|[：:](?<=\d[条件篇个份项][：:])|(?<=内容|类别)(?:有|为)[：:]/g;
const HAS_INTRO =
  /其中|包括|分别为|分别是|\d[条件篇个份项][：:]|\d[条件篇个份项][，,]期中|(?:内容|类别)(?:有|为)[：:]/;
/** The introducer that names the whole's content, not its count (`内容有:`). */
const CONTENT_INTRO = /^(?:有|为)[：:]$/;
/** What is said before `内容有:` when it names the information of the whole said before, no count. */
const CONTENT_OF_WHOLE = /^[^\d，,；;]*(?:公开|发布)[^\d，,；;]*信息的(?:主要)?(?:内容|类别)$/;
/**
 * Since a fix of stop 39 after the measure of 1139–1168: a word opening one part's own parts inside
 * the list, where the outer list ends (real: 邵阳市 2020, `共发布政府信息100899条。其中在市本级政府门户
 * 网站各个栏目共发布信息23558条,包含概况类信息418条,政务动态信息15272条,…`: 23558 one part of the
 * whole, the three kinds after 包含 its own; never added to the whole with it).
 */
/*
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): `内有` and `内含` too (real: 永嘉县溪下乡
 * 2023, `新增…50条。其中机构类信息20条,内有领导成员10条、机构职能4条、…5条;工作类信息11条,…`): the kinds
 * after them are the part's own, not more parts of the whole.
 */
/*
 * Since a fix of stop 64 after the measure of 2621–2665: `具体为` too (real: 铜梁区城市管理局 2022, `主动公开政府
 * 信息744条,其中,通过…人民政府网主动公开信息140条,具体为:…类信息41条、…类信息34条…`: the kinds adding to 140
 * are its own, not more parts of 744).
 */
const NESTED_INTRO = /其中|包括|包含|分别为|分别是|内有|内含|具体为|具体是/;
/**
 * Since a fix of stop 39 after the measure of 1139–1168: a clause telling how often the part before
 * was read or visited (`…微信公众平台公开信息数为2464条,年度阅读量为29.4万次,通过…`, real: 临夏市南龙镇
 * 2023), no count of the whole's records: read past, the list goes on after it when a comma and
 * another part follow. Not before a semicolon or the sentence's end (real: 高淳区 2022, `…市政府网站
 * 共采用672条,全年网站总访问量达3782565次;通过…微博发布…6012条`; 宣州区黄渡乡 2024, `…村务公开40条,
 * 网站全年总访问量达189320次。`): the list ended there.
 */
const READ_COUNT =
  /^[^\d，,；;]{0,6}(?:阅读|浏览|点击|访问)(?:量|数|次数|人次)[^，,；;]*\d[^，,；;]*$/;
/**
 * Since a fix of stop 39 after the measure of 1139–1168: after a semicolon, more kinds in the
 * whole's unit joined by `、` to the sentence's end, the last the rest of it (`其中区政府及其部门规范性
 * 文件6条、其他文件8条;政务动态类信息2128条、各类规划和点领域信息1156条、其他信息5989条`, real: 梅县区
 * 2024): the same list going on to all of the whole, not another statement.
 */
function restOfListAfterSemicolon(pieces: readonly string[], unit: string): boolean {
  if (pieces.length !== 1) return false;
  const names = (pieces[0] ?? '').trim().replace(/[。]$/, '').split('、');
  if (names.length < 2) return false;
  const last = names[names.length - 1] ?? '';
  return (
    /^(?:其他|其它|其余)/.test(last) &&
    names.every(
      (x) => NAMED_PART.test(x) && x.endsWith(unit) && !WORK_VERB.test(x) && !CHANNEL.test(x),
    )
  );
}
/** A statement on the requests for information (`按照依申请公开的…`, `收到…申请…`). */
const REQUESTS_TURN = /^[^\d]{0,12}(?:依申请|申请公开)/;
/**
 * The whole right before the introducer: `…382条,` / `…共计发布信息183条`, or with the list's
 * subject between (real: 小龙坎街道 2023, `通过网站公开信息346条,内容包括日常工作情况240条、…`).
 * Since a fix of stop 41 after the measure of 1274–1288: the count's noun after it too (real: 临河区
 * 曙光乡 2022, `总共发布8条信息,其中政府信息公开指南1条,…政府信息公开年报公开1条`, 9 of 8).
 */
const WHOLE_BEFORE =
  /(?<![\d.])(\d+)(余|多)?(人次|条次|条|件|篇|个|份|项|期|场|宗)(?:(?:政府|政务)?信息)?[，,：:]?[（(]?(?:内容|主要)?$/;
const APPROXIMATE_BEFORE = /(?:约|近|超过?|逾)$/;
/** What is said before an introducer that opens a bracket (`161条(其中…`). */
const OPEN_BRACKET_END = /[（(]$/;
/** A text up to the closing bracket that ends the bracket it is in (brackets opened in it kept). */
function insideBracket(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth += 1;
    else if (ch === ')' || ch === '）') {
      if (depth === 0) return text.slice(0, i);
      depth -= 1;
    }
  }
  return text;
}
/**
 * A whole is said as one (`共`, `全年`, `累计` in its clause, or the only count before the list):
 * `收到申请59件,上年度结转办理2件,其中…` lists parts of the 61, not of the 2.
 */
const TOTAL_CUE = /共|全年|累计|合计|总数|总计|全部/;
const CLAUSE_START = /[^，,；;：:]*$/;
/** What follows the last semicolon: a statement of its own (`…104条,…;通过网站…115条,其中…`). */
const STATEMENT_START = /[^；;]*$/;
/** A count written in Chinese numerals (`申请三十件`): another count the sentence states. */
const CHINESE_COUNT = /[一二三四五六七八九十百千两]+(?:人次|条|件|篇|个|份|项|期|场|宗)/;
/** Separators of the items of a list, kept by split (`、` joins names inside one item). */
const SEGMENT = /([，,；;])/;
const PERCENT_ONLY = /^[^\d]*\d+(?:\.\d+)?%[^\d]*$/;
/** One kind of information and its count (`非公文类信息48份`). */
const INFO_KIND_PART = /^[^\d，,、]{1,12}类信息\d+(?:条|件|篇|个|份)$/;
/** A share said as a rate (`主动公开率100%`, `占比100%`). */
const SHARE_NEXT = /^[^\d，,；;]{0,10}(?:率|占比|比例)(?:为|达|达到)?\d+(?:\.\d+)?%/;
/** A part that is the rest (`其他…`, `其余…`, `其它…`): the list then claims to be complete. */
const CATCH_ALL = /(?:其他|其它|其余)[^\d，,；;]{0,12}\d/;
/** `其他` inside a kind's name, between its words (`政府其他会议信息`): the two words either side. */
const OTHER_INSIDE_KIND = /([\u4e00-\u9fff]{2})(?:其他|其它)([\u4e00-\u9fff]{2})/;
/** How far apart a sibling kind's two words may be (`政府常务会议`: 政府, then 会议 two later). */
const SIBLING_GAP = 6;
/**
 * Since a fix of stop 68 after the measure of 2801–2845: a part named `P其他W` after a part named
 * `P…W` is the rest of that kind, not of the whole (real: 彰武县政府办 2019, `主动公开各类政务信息
 * 3000余份,其中政府文件121份,政府常务会议信息17份,政府其他会议信息29份`: meetings other than the
 * 常务会议, a kind among others); the list need not add up to the whole.
 */
function isRestOfASiblingKind(segment: string, before: string): boolean {
  const m = OTHER_INSIDE_KIND.exec(segment);
  if (!m?.[1] || !m[2]) return false;
  for (let at = before.indexOf(m[1]); at >= 0; at = before.indexOf(m[1], at + 1)) {
    const word = before.indexOf(m[2], at + m[1].length);
    if (word >= 0 && word - at - m[1].length <= SIBLING_GAP) return true;
  }
  return false;
}
/**
 * So many kinds listed to the end of the sentence, without 等, read as all of the whole (real:
 * 天长市住建局 2020, `主动公开政府信息572条,其中:…` nineteen columns adding to 320; 东城区城管委
 * 2025, `主动公开政府信息386条,其中,通知公告类49条、工作动态类41条、执法检查类7条、信息主动公开全
 * 清单1条`, four adding to 98); a few highlights (`5729条,其中,市政府文件15件,市政府办文件1件`;
 * 周口市 2020's three kinds) are not, nor a list whose rest the text goes on to count (`REST_AFTER`).
 */
const LONG_LIST = 4;
/**
 * A clause closing a list with a word on the work done, not another kind (`…6条,较好地完成了信息
 * 工作目标任务`, `…,切实做到了阳光政务`, `…,有效保障公众…知情权`).
 */
const CLOSING_WORD = /^(?:较好地|很好地|圆满|有效|切实|充分|进一步|确保|保障|满足|方便)/;
/**
 * Three kinds, exact counts to the end of the sentence, are read as all of the whole only when
 * they make at least half of it (real: 白沙县 2023, `主动公开政务信息共6931条，其中概况类信息124条，
 * 政务动态信息2239条，信息公开目录信息2009条`, 4372): a few highlights (`5729条,其中,市政府文件15件,
 * 市政府办文件1件,…`) are a small share; approximate counts (广河县 2024, `11300多条,其中…3800多条,
 * …6300多条,…100余条`, by channel) are not judged.
 */
const SHORT_LIST = 3;
const SHORT_LIST_SHARE = 0.5;
/**
 * Since a fix of stop 51 after the measure of 1904–1948: two kinds, exact counts to the end of the
 * sentence, read as all of the whole when they leave only a sliver of it (real: 咸宁市农业农村局
 * 2024, `局门户网站全年发布信息575条,其中政务动态信息384条、信息公开目录信息190条`, 574): two
 * highlights of a whole are a small share of it, a whole split in two all but a miscount of it.
 * Only two kinds joined by `、` that end the sentence: joined by commas they may be some of many
 * figures (`累计主动公开政府信息10220条,其中政务动态信息更新量为4792条,信息公开目录信息更新量为5403条,
 * 新开设专栏6个,…`, real: 绥宁县 2019) or channels (`286条,其中通过网站公开160条,公告栏公开120条`, real:
 * 东街街道 2021), their gatherers reading `其中` as not listing all.
 */
const PAIR_LIST = 2;
const PAIR_LIST_SHARE = 0.97;
const PAIR_OWN = /^[^，,；;、]+、[^，,；;、]+?[。]?$/;
/**
 * Since a fix of stop 70 after the measure of 2891–2935: or two bare names and counts, a sentence of their
 * own after the sentence of the whole, joined by a comma or a semicolon (`全区累计公开政府信息1387条。其中,政府网站
 * 419条;政务新媒体958条。`, real: 2922 本溪高新区 2023, 1377): the sentence is the whole's split and nothing
 * else. Not counts after a verb in the whole's own sentence (东街街道's `其中通过网站公开160条,公告栏公开120条`).
 */
const PAIR_SENTENCE =
  /^[^\d，,；;、：:]{2,12}?\d+(?:条|件|篇|个|份|项)[，,；;][^\d，,；;、：:]{2,12}?\d+(?:条|件|篇|个|份|项)[。]?$/;
const pairSentence = (own: string, wholeBefore: boolean): boolean =>
  wholeBefore &&
  PAIR_SENTENCE.test(own) &&
  own.split(/[，,；;]/).every((x) => !WORK_VERB.test(x.trim()) && !/公开|发布/.test(x));
/**
 * A longer list is read as all of the whole only when it makes at least a tenth of it: kinds
 * adding to a sliver of their whole are a few highlights, not a miscount (real: 长春市政府办公厅
 * 2024, `政府动态类信息1464条,其中文件15条,政策解读10条,…财政预决算信息2条`, 33), while 清远市
 * 农业农村局 2021's six kinds adding to 181 of 991 件 and 东城区城管委 2025's four adding to 98 of
 * 386 are still told (闽侯县生态环境局 2021's five adding to 88 of 634 too, a false warning kept:
 * no general line parts it from 清远's).
 */
const LONG_LIST_SHARE = 0.1;
/**
 * Since a fix of stop 70 after the measure of 2891–2935: a whole of news the media carried, its list the
 * outlets (`全年共通过各级媒体刊登(播出)新闻144条,其中《中国税务报》7条、…南方+3条`, real: 2934 白云区税务局 2021,
 * 37 of 144): some of the outlets named, not all of them; news in the press is no information the agency
 * published either (as `proactive-count-missing` reads 2882's `媒体刊发、播出新闻报道600余篇次`).
 */
const PRESS_WHOLE =
  /(?:媒体|报刊|报纸|电视台?)[^，,；;。\d]{0,12}?(?:刊登|刊发|刊播|播出|播发|发表|报道)[^，,；;。\d]{0,12}?(?:新闻|稿件|报道|文章)[^，,；;。\d]{0,4}?\d+(?:余|多)?(?:条|篇|件|次|篇次|条次)[，,：:]?$/;
/**
 * Since a fix of stop 39 after the measure of 1169–1198: kinds named in quotation marks, their
 * counts right after them, are the columns or headings a text picks out, not all of the whole
 * (real: 旌德县农业农村水利局 2019, `全年共发布和更新信息751条,其中新闻发布会1条“政策解读数”28条,
 * “重点领域”156条, “回应关切”41条`, 226 of the items published and updated): a list with at
 * least half its parts so named is not read as all of it (read blanked, `＿`, or as printed).
 */
const QUOTED_PART = /[”"」』＿]\s*\d+(?:人次|条|件|篇|个|份|项|期|场|宗)/g;
const quotedHalf = (list: string, parts: number): boolean =>
  (list.match(QUOTED_PART)?.length ?? 0) * 2 >= parts;
/*
 * Four only when joined by commas or 、: four statements joined by semicolons (`…其中：财税相关政策
 * 及解读共3条；其他文件共1条；工作动态共1条；财政资金管理共129条`, real: 平潭 财政金融局 2020, 134 of
 * 148) are some of the whole's kinds, each told on its own.
 */
/**
 * The sentences after a list read for a count of the rest of its whole (real: 西关街道 2024,
 * `累计主动公开政府信息达301条。其中` four kinds adding to 61, `同时,“元在西关”微信公众号…全年共推送
 * 信息240条`: 61 + 240 = 301, the list is the website's).
 */
const REST_AFTER = 2;
/**
 * A bracket right after a part's count holds that part's own parts or a note on it (real: 海南省
 * 地震局 2024, `工作动态信息292条(省局动态197条、市县动态95条)、…公告公示信息57条(含采购公告公示16条)`;
 * 平潭综合实验区经济发展局 2019, `主动公开政府信息55条（涵盖政策及规范性文件类6条、…）、依申请公开341条`):
 * not more parts of the whole.
 */
const PART_OF_PART = /[（(](?<=\d(?:人次|条|件|篇|个|份|项|期|场|宗)[（(])[^（()）]*[）)]/g;
/**
 * Since a fix of stop 39 after the measure of 1169–1198: a part's change against last year, said
 * right after its count, is no part of the whole (real: 上城区卫生健康局 2020, `全年主动公开政府信息共
 * 3637条,其中行政许可公开信息3121条,比上年度减少838条;行政处罚公开信息412条,比上年度减少93条;…`):
 * dropped from the list before its parts are read.
 */
const CHANGE_AFTER_PART =
  /(?<=\d(?:人次|条|件|篇|个|份|项|期|场|宗))[，,]?(?:同比|(?:比|较)(?:上一?年度?(?:同期)?|去年(?:同期)?))(?:减少|增加|增长|下降|多|少)了?\d+(?:人次|条|件|篇|个|份|项|期|场|宗)?(?:[，,]?(?:同比)?(?:增长|下降|减少|增加)\d+(?:\.\d+)?%)?/g;
/** A count left in a template's brackets (`发布政务信息(1386)条`, real: 海口国家高新区 2022) is a count. */
const BRACKETED_COUNT = /[（(](\d+)[）)](?=人次|条|件|篇|个|份|项|期|场|宗)/g;
/**
 * The 公开属性 every document has one of: a list naming all three is all of the whole (real: 平潭
 * 综合执法与应急管理局 2020, `共制作政府信息（文件）617份，其中主动公开138份、依申请公开及不予公开431份`,
 * 569 of 617).
 */
const ALL_ATTRIBUTES = [/主动公开/, /依申请公开/, /不予公开/];
/**
 * The three kinds of information a government website's yearly statistics (政府网站工作年度报表,
 * 信息发布) split its total into: a list of exactly these three is all of the whole, whatever share
 * it makes (real: 句容市 2022 `2331条,其中概况类信息17条,政务动态信息1915条,信息公开目录信息399条`,
 * 章丘区 2024 12209, 嘉鱼县 2022 27955, each exact; 白沙县 2023 4372 of 6931 and 凉山州审计局 2023
 * 407 of 1335 are not). 甘谷县 2024 lists 解读信息 besides them (four kinds, another breakdown).
 */
/**
 * A count with neither unit nor full stop, the next area of 总体情况 run on after it
 * (`预决算公开2依申请公开1无…`).
 */
const AREA_RUN_ON =
  /(?<=[^\d.])(\d+)(?=依申请公开|政府信息管理|政府信息公开平台|平台建设|监督保障)/;
const WEBSITE_KINDS = [/概况类/, /政务动态/, /信息公开目录/];
/**
 * Since a fix of stop 50 after the measure of 1814–1858: the three kinds are one website's; a whole
 * said of a site and another channel besides (real: 宝鸡市司法局 2020, `通过门户网站、微信公众号等发布
 * 各类信息2541余条,其中概况类信息更新503余条、…`) holds the other channel's items too, so the site's
 * three kinds need not make it.
 */
const SITE_CHANNEL = /网站/;
const OTHER_CHANNEL = /公众号|微信|微博|新媒体|客户端|抖音|头条|视频号|APP|App|app/;
const wholeOfSeveralChannels = (before: string): boolean => {
  const clause = before.split(/[。；;]/).pop() ?? '';
  return SITE_CHANNEL.test(clause) && OTHER_CHANNEL.test(clause);
};
/** One named part with its count (`规划总结2条`), an item of a list. */
const NAMED_PART = /^[^\d]{2,}?\d+(?:条|件|篇|个|份|项|期|场|宗)$/;
/** A part's name opening with the year it tells of (`2020年政府信息工作报告1条`). */
const YEAR_NAMED = /^(?:19|20)\d{2}年度?(?=[^\d]{2})/;
/** A part's name and count at the head of its segment (`行政许可191项` of `行政许可191项、行政处`). */
const ONE_PART_NAMED = /^[^\d]{2,}?\d+(?:人次|条|件|篇|个|份|项|期|场|宗)/;
/** The count ending a part's name and count (`191项`), taken off for the message. */
const COUNT_OF_PART = /\d+(?:人次|条|件|篇|个|份|项|期|场|宗)$/;
/** A kind and its count, then words run on without a stop (`…年报公开1条正确引导社会舆论`). */
const RUN_ON_AFTER_KIND =
  /^([^\d]{2,}?\d+(?:条|件|篇|个|份|项))(?![被的已为是中余多次])[\u4e00-\u9fff]{4,}$/;
/**
 * Since a fix of stop 52 after the measure of 2039–2080: in a list that already took a kind counted
 * in another word for a piece (`…行政规范性文件22件,政府会议信息34条,人事任免12件,`), one more kind in a
 * word for a piece where the list stops being read (`民生实事信息21条,主动回应关切47条`, real: 嵊泗县
 * 政府办 2022, `200余件,其中` six kinds adding to 202) is the same list going on in its other word: the
 * kinds read before it are not all of the whole. Not a clause of other work (`发布政策解读信息6份`).
 */
function isMoreKindsInOtherPiece(segment: string, items: readonly Item[]): boolean {
  const kind = segment.trim();
  return (
    items.length === 1 &&
    PIECES.has(items[0]?.unit ?? '') &&
    NAMED_PART.test(kind) &&
    !WORK_VERB.test(kind) &&
    !CHANNEL.test(kind)
  );
}
/**
 * Since a fix of stop 61 after the measure of 2486–2530: a channel's count, its own kinds listed after
 * `包括`, then after a semicolon the next channels (`共计231条。其中,通过网站主动公开政府信息166条,包括:工作
 * 动态126条,…信息公开年报1条;通过政务微信公众号…公开17条信息;通过其他方式公开59条信息,其中,…`, real: 邹城市
 * 凫山街道 2020, 242 of 231): the channels are the outer list, read on after the kinds of the first, up to
 * a list of another's own kinds. Only when the part before `包括` is a channel and the next is one too.
 */
const CHANNEL_OPENING = /^(?:通过|在|以)/;
const channelThenKinds = (own: string, nestedWord: string): boolean =>
  /^包括|^包含/.test(nestedWord) && CHANNEL_OPENING.test(own.trim()) && CHANNEL.test(own);
function channelsAfterKinds(own: string, fromNested: string): string {
  const semicolon = fromNested.search(/[；;]/);
  if (semicolon < 0) return own;
  const after = fromNested.slice(semicolon + 1);
  const next = after.split(/[，,；;]/)[0]?.trim() ?? '';
  if (!CHANNEL_OPENING.test(next) || !(CHANNEL.test(next) || OTHER_CHANNELS.test(next))) return own;
  const more = fromNested.slice(semicolon).split(NESTED_INTRO)[0] ?? '';
  return own.replace(/[，,]$/, '') + more;
}
/** A part's count, then a comma (`政策文件类公开207条,`), before a nested `包含`. */
const COUNT_THEN_COMMA = /\d(?:条|件|篇|个|份|项)[，,]$/;

export interface PartsExcess {
  readonly whole: number;
  readonly unit: string;
  /** The whole is `N余`/`N多`: more than N, by less than N's last non-zero place. */
  readonly over?: boolean;
  readonly parts: readonly number[];
  /** The parts as written, when some are approximate or in other units (`4916余条`, `581人`). */
  readonly written?: readonly string[];
  readonly text: string;
  /**
   * The parts add up to less than the whole, and the list says it is all of it: it ends with a
   * catch-all part (`'rest'`), or runs on to the end of its sentence through many kinds, no 等
   * (`'list'`), or names every 公开属性 (主动公开, 依申请公开, 不予公开: `'attributes'`).
   */
  readonly short?: 'rest' | 'list' | 'attributes' | 'website' | 'near' | 'channelsFar';
  /** Kinds of a `'near'` list counted in 次, left out of its sum (`更新机构职能与领导信息2次`). */
  readonly times?: readonly string[];
  /** A part listed twice, name and count the same (`规划总结2条`): a copying slip, 等 or not. */
  readonly repeated?: string;
  /**
   * The parts are in another unit than the count right before `其中` and add up to more than it
   * (`整改…问题10处,其中:发布扶贫信息43条、…26条`): no parts of it. `earlier` is the count the
   * sentence said before in the parts' unit (`130条`), which they do not make either.
   */
  readonly otherUnit?: { readonly unit: string; readonly earlier: number };
  /** Parts' counts printed without a unit (`…类信息780信息公开目录…`), read in the whole's unit. */
  readonly lostUnit?: readonly string[];
  /** The parts are channels the whole went out through, the last the rest (`其他方式`). */
  readonly channels?: true;
  /** The parts are in a bracket right after the whole (`经济发展栏目4篇,(部门计划2篇,…)`): its name. */
  readonly bracket?: string;
  /**
   * The whole counts each piece once whatever its channels (`相同信息计1条`), and this part, one
   * channel's, is larger than it.
   */
  readonly partOver?: number;
  /** Kinds of the whole said with their count, larger than it (`主动公开机构职能类、…等178条`). */
  readonly kindOver?: string;
  /** One kind of a `其中:` list, larger than the whole before it (`…办件结果37514条`). */
  readonly listOver?: string;
  /**
   * A kind named in a total's own name, counted again right after it and larger than it (`重大决策预
   * 公开、规划计划、决策部署落实情况信息共2条,…决策部署落实情况6条`): the total as written, and the kind's.
   */
  readonly namedOver?: { readonly total: string; readonly kind: string };
  /** A part said of several kinds, each its count (`预售前及预售后公示各16件`), counted once per kind. */
  readonly each?: string;
  /**
   * The site said to have published the whole, though the list that made the whole gave an account
   * its own share of it (`官方网站公开146条` after `…微信公众号发布信息108条` among 146's kinds): the
   * site's words and the account's count.
   */
  readonly siteWhole?: { readonly site: string; readonly account: number };
  /** The whole's unit as written when its parts were read in another word for it (`94篇` of `…条`). */
  readonly wholeUnit?: string;
  /** The rest said with a total's word after the kinds, larger than they (`其他类累计信息共计844条`). */
  readonly restOrTotal?: string;
}

/** The first named part a list gives twice, word for word. */
function repeatedPart(list: string): string | undefined {
  const seen = new Set<string>();
  for (const piece of list.split(/[，,；;、]/)) {
    const part = piece.trim().replace(/等$/, '');
    if (!NAMED_PART.test(part)) continue;
    if (seen.has(part)) return part;
    seen.add(part);
  }
  return undefined;
}

/**
 * Since a fix of stop 36 after the measure of 839–868: 等 naming one channel by its examples
 * (`通过报纸、电视台等媒体进行公开131条`), its count after it, is that part's, not the list's end
 * (real: 黔南州卫生健康局 2020, `共主动公开政府信息数1843条,其中` a website's 471, 政务微博 136, 政务微信
 * 1064 and that 131, 1802 in all).
 */
const ETC_OF_A_CHANNEL = /等(?:新?媒体|平台|渠道|载体)(?=[^，,；;。\d]*\d)/g;
/**
 * Since a fix of stop 57 after the measure of 2306–2350: so is 等 closing one kind's name, its count
 * right after it and another kind after that (`…财政预决算和就业创业民生类等信息175条、招聘类信息39条、…`,
 * real: 硚口区人力资源局 2023, 315 of 316): that kind's examples, not the list's end. Only where the
 * kinds make all but a sliver of the whole (`NEAR_SHARE`, as `nearWholeList`): a list far short of it
 * with a kind's 等 (`…农业项目、保险、补贴等19条,…等78条;在…政务新媒体共计发布文章129篇`, real: 荣昌区清江镇
 * 2019, 159 of 288 and the rest in 篇) may be some of many kinds, as the corpus's partial lists are.
 */
const ETC_OF_A_KIND =
  /等(?:类)?(?:信息|文件)?(?=\d+(?:余|多)?(?:条|件|篇|项|个|份)[、，,；;][\u4e00-\u9fff])/g;
const withoutKindsEtc = (list: string, nearWhole: boolean): string =>
  nearWhole ? list.replace(ETC_OF_A_KIND, '') : list;

/** A verb opening a clause: other work the sentence goes on to, not another kind of the whole. */
const WORK_VERB =
  /^(?:收到|受理|办理|答复|回复|接到|处理|开展|举办|组织|召开|参加|印发|发布|公开|制作|编制)/;

/**
 * A channel the information went out through (`云林新韵微信公众号发布信息224条`), not a kind of it:
 * the same information counted again another way.
 * Since a fix of stop 36 after the measure of 809–838: a board on a wall too (`共公开政务信息40条,其中
 * 文件类6条,执行法规条例类2条,督察和审计类2条,行政执法类30条,单位公示栏上公开财务公开15条,政务公开6条`,
 * real: 乌恰县审计局 2025, four kinds adding to 40, then what its 公示栏 showed); not a site's column
 * (`政务公开栏目`).
 */
const CHANNEL =
  /公众号|网站|网页|微博|微信|客户端|抖音|快手|视频号|头条|APP|App|app|新媒体|平台|专栏|报刊|电视|广播|(?:公示|公开|宣传|公告)栏(?!目)/;

/**
 * After parts that make the whole, more kinds of it, each a name and a count in the whole's unit,
 * joined by commas to the end of the sentence (real: 富鸣集团 2023, `发布信息77条,其中年度工作报告1条,
 * 招标投标信息37条,…人大代表建议和政协提案办理公开2条,机构职能1条`, seven kinds adding to 78; 张楼乡
 * 2023, `194条。其中概况类信息67条,政务动态信息127条,信息公开目录信息194条`, the last one as many as
 * the whole): they are parts too, and the list adds up to more than the whole. Not a count larger
 * than the whole alone, nor one of a channel (real: 云林街道 2019, `172条,其中` seven kinds adding
 * to 172, then `云林新韵微信公众号发布信息224条`): another count of the same or other information.
 * `pieces` are the separator that follows the parts, then the segments and separators left.
 */
function moreKindsToTheEnd(
  pieces: readonly string[],
  unit: string,
  whole: number,
  joiner: string | null = null,
): boolean {
  if (pieces.length < 2) return false;
  // Since a fix of stop 40 after the measure of 1259–1273: in a list joined by semicolons, the
  // kinds after semicolons, one named after the year it reports on (real: 广汉市应急管理局 2021,
  // `其中:政策文件类公开207条,…;工作动态公开145条;2020年政府信息工作报告1条`, 353 of 352).
  const bySemicolons = joiner !== null && /^[；;]$/.test(joiner);
  for (let i = 0; i < pieces.length; i += 2) {
    const separator = pieces[i] ?? '';
    const written = (pieces[i + 1] ?? '').trim().replace(/[。]$/, '');
    // Since a fix of stop 41 after the measure of 1274–1288: the last kind with the next clause run
    // on after its count, the full stop lost (real: 临河区曙光乡 2022, `…政务新媒体入口1条, 政府信息
    // 公开年报公开1条正确引导社会舆论。`): that kind, its count read.
    const runOn = i + 2 >= pieces.length ? RUN_ON_AFTER_KIND.exec(written) : null;
    const said = runOn ? (runOn[1] ?? '') : written;
    const segment = bySemicolons ? said.replace(YEAR_NAMED, '') : said;
    if (endsAtSemicolon(bySemicolons, separator, i, pieces[i + 1] ?? '', unit)) return true;
    if (!(bySemicolons ? /^[；;]$/ : /^[，,]$/).test(separator)) return false;
    const count = kindCount(segment, unit);
    if (count === null || count > whole) return false;
  }
  return true;
}

/**
 * Since a fix of stop 52 after the measure of 2039–2080: kinds in commas after those that make the
 * whole, up to a semicolon that turns to a statement of another count or none (real: 渭南高新区行政审批
 * 服务局 2022, `主动公开信息149条,其中工作动态118条,通知公告31条,财政预、决算及“三公经费”公开信息3条;通过
 * LED显示屏…公开行政审批事项…`, 152 of 149): the list ends at the semicolon as at a full stop. At least
 * one more kind read before it; not a further kind in the whole's unit after it.
 */
function endsAtSemicolon(
  bySemicolons: boolean,
  separator: string,
  at: number,
  after: string,
  unit: string,
): boolean {
  return (
    !bySemicolons &&
    at >= 2 &&
    /^[；;]$/.test(separator) &&
    kindCount(after.trim().replace(/[。]$/, ''), unit) === null
  );
}

/**
 * The count of a segment that is one named kind counted in `unit`, no work done, no channel
 * (`政府工作报告类2份`); null when it is not.
 */
function kindCount(segment: string, unit: string): number | null {
  if (!NAMED_PART.test(segment) || WORK_VERB.test(segment) || CHANNEL.test(segment)) return null;
  const items = itemsOf(segment);
  const only = items.length === 1 ? items[0] : undefined;
  return only !== undefined && only.unit === unit ? only.value : null;
}

/** One named kind with its count in `unit` (`kindCount`'s). */
function isKindIn(segment: string, unit: string): boolean {
  return kindCount(segment, unit) !== null;
}

/**
 * Since a fix of stop 38 after the measure of 1079–1108: after parts that make the whole, more kinds
 * of it, each a name and a count in the whole's unit joined by commas, up to a last kind that is the
 * rest (`其他…`), whatever follows it (real: 东北塘街道 2019, `主动公开政府信息496条,其中工作动态信息420
 * 条,重点工作6条,公告公示3条,小额工程采购信息67条,人事信息7条,…,其他各类信息8条,微信公众号发布信息333
 * 条`: the first four make 496 by chance, ten kinds make 528). How many pieces (`moreKindsToTheEnd`'s)
 * the kinds run to, through the rest's segment; null when they do not end with the rest. At least two
 * more kinds, and not a list joined by `、` (`SEGMENT` splits none of it).
 */
function moreKindsToTheRest(pieces: readonly string[], unit: string, whole: number): number | null {
  for (let i = 0; i + 1 < pieces.length; i += 2) {
    const separator = pieces[i] ?? '';
    const segment = (pieces[i + 1] ?? '').trim();
    if (!/^[，,]$/.test(separator)) return null;
    const count = kindCount(segment, unit);
    if (count === null || count > whole) return null;
    if (CATCH_ALL.test(segment)) return i >= 2 ? i + 2 : null;
  }
  return null;
}

/**
 * Since a fix of stop 41 after the measure of 1289–1318: after a first part as large as the whole,
 * more kinds of it, each a name and a count in the whole's unit joined by commas, then a channel's
 * count ending the list (real: 钦北区长滩镇 2022, `共发布政府信息公开28条。其中法定主动公开信息28条,财政信息
 * 3条,政府信息公开指南2条,政府信息公开年度报告1条,通过“钦北长滩发布”微信公众号发布信息305条`, 34 of 28):
 * the kinds are parts too, and add up to more than the whole; the channel's count is another
 * statement. At least two more kinds (a channel right after the part: 云林街道 2019's). How many
 * pieces the kinds run to; null when they are not so.
 */
function moreKindsToAChannel(
  pieces: readonly string[],
  unit: string,
  whole: number,
): number | null {
  let kinds = 0;
  for (let i = 0; i + 1 < pieces.length; i += 2) {
    const separator = pieces[i] ?? '';
    const segment = (pieces[i + 1] ?? '').trim().replace(/[。]$/, '');
    if (!/^[，,]$/.test(separator)) return null;
    const count = kindCount(segment, unit);
    if (count !== null) {
      if (count > whole) return null;
      kinds += 1;
      continue;
    }
    const items = itemsOf(segment);
    return kinds >= 2 && CHANNEL.test(segment) && items.length === 1 && items[0]?.unit === unit
      ? i
      : null;
  }
  return null;
}

/**
 * Since a fix of stop 44 after the measure of 1379–1423: after kinds that make the whole, one more
 * kind after a comma, the last of the sentence, larger than the whole alone (real: 东城区城管委 2019,
 * `共主动公开政府信息422条,其中,机构职能类9条、更新工作动态380条、水务信息12条、优化营商环境信息21条,
 * 行政许可及行政处罚“双公示”613条`): listed among the kinds of `其中`, it is more than all of them, as
 * no part can be. Only after kinds joined by `、` (a list in commas may go on to another count:
 * 云林街道 2019's `…人事信息3条,云林新韵微信公众号发布信息224条`, nor `其他信息224条` there), a kind
 * only (no channel, no verb of work, not the rest), in the whole's unit; the kind as written, or
 * null.
 */
function lastKindOver(pieces: readonly string[], unit: string, whole: number): string | null {
  if (pieces.length !== 2 || !/^[，,]$/.test(pieces[0] ?? '')) return null;
  const segment = (pieces[1] ?? '').trim().replace(/[。]$/, '');
  // Not a count of all the years or of another whole (`历年累计主动公开政府信息数量共计316条`, real:
  // 东升街道 2023; 鼓楼区水部街道 2023, `…历年累计政府信息公开数为516条`).
  if (LIST_ENDS.test(segment) || TOTAL_CUE.test(segment) || CATCH_ALL.test(segment)) return null;
  const count = kindCount(segment, unit);
  return count !== null && count > whole ? segment : null;
}

/** A list's last part read is the rest (`其他类3条`): the kinds end with it. */
const endsWithRestNow = (segment: string, items: readonly Item[]): boolean =>
  CATCH_ALL.test(segment) && items.length === 1;

interface Item {
  readonly value: number;
  readonly unit: string;
  /** `余`/`多` after the number: more than it, by less than its last non-zero place. */
  readonly over: boolean;
  /** `约`, `近`, `超过`, `逾` before it: no range to read. */
  readonly vague: boolean;
}

/** The place of a number's last non-zero digit: `1700` 100, `4916` 1, `1000` 1000. */
function placeOf(value: number): number {
  let place = 1;
  while (value > 0 && value % (place * 10) === 0) place *= 10;
  return place;
}

/** The largest number an item allows: `1700余` at most 1800, `4916余` at most 4917. */
const maxOf = (i: Item): number => (i.over ? i.value + placeOf(i.value) : i.value);

function itemsOf(segment: string, pattern: RegExp = ITEM): Item[] {
  pattern.lastIndex = 0;
  const out: Item[] = [];
  for (let m = pattern.exec(segment); m; m = pattern.exec(segment)) {
    const before = segment.slice(0, m.index);
    if (/[\d.]$/.test(before)) continue;
    out.push({
      value: Number(m[1]),
      unit: m[3] ?? '',
      over: m[2] !== undefined,
      vague: APPROXIMATE_BEFORE.test(before),
    });
  }
  return out;
}

/**
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): a list that splits its whole twice,
 * its first parts making it exactly and the others making it again (real: 铜梁区政府办 2025, `共受理
 * 政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续办理2件`: by where the
 * requests came from, then by where they stand, 14 + 1 = 13 + 2 = 15). Exact counts only, at least
 * two parts on each side.
 */
function splitTwoWays(parts: readonly Item[], whole: number): boolean {
  if (parts.some((p) => p.over)) return false;
  let first = 0;
  for (let i = 0; i < parts.length - 2; i += 1) {
    first += parts[i]?.value ?? 0;
    if (first > whole) return false;
    if (first === whole && i >= 1)
      return parts.slice(i + 1).reduce((a, b) => a + b.value, 0) === whole;
  }
  return false;
}

/**
 * Since a fix of stop 62 after the measure of 2531–2575: the requests carried into next year, said
 * last after the parts that make the whole exactly (real: 温岭市自然资源和规划局 2020, `全年共办理118件,
 * 其中本年新受理110件,上年结转8件,转下年办理2件`, 110 + 8 = 118): those 2 are among the 118 in hand, not a
 * part beside them. Exact counts only.
 */
const CARRIED_OUT_PART = /^(?:结转|转)(?:至|到|入)?(?:下一?年度?|(?:19|20)\d\d年度?)/;
function carriedOutAmong(list: string, parts: readonly Item[], whole: number): boolean {
  const last =
    list
      .split(/[，,；;]/)
      .pop()
      ?.trim() ?? '';
  if (!CARRIED_OUT_PART.test(last) || parts.some((p) => p.over)) return false;
  return parts.slice(0, -1).reduce((a, b) => a + b.value, 0) === whole;
}

/**
 * A list whose last parts are the parts of the one before them, that one a sub-whole: exactly
 * the sum of two or more parts right after it, to the end of the list (real: 瓜沥镇 2024, `依申请
 * 公开政府信息共收到37件,其中33件已办结,答复27件,主动撤回6件`, 33 = 27 + 6), and the list without
 * them makes no more than its whole. Only exact counts, and a sub-whole below the whole (one as
 * large as the whole is that whole said again). A part matched by some parts in the middle of the
 * list is no sub-whole (real: 富鸣集团 2023, `77条,其中…招标投标信息37条,国有资产交易信息27条,部门
 * 动态信息4条,公告公示信息6条,人大代表建议…2条,机构职能1条`, 37 = 27 + 4 + 6 by chance, 78 of 77).
 */
function nestedFits(parts: readonly Item[], wholeMax: number): boolean {
  let after = 0;
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i];
    if (!part || part.over) return false;
    if (i < parts.length - 2 && part.value === after && part.value < wholeMax)
      return parts.slice(0, i + 1).reduce((a, b) => a + b.value, 0) <= wholeMax;
    after += part.value;
  }
  return false;
}

/**
 * The whole a sentence ends with (`…共计发布信息183条`, `…通过…网站主动公开政务信息194条`), the next
 * opening with `其中`: the only count of the sentence, at its end, is what `其中` splits (real: 张楼乡
 * 2023; 白银区统计局 2020, `在政务公开网站主动公开政务信息数32条。其中:` five kinds adding to 31), with
 * or without a total's word.
 */
function wholeAtEnd(sentence: string): Whole | null {
  if (HAS_INTRO.test(sentence) || itemsOf(sentence).length !== 1) return null;
  const w = WHOLE_BEFORE.exec(sentence);
  if (!w) return null;
  const lead = sentence.slice(0, w.index);
  return !APPROXIMATE_BEFORE.test(lead) && !CHINESE_COUNT.test(lead) ? wholeOf(w, true) : null;
}

/**
 * Since a fix of stop 41 after the measure of 1289–1318: a clause after the whole telling what its
 * information was about, no count in it (real: 新丰县卫生健康局 2023, `全年主动公开政府信息数465条,内容涉及
 * 年度财政预决算、…等多面内容。其中…`; 樟树市中洲乡 2024, `…463条,内容涵盖决策公开、…等多个领域。`).
 */
const CONTENT_AFTER_WHOLE = /[，,](?:其?内容|主要)?(?:涉及|涵盖|覆盖)[^\d；;。]*$/;
/**
 * Since a fix of stop 69 after the measure of 2846–2890: so is a clause right before `其中` counting only the
 * columns or fields the whole's items span (`乌沙镇共发布信息379条,涉及社会救助、…、回应关切等53个栏目,其中:发布本级
 * 政府文件1条,…回应关切10条`, real: 2862 贵池区乌沙镇 2022, 22 kinds adding to 285): where the items went,
 * not a count the kinds split; the whole is the count before it.
 */
const SPAN_AFTER_WHOLE =
  /[，,](?:其?内容|主要)?(?:涉及|涵盖|覆盖|分布在|分布于)[^\d，,；;。]*?\d+个(?:栏目|专栏|板块|领域|方面|类别)[，,：:]?$/;
/** A total's word in the whole's own clause (`据统计我镇共发布政府信息公开28条`): not `公共`. */
const OWN_CLAUSE_TOTAL = /(?<!公)共(?!同|享|建|性)|累计|合计|总计|全年/;
/** A sentence with no count, short: a remark between a whole and its `其中` (`全方位展示了…成效。`). */
const REMARK = /^[^\d]{2,24}$/;

/**
 * The whole of the sentence before a sentence that opens with its list (`其中`), as `wholeAtEnd`
 * reads it, and since a fix of stop 41 after the measure of 1289–1318 also: with a clause on its
 * content after the count (`CONTENT_AFTER_WHOLE`); with counts in other units in earlier clauses,
 * when its own clause says it as a total (real: 钦北区长滩镇 2022, `政府信息公开分为8个内容,据统计我镇
 * 共发布政府信息公开28条。其中…`); or one sentence further back, past a short remark with no count
 * (real: 樟树市中洲乡 2024, `…463条,内容涵盖…等多个领域。全方位展示了政府工作的重点与成效。其中…`).
 */
function wholeBeforeList(list: readonly string[], k: number): Whole | null {
  const read = (sentence: string): Whole | null => {
    // Since a fix of stop 70 after the measure of 2891–2935: a remark on the whole's share of a target
    // after it (`2021年,主动公开政府信息977条,超额完成全年目标任务40%。其中包括…其他信息145条`, real: 2927 遂宁
    // 经开区 2021), as before a `其中` in the same sentence (`withoutShareRemark`).
    const said = withoutShareRemark(sentence.replace(/。$/, ''));
    const content = CONTENT_AFTER_WHOLE.exec(said);
    const cut = content ? said.slice(0, content.index) : said;
    const plain = wholeAtEnd(cut);
    if (plain || HAS_INTRO.test(cut)) return plain;
    const clause = /[^，,；;：:]*$/.exec(cut)?.[0] ?? '';
    const items = itemsOf(cut);
    const last = items[items.length - 1];
    if (!last) return null;
    if (itemsOf(clause).length !== 1 || !OWN_CLAUSE_TOTAL.test(clause))
      return firstClauseWhole(cut);
    if (items.some((i) => i !== last && i.unit === last.unit)) return null;
    const w = WHOLE_BEFORE.exec(clause);
    if (!w || APPROXIMATE_BEFORE.test(clause.slice(0, w.index))) return null;
    return wholeOf(w, true);
  };
  const previous = list[k - 1] ?? '';
  if (k > 1 && REMARK.test(previous.replace(/。$/, ''))) return read(list[k - 2] ?? '');
  return k > 0 ? read(previous) : null;
}

/**
 * Since a fix of stop 42 after the measure of 1349–1378: the whole said as a total of information in
 * the sentence's first clause, other work counted after it in other units (real: 延安市商务局 2021,
 * `全年延安市商务局共公开各类信息501条,发布照片121张,人大议案4件和政协提案4件。其中,概况类信息5条,…`):
 * only when no other count of the sentence is in the whole's unit.
 */
const INFO_TOTAL_CLAUSE =
  /^[^，,；;：:]*(?:共|累计|合计|总计)[^，,；;：:\d]*信息(\d+)(条)(?=[，,])/;
function firstClauseWhole(sentence: string): Whole | null {
  const first = INFO_TOTAL_CLAUSE.exec(sentence);
  if (!first) return null;
  const items = itemsOf(sentence);
  if (items.filter((i) => i.unit === first[2]).length !== 1 || items[0]?.unit !== first[2])
    return null;
  return { value: Number(first[1]), unit: first[2] ?? '', over: false, cued: true };
}

interface Whole {
  readonly value: number;
  readonly unit: string;
  readonly over: boolean;
  /** Said as a whole (`共`, `全年`…), not just the count before `其中`. */
  readonly cued: boolean;
}

/**
 * Since a fix of stop 44 after the measure of 1379–1423: the count right before `其中` the only one
 * of its statement in its unit, the others in another (real: 息烽县统计局 2020, `通过…门户网站236条,
 * 发布统计信息127篇,其中统计分析、资料40余篇,各类统计信息164篇`): parts in that unit can be its parts
 * only, as a whole said as one (`收到申请59件,上年度结转办理2件,其中…` is not: two counts in 件).
 */
function onlyInItsUnit(statement: string, unit: string): boolean {
  const items = itemsOf(statement);
  return items.length > 1 && items.filter((i) => i.unit === unit).length === 1;
}

function wholeOf(w: RegExpExecArray, cued: boolean): Whole {
  return { value: Number(w[1]), unit: w[3] ?? '', over: w[2] !== undefined, cued };
}

/** The whole as the text says it: `1700余条`. */
const wholeText = (w: {
  whole: number;
  over?: boolean;
  unit: string;
  wholeUnit?: string;
}): string => `${w.whole}${w.over ? '余' : ''}${w.wholeUnit ?? w.unit}`;

/**
 * Units a list of the records of one whole may count its kinds in besides the whole's own (real:
 * 民和县教育局 2023, `录入公开信息1700余条,其中督导检查872条,教师资格认定581人,…幼儿园年检40所,
 * 学校项目建设6项,…发稿178篇`: one record per person, school, project). `次`, `人次`, money and
 * shares count other things (visits, work done).
 */
const RECORD_ITEM = /(\d+)(余|多)?(条|件|篇|个|份|项|人(?!次)|所|家|户)/g;
const NOT_RECORDS = new Set(['人次', '期', '场', '宗']);
/** Words for one piece of information or one document, each another's synonym in a list. */
const PIECES = new Set(['条', '件', '篇', '个', '份']);
/** A list in several units is read only when it is this long, each item one kind with its count. */
const MIXED_LIST = 3;
/**
 * The words opening a list read in several units: `其中`, and since a fix of stop 46 after the
 * measure of 1574–1633 `包括` right after the whole (real: 白银区四龙镇 2025, `政府信息公开共530条,
 * 包括党政信息类137条,政策文件类13条,人事信息类2条,通过微信平台…转发权威新闻报道330余篇,发布工作动态
 * 80余篇`, 562 of 530). Not `包含`, which may open one part's own parts.
 */
const MIXED_INTRO = /^(?:其中|包括)/;
/**
 * A whole counted in times (`解读…82次`): its parts are what was done those times, records of
 * several units (real: 大荔县 2020, `82次,其中解读材料数量45条,解读产品数量28个,媒体评论文章数量10篇`,
 * 83 of 82), none in 次.
 */
const TIMES = '次';
const TIMES_BEFORE = /(?<![\d.])(\d+)次[，,：:]?$/;

/** A clause opening with a kind's name, then what it covers (`建议提案涉及…`). */
const PART_AGAIN = /^([\u4e00-\u9fff]{2,8}?)(?:涉及|包括|包含|主要为|主要是|分别为|分别是)/;

/**
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): a whole and all its parts counted in
 * words for a piece, one of them the whole's, may open with another (real: 昌江区工信局 2023, `发布各类
 * 信息45条,其中,规范性文件2篇,政策解读2篇,含政务动态信息43条`, 47 of 45): documents counted as 篇 are
 * pieces of information as 条 are.
 */
const allPieces = (parts: readonly Item[], unit: string): boolean =>
  PIECES.has(unit) && parts.every((p) => PIECES.has(p.unit)) && parts.some((p) => p.unit === unit);

/**
 * The parts of a `其中` list counted in several units, when every item of the list, to the end of
 * its sentence, is one kind with one count of a record's unit: `null` otherwise.
 */
function mixedParts(list: string, unit: string, whole: number): Item[] | null {
  const parts: Item[] = [];
  // Items joined by `、` when each has its count (`动态信息29条、项目审批文件公布180个`); `、` may
  // also join names inside one item (`在学习强国、文登大众…等新媒体发表报道101篇`).
  const segments = list
    .split(/[，,]/)
    .flatMap((segment) =>
      itemsOf(segment, RECORD_ITEM).length > 1 &&
      segment.split('、').every((piece) => itemsOf(piece, RECORD_ITEM).length === 1)
        ? segment.split('、')
        : [segment],
    );
  let previous = '';
  for (const [at, segment] of segments.entries()) {
    if (segment.trim() === '') continue;
    // Since a fix of stop 53 after the measure of 2126–2170 (f52): a last clause of other work with
    // no count at all (`…含政务动态信息43条、…,按期公开年度预、决算信息等政务信息`, real: 昌江区工信局
    // 2023) ends the list, as the sentence's end would.
    if (parts.length >= MIXED_LIST && at === segments.length - 1 && !/\d/.test(segment)) break;
    // Since a fix of stop 41 after the measure of 1319–1333: a clause naming the last part's kind
    // again and going on to what it covers (`…建议提案共43件(其中:…),建议提案涉及道路硬化26、道路修缮
    // 7件…`, real: 砚山县交通运输局 2020) tells that part's own parts, as a bracket would: the list
    // ends before it.
    const again = PART_AGAIN.exec(segment.trim());
    if (again && parts.length > 0 && previous.includes(again[1] ?? '')) break;
    previous = segment;
    if (itemsOf(segment).some((i) => NOT_RECORDS.has(i.unit))) return null;
    const items = itemsOf(segment, RECORD_ITEM);
    if (items.length !== 1 || items.some((i) => i.vague) || /[\d.]\s*[%万元次]/.test(segment))
      return null;
    parts.push(...items);
  }
  const units = new Set(parts.map((p) => p.unit));
  // Counts in other units that could each be some of the whole's records, two or more (not
  // `…,惠及群众1000人` after 300 条: people reached, not records), or one counted in another word
  // for a piece (real: 嵊泗县发改局 2020, `各类信息193条,其中动态信息29条、项目审批文件公布180个、…`).
  const others = parts.filter((p) => p.unit !== unit);
  return parts.length >= MIXED_LIST &&
    units.size > 1 &&
    (parts[0]?.unit === unit || unit === TIMES || allPieces(parts, unit)) &&
    (others.length >= 2 || (unit !== TIMES && others.every((p) => PIECES.has(p.unit)))) &&
    others.every((p) => p.value <= whole)
    ? parts
    : null;
}

/** Words that say when: a list with one may count another period than the whole's. */
const PERIOD = /今年|本年|全年|当年|年度|\d{4}年|月|季度/;
/** The total said again at the head of a list (`总共发布动态类信息2519条`). */
const RESTATED = /总共|共计|合计|总计|共有/;

/**
 * A whole said again as a list without `其中` (real: 抚州市自然资源局 2020, `累计发布信息10471多条,
 * 网站从开通至今,总共发布动态类信息2519条,公告通知类信息2300条,其他相关信息4916余条`): a cued whole,
 * then (after at most one clause without a count) a list whose first part restates the total
 * (`总共`), three or more parts in the whole's unit, one to a clause, the last the rest (`其他…`),
 * with no word of a period in between (`累计…10471条,今年共发布…` counts another whole) and no 等.
 */
function restatedList(sentence: string): Omit<PartsExcess, 'text'> | null {
  // Its first part restates the total and its last is the rest: most sentences have neither.
  if (!RESTATED.test(sentence) || !CATCH_ALL.test(sentence)) return null;
  const pieces = sentence.split(SEGMENT);
  const segments: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    if (/[；;]/.test(pieces[i - 1] ?? '')) break;
    segments.push(pieces[i] ?? '');
  }
  for (let i = 0; i < segments.length - 3; i += 1) {
    const head = segments[i] ?? '';
    const items = itemsOf(head);
    const [whole] = items;
    if (!whole || items.length !== 1 || whole.vague || !TOTAL_CUE.test(head)) continue;
    let k = i + 1;
    if (itemsOf(segments[k] ?? '').length === 0) k += 1;
    const first = segments[k] ?? '';
    const cue = RESTATED.exec(first);
    if (!cue || PERIOD.test(segments.slice(i + 1, k + 1).join(''))) continue;
    if (PERIOD.test(first.slice(0, cue.index + cue[0].length))) continue;
    const parts: Item[] = [];
    let last = '';
    for (let j = k; j < segments.length; j += 1) {
      const segment = segments[j] ?? '';
      const own = itemsOf(segment);
      if (own.length !== 1 || own[0]?.unit !== whole.unit) break;
      if (own.some((x) => x.vague) || (j > k && PERIOD.test(segment))) return null;
      parts.push(...own);
      last = segment;
    }
    if (parts.length < 3 || !CATCH_ALL.test(last) || /等/.test(segments.join(''))) return null;
    const wholeMax = maxOf(whole);
    const least = parts.reduce((a, b) => a + b.value, 0);
    const most = parts.reduce((a, b) => a + maxOf(b), 0);
    if (most >= whole.value && least <= wholeMax) return null;
    const written = parts.some((x) => x.over)
      ? { written: parts.map((x) => `${x.value}${x.over ? '余' : ''}${x.unit}`) }
      : {};
    return {
      whole: whole.value,
      unit: whole.unit,
      ...(whole.over ? { over: true } : {}),
      parts: parts.map((x) => x.value),
      ...written,
      ...(most < whole.value ? { short: 'rest' as const } : {}),
    };
  }
  return null;
}

/**
 * A sentence that is one more kind of a list with its count in the whole's unit, and nothing else
 * (`通知公告类46条`): not work done (`WORK_VERB`), not a channel (`CHANNEL`).
 */
function continuedKind(sentence: string | undefined, unit: string): Item | null {
  const kind = (sentence ?? '').trim().replace(PART_OF_PART, '');
  if (!NAMED_PART.test(kind) || WORK_VERB.test(kind) || CHANNEL.test(kind)) return null;
  const items = itemsOf(kind);
  const [item] = items;
  return items.length === 1 && item && item.unit === unit && !item.vague && !item.over
    ? item
    : null;
}

/**
 * Since a fix of stop 48 after the measure of 1724–1768 (helper f27): a list of kinds whose next
 * sentence opens a numbered item counting more of the same records (real: 古美路街道 2022, `本年度主动
 * 公开政府信息共188条,其中:公文类信息22条,财政信息42条,执法类信息33条。公开政策解读信息4条。 3. 机构
 * 信息、人事信息公开情况:共计公开10条。 4.…`, its gatherer: `分项未完，不计总数`): the kinds go on in the
 * items after the full stop, so the list is not closed there and its sum is not judged.
 */
const ITEM_NUMBER_OPENING = /^[ \t\u3000]*\d{1,2}[.．、](?!\d)/;
function kindsGoOnInItems(after: readonly string[], whole: Whole, least: number): boolean {
  for (const sentence of after) {
    if (SUB_HEADING.test(sentence) || REQUESTS.test(sentence)) return false;
    if (
      ITEM_NUMBER_OPENING.test(sentence) &&
      itemsOf(sentence).some((i) => i.unit === whole.unit && i.value + least <= whole.value)
    )
      return true;
  }
  return false;
}

/**
 * Since a fix of stop 70 after the measure of 2891–2935: the next sentence going on to publish more
 * kinds in the whole's unit, no 此外 (`全年累计公开政府信息2874项,其中,公开政策文件29项,…重要会议信息30项。积极发挥…
 * 功能,主动公开人大代表建议和政协提案办理情况84项,公开信箱答复情况12项。`, real: 2935 重庆高新区 2023): the
 * kinds go on past the full stop, so the list before it was some of them. Only clauses that say a
 * kind published, opening with the verb (`公开…84项`), not requests, and within what the list leaves; at
 * least two of them, a list of their own: one statement after a list (`…对外宣传类信息97条。发布通知公告46条。`,
 * checks.test's 朝外街道 2025 variant) may be other work, and the list before it still all of the whole.
 */
const KINDS_PUBLISHED_NEXT = 2;
const ASKED = /收到|咨询|留言|来信|来电|申请|受理|办结|结转/;
const PUBLISHED_KIND_CLAUSE =
  /^(?:主动|另|还|同时|并)?(?:公开|发布)[^\d]{2,24}?(\d+)(条|件|篇|个|份|项)$/;
function kindsPublishedNext(next: string | undefined, whole: Whole, least: number): boolean {
  // Not a count of what was asked (`收到网上咨询2152条,…公开答复1978条`, real: 159 周口市 2020), nor another
  // whole with its own list (`建议提案公开办理结果公开共14条,其中…`, real: 849 黔南州卫生健康局 2020).
  if (next === undefined || SUB_HEADING.test(next) || ASKED.test(next) || HAS_INTRO.test(next))
    return false;
  const wholeMax = whole.over ? whole.value + placeOf(whole.value) : whole.value;
  let more = 0;
  let kinds = 0;
  for (const clause of next.replace(/[。]$/, '').split(/[，,；;]/)) {
    if (!/\d/.test(clause)) continue;
    // Every count of it a kind published, each clause opening with the verb: not bare kinds going on
    // (鹤庆县政府办 2021's `试点领域信息公开中重大建设项目52条,义务教育53条,…`, told by `restCounted`).
    const m = PUBLISHED_KIND_CLAUSE.exec(clause.trim());
    if (!m || m[2] !== whole.unit || OWN_TOTAL_CUE.test(clause)) return false;
    more += Number(m[1]);
    kinds += 1;
  }
  return kinds >= KINDS_PUBLISHED_NEXT && least + more <= wholeMax;
}

/**
 * Whether the sentences after a list count the rest of its whole: a count in the whole's unit as
 * large as what the parts leave (real: 西关街道 2024, 301 − 61 = 240 `全年共推送信息240条`).
 */
function restCounted(after: readonly string[], whole: Whole, least: number, most: number): boolean {
  const wholeMax = whole.over ? whole.value + placeOf(whole.value) : whole.value;
  // Not past the next area's heading (`(二)依申请公开方面`), nor a count of requests (real: 威远县
  // 乡村振兴局 2021, `收到1条自然人公开信息申请` after 104 of 105): no rest of information published.
  const heading = after.findIndex((s) => SUB_HEADING.test(s));
  // Since a fix of stop 35 after the measure of 719–748: the next sentence going on to more of
  // the same records with `此外` says the list was some of the kinds, whatever the rest adds to
  // (real: 河北省发展改革委 2021, `主动公开政务信息808件。其中,文件183件,…财务信息4件。此外,公开行政
  // 许可、政务服务办理结果信息703件`).
  const [next] = after;
  if (
    next !== undefined &&
    heading !== 0 &&
    /^(?:此外|另外)/.test(next) &&
    itemsOf(next).some((i) => i.unit === whole.unit)
  )
    return true;
  const within = after.slice(0, heading < 0 ? after.length : heading);
  // Since a fix of stop 36 after the measure of 869–898: the list going on past its full stop, the
  // next sentence's counts making up the whole exactly (real: 鹤庆县政府办 2021, `我县主动公开各类政府
  // 信息1644条。其中,…政府采购18条。试点领域信息公开中重大建设项目52条,…县政府常务会议信息28条。`,
  // 826 + 818 = 1644): not a list short of its whole.
  let counted = least;
  for (const sentence of within) {
    if (least !== most || REQUESTS.test(sentence)) break;
    const items = itemsOf(sentence.replace(PART_OF_PART, ''));
    if (items.some((i) => i.over || i.vague)) break;
    counted += items.reduce((sum, i) => (i.unit === whole.unit ? sum + i.value : sum), 0);
    if (counted === whole.value) return true;
    if (counted > whole.value) break;
  }
  return within.some(
    (sentence) =>
      !REQUESTS.test(sentence) &&
      itemsOf(sentence).some(
        (i) =>
          i.unit === whole.unit && i.value + most >= whole.value && i.value + least <= wholeMax,
      ),
  );
}

/**
 * Since a fix of stop 36 after the measure of 779–808: requests carried in from last year said
 * beside the whole, before the list (real: 江宁区政府办 2023, `除上年度结转的1件政府信息公开申请,共
 * 收到依申请公开124件,其中,全年共办理依申请公开122件,结转下年度继续办理3件`): the list splits the
 * requests in hand, 124 + 1 = 122 + 3, not the 124 received. Last year's words before 结转 (not
 * `结转下年度`, the requests carried out), or 结转 then last year (`结转上年度2件`).
 */
const CARRIED_IN_BESIDE =
  /(?:上一?年度?|去年)(?:结转|转结|未办结)[^\d，,；;。]{0,16}?(?<![\d.])(\d+)件|结转上一?年度?[^\d，,；;。]{0,6}?(?<![\d.])(\d+)件/;

/** The requests carried in from last year said in the statement before a list, or 0. */
function carriedInBeside(before: string): number {
  const statement = STATEMENT_START.exec(before)?.[0] ?? '';
  if (!statement.includes('结转') && !statement.includes('未办结')) return 0;
  const m = CARRIED_IN_BESIDE.exec(statement);
  return m ? Number(m[1] ?? m[2] ?? 0) : 0;
}

/** A sub-heading of 总体情况 opening a sentence: `(二)依申请公开方面`. */
const SUB_HEADING = /^[（(][一二三四五六七八九十]{1,2}[）)]/;

/** A count in any unit right before `其中` (`整改…问题10处,`). */
const COUNT_BEFORE =
  /(?<![\d.])(\d+)(人次|条|件|篇|个|份|项|期|场|宗|处|次|人|家|所|户|起|批)[，,：:]?$/;
/** A count said as a whole in its clause (`本年度累计主动公开政府信息130条`), not `130余条`. */
const CUED_COUNT = new RegExp(
  `(?:${TOTAL_CUE.source})[^，,；;：:\\d]*?(?<![\\d.])(\\d+)(条|件|篇|个|份|项|期|场|宗)(?![余多\\d])`,
  'g',
);
/** One named part of a list and its count: `发布扶贫信息43条`, `乡村振兴信息10条`. */
const ONE_PART = /^[^\d]{2,}?(\d+)(条|件|篇|个|份|项|期|场|宗)$/;

/**
 * A `其中` list in another unit than the count right before it, adding up to more than that count,
 * while the sentence said a whole in the parts' unit before, one they do not make either (real:
 * 洞头区农业农村局 2021, `本年度累计主动公开政府信息130条,…整改政务公开相关问题10处,其中:发布扶贫
 * 信息43条、乡村振兴信息10条、涉农补助信息26条`: 79 of neither). Every item of the list, to the end
 * of its sentence, one named part with one count of that unit, two or more; not `申请3份，其中法人
 * 申请1件、自然人申请2件` (as many as the count: its parts in another word for a piece), nor
 * `974篇，其中《快检天天报》…每日更新，…11541批次…` (no list).
 */
function partsInOtherUnit(before: string, after: string): Omit<PartsExcess, 'text'> | null {
  const count = COUNT_BEFORE.exec(before);
  if (!count) return null;
  const list = (after.replace(PART_OF_PART, '').split(/[；;]/)[0] ?? '').replace(/[。]$/, '');
  const parts: { value: number; unit: string }[] = [];
  for (const item of list.split(/[，,、]/)) {
    const m = ONE_PART.exec(item.trim());
    if (!m || itemsOf(item).length !== 1 || /等$/.test(item)) return null;
    parts.push({ value: Number(m[1]), unit: m[2] ?? '' });
  }
  const unit = parts[0]?.unit ?? '';
  const sum = parts.reduce((a, b) => a + b.value, 0);
  const stated = Number(count[1]);
  if (parts.length < 2 || unit === count[2] || parts.some((p) => p.unit !== unit) || sum <= stated)
    return null;
  // The sentence's whole in the parts' unit, said as one in its clause (`累计…130条`).
  const lead = before.slice(0, count.index);
  const earlier = itemsOf(lead).filter((i) => i.unit === unit);
  const cued = [...lead.matchAll(CUED_COUNT)].find((c) => c[2] === unit);
  if (!cued || earlier.some((i) => i.value === sum || i.vague)) return null;
  return {
    whole: stated,
    unit: count[2] ?? '',
    parts: parts.map((p) => p.value),
    written: parts.map((p) => `${p.value}${p.unit}`),
    otherUnit: { unit, earlier: Number(cued[1]) },
  };
}

/** One channel's count, and nothing else: `通过政府网站公开政府信息数216条`, `政务微博公开…2306条`. */
const CHANNEL_PART = /^(?:通过|在)?[^\d，,；;]{1,20}?(?:公开|发布|推送)[^\d，,；;]{0,10}?(\d+)条$/;
/** The rest of the channels: `其他方式公开政府信息数299条`. */
const OTHER_CHANNELS = /^(?:通过|以)?(?:其他|其它|其余)(?:方式|渠道|途径)/;
/** `OTHER_CHANNELS` anywhere: `channelParts`' cheap first test. */
const OTHER_CHANNELS_ANYWHERE = /(?:其他|其它|其余)(?:方式|渠道|途径)/;
/** A whole of information said as one, in the first clause of its sentence (`我街全年主动公开政府信息306条`). */
const CHANNELS_WHOLE =
  /^[^，,；;：:\d]*?(?:共|全年|累计|合计|总计)[^，,；;：:\d]*?(?:公开|发布)[^，,；;：:\d]*?信息(?:数)?(\d+)条(?![余多\d])/;

/**
 * Counts by channel, the last the rest (`其他方式`), after a whole of information said as one in
 * the sentence before or in the first clause of their own (real: 棠景街道 2021, `我街全年主动公开政府
 * 信息306条,其中:…。通过政府网站公开政府信息数216条,通过微信公开政府信息数22条,其他方式公开政府信息数
 * 299条。`, 537 of 306): with the rest counted, the channels share the whole out, and cannot make
 * more than it (六盘水市公安局 2020, the same wording after `其中`, makes its 4536). Channels without
 * the rest may each carry the same information (`通过政府网站…93条,通过报纸、宣传栏等渠道…52条`):
 * not read.
 */
function channelParts(
  sentence: string,
  previous: string | undefined,
): Omit<PartsExcess, 'text'> | null {
  // The last channel is the rest (`其他方式…`): most sentences name none.
  if (!OTHER_CHANNELS_ANYWHERE.test(sentence)) return null;
  const segments = sentence
    .replace(/[。]$/, '')
    .split(/[，,；;]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
  let whole = CHANNELS_WHOLE.exec(segments[0] ?? '');
  if (whole) segments.shift();
  else whole = CHANNELS_WHOLE.exec(previous ?? '');
  if (!whole || segments.length < 3) return null;
  const parts: number[] = [];
  for (const [i, segment] of segments.entries()) {
    const m = CHANNEL_PART.exec(segment);
    const last = i === segments.length - 1;
    if (!m || itemsOf(segment).length !== 1) return null;
    if (
      last ? !OTHER_CHANNELS.test(segment) : !CHANNEL.test(segment) || OTHER_CHANNELS.test(segment)
    )
      return null;
    parts.push(Number(m[1]));
  }
  const total = Number(whole[1]);
  return parts.reduce((a, b) => a + b, 0) > total
    ? { whole: total, unit: '条', parts, channels: true }
    : null;
}

/**
 * Since a fix of stop 50 after the measure of 1814–1858: a whole said as one, then its kinds listed to
 * the end of the sentence (`全局累计主动公开政府信息146条,具体分类为:…`).
 */
const KINDS_AFTER_WHOLE =
  /(?:共|累计|全年|合计|总计)[^，,；;：:\d]*?(?:公开|发布)[^，,；;：:\d]*?信息(\d+)条(?![余多\d])[，,]?(?:具体分类为|具体为|分别为|其中|包括)[：:，,]?([^。；;]+)$/;
/** The site said, after `其中`, to have published a count (`其中官方网站公开146条`). */
const SITE_COUNT =
  /其中[，,]?([^\d，,；;。]{0,12}?(?:网站|门户))[^\d，,；;。]{0,6}?(?:公开|发布)[^\d，,；;。]{0,6}?(\d+)条(?![余多\d])/;
/** An account a kind was published through (`微信公众号“双牌教育”发布信息108条`): not the site. */
const ACCOUNT_PART = /公众号|微信|微博|新媒体|客户端|抖音|头条|视频号/;

/**
 * Since a fix of stop 50 after the measure of 1814–1858: a list of kinds that makes its whole exactly,
 * one of them what an account published (real: 双牌县教育局 2025, `全局累计主动公开政府信息146条,具体分类为:
 * 工作机构相关信息6条、…、财政相关信息1条、微信公众号“双牌教育”发布信息108条`, 146 in all), then the
 * site said to have published as many as the whole (`信息公开渠道覆盖官方网站与微信公众号,其中官方网站公开
 * 146条`): the account's 108 were counted apart from the rest, so the site cannot hold all 146. Channels
 * that may carry the same items (`channelParts`) are not read: only a whole the kinds share out exactly.
 */
function siteAsWhole(
  sentence: string,
  previous: string | undefined,
): Omit<PartsExcess, 'text'> | null {
  if (previous === undefined || (!sentence.includes('网站') && !sentence.includes('门户')))
    return null;
  const site = SITE_COUNT.exec(sentence);
  const whole = site ? KINDS_AFTER_WHOLE.exec(previous.replace(/。$/, '')) : null;
  if (!site || !whole) return null;
  const total = Number(whole[1]);
  if (Number(site[2]) !== total) return null;
  let account = 0;
  let sum = 0;
  for (const part of (whole[2] ?? '').split(/[、，,]/)) {
    const items = itemsOf(part);
    const [item] = items;
    if (items.length !== 1 || !item || item.unit !== '条' || item.over || item.vague) return null;
    sum += item.value;
    if (ACCOUNT_PART.test(part) && !CHANNEL_SITE.test(part)) account = item.value;
  }
  if (account === 0 || account >= total || sum !== total) return null;
  return {
    whole: total,
    unit: '条',
    parts: [total, account],
    siteWhole: { site: site[1] ?? '', account },
  };
}
const CHANNEL_SITE = /网站|门户/;

/**
 * Since a fix of stop 34 after the measure of 644–673: the year's information proactively
 * published, said as one in the first clause of its sentence (`2021年五山乡主动公开政府信息145条`).
 */
const YEAR_PROACTIVE_WHOLE =
  /^(?:(?:19|20)\d{2}年度?|全年)[^\d，,；;]{0,20}?主动公开(?:各类)?(?:政府|政务)?信息(\d+)条$/;
/** Some kinds of it proactively published with their count (`主动公开机构职能类、…、应急管理类等178条`). */
const PROACTIVE_KINDS = /^主动公开(?!各类)[^\d，,；;]*?[^各\d，,；;]类[^\d，,；;]*?(\d+)条$/;
/** What a sentence needs for `kindsOverWhole`: a first test. */
const PROACTIVE_KINDS_ANYWHERE = /主动公开[^\d。]*?类[^\d。]*?\d+条/;
/** Counts over the years or of other bodies are no kinds of the year's whole. */
const OTHER_WHOLE = /累计|历年|以来|全[市县区镇乡]|各[级部]/;

/**
 * Since a fix of stop 34 after the measure of 644–673: the year's whole of information proactively
 * published, then in its sentence or the next some kinds of it with a count larger than the whole
 * (real: 弥勒市五山乡 2021, `2021年五山乡主动公开政府信息145条,…。主动集中公开政府预决算、部门预决算
 * 16条,主动公开机构职能类、政策与规范性文件类、…、应急管理类等178条。`): kinds of the information
 * cannot be more than all of it, whatever the channels (which may carry the same information twice,
 * and are not read).
 */
function kindsOverWhole(
  sentence: string,
  previous: string | undefined,
): Omit<PartsExcess, 'text'> | null {
  if (!PROACTIVE_KINDS_ANYWHERE.test(sentence)) return null;
  const clauses = (text: string) =>
    text
      .replace(/[。]$/, '')
      .split(/[，,；;]/)
      .map((x) => x.trim())
      .filter((x) => x !== '');
  const own = clauses(sentence);
  let whole = YEAR_PROACTIVE_WHOLE.exec(own[0] ?? '');
  if (whole) own.shift();
  else whole = YEAR_PROACTIVE_WHOLE.exec(clauses(previous ?? '')[0] ?? '');
  if (!whole) return null;
  const total = Number(whole[1]);
  for (const clause of own) {
    const m = PROACTIVE_KINDS.exec(clause);
    if (!m || OTHER_WHOLE.test(clause)) continue;
    const part = Number(m[1]);
    if (part > total) return { whole: total, unit: '条', parts: [part], kindOver: clause };
  }
  return null;
}

/**
 * Since a fix of stop 38 after the measure of 1049–1078: a list opened by `其中:` in a sentence of
 * its own, after a sentence that ends with the whole of information published (`2023年通过政府门户
 * 网站发布政府信息12187条。其中:新增…发布3条,公开现行规范性文件28个;机关职能…发布623条;…`, real:
 * 兴义市 2023), its kinds joined by semicolons and going on through the sentences after it that are
 * joined so too (`…跑腿清单5191项。其中,…135项。公开全年贵州政务服务网综合受理平台办件结果37514条;实施
 * 行政处罚…发布113条;…`): one kind counted in the whole's unit larger than the whole, which no part
 * can be, whatever the others (they may be in other units, or some left out). A sentence after the
 * list's that opens a list of its own (`其中,梳理公开零跑腿清单1638条`) is a part's parts, read past;
 * one with no semicolon, or that counts another whole (`累计`, `共计`, `历年`, a channel `通过…`, real:
 * 金平县马鞍底乡 2021, `全年通过“多彩金平”微信公众号累计发布相关工作信息78条`; 苍山县东升街道 2023, `历年
 * 累计主动公开政府信息数量共计316条`), ends it.
 */
const COLON_LIST = /^其中[：:]/;
const PUBLISHED_INFO_WHOLE = /(?:公开|发布)[^\d，,；;。]{0,10}?信息(?:数)?\d+条。?$/;
const LIST_ENDS = /累计|历年|以来|(?<!公)共计?|合计|总计|通过|此外|另外|全[市县区镇乡]|各[级部]/;
const KIND_IN_ITEMS = /^[^\d]{2,}?(?<![\d.])(\d+)条$/;

function colonListPartOver(list: readonly string[], k: number): Omit<PartsExcess, 'text'> | null {
  const sentence = list[k] ?? '';
  const previous = list[k - 1] ?? '';
  if (!COLON_LIST.test(sentence) || !/[；;]/.test(sentence)) return null;
  if (!PUBLISHED_INFO_WHOLE.test(previous)) return null;
  const whole = wholeAtEnd(previous);
  if (!whole || whole.over || whole.unit !== '条') return null;
  for (let j = k; j < list.length; j += 1) {
    const text = list[j] ?? '';
    if (j > k && HAS_INTRO.test(text.slice(0, 2))) continue;
    if (j > k && (!/[；;]/.test(text) || LIST_ENDS.test(text))) break;
    const items = text
      .replace(COLON_LIST, '')
      .replace(/。$/, '')
      .split(/[，,；;]/);
    for (const item of items) {
      const m = KIND_IN_ITEMS.exec(item.trim());
      if (!m || LIST_ENDS.test(item)) continue;
      const part = Number(m[1]);
      if (part > whole.value)
        return { whole: whole.value, unit: whole.unit, parts: [part], listOver: item.trim() };
    }
  }
  return null;
}

/**
 * A whole of information published, said as one at the end of its clause (`共计公开114件`, not
 * `公共服务…2条`, not requests: `共收到…公开申请19件`).
 */
/*
 * Since a fix of stop 62 after the measure of 2531–2575: or the information of all kinds said published
 * (`发布各类信息150余条,主动公开文件14条,商务动态94条,…部门会议17条动态更新…`, real: 朝阳市商务局 2021, 162
 * of 150余): `各类` says the count is all of it, as `共` does; `余`/`多` read as the range they allow.
 */
const PUBLISHED_WHOLE =
  /^[^\d]*?(?:(?:(?<!公)共计?|累计|合计|总计|全年)[^\d]*?(?:公开|发布)[^\d]*?|(?:公开|发布)各类[^\d]*?)(\d+)(余|多)?(条|件|篇|个|份|项)$/;
/**
 * `PUBLISHED_WHOLE`'s words anywhere in a text, the check's cheap first test: a bare `共` is in
 * every text's `中华人民共和国`, so only a `共` (or 累计, 全年) followed, before any digit, by
 * 公开 or 发布 and then a count lets the text through.
 */
const PUBLISHED_WHOLE_ANYWHERE =
  /(?:(?:共|累计|合计|总计|全年)[^\d]*?(?:公开|发布)|(?:公开|发布)各类)[^\d]*?\d+(?:余|多)?(?:条|件|篇|个|份|项)/;
/** One kind and its count, or several kinds with a count each (`预售前及预售后公示各16件`). */
const KIND_PART = /^([^\d]{2,}?)(各)?(\d+)(条|件|篇|个|份|项)$/;
/** Requests and their handling: counts of another whole than information published. */
const REQUESTS = /申请|结转|办结|答复|受理/;
/** Kinds named together before 各: `预售前及预售后`, `规划、计划`. */
const KINDS_JOINED = /及|和|与|、/;
/** At least so many kinds after the whole, to the end of the statement, make a list. */
const UNINTRODUCED_LIST = 3;

/** Whether `text` has `n` commas or more: a list of `n` kinds after its whole needs them. */
function commasAtLeast(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x2c) count += 1;
  }
  return count >= n;
}

/**
 * A whole of information published followed, without 其中, by kinds and their counts to the end
 * of the statement, adding up to more than it (real: 郑州高新区国土规划住建局 2022, `共计公开114件,
 * 建设用地规划许可证信息(批后公告)25件,…7件,…59件,…7件,商品房预售许可证信息预售前及预售后公示各16件;`:
 * with 各, two kinds of 16 each, 130). A list of fewer kinds, one with a verb of work done
 * (`WORK_VERB`), a channel (`CHANNEL`), a request or a period (`收到申请19件,上年结转…9件,受理28件`),
 * or a clause that is not a kind and its count, is not read.
 */
/**
 * Since a fix of stop 50 after the measure of 1859–1903: a year's count of one kind, the first of
 * a list of like kinds (real: 盘龙区卫生健康局 2025, `全年通过…门户网站主动公开行政处罚信息公示47条,行政
 * 许可信息公示1143条,医疗机构许可47条,通知公告信息46条`): said with 全年 alone, no 共 nor 累计, and its
 * name after the verb ending as the next kind's does (`…信息公示`), it is a part, not their whole.
 */
const YEAR_CUE_ONLY = /全年/;
const OWN_TOTAL_CUE = /(?<!公)共|累计|合计|总计/;
const NAME_AFTER_VERB = /(?:公开|发布)([^\d]*)\d+[条件篇个份项]$/;
function firstOfLikeKinds(wholeSegment: string, firstKindName: string): boolean {
  if (!YEAR_CUE_ONLY.test(wholeSegment) || OWN_TOTAL_CUE.test(wholeSegment)) return false;
  const name = NAME_AFTER_VERB.exec(wholeSegment)?.[1] ?? '';
  return (
    name.length >= 4 && firstKindName.length >= 4 && name.slice(-2) === firstKindName.slice(-2)
  );
}

/**
 * The kinds of an unintroduced list up to one with the next clause run on after its count, the full
 * stop lost (`…通知公告13条,部门会议17条动态更新我局权责清单…,维护…`, real: 朝阳市商务局 2021): that kind,
 * its count read, ends the list.
 */
function listRunOn(kinds: readonly string[]): string[] {
  const end = kinds.findIndex((k) => !KIND_PART.test(k) && RUN_ON_AFTER_KIND.test(k));
  if (end < 0) return [...kinds];
  return [...kinds.slice(0, end), RUN_ON_AFTER_KIND.exec(kinds[end] ?? '')?.[1] ?? ''];
}

function unintroducedList(sentence: string): Omit<PartsExcess, 'text'> | null {
  if (!PUBLISHED_WHOLE_ANYWHERE.test(sentence) || !commasAtLeast(sentence, UNINTRODUCED_LIST))
    return null;
  for (const statement of sentence.replace(/[。]$/, '').split(/[；;]/)) {
    if (HAS_INTRO.test(statement)) continue;
    const segments = statement
      .replace(PART_OF_PART, '')
      .split(/[，,]/)
      .map((x) => x.trim())
      .filter((x) => x !== '');
    const at = segments.findIndex((x) => PUBLISHED_WHOLE.test(x) && !REQUESTS.test(x));
    if (at < 0) continue;
    const whole = PUBLISHED_WHOLE.exec(segments[at] ?? '');
    const kinds = listRunOn(segments.slice(at + 1));
    if (!whole || kinds.length < UNINTRODUCED_LIST) continue;
    if (firstOfLikeKinds(segments[at] ?? '', KIND_PART.exec(kinds[0] ?? '')?.[1] ?? '')) continue;
    const parts: number[] = [];
    const written: string[] = [];
    let each: string | undefined;
    for (const kind of kinds) {
      const m = KIND_PART.exec(kind);
      const name = m?.[1] ?? '';
      if (
        !m ||
        m[4] !== whole[3] ||
        WORK_VERB.test(kind) ||
        CHANNEL.test(kind) ||
        REQUESTS.test(kind) ||
        PERIOD.test(kind)
      )
        break;
      const times = m[2] ? name.split(KINDS_JOINED).filter((x) => x !== '').length : 1;
      if (m[2]) each = kind;
      parts.push(Number(m[3]) * times);
      written.push(times > 1 ? `${m[3]}${m[4]}×${times}` : `${m[3]}${m[4]}`);
    }
    if (parts.length !== kinds.length) continue;
    const over = whole[2] !== undefined;
    const value = Number(whole[1]);
    if (parts.reduce((a, b) => a + b, 0) <= (over ? value + placeOf(value) : value)) continue;
    return {
      whole: value,
      unit: whole[3] ?? '',
      ...(over ? { over } : {}),
      parts,
      ...(each ? { written, each } : {}),
    };
  }
  return null;
}

/**
 * Since a fix of stop 50 after the measure of 1859–1903: the parts of a whole in 条 counted in 篇, the
 * articles each channel or aspect put out (real: 贵溪市林业局 2019, `政务网公开120条,其中:省局网站22篇,
 * 鹰潭市局网站57篇,…公众号36篇,其它媒体60篇;`, 175 of 120; 江门市蓬江区退役军人事务局 2023, `共39条,
 * 其中在政务服务方面,公布…列表;在工作动态方面,发布…38篇;在财政预决算方面,…信息4条。`, 42 of 39): an
 * article is a piece of information as an item is, so the parts cannot make more than the whole. Read
 * only where every count after 其中 to the sentence's end is in 条 or 篇, at least one in 篇 (the main
 * reading takes a list in the whole's unit), none approximate, with no 等 and no nested list.
 */
const ARTICLES_AFTER_WHOLE = /(?<![\d.])(\d+)条[，,]其中[：:，,]?([^。]*)/;
const PIECE_COUNT = /(\d+)(余|多)?(条|篇|件|个|份|项|次|期|场|人次|万)/g;
const NESTED_OR_SOME = /其中|包括|包含|分别|等|约|近|超过/;
const ARTICLES_MIN = 2;
function articlesOverWhole(sentence: string): Omit<PartsExcess, 'text'> | null {
  if (!sentence.includes('篇')) return null;
  const m = ARTICLES_AFTER_WHOLE.exec(sentence);
  const rest = (m?.[2] ?? '').replace(/[；;]\s*$/, '');
  if (!m || NESTED_OR_SOME.test(rest)) return null;
  const items = [...rest.matchAll(PIECE_COUNT)];
  if (items.length < ARTICLES_MIN) return null;
  if (items.some((i) => i[2] || (i[3] !== '条' && i[3] !== '篇'))) return null;
  if (!items.some((i) => i[3] === '篇')) return null;
  const whole = Number(m[1]);
  const parts = items.map((i) => Number(i[1]));
  if (parts.reduce((a, b) => a + b, 0) <= whole) return null;
  return { whole, unit: '条', parts, written: items.map((i) => `${i[1]}${i[3]}`) };
}

/**
 * Since a fix of stop 38 after the measure of 1019–1048: a whole of information published with no
 * cue (`2024年小江镇主动公开信息1125条`), then, without 其中, kinds with their counts, each perhaps
 * after its verb (`更新工作动态1116条`, `公开部门预决算2条`), that make nearly all of it but not all
 * (real: 小江镇 2024, `…主动公开信息1125条,更新机构职能与领导信息2次,按要求更新规划计划栏目3条,更新
 * 工作动态1116条,公开部门预决算2条,组织1次…活动`: 1121 of 1125). A list that accounts for all but a
 * sliver of its whole is meant as all of it: the gap is a miscount. Lists with no 其中 are often
 * not the whole's parts (channels: 五华科技产业园 2022, `园区微信公众号发布信息278条,政府网站发布信息
 * 90条,…`, 271; other counts, kinds of a column), so only a list of at least `NEAR_LIST` kinds in the
 * whole's unit, no channel, no request, no period, making at least `NEAR_SHARE` of it is read (the
 * corpus's other such lists make at most 0.98 of their wholes). A kind counted in 次 (updates) is
 * left out of the sum and named.
 */
const NEAR_WHOLE =
  /^(?:(?:19|20)\d{2}年度?)?[^\d，,]*?(?:公开|发布)[^\d，,]*?(\d+)(条|件|篇|个|份|项)$/;
const NEAR_KIND =
  /^(?:按要求|及时|累计)?(?:更新|公开|发布|上传)?([^\d，,]{2,}?)(\d+)(条|件|篇|个|份|项|次)$/;
/** What no kind of a published whole is: the handling of requests. */
const NOT_A_KIND = /予以公开|不予|无法提供|处理|申请|结转/;
const NEAR_LIST = 3;
const NEAR_SHARE = 0.99;
/** `NEAR_WHOLE`'s words anywhere in a text, the check's cheap first test. */
const NEAR_WHOLE_ANYWHERE = /(?:公开|发布)[^\d，,。；;]*?\d+(?:条|件|篇|个|份|项)[，,]/;

function nearWholeList(sentence: string): Omit<PartsExcess, 'text'> | null {
  if (!commasAtLeast(sentence, NEAR_LIST) || !NEAR_WHOLE_ANYWHERE.test(sentence)) return null;
  for (const statement of sentence.replace(/[。]$/, '').split(/[；;]/)) {
    if (HAS_INTRO.test(statement)) continue;
    const segments = statement.split(/[，,]/).map((x) => x.trim());
    for (let at = 0; at < segments.length - NEAR_LIST; at += 1) {
      const whole = NEAR_WHOLE.exec(segments[at] ?? '');
      if (!whole || NOT_A_KIND.test(segments[at] ?? '')) continue;
      const parts: number[] = [];
      const times: string[] = [];
      for (const kind of segments.slice(at + 1)) {
        const m = NEAR_KIND.exec(kind);
        if (!m || CHANNEL.test(kind) || NOT_A_KIND.test(kind) || PERIOD.test(kind)) break;
        if (m[3] === whole[2]) parts.push(Number(m[2]));
        else if (m[3] === TIMES) times.push(kind);
        else break;
      }
      const total = Number(whole[1]);
      const sum = parts.reduce((a, b) => a + b, 0);
      if (parts.length >= NEAR_LIST && sum < total && sum >= total * NEAR_SHARE)
        return {
          whole: total,
          unit: whole[2] ?? '',
          parts,
          short: 'near',
          ...(times.length > 0 ? { times } : {}),
        };
    }
  }
  return null;
}

/**
 * Since a fix of stop 59 after the measure of 2396–2440: a whole of information, then after 其中 the
 * channels it went out through, each counted, one statement each to the sentence's end, that at their
 * most make less than half of it (`全面依法主动公开政府信息200余条,其中,政务网站发布47条,其中包括区级人大
 * 代表建议1条,…;通过媒体发稿20余篇`, real: 德州市陵城区投资促进局 2024: 77 at most of 200 at least): a
 * list of the channels tells where the whole went, and more than half of it is nowhere. Each statement
 * opens on a channel and its count in 条 or 篇; a clause after it only as its own kinds (其中, 包括).
 * Not a list with 等 or a rest (其他, 其余: `'rest'`'s), nor one that makes half or more (the corpus's
 * other channel lists make 60 % or more of their wholes).
 */
const CHANNELS_AFTER_WHOLE = /(?<![\d.])(\d+)(余|多)?条[，,]其中[，,：:]?([^。]+)。?$/;
const CHANNEL_NAMED = new RegExp(`${CHANNEL.source}|媒体`);
const CHANNEL_COUNTED = /(?<![\d.])(\d+)(余|多)?(?:条|篇)$/;
const OWN_KINDS = /^(?:其中|包括|含)/;
const REST_OR_SOME = /等|其他|其它|其余|约|近|超过/;
const CHANNELS_LEAST = 2;
const CHANNELS_SHARE = 0.5;

function channelsFarShort(sentence: string): Omit<PartsExcess, 'text'> | null {
  if (!sentence.includes('其中')) return null;
  const m = CHANNELS_AFTER_WHOLE.exec(sentence);
  const listed = m?.[3] ?? '';
  if (!m || REST_OR_SOME.test(listed)) return null;
  const parts: { value: number; over: boolean; written: string }[] = [];
  for (const statement of listed.split(/[；;]/)) {
    const [first = '', ...others] = statement.split(/[，,]/);
    const count = CHANNEL_COUNTED.exec(first);
    if (!count || !CHANNEL_NAMED.test(first)) return null;
    if (others.length > 0 && !OWN_KINDS.test(others[0] ?? '')) return null;
    parts.push({
      value: Number(count[1]),
      over: count[2] !== undefined,
      written: count[0],
    });
  }
  const whole = Number(m[1]);
  const most = parts.reduce((a, p) => a + p.value + (p.over ? placeOf(p.value) : 0), 0);
  if (parts.length < CHANNELS_LEAST || most >= whole * CHANNELS_SHARE) return null;
  return {
    whole,
    unit: '条',
    ...(m[2] !== undefined ? { over: true } : {}),
    parts: parts.map((p) => p.value),
    written: parts.map((p) => p.written),
    short: 'channelsFar',
  };
}

/**
 * Since a fix of stop 57 after the measure of 2306–2350: a total said of kinds named together
 * (`重大决策预公开、规划计划、决策部署落实情况信息共2条`), then those kinds counted one by one right after
 * it (`规划计划1条,决策部署落实情况6条`, real: 黄山市气象局 2023): each is a kind of the total, so none can
 * be more than it. Only kinds named word for word in the total's name, in its unit, the total
 * said with 共 (or 合计); the corpus has no other such run.
 */
const NAMED_TOTAL =
  /(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,16}、)+[\u4e00-\u9fff]{2,16}?)(?:等)?(?:信息|类)?(?:共计?|合计)(\d+)(条|件|篇|项|个)[，,；;]/g;
const NAMED_KIND_COUNT = /^([\u4e00-\u9fff]{2,16}?)(?:信息|类)?(\d+)(条|件|篇|项|个)$/;

function namedKindOverTotal(sentence: string): Omit<PartsExcess, 'text'> | null {
  if (!sentence.includes('、') || !sentence.includes('共')) return null;
  for (const m of sentence.matchAll(NAMED_TOTAL)) {
    const names = new Set((m[1] ?? '').split('、'));
    const total = Number(m[2]);
    const unit = m[3] ?? '';
    const after = sentence.slice((m.index ?? 0) + m[0].length).split(/[，,；;。]/);
    for (const segment of after) {
      const kind = NAMED_KIND_COUNT.exec(segment.trim());
      if (!kind || !names.has(kind[1] ?? '') || kind[3] !== unit) break;
      const value = Number(kind[2]);
      if (value > total)
        return {
          whole: total,
          unit,
          parts: [value],
          namedOver: { total: m[0].slice(0, -1), kind: segment.trim() },
        };
    }
  }
  return null;
}

/**
 * A count, then in brackets the counts of its own kinds (`经济发展栏目4篇,(部门计划2篇,招商政策6篇,项目
 * 推介7篇共计35个项目)`, real: 雁塔区投资合作局 2020, 15 of 4): a bracket after a count holds that
 * count's parts or a note on it (`工作动态信息292条(省局动态197条、市县动态95条)`, 海南省地震局 2024;
 * `(含采购公告公示16条)`), so two or more counts in its unit there, named kinds, cannot add up to
 * more than it. A count the bracket says as a total (`共计15篇`) is no part.
 */
/*
 * Since a fix of stop 49 after the measure of 1769–1813: a bracket the text is cut inside (`公布服务
 * 信息26条(权益维护8条,…,英烈褒扬5条`, real: 平凉市退役军人事务局 2023, its page cut there) is read too:
 * the parts already printed (34) cannot be more than their whole, whatever followed them.
 */
const BRACKET_AFTER_COUNT =
  /(?<![\d.])(\d+)(条|件|篇|个|份|项)[，,]?[（(]([^（()）]{4,80})([）)]|$)/g;
const TOTAL_BEFORE_ITEM = /(?:共|合计|总计|累计|总数)[^\d，,、；;]{0,6}$/;
/**
 * Since a fix of stop 49 after the measure of 1769–1813: a closed bracket that names four kinds or
 * more, each with its count in the whole's unit and nothing else, says it is the whole's breakdown
 * (`公布公开信息41条(通知公告15条,政策解读17条,党建工作2条,建议提案1条,预算决算及“三公”经费4条,政府公开
 * 年报1条)`, real: 平凉市退役军人事务局 2023, 40 of 41): less than the whole is a slip too. Not with a
 * word saying only some are named (`等`, `主要`, `如`, `含`), nor when the kinds leave most of the
 * whole uncounted (a few examples, not a breakdown).
 */
const SOME_NAMED = /等|主要|如|含|包括|其中|以及|另有|其余|其他|其它/;
const BREAKDOWN_KINDS = 4;
const BREAKDOWN_SHARE = 0.8;

/** What `BRACKET_AFTER_COUNT` needs, without its lookbehind and groups: a first test. */
const COUNT_THEN_BRACKET = /\d[条件篇个份项][，,]?[（(]/;

/** The counts of a bracket's named kinds in `unit`, and whether every segment is one. */
function bracketKinds(inside: string, unit: string): { parts: number[]; allKinds: boolean } | null {
  const parts: number[] = [];
  let allKinds = true;
  for (const segment of inside.split(/[，,、；;]/)) {
    const items = itemsOf(segment);
    const [item] = items;
    if (!item || item.unit !== unit || items.length > 1) {
      allKinds = false;
      if (!item || item.unit !== unit) continue;
    }
    if (item.vague || item.over || !/^[^\d]{2,}\d/.test(segment)) return null;
    if (TOTAL_BEFORE_ITEM.test(segment.slice(0, segment.indexOf(String(item.value))))) {
      allKinds = false;
      continue;
    }
    parts.push(item.value);
  }
  return { parts, allKinds };
}

/** A closed bracket of every kind of its whole, adding up to less than it (see `SOME_NAMED`). */
const breakdownShort = (
  inside: string,
  closed: boolean,
  kinds: { parts: readonly number[]; allKinds: boolean },
  whole: number,
): boolean => {
  const sum = kinds.parts.reduce((a, b) => a + b, 0);
  return (
    closed &&
    kinds.allKinds &&
    kinds.parts.length >= BREAKDOWN_KINDS &&
    sum < whole &&
    sum >= whole * BREAKDOWN_SHARE &&
    !SOME_NAMED.test(inside)
  );
};

function bracketedParts(sentence: string): Omit<PartsExcess, 'text'> | null {
  if (!COUNT_THEN_BRACKET.test(sentence)) return null;
  let short: Omit<PartsExcess, 'text'> | null = null;
  // An `exec` loop: `matchAll` copies the expression at every call.
  BRACKET_AFTER_COUNT.lastIndex = 0;
  for (
    let m = BRACKET_AFTER_COUNT.exec(sentence);
    m !== null;
    m = BRACKET_AFTER_COUNT.exec(sentence)
  ) {
    const whole = Number(m[1]);
    const unit = m[2] ?? '';
    const inside = m[3] ?? '';
    const kinds = bracketKinds(inside, unit);
    if (!kinds) return short;
    const { parts } = kinds;
    const name = /[^，,；;：:、（(）)\d]{0,8}$/.exec(sentence.slice(0, m.index))?.[0] ?? '';
    if (parts.length >= 2 && parts.reduce((a, b) => a + b, 0) > whole)
      return { whole, unit, parts, bracket: `${name}${whole}${unit}` };
    if (!short && breakdownShort(inside, m[4] !== '', kinds, whole))
      short = { whole, unit, parts, bracket: `${name}${whole}${unit}`, short: 'list' };
  }
  return short;
}

/**
 * A note in brackets right after a count, right before a list's introducer (real: 景德镇高新区 2019,
 * `主动公开政务信息共计437条(不同渠道和方式公开相同信息计1条),其中,…`): what is said before it, with
 * the separator after it, and whether it says one piece of information is counted once whatever
 * the channels it went out through (`相同信息计1条`, `不重复计算`).
 */
const NOTE_AT_END = /[（(]([^（()）]{2,40})[）)]([，,：:]?)$/;
const COUNT_AT_END = /\d(?:人次|条|件|篇|个|份|项|期|场|宗)$/;
const COUNTED_ONCE = /相同|重复/;

function noteAfterCount(said: string): { before: string; once: boolean } | null {
  // Most lists' wholes have no bracket after them: one look at the end.
  if (!/[）)][，,：:]?$/.test(said)) return null;
  const note = NOTE_AT_END.exec(said);
  if (!note || !COUNT_AT_END.test(said.slice(0, note.index))) return null;
  return {
    before: `${said.slice(0, note.index)}${note[2] ?? ''}`,
    once: COUNTED_ONCE.test(note[1] ?? ''),
  };
}

/**
 * Since a fix of stop 53 after the measure of 2081–2125: a clause of the whole's share or rate
 * between the whole and its `其中` (real: 彩云镇 2022, `共公开政府信息177条,完成市级下达任务数120条的
 * 147.5%,其中动态类信息94条、…`, 157 of 177; 南城街道 2021, `…183条,占全部公开信息的38.5%,其中…`): a
 * remark on the whole, which the list still follows. A target's count inside it (`任务数120条`) is
 * no whole of the list.
 */
const SHARE_REMARK_AT_END =
  /(?<=\d(?:人次|条|件|篇|个|份|项|期|场|宗))[，,][^\d，,；;。：:]{1,16}(?:\d+(?:条|件|篇|个|份|项)[^\d，,；;。：:]{0,3})?\d+(?:\.\d+)?%([，,：:]?)$/;

function withoutShareRemark(said: string): string {
  // Most wholes have no share after them: one look at the end.
  if (!/%[，,：:]?$/.test(said)) return said;
  const remark = SHARE_REMARK_AT_END.exec(said);
  return remark ? `${said.slice(0, remark.index)}${remark[1] ?? ''}` : said;
}

/** How a text that was not cut short ends: a sentence's end, or a closing bracket or quote. */
const ENDERS = '。！？!?；;.…）)”"』」';
/**
 * Whether a text ends as `ENDERS` say, white space after it allowed. Since a fix of stop 35 after
 * the measure of the per-check sum: an expression ending in `\s*$` is tried at every stop of the
 * text (8 of the check's 63 ms in a CPU profile of the bench's per-check table); the text's last character read
 * after `trimEnd` (the same white space as `\s`) is the same answer.
 */
function ended(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed !== '' && ENDERS.includes(trimmed.charAt(trimmed.length - 1));
}

/**
 * Since a fix of stop 70 after the measure of 2891–2935: kinds in commas, no `其中`, the last the rest said
 * with a total's word and larger than all the kinds before it (`累计公开政策文件51条,计划规划40条,…,行政处罚59条,
 * 其他类累计信息共计 844 条`, real: 2931 大冶市自然资源和规划局 2023, eight kinds adding to 830): if the count
 * is the total, the kinds do not make it; if it is the rest's, no total is said. Either way the reader cannot
 * tell, so it is told as a doubt. At least three kinds in the rest's unit, each a name and a count, the
 * first after the verb that opens the list; not when the rest is less than they (then it is the rest's).
 */
const REST_AS_TOTAL =
  /^(?:其他|其它|其余)[^\d，,；;]{0,12}?(?:共计|合计|总计)\s*(\d+)\s*(条|件|篇|个|份|项)$/;
const REST_AS_TOTAL_ANYWHERE = /(?:其他|其它|其余)[^\d，,；;。]{0,12}?(?:共计|合计|总计)\s*\d/;
const KINDS_OF_REST = 3;
const OPENING_KIND = /(?:公开|发布)[^\d，,]{2,16}?(\d+)(条|件|篇|个|份|项)$/;
function restSaidAsTotal(sentence: string): Omit<PartsExcess, 'text'> | null {
  if (!REST_AS_TOTAL_ANYWHERE.test(sentence)) return null;
  for (const statement of sentence.replace(/[。]$/, '').split(/[；;]/)) {
    if (HAS_INTRO.test(statement)) continue;
    const segments = statement.split(/[，,]/).map((x) => x.trim());
    const last = segments[segments.length - 1] ?? '';
    const rest = REST_AS_TOTAL.exec(last);
    if (!rest) continue;
    const unit = rest[2] ?? '';
    const kinds: number[] = [];
    for (let i = segments.length - 2; i >= 0; i -= 1) {
      const kind = segments[i] ?? '';
      if (REQUESTS.test(kind)) break;
      // The first kind follows the verb that opens the list (`…累计公开政策文件51条`): none before it.
      const opening = OPENING_KIND.exec(kind);
      if (opening) {
        if (opening[2] === unit) kinds.unshift(Number(opening[1]));
        break;
      }
      const count = KIND_PART.exec(kind);
      if (!count || count[2] || count[4] !== unit || PERIOD.test(count[1] ?? '')) break;
      kinds.unshift(Number(count[3]));
    }
    const total = Number(rest[1]);
    const sum = kinds.reduce((a, b) => a + b, 0);
    if (kinds.length < KINDS_OF_REST || sum >= total) continue;
    return { whole: total, unit, parts: kinds, restOrTotal: last.replace(/\s+/g, '') };
  }
  return null;
}

/** Lists whose parts add up to more than the whole stated right before them. */
/** A sentence as `partsExceedingWhole` reads it, with what it reads in that sentence alone. */
interface PartsSentence {
  /** Quotations masked, bracketed counts unwrapped. */
  readonly text: string;
  readonly listed: Omit<PartsExcess, 'text'> | null;
  /** Whether it introduces a list (`其中`, `包括`…). */
  readonly intro: boolean;
  /** `restatedList`, read only in a sentence that introduces none. */
  readonly restated: Omit<PartsExcess, 'text'> | null;
}

/**
 * The sentences' own readings, paragraph by paragraph (sentences end at line breaks): an edit
 * of the last paragraph reads only its sentences again.
 */
const partsSentences = perParagraph((_, analysed): PartsSentence[] => {
  // Asked of the text once, not of each sentence (issue 17): a sentence has a quotation mark or a
  // bracket only if its text has one.
  const compact = compactText(analysed);
  const quoted = compact.includes('《') || compact.includes('“');
  const bracketed = compact.includes('(') || compact.includes('（');
  return compactSentences(analysed).map((s) => {
    const masked = quoted ? maskQuoted(s) : s;
    // A count in brackets needs a bracket: most sentences have none, and are not copied.
    const text =
      bracketed && (s.includes('(') || s.includes('（'))
        ? masked.replace(BRACKETED_COUNT, '$1')
        : masked;
    const intro = HAS_INTRO.test(text);
    return {
      text,
      listed:
        unintroducedList(text) ??
        bracketedParts(text) ??
        nearWholeList(text) ??
        articlesOverWhole(text) ??
        namedKindOverTotal(text) ??
        channelsFarShort(text) ??
        restSaidAsTotal(text),
      intro,
      restated: intro ? null : restatedList(text),
    };
  });
});

/**
 * Since a fix of stop 60 after the measure of 2441–2485: a whole in 条次 (items counted once for each
 * channel they went out on) whose parts are the channels' counts in 条 (`向社会公开各类政府信息732余条次,
 * 其中:通过政府网站公开各类政府信息635条,上报县政府网站政府信息119条`, real: 2482 陇县财政局 2021, 754 of 732余):
 * each channel's items are the 条次 it adds, so the parts are read in the whole's unit. Only where the
 * list's first count is in 条.
 */
const ITEM_TIMES = '条次';
const firstUnitOf = (list: string): string | undefined => itemsOf(list)[0]?.unit;

/**
 * Since a fix of stop 61 after the measure of 2486–2530: a whole of information counted in 篇 whose
 * parts are all counted in 条 (`共在开江县人民政府门户网站发布政务信息94篇。其中更新…数据26条,发布政府动态信息
 * 48条,…政府信息公开报告1条`, real: 开江县任市镇 2020, 82 of 94): the same pieces of information in another
 * word, so the parts are read in the whole's unit. Only a whole said of 信息 (not articles in the press,
 * `刊发稿件1592篇`), and a list with no count in any other unit.
 */
const ARTICLES = '篇';
/** A part of information counted in 篇 (`…微信公众号发布信息293篇`). */
const INFO_ARTICLES_PART = /信息\d+篇$/;
const INFO_IN_ARTICLES = /信息(?:共计?)?\d+篇[，,：:]?$/;
function articlesAsItems(whole: Whole, before: string, list: string): boolean {
  if (whole.unit !== ARTICLES || !INFO_IN_ARTICLES.test(before)) return false;
  const items = itemsOf(list);
  return items.length >= 2 && items.every((i) => i.unit === '条');
}

export const partsExceedingWhole: (text: string | AnalysedText) => readonly PartsExcess[] = perText(
  (_, analysed) => {
    const out: PartsExcess[] = [];
    const read = partsSentences(analysed);
    const list = read.map((s) => s.text);
    // A text that stops inside its last sentence (a page cut short: real, 楚雄市鹿城街道 2025's
    // `…具体包括:政府信息公开制度1条、…重大行政决策目录2`): that sentence's list may go on.
    const cutShort = !ended(compactText(analysed));
    list.forEach((sentence, k) => {
      const local = read[k];
      const listed = local?.listed ?? null;
      if (listed) out.push({ ...listed, text: sentence });
      const colonOver = local?.intro === true ? colonListPartOver(list, k) : null;
      if (colonOver) out.push({ ...colonOver, text: sentence });
      const siteWhole = local?.intro === true ? siteAsWhole(sentence, list[k - 1]) : null;
      if (siteWhole) out.push({ ...siteWhole, text: sentence });
      if (local?.intro !== true) {
        const restated =
          local?.restated ??
          channelParts(sentence, list[k - 1]) ??
          kindsOverWhole(sentence, list[k - 1]);
        if (restated) out.push({ ...restated, text: sentence });
        return;
      }
      for (const m of sentence.matchAll(INTRO)) {
        const said = sentence.slice(0, m.index);
        const misplaced = m[0].startsWith('其中')
          ? partsInOtherUnit(said, sentence.slice(m.index + m[0].length))
          : null;
        if (misplaced) {
          out.push({ ...misplaced, text: sentence });
          continue;
        }
        // A note in brackets right after the whole is not part of the sentence's counts.
        const note = noteAfterCount(said);
        const before = withoutShareRemark(note ? note.before : said);
        let whole: Whole | null = null;
        if (
          before.trim() === '' ||
          (CONTENT_INTRO.test(m[0]) && CONTENT_OF_WHOLE.test(before.trim()))
        ) {
          // `…共计发布信息183条。其中，…`: the previous sentence states the whole alone.
          whole = wholeBeforeList(list, k);
        } else {
          const span = before.includes('个') ? SPAN_AFTER_WHOLE.exec(before) : null;
          const countSaid = span ? before.slice(0, span.index) : before;
          const w = WHOLE_BEFORE.exec(countSaid);
          const lead = w ? countSaid.slice(0, w.index) : '';
          const clause = CLAUSE_START.exec(lead)?.[0] ?? '';
          // One count in the clause (`行政复议6件和行政诉讼3件，其中…`: parts of which?).
          // The only count of the sentence before the list is the whole it is said of (real:
          // 勉县 2023, `全县通过县政府网站主动公开政府信息4042条,其中…1495条,…2918条`).
          // So is the only count after the last semicolon (real: 清水县教育局 2023, `…公开工作信息104
          // 条,…;通过…子站向社会公布各类政府信息115条,其中包括:…`).
          if (w && !APPROXIMATE_BEFORE.test(lead) && itemsOf(clause).length === 0)
            whole = wholeOf(
              w,
              TOTAL_CUE.test(clause) ||
                m[0].startsWith('包括') ||
                m[0].startsWith('包含') ||
                itemsOf(before).length === 1 ||
                itemsOf(STATEMENT_START.exec(before)?.[0] ?? '').length === 1 ||
                onlyInItsUnit(STATEMENT_START.exec(before)?.[0] ?? '', w[3] ?? ''),
            );
          // A count of times (`解读政策文件、法律法规82次,其中…`), the only count of the sentence
          // before the list: read only as the whole of a list in several record units (`mixedParts`).
          const times = w ? null : TIMES_BEFORE.exec(before);
          if (times && itemsOf(before).length === 0 && (before.match(/\d次/g) ?? []).length === 1)
            whole = { value: Number(times[1]), unit: TIMES, over: false, cued: true };
        }
        if (!whole) continue;
        if (whole.unit === ITEM_TIMES) {
          if (firstUnitOf(sentence.slice(m.index + m[0].length)) !== '条') continue;
          whole = { ...whole, unit: '条' };
        }
        const wholeSaid = before.trim() === '' ? (list[k - 1] ?? '').replace(/。$/, '') : before;
        const wholeUnit = articlesAsItems(whole, wholeSaid, sentence.slice(m.index + m[0].length))
          ? ARTICLES
          : undefined;
        if (wholeUnit) whole = { ...whole, unit: '条' };
        const wholeMax = whole.over ? whole.value + placeOf(whole.value) : whole.value;
        const rest = sentence
          .slice(m.index + m[0].length)
          .replace(PART_OF_PART, '')
          .replace(CHANGE_AFTER_PART, '');
        // A nested `其中` opens a list of one part's parts: the outer list ends there.
        let own = rest.split(NESTED_INTRO)[0] ?? '';
        // Since a fix of stop 41 after the measure of 1319–1333: a list opened in a bracket right
        // after its whole ends at the bracket's close (real: 中和镇 2025, `动态信息161条(其中链接114
        // 条、文字信息47条),领导信息13条,重大民生信息16条`: the kinds after it are not parts of 161).
        if (OPEN_BRACKET_END.test(before)) own = insideBracket(own);
        // Since a fix of stop 40 after the measure of 1259–1273: one part's own parts after `包含`
        // right after its count, up to a semicolon (real: 广汉市应急管理局 2021, `352条,其中:政策文件类
        // 公开207条,包含…其他类文件97条;工作动态公开145条;2020年政府信息工作报告1条`): the outer list
        // goes on after the semicolon, that part counted once.
        const nested = NESTED_INTRO.exec(rest);
        if (nested?.[0] === '包含' && COUNT_THEN_COMMA.test(own)) {
          const semicolon = rest.slice(nested.index).search(/[；;]/);
          if (semicolon >= 0)
            own = own.replace(/[，,]$/, '') + rest.slice(nested.index + semicolon);
        } else if (nested && COUNT_THEN_COMMA.test(own) && channelThenKinds(own, nested[0])) {
          own = channelsAfterKinds(own, rest.slice(nested.index));
        }
        const lost: string[] = [];
        // A count read without its unit at a segment's end (`…信息共1223,`): it tells only parts
        // adding to more than the whole (real: 四川省地方志办 2021, `…,财务预决算信息6,人事信息5条,
        // …,四川要闻52期`: the list read short of its whole would go on in another unit).
        let unitAtEnd = false;
        // The last part's count run on into the next area of 总体情况, unit and full stop lost
        // (real: 威远县乡村振兴局 2021, `…公示公告23条、预决算公开2依申请公开1无行政复议…`): the list
        // ends with that count, in the whole's unit.
        const runOn = AREA_RUN_ON.exec(own);
        if (runOn) {
          lost.push(runOn[1] ?? '');
          own = `${own.slice(0, runOn.index + (runOn[1] ?? '').length)}${whole.unit}`;
        }
        const parts: Item[] = [];
        let usable = true;
        let endsWithRest = false;
        let toTheEnd = true;
        let listed = '';
        const pieces = own.split(SEGMENT).flatMap((piece, i) => {
          const split = i % 2 === 0 ? lostUnit(piece, whole.unit) : null;
          if (!split) return [piece];
          lost.push(split.value);
          if (split.atEnd) unitAtEnd = true;
          return split.rest === '' ? [split.part] : [split.part, '，', split.rest];
        });
        // How the list joins its items: `、` inside its first segment, or the first separator.
        let joiner: string | null = null;
        // Kinds in another word for a piece read past (`政府工作报告类2份`), their sum.
        let otherUnitSum = 0;
        // Where the kinds end, with the rest among them (`moreKindsToTheRest`), once read.
        let restEnds: number | null = null;
        // A kind after those that make the whole, larger than it alone (`lastKindOver`).
        let kindOverAfter: string | null = null;
        // Since a fix of stop 46 after the measure of 1574–1633: the list's own words when its kinds,
        // joined by `、`, end at a clause of other work counted in another unit, the sentence counting
        // nothing more in the whole's (real: 播州区 2023, `文件共36个,其中府任13个、…行政规范性文件7个,
        // 发布…公报4期,…以文字、图片、视频等形式解读政策文件19次`, 34 of 36): a 等 in that later work
        // leaves the kinds listed before it no less all of the whole. Not kinds in commas, which may
        // be some of many (real: 鄂州市政府办 2022, `17798条,其中概况类信息182条,…政民互动信息346条,
        // 发布征集调查12期,…专栏信息发布3519条`).
        let listRead = own;
        const sumOf = (items: readonly Item[]) => items.reduce((a, b) => a + b.value, 0);
        for (let i = 0; i < pieces.length; i += 2) {
          const segment = pieces[i] ?? '';
          const separator = pieces[i + 1] ?? '';
          const next = pieces[i + 2] ?? '';
          if (restEnds !== null && i >= restEnds) {
            toTheEnd = false;
            break;
          }
          if (segment === '' || PERCENT_ONLY.test(segment)) continue;
          // Since a fix of stop 47 after the measure of 1634–1678: a semicolon, then the requests
          // (`主动公开政府信息21条,其中,规章文件4条,…其他文件4条,…年度报告1条;按照依申请公开的受理、…
          // 程序,累计办理依申请公开信息0条`, real: 合水镇 2024, 14 of 21): the sentence turns from what
          // was published to what was asked for, another whole; the kinds before it are the list to
          // its end.
          if (
            i > 0 &&
            parts.length > 0 &&
            /[；;]/.test(pieces[i - 1] ?? '') &&
            REQUESTS_TURN.test(segment.trim()) &&
            !REQUESTS_TURN.test(before)
          )
            break;
          // A semicolon, then a verb of work done (`…其中采用5条;发布工作动态32条,…`, real: 开阳县统计局
          // 2023): a new statement with its own counts; the parts of `其中` end at the semicolon.
          if (i > 0 && /[；;]/.test(pieces[i - 1] ?? '') && WORK_VERB.test(segment.trim())) {
            toTheEnd = false;
            break;
          }
          const items = itemsOf(segment);
          // Since a fix of stop 48 after the measure of 1679–1723: a part as large as the whole, its
          // share said next (`我委备案公文175件,其中规范性文件1件,主动公开175件,主动公开率100%`, real:
          // 普陀区卫生健康委 2023): all of the whole made public, a share of it, not a part beside the
          // others; the parts end before it.
          if (
            parts.length > 0 &&
            SHARE_NEXT.test(next) &&
            items.length === 1 &&
            items[0]?.value === whole.value &&
            items[0]?.unit === whole.unit
          ) {
            toTheEnd = false;
            break;
          }
          if (
            items.length === 0 &&
            parts.length > 0 &&
            READ_COUNT.test(segment.trim()) &&
            /^[，,]$/.test(separator) &&
            itemsOf(next).length > 0
          )
            continue;
          if (items.length === 0) {
            // Since a fix of stop 35 after the measure of 719–748: a closing word on the work, no
            // count after it, ends the list at its sentence's end (real: 大东坝镇 2021, `主动公开政府
            // 信息达18条,其中机构设置1条,…法治政府工作报告6条,较好地完成了信息工作目标任务`).
            if (!(
              i > 0 &&
              CLOSING_WORD.test(segment.trim()) &&
              !/\d/.test(pieces.slice(i).join(''))
            ))
              toTheEnd = false;
            break;
          }
          if (items.some((i) => i.vague)) {
            usable = false;
            break;
          }
          // Counted in another unit (`…行政执法类公示3件,发布政策解读信息6份,…征集意见3次`): other
          // work the sentence goes on to, not parts of the whole; its parts end here (real:
          // 清远市农业农村局 2021, `全年公开各类文件991件,其中` six kinds of 件 adding to 181).
          // One kind counted in another word for a piece (`政策文件4个、文件解读2条、…`: real, 威远县
          // 乡村振兴局 2021) is one of them.
          // Only among kinds in the whole's unit joined by `、` (a list starting `政策解读6份,` in
          // commas says nothing of whose parts its own are).
          const piece =
            PIECES.has(whole.unit) &&
            items.every((i) => PIECES.has(i.unit)) &&
            items.some((i) => i.unit === whole.unit) &&
            segment
              .split('、')
              .every((x) => NAMED_PART.test(x) && !WORK_VERB.test(x) && !CHANNEL.test(x));
          // A count in another unit beside one in the whole's ends the list too, once parts were
          // read (real: 庆阳市外事办 2020, `全年报送发布信息23条,其中` four channels adding to 31, then
          // `“庆阳外事”微信订阅号发布信息54期97条`): the parts before it stand as they would alone.
          // Since a fix of stop 38 after the measure of 1079–1108: one kind counted in another word
          // for a piece between kinds in the whole's unit joined by commas (real: 番禺区大石街道
          // 2021, `主动公开政府信息830条,其中政府文件类78条,政务动态类696条,财政预决算类31条,政府工作
          // 报告类2份,其他信息23条`, 830 with it) is one of them too: counted, the list read past it.
          const between =
            !piece &&
            parts.length > 0 &&
            PIECES.has(whole.unit) &&
            items.length === 1 &&
            PIECES.has(items[0]?.unit ?? '') &&
            items[0]?.unit !== whole.unit &&
            /^[，,]$/.test(separator) &&
            isKindIn(segment.trim(), items[0]?.unit ?? '') &&
            isKindIn(next.trim().replace(/[。]$/, ''), whole.unit);
          if (between) otherUnitSum += items[0]?.value ?? 0;
          // Since a fix of stop 48 after the measure of 1679–1723: a kind of information counted in
          // another word for a piece (`主动公开政府信息104条,其中公文类信息90份,非公文类信息48份`, real:
          // 柴桑区人民政府办公室 2023, 138 of 104): items of information, as the whole's are.
          const infoPiece =
            PIECES.has(whole.unit) &&
            items.length === 1 &&
            PIECES.has(items[0]?.unit ?? '') &&
            INFO_KIND_PART.test(segment.trim());
          // Since a fix of stop 69 after the measure of 2846–2890: a channel's information counted in 篇
          // after kinds in 条, alone taking the parts past the whole (`全年累计主动公开政府信息162条。其中,乡镇
          // 文件公开41条,通过“…”微信公众号发布信息293篇`, real: 2868 融安县大坡乡 2024): pieces of information
          // in another word, as a whole in 篇 with parts in 条 (`articlesAsItems`); more than the whole
          // whatever else the list holds. Not articles in the press (`刊发稿件…篇`): 信息 named.
          const articlesOver =
            whole.unit === '条' &&
            parts.length > 0 &&
            items.length === 1 &&
            items[0]?.unit === ARTICLES &&
            !items[0].over &&
            INFO_ARTICLES_PART.test(segment.trim()) &&
            sumOf(parts) + (items[0]?.value ?? 0) > wholeMax;
          if (
            items.some((i) => i.unit !== whole.unit) &&
            !piece &&
            !between &&
            !infoPiece &&
            !articlesOver
          ) {
            if (parts.length === 0) usable = false;
            else if (items.some((i) => i.unit === whole.unit)) toTheEnd = false;
            else if (otherUnitSum > 0 && isMoreKindsInOtherPiece(segment, items)) toTheEnd = false;
            else if (
              joiner === '、' &&
              WORK_VERB.test(segment.trim()) &&
              !itemsOf(pieces.slice(i).join('')).some((x) => x.unit === whole.unit)
            )
              listRead = pieces.slice(0, i).join('');
            break;
          }
          parts.push(...items);
          listed += segment;
          joiner ??= items.length > 1 ? '、' : separator;
          // The parts make the whole: what follows (`；政府信息公开行政诉讼46件，其中…`) is not one.
          // One part equal to the whole makes it only when the list does not go on with `以及`
          // (real: 北街街道 2025, `内容1条,包括机构概况1条,以及…信息2条`).
          const least = sumOf(parts);
          const most = parts.reduce((a, b) => a + maxOf(b), 0);
          // Since a fix of stop 69 after the measure of 2846–2890: a whole of none is not made by a
          // part of none (`主动公开信息0条,期中市政务公开网0条,微信公众号发布文章、信息360条`, real: 2856
          // 南岗区 2023): the parts after it, if any counts, are still parts of nothing.
          // Since a fix of stop 70 after the measure of 2891–2935: channels closed by the rest of the
          // channels (`主动公开信息总数560条,其中政府网站公开政府信息数268条,其他方式公开政府信息数292条,规范性文件数
          // 1条`, real: 2928 义乌市交通运输局 2024): every channel counted, the whole is made; a kind after
          // them (`规范性文件`) is among what they published, not one more channel.
          if (
            parts.length >= 2 &&
            least <= wholeMax &&
            most >= whole.value &&
            OTHER_CHANNELS.test(segment.trim())
          )
            break;
          if (
            least <= wholeMax &&
            most >= whole.value &&
            whole.value > 0 &&
            !(parts.length === 1 && /^(?:以及|及|还有)/.test(next)) &&
            !moreKindsToTheEnd(pieces.slice(i + 1), whole.unit, wholeMax, joiner)
          ) {
            const kindsToRest: number | null =
              restEnds === null && joiner !== '、'
                ? (moreKindsToTheRest(pieces.slice(i + 1), whole.unit, wholeMax) ??
                  (parts.length === 1
                    ? moreKindsToAChannel(pieces.slice(i + 1), whole.unit, wholeMax)
                    : null))
                : null;
            if (kindsToRest === null) {
              if (whole.cued && !whole.over && joiner === '、' && !endsWithRestNow(segment, items))
                kindOverAfter = lastKindOver(pieces.slice(i + 1), whole.unit, wholeMax);
              break;
            }
            restEnds = i + 1 + kindsToRest;
          }
          // The rest of the whole, one count (`其他信息共计2004条`), when the list ends with it
          // (`其他文件共1条；工作动态共1条…` is a kind among others).
          endsWithRest =
            CATCH_ALL.test(segment) &&
            items.length === 1 &&
            !isRestOfASiblingKind(segment, listed.slice(0, -segment.length));
          // The rest, then a semicolon: the list ends with it (real: 如东县 巨镇 2025, `发布信息31条,
          // 其中镇(区)概况栏目17条,…,其他栏目2条;通过单位微信公众号公开信息190条`, 29 of 31, the
          // channel after the semicolon another part of the outer whole). Not in a list joined by
          // semicolons, where `其他文件共1条；工作动态共1条` is a kind among others (real: 平潭 财政
          // 金融局 2020).
          if (endsWithRest && /[；;]/.test(separator) && !/[；;]/.test(joiner ?? '；')) {
            toTheEnd = false;
            break;
          }
          // A list of items joined by `、` ends at a semicolon: what follows is another statement
          // (real: 清水县教育局 2023, `…、监管信息5条;通过甘肃政务服务网…公布…25条`); a list
          // joined by commas may go on after one (real: 平潭 财政金融局 2024, `…5条，…1条；…7条`).
          if (
            /[；;]/.test(separator) &&
            joiner === '、' &&
            !restOfListAfterSemicolon(pieces.slice(i + 2), whole.unit)
          ) {
            toTheEnd = false;
            break;
          }
        }
        // A list cut by a full stop before its last kinds (real: 朝外街道 2025, `全年共发布212条,其中
        // 财政决算(部门)2条,行政处罚信息51条,对外宣传类信息97条(基层动态)。通知公告类46条。`): the
        // sentences after it that are each one more kind (`continuedKinds`), while still within it.
        let after = k + 1;
        if (usable && toTheEnd && parts.length >= 2 && !/等/.test(own))
          for (let more = continuedKind(list[after], whole.unit); more;) {
            if (sumOf(parts) + more.value > wholeMax) break;
            parts.push(more);
            after += 1;
            more = continuedKind(list[after], whole.unit);
          }
        const found = {
          whole: whole.value,
          unit: whole.unit,
          ...(wholeUnit ? { wholeUnit } : {}),
          ...(whole.over ? { over: true } : {}),
          ...(lost.length > 0 ? { lostUnit: lost } : {}),
          text: sentence,
        };
        const written = (items: readonly Item[]) =>
          items.some((p) => p.over || p.unit !== whole.unit)
            ? { written: items.map((p) => `${p.value}${p.over ? '余' : ''}${p.unit}`) }
            : {};
        // A `其中` list of records counted in several units, to the end of its sentence, adding up
        // to more than the whole whatever each unit counts (real: 民和县教育局 2023).
        // Only when the whole's unit alone makes less than it, and no semicolon ends the list
        // (`…其他栏目信息1194条;收到…申请65件`: another statement).
        const mixed =
          whole.cued && MIXED_INTRO.test(m[0]) && sumOf(parts) < whole.value && !/[；;]/.test(own)
            ? mixedParts(own, whole.unit, wholeMax)
            : null;
        if (mixed && sumOf(mixed) > wholeMax) {
          out.push({ ...found, parts: mixed.map((p) => p.value), ...written(mixed) });
          continue;
        }
        if (!usable) continue;
        if (kindOverAfter !== null && parts.every((p) => !p.over && p.unit === whole.unit)) {
          const count = COUNT_OF_PART.exec(kindOverAfter)?.[0] ?? '';
          // The kind as printed, its quotation unmasked (`“双公示”`): same length, same place.
          const printed = compactSentences(analysed)[k] ?? '';
          const at = sentence.indexOf(kindOverAfter);
          out.push({
            ...found,
            parts: [Number(count.replace(/\D+$/, ''))],
            listOver:
              at >= 0 && printed.length === sentence.length
                ? printed
                    .slice(at, at + kindOverAfter.length)
                    .replace(/“/g, '‘')
                    .replace(/”/g, '’')
                : kindOverAfter,
          });
          continue;
        }
        // Since a fix of stop 41 after the measure of 1274–1288: one part alone larger than the
        // whole said as one before `其中` (real: 桐梓县 2019, `公布网上服务事项108项,其中行政许可191项、
        // 行政处…`, the page cut short after it): no part of a whole can be more than all of it,
        // whatever the parts after it. Exact counts in the whole's unit only.
        if (parts.length === 1) {
          const [only] = parts;
          if (
            only &&
            before.trim() !== '' &&
            !before.includes('结转') &&
            whole.cued &&
            !whole.over &&
            !only.over &&
            only.unit === whole.unit &&
            only.value > wholeMax
          )
            out.push({
              ...found,
              parts: [only.value],
              listOver: ONE_PART_NAMED.exec(listed.trim())?.[0] ?? `${only.value}${only.unit}`,
            });
          continue;
        }
        const least = sumOf(parts);
        const most = parts.reduce((a, b) => a + maxOf(b), 0);
        // Units mixed: the whole fits the parts with or without those in the other word.
        // Since a fix of stop 61 after the measure of 2486–2530: each sum on its own, not the span
        // between them (real: 乌恰县吾合沙鲁乡 2021, `共公开信息16条,其中:领导信息5条,便民政策6条,文件5份,向社会
        // 公布财政预决算2条`: 13 without the 份, 18 with them, neither 16).
        if (
          otherUnitSum > 0 &&
          ((least <= wholeMax && most >= whole.value) ||
            (least - otherUnitSum <= wholeMax && most - otherUnitSum >= whole.value))
        )
          continue;
        const values = parts.map((p) => p.value);
        const repeated = least !== whole.value ? repeatedPart(own) : undefined;
        if (repeated) {
          out.push({ ...found, parts: values, ...written(parts), repeated });
          continue;
        }
        // The whole counts what went out through several channels once (`共计437条(不同渠道和
        // 方式公开相同信息计1条),其中`): the channels may add up to more, but none alone can.
        if (note?.once) {
          const over = parts.find((p) => p.value > wholeMax);
          if (over && whole.cued && !over.over && !whole.over)
            out.push({ ...found, parts: values, ...written(parts), partOver: over.value });
          continue;
        }
        if (unitAtEnd && least <= wholeMax) continue;
        // Without a total's word (`收到申请59件,上年度结转办理2件,其中…`) the count before
        // `其中` may be the last of several; a list ending with the rest is still all of it.
        if (least > wholeMax && whole.cued) {
          // `共收到37件,其中33件已办结,答复27件,主动撤回6件`: 33 and its own parts, not 66 of 37.
          if (
            !nestedFits(parts, wholeMax) &&
            !splitTwoWays(parts, whole.value) &&
            !carriedOutAmong(own, parts, whole.value) &&
            least > wholeMax + carriedInBeside(before)
          )
            out.push({ ...found, parts: values, ...written(parts) });
        } else if (m[0].startsWith('包含')) {
          // A part's own parts after `包含` are told only when they add up to more than it.
        } else if (endsWithRest && most < whole.value)
          out.push({ ...found, parts: values, ...written(parts), short: 'rest' });
        else if (whole.cued && ALL_ATTRIBUTES.every((a) => a.test(listed)) && !/等/.test(listed)) {
          // `制作、获取政府信息总数510条，其中…` is told by `info-total-parts-mismatch`.
          if (most < whole.value && !isThreeKindsSplit(sentence))
            out.push({ ...found, parts: values, ...written(parts), short: 'attributes' });
        } else if (
          whole.cued &&
          toTheEnd &&
          parts.length === WEBSITE_KINDS.length &&
          WEBSITE_KINDS.every((w) => w.test(listed)) &&
          !/等/.test(own) &&
          !wholeOfSeveralChannels(before) &&
          most < whole.value &&
          !(cutShort && k === list.length - 1)
        )
          out.push({ ...found, parts: values, ...written(parts), short: 'website' });
        else if (
          whole.cued &&
          toTheEnd &&
          !(cutShort && k === list.length - 1) &&
          ((least >= whole.value * LONG_LIST_SHARE &&
            (parts.length > LONG_LIST || (parts.length === LONG_LIST && !/[；;]/.test(own)))) ||
            (parts.length === SHORT_LIST &&
              !/[；;]/.test(own) &&
              !whole.over &&
              parts.every((p) => !p.over) &&
              least >= whole.value * SHORT_LIST_SHARE) ||
            (parts.length === PAIR_LIST &&
              (PAIR_OWN.test(own.trim()) || pairSentence(own.trim(), before.trim() === '')) &&
              !whole.over &&
              parts.every((p) => !p.over && p.unit === whole.unit) &&
              least >= whole.value * PAIR_LIST_SHARE)) &&
          !/等/.test(
            withoutKindsEtc(
              listRead.replace(ETC_OF_A_CHANNEL, ''),
              least >= whole.value * NEAR_SHARE,
            ),
          ) &&
          most < whole.value &&
          !quotedHalf(own, parts.length) &&
          !restCounted(list.slice(after, after + REST_AFTER), whole, least, most) &&
          !kindsGoOnInItems(list.slice(after, after + REST_AFTER), whole, least) &&
          !kindsPublishedNext(list[after], whole, least) &&
          !PRESS_WHOLE.test(wholeSaid)
        )
          out.push({ ...found, parts: values, ...written(parts), short: 'list' });
      }
    });
    return out;
  },
);

/** The check's first test, kept with the text: words a list of parts or its whole needs. */
const mayListParts = perText(
  (text) =>
    /其中|包括|分别|总共|共计|合计|总计|共有|期中|(?:其他|其它|其余)(?:方式|渠道|途径)/.test(
      text,
    ) ||
    PUBLISHED_WHOLE_ANYWHERE.test(text) ||
    PROACTIVE_KINDS_ANYWHERE.test(text) ||
    NEAR_WHOLE_ANYWHERE.test(text) ||
    // Since a fix of stop 36 after the measure of 869–898: parts in brackets right after a count
    // need no introducer (real: 长乐区政府办 2023, `2023年我办公开规范性文件20件(今年制发20件,补发
    // 之前文件126件)`, 146 of 20), and were never read in a text without one.
    COUNT_THEN_BRACKET.test(text),
);

/**
 * Since a fix of stop 37 after the measure of 899–928: the outcomes of the requests told in a
 * paragraph, every official outcome listed (予以公开 and 部分公开, or the two together, 不予公开,
 * 无法提供, 不予处理, 其他处理), that add up to none of the counts of the requests said before them
 * (real: 桐庐县 2023, `全县共收到政府信息公开申请163件,…2022年结转政府信息公开申请7件,结转至2024年
 * 9件。…办复率94.7%,其中予以公开或部分公开96件…;不予公开2件…;无法提供40件…;不予处理1件…;其他处理
 * 21件`: 160 of 161 handled). A list leaving an outcome out may leave its count out too (real: 亳州市
 * 人民政府办公室 2025, four outcomes, 56 of 70, no 部分公开 nor 不予处理), so only a whole list is
 * read. The counts it may make: the requests received, with those carried in from last year added
 * and those carried over taken away, each or both, or the requests said answered (`在法定期限内答复
 * 1336件`, real: 松江区 2024).
 */
const OUTCOME =
  /(予以公开(?:或|和|及|与|、)部分公开|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)[”"]?(?:的)?(?:共)?(\d+)件/g;
const OUTCOMES_RECEIVED = /(?:收到|受理)[^，,；;。\d]{0,16}?申请[^，,；;。\d]{0,6}?(\d+)件/;
const OUTCOMES_CARRIED_IN =
  /(?:上一?年度?|去年|(?:19|20)\d{2}年度?)(?:结转|转结)[^\d，,；;。]{0,16}?(\d+)件/;
const OUTCOMES_CARRIED_OUT =
  /(?:结转|转结)(?:至|到)(?:(?:19|20)\d{2}年度?)?[^\d，,；;。]{0,12}?(\d+)件|(?:结转|转结)下一?年度?[^\d，,；;。]{0,12}?(\d+)件/;
// Since a fix of stop 51 after the measure of 1904–1948: the concluded count said with what was
// concluded between (`办结依申请公开件177件(含2022年结转的3件)`, real: 东阳市自然资源和规划局 2023, its
// outcomes summing to 177 of 179 in hand, two still open).
const OUTCOMES_ANSWERED = /(?:答复|办结)(?:的)?[^\d，,；;。]{0,8}?(\d+)件/;
const OUTCOME_NAMES = ['不予公开', '无法提供', '不予处理', '其他处理'] as const;

interface OutcomesShort {
  readonly expected: number;
  readonly received: number;
  readonly carriedIn: number;
  readonly carriedOut: number;
  readonly listed: readonly string[];
  readonly sum: number;
}

const outcomesShortIn = perText(
  { anyOf: '予', otherwise: null },
  (_, analysed): OutcomesShort | null => {
    const compact = compactText(analysed);
    if (!compact.includes('其他处理') || !compact.includes('不予处理')) return null;
    for (const paragraph of compact.split('\n')) {
      if (!paragraph.includes('其他处理')) continue;
      const found = [...paragraph.matchAll(OUTCOME)];
      const names = found.map((m) => m[1] ?? '');
      if (new Set(names).size !== names.length) continue;
      const together = names.some((n) => n.length > 4);
      if (
        !OUTCOME_NAMES.every((n) => names.includes(n)) ||
        !(together || (names.includes('予以公开') && names.includes('部分公开')))
      )
        continue;
      const before = paragraph.slice(0, found[0]?.index ?? 0);
      const received = OUTCOMES_RECEIVED.exec(before);
      if (!received) continue;
      const r = Number(received[1]);
      const carriedIn = Number(OUTCOMES_CARRIED_IN.exec(before)?.[1] ?? 0);
      const out = OUTCOMES_CARRIED_OUT.exec(paragraph);
      const carriedOut = Number(out?.[1] ?? out?.[2] ?? 0);
      const answered = OUTCOMES_ANSWERED.exec(before.slice(received.index));
      const sum = found.reduce((a, m) => a + Number(m[2]), 0);
      const fits = [r, r + carriedIn, r - carriedOut, r + carriedIn - carriedOut];
      if (answered) fits.push(Number(answered[1]));
      if (fits.includes(sum)) continue;
      return {
        expected: r + carriedIn - carriedOut,
        received: r,
        carriedIn,
        carriedOut,
        listed: found.map((m) => `${m[1] ?? ''}${m[2] ?? ''}件`),
        sum,
      };
    }
    return null;
  },
);

function outcomesMessage(o: OutcomesShort): string {
  const carried =
    (o.carriedIn > 0 ? `，加上年结转 ${o.carriedIn} 件` : '') +
    (o.carriedOut > 0 ? `，减结转下年度 ${o.carriedOut} 件` : '');
  const by = o.sum - o.expected;
  return `文中说收到政府信息公开申请 ${o.received} 件${carried}，应办结 ${o.expected} 件，但随后列出的全部办理结果 ${o.listed.join(' + ')} = ${o.sum} 件，比应办结的${by > 0 ? '多' : '少'} ${Math.abs(by)} 件：各种办理结果合起来应是全部办结的申请，请核对各项和收到、结转的件数`;
}

/**
 * Since a fix of stop 66 after the measure of 2711–2755: the requests' outcomes said as the results of
 * the requests received (`共收到11件政府信息公开申请。…具体处理结果为:予以公开2件,部分公开1件。`, real:
 * 赣县区住建局 2024: 3 of 11, the other 8 untold), each item an official outcome and its count, to
 * the sentence's end: the results are all the requests' (as `结果为予以公开1件,无法提供2件,不予处理1件`,
 * real: 荔浦市 2022, 4 of its 4). Fewer than received is an outcome left out. Not a list after 其中
 * (its gatherer: `其中予以公开10件,部分公开2件` of 21 names some only, real: 济宁市人社局 2020), nor
 * a list with other items (`由于本机关不掌握…而无法提供29件`), nor a paragraph telling requests carried
 * over, withdrawn or still open. Group 1 the list.
 */
const OUTCOME_NAME = '(?:予以公开|部分(?:予以)?公开|不予公开|无法提供|不予处理|其他处理)';
const RESULTS_LISTED = new RegExp(
  `结果(?:为|是|如下|分别为|分别是)[:：,，]?((?:${OUTCOME_NAME}\\d+件[,，、;；])*${OUTCOME_NAME}\\d+件)(?=[。；;\\n]|$)`,
  'g',
);
const REQUESTS_RECEIVED =
  /(?:收到|受理|新收)[^，,；;。\d]{0,16}?申请[^，,；;。\d]{0,8}?(\d+)件|(?:收到|受理|新收)(\d+)件[^，,；;。\d]{0,12}申请/g;
const REQUESTS_NOT_CONCLUDED = /结转|转下|撤回|撤销|正在办理|办理中|未办结|尚未/;

interface ResultsShort {
  readonly received: number;
  readonly listed: readonly string[];
  readonly sum: number;
}

const resultsShortIn = perText(
  { anyOf: '果', otherwise: null },
  (_, analysed): ResultsShort | null => {
    const compact = compactText(analysed);
    if (!compact.includes('结果')) return null;
    for (const paragraph of compact.split('\n')) {
      if (!paragraph.includes('结果') || REQUESTS_NOT_CONCLUDED.test(paragraph)) continue;
      for (const m of matchesOf(RESULTS_LISTED, paragraph)) {
        const received = [...matchesOf(REQUESTS_RECEIVED, paragraph.slice(0, m.index))].pop();
        if (!received) continue;
        const r = Number(received[1] ?? received[2]);
        const listed = (m[1] ?? '').split(/[,，、;；]/);
        const sum = listed.reduce((a, item) => a + Number(/(\d+)件$/.exec(item)?.[1] ?? 0), 0);
        if (sum < r) return { received: r, listed, sum };
      }
    }
    return null;
  },
);

const resultsMessage = (o: ResultsShort): string =>
  `文中说收到政府信息公开申请 ${o.received} 件，但所说的处理结果 ${o.listed.join(' + ')} = ${o.sum} 件，比收到的少 ${o.received - o.sum} 件：其余的申请如何办理没有写，请补全各项办理结果（或说明结转下年度、申请人撤回等情况）`;

/**
 * Since a fix of stop 60 after the measure of 2441–2485: the three kinds of a government website's
 * statistics (概况类, 政务动态, 信息公开), each counted, in a sentence of their own after the count the
 * text gives of that website (`汉中市林业局网站主动公开政府各类信息395条,…` / `在全部公开信息中,概况类信息10条,
 * 信息公开类信息52条,政务动态类信息343条`, real: 2474 汉中市林业局 2019, 405 of 395): the three make the site's
 * whole, so more than it is a slip of the figures. Only more (fewer may leave the site's other items
 * uncounted), the site's count the nearest one said before the kinds in the same text, in 条.
 */
const SITE_KIND_COUNTS =
  /概况类[^，,；;。\d]{0,6}?(\d+)条[，,、]([^，,；;。\d]{0,6}?(?:信息公开|政务动态)[^，,；;。\d]{0,6}?)(\d+)条[，,、]([^，,；;。\d]{0,6}?(?:信息公开|政务动态)[^，,；;。\d]{0,6}?)(\d+)条/;
const LIST_OPENED = /其中|包括|包含|分别/;
const SITE_PUBLISHED = /网站[^，,；;。\d]{0,12}?(?:公开|发布)[^，,；;。\d]{0,12}?(\d+)条/g;

interface SiteKindsOver {
  readonly site: string;
  readonly whole: number;
  readonly parts: readonly number[];
}

const siteKindsOverIn = perText(
  { anyOf: '概', otherwise: null },
  (_, analysed): SiteKindsOver | null => {
    const compact = compactText(analysed);
    const m = SITE_KIND_COUNTS.exec(compact);
    if (!m) return null;
    const second = m[2] ?? '';
    const third = m[4] ?? '';
    // One of each: 信息公开 and 政务动态, in either order.
    if (second.includes('政务动态') === third.includes('政务动态')) return null;
    // Kinds opened by `其中` or `包括` are the list reading's, which weighs whose parts they are (a
    // sentence with another count before them, real: 张楼乡 2023's case in checks.test.ts).
    const opening = compact.slice(
      Math.max(compact.lastIndexOf('。', m.index), compact.lastIndexOf('\n', m.index)) + 1,
      m.index,
    );
    if (LIST_OPENED.test(opening)) return null;
    const parts = [Number(m[1]), Number(m[3]), Number(m[5])];
    const site = [...compact.slice(0, m.index).matchAll(SITE_PUBLISHED)].pop();
    if (!site) return null;
    const whole = Number(site[1]);
    const sum = parts.reduce((a, b) => a + b, 0);
    return sum > whole ? { site: site[0], whole, parts } : null;
  },
);

function siteKindsMessage(o: SiteKindsOver): string {
  const sum = o.parts.reduce((a, b) => a + b, 0);
  return `文中说“${o.site}”，但随后按概况类、信息公开、政务动态三类列出的 ${o.parts.join(' + ')} = ${sum}条，比网站公开的 ${o.whole}条 还多 ${sum - o.whole}条：网站发布的信息按这三类统计，三类合起来应等于网站公开的总数，请核对各项和总数`;
}

export const partsSumCheck = defineCheck({
  id: 'parts-sum-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '分项之和与总数不符',
  run(ctx) {
    const found: Finding[] = [];
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      const [first] = mayListParts(text) ? partsExceedingWhole(text) : [];
      const outcomes = first ? null : outcomesShortIn(text);
      const siteKinds = first || outcomes ? null : siteKindsOverIn(text);
      const results = first || outcomes || siteKinds ? null : resultsShortIn(text);
      const message = first
        ? excessMessage(first)
        : outcomes
          ? outcomesMessage(outcomes)
          : siteKinds
            ? siteKindsMessage(siteKinds)
            : results && resultsMessage(results);
      if (!message) continue;
      found.push({ target: section, fields: [field], section, message });
    }
    return found;
  },
});

/** What a text's parts do against its whole, one message each (in this order of precedence). */
type ExcessKind =
  | 'siteWhole'
  | 'kindOver'
  | 'listOver'
  | 'namedOver'
  | 'partOver'
  | 'channels'
  | 'otherUnit'
  | 'repeated'
  | 'bracket'
  | 'bracketShort'
  | 'rest'
  | 'attributes'
  | 'website'
  | 'list'
  | 'near'
  | 'channelsFar'
  | 'restOrTotal'
  | 'more';

function excessKind(e: PartsExcess): ExcessKind {
  if (e.siteWhole) return 'siteWhole';
  if (e.kindOver !== undefined) return 'kindOver';
  if (e.listOver !== undefined) return 'listOver';
  if (e.namedOver !== undefined) return 'namedOver';
  if (e.partOver !== undefined) return 'partOver';
  if (e.channels) return 'channels';
  if (e.otherUnit) return 'otherUnit';
  if (e.repeated) return 'repeated';
  if (e.bracket) return e.short ? 'bracketShort' : 'bracket';
  if (e.restOrTotal !== undefined) return 'restOrTotal';
  return e.short ?? 'more';
}

/** The words every message is made of, worked out once from the excess. */
interface ExcessWords {
  readonly e: PartsExcess;
  readonly sum: number;
  /** The whole as written (`1897条`). */
  readonly whole: string;
  /** The parts as written, joined by ` + `. */
  readonly listed: string;
  /** The parts' units, when the parts were written with them. */
  readonly units: readonly string[];
  readonly mixed: boolean;
  /** `= 1897`, `= 9735余条`: the sum in the whole's unit unless the parts are in several. */
  readonly total: string;
  /** ` 3条` (by how much), or nothing when the figures are approximate. */
  readonly by: (n: number) => string;
}

const excessMessages: Readonly<Record<ExcessKind, (w: ExcessWords) => string>> = {
  siteWhole: ({ e, whole }) =>
    `文中说共 ${whole}，所列各类正好合计为总数，其中有一类是公众号等账号发布的 ${e.siteWhole?.account ?? 0}${e.unit}；随后却说“${e.siteWhole?.site ?? ''}”公开了 ${whole}：账号发布的那一类已单独计入，网站不会公开全部，请核对各渠道的数字`,
  kindOver: ({ e, whole }) =>
    `文中说主动公开政府信息 ${whole}，但随后所列“${(e.kindOver ?? '').replace(/\d+条$/, '')}”就有 ${e.parts[0] ?? 0}${e.unit}，比总数还多 ${(e.parts[0] ?? 0) - e.whole}${e.unit}：其中几类信息不会多于全部，请核对总数和各项`,
  listOver: ({ e, whole }) =>
    `文中说共 ${whole}，但随后“其中”所列的“${(e.listOver ?? '').replace(COUNT_OF_PART, '')}”一项就有 ${e.parts[0] ?? 0}${e.unit}，比总数还多 ${(e.parts[0] ?? 0) - e.whole}${e.unit}：其中一项不会多于全部，请核对总数和各项`,
  namedOver: ({ e }) =>
    `文中说“${e.namedOver?.total ?? ''}”，随后又列“${e.namedOver?.kind ?? ''}”：这一类是上述几类之一，却比几类的合计还多 ${(e.parts[0] ?? 0) - e.whole}${e.unit}，请核对合计和各类的数字`,
  partOver: ({ e, whole }) =>
    `文中说共 ${whole}（不同渠道公开的相同信息只计一次），但随后列出的其中一项有 ${e.partOver}${e.unit}，比总数还多 ${(e.partOver ?? 0) - e.whole}${e.unit}：一个渠道公开的信息不会多于全部，请核对总数和各项`,
  channels: ({ e, sum, whole, listed }) =>
    `文中说共 ${whole}，但随后按渠道列出的各项（连同“其他方式”）${listed} = ${sum}${e.unit}，比总数多 ${sum - e.whole}${e.unit}：各渠道连同其他方式应正好分完总数，请核对总数和各渠道的数字；若同一条信息在几个渠道都发布了，请说明按渠道计的是发布次数`,
  otherUnit: ({ e, sum, whole, listed }) =>
    `“其中”所列各项 ${listed} = ${sum}${e.otherUnit?.unit}，单位与紧挨在前的“${whole}”不同，也比它多，不是它的分项；也不等于前文的“${e.otherUnit?.earlier}${e.otherUnit?.unit}”：请核对“其中”指的是哪个数，以及各项的数字`,
  repeated: ({ e, whole, listed, total }) =>
    `文中的总数为 ${whole}，随后列出的各项中“${e.repeated}”列了两次，各项 ${listed} = ${total}：请核对各项和总数`,
  bracket: ({ e, sum, whole, listed, total }) =>
    `文中“${e.bracket}”后的括号里列出的各项 ${listed} = ${total}，比 ${whole} 多 ${sum - e.whole}${e.unit}：括号里应是这${whole}的分项，请核对各项和总数`,
  bracketShort: ({ e, sum, whole, listed, total, by }) =>
    `文中“${e.bracket}”后的括号里列出的 ${e.parts.length} 项 ${listed} = ${total}，比 ${whole} 少${by(e.whole - sum)}：括号里逐项列出的应是这${whole}的全部分项，请核对各项和总数；若只列出了其中几类，请在最后写“等”`,
  rest: ({ e, sum, whole, listed, total, by }) =>
    `文中的总数为 ${whole}，随后列出的各项连同“其他”一类 ${listed} = ${total}，比总数少${by(e.whole - sum)}：请核对总数和各项`,
  attributes: ({ e, sum, whole, listed, total, by }) =>
    `文中的总数为 ${whole}，随后按公开属性列出的各项 ${listed} = ${total}，比总数少${by(e.whole - sum)}：主动公开、依申请公开和不予公开合起来应是全部，请核对总数和各项`,
  website: ({ e, sum, whole, listed, total, by }) =>
    `文中的总数为 ${whole}，随后按概况类、政务动态、信息公开目录三类列出的 ${listed} = ${total}，比总数少${by(e.whole - sum)}：网站发布的信息按这三类统计，三类合起来应是全部，请核对总数和各项`,
  list: ({ e, sum, whole, listed, total, by }) => {
    return `文中的总数为 ${whole}，随后列出的 ${e.parts.length} 项${lostNote(e)} ${listed} = ${total}，比总数少${by(e.whole - sum)}：请核对总数和各项；若只列出了其中几类，请在最后写“等”`;
  },
  channelsFar: ({ whole, listed, total }) =>
    `文中说共 ${whole}，随后“其中”按渠道列出的 ${listed} = ${total}，还不到总数的一半：按渠道列出的应是这${whole}的去处，其余的没有着落，请核对总数和各渠道的数字；若还有其他渠道，请一并写明`,
  near: ({ e, sum, whole, listed, total, by }) =>
    `文中的总数为 ${whole}，随后列出的 ${e.parts.length} 项 ${listed} = ${total}${e.times ? `（${e.times.map((t) => `“${t}”`).join('、')}以“次”计，未计入）` : ''}，比总数少${by(e.whole - sum)}：各项已占总数的绝大部分，应是全部分项，请核对总数和各项`,
  restOrTotal: ({ e, sum, whole, listed, total, by }) =>
    `文中在所列各项之后写“${e.restOrTotal ?? ''}”：若 ${whole} 是总数，前面的 ${e.parts.length} 项 ${listed} = ${total}，比它少${by(e.whole - sum)}，分项与总数对不上；若是“其他”一类的数，则没有写总数：请核对，写清总数和各项`,
  more: ({ e, sum, whole, listed, total, by, units, mixed }) =>
    `文中说共 ${whole}，但随后列出的各项${lostNote(e)} ${listed} = ${total}，${e.over ? `比“${whole}”的上限 ${e.whole + placeOf(e.whole)}${e.unit} 还多` : `比总数多${by(sum - e.whole)}`}${e.each ? `（“${e.each}”按每项各计；若是几项合计的数，请写明“共”，不要写“各”）` : ''}：请核对总数和各项${mixed ? `；各项的单位不一（${units.join('、')}），若不都是这${whole}中的，请分开写` : ''}${!mixed && !e.over && e.parts.length > 2 && e.parts.includes(e.whole) && sum === 2 * e.whole ? `；其余各项之和已等于总数，与总数相同的一项（${whole}）不是其中的一类，请分开写` : firstIsWhole(e, sum) ? `；第一项已与总数相同（${whole}），若它就是总数，其后各项只是其中几类，请不要把它列作“其中”的一项` : ''}`,
};

/** The first part as large as the whole, others after it (`其中法定主动公开信息28条,财政信息3条,…`). */
const firstIsWhole = (e: PartsExcess, sum: number): boolean =>
  !e.over && e.parts.length > 2 && e.parts[0] === e.whole && sum !== 2 * e.whole;

/** Which parts' counts had no unit and how they were read (`（“2141”后没有单位，按“条”计）`). */
function lostNote(e: PartsExcess): string {
  return e.lostUnit
    ? `（${e.lostUnit.map((n) => `“${n}”`).join('、')}后没有单位，按“${e.unit}”计）`
    : '';
}

/** The message for the parts of a text that do not add up to its whole. */
function excessMessage(e: PartsExcess): string {
  const sum = e.parts.reduce((a, b) => a + b, 0);
  const units = [
    ...new Set((e.written ?? []).map((w) => w.replace(/^[\d余多]+/, '').replace(/×\d+$/, ''))),
  ];
  const mixed = units.length > 1;
  const approximate = e.over || (e.written ?? []).some((w) => /[余多]/.test(w));
  return excessMessages[excessKind(e)]({
    e,
    sum,
    whole: wholeText(e),
    listed: (e.written ?? e.parts).join(' + '),
    units,
    mixed,
    total: `${sum}${(e.written ?? []).some((w) => /[余多]/.test(w)) ? '余' : ''}${mixed ? '' : e.unit}`,
    by: (n) => (approximate ? '' : ` ${n}${e.unit}`),
  });
}
