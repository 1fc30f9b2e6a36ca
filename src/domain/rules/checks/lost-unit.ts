import { perText, type AnalysedText } from '../../format/memo';
import { compactText, matchesOf } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { alsoSaid, textFindings, textsOf } from '../support';

/**
 * A count of information whose unit was lost (SPEC §4.5, what a reviewer sees): the words that
 * count information (`…政府信息`, `…公开`, `发布`), its number, and then neither a unit nor any
 * other word a number may go with, but a comma, the end of the sentence or the next words run on
 * (real: 驻马店高新区古城办事处 2020, `我办共主动公开政府信息131,主要为…`; 兴庆区智慧城市运营中心 2023,
 * `主动公开信息38其中,发布…相关信息30发布…等信息8`; 威远县乡村振兴局 2021, `预决算公开2依申请公开1无
 * 行政复议…`). Every count of information the corpus writes whole has its `条`/`件`/`篇`/`个`…; a
 * number right after these words that is a year (`信息公开2021年度`), a date, a number of a
 * document (`〔2021〕30号`, `第711号`), a phone number (`公开电话0838-…`), a share (`公开率90%`), a
 * version (`政务公开2.0`), a hotline (`12345热线`) or a number of a table's row (a space or another
 * number after it) is not one. The gatherers of 434–463 wrote it down as a problem; earlier ones
 * as a slip (the same shape: 049 `公布信息135。`, 231 `历年累计主动公开政府信息1886,`, 326).
 */

/**
 * A thousands separator, ASCII or full-width, and the next group of three digits (`824,019`): the
 * number goes on past it (a lookahead's source, to follow the digits read).
 */
const THOUSANDS_GOING_ON = '[,，]\\d{3}(?!\\d)';

/** The count's words, its number, and what follows the number (one character, or none). */
/**
 * Since a fix of stop 36 after the measure of 839–868: a Latin full stop ending the paragraph right
 * after the number is a sentence's end, not a decimal point (real: 枞阳县卫健委 2024, `本年度共受理
 * 依申请公开0.` and the paragraph's end); `政务公开2.0` has a digit after it.
 */
/*
 * Since a fix of stop 54 after the measure of 2171–2215: nor digits going on past a thousands
 * separator (`…办理结果类信息824,019条`, `发布政府信息共计3,090条`, real: 深圳海事局 2020): one number
 * written in groups of three, its unit after the last group (`THOUSANDS_GOING_ON`).
 */
const BARE_COUNT = new RegExp(
  `(信息|公开|公布|发布|推送)(\\d{1,6})(?![\\d．%％:：\\-—/~～]|\\.(?!\\n|$)|${THOUSANDS_GOING_ON})([^\\s]?)`,
  'g',
);
/**
 * What may follow a number: a unit (`条`, `件`, `篇`, `人次`), a word of counting (`余`, `多`, `大类`),
 * of a date or a number (`年`, `月`, `日`, `号`, `万`), or a closing bracket (`(公开1)`).
 * Since a fix of stop 39 after the measure of 1109–1138: 例, the unit of cases and requests (real:
 * 济南市历下区建筑新村街道 2024, `收到居民书面信息公开申请2例,其中涉及教育、文化、体育信息1例`).
 * Since a fix of stop 50 after the measure of 1814–1858: 则, the unit of notices (`公示公告6则`).
 * Since a fix of stop 59 after the measure of 2396–2440: 案, the measure word of cases and suits (real:
 * 铁岭县住房和城乡建设局 2023, `行政复议3起,行政诉讼3案`).
 * Since a fix of stop 66 after the measure of 2711–2755: 封, the unit of letters and of requests sent as
 * letters (real: 深圳市文化广电旅游体育局 2025, `共收到依申请公开件27封`, `办结的13封申请中涉及体育类7封`).
 */
const NUMBER_WORD =
  /^[余多人条件篇个份项期场宗处次家所户起批万亿千百元年月日时号名位类种天周季倍届版大期轮批张本册部套次例则案封）)」』】\]]$/;
