import type { PhraseSlip } from './phrase-slips';

/**
 * Sentences of a report's narrative garbled as wholes, not in one fixed phrase (read by
 * `phrase-garbled` beside its phrases' near misses): two verbs run together, a slogan said twice in
 * one sentence, an agency's subject or a word of its object lost, a thing received that cannot be.
 * Since a fix of stop 42 after the measure of 1349–1378, each from its real wording; the corpus's
 * other texts have none of these shapes.
 */

/**
 * Two verbs each with 了 run together, one of them left from an edit (`制定了印发了《延安市商务局关于
 * 实行媒体信息发布三审三校制度(试行)的通知》`, real: 延安市商务局 2021): a verb done (`XX了`) is
 * followed by its object, never by another verb done; two actions are joined (`制定并印发了`). Not
 * 为了, 除了 (no aspect), nor 了解 (`了` opening a word).
 */
const NOT_DONE_BEFORE = new Set('为除了');
/** The first `XX了YY了` of that shape in the text (read at each 了): the text and its two verbs, or null. */
function twoDone(text: string): { text: string; first: string; second: string } | null {
  for (let at = text.indexOf('了'); at !== -1; at = text.indexOf('了', at + 1)) {
    if (at < 2 || text.charAt(at + 3) !== '了') continue;
    const before = text.slice(at - 2, at);
    const after = text.slice(at + 1, at + 3);
    if (!isHan(before.charCodeAt(0)) || !isHan(before.charCodeAt(1))) continue;
    if (NOT_DONE_BEFORE.has(before.charAt(1))) continue;
    if (!isHan(after.charCodeAt(0)) || !isHan(after.charCodeAt(1)) || after.includes('了'))
      continue;
    if (after.charAt(0) === '解' || text.charAt(at + 4) === '解') continue;
    return { text: `${before}了${after}了`, first: before, second: after };
  }
  return null;
}

/**
 * The same phrase of what is studied or carried out opening two clauses of one sentence (`全面贯彻党的
 * 二十大精神和认真学习贯彻…,全面贯彻党的二十大和十九届历次全会以及…精神`, real: 鄂尔多斯市国资委 2022):
 * eight characters or more alike, a verb of the slogan (`贯彻`, `学习`, `落实`) and what it takes,
 * are one phrase said twice. Not the same verb before other objects (`全面贯彻落实党的二十大精神,…,
 * 全面贯彻落实《条例》`, real: 霞山区海滨街道 2023), nor the parallel clauses of counts or parts that
 * share a longer opening with no such verb (`占全部公开信息的61.5%,…,占全部公开信息的38.5%`).
 */
const SLOGAN_OPENING = 8;
const SLOGAN_VERBS = ['贯彻', '学习', '落实'] as const;
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const SENTENCE_END = new Set('。；;！!？?\n');
const CLAUSE_END = new Set('，,');
/**
 * The starts of the clauses whose first `SLOGAN_OPENING` characters are all Han and hold a verb of
 * the slogan, in order: found from each verb's place (a clause opens at most six characters before
 * it), not by reading every character.
 */
