import { anchorMarks, holdsAnyOf, mayHold } from '../../format/anchors';
import { perParagraphAnd, perText, readingAnchors } from '../../format/memo';
import { compactText, escapeRegExp, isHanCode, isSubsequence, matchesOf } from '../../format/text';
import type { FormatTemplate } from '../../template/types';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { alsoSaid, textFindings, type ReportText } from '../support';
import { PROVINCES, doubledWordIn } from './agency-names';
import { garbledSubheadingIn } from './headings';
import { infoCutIn } from './lost-unit';
import { noneReceivedSlipsIn, sentenceSlipsIn, wordsLostOrStrayIn } from './sentence-slips';
import { SENTENCE_SLIP_ANCHORS_2441_F82, SENTENCE_SLIPS_2441_F82 } from './phrase-slips-2441-f82';
import { SENTENCE_SLIP_ANCHORS_2486_F88, SENTENCE_SLIPS_2486_F88 } from './phrase-slips-2486-f88';
import { SENTENCE_SLIP_ANCHORS_2531_F92, SENTENCE_SLIPS_2531_F92 } from './phrase-slips-2531-f92';
import { SENTENCE_SLIPS_2576_F96 } from './phrase-slips-2576-f96';
import { SENTENCE_SLIPS_2621_F100 } from './phrase-slips-2621-f100';
import { ONE_WORD_SLIPS_2666_F104 } from './phrase-slips-2666-f104';
import { SENTENCE_SLIPS_2666_F105 } from './phrase-slips-2666-f105';
import { ONE_WORD_SLIPS_2711_F108, SENTENCE_SLIPS_2711_F108 } from './phrase-slips-2711-f108';
import { ONE_WORD_SLIPS_2756_F112, SENTENCE_SLIPS_2756_F112 } from './phrase-slips-2756-f112';
import { contactAddressSlip, SENTENCE_SLIPS_2756_F113 } from './phrase-slips-2756-f113';
import { SENTENCE_SLIPS_2801_F116, verbOnNextLine } from './phrase-slips-2801-f116';
import { SENTENCE_SLIPS_2846_F122, termCutBeforePointIn } from './phrase-slips-2846-f122';
import { ONE_WORD_SLIPS_2846_F120, SENTENCE_SLIPS_2846_F120 } from './phrase-slips-2846-f120';
import { SENTENCE_SLIPS_2891_F125 } from './phrase-slips-2891-f125';
import { garbledReportNameIn } from './text-slips';

/**
 * A fixed phrase of these reports written with a slip (SPEC §4.5, 'characters lost or doubled'):
 * one character lost from its middle (`存在的主要问题及改情况`), one character or word doubled
 * (`收到和处理政府政府信息公开申请情况`), one replaced by a look-alike or a sound-alike (`不子公开`,
 * `本年废纸件数`), or two neighbours swapped. The vocabulary is the reports' own: the format's
 * headings, areas and table labels (from the template), the regulation's and the notices' names,
 * and the words every report uses (below).
 */

/** Fixed phrases every report uses, beside the format's own labels. */
const PHRASES: readonly string[] = [
  '中华人民共和国政府信息公开条例',
  // The regulation's name closed by its mark: `…政府信息公开条》` (例 lost before the mark).
  '政府信息公开条例》',
  // The notices' issuer code (before its number, `notice-citation-unknown` reads it: see
  // `inCitation`).
  '国办公开办函',
  '国务院办公厅政府信息与政务公开办公室',
  '政府信息公开工作年度报告',
  '政府信息公开工作',
  '政府信息公开申请',
  '政府信息公开指南',
  '政府信息公开目录',
  '政府信息公开专栏',
  '政府信息公开',
  '政务公开工作要点',
  '依申请公开',
  '主动公开',
  '不予公开',
  '予以公开',
  '部分公开',
  '无法提供',
  '不予处理',
  '行政复议',
  '行政诉讼',
  '政务新媒体',
  '信息处理费',
  '行政规范性文件',
  '规范性文件',
  '行政事业性收费',
  '人民政府办公室',
  '政府门户网站',
  '政府网站',
  '政务服务',
  '政策解读',
  '回应关切',
  '保密审查',
  '法定期限内',
  '新闻发布会',
  '重点领域信息公开',
  '基层政务公开标准化规范化',
  '公开为常态、不公开为例外',
  '谁公开谁审核',
  '公共企事业单位',
  '办理结果',
  '统计期限',
  // Since a fix of stop 33: the phrases most of the corpus's ~630 reports share (each in 15 of them
  // or more), whose near misses were read there one by one (the slips kept, e.g. `公开为原则,不公开
  // 例外`, `统计限自`, `财政决预算`, `得到了一进步提升`, `党政办办公室`, `累计计发布`, `在法定期内`,
  // `通州区人民政府站`; none a correct word).
  '主动公开政府信息',
  '政府信息公开平台',
  '政府信息管理',
  '不公开为例外',
  '统计期限自',
  '在法定期限内',
  '以下简称',
  '进一步提升',
  '进一步加强',
  '进一步规范',
  '财政预决算',
  // Budgets and final accounts named apart (`财政预算、决算`): no near miss of 财政预决算.
  '财政预算决算',
  '累计发布',
  '党政办公室',
  '政务公开办公室',
  '政务公开领导小组',
  '国务院办公厅',
  '人民政府网站',
  '微信公众号',
  '公开属性',
  '标准化规范化',
  '人大代表建议',
  '政协委员提案',
  '重大行政决策',
  '法治政府建设',
  '营商环境',
  '三审三校',
  '先审后发',
  '政民互动',
  '便民服务',
  '疫情防控',
  '乡村振兴',
  '党的二十大精神',
  '习近平新时代中国特色社会主义思想',
  // Since a fix of stop 33 after the measure of 584–613: `确保权力在阳关下运行` (real: 东华门街道 2021).
  '在阳光下运行',
  // Since a fix of stop 35 after the measure of 674–718: `切实发挥了信思公开工作对建设法治政府…的促进
  // 作用` (real: 临洮县上营乡 2020, 息 miswritten 思), the work named without 政府 (in most reports);
  // `政务公开机构职能类3条,机构智能类3条` (real: 汶上县白石镇 2020), 政府信息's kind 机构职能 (in 83
  // texts of the corpus, never miswritten there).
  '信息公开',
  '机构职能',
  // Since a fix of stop 35 after the measure of 749–778: 条例 第二十条's closing item with a word
  // written twice (`做好法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息`, real: 安丘市
  // 政府办 2022; 西秀区黄腊乡 2021, 尚志市帽儿山镇 2020 write the same); the corpus writes it right
  // otherwise. The triad of 条例 第三十七条's management `规范化、标准化、信息化管理` with a 化 lost
  // (`加强政府信息资源的规范、标准化、信息化管理`, real: 白渡镇 2024).
  '国家有关规定应当主动公开',
  '规范化、标准化、信息化管理',
  // Since a fix of stop 37 after the measure of 959–988: `公开本部门农业这农村动态信息` (real: 姚安县
  // 农业农村局 2021), the agencies' field (in 43 texts of the corpus, written right there).
  '农业农村',
];

/**
 * Words right next to a phrase's that are correct as they are (a near miss containing one is
 * none): `转结` is written for `结转` throughout (`上年度转结8件`); `公共事业单位` is a term of its
 * own, the public utilities (条例 第五十五条's 公共企事业单位 names enterprises too; since a fix of
 * stop 32 after the measure of 524–553, real: 信州区 2019, `各公共事业单位政府信息公开…`); `财政决算`
 * is the final accounts alone (`2022年财政决算信息`, real: 东城区东四街道 2023), not 预决算 cut. Since a
 * fix of stop 36 after the measure of 779–808: `网网站` is a site's name ending in 网 followed by
 * 网站 (`报告电子版可在黎平县人民政府网网站政府信息公开专栏下载`, real: 黎平县德凤街道 2019; `宝坻政务网
 * 网站布局`, 宝坻区 in the corpus), not 人民政府网站 with 网 doubled.
 */
const CORRECT_WORDS: readonly string[] = [
  '转结',
  '公共事业单位',
  '财政决算',
  '网网站',
  // Since a fix of stop 52 after the measure of 2039–2080: a word of the narrative's own one character
  // off a table's label: what was spent on purchases (`采购金额共计15.92万元`, real: 武隆区国资委 2020),
  // not 表二's `采购总金额` cut.
  '采购金额',
];

/**
 * Characters that close a phrase and never join the word after it (`网站`, `期限内`): before one, a
 * phrase of six characters or more may lose its last but one (`通州区人民政府站`, `在法定期内`). Other
 * phrases keep their last two: `政府信息公开栏` is a word of its own, `…公开作为`, `…信息开展` join the
 * next.
 */
const CLOSING = new Set('站内');

/**
 * Characters a slip puts for one another, in groups: look-alikes (`予`/`子`) and, typed by sound,
 * same-sounding ones (`止`/`纸`).
 */
const CONFUSED: readonly string[] = [
  '予子于与',
  '己已',
  '息悉',
  '务物',
  '政正证',
  '府付附',
  '公共',
  '开升',
  '申审伸',
  '请清情',
  '复覆夏',
  '议义',
  '讼松颂',
  '诉拆',
  '例列',
  '办半',
  '函涵',
  '废费',
  '止纸址',
  '制治',
  '理里',
  '新心',
  '媒煤',
  '障章',
  '站战',
  '设没',
  '况兄',
  '罚罪',
  '购构',
  '持特',
  '规观',
  '范犯',
  '效校',
  '维唯',
  '督智',
  '监鉴',
  '光关',
  // Since a fix of stop 35 after the measure of 674–718 (see `信息公开`, `机构职能` above).
  '息思',
  '职智',
  // Since a fix of stop 39 after the measure of 1109–1138: `(国务院令第711号,以下筒称《条例》)` (real:
  // 大东区前进街道 2020), 简 written as its look-alike 筒 in `以下简称`.
  '简筒',
];

/**
 * Characters a phrase is often written without, on purpose: `存在主要问题`, `其他需要报告事项`,
 * `其他需报告的事项`, `结转下年继续办理`. Their loss is no slip.
 */
const DROPPABLE = new Set('的之要度及和与、');
/**
 * Since a fix of stop 35 after the measure of 749–778: a suffix two words of a phrase share, written
 * once for both (`全面推进政务公开标准规范化`, real: 洮北区东风乡 2020, for `标准化规范化`): the first
 * word's suffix lost is no slip, the last one kept serving both.
 */
const SHARED_SUFFIX = new Set('化');
/**
 * Since a fix of stop 37 after the measure of 959–988: a demonstrative put inside a phrase
 * (`公开本部门农业这农村动态信息`, real: 姚安县农业农村局 2021): 这 points at the noun after it, never
 * between the words of one phrase (in no other text of the corpus).
 */
const INSERTED = '这';

type SlipKind =
  'lost' | 'doubled' | 'replaced' | 'swapped' | 'worded' | 'added' | 'unfinished' | 'verb';

/**
 * Since a fix of stop 33, slips the near misses of the phrases cannot see, each gated by its own
 * characters:
 * - a phrase that lost its first character, where what is left is no word of its own: `府信息公开`
 *   without 政 (`莆田市农业农村局府信息公开工作`, real: 莆田市农业农村局 2024; `(四)府信息公开平台建设
 *   情况`, 咸宁市 2025), not after a level that shortens 政府 (`市府`, `区府`); `一步` + a verb
 *   without 进 (`一是需一步加大政策解读力度`, real: 平潭 2025), not `第一步`, `每一步`;
 * - 政府 run into 政务 (`乌恰县人民政务公开办公室`, real: 乌恰县 2020): `人民政务` is no word;
 * - a word of one character written twice where the two are never a word: `为为` (`明确局办公室
 *   为为信息公开负责股室`, real: 保康县 2021; not `认为`, `作为`, `成为` before 为), an ordinal's 是
 *   (`二是是通过微博`, 清原县 2022), 存在's 在 (`主要存在在与群众互动不够紧密`, 平潭 2023; not before
 *   `在线`).
 */
export interface Shape {
  /** The characters the slip leaves, found by `indexOf` (the cheap test). */
  readonly word: string;
  /** The character before them must be one of these; it is part of the slip (`二是是`). */
  readonly onlyAfter?: string;
  /** Only at a line's start (the text's start or after a line break; `址:`, stop 39). */
  readonly atLineStart?: true;
  /** Only at a clause's start (the text's start, a line break or a mark before it; stop 44). */
  readonly atClauseStart?: true;
  /**
   * …or must be none of these (`政府信息`, `市府信息`); a line's start is after `\n` (allowed unless
   * `\n` is one of them).
   */
  readonly notAfter?: string;
  /** What must follow them, read where they end (sticky); part of the slip. */
  readonly then?: RegExp;
  /** The character after them must be none of these (`存在在线`). */
  readonly notThen?: string;
  /** The wording it should be, from the slip as written. */
  readonly phrase: (slip: string) => string;
  readonly kind: SlipKind;
}

/** Connectives that open a clause and are never written twice in a row. */
const CONNECTIVES: readonly string[] = [
  '其中',
  '同时',
  '此外',
  '另外',
  '并且',
  '但是',
  '因此',
  '然而',
  '目前',
  '首先',
  '其次',
];

/**
 * Words miswritten so often they are known by name (the right one after each); none of the
 * miswritings is a word or part of one.
 */
const MISWRITTEN: Readonly<Record<string, string>> = {
  布署: '部署',
  再接再励: '再接再厉',
  一如继往: '一如既往',
  按步就班: '按部就班',
  迫不急待: '迫不及待',
  通迅: '通讯',
  震憾: '震撼',
  // Since a fix of stop 35 after the measure of 749–778: `分管负责人具体抓,具办人员落实` (real: 蓉江新区
  // 经济发展局 2022; 曾都区府河镇 2023 the same), 经办 written 具办.
  具办人员: '经办人员',
  松驰: '松弛',
  防碍: '妨碍',
  // Since a fix of stop 36 after the measure of 839–868: 预决算 with its 决 written 结 (`部门文件2篇,
  // 财政预结算1篇`, real: 霞山区海滨街道 2023). 预结算 is a builder's word (`工程预结算`), not a budget's:
  // only after 财政 or 部门.
  财政预结算: '财政预决算',
  部门预结算: '部门预决算',
  // Since a fix of stop 38 after the measure of 1049–1078: 过渡 (a passage from one state to the next)
  // written 过度 (excess) after the adverbs that only go with it (`确保有序衔接、平稳过度`, real: 牡丹江
  // 市政府办 2019); `过度` alone is a word (`过度期待`), not read.
  平稳过度: '平稳过渡',
  顺利过度: '顺利过渡',
  // Since a fix of stop 41 after the measure of 1274–1288: 指定 (to appoint) written 制定 (to draw up)
  // before the person appointed (`一是制定专人负责政府网站信息公开管理`, real: 通海县河西镇 2023): a rule
  // is drawn up, a person appointed (`指定专人` 28 times in the corpus, `制定专人` nowhere else).
  制定专人: '指定专人',
  // Since a fix of stop 41 after the measure of 1274–1288: 公信力 with 公 written as its look-alike 分,
  // and 透明度 given 公信力's 力 (`提升政府工作透明力和分信力`, real: 城厢区发展和改革局 2021): neither is a
  // word (the corpus writes `透明度和公信力`, and neither slip elsewhere).
  分信力: '公信力',
  透明力: '透明度',
  // Since a fix of stop 44 after the measure of 1379–1423: 阳光政府 (an open government) with 光
  // written 关 (`有力打造“清亲政府”、“阳关政府”、“服务政府”`, real: 息烽县统计局 2020); 阳关 is a pass,
  // no government's quality (`在阳光下运行` is read among the phrases).
  阳关政府: '阳光政府',
  // Since a fix of stop 45 after the measure of 1544–1573: 预决算 written 预算结算 after 财政
  // (`机关简介1条,财政预算结算信息2条`, real: 大竹县东柳乡 2025), a budget's account being its 决算;
  // 预算结算 is a builder's word, read only after 财政 or 部门 as 预结算 above (in no other text of the
  // corpus).
  财政预算结算: '财政预决算',
  部门预算结算: '部门预决算',
  // Since a fix of stop 45 after the measure of 1544–1573: 办事机构 written 办事结构 among the
  // services' items (`办事指南、办事流程、办事结构等信息`, real: 沐川县杨村乡 2022): 结构 is no office
  // (in no other text of the corpus).
  办事结构: '办事机构',
  // Since a fix of stop 60 after the measure of 2441–2485 (fixer f84): 补贴 (a subsidy) with 贴 written as
  // its look-alike 帖 (`惠民惠农补帖政策宣传专栏`, real: 2483-urumqi-nyncj 2021): 补帖 is no word of these
  // reports (in no other text of the corpus).
  补帖: '补贴',
};

/**
 * Since a fix of stop 36 after the measure of 779–808: phrases cut before their last character,
 * each with the characters after the cut that make another word of it and the character lost.
 */
const CUT_LAST: readonly (readonly [string, string, string])[] = [
  ['规范性文', '件书本字献', '件'],
  ['新媒', '体介', '体'],
  // Since a fix of stop 36 after the measure of 839–868: 目录 cut to 目 (`编制了25个试点领域基层政务公开
  // 事项标准目,建立了文件属性动态调整机制`, real: 阳高县 2020); not `标准目标`, `公开目的`, `…目前`.
  ['标准目', '录标的前', '录'],
  ['公开目', '录标的前', '录'],
  // Since a fix of stop 37 after the measure of 899–928: 移动客户端 cut to 移动客户 in the list of new
  // media (`积极运用政府微博、微信、移动客户等新技术和新媒体`, real: 福州市大数据委 2019); not a
  // carrier's `移动客户服务`, `移动客户群`.
  ['移动客户', '端群服经', '端'],
];
/**
 * Since a fix of stop 36 after the measure of 839–868: two words of one meaning joined by 的 where
 * 和 joins them (`加强政府与社会公众之间的沟通的交流,有效地保障了…`, real: 康乐县 2019): one is no
 * attribute of the other; only where the pair ends its clause (the corpus has no other).
 */
const PAIRED_WORDS: readonly (readonly [string, string])[] = [
  ['沟通', '交流'],
  ['沟通', '联系'],
  ['沟通', '互动'],
  ['交流', '互动'],
];
/**
 * The slogan after 发挥 up to the end of its clause, where the clause ends without the role 发挥
 * takes (`作用`, `功能`, `职能`, …).
 */
const ROLE_LOST =
  /[^，,。；;\n]{2,30}(?<!作用|职能|功能|效能|效果|效应|优势|价值|功效|能力)(?=[，,。；;])/y;

/** What follows 能过 where it stands for 通过: a channel, then a verb of publishing. */
const CHANNEL_THEN_PUBLISH =
  /[\u4e00-\u9fff“”"]{0,16}?(?:网站|网|平台|公众号|微博|微信|专栏|栏目|客户端|新媒体|公开栏|渠道)[\u4e00-\u9fff“”"]{0,6}?(?:发布|公开|公布|推送|更新|刊登|刊发|转载|上传)/y;
/** The kinds of government the reports say are built (`建设法治政府`, `服务型政府`). */
const GOVERNMENT_KINDS: readonly string[] = [
  '廉洁',
  '法治',
  '服务型',
  '阳光',
  '透明',
  '责任',
  '诚信',
  '效能',
  '数字',
  '人民满意的',
];
/** The agencies' kinds a slip writes for 公 in 办公室. */
const OFFICE_KINDS = '局委';
/** Words a list's 等 never splits (`查等阅点`). */
const SPLIT_BY_ETC: readonly string[] = ['查阅', '阅览', '查询', '咨询', '渠道', '窗口', '档案'];

/** The channels a clause's 共 may be run into, its verb lost (see the shapes). */
const CHANNELS_AFTER_ALL: readonly string[] = [
  '新媒体',
  '政务新媒体',
  '公众号',
  '微信',
  '微博',
  '门户网站',
  '政府网站',
  '网站',
  '客户端',
];

/** The public's rights the reports name as a list (`知情权、参与权、表达权和监督权`). */
const RIGHTS: readonly string[] = ['知情', '参与', '表达', '监督'];