/** The words opening a bracket or a quotation (`“公开1”`, a name quoted): no count of the text's. */
const BRACKET_BEFORE = /[（(“"「【[]$/;
/**
 * Digits that name, not count: hotlines and service numbers (`12345`, `12369`, `12388`), and a
 * year that lost its `年` (`特向社会公布2024鹤岗市…`, real: 工农区 2024: a date's slip, told apart).
 * Since a fix of stop 37 after the measure of 959–988: nor digits led by a 0 (`000`, `00`), the
 * cells of a table's row run together, no count written (real: 大竹县川主乡 2019's 表二 read as
 * text, `规范性文件000`, `其他对外管理服务事项000`).
 */
const NOT_A_COUNT = /^(?:123\d\d|20[0-4]\d|19[5-9]\d|0\d+)$/;

/**
 * Since a fix of stop 35 after the measure of 719–748: a count of requests or documents whose unit
 * was lost at a clause's end (real: 乌鲁木齐市外办 2023, `市外办接受自然人依申请公开事项0` and the
 * paragraph's end; 衡南县政府办 2022, `全年累计公开各类文件21,其中…`; 四川省文物局 2025, `规范办理依申请
 * 公开事项2,`; 新疆 办公厅 2022, `全年办理政府信息公开申请96,`). Only before a comma, a semicolon,
 * a full stop or the paragraph's end: `文件1、`, `事项3.` number the items of a list.
 * Since a fix of stop 45 after the measure of 1514–1543: so a total said with 共 (real: 亳州市谯城区
 * 薛阁街道 2025, `我街道涉及2025年政务公开重点工作共15,为确保…`, 项 lost; 中山市大涌镇 2022, `…其它栏目
 * 信息共1223,`): the corpus writes no other 共 and a bare number before a comma. Not before a line's
 * end: a PDF's line may break between the number and its unit (淮安市 2024, `共计 95` then `个，`).
 */
/*
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): so a count of manuscripts (real: 新余市
 * 公路事业发展中心 2024, `其中包括“政策解读”稿件4,`): 稿件 are counted by 篇.
 */
const CLAUSE_END_COUNT = new RegExp(
  `(事项|文件|稿件|申请|共计?)(\\d{1,6})(?!${THOUSANDS_GOING_ON})(?=[，,。；;\\n]|\\.(?:\\n|$))`,
  'g',
);

/**
 * Since a fix of stop 41 after the measure of 1289–1318: a count of requests between the verb that
 * receives them and the word for them, its unit lost (real: 光明区公明街道 2020, `2020年光明区共受理4申请
 * 公开政府信息`, 件 lost after 4): `受理4件申请` or `受理申请4件` are written whole.
 */
const RECEIVED_BARE = /(?:受理|收到|接到|接收|办理)(\d{1,6})(?:依|政府信息公开|信息公开)?申请/g;

/**
 * Since a fix of stop 41 after the measure of 1319–1333: a kind's count in a list joined by 、 whose
 * unit was lost, the next kind counted with its unit (real: 砚山县交通运输局 2020, `建议提案涉及道路硬化
 * 26、道路修缮7件、桥梁升级改造2件…`, 件 lost after 26): the kinds of one list share a unit. Years,
 * hotlines and digits led by 0 are no counts (`NOT_A_COUNT`).
 *
 * Since a fix of stop 55 after the measure of 2216–2260: the next kind's name may hold Latin letters
 * (`媒体发稿517篇,其中省局外网70篇、四平局内网268、中国气象报CMA7篇`, real: 四平市气象局 2019, 篇 lost
 * after 268): a name of a paper or a site written with its Latin mark.
 */
const LISTED_BARE =
  /(?<=[\u4e00-\u9fff]{2})(\d{1,6})、(?=[\u4e00-\u9fffA-Za-z]{2,12}?\d{1,6}(?:余|多)?(?:件|条|篇|项|个|份)(?:[、，,。；;]|$))/g;
const COUNT_WORD_BEFORE = /(?:信息|公开|公布|发布|推送)$/;
/**
 * Since a fix of stop 57 after the measure of 2306–2350: so the kind after one counted with its unit
 * in a list joined by 、, its own count bare before a comma or a stop (`…行政许可事项3条、行政处罚1,回复
 * 公众诉求件9`, real: 宁强县自然资源局 2021, 条 lost after 1): the kinds of one list share a unit. The
 * digits first, what stands before them looked behind for (issue 17). A list ending the text (an
 * excerpt cut inside its last count: `…重大行政决策目录2`, real: 楚雄市鹿城街道 2025) is told as
 * `BARE_COUNT`'s are, only when a later part's heading was printed after it.
 */
const AFTER_LISTED_BARE =
  /(?<!\d)\d{1,6}(?<=\d(?:条|件|篇|项|个|份)、[\u4e00-\u9fff]{2,12}\d{1,6})(?=[，,。；;\n]|$)/g;
const COUNTED_THEN_LISTED = /\d(?:条|件|篇|项|个|份)、/;
/**
 * Since a fix of stop 69 after the measure of 2846–2890: so in a list joined by commas after 其中, the kind
 * after one counted with its unit, its own count bare at its clause's end (`其中,公开机构职能1条,部门文件5条,政策
 * 解读13,部门会议5;`, real: 2881 济宁市卫生健康委员会 2024, 条 lost after 13 and 5): the kinds of one list share a
 * unit, as `LISTED_COMMA_BARE` reads a bare count before one with it. Only in a sentence saying 其中 before
 * it; not after a count's name (`…数`, `…量`).
 */
const AFTER_COMMA_LISTED_BARE =
  /(?<!\d)\d{1,6}(?<=\d(?:条|件|篇|项|个|份)[，,][\u4e00-\u9fff]{2,12}\d{1,6})(?=[，,。；;\n]|$)/g;
const COUNTED_THEN_COMMA = /\d(?:条|件|篇|项|个|份)[，,]/;
/**
 * Since a fix of stop 69 after the merge of its fixes: a kind whose name ends in its unit (`回复公众诉求件9`,
 * 宁强县自然资源局 2021's list as written whole) names its count's unit before the count.
 */
const UNIT_NAMED_BEFORE = /[条件篇项个份]/;
/**
 * Since a fix of stop 42 after the measure of 1349–1378: so in a list joined by commas after 其中,
 * the kinds of a total (real: 平川区农业农村局 2025, `主动发布政府信息155条,其中,政府信息公开制度15,公示
 * 公告21条,履职依据23条,…`, 条 lost after 15): only in a sentence saying 其中 before it, the next kind
 * counted with its unit. Not after a count's name (`其中主动公开信息数169，依申请公开信息数317条`, real:
 * 平潭综合实验区社会事业局 2022: `数` or `数量` says what the number is).
 * Since a fix of stop 51 after the measure of 1949–1993 (helper f41): so when the next kind closes
 * its line (real: 闵行区绿化市容局 2025, `…其中规划计划类4条,本部门发文类6条,重点工作8,财政信息类35条`
 * and the line's end, then `1)行政法规…` run on by the copy): a line break, or the number of the next
 * item run on, ends the list as a stop does.
 */
const LISTED_COMMA_BARE =
  /(?<=[\u4e00-\u9fff]{2})(?<![数量])(\d{1,6})[,，](?=[\u4e00-\u9fff]{2,12}?\d{1,6}(?:余|多)?(?:件|条|篇|项|个|份)(?:[、，,。；;\n]|\d{1,2}[)）]|$))/g;

/**
 * Since a fix of stop 44 after the measure of 1424–1483: a count of requests, of their outcomes or
 * cases, or of a kind of information, run into the next words, its unit lost (real: 咸宁市自然资源和
 * 规划局 2024, `收到政府信息公开申请87分别为予以公开45件;…无法提供27不予处理3`, `收到行政复议11收到…`;
 * 安州区人社局 2023, `其他类170包括社会保障类127条`). Only a Chinese word after the number, not a
 * word a number goes with (`NUMBER_WORD`): a comma or a bracket after it may close a table's row
 * read as text (`行政复议1(结果维持1)`).
 * Since a fix of stop 50 after the measure of 1814–1858: a count of reports or documents too (real:
 * 汾阳市文峰街道 2020, `…2020年度政府信息公开工作年度报告1报送工作信息124次`: 报告1份 and a stop lost;
 * `部门文件3依托…`, `…文件46政府会议信息4`), 则 after it a unit (`工作年度报告1则`).
 */
/*
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): requests still being handled too (real:
 * 通川区 2022, `现已办结29件,正在办理1主要涉及征地拆迁…`: 件 and the comma lost).
 */
/*
 * Since a fix of stop 59 after the measure of 2396–2440: answers to deputies' and members' proposals
 * too (real: 四川省体育局 2023, `主动公开人大代表建议答复意见2政协委员提案答复意见6件`: 件 and the mark
 * lost after 2): answers are counted by 件 as their twin next to them.
 */
/*
 * Since a fix of stop 64 after the measure of 2621–2665: manuscripts too (real: 公主岭市扶贫开发服务中心 2020,
 * `《公主岭报》共刊发脱贫攻坚系列稿件191在公主岭新闻网站…刊发相关稿件410篇次`: 篇 and the mark lost after 191):
 * 稿件 are counted by 篇, as `CLAUSE_END_COUNT` reads them.
 */
const RUN_ON_COUNT = /(申请|提供|复议|诉讼|类|报告|文件|稿件|办理|意见)(\d{1,6})([\u4e00-\u9fff])/g;
/**
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): a count of things done, opened by
 * 开展, ending its clause with a bare number (real: 通川区 2022, `开展各类民意征集19。`: 次 lost);
 * every other 开展 of the corpus counts with a unit (`开展…活动3次`).
 */
const DONE_BARE = /开展[^，,。；;\d“”《》]{2,16}?(?<![\d.第])(\d{1,4})(?=[，,。；;])/g;
/**
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): a change from one count to another,
 * both without a unit (real: 西塞山区自然资源局 2020, `由只能入驻10增加到32`: 个 lost after each).
 * Not a share (`由90%提高到95%`) nor numbers with their units.
 */
const CHANGE_BARE =
  /由[^，,。；;\d]{0,10}?(?<![\d.])(\d{1,6})(?:增加|减少|提高|提升|上升|下降|扩大|缩减)(?:到|至)(\d{1,6})(?![\d.%％])/g;
/** The cheap first test of `CHANGE_BARE`: a bare number on each side of the change. */
const CHANGE_BETWEEN_DIGITS = /\d(?:增加|减少|提高|提升|上升|下降|扩大|缩减)[到至]\d/;
const UNIT_AFTER_CHANGE = /^[余多人条件篇个份项期场宗处次家所户万亿千百元年月日名位类种倍]/;
/**
 * Since a fix of stop 44 after the measure of 1424–1483: a count of information with 余 or 多 and no
 * unit after it, the next words run on or the paragraph ending (real: 东宁市文体广电和旅游局 2021,
 * `发送信息200余有利提升了…`; 会昌县中村乡 2020, `主动公开政府信息260余` and the part's end).
 */
/**
 * Since a fix of stop 50 after the measure of 1859–1903: a size before the unit (`6大类15小项信息`,
 * real: 咸宁市气象局 2022): 小 or 大 then a unit (`小项`, `大类`) counts whole.
 */
const SIZED_UNIT = /^[大小][项类个条件种]/;
const ABOUT_BARE = /(信息|公开|公布|发布|推送)(\d{1,6})(余|多)([\u4e00-\u9fff，,。；;\n])/g;

/**
 * Since a fix of stop 52 after the measure of 2039–2080: a count run into the next point's ordinal,
 * its unit and the stop lost (real: 保山市水务局 2022, `二是主动公开行政许可决定书676,行政处罚决定4三是
 * 主动公开…`, `四是主动公开人大代表建议提案(主办件)答复结果3五是…`; 代县卫健委 2024, `本年度共收到依申请
 * 公开事项0三是…`, written down as a slip): a point ends with a unit and a stop, and no count of the
 * reports is written right before `三是`. After a word, not a year, a hotline nor digits led by 0.
 */
const ORDINAL_RUN_ON = /(?<=[\u4e00-\u9fff])(\d{1,6})(?=[二三四五六七八九十]是)/g;
const RUN_INTO_ORDINAL = /\d[二三四五六七八九十]是/;

/**
 * Since a fix of stop 55 after the measure of 2216–2260: a count in decimals run straight into the
 * people it counts, its 万 lost (`并与滁州气象官方微博26.4粉丝开展互动`, real: 滁州市气象局 2023):
 * followers and users are counted whole, a decimal count of them is of 万 (`26.4万粉丝`). Only after a
 * character of the sentence (not a heading's `1.2`), in no other text of the corpus; persons counted
 * by 名, 位, 户 are phrase-garbled's (`PERSONS_IN_DECIMALS`).
 */
const DECIMAL_FOLLOWERS = /(?<=[\u4e00-\u9fff])(\d{1,4}\.\d{1,2})(?:粉丝|用户|网民|关注者)/g;

/**
 * Since a fix of stop 56 after the measure of 2261–2305: a count whose unit was lost before a comma,
 * the next clause counting its twin with one (`全年办理行政许可案件70,办理行政处罚案件18件`, real: 晋江市
 * 文体旅游局 2022): two clauses counting the same thing (the two characters before each number alike)
 * share a unit. The digits first, what stands before them looked behind for, so that V8 finds each
 * number (issue 17); years, hotlines and digits led by 0 are no counts (`NOT_A_COUNT`).
 */
const TWIN_BARE =
  /\d{1,6}(?<=(?<![\d.])([\u4e00-\u9fff]{2})\d{1,6})[，,](?!\d{3}(?!\d))(?=[^，,。；;\d\n]{0,20}?\1\d{1,6}(?:余|多)?(?:件|条|篇|项|个|份|次))/g;
const DIGIT_THEN_COMMA = /\d[，,]/;
/**
 * Since a fix of stop 60 after the measure of 2441–2485: the same, its twin counted before it in the
 * paragraph (`第一季度复核通过166户,…;第三季度复核通过126户,取消6户;第四季度复核通过121,取消5户`, real: 2465
 * 大同市平城区振华南街街道办事处 2021): a series of clauses counting the same thing, one with its unit
 * lost. A bare number before a comma or a semicolon, the two characters before it said with a count and
 * its unit earlier in the same paragraph (`TWIN_UNIT_BEFORE`, 200 characters back at most).
 */
const BARE_BEFORE_STOP = /(?<![\d.])([\u4e00-\u9fff]{2})(\d{1,6})(?=[，,；;])/g;
const TWIN_BEFORE_WINDOW = 200;
const DIGIT_THEN_STOP = /\d[，,；;]/;
const COUNT_WITH_UNIT = /\d{1,6}(?:余|多)?(?:件|条|篇|项|个|份|次|户|人|家|名)/y;
function twinUnitBefore(before: string, words: string): boolean {
  for (let at = before.indexOf(words); at >= 0; at = before.indexOf(words, at + 1)) {
    COUNT_WITH_UNIT.lastIndex = at + words.length;
    if (COUNT_WITH_UNIT.test(before)) return true;
  }
  return false;
}
const COUNT_NAMED = /[数量]$/;

/** The words before `at`, back to the nearest mark or 、 and at most `width` long: a listed kind. */
function listLead(compact: string, at: number, width: number): string {
  return compact.slice(Math.max(0, at - width), at).replace(/^.*[，,。；;、\n]/, '');
}

/** The sentence before `at`: back to the nearest 。 or line break. */
function sentenceBefore(compact: string, at: number): string {
  return compact.slice(
    Math.max(compact.lastIndexOf('。', at), compact.lastIndexOf('\n', at)) + 1,
    at,
  );
}

/**
 * Since a fix of stop 62 after the measure of 2531–2575 (fixer f92): an area counted in 平方 with its
 * 米 (or 公里, 千米) lost (`大理石栏杆维修24米,混凝土维修约1300平方。`, real: 霍山县住建局 2023): 平方 alone
 * says no unit. No other text of the corpus writes a number before 平方 so.
 */
const AREA_CUT = /(\d{1,6}(?:\.\d{1,2})?)平方(?![米公千厘分])/g;

export interface LostUnit {
  /** The count as written, with a few words of its context (`主动公开政府信息131,`). */
  readonly item: string;
}

interface LostUnitsRead {
  readonly items: readonly LostUnit[];
  /** A count of information without its unit ending the text (`…移动APP公开政府信息0`). */
  readonly atEnd: LostUnit | null;
}

const lostUnitsRead: (text: string | AnalysedText) => LostUnitsRead = perText((_, analysed) => {
  const compact = compactText(analysed);
  const out: (LostUnit & { readonly at: number })[] = [];
  let atEnd: LostUnit | null = null;
  if (/\d(?:[，,。；;\n]|\.(?:\n|$))/.test(compact))
    for (const m of matchesOf(CLAUSE_END_COUNT, compact)) {
      if (NOT_A_COUNT.test(m[2] ?? '') || BRACKET_BEFORE.test(compact.slice(0, m.index))) continue;
      const after = compact[m.index + m[0].length] ?? '';
      if (m[1]?.startsWith('共') && (after === '\n' || after === '.')) continue;
      const lead = compact.slice(Math.max(0, m.index - 8), m.index).replace(/^.*[，,。；;\n]/, '');
      out.push({ item: `${lead}${m[0]}`, at: m.index });
    }
  if (compact.includes('申请'))
    for (const m of matchesOf(RECEIVED_BARE, compact)) {
      if (NOT_A_COUNT.test(m[1] ?? '')) continue;
      const lead = compact
        .slice(Math.max(0, m.index - 6), m.index)
        .replace(/^.*[，,。；;\n]/, '')
        .replace(/^\d*年度?/, '');
      out.push({ item: `${lead}${m[0]}`, at: m.index });
    }
  if (/\d、/.test(compact))
    for (const m of matchesOf(LISTED_BARE, compact)) {
      // After the words of BARE_COUNT, read there already.
      if (
        NOT_A_COUNT.test(m[1] ?? '') ||
        COUNT_WORD_BEFORE.test(compact.slice(Math.max(0, m.index - 2), m.index))
      )
        continue;
      const lead = listLead(compact, m.index, 6);
      out.push({ item: `${lead}${m[0]}`, at: m.index });
    }
  if (compact.includes('其中') && /\d[,，]/.test(compact))
    for (const m of matchesOf(LISTED_COMMA_BARE, compact)) {
      if (
        NOT_A_COUNT.test(m[1] ?? '') ||
        COUNT_WORD_BEFORE.test(compact.slice(Math.max(0, m.index - 2), m.index))
      )
        continue;
      if (!sentenceBefore(compact, m.index).includes('其中')) continue;
      const lead = listLead(compact, m.index, 8);
      out.push({ item: `${lead}${m[0]}`, at: m.index });
    }
  if (DIGIT_THEN_COMMA.test(compact))
    for (const m of matchesOf(TWIN_BARE, compact)) {
      const digits = m[0].slice(0, -1);
      // After the words of BARE_COUNT, read there already; not after a count's name (`其中主动公开
      // 信息数169，依申请公开信息数317条`, real: 平潭综合实验区社会事业局 2022: 数 says what it is).
      if (
        NOT_A_COUNT.test(digits) ||
        COUNT_NAMED.test(m[1] ?? '') ||
        COUNT_WORD_BEFORE.test(compact.slice(Math.max(0, m.index - 2), m.index))
      )
        continue;
      const lead = listLead(compact, m.index, 8);
      out.push({ item: `${lead}${m[0]}`, at: m.index });
    }
  if (DIGIT_THEN_STOP.test(compact))
    for (const m of matchesOf(BARE_BEFORE_STOP, compact)) {
      const [, words = '', digits = ''] = m;
      if (NOT_A_COUNT.test(digits) || COUNT_NAMED.test(words) || COUNT_WORD_BEFORE.test(words))
        continue;
      // Read by another reading already (its `at` a few characters on, at the number or its words).
      if (out.some((o) => Math.abs(o.at - m.index) <= 8)) continue;
      const from = Math.max(
        0,
        m.index - TWIN_BEFORE_WINDOW,
        compact.lastIndexOf('\n', m.index) + 1,
      );
      if (!twinUnitBefore(compact.slice(from, m.index), words)) continue;
      const lead = listLead(compact, m.index, 6);
      out.push({ item: `${lead}${m[0]}${compact[m.index + m[0].length] ?? ''}`, at: m.index });
    }
  if (RUN_INTO_ORDINAL.test(compact))
    for (const m of matchesOf(ORDINAL_RUN_ON, compact)) {
      if (NOT_A_COUNT.test(m[1] ?? '')) continue;
      const lead = compact.slice(Math.max(0, m.index - 8), m.index).replace(/^.*[，,。；;\n]/, '');
      out.push({
        item: `${lead}${m[0]}${compact.slice(m.index + m[0].length, m.index + m[0].length + 2)}`,
        at: m.index,
      });
    }
  for (const re of [RUN_ON_COUNT, ABOUT_BARE])
    for (const m of matchesOf(re, compact)) {
      const next = m[m.length - 1] ?? '';
      const digits = m[2] ?? '';
      if (NUMBER_WORD.test(next) || NOT_A_COUNT.test(digits)) continue;
      if (BRACKET_BEFORE.test(compact.slice(0, m.index))) continue;
      if (SIZED_UNIT.test(compact.slice(m.index + m[0].length - 1, m.index + m[0].length + 1)))
        continue;
      const lead = compact.slice(Math.max(0, m.index - 6), m.index).replace(/^.*[，,。；;\n]/, '');
      out.push({ item: `${lead}${m[0].replace(/\n$/, '')}`, at: m.index });
    }
  if (compact.includes('平方'))
    for (const m of matchesOf(AREA_CUT, compact)) {
      const lead = compact.slice(Math.max(0, m.index - 8), m.index).replace(/^.*[，,。；;\n]/, '');
      out.push({ item: `${lead}${m[0]}`, at: m.index });
    }
  if (compact.includes('.'))
    for (const m of matchesOf(DECIMAL_FOLLOWERS, compact)) {
      const lead = compact.slice(Math.max(0, m.index - 8), m.index).replace(/^.*[，,。；;\n]/, '');
      out.push({ item: `${lead}${m[0]}`, at: m.index });
    }
  if (compact.includes('开展'))
    for (const m of matchesOf(DONE_BARE, compact)) {
      if (NOT_A_COUNT.test(m[1] ?? '')) continue;
      out.push({ item: `${m[0]}${compact[m.index + m[0].length] ?? ''}`, at: m.index });
    }
  if (CHANGE_BETWEEN_DIGITS.test(compact))
    for (const m of matchesOf(CHANGE_BARE, compact)) {
      if (UNIT_AFTER_CHANGE.test(compact.slice(m.index + m[0].length))) continue;
      out.push({ item: m[0].slice(Math.max(0, m[0].length - 16)), at: m.index });
    }
  for (const m of matchesOf(BARE_COUNT, compact)) {
    const [, , digits = '', next = ''] = m;
    if (NUMBER_WORD.test(next) || NOT_A_COUNT.test(digits)) continue;
    const start = m.index;
    // The text's last characters: an excerpt may have cut it there (real: the corpus's excerpts
    // of 闽清县 2022 and 金洞乡 2025 end `…应急管理类信息51`, `…财政预决算信息2`).
    const last = next === '' && start + m[0].length === compact.length;
    if (BRACKET_BEFORE.test(compact.slice(0, start))) continue;
    const lead = compact.slice(Math.max(0, start - 6), start).replace(/^.*[，,。；;\n]/, '');
    if (last) atEnd = { item: `${lead}${m[0]}` };
    else out.push({ item: `${lead}${m[0]}`, at: start });
  }
  if (COUNTED_THEN_LISTED.test(compact))
    for (const m of matchesOf(AFTER_LISTED_BARE, compact)) {
      // Read by another reading already (`…来访申请9件、网上申请76;`: a request's count at a clause's end).
      if (NOT_A_COUNT.test(m[0]) || out.some((o) => o.at <= m.index && m.index - o.at <= 16))
        continue;
      const lead = listLead(compact, m.index, 8);
      const item = { item: `${lead}${m[0]}${compact[m.index + m[0].length] ?? ''}` };
      if (m.index + m[0].length === compact.trimEnd().length) atEnd = item;
      else out.push({ ...item, at: m.index });
    }
  if (compact.includes('其中') && COUNTED_THEN_COMMA.test(compact))
    for (const m of matchesOf(AFTER_COMMA_LISTED_BARE, compact)) {
      if (
        NOT_A_COUNT.test(m[0]) ||
        COUNT_NAMED.test(compact.charAt(m.index - 1)) ||
        UNIT_NAMED_BEFORE.test(compact.charAt(m.index - 1)) ||
        out.some((o) => Math.abs(o.at - m.index) <= 16) ||
        m.index + m[0].length === compact.trimEnd().length
      )
        continue;
      if (!sentenceBefore(compact, m.index).includes('其中')) continue;
      const lead = listLead(compact, m.index, 8);
      out.push({ item: `${lead}${m[0]}${compact[m.index + m[0].length] ?? ''}`, at: m.index });
    }
  return { items: out.sort((a, b) => a.at - b.at).map(({ item }) => ({ item })), atEnd };
});

/** The counts of information a text writes without a unit, in the order they come. */
export const lostUnitsIn = (text: string | AnalysedText): readonly LostUnit[] =>
  lostUnitsRead(text).items;

export const lostUnitCheck = defineCheck({
  id: 'count-unit-missing',
  severity: 'warning',
  spec: '4.5',
  title: '正文数字缺少单位',
  run(ctx) {
    // No cheap first test: nearly every text says 公开 and 信息; `lostUnitsIn` is kept per text.
    const headings = ctx.report.source?.headings ?? {};
    const sections = ctx.template.sections;
    // Since a fix of stop 39 after the measure of 1169–1198: a count ending its part is told when the
    // source printed a later part's heading after it (real: 大渡口区科技局 2020, its overview ending
    // `…政务微信公开政府信息0条,移动APP公开政府信息0`, then `二、主动公开政府信息情况`): the copy went
    // on, so the part was printed whole, not cut inside the count.
    const followed = (section: string): boolean => {
      const at = sections.findIndex((x) => x.id === section);
      return at >= 0 && sections.slice(at + 1).some((x) => headings[x.id] !== undefined);
    };
    return textFindings(
      ctx,
      (text) => {
        const read = lostUnitsRead(text);
        const lost =
          read.atEnd && followed(text.section) ? [...read.items, read.atEnd] : read.items;
        const [first] = lost;
        return first ? { first, count: lost.length } : null;
      },
      ({ first, count }) =>
        `文中“${first.item}”：数字后缺少单位（条、件等）${alsoSaid(count)}，请补上单位和标点`,
    );
  },
});

/**
 * A count of information whose 息 was lost: a kind of information, `信`, then the count and its unit
 * (real: 温泉县查干屯格乡 2020, `共发布各类政务信40余条`; 梅溪湖街道 2023, `财政信2条`). Only after the
 * words that name a kind of information (`政务`, `政府`, `各类`, `财政`…): `来信7件`, `短信`, `微信`,
 * `公开信` are words of their own. `公开信` counted by 条 is information cut (real: 昌江区 2019,
 * `通过政府网站公开信1764条`): open letters are counted by 封 or 份.
 * Since a fix of stop 35 after the measure of 749–778: a list of kinds of information closed by
 * `类信等`, 息 lost before 等 (`就业创业、安全生产、应急管理类信等`, real: 清水镇 2022); `…类信` is
 * no word (`微信等`, `短信等` are read apart: 类 must come right before).
 */
// Since a fix of stop 59 after the measure of 2396–2440: also right after the verb of publishing
// (`全年共发布信3366条`, real: 四川省体育局 2023): what is published and counted by 条 is information;
// a letter published is `公开信`, read apart above.
const INFO_CUT =
  /(?:政务|政府|[类种]|财政|统计|动态|工作|相关|其他|规划|公共|领域|人事|民生|预算|决算|服务|重点|发布|推送)信[0-9０-９]{1,6}(?:余|多)?[条篇件则个项]|公开信[0-9０-９]{1,6}(?:余|多)?条|类信等/;
const DIGIT = /[0-9０-９]/;

/**
 * Since a fix of stop 56 after the measure of 2261–2305 (helper f67): a kind of information in a
 * list of kinds, `类信` before the list's next mark with 息 lost (`…就业类信息、国土资源城乡建设环保
 * 能源类信、科教文体卫生类信息…`, real: 小河镇 2024): as `类信等`, `…类信` is no word; read
 * with the kind's two characters before it, for the message.
 */
const LIST_MARKS = '、，,；;';
const HAN_CHAR = /[\u4e00-\u9fff]/;
function kindInListCut(text: string, at: number): string | null {
  const next = text[at + 1] ?? '';
  if (text[at - 1] !== '类' || next === '' || !LIST_MARKS.includes(next)) return null;
  let start = at - 1;
  while (start > at - 3 && HAN_CHAR.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, at + 1);
}

/**
 * Since a fix of stop 44 after the measure of 1424–1483: a province's or city's rules on 政府信息公开
 * cited with 信息 lost (`《聊城市政府公开办法》`, real: 临清市烟店镇 2023): the rules are `…政府信息公开
 * 办法（规定）` (the corpus's 90 others); 政府公开 names nothing made public.
 */
const RULES_INFO_CUT =
  /《[^《》\n]{1,16}?(?:省|市|自治区|州|县|区)(?:人民)?政府公开(?:暂行|实施)?(?:办法|规定)》/;

/**
 * Since a fix of stop 67 after the measure of 2756–2800: the State Council's rules on the fees, 《政府信息公开
 * 信息处理费管理办法》 (国办函〔2020〕109号), named with their first 信息 lost (`公开发布政府信息依申请公开
 * 信息流程图和政府公开信息处理费管理办法`, real: 宣城市统计局 2023): no rules on the fees are named so (the
 * corpus's three others write it whole).
 */
const FEE_RULES_INFO_CUT = /政府公开信息处理费(?:管理)?办法/;

export const infoCutIn = perText((_, analysed: AnalysedText): string | null => {
  const text = compactText(analysed);
  const rules = text.includes('政府公开')
    ? (RULES_INFO_CUT.exec(text) ?? FEE_RULES_INFO_CUT.exec(text))
    : null;
  if (rules) return rules[0];
  // Nearly every text says 信息: only a 信 right before a digit (or 等, or a list's mark after
  // 类信) is read further.
  for (let at = text.indexOf('信'); at >= 0; at = text.indexOf('信', at + 1)) {
    const next = text[at + 1] ?? '';
    const listed = kindInListCut(text, at);
    if (listed !== null) return listed;
    if (next !== '等' && !DIGIT.test(next)) continue;
    const m = INFO_CUT.exec(text.slice(Math.max(0, at - 2), at + 12));
    if (m) return m[0];
  }
  return null;
});

/** `政务信40余条`: 信息 with 息 lost before a count (warning). */
export const infoWordCutCheck = defineCheck({
  id: 'info-word-cut',
  severity: 'warning',
  spec: '4.5',
  title: '正文“信息”缺字',
  run(ctx) {
    const found: Finding[] = [];
    for (const text of textsOf(ctx)) {
      const cut = infoCutIn(text);
      if (cut === null) continue;
      const { section, field } = text;
      const at = cut.indexOf('信') + 1;
      // A name with 信息 lost after 政府 (the rules' names), or a word with 息 lost after its 信.
      found.push({
        target: section,
        fields: [field],
        section,
        message: cut.includes('政府公开')
          ? `文中“${cut}”缺“信息”二字（应为“${cut.replace('政府公开', '政府信息公开')}”），请补上`
          : `文中“${cut}”的“信”后缺“息”字（应为“${cut.slice(0, at)}息${cut.slice(at)}”），请补上`,
      });
    }
    return found;
  },
});