function sloganOpenings(text: string): number[] {
  const starts = new Set<number>();
  for (const verb of SLOGAN_VERBS)
    for (let at = text.indexOf(verb); at !== -1; at = text.indexOf(verb, at + verb.length)) {
      for (let k = at - 1; k >= at - 1 - (SLOGAN_OPENING - verb.length); k -= 1) {
        const c = k < 0 ? '' : text.charAt(k);
        if (k < 0 || SENTENCE_END.has(c) || CLAUSE_END.has(c)) {
          if (
            allHan(text.slice(k + 1, k + 1 + SLOGAN_OPENING)) &&
            k + 1 + SLOGAN_OPENING <= text.length
          )
            starts.add(k + 1);
          break;
        }
        if (!isHan(text.charCodeAt(k))) break;
      }
    }
  return [...starts].sort((x, y) => x - y);
}
function sloganTwice(text: string): PhraseSlip | null {
  const starts = sloganOpenings(text);
  if (starts.length < 2) return null;
  const opened = new Map<string, number>();
  let last = 0;
  for (const start of starts) {
    for (let k = last; k < start; k += 1)
      if (SENTENCE_END.has(text.charAt(k))) {
        opened.clear();
        break;
      }
    last = start;
    const key = text.slice(start, start + SLOGAN_OPENING);
    const first = opened.get(key);
    if (first === undefined) {
      opened.set(key, start);
      continue;
    }
    let n = SLOGAN_OPENING;
    while (
      start + n < text.length &&
      isHan(text.charCodeAt(start + n)) &&
      text.charCodeAt(first + n) === text.charCodeAt(start + n)
    )
      n += 1;
    const phrase = text.slice(start, start + n);
    return { text: `${phrase}…${phrase}`, phrase, kind: 'doubled' };
  }
  return null;
}
function allHan(s: string): boolean {
  for (let k = 0; k < s.length; k += 1) if (!isHan(s.charCodeAt(k))) return false;
  return true;
}

/**
 * A town naming itself by its kind alone, its 我 lost, as the subject opening a clause (`(二)依申请公开
 * 情况` / `镇高度重视依申请公开工作,不断完善制度机制`, real: 隆德县城关镇 2021, whose next item writes
 * `我镇高度重视政务公开工作`): as `SUBJECT_LOST` reads 局, 委, 办 and 厅, 镇 or 乡 alone right after a
 * stop and before the words a subject's clause opens with is no name (`镇党委`, `乡村振兴` are other
 * words). Since a fix of stop 61 after the measure of 2486–2530: and before 除了, 通过, 利用, as
 * `SUBJECT_LOST`.
 */
const TOWN_SUBJECT_LOST =
  /([镇乡])(?<=(?:^|[，,。；;：:\n])[镇乡])(认真|积极|高度|严格|坚持|始终|深入|全面|扎实|切实|不断|持续|进一步|主动|按照|紧紧|紧扣|大力|着力|及时|依法|除了|通过|利用)/;

/**
 * A year's work taken as the guide of itself, 要点 lost (`北乡义镇以2020年政务公开工作为指引,严格按照…`,
 * real: 成安县北乡义镇 2020): what guides a year's work is that year's 工作要点 (the corpus's others write
 * `以…工作要点为指引` or name the notice); `以…工作为重点` (a focus) is right and not read.
 */
const YEAR_WORK_AS_GUIDE =
  /以((?:19|20)\d{2}年度?[^，,。；;\n]{0,12}?(?:政务公开|政府信息公开|信息公开)工作)为(指引|遵循|指导|依据|准绳|引领|统领|指南)/;

/**
 * None received of a thing the agency does itself (`2023年度我局未收到依申请公开政府信息办理情况`, real:
 * 蒙城县乡村振兴局 2023): requests are received, their handling (`办理情况`, `处理情况`, `答复情况`) is
 * the agency's own. The corpus's `未收到依申请公开情况` (a request's case, loosely) is left silent.
 * Since a fix of stop 57 after the measure of 2306–2350: not across a 、 (`我镇未收到政府信息公开申请、
 * 无相关申请处理情况`, real: 永春县石鼓镇 2025): what follows the mark is the list's next item, its own
 * negation (无) before the handling, said right.
 */
const RECEIVED_HANDLING =
  /(?:未|没有)(?:收到|接到|接收)([^，,。；;、\n]{0,20}?申请[^，,。；;、\n]{0,12}?)(?:办理|处理|答复)情况(?=[，,。；;\n]|$)/;

/**
 * Since a fix of stop 45 after the measure of 1514–1543: none received of the case of publishing on
 * request, the act's object spelt out (`2020年我局未收到依申请公开政府信息情况`, real: 锦屏县生态移民局
 * 2020, its gatherer reading it as 1354's; `全年未收到政府信息依申请公开情况`, 安居区经济合作局 2023):
 * requests are received, the 情况 of publishing on request is the agency's own. Not with 的 (`没有收到
 * 依申请公开政府信息的情况`, no case of receiving them: said right), nor the corpus's `未收到依申请公开
 * 情况` (left silent with 1354, 依申请公开 standing for the requests).
 */