/** Verbs of the slogans of plain wording (`看得懂`, `找得到`, `用得上`, `信得过`, `留得住`). */
const SLOGAN_VERBS = '看用信找听读办留查拿说管接靠记';
/** A complement after `<verb>的`, the item closed by a mark (`“…用的上”`). */
const SLOGAN_COMPLEMENT_CLOSED = /[懂上过到见清着住成好准起](?=[、”"，,。；;])/y;
/** …or the item followed by the list's next (`提供看的懂、找得到…`). */
const SLOGAN_COMPLEMENT_LISTED = /[懂上过到见清着住成好准起](?=、)/y;

/**
 * Since the fixes of stop 42 after the measure of 1349–1378 (helper f1), slips of one word each:
 * - 微信公众号 without 号 (`通过政务公开网站、“齐都印象”微信公众等`, real: 临淄区齐都镇 2022): a WeChat
 *   account is a 公众号 (or the 公众平台, 公众账号); `微信公众` alone names nothing (the corpus's 365 others
 *   all go on with 号, 平台 or 账号). Not where an excerpt is cut right after it.
 * - a road's 路 (or 街, 巷) written twice before the house number of an address (`安徽省亳州市蒙城县宝塔
 *   中路路70号`, real: 蒙城县乡村振兴局 2023): no road's name ends in 路路 (`铁路路口`, `马路路面` go on
 *   with no number; in no other text of the corpus).
 * - 法治政府 written 法制政府 (or 法制性政府, 法制型政府: `建设阳光透明的责任型政府、法制性政府、服务性政府`,
 *   real: 甘谷县水务局 2021): a government is built under the rule of law (法治), 法制 is the legal
 *   system (`法制审核`, `法制建设`, `法制化` keep it, no 政府 after them; `法制政府建设年报`, 银川市城市
 *   管理局 2024, was read as 法治政府建设's slip before).
 * - 公共服务 written 公开服务 beside 社会管理, the government's functions (`将与经济建设、社会管理和公开服务
 *   相关的政府信息`, real: 甘谷县水务局 2021): `公开服务` is a word of its own elsewhere (`政府信息公开服务`,
 *   `依申请公开服务`), never after 社会管理 (in no other text of the corpus).
 * - 依申请公开 written 依法申请公开 before 服务 (`规范依法申请公开服务`, real: 兴海县中铁乡 2021): the
 *   service is the work's (`依申请公开服务` in three texts of the corpus); a party applying under the law
 *   (`依法申请公开政府信息`) applies for information, not for a service.
 * - 做好 written 作好 (`完善政府信息主动公开目录,作好重点工作的要点梳理`, real: 浑南区交通局 2023;
 *   诸暨市五泄镇 2022 writes `及时作好网站信息公开平台…`): not the end of a word in 作 before 好 (`工作好`,
 *   `合作好`, `操作好`).
 */
const ONE_WORD_SLIPS_1349: readonly Shape[] = [
  {
    word: '微信公众',
    notThen: '号平账帐服订',
    then: /(?=\S)/y,
    phrase: () => '微信公众号',
    kind: 'lost',
  },
  ...['路路', '街街', '巷巷'].map((word): Shape => ({
    word,
    notAfter: '铁公马',
    then: /\d+号/y,
    phrase: (slip) => slip.slice(1),
    kind: 'doubled',
  })),
  ...['法制政府', '法制性政府', '法制型政府'].map((word): Shape => ({
    word,
    // `法制政府建设` is the near miss of 法治政府建设 (one finding there).
    notThen: word === '法制政府' ? '建' : '',
    phrase: () => '法治政府',
    kind: 'replaced',
  })),
  ...[...'和、及与'].map((and): Shape => ({
    word: `社会管理${and}公开服务`,
    phrase: () => `社会管理${and}公共服务`,
    kind: 'replaced',
  })),
  { word: '依法申请公开', then: /(?=服务)/y, phrase: () => '依申请公开', kind: 'added' },
  {
    word: '作好',
    notAfter: '工合创写操动制协著耕劳运振杰当看装发习原炒造称叫佳拙名遗译画比视用化改换',
    then: /(?=[\u4e00-\u9fff])/y,
    phrase: () => '做好',
    kind: 'replaced',
  },
];

/**
 * Since the fixes of stop 47 after the measure of 1634–1678 (helper f22), slips of one word each:
 * - 基层政务公开 written 基层政务信息 where a verb of building takes it and the clause ends
 *   (`深化重点领域信息公开,夯实基层政务信息,着力提升…`, real: 襄城区欧庙镇 2024): 政务信息 is news
 *   sent up or published (`公开乡镇基层政务信息15条`, `报送…`), nothing one 夯实, 推进 or 深化; not
 *   before more words (`基层政务信息全过程公开`, `基层政务信息化`).
 * - 行政规范性文件 without its 行 after a list's joint (`我镇未发布有效规章和政规范性文件`, real: 雁江区
 *   小院镇 2022): `政规范性文件` names no document; not after a field's word (`财政`, `民政`).
 * - 和 put between 做好 and its object, the tasks set from above (`全力做好和上级下达的政务公开重点工作
 *   安排`, real: 清镇市政府办 2023): not two verbs joined (`做好和深化政府信息…`), nor 和 naming
 *   with whom (`做好和上级部门的沟通`: no 下达 there).
 * - 习近平总书记 without 总书记 before his speeches or instructions (`深入贯彻落实…和习近平重要讲话和
 *   重要批示精神`, real: 楚雄市东华镇 2025): the set wording always names him so (in no other text of
 *   the corpus without it).
 * - 全年以来, 全年 and 今年以来 run together (`全年以来政府网站建设稳步推进`, real: 清徐县 2024): 以来
 *   counts from a point, 全年 is a span (in no other text of the corpus).
 * - two rates run together without their 、 (`文件公开率、重要政策解读率公开率均为100%`, real: 德州市
 *   统计局 2022): no rate is named 解读率公开率; the list's other items are parted by 、.
 */
/** The rates the reports give of their work (`公开率`, `解读率`, `按时办结率`). */
const RATES: readonly string[] = ['公开率', '解读率', '回应率', '办结率', '答复率'];
const ONE_WORD_SLIPS_1634: readonly Shape[] = [
  ...['夯实', '抓实', '做实', '推进', '深化'].map((verb): Shape => ({
    word: `${verb}基层政务信息`,
    then: /(?=[，,。；;]|$)/y,
    phrase: () => `${verb}基层政务公开`,
    kind: 'worded',
  })),
  {
    word: '政规范性文件',
    onlyAfter: '和及与、，,。；;：:',
    phrase: (slip) => `${slip.charAt(0)}行政规范性文件`,
    kind: 'lost',
  },
  {
    word: '做好和',
    then: /上级(?:部门|机关)?(?:下达|部署|交办|安排)的/y,
    phrase: (slip) => `做好${slip.slice(3)}`,
    kind: 'added',
  },
  {
    word: '习近平重要',
    then: /(?=讲话|指示|批示)/y,
    phrase: () => '习近平总书记重要',
    kind: 'lost',
  },
  { word: '全年以来', phrase: () => '全年（或今年以来）', kind: 'worded' },
  ...RATES.flatMap((first) =>
    RATES.filter((next) => next !== first).map((next): Shape => ({
      word: `${first}${next}`,
      phrase: () => `${first}、${next}`,
      kind: 'lost',
    })),
  ),
];

/**
 * Since the fixes of stop 48 after the measure of 1679–1723 (helper f25), slips of one word each:
 * - 其 put inside a list of plenary sessions (`全面贯彻党的十九届六中、其七中全会精神`, real: 绿园区
 *   林园街道 2022): the sessions are listed `六中、七中全会`; `、其七中` reads as none.
 * - 全部 and 按 swapped (`已按全部规定予以答复`, real: 银川市审计局 2023): all requests were answered
 *   by the rules (`全部按规定`); no report answers by `全部规定`.
 * - last year's carried-over requests written 转接 for 结转 (`上年度转接政府信息公开申请0件`, real: 银川市
 *   审计局 2023): 结转 is the format's word (表三 `上年结转`); a request is 转 to another body, never
 *   转接 from last year.
 * - 目录 written 名目 after the work's name (`纳入政府信息公开名目`, real: 长安区审计局 2023): the
 *   catalogue is the 政府信息公开目录; `名目` names no list of it.
 * - 及 written 级 between the letters and visits and a hotline's number (`受(办)理群众来信来访级12345
 *   和12360卫生服务热线`, real: 甘南州卫健委 2025): a hotline's digits follow a joint, not a level
 *   (`市县两级12345` counts levels, never after 来访).
 * - 所有 written 所用 before the information that must pass a review (`所用发布信息必须经过负责人审核
 *   同意再发布`, real: 华容县机关事务服务中心 2022): what is used is not what must be reviewed; only
 *   before a must (`必须`, `均`, `须`…), so `所用发布渠道` and `所用经费` stay.
 */
const ONE_WORD_SLIPS_1679: readonly Shape[] = [
  {
    word: '、其',
    onlyAfter: '中',
    then: /[一二三四五六七八九十]中全会/y,
    phrase: (slip) => slip.replace('、其', '、'),
    kind: 'added',
  },
  { word: '按全部规定', phrase: () => '全部按规定', kind: 'swapped' },
  ...['上年转接', '上年度转接'].map((word): Shape => ({
    word,
    phrase: () => word.replace('转接', '结转'),
    kind: 'replaced',
  })),
  { word: '信息公开名目', phrase: () => '信息公开目录', kind: 'replaced' },
  ...['来访级', '来信级', '来电级'].map((word): Shape => ({
    word,
    then: /(?=\d{5})/y,
    phrase: () => `${word.slice(0, 2)}及`,
    kind: 'replaced',
  })),
  {
    word: '所用',
    then: /(?:发布|公开|上传|报送|上报)?的?(?:政府)?信息(?=必须|均|都|须|应|一律)/y,
    phrase: (slip) => `所有${slip.slice(2)}`,
    kind: 'replaced',
  },
];

/**
 * Since the fixes of stop 48 after the measure of 1724–1768 (helper f27), slips of one word each:
 * - 参与 with 与 lost before a mark (`加强回应解读,扩大公众参,增强公开实效`, real: 湖口县 2019): 参 alone
 *   is no word the public does; `公众参加`, `群众参与` go on (not read).
 * - a stray 成 between the agency and 明确 (`我局成明确专人负责政府信息公开工作`, real: 澧县审计局 2022):
 *   after the agency's own kind it is no verb (`形成明确…` has 形 before it, not read).
 * - 及时 before 内容 with the verb lost (`各行政村设立宣传栏及时内容`, real: 长安区炮里乡 2022): 及时 is an
 *   adverb, it takes a verb (`及时更新内容`, `及时公开内容`).
 * - 主动 before the agency and the year with 公开 lost (`财政资金公开,主动办事处2020年财政预算和2019年
 *   决算`, real: 西秀区东街街道 2020): 主动 leads a verb; the agency's budget of a year is its object.
 */
const ONE_WORD_SLIPS_1724: readonly Shape[] = [
  ...['公众参', '群众参'].map((word): Shape => ({
    word,
    then: /(?=[，,。；;、])/y,
    phrase: () => `${word}与`,
    kind: 'lost',
  })),
  {
    word: '成明确',
    onlyAfter: '局委办镇乡处',
    phrase: (slip) => `${slip.charAt(0)}明确`,
    kind: 'added',
  },
  { word: '及时内容', phrase: () => '及时公开（或更新）内容', kind: 'verb' },
  ...['办事处', '街道', '本级', '镇政府', '乡政府'].map((agency): Shape => ({
    word: `主动${agency}`,
    then: /(?=(?:19|20)\d{2}年)/y,
    phrase: () => `主动公开${agency}`,
    kind: 'lost',
  })),
];

/**
 * Since the fixes of stop 49 after the measure of 1769–1813 (helper f30), slips of one word each:
 * - 依申请公开 (or 主动公开) as the object of a verb of the work, then run on with 了 into what was
 *   published (`积极稳妥推进依申请公开了各股室办公职能和办事流程`, real: 揭阳市榕城区农业农村局 2022):
 *   one pushes the work forward, the work does not 公开了 its items; `主动公开了…` alone (30 texts of the
 *   corpus) has no verb before it, not read.
 * - 分管领导 with a stray 理 (`明确了分管理领导及工作人员`, real: 阿尔山市林业和草原局 2021; 255's
 *   `…工作的分管理领导` the same): 分管 takes the leader at once; `部分管理…` is another word.
 * - 乡村振兴战略 with 振兴 lost (`深入实施乡村战略`, real: 绥滨县连生乡 2024; 090 the same): the state's
 *   strategy is never named `乡村战略`.
 * - 动态 with 动 lost after a field's name in a list of kinds (`发布政策解读、消费提示、监管态等信息`,
 *   real: 钦州市市场监督管理局 2025): `监管态` names nothing; not `工作态度`, `态势`.
 * - 办公时间 written 办公室间 in the list of an agency's particulars (`办公地址、办公室间、联系方式`,
 *   real: 西城区白纸坊街道 2019): between marks of a list, not `办公室间的协调` (between offices).
 */
const FIELDS_OF_NEWS = ['监管', '工作', '政务', '行业', '新闻'];
const ONE_WORD_SLIPS_1769: readonly Shape[] = [
  ...['推进', '推动', '做好', '抓好', '规范', '加强', '深化'].flatMap((verb) =>
    ['依申请公开', '主动公开'].map((work): Shape => ({
      word: `${verb}${work}了`,
      then: /(?=[\u4e00-\u9fff])/y,
      phrase: () => `${verb}${work}，公开了`,
      kind: 'worded',
    })),
  ),
  { word: '分管理领导', notAfter: '部', phrase: () => '分管领导', kind: 'added' },
  { word: '乡村战略', phrase: () => '乡村振兴战略', kind: 'lost' },
  ...FIELDS_OF_NEWS.map((field): Shape => ({
    word: `${field}态`,
    then: /(?=[、等和及与，,。；;])/y,
    phrase: () => `${field}动态`,
    kind: 'lost',
  })),
  {
    word: '办公室间',
    onlyAfter: '、，,',
    then: /(?=[、，,及和与])/y,
    phrase: (slip) => `${slip.charAt(0)}办公时间`,
    kind: 'replaced',
  },
];

/**
 * Since the fixes of stop 50 after the measure of 1814–1858 (helper f32):
 * - the report named twice in one passive clause, as its subject before 由 and again as what was
 *   drawn up (`本年度报告由重庆市万盛经开区关坝镇人民政府根据…等文件要求编制本年度报告`, real: 关坝镇 2025):
 *   由 gives the one who drew it up, the thing drawn up is the subject already; two sentences of the
 *   format run together. Not `本报告依据…编制本报告` (1236, 1492: no 由, a topic then the clause), nor a
 *   clause with a stop between.
 */
const REPORT_SELF = ['本年度报告', '本报告'];
const ONE_WORD_SLIPS_1814: readonly Shape[] = REPORT_SELF.map((name): Shape => ({
  word: `${name}由`,
  then: /[^。；;！!\n]{2,120}?(?:编制|编写|制作)了?(?:本年度报告|本报告)/y,
  phrase: (slip) => slip.replace(/(?:本年度报告|本报告)$/, ''),
  kind: 'doubled',
}));

/**
 * Since the fixes of stop 50 after the measure of 1859–1903 (helper f36), slips of one word each:
 * - 社会各界 written 社会各级 before what the public asks (`努力满足社会各级对气象服务的需求`, real: 咸宁市
 *   气象局 2022): 各级 counts levels of government, the public is 社会各界; in no other text of the corpus.
 * - the principle's 不公开为例外 written 不公开为特例 (`以公开为原则,不公开为特例`, real: 利辛县气象局 2019):
 *   the regulation's words are fixed.
 * - a stray 和 after 加强 before a noun (`《关于加强和信息报送和新闻宣传工作的实施意见》`, real: 贵溪市林业
 *   局 2019): 加强和 pairs 加强 with another verb (`加强和规范`, `加强和改进`, `加强和完善`, the corpus's ten
 *   others), never with the thing strengthened.
 * - 围绕 before a degree of openness with its verb lost (`紧紧围绕工作透明度,规范政务公开内容`, real:
 *   綦江区永城镇 2023): one works around raising it (`围绕提高工作透明度`); 围绕 takes a task or an aim.
 * - 的 before 进行 and its object (`对我局的依申请公开件办理件的进行指导审核`, real: 萧山区气象局 2022):
 *   进行 is the verb, no 的 stands between the one it acts on and it (`对…的进行了转办`, 1438's, has 了
 *   and no object, not read).
 * - 采编 written 创作编 (or any 作 run into the first item) before the list of a text's stages
 *   (`进一步规范信息创作编、审、签、发`, real: 湟源县政府办 2023): the stages are 采编、审核…; the corpus's
 *   others write `采编、审核`.
 */
const ONE_WORD_SLIPS_1859: readonly Shape[] = [
  {
    word: '社会各级',
    then: /(?=对|的[^，,。；;]{0,8}需求|需求|关注)/y,
    phrase: () => '社会各界',
    kind: 'replaced',
  },
  { word: '不公开为特例', phrase: () => '不公开为例外', kind: 'replaced' },
  {
    word: '加强和',
    then: /(?=信息|新闻|宣传|政务|政府信息|队伍)/y,
    phrase: () => '加强',
    kind: 'added',
  },
  {
    word: '围绕',
    then: /(?:工作|政务|政府|信息|政务公开)?透明度/y,
    phrase: (slip) => `围绕提高${slip.slice(2)}`,
    kind: 'lost',
  },
  {
    word: '的进行',
    then: /(?=指导|审核|审查|把关|检查|督导|监督|核查)/y,
    phrase: () => '进行',
    kind: 'added',
  },
  { word: '作编、审', phrase: () => '采编、审', kind: 'replaced' },
];

/**
 * Since the fixes of stop 51 after the measure of 1904–1948 (helper f39), slips of one word each:
 * - 邮编 without its 邮 before a postcode (`电话:0554-5319879,编:232007`, real: 淮滨街道 2020): a
 *   contact's field is 邮编 (邮政编码); 编: alone opening a clause before six digits names none.
 * - 深入 without its 深 opening a clause before the verb of the work (`…服务型政府建设,入开展政府信息公开
 *   工作`, real: 大曹庄镇 2022): no clause opens on 入 before 开展, 推进, 贯彻, 学习 or 落实.
 * - 互动 written 飘动 before a count or in a list of kinds published (`法律法规、部门文件、政策解读、飘动
 *   107条`, real: 安顺市住建局 2024): nothing 飘动 (flutters) in these reports.
 * - the joiner lost between a title and the key points after it (`我乡根据《条例》信息公开工作要点,推进…`,
 *   real: 和胜乡 2023): key points named after a title without marks are the second thing followed
 *   (`《…条例》和年度政务公开工作要点`, the corpus's seven others); none is the title's own.
 * - 依申请 written 依法 after 受理 (`我乡受理依法公开政务信息的机构为党政办`, real: 花园乡 2024): what is
 *   受理'd is a request, 依申请公开; `依法公开` (disclosure under the law) is no request.
 * - 科室 or 部门 written 科门 before the duty it holds (`由街道宣传科门负责与相关网络…沟通联系`, real:
 *   仓门街街道 2021): not in 学科门类 or 外科门诊.
 */
const ONE_WORD_SLIPS_1904: readonly Shape[] = [
  ...['编:', '编：'].map((word): Shape => ({
    word,
    atClauseStart: true,
    then: /\d{6}(?!\d)/y,
    phrase: (slip) => `邮${slip}`,
    kind: 'lost',
  })),
  ...['入开展', '入推进', '入贯彻', '入学习', '入落实', '入推动'].map((word): Shape => ({
    word,
    atClauseStart: true,
    phrase: (slip) => `深${slip}`,
    kind: 'lost',
  })),
  { word: '飘动', then: /(?=\d|[、，,。；;]|信息|类)/y, phrase: () => '互动', kind: 'replaced' },
  ...['》信息公开工作要点', '》政务公开工作要点', '》政府信息公开工作要点'].map((word): Shape => ({
    word,
    phrase: (slip) => `》和${slip.slice(1)}`,
    kind: 'lost',
  })),
  { word: '受理依法公开', phrase: () => '受理依申请公开', kind: 'replaced' },
  {
    word: '科门',
    notAfter: '学专外内儿眼',
    then: /(?=负责|牵头|具体|[、和及与])/y,
    phrase: () => '科室（或部门）',
    kind: 'replaced',
  },
];

/**
 * Since the fixes of stop 51 after the measure of 1949–1993 (helper f40), slips of one word each:
 * - 依申请公开 with its 申请 and 公开 swapped (`受理政府信息依公开申请1件`, real: 巴彦淖尔市林草局 2023;
 *   辽宁省农业农村厅 2020 writes `受理依公开申请13件`, its gatherer's slip): a request is made 依申请,
 *   nothing is 依公开; not before 人 (a party named after it).
 * - 行政 written 政治 before the kinds of administrative acts (`增设规范性文件、行政许可、政治处罚…等子栏目`,
 *   real: 唐山高新区 2022): 处罚, 许可 and 强制 are the administration's acts; `政治…` names none of them.
 * - 一公开 of the inspections' slogan `双随机、一公开` written with another number (`通报4批“双随机、两公开”
 *   执法检查情况`, real: 五常市应急管理局 2023): the slogan is fixed (in 20 texts of the corpus, always
 *   一公开 or none).
 * - 知悉权 written 收悉权 beside the public's rights (`保障群众对政府信息的知情权、收悉权`, real: 神农架
 *   林区应急管理局 2023): 收悉 is a letter's receipt, no right.
 * - 收到 without its 到 before the request (`2023年,我局未收申请要求`, real: 五原县林草局 2023): 未收 alone
 *   goes on with 取 (`未收取任何费用`); before 申请 it is 未收到 (`新收申请` keeps its 新).
 * - the complement lost after 确保 and the content ensured (`提升政务公开质量,确保信息公开内容。`, real:
 *   扶风县水利局 2020): what is ensured of the content is said after it (`确保信息内容实时更新`, `确保答复
 *   内容精准`); nothing is ensured of content alone. Only where the clause ends right there.
 */
const ONE_WORD_SLIPS_1949: readonly Shape[] = [
  { word: '依公开申请', notThen: '人', phrase: () => '依申请公开', kind: 'swapped' },
  ...['政治处罚', '政治许可', '政治强制'].map((word): Shape => ({
    word,
    phrase: (slip) => `行政${slip.slice(2)}`,
    kind: 'replaced',
  })),
  {
    word: '双随机',
    then: /[、，, ]?[两二三]公开/y,
    phrase: () => '双随机、一公开',
    kind: 'replaced',
  },
  { word: '收悉权', phrase: () => '知悉权', kind: 'replaced' },
  {
    word: '未收',
    then: /(?:政府信息公开|信息公开)?申请/y,
    phrase: (slip) => `未收到${slip.slice(2)}`,
    kind: 'lost',
  },
  {
    word: '确保',
    then: /(?:政府)?(?:信息公开|政务公开|信息|网站|栏目|发布|公开)内容(?=[。；;]|$)/y,
    phrase: (slip) => `${slip}准确（或及时、完整）`,
    kind: 'verb',
  },
];

/**
 * Since the fixes of stop 51 after the measure of 1949–1993 (helper f41), slips of one word each:
 * - a platform's name lost after a level's 政府信息公开 where something is published on it
 *   (`2024年我镇在县政府信息公开发布604条信息`, real: 奉贤镇 2024): one publishes on its 网站, 平台 or 专栏;
 *   在 then a level (not a place's name, `在博湖县人民政府信息公开…`) then the verb names none.
 * - 中央 run into a level's government with the levels between lost (`认真落实中央市政府办公厅有关工作
 *   要求`, real: 连云港市城管局 2022): the list is `中央、省、市…`; not `中央省市重大决策` (no 政府 after).
 * - a stray 公开 between an adverb of going on and the verb it qualifies (`不断公开规范政务公开内容`,
 *   real: 桥南街道 2023): 不断 and 持续 qualify 规范, 加强…; not `持续公开规范性文件` (规范性 is a kind).
 * - the key points' name swapped in a title (`《2025年闵行区政务公开要点工作》`, real: 闵行区绿化市容局
 *   2025): the State Council's and a district's notices are all `…公开工作要点`.
 * - 主动公开 without its 主 (`截止202512月31日累计动公开政府信息共53条`, real: 闵行区绿化市容局 2025):
 *   动公开 is no word after anything but 主, 被, 自 and the verbs ending in 动 (`推动公开`, `活动公开`).
 * - a level's name before the requests none of which came (`桥南街道办事处未收到区政府信息公开申请`, real:
 *   桥南街道 2023): the requests are 政府信息公开申请 whoever writes; `区政府信息公开申请` reads as requests
 *   for the district's, which no report counts.
 */
const LEVELS = ['县', '市', '区'];
const ONE_WORD_SLIPS_1949_MORE: readonly Shape[] = [
  ...LEVELS.map((level): Shape => ({
    word: `在${level}政府信息公开`,
    then: /(?=发布|公开|上传|主动公开)/y,
    phrase: (slip) => `${slip}网站（或平台、专栏）`,
    kind: 'lost',
  })),
  {
    word: '中央',
    then: /[省市区县](?:人民)?政府/y,
    phrase: (slip) => `中央、省、${slip.slice(2)}`,
    kind: 'lost',
  },
  ...['不断公开', '持续公开'].map((word): Shape => ({
    word,
    then: /(?=规范(?!性)|加强|完善|深化|提升|优化)/y,
    phrase: (slip) => slip.slice(0, 2),
    kind: 'added',
  })),
  { word: '公开要点工作》', phrase: () => '公开工作要点》', kind: 'swapped' },
  {
    word: '动公开',
    notAfter: '主被自推活联互带驱行劳发启调变移运牵撬感振',
    phrase: () => '主动公开',
    kind: 'lost',
  },
  ...LEVELS.map((level): Shape => ({
    word: `收到${level}`,
    onlyAfter: '未没',
    then: /(?=政府信息公开申请)/y,
    phrase: (slip) => slip.slice(0, -1),
    kind: 'added',
  })),
];

/**
 * Since the fixes of stop 52 after the measure of 1994–2038 (helper f43), slips of one word each:
 * - a list's first item lost after a preposition that takes it (`紧紧围绕、区政府对政府信息公开的工作
 *   要求`, real: 东丽区工信局 2022, 区委 lost): 围绕, 按照, 根据, 依照 and 遵照 take an object, never a
 *   list's mark right after them (in no other text of the corpus); not where they are a list's items
 *   themselves (`紧扣、围绕、…`) or 根据 is a noun (`事实根据、法律依据`).
 * - 负总责 written 负总则 (`由一把手负总则`, real: 岳西县气象局 2023): the head 负总责 (the corpus's ten
 *   others); 总则 is a law's opening chapter, nothing one bears.
 * - a stray 、 between the report and the 中 after it (`本年度报告、中使用数据统计期限`, real: 阎良区行政
 *   审批服务局 2022): 中 there is the postposition of the data's place (`报告中所列数据`), no list's item.
 * - the heading's `收到和处理` negated over the work's name, no request (`我局未收到和处理政府信息依申请
 *   公开。`, real: 淄川区科技局 2021; 桐城市马港 2024's `没有收到和处理依申请公开办理情况` was written
 *   down too): none received and handled of 依申请公开 itself says nothing; 1975's, 1904's and 1348's
 *   `未收到政府信息依申请公开` (without 和处理, passed by their gatherers) are not read.
 * - 依申请公开 written 依法申请公开 after 无, not followed by what a party asks for (`2022年我局无依法
 *   申请公开相关内容`, real: 渭南高新区行政审批服务局 2022): there was none of the work; a party applying
 *   by law goes on with the information or documents it asks for (`无依法申请公开政府信息的情况`, not
 *   read). The spots stop 35's and stop 51's readings take (`开展`, `情况`, `件`…) are left to them;
 *   `未收到依法申请公开事项` stays silent, as stop 38 and stop 41 decided (matters a party applied for),
 *   and so does `无依法申请公开事项`.
 */
const TAKE_AN_OBJECT = ['围绕', '按照', '根据', '依照', '遵照'];
const BY_LAW_THEN_NOT_ASKED =
  /(?=[\u4e00-\u9fff])(?!开展|制度|工作|情况|件|事项|申请|[^，,。；;、\n]{0,8}?(?:信息|文件|资料|材料|档案|数据))[^，,。；;、\n]{0,6}/y;
const ONE_WORD_SLIPS_1994: readonly Shape[] = [
  ...TAKE_AN_OBJECT.map((verb): Shape => ({
    word: `${verb}、`,
    // Not a list's item itself (`紧扣、围绕、`), nor 根据 the noun (`事实根据、法律依据`).
    notAfter: '、实律的',
    phrase: () => `${verb}…、（顿号前缺一项）`,
    kind: 'lost',
  })),
  { word: '负总则', phrase: () => '负总责', kind: 'replaced' },
  {
    word: '、中',
    then: /所列|使用|列出|的?数据/y,
    phrase: (slip) => slip.slice(1),
    kind: 'added',
  },
  ...['未收到和处理', '没有收到和处理'].map((word): Shape => ({
    word,
    then: /(?:政府信息|政务信息)?依申请公开(?=[，,。；;\n]|$)/y,
    phrase: () => '未收到政府信息公开申请',
    kind: 'worded',
  })),
  {
    word: '依法申请公开',
    onlyAfter: '无',
    then: BY_LAW_THEN_NOT_ASKED,
    phrase: (slip) => `无依申请公开${slip.slice(7)}`,
    kind: 'added',
  },
];

/**
 * Since the fixes of stop 52 after the measure of 2039–2080 (helper f44), slips of one word each:
 * - 进一步 with 进 written as a look-alike or sound-alike (`对信息公开工作人员实行岗位责任制,选一步明确
 *   工作职责`, real: 内蒙古自治区信访局 2019): 选, 近, 迸, 井 and 尽 make no word with 一步 before a verb of
 *   the work; only the verbs the shape of 进一步 lost its 进 (above) does not read, so one spot gives one
 *   finding (`关键一步,` goes on with a mark, not read).
 * - 有 written twice after 没 (`2020年没有有涉及开发区管委会…的行政复议`, real: 驻马店开发区 2020):
 *   only before what is or is not had (`涉及`, `发生`, `收到`, a count); `没有有效…`, `没有有关…` are
 *   没有 and a word of their own (not read).
 * - 机构设置 without its 构 in a list of what is posted (`对机设置、办事指南、服务承诺等信息予以公示`,
 *   real: 普宁市赤岗镇 2024): `机设置` names nothing; not after the words that end in 机 (`手机设置`).
 * - past years' key points given as the basis of this year's work (`根据往年湖北省政务公开工作要点,我市
 *   认真贯彻落实…`, real: 大冶市政府办 2024): a year's work follows that year's 工作要点; `往年` (the
 *   years before) are no basis. Only after a verb of following (`根据`, `按照`…), not `比往年有较大提升`.
 * - a verb written twice around its object after 对 (`加强对公开信息加强分类指导`, real: 南华县乡村振兴局
 *   2022): the verb leads `对…`, the clause then goes on with what is done (`加强对公开信息的分类
 *   指导`); in no other text of the corpus.
 * - the report named as its own subject and again as what is published (`报告在市政府网站“政府信息公开
 *   年报”栏目中公布本报告`, real: 文昌市水务局 2023): one who publishes it is meant, or `本报告在…公布`
 *   alone; like the report named twice around 由 (stop 50), only where 在 gives the place in one clause.
 */
const STEP_VERBS_MORE = /明确|细化|压实|夯实|增强|严格|巩固|畅通|丰富|改进|加快|拓宽|筑牢|发挥/y;
const STEP_LOOKALIKES = '选近迸井尽';
const VERBS_AROUND_OBJECT = ['加强', '强化', '做好', '提升', '提高', '规范', '完善', '落实'];
const ONE_WORD_SLIPS_2039: readonly Shape[] = [
  {
    word: '一步',
    onlyAfter: STEP_LOOKALIKES,
    then: STEP_VERBS_MORE,
    phrase: (slip) => `进${slip.slice(1)}`,
    kind: 'replaced',
  },
  {
    word: '没有有',
    then: /(?=涉及|发生|收到|出现|接到|受理|因|被|任何|\d)/y,
    phrase: () => '没有',
    kind: 'doubled',
  },
  {
    word: '机设置',
    notAfter: '手计算飞主相司',
    then: /(?=[、，,和及与等])/y,
    phrase: () => '机构设置',
    kind: 'lost',
  },
  ...['根据', '依据', '按照', '对照', '落实'].map((verb): Shape => ({
    word: `${verb}往年`,
    then: /[^，,。；;\n]{0,16}?工作要点/y,
    phrase: (slip) => `${verb}本年度${slip.slice(verb.length + 2)}`,
    kind: 'worded',
  })),
  ...VERBS_AROUND_OBJECT.map((verb): Shape => ({
    word: `${verb}对`,
    then: new RegExp(`[^，,。；;、\\n]{1,14}?${verb}`, 'y'),
    phrase: (slip) => `${slip.slice(0, -verb.length)}的…`,
    kind: 'doubled',
  })),
  {
    word: '报告在',
    then: /[^。；;，,\n]{2,60}?(?:公布|发布|刊登|公开|刊发)了?(?:本年度报告|本报告|本年报)/y,
    phrase: (slip) => slip.replace(/(?:本年度报告|本报告|本年报)$/, ''),
    kind: 'doubled',
  },
];

/**
 * Since the fixes of stop 53 after the measure of 2081–2125 (helper f47), slips of one word each:
 * - the set formula 习近平新时代中国特色社会主义思想 with 中国 lost or replaced (`坚持以习近平新时代这个
 *   特色社会主义思想为指导`, real: 绿春县大兴镇 2023): the formula is never written otherwise (the
 *   corpus's hundreds of others all have 中国 there).
 * - 全年 said twice in one clause (`全年门户网站全年共更新各类信息1567条`, real: 沙坪坝区公安分局 2021):
 *   the span is given once; no other clause of the corpus repeats it (a list's items after 、 may).
 * - 工作要点 without 要 before what the key points are broken into (`年度政务公开工作点责任分解`, real:
 *   岱山县海洋与渔业局 2023): a 工作点 (a place of work) has no 责任分解 or 任务分工.
 * - 主动公开 written 信息公开 before the count of information published (`2021年,我大队信息公开政府
 *   信息67条`, real: 肇庆市经济技术开发区消防救援大队 2021): 信息公开 is the work, not the verb of
 *   政府信息N条 (the corpus's others write 主动公开, 公开 or 发布 there).
 * - 的 put between 贯彻落实 (or 贯彻, 落实) and the regulation it takes, the clause ending on the title
 *   (`认真贯彻落实的《中华人民共和国政府信息公开条例》,坚持…`, real: 淄博高新区公安分局 2022): with no
 *   noun after the title, `…的《…》` heads nothing (in no other text of the corpus; not `所落实的《…》`).
 * - the report said to be made up of its parts with 由 lost right after it (`全文六部分组成,包括总体
 *   情况、…,共六部分组成`, real: 芦淞区贺家土街道 2024): the corpus's others write `由…组成`, or list
 *   the parts before 组成 (`…其他需要报告的事项等六部分组成`, not read).
 */
const CHINA_IN_FORMULA = '习近平新时代中国特色社会主义';
const TAKE_A_REGULATION = ['落实的《', '贯彻的《'];
const REPORT_AS_WHOLE = ['全文', '报告', '年报'];
const ONE_WORD_SLIPS_2081: readonly Shape[] = [
  {
    word: '习近平新时代',
    then: /特色社会主义/y,
    phrase: () => CHINA_IN_FORMULA,
    kind: 'lost',
  },
  {
    word: '习近平新时代',
    then: /(?!中国)[\u4e00-\u9fff]{1,3}特色社会主义/y,
    phrase: () => CHINA_IN_FORMULA,
    kind: 'replaced',
  },
  {
    word: '全年',
    notAfter: '完安健',
    then: /[^，,。；;：:、\n|（）()]{1,16}?全年/y,
    phrase: (slip) => slip.slice(0, -2),
    kind: 'doubled',
  },
  {
    word: '工作点',
    then: /(?=责任|分解|任务|分工|清单)/y,
    phrase: () => '工作要点',
    kind: 'lost',
  },
  {
    word: '信息公开政府信息',
    then: /(?=(?:共计?|累计)?\d)/y,
    phrase: () => '主动公开政府信息',
    kind: 'worded',
  },
  ...TAKE_A_REGULATION.map((word): Shape => ({
    word,
    notAfter: '所',
    then: /[^《》\n]{2,60}》(?=[，,。；;])/y,
    phrase: (slip) => slip.replace('的《', '《'),
    kind: 'added',
  })),
  ...REPORT_AS_WHOLE.map((word): Shape => ({
    word,
    then: /(?:共|分)?[一二三四五六七八九十\d]个?部分(?:内容)?组成/y,
    phrase: (slip) => `${word}由${slip.slice(word.length)}`,
    kind: 'lost',
  })),
];

/**
 * Since a fix of stop 52 after the measure of 2039–2080 (helper f44): 在 lost before a clause of
 * 将 (or 把) ending in 的基础上 (`将政策讲清楚的基础上综合运用…图文形式进行政策解读`, real: 朔州市政府办
 * 2022): 将 takes its object to a verb, and `…的基础上` is a place in time only 在 opens; the clause
 * has no verb of its own. Only a clause opening on 将 or 把: the corpus's 通过… and 按时做好…的基础上
 * (1480, 1759) lack 在 too, but their gatherers passed them as wording.
 */
const BASIS_LOST = /(?:^|[，,。；;：:\n])([将把][^，,。；;：:\n在]{1,30}?的基础上)/;
function basisLostIn(text: string): PhraseSlip | null {
  const m = text.includes('的基础上') ? BASIS_LOST.exec(text) : null;
  const said = m?.[1];
  return said ? { text: said, phrase: `在${said}`, kind: 'lost' } : null;
}

/**
 * Since a fix of stop 52 after the measure of 2039–2080 (helper f44): a list's first item named again
 * after its 等, as if it were the kind of them all (`提升公示公告、政策信息发布等公示公告发布透明度`, real:
 * 南华县乡村振兴局 2022): the item is one of the list, not what the list is of. Only where the first item
 * is whole (right after a mark or a verb that takes the list) and of four characters or more: a
 * shorter or a wider item (`街道重点工作、重点项目、乡村振兴等重点工作`, `…网络问政平台、市长信箱…等问政
 * 平台`, `公开制度、保密审查等制度`) names the kind itself (the corpus's others, none written down).
 */
const LIST_FIRST_AS_KIND =
  /(?:^|[，,。；;：:]|提升|提高|加强|做好|发布|公开|围绕|更新|规范|完善|推进|对|把|将)([\u4e00-\u9fff]{4,8})、[^，,。；;：:\n]{1,30}?等\1/;
function listFirstAsKindIn(text: string): PhraseSlip | null {
  const m = text.includes('等') ? LIST_FIRST_AS_KIND.exec(text) : null;
  const item = m?.[1];
  if (!m || !item) return null;
  const said = m[0].slice(m[0].indexOf(`${item}、`));
  return { text: said, phrase: said.slice(0, -item.length), kind: 'doubled' };
}

/**
 * Since a fix of stop 53 after the measure of 2126–2170 (helper f51), slips of one word each:
 * - 共收到 with 收 lost before a count or what was received (`2023年度我局共到0条依申请公开事项`,
 *   real: 长江区工信局 2023): 共到 is no word (the corpus has no other).
 * - 申请 lost after 政府信息公开 where it is received or handled and counted (`我局共受理政府信息
 *   公开1件,办结1件`, real: 铜川统计局 2024): the work itself is not received nor counted in 件, its
 *   requests are (`受理政府信息公开申请1件`). Not after 申请 or 依申请 (`申请政府信息公开1件`, `受理
 *   依申请政府信息公开3件` say the request by another word, the corpus's others).
 * - 办法 with 办 lost at the end of a body's rules on its publishing work (`制定《通川区政府信息依申请
 *   公开工作法》`, real: 通川区政府办 2023): a law (法) is the state's and is never named after the
 *   publishing work; the corpus's other titles ending 法》 are laws (`保守国家秘密法`, `审计法`).
 */
const RECEIVED_VERBS = ['受理', '收到', '接到', '接收', '办理'];
const ONE_WORD_SLIPS_2126: readonly Shape[] = [
  {
    word: '共到',
    then: /(?=\d|依申请|申请|政府信息)/y,
    phrase: () => '共收到',
    kind: 'lost',
  },
  ...RECEIVED_VERBS.map((verb): Shape => ({
    word: `${verb}政府信息公开`,
    then: /\d+件/y,
    phrase: (slip) => slip.replace('公开', '公开申请'),
    kind: 'lost',
  })),
  {
    word: '公开工作法》',
    phrase: () => '公开工作办法》',
    kind: 'lost',
  },
];

/**
 * Since a fix of stop 54 after the measure of 2171–2215 (helper f56), a wrong or lost character in
 * one word each:
 * - 权力 (a power, the agency's) and 权利 (a right, the public's) put for one another in the fixed
 *   phrases of each: a power runs, is listed and configured (`本年度发布权利运行结果23条`, real: 大渡口
 *   镇 2022, for `权力运行`; the corpus writes `权力运行` 45 times, `权力清单`, `权力配置`, `权力事项`,
 *   never with 权利), a taxpayer or an applicant holds rights with their duties (`依法将包括纳税人权力和
 *   义务、执法主体…`, real: 镜湖区税务局 2022; an agency's powers go with 责任, never with 义务).
 * - 公正 written 公证 (a notary's act) in the regulation's old principles (`做到“依法公开,真实公证,
 *   注重实效,有利监督”`, real: 观胜镇 2019): the corpus's ten others write `真实公正`; 公证 after 真实 or
 *   公平 names no principle.
 * - 聚焦 written 聚集 after the adverbs that lead a focus (`切实加强政府信息依法公开紧紧聚集生态建设、
 *   林业改革…`, real: 怀化市林业局 2025): one focuses closely on a task (`紧紧围绕`, `牢牢聚焦`);
 *   people gather round (`紧紧聚集在…周围`), so not before 在 or 于.
 * - 视频 cut to 视 in a list of media (`互动交流、图片视等政府信息公开栏目`, real: 广西煤矿安全监察局 2019):
 *   after 图片 (图文, 音频) and before the list's next mark or 等, 视 alone names no column (the corpus's
 *   others write `图片视频`).
 * - 中 (or 次) doubled in a plenary session's name (`党的十九届六中中全会精神`, real: 四川省煤田
 *   地质局 2021): a session is the 六中全会 (`七次全会`), the corpus's others written so.
 */
const POWER_WORDS = /运行|清单|配置|事项|制约/y;
const RIGHTS_HOLDERS = ['纳税人', '申请人', '当事人'];
// Not 着力, 全力, 持续: one 着力聚集 resources or talent (a gathering meant).
const FOCUS_ADVERBS = ['紧紧', '牢牢'];
const MEDIA_BEFORE_VIDEO = ['图片', '图文', '音频'];
const ONE_WORD_SLIPS_2171_F56: readonly Shape[] = [
  {
    word: '权利',
    then: POWER_WORDS,
    phrase: (slip) => `权力${slip.slice(2)}`,
    kind: 'replaced',
  },
  ...RIGHTS_HOLDERS.map((holder): Shape => ({
    word: `${holder}权力`,
    phrase: () => `${holder}权利`,
    kind: 'replaced',
  })),
  {
    word: '权力',
    // After a holder of rights, the holder's shape above says it (one slip at one spot).
    notAfter: '人',
    then: /[和与及]?义务/y,
    phrase: (slip) => `权利${slip.slice(2)}`,
    kind: 'replaced',
  },
  ...['真实公证', '公平公证'].map((word): Shape => ({
    word,
    notThen: '处员书机',
    phrase: (slip) => `${slip.slice(0, 2)}公正`,
    kind: 'replaced',
  })),
  ...FOCUS_ADVERBS.map((adverb): Shape => ({
    word: `${adverb}聚集`,
    notThen: '在于到起',
    then: /(?=[\u4e00-\u9fff“"])/y,
    phrase: () => `${adverb}聚焦`,
    kind: 'replaced',
  })),
  ...MEDIA_BEFORE_VIDEO.map((media): Shape => ({
    word: `${media}视`,
    then: /(?=[等、，,。；;和及与]|$)/y,
    phrase: (slip) => `${slip}频`,
    kind: 'lost',
  })),
  ...['中中全会', '次次全会'].map((word): Shape => ({
    word,
    onlyAfter: '一二三四五六七八九十',
    phrase: (slip) => `${slip.slice(0, 2)}${slip.slice(3)}`,
    kind: 'doubled',
  })),
];

/**
 * Since a fix of stop 53 after the measure of 2126–2170 (helper f51): 将 (or 把) lost before a body's
 * work made its priority (`立仓镇依申请公开作为政务公开的重点任务,严格遵循相关工作意见`, real: 蒙城县立仓
 * 镇 2025): the body named opening the clause does not act as (作为) its own work; it takes the work
 * as its task (`立仓镇将依申请公开作为…`). Only a clause opening on a body (a town, a bureau, an
 * office…) then its publishing work or 工作 right before 作为, with no 将, 把 or 以 in it: the corpus's
 * other clauses of 作为 take the work by 将 or 把 (`我镇把政府信息公开工作作为…`), or name a thing (a
 * site) that serves as something (`政府网站作为…重要阵地`).
 */
// 作为 first and the clause before it looked behind for: tried at each 作为 only (issue 17).
const TAKEN_AS_LOST =
  /作为(?<=(?:^|[，,。；;：:\n]|年度?)([^，,。；;：:\n将把以]{0,10}?(?:镇|乡|街道|局|委|办|县|区|市|本机关|单位))([^，,。；;：:\n将把以]{2,16}?(?:公开|工作))作为)/;
function takenAsLostIn(text: string): PhraseSlip | null {
  const m = text.includes('作为') ? TAKEN_AS_LOST.exec(text) : null;
  if (!m) return null;
  const [, body = '', work = ''] = m;
  return { text: `${body}${work}作为`, phrase: `${body}将${work}作为`, kind: 'lost' };
}

/**
 * Since a fix of stop 53 after the measure of 2126–2170 (helper f51): a word read as written twice
 * across a space the writer left between two words (`充分利用“创新创业 兴业兴城”微信公众号`, real: 枣庄
 * 市兴城街道 2022, read compact as 业兴业兴): where the space cuts the first of the two copies, that
 * copy is the end of one word and the start of the next, not a word. A text spread character by
 * character (a space at every gap) is still read compact.
 */
const SPACE_IN_LINE = /[^\S\n]/;
function doubledAcrossSpace(paragraph: string, slip: PhraseSlip): boolean {
  const { text } = slip;
  if (slip.kind !== 'doubled' || text !== slip.phrase + slip.phrase) return false;
  const spaced = new RegExp([...text].map(escapeRegExp).join('([^\\S\\n]*)'));
  const m = spaced.exec(paragraph);
  if (!m) return false;
  const gaps = m.slice(1).map((gap) => gap.length > 0);
  const half = slip.phrase.length;
  return gaps.slice(0, half - 1).some(Boolean) && !gaps.every(Boolean);
}

/**
 * Since the fixes of stop 54 after the measure of 2171–2215 (helper f57), slips of one word each:
 * - 传真 with 传 lost, its rest run into the telephone number before (`电话:83260124真:83221073`,
 *   real: 台江区文化体育和旅游局 2023): 真 then a colon right after a number's last digit is no label; 邮箱 with
 *   its first character lost the same way (`…0591箱:`). The corpus's other contact lines write the
 *   label whole, after a mark or a space.
 * - 由据 before a cited title (`本报告由据《中华人民共和国政府信息公开条例》…等文件要求编制而成`, real: 莒南县
 *   筵宾镇 2021): 根据 (依据) mixed with `由…编制`; 由 and 据 make no word before a title. Not after
 *   the characters that end a word in 由 (`理由`, `事由`, `缘由`).
 */
const ONE_WORD_SLIPS_2171_F57: readonly Shape[] = [
  ...(['真:', '真：'] as const).map((word): Shape => ({
    word,
    onlyAfter: '0123456789',
    phrase: (slip) => `${slip.charAt(0)}，传${slip.slice(1)}`,
    kind: 'lost',
  })),
  ...(['箱:', '箱：'] as const).map((word): Shape => ({
    word,
    onlyAfter: '0123456789',
    phrase: (slip) => `${slip.charAt(0)}，邮${slip.slice(1)}`,
    kind: 'lost',
  })),
  {
    word: '由据',
    notAfter: '理事缘来因经自',
    then: /(?=《)/y,
    phrase: () => '根据（或依据）',
    kind: 'worded',
  },
];

/**
 * Since the fixes of stop 55 after the measure of 2216–2260 (helper f62), a wrong, lost or moved
 * character or word in one word each:
 * - 形势 (the situation one adapts to) written 形式 (a form) right after 适应 (`对不适应形式要求的规定
 *   及时予以调整清理`, real: 贵州省气象局 2019): one adapts to the situation's demands (`适应形势要求`,
 *   `…发展`, `…需要`); `形式要求` alone is a form's requirement (`严格按照时间和形式要求`,
 *   峨山县卫生健康局 2021; `其他形式要求公开`, 本溪县卫健局 2021), so only after 适应; `适应新形式、
 *   新要求` (泸州市人民政府 2019, passed by its gatherer) is not read.
 * - 权力 written 权利 before 行使 after 行政 (`保证行政权利行使过程中的透明`, real: 四平市气象局 2019):
 *   an administration exercises its power; the public's rights are held, not 行政 ones (f56's
 *   `权利运行` above, widened to the exercise of 行政权力).
 * - 程序 written 程台 after the verbs a procedure follows (`规范信息公开发布与保密审核程台`, real: 吉林省
 *   气象局 2022): 程台 is no word (`工程台账`, `流程台账` have their own 程 word before).
 * - 本报告 cut to 报 at a sentence's start before 中所列 (`…六部分组成。报中所列数据的统计期限自…`, real:
 *   长治市气象局 2023): the corpus's others write `本报告中所列`, `(本)年报中所列`, `《报告》中所列`.
 * - 诉讼 put inside 行政复议 (`无行政诉讼复议和行政诉讼`, real: 淮北市气象局 2021): `行政诉讼复议` names
 *   neither (`无诉讼复议情况`, 湖口县流泗镇 2023, a loose pair without 行政, is not read).
 * - the slogan `双随机、一公开` split by its closing quote (`“双随机”一公开7条`, real: 淮北市气象局 2021): the
 *   quote closes after the whole slogan; the corpus's `“双随机”信息`, `“双随机”监督检查` quote the first
 *   half alone as a word and are not read (一公开 after it is the slip).
 * - 主动公开信息 with 信息 moved inside the verb before a count (`区文旅局在政务平台上共对外主动信息公开
 *   113条`, real: 秦淮区文化和旅游局 2020): a count follows what was published; `主动信息公开` as a
 *   noun (`做好政府主动信息公开。`, 湖南省生态环境厅 2023) is not read.
 */
const ADAPTED_TO = /要求|需要|发展|变化/y;
const PROCEDURE_VERBS = '核查批理报布定';
const ONE_WORD_SLIPS_2216_F62: readonly Shape[] = [
  {
    word: '适应形式',
    then: ADAPTED_TO,
    phrase: (slip) => `适应形势${slip.slice(4)}`,
    kind: 'replaced',
  },
  {
    word: '行政权利',
    then: /行使/y,
    phrase: () => '行政权力行使',
    kind: 'replaced',
  },
  {
    word: '程台',
    onlyAfter: PROCEDURE_VERBS,
    notThen: '账帐',
    phrase: (slip) => `${slip.charAt(0)}程序`,
    kind: 'replaced',
  },
  {
    word: '报中所列',
    atClauseStart: true,
    phrase: () => '本报告中所列',
    kind: 'lost',
  },
  {
    word: '行政诉讼复议',
    phrase: () => '行政复议',
    kind: 'added',
  },
  ...['双随机”一公开', '双随机"一公开', '双随机”、一公开'].map((word): Shape => ({
    word,
    phrase: () => '双随机、一公开”',
    kind: 'worded',
  })),
  {
    word: '主动信息公开',
    then: /\d+[条件项篇个]/y,
    phrase: (slip) => `主动公开信息${slip.slice(6)}`,
    kind: 'swapped',
  },
];

/**
 * Since the fixes of stop 56 after the measure of 2261–2305 (helper f67), slips of one word each:
 * - 期限 and 期内 run together (`均在法定期限期内予以答复`, real: 衢州市应急管理局 2024): the time
 *   allowed is `法定期限内` or `法定期内`; `期限期内` says 期 twice (in no other text of the corpus).
 * - 明确了 without 明 where a clause opens (`作为一项重要工作来抓,确了政务公开工作责任分工`, real:
 *   建平县林业和草原局 2023): `确了` opens no word (the corpus's others are 明确了, 准确了解).
 * - 等 written twice before the means it closes (`通过政府门户网站、宣传单等等方式`, real: 建平县林业
 *   和草原局 2023): a list closed by `等等` ends there (`…等等。`, `等等方面` are left as written).
 * - a stray 中 opening a list item before a province's name (`…长效机制、中辽宁省生态环境保护督察…`,
 *   real: 建平县林业和草原局 2023): no word opens with 中 and goes on with a province (`中共辽宁省委`
 *   has 共 between; in no other text of the corpus).
 * - 人大代表建议 without 议 before the next item or a stop (`未接办人大代表建和市政协提案`, real: 潍坊市
 *   气象局 2022): 代表建 is no word (the corpus's 78 others are 代表建议).
 * - 政府信息公开 without 公开 before 水平 (`提高政府信息水平`, real: 灵丘县林业局 2023): the level
 *   raised is the work's; 政府信息 has no 水平 of its own (`政务信息水平`, of news, is left).
 * - a stray 建设 after `公开政府信息` before the clause's means (`主动公开政府信息建设通过柞水县人民政府
 *   网站公开信息8条`, real: 柞水县科学技术局 2022): what was published is information, not a building.
 * - 严格 before 制 that is no word of its own (`严格制信息报送制度`, real: 饶河县文化广电和旅游局
 *   2021): 严格执行 or 严格制定 lost a character (`严格制度`, `严格制定` are left).
 */
const MEANS_AFTER_ETC = /方式|形式|途径|渠道|载体|手段/y;
const ITEM_OR_STOP_AFTER = /(?=[和与及、，,。；;])/y;
const MEANS_OPENING_CLAUSE = /(?=通过|经由|利用|依托|在|共|累计|全年|本年)/y;
const ONE_WORD_SLIPS_2261_F67: readonly Shape[] = [
  { word: '期限期内', phrase: () => '期限内', kind: 'doubled' },
  { word: '确了', atClauseStart: true, phrase: () => '明确了', kind: 'lost' },
  {
    word: '等等',
    then: MEANS_AFTER_ETC,
    phrase: (slip) => `等${slip.slice(2)}`,
    kind: 'doubled',
  },
  ...PROVINCES.map((province): Shape => ({
    word: `中${province}省`,
    atClauseStart: true,
    phrase: (slip) => slip.slice(1),
    kind: 'added',
  })),
  {
    word: '代表建',
    then: ITEM_OR_STOP_AFTER,
    phrase: (slip) => `${slip}议`,
    kind: 'lost',
  },
  { word: '政府信息水平', phrase: () => '政府信息公开工作水平', kind: 'lost' },
  {
    word: '公开政府信息建设',
    then: MEANS_OPENING_CLAUSE,
    phrase: () => '公开政府信息',
    kind: 'added',
  },
  {
    word: '严格制',
    notThen: '度定订止约',
    phrase: () => '严格执行（或制定）',
    kind: 'lost',
  },
];

/**
 * Since the fixes of stop 56 after the measure of 2261–2305 (helper f67), slips of a sentence's
 * shape:
 * - 严格 with no verb after it, straight into a column or a site as its object (`我局严格政策文件相关
 *   栏目,要求重要文件均要公开`, real: 乐平市商务局 2022): 严格 takes a verb (`严格管理`) or the work it
 *   governs (`严格政府信息发布审核`, `严格政务新媒体管理`), never a place where things are published.
 */
// Opens with the literal 严格 (no leading run tried at each position); tried only where 严格 is.
// Not where a verb (or a preposition leading to one) follows 严格: `严格管理…栏目`, `严格按照…`.
const STRICT_ON_A_PLACE =
  /严格(?!按|遵|依|照|根据|对|落实|执行|贯彻|规范|审|把|履行|做|实行|恪守|保|区分|进行|要求|认真|公开|监|控|发布|制|限|防|追究|管|督|检|考|操作|开展|完善|围绕|压实|加强|更新|维护|建设|设置|开设|将|的)([^，,。；;、：:\n]{1,12}?(?:栏目|专栏|网站|平台|公众号))(?=[，,。；;])/;
function strictOnAPlaceIn(text: string): PhraseSlip | null {
  const m = text.includes('严格') ? STRICT_ON_A_PLACE.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `严格管理（或规范）${m[1] ?? ''}`, kind: 'verb' };
}
/** The sentence slips read since the measure of 2261–2305 (helper f67). */
const SENTENCE_SLIPS_2261_F67: readonly SentenceSlipReader[] = [strictOnAPlaceIn];

/**
 * Since the fixes of stop 57 after the measure of 2306–2350 (helper f71), slips of one word each:
 * - two prepositions of a basis run together (`严格按照根据《中华人民共和国政府信息公开条例》有关规定
 *   要求`, real: 双辽市教育局 2020): one of 按照, 根据, 依照, 依据, 遵照 leads the regulation, never two
 *   (a word written twice, `按照按照`, is `wordTwice`'s).
 * - 根据 cut to 根 and run into 按 or 依照 (`2023年我局根按规定在嘉鱼县人民政府网站上及时公开相关信息`,
 *   real: 嘉鱼县民政局 2023): 根 opens no word with them (not a root's 根 ending a word before them:
 *   `扎根`, `寻根`, `追根`).
 * - 实时 written 实施 before the verb of publishing and what is published (`实施发布地表水自动监测
 *   信息`, real: 黄冈市生态环境局 2021): 实施 carries out a plan or a rule, it takes no verb of
 *   publishing with its own object; a rule or system of publishing (`实施发布审核制度`) is not read.
 * - 制发 (documents issued) with 依申请公开 and a count as its object (`2023年我委共制发依申请公开0件`,
 *   real: 苏尼特左旗卫生健康委员会 2023): requests are received and handled, not issued; `印发`,
 *   `下发` the same.
 * - a rate of information with its kind lost (`外事工作动态信息率100%`, real: 北京市东城区人民政府外事
 *   办公室 2021): information has a rate of being published or updated (`公开率`, `更新率`), `信息率`
 *   names none (in no other text of the corpus).
 */
const BASIS_PREPOSITIONS = ['按照', '根据', '依照', '依据', '遵照'];
const PUBLISHED_CONTENT =
  /(?![^，,。；;\n]{0,14}?(?:制度|机制|办法|规定|流程|程序|方案|计划|会|审核|审查|工作))[^，,。；;\n]{1,14}?(?:信息|数据|日报|预报|公告|动态)/y;
const COUNT_AFTER_ON_REQUEST = /(?:政府信息|信息)?\d+[件条个]/y;
const ONE_WORD_SLIPS_2306_F71: readonly Shape[] = [
  ...BASIS_PREPOSITIONS.flatMap((first) =>
    BASIS_PREPOSITIONS.filter((second) => second !== first).map((second): Shape => ({
      word: `${first}${second}`,
      phrase: () => `${first}（或${second}）`,
      kind: 'doubled',
    })),
  ),
  ...['根按', '根依照'].map((word): Shape => ({
    word,
    notAfter: '扎寻追生盘归树草病祸穷落',
    phrase: (slip) => `根据（或${slip.slice(1)}）`,
    kind: 'worded',
  })),
  ...['发布', '更新', '推送', '上传'].map((verb): Shape => ({
    word: `实施${verb}`,
    then: PUBLISHED_CONTENT,
    phrase: (slip) => `实时${slip.slice(2)}`,
    kind: 'replaced',
  })),
  ...['制发', '印发', '下发'].map((verb): Shape => ({
    word: `${verb}依申请公开`,
    then: COUNT_AFTER_ON_REQUEST,
    phrase: (slip) => `办理依申请公开${slip.slice(7)}`,
    kind: 'worded',
  })),
  {
    word: '信息率',
    then: /(?=(?:达到?|为|是)?\d)/y,
    phrase: () => '信息公开率（或更新率）',
    kind: 'lost',
  },
];

/**
 * Since the fixes of stop 57 after the measure of 2306–2350 (helper f71), slips of a sentence's
 * shape:
 * - a list of things done, one item its verb lost, a noun phrase with 的 alone between commas
 *   (`扩大公开范围,细化公开内容,与公众的沟通交流,积极开展网上公共服务`, real: 双辽市教育局 2020): the
 *   exchange is something strengthened (`加强与公众的沟通交流`); the corpus's others have their verb
 *   (`与申请人保持良好的沟通联系`, `与群众进行互动交流`).
 * - a 是-sentence cut short after the agency and its verb (`推进政府信息公开制度是双辽市教育局贯彻
 *   实施《中华人民共和国政府信息公开条例》。`, real: 双辽市教育局 2020): 是 needs a noun after it
 *   (`…的重要举措`); a clause with the agency as its subject, ending on the law, is none. Not an
 *   ordinal's or an adverb's 是 (`一是`, `特别是`, `就是`).
 * - a sentence of documents counted with no verb (`《科左后旗卫生健康委员会2022年“双随机一公开”工作
 *   实施方案》等15项政策解读材料,对最新的政策、法规进行及时解读。`, real: 科左后旗卫生健康委员会 2022):
 *   what was done with them (`发布了…`) is lost; a list that goes on after a verb (`主要有：《…》等3个
 *   文件`) is not read.
 */
// Each opens with its literal (与, 是, 《), the mark or word before it looked behind for: tried at that
// character only (issue 17).
const EXCHANGE_WITHOUT_VERB =
  /与(?<=[，,；;]与)(?![^，,。；;\n的]{0,10}?(?:保持|进行|加强|开展|密切|积极|良好|深化|增进|强化|畅通|建立))([^，,。；;\n的]{1,10})的(沟通交流|沟通联系|沟通|交流|互动)(?=[，,。；;])/;
const IS_CUT_AFTER_LAW =
  /是(?<![一二三四五六七八九十还就也都即要但而总又更正只却于凡别其或不则便]是)([^，,。；;\n《》“”]{0,16}?(?:局|委|办|厅|府|镇|乡|街道|中心|部门|单位|机关|我们))(贯彻落实|贯彻实施|贯彻执行|贯彻|落实|执行|实施|遵守|践行)(《[^》\n]{1,40}》)(?=[。；;])/;
const DOCUMENTS_COUNTED_NO_VERB =
  /《(?<=(?:^|[。；;\n])\s*《)[^》\n]{1,60}》[^，,。；;\n]{0,20}?等\d+[项个篇件份条][^，,。；;\n]{0,8}?(?:材料|文件|政策|解读|信息|制度|规定|办法)(?=[，,])/;
function exchangeWithoutVerbIn(text: string): PhraseSlip | null {
  const gated = text.includes('的沟通') || text.includes('的交流') || text.includes('的互动');
  const m = gated ? EXCHANGE_WITHOUT_VERB.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `加强${m[0]}`, kind: 'verb' };
}
function isCutAfterLawIn(text: string): PhraseSlip | null {
  const gated = text.includes('》。') || text.includes('》；') || text.includes('》;');
  const m = gated && text.includes('是') ? IS_CUT_AFTER_LAW.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[0]}的重要举措`, kind: 'unfinished' };
}
function documentsCountedNoVerbIn(text: string): PhraseSlip | null {
  const m = text.includes('》等') ? DOCUMENTS_COUNTED_NO_VERB.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `发布了${m[0]}`, kind: 'verb' };
}
/** The sentence slips read since the measure of 2306–2350 (helper f71). */
const SENTENCE_SLIPS_2306_F71: readonly SentenceSlipReader[] = [
  exchangeWithoutVerbIn,
  isCutAfterLawIn,
  documentsCountedNoVerbIn,
];

/**
 * Since the fixes of stop 58 after the measure of 2351–2395 (helper f76), slips of one word each:
 * - 行政 cut to 政 before the kind of power it names (`深化行政审批制度改革,认真梳理政审批事项`, real:
 *   青阳县交通运输局 2020; `政府信息公开政复议`, the part's name, 538): 审批, 许可, 复议, 诉讼 are
 *   行政's; a field's own 政 keeps its word (`财政`, `市政`, `水政`, `民政`, `家政`: not after them).
 * - 事项 cut to 项 between a kind of power and its count (`2021年度办理行政许可项566件`, real: 石狮市
 *   农业农村局 2021): what is counted is a power's 事项 (or 项目); `许可项` before a number names none
 *   (in no other text of the corpus).
 * - 街道办事处 with 办事处 put inside 街道 (`册亨县人民政府者楼街办事处道高度重视…`, real: 册亨县者楼
 *   街道办事处 2023): `街办事处` (the short name some write) never goes on with 道 but in 道路.
 * - 受到 written 收到 before the public's answer (`保障工作信息公开透明,收到良好社会反响`, real: 海城市
 *   卫生健康局 2025): a reception, praise or attention is 受到; what is 收到 is a letter, a request, or
 *   an effect (`收到良好社会效果`, 1862, `收到了明显的成效`, 1728: not read).
 */
const ADMINISTRATIVE_POWERS = ['审批', '许可', '复议', '诉讼'];
/** Fields whose own word ends in 政 (`财政审批`, `市政许可`, `水政`…): 政 there lost no 行. */
const FIELDS_ENDING_IN_ZHENG = '行财市水路渔邮农林民家国党内宪参议执盐港航粮商税施';
const POWERS_COUNTED_AS_ITEMS = ['许可', '审批', '处罚', '强制', '征收', '给付', '裁决'];
const COUNT_NEXT = /(?=\d)/y;
const PUBLIC_ANSWER =
  /了?(?:良好|广泛|强烈|热烈|积极|一致|普遍|较好|很好|高度)?的?(?:社会)?(?:反响|好评|欢迎|赞誉|称赞|赞扬)/y;
const ONE_WORD_SLIPS_2351_F76: readonly Shape[] = [
  ...ADMINISTRATIVE_POWERS.map((power): Shape => ({
    word: `政${power}`,
    notAfter: FIELDS_ENDING_IN_ZHENG,
    phrase: (slip) => `行${slip}`,
    kind: 'lost',
  })),
  ...POWERS_COUNTED_AS_ITEMS.map((power): Shape => ({
    word: `${power}项`,
    then: COUNT_NEXT,
    phrase: () => `${power}事项`,
    kind: 'lost',
  })),
  { word: '街办事处道', notThen: '路口', phrase: () => '街道办事处', kind: 'swapped' },
  { word: '收到', then: PUBLIC_ANSWER, phrase: (slip) => `受到${slip.slice(2)}`, kind: 'replaced' },
];

/**
 * Since the fixes of stop 59 after the measure of 2396–2440 (fixer f78), slips of one word each:
 * - two steps of one work joined by 的 where they are listed (`《四川省人民政府办公厅关于切实做好政府信息
 *   公开工作年度报告编制的发布工作的通知》`, real: 万源市行政审批局 2022): the notices name the work
 *   `年度报告编制发布工作` (or `编制和发布`, `编制公布`, in some thirty texts of the corpus); `编制的发布` says
 *   the publishing belongs to the drawing up (in no other text of the corpus).
 */
const STEPS_AFTER_DRAWING_UP = ['发布', '公布', '报送'];
const WORK_NEXT = /工作/y;
const ONE_WORD_SLIPS_2396_F78: readonly Shape[] = STEPS_AFTER_DRAWING_UP.map((step): Shape => ({
  word: `编制的${step}`,
  then: WORK_NEXT,
  phrase: () => `编制${step}工作`,
  kind: 'added',
}));

/**
 * Since the fixes of stop 58 after the measure of 2351–2395 (helper f76), slips of a sentence's
 * shape:
 * - an agency led by itself (`2019年白水县公安局在县委、县政府及县公安局的领导下`, real: 白水县公安局
 *   2019): among those it works under, the very level and kind it names itself by; its leader is
 *   the level above (`市公安局`) or its own party group. A branch under its bureau (`市公安局城东分局
 *   在…市公安局的领导下`) names itself otherwise and is not read.
 * - the main channel lost after `以…为…主` (`我局形成了以旗政府门户网站为政务公开主,…微信公众号为辅助…`,
 *   real: 西乌珠穆沁旗人力资源和社会保障局 2022): 主 alone after a work's name ends no word; the
 *   corpus's others write `为主`, `为主渠道`, `为主阵地`. Only after a work of publishing (公开, 发布,
 *   宣传…), not `为民做主`.
 */
// Each opens with its literal (在, 主) and looks behind for the rest: tried at that character only
// (issue 17), and only in a text that has the rare pair it needs (`局在`/`委在`, `主,`).
const LED_BY_ITSELF =
  /在(?<=([县市区旗])([\u4e00-\u9fff]{2,6}[局委])在)[^，,。；;\n]{0,30}?(?<=[、及和与])\1\2的(?:正确|坚强)?领导/;
const MAIN_CHANNEL_LOST =
  /主(?=[，,、；;。])(?<=以[^，,。；;\n]{2,24}?为([\u4e00-\u9fff]{0,6}?(?:公开|发布|宣传|传播|服务|展示|互动))主)/;
function ledByItselfIn(text: string): PhraseSlip | null {
  const gated = (text.includes('局在') || text.includes('委在')) && text.includes('的领导');
  const m = gated ? LED_BY_ITSELF.exec(text) : null;
  if (!m) return null;
  const [said, level = '', kind = ''] = m;
  const self = `${level}${kind}`;
  return {
    text: `${self}${said}`,
    phrase: `${self}${said.slice(0, said.lastIndexOf(self))}上级主管部门的领导`,
    kind: 'worded',
  };
}
function mainChannelLostIn(text: string): PhraseSlip | null {
  const gated = text.includes('主,') || text.includes('主，');
  const m = gated ? MAIN_CHANNEL_LOST.exec(text) : null;
  if (!m) return null;
  const work = m[1] ?? '';
  return { text: `为${work}主`, phrase: `为${work}主渠道（或主平台）`, kind: 'lost' };
}
/** The sentence slips read since the measure of 2351–2395 (helper f76). */
const SENTENCE_SLIPS_2351_F76: readonly SentenceSlipReader[] = [ledByItselfIn, mainChannelLostIn];

/**
 * Since the fixes of stop 59 after the measure of 2396–2440 (helper f80), one-word slips:
 * - 全会 lost after a plenary session's number (`全面贯彻落实党的二十大和二十届二中、三中精神`, real:
 *   博尔塔拉蒙古自治州科学技术局 2024): `三中` names the third plenary session only with 全会; `中精神`
 *   after a numeral is no word (`集中精神` has none before it).
 * - 习近平 lost before the thought it names (`坚持以新时代中国特色社会主义思想为指导`, real: 木兰县住房和
 *   城乡建设局 2023): the corpus's others all write `习近平新时代中国特色社会主义思想`.
 * - 重大决策预公开 written 重大预决策 (`重大预决策7条`, real: 孝感市科技局 2023; `重大预决策公开`,
 *   义乌市 2023): 预 belongs to 公开 (disclosure before the decision); `预决策` is no word.
 * - 对 written 付 before the work (`围绕县委、县政府付政府信息公开工作的要求`, real: 洪雅县洪川镇 2024):
 *   nothing is paid to disclosure; not after the verbs that end in 付 (`拨付`, `支付`, `交付`…).
 * - a field's label written twice (`(地址:地址:山东省淄博市高青县高苑路32号`, real: 高青县工业和信息化局
 *   2025): a label is said once before its value.
 */
const CONTACT_LABELS = ['地址', '电话', '联系电话', '邮编', '邮政编码', '传真', '电子邮箱', '邮箱'];
const PLENARY_NUMERALS = '一二三四五六七八九';
const ONE_WORD_SLIPS_2396_F80: readonly Shape[] = [
  {
    word: '中精神',
    onlyAfter: PLENARY_NUMERALS,
    phrase: (slip) => `${slip.slice(0, -2)}全会精神`,
    kind: 'lost',
  },
  {
    word: '新时代中国特色社会主义思想',
    // Nor at a line's start: a PDF's copy may break the line inside the name (`习近平` then a break).
    notAfter: '平\n',
    phrase: (slip) => `习近平${slip}`,
    kind: 'lost',
  },
  { word: '重大预决策', phrase: () => '重大决策预公开', kind: 'swapped' },
  ...['付政府信息公开', '付政务公开'].map((word): Shape => ({
    word,
    notAfter: '拨支应交给偿预垫兑对',
    phrase: (slip) => `对${slip.slice(1)}`,
    kind: 'replaced',
  })),
  ...CONTACT_LABELS.flatMap((label) =>
    [':', '：'].map((colon): Shape => ({
      word: `${label}${colon}${label}${colon}`,
      phrase: () => `${label}${colon}`,
      kind: 'doubled',
    })),
  ),
];

/**
 * Since the fixes of stop 59 after the measure of 2396–2440 (helper f80), slips of a sentence's
 * shape:
 * - 申请 lost after 依申请政府信息公开 with its count before it (`今年共收到3条依申请政府信息公开,`,
 *   real: 闽侯县财政局 2024): what is received and counted is the request (`政府信息公开申请3件`);
 *   the corpus's others go on with the count or what was asked (`受理依申请政府信息公开2条`,
 *   `依申请政府信息公开来信`).
 * - the verb lost between the information and where it goes (`将涉及的重点领域信息到相应目录进行公开`,
 *   real: 沐川县自然资源局 2024): `将…信息到` has no verb; the corpus's others send it (`报送信息到`).
 * - a sub-heading `…方面。` printed twice (`(二)依申请公开方面。依申请公开方面。一共七项`, real: 木兰县住房
 *   和城乡建设局 2023): the same words twice, each closed by a full stop, say nothing the first did not.
 *   Not a heading followed by its title after a colon (`(四)政府信息公开平台建设:政府信息公开平台建设。`,
 *   高庄镇 2024, passed by its gatherer as typesetting).
 */
// Each opens with its rare literal and looks behind for the rest: tried there only (issue 17).
const REQUEST_LOST_AFTER_COUNT =
  /依申请政府信息公开(?=[，,。；;])(?<=((?:收到|受理)了?([0-9]+)[条件个项])依申请政府信息公开)/;
const VERB_LOST_BEFORE_TO =
  /信息到(?<=将(?![要会来])([^，,。；;：:\n]{1,20}?)(?<![送传发布报交递存])信息到)/;
const ASPECT_TWICE = /方面。(?<=(?:^|[\n)）。])([\u4e00-\u9fff]{2,12}方面)。)\1。/;
function requestLostAfterCountIn(text: string): PhraseSlip | null {
  const m = text.includes('依申请政府信息公开') ? REQUEST_LOST_AFTER_COUNT.exec(text) : null;
  if (!m) return null;
  const [said, counted = '', count = ''] = m;
  return {
    text: `${counted}${said}`,
    phrase: `${counted.slice(0, counted.indexOf(count))}政府信息公开申请${count}件`,
    kind: 'lost',
  };
}
function verbLostBeforeToIn(text: string): PhraseSlip | null {
  const m = text.includes('信息到') ? VERB_LOST_BEFORE_TO.exec(text) : null;
  if (!m) return null;
  const said = `将${m[1] ?? ''}信息到`;
  return { text: said, phrase: `将${m[1] ?? ''}信息发布（或归集）到`, kind: 'verb' };
}
function aspectTwiceIn(text: string): PhraseSlip | null {
  const m = text.includes('方面。') ? ASPECT_TWICE.exec(text) : null;
  if (!m) return null;
  const heading = `${m[1] ?? ''}。`;
  return { text: `${heading}${heading}`, phrase: heading, kind: 'doubled' };
}
/** The sentence slips read since the measure of 2396–2440 (helper f80). */
const SENTENCE_SLIPS_2396_F80: readonly SentenceSlipReader[] = [
  requestLostAfterCountIn,
  verbLostBeforeToIn,
  aspectTwiceIn,
];

/**
 * Since the fixes of stop 55 after the measure of 2216–2260 (helper f62), slips of a sentence's
 * shape:
 * - a word written both before and after 各级 after the whole region (`促进全省气象各级气象部门不断提高…`,
 *   real: 吉林省气象局 2022): the region's units at each level are `全省各级气象部门`; the word once
 *   before 各级 is a copy.
 * - a door number written with 段 after a road's section (`成都市双流区洪江路四段34段`, real:
 *   四川省成都市双流区气象局 2023): a section has numbers (`四段34号`), not a section of its own.
 */
// 各级 first and the region before it looked behind for: tried at each 各级 only (issue 17).
const WORD_AROUND_LEVELS = /(?<=(全(?:省|市|区|县|州|盟|国))([\u4e00-\u9fff]{2,4}))各级\2/;
const DOOR_AS_SECTION = /(?<=[路街道])([一二三四五六七八九十\d]{1,3}段)(\d{1,5})段/;
function wordAroundLevelsIn(text: string): PhraseSlip | null {
  const m = text.includes('各级') ? WORD_AROUND_LEVELS.exec(text) : null;
  if (!m) return null;
  const [said, region = '', word = ''] = m;
  return { text: `${region}${word}${said}`, phrase: `${region}${said}`, kind: 'doubled' };
}
function doorAsSectionIn(text: string): PhraseSlip | null {
  const m = text.includes('段') ? DOOR_AS_SECTION.exec(text) : null;
  if (!m) return null;
  const [said, section = '', door = ''] = m;
  return { text: said, phrase: `${section}${door}号`, kind: 'replaced' };
}
/** The sentence slips read since the measure of 2216–2260 (helper f62). */
const SENTENCE_SLIPS_2216_F62: readonly SentenceSlipReader[] = [
  wordAroundLevelsIn,
  doorAsSectionIn,
];

/**
 * Since the fixes of stop 60 after the measure of 2441–2485 (fixer f84), one-word slips:
 * - a clause opened by 到 before what is published (`二是事前审查,到公开内容“回头看”`, real: 2452 海沧
 *   街道 2021): 到 alone takes a place or a time; before 公开内容 its verb (`做到`) or the object's
 *   preposition (`对`) is lost. Not before a place of the work (`到公开信息查阅点`).
 * - 对 written twice before its object (`按照省市县相关要求,对对需要主动公开的政府文件…`, real: 2482 陇县
 *   财政局 2021): not the end of a word in 对 (`针对`, `面对`, `核对`…) nor 对 before a word opening in 对
 *   (`对对方`, `对对象`).
 */
const ONE_WORD_SLIPS_2441_F84: readonly Shape[] = [
  {
    word: '到公开',
    atClauseStart: true,
    then: /(?:内容|信息(?![查阅点中心栏]))/y,
    phrase: (slip) => `做到对${slip.slice(1)}`,
    kind: 'lost',
  },
  {
    word: '对对',
    notAfter: '针面相绝核比反应校',
    notThen: '方象子联碰照',
    phrase: () => '对',
    kind: 'doubled',
  },
];

/**
 * Since the fixes of stop 60 after the measure of 2441–2485 (fixer f84), slips of a sentence's
 * shape:
 * - a year said to be a time after an event (`2020年为我市机构改革后,按照新的机构设置…`, real: 2443 广州市
 *   人民防空办公室 2020): 为 makes the year something; what it is, `…后的第一年`, is lost, the clause ending
 *   on 后.
 * - a list's 等 lost between a channel and `其它方式` (`…网络平台及《东楚晚报》报纸其它方式主动向社会公开`,
 *   real: 2456 下陆区医疗保障局 2020): the other ways are others than those listed, `报纸等其它方式`.
 * - 近 (nearly) and 余 (over) said of one count (`电话咨询近2800余人次`, real: 2460 鼎城区公安局
 *   2021): a count is under or over its figure, not both. Not 最近, 附近 (a time, a place).
 * - 发布 cut to 布 at a clause's start (`较年初增长4 %,布各类信息452余条`, real: 2460 鼎城区公安局
 *   2021): 布 alone is no verb (its words, 布置, 布局, go on with their second character).
 * - 公开透明 as the object of 提升 (`不断提升政府公开透明,确保公民…`, real: 2461 湖南省体育局 2020): what is
 *   raised is a degree, `公开透明度`; the adjective ending its clause is none. Not after 的, where
 *   `…的公开透明` is a noun (`增强政府运作的公开透明`, 320 姜堰区梁徐街道 2022).
 * - 中央 lost from the name of the central conference on Xinjiang or Tibet (`第三次新疆工作座谈会精神`,
 *   real: 2483-urumqi-nyncj 2021, its text names itself 我局): the series is `第N次中央新疆工作座谈会`,
 *   as the corpus's others write it (and `中央第七次西藏工作座谈会`).
 * - 员会 left after 合作社 (`《重庆市荣昌区供销合作社员会政务信息公开制度》`, real: 2485 荣昌区供销合作社
 *   2023): a cooperative is no committee; not its members' meeting (`合作社员会议`).
 */
// Each opens with a literal of its own and looks behind for the rest, tried at that character only
// (issue 17), most in a text that holds a rarer pair first (`年为`, `公开透明`, `社员会`…).
const YEAR_AS_AFTER = /后(?=[，,])(?<=(\d{4}年度?)为([^，,。；;\n]{2,24}?)后)/;
const ETC_LOST_BEFORE_OTHER =
  /其[他它](?<=(报纸|网站|平台|公众号|微博|微信|专栏|栏目|公开栏|广播|电视|客户端|媒体)其[他它])(?:方式|形式|渠道|途径|载体)/;
const NEARLY_AND_OVER = /近(?<![最附靠接]近)(\d+(?:\.\d+)?[万千百]?)余/;
const PUBLISH_CUT = /布(?<=(?:^|[，,。；;：:])布)(?:各类|各项|相关|政务|政府|信息|\d+)/;
const TRANSPARENT_AS_OBJECT =
  /公开透明(?=[，,。；;]|$)(?<=(?:提升|提高|增强)[^，,。；;\n的]{0,8}?公开透明)/;
const RAISED_WITH = /(?:提升|提高|增强)[^，,。；;\n的]{0,8}?公开透明$/;
const CENTRAL_LOST =
  /工作座谈会(?<=(?<!中央)第[一二三四五六七八九十]{1,3}次(?:新疆|西藏)工作座谈会)/;
const COMMITTEE_AFTER_COOPERATIVE = /(?:合作社|联社)员会(?!议)/;
function yearAsAfterIn(text: string): PhraseSlip | null {
  const m = text.includes('年为') || text.includes('年度为') ? YEAR_AS_AFTER.exec(text) : null;
  if (!m) return null;
  const said = `${m[1] ?? ''}为${m[2] ?? ''}后`;
  return { text: said, phrase: `${m[1] ?? ''}是${m[2] ?? ''}后的第一年`, kind: 'lost' };
}
function etcLostBeforeOtherIn(text: string): PhraseSlip | null {
  const m =
    text.includes('其他') || text.includes('其它') ? ETC_LOST_BEFORE_OTHER.exec(text) : null;
  if (!m) return null;
  const said = `${m[1] ?? ''}${m[0]}`;
  return { text: said, phrase: `${m[1] ?? ''}等${m[0]}`, kind: 'lost' };
}
function nearlyAndOverIn(text: string): PhraseSlip | null {
  const m = text.includes('余') && text.includes('近') ? NEARLY_AND_OVER.exec(text) : null;
  if (!m) return null;
  const count = m[1] ?? '';
  return { text: m[0], phrase: `近${count}（或${count}余）`, kind: 'worded' };
}
function publishCutIn(text: string): PhraseSlip | null {
  const m = PUBLISH_CUT.exec(text);
  return m ? { text: m[0], phrase: `发${m[0]}`, kind: 'lost' } : null;
}
function transparentAsObjectIn(text: string): PhraseSlip | null {
  const m = text.includes('公开透明') ? TRANSPARENT_AS_OBJECT.exec(text) : null;
  if (!m) return null;
  const said = RAISED_WITH.exec(text.slice(0, m.index + m[0].length))?.[0] ?? m[0];
  return { text: said, phrase: `${said}度`, kind: 'lost' };
}
function centralLostIn(text: string): PhraseSlip | null {
  const m = text.includes('工作座谈会') ? CENTRAL_LOST.exec(text) : null;
  if (!m) return null;
  const at = text.lastIndexOf('第', m.index);
  const said = text.slice(at, m.index + m[0].length);
  const times = said.indexOf('次') + 1;
  return { text: said, phrase: `${said.slice(0, times)}中央${said.slice(times)}`, kind: 'lost' };
}
function committeeAfterCooperativeIn(text: string): PhraseSlip | null {
  const m = text.includes('社员会') ? COMMITTEE_AFTER_COOPERATIVE.exec(text) : null;
  return m ? { text: m[0], phrase: m[0].slice(0, -2), kind: 'added' } : null;
}
/** The sentence slips read since the measure of 2441–2485 (fixer f84). */
const SENTENCE_SLIPS_2441_F84: readonly SentenceSlipReader[] = [
  yearAsAfterIn,
  etcLostBeforeOtherIn,
  nearlyAndOverIn,
  publishCutIn,
  transparentAsObjectIn,
  centralLostIn,
  committeeAfterCooperativeIn,
];

const SHAPES: readonly Shape[] = [
  {
    word: '府信息公开',
    notAfter: '政市区县省州乡镇旗盟',
    phrase: (slip) => `政${slip}`,
    kind: 'lost',
  },
  {
    word: '一步',
    notAfter: '进第每逐下这上同一',
    then: /加大|加强|提升|提高|完善|规范|做好|推进|优化|拓展|深化|强化|扩大|健全|落实/y,
    phrase: (slip) => `进${slip}`,
    kind: 'lost',
  },
  { word: '人民政务', phrase: () => '人民政府政务', kind: 'lost' },
  // Since a fix of stop 35 after the measure of 749–778: 政府 lost between 人民 and the office
  // (`请与洮北区东风乡人民办公室联系`, real: 洮北区东风乡 2020): `人民办公室` is no body's name (in no other
  // text of the corpus; `人民防空办公室` has its own word between).
  {
    word: '人民办公',
    then: /[室厅]/y,
    phrase: (slip) => `人民政府办公${slip.slice(4)}`,
    kind: 'lost',
  },
  { word: '为为', notAfter: '认作成', phrase: () => '为', kind: 'doubled' },
  {
    word: '是是',
    onlyAfter: '一二三四五六七八九十',
    phrase: (slip) => slip.slice(0, 2),
    kind: 'doubled',
  },
  { word: '存在在', notThen: '线', phrase: () => '存在', kind: 'doubled' },
  // Since a fix of stop 42 after the measure of 1334–1348: 受理 written 授理 (`落实专人负责授理政府信息
  // 依申请工作`, real: 玉林市住建局 2021; in no other text of the corpus), not 传授/讲授 before 理论, 理念.
  { word: '授理', notThen: '论念', phrase: () => '受理', kind: 'replaced' },
  // …and its 政府信息依申请公开工作 without 公开 (`政府信息依申请工作`): 依申请 names the way information is
  // made public, and after 政府信息 it needs its 公开 (the corpus's `做好依申请工作`, `完善依申请工作机制`
  // shorten the area itself, and are not read).
  { word: '信息依申请工作', phrase: () => '信息依申请公开工作', kind: 'lost' },
  // Since a fix of stop 33 after the measure of 584–613: 发布 without 发 before the words that
  // follow it (`持续加大政策信息布和解读回应力度`, real: 黑龙江省应急管理厅 2023); not `信息布局`.
  {
    word: '信息布',
    then: /[和、及与]|工作|平台|渠道|力度|机制|审核|时限|数量|情况/y,
    phrase: (slip) => `信息发${slip.slice(2)}`,
    kind: 'lost',
  },
  // A national bureau's name without its words, before a province's bureau of the same kind
  // (`中国局、山西省气象局关于…`, real: 大同市气象局 2023): `中国局` is no body's name.
  {
    word: '中国局',
    then: /[、和及与][\u4e00-\u9fff]{2,8}?(?:省|自治区|市)[\u4e00-\u9fff]{1,8}?局/y,
    phrase: (slip) => `中国${KIND_OF_BUREAU.exec(slip)?.[1] ?? ''}${slip.slice(3)}`,
    kind: 'lost',
  },
  // Since a fix of stop 34 after the measure of 614–643: a phrase that lost its last word before a
  // stop, what is left unable to end a clause. `依申请公开` without 公开 (`2022年全年未发生依申请政府
  // 信息。`, real: 德安县河东乡 2022): `依申请` goes on with a verb (`依申请提供`, `依申请受理`) or with
  // `政府信息公开` (`新受理依申请政府信息公开3件`), never ends on 信息. The near misses keep a phrase's
  // last two characters (`依申请` is a word of its own) and lose one character, not a word.
  {
    word: '依申请',
    then: /(?:政府)?信息(?=[。，,；;！!？?]|$)/y,
    phrase: (slip) => `${slip}公开`,
    kind: 'lost',
  },
  // A party committee and government pair whose level was lost on both sides (`在委、政府的正确领导…`,
  // `按照委、政府政务公开的要求`, real: 阳城县横河镇 2020, 县委、县政府): 委 right after a preposition
  // or a stop names no committee (`县委`, `市委`, `党委`, `党工委`, `旗委` keep theirs).
  {
    word: '委、',
    onlyAfter: '在照和及与向由对据于为是经、，,。；;：:',
    then: /[\u4e00-\u9fff]?政府/y,
    phrase: (slip) => `${slip.charAt(0)}县委、县政府（或市委、市政府等）`,
    kind: 'lost',
  },
  // Since a fix of stop 34 after the measure of 644–673: a fixed phrase with two of its words
  // swapped, where the swapped words are no phrase of their own. `政府公开信息` (the government's
  // published information, a phrase of its own: `在门户网站上公布政府公开信息`, real: 平潭综合实验区
  // 市场监督管理局 2021) before the name of the report or of a part of the work that is
  // 政府信息公开's (`政府公开信息年度报告1条`, real: 安居区经济合作局 2023; `编制政府公开信息目录`,
  // 平潭 2019); after 依申请 (`我单位未有依申请政府公开信息`, real: 钦州市华侨投资区 2022): requests
  // are made for 公开 of 政府信息, never for 政府's published information.
  {
    word: '政府公开信息',
    then: /年度报告|年报|目录|指南|专栏|申请/y,
    phrase: (slip) => `政府信息公开${slip.slice(6)}`,
    kind: 'swapped',
  },
  { word: '依申请政府公开信息', phrase: () => '依申请公开政府信息', kind: 'swapped' },
  // 政府信息公开工作 without 公开 (`确定镇党政办作为政府信息工作主要部门`, real: 方正县大罗密镇 2023):
  // `政府信息工作` is no work of its own (`高度重视政府信息工作`, real: 平潭金井片区 2022). Not
  // `依申请公开政府信息工作`, `主动公开政府信息工作` (公开 before it: the work of publishing 政府信息), nor
  // before a noun 工作 opens (`了解到我局政府信息工作动态`, real: 平潭 2020; `政府信息工作内容维护`,
  // `政府信息工作人员`: 政府信息 may be one of two things named there). Since a fix of stop 35 after
  // the measure of 719–748: nor where the text ends right after it (`…及时将需要公开的信息在网站上进行
  // 公开,保证报送工作信息的更新进度,推进政府信息工作`, real: 解放街道 2021, an excerpt cut there): the
  // word that follows is not read, and may be such a noun. Since a fix of stop 39 after the measure of
  // 1169–1198: nor after 规范 (`(三)政府信息管理情况。严格规范政府信息工作,加强完善局门户网站常态化
  // 监管`, real: 广州市城市管理和综合执法局 2023): to 规范 the work on 政府信息 is the management of
  // government information that part reports, no 公开 lost (the corpus's other uses follow 重视, 开展,
  // 推进, 对 and the like, or name a body or a report). Since a fix of stop 40 after the measure of
  // 1199–1258: nor before 向 (`不断推进我镇政府信息工作向专业化、高质量化发展`, real: 城厢区常太镇
  // 2020: the work on 政府信息 as a whole, the preface going on to 主动公开, 依申请公开 and 政府信息管理),
  // nor before a comma and 包括 (`设置1名综合办工作人员具体负责政府信息工作,包括收集、梳理需公开的信息
  // 内容并完成…上传和日常系统维护工作`, real: 武清区白古屯镇 2025): the text says at once what the work
  // is, the handling of information, so no 公开 was lost. The corpus's decided slips have neither.
  // Since a fix of stop 41 after the measure of 1289–1318: nor before 新局面 (`不断增强信息公开工作的
  // 主动性和前瞻性,开创政府信息工作新局面`, real: 福州市市场监督管理局 2019, its gatherer reading the work on
  // 政府信息 as a whole, as 向 above): the corpus's decided slips never go on with 新局面.
  // Since a fix of stop 44 after the measure of 1379–1423: nor before 管理, a noun as 内容 and 人员 are
  // (`(一)强化政府信息工作管理能力。我单位的政府信息公开渠道主要依托在区政府门户网站…`, real: 长寿区双龙镇
  // 2020, its gatherer reading it as wording): the management of the work on 政府信息 names the area
  // 政府信息管理, no 公开 lost (in no other text of the corpus).
  // Since a fix of stop 44 after the measure of 1424–1483: nor after the 等 closing a list of kinds
  // of content (`加强对敏感词汇、错别字、无效链接、涉及个人隐私等政府信息工作力度`, real: 海棠区医疗保障局
  // 2023, its gatherer reading it as wording): 政府信息 there is the information of those kinds, the work
  // on it their checking, no 公开 lost (the corpus's decided slips have no 等 before them).
  {
    word: '政府信息工作',
    notAfter: '开范等',
    then: /(?!动态|内容|人员|管理|向|[，,]包括|新局面|\s*$)/y,
    phrase: () => '政府信息公开工作',
    kind: 'lost',
  },
  // Since a fix of stop 41 after the measure of 1289–1318: 政府信息 published written 政府公开信息 right
  // after 公开 (`主动公开政府公开信息、政府文件、便民政策…`, real: 乌恰县波斯坦铁列克乡 2025): what is
  // 公开ed is 政府信息; `公开政府公开信息` says 公开 twice (in no other text of the corpus; `公布政府公开信息`
  // keeps its own verb).
  { word: '公开政府公开信息', phrase: () => '公开政府信息', kind: 'added' },
  // Since a fix of stop 41 after the measure of 1289–1318: 多方面 without 方 (`…年度工作报告、医疗卫生等
  // 多面内容`, real: 信丰县卫生健康委员会 2023): after 等 or 诸 the many sides of a list are meant (no
  // other `多面` in the corpus; `多面手`, `多面性`, `多面体` are words of their own).
  {
    word: '多面',
    onlyAfter: '等诸',
    notThen: '手性体镜',
    phrase: (slip) => `${slip.charAt(0)}多方面`,
    kind: 'lost',
  },
  // Since a fix of stop 44 after the measure of 1379–1423: the count of requests with 收到 lost
  // (`(二)依申请公开情况。年度内未申请公开件。`, real: 昭化区水利局 2023): `未申请…件` says no one asked,
  // and counts nothing; the corpus writes `未收到…申请` (no other `未申请` in it).
  {
    word: '未申请',
    then: /(?:政府信息)?公开件|件/y,
    phrase: (slip) => `未收到申请${slip.slice(3)}`,
    kind: 'lost',
  },
  // Since a fix of stop 44 after the measure of 1379–1423: 媒体 after a character that makes no word
  // of it (`充分运用移动铀媒及逐级确认对网站上传信息进行审核把关`, real: 金口河区文广旅局 2024): 铀 (uranium)
  // is in no other text of the corpus; the media are 新媒体 or 融媒体.
  { word: '铀媒', then: /体?/y, phrase: () => '新媒体（或融媒体）', kind: 'replaced' },
  // Since a fix of stop 44 after the measure of 1379–1423: 中小河流治理 (the works on small and middle
  // rivers) with 小 written 心 (`重点围绕公开乡村振兴、…、农田水利、中心河流治理、水土流失…`, real: 德江县
  // 水务局 2023): `中心河流` as an item of a list is no kind of river (a city's centre keeps its `城市中心
  // 河流`: not after 市, 城, 区 or 镇; in no other text of the corpus).
  {
    word: '中心河流',
    notAfter: '市城区镇',
    then: /(?:综合)?治理/y,
    phrase: (slip) => `中小${slip.slice(2)}`,
    kind: 'replaced',
  },
  // Since a fix of stop 44 after the measure of 1379–1423: the preface's `特向社会公布` with its
  // 社会 and 公布 lost before another verb (`特向制定2020年度县统计局信息公开年度报告`, real: 息烽县统计局
  // 2020): 向 wants whom it is told to; a verb right after it is no one (the corpus's 70 others write
  // `特向社会公布` or `特向社会公开`).
  {
    word: '特向',
    then: /制定|编制|发布|公布|公开|印发|形成|撰写/y,
    phrase: (slip) => `特${slip.slice(2)}（或特向社会公布）`,
    kind: 'added',
  },
  // Since a fix of stop 44 after the measure of 1379–1423: a count of 政府信息 with a stray 文 before it
  // (`累计主动公开政府信息文2件`, real: 宝山区滨江委 2024): `信息文` right before a number is no word
  // (`信息文件`, `信息文本` keep theirs; in no other text of the corpus).
  {
    word: '信息文',
    then: /\d+(?:余|多)?[件条篇份个]/y,
    phrase: (slip) => `信息${slip.slice(3)}（或公文${slip.slice(3)}）`,
    kind: 'added',
  },
  // Since a fix of stop 44 after the measure of 1379–1423: 排行榜 with 排 lost (`在全省环保政务新媒体
  // 行榜中,位列全省第一`, real: 衡水市生态环境局 2020): `行榜` is no word of its own (`银行榜单` keeps its
  // 银; in no other text of the corpus).
  { word: '行榜', notAfter: '排银', phrase: () => '排行榜', kind: 'lost' },
  // Since a fix of stop 41 after the measure of 1289–1318: the bureau's 局 written before its name that
  // ends in 局 itself (`机构改革后,重新组建局农业农村局政务公开领导小组`, real: 台州市农业农村局 2019): `局`
  // names the bureau, and so does its name (in no other text of the corpus).
  ...['组建局', '成立局', '调整局'].map((word): Shape => ({
    word,
    then: /[\u4e00-\u9fff]{2,8}?局(?=政务公开|政府信息公开|信息公开)/y,
    phrase: () => word,
    kind: 'added',
  })),
  // Since a fix of stop 41 after the measure of 1319–1333: 统一 without 一 before where the items were
  // published (`明确办理流程和材料,并统在湖北政务服务网上公开`, real: 江岸区二七街道 2023): after 并, 均,
  // 要 or 已, `统在` is no word (`系统在`, `传统在` keep their own first character; no other `统在` in
  // the corpus).
  {
    word: '统在',
    onlyAfter: '并均要已须将',
    then: /[^，,。；;：:\n]{2,24}?(?:网|平台|网站|专栏|公开栏|公示栏)/y,
    phrase: (slip) => `${slip.charAt(0)}统一在${slip.slice(3)}`,
    kind: 'lost',
  },
  // Since a fix of stop 39 after the measure of 1169–1198: 扩大 written 拓大 (`深化信息公开任务,拓大信息
  // 公开范围`, real: 嘉峪关市应急管理局 2021): 拓 goes with 展 or 宽, never with 大 (not `开拓大…`).
  { word: '拓大', notAfter: '开', phrase: () => '扩大', kind: 'replaced' },
  // Since a fix of stop 40 after the measure of 1199–1258: 紧紧围绕 with one 紧 lost (`按照…考评办法要求,
  // 紧围绕我委的工作,不断提升`, real: 三亚市卫健委 2020): the corpus writes 紧紧围绕 some 200 times and
  // `紧围绕` nowhere else.
  { word: '紧围绕', notAfter: '紧', phrase: () => '紧紧围绕', kind: 'lost' },
  // Since a fix of stop 40 after the measure of 1199–1258: two conjunctions in a row (`…(以下简称《条例》)
  // 和以及重庆市人民政府办公厅《关于…的通知》`, real: 万盛经开区关坝镇 2022): one of them is left over
  // from an edit. Not a noun ending in 和 (`总和以及…`, `之和以及…`).
  { word: '和以及', notAfter: '总之调缓柔温饱平附随', phrase: () => '以及', kind: 'added' },
  { word: '与以及', notAfter: '给参授赋', phrase: () => '以及', kind: 'added' },
  // Since a fix of stop 40 after the measure of 1199–1258: the catalogue's name `行政事业性收费和政府性
  // 基金目录清单` with a 和 too many (`行政事业性收费和政府性基金和目录清单、助企纾困…`, real: 保定市徐水区
  // 2022): the catalogue is one thing, its 目录清单 no second item (in no other text of the corpus).
  { word: '基金和目录清单', phrase: () => '基金目录清单', kind: 'added' },
  // Since a fix of stop 40 after the measure of 1199–1258: 科室 with its 室 moved behind the next item
  // (`为各科、部门室全面梳理基层政务公开事项`, real: 朝阳区金盏乡 2019, whose next sentence writes `各科室、
  // 部门`): `部门室` is no word.
  { word: '科、部门室', phrase: () => '科室、部门', kind: 'swapped' },
  // 编制 without 制 before 及 (`…年度报告编及发布工作的通知`, real: 铜仁市教育局 2020): a report is
  // 编制 and published; `编及` after 报告 or 年报 is no word (`汇编及…` keeps its 汇).
  {
    word: '编及',
    onlyAfter: '告报',
    phrase: (slip) => `${slip.charAt(0)}编制及`,
    kind: 'lost',
  },
  // 查阅 without 阅 before the other services (`为市民、企业提供政府信息的查、咨询等服务`, real: 重庆市
  // 大渡口区科学技术局 2020): `查` alone is no service (`查询、咨询`, `检查、` keep their word).
  {
    word: '查、',
    onlyAfter: '的供',
    then: /咨询|复制|下载/y,
    phrase: (slip) => `${slip.charAt(0)}查阅、${slip.slice(3)}`,
    kind: 'lost',
  },
  // A banner's, county's or district's departments without the level (`汇总各苏木镇(场)人民政府(管委会)、
  // 直各部门政府信息公开年度报告`, real: 正镶白旗 2021): `直各部门` after a stop or a conjunction names no
  // level (`旗直各部门`, `县直各部门`, `区直各部门` elsewhere in the corpus).
  {
    word: '直各部门',
    onlyAfter: '、，,和及与',
    phrase: (slip) => `${slip.charAt(0)}旗直（或县直、区直等）各部门`,
    kind: 'lost',
  },
  // A contact's 地址 and 电话 each short of their first character, at a line's start (`址:化德县长顺镇…` /
  // `话:0474-7902436`, real: 化德县林业和草原局 2021): `址:` and `话:` are no labels (`地 址:`, `电 话：`
  // keep theirs, spaced).
  ...['址:', '址：', '话:', '话：'].map((word): Shape => ({
    word,
    atLineStart: true,
    phrase: (slip) => `${slip.startsWith('址') ? '地址' : '电话'}${slip.slice(1)}`,
    kind: 'lost',
  })),
  // Since a fix of stop 39 after the measure of 1169–1198: the third part's name with 申请 written as
  // 处理 again (`收到和处理政府信息公开处理情况`, real: 天津市财政局 2019): 政府信息公开 is 处理ed by its
  // 申请, never by a 处理 of its own.
  {
    word: '处理政府信息公开处理',
    phrase: () => '处理政府信息公开申请',
    kind: 'replaced',
  },
  // The preface's list of parts without its verb (`全文内容总体情况、主动公开政府信息情况…`, real: 岚皋县
  // 林业局 2020): `全文内容包括总体情况、…` elsewhere; 全文内容 is no subject of 总体情况.
  { word: '全文内容总体情况', phrase: () => '全文内容包括总体情况', kind: 'lost' },
  // Whom to ask, named with its address in brackets and the sentence closed without 联系 (`如对本年度
  // 报告有任何疑问,请与柴桑区农业农村局政府信息公开领导小组办公室(地址:…;电话:0792-6812139)。`, real:
  // 九江市柴桑区农业农村局 2021; `如有疑问请与来凤县政务服务和大数据管理局(地址:…)。`, 来凤县 2021):
  // `请与…` asks for a verb. Not where 联系 comes before the bracket or after it.
  {
    word: '请与',
    then: /[^。，,；;()（）联]{2,40}[(（][^)）。]{0,80}[)）](?=。)/y,
    phrase: (slip) => `${slip}联系`,
    kind: 'lost',
  },
  // 表三's reason 其他法律行政法规禁止公开 cut after 行政, a count right after it (`其他法律行政1件`,
  // real: 鄂州市人民政府办公室 2022).
  {
    word: '其他法律行政',
    then: /(?=[\d件条，,。；;、]|$)/y,
    phrase: () => '其他法律行政法规禁止公开',
    kind: 'lost',
  },
  // What a request is named by written as a kind of case (`未收到政府信息公开型案件`, real: 临潼区何寨
  // 街道 2025): 政府信息公开 has requests, not `…型` cases.
  {
    word: '政府信息公开型',
    then: /案件|事项/y,
    phrase: () => '政府信息公开申请',
    kind: 'worded',
  },
  // A share told without what it is the share of, 办结率 lost (`回复办件4件,办件100%`, real: 弥勒市
  // 五山乡 2021): `办件` and `办结` are no shares.
  ...['办件', '办结'].map((word): Shape => ({
    word,
    onlyAfter: '，,；;、',
    then: /\d+(?:\.\d+)?[%％]/y,
    phrase: (slip) => `${slip.charAt(0)}办结率${slip.slice(3)}`,
    kind: 'lost',
  })),
  // A connective written twice across its comma (`其中,其中人事信息公开3件`, real: 定安县龙河镇
  // 2020): these words open a clause once (a slogan repeating its words, `干事、干事、干成事`, is none).
  ...CONNECTIVES.map((word): Shape => ({
    word,
    // Since a fix of stop 38 after the measure of 1049–1078: across a colon too (`共主动公开各类重要
    // 政府信息410条,其中:其中党政建设更新30条`, real: 天水市商务局 2019).
    then: new RegExp(`[,，、:：]${word}`, 'y'),
    phrase: () => word,
    kind: 'doubled',
  })),
  // Since a fix of stop 35 after the measure of 674–718: the trio 发布、解读、回应 with 解 lost
  // (`推进重点领域信息公开、加强信息发布、读和回应工作`, real: 临洮县上营乡 2020); the corpus writes it
  // `发布、解读、回应`, `发布、解读和回应`, `发布、解读回应`, `发布解读、回应`. 读 alone between a
  // list's mark and 回应 is no word.
  {
    word: '、读',
    then: /[和、及与]?回应/y,
    phrase: (slip) => `、解读${slip.slice(2)}`,
    kind: 'lost',
  },
  // The principle 公开为常态、不公开为例外 with its 不 lost (`始终坚持“公开是常态, 公开是例外”的原则`,
  // real: 陇南市人民政府办公室 2024): the corpus's 182 texts all write 不公开为例外 or 不公开是例外; the
  // near misses of the phrase read the words with 为 only.
  {
    word: '常态',
    then: /[、,，；;]?以?公开[为是]例外/y,
    phrase: (slip) => slip.replace(/公开([为是])例外$/, '不公开$1例外'),
    kind: 'lost',
  },
  // 泄露 (of a secret, of information) written 泄漏, the word for a leak of gas or water
  // (`防止泄漏国家秘密、工作秘密和敏感信息`, real: 天津市住房和城乡建设委员会 2024); the corpus writes
  // `泄露国家秘密` otherwise, and 泄漏 nowhere else.
  {
    word: '泄漏',
    then: /(?:国家|工作|商业)?(?:秘密|机密)|隐私|(?:个人|敏感|涉密)?信息/y,
    phrase: (slip) => `泄露${slip.slice(2)}`,
    kind: 'replaced',
  },
  // Since a fix of stop 35 after the measure of 719–748: the party's plenary sessions followed
  // without their 精神 (`全面贯彻党的二十大和二十届历次全会,认真落实…`, real: 西藏自治区国资委 2025):
  // the corpus's 25 other texts write `历次全会精神`, or go on to another meeting whose 精神 it shares
  // (`十九届历次全会和党的二十大精神`, real: 德兴镇 2022); a stop right after 全会 ends the clause.
  {
    word: '历次全会',
    then: /(?=[，,。；;])/y,
    phrase: (slip) => `${slip}精神`,
    kind: 'lost',
  },
  // 负责人 written 负债人, its 责 given 债's debt (`《…国资委监管企业负债人经营业绩考核办法(试行)》`,
  // real: 西藏自治区国资委 2025): before the words a state enterprise's heads are judged or paid by,
  // 负债人 (a debtor is 债务人) is no one.
  {
    word: '负债人',
    then: /经营|业绩|考核|薪酬|年薪|任期|履职/y,
    phrase: (slip) => `负责人${slip.slice(3)}`,
    kind: 'replaced',
  },
  // The fourth part's name cut inside its 工作, the words before lost (`全文包括…、收到和处理政府信息
  // 公开申请情况、作被申请行政复议、提起行政诉讼情况、…`, real: 金安区双河镇 2020): 作 opening an item
  // of a list is no word; the corpus's 88 others write `…信息公开工作被申请行政复议`.
  {
    word: '作被申请行政复议',
    onlyAfter: '、，,：:；;',
    phrase: (slip) => `${slip.charAt(0)}因政府信息公开工${slip.slice(1)}`,
    kind: 'lost',
  },
  // Since a fix of stop 36 after the measure of 779–808: the fourth part's name with 申请 lost
  // (`由总体情况、…、因政府信息公开工作被行政复议和提起行政诉讼情况、…六部分组成`, real: 红桥区政府办 2022;
  // 红桥区 2023 the same): an agency is not 复议'd, an application for review is made against it. Only
  // the part's name, 提起行政诉讼 following; not `未发生因政府信息公开被行政复议、提起行政诉讼情况`
  // (本溪 新明街道 2024, a sentence of the year, no 工作) nor `工作被行政复议或行政诉讼的情况` (朝外
  // 街道 2025, the same).
  {
    word: '工作被行政复议',
    then: /[和、及与]提起行政诉讼/y,
    phrase: (slip) => slip.replace('被', '被申请'),
    kind: 'lost',
  },
  // The regulation named with a 试行 it never had (`根据《中华人民共和国政府信息公开条例(试行)》`, real:
  // 兴安盟农牧局 2020). Other rules are (`…年度报告格式(试行)`, `…工作办法(试行)`): only the
  // regulation's own name is read.
  {
    word: '中华人民共和国政府信息公开条例',
    then: /[(（]试行[)）]/y,
    phrase: () => '中华人民共和国政府信息公开条例',
    kind: 'added',
  },
  // 信息公开 with 化 put in, a cross of 信息化 (`更新了《海滨街道政务信息化公开指南(2024)》`, real:
  // 吴川市海滨街道 2024): 信息化 is never made public (`经济和信息化委员会信息公开指南`: 信息化 ends a
  // name there).
  { word: '信息化公开', phrase: () => '信息公开', kind: 'added' },
  // Since a fix of stop 38 after the measure of 1079–1108: the annual report's notice cited with
  // 年度报告有关 lost (`根据…的规定和《关于做好政府信息公开工作事项的通知》的要求`, real: 锡山区东北塘街道
  // 2019; 锡山区云林街道 2019 the same): no notice is named so; the corpus's others all keep
  // `…政府信息公开工作年度报告(编制发布)有关事项的通知`.
  {
    word: '政府信息公开工作事项的通知',
    phrase: () => '政府信息公开工作年度报告有关事项的通知',
    kind: 'lost',
  },
  // 公开 written twice across two words, the verb then 主动公开 (`在政务公开网站公开主动公开85条信息`,
  // real: 乌兰哈达镇 2022; `共公开政府信息3030条,公开主动公开政府文件1624份`, real: 府谷县政府办 2022):
  // after a place it is published on, or opening a clause. Not 信息公开 or a heading's 全面公开 run into
  // 主动公开 (`政务信息公开主动公开总数146条`, real: 开化县中村乡 2023; `（一）全面公开主动公开情况`,
  // 平潭 2022).
  {
    word: '公开主动公开',
    onlyAfter: '站台栏网号端屏，,。；;',
    phrase: (slip) => `${slip.charAt(0)}主动公开`,
    kind: 'doubled',
  },
  // Since a fix of stop 35 after the measure of 749–778: 依申请公开 with 法 put in, as one of the kinds
  // of the work (`建立健全主动公开和依法申请公开制度`, real: 蓉江新区经济发展局 2022; `梳理了主动公开、
  // 依法申请公开、政府信息管理`, 长春市长通街道 2024). Not where someone applies by law for information
  // (`依法申请公开政府信息`): only before a list's mark, a stop or the work's words.
  // Since a fix of stop 51 after the measure of 1949–1993 (helper f40): also before 开展, the work's
  // verb (`今年我单位无依法申请公开开展情况`, real: 扶风县水利局 2020): a party applying goes on with
  // what it asks for, never with 开展.
  // Since a fix of stop 60 after the measure of 2441–2485 (fixer f84): before 制度 only as 主动公开's
  // counterpart in one phrase (`主动公开和依法申请公开制度`, 750 above): a system of its own, named
  // alone (`2、依法申请公开制度。制定依法申请公开的工作规程`, 2479 陈仓区供销联社 2021, passed by its
  // gatherer), is the rules for applying under the law.
  {
    word: '依法申请公开',
    then: /(?=[、，,。；;和及与]|工作|情况|开展)|(?<=主动公开[和及与、]依法申请公开)(?=制度)/y,
    phrase: () => '依申请公开',
    kind: 'added',
  },
  // Since a fix of stop 35 after the measure of 749–778: the fair-competition review named wrongly
  // (`严格执行保密审查机制、竞争性审查机制、信息发布审核机制`, real: 洪洞县教育科技局 2023): the review
  // of policies is `公平竞争审查`; `竞争性审查` names none (in no other text of the corpus).
  { word: '竞争性审查', notAfter: '平', phrase: () => '公平竞争审查', kind: 'worded' },
  // A site's word written twice around 门户 (`通过福州市仓山区人民政府网站门户网站二级页公开专栏`, real:
  // 金山街道 2023): a portal is `门户网站`, `网站门户` alone names it too, never both.
  { word: '网站门户网站', phrase: () => '门户网站', kind: 'doubled' },
  ...ONE_WORD_SLIPS_1349,
  ...ONE_WORD_SLIPS_1634,
  ...ONE_WORD_SLIPS_1679,
  ...ONE_WORD_SLIPS_1724,
  ...ONE_WORD_SLIPS_1769,
  ...ONE_WORD_SLIPS_1814,
  ...ONE_WORD_SLIPS_1859,
  ...ONE_WORD_SLIPS_1904,
  ...ONE_WORD_SLIPS_1949,
  ...ONE_WORD_SLIPS_1949_MORE,
  ...ONE_WORD_SLIPS_1994,
  ...ONE_WORD_SLIPS_2039,
  ...ONE_WORD_SLIPS_2081,
  ...ONE_WORD_SLIPS_2126,
  ...ONE_WORD_SLIPS_2171_F56,
  ...ONE_WORD_SLIPS_2171_F57,
  ...ONE_WORD_SLIPS_2216_F62,
  ...ONE_WORD_SLIPS_2261_F67,
  ...ONE_WORD_SLIPS_2306_F71,
  ...ONE_WORD_SLIPS_2351_F76,
  ...ONE_WORD_SLIPS_2396_F80,
  ...ONE_WORD_SLIPS_2396_F78,
  ...ONE_WORD_SLIPS_2441_F84,
  ...ONE_WORD_SLIPS_2666_F104,
  ...ONE_WORD_SLIPS_2711_F108,
  ...ONE_WORD_SLIPS_2756_F112,
  ...ONE_WORD_SLIPS_2846_F120,
  // Since a fix of stop 36 after the measure of 779–808: a phrase that lost its last character where
  // what is left is no word of its own (the near misses keep a phrase's last two): `规范性文件` cut to
  // `规范性文` before its count (`清理废止规范性文3份`, real: 儋州市人民政府办公室 2023), `政务新媒体`
  // cut to `新媒` (`(二)政务新媒公开方面`, real: 宁县卫生健康局 2023). Not before the characters that
  // make another word of them (`规范性文本`, `新媒介`), nor where an excerpt is cut.
  ...CUT_LAST.map(([word, keeps, last]): Shape => ({
    word,
    then: new RegExp(`(?![${keeps}])(?=\\S)`, 'y'),
    phrase: (slip) => `${slip}${last}`,
    kind: 'lost',
  })),
  // Since a fix of stop 36 after the measure of 779–808: 发挥 with the slogan `以公开促落实、强监管` and
  // no role after it (`更好地发挥以公开促落实、强监管,不断提升公开精准度`, real: 儋州市人民政府办公室 2023;
  // `充分发挥以公开促落实、以公开强监管,全面提升工作质效`, 凤岗镇 2023): 发挥 takes 作用 or 功能 (the
  // corpus's others: `发挥以公开促落实、强监管的功能`, `…强监管职能`, `…优服务的作用`). Only a clause
  // ending there; an excerpt cut inside it is not read.
  ...['发挥以公开', '发挥了以公开'].map((word): Shape => ({
    word,
    then: ROLE_LOST,
    phrase: (slip) => `${slip}的作用`,
    kind: 'unfinished',
  })),
  // Since a fix of stop 36 after the measure of 809–838: 门户网站 with 网站 lost before the site's
  // address (`报告可在定州市人民政府门户(http://www.dzs.gov.cn)下载`, real: 定州经济开发区 2020). 政府门户
  // alone is a short name the corpus uses (`通过政府门户主动公开信息`, `在县政府门户“中国宁阳”(www.`,
  // the site's brand between); only the portal right before its address is read.
  {
    word: '政府门户',
    then: /(?=[(（](?:https?:|www\.))/y,
    phrase: () => '政府门户网站',
    kind: 'lost',
  },
  // Since a fix of stop 36 after the measure of 809–838: 政务公开 with 公开 lost before the daily work
  // of it (`明确由秘书科具体负责政务工作日常工作的组织、协调`, real: 宜春市工信局 2021): a work's daily
  // work is named once; the corpus's other 政务工作 (`提高政务工作的透明度`, `电子政务工作`) go on
  // otherwise.
  {
    word: '政务工作',
    notAfter: '子',
    then: /日常工作/y,
    phrase: (slip) => `政务公开${slip.slice(4)}`,
    kind: 'lost',
  },
  // Since a fix of stop 36 after the measure of 839–868: 共 put inside the name of a notice board
  // (`党务政务共公开栏更新发布12期`, real: 赤壁市赤马港街道 2020), a cross of `共公开…条`: a board is
  // `政务公开栏` (`村务公开栏`, `党务公开栏`); not `…共公开栏目…`, where 共 may count the columns.
  {
    word: '务共公开栏',
    onlyAfter: '政党村居校厂',
    notThen: '目',
    phrase: (slip) => slip.replace('共', ''),
    kind: 'added',
  },
  // Since a fix of stop 36 after the measure of 839–868: 领导小组 with 员 after it (`及时成立县卫健局
  // 信息公开领导小组员,由局长任组长`, real: 得荣县卫生健康局 2019): before a stop the group itself is meant (员
  // added); before other words its members (`…领导小组员名单`, 成 lost). The corpus writes `领导小组成员`
  // or `领导小组` otherwise.
  {
    word: '领导小组员',
    then: /(?=[，,。；;])/y,
    phrase: () => '领导小组',
    kind: 'added',
  },
  { word: '领导小组员', notThen: '，,。；;', phrase: () => '领导小组成员', kind: 'lost' },
  ...PAIRED_WORDS.flatMap(([a, b]) => [`${a}的${b}`, `${b}的${a}`]).map((word): Shape => ({
    word,
    then: /(?=[，,。；;、])/y,
    phrase: (slip) => slip.replace('的', '和'),
    kind: 'replaced',
  })),
  // Since a fix of stop 36 after the measure of 839–868: 政务公开 and 政府信息公开 run into one
  // (`扎实推动政务政府信息公开工作提质增效`, real: 天山区政务服务管理局 2022): `政务政府` is no word.
  { word: '政务政府信息公开', phrase: () => '政务公开和政府信息公开', kind: 'lost' },
  // Since a fix of stop 36 after the measure of 869–898: 基层政务公开标准化规范化 with 公开 lost
  // (`建设完善政府网站“全面推行基层政务标准化规范化”专题专栏`, real: 长乐区政府办 2023): the phrase's
  // near misses lose one character, not a word; `基层政务标准化` is in no other text of the corpus.
  { word: '基层政务标准化', phrase: () => '基层政务公开标准化', kind: 'lost' },
  // Since a fix of stop 36 after the measure of 869–898: 向社会公开 with 向 written 将 (or lost after
  // 将) before the report's title (`现将社会公开《卓尼县人民政府2020年度政府信息公开工作年度报告》`,
  // real: 卓尼县 2020): 将 takes its object before the verb (`现将…予以公布`), and 社会 is not what is
  // published; in no other text of the corpus.
  {
    word: '将社会公开',
    then: /(?=[《“])/y,
    phrase: () => '向社会公开',
    kind: 'replaced',
  },
  // Since a fix of stop 36 after the measure of 869–898: 政府信息公开 with 公开 written twice and the
  // words moved, a cross of `政府公开信息` (`政府公开信息公开报告、党建等其他信息6项`, real: 锡林郭勒盟
  // 科技局 2023; `具体包括镇政府公开信息公开年报1条`, 龙游县横山镇 2023; `落实专人负责政府公开信息公开
  // 平台日常管理维护`, 沁北林业局 2023): 政府公开信息 is not published again.
  {
    word: '政府公开信息公开',
    phrase: () => '政府信息公开',
    kind: 'added',
  },
  // Since a fix of stop 36 after the measure of 869–898: 财务 miswritten 财物 in a list of a town's
  // offices and stations (`民政,财物等相关站办所每年及时将站办的相关信息…`, real: 北票市台吉镇 2022):
  // goods are no office; 财物 stays a word elsewhere (`财物管理`, `公共财物`). Only in a list, before
  // the offices it is one of.
  {
    word: '财物',
    onlyAfter: '、，,',
    then: /(?:[、，,][\u4e00-\u9fff]{2,4})*等?(?:相关|有关)?(?:站所|站办所|站办|办所|所站|站|所)/y,
    phrase: (slip) => slip.replace('财物', '财务'),
    kind: 'replaced',
  },
  // Since a fix of stop 37 after the measure of 899–928: 信息公开 with 政府信 lost after a place's
  // level (`成立…朝阳镇息公开工作领导小组`, real: 舒兰市朝阳镇 2023): `镇息公开` is no word; the corpus
  // has no other 息公开 without 信 (a line broken inside 信息 leaves a break before it, not a level).
  {
    word: '息公开',
    onlyAfter: '镇乡区县市州省旗盟',
    phrase: (slip) => `${slip.charAt(0)}政府信${slip.slice(1)}`,
    kind: 'lost',
  },
  // Since a fix of stop 37 after the measure of 899–928: the preface's way to the report with its
  // modal verb and preposition written twice (`本年度报告内容可通过可以通过哈尔滨市人民政府门户网站…
  // 查阅`, real: 五常市自然资源局 2024; 五常市背荫河镇 2022 and 五常市营商环境建设监督局 2022 write
  // `可通过可以通过`, `可以通过可以通过`): in no other text of the corpus.
  ...['可', '可以'].flatMap((first) =>
    ['可', '可以'].flatMap((second) =>
      ['通过', '在', '登录', '到', '从'].map((by): Shape => ({
        word: `${first}${by}${second}${by}`,
        phrase: () => `${first}${by}`,
        kind: 'doubled',
      })),
    ),
  ),
  // Since a fix of stop 37 after the measure of 959–988: 通过 written 能过 before the channel it
  // names and the verb of publishing (`我县能过政府门户网站发布各类信息6900多条`, real: 溆浦县 2023):
  // `能过` after a subject is no word there (`不能过度`, `才能过关` keep a word before it, not read).
  {
    word: '能过',
    notAfter: '不可才只未就也还都',
    then: CHANNEL_THEN_PUBLISH,
    phrase: (slip) => `通过${slip.slice(2)}`,
    kind: 'replaced',
  },
  // Since a fix of stop 37 after the measure of 959–988: 办公室 with 公 written as the agency's kind
  // said before it (`办公室设在局办局室,并指定…`, real: 姚安县农业农村局 2021): `办局室`, `办委室`
  // name no room (in no other text of the corpus).
  ...[...OFFICE_KINDS].map((kind): Shape => ({
    word: `办${kind}室`,
    phrase: () => '办公室',
    kind: 'replaced',
  })),
  // Since a fix of stop 37 after the measure of 959–988: 件 written twice after 文件 with no count
  // before it (`对我局制发的规范性文件件实现“应解读尽解读”`, real: 锡林郭勒盟数据局 2022); not
  // `文件件数` (the number of documents), nor `件件落实` (each one) after a count (`文件3件件件…`).
  {
    word: '文件件',
    notThen: '数号件',
    phrase: () => '文件',
    kind: 'doubled',
  },
  // Since a fix of stop 37 after the measure of 959–988: 等 ending a list moved inside its last word
  // (`涵江区档案馆、涵江区图书馆查等阅点予以及时公开`, real: 涵江区江口镇 2021, for 查阅点等): these
  // words are never split by 等 (the corpus's other `查阅点`, `阅览室`, `咨询窗口` are whole), and the
  // first character with 等 is no word (not `平等`, `同等`).
  ...SPLIT_BY_ETC.map((word): Shape => ({
    word: `${word.charAt(0)}等${word.slice(1)}`,
    then: /[点室处所站栏厅]?/y,
    phrase: (slip) => `${slip.replace('等', '')}等`,
    kind: 'swapped',
  })),
  // Since a fix of stop 37 after the measure of 989–1018: 负责 with 负 lost after the 等 closing a
  // list of offices (`依托乡民生大厅、司法所、计生站等责全乡政府信息与政务公开工作`, real: 沅州镇中和乡
  // 2019): 责 after 等 opens no word but 责任, 责令, 责成 (`保密安全等责任管理`, in the corpus).
  {
    word: '等责',
    notThen: '任令成编无怪罚备问',
    phrase: () => '等负责',
    kind: 'lost',
  },
  // Since a fix of stop 37 after the measure of 989–1018: 疑问 with 问 lost in the preface's offer
  // of contact (`如对本报告有任何疑,请与盘龙彝族乡人民政府办公室联系`, real: 砚山县盘龙彝族乡 2021):
  // 任何 takes a noun, and 疑 alone is none (`任何疑问`, `任何疑义` elsewhere).
  {
    word: '任何疑',
    notThen: '问义虑惑难点',
    phrase: () => '任何疑问',
    kind: 'lost',
  },
  // Since a fix of stop 37 after the measure of 989–1018: 主要领导 with 主 lost after the place's
  // level (`由镇要领导牵头,党政办安排专人负责`, real: 西平县嫘祖镇 2021): a level and 要领导 make no
  // word (`需要领导`, `重要领导` keep theirs; in no other text of the corpus).
  {
    word: '要领导',
    onlyAfter: '镇乡县市区局旗',
    phrase: (slip) => `${slip.charAt(0)}主要领导`,
    kind: 'lost',
  },
  // Since a fix of stop 37 after the measure of 989–1018: the law on state secrets with 保守 lost
  // (`严格落实国家秘密法、信息公开条例以及其他法律`, real: 凤泉区潞王坟乡 2021): its name is
  // 《中华人民共和国保守国家秘密法》 (as the corpus's other texts write it).
  {
    word: '国家秘密法',
    notAfter: '守',
    phrase: () => '保守国家秘密法',
    kind: 'lost',
  },
  // Since a fix of stop 37 after the measure of 989–1018: 全县 (全市, …) with the place's level
  // lost before 政府 (`(一)组织推动全政府信息公开工作`, real: 通榆县 2021; `加强全政府网站信息采集`,
  // 辽阳市 2019): 全 before 政府 is the whole of a place; not the end of a word (`健全政府信息公开制度`,
  // `完全`, `安全`, `齐全`).
  {
    word: '全政府',
    notAfter: '健完齐安周成保顾全',
    phrase: (slip) => `全县（或全市等）${slip.slice(1)}`,
    kind: 'lost',
  },
  // Since a fix of stop 40 after the measure of 1259–1273: the same before 政务公开
  // (`进一步提升全政务公开工作水平`, real: 鹤岗市兴安区 2020); the corpus's other texts write
  // `健全政务公开…` only.
  {
    word: '全政务公开',
    notAfter: '健完齐安周成保顾全',
    phrase: (slip) => `全区（或全县等）${slip.slice(1)}`,
    kind: 'lost',
  },
  // Since a fix of stop 40 after the measure of 1259–1273: the principle's verb 坚持 with 坚 lost,
  // 持 opening a clause (`完善政府信息公开各项制度,持以公开为常态、不公开为例外`, real: 凤庆县凤山镇
  // 2024); 持 alone opens no clause (`继续秉持公开为常态`, 省地方志办 2021, keeps its verb).
  {
    word: '持以公开为常态',
    onlyAfter: '，,。；;：:、',
    phrase: (slip) => `${slip.charAt(0)}坚${slip.slice(1)}`,
    kind: 'lost',
  },
  {
    word: '持公开为常态',
    onlyAfter: '，,。；;：:、',
    phrase: (slip) => `${slip.charAt(0)}坚${slip.slice(1)}`,
    kind: 'lost',
  },
  // Since a fix of stop 40 after the measure of 1259–1273: 聚焦 (to focus on) written 聚集 (to
  // gather) before the content it focuses on (`牢牢把握“专栏姓专”的基本定位,聚集法定主动公开内容`,
  // real: 鹤岗市兴安区 2020); 聚集 stays a noun's end elsewhere (`要闻聚集578条`, the corpus's one other).
  {
    word: '聚集',
    then: /法定|主动公开|重点|政府信息|公开内容|主责主业|群众关切/y,
    phrase: (slip) => `聚焦${slip.slice(2)}`,
    kind: 'replaced',
  },
  // Since a fix of stop 40 after the measure of 1259–1273: the slogan 互联网+政务服务 with its +
  // lost, said as a slogan (`借力“互联网政务服务”,及时、准确公开政府信息`, real: 渠县医疗保障局 2022);
  // the national platform is named 一体化互联网政务服务平台 (two texts of the corpus), a name, not read.
  {
    word: '互联网政务服务',
    then: /(?=[”"’」』，,。；;、])/y,
    phrase: () => '互联网+政务服务',
    kind: 'lost',
  },
  // Since a fix of stop 37 after the measure of 989–1018: the verb of publishing lost after an
  // adverb of time, its content right after it (`一是按时工作动态、办事指南等事项`, real: 凤泉区
  // 潞王坟乡 2021): these adverbs take a verb (`按时公开`, `及时发布`), never these nouns (in no other
  // text of the corpus).
  ...['按时', '及时', '定期'].map((when): Shape => ({
    word: when,
    then: /(?:工作动态|政务动态|办事指南|政策文件|通知公告)/y,
    phrase: (slip) => `${when}公开（或发布）${slip.slice(when.length)}`,
    kind: 'verb',
  })),
  // Since a fix of stop 38 after the measure of 1019–1048: 同时 written 同事 opening a clause
  // (`确保公开实效。同事,严格做好政府信息保密审查工作`, real: 昭化区卫子镇 2022): a colleague does not
  // open a clause and stand alone before its comma; in no other text of the corpus.
  {
    word: '同事',
    onlyAfter: '。；;，,：:',
    then: /[，,][^，,。；;]{1,12}/y,
    phrase: (slip) => `${slip.charAt(0)}同时${slip.slice(3)}`,
    kind: 'replaced',
  },
  // Since a fix of stop 38 after the measure of 1019–1048: 成立了 (建立了) with its first character
  // lost where a clause opens (`5、监督保障。立了以镇长为组长,分管副书记为副组长`, real: 陈仓区贾村镇
  // 2020): 立了 is always the end of a verb (成立了, 建立了, 设立了, 树立了); in no other text of the
  // corpus does it open a clause.
  {
    word: '立了',
    onlyAfter: '。；;，,：:',
    then: /[^，,。；;]{0,10}/y,
    phrase: (slip) => `${slip.charAt(0)}成立了（或建立了）${slip.slice(3)}`,
    kind: 'lost',
  },
  // Since a fix of stop 38 after the measure of 1019–1048: 依照 (按照, 遵照) with its first
  // character lost where a clause opens on a title (`…对信息公开工作的具体要求,照《中华人民共和国政府
  // 信息公开条例》,健全完善信息公开工作机制`, real: 天津市国资委 2025): the reports' basis is 依照, 按照
  // or 遵照 a rule, never 照 alone (in no other text of the corpus). A paragraph opening on `据《…条例》`
  // is `text-opening-lost`'s; 据 alone is a word of its own (`据《…》报道`).
  {
    word: '照《',
    onlyAfter: '。；;，,：:',
    then: /[^《》\n]{1,40}》/y,
    phrase: (slip) => `${slip.charAt(0)}依照（或按照）${slip.slice(2)}`,
    kind: 'lost',
  },
  // Since a fix of stop 38 after the measure of 1019–1048: 形势 (the situation one analyses) written
  // 形式 (a form) after the verbs of judging it (`正确主动公开有关信息,分析研判形式,强化信息公开督导
  // 检查`, real: 天生桥镇 2021): 研判 and 分析 ending their clause on 形式 judge no form;
  // in no other text of the corpus (`分析形式多样` would go on, not read).
  ...['研判形式', '分析形式'].map((word): Shape => ({
    word,
    then: /(?=[，,。；;、]|$)/y,
    phrase: () => `${word.slice(0, 2)}形势`,
    kind: 'replaced',
  })),
  // Since a fix of stop 38 after the measure of 1019–1048: 切实 with the preposition after it put
  // inside it (`不断改进工作,切把实政务公开工作做细做实`, real: 沙河市生态环境分局 2023): `切把实`,
  // `切将实` are no words (in no other text of the corpus).
  ...['把', '将'].map((by): Shape => ({
    word: `切${by}实`,
    phrase: () => `切实${by}`,
    kind: 'swapped',
  })),
  // Since a fix of stop 38 after the measure of 1019–1048: 得 of a potential complement written 的
  // in the slogans of plain wording (`努力让人民群众“看得懂、能明白、信得过、用的上”`, real: 铜梁区政府
  // 机关 2021; the corpus's others write `看得懂、找得到、用得上`, 27 times): a verb, 的 and a
  // complement of result standing as an item of the list (after a mark, before a mark; or before 、)
  // are no attribute. Not `使用的上述…`, `核查的清单` (no mark around them).
  ...[...SLOGAN_VERBS].flatMap((verb): Shape[] => [
    {
      word: `${verb}的`,
      onlyAfter: '“"、，,：:',
      then: SLOGAN_COMPLEMENT_CLOSED,
      phrase: (slip) => `${slip.charAt(0)}${verb}得${slip.slice(3)}`,
      kind: 'replaced',
    },
    {
      word: `${verb}的`,
      then: SLOGAN_COMPLEMENT_LISTED,
      phrase: (slip) => `${verb}得${slip.slice(2)}`,
      kind: 'replaced',
    },
  ]),
  // Since a fix of stop 39 after the measure of 1109–1138: the right to information written 权力, a
  // power, for 权利 (`切实保障公众获取政府信息的权力`, real: 永嘉县云岭乡 2023): the public holds a right
  // to information, an agency its powers (`权力清单`, `权力在阳光下运行` have no 信息的 before them);
  // in no other text of the corpus.
  {
    word: '信息的权力',
    phrase: () => '信息的权利',
    kind: 'replaced',
  },
  // Since a fix of stop 39 after the measure of 1109–1138: a stray 子 (予's look-alike) between the
  // verb of publishing and 在 (`本报告电子版公开子在“福州市永泰县人民政府门户网站”…公布`, real: 永泰县
  // 政府办 2019): `公开子`, `公布子` are no words; in no other text of the corpus.
  {
    word: '子在',
    onlyAfter: '开布载',
    phrase: (slip) => `${slip.charAt(0)}在`,
    kind: 'added',
  },
  // Since a fix of stop 39 after the measure of 1109–1138: the yearly points of 政务公开 with its two
  // words swapped (`严格落实昆明市2022年政务工作公开要点`, real: 滇中新区临空先进制造业发展局
  // 2022): the document is `政务公开工作要点` (the neighbours' swaps are the phrases' near misses, a
  // word's are not).
  { word: '政务工作公开要点', phrase: () => '政务公开工作要点', kind: 'swapped' },
  // Since a fix of stop 39 after the measure of 1109–1138: 我 before 实际 with the place it stands
  // for lost (`结合我实际,从基础信息、重点领域…`, real: 舒兰市 2024): `结合我市实际`, `立足我县实际`; 我
  // alone has no 实际 (in no other text of the corpus).
  {
    word: '我实际',
    onlyAfter: '合足据照',
    phrase: (slip) => `${slip.charAt(0)}我市（或我县等）实际`,
    kind: 'lost',
  },
  // Since a fix of stop 39 after the measure of 1109–1138: the requests received with 公开 lost
  // (`2021年没有受理政府信息申请情况`, real: 西平县的一个局 2021, its page naming none): requests are
  // 政府信息公开申请 (or 公开政府信息申请); not the form's name (`政府信息申请表`). The part name
  // `收到和处理政府信息申请情况` is the part names' (see `PART_NAME_MIN`).
  {
    word: '受理政府信息申请',
    notThen: '表',
    phrase: () => '受理政府信息公开申请',
    kind: 'lost',
  },
  // Since a fix of stop 39 after the measure of 1139–1168: 重点领域 with 重 lost after a list's
  // mark or conjunction (`各类规划和点领域信息1156条`, real: 眉县 2024): 点领域 opens no word there; the
  // corpus's others keep a word before it (`试点领域`, `焦点领域`).
  {
    word: '点领域',
    onlyAfter: '和、及与，,；;：:',
    phrase: (slip) => `${slip.charAt(0)}重点领域`,
    kind: 'lost',
  },
  // Since a fix of stop 39 after the measure of 1139–1168: 月份 written 月分 before the verb of what
  // was done that month (`9月分发布了《党委…》`, real: 天津经济技术开发区 2021); not `9月分别召开`, nor
  // 分发 as a verb (`9月分发宣传册`: 发 then no 布).
  {
    word: '月分',
    onlyAfter: '0123456789０１２３４５６７８９一二三四五六七八九十',
    then: /发布|召开|开展|举办|印发|出台|制定|启动|上线|完成/y,
    phrase: (slip) => `${slip.charAt(0)}月份${slip.slice(3)}`,
    kind: 'replaced',
  },
  // Since a fix of stop 39 after the measure of 1139–1168: a stray number between an adverb and the
  // verb it goes with (`为进一步26做好政府信息公开工作`, real: 通州区张家湾镇 2021): these adverbs take
  // the verb right after them and count nothing (in no other text of the corpus).
  ...['进一步', '切实', '认真', '不断', '扎实', '深入'].map((adverb): Shape => ({
    word: adverb,
    then: /\d+(?:做好|加强|加大|提升|提高|推进|推动|完善|规范|落实|深化|强化|优化|健全|抓好|开展)/y,
    phrase: (slip) => slip.replace(/\d+/, ''),
    kind: 'added',
  })),
  // Since a fix of stop 39 after the measure of 1139–1168: 共 opening a clause right before the
  // channel the count went through, the verb between lost (`…8029条;共新媒体公众号主动推送政务信息
  // 6300余条`, real: 太原市小店区 2023): 共 counts what a verb did (`共发布`, `共通过…推送`), never a
  // channel; in no other text of the corpus.
  ...CHANNELS_AFTER_ALL.map((channel): Shape => ({
    word: `共${channel}`,
    onlyAfter: '。；;，,：:',
    phrase: (slip) => `${slip.charAt(0)}共通过（政务）${slip.slice(2)}`,
    kind: 'lost',
  })),
  // Since a fix of stop 41 after the measure of 1274–1288: the list of the public's rights with 权
  // lost from its last (`切实保障公众知情权、参与权、表达权和监督。`, real: 通海县河西镇 2023): after a
  // right named with 权, the next one named at the list's end without it is cut (the corpus's others
  // write `知情权、参与权、表达权和监督权` or leave 权 off every one).
  ...RIGHTS.flatMap((before) =>
    RIGHTS.filter((last) => last !== before).flatMap((last) =>
      [...'、和及与'].map((and): Shape => ({
        word: `${before}权${and}${last}`,
        then: /(?=[。，,；;！!]|$)/y,
        phrase: (slip) => `${slip}权`,
        kind: 'lost',
      })),
    ),
  ),
  // Since a fix of stop 41 after the measure of 1274–1288: a stray 来 after 年度 where the clause
  // goes on with what was (not) done (`2021年度来未受理关于政府信息公开的依申请公开`, real: 城厢区发展和
  // 改革局 2021): `2021年度` is the period itself, `…年以来` the time since; `年度来` is neither (in no
  // other text of the corpus).
  {
    word: '年度来',
    then: /(?:未|没有|无|共|累计|全年|收到|受理|发布|主动|依申请)/y,
    phrase: (slip) => `年度${slip.slice(3)}（或“年以来${slip.slice(3)}”）`,
    kind: 'added',
  },
  // Since a fix of stop 41 after the measure of 1274–1288: the conjunction 和 written twice
  // (`未发生因政府信息公开引发的行政复议、行政诉讼和和行`, real: 城厢区发展和改革局 2021): `和和` is no
  // word but of a reduplicated `和和美美`, `和和气气`; a noun ending in 和 (`总和和…`) or a list ending
  // on `和谐`, `和睦` keep theirs (in no other text of the corpus).
  {
    word: '和和',
    notAfter: '总之调缓柔温饱平附随',
    notThen: '美气谐睦顺',
    phrase: () => '和',
    kind: 'doubled',
  },
  // Since a fix of stop 44 after the measure of 1424–1483: the principle's 例外 written 另外 (`以公开为
  // 常态、不公开为另外原则`, real: 黄平县 2023): 另外 (besides) opens a clause, it is no exception; the
  // corpus's 180 others write `不公开为例外` (or `不公开是例外`).
  ...['公开为另外', '公开是另外'].map((word): Shape => ({
    word,
    onlyAfter: '不',
    phrase: (slip) => slip.replace('另外', '例外'),
    kind: 'replaced',
  })),
  // Since a fix of stop 44 after the measure of 1424–1483: 完成 written 按成 before 了 (`按照上级要求严格
  // 落实,较好的按成了政府信息公开工作`, real: 湘阴县林业局 2023): 按 takes a standard (`按成本`, `按成果`),
  // never 成了 (in no other text of the corpus).
  { word: '按成了', phrase: () => '完成了', kind: 'replaced' },
  // Since a fix of stop 44 after the measure of 1424–1483: 依申请公开 with 依 written 已 (`辽东湾新区无
  // 已申请公开情况`, real: 辽东湾新区管委会 2020; `规范已申请公开办理流程`, a 2019 report of the corpus):
  // before the area's words (情况, 办理, 工作…) 已申请公开 names no matter already applied for (`申请人已
  // 申请公开的信息` goes on with 的, not read).
  {
    word: '已申请公开',
    then: /情况|办理|工作|制度|流程|事项|渠道|答复|受理|平台|栏目/y,
    phrase: (slip) => `依${slip.slice(1)}`,
    kind: 'replaced',
  },
  // Since a fix of stop 44 after the measure of 1424–1483: 下属 (所属, 直属…) with 属 written twice
  // (`明确乡各办公室(中心、站所)、下属属各单位的相关任务`, real: 峨山县岔河乡 2022): `属属` is no word
  // (in no other text of the corpus; `金属属于` keeps its 金).
  {
    word: '属属',
    onlyAfter: '下所直附隶归',
    phrase: (slip) => slip.slice(0, 2),
    kind: 'doubled',
  },
  // Since a fix of stop 44 after the measure of 1424–1483: the year's words said three times over
  // (`2023年年度全年文化体育广播电视和旅游局依申请公开0件`, real: 和硕县文旅局 2023): `年年度` is no
  // word, and 全年 says the year again (in no other text of the corpus).
  {
    word: '年年度全年',
    phrase: () => '年全年（或年度）',
    kind: 'doubled',
  },
  // Since a fix of stop 44 after the measure of 1484–1513: 着力 with 力 lost at a clause's start,
  // before the verb it leads (`扩大公开范围,着提升政府信息公开质量`, real: 东方市 2022): a bare 着 opens
  // no clause (the corpus's others write `着力提升`, `着重…`, `着眼…`).
  ...[
    '提升',
    '提高',
    '加强',
    '推进',
    '推动',
    '打造',
    '构建',
    '解决',
    '抓好',
    '做好',
    '完善',
    '规范',
  ].map((verb): Shape => ({
    word: `着${verb}`,
    atClauseStart: true,
    phrase: () => `着力${verb}`,
    kind: 'lost',
  })),
  // Since a fix of stop 44 after the measure of 1484–1513: 提供 written 提高 before the assurance given
  // (`为政府信息公开提高了强有力的组织保障`, real: 崖州区教育局 2020): an assurance is provided (`提供了…
  // 保障`), not raised (in no other text of the corpus; `提升信息安全保障` raises a level, not read).
  {
    word: '提高了',
    then: /(?:强有力|有力|坚强|坚实|有效|可靠|良好|重要|充分)的?(?:组织|制度|机制|人员|技术|经费|人才|工作)?保障/y,
    phrase: (slip) => `提供了${slip.slice(3)}`,
    kind: 'replaced',
  },
  // Since a fix of stop 44 after the measure of 1484–1513: the site's 专栏 written 专项 where the report
  // is put up (`本年报通过磐石市人民政府网站--政府信息公开专项向社会公开`, real: 磐石市吉昌镇 2023): 专项
  // (a special task) goes on with its work (`专项工作`, `专项小组`, `专项检查`), a column is where a text is
  // found (in no other text of the corpus).
  {
    word: '信息公开专项',
    then: /(?=向|中|上|内|里|下载|查阅|查看|[，,。；;（(]|$)/y,
    phrase: (slip) => `${slip.slice(0, -2)}专栏`,
    kind: 'replaced',
  },
  // Since a fix of stop 44 after the measure of 1484–1513: a list's items run together with 办 doubled
  // (`本级政府领导机构设置主要职能办办事程序办事指南1条`, real: 涵江区秋芦镇 2024): 职能 is no office
  // (`…办`), the next item is 办事程序 (`一次办办事指南` is 一次办's; not read).
  {
    word: '职能办办事',
    phrase: () => '职能、办事',
    kind: 'doubled',
  },
  // Since a fix of stop 44 after the measure of 1484–1513: 报告 left before the regulation cited
  // (`根据报告《条例》第二十条规定的法定公开内容`, real: 榆树市环城乡 2023): 根据 takes the regulation
  // (in no other text of the corpus).
  ...['根据', '按照', '依据', '依照', '遵照'].map((by): Shape => ({
    word: `${by}报告《`,
    then: /(?=(?:中华人民共和国)?(?:政府信息公开)?条例》)/y,
    phrase: () => `${by}《`,
    kind: 'added',
  })),
  // Since a fix of stop 44 after the measure of 1484–1513: 救济 written 经济 in the old regulation's
  // list (条例 2007 第十二条 `抢险救灾、优抚、救济、社会捐助等款物的发放情况`; `抢险救灾、优抚、经济、社会捐助`,
  // real: 闽侯县白沙镇 2024): 经济 is no kind of money handed out (the corpus's other writes `优抚、救济`).
  {
    word: '优抚、经济',
    then: /(?=[、，,和及等])/y,
    phrase: () => '优抚、救济',
    kind: 'replaced',
  },
  // Since a fix of stop 45 after the measure of 1514–1543: 建设 cut to 建 before the kind of
  // government built (`充分发挥政务公开对建廉洁政府和服务型政府的作用`, real: 江津区杜市镇 2019): 建 alone
  // takes no government; the corpus writes 建设 (or 构建, 创建, 共建: a verb of two characters ending in
  // 建, not read), never 建 so elsewhere.
  ...GOVERNMENT_KINDS.map((kind): Shape => ({
    word: `建${kind}政府`,
    notAfter: '构创共组筹新修扩搭再兴援重在自改筑封福承营基',
    phrase: (slip) => `建设${slip.slice(1)}`,
    kind: 'lost',
  })),
  // Since the fixes of stop 45 after the measure of 1544–1573 (helper f14), slips of one word each:
  // - 真实公正 written 真正公正 in the principle of the work (`坚持“依法公开、真正公正、注重实效、有利
  //   监督”的原则`, real: 和田县乌宗肖乡 2023): the principle's words are 真实公正; read in the list
  //   only (before its next item), `做到真正公正` elsewhere being a sentence's words.
  // - 拉近 written 拉进 before the distance it shortens (`拉进了政府与群众之间的距离`, same report):
  //   拉进 takes what is drawn in (`拉进群`), never 距离 (in no other text of the corpus).
  // - 与…密切相关 written 与…密切关注 (`规划计划等与群众密切关注信息`, real: 即墨区潮海街道 2021):
  //   关注 has the public as its subject (`群众密切关注的…`, 878's, 378's), never after 与 (the
  //   corpus's 16 others write `与…密切相关`).
  // - 推送 written 推动 with information as its object, the clause ending there (`定向精准推动各项惠企
  //   利民政策信息。`, real: 沐川县杨村乡 2022): 推动 takes work or its publishing (`推动各项工作`,
  //   `推动政府信息公开`), never 信息 itself (in no other text of the corpus).
  { word: '真正公正', then: /(?=、注重实效)/y, phrase: () => '真实公正', kind: 'replaced' },
  {
    word: '拉进',
    then: /了?[^，,。；;\n]{0,16}?距离/y,
    phrase: (slip) => `拉近${slip.slice(2)}`,
    kind: 'replaced',
  },
  ...['群众', '公众', '百姓', '社会', '企业'].map((who): Shape => ({
    word: `与${who}密切关注`,
    notThen: '和与、',
    phrase: () => `与${who}密切相关`,
    kind: 'worded',
  })),
  // Since a fix of stop 46 after the measure of 1574–1633: not 推动 making its object do something
  // (`推动公开内容进一步聚焦重点政务信息`, real: 绿园区城西街道 2021): an adverb of degree after the
  // object opens the verb it is pushed to, 信息 is that verb's object, not 推动's.
  // Since a fix of stop 65 after the measure of 2666–2710: not 推动 as the noun of how work is pushed
  // forward (`区国资委各项工作推动情况及工作进度信息`, real: fixture 2709, a 区国资委 of 河东区 in 2020): a message pushed
  // out has no 情况 or 进展 of its own.
  {
    word: '推动',
    then: /(?!情况|进展|进度)(?:(?!进一步|更加|更好|不断|持续|逐步)[^，,。；;、\n]){0,14}?信息(?=[。，,；;]|$)/y,
    phrase: (slip) => `推送${slip.slice(2)}`,
    kind: 'replaced',
  },
  // - 在 lost between 可以 and the site where the report is read (`本年度报告的电子版可以西宁市城中区人民
  //   政府网站:www.xncz.gov.cn查阅并下载`, real: 西宁市城中区 2020): 可以 wants a verb; the corpus's
  //   others write `可以在…`, `可以登录…`, `可以通过…` (in no other text without one).
  // - the site's word lost after the government named as a channel (`我镇通过新桥镇人民政府共发布公开
  //   信息66条`, real: 路桥区新桥镇 2021): 通过 takes the channel, the government's site (in no other
  //   text of the corpus).
  {
    word: '可以',
    then: /(?![在登通到从于上进浏访点查下至向去用])[^，,。；;\n]{2,24}?网站[^，,。；;\n]{0,30}?(?:查阅|下载|查看|浏览)/y,
    phrase: (slip) => `可以在${slip.slice(2)}`,
    kind: 'lost',
  },
  {
    word: '通过',
    then: /[^，,。；;、\n]{0,14}?人民政府(?=(?:共计?|累计)?(?:发布|公开|公布))/y,
    phrase: (slip) => `${slip}网站（或门户网站）`,
    kind: 'lost',
  },
  // Since the fixes of stop 46 after the measure of 1574–1633 (helper f19), slips of one word each:
  // - 领导 written 领带 (a necktie) among the officials who check a text (`由业务股室和办公室分管领带
  //   以及局主要领导层层把关`, real: 西平县市场监督管理局 2021): no report speaks of neckties; not a tie
  //   worn (`系领带`), nor a verb in 领 before one in 带 (`引领带动`, `领带头`).
  // - 公示 written 公式 (a formula) before 公开 (`在实现基本政务工作公式公开的同时`, real: 墨脱县德兴乡
  //   2021): `公示公开` is the work's pair; a formula published goes after 计算 (`计算公式公开`, not read).
  // - 政府信息公开申请 with its words swapped, counted (`新收政府信息申请公开数量2件`, real: 东城区建国门
  //   街道 2019): the requests counted are 政府信息公开申请; the preface's list of parts written so
  //   (`政府信息申请公开情况`, 1551's, its gatherer's `不计`) is not read.
  //   Since a fix of stop 66 after the measure of 2711–2755: also where it closes its clause (`本年度未
  //   收到政府信息申请公开。`, real: 岚皋县民主镇 2024): what is received or counted is a request.
  // - the channel's word lost after 通过其他 (`通过其他公开政府信息100余条`, real: 萧山区进化镇 2023):
  //   其他 needs its noun (`其他渠道`, `其他方式`, `其他形式`, as the corpus's others write); not
  //   `通过其他公开渠道`, the noun after the verb's word.
  {
    word: '领带',
    notAfter: '系打戴条引率带统',
    notThen: '动头领',
    phrase: () => '领导',
    kind: 'replaced',
  },
  { word: '公式公开', notAfter: '算用', phrase: () => '公示公开', kind: 'replaced' },
  {
    word: '政府信息申请公开',
    then: /(?=数量|总数|总量|共|合计|累计|\d|[。，,；;]|$)/y,
    phrase: () => '政府信息公开申请',
    kind: 'swapped',
  },
  {
    word: '通过其他',
    then: /(?=(?:主动)?(?:公开|发布|公布|推送)(?!渠道|方式|途径|平台|形式|载体|媒体|栏))/y,
    phrase: () => '通过其他渠道（或方式）',
    kind: 'lost',
  },
  // Well-known miswritings of common words (`整体规划和布署`, real: 吉林市丰满区民政局 2021).
  ...Object.entries(MISWRITTEN).map(([word, right]): Shape => ({
    word,
    phrase: () => right,
    kind: 'replaced',
  })),
];
/**
 * Since the fixes of stop 53 after the measure of 2081–2125 (helper f48), sentences left open or
 * with a word lost, each gated by its own characters:
 * - a count of persons written with decimals, its 万 lost (`及时调整了我市26.05名企业退休人员的养老金`,
 *   real: 汕头市社保局 2022): persons are counted whole; a decimal count is of 万 (or 亿). Only after a
 *   character of the sentence (not a heading's `1.1名称`) and before 名, 位 or 户 as the unit
 *   (`平均约3.56个工作日` counts days); in no other text of the corpus.
 * - a clause framed by 在 that ends on the bodies' 要求 (`在自治区农牧厅、盟委、行署和…办公室有关要求,我局
 *   严格按照…`, real: 锡林郭勒盟农牧局 2023): 在 opens a place, a time or `…指导下`; 要求 are followed
 *   (`按照…要求`). Not where the clause names a place or time inside (`在文件发文笺中增加了公开要求`), or
 *   has a verb of its own.
 * - 及时 right before a list of matters, the verb after the list (`并及时疫情防控、防汛、…行政许可结果等
 *   重要工作公开相关工作信息`, real: 东城区园林绿化局 2021): 及时 leads a verb; before matters it needs
 *   就 or 对. Only where the list ends in `等…工作` (事项, 领域) and the verb of publishing comes after
 *   it; a list of verbs (`及时发布…等领域信息公开`) or one led by 将, 对, 就 is not read.
 * - the report said to do the work it tells (`本报告依据《…条例》和《…年度报告格式》等相关规章制度开展政府
 *   信息公开工作`, real: 赵县沙河店镇 2024): the report is compiled under the documents cited; the agency
 *   carries out the work. Only where the verb of the work follows the last title cited right after
 *   `本报告依据` (the corpus's others go on with 编制, or name the agency).
 * - 汇总 with a year alone as its object (`…要求,汇总2022年度,由彩云镇…编制而成`, real: 禄丰市彩云镇
 *   2022): a year is not what is summed up; the work or the figures of the year are (`汇总2021年度敬亭山
 *   街道的政务公开年度报告` goes on).
 */
const PERSONS_IN_DECIMALS = /(?<=[\u4e00-\u9fff])(\d+\.\d+)([名位户])(?![称单录词义额置于籍口])/;
const REQUIREMENTS_FRAMED_BY_IN =
  /(?:^|[，,。；;：:])在([^，,。；;：:\n]{2,40}?)(?:的)?(?:有关|相关)?(?:工作)?要求(?=[，,])/;
/** Inside the frame: a place or a time (`…中`, `…时`), or a verb of its own; then 在 is right. */
const FRAME_OF_PLACE_OR_VERB =
  /[中内里时下]|上(?!级)|按|依|根据|遵照|对照|贯彻|落实|增加|提出|明确|执行|结合|围绕/;
const PROMPTLY_BEFORE_MATTERS =
  /及时(?!公开|发布|更新|推送|做好|维护|准确|全面|有序|上传|报送|回应|处理|调整|收集|整理|梳理|编制|主动|地)([^，,。；;、\n]{2,10})、[^，,。；;\n]{0,80}?等[^，,。；;\n]{0,6}?(?:工作|事项|领域)(?:信息)?(?:公开|发布|更新|推送)/;
const PREPOSITION_BEFORE_MATTERS = /将|把|对|就|围绕|针对|通过|关于/;
const REPORT_DOING_WORK =
  /本?报告(?:是)?(?:依据|根据|按照|依照)[^。；;\n]{0,200}?》([^《》，,。；;\n]{0,14}?)(开展|做好|推进|抓好)([^，,。；;\n]{0,12}?工作)/;
const SUMMED_YEAR_ALONE = /汇总了?(\d{4}年度?)的?(?=[，,。；;])/;

function personsInDecimalsIn(text: string): PhraseSlip | null {
  const m = text.includes('.') ? PERSONS_IN_DECIMALS.exec(text) : null;
  if (!m) return null;
  const [said, count = '', unit = ''] = m;
  return { text: said, phrase: `${count}万${unit}`, kind: 'lost' };
}

function requirementsFramedByInIn(text: string): PhraseSlip | null {
  const m =
    text.includes('要求') && text.includes('在') ? REQUIREMENTS_FRAMED_BY_IN.exec(text) : null;
  const bodies = m?.[1];
  if (!m || !bodies || FRAME_OF_PLACE_OR_VERB.test(bodies)) return null;
  const said = m[0].slice(m[0].indexOf('在'));
  return {
    text: said,
    phrase: `按照${said.slice(1, 5)}…要求（或“在…的指导下”）`,
    kind: 'lost',
  };
}

function promptlyBeforeMattersIn(text: string): PhraseSlip | null {
  const m =
    text.includes('及时') && text.includes('等') ? PROMPTLY_BEFORE_MATTERS.exec(text) : null;
  const first = m?.[1];
  if (!m || !first || PREPOSITION_BEFORE_MATTERS.test(m[0])) return null;
  return { text: `及时${first}`, phrase: `及时就（或对）${first}`, kind: 'lost' };
}

function reportDoingWorkIn(text: string): PhraseSlip | null {
  const m = text.includes('报告') && text.includes('》') ? REPORT_DOING_WORK.exec(text) : null;
  if (!m) return null;
  const [, between = '', verb = '', work = ''] = m;
  return {
    text: `》${between}${verb}${work}`,
    phrase: `》${between}编制（${verb}${work}的是本机关，不是报告）`,
    kind: 'worded',
  };
}

function summedYearAloneIn(text: string): PhraseSlip | null {
  const m = text.includes('汇总') ? SUMMED_YEAR_ALONE.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[0]}政府信息公开工作情况`, kind: 'unfinished' };
}

/** The sentence slips read since the measure of 2081–2125 (helper f48), in the order told. */
const SENTENCE_SLIPS_2081: readonly SentenceSlipReader[] = [
  personsInDecimalsIn,
  requirementsFramedByInIn,
  promptlyBeforeMattersIn,
  reportDoingWorkIn,
  summedYearAloneIn,
];

/**
 * Since the fixes of stop 54 after the measure of 2171–2215 (helper f57), sentences of two
 * constructions mixed:
 * - the report said compiled 由 a body's own work (`由杭州市行政审批服务管理办公室的政府信息公开年度工作情况
 *   编制而成`, real: 杭州市审管办 2020): `由…编制` names who compiles, `根据…情况编制` what from; the body
 *   then 的 and the work's 情况 mixes the two. Only where nothing stands between the body and 的 (the
 *   corpus's others put a verb there: `由…办公室综合全镇各部门的…情况编制`, `由永丰镇人民政府根据…情况编制`).
 * - 做到 with a work's development as its object (`切实做到后勤政务事务公开工作健康快速发展`, real: 荣昌区
 *   清江镇 2019): 做到 takes what is done (`做到应公开尽公开`); a work's 健康发展 is promoted or
 *   ensured (推动, 确保). Only a clause ending on `…工作` then the manner of 发展 (the corpus has no
 *   other 做到…发展).
 * - 依 before the person answered (`均在规定时间内答复依申请人`, real: 盐城市水利局 2022): the requester is
 *   answered (`答复申请人`); 依申请 is the kind of disclosure, not a person. Only after a verb of
 *   answering or telling, and not `依申请人的申请` (依 as "according to"), kept by what follows.
 */
const COMPILED_FROM_BODY_WORK =
  /由((?:(?!综合|根据|依据|汇总|按照|结合|对|将)[^，,。；;\n]){2,30}?(?:办公室|政府|局|委员会|委|中心|办|街道|镇|乡|厅|部门|单位))的([^，,。；;\n]{0,30}?情况)(编制|汇总|编写|撰写|形成)/;
const DONE_AS_DEVELOPMENT =
  /做到([^，,。；;\n]{2,30}?工作)((?:健康|快速|稳步|持续|有序|良性|平稳|高质量)+)发展/;
const ANSWERED_BY_REQUEST = /(答复|回复|告知|送达|反馈|通知)依申请人(?![的申要所提之])/;

function compiledFromBodyWorkIn(text: string): PhraseSlip | null {
  const m =
    text.includes('情况') && text.includes('由') ? COMPILED_FROM_BODY_WORK.exec(text) : null;
  if (!m) return null;
  const [said, body = '', what = '', verb = ''] = m;
  return {
    text: said,
    phrase: `根据${body}的${what}${verb}（或由${body}${verb}）`,
    kind: 'worded',
  };
}

function doneAsDevelopmentIn(text: string): PhraseSlip | null {
  const m = text.includes('做到') && text.includes('发展') ? DONE_AS_DEVELOPMENT.exec(text) : null;
  if (!m) return null;
  const [said, work = '', how = ''] = m;
  return { text: said, phrase: `推动（或确保）${work}${how}发展`, kind: 'worded' };
}

function answeredByRequestIn(text: string): PhraseSlip | null {
  const m = text.includes('依申请人') ? ANSWERED_BY_REQUEST.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[1] ?? ''}申请人`, kind: 'added' };
}

/** The sentence slips read since the measure of 2171–2215 (helper f57), in the order told. */
const SENTENCE_SLIPS_2171_F57: readonly SentenceSlipReader[] = [
  compiledFromBodyWorkIn,
  doneAsDevelopmentIn,
  answeredByRequestIn,
];

/**
 * Since the fixes of stop 55 after the measure of 2216–2260 (helper f63), sentences of two
 * constructions run together, or a word's order turned:
 * - the report said drawn up twice in one sentence, on its basis and on what it is combined with
 *   (`依据《…条例》…及省、市、区政府信息公开工作部署编制,结合2025年度…信息公开工作情况编制`, real: 盐城市
 *   亭湖区文化广电和旅游局 2025): `依据…编制` and `结合…编制` are two sentences; one 编制 closes
 *   both (`依据…,结合…编制`). Only a clause of the basis ending on the verb, then 结合 (根据, 按照…) and a
 *   clause ending on the same verb at the sentence's end (the corpus's only such sentence).
 * - a condition closed by `的前提下` with no 在 to open it (`确保信息质量的前提下,…公开了…`, real: 章贡区
 *   林业局 2019): `…的前提下` is a place in a sentence only 在 opens (`在确保…的前提下`). Only a clause
 *   holding no 在 nor a quotation mark (the corpus's others write `在…的前提下`, `确保在…的前提下`,
 *   `在以“公开为常态,不公开为例外”的前提下`, real: 集宁区农牧水利局 2024, a comma inside the quotation).
 * - `行政依法` for 依法行政, a whole item of a list or a clause (`…财经信息、行政依法、网上办事…`, real:
 *   章贡区林业局 2019): 依法 goes before the verb it qualifies. Only before a mark or a conjunction, not
 *   before a word it may go on to (`行政依法决策`).
 */
const COMPILED_TWICE =
  /(?:依据|根据|按照|参照)([^。；;\n]{2,120}?)(编制|编写|制定|形成)(?:而成)?[，,](?:并)?(结合|根据|依据|按照|参照)([^。；;，,\n]{2,80}?)\2(?:而成)?(?=[。；;]|$)/;
const CONDITION_LOST =
  /(?:^|[。；;！!？?，,：:\n])([^在，,。；;！!？?：:\n“”"‘’「」]{2,30}?的前提下)(?=[，,])/;
const LAW_ORDER_TURNED = /行政依法(?=[、，,。；;和及与等]|$)/;

function compiledTwiceIn(text: string): PhraseSlip | null {
  const m =
    text.includes('编') || text.includes('制定') || text.includes('形成')
      ? COMPILED_TWICE.exec(text)
      : null;
  if (!m) return null;
  const [, basis = '', verb = '', and = '', what = ''] = m;
  const lead = basis.slice(-4);
  const tail = what.slice(-4);
  return {
    text: `${lead}${verb},${and}…${tail}${verb}`,
    phrase: `${lead},${and}…${tail}${verb}（“${verb}”只写一次）`,
    kind: 'doubled',
  };
}

function conditionLostIn(text: string): PhraseSlip | null {
  const m = text.includes('前提下') ? CONDITION_LOST.exec(text) : null;
  const said = m?.[1];
  return said ? { text: said, phrase: `在${said}`, kind: 'lost' } : null;
}

function lawOrderTurnedIn(text: string): PhraseSlip | null {
  return text.includes('行政依法') && LAW_ORDER_TURNED.test(text)
    ? { text: '行政依法', phrase: '依法行政', kind: 'swapped' }
    : null;
}

/** The sentence slips read since the measure of 2216–2260 (helper f63), in the order told. */
const SENTENCE_SLIPS_2216_F63: readonly SentenceSlipReader[] = [
  compiledTwiceIn,
  conditionLostIn,
  lawOrderTurnedIn,
];

/**
 * Since a fix of stop 55 after the measure of 2216–2260 (helper f61): a count of one digit with 余
 * (`…新冠肺炎疫情防控信息32条、创新创业信息8余条、科技动态信息192条`, real: 雅安市科学技术局 2020, the
 * list's exact sum printed; `解读民生政策文件6余件`, real: 兴海县 2021, written down as a slip): 余 says
 * a round number was passed (`10余条`, `200余条`), and a count under ten is told exactly, or as
 * `几条`. Only a digit with none before it (no `68余条`, the count stop 54 left), after a word of the
 * sentence, before a unit.
 */
const ONE_DIGIT_ABOUT =
  /(?<=[\u4e00-\u9fff])(?<![\d.０-９第])([1-9])余(条|件|篇|项|个|份|次|期|场)/;

function oneDigitAboutIn(text: string): PhraseSlip | null {
  const m = text.includes('余') ? ONE_DIGIT_ABOUT.exec(text) : null;
  if (!m) return null;
  const [said, digit = '', unit = ''] = m;
  return { text: said, phrase: `${digit}${unit}`, kind: 'added' };
}

/** The sentence slips read since the measure of 2216–2260 (helper f61), in the order told. */
const SENTENCE_SLIPS_2216_F61: readonly SentenceSlipReader[] = [oneDigitAboutIn];

/** What a clause opens after (see `atClauseStart`). */
const CLAUSE_OPENERS = '\n，,。；;：:、';
/** The kind of the bureau named last (`…山西省气象局` → `气象局`). */
const KIND_OF_BUREAU = /(?:省|自治区|市)([\u4e00-\u9fff]{1,8}?局)$/;

/** The slip of `shape` whose word is at `at` of `text`, or null. */
function shapeAt(text: string, at: number, shape: Shape): PhraseSlip | null {
  const { word, onlyAfter, atLineStart, atClauseStart, notAfter, then, notThen } = shape;
  if (!text.startsWith(word, at)) return null;
  const before = text.charAt(at - 1);
  if (atLineStart && before !== '' && before !== '\n') return null;
  if (atClauseStart && before !== '' && !CLAUSE_OPENERS.includes(before)) return null;
  if (onlyAfter !== undefined && (before === '' || !onlyAfter.includes(before))) return null;
  // A line's start is read as after a line break (texts are scanned line by line).
  if (notAfter !== undefined && notAfter.includes(before === '' ? '\n' : before)) return null;
  let end = at + word.length;
  const next = text.charAt(end);
  if (notThen !== undefined && next !== '' && notThen.includes(next)) return null;
  if (then) {
    then.lastIndex = end;
    const m = then.exec(text);
    if (!m) return null;
    end += m[0].length;
  }
  const slip = text.slice(onlyAfter === undefined ? at : at - 1, end);
  return { text: slip, phrase: shape.phrase(slip), kind: shape.kind };
}

/** A near miss of a phrase, found by the two characters its slip put side by side. */
interface NearMiss {
  readonly text: string;
  readonly phrase: string;
  readonly kind: SlipKind;
  /** Where in `text` two characters are that its phrase does not put side by side. */
  readonly at: number;
  /** A slip of another shape, found by its word's first two characters (`at` 0). */
  readonly shape?: Shape;
}

/** The vocabulary's near misses, by the code of the pair of characters each one's slip made. */
interface Scanner {
  readonly byPair: ReadonlyMap<number, readonly NearMiss[]>;
  /**
   * By character, 0 or the number of the pairs it opens (tested where `near` lets a pair by;
   * the number keeps a pair's code a small integer, a fast key).
   */
  readonly opens: Uint16Array;
  /**
   * One bit by `nearHash` of two neighbouring characters: whether some near miss may open there.
   * The first test at every character (8 KiB, one load; about 2 % of the bits are set), before
   * `opens` and the map.
   */
  readonly near: Uint32Array;
}

const pairCode = (opener: number, b: number): number => opener * 0x10000 + b;
const nearHash = (a: number, b: number): number => (Math.imul(a, 0x9e37) ^ b) & 0xffff;
const HAN = /[\u4e00-\u9fff]/;
/** A label's run of five to twenty characters (a longer one is no fixed phrase, it is a sentence). */
const HAN_RUN = /[\u4e00-\u9fff]{5,}/g;

/** The format's own labels: its headings (without their numbers), areas and table labels. */
function templatePhrases(template: FormatTemplate): string[] {
  const out = new Set<string>();
  const add = (label: string): void => {
    for (const m of matchesOf(HAN_RUN, label)) if (m[0].length <= 20) out.add(m[0]);
  };
  for (const section of template.sections) {
    add(section.heading.replace(/^[一二三四五六七八九十]、/, ''));
    for (const area of section.areas ?? []) out.add(area);
  }
  for (const table of template.tables)
    for (const cell of table.cells) {
      add(cell.label);
      for (const label of cell.rowLabels) add(label);
    }
  return [...out];
}

/**
 * Every near miss of every phrase: a character lost (not the first two nor the last two: a
 * phrase cut at either end is a shorter phrase, `政府信息公开栏目`, or joins the word next to it,
 * `财政信息公开`), a character or a word of two doubled inside it, one replaced by a character of
 * its group, two neighbours swapped. A near miss that is itself a piece of a phrase is none.
 */
function compile(phrases: readonly string[], parts: readonly string[] = []): Scanner {
  const misses = new Map<string, NearMiss>();
  const pieceOfPhrase = (s: string): boolean =>
    phrases.some((p) => p.includes(s)) || CORRECT_WORDS.some((w) => s.includes(w));
  // How often each character is in the phrases: a near miss is found by its pair that opens with
  // the rarest character (which correct text has least often), the fewer pairs looked up.
  const often = new Map<string, number>();
  for (const p of phrases) for (const ch of p) often.set(ch, (often.get(ch) ?? 0) + 1);
  const add = (text: string, phrase: string, kind: SlipKind): void => {
    if (text.length < 4 || misses.has(text) || pieceOfPhrase(text)) return;
    let at = -1;
    for (let j = 0; j + 1 < text.length; j += 1)
      if (
        !phrase.includes(text.slice(j, j + 2)) &&
        (at < 0 || (often.get(text[j] ?? '') ?? 0) < (often.get(text[at] ?? '') ?? 0))
      )
        at = j;
    if (at >= 0) misses.set(text, { text, phrase, kind, at });
  };
  const groups = new Map<string, string>();
  for (const group of CONFUSED)
    for (const ch of group) groups.set(ch, (groups.get(ch) ?? '') + group.replace(ch, ''));
  // Since a fix of stop 38 after the measure of 1049–1078: a long part name of the format with a word
  // of two characters lost from its middle (`收到和处理政府信息申请情况`, real: 上街区济源路街道 2020 and
  // 中心路街道 2020, 公开 lost; 云南省民政厅 2019 the same; `收到和处理政府信息公开情况`, 开阳县冯三镇 2020,
  // 申请 lost; `收到和处理信息公开申请情况`, 宜安 2020): only names of twelve characters or more, whose
  // words are all needed (`主动公开信息情况`, ten, is a common short form of its part), and no word with a
  // character a name is often written without (`存在的问题及改进情况`, 主要 left out on purpose).
  for (const p of parts) {
    const n = p.length;
    if (n < PART_NAME_MIN) continue;
    for (let i = 2; i + 2 <= n - 2; i += 1) {
      const a = p[i] ?? '';
      const b = p[i + 1] ?? '';
      if (HAN.test(a) && HAN.test(b) && !DROPPABLE.has(a) && !DROPPABLE.has(b))
        add(p.slice(0, i) + p.slice(i + 2), p, 'lost');
    }
  }
  for (const p of phrases) {
    const n = p.length;
    // A mark ending the phrase (`条例》`) keeps the character before it from joining a word.
    const closed = !HAN.test(p[n - 1] ?? '') || (n >= 6 && CLOSING.has(p[n - 1] ?? ''));
    const last = closed ? n - 2 : n - 3;
    for (let i = 1; i < n - 1; i += 1) {
      if (
        i >= 2 &&
        i <= last &&
        !DROPPABLE.has(p[i] ?? '') &&
        !(SHARED_SUFFIX.has(p[i] ?? '') && p[n - 1] === p[i])
      )
        add(p.slice(0, i) + p.slice(i + 1), p, 'lost');
      add(p.slice(0, i + 1) + p.slice(i), p, 'doubled');
      if (i + 2 < n - 1) add(p.slice(0, i + 2) + p.slice(i), p, 'doubled');
      if (i >= 2 && HAN.test(p[i - 1] ?? '') && HAN.test(p[i] ?? ''))
        for (const ch of INSERTED) add(p.slice(0, i) + ch + p.slice(i), p, 'added');
    }
    for (let i = 0; i < n; i += 1) {
      for (const other of groups.get(p[i] ?? '') ?? '')
        add(p.slice(0, i) + other + p.slice(i + 1), p, 'replaced');
      if (i + 1 < n && p[i] !== p[i + 1])
        add(p.slice(0, i) + (p[i + 1] ?? '') + (p[i] ?? '') + p.slice(i + 2), p, 'swapped');
    }
  }
  const byPair = new Map<number, NearMiss[]>();
  const opens = new Uint16Array(0x10000);
  const near = new Uint32Array(0x10000 >>> 5);
  let openers = 0;
  // A shape is found by its pair of characters the phrases have least often (`政府公开信息` by `府公`,
  // not by `政府`, which correct text has at every turn).
  const pairsOften = new Map<string, number>();
  for (const p of phrases)
    for (let j = 0; j + 1 < p.length; j += 1) {
      const pair = p.slice(j, j + 2);
      pairsOften.set(pair, (pairsOften.get(pair) ?? 0) + 1);
    }
  const rarestPair = (word: string): number => {
    let at = 0;
    for (let j = 1; j + 1 < word.length; j += 1)
      if (
        (pairsOften.get(word.slice(j, j + 2)) ?? 0) < (pairsOften.get(word.slice(at, at + 2)) ?? 0)
      )
        at = j;
    return at;
  };
  const all = [
    ...misses.values(),
    ...SHAPES.map((shape) => ({
      text: shape.word,
      phrase: '',
      kind: shape.kind,
      at: rarestPair(shape.word),
      shape,
    })),
  ];
  for (const miss of all) {
    const a = miss.text.charCodeAt(miss.at);
    if (opens[a] === 0) opens[a] = ++openers;
    const b = miss.text.charCodeAt(miss.at + 1);
    const code = pairCode(opens[a] ?? 0, b);
    const h = nearHash(a, b);
    near[h >>> 5] = (near[h >>> 5] ?? 0) | (1 << (h & 31));
    const list = byPair.get(code);
    if (list) list.push(miss);
    else byPair.set(code, [miss]);
  }
  // The shapes first (each looked at on its own), then the longest: `…政府政府信息公开申请情况` is the
  // heading's, not `政府信息公开`'s.
  const rank = (m: NearMiss): number => (m.shape ? 1000 : m.text.length);
  for (const list of byPair.values()) list.sort((x, y) => rank(y) - rank(x));
  return { byPair, opens, near };
}

/** The length from which a part name of the format is read for a word of two lost. */
const PART_NAME_MIN = 12;

const scanners = new WeakMap<FormatTemplate, Scanner>();
function scannerOf(template: FormatTemplate): Scanner {
  let scanner = scanners.get(template);
  if (!scanner) {
    const parts = template.sections.map((s) => s.heading.replace(/^[一二三四五六七八九十]、/, ''));
    scanner = compile([...new Set([...PHRASES, ...templatePhrases(template)])], parts);
    scanners.set(template, scanner);
  }
  return scanner;
}

export interface PhraseSlip {
  /** The text as written (the near miss). */
  readonly text: string;
  /** The phrase it should be. */
  readonly phrase: string;
  readonly kind: SlipKind;
}

/** A sentence reader: the slip it reads in a line, or null. */
export type SentenceSlipReader = (text: string) => PhraseSlip | null;

/**
 * Sentence readers each with its anchors: the characters its first test asks for, one of which a
 * line must hold to be read (format/anchors.ts).
 */
export type AnchoredSentenceSlips = readonly (readonly [SentenceSlipReader, string])[];

/** What opens a notice's number (`〔2021〕30号`, `[2021]`); not `（`, which opens any aside. */
const NUMBER_OPENER = /[〔[【]/;

/**
 * Whether `at` is inside a title in book-title marks, or a notice's code right before its number:
 * the notice checks read those (`notice-citation-unknown`), one finding per citation.
 */
function inCitation(text: string, at: number, end: number): boolean {
  const open = text.lastIndexOf('《', at);
  if (open >= 0 && text.lastIndexOf('》', at) < open && !text.slice(open, at).includes('\n'))
    return true;
  return NUMBER_OPENER.test(text.charAt(end));
}

/**
 * Since a fix of stop 37 after the measure of 989–1018: a character lost from a phrase inside the
 * title of a local notice (`《云南省人民政府办公厅关于编制公布政府信息公开工年度报告有关事项的通知》`,
 * real: 砚山县盘龙彝族乡 2021, 作 lost): the notice checks read only the national notices' titles
 * (their 关于 followed by 政府信息公开…), so a slip in another's is this check's.
 */
function lostInOwnTitle(text: string, at: number, kind: SlipKind): boolean {
  if (kind !== 'lost') return false;
  const open = text.lastIndexOf('《', at);
  if (open < 0 || text.lastIndexOf('》', at) > open) return false;
  const close = text.indexOf('》', at);
  if (close < 0) return false;
  const title = text.slice(open, close);
  return title.includes('关于') && !title.includes('关于政府信息公开') && !title.includes('\n');
}

/**
 * The near misses of a text, paragraph by paragraph: at each character that opens a pair of
 * characters some near miss has where its slip is, the near misses of that pair are compared with
 * the text around it.
 */
const paragraphSlipsIn = perParagraphAnd(
  (paragraph, scanner: Scanner, analysed): readonly PhraseSlip[] => {
    const compact = compactText(analysed);
    if (!compact.includes('\n')) return lineSlipsIn(paragraph, compact, scanner);
    // A text read whole (a batch, a text met for the first time) is scanned line by line too: its
    // near misses are then its lines' ones in the same order, so the editor, which reads a text
    // paragraph by paragraph once it is typed in, and a batch word its finding alike (the scan keeps
    // the first near miss of each kind in what it reads).
    const raw = paragraph.split(/\r\n?|\n/);
    return compact.split('\n').flatMap((line, n) => lineSlipsIn(raw[n] ?? '', line, scanner));
  },
);

/** The near misses of one line (`raw` as written, `compact` its compact reading). */
function lineSlipsIn(raw: string, compact: string, scanner: Scanner): readonly PhraseSlip[] {
  const slips = scan(compact, scanner);
  // The compact reading drops the spaces; a word read twice across one is checked against them.
  return SPACE_IN_LINE.test(raw) ? slips.filter((slip) => !doubledAcrossSpace(raw, slip)) : slips;
}

/**
 * Since a fix of stop 68 after the measure of 2801–2845 (fixer f116): a verb read as lost at a
 * line's end, when the next line gives the address and the verb (`…政府信息公开专栏` / `(http://…)
 * 下载。`, real: 湖东街道 2024), is taken back (the lines are read one by one; see
 * `verbOnNextLine`). Only when a slip of that kind was read: other texts cost nothing more.
 */
function withoutVerbOnNextLine(
  text: ReportText | string,
  slips: readonly PhraseSlip[],
): readonly PhraseSlip[] {
  if (!slips.some((s) => s.kind === 'verb')) return slips;
  const compact = compactText(text);
  if (!compact.includes('\n')) return slips;
  return slips.filter((s) => s.kind !== 'verb' || !verbOnNextLine(compact, s.text));
}

/**
 * Since a fix of stop 51 after the measure of 1949–1993 (helper f41): 上级 with its 级 written 及
 * (a sound-alike) before the bodies above (`按照《…条例》的要求和上` / `及部门相关要求`, real: 桥南街道
 * 2023, the line broken after 上): 上 alone after 和, 与 or 、 is no body; `线上及线下`, `网站上及时`
 * have another word before 上. Read on the whole text, the line break allowed (the paragraphs'
 * reading stops at it).
 */
const SUPERIOR_SOUNDALIKE = /[和与、]上\n?及(?=部门|单位|机关|领导)/;
const superiorSoundalikeIn = perText(
  { anyOf: '及', otherwise: null },
  (text): PhraseSlip | null => {
    const m = text.includes('上') ? SUPERIOR_SOUNDALIKE.exec(text) : null;
    return m ? { text: m[0].slice(1), phrase: '上级', kind: 'replaced' } : null;
  },
);

function slipsIn(text: ReportText | string, scanner: Scanner): readonly PhraseSlip[] {
  const own = withoutVerbOnNextLine(text, paragraphSlipsIn(text, scanner));
  const superior = superiorSoundalikeIn(text);
  // Since a fix of stop 69 (fixer f122): a term cut at a line's end before the next point, read
  // on the whole text as 上\n及 is.
  const cut = termCutBeforePointIn(text);
  if (superior === null && cut === null) return own;
  return [...own, ...(superior ? [superior] : []), ...(cut ? [cut] : [])];
}

/**
 * Since a fix of stop 32 after the measure of 524–553: 工作 cut to its first character right before
 * a stop, after a word that always takes it (`积极做好信息公开的各项工。`, real: 银川镇 2022). The
 * phrases' near misses keep a phrase's last two characters; this is the one word cut there.
 */
const WORK_CUT = /(各项|相关|此项|该项|有关|的)工[。，,；;]/;

/**
 * Since a fix of stop 34 after the measure of 614–643: 累计 cut to 累 before the verb it counts
 * (`我乡通过德安县政府信息公开平台累公开206条`, real: 德安县河东乡 2022). 累 is no word of its own
 * before these verbs (`积累`, `劳累`, `连累` end with it); the near misses keep a phrase's first two
 * characters (`累计发布` losing 计 is none of them).
 */
const TALLY_CUT =
  /(?<![积劳连累])累(?:公开|发布|受理|办理|收到|接收|接到|更新|上传|推送|报送|转载|编制|制发|答复|处理|回复|征集|开展|举办|召开)/;

/**
 * Since a fix of stop 48 after the measure of 1679–1723: 余 put after a count's unit
 * (`累计主动公开政府信息220条余,`, real: 剑阁县鸭浮镇 2023): about so many is `220余条`; the unit then
 * 余 ends no word before a mark (`余额`, `余下` go on).
 */
const ABOUT_AFTER_UNIT = /(\d+)([条件个项篇份次期])余(?=[，,。；;、]|$)/;

/**
 * Since a fix of stop 48 after the measure of 1724–1768: a bracketed note put inside 办公室, cutting it
 * (`党政办(财务管理办)公室`, real: 闵行区古美路街道 2022): 公室 begins no word, so the note belongs after
 * the whole name (`党政办公室(财务管理办公室)`). The corpus has no other bracket before 公室.
 */
const OFFICE_CUT_BY_NOTE = /办([(（][^()（）]{1,14}[)）])公室/;

/**
 * Since a fix of stop 48 after the measure of 1679–1723: 发布 and 信息 said twice, one inside the
 * other (`全年累计发布网站信息发布信息共971条`, real: 甘南州卫健委 2025): one verb, one object; the
 * corpus has no other `…信息发布信息` after 发布.
 */
const PUBLISHED_TWICE = /发布([\u4e00-\u9fff]{0,6}?)信息发布信息/;

/**
 * Since a fix of stop 35 after the measure of 674–718: an agency's name after the preposition 以,
 * then 开展, its 名义 lost (`现对以重庆市渝北区回兴街道办事处开展政府信息公开工作的情况进行报告`, real:
 * 渝北区回兴街道 2023; the corpus writes `以县政府和县政府办公室名义`, `以宛城区人民政府名义`): an agency
 * does not stand for the way the work is done. 以 opening a clause or after 对 (not `可以`, `予以`), and
 * not 开展的 (`以…办事处开展的活动为契机`: what the agency did is a noun there).
 */
const CAPACITY_LOST =
  /(?:^|[对现，,。；;])以([\u4e00-\u9fff]{2,24}?(?:办事处|人民政府|政府|委员会|管委会|办公室|局))开展(?!的)/;

/**
 * Since a fix of stop 35 after the measure of 674–718: a count of requests received, then 受理 left
 * dangling where the sentence should go on (`我镇收到0件信息公开申请受理和通过电子邮件提交的信息公开
 * 申请受理`, real: 邹城市唐村镇 2020, a form's sentence left half edited): after `收到N件…申请` a
 * report goes on with a stop or with what was done (`收到申请21件,办结21件`); 受理 joined by 和, or
 * ending the sentence, has no object. The corpus has no other `收到N件…申请受理`.
 */
const RECEIVED_DANGLING = /收到\d+件[^，,。；;]{0,16}?申请受理(?=[和。；;]|$)/;

/**
 * Since a fix of stop 35 after the measure of 674–718: a clause written twice in a row (`及时、准确、
 * 全面地公开政府信息,及时、准确、全面地公开政府信息`, real: 九原区哈林格尔镇 2025): the corpus has no
 * other clause of six characters or more repeated right after its comma or stop.
 */
/**
 * A mark ending a clause: `，,。；;` (found by the expression: faster than a loop over characters;
 * by `test`, which moves `lastIndex` past the mark of one character and makes no match array).
 */
const CLAUSE_MARK = /[，,。；;]/g;
function clauseTwice(text: string): PhraseSlip | null {
  let start = 0;
  let prev = -1;
  let twoBack = -1;
  CLAUSE_MARK.lastIndex = 0;
  for (;;) {
    const mark = CLAUSE_MARK.test(text);
    const i = mark ? CLAUSE_MARK.lastIndex - 1 : text.length;
    const n = i - start;
    if (
      prev >= 0 &&
      n >= 6 &&
      start - 1 - prev === n &&
      text.startsWith(text.slice(start, i), prev) &&
      (text.slice(start, i).match(HAN_CHARS) ?? []).length >= 4
    ) {
      const clause = text.slice(start, i);
      return { text: text.slice(prev, i), phrase: clause, kind: 'doubled' };
    }
    const m = start - 1 - prev;
    if (
      prev >= 0 &&
      Math.min(n, m) >= NEAR_CLAUSE_MIN &&
      Math.abs(n - m) <= NEAR_CLAUSE_MORE &&
      text.charCodeAt(prev) === text.charCodeAt(start)
    ) {
      const first = text.slice(prev, start - 1);
      const second = text.slice(start, i);
      const [short, long] = m <= n ? [first, second] : [second, first];
      if (
        short !== long &&
        (short.match(HAN_CHARS) ?? []).length >= NEAR_CLAUSE_MIN &&
        isSubsequence(short, long)
      )
        return { text: text.slice(prev, i), phrase: second, kind: 'doubled' };
    }
    if (
      twoBack >= 0 &&
      n >= ONE_BETWEEN_MIN &&
      prev - 1 - twoBack === n &&
      COMMAS.includes(text.charAt(prev - 1)) &&
      COMMAS.includes(text.charAt(start - 1))
    ) {
      const clause = text.slice(start, i);
      if (text.startsWith(clause, twoBack) && ALL_HAN.test(clause))
        return { text: text.slice(twoBack, i), phrase: clause, kind: 'doubled' };
    }
    if (!mark) return null;
    twoBack = prev;
    prev = start;
    start = i + 1;
  }
}
/**
 * Since a fix of stop 50 after the measure of 1859–1903 (helper f36): a clause written again after
 * the next one (`切实加强组织领导,规范公开内容,切实加强组织领导,健全工作机制`, real: 湖州市气象局 2021): a
 * clause of six characters or more, all words, said twice with one clause between is a list's item
 * repeated (no other text of the corpus has one).
 */
const ONE_BETWEEN_MIN = 6;
/** The marks the three clauses are parted by: one sentence's (across a stop, two statements). */
const COMMAS = '，,';
const ALL_HAN = /^[\u4e00-\u9fff]+$/;
const HAN_CHARS = /[\u4e00-\u9fff]/g;
/**
 * Since a fix of stop 37 after the measure of 959–988: a clause written again right after itself
 * with a few words put in (`成立局政府信息公开领导小组,成立了局政府信息公开工作领导小组`, real: 鄂托克旗
 * 工信科技局 2022): the shorter clause, of eight characters or more, is the longer one with at most
 * four characters left out, both opening alike. The corpus has no other such pair (the nearest,
 * `年度信息公开1条,年度信息公开指南1条`, counts two things, seven characters the shorter).
 */
const NEAR_CLAUSE_MIN = 8;
const NEAR_CLAUSE_MORE = 4;
/**
 * Since a fix of stop 36 after the measure of 779–808: an agency naming itself by its kind alone,
 * its 我 (or its name) lost, as the subject opening a clause (`2019年,局认真学习贯彻习近平新时代…`,
 * real: 芜湖市数据资源管理局 2019; `强化组织领导。委高度重视政府信息公开工作`, 荣昌区商务委员会 2019):
 * 局, 委, 办, 厅 alone right after a stop and before the words a subject's clause opens with is no
 * name (the corpus writes `我局`, `本局`, `市办`; `局办公室`, `局领导`, `局长` are other words). Not
 * 中心, which names a centre in short (`中心严格按照“三审三校”要求`, real: 兴庆区 2023).
 * Since a fix of stop 61 after the measure of 2486–2530: and before the means a clause opens with
 * (`局除了以政务网站进行政务公开外`, real: 武汉市生态环境局硚口区分局 2025): 除了, 通过, 利用.
 */
// The kind first and what comes before it looked behind for after it (`(?<=…)`): the same matches,
// found by V8 at each 局, 委, 办 or 厅, not tried at every position (issue 17, stop 31).
const SUBJECT_LOST =
  /([局委办厅])(?<=(?:^|[，,。；;：:\n])[局委办厅])(认真|积极|高度|严格|坚持|始终|深入|全面|扎实|切实|不断|持续|进一步|主动|按照|紧紧|紧扣|大力|着力|及时|依法|除了|通过|利用)/;
/**
 * Since a fix of stop 36 after the measure of 779–808: a notice's title `关于…通知》` with the 的
 * before 通知 lost (`《芜湖市政务公开办公室关于印发2019年政务公开重点工作任务分工通知》`, real: 芜湖市
 * 数据资源管理局 2019): a notice 关于 a matter is `关于…的通知` (every other title of the corpus; `…的补充
 * 通知`, `…紧急通知` keep theirs before the word). The State Council's notices are the notice checks'
 * (their titles compared word by word).
 */
const NOTICE_DE_LOST = /《([^《》\n]{0,60}?关于[^《》\n]{2,80}?)(?<!的|补充|紧急|联合)通知》/;
const STATE_COUNCIL = /国务院|国办/;
/**
 * Since a fix of stop 36 after the measure of 779–808: a list of the report's parts said to make
 * it up (`组成`) with its 由 lost, the first part right after the report (`本报告总体情况、主动公开政府
 * 信息情况、…、其他需要报告的事项等6部分内容组成`, real: 儋州市政府办 2023; `现予以公告报告全文总体情况
 * 主动公开政府信息情况、…等六部分组成`, real: 孝昌县 2020; `…年度报告本报告总体情况”“主动公开…”…六个部分
 * 组成`, real: 吉林省文旅厅 2024). The corpus's other lists write `本报告由总体情况…组成` or `包括…`.
 */
const PARTS_BY_LOST =
  /((?:本|该)?(?:年度)?(?:报告|年报)(?:全文|内容)?)[“"]?总体情况(?=[^。]{0,200}?组成)/;

/**
 * Since a fix of stop 36 after the measure of 809–838: the agency speaking as 我 with its kind lost
 * (`把政务公开工作摆上重要议事日程,我政务公开、优化服务环境工作正在有序推进`, real: 木兰县发改局 2022;
 * `2023年,我在政务公开工作中,定期开展自查自纠`, 民勤县东湖镇 2023), the converse of `SUBJECT_LOST`:
 * 我 opening a clause (or right after its year) and followed by the work, a verb or an adverb, never
 * by the body it stands for (`我局`, `我镇`, `我单位`; not `我新城`, a place, nor `我为群众办实事`, a
 * slogan). The corpus's others read the same (`2019年,我共制发公文类政府信息64件`, 琼海市大路镇 2019;
 * `我通过政府门户网站…`, 东湖风景区海事处 2023; `2020年我认真按照《条例》`, 阳城县横河镇 2020).
 * Since a fix of stop 44 after the measure of 1379–1423: and before the adverbs 全力 and 树牢's verb
 * (`…任务分工的通知》要求。我全力做好政府信息主动公开和依申请公开的答复工作`, real: 长寿区双龙镇 2020;
 * `2023年,我树牢政府信息公开红线意识`, 秦南区兴丰镇 2023, written down by its gatherer): no body's name
 * opens so (`我分局`, `我管委会`, `我公司` are names, not read).
 */
// 我 first and what comes before it looked behind for (`(?<=…)`), not the other way round: the
// same matches at 我 (only the word after it is read), found by V8 at each 我, not tried at every
// position of the text (issue 17, stop 31).
const OWN_KIND_LOST =
  /我(?<=(?:^|[，,。；;：:\n]|年度?)我)(在|通过|认真|规范性文件|政务公开|政府信息公开|信息公开|持续|定期|共[计接收制发公受办]|收到|未收到|未发生|积极|严格|始终|坚持|按照|进一步|全面|高度重视|不断|深入|及时|主动|切实|扎实|依法|累计|全年|党委|全力|树牢)/;
/**
 * Since a fix of stop 36 after the measure of 809–838: `请与…联系` written 请于 (`如对本报告有任何
 * 疑问,请于禄劝彝族苗族自治县乌东德镇人民政府办公室联系`, real: 禄劝县乌东德镇 2022): 于 before a body
 * then 联系 is no time nor place (`请于…日前联系` has a date, not read).
 */
const CONTACT_YU =
  /请于((?:(?![\d０-９]|工作日|[年月日号时]前)[^，,。；;\n]){2,40}?(?:办公室|政府|局|委员会|中心|办|处|科|股|室|组|街道|镇|乡))联系/;
/**
 * Since a fix of stop 38 after the measure of 1019–1048: `请与…联系` with its 与 lost (`如对本报告有
 * 任何疑问,请乌鲁木齐市招商服务局党政办公室联系`, real: 乌鲁木齐市招商服务局 2023; its 2021 report the
 * same): the preface's offer of contact asks the reader to contact a body with 请与 (向, 和) or 请联系
 * (`请联系交口县人民政府办公室`, 交口县 2023); a body's name between 请 and 联系 is neither (the corpus's
 * other texts have none). Not 请于 (`CONTACT_YU`), 请及时联系, nor a body that is told to contact
 * (`请申请人与…联系`: 与 inside).
 */
const CONTACT_LOST =
  /请(?![与向和同跟于及直您拨联])((?:(?![\d０-９]|工作日|[年月日号时]前|[与向同跟])[^，,。；;：:\s]){2,40}?(?:办公室|政府|局|委员会|委|中心|办|处|科|股|室|组|街道|镇|乡|部|所|站|院|厅))联系/;
/**
 * Since a fix of stop 36 after the measure of 809–838: 编制 cut to 编 where the sentence ends (`根据…
 * 要求,由西城区发展和改革委员会编。`, real: 西城区发改委 2021): a report is 编制 by a body; 编 alone
 * ending a clause after 由 is no word there (`汇编`, `主编`, `选编` are, kept).
 */
const COMPILED_CUT = /由([^，,。；;\n]{2,40}?)(?<![汇主改选新合续])编(?=[。；;]|$)/;

/**
 * Since a fix of stop 36 after the measure of 839–868: a rule cited after 根据 (or 按照) and the
 * work right after its title, the verb between lost (`根据《临夏州2019年政务公开工作要点》政府信息公开
 * 工作。`, real: 康乐县 2019): a clause that ends on the work has said nothing of it. The corpus's
 * others put a verb between (`严格依据《…条例》做好信息公开工作`, `按照《…条例》开展政府信息公开工作`).
 */
const VERB_LOST_AFTER_TITLE =
  /(根据|按照|依据|依照|遵照)(《[^《》\n]{2,60}》(?:[和、及与]《[^《》\n]{2,60}》)*)((?:政府信息公开|政务公开|信息公开)工作)(?=[。；;，,]|$)/;

/**
 * Since a fix of stop 37 after the measure of 899–928: the preface's sentence on where the report
 * can be read with its verb lost (`本报告的电子版本可在宿城区人民政府网站中扬镇人民政府板块(http://…)。`,
 * real: 宿城区中扬镇 2022; `报告电子版可在镇宁自治县人民政府门户网站信息公开(链接:…)。`, 镇宁县 2019):
 * `可在…` then the site or its column, its address in brackets, and the sentence's end; the corpus's
 * 148 others write the verb (`查阅`, `下载`, `查看`, `公布`) after the place. Since a fix of stop 67 after
 * the measure of 2756–2800: not 在线 (online), an adverb before its verb, no place (`通过该网站“…”栏目,
 * 可以查阅公开指南…,并可在线申请政府信息公开。`, real: 铁岭县文旅广电局 2024: 申请 is the verb).
 */
const VERB_LOST_AFTER_PLACE =
  /可以?在(?!线)[^。；;，,\n]{2,60}?(?:网站|网|专栏|板块|版块|栏目|平台|页面|主页|信息公开)(?:[(（][^()（）\n]{0,120}[)）])?(?=[。；;]|$)/;

/**
 * Since a fix of stop 37 after the measure of 929–958: a word of two to five characters written
 * twice in a row (`围绕区委、区政府中心工作,按照按照《条例》《规定》`, real: 静安区共和新路街道 2024;
 * `通过人民政府门户网站、爱尚解放碑公众号公众号等各类渠道进行公开`, 渝中区解放碑街道 2024). The
 * doubled words the other rules read are an agency's (`政府政府办公室`, `agency-name-word-doubled`),
 * a fixed phrase's (`有关规定规定`) and a connective's across its comma (`其中,其中`); a preposition or
 * a channel's name is none of them. The corpus's others read the same (`党建工作工作等`, `规范审核审核
 * 发布机制`, `存在一些问题问题和不足`, `深入学习深入学习贯彻`, `一是对是对政策解读`, `涉及公共利益和公众
 * 利益和公众权益`, `…办公厅关于关于全面推进…`). Not a word one compound ends and the next opens
 * (`人民政府政府信息公开`, `主动公开公开时限`), nor a page's buttons printed with their icons' labels
 * (`打印打印纠错纠错`, `无障碍无障碍`) or a link's label run into the sentence before it (`网站下载下载
 * 地址http://…`, real: 通化市金厂镇 2025, its stop lost), nor one character written four times, nor
 * 一 and a measure word said twice (`一项一项抓落实`, one by one).
 */
const NOT_TWICE = new Set([
  '政府',
  '公开',
  '打印',
  '纠错',
  '分享',
  '收藏',
  '下载',
  '微信',
  '微博',
  '有效',
  '关闭',
  '返回',
  '无障碍',
  '手机版',
  '大中小',
  '长者模式',
]);
/** 一 and a measure word said twice is a way of saying one by one (`一件一件抓落实`). */
const ONE = 0x4e00;
/**
 * Since a fix of stop 39 after the measure of 1109–1138: the report's name ending in 年度报告 run into
 * the next sentence opening on 报告, its full stop lost (`现公布舒兰市人民政府2024年政府信息公开工作
 * 年度报告报告的内容包括总体情况、…`, real: 舒兰市 2024): the second 报告 opens what the report holds,
 * not a word written twice. A report's name doubled before other words (`发布年度报告报告1篇`) is
 * still said.
 */
const REPORT_THEN_SENTENCE = /报告(?:的内容|内容|全文|包括|由|共分|分为|主要)/y;
function stopLostAfterReport(text: string, at: number): boolean {
  if (text.charCodeAt(at - 2) !== 0x5e74 || text.charCodeAt(at - 1) !== 0x5ea6) return false; // 年度
  REPORT_THEN_SENTENCE.lastIndex = at + 2;
  return REPORT_THEN_SENTENCE.test(text);
}
/**
 * Since a fix of stop 66 after the measure of 2711–2755: a city whose name ends in the word before
 * one of its bodies whose name opens on it (`及时制定《盐城市城市管理局2023年政务公开工作计划》`, real:
 * 盐城市城市管理局 2023: 盐城市 + 城市管理局; 晋城市, 邹城市, 海城市 end the same way): the first word
 * closes the place's name (a character before it, 市 last), the second opens a body's (局, 委, 办,
 * 中心, 队 within a few characters). `推进城市城市管理` with no body after it is still said.
 */
const BODY_AFTER = /[\u4e00-\u9fff]{0,6}?(?:局|委员会|委|办公室|中心|支队|大队)/y;
function cityThenItsBody(text: string, at: number, word: string): boolean {
  if (!word.endsWith('市') || at === 0 || !isHanCode(text.charCodeAt(at - 1))) return false;
  BODY_AFTER.lastIndex = at + 2 * word.length;
  return BODY_AFTER.test(text);
}

/**
 * Since a fix of stop 67 after the measure of 2756–2800: two items of a list run together, the 、
 * between them lost, the first ending in the word the second opens on (`社会救助、美丽乡村乡村振兴、农…`,
 * real: 郊区陈瑶湖镇 2022: 美丽乡村 and 乡村振兴): between two 、 of one list, a word of two characters or
 * more before the doubled word and after it each make an item of their own; deleting one word would
 * lose an item. A word doubled before 等 or a list's end (`爱尚解放碑公众号公众号等`) is still said.
 */
const ITEM_PART = /^[\u4e00-\u9fff]{2,8}$/;
function twoListItemsRunTogether(text: string, at: number, n: number): boolean {
  const opens = text.lastIndexOf('、', at);
  const closes = at + 2 * n;
  const next = opens < 0 ? -1 : text.indexOf('、', closes);
  if (next < 0) return false;
  return ITEM_PART.test(text.slice(opens + 1, at)) && ITEM_PART.test(text.slice(closes, next));
}

function wordTwice(text: string): PhraseSlip | null {
  for (let i = 0; i + 3 < text.length; i += 1) {
    const a = text.charCodeAt(i);
    if (!isHanCode(a)) continue;
    for (let n = 2; n <= 5 && i + 2 * n <= text.length; n += 1) {
      if (text.charCodeAt(i + n) !== a) continue;
      let same = true;
      let one = true;
      for (let k = 1; k < n && same; k += 1) {
        const c = text.charCodeAt(i + k);
        same = isHanCode(c) && c === text.charCodeAt(i + n + k);
        one &&= c === a;
      }
      if (!same || one) continue;
      const word = text.slice(i, i + n);
      if (NOT_TWICE.has(word) || (n === 2 && a === ONE)) continue;
      if (word === '报告' && stopLostAfterReport(text, i)) continue;
      if (cityThenItsBody(text, i, word)) continue;
      if (twoListItemsRunTogether(text, i, n)) continue;
      return { text: word + word, phrase: word, kind: 'doubled' };
    }
  }
  return null;
}

/**
 * Since a fix of stop 37 after the measure of 929–958: the counted noun said both before and after
 * its count (`全年累计发布信息19135条信息,其中政府网站发布信息…`, real: 彭阳县 2022): the noun after the
 * unit, its clause ending there, says it again. Not a noun that opens a longer word after the count
 * (`围绕县本级政务公开400多个公开目录`, 阜南县 2021).
 */
const COUNTED_TWICE =
  /([\u4e00-\u9fff]{2,4})(\d[\d,.]*(?:余|多)?[条件个篇份项次期场则])\1(?=[，,。；;、]|等|$)/;

/**
 * Since a fix of stop 37 after the measure of 929–958: the agency speaking of its government as
 * `我政府`, the place's kind lost (`进一步提高了我政府管理工作公信力和透明度`, real: 合作市 2023): `我`
 * stands for a place or a body (`我市政府`, `我县人民政府`), never before 政府 alone; in no other text
 * of the corpus.
 */
const OWN_GOVERNMENT_LOST = /我((?:人民)?政府)/;

/**
 * Since a fix of stop 37 after the measure of 929–958: 年内 with 年 lost opening a clause (`主动公开
 * 文件均在规定时间内于柳南区政府门户网站发布,政策性文件同步解读。内组织召开了14场政策说明会`, real:
 * 柳南区 2023): 内 alone opening a clause before a verb is no time (the corpus's other clauses open
 * with `内容`, `内设`, `内外`, words of their own).
 */
const YEAR_LOST =
  /(?:^|[，,。；;])内(组织|召开|开展|举办|举行|完成|发布|收到|办理|受理|编制|制发|印发|共计?|累计)/;

/**
 * Since a fix of stop 38 after the measure of 1049–1078: the clause of the leadership an agency works
 * under with its 在 lost (`2020年,中心路街道办事处上街区委、区政府的坚强领导下`, real: 上街区中心路街道
 * 2020): `…的领导下` ending a clause is an adverbial, which 在 (or 于) opens; the corpus's other
 * clauses all have it.
 */
const UNDER_LEADERSHIP_LOST =
  /(?:^|[，,。；;：:])((?:(?![在于])[^，,。；;：:\n]){2,40}?的(?:坚强|正确|统一|有力|亲切)?领导下)(?=[，,])/;

/**
 * Since a fix of stop 38 after the measure of 1049–1078: a stray character put inside 主动公开
 * (`2020年,主动算公开1条发布各类信息50余条`, real: 上街区中心路街道 2020): one character between 主动
 * and 公开 is an adverb (`主动地公开`) or a preposition (`主动将公开的政府信息…`), else a slip.
 */
const PROACTIVE_SPLIT = /主动(?![地将予再也都均并亦就须需应要])[\u4e00-\u9fff]公开/;

/**
 * Since a fix of stop 38 after the measure of 1049–1078: the unit 件 left after 收到 with its count
 * lost or moved (`2023年大东区人民政府共收到件依申请公开政府信息78件`, real: 沈阳市大东区 2023): 件
 * counts, it does not open what was received (`收到件数`, a table's label, is kept).
 */
const RECEIVED_UNIT_STRAY = /(?:收到|接到|接收)件(?=依申请|政府信息|信息公开|公开申请|申请)/;

/**
 * Since a fix of stop 38 after the measure of 1049–1078: the preface's clause on what the report
 * follows begun twice, the second time citing the short name the first just gave (`根据《中华人民共和国
 * 政府信息公开条例》(以下简称《条例》),根据《条例》编制本报告`, real: 铁东区旧堡街道 2023; 铁东区和平街道
 * 2025 and 鞍山市新兴街道 2025 the same): the short name is given to be used after, not to cite again
 * with the same verb (`…(以下简称《条例》),按照《国务院办公厅…》`, another rule, is kept).
 */
const CITED_TWICE =
  /(根据|按照|依据|依照)《[^《》\n]{2,60}》[(（](?:以下简称|下称|简称)(《[^《》\n]{1,12}》)[)）][，,]\1\2/;

/**
 * Since a fix of stop 45 after the measure of 1514–1543: the same title cited twice in one list of
 * bases (`按照《中华人民共和国政府信息公开条例》(以下简称《条例》)《国务院办公厅关于印发2021年政务公开工作
 * 要点的通知》《…年度报告格式》《中华人民共和国政府信息公开条例》《福建省政府信息公开办法》等文件要求`, real:
 * 永安市罗坊乡 2021, its short name just given): titles next to each other (nothing or a conjunction
 * between), the first again among them. The corpus's other texts cite the regulation again only in
 * a later clause or paragraph (`…(以下简称《条例》)…。…认真贯彻落实《中华人民共和国政府信息公开条例》`,
 * 7 texts; not read), never twice in one list.
 */
const TITLE_LISTED_TWICE =
  /《([^《》\n]{4,60})》(?:[(（](?:以下简称|下称|简称)《[^《》\n]{1,12}》[)）])?(?:(?:[、和及与]|以及)?《[^《》\n]{1,60}》(?:[(（][^()（）\n]{1,16}[)）])?){0,8}?(?:[、和及与]|以及)?《\1》/;

/**
 * Since a fix of stop 38 after the measure of 1049–1078: a count published through a site with the
 * verb lost after the site's column (`珠江街通过广州市南沙区人民政府门户网站政务公开招投标信息57条`,
 * real: 南沙区珠江街道 2020): after `通过…网站` the column's name (`政务公开`) is no verb; the corpus's
 * others put one before the count (`…政务公开专栏主动公开政府信息4条`, `…平台公开信息数16条`).
 */
const VERB_LOST_AFTER_COLUMN =
  /通过[^，,。；;：:\n]{2,30}?(?:网站|网|平台)(?:政务公开|政府信息公开|信息公开)((?:(?!专栏|栏目|平台|目录|板块|版块|公开|发布|公布|更新|推送|上传)[\u4e00-\u9fff]){1,10}?信息)(\d+(?:余|多)?条)/;

/**
 * Since a fix of stop 38 after the measure of 1079–1108: none received said with a count of none,
 * a double negative (`2019年,街道本级未收到政府信息公开申请0件`, real: 锡山区东北塘街道 2019): `未收到`
 * and a count of 0 in one clause; `未收到…申请` alone (none received) is right, and so is `收到…0件`.
 * In no other text of the corpus.
 */
// Since a fix of stop 45 after the measure of 1514–1543: not a count of none in an aside in brackets
// (`我局未收到申请公开政府信息要求(历年累计0条)`, real: 晋安区审计局 2019): the aside gives another
// count (the years' total), none too, no count of the clause's own.
const NONE_COUNTED_NONE =
  /(?:未|没有)(?:收到|受理|接到|接收|发生)[^，,。；;：:\n(（]{0,25}?(?<![\d.])[0零](?:件|个|条|次|起|宗|例)/;

/**
 * Since a fix of stop 38 after the measure of 1079–1108: a preposition right before the conjunction
 * 以及, its object lost (`…预算报告和预算草案,并对以及本级政府财政转移支付安排情况…进行了说明`, real:
 * 青龙县财政局 2022): 以及 joins two things, so it never follows 对, 把 or 将 (`人员去向以及…`, a noun's
 * 向, is kept).
 */
const OBJECT_LOST_BEFORE_AND = /(?:^|[，,。；;：:、]|[并和又也还再])[对把将]以及/;

/**
 * Since a fix of stop 38 after the measure of 1079–1108: 依申请公开, the format's term, written
 * 依法申请公开 (`2.依法申请公开政府信息情况。全年未收到依法申请公开事项`, real: 平利县农业农村局 2020;
 * the corpus's others: `(二)依法申请公开方面`, `主动公开、依法申请公开、政府信息管理`, `主动公开和依法
 * 申请公开制度`). Only where it stands for the term: a heading's start (after its number), or beside
 * 主动公开 in a list; `公民、法人和其他组织依法申请…`, a party applying under the law, is right. Since a
 * fix of stop 41 after the measure of 1274–1288: also where its requests are counted by 件 right after
 * it (`2022年度我乡无依法申请公开件`, real: 绥阳县小关乡 2022): a party applying goes on with what it
 * asks for (`依法申请政府信息公开`, `依法申请公开政府信息`), not read; `…依法申请公开事项` (the matters
 * applied for under the law) is left silent as stop 38 decided.
 */
/**
 * Since a fix of stop 49 after the measure of 1769–1813: a stray 发 between a notice's issuer and its
 * `关于` inside the title's marks (`《梅河口市人民政府办公室发关于做好2020年…的通知》`, real: 梅河口市住建局
 * 2020): a title is `issuer＋关于…`; 发 is a document number's (`…办发〔2020〕5号`), not the title's.
 * Not `转发关于` / `印发关于` (a title forwarding another), nor 发 ending a name (`…开发区管委会`
 * ends in 会).
 */
const ISSUED_BEFORE_ABOUT =
  /《[^《》]{2,30}?(?:办公室|办公厅|人民政府|政府|委员会|领导小组|局|厅|委|办)(发)关于[^《》]{4,80}》/;

/**
 * Since a fix of stop 51 after the measure of 1904–1948 (helper f39): what is done to a thing lost
 * after `对…的…情况` where the sentence ends (`由纪工委每月组织力量对各科室、各社区的政务公开情况。`, real:
 * 仓门街街道 2021): 对 puts the object before a verb (`对…情况进行检查`), and none comes. Not 针对, 核对
 * and the other words ending in 对 (`没有发生针对本单位…的行政复议、诉讼情况`), nor a list item of
 * no 的 (`对历年文件情况公开情况`).
 */
/*
 * Since a fix of stop 55 after the measure of 2216–2260 (helper f61): nor 对 after a verb of telling
 * that takes the whole 对…情况 as its object (`公开对省委省政府和中国气象局系列政策措施…的执行和落实情况。`,
 * real: 安徽省气象局 2019): 公开, 公布, 通报, 报告, 汇报, 说明 are the predicate.
 */
// 对 first and the words it may end or follow looked behind for, so that V8 finds each 对 (issue 17).
const VERB_LOST_AFTER_OBJECT =
  /对(?<![针面相绝核比反应校]对)(?<!(?:公开|公布|通报|报告|汇报|说明)对)[^，,。；;对\n]{2,40}?的[^，,。；;的\n]{0,10}?情况(?=[。；;]|$)/;

/**
 * Since a fix of stop 51 after the measure of 1949–1993 (helper f41): 畅通 (to keep open) taking a
 * sense of duty as its second object (`畅通群众民主沟通渠道和机关干部的服务群众意识`, real: 石鼓镇 2023, and
 * four earlier reports that copy it, each written down as a slip): a channel is kept open, an 意识 is
 * raised; the verb of the second (增强, 提高…) is lost. Not where that verb is written.
 */
const SENSE_KEPT_OPEN =
  /畅通([^，,。；;、畅]{2,30}?)和((?:(?!增强|提高|强化|树立|提升|培养|增加|加强)[^，,。；;]){0,16}?意识)(?=[，,。；;]|$)/;

/**
 * Since a fix of stop 51 after the measure of 1949–1993 (helper f41): 把…为 with the 作 of 作为 lost
 * before what a site is made (`把桐乡信息公开网站为政府信息公开的第一平台`, real: 石门镇 2020; 新野县农业农村
 * 局 2021 writes the same, written down as a slip): 把 X 为 Y has no verb; the corpus's others write
 * 作为, 成为, 列为, 视为. Only before a platform, channel or window (what a site is made), and not
 * after 以 (`把…以网站为主要平台`, 以…为 is whole).
 */
const AS_LOST_AFTER_BA =
  /把([^，,。；;把为以]{2,20}?)(?<![作成视列定认改称化变转做])为(?=[^，,。；;]{0,15}(?:平台|载体|渠道|窗口|阵地))/;

// Since a fix of stop 60 after the measure of 2441–2485 (fixer f84): not a heading's system named alone
// (`2、依法申请公开制度。`, 2479 陈仓区供销联社 2021: see the shape of stop 35).
const BY_LAW_FOR_ON_REQUEST =
  /(?:^|[\n。；;：:]|[\d一二三四五六七八九十][.．、]|[(（][\d一二三四五六七八九十]+[)）])(依法申请公开)(?!制度)|主动公开[、和及与](依法申请公开)|依法申请公开(?=件)/;

/**
 * Since a fix of stop 39 after the measure of 1139–1168: 规范 as a verb with 文件 its object
 * (`《关于进一步规范文件公开属性和政策解读审核工作的通知》`, real: 临汾经济开发区 2020): after an adverb
 * that takes a verb (`进一步规范`, `严格规范`), or with what of the documents is regulated after it
 * (`规范文件公开属性`), 规范文件 is no 规范性文件 short of 性. `清理规范文件3件` is still read.
 */
const VERB_BEFORE_RULE = /(?:进一步|加强|严格|依法|不断|全面|切实|着力|持续|逐步|统一)$/;
const WHAT_OF_DOCUMENTS = /的?(?:公开属性|属性|格式|编号|标题|办理流程|制发流程)/y;
/**
 * Since a fix of stop 50 after the measure of 1859–1903: 规范 the verb of a list's item (`(三)政府信息
 * 管理情况。一是规范文件管理。`, real: 济南市退役军人事务局 2024): right after `一是`, `二是`, where an
 * item opens with what is done, and with the handling of the documents after it (`管理`, `公开`), the
 * documents are regulated, not 规范性文件 short of 性 (the corpus's others write `一是强化规范性文件管理`).
 */
const ITEM_VERB_BEFORE = /[一二三四五六七八九十]是$/;
const HANDLING_OF_DOCUMENTS = /(?:管理|公开|发布|审核)/y;
function regulatesDocumentsInItem(text: string, start: number): boolean {
  if (!ITEM_VERB_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false;
  HANDLING_OF_DOCUMENTS.lastIndex = start + 4;
  return HANDLING_OF_DOCUMENTS.test(text);
}
/**
 * Since a fix of stop 57 after the measure of 2306–2350: 规范 the verb of a clause with the steps of the
 * documents' handling listed after it (`建立健全政府信息管理机制,规范文件起草、审核、发布、更新流程`, real:
 * 阿尔山市卫生健康委员会 2025): two steps or more joined by 、 are a process being regulated.
 */
const HANDLING_STEPS =
  /(?:起草|审核|审查|发布|更新|印发|公开|备案|制发)、(?:起草|审核|审查|发布|更新|印发|公开|备案|制发)/y;
/**
 * Since a fix of stop 64 after the measure of 2621–2665: 规范 the verb opening a clause, with one step
 * of the documents' handling after 文件 and the clause ending there (`1.突出工作重点,规范文件发布。`,
 * real: 广州市港务局 2021): a heading of two verb phrases, the documents' publishing regulated. `清理规范
 * 文件3件` (no clause opening before) and `规范文件的管理` (more after the step) are still read.
 */
const CLAUSE_OPENS = /(?:^|[，,。；;：:])$/;
const ONE_STEP_THEN_END = /(?:管理|公开|发布|审核|起草|印发|备案)(?=[，,。；;]|$)/y;
function regulatesDocumentsInClause(text: string, start: number): boolean {
  if (!CLAUSE_OPENS.test(text.slice(Math.max(0, start - 1), start))) return false;
  ONE_STEP_THEN_END.lastIndex = start + 4;
  return ONE_STEP_THEN_END.test(text);
}
function regulatesDocuments(text: string, start: number): boolean {
  if (VERB_BEFORE_RULE.test(text.slice(Math.max(0, start - 3), start))) return true;
  if (regulatesDocumentsInItem(text, start)) return true;
  if (regulatesDocumentsInClause(text, start)) return true;
  HANDLING_STEPS.lastIndex = start + 4;
  if (HANDLING_STEPS.test(text)) return true;
  WHAT_OF_DOCUMENTS.lastIndex = start + 4;
  return WHAT_OF_DOCUMENTS.test(text);
}

/**
 * Since a fix of stop 40 after the measure of 1199–1258: the clause of the leadership an agency works
 * under with its 下 lost (`…部署要求,在厅党组的正确领导,紧密结合审计工作实际`, real: 福建省审计厅 2024):
 * `在…的领导` opening a clause and ending at its comma has no 下 (`在…的领导下,`); the corpus's other
 * clauses on leadership keep it (`在加强领导,` has no 的: a verb's object).
 */
/**
 * Since a fix of stop 49 after the measure of 1769–1813: one stray character between a verb of the
 * work and the five disclosures (`进一步推进林决策、执行、管理、服务和结果公开`, real: 科右中旗林业和草原局
 * 2020): the list follows its verb at once (`推进决策、执行…`, 60 texts of the corpus) or after a word
 * of two (`推进行政决策`, `推进政务决策`); one character alone is none. Not an aspect or a preposition
 * (`推进了决策`, `将决策`), nor a verb whose last character opens a word (`实行`, `推行`: `落实行政决策`).
 */
const STRAY_BEFORE_FIVE_OPEN =
  /(?:推进|推动|深化|做好|加强|落实|抓好|实施)((?![了着过将把对各])[\u4e00-\u9fff])决策、执行/;
const UNDER_LOST =
  /(?:^|[，,。；;：:])(在[^，,。；;：:\n]{1,30}?的(?:坚强|正确|统一|有力|亲切)?领导)(?=[，,])/;
/**
 * Since a fix of stop 59 after the measure of 2396–2440: the 在 of the leadership may be closed by the
 * next clause's own `的…下` (`在县委、县政府的正确领导,政务信息公开领导小组的指导下,县科经局…`, real:
 * 南漳县科学技术和经济信息化局 2023): one 下 serves both, so the 领导 lacks none. Read at the comma that ends
 * the leadership; a clause that goes on to the agency's work (`福州市科学技术局紧紧围绕…`) closes nothing.
 */
const UNDER_CLOSED_NEXT = /[，,][^，,。；;：:\n]{1,30}?的[^，,。；;：:\n]{0,8}下(?=[，,])/y;

function underClosedByNextClause(text: string, end: number): boolean {
  UNDER_CLOSED_NEXT.lastIndex = end;
  return UNDER_CLOSED_NEXT.test(text);
}

/**
 * Since a fix of stop 40 after the measure of 1199–1258: 健全 written 建全 (`…监督政府信息公开工作。建全
 * 信息发布日常巡查机制`, real: 山西省体育局 2022): where it opens a clause or follows an adverb, 建全 is
 * no word; `构建全方位`, `创建全国文明城市` end a verb in 建 before a word in 全 (not read: 建 follows
 * neither a mark nor an adverb there).
 */
const BUILT_FOR_SOUND =
  /(?:^|[，,。；;：:、]|不断|一步|逐步|持续|着力|加快|并|和|及|是)(建全)(?![国市省县区镇乡民面方链体])/;

/**
 * Since a fix of stop 40 after the measure of 1199–1258: the preface's sentence on the report's data
 * cut down to its subject (`…进一步规范了财务管理、职能职责和党务政务等公开内容报告所列数据。根据以上
 * 规定制…`, real: 北辰区天穆镇 2024): `(本)报告所列数据` ending its sentence says nothing of them; the
 * corpus's others go on (`本报告所列数据的统计期限自…`, `…从2024年1月…`, `…来自…`).
 */
const DATA_CUT = /(?:本)?报告所列数据(?=[。；;]|$)/;

/**
 * Since a fix of stop 42 after the measure of 1349–1378 (helper f1): a character written in a variant
 * form no standard text uses (`对政策背景、岀台目的、重要举措等方面的实质性解读`, real: 宣州区司法局 2021,
 * 出 written 岀): the variant with the character after it (or before it), and the word as it should
 * be. Only variants of common characters that name no place or person (the corpus's other rare
 * characters, `浬浦镇`, `冮宝林`, `繁體`, are names or a page's buttons).
 */
const VARIANT_FORMS: Readonly<Record<string, string>> = { 岀: '出' };
const VARIANT = /[岀]/;
function variantIn(text: string): PhraseSlip | null {
  const m = VARIANT.exec(text);
  if (!m) return null;
  const at = m.index;
  const right = VARIANT_FORMS[m[0]] ?? '';
  const after = text.charAt(at + 1);
  const before = text.charAt(at - 1);
  const [said, phrase] = HAN.test(after)
    ? [m[0] + after, right + after]
    : HAN.test(before)
      ? [before + m[0], before + right]
      : [m[0], right];
  return { text: said, phrase, kind: 'replaced' };
}

/**
 * Since a fix of stop 44 after the measure of 1379–1423: 政府信息公开 (or 政务公开) with its 信息 lost
 * before the work or a thing of it (`积极学习借鉴政府公开好的做法`, real: 滨海新区胡家园街道 2024;
 * `认真抓好政府公开网站季度检查`, 明光市苏巷镇 2020; `先后完成政府公开月活动`, 宝山区滨江委 2024; the
 * corpus's gatherers wrote the same down as slips: `认真做好政府公开工作`, `完善政府公开制度建设`,
 * `(四)政府公开平台建设`, `规范政府公开内容,突出政府公开重点`). Not the government as the subject of
 * 公开 (`市政府公开发布的文件`), its 公开栏 (`通过政府公开栏、宣传栏等载体`), its published information
 * (`政府公开信息`, read above where its words are swapped), nor `政府公开日` (an open day's name). Not
 * inside a cited title (the notice checks read those, `《2021年政府公开工作要求》`).
 */
// Since a fix of stop 44 after the measure of 1424–1483: and before 申请, the requests (`县林业局未收到
// 政府公开申请`, real: 剑阁县林业局 2023): requests are made for 政府信息公开 (`政府信息公开申请`), not
// for the government's publishing (said as 政府信息公开申请 alone).
// Since a fix of stop 45 after the measure of 1514–1543: and before the cases held up as models, the
// work's (`…》成功入选河北省政府公开典型案例`, real: 正定县 2024: 政务公开典型案例), its guide, its
// catalogue and its quality (none in the corpus written so; a government publishes no 指南 or 目录
// of its own by that verb, `公开目录` is the work's).
const GOVERNMENT_PUBLISHING_LOST =
  /政府公开(工作|网站|平台|制度|月|内容|的内容|重点|形式|成果|水平|好的做法|经验|申请|典型案例|案例|指南|目录|质量)/;

/**
 * Since a fix of stop 44 after the measure of 1424–1483: a province's or city's rules on 政府信息公开
 * cited with 政府 lost (`《山东省信息公开办法》`, real: 临清市烟店镇 2023; `《安徽省信息公开规定》`, a
 * report of the corpus): the provinces' and cities' rules are `…省（市）政府信息公开办法（规定）` (the
 * corpus's 90 others; `《四川省人民政府信息公开规定》`, `《广东省政务公开条例》` keep theirs). A
 * department's rules (`…局信息公开办法`) and the national regulation (`条例`, read by the notice
 * checks) are not read.
 */
const RULES_GOVERNMENT_LOST =
  /《([^《》\n]{1,16}?(?:省|市|自治区))信息公开((?:暂行|实施)?(?:办法|规定))》/;

/**
 * Since a fix of stop 44 after the measure of 1424–1483: a clause on what the work was fitted to
 * (`结合新区实际工作情况工作,狠抓措施落实`, real: 辽东湾新区管委会 2020) ending on 工作 again after
 * `…实际(工作)情况`: 结合 takes the situation as its object, the 工作 after it belongs to nothing (the
 * corpus's others end on 实际 or `实际情况`, or go on with a verb, `结合工作实际认真开展…工作`).
 */
const WORK_AFTER_SITUATION = /结合[^，,。；;：:\n]{0,12}?实际(?:工作)?情况(工作)(?=[，,。；;])/;

/**
 * Since a fix of stop 44 after the measure of 1424–1483: a list of qualities ending in 性 with one
 * item no word of that kind (`进一步增强信息公开的主动性、针对性、群微信和实效性`, real: 湘阴县林业局
 * 2023, 群众性 garbled): two items in 性 before it and one after, the item between of two or three
 * characters not in 性. The corpus has no other (`规范性、更新及时性` has one item before).
 */
const QUALITY_LIST_ITEM =
  /[\u4e00-\u9fff]性、[\u4e00-\u9fff]{1,3}性、([\u4e00-\u9fff]{2,3})(?<!性)([和及与])([\u4e00-\u9fff]{1,3}性)/;

/**
 * Since a fix of stop 44 after the measure of 1379–1423: 除…外 with 除 written 出 (`…等六个部分。出特别
 * 情况说明外,本报告中所列数据…`, real: 察隅县古拉乡 2022): 出 opening a clause that ends on 外 (or
 * 以外) before a comma is the exception's frame, not a verb's (`出台…`, `出具…`, `出现…`, `出访国外`,
 * `出差在外` keep their verbs; the corpus's 47 others write 除).
 */
const EXCEPT_WRITTEN_OUT =
  /出(?<=(?:^|[，,。；;：:\n])出)(?![台现具版席厂访国境口差租售发门])[^，,。；;：:\n出外]{1,16}以?外(?=[，,])/;

/**
 * Since a fix of stop 44 after the measure of 1379–1423: one item of a list of like items with its
 * first character written twice (`2022年是大事多、喜喜事多、要事多的一年`, real: 察隅县古拉乡 2022):
 * items joined by 、 that end alike, one of one character before the shared two, the next of the
 * same character twice before them. Not items all doubled (`人人有责、事事有责`, a manner of speech).
 * The corpus has no other.
 */
function listItemDoubled(text: string): PhraseSlip | null {
  for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) {
    // `X事多、喜喜事多` (the single item first) or `喜喜事多、X事多` (the doubled one first).
    const [a, b, c, d, e] = [
      text.charCodeAt(i + 1),
      text.charCodeAt(i + 2),
      text.charCodeAt(i + 3),
      text.charCodeAt(i + 4),
      text.charCodeAt(i - 3),
    ];
    const tail = text.slice(i - 2, i);
    if (
      isHanCode(a) &&
      a === b &&
      isHanCode(e) &&
      e !== a &&
      text.charCodeAt(i - 4) !== e &&
      isHanCode(c) &&
      isHanCode(d) &&
      text.slice(i + 3, i + 5) === tail
    )
      return { text: text.slice(i + 1, i + 5), phrase: text.slice(i + 2, i + 5), kind: 'doubled' };
    const f = text.charCodeAt(i - 4);
    if (
      isHanCode(f) &&
      f === e &&
      text.charCodeAt(i - 5) !== f &&
      isHanCode(a) &&
      a !== b &&
      a !== f &&
      text.slice(i + 2, i + 4) === tail &&
      HAN.test(tail.charAt(0)) &&
      HAN.test(tail.charAt(1))
    )
      return { text: text.slice(i - 4, i), phrase: text.slice(i - 3, i), kind: 'doubled' };
  }
  return null;
}

/**
 * Since a fix of stop 48 after the measure of 1679–1723: a site's address garbled where the text gives
 * it, so it cannot be typed in: the scheme's colon lost (`(http//www.fjyc.gov.cn)`, real: 永春县呈祥乡
 * 2020), a space inside the domain (`(http://www.sys ld.gov.cn)`, real: 岭东区 2024; a compact text
 * keeps a space only between two Latin letters), or the brackets after the site's name left empty
 * (`淮南市审计局政府门户网站()政府信息公开网站`, real: 淮南市审计局 2021). The corpus's other addresses
 * (hundreds, `(http://…)`, `(www.…)`, `网址:…`) hold none of these.
 */
const SCHEME_COLON_LOST = /https?\/\/[A-Za-z0-9][\w.-]*/;
const DOMAIN_SPACED =
  /(?<=[（(])(?:https?:\/\/)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)* [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\/?(?=[）)])/;
const ADDRESS_EMPTY = /(?:网站|网|平台)[”"]?[（(][）)]/;
/**
 * Since a fix of stop 48 after the measure of 1679–1723: a postal address's number written with the
 * wrong word: 号 after a road's number written 路 (`临沂市北城新区北京路8路`, real: 临沂市司法局 2022), or
 * a room in a numbered building written 楼 (`解放南路688号8号楼315楼`, real: 梁溪区应急管理局 2024; no
 * building has a 315th floor, three digits are a room). A bus line (`乘坐8路`) follows no road's name.
 */
const ROAD_NUMBER_AS_ROAD = /\d{1,5}路(?<=[\u4e00-\u9fff](?:路|街|大道)\d{1,5}路)(?![口段线公车])/;
const ROOM_AS_FLOOR = /\d{3,}楼(?<=\d(?:号楼|栋|幢|座)\d{3,}楼)/;
/** The slip's words with the few characters before it (`北京路8路`, `8号楼315楼`). */
const withLead = (text: string, m: RegExpExecArray, lead: number): string =>
  text.slice(Math.max(0, m.index - lead), m.index + m[0].length);

/** A top-level label followed by a dot (the cheap test before `DOMAIN_END_TWICE`). */
const DOMAIN_ENDS = ['.com.', '.net.', '.org.', '.gov.', '.cn.'];
/**
 * Since a fix of stop 52 after the measure of 1994–2038 (helper f43): an address whose domain ends
 * with its top-level label twice (`sqkfqxxgk@163.com.com`, real: 宿迁经开区 2023): no mail service
 * or site ends so; the mail cannot be sent (the corpus's hundreds of others end once, `.gov.cn`,
 * `.com.cn` being two labels of their own).
 */
const DOMAIN_END_TWICE = /[A-Za-z0-9_-][\w.@＠-]*?\.(com|net|org|gov|cn)\.\1(?![A-Za-z0-9-])/;

/** The garbled web or postal address of a compact text, if any. */
function addressSlipIn(text: string): PhraseSlip | null {
  const colon = text.includes('http') ? SCHEME_COLON_LOST.exec(text) : null;
  if (colon) return { text: colon[0], phrase: colon[0].replace('//', '://'), kind: 'lost' };
  const spaced = text.includes('www.') ? DOMAIN_SPACED.exec(text) : null;
  if (spaced) return { text: spaced[0], phrase: spaced[0].replace(' ', ''), kind: 'added' };
  const twice = DOMAIN_ENDS.some((end) => text.includes(end)) ? DOMAIN_END_TWICE.exec(text) : null;
  if (twice) {
    const label = `.${twice[1] ?? ''}`;
    return { text: twice[0], phrase: twice[0].slice(0, -label.length), kind: 'doubled' };
  }
  const empty = text.includes('()') || text.includes('（）') ? ADDRESS_EMPTY.exec(text) : null;
  if (empty) return { text: empty[0], phrase: `${empty[0].slice(0, -2)}(网址)`, kind: 'lost' };
  const road = text.includes('路') ? ROAD_NUMBER_AS_ROAD.exec(text) : null;
  if (road) {
    const said = withLead(text, road, 3);
    return { text: said, phrase: `${said.slice(0, -1)}号`, kind: 'replaced' };
  }
  const room = text.includes('楼') ? ROOM_AS_FLOOR.exec(text) : null;
  if (room) {
    const said = withLead(text, room, 3);
    return { text: said, phrase: `${said.slice(0, -1)}室`, kind: 'replaced' };
  }
  return null;
}

/** The sentence readers of the measures since 2081's, in the order their slips are said. */
const SENTENCE_SLIPS_SINCE_2081: readonly SentenceSlipReader[] = [
  ...SENTENCE_SLIPS_2081,
  ...SENTENCE_SLIPS_2171_F57,
  ...SENTENCE_SLIPS_2216_F62,
  ...SENTENCE_SLIPS_2216_F63,
  ...SENTENCE_SLIPS_2216_F61,
  ...SENTENCE_SLIPS_2261_F67,
  ...SENTENCE_SLIPS_2306_F71,
  ...SENTENCE_SLIPS_2351_F76,
  ...SENTENCE_SLIPS_2396_F80,
  ...SENTENCE_SLIPS_2441_F84,
  ...SENTENCE_SLIPS_2441_F82,
  ...SENTENCE_SLIPS_2486_F88,
  ...SENTENCE_SLIPS_2531_F92,
  ...SENTENCE_SLIPS_2576_F96.map(([read]) => read),
  ...SENTENCE_SLIPS_2621_F100.map(([read]) => read),
  ...SENTENCE_SLIPS_2666_F105.map(([read]) => read),
  ...SENTENCE_SLIPS_2711_F108.map(([read]) => read),
  ...SENTENCE_SLIPS_2756_F112.map(([read]) => read),
  ...SENTENCE_SLIPS_2756_F113.map(([read]) => read),
  ...SENTENCE_SLIPS_2801_F116.map(([read]) => read),
  ...SENTENCE_SLIPS_2846_F122.map(([read]) => read),
  ...SENTENCE_SLIPS_2846_F120.map(([read]) => read),
  ...SENTENCE_SLIPS_2891_F125.map(([read]) => read),
];

/**
 * The anchors of the sentence readers above (format/anchors.ts): characters one of which a line
 * must hold for the reader to find anything in it, each taken from the words its own first test
 * asks for (one of each alternative). `scan` marks a line once and calls a reader only when the
 * line holds one of its anchors: in a batch of new texts, calling each reader to test its words
 * on every line was about a quarter of `scan` (issue 17, stop 61). A reader not listed here is
 * called on every line; anchors.test.ts holds each listed one to its anchors.
 */
const SENTENCE_SLIP_ANCHORS = new Map<SentenceSlipReader, string>([
  [requirementsFramedByInIn, '求'],
  [promptlyBeforeMattersIn, '及'],
  [reportDoingWorkIn, '》'],
  [summedYearAloneIn, '汇'],
  [compiledFromBodyWorkIn, '由'],
  [doneAsDevelopmentIn, '做'],
  [answeredByRequestIn, '依'],
  [wordAroundLevelsIn, '级'],
  [doorAsSectionIn, '段'],
  [compiledTwiceIn, '编定形'],
  [conditionLostIn, '提'],
  [lawOrderTurnedIn, '依'],
  [oneDigitAboutIn, '余'],
  [strictOnAPlaceIn, '严'],
  [exchangeWithoutVerbIn, '沟流互'],
  [isCutAfterLawIn, '是'],
  [documentsCountedNoVerbIn, '》'],
  [ledByItselfIn, '导'],
  [mainChannelLostIn, '主'],
  [requestLostAfterCountIn, '依'],
  [verbLostBeforeToIn, '到'],
  [aspectTwiceIn, '面'],
  [yearAsAfterIn, '为'],
  [etcLostBeforeOtherIn, '他它'],
  [nearlyAndOverIn, '近'],
  [publishCutIn, '布'],
  [transparentAsObjectIn, '透'],
  [centralLostIn, '座'],
  [committeeAfterCooperativeIn, '社'],
  // Since stop 64: `.` is refused as an anchor (compacting makes `．` one), but the expression
  // asks for the unit after the decimals.
  [personsInDecimalsIn, '名位户'],
  // Since stop 64, the readers of helpers f82, f88 and f92, each with its anchors in its module
  // (till then read on every line: some 6 µs of each new report's 11 lines, stop 64).
  ...SENTENCE_SLIP_ANCHORS_2441_F82,
  ...SENTENCE_SLIP_ANCHORS_2486_F88,
  ...SENTENCE_SLIP_ANCHORS_2531_F92,
  // Since the fixes of stop 63 (fixer f96): each reader listed with its anchors in its own module.
  ...SENTENCE_SLIPS_2576_F96,
  // Since the fixes of stop 64 (fixer f100), likewise.
  ...SENTENCE_SLIPS_2621_F100,
  // Since the fixes of stop 65 (fixer f105), likewise.
  ...SENTENCE_SLIPS_2666_F105,
  // Since the fixes of stop 66 (fixer f108), likewise.
  ...SENTENCE_SLIPS_2711_F108,
  // Since the fixes of stop 67 (fixer f112), likewise.
  ...SENTENCE_SLIPS_2756_F112,
  // Since the fixes of stop 67 (fixer f113), likewise.
  ...SENTENCE_SLIPS_2756_F113,
  // Since the fixes of stop 68 (fixer f116), likewise.
  ...SENTENCE_SLIPS_2801_F116,
  // Since the fixes of stop 69 (fixer f122), likewise.
  ...SENTENCE_SLIPS_2846_F122,
  // Since the fixes of stop 69 (fixer f120), likewise.
  ...SENTENCE_SLIPS_2846_F120,
  // Since the fixes of stop 70 (fixer f125), likewise.
  ...SENTENCE_SLIPS_2891_F125,
]);

/** A sentence reader with its anchors' mask. */
interface GatedReader {
  readonly read: SentenceSlipReader;
  readonly mask: Uint32Array;
}

/**
 * Every sentence reader must declare its anchors: at stop 64, 21 of 64 had none and were read on
 * every line of every text, a third of the readers' cost on new text (docs/performance.md). A
 * reader added without them fails every test that loads the checks, not a budget months later.
 */
const SENTENCE_READERS: readonly GatedReader[] = SENTENCE_SLIPS_SINCE_2081.map((read) => {
  const anyOf = SENTENCE_SLIP_ANCHORS.get(read);
  if (anyOf === undefined)
    throw new Error(`sentence reader ${read.name || '(anonymous)'} declares no anchors`);
  return { read, mask: readingAnchors(anyOf, read) };
});

/** The slips of the sentence readers in one compact line, in their order. */
function sentenceReadersIn(text: string, marks: Uint32Array, out: PhraseSlip[]): void {
  for (const { read, mask } of SENTENCE_READERS) {
    if (!holdsAnyOf(marks, mask)) continue;
    const slip = read(text);
    if (slip) out.push(slip);
  }
}

/** `slipsIn` of one compact text. */
function scan(text: string, scanner: Scanner): PhraseSlip[] {
  const { byPair, opens, near } = scanner;
  const out: PhraseSlip[] = [];
  // The line's anchors, marked once: the sentence readers' gates, and a bit test before each
  // literal gate below (a character of its word), cheaper than searching the line for the word.
  const marks = anchorMarks(text);
  const address = addressSlipIn(text);
  if (address) out.push(address);
  const variant = text.includes('岀') ? variantIn(text) : null;
  if (variant) out.push(variant);
  const parts = mayHold(marks, '组') && text.includes('组成') ? PARTS_BY_LOST.exec(text) : null;
  if (parts) {
    const by = parts[1] ?? '';
    out.push({ text: parts[0], phrase: `${by}由${parts[0].slice(by.length)}`, kind: 'lost' });
  }
  const capacity = mayHold(marks, '展') && text.includes('开展') ? CAPACITY_LOST.exec(text) : null;
  if (capacity) {
    const said = capacity[0].slice(capacity[0].indexOf('以'));
    out.push({ text: said, phrase: `以${capacity[1] ?? ''}名义开展`, kind: 'lost' });
  }
  const about = mayHold(marks, '余') && text.includes('余') ? ABOUT_AFTER_UNIT.exec(text) : null;
  if (about) {
    const [said, count = '', unit = ''] = about;
    out.push({ text: said, phrase: `${count}余${unit}`, kind: 'swapped' });
  }
  const noted =
    mayHold(marks, '室') && text.includes('公室') ? OFFICE_CUT_BY_NOTE.exec(text) : null;
  if (noted) out.push({ text: noted[0], phrase: `办公室${noted[1] ?? ''}`, kind: 'swapped' });
  const published =
    mayHold(marks, '布') && text.includes('信息发布信息') ? PUBLISHED_TWICE.exec(text) : null;
  if (published)
    out.push({ text: published[0], phrase: `发布${published[1] ?? ''}信息`, kind: 'doubled' });
  const dangling =
    mayHold(marks, '受') && text.includes('申请受理') ? RECEIVED_DANGLING.exec(text) : null;
  if (dangling) out.push({ text: dangling[0], phrase: dangling[0].slice(0, -2), kind: 'added' });
  const twice = clauseTwice(text);
  if (twice) out.push(twice);
  // Sentences garbled as wholes (two verbs run together, a slogan said twice, …).
  for (const slip of sentenceSlipsIn(text)) out.push(slip);
  const cut = text.includes('工') ? WORK_CUT.exec(text) : null;
  if (cut) out.push({ text: cut[0], phrase: `${cut[1] ?? ''}工作`, kind: 'lost' });
  const tally = mayHold(marks, '累') && text.includes('累') ? TALLY_CUT.exec(text) : null;
  if (tally) out.push({ text: tally[0], phrase: `累计${tally[0].slice(1)}`, kind: 'lost' });
  const subject = SUBJECT_LOST.exec(text);
  if (subject) {
    const said = `${subject[1] ?? ''}${subject[2] ?? ''}`;
    out.push({ text: said, phrase: `我${said}`, kind: 'lost' });
  }
  const publishing =
    mayHold(marks, '开') && text.includes('政府公开')
      ? GOVERNMENT_PUBLISHING_LOST.exec(text)
      : null;
  if (publishing && !inCitation(text, publishing.index, publishing.index + publishing[0].length)) {
    const rest = publishing[1] ?? '';
    out.push({
      text: publishing[0],
      phrase: rest === '申请' ? '政府信息公开申请' : `政府信息公开${rest}（或政务公开${rest}）`,
      kind: 'lost',
    });
  }
  const rules =
    mayHold(marks, '》') && (text.includes('信息公开办法》') || text.includes('信息公开规定》'))
      ? RULES_GOVERNMENT_LOST.exec(text)
      : null;
  if (rules) {
    const [said, place, kind] = rules;
    out.push({ text: said, phrase: `《${place ?? ''}政府信息公开${kind ?? ''}》`, kind: 'lost' });
  }
  const workAgain =
    mayHold(marks, '况') && text.includes('情况工作') ? WORK_AFTER_SITUATION.exec(text) : null;
  if (workAgain) {
    const said = workAgain[0].slice(workAgain[0].indexOf('实际'));
    out.push({ text: said, phrase: said.slice(0, -2), kind: 'doubled' });
  }
  const quality =
    mayHold(marks, '、') && text.includes('性、') ? QUALITY_LIST_ITEM.exec(text) : null;
  if (quality) {
    const [, item, and, last] = quality;
    out.push({
      text: `${item ?? ''}${and ?? ''}${last ?? ''}`,
      phrase: `…性${and ?? ''}${last ?? ''}`,
      kind: 'worded',
    });
  }
  const except = text.includes('外') && text.includes('出') ? EXCEPT_WRITTEN_OUT.exec(text) : null;
  if (except) out.push({ text: except[0], phrase: `除${except[0].slice(1)}`, kind: 'replaced' });
  const item = mayHold(marks, '、') && text.includes('、') ? listItemDoubled(text) : null;
  if (item) out.push(item);
  const own = mayHold(marks, '我') && text.includes('我') ? OWN_KIND_LOST.exec(text) : null;
  if (own) {
    const said = `我${own[1] ?? ''}`;
    out.push({ text: said, phrase: `我局（或我镇等）${own[1] ?? ''}`, kind: 'lost' });
  }
  const ownGovernment =
    mayHold(marks, '我') && (text.includes('我政府') || text.includes('我人民政府'))
      ? OWN_GOVERNMENT_LOST.exec(text)
      : null;
  if (ownGovernment && !own) {
    const said = `我${ownGovernment[1] ?? ''}`;
    out.push({
      text: said,
      phrase: `我市${ownGovernment[1] ?? ''}（或我县${ownGovernment[1] ?? ''}等）`,
      kind: 'lost',
    });
  }
  const counted = /\d/.test(text) ? COUNTED_TWICE.exec(text) : null;
  if (counted)
    out.push({
      text: counted[0],
      phrase: `${counted[1] ?? ''}${counted[2] ?? ''}`,
      kind: 'doubled',
    });
  const yearLost = text.includes('内') ? YEAR_LOST.exec(text) : null;
  if (yearLost) {
    const said = yearLost[0].slice(yearLost[0].indexOf('内'));
    out.push({ text: said, phrase: `年${said}`, kind: 'lost' });
  }
  const contact = mayHold(marks, '请') && text.includes('请于') ? CONTACT_YU.exec(text) : null;
  if (contact)
    out.push({ text: contact[0], phrase: `请与${contact[1] ?? ''}联系`, kind: 'replaced' });
  const contactLost =
    mayHold(marks, '系') && text.includes('联系') ? CONTACT_LOST.exec(text) : null;
  if (contactLost)
    out.push({ text: contactLost[0], phrase: `请与${contactLost[1] ?? ''}联系`, kind: 'lost' });
  const compiled = mayHold(marks, '编') && text.includes('编') ? COMPILED_CUT.exec(text) : null;
  if (compiled) out.push({ text: compiled[0], phrase: `${compiled[0]}制`, kind: 'lost' });
  const verbLost =
    mayHold(marks, '》') && text.includes('》') ? VERB_LOST_AFTER_TITLE.exec(text) : null;
  if (verbLost) {
    const [said, by, title, work] = verbLost;
    out.push({ text: said, phrase: `${by}${title}要求，做好${work}`, kind: 'lost' });
  }
  const where =
    mayHold(marks, '在') && (text.includes('可在') || text.includes('可以在'))
      ? VERB_LOST_AFTER_PLACE.exec(text)
      : null;
  if (where) out.push({ text: where[0], phrase: `${where[0]}查阅（或下载）`, kind: 'verb' });
  const notice = mayHold(marks, '知') && text.includes('通知》') ? NOTICE_DE_LOST.exec(text) : null;
  if (notice && !STATE_COUNCIL.test(notice[1] ?? '')) {
    const tail = (notice[1] ?? '').slice(-6);
    out.push({ text: `${tail}通知》`, phrase: `${tail}的通知》`, kind: 'lost' });
  }
  const leadership =
    mayHold(marks, '导') && text.includes('领导下') ? UNDER_LEADERSHIP_LOST.exec(text) : null;
  if (leadership) out.push({ text: leadership[1] ?? '', phrase: '在…的领导下', kind: 'lost' });
  const split = mayHold(marks, '开') && text.includes('公开') ? PROACTIVE_SPLIT.exec(text) : null;
  if (split) out.push({ text: split[0], phrase: '主动公开', kind: 'added' });
  const stray = mayHold(marks, '件') && text.includes('件') ? RECEIVED_UNIT_STRAY.exec(text) : null;
  if (stray) out.push({ text: stray[0], phrase: stray[0].slice(0, -1), kind: 'added' });
  const cited = mayHold(marks, '简') && text.includes('简称') ? CITED_TWICE.exec(text) : null;
  if (cited) {
    const again = `${cited[1] ?? ''}${cited[2] ?? ''}`;
    out.push({ text: cited[0], phrase: cited[0].slice(0, -again.length - 1), kind: 'doubled' });
  }
  const listed =
    mayHold(marks, '《') &&
    (text.includes('》《') || text.includes('》、《') || text.includes('简称《'))
      ? TITLE_LISTED_TWICE.exec(text)
      : null;
  if (listed) {
    const title = `《${listed[1] ?? ''}》`;
    out.push({ text: `${title}…${title}`, phrase: title, kind: 'doubled' });
  }
  const column = text.includes('通过') ? VERB_LOST_AFTER_COLUMN.exec(text) : null;
  if (column) {
    const [said, noun, count] = column;
    const head = said.slice(0, said.length - (noun ?? '').length - (count ?? '').length);
    out.push({ text: said, phrase: `${head}栏目发布${noun ?? ''}${count ?? ''}`, kind: 'verb' });
  }
  const noneNone =
    (mayHold(marks, '未') && text.includes('未')) || text.includes('没有')
      ? NONE_COUNTED_NONE.exec(text)
      : null;
  if (noneNone) {
    const [said] = noneNone;
    out.push({ text: said, phrase: said.replace(/^(?:未|没有)/, ''), kind: 'added' });
  }
  const objectLost =
    mayHold(marks, '以') && text.includes('以及') ? OBJECT_LOST_BEFORE_AND.exec(text) : null;
  if (objectLost) {
    const said = objectLost[0].slice(-3);
    out.push({ text: said, phrase: `${said.charAt(0)}…以及`, kind: 'lost' });
  }
  const issued =
    mayHold(marks, '关') && text.includes('发关于') ? ISSUED_BEFORE_ABOUT.exec(text) : null;
  if (issued) {
    const said = issued[0].slice(1, issued[0].indexOf('关于') + 2);
    out.push({ text: said, phrase: said.replace(/发关于$/, '关于'), kind: 'added' });
  }
  const object =
    mayHold(marks, '对') && text.includes('情况') && text.includes('对')
      ? VERB_LOST_AFTER_OBJECT.exec(text)
      : null;
  if (object) out.push({ text: object[0], phrase: `${object[0]}进行检查（或监督）`, kind: 'verb' });
  const kept = text.includes('畅通') && text.includes('意识') ? SENSE_KEPT_OPEN.exec(text) : null;
  if (kept)
    out.push({
      text: kept[0],
      phrase: `畅通${kept[1] ?? ''}，增强${kept[2] ?? ''}`,
      kind: 'worded',
    });
  const ba = text.includes('把') ? AS_LOST_AFTER_BA.exec(text) : null;
  if (ba) out.push({ text: `${ba[0]}`, phrase: `把${ba[1] ?? ''}作为`, kind: 'lost' });
  const byLaw =
    mayHold(marks, '依') && text.includes('依法申请公开') ? BY_LAW_FOR_ON_REQUEST.exec(text) : null;
  if (byLaw) out.push({ text: '依法申请公开', phrase: '依申请公开', kind: 'added' });
  const under = mayHold(marks, '导') && text.includes('领导') ? UNDER_LOST.exec(text) : null;
  if (under && !underClosedByNextClause(text, under.index + under[0].length))
    out.push({ text: under[1] ?? '', phrase: `${under[1] ?? ''}下`, kind: 'lost' });
  const fiveOpen =
    mayHold(marks, '执') && text.includes('决策、执行') ? STRAY_BEFORE_FIVE_OPEN.exec(text) : null;
  if (fiveOpen)
    out.push({
      text: fiveOpen[0],
      phrase: fiveOpen[0].replace(fiveOpen[1] ?? '', ''),
      kind: 'added',
    });
  const built = mayHold(marks, '全') && text.includes('建全') ? BUILT_FOR_SOUND.exec(text) : null;
  if (built) out.push({ text: '建全', phrase: '健全', kind: 'replaced' });
  const dataCut = mayHold(marks, '列') && text.includes('所列数据') ? DATA_CUT.exec(text) : null;
  if (dataCut)
    out.push({
      text: dataCut[0],
      phrase: '本报告所列数据的统计期限自…起至…止',
      kind: 'lost',
    });
  const basis = basisLostIn(text);
  if (basis) out.push(basis);
  const firstAsKind = mayHold(marks, '、') && text.includes('、') ? listFirstAsKindIn(text) : null;
  if (firstAsKind) out.push(firstAsKind);
  sentenceReadersIn(text, marks, out);
  const takenAs = takenAsLostIn(text);
  if (takenAs) out.push(takenAs);
  let end = -1;
  // The shapes found, one slip each (a text's first).
  let shapesFound: Shape[] | null = null;
  let b = text.charCodeAt(0);
  for (let i = 0; i + 1 < text.length; i += 1) {
    const a = b;
    b = text.charCodeAt(i + 1);
    const h = nearHash(a, b);
    if (((near[h >>> 5] ?? 0) & (1 << (h & 31))) === 0) continue;
    const opener = opens[a] ?? 0;
    if (opener === 0) continue;
    const misses = byPair.get(pairCode(opener, b));
    if (!misses) continue;
    for (const miss of misses) {
      const { shape } = miss;
      if (shape) {
        const slip =
          shapesFound?.includes(shape) || i < miss.at ? null : shapeAt(text, i - miss.at, shape);
        if (slip) {
          out.push(slip);
          (shapesFound ??= []).push(shape);
        }
        continue;
      }
      const start = i - miss.at;
      if (start < 0 || start < end || !text.startsWith(miss.text, start)) continue;
      if (miss.text === '规范文件' && regulatesDocuments(text, start)) continue;
      end = start + miss.text.length;
      if (!inCitation(text, start, end) || lostInOwnTitle(text, start, miss.kind))
        out.push({ text: miss.text, phrase: miss.phrase, kind: miss.kind });
      break;
    }
  }
  for (const slip of noneReceivedSlipsIn(text)) out.push(slip);
  for (const slip of wordsLostOrStrayIn(text)) out.push(slip);
  // A word written twice, where no other slip of the text was read at that spot (`有关规定规定` is
  // the phrase's; `政府信息信息公开` too).
  const doubled = wordTwice(text);
  if (doubled && !out.some((s) => s.text.includes(doubled.text) || doubled.text.includes(s.text)))
    out.push(doubled);
  return out;
}

/** The near misses of a text for the format `template`. */
export const phraseSlipsIn = (
  text: ReportText | string,
  template: FormatTemplate,
): readonly PhraseSlip[] => slipsIn(text, scannerOf(template));

/** What the checks of one slip each say of this text (one finding per spot). */
function saidElsewhere(text: ReportText, template: FormatTemplate): string[] {
  const said: string[] = [];
  // The same `（四）府信息公开平台建设情况` is `overview-subheading-garbled`'s (carried over from
  // stop 33: both warned on 咸宁市政数局 2025's one slip).
  const areas = template.sections.find((s) => s.id === text.section)?.areas;
  const heading = areas ? garbledSubheadingIn(text.text, areas) : null;
  if (heading) said.push(heading.written);
  const doubled = doubledWordIn(text);
  if (doubled) said.push(doubled.name);
  const cut = infoCutIn(text);
  if (cut !== null) said.push(cut);
  const name = garbledReportNameIn(text);
  if (name) said.push(name.name);
  return said;
}

const overlaps = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

const HOW: Readonly<Record<SlipKind, string>> = {
  lost: '缺字',
  doubled: '重字',
  replaced: '错字',
  swapped: '字序颠倒',
  worded: '用词不当',
  added: '多字',
  unfinished: '缺宾语',
  verb: '缺谓语',
};

/** A fixed phrase with a character lost, doubled, replaced or swapped (warning). */
export const phraseSlipCheck = defineCheck({
  id: 'phrase-garbled',
  severity: 'warning',
  spec: '4.5',
  title: '固定用语缺字、重字或错字',
  run(ctx) {
    const scanner = scannerOf(ctx.template);
    const texts = textFindings(
      ctx,
      (text) => {
        const slips = slipsIn(text, scanner);
        if (slips.length === 0) return null;
        const said = saidElsewhere(text, ctx.template);
        const left = slips.filter((s) => !said.some((w) => overlaps(w, s.text)));
        const [first] = left;
        return first ? { first, count: left.length } : null;
      },
      ({ first, count }) =>
        `文中“${first.text}”疑为“${first.phrase}”（${HOW[first.kind]}）${alsoSaid(count)}，请核对`,
    );
    const address = contactAddressFinding(ctx);
    return address ? [...texts, address] : texts;
  },
});

/**
 * Since a fix of stop 67 after the measure of 2756–2800 (fixer f113): the contact block's address
 * (a contact line the import lifted out of the preface) read as the preface is, when the preface
 * does not print it (then its reading is the preface's).
 */
function contactAddressFinding(ctx: CheckContext): Finding | null {
  const { contact, preface } = ctx.report.meta;
  const value = contact.address.trim();
  if (value === '' || preface.replace(/\s+/g, '').includes(value.replace(/\s+/g, ''))) return null;
  const slip = contactAddressSlip(value);
  if (!slip) return null;
  return {
    target: 'contact.address',
    section: 'meta',
    fields: ['contact.address'],
    message: `联系方式中的地址“${slip.text}”疑为“${slip.phrase}”（缺字：门牌号后缺“号”），地址不完整，请核对`,
  };
}
