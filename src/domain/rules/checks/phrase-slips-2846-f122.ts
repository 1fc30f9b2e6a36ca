import { perText } from '../../format/memo';
import type { AnchoredSentenceSlips, PhraseSlip } from './phrase-slips';

/**
 * Since the fixes of stop 69 after the measure of 2846–2890 (fixer f122), sentence slips read by
 * `phrase-garbled` beside its phrases' near misses. Each shape was looked for in the whole corpus
 * (about 2,880 texts) and found only where its gatherer wrote the slip down.
 */

/**
 * The report published, its name run straight into the list of its parts, the stop lost between
 * them (`现向社会公布2021年沅江市阳罗洲镇人民政府信息公开年度报告全文包括总体概况、…`, real: 沅江市阳罗洲镇
 * 2021): the report is the object of 公布, and `全文包括…` is a sentence of its own. The corpus's
 * others put the stop there (`…工作年度报告。报告全文包括…`, 097 清江浦区 2021) or open on the report
 * (`本年度报告全文包括:…`).
 */
const NAME_RUN_INTO_PARTS = /(?:公布|发布)[^。；;，,：:\n]{0,60}?(年度报告)(全文(?:包括|由|共))/;

function nameRunIntoPartsIn(text: string): PhraseSlip | null {
  const m = text.includes('全文') ? NAME_RUN_INTO_PARTS.exec(text) : null;
  if (!m) return null;
  const [, report = '', parts = ''] = m;
  return { text: `${report}${parts}`, phrase: `${report}。${parts}`, kind: 'lost' };
}

/**
 * Speeches said with no speaker, listed after another thing learnt (`认真贯彻落实党的二十大精神和历次
 * 重要讲话精神`, real: 昆都仑区阿尔丁大街街道 2024): `历次重要讲话` (`系列重要讲话`) is someone's
 * (`习近平总书记历次重要讲话`). The corpus's others name the speaker before it (`习近平总书记对广东系列
 * 重要讲话`, `…关于做好政务公开工作的系列重要讲话`); read only where a list's mark or the verb comes
 * right before it.
 */
const SPEECHES_WITHOUT_SPEAKER = /(?:[和及、，,]|贯彻|落实|学习)(?:历次|系列|一系列)重要讲话/;

function speechesWithoutSpeakerIn(text: string): PhraseSlip | null {
  const m = text.includes('重要讲话') ? SPEECHES_WITHOUT_SPEAKER.exec(text) : null;
  if (!m) return null;
  const [said] = m;
  const speeches = said.slice(said.search(/历次|系列|一系列/));
  const before = said.slice(0, said.length - speeches.length);
  return { text: said, phrase: `${before}（讲话人）${speeches}`, kind: 'lost' };
}

/**
 * No case received said as no handling received (`未接收到政府信息公开引发的行政复议和行政诉讼案件处理
 * 情况`, real: 银川市兴庆区玉皇阁北街街道 2022): what is received is the case, not the account of its
 * handling; `处理情况` closing a clause of receiving is a heading's word left in the sentence. The
 * corpus's others close on the cases (`未收到…行政复议和行政诉讼案件`). A clause of 发生 (`未发生政府
 * 信息公开行政复议、诉讼处理情况`, 2151 通川区政府办 2023, not written down by its gatherer) is not read,
 * nor a list's next item (`未收到政府信息公开申请、无相关申请处理情况`, 2317 永春县石鼓镇 2025: 无 says it).
 */
const HANDLING_RECEIVED =
  /未(?:接收到|收到|接到|受理)([^。；;，,、\n]{2,40}?(?:案件|诉讼|复议))处理情况(?=[。；;，,]|$)/;

function handlingReceivedIn(text: string): PhraseSlip | null {
  const m = text.includes('处理情况') ? HANDLING_RECEIVED.exec(text) : null;
  if (!m) return null;
  const [said, what = ''] = m;
  const verb = said.slice(0, said.length - what.length - 4);
  const shown = what.length > 10 ? `…${what.slice(-6)}` : what;
  return { text: `${verb}${shown}处理情况`, phrase: `${verb}${shown}`, kind: 'added' };
}

/**
 * 及 (joining nouns) put before a verb, two clauses run together (`集中公开109个现行有效的政府规章及
 * 进行行政规范性文件的统一发布`, real: 广州市司法局 2021): a verb after it takes `，并`. 及 ending a word
 * (`以及`, `涉及`, `普及`) is not read. Only 进行 is read: `…情况及做好城市管理…` (2645 金台区城管局
 * 2022, not written down) joins two verbs' clauses.
 */
const AND_BEFORE_VERB = /(?<![以涉普危波顾触企])及(?=进行)/;

function andBeforeVerbIn(text: string): PhraseSlip | null {
  const m = text.includes('及') ? AND_BEFORE_VERB.exec(text) : null;
  if (!m || m.index < 2) return null;
  const before = text.slice(m.index - 2, m.index);
  const verb = text.slice(m.index + 1, m.index + 3);
  return { text: `${before}及${verb}`, phrase: `${before}，并${verb}`, kind: 'worded' };
}

/**
 * 政府信息 with 公开 lost before the measures taken for it (`我镇认真贯彻落实政府信息各项措施`, real:
 * 六枝特区木岗镇 2019): information has no measures or rules; its publishing does
 * (`政府信息公开各项措施`). Read only with 各项: `做好政府信息各项工作` (2771 札达县 2023) and `完善健全
 * 政府信息相关制度` (066 平潭食品片区 2023, of keeping the information) were not written down.
 */
const PUBLISHING_LOST_BEFORE_MEASURES = /政府信息(各项(?:措施|制度|规定))(?!》)/;