const RECEIVED_CASE =
  /(?:未|没有)(?:收到|接到|接收)(?:依申请公开政府信息|政府信息依申请公开)情况(?=[，,。；;\n]|$)/;

/**
 * Since a fix of stop 45 after the measure of 1514–1543: none happened of a request joined to an
 * outcome, 公开 lost after 依申请 and the information the object (`全年所有政府信息均未发生依申请和不予
 * 公开政府信息`, real: 江津区杜市镇 2019; `全年未发生依申请和处理政府信息`, 博山区山头街道 2020, 阿拉善右旗
 * 曼德拉苏木 2021, 昭化区清水镇 2022, each written down by its gatherer): information does not happen;
 * what is meant is that no request was received. `依申请` with no 和 (`未发生依申请政府信息`) is the
 * phrases' shape (公开 lost).
 */
const NONE_HAPPENED_ON_REQUEST =
  /(?:未|没有)发生依申请[和及、与][^，,。；;\n]{1,6}?政府信息(?=[，,。；;\n]|$)/;

/**
 * Since the fixes of stop 46 after the measure of 1574–1633 (helper f19): clauses with a word lost,
 * left or put in by a slip, each read from its real wording in its general shape (the corpus's other
 * texts have none of these):
 * - 树立 (to set up an idea) before a quoted slogan that ends its clause (`树立“发布与解读同步、形式与
 *   内容并重”,明确…`, real: 渝中区应急管理局 2025): a slogan set up is an idea, `…”的理念`; the corpus's
 *   others go on with it (`树立“一盘棋”思想`, `…”的工作理念`); a slogan that is a noun itself (`树立“四个意识”`, no list in it, or ending on
 *   意识, 理念…) is not read.
 * - 进一步 before a duty's name with its verb lost (`进一步网络意识形态工作责任和安全保密工作责任`,
 *   real: 晋江市审计局 2025): 进一步 leads a verb (`压实`, `落实`); the names of the duties it would
 *   lead (`网络…`, `意识形态…`, `安全保密…`) never follow it straight.
 * - a clause opened by 及 listing rules to be made, its verb lost (`优化信息采集、审核、发布流程,及政府
 *   信息公开指南、信息报送、信息公开保密审查制度等`, real: 壶关县树掌镇 2025): 及 joins nouns, not
 *   clauses; what 制度 needs is a verb (`完善`, `健全`). Not 及时, 及早, 及其.
 * - 要求 followed by a stray 信息 that ends its clause (`严格落实政府信息公开签审要求信息,建立审批流程`,
 *   real: 雁塔区卫生健康局 2020): a requirement carried out ends there (`…要求,`). Not what an applicant
 *   asked for (`申请人所要求信息`).
 * - two verbs of one request run together (`全年未接收到受理政府信息公开申请`, real: 师宗县高良乡 2025,
 *   its gatherer `语句不通`): a request is received, or accepted; `收到受理通知书` is a notice's name and
 *   not read.
 * - a count stuck to one item of a list of words (`审计信息、重要部署执行8、建议提案办理、财政预决算`,
 *   real: 高青县审计局 2022): between items none of which counts anything, a number with no unit is
 *   a stray character.
 * - a list of levels (`国家、省、市`) closed by 、 before 关于 (`认真贯彻落实《条例》及国家、省、市、关于
 *   政府信息与政务公开工作文件精神`, real: 资中县民政局 2022): 关于 opens no item of that list.
 * - an address's number with 号 lost before its postcode (`…德兴乡路1,邮编:860…`, real: 墨脱县德兴乡
 *   2021; 镇宁自治县 2019's `犀牛路3,邮编`, its gatherer's slip, the same): a street's number is `N号`.
 */
const SLOGAN_SET_UP =
  /树立(“[^”\n]{1,30}[、，,][^”\n]{1,30}”)(?<!(?:意识|理念|观念|思想|精神|作风)”)(?=[，,。；;])/;
const DUTY_VERB_LOST =
  /进一步((?:网络|意识形态|安全保密|保密|主体|政治)[^，,。；;、\n]{0,14}?责任)/;
const CLAUSE_OPENED_BY_AND = /[，,]及((?![时早其以])[^，,。；;\n]{4,40}?制度)等?(?=[，,。；;])/;
const STRAY_INFO_AFTER_REQUIREMENT = /(?<![所人])要求信息(?=[，,。；;])/;
const RECEIVED_ACCEPTED = /(?:接收到|收到|接到)受理(?!通知|回执|单|书|意见|告知|凭证)/;
const COUNT_IN_WORD_LIST =
  /(?<=[\u4e00-\u9fff]、)([\u4e00-\u9fff]{2,10})(\d{1,3})(?=、[\u4e00-\u9fff]{2,10}[、等])/;
/** The cheap test of `COUNT_IN_WORD_LIST` (most texts count nothing right before a 、). */
const DIGIT_BEFORE_COMMA = /\d、/;
// Since a fix of stop 60 after the measure of 2441–2485 (fixer f84): also before the words that open
// the documents' or meetings' description, which name no level (`十九届五中全会及省、市、区、重要会议精神`,
// real: 2478 太和街道办事处 2020). Not before a noun that may be an item cut (`及省、市、工作部署`, 076
// 金厂镇 2025, passed by its gatherer as 县 lost), nor a named place (`省、市、庐山市`).
const LEVEL_LIST_CLOSED = /(?<=[、和及])([省市县区州])、(关于|重要|相关|有关)/;
const LEVEL_LIST_NEXT = ['、关于', '、重要', '、相关', '、有关'];
/** A street's name ending (路, 街 …) and the door's number after it, its 号 not yet read. */
export const STREET_THEN_NUMBER = '(?:路|街|巷|道|村)(\\d{1,4})';
const STREET_NUMBER_LOST = new RegExp(`${STREET_THEN_NUMBER}(?=[，,；;\\s]*(?:邮编|邮政编码))`);

/**
 * Since the fixes of stop 50 after the measure of 1814–1858 (helper f33): more clauses with a word
 * lost, doubled, put in or run together by a slip, each read in its general shape (the corpus's
 * other texts have none of these):
 * - 如 said twice in one condition (`如对本报告如有疑问`, real: 长乐区文武砂镇 2021): `如对…有疑问` or
 *   `对…如有疑问`, one 如.
 * - a stop put after a comma before the next clause (`高度重视政府信息公开工作,.结合本单位实际`, real:
 *   鼓楼区五凤街道 2021): a comma and a full stop never stand together.
 * - 诉求 written 述求 (`确保群众能够准确表达述求`, real: 巴彦淖尔市工信局 2021): a sound-alike; 陈述求助
 *   is other words.
 * - a media account's name with a character lost (`微博、信公众号`, `各类新体账号`, real: 汾阳市文峰街道
 *   2020): 微信公众号, 新媒体账号; 信公众号 right after a list's mark, 新体 before an account or platform.
 * - 增 alone before what is strengthened (`不断增公信力`, same report): 增强公信力 (透明度, 实效性,
 *   针对性).
 * - 巩固拓展 whose clause names nothing consolidated (`持续巩固拓展疫情防控和经济社会发展`, real: 苍山区
 *   下渡街道 2021): it takes 成果, 成效, 优势 or the like.
 * - a title whose 》 is put before 的通知, the work it was about cut (`《关于做好宗教活动场所新型冠状病毒
 *   感染》的通知`, real: 元谋县民族宗教局 2020): a 关于做好… title ends on 工作 (or a document's word)
 *   inside its marks. Not a title of another shape (`《关于修订…文本格式》的通知`, written down as wording
 *   and not counted by 1630's gatherer).
 * - 案复 right after a proposal's title (`…建设的提案》案复`, same report): the answer is 答复 (or 复文).
 * - a 、 before a verb done (`推进…工作制度化、有效提升了…水平`, real: 天水市司法局 2021): 、 joins the
 *   items of a list, not a clause; a word lost before it (`规范化`) or a comma meant.
 * - a right guarded said to be a channel (`有力保障了人民群众对…的知情权、参与权和监督权的重要途径`, same
 *   report): two sentences run together (保障了…权 / 是…的重要途径).
 * - a body's name printed as a document's title (`印发《网络安全和信息化领导小组》`, real: 咸宁市自然资源
 *   和规划局 2019): a group is set up, not issued; its notice's name lost (`关于成立…的通知`).
 * - 拓宽 before a clause of taking part with no channel named (`有利于拓宽人民群众参与管理社会经济事务`,
 *   real: 武进区西太湖 2021): what is widened is the way of taking part (`…的渠道`).
 */