function publishingLostBeforeMeasuresIn(text: string): PhraseSlip | null {
  const m = text.includes('政府信息') ? PUBLISHING_LOST_BEFORE_MEASURES.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `政府信息公开${m[1] ?? ''}`, kind: 'lost' };
}

/**
 * A stray 开 opening an item of a count list (`部门动态477条、重点领域202条、开财政预算决算2条`, real:
 * 通州区新华街道 2019, 公开's 公 lost or 开 left over): after a count and 、, an item is a kind of
 * information, which 开 opens none of (`开放档案目录1条` is a kind, 开放 not read).
 */
const STRAY_OPEN_IN_LIST =
  /(?<=\d[条件篇项个]、)开((?:财政|预算|决算|预决算|政策|人事|规划|计划|通知|公告|文件|民生|重点|部门|政务|政府|统计|招标|项目|资金)[\u4e00-\u9fff]{0,8}?\d+[条件篇项个])/;

function strayOpenInListIn(text: string): PhraseSlip | null {
  const m = text.includes('、开') ? STRAY_OPEN_IN_LIST.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: m[1] ?? '', kind: 'added' };
}

/**
 * A verb of receiving said twice around 并 (`当事人收到并满意收到的公开答复`, real: 通州区新华街道
 * 2019): the second is a slip. The corpus's `X并…X` are two verbs with their objects (`修改处理并登记
 * 处理情况`), not a verb of receiving twice.
 */
const RECEIVED_TWICE = /(收到|接到|得到)并([\u4e00-\u9fff]{1,3}?)\1/;

function receivedTwiceIn(text: string): PhraseSlip | null {
  const m = text.includes('并') ? RECEIVED_TWICE.exec(text) : null;
  if (!m) return null;
  const [said, verb = '', middle = ''] = m;
  return { text: said, phrase: `${verb}并${middle}`, kind: 'doubled' };
}

/**
 * 日常 written 日查 before the work it qualifies (`负责全系统政务公开日查工作`, real: 南漳县卫健局 2019):
 * 日查 is no word before 工作; `每日查看`, `逐日查` have another word before it.
 */
const DAILY_AS_CHECK = /(?<![每逐当])日查(?=工作|管理|维护)/;

function dailyAsCheckIn(text: string): PhraseSlip | null {
  const m = text.includes('日查') ? DAILY_AS_CHECK.exec(text) : null;
  return m ? { text: '日查', phrase: '日常', kind: 'replaced' } : null;
}

/**
 * Two verbs of handling around one object (`妥善处置市长公开电话诉求件办理`, real: 长春市卫健委 2024):
 * 处置 takes the object, and 办理 closing the clause after it is one verb too many.
 */
const HANDLED_TWICE = /处置([^，。；,;\n]{2,14})办理(?=[。；;，,]|$)/;

function handledTwiceIn(text: string): PhraseSlip | null {
  const m = text.includes('处置') ? HANDLED_TWICE.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `处置${m[1] ?? ''}`, kind: 'added' };
}

/**
 * A clause closing on the public's needs run into the next sentence on a channel, the stop lost
 * (`积极与公众互动,回应群众需求微信公众号全年发布信息67条`, real: 鄂州市文化和旅游局 2021): 需求 (关切,
 * 诉求) closes `回应…`, and the channel opens a sentence of its own.
 */
const NEEDS_RUN_INTO_CHANNEL = /(需求|关切|诉求)(微信公众号|政务微博|微博|抖音|今日头条|头条号)/;

function needsRunIntoChannelIn(text: string): PhraseSlip | null {
  const m = NEEDS_RUN_INTO_CHANNEL.exec(text);
  if (!m) return null;
  const [said, needs = '', channel = ''] = m;
  return { text: said, phrase: `${needs}。${channel}`, kind: 'lost' };
}

/**
 * The sentence slips read since the measure of 2846–2890 (fixer f122), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2846_F122: AnchoredSentenceSlips = [
  [nameRunIntoPartsIn, '全'],
  [speechesWithoutSpeakerIn, '讲'],
  [handlingReceivedIn, '况'],
  [andBeforeVerbIn, '及'],
  [publishingLostBeforeMeasuresIn, '措制规'],
  [strayOpenInListIn, '开'],
  [receivedTwiceIn, '并'],
  [dailyAsCheckIn, '查'],
  [handledTwiceIn, '置'],
  [needsRunIntoChannelIn, '求切'],
];

/**
 * A sentence cut inside 行政诉讼 (行政复议) at a line's end, the next line opening the next point
 * (`未收到因政府信息公开被申请行政复议或提起行政诉` / `(三)政府信息管理。…`, real: 潜江市浩口镇蓬东乡
 * 2024): the term is cut, and the sentence with it. Read on the whole text (the lines are read one
 * by one): a text ending on the cut (an excerpt stopped there, 2361 郎溪县交通运输局 2023, 2660 浑江区
 * 文旅局 2019) has no next point and is not read.
 */
const TERM_CUT_BEFORE_POINT =
  /行政(诉(?!讼)|复(?!议))\n(?=[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])/;
const WHOLE: Readonly<Record<string, string>> = { 诉: '诉讼', 复: '复议' };

export const termCutBeforePointIn = perText(
  { anyOf: '诉复', otherwise: null },
  (text): PhraseSlip | null => {
    const m = text.includes('\n') ? TERM_CUT_BEFORE_POINT.exec(text) : null;
    if (!m) return null;
    const cut = m[1] ?? '';
    return { text: `行政${cut}`, phrase: `行政${WHOLE[cut] ?? cut}…。`, kind: 'lost' };
  },
);