const IF_TWICE = /如对[^，,。；;\n]{1,12}?如有/;
const STOP_AFTER_COMMA = /[，,][.．](?=[\u4e00-\u9fff])/;
const APPEAL_SOUND_ALIKE = /(?<!陈)述求/;
const ACCOUNT_CHAR_LOST = /(?<=[、，,])信公众号|新体(?=账号|平台|矩阵)/;
const STRENGTHEN_LOST = /增(?=公信力|透明度|实效性|针对性)/;
// Since a fix of stop 52 after the measure of 2081–2125: 阵地 is held and widened too (`巩固拓展主流舆论
// 阵地。`, real: 安徽省邮政管理局 2023).
// Since a fix of stop 54 after the measure of 2171–2215 (helper f57): not where 巩固拓展… is an item
// named in a list of contents after 如 (例如, 比如), 包括 or 涉及 (`重点公开了…的主要内容,如巩固拓展脱贫攻坚、
// 乡村振兴、…各村开会情况等;`, real: 上犹县双溪乡 2023): a matter named needs no object.
const CONSOLIDATED_LOST =
  /(?<!如|包括|涉及)巩固拓展(?:(?!成果|成效|优势|态势|局面|势头|效果|基础|阵地)[^，,。；;\n]){4,30}(?=[，,。；;\n]|$)/;
const TITLE_CLOSED_EARLY =
  /《关于(?:做好|加强|推进|开展|进一步)[^《》\n]{2,40}(?<!工作|通知|意见|函|方案|提示|办法|规定|决定|报告|要点|计划|措施)》的(?:通知|意见)/;
const ANSWER_MISWRITTEN = /》案复/;
const LIST_MARK_BEFORE_DONE =
  /、(?:有效|切实|不断|全面|大力|进一步)(?:提升|提高|增强|保障|推进|促进)了/;
const RIGHT_AS_CHANNEL =
  /(?:保障|维护|满足)了[^，,。；;\n]{0,40}?权(?:利)?的重要(?:途径|渠道|手段|举措|平台|载体|方式)/;
const GROUP_AS_TITLE = /(?:印发|制定|出台)《[^《》\n]{2,40}(?:领导小组|委员会|工作组)》/;
const WIDENED_WITHOUT_WAY =
  /拓宽(?:(?!渠道|途径|路径|空间|范围|平台|方式)[^，,。；;\n]){0,16}?参与(?:(?!渠道|途径|路径|空间|范围|平台|方式)[^，,。；;\n]){2,20}(?=[，,。；;\n]|$)/;

/** The clause readings above (stop 50), each behind a cheap test of its own characters. */
function clauseWordSlipsIn(text: string, out: PhraseSlip[]): void {
  const ifTwice = text.includes('如有') ? IF_TWICE.exec(text) : null;
  if (ifTwice)
    out.push({ text: ifTwice[0], phrase: ifTwice[0].replace(/^如/, ''), kind: 'doubled' });
  const stop = text.includes('.') || text.includes('．') ? STOP_AFTER_COMMA.exec(text) : null;
  if (stop) out.push({ text: stop[0], phrase: stop[0].charAt(0), kind: 'added' });
  if (text.includes('述求') && APPEAL_SOUND_ALIKE.test(text))
    out.push({ text: '述求', phrase: '诉求', kind: 'replaced' });
  const account =
    text.includes('信公众号') || text.includes('新体') ? ACCOUNT_CHAR_LOST.exec(text) : null;
  if (account)
    out.push({
      text: account[0],
      phrase: account[0] === '新体' ? '新媒体' : '微信公众号',
      kind: 'lost',
    });
  if (text.includes('增') && STRENGTHEN_LOST.test(text))
    out.push({ text: '增', phrase: '增强', kind: 'lost' });
  const consolidated = text.includes('巩固拓展') ? CONSOLIDATED_LOST.exec(text) : null;
  if (consolidated)
    out.push({ text: consolidated[0], phrase: `${consolidated[0]}成果`, kind: 'unfinished' });
  const title = text.includes('》的') ? TITLE_CLOSED_EARLY.exec(text) : null;
  if (title)
    out.push({
      text: title[0],
      phrase: title[0].replace('》的', '…的').concat('》'),
      kind: 'worded',
    });
  if (text.includes('案复') && ANSWER_MISWRITTEN.test(text))
    out.push({ text: '》案复', phrase: '》答复', kind: 'replaced' });
  const listMark = text.includes('、') ? LIST_MARK_BEFORE_DONE.exec(text) : null;
  if (listMark)
    out.push({ text: listMark[0], phrase: `，${listMark[0].slice(1)}`, kind: 'worded' });
  const right = text.includes('的重要') ? RIGHT_AS_CHANNEL.exec(text) : null;
  if (right) out.push({ text: right[0], phrase: '保障了…权，是…的重要途径', kind: 'worded' });
  const group = text.includes('》') ? GROUP_AS_TITLE.exec(text) : null;
  if (group) out.push({ text: group[0], phrase: '印发《关于成立…的通知》', kind: 'worded' });
  const widened = text.includes('拓宽') ? WIDENED_WITHOUT_WAY.exec(text) : null;
  if (widened) out.push({ text: widened[0], phrase: `${widened[0]}的渠道`, kind: 'unfinished' });
}

/**
 * Since a fix of stop 63 after the measure of 2576–2620: a sentence opening with the report's name as
 * its subject, straight into the law it follows, then presenting the same report as its object
 * (`沅江市公安局交通警察大队2020年度政府信息公开年度报告根据《中华人民共和国政府信息公开条例》的相关规定,现向社会
 * 公布沅江市公安局交通警察大队2020年度政府信息公开年度报告如下。`, real: 沅江市公安局交通警察大队 2020): the
 * name at its head has no verb (a preface saying `…年度报告根据《条例》编制` has one, real: 天津市疾控局
 * 2025), the title run into the sentence.
 */
const NAME_SUBJECT_THEN_PRESENTED =
  /(?:^|[。；;\n])\s*([^，,。；;\n《》“”]{2,40}?(?:19|20)\d{2}年度?[^，,。；;\n《》“”]{0,16}?报告)(根据|按照|依据)(?=《)[^。；;\n]*?[，,](?:现|特)?(?:向社会)?(?:公布|发布)[^，,。；;\n]{0,40}?报告如下[。：:]/;

/**
 * The readings above, read after the phrases' near misses (as `noneReceivedSlipsIn`: a text's
 * other slip, read first, keeps its place as the one the message names).
 */
export function wordsLostOrStrayIn(text: string): PhraseSlip[] {
  const out: PhraseSlip[] = [];
  const slogan = text.includes('树立“') ? SLOGAN_SET_UP.exec(text) : null;
  if (slogan) out.push({ text: slogan[0], phrase: `${slogan[0]}的理念`, kind: 'unfinished' });
  const duty = text.includes('进一步') ? DUTY_VERB_LOST.exec(text) : null;
  if (duty)
    out.push({ text: duty[0], phrase: `进一步压实（或落实）${duty[1] ?? ''}`, kind: 'verb' });
  const and = text.includes('及') && text.includes('制度') ? CLAUSE_OPENED_BY_AND.exec(text) : null;
  if (and)
    out.push({
      text: `及${and[1] ?? ''}`,
      phrase: `及完善（或健全）${and[1] ?? ''}`,
      kind: 'verb',
    });
  const stray = text.includes('要求信息') ? STRAY_INFO_AFTER_REQUIREMENT.exec(text) : null;
  if (stray) out.push({ text: stray[0], phrase: '要求', kind: 'added' });
  const received = text.includes('受理') ? RECEIVED_ACCEPTED.exec(text) : null;
  if (received) out.push({ text: received[0], phrase: '收到（或受理）', kind: 'worded' });
  const count = DIGIT_BEFORE_COMMA.test(text) ? COUNT_IN_WORD_LIST.exec(text) : null;
  if (count) out.push({ text: count[0], phrase: count[1] ?? '', kind: 'added' });
  const level = LEVEL_LIST_NEXT.some((w) => text.includes(w)) ? LEVEL_LIST_CLOSED.exec(text) : null;
  if (level)
    out.push({ text: level[0], phrase: `${level[1] ?? ''}${level[2] ?? ''}`, kind: 'added' });
  const street = text.includes('邮') ? STREET_NUMBER_LOST.exec(text) : null;
  if (street) out.push({ text: street[0], phrase: `${street[0]}号`, kind: 'lost' });
  const named = text.includes('报告如下') ? NAME_SUBJECT_THEN_PRESENTED.exec(text) : null;
  if (named)
    out.push({ text: `${named[1] ?? ''}${named[2] ?? ''}`, phrase: named[2] ?? '', kind: 'added' });
  clauseWordSlipsIn(text, out);
  return out;
}

/** The sentence slips of one compact paragraph or text (`phrase-garbled` reads them). */
export function sentenceSlipsIn(text: string): PhraseSlip[] {
  const out: PhraseSlip[] = [];
  const done = twoDone(text);
  if (done)
    out.push({ text: done.text, phrase: `${done.first}并${done.second}了`, kind: 'worded' });
  if (text.includes('贯彻') || text.includes('学习') || text.includes('落实')) {
    const twice = sloganTwice(text);
    if (twice) out.push(twice);
  }
  const town = text.includes('镇') || text.includes('乡') ? TOWN_SUBJECT_LOST.exec(text) : null;
  if (town) {
    const said = `${town[1] ?? ''}${town[2] ?? ''}`;
    out.push({ text: said, phrase: `我${said}`, kind: 'lost' });
  }
  const guide = text.includes('工作为') ? YEAR_WORK_AS_GUIDE.exec(text) : null;
  if (guide)
    out.push({
      text: guide[0],
      phrase: `以${guide[1] ?? ''}要点为${guide[2] ?? ''}`,
      kind: 'lost',
    });
  const handling =
    text.includes('情况') && (text.includes('未') || text.includes('没有'))
      ? RECEIVED_HANDLING.exec(text)
      : null;
  if (handling) out.push({ text: handling[0], phrase: '未收到政府信息公开申请', kind: 'worded' });
  return out;
}

/**
 * The two readings of stop 45 above, none received or happened of what is not received (read after
 * the phrases' near misses: a text's other slip, read first, keeps its place as the one the message
 * names).
 */
export function noneReceivedSlipsIn(text: string): PhraseSlip[] {
  const out: PhraseSlip[] = [];
  const noCase =
    text.includes('依申请公开政府信息情况') || text.includes('政府信息依申请公开情况')
      ? RECEIVED_CASE.exec(text)
      : null;
  if (noCase) out.push({ text: noCase[0], phrase: '未收到政府信息公开申请', kind: 'worded' });
  const noneHappened = text.includes('发生依申请') ? NONE_HAPPENED_ON_REQUEST.exec(text) : null;
  if (noneHappened)
    out.push({ text: noneHappened[0], phrase: '未收到政府信息公开申请', kind: 'worded' });
  return out;
}
