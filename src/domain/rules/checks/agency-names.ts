import {
  firstInParagraphs,
  memoByText,
  perParagraph,
  perText,
  perTextAnd,
  someParagraph,
} from '../../format/memo';
import {
  compactSentences,
  compactText,
  isHanCode,
  isSubsequence,
  matchesOf,
} from '../../format/text';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { textFindings, textsOf, type ReportText } from '../support';
import { ownDepartmentName } from './agency-kind';
import { LINE_NAME } from './lines-of-work';

/**
 * Agency names a reviewer compares (SPEC §4.5): the 落款 with the title, and the agency the text
 * says its figures are of with the report's agency.
 */

/**
 * Spaces and the marks a page puts around a name. Kept by the name (issue 17): the checks of this
 * file ask it of the agency's name and the preface some thirty times an evaluation, each the same
 * few strings, and each asking walked the string again with the expression.
 */
const compactName: (name: string) => string = memoByText((name) =>
  compactText(name).replace(/[“”"'《》（）()]/g, ''),
);

/**
 * Whether two names may name one agency: the same, or the shorter a short form of the longer
 * (`区财政局` / `平潭综合实验区财政局`, `XX镇政府` / `XX镇人民政府`, `XX街道` / `XX街道办事处`):
 * its characters in the longer one, in order. A changed character (`财政全融局` for 财政金融局)
 * or another agency (`市统计局` for 市财政局) is not.
 */
export function namesAgree(a: string, b: string): boolean {
  const x = compactName(a);
  const y = compactName(b);
  if (x === '' || y === '' || x === y) return true;
  return x.length <= y.length ? isSubsequence(x, y) : isSubsequence(y, x);
}

/** The 落款 (an imported report's signature) names another agency than the title. */
export const signatureAgencyCheck = defineCheck({
  id: 'signature-agency-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '落款的机关名称与标题不一致',
  run({ report }) {
    const signed = report.source?.signatureAgency;
    const again = report.source?.titleAgencyAgain;
    const name = report.meta.agencyName;
    if (name.trim() === '') return [];
    const findings: Finding[] = [];
    if (signed && !namesAgree(signed, name))
      findings.push({
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `落款“${signed}”与标题中的机关名称“${name}”不一致：请核对落款（导出 Word 时落款按机关名称“${name}”）`,
      });
    // Since a fix of stop 39 after the measure of 1139–1168: the title printed again over the text
    // names another body (`重庆市武隆区双河镇人民政府办公室` / `2025年政府信息公开工作年度报告` under the
    // page's `重庆市武隆区双河镇人民政府2025年…`, real: 双河镇 2025, the town's report titled as its
    // office's); a fuller or shorter name of the same body (`包头市东河区` / `东河区`, `民勤县` /
    // `民勤县人民政府`) is not.
    if (again && !sameBody(again, name) && !kindCharLost(again, name))
      findings.push({
        target: 'meta',
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `正文上方再次印出的标题写“${again}”，与标题中的机关名称“${name}”不是同一机关：报告机关前后不一，请核对`,
      });
    return findings;
  },
});

/**
 * Since a fix of stop 40 after the measure of 1199–1258: the title printed again with the agency's
 * last character, its kind, lost (`宣城市机关事务管理2023年政府` / `信息公开工作年度报告` under `宣城市
 * 机关事务管理局2023年…`, real: 2023): the same body's name short of a character, said by
 * `agency-name-word-lost`, not another body.
 */
export function kindCharLost(again: string, name: string): boolean {
  const [a, n] = [compactName(again), compactName(name)];
  return a.length >= 4 && n.length === a.length + 1 && n.startsWith(a) && /[局厅委署办]$/.test(n);
}

/**
 * What a name adds after another's and is still the same body: the place's level lost in the
 * shorter (`丽阳` / `丽阳镇`), its government's or office's word (`民勤县` / `民勤县人民政府`).
 */
const SAME_BODY_WORDS = /^(?:镇|乡|街道|苏木|县|区|市|旗)?(?:人民政府|政府|街道办事处|办事处)?$/;

/**
 * Since a fix of stop 39 after the measure of 1169–1198: a name with its usual short form of the
 * body's word (`丽水市市场监管局` for `丽水市市场监督管理局`, real: 丽水市 2021), so that what comes
 * after the same body's name is read as in the other.
 */
const bodyName = (name: string): string =>
  compactName(name).replace(/监督管理(?=局|总局|委员会)/g, '监管');

/**
 * Whether two names are one body's: a short form of the other (`namesAgree`), and, when the
 * longer holds the shorter whole, nothing after it but the body's own words; another body's word
 * after it (`双河镇人民政府` / `双河镇人民政府办公室`) is another body.
 */
export function sameBody(a: string, b: string): boolean {
  if (!namesAgree(a, b)) return placeBefore(a, b) || placeBefore(b, a);
  const [x, y] = [bodyName(a), bodyName(b)].sort((p, q) => p.length - q.length) as [string, string];
  const at = y.lastIndexOf(x);
  return at < 0 || SAME_BODY_WORDS.test(y.slice(at + x.length));
}

/**
 * Since a fix of stop 40 after the measure of 1199–1258: a place above the body named before its
 * name (`长白朝鲜族自治县马鹿沟镇` printed over the text of `马鹿沟镇人民政府2023年…`, real: 马鹿沟镇
 * 2023): its county, city or district (`…自治县`, `…市`, `…区`) before a name otherwise the same
 * body's. The rest must open with the other's own place name (`马鹿沟镇`, two characters or more
 * before its level), so that another level's bureau (`XX市财政局` / `YY县财政局`) stays another.
 */
const PLACE_BEFORE = /^[\u4e00-\u9fff]{1,12}?(?:自治县|自治州|自治旗|县|市|区|旗|州|盟)/;
const OWN_PLACE = /^[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道|苏木|县|市|区|旗)/;
function placeBefore(longer: string, other: string): boolean {
  const x = compactName(longer);
  const y = compactName(other);
  const place = PLACE_BEFORE.exec(x);
  if (place === null) return false;
  const rest = x.slice(place[0].length);
  const own = OWN_PLACE.exec(rest);
  if (own === null) return false;
  // `XX市YY区ZZ镇`: more than one place may come before.
  return y.startsWith(own[0]) ? sameBody(rest, y) : placeBefore(rest, y);
}

/** `向市政府及市政府办公室提出的政府信息公开申请`: the body the requests were made to. */
const ADDRESSED =
  /(?:受理|收到|接收|办理)[^。；;]{0,16}?向([^，,。；;：:、“”]{2,24}?)(?:提出|提交|递交)的?[^，,。；;]{0,12}?申请/g;
/** Names joined in one phrase (`市政府及市政府办公室`). */
const JOINED = /及|和|与|、|或/;
/** A name of an agency: ends as agencies do; `本机关`, `我局` and the like are the report's own. */
const AGENCY_NAME =
  /(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|办|街道办事处|街道|镇|乡|管委会|中心)$/;
const OWN = /^(?:本|我|该|贵|各|上级|有关|相关|行政机关)/;

/**
 * Kinds of body a report may speak as, told apart by how the text names itself (`我局`, `我镇`,
 * `我公司`) and by the last word of a name. A government (`我县`, `我市`) is none of them: a
 * department's text speaks of its county and city too, and a government's report is often
 * compiled by one of its departments.
 */
type SelfKind = 'company' | 'township' | 'bureau' | 'office';

const KIND_WORDS: Readonly<Record<SelfKind, string>> = {
  company: '企业',
  township: '乡镇（街道）',
  bureau: '部门',
  office: '办公室',
};

/**
 * The office that wrote a report for its body (`东港镇人民政府党政办公室`, `海南省地震局办公室`,
 * `厚桥街道党政办公室综合科`): the body is the one it belongs to.
 */
const OFFICE_SUFFIX = /(?:党政|综合|政务公开)?办公室(?:综合科)?$|党政办$|综合科$/;

const COMPANY_NAME = /(?:公司|集团)$/;
const TOWNSHIP_NAME = /(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)?$/;
const BUREAU_NAME = /(?:局|厅)$|(?<!管理)委员会$|(?<!管)委$/;

/**
 * The kind a name says, by its last word; `null` for a government, a 管委会, a centre… Kept by
 * name: every evaluation asks it of the same agency's name.
 */
export const kindOfName: (name: string) => SelfKind | null = memoByText((name) => {
  const n = compactName(name).replace(OFFICE_SUFFIX, '');
  if (COMPANY_NAME.test(n)) return 'company';
  if (TOWNSHIP_NAME.test(n)) return 'township';
  if (BUREAU_NAME.test(n)) return 'bureau';
  return null;
});

/**
 * How a text names itself: `我公司`, `本集团`, `我镇`, `我街道`, `我局`, `本委`. Not `基本局面`,
 * `自我`: the 本 or 我 of another word.
 */
const SELF_NAME =
  /(?<![基根样成资文版日剧脚账课标副原书范蓝手读])本(公司|集团|乡镇|镇|乡|街道|苏木|局|厅|委)|(?<!自)我(公司|集团|镇|乡|街道|苏木|局|厅|委|办)(?!理|事|结|公|法|件)/g;

const SELF_KIND: Readonly<Record<string, SelfKind>> = {
  公司: 'company',
  集团: 'company',
  乡镇: 'township',
  镇: 'township',
  乡: 'township',
  街道: 'township',
  苏木: 'township',
  局: 'bureau',
  厅: 'bureau',
  委: 'bureau',
  办: 'office',
};

/** The names a text calls itself by, in order met. */
// Paragraph by paragraph (issue 17): `SELF_NAME` matches within a line, and looks no further than
// the characters beside it, which a line break is not.
const selfNamesIn = perParagraph('本我', (_, analysed) =>
  matchesOf(SELF_NAME, compactText(analysed)).map((m) => m[0]),
);

/** `由南宁市武鸣区行政审批局编制`, `由信访局结合有关统计数据编制`: who the preface says compiled it. */
const COMPILED_BY =
  /由([^，,。；;：:（()）“”《》\s]{2,40}?)(?:结合有关统计数据|综合各项数据|汇总|组织|负责)?编[制写]/;
/** Who the preface says compiled the report (`COMPILED_BY`), `''` when it says none. */
const compilerIn = perText(
  { anyOf: '由', otherwise: '' },
  (_, analysed) => COMPILED_BY.exec(compactText(analysed))?.[1] ?? '',
);

/**
 * The kind of body a text of `kind` never speaks as, even once beside its own self-name: a
 * township's text as a department (`我局`).
 */
const ALIEN_SELF: Partial<Record<SelfKind, SelfKind>> = { township: 'bureau', bureau: 'office' };

/** At least this many times the text names itself as another kind of body before it is said. */
const SELF_OTHER_MIN = 2;

/**
 * Since a fix of stop 37 after the measure of 929–958: a report whose agency no name tells (an
 * excerpt without its title, no compiler named) is a township's when its text calls itself a
 * township's (`我镇`) at least `TOWNSHIP_BY_TEXT_MIN` times and more often than anything else
 * (real: 吐列毛杜镇 2023, `我镇` eight times, its preface `报告内容包括2023年我局政府信息公开总体
 * 情况`, copied from the 旗's 政务服务局).
 */
const TOWNSHIP_BY_TEXT_MIN = 3;
function townshipByText(kinds: readonly (SelfKind | undefined)[]): SelfKind | null {
  const township = kinds.filter((k) => k === 'township').length;
  return township >= TOWNSHIP_BY_TEXT_MIN && township > kinds.length - township ? 'township' : null;
}

/**
 * The body the report says it is (the compiler the preface names, or the agency's name) is of
 * one kind, and the text speaks as another throughout (real: 181, `由南宁市武鸣区行政审批局编制`,
 * then `我公司`, `我集团` — a state company's report; a township's text saying `我局`): a report
 * copied from, or written for, another body.
 */
function selfKindMismatch(ctx: CheckContext): Finding | null {
  const { preface, agencyName } = ctx.report.meta;
  const compiler = compilerIn(preface);
  const byCompiler = compiler.trim() !== '' ? kindOfName(compiler) : null;
  const names: { n: string; t: ReportText }[] = [];
  for (const t of textsOf(ctx)) for (const n of selfNamesIn(t)) names.push({ n, t });
  if (names.length === 0) return null;
  const kindOf = (n: string): SelfKind | undefined => SELF_KIND[n.slice(1)];
  const unnamed = compiler.trim() === '' && agencyName.trim() === '';
  const byText = unnamed ? townshipByText(names.map(({ n }) => kindOf(n))) : null;
  const kind = byCompiler ?? byText ?? (agencyName.trim() !== '' ? kindOfName(agencyName) : null);
  if (!kind) return null;
  const said = byCompiler
    ? { how: `序言说本报告由“${compiler}”编制`, field: 'meta.preface' as const }
    : byText
      ? {
          how: `正文多以“${names.find(({ n }) => kindOf(n) === byText)?.n ?? ''}”自称`,
          field: 'meta.agencyName' as const,
        }
      : { how: `机关名称是“${agencyName}”`, field: 'meta.agencyName' as const };
  const own = names.filter(({ n }) => kindOf(n) === kind);
  // A township has no 局 of its own: a township's text that calls itself `我局` even once, beside
  // its own `我镇`, has a sentence copied from a department's report (real: 横山镇 2023, `我局积极
  // 配合调整,并结合我镇…`). A department may name a township it works with (`指导我镇统计站`).
  const others = names.filter(({ n }) => {
    const k = kindOf(n);
    // `我办` is said only in a 局's text, beside `我局` (real: 天水市乡村振兴局 2021, `我办通过…`,
    // the 扶贫办's words): a 街道办 or a government's 办公室 calls itself so.
    if (k === 'office' && ALIEN_SELF[kind] !== k) return false;
    return k !== undefined && k !== kind && (own.length === 0 || ALIEN_SELF[kind] === k);
  });
  const other = kindOf(others[0]?.n ?? '');
  if (!other) return null;
  const count = others.filter(({ n }) => kindOf(n) === other).length;
  // Since a fix of stop 35 after the measure of 749–778: a township's text calling itself `我局` once,
  // with no self-name of its own beside it (real: 呼兰区孟家乡人民政府 2020, `在总结我局2020年政府
  // 信息公开工作的基础上,编制此报告`): a township has no 局, so once is enough there too.
  const alien = kind === 'township' && ALIEN_SELF[kind] === other;
  if (count < ((own.length === 0 && !alien) || other === 'office' ? SELF_OTHER_MIN : 1))
    return null;
  const words = [...new Set(others.filter(({ n }) => kindOf(n) === other).map(({ n }) => n))];
  const fields = [said.field, ...new Set(others.map(({ t }) => t.field))];
  return {
    target: 'meta',
    fields,
    section: 'meta',
    message: `${said.how}（${KIND_WORDS[kind]}），正文却以${words.map((w) => `“${w}”`).join('')}自称（${KIND_WORDS[other]}${own.length > 0 ? `，与“${own[0]?.n ?? ''}”并用` : ''}）：是否照抄了其他单位的报告，或编制机关写错？请核对本报告是哪个单位的`,
  };
}

/**
 * The report the preface says it publishes: `现公布建水县民族宗教事务局2025年度政府信息公开工作年度
 * 报告`, `特编制湛江市人民政府地方志办公室2023年…年度报告` — the name before the year.
 */
const PREFACE_REPORT =
  /(?:编制|公布|发布|现将|现公开|向社会公开)了?《?([^，,。；;：:《》()（）“”"\d]{3,30}?)\d{4}年度?(?:政府信息公开|政务公开|政府信息|政务信息公开)(?:工作)?(?:年度|情况)?报告/;

/** The name before the year of the report the preface says it publishes (`PREFACE_REPORT`), or `''`. */
const prefaceReportName = perText(
  (_, analysed) => PREFACE_REPORT.exec(compactText(analysed))?.[1] ?? '',
);

/** A government's name (`陇西县人民政府`). */
const GOVERNMENT_END = /政府$/;
/** A government's general office (`梅县区人民政府办公室`, `广州市人民政府办公厅`, `县政府办`). */
const GOVERNMENT_OFFICE_END = /政府(?:办公(?:室|厅)|办)$/;

/** A name's core, without the kind a government or township may or may not be written with. */
const core = (name: string): string =>
  compactName(name).replace(/(?:人民政府|政府|办事处|党政办公室|办公室)$/, '');

/**
 * The preface says it publishes another agency's report (real: 面甸镇 2025, `现公布建水县民族宗教
 * 事务局2025年度…年度报告`): a preface copied from another agency's report. The name must be an
 * agency's and of another kind than the report's (a township's report naming a 局), so a
 * department compiling its government's report (`现公布某县人民政府…`) is not said.
 */
function prefaceNamesOther(ctx: CheckContext): Finding | null {
  const { preface, agencyName } = ctx.report.meta;
  const named = prefaceReportName(preface);
  if (named === '' || agencyName.trim() === '' || OWN.test(named) || !AGENCY_NAME.test(named))
    return null;
  const [mine, theirs] = [kindOfName(agencyName), kindOfName(named)];
  // Since a fix of stop 33 after the measure of 584–613: a township's preface publishing a
  // government's report (real: 德兴乡 2022, `现公布陇西县人民政府2022年政务公开工作年度报告。本报告由
  // 陇西县人民政府政务公开办公室编制而成`): the county's preface copied (said before the names
  // are compared: the county's name is in the township's).
  if (mine === 'township' && theirs === null && GOVERNMENT_END.test(named))
    return {
      target: 'meta',
      fields: ['meta.preface', 'meta.agencyName'],
      section: 'meta',
      message: `序言说现公布的是“${named}”的年度报告，本报告的机关却是“${agencyName}”（${KIND_WORDS[mine]}）：是否照抄了上级政府的报告？请核对序言中的报告名称和编制机关`,
    };
  // Since a fix of stop 35 after the measure of 674–718: a government's general office publishing its
  // government's report (real: 梅县区人民政府办公室 2019, `现公布梅县区人民政府2019年政府信息公开工作年度
  // 报告`, its title and `内容涵盖梅县区人民政府办公室…` the office's; 亳州市人民政府办公室 2025, `发布亳州市
  // 人民政府2025年度…年度报告`): the office's report called the government's, whose figures differ.
  // Said before the names are compared: the government's name is in the office's.
  if (
    GOVERNMENT_OFFICE_END.test(compactName(agencyName)) &&
    GOVERNMENT_END.test(named) &&
    namesAgree(core(named), core(agencyName))
  )
    return {
      target: 'meta',
      fields: ['meta.preface', 'meta.agencyName'],
      section: 'meta',
      message: `序言说现公布的是“${named}”的年度报告，本报告的机关却是“${agencyName}”（政府办公室）：是否把本机关的年报说成了政府的年报？请核对序言中的报告名称`,
    };
  if (namesAgree(named, agencyName) || namesAgree(core(named), core(agencyName))) return null;
  if (mine === null || theirs === null || mine === theirs) return null;
  return {
    target: 'meta',
    fields: ['meta.preface', 'meta.agencyName'],
    section: 'meta',
    message: `序言说现公布的是“${named}”的年度报告，本报告的机关却是“${agencyName}”（${KIND_WORDS[mine]}）：是否照抄了其他机关的报告？请核对序言中的机关名称`,
  };
}

/**
 * Since a fix of stop 40 after the measure of 1199–1258: a government's preface naming two reports,
 * its general office's and its own (`编制了山阳县人民政府办公室2021年政府信息公开年度报告。现将山阳县
 * 人民政府2021年政府信息公开工作年度报告予以公开发布`, real: 山阳县人民政府 2021): the report compiled
 * is the office's, the one published the government's, whose figures differ. The office's reports
 * in the corpus name their own report alone (`现公开西安市临潼区人民政府办公室2025年…`).
 */
const PREFACE_REPORT_ALL = new RegExp(PREFACE_REPORT.source, 'g');
function prefaceOfficeAndGovernment(ctx: CheckContext): Finding | null {
  const { preface, agencyName } = ctx.report.meta;
  const text = compactText(preface ?? '');
  if (agencyName.trim() === '' || !text.includes('办')) return null;
  const names = matchesOf(PREFACE_REPORT_ALL, text).map((m) => compactName(m[1] ?? ''));
  const office = names.find((n) => GOVERNMENT_OFFICE_END.test(n));
  const government = names.find(
    (n) =>
      GOVERNMENT_END.test(n) &&
      office !== undefined &&
      core(n) === core(office.replace(/办公(?:室|厅)$|办$/, '')),
  );
  if (office === undefined || government === undefined) return null;
  if (!namesAgree(government, agencyName) && !namesAgree(office, agencyName)) return null;
  return {
    target: 'meta',
    fields: ['meta.preface', 'meta.agencyName'],
    section: 'meta',
    message: `序言既说编制的是“${office}”的年度报告，又说发布的是“${government}”的年度报告：政府办公室和政府是两个机关，数字不同，请核对本报告是哪个机关的`,
  };
}

/**
 * Since a fix of stop 34 after the measure of 644–673: a department's preface saying it compiled the
 * report from its government's work (real: 丰满区民政局 2021, `结合2021年度吉林市丰满区人民政府信息
 * 公开工作实际,编制发布此报告`): the government's preface copied, or the government's name written
 * for the department's own. Only `结合…人民政府信息公开工作实际/情况`, by a department whose name is no
 * government's: a town's (`结合2023年威海市文登区泽库镇政府信息公开工作实际`), a 局's own (`结合自贡市
 * 商务局2022年政府信息公开工作实际`) and a government office's for its government (`结合全县2021年
 * 政府信息公开工作情况`) are right.
 */
const GOVERNMENT_WORK =
  /结合(?:(?:19|20)\d{2}年度?)?([^\d，,。；;、]{2,20}?(?:省|市|区|县|州|旗|盟))人民政府信息公开工作(?:实际|情况)/;
function prefaceWorkOfGovernment(ctx: CheckContext): Finding | null {
  const { preface, agencyName, agencyKind } = ctx.report.meta;
  const m = GOVERNMENT_WORK.exec(compactName(preface ?? ''));
  if (!m) return null;
  // The agency a department by its name, or, its name not known (an excerpt), by the text, which
  // speaks as a 局 throughout (`我局高度重视…`), twice at least and as nothing else.
  const named = agencyName.trim() !== '';
  if (named ? agencyKind !== 'department' || GOVERNMENT_END.test(agencyName) : !speaksAsBureau(ctx))
    return null;
  const who = named ? `“${agencyName}”（部门）` : '部门（正文以“我局”自称）';
  return {
    target: 'meta',
    fields: ['meta.preface', 'meta.agencyName'],
    section: 'meta',
    message: `序言说结合“${m[1] ?? ''}人民政府”的政府信息公开工作实际编制本报告，本报告的机关却是${who}：是否照抄了政府的报告？请核对序言中的机关名称`,
  };
}

/** Whether the report's texts call it `我局` (or `本局`) twice or more, and themselves nothing else. */
function speaksAsBureau(ctx: CheckContext): boolean {
  const names: string[] = [];
  for (const t of textsOf(ctx)) names.push(...selfNamesIn(t));
  return names.length >= SELF_OTHER_MIN && names.every((n) => SELF_KIND[n.slice(1)] === 'bureau');
}

/**
 * Since a fix of stop 35 after the measure of 674–718: a town's report publishing on another town's
 * site (`并在木镇镇信息公开网站公开`, real: 龙湖镇 2023): a sentence copied from another town's report.
 * Only a 镇's or 乡's own site named after 在/通过/依托/利用 (`在铺前镇政府网站`, `通过高陂镇人民政府信息
 * 公开平台`, `在平阳县凤卧镇人民政府信息公开网站`, each the report's own town, stay silent), in a
 * town's report; a county office's report names its towns' accounts (`通过寻召乡人民政府公众号`).
 */
const TOWN_SITE =
  /(?:在|通过|依托|利用)([\u4e00-\u9fff]{2,8}?(?:镇|乡))(?:人民政府|政府)?(?:信息公开|政务公开|政务信息公开|政府信息公开)?(?:门户网站|网站|网|微信公众号|公众号|专栏|平台)/;
const OWN_TOWN = /([\u4e00-\u9fff]{2,8}?(?:镇|乡))(?:人民政府|政府)?$/;
const NOT_A_TOWN = /^(?:本|我|该|各|全|乡镇|城乡|村镇)/;
/**
 * Since a fix of stop 48 after the measure of 1679–1723: a site's column for its towns (`通过政府门户
 * 网站乡镇专栏`, real: 陆丰市湖东镇 2025): what is read as the town holds the site's word and ends with
 * the towns in general (`乡镇`), no one town's name.
 */
const SITE_COLUMN = /网|平台|乡镇$/;
/**
 * Since a fix of stop 67 after the measure of 2756–2800: the own town with its county's name before it,
 * the county's level word left out (`通过蓬溪鸣凤镇人民政府信息公开网`, real: 2758 蓬溪县鸣凤镇 2023): the town
 * after the last level word of the agency's name ends the site's town, and what comes before it opens the
 * agency's name: its own site, the county written short.
 */
const LAST_LEVEL = /[省市县区旗州盟](?=[^省市县区旗州盟]*$)/;
function ownTownCountyShort(town: string, own: string): boolean {
  const level = LAST_LEVEL.exec(own);
  if (level === null) return false;
  const bare = own.slice(level.index + 1);
  if (bare.length < 2 || !town.endsWith(bare)) return false;
  const head = town.slice(0, town.length - bare.length);
  return head !== '' && own.startsWith(head);
}
const otherTownSiteIn = perTextAnd((_, own: string, analysed): string | null => {
  const text = compactText(analysed);
  if (
    !text.includes('网') &&
    !text.includes('号') &&
    !text.includes('专栏') &&
    !text.includes('平台')
  )
    return null;
  const m = TOWN_SITE.exec(text);
  const town = m?.[1] ?? '';
  if (
    town === '' ||
    NOT_A_TOWN.test(town) ||
    SITE_COLUMN.test(town) ||
    town.endsWith(own) ||
    own.endsWith(town) ||
    ownTownCountyShort(town, own)
  )
    return null;
  return m?.[0] ?? null;
});

/**
 * Since a fix of stop 39 after the measure of 1139–1168: a township's text publishing another
 * township's report (`现向社会公布潞城镇2020年度政府信息公开工作年度报告`, real: 北京市通州区张家湾镇
 * 2021, the preface's sentence under 一、总体情况): `prefaceNamesOther` compares the kinds only, and a
 * 镇 naming another 镇 is of its own kind. The named report's town (`<name>镇/乡`, its county's name
 * before it or not, its government's word after it or not) must be absent from the agency's name
 * (`现公布会同县高椅乡人民政府2025年…` in 高椅乡's report, real: 935, is its own).
 */
const NAMED_TOWN =
  /(?:^|[省市县区旗州盟])((?:(?![省市县区旗州盟镇乡])[\u4e00-\u9fff]){2,5}[镇乡])(?:人民政府|政府)?$/;
const otherTownReportIn = perTextAnd((_, agency: string, analysed): string | null => {
  if (!analysed.text.includes('报告')) return null;
  const named = prefaceReportName(analysed);
  const town = NAMED_TOWN.exec(named)?.[1];
  if (town === undefined || NOT_A_TOWN.test(town) || agency.includes(town)) return null;
  return town;
});

/**
 * Since a fix of stop 38 after the measure of 1049–1078: a township's report speaking as another kind
 * of township, its name's last word a 乡, a 镇 or a 街道 (real: 呼兰区杨林乡 2021, its preface `在总结
 * 我镇2021年政府信息公开工作的基础上,编制此报告`, its text elsewhere `我乡`; 洛阳市洛龙区翠云路街道办事处
 * 2019, `及时完善乡政府信息公开工作领导小组`, a 乡's words in a 街道's report): a sentence copied from
 * another township's report. Its self-name (`我镇`, `本乡`, `我街道`), or a 乡's or 镇's government's
 * 政府信息公开 or 政务公开 work. Not `我乡镇`, `本乡镇` (any township's word), `我乡村振兴` (a 局's), nor
 * `城乡政府信息公开`, `乡镇政府信息公开`, `村镇…` (words of their own). A 苏木's report is not read:
 * it may call itself by a 镇's or 乡's word.
 */
const OWN_TOWNSHIP_WORD = /(街道|乡|镇)(?:人民政府|政府|办事处)?$/;
const TOWNSHIP_SELF =
  /(?<![基根样成资文版日剧脚账课标副原书范蓝手读])本(街道|镇|乡)(?![镇村土])|(?<!自)我(街道|镇|乡)(?![镇村理事结公法件])|(?<![城乡村])(乡|镇)(?:人民)?政府(?:信息公开|政务公开)工作/g;
const otherTownshipWordIn = perTextAnd((_, own: string, analysed): string | null => {
  const text = compactText(analysed);
  for (const m of text.matchAll(TOWNSHIP_SELF)) {
    const word = m[1] ?? m[2] ?? m[3] ?? '';
    if (word !== own) return m[0];
  }
  return null;
});

/**
 * Since a fix of stop 53 after the measure of 2081–2125: a body of one kind of development zone
 * speaking of another kind as its own (`主动融入经开区发展大局` in 枣庄高新区消防救援大队 2025, whose
 * preface and text say 高新区 and 区党工委、管委会): a sentence copied from another zone's report. The
 * zone's kind is read from the agency's name (a 高新区, or an 经开区/经济(技术)开发区); the other kind
 * only as what the body joins or serves (`融入`, `服务`, `助力`…) or calls its own (`本`, `我`, `全`),
 * with no place before it (`服务枣庄经开区企业` names another zone by its place, which may be right).
 */
const ZONE_KINDS: readonly { readonly kind: string; readonly name: RegExp }[] = [
  { kind: '高新区', name: /高新区|高新技术产业开发区|高新技术开发区/ },
  { kind: '经开区', name: /经开区|经济技术开发区|经济开发区/ },
];
const ZONE_AS_OWN =
  /(?:融入|服务|助力|服务于|推动|保障|护航|本|我|全)(高新区|高新技术产业开发区|经开区|经济技术开发区|经济开发区)/g;
const zonesAsOwnIn = perText(
  { anyOf: '区', otherwise: [] },
  (_, analysed): readonly { readonly said: string; readonly zone: string }[] => {
    const text = compactText(analysed);
    if (!text.includes('开区') && !text.includes('高新区') && !text.includes('开发区')) return [];
    return [...text.matchAll(ZONE_AS_OWN)].map((m) => ({ said: m[0], zone: m[1] ?? '' }));
  },
);
/** The kind of development zone an agency's name says it belongs to, or null (none, or both). */
function ownZoneKind(agency: string): string | null {
  const kinds = ZONE_KINDS.filter((k) => k.name.test(agency));
  return kinds.length === 1 ? (kinds[0]?.kind ?? null) : null;
}
function otherZoneAsOwnIn(text: ReportText, own: string): string | null {
  const other = ZONE_KINDS.find((k) => k.kind !== own);
  if (other === undefined) return null;
  return zonesAsOwnIn(text).find((z) => other.name.test(z.zone))?.said ?? null;
}

/**
 * Since a fix of stop 37 after the measure of 959–988: a people's government's report that gives the
 * year's figures as its general office's (`我办受理依申请公开179件`, real: 福州市晋安区 2023, whose text
 * otherwise speaks as the district, `我区共主动公开政府信息906条`; 林州市人民政府 2023, `2023年度我办受理
 * 政府信息公开申请96件`): the office's words copied from its own report, whose figures are its own, not
 * the government's. Only `我办` as the subject of the work with a count (`受理`, `收到`, `公开`…): the
 * office named as the report's compiler (`结合我办政府信息公开工作有关统计数据撰写`, real: 卓尼县人民政府
 * 2020) tells who wrote it, which an office does for its government.
 */
const OFFICE_COUNTS =
  /我办(?:(?!指导|督促|推动|要求|协调|帮助)[^，。；,;：:]){0,12}?(?:受理|收到|办理|答复|公开|发布)[^，。；,;]{0,12}?\d+余?(?:条|件|个|篇|份)/;
/** A people's government's name, or a region's bare one (`福州市晋安区`), not an office's or a zone's. */
const GOVERNMENT_OR_REGION = /(?:人民政府|政府|[市县区旗州盟])$/;
const NOT_A_GOVERNMENT =
  /办公室|办公厅|办事处|办$|街道|管委会|委员会|(?:开发|园|试验|示范|合作|保税)区$/;
const officeCountsIn = perText(
  { anyOf: '我', otherwise: null },
  (_, analysed) => OFFICE_COUNTS.exec(compactText(analysed))?.[0] ?? null,
);

function governmentSpeaksAsOffice(ctx: CheckContext): Finding[] {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = compactName(agencyName);
  if (
    agencyKind !== 'government' ||
    !GOVERNMENT_OR_REGION.test(name) ||
    NOT_A_GOVERNMENT.test(name)
  )
    return [];
  return textFindings(
    ctx,
    (text) => officeCountsIn(text),
    (said) =>
      `人民政府的报告写“${said}”：“我办”是政府办公室，不是本报告的机关“${agencyName}”，这一数字是办公室本机关的还是政府的？是否照抄了办公室的报告？请核对`,
  );
}

/**
 * Since a fix of stop 50 after the measure of 1814–1858: a township's report giving the disclosure work
 * as a bare office's (`加强对办公室信息公开工作的组织领导`, `提升办公室信息公开工作水平`, real: 通城县马港镇
 * 2024): a government's office's words copied, its own work the office's. A bare 办公室 right after a
 * verb or 对, as the work's owner; not a named office (`县政府办公室信息公开工作`, a government's office's
 * own report, or the county's it follows).
 */
const OFFICE_AS_OWNER =
  /(?:加强对|对|提升|提高|推进|推动|做好|加强|规范|强化)办公室(?:政府)?(?:信息公开|政务公开)工作/;
const officeAsOwnerIn = perText(
  { anyOf: '室', otherwise: null },
  (_, analysed) => OFFICE_AS_OWNER.exec(compactText(analysed))?.[0] ?? null,
);
/**
 * Since a fix of stop 50 after the measure of 1814–1858: bodies a 街道 does not have, named as its
 * own (`成立了由街道人大常委会主任任组长的…领导小组`, `河洲街道人民政府信息公开平台`, real: 丰城市河洲街道
 * 办事处 2020): a 街道办事处 is its district's agency, not a people's government, and the people's
 * congress has a 街道人大工委 there, no standing committee. Not `街道政府网站` (the usual short word for
 * the office's site, real: 044, 163, 654), only the formal names.
 */
const STREET_BODY_WRONG = /街道人大常(?:务)?委(?:员)?会|街道人民政府/g;
/** The place before a 街道's name, as the warning quotes it (`河洲街道人民政府`). */
const STREET_PLACE_BEFORE = /[\u4e00-\u9fff]{1,2}$/;
const streetBodyWrongIn = perText(
  { anyOf: '街', otherwise: null },
  (_, analysed): readonly string[] | null => {
    const text = compactText(analysed);
    if (!text.includes('街道人')) return null;
    const said = matchesOf(STREET_BODY_WRONG, text).map((m) =>
      m[0].endsWith('人民政府')
        ? `${STREET_PLACE_BEFORE.exec(text.slice(Math.max(0, m.index - 2), m.index))?.[0] ?? ''}${m[0]}`
        : m[0],
    );
    return said.length === 0 ? null : [...new Set(said)];
  },
);
/** What is wrong with each body a 街道 does not have, in the warning's words. */
function streetBodyMessage(said: string): string {
  return said.endsWith('人民政府')
    ? `“${said}”：街道设的是办事处（区、县人民政府的派出机关），不是人民政府`
    : `“${said}”：街道不设人大常委会（设人大工作委员会）`;
}
function streetBodyWrong(ctx: CheckContext): Finding[] {
  return textFindings(
    ctx,
    (text) => streetBodyWrongIn(text),
    (said) => `文中写${said.map(streetBodyMessage).join('；')}。请核对机构名称`,
  );
}

/**
 * Since a fix of stop 56 after the measure of 2261–2305: a 镇's or 乡's text naming the body whose
 * organs and daily work it tells as a 办事处, with no 街道 or 镇 before it (`镇机关下设六大部门,其中党政办公室
 * 承担办事处日常工作`, real: 汀泗桥镇 2021): a 街道办事处's sentence copied, a 镇 has a people's
 * government. The township known by its name, or, none read (an excerpt), by the text speaking as one
 * (`我镇`, `本乡`) and never as a 街道. The corpus's streets say it of their own (`办事处机关职能`, real:
 * 东四街道 2023; `办事处内设机构`, real: 铁东区新兴街道 2025); `镇办事处` is not read (real: 周湾镇 2021).
 */
const BARE_STREET_OFFICE =
  /(?<![街道乡镇])办事处(?:的)?(?:日常|机关|内设|各项)[\u4e00-\u9fff]{0,4}/;
const TOWN_NAME_END = /[镇乡](?:人民政府|政府)?$/;
const bareStreetOfficeIn = perText(
  { anyOf: '处', otherwise: null },
  (_, analysed) => BARE_STREET_OFFICE.exec(compactText(analysed))?.[0] ?? null,
);
/** The township word (镇, 乡) a report's body is, by its name or its text's self-naming, or null. */
function townOrVillageOf(ctx: CheckContext, name: string): string | null {
  if (name !== '') {
    const own = OWN_TOWNSHIP_WORD.exec(name)?.[1];
    return own === '镇' || own === '乡' ? own : null;
  }
  const words = new Set<string>();
  for (const t of textsOf(ctx))
    for (const m of compactText(t).matchAll(TOWNSHIP_SELF)) words.add(m[1] ?? m[2] ?? m[3] ?? '');
  const [only] = [...words];
  return words.size === 1 && (only === '镇' || only === '乡') ? only : null;
}
function townshipSaysStreetOffice(ctx: CheckContext): Finding[] {
  // Read only for a 镇's or 乡's report or one whose body is unknown: the others cost a name test.
  const name = compactName(ctx.report.meta.agencyName).replace(OFFICE_SUFFIX, '');
  if (name !== '' && !TOWN_NAME_END.test(name)) return [];
  if (!textsOf(ctx).some((t) => bareStreetOfficeIn(t) !== null)) return [];
  const own = townOrVillageOf(ctx, name);
  if (own === null) return [];
  return textFindings(
    ctx,
    (text) => bareStreetOfficeIn(text),
    (said) =>
      `本报告是${own}的报告，文中却写“${said}”：${own}设的是人民政府，“办事处”是街道的机关，是否照抄了街道办事处的报告？请改为本机关的名称`,
  ).slice(0, 1);
}

function townshipSpeaksAsOffice(ctx: CheckContext): Finding[] {
  if (ctx.report.meta.agencyKind !== 'township') return [];
  const agency = compactName(ctx.report.meta.agencyName);
  if (agency.endsWith('办公室')) return [];
  return textFindings(
    ctx,
    (text) => officeAsOwnerIn(text),
    (said) =>
      `乡镇（街道）的报告写“${said}”：本机关不是“办公室”，这是政府办公室报告的用语，是否照抄了办公室的报告？请改为本机关的工作`,
  );
}

/**
 * Since a fix of stop 39 after the measure of 1109–1138: a department's report calling itself a
 * government (`主动公开本政府产生的政务信息`, real: 西平县 2021, a 局's report, `督促局属各单位`): the
 * words of a government's report copied. Only a department by its name (no 政府 in it), or, its name
 * not known (an excerpt), by the text (`我局`, `本局`, `局属`). A township's `本政府` (real: 芦庙乡 2021)
 * is its own, and `本政府信息公开工作` is `本` before 政府信息.
 * Since a fix of stop 51 after the measure of 1904–1948: nor `本政府部门` (`本年度,本政府部门秉持公开透明
 * 原则`, real: 紫金县自然资源局 2024), "this government department", a department's own words.
 */
const OWN_GOVERNMENT = /本政府(?!信息|(?:工作)?部门|机构|机关)/;
const BUREAU_WORDS = /我局|本局|局属/;
// Paragraph by paragraph (issue 17): the words and what follows them are within a line.
const ownGovernmentIn = firstInParagraphs(
  '本',
  (_, analysed) => OWN_GOVERNMENT.exec(compactText(analysed))?.[0] ?? null,
);

function departmentSaysGovernment(ctx: CheckContext): Finding[] {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = compactName(agencyName);
  const bureau =
    name === ''
      ? textsOf(ctx).some((t) => BUREAU_WORDS.test(t.text))
      : agencyKind === 'department' && !name.includes('政府');
  if (!bureau) return [];
  const who = name === '' ? '部门（正文写“局属”“我局”）' : `“${name}”（部门）`;
  return textFindings(
    ctx,
    (text) => ownGovernmentIn(text),
    (said) =>
      `本报告的机关是${who}，文中却写“${said}”：部门不是政府，是否照抄了政府的报告？请核对这一句的机关名称`,
  ).slice(0, 1);
}

/**
 * Since a fix of stop 51 after the measure of 1904–1948: a city's department following the
 * arrangements of a bare district's or county's government (`按照区政府统一部署,结合我局实际情况`, real:
 * 武威市住房和城乡建设局 2022): a city's body answers to the city's government, so the sentence is copied
 * from a district's body's report. Only a department whose name's last place word is a city's (市, 州,
 * 盟), the lower government bare (`按照区政府`, not `按照开发区政府` nor a named one).
 */
const LOWER_GOVERNMENT_FOLLOWED =
  /(?:按照|根据|遵照|在)([县区旗])(?:委、?[县区旗]?)?(?:人民政府|政府)(?:的)?(?:统一)?(?:部署|要求|安排|领导)/;
const LAST_PLACE_WORD = /(?:自治区|省|市(?!场|政)|州|盟|县|旗|(?<![社园景校发矿库新])区(?!域|划))/g;
const lowerGovernmentFollowedIn = perText({ anyOf: '县区旗', otherwise: null }, (_, analysed) =>
  LOWER_GOVERNMENT_FOLLOWED.exec(compactText(analysed)),
);
/**
 * Since a fix of stop 52 after the measure of 1994–2038: the 市 of 城市 in a department's own name
 * (`重庆市綦江区城市管理局`, real: 綦江区 2020, a district's department) is its work, not its place:
 * read without it, its last place word is the district's (a city's `晋城市城市管理局` keeps its 市).
 */
const CITY_AS_WORK =
  /城市(?=管理|建设|规划|更新|综合|运行|执法|园林|绿化|排水|供水|照明|服务|发展)/g;
/**
 * The last place word of a department's name, its 城市 read as work ('' when none). Kept by the
 * name (issue 17): two readings of each evaluation ask it of the same name.
 */
const lastPlaceWordOf: (name: string) => string = memoByText((name) => {
  const words = [...name.replace(CITY_AS_WORK, '城').matchAll(LAST_PLACE_WORD)].map((m) => m[0]);
  return words[words.length - 1] ?? '';
});
const isCityDepartment = (ctx: CheckContext): boolean => {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = compactName(agencyName);
  if (agencyKind !== 'department' || name === '' || name.includes('政府')) return false;
  const last = lastPlaceWordOf(name);
  return last === '市' || last === '州' || last === '盟';
};
function cityDepartmentFollowsLower(ctx: CheckContext): Finding[] {
  if (!isCityDepartment(ctx)) return [];
  return textFindings(
    ctx,
    (text) => (text.section === 'meta' ? null : lowerGovernmentFollowedIn(text)),
    (m) =>
      `本报告的机关“${compactName(ctx.report.meta.agencyName)}”是市级部门，文中却写“${m[0]}”：市级部门按市政府的部署开展工作，“${m[1] ?? ''}政府”是${m[1] ?? ''}级部门报告的用语，是否照抄了其他报告？请核对这一句的机关名称`,
  ).slice(0, 1);
}

/**
 * Since a fix of stop 54 after the measure of 2171–2215: a county's department telling the city's or
 * province's departments publishing as the work it reports (`利用县部门网站,新建立“法定主动公开”专栏,…
 * 目前,市级相关部门积极利用专栏,不定期发布法定主动公开信息`, real: 乐至县林业局 2020): the higher level's
 * departments the subject of the publishing, the city's text copied. Only those departments publishing
 * by a channel (`利用`, `通过`, `在`), not information sent to them (`及时报送各个市级部门所需的相关政府信息`,
 * real: 抚远市海青镇 2025), nor a city's rules for them cited (`《省级部门预决算公开工作规程》`).
 */
const HIGHER_DEPARTMENTS_PUBLISH =
  /(市级|省级|市直|省直)(?:相关|各)?部门(?:积极|均|已|都|也|主动)?(?:利用|通过|在)[^。；;]{0,20}?(?:发布|公开)/;
const higherDepartmentsPublishIn = perText({ anyOf: '级直', otherwise: null }, (_, analysed) =>
  HIGHER_DEPARTMENTS_PUBLISH.exec(compactText(analysed)),
);
/** The report's department when its name's last place word is a county's (县, 区, 旗). */
const countyDepartmentOf = (ctx: CheckContext): string | null => {
  const name = compactName(ownDepartmentName(ctx) ?? '');
  if (name === '' || name.includes('政府')) return null;
  const last = lastPlaceWordOf(name);
  return last === '县' || last === '区' || last === '旗' ? name : null;
};
function countyDepartmentTellsHigher(ctx: CheckContext): Finding[] {
  const department = countyDepartmentOf(ctx);
  if (department === null) return [];
  return textFindings(
    ctx,
    (text) => (text.section === 'meta' ? null : higherDepartmentsPublishIn(text)),
    (m) =>
      `本报告的机关“${department}”是县级部门，文中却写“${m[0]}”：说的是${m[1] ?? ''}部门的公开工作，不是本机关的，是否照抄了上级的报告？请改为本机关的工作`,
  ).slice(0, 1);
}

/**
 * Since a fix of stop 39 after the measure of 1109–1138: a township's preface giving its superior
 * government's office as the contact for the report (`如对本报告有疑问,请与宝山区人民政府办公室政务公开
 * 科联系`, real: 上海市宝山区大场镇人民政府 2025): the district's preface copied, its office answering
 * for another agency's report. Only an office of a 区's, 县's or 市's government, no township's
 * name in the contact.
 */
/*
 * Since a fix of stop 68 after the measure of 2801–2845: or its 政务公开办公室 (`请与长春市二道区政府政务公开
 * 办公室联系`, real: 长春市二道区八里堡街道 2023, the district's preface of 1075 copied).
 */
const SUPERIOR_OFFICE_CONTACT =
  /请(?:与|联系)((?:(?![镇乡]|街道|苏木)[^。；;，,“”]){0,12}?[区县市旗](?:人民)?政府(?:政务公开)?(?:办公室|办公厅|办)(?:(?![镇乡]|街道|苏木)[^。；;，,(（]){0,10}?)(?:联系|[(（])/;
function townshipGivesSuperiorContact(ctx: CheckContext): Finding | null {
  const { agencyKind, agencyName, preface } = ctx.report.meta;
  if (agencyKind !== 'township' || agencyName.trim() === '') return null;
  const m = SUPERIOR_OFFICE_CONTACT.exec(compactText(preface ?? ''));
  if (!m) return null;
  return {
    target: 'meta',
    fields: ['meta.preface', 'meta.agencyName'],
    section: 'meta',
    message: `序言请读者与“${m[1] ?? ''}”联系，本报告的机关却是“${agencyName}”：是否照抄了上级政府的报告？请写本机关的联系方式`,
  };
}

/**
 * Since a fix of stop 40 after the measure of 1259–1273: a department's report naming another
 * department's line of work as the one the public is to be satisfied with (`增强了自然资源各项工作的
 * 透明度…不断提高群众对人社工作的满意度`, real: 五华县自然资源局 2020, from a 人社局's report): a
 * sentence copied from that department's report. Only `对X工作的满意度` (or 认可度, 知晓度, 获得感)
 * with X a line of work whose words the agency's name does not hold; a government's `对政府工作的
 * 知晓度` (real: 徐泾镇 2024) names no line.
 */
const OTHER_LINE_SATISFACTION = new RegExp(
  `对(${[...LINE_NAME.keys()]
    .sort((a, b) => b.length - a.length)
    .join('|')})工作的(?:满意度|认可度|知晓度|获得感)`,
);
// Its first paragraph that has one (issue 17): the expression matches words of a line only.
const lineSatisfactionIn = firstInParagraphs((_, analysed) => {
  const text = compactText(analysed);
  return text.includes('工作的') ? OTHER_LINE_SATISFACTION.exec(text) : null;
});

function departmentNamesOtherLine(ctx: CheckContext): Finding[] {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = compactName(agencyName);
  if (agencyKind !== 'department' || name === '' || name.includes('政府')) return [];
  for (const text of textsOf(ctx)) {
    if (text.section === 'meta') continue;
    const m = lineSatisfactionIn(text);
    const own = LINE_NAME.get(m?.[1] ?? '');
    if (!m || !own || own.test(name)) continue;
    return [
      {
        target: text.section,
        fields: [text.field, 'meta.agencyName'],
        section: text.section,
        message: `“${name}”的年度报告写“${m[0]}”：“${m[1] ?? ''}工作”不是本机关的工作，是否照抄了其他部门的报告？请改为本机关的工作`,
      },
    ];
  }
  return [];
}

/**
 * Since a fix of stop 58 after the measure of 2351–2395: a department's text naming another line's
 * bureau as the organ whose disclosure it steps up (`持续加大教育局机关信息公开力度`, real: 西乌珠穆沁旗
 * 人力资源和社会保障局 2022, copied from an 教育局's report): `X局机关` is the bureau's own organ, and the
 * corpus's others say it of their own (`通过市审计局机关网站`, 江汉区审计局 2025; `石家庄市气象局机关`).
 * The department by its name, or, none read, by the bureau its own channel is named for
 * (`通过“西乌珠穆沁旗人力资源和社会保障局”微信公众号公开信息379条`), of a line in the table.
 */
const LINES_ORGAN = new RegExp(
  `(${[...LINE_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})局机关`,
);
const linesOrganIn = perText({ anyOf: '局', otherwise: null }, (text, analysed) =>
  text.includes('局机关') ? LINES_ORGAN.exec(compactText(analysed)) : null,
);
/** A bureau a channel is named for (`“…人力资源和社会保障局”微信公众号`, `…局官方微信公众号`). */
const CHANNEL_OWNER =
  /“?([\u4e00-\u9fff]{2,24}?局)”?(?:官方)?(?:微信公众号|公众号|门户网站|官方网站|网站)/;
const channelOwnerIn = perText({ anyOf: '号站', otherwise: null }, (_, analysed) =>
  CHANNEL_OWNER.exec(compactText(analysed)),
);
function departmentOfText(ctx: CheckContext): string | null {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = compactName(agencyName);
  if (name !== '') return agencyKind === 'department' && !name.includes('政府') ? name : null;
  for (const text of textsOf(ctx)) {
    const owner = channelOwnerIn(text)?.[1];
    if (owner !== undefined) return owner;
  }
  return null;
}
function departmentSpeaksAsOtherLinesOrgan(ctx: CheckContext): Finding[] {
  for (const text of textsOf(ctx)) {
    const m = linesOrganIn(text);
    if (!m) continue;
    const name = departmentOfText(ctx);
    const own = LINE_NAME.get(m[1] ?? '');
    const named = [...LINE_NAME.values()].some((re) => name !== null && re.test(name));
    if (name === null || !own || !named || own.test(name)) return [];
    return [
      {
        target: text.section,
        fields: [text.field, 'meta.agencyName'],
        section: text.section,
        message: `“${name}”的年度报告写“${m[0]}”：“${m[1] ?? ''}局机关”是${m[1] ?? ''}部门的机关，不是本机关，是否照抄了其他部门的报告？请改为本机关`,
      },
    ];
  }
  return [];
}

/**
 * Since a fix of stop 53 after the measure of 2126–2170: a committee's report calling itself a 局
 * (`获取我局相关政府信息`, real: 正蓝旗卫生健康委员会 2022): a 委 speaks as `我委` (`本委`), so `我局`
 * is a sentence copied from a bureau's report. Once is enough: in the corpus no other committee's
 * text says it. Not a zone's committee (`管委会`, `管理委员会`), whose bureaus are its own, nor a
 * residents' or villagers' committee.
 */
const DEPARTMENT_COMMITTEE = /(?<!管理|管|居民|村民)委(?:员会)?$/;
const BUREAU_SELF_WORDS = new Set(['我局', '本局']);
const bureauSelfIn = (text: ReportText): string | null =>
  selfNamesIn(text).find((n) => BUREAU_SELF_WORDS.has(n)) ?? null;
function committeeSpeaksAsBureau(ctx: CheckContext): Finding[] {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = compactName(agencyName);
  if (agencyKind !== 'department' || !DEPARTMENT_COMMITTEE.test(name)) return [];
  return textFindings(
    ctx,
    bureauSelfIn,
    (said) =>
      `本机关“${name}”是委员会，文中却以“${said}”自称：是否照抄了其他部门（局）的报告？请改为“我委”并核对这一句`,
  ).slice(0, 1);
}

/**
 * Since a fix of stop 62 after the measure of 2531–2575: a bureau's text naming its own leaders as a
 * committee's (`联系方式以及委领导姓名、职务`, real: 石台县林业局 2019): a 局 names 局领导, so the sentence
 * is copied from a 委's report. Only 委领导 standing alone (after a mark or a joining word), not a
 * named committee's (`党委领导`, `党工委领导`, `市卫健委领导`).
 */
// Read only for a bureau's report (the caller asks `bureauOf` first), 委领导 looked for before the expression.
const COMMITTEE_LEADERS = /(?:^|[^\u4e00-\u9fff]|以及|[及和与、的])委领导/;
const committeeLeadersIn = perText({ anyOf: '委', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  if (!text.includes('委领导')) return null;
  const m = COMMITTEE_LEADERS.exec(text);
  if (m === null) return null;
  const at = m.index + m[0].length - 3;
  return text.slice(at, at + 11);
});
function bureauNamesCommitteeLeaders(ctx: CheckContext): Finding[] {
  const who = bureauOf(ctx);
  if (who === null || !/局(?:”|$)/.test(who.replace(/（.*$/, ''))) return [];
  return textFindings(
    ctx,
    (text) => (text.section === 'meta' ? null : committeeLeadersIn(text)),
    (said) =>
      `本报告的机关是${who}，文中却写“${said}…”：“委领导”是委员会的说法，本机关的领导应称“局领导”，是否照抄了其他部门（委）的报告？请核对这一句`,
  ).slice(0, 1);
}

/**
 * Since a fix of stop 62 after the measure of 2531–2575: a district's or county's bureau naming the
 * districts' and counties' bureaus of its own line as those it works with (`定期与区县公安(分)局、区级部门
 * 开展…交流`, real: 重庆市开州区公安局 2021): 区县 of a line is how the city's bureau speaks of those below
 * it, and this bureau is one of them, so the sentence is copied from the city's report. Only 区县 right
 * before the bureau's own field and its 局 (`区县公安分局`, `区县公安(分)局`).
 */
// The shape has no rare character for an anchor (区, 县, 局 are in most texts): the caller reads it only
// for a district's or county's bureau, and 区县 is looked for before the expression runs.
const DISTRICTS_BUREAUS = /区县([\u4e00-\u9fff]{2,6}?)(?:[(（]分[)）]|分)?局/g;
const districtsBureausIn = perText(
  { anyOf: '县', otherwise: [] },
  (_, analysed): readonly { field: string; said: string }[] => {
    const text = compactText(analysed);
    if (!text.includes('区县')) return [];
    return matchesOf(DISTRICTS_BUREAUS, text).map((m) => ({ field: m[1] ?? '', said: m[0] }));
  },
);
function countyBureauNamesPeers(ctx: CheckContext): Finding[] {
  const agency = compactName(ctx.report.meta.agencyName);
  const own = fieldOf(agency);
  if (own === null || own.kind !== '局' || !/[区县]$/.test(own.place)) return [];
  return textFindings(
    ctx,
    (text) => districtsBureausIn(text).find((m) => m.field === own.field)?.said ?? null,
    (said) =>
      `本机关“${agency}”是区（县）的${own.field}局，文中却写“${said}”：各区县的${own.field}局是本机关的同级，这是市级机关的说法，是否照抄了市${own.field}局的报告？请核对这一句`,
  ).slice(0, 1);
}

/**
 * Since a fix of stop 41 after the measure of 1274–1288: one sentence naming a 区's leaders and a
 * 县's as the agency's (`在区委、区政府的正确领导及县政府信息公开领导小组的指导下`, real: 临河区曙光乡
 * 2022): a body is under a 区 or a 县, not both, so one of them is copied from another report. Both
 * bare (`区委`, `县政府`, not a named `XX县政府`), in a sentence of 领导 or 指导.
 */
const DISTRICT_LEADER = /(?:^|[^\u4e00-\u9fff]|[在和与及、])区(?:委|人民政府|政府)(?!办)/;
const COUNTY_LEADER =
  /(?:^|[^\u4e00-\u9fff]|[在和与及、])(县(?:委|人民政府|政府)(?!办)[^，,。；;]{0,12}?(?:领导|指导))/;
const districtAndCountyIn = perText(
  { anyOf: '县', otherwise: null },
  (_, analysed): string | null => {
    const text = compactText(analysed);
    if (!/县(?:委|人民政府|政府)/.test(text) || !/区(?:委|人民政府|政府)/.test(text)) return null;
    for (const sentence of text.split(/[。；;！!？?\n]/)) {
      if (!sentence.includes('导')) continue;
      const county = COUNTY_LEADER.exec(sentence);
      if (county && DISTRICT_LEADER.test(sentence)) return sentence.slice(0, 60);
    }
    return null;
  },
);

/**
 * The text says the year's requests were made to another agency than the report's (a 街道's
 * report that says it received requests `向市政府及市政府办公室提出的`): a paragraph copied from
 * another agency's report. Or it speaks as another kind of body than the one the preface or the
 * agency's name says (`selfKindMismatch`).
 */
/**
 * Since a fix of stop 41 after the measure of 1289–1318: a 局's text that calls itself `我厅` or
 * `本厅` (`2019年,我厅认真贯彻落实…通过浙江政务服务网、浙江农业农村信息网…等平台`, real: 台州市农业农村局
 * 2019, copied from 浙江省农业农村厅's report): a 厅 is a province's department, which a 局 is not
 * (`selfKindMismatch` reads both as a department). The corpus's other texts saying `我厅` are the
 * provinces' 厅s' own.
 */
const PROVINCE_SELF = /(?<!自)我厅|(?<![基根样成资文版日剧脚账课标副原书范蓝手读])本厅/;
const provinceSelfIn = perText({ anyOf: '厅', otherwise: null }, (text): string | null => {
  if (!text.includes('厅')) return null;
  return PROVINCE_SELF.exec(compactText(text))?.[0] ?? null;
});

/**
 * Since a fix of stop 41 after the measure of 1289–1318: the guide the text says was revised or
 * published named as another agency's (`组织对《浙江省农业农村厅政府信息公开指南》进行了修改完善`, real:
 * 台州市农业农村局 2019): a body keeps its own 政府信息公开指南. Not the report's own name in short
 * (`《州乡村振兴局政府信息公开指南》`, real: 临夏州乡村振兴局 2023; `namesAgree`).
 */
const GUIDE_TITLE =
  /《([^《》]{2,30}?(?:厅|局|委员会|委|人民政府|政府|办公室|管委会))政府信息公开指南[^《》]{0,6}》/g;
const otherGuideIn = perTextAnd((text, agency: string): string | null => {
  if (!text.includes('政府信息公开指南')) return null;
  for (const m of matchesOf(GUIDE_TITLE, compactText(text)))
    if (!namesAgree(m[1] ?? '', agency)) return `${m[1] ?? ''}政府信息公开指南`;
  return null;
});

/**
 * Since a fix of stop 45 after the measure of 1514–1543: the body the preface names as the one that
 * provides the report or answers for it (`福州市晋安区审计局提供本报告的电子版下载`, `可致电福州市晋安区
 * 审计局,电话:…`, real: 晋安区审计局 2019; `请与珠山区文广新旅局办公室联系`, real: 珠山区文广新旅局
 * 2022): the reporting body's own, for a report whose title was not read.
 */
const PREFACE_BODY =
  /(?:^|[。；;，,：:\n])([\u4e00-\u9fff]{2,24}?)提供本报告|(?:请与|请联系|致电)([\u4e00-\u9fff]{2,24}?)(?:联系|[（(,，:：])/m;
const prefaceBodyIn = perText({ anyOf: '提请致', otherwise: '' }, (_, analysed): string => {
  const m = PREFACE_BODY.exec(compactText(analysed));
  return m?.[1] ?? m?.[2] ?? '';
});

/**
 * The reporting body as a department (a 局, 厅 or 委) and how it is known: by the agency's name, or,
 * none read, by the compiler or the body the preface names (`prefaceBodyIn`) when the text names it
 * again beyond the preface (`晋安区审计局主动公开政府信息的数量`, `区文广新旅局…主动公开政府信息258条`): a
 * government's preface may give the office that runs its disclosure as the contact (`请与钦州市行政审批局
 * 联系`, real: 钦州市 2024, a name its text says nowhere else). `null` when the body is of another
 * kind or unknown.
 */
function bureauOf(ctx: CheckContext): string | null {
  const { agencyName, preface } = ctx.report.meta;
  if (agencyName.trim() !== '')
    return kindOfName(agencyName) === 'bureau' && !agencyName.includes('政府')
      ? `“${compactName(agencyName)}”（部门）`
      : null;
  const compiler = compilerIn(preface);
  if (compiler !== '')
    return kindOfName(compiler) === 'bureau' ? `“${compiler}”（部门，序言说由其编制）` : null;
  const body = prefaceBodyIn(preface).replace(OFFICE_SUFFIX, '');
  if (body === '' || kindOfName(body) !== 'bureau') return null;
  const place = PLACE_END.exec(body);
  const own = place ? body.slice(place.index + place[0].length) : body;
  const again = textsOf(ctx).some((t) => t.section !== 'meta' && compactText(t).includes(own));
  return own.length >= 3 && again ? `“${body}”（部门，序言所列的联系机关）` : null;
}

/**
 * Since a fix of stop 45 after the measure of 1514–1543: a department's preface publishing the report
 * of a township by the township's self-name (`特向社会公布2019年本镇政府信息公开工作年度报告`, real:
 * 晋安区审计局 2019, `我局未收到…` in its text): a township's preface copied. The corpus's other prefaces
 * saying it (`现将我镇2023年政府信息公开…`, `编制2023年度本乡政府信息公开…`) are townships' own.
 */
const SELF_TOWNSHIP_REPORT =
  /(?:公布|发布|现将|编制)了?《?(?:(?:19|20)\d{2}年度?)?([本我](?:镇|乡|街道|苏木))(?:(?:19|20)\d{2}年度?)?(?:人民政府)?(?:政府信息公开|政务公开)/;
function bureauPublishesTownshipReport(ctx: CheckContext): Finding | null {
  const { preface } = ctx.report.meta;
  const text = compactText(preface ?? '');
  if (!text.includes('本') && !text.includes('我')) return null;
  const m = SELF_TOWNSHIP_REPORT.exec(text);
  if (!m) return null;
  const who = bureauOf(ctx);
  if (who === null) return null;
  return {
    target: 'meta',
    fields: ['meta.preface', 'meta.agencyName'],
    section: 'meta',
    message: `序言说现公布的是“${m[1] ?? ''}”的年度报告，本报告的机关却是${who}：是否照抄了乡镇（街道）的报告？请核对序言中的报告名称`,
  };
}

/**
 * Since a fix of stop 52 after the measure of 1994–2038: the same of a county's or a district's
 * report by its self-name (`现将我县2023年度政府信息公开工作报告如下`, real: 越西县气象局 2023): the
 * region government's preface copied. The corpus's other prefaces saying it are the regions' own
 * (`现将我旗2019年度…`, 东乌旗 2019; `编制我区2019年度…`, 昌江 2019; `现将我县2021年政务公开…`,
 * 平舆县 2021) or a zone's (`现将我区2025年…`, 燕郊高新区 2025), none a department's.
 */
const SELF_REGION_REPORT =
  /(?:公布|发布|现将|编制)了?《?(?:(?:19|20)\d{2}年度?)?([本我](?:县|区|市|旗))(?:(?:19|20)\d{2}年度?)?(?:人民政府)?(?:政府信息公开|政务公开)/;
/**
 * Since a fix of stop 59 after the measure of 2396–2440: so by the region's own name, the year right
 * after it (`现编制和发布东胜区2023年政府信息公开工作年度报告`, real: 鄂尔多斯市东胜区发展和改革委员会 2023,
 * its title the committee's): the district government's preface copied. Only a region the
 * department's own name holds, a report (not a year's key points) after it; the corpus's other
 * prefaces saying it are the regions' own (`公布桐梓县2022年…`, `发布《孝感市2024年…`), or a customs
 * district's (`编制广州海关关区2021年…`).
 */
const NAMED_REGION_REPORT_2396 =
  /(?:公布|发布|编制)(?:[和及并](?:公布|发布))?了?《?([\u4e00-\u9fff]{1,8}?[县区市旗])(?:19|20)\d{2}年度?(?:人民政府)?(?:政府信息公开|政务公开)(?=[^，,。；;《》]{0,6}报告)/;
const PUBLISHING_VERB_2396 = /^(?:公布|发布|编制)(?:[和及并](?:公布|发布))?了?《?/;
/** The region's report a preface publishes (`NAMED_REGION_REPORT_2396`), read once per preface. */
const namedRegionReportIn = memoByText((text: string): RegExpExecArray | null =>
  text.includes('信息公开') || text.includes('政务公开')
    ? NAMED_REGION_REPORT_2396.exec(text)
    : null,
);
function namedRegionReport(ctx: CheckContext, text: string): RegExpExecArray | null {
  const m = namedRegionReportIn(text);
  const region = m?.[1] ?? '';
  const own = compactName(ctx.report.meta.agencyName);
  return m && region.length >= 2 && own.includes(region) && !own.endsWith(region) ? m : null;
}
function bureauPublishesRegionReport(ctx: CheckContext): Finding | null {
  const text = compactText(ctx.report.meta.preface ?? '');
  const named = namedRegionReport(ctx, text);
  if (named) return bureauPublishesNamedRegionReport(ctx, named);
  const self = selfRegionReportIn(text);
  if (self === null) return null;
  const who = bureauOf(ctx);
  if (who === null) return null;
  return {
    target: 'meta',
    fields: ['meta.preface', 'meta.agencyName'],
    section: 'meta',
    message: `序言说现公布的是“${self.said}”的年度报告，本报告的机关却是${who}：以“${self.said}”称报告的是${self.region}人民政府，是否照抄了政府的报告？请核对序言中的报告名称`,
  };
}

/** The region's report a text presents by its self-word (`SELF_REGION_REPORT`: `我县`, `本区`), and the region. */
function selfRegionReportIn(
  text: string,
): { readonly said: string; readonly region: string } | null {
  if (!text.includes('本') && !text.includes('我')) return null;
  const said = SELF_REGION_REPORT.exec(text)?.[1];
  return said === undefined ? null : { said, region: said.slice(1) };
}

/**
 * Since a fix of stop 68 after the measure of 2801–2845: the same sentence printed under 一、总体情况,
 * no preface above it (`现将2019年我县政府信息公开工作情况报告如下`, real: 渠县行政审批局 2019, untitled):
 * read in the overview's opening when the report has no preface, the body known by its name or, no name
 * read, by the county's 局 the overview's first sentence names (`ownDepartmentName`).
 */
const OVERVIEW_OPENING = 600;
function bureauPresentsRegionReportInOverview(ctx: CheckContext): Finding | null {
  const { preface, agencyName } = ctx.report.meta;
  if ((preface ?? '').trim() !== '') return null;
  const self = selfRegionReportIn(
    compactText((ctx.report.narrative.overview ?? '').slice(0, OVERVIEW_OPENING)),
  );
  if (self === null) return null;
  const department = agencyName.trim() === '' ? ownDepartmentName(ctx) : null;
  const who =
    bureauOf(ctx) ??
    (department === null ? null : `“${department}”（部门，总体情况首句所说的本机关）`);
  if (who === null) return null;
  return {
    target: 'overview',
    fields: ['narrative.overview', 'meta.agencyName'],
    section: 'overview',
    message: `总体情况开头说现报告的是“${self.said}”的政府信息公开工作，本报告的机关却是${who}：以“${self.said}”称报告的是${self.region}人民政府，是否照抄了政府的报告？请改为本机关的工作`,
  };
}

/** What `bureauPublishesRegionReport` says of a report named by the region's own name. */
function bureauPublishesNamedRegionReport(ctx: CheckContext, m: RegExpExecArray): Finding | null {
  const who = bureauOf(ctx);
  if (who === null) return null;
  const region = m[1] ?? '';
  const said = m[0].replace(PUBLISHING_VERB_2396, '');
  return {
    target: 'meta',
    fields: ['meta.preface', 'meta.agencyName'],
    section: 'meta',
    message: `序言说现编制（公布）的是“${said}…”，即${region}人民政府的年度报告，本报告的机关却是${who}：是否照抄了${region}人民政府报告的序言？请把报告名称改为本机关的`,
  };
}

/**
 * Since a fix of stop 45 after the measure of 1514–1543: a department's text giving the region as
 * the subject of the year's disclosure work under the 条例 (`在2022年我区认真贯彻《中华人民共和国政府
 * 信息公开条例》,切实加大政务公开工作力度`, real: 珠山区文广新旅局 2022, whose overview goes on `是珠山区
 * 政府建设…的一项重要工作`): the government's report copied. In the corpus only governments' reports
 * say it (`2021年,我县认真贯彻落实新修订的《中华人民共和国政府信息公开条例》`, 154, 301, 362, 378, 896,
 * 1057, 1443); a department names its region's work otherwise (`我区…` of the region's affairs).
 */
const REGION_KEEPS_REGULATIONS =
  /(?:^|[，,。；;：:\n在])(?:19|20)\d{2}年度?[,，]?我(区|县|市|旗)(?![委政级])[^，,。；;《]{0,10}?(?:贯彻|落实|执行)(?:落实)?(?:新修订的)?《(?:中华人民共和国)?(?:政府信息公开)?条例》/m;
const regionKeepsRegulationsIn = perText({ anyOf: '例', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  return text.includes('条例》') ? REGION_KEEPS_REGULATIONS.exec(text) : null;
});
function bureauSpeaksAsRegion(ctx: CheckContext): Finding[] {
  for (const text of textsOf(ctx)) {
    if (text.section === 'meta') continue;
    const m = regionKeepsRegulationsIn(text);
    if (!m) continue;
    const who = bureauOf(ctx);
    if (who === null) return [];
    const said = m[0].replace(/^[，,。；;：:\n在]/, '');
    const region = m[1] ?? '';
    return [
      {
        target: text.section,
        fields: [text.field, 'meta.agencyName'],
        section: text.section,
        message: `本报告的机关是${who}，文中却写“${said}”：以“我${region}”为主语写全${region}的政府信息公开工作，是${region}人民政府报告的用语，是否照抄了政府的报告？请改为本机关的工作`,
      },
    ];
  }
  return [];
}

export const otherAgencyInTextCheck = defineCheck({
  id: 'other-agency-in-text',
  severity: 'warning',
  spec: '4.5',
  title: '正文所说的机关不是本机关',
  run(ctx) {
    const self =
      selfKindMismatch(ctx) ??
      prefaceNamesOther(ctx) ??
      prefaceWorkOfGovernment(ctx) ??
      prefaceOfficeAndGovernment(ctx) ??
      bureauPublishesTownshipReport(ctx) ??
      bureauPublishesRegionReport(ctx) ??
      bureauPresentsRegionReportInOverview(ctx);
    const found: Finding[] = self ? [self] : [];
    found.push(...bureauSpeaksAsRegion(ctx));
    found.push(...governmentSpeaksAsOffice(ctx));
    found.push(...townshipSpeaksAsOffice(ctx));
    found.push(...townshipSaysStreetOffice(ctx));
    found.push(...streetBodyWrong(ctx));
    const contact = townshipGivesSuperiorContact(ctx);
    if (contact) found.push(contact);
    found.push(...departmentSaysGovernment(ctx));
    found.push(...cityDepartmentFollowsLower(ctx));
    found.push(...countyDepartmentTellsHigher(ctx));
    found.push(...departmentNamesOtherLine(ctx));
    found.push(...departmentSpeaksAsOtherLinesOrgan(ctx));
    found.push(...committeeSpeaksAsBureau(ctx));
    found.push(...bureauNamesCommitteeLeaders(ctx));
    found.push(...countyBureauNamesPeers(ctx));
    found.push(
      ...textFindings(
        ctx,
        (text) => districtAndCountyIn(text),
        (said) =>
          `文中写“${said}”：同一句既说区委、区政府，又说县政府，本机关的上级只能是其中之一，是否照抄了其他地方的报告？请核对上级机关的名称`,
      ).slice(0, 1),
    );
    const agency = ctx.report.meta.agencyName;
    if (agency.trim() === '') return found;
    const bureau = compactName(agency).replace(OFFICE_SUFFIX, '').endsWith('局');
    // One finding a text: the 厅 it speaks as and the guide it names, said together.
    found.push(
      ...textFindings(
        ctx,
        (text) => {
          const said = bureau ? provinceSelfIn(text) : null;
          const guide = otherGuideIn(text, agency);
          return said === null && guide === null ? null : { said, guide };
        },
        ({ said, guide }) =>
          [
            said === null
              ? ''
              : `本机关“${agency}”是局，文中却以“${said}”自称（厅是省级部门）：是否照抄了省厅的报告？请按本机关的工作重写这一段`,
            guide === null
              ? ''
              : `文中说修改（公布）的是“《${guide}》”，本报告的机关却是“${agency}”：指南应是本机关的，是否照抄了其他机关的报告？请核对指南名称`,
          ]
            .filter((m) => m !== '')
            .join('；'),
      ),
    );
    const ownWord = OWN_TOWNSHIP_WORD.exec(compactName(agency).replace(OFFICE_SUFFIX, ''))?.[1];
    if (ownWord !== undefined)
      found.push(
        ...textFindings(
          ctx,
          (text) => otherTownshipWordIn(text, ownWord),
          (said) =>
            `本机关“${agency}”是${ownWord === '街道' ? '街道' : `${ownWord}`}，文中却写“${said}”：是否照抄了其他乡镇（街道）的报告？请核对这一句的机关名称`,
        ),
      );
    const ownZone = ownZoneKind(compactName(agency));
    if (ownZone !== null)
      found.push(
        ...textFindings(
          ctx,
          (text) => otherZoneAsOwnIn(text, ownZone),
          (said) =>
            `本机关“${agency}”属${ownZone}，文中却写“${said}”：说的是另一类开发区，是否照抄了其他开发区的报告？请核对这一句的名称`,
        ).slice(0, 1),
      );
    const ownTown = OWN_TOWN.exec(compactName(agency))?.[1];
    if (ownTown !== undefined)
      found.push(
        ...textFindings(
          ctx,
          (text) => otherTownSiteIn(text, ownTown),
          (said) =>
            `文中写“${said}”，说的不是本机关“${agency}”：是否照抄了其他乡镇的报告？请核对这一句的机关名称`,
        ),
      );
    if (ownTown !== undefined) {
      const name = compactName(agency);
      found.push(
        ...textFindings(
          ctx,
          (text) => otherTownReportIn(text, name),
          (town) =>
            `文中说现公布的是“${town}”的年度报告，本报告的机关却是“${agency}”：是否照抄了其他乡镇的报告？请核对报告名称中的机关`,
        ),
      );
    }
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      if (!/提出|提交|递交/.test(text.text)) continue;
      for (const sentence of compactSentences(text)) {
        const hit = matchesOf(ADDRESSED, sentence).find((m) => {
          const names = (m[1] ?? '').split(JOINED).filter((n) => AGENCY_NAME.test(n));
          return names.length > 0 && names.every((n) => !OWN.test(n) && !namesAgree(n, agency));
        });
        if (!hit) continue;
        found.push({
          target: section,
          fields: [field],
          section,
          message: `文中说收到的是“向${hit[1] ?? ''}提出的”申请，不是本机关“${agency}”：是否照抄了其他机关的报告？请核对这一段的机关和数字`,
        });
        break;
      }
    }
    return found;
  },
});

/**
 * Where the place in an agency's name ends (`五常市`, `济南市历下区`, `开阳县冯三镇`, `正蓝旗扎格斯台
 * 苏木`: a 苏木 is 内蒙古's township).
 */
const PLACE_END = /(?:[省市县区旗州盟镇乡]|苏木)(?!.*(?:[省市县区旗州盟镇乡]|苏木))/;
/** Words a usual short form drops (`XX区政府办公室` for `XX区人民政府办公室`). */
const USUALLY_DROPPED = /人民|政府/;
/** Words joining a name's parts, often left out on purpose (`文化旅游局` for `文化和旅游局`). */
const JOINING = /[和与及、]/;
/** A name quoted (`“平潭综合实验区综合执法局”微信公众平台`, an account's name). */
const QUOTED = /[“"‘'《]$/;

/**
 * The report's agency named in the text with a word of its own name lost between the place and the
 * kind (real: 五常市营商环境建设监督局 2022, `请联系五常市营商环境建设局`; 泉城路街道 2024, `请与济南市
 * 历下区街道办事处联系`): the place kept whole, characters of the rest gone in one run (since a fix of
 * stop 33, one is enough: `兰州市人政府办公室`; not a joining word, `文化旅游局`), the name's end kept. Not the usual short forms (`人民`, `政府` left out, the place shortened: `平潭综合区
 * 行政审批局`), nor a lower unit's superior (`开阳县人民政府` in 冯三镇's report: the place is cut), nor a
 * quoted name.
 */
const agencyWordLostIn = perTextAnd(
  (_, agency: string, analysed): { short: string; lost: string } | null => {
    const place = PLACE_END.exec(agency);
    if (!place) return null;
    const from = place.index + place[0].length;
    if (agency.length - from < 4) return null;
    const text = compactText(analysed);
    const head = agency.slice(0, from);
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      if (QUOTED.test(text.slice(Math.max(0, at - 1), at))) continue;
      if (text.startsWith(agency, at)) continue;
      for (let start = from; start < agency.length - 1; start += 1)
        for (let end = start + 1; end < agency.length; end += 1) {
          const lost = agency.slice(start, end);
          if (USUALLY_DROPPED.test(lost) || (end === start + 1 && JOINING.test(lost))) continue;
          const short = agency.slice(0, start) + agency.slice(end);
          if (text.startsWith(short, at)) return { short, lost };
        }
      const firstsLost = wordFirstsLostAt(text, agency, from, at);
      if (firstsLost) return firstsLost;
      const kindLost = kindLostAt(text, agency, at);
      if (kindLost) return kindLost;
    }
    return yearsWorkNamedShort(text, agency.slice(from));
  },
);

/**
 * Since a fix of stop 50 after the measure of 1814–1858: the agency opening a sentence with its
 * name's first character lost (`仓高新区建立健全政府信息公开工作制度`, real: 太仓高新区 2022, the same
 * text naming `太仓高新区` whole): its name but the first character, right after a sentence's or a
 * clause's start, where the text writes the whole name elsewhere. A name of five characters or more
 * only (four are left: no word); not a name opened by a bare level (`县应急管理局`, real: 德安县应急
 * 管理局 2020, whose `应急管理局` is its usual short name).
 */
const HEAD_LOST_MIN = 5;
const CLAUSE_START = /[。，,；;：:！!？?\n]/;
/** A level alone opening a name (`县应急管理局`): the name without it is the usual short form. */
const LEVEL_FIRST = /^[省市县区州旗盟镇乡]/;
const headCharLostIn = perTextAnd((_, agency: string, analysed): string | null => {
  // Since a fix of stop 52 after the measure of 1994–2038: nor a one-character place's body
  // (`盂县行政审批服务管理局`, whose `县行政审批服务管理局` is the bare level's usual short form).
  const short = agency.slice(1);
  if (agency.length < HEAD_LOST_MIN || LEVEL_FIRST.test(agency) || LEVEL_FIRST.test(short))
    return null;
  const text = compactText(analysed);
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    if (at === 0 || CLAUSE_START.test(text.charAt(at - 1))) return short;
  }
  return null;
});
/** Whether any text of the report writes the agency's name whole. */
function namesWhole(texts: readonly ReportText[], agency: string): boolean {
  return texts.some((t) => compactText(t).includes(agency));
}

/**
 * Since a fix of stop 50 after the measure of 1814–1858: two words of the name each with its first
 * character lost (`巴彦淖尔市业和息化局`, real: 巴彦淖尔市工业和信息化局 2021, 工 and 信 lost): a word's
 * first character is where the body's name opens after its place, or right after a joining word
 * (`和`). A usual short form keeps each word's first character and drops the others (`市场监管局`
 * for `市场监督管理局`, `工信局`), so a name short of two first characters is no short form.
 */
function wordFirstsLostAt(
  text: string,
  agency: string,
  from: number,
  at: number,
): { short: string; lost: string } | null {
  const firsts: number[] = [];
  for (let i = from; i < agency.length - 1; i += 1)
    if ((i === from || JOINING.test(agency.charAt(i - 1))) && !JOINING.test(agency.charAt(i)))
      firsts.push(i);
  for (const [n, a] of firsts.entries())
    for (const b of firsts.slice(n + 1)) {
      const short = agency.slice(0, a) + agency.slice(a + 1, b) + agency.slice(b + 1);
      if (text.startsWith(short, at))
        return { short, lost: `${agency.charAt(a)}”“${agency.charAt(b)}` };
    }
  return null;
}

/**
 * Since a fix of stop 44 after the measure of 1424–1483: a second name the agency goes by, printed
 * in brackets after its name (`和硕县文化体育广播电视和旅游局(文物局)`, real: 和硕县文旅局 2023; `黔南州人民
 * 政府(州政府办公室)`): no words of the name the text must write (`2023年和硕县文化体育广播电视和旅游局在…`
 * is the name whole).
 */
const SECOND_NAME = /[（(][^（）()]{1,20}[）)]$/;
export const withoutSecondName = (name: string): string => {
  const bare = name.trim().replace(SECOND_NAME, '');
  return bare.length >= 2 ? bare : name;
};

/**
 * Since a fix of stop 44 after the measure of 1424–1483: the agency named as the body to contact
 * with its place's level lost (`请与和硕文化体育广播电视和旅游局联系`, real: 和硕县文化体育广播电视和
 * 旅游局 2023): the whole name but the 县 (市, 区, 旗) of its place, where the contact's sentence names
 * the body in full. Only there (`与…联系`, as `streetWordLostIn`): a place without its level is a
 * usual short form elsewhere (`东宁政府门户网站`).
 */
/** The agency's name without its place's level (`和硕文化…局` for `和硕县文化…局`), or null. */
function levelLostName(agency: string): string | null {
  const place = PLACE_END.exec(agency);
  if (!place || place[0].length !== 1 || !/[县市区旗]/.test(place[0])) return null;
  const from = place.index + 1;
  if (agency.length - from < 4 || place.index < 2) return null;
  return agency.slice(0, place.index) + agency.slice(from);
}
const contactLevelLostIn = perTextAnd((_, agency: string, analysed): string | null => {
  const short = levelLostName(agency);
  if (short === null) return null;
  const text = compactText(analysed);
  if (!text.includes('联系')) return null;
  return namedAsContact(text, short) ? short : null;
});

/**
 * Since a fix of stop 49 after the measure of 1769–1813: or as a sentence's subject, a verb phrase
 * right after it (`今年科右中林业和草原局以习近平…为指导`, real: 科右中旗林业和草原局 2020), the
 * agency's whole name but its place's level: its own name written short, not a brand's.
 */
const subjectLevelLostIn = perTextAnd((_, agency: string, analysed): string | null => {
  const short = levelLostName(agency);
  return short !== null && namedAsSubject(compactText(analysed), short) ? short : null;
});
function subjectLevelLost(
  text: ReportText,
  agency: string,
): { short: string; lost: string } | null {
  const short = subjectLevelLostIn(text, agency);
  return short === null ? null : { short, lost: PLACE_END.exec(agency)?.[0] ?? '' };
}
function namedAsSubject(text: string, short: string): boolean {
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    const after = at + short.length;
    if (VERB_AFTER.test(text.slice(after, after + 24))) return true;
  }
  return false;
}

function contactLevelLost(
  text: ReportText,
  agency: string,
): { short: string; lost: string } | null {
  const short = contactLevelLostIn(text, agency);
  const level = PLACE_END.exec(agency)?.[0] ?? '';
  return short === null ? null : { short, lost: level };
}

/**
 * Since a fix of stop 35 after the measure of 749–778: the year's work named by the agency without
 * its place and with a word of its name lost (`有力有序做好2023年度教育局政府信息公开工作`, real: 洪洞县
 * 教育科技局 2023): the report's own work, its body written short of a word. Only right after the
 * year and before `政府信息公开`/`政务公开`, where the corpus names the report's own body (`2022年尚志
 * 市卫生健康局政府信息公开`, `2023年度本局政府信息公开`), never another.
 */
const YEARS_WORK_NAMED =
  /(?:19|20)\d{2}年度?([\u4e00-\u9fff]{2,12}?[局委厅办])(?:政府信息公开|政务公开)/g;
function yearsWorkNamedShort(text: string, rest: string): { short: string; lost: string } | null {
  if (!text.includes('公开') || rest.length < 4) return null;
  for (const m of matchesOf(YEARS_WORK_NAMED, text)) {
    const named = m[1] ?? '';
    if (named === rest || named.length >= rest.length || named.at(-1) !== rest.at(-1)) continue;
    for (let start = 1; start < rest.length - 1; start += 1)
      for (let end = start + 1; end < rest.length; end += 1) {
        const lost = rest.slice(start, end);
        if (USUALLY_DROPPED.test(lost) || (end === start + 1 && JOINING.test(lost))) continue;
        if (rest.slice(0, start) + rest.slice(end) === named) return { short: named, lost };
      }
  }
  return null;
}

/** A body's one-character kind ending its name (`…文化和旅游厅`, `…教育局`). */
const KIND_CHAR = /[厅局委署]$/;
/**
 * What opens a sentence's verb phrase right after its subject (`以习近平…为指导`, `坚持…`, `在…`):
 * not a noun that may follow a field's words (`文化和旅游系统`, `…工作`).
 */
// Since a fix of stop 49 after the measure of 1769–1813: or a count's verb (`阿尔山市林业和草原共计
// 公开157条`, real: 阿尔山市林业和草原局 2021): `共计`/`累计` follow no field's words.
// Since a fix of stop 53 after the measure of 2081–2125: or a `以…为…` phrase, what the body works by
// (`岱山县海洋与渔业以县政府门户网站为第一平台`, real: 岱山县海洋与渔业局 2023): a subject's verb phrase,
// as `以习近平…为指导` is; a field's words are not followed by one.
const VERB_AFTER =
  /^(?:共计|累计|以习近平|以新时代|以[^。，,；;：:、]{2,16}?为|坚持|认真|全面|持续|按照|围绕|深入|不断|严格|进一步|紧紧|紧扣|始终|扎实|聚焦|高度重视|积极|在[^。，,]{1,20}(?:领导|指导)下)/;

/**
 * Since a fix of stop 50 after the measure of 1814–1858: a 街道 opening a sentence by a one-character
 * name, a verb phrase after it (`一年来,文街道坚持以习近平…为指导`, real: 汾阳市文峰街道 2020, 峰 lost,
 * printed without its title): a 街道's name has two characters or more, so one is a name short of
 * characters. Not a pronoun or a determiner before 街道 (`我街道坚持`, `本街道全面`, `各街道`).
 */
const ONE_CHAR_STREET = new RegExp(
  `(?:^|[。，,；;：:！!？?\n])((?![我本该全各此每其])[\u4e00-\u9fff])街道(?=${VERB_AFTER.source.slice(1)})`,
  'm',
);
const oneCharStreetIn = perText({ anyOf: '街', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  return text.includes('街道') ? (ONE_CHAR_STREET.exec(text)?.[1] ?? null) : null;
});

/**
 * Since a fix of stop 33 after the measure of 584–613: the agency as a sentence's subject with its
 * kind's last character lost (`2024年，吉林省文化和旅游以习近平新时代…为指导`, real: 吉林省文化和
 * 旅游厅 2024): the name whole but its `厅`, `局`, `委` or `署`, a verb phrase after it.
 */
function kindLostAt(
  text: string,
  agency: string,
  at: number,
): { short: string; lost: string } | null {
  if (!KIND_CHAR.test(agency)) return null;
  const short = agency.slice(0, -1);
  if (!text.startsWith(short, at)) return null;
  return VERB_AFTER.test(text.slice(at + short.length, at + short.length + 24))
    ? { short, lost: agency.slice(-1) }
    : null;
}

/**
 * Since a fix of stop 70 after the measure of 2891–2935: the agency as a sentence's subject with the
 * end of its name lost, its kind and a word or more before it (`2024年,巴南区招商投资全面落实国务院、市政府…`,
 * real: 2914 重庆市巴南区招商投资促进局 2024, 促进局 lost; `kindLostAt` reads the kind alone lost): its
 * last place and the first characters of its field, two at least, then a verb phrase (`VERB_AFTER`),
 * right after a clause's start, the year, or the places before it. Not the field whole (the kind alone
 * lost is `kindLostAt`'s); four of its characters kept at least, two lost at least, so that a field's
 * first word as the year's matter (`2020年,平利县农业全面发展`, in 平利县农业农村局's report) is not read.
 */
const FIELD_KEPT_MIN = 4;
const YEAR_OPENED = /(?:19|20)\d{2}年度?[，,]$/;
const tailLostAsSubjectIn = perTextAnd(
  (_, agency: string, analysed): { short: string; lost: string } | null => {
    const place = PLACE_END.exec(agency);
    if (!place || !KIND_CHAR.test(agency)) return null;
    const from = place.index + place[0].length;
    const field = agency.slice(from);
    const upper = LAST_PLACE_START.exec(agency.slice(0, place.index));
    const start = upper ? upper.index + upper[0].length : 0;
    const last = agency.slice(start, from);
    if (field.length < FIELD_KEPT_MIN + 2 || last.length < 2) return null;
    const opening = `${last}${field.slice(0, 2)}`;
    if (!analysed.text.includes(opening)) return null;
    const text = compactText(analysed);
    const upperPlaces = agency.slice(0, start);
    for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
      const before = text.slice(Math.max(0, at - 6), at);
      if (
        !CLAUSE_OPENED.test(before) &&
        !YEAR_OPENED.test(before) &&
        (upperPlaces === '' || !text.slice(0, at).endsWith(upperPlaces))
      )
        continue;
      for (let k = field.length - 2; k >= FIELD_KEPT_MIN; k -= 1) {
        const short = `${last}${field.slice(0, k)}`;
        const after = at + short.length;
        if (text.startsWith(short, at) && VERB_AFTER.test(text.slice(after, after + 24)))
          return { short, lost: field.slice(k) };
      }
    }
    return null;
  },
);
/** Where the last place of a name's places begins: after the level word of the one before it. */
const LAST_PLACE_START = /^.*[省市县区旗州盟]/;

/**
 * Since a fix of stop 70 after the measure of 2891–2935: a national body's local bureau named with a
 * character of the national body's name lost (`电子版可从国家税务局广州市白云区税务局网站专栏下载`, real: 2934
 * 国家税务总局广州市白云区税务局 2021, the same text naming it whole twice): the name's lead, the body
 * it is a bureau of, before its first place, short of one character (not its first or last, nor a
 * joining word), the rest of the name whole after it, where the text writes the whole name elsewhere.
 */
const NATIONAL_LEAD =
  /^(?:国家|中国)[^省市县区旗州盟]{1,10}?(?:总局|局|署)(?=[\u4e00-\u9fff]{2,}[省市县区旗州盟])/;
const leadCharLostIn = perTextAnd(
  (_, agency: string, analysed): { short: string; lost: string } | null => {
    const lead = NATIONAL_LEAD.exec(agency)?.[0];
    if (lead === undefined) return null;
    const rest = agency.slice(lead.length);
    if (!analysed.text.includes(rest)) return null;
    const text = compactText(analysed);
    if (!text.includes(agency)) return null;
    for (let i = 1; i < lead.length - 1; i += 1) {
      if (JOINING.test(lead.charAt(i))) continue;
      const short = `${lead.slice(0, i)}${lead.slice(i + 1)}${rest}`;
      if (text.includes(short)) return { short, lost: lead.charAt(i) };
    }
    return null;
  },
);

/**
 * Since a fix of stop 38 after the measure of 1079–1108: with no agency known (a report printed
 * without its title), a body opening a sentence with its kind lost, its place and field whole and a
 * verb phrase after (`2020年,平利县农业农村认真贯彻落实《中华人民共和国政府信息公开条例》`, real: 平利县
 * 农业农村局 2020), where the text names the field with its kind elsewhere (`县农业农村局主动公开…`).
 * Not a field after a preposition (`就云南省民政聚焦脱贫攻坚…`, real: 云南省民政厅 2019: 民政 is the
 * work there).
 */
const BODY_KIND_LOST =
  /(?:^|[，,。；;：:\n]|年度?)((?:(?![就对在将为向与和把被从给由])[\u4e00-\u9fff]{2,6}?[省市县区旗州])+)((?:(?![省市县区旗州局委厅办])[\u4e00-\u9fff]){2,10}?)(?=以习近平|以新时代|坚持|认真|全面|持续|按照|围绕|深入|不断|严格|进一步|紧紧|紧扣|始终|扎实|聚焦|高度重视|积极|切实)/g;
/**
 * Since a fix of stop 44 after the measure of 1424–1483: a government's 政府 lost the same way
 * (`2024年,银州区人民严格实行了保密审核制度`, real: 铁岭市银州区人民政府 2024, the text naming `银州区
 * 人民政府` elsewhere): `人民` right before a verb phrase is no body's name.
 */
const KINDS = ['局', '委', '厅', '政府'] as const;
/**
 * A subject already ending in 中心, a body's kind, names a whole body, no kind lost (not 社: `人社` is
 * 人力资源和社会保障 cut short, its 局 lost, real: 1475 绵阳市安州区人社局 2023): since a fix of stop 66
 * after the measure of 2711–2755, `2019年,珠海市不动产登记中心认真贯彻落实` is the agency itself (real:
 * 珠海市不动产登记中心 2019), the text's `中共珠海市不动产登记中心委员会` its Party committee, not the
 * agency with `委` added.
 */
const WHOLE_BODY_END = /中心$/;
/** The bodies a text writes as a sentence's subject before a verb phrase (`BODY_KIND_LOST`). */
const bodySubjectsIn = perText(
  { anyOf: '局委厅民', otherwise: [] },
  (_, analysed): readonly { place: string; field: string }[] => {
    const text = compactText(analysed);
    if (
      !text.includes('局') &&
      !text.includes('委') &&
      !text.includes('厅') &&
      !text.includes('人民')
    )
      return [];
    return bodySubjectsOfLines(analysed);
  },
);
/**
 * `BODY_KIND_LOST`'s bodies, paragraph by paragraph (issue 17): each match lies within a line (its
 * words are Han characters; a line break only opens one, as the text's start does). The words the
 * text is asked for above are the whole text's, not each line's.
 */
const bodySubjectsOfLines = perParagraph((_, analysed) =>
  [...compactText(analysed).matchAll(BODY_KIND_LOST)].map((m) => ({
    place: m[1] ?? '',
    field: m[2] ?? '',
  })),
);
/**
 * A body written with its kind lost (`bodySubjectsIn`), the report's texts naming its field with
 * the kind elsewhere: since a fix of stop 44 after the measure of 1424–1483, in any of its texts
 * (`…请与安州区人社局办公室联系` in the preface, `2023年,绵阳市安州区人社深入贯彻落实` in the overview,
 * real: 绵阳市安州区人社局 2023).
 */
function bodyKindLostIn(
  text: ReportText,
  texts: readonly ReportText[],
): { place: string; short: string; whole: string } | null {
  const subjects = bodySubjectsIn(text);
  if (subjects.length === 0) return null;
  const all = texts.map((t) => compactText(t)).join('\n');
  for (const { place, field } of subjects) {
    if (WHOLE_BODY_END.test(field)) continue;
    for (const kind of KINDS)
      if ((kind !== '政府' || field.endsWith('人民')) && all.includes(`${field}${kind}`))
        return { place, short: `${place}${field}`, whole: `${place}${field}${kind}` };
  }
  return null;
}

/** A level's suffix ending a place in an agency's name (`兰州市`, `信州区`, `两家子满族乡`). */
const LEVEL_SUFFIX = /[省市县区旗乡镇]/g;

/**
 * The places of an agency's name, each with its level (`上饶市信州区人民政府` → 上饶 市, 信州 区):
 * two to six characters before a level's suffix, none a word of a body (`人民`, `政府`).
 */
function placesOf(name: string): { place: string; level: string }[] {
  const places: { place: string; level: string }[] = [];
  let from = 0;
  for (const m of matchesOf(LEVEL_SUFFIX, name)) {
    const place = name.slice(from, m.index);
    from = m.index + 1;
    if (place.length >= 2 && place.length <= 6 && !USUALLY_DROPPED.test(place))
      places.push({ place, level: m[0] });
  }
  return places;
}

/**
 * A website's name after the word (`中国温州政府网`, `江永政府门户网`, real: 温州市人社局 2022, 江永县
 * 2023): a site's brand, which often goes without the level. Since a fix of stop 36 after the
 * measure of 809–838: nor the place before 政府信息公开's platform (`充分利用山海关区政府网站、山海关
 * 政府信息公开平台`, real: 山海关区南关街道 2024): 政府 belongs to the platform's name there.
 * Since a fix of stop 38 after the measure of 1079–1108: nor a site named `<place>政府在线`
 * (`通过福田政府在线网站公开信息165条`, `福田政府在线街道办事处主页`, real: 福田区华富街道 2022), a
 * website's brand.
 * Since stop 45 (the agency now read from `由上海市闵行区马桥镇人民政府编制`): nor `上海政府采购网`
 * (real: 闵行区马桥镇 2024), the procurement site's name.
 */
const SITE_AFTER = /^(?:门户|采购)?网|^信息公开(?:平台|网|专栏)|^在线/;

/**
 * Since a fix of stop 63 after the measure of 2576–2620: a site's brand goes without the level before
 * 政府 only (`江永政府门户网`); 人民政府 is the formal name, never a brand's, and the place before it keeps
 * its level on a site's name as anywhere (`本年度报告的电子版可以从广丰人民政府网站下载`, real: 上饶市广丰区
 * 科学技术局 2022).
 */
const siteBrandAfter = (word: string, after: string): boolean =>
  word === '政府' && SITE_AFTER.test(after);

/**
 * Since a fix of stop 32 after the measure of 524–553: the report's own place written without its
 * level before 人民政府/政府 (real: 上饶市信州区 2019, `请与信州人民政府政务公开办公室联系`; 兰州市
 * 2020, `兰州政府办公室通过兰州市人民政府网站发布`): `<place>人民政府` where the agency has
 * `<place><level>` (the importer takes it from the title). The place must directly precede the
 * word (`信州区政府` is the usual short form, kept). Not a website's name (`SITE_AFTER`).
 */
const levelLostIn = perTextAnd(
  (_, places: readonly { place: string; level: string }[], analysed): string | null => {
    if (!analysed.text.includes('政府')) return null;
    const text = compactText(analysed);
    for (const { place, level } of places) {
      for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
        const after = at + place.length;
        const word = text.startsWith('人民政府', after) ? '人民政府' : '政府';
        if (!text.startsWith(word, after) || siteBrandAfter(word, text.slice(after + word.length)))
          continue;
        // Since a fix of stop 36 after the measure of 809–838: not a headline in quotes (`发布“广州
        // 政府带头过紧日子”等专项解读`, real: 广州市财政局 2020), whose words are the press's.
        if (QUOTED.test(text.slice(Math.max(0, at - 1), at))) continue;
        return `${place}${word}|${place}${level}`;
      }
    }
    return null;
  },
);

/**
 * Since a fix of stop 38 after the measure of 1019–1048: a municipality directly under the central
 * government (北京, 天津, 上海, 重庆: their names are known) written without its 市 before 人民政府
 * (real: 天津市国资委 2025, citing `《天津人民政府办公厅关于印发天津市政府信息公开工作年度报告编制
 * 办法的通知》`), whatever the report's agency: 人民政府 is the formal name, never a brand's, and a
 * document's title (in 《》) says its issuer's name whole. Not `上海政府采购网` (a site's name, with 政府
 * alone: real, 闵行区马桥镇 2024).
 */
const MUNICIPALITY_LOST = /(北京|天津|上海|重庆)人民政府/;
const municipalityLostIn = perText(
  { anyOf: '民', otherwise: null },
  (_, analysed): string | null => {
    if (!analysed.text.includes('人民政府')) return null;
    const m = MUNICIPALITY_LOST.exec(compactText(analysed));
    return m ? `${m[0]}|${m[1] ?? ''}市` : null;
  },
);

/**
 * Since a fix of stop 68 after the measure of 2801–2845: a city or county the report names whole
 * elsewhere written without its level before 人民政府 (`通过嘉峪关人民政府网站公开信息5条`, the preface
 * citing `嘉峪关市政务公开工作领导小组办公室`, real: 嘉峪关市雄关街道 2024), whatever the report's agency: as
 * `municipalityLostIn` reads 北京, 天津, 上海, 重庆, for a place the text itself gives with its level. Only
 * the government's website (人民政府网, 人民政府门户网站), a name printed as its owner registered it: the body
 * so named in a contact or as a subject (`请与句容人民政府办公室联系`, real: 句容市 2022; `涡阳人民政府办公室
 * 信息公开16526条`, real: 涡阳县人民政府办公室 2020) is the writers' short usage, noted but passed by their
 * gatherers. The words before 人民政府 (up to four characters), not ending in a level (`县人民政府`) nor
 * holding 级 (`县级人民政府` over a `县级市`); the place so named followed by neither 场 nor 民
 * (`当地市民`, `盐都市场`) nor 政 (`市政`).
 */
/** The Chinese characters right before `at`, at most `max` of them (a place's name before its body's word). */
function hanRunBefore(text: string, at: number, max: number): string {
  let from = at;
  while (from > 0 && at - from < max && isHanCode(text.charCodeAt(from - 1))) from -= 1;
  return text.slice(from, at);
}
const BEFORE_GOVERNMENT_MAX = 4;
const BEFORE_GOVERNMENT_NOT = /[省市县区旗州盟镇乡村]$|级/;
/** What after a level's character makes it another word's (`市场`, `市民`, `市政`, `区域`). */
const LEVEL_NOT_PLACE: Readonly<Record<string, RegExp>> = { 市: /^[场民政]/, 区: /^域/, 县: /^城/ };
const wordsBeforeGovernmentIn = perText(
  { anyOf: '民', otherwise: [] as readonly string[] },
  (_, analysed): readonly string[] => {
    if (!analysed.text.includes('人民政府')) return [];
    const text = compactText(analysed);
    const found: string[] = [];
    for (let at = text.indexOf('人民政府'); at >= 0; at = text.indexOf('人民政府', at + 4)) {
      const before = hanRunBefore(text, at, BEFORE_GOVERNMENT_MAX);
      if (before.length < 2 || BEFORE_GOVERNMENT_NOT.test(before)) continue;
      if (SITE_AFTER_NAME.test(text.slice(at + 4, at + 7))) found.push(before);
    }
    return found;
  },
);
/** Whether any of the report's texts names `place` with `level` after it, as a place. */
function namedWithLevel(texts: readonly ReportText[], place: string, level: string): boolean {
  const whole = `${place}${level}`;
  return texts.some((t) => {
    if (!t.text.includes(whole)) return false;
    const text = compactText(t);
    for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1))
      if (!(
        LEVEL_NOT_PLACE[level]?.test(text.slice(at + whole.length, at + whole.length + 1)) ?? false
      ))
        return true;
    return false;
  });
}
function namedPlaceLevelLostIn(text: ReportText, texts: readonly ReportText[]): string | null {
  for (const before of wordsBeforeGovernmentIn(text))
    for (let length = before.length; length >= 2; length -= 1) {
      const place = before.slice(-length);
      for (const level of ['市', '县'])
        if (namedWithLevel(texts, place, level)) return `${place}人民政府|${place}${level}`;
    }
  return null;
}

/**
 * Since a fix of stop 68 after the measure of 2801–2845: a district or county the report names with
 * its level (`盐城市盐都区`) written without it before 市场监管局 or 市场监督管理局 (`请与盐都市场监管局办公室
 * 联系`, real: 盐城市盐都区市场监督管理局 2024): the place run into 市场 reads as a city (`盐都市`) that
 * is not there. Not a place the report names as a city (`昆山市`, whose `昆山市场监管局` is the city's
 * usual short form), nor the words before it ending in a level (`盐都区市场监管局`, `全县市场监管`).
 */
const MARKET_BUREAU = '市场监';
const MARKET_PLACE_MAX = 3;
const placesBeforeMarketIn = perText(
  { anyOf: '场', otherwise: [] as readonly { before: string; bureau: string }[] },
  (_, analysed): readonly { before: string; bureau: string }[] => {
    if (!analysed.text.includes(MARKET_BUREAU)) return [];
    const text = compactText(analysed);
    const found: { before: string; bureau: string }[] = [];
    for (let at = text.indexOf(MARKET_BUREAU); at >= 0; at = text.indexOf(MARKET_BUREAU, at + 3)) {
      const kind = MARKET_KIND.exec(text.slice(at + 3, at + 8))?.[0];
      if (kind === undefined) continue;
      const before = hanRunBefore(text, at, MARKET_PLACE_MAX);
      if (before.length >= 2 && !BEFORE_GOVERNMENT_NOT.test(before))
        found.push({ before, bureau: `${MARKET_BUREAU}${kind}` });
    }
    return found;
  },
);
const MARKET_KIND = /^(?:督管理|管)局/;
function districtAsCityIn(
  text: ReportText,
  texts: readonly ReportText[],
): { said: string; whole: string } | null {
  for (const { before, bureau } of placesBeforeMarketIn(text))
    for (let length = before.length; length >= 2; length -= 1) {
      const place = before.slice(-length);
      if (namedWithLevel(texts, place, '市')) break;
      for (const level of ['区', '县'])
        if (namedWithLevel(texts, place, level))
          return { said: `${place}${bureau}`, whole: `${place}${level}${bureau}` };
    }
  return null;
}

/**
 * Since a fix of stop 39 after the measure of 1139–1168: the report's own place written with one
 * of its characters lost, its level and 人民政府/政府 after it and the place above it before it
 * (`全年共编发《太原市小区人民政府公报》2 期`, real: 太原市小店区人民政府 2023): `<parent><place short of
 * one character><level>(人民)政府`. Only a place under another of the agency's name (the parent
 * anchors it: `小区` alone is a word), the place of two characters or more.
 */
const placeCharLostIn = perTextAnd(
  (
    _,
    own: { readonly agency: string; readonly places: readonly { place: string; level: string }[] },
    analysed,
  ): { said: string; whole: string } | null => {
    if (own.places.length < 2 || !analysed.text.includes('政府')) return null;
    const text = compactText(analysed);
    let parent = '';
    let head = own.agency;
    for (const [i, { place, level }] of own.places.entries()) {
      const at = head.indexOf(`${place}${level}`);
      if (at < 0) return null;
      if (i > 0) {
        for (let k = 0; k < place.length; k += 1) {
          const short = `${parent}${place.slice(0, k)}${place.slice(k + 1)}${level}`;
          const found = text.indexOf(short);
          if (found < 0) continue;
          const after = found + short.length;
          if (text.startsWith('人民政府', after) || text.startsWith('政府', after))
            return { said: short, whole: `${parent}${place}${level}` };
        }
      }
      parent += head.slice(0, at + place.length + level.length);
      head = head.slice(at + place.length + level.length);
    }
    return null;
  },
);

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the report's own place of three characters or
 * more written with all but its first lost, right after the city above it (`地址:淮南市田区学院北路…`,
 * real: 田家庵区公园街道 2020): `<…市|州|盟><first character><level>`, the agency's `田家庵区`. A
 * place of one character and its level is no county's usual short name after its city.
 */
const placeCutToFirstIn = perTextAnd(
  (
    _,
    own: { readonly agency: string; readonly places: readonly { place: string; level: string }[] },
    analysed,
  ): { said: string; whole: string } | null => {
    const text = analysed.text;
    for (const { place, level } of own.places) {
      if (place.length < 3 || level === '市' || level === '省') continue;
      const short = `${place.charAt(0)}${level}`;
      for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
        const before = text.charAt(at - 1);
        if (before === '市' || before === '州' || before === '盟')
          return {
            said: `${text.slice(Math.max(0, at - 3), at)}${short}`,
            whole: `${place}${level}`,
          };
      }
    }
    return null;
  },
);

/** The places of a report's agency, memoised by its name (read on every keystroke). */
const placesOfReport = memoByText((names: string) => placesOf(names));
/** The agency's name with its places, one object per name (the key of `levelDoubledIn`'s memo). */
const ownPlaces = memoByText((agency: string) => ({ agency, places: placesOfReport(agency) }));

/**
 * Since a fix of stop 35 after the measure of 674–718: the body that runs the work, 政府信息与政务公开
 * 办(公室), named with 信息 or 政府 lost (real: 井冈山市 2020, `请与井冈山市政府与政务公开办联系`,
 * `市信息与政务公开办深入贯彻…`, the same text writing `市政府信息与政务公开办` whole). Not in a
 * document's title (`《国务院办公厅政府与政务公开办公室关于…》`, real: 新蔡县 2020): the notice's
 * citation says it.
 */
const OPENNESS_OFFICE_LOST = /政府与政务公开办|(?<!政府)信息与政务公开办/;
const DOCUMENT_TITLE = /《[^《》\n]{0,80}》/g;
const opennessOfficeLostIn = perText(
  { anyOf: '与', otherwise: null },
  (_, analysed): string | null => {
    const text = compactText(analysed);
    if (!text.includes('与政务公开办')) return null;
    return OPENNESS_OFFICE_LOST.exec(text.replace(DOCUMENT_TITLE, ''))?.[0] ?? null;
  },
);

/**
 * Since a fix of stop 35 after the measure of 719–748: a 街道's report naming itself in the report's
 * own name with its 街道 cut to 街 (`现制定《解放街2021年政府信息公开工作年度报告》`, real: 四平市铁东区
 * 人民政府解放街道办事处 2021, its title `…解放街道办事处2021年…`): 道 lost with the rest. Only when the
 * agency's name (the title's) says 街道; a title that names it `…街` itself (`海滨街2021年…`, `易家街
 * 2019年度…`, real: 天津、武汉's 街, their usual names) is the agency's own short name, and the
 * agency read is then `…街`, not said.
 */
/*
 * Since a fix of stop 67 after the measure of 2756–2800: a place whose own name holds 道 (`包头市昆都仑区前进道
 * 街道办事处`, real: 2768 前进道街道 2023, its text writing `前进街道办事处` and `《前进街道2022年度…》`, its gatherer:
 * 机关名称丢了“道”) is read whole: only 街道 itself ends it, no single 道.
 */
/*
 * Since a fix of stop 69 after the measure of 2846–2890: a place whose own name ends in 街 (`兴庆区玉皇阁北街
 * 街道办事处`, real: 2875 玉皇阁北街街道 2022, its overview writing `玉皇北街街道办事处`, its gatherer: 机关名称丢了“阁”)
 * is read whole, its 街 kept before 街道: two characters at least before it (`新街街道` is left unread).
 */
const STREET_OFFICE =
  /(?:^|[省市县区旗州盟]|政府)((?:(?!政府|人民|街道)[^省市县区旗州盟街]){2,6}?街?)街道(?:办事处)?$/;
const OWN_REPORT_NAME_AFTER = /(?:19|20)\d{2}年度?[^，,。；;《》“”]{0,16}?报告/y;
const streetCutIn = perTextAnd((_, place: string, analysed): string | null => {
  const text = compactText(analysed);
  const short = `${place}街`;
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    const end = at + short.length;
    if (text.charAt(end) === '道') continue;
    OWN_REPORT_NAME_AFTER.lastIndex = end;
    if (OWN_REPORT_NAME_AFTER.test(text)) return short;
  }
  return null;
});

/**
 * Since a fix of stop 44 after the measure of 1379–1423: a township's or a county's government naming
 * itself in the report's own name with its level lost before the year (`现发布《湘乡市金石2024年政府
 * 信息公开工作年度报告》`, real: 湘乡市金石镇 2024, titled `湘乡市金石镇2024年…`): the agency's own last
 * place, its level (`镇`, `乡`, `县`, `区`, `市`, `旗`) left out, right before the year and the report's
 * name, as `streetCutIn` reads a 街道's 街. Only an agency that is the place's government (`…镇`,
 * `…镇人民政府`): a department's name goes on after its place.
 */
const GOVERNMENT_AFTER_PLACE = /^(?:人民政府|政府)?$/;
const levelCutIn = perTextAnd(
  (_, agency: string, analysed): { short: string; lost: string } | null => {
    const last = placesOfReport(agency).at(-1);
    if (last === undefined || !/[镇乡县区市旗]/.test(last.level)) return null;
    const end = agency.lastIndexOf(`${last.place}${last.level}`);
    if (end < 0) return null;
    const head = agency.slice(0, end + last.place.length);
    if (!GOVERNMENT_AFTER_PLACE.test(agency.slice(head.length + last.level.length))) return null;
    const text = compactText(analysed);
    for (let at = text.indexOf(last.place); at >= 0; at = text.indexOf(last.place, at + 1)) {
      OWN_REPORT_NAME_AFTER.lastIndex = at + last.place.length;
      if (!OWN_REPORT_NAME_AFTER.test(text)) continue;
      const from = at + last.place.length - head.length;
      const short = from >= 0 && text.startsWith(head, from) ? head : last.place;
      return { short, lost: last.level };
    }
    return null;
  },
);

/**
 * Since a fix of stop 45 after the measure of 1514–1543: a department naming itself in the report's
 * own name with its kind's last character lost before the year (`现发布《亳州市谯城区市场监管2023年
 * 政府信息公开工作年度报告》`, real: 亳州市谯城区市场监督管理局 2023, its title `…监督管理局2023年…`): the
 * agency's whole name, or its usual short form (`市场监管局`), but its `局` (`厅`, `委`, `署`), the
 * year and the report's name after it, as `levelCutIn` reads a township's level lost there.
 */
const kindCutIn = perTextAnd(
  (_, agency: string, analysed): { short: string; lost: string } | null => {
    if (!KIND_CHAR.test(agency) || agency.length < 5) return null;
    const text = compactText(analysed);
    if (!text.includes('报告')) return null;
    for (const whole of new Set([agency, bodyName(agency)])) {
      const short = whole.slice(0, -1);
      if (namesOwnReport(text, short)) return { short, lost: whole.slice(-1) };
    }
    return null;
  },
);

/**
 * Since a fix of stop 52 after the measure of 1994–2038: a department naming itself in the report's
 * own name with the two-character word before its `局` lost (`特向社会公布阎良区行政审批局2022年度…
 * 报告`, real: 西安市阎良区行政审批服务局 2022, its title `…行政审批服务局2022年度…`): its last place and
 * its body's name short of that word, the year and the report's name after it, as `kindCutIn` reads
 * the 局 lost. Not `管理` or `事务` (`应急局`, `退役军人局`: the usual short forms of `…管理局`,
 * `…事务局`), nor a body's name of four characters or fewer (`教育局` for `教育科技局` is said by
 * the text's own words, not read here).
 */
const USUAL_WORD_LEFT_OUT = /^(?:管理|事务)$/;
const wordCutIn = perTextAnd(
  (_, agency: string, analysed): { short: string; lost: string } | null => {
    const named = placeAndBody(agency);
    if (named === null || !agency.endsWith('局')) return null;
    const { place, own } = named;
    const lost = own.slice(-3, -1);
    if (own.length < 7 || USUAL_WORD_LEFT_OUT.test(lost)) return null;
    const short = `${place}${own.slice(0, -3)}局`;
    return namesOwnReport(compactText(analysed), short) ? { short, lost } : null;
  },
);

/** Whether `short` stands somewhere in `text` right before the report's year and name. */
function namesOwnReport(text: string, short: string): boolean {
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    OWN_REPORT_NAME_AFTER.lastIndex = at + short.length;
    if (OWN_REPORT_NAME_AFTER.test(text)) return true;
  }
  return false;
}

/** The agency's last place (with its level) and the body's name after it, or null when placeless. */
function placeAndBody(agency: string): { place: string; own: string } | null {
  const last = placesOfReport(agency).at(-1);
  if (last === undefined) return null;
  const place = `${last.place}${last.level}`;
  return { place, own: agency.slice(agency.lastIndexOf(place) + place.length) };
}

/**
 * Since a fix of stop 39 after the measure of 1109–1138: a 街道's report naming its own office with
 * 街道 lost (`请与红花办事处办公室联系`, real: 秦淮区人民政府红花街道办事处 2024): `<place>办事处` where the
 * agency is `<place>街道办事处`.
 * Since a fix of stop 44 after the measure of 1379–1423: only as the body the reader is to contact
 * (`与…联系`, the contact's sentence, where the body is named whole): elsewhere `<place>办事处` is the
 * common short name of a 街道办事处 (`官方微信“都匀市人民政府沙包堡办事处”`, `五是沙包堡办事处部门预(决)算`,
 * real: 沙包堡街道 2022: an account's name and a list).
 */
const CONTACT_AFTER = /^[^，,。；;！!？?\n“”]{0,10}?联系/;
/** Whether `text` names `name` as the body to contact: `与<name>…联系`. */
function namedAsContact(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (
      text.charAt(at - 1) === '与' &&
      CONTACT_AFTER.test(text.slice(at + name.length, at + name.length + 14))
    )
      return true;
  return false;
}
const streetWordLostIn = perTextAnd((_, place: string, analysed): string | null => {
  const short = `${place}办事处`;
  const text = compactText(analysed);
  return namedAsContact(text, short) ? short : null;
});
/**
 * Since a fix of stop 46 after the measure of 1574–1633: a 街道's place written with one of its
 * characters lost before 街道 (`在石泉街道网站上及时进行宣传报道`, real: 上海市普陀区石泉路街道 2021):
 * `<place short of one character>街道` where the agency is `<place>街道`. A place of three characters
 * or more only (a two-character place short of one is a single character, no name).
 */
const STREET_PLACE_MIN = 3;
const namesAStreet = perText({ anyOf: '街', otherwise: false }, (text) => text.includes('街道'));
const streetPlaceCharLostIn = perTextAnd(
  (_, place: string, analysed): { said: string; whole: string } | null => {
    if (place.length < STREET_PLACE_MIN) return null;
    // The whole name left out first: `泉路街道` is in `石泉路街道`.
    const text = compactText(analysed).split(`${place}街道`).join('\n');
    for (let k = 0; k < place.length; k += 1) {
      const said = `${place.slice(0, k)}${place.slice(k + 1)}街道`;
      if (text.includes(said)) return { said, whole: `${place}街道` };
    }
    return null;
  },
);

/**
 * Since a fix of stop 60 after the measure of 2441–2485: one text naming a 街道办事处 (a 镇's, a 乡's
 * 人民政府) in full twice, its place one character apart (`大同市平城区振华南街道办事处2020年度决算公开说明、
 * 大同市平城区振华南街街道办事处2021年度预算…`, real: 2465 平城区振华街道 2021): under the same county
 * or district, a place and the same place short of one character are one body's name written two
 * ways, whichever is right. The body's formal word after both (`街道办事处`, `镇人民政府`), so that a
 * bare `XX街道` in a list of places is not read; a place of two characters or more in the shorter.
 */
const FORMAL_PLACE_BODY =
  /[省市县区旗]((?:(?!街道|政府|人民|[省市县区旗州盟镇乡，,。；;、“”《》（）()])[\u4e00-\u9fff]){2,7})(镇人民政府|乡人民政府|街道办事处)/g;
const FORMAL_BODY_WORDS = ['镇人民政府', '乡人民政府', '街道办事处'];
/** Whether `short` is `long` with one of its characters left out. */
function oneCharShort(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  for (let k = 0; k < long.length; k += 1)
    if (`${long.slice(0, k)}${long.slice(k + 1)}` === short) return true;
  return false;
}
const bodyNamedTwoWaysIn = perText(
  { anyOf: '街镇乡', otherwise: null },
  (_, analysed): { short: string; long: string } | null => {
    const text = compactText(analysed);
    if (!FORMAL_BODY_WORDS.some((w) => text.includes(w))) return null;
    const names = new Map<string, string>();
    for (const m of text.matchAll(FORMAL_PLACE_BODY))
      names.set(`${m[1] ?? ''}${m[2] ?? ''}`, m[2] ?? '');
    for (const [short, body] of names)
      for (const [long, other] of names)
        if (
          body === other &&
          oneCharShort(short.slice(0, -body.length), long.slice(0, -body.length))
        )
          return { short, long };
    return null;
  },
);

/**
 * The 街道's place a text names its office by (`由秦淮区人民政府红花街道办事处办公室…编制`), for a
 * report whose agency is not known (a page printed without its title: real, 红花街道 2024).
 */
const STREET_NAMED =
  /(?:政府|[区县市旗])((?:(?!政府|人民)[^省市县区旗州盟街道，,。；;、“”《》]){2,6}?)街道办事处/;
const streetNamedIn = perText(
  { anyOf: '街', otherwise: null },
  (_, analysed) => STREET_NAMED.exec(compactText(analysed))?.[1] ?? null,
);

/** The provinces' names (a 省's, as its government is formally called). */
export const PROVINCES = [
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
];
/** A province's name with one character lost, and the names it may be short of. */
const PROVINCE_SHORT: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const name of PROVINCES)
    for (let i = 0; i < name.length; i += 1) {
      const short = name.slice(0, i) + name.slice(i + 1);
      map.set(short, [...(map.get(short) ?? []), name]);
    }
  return map;
})();
const PROVINCE_GOVERNMENT = /省(?:人民)?政府/g;

/**
 * Since a fix of stop 39 after the measure of 1109–1138: a province's government named with a
 * character of the province's name lost (`《辽省人民政府办公厅关于做好2020年度…的通知》`, real: 大东区前进
 * 街道 2020): `<short>省(人民)政府` where no province's whole name ends the words before 省 and the
 * one or two characters before it are a province's name short of one. Not the bare `省政府` after a
 * word (`按照省政府`, `全省政府`: no province's character).
 */
const provinceLostIn = perText(
  { anyOf: '省', otherwise: null },
  (_, analysed): { said: string; whole: string } | null => {
    const text = compactText(analysed);
    if (!text.includes('省')) return null;
    for (const m of matchesOf(PROVINCE_GOVERNMENT, text)) {
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      if (PROVINCES.some((p) => before.endsWith(p))) continue;
      for (const k of [2, 1]) {
        const short = before.slice(-k);
        const whole = short.length === k ? PROVINCE_SHORT.get(short) : undefined;
        if (whole) return { said: `${short}${m[0]}`, whole: whole.join('”或“') };
      }
    }
    return null;
  },
);

/**
 * Since a fix of stop 45 after the measure of 1544–1573: the agency speaking as 我 with its kind lost
 * before the year (`结合我年度政府信息公开工作实际`, real: 张店区公园街道办事处 2021, 街道 lost): 我 right
 * before 年度 or 本年度 is no one's name (`我街道本年度`, `我局年度`); `phrase-garbled` reads 我 before the
 * work or a verb (`我严格遵守`), not before the year.
 */
const SELF_BEFORE_YEAR =
  /(?:结合|根据|按照|对照)?我本?年度(?:[^，,。；;]{0,12}?(?:实际|情况|工作))?/;
const selfBeforeYearIn = perText({ anyOf: '我', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  if (!text.includes('我年度') && !text.includes('我本年度')) return null;
  const m = SELF_BEFORE_YEAR.exec(text);
  return m?.[0] ?? null;
});
/**
 * Since a fix of stop 48 after the measure of 1724–1768: a body's office with its 公 lost
 * (`请与金寨县医疗保障局办室联系`, real: 金寨县医疗保障局 2024): 办室 right after a body's name is its
 * 办公室 short of a character. Not `各办室` (real: 平江县汉昌街道 2025, the offices and rooms of a body,
 * a usual word), which no body's kind stands before.
 */
const OFFICE_CHAR_LOST = /[\u4e00-\u9fff]{2,12}?(?:局|委员会|委|厅|院|政府|镇|乡|街道|中心)办室/;
const officeCharLostIn = perText({ anyOf: '室', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  if (!text.includes('办室')) return null;
  return OFFICE_CHAR_LOST.exec(text)?.[0] ?? null;
});

/**
 * Since a fix of stop 68 after the measure of 2801–2845: the body of 信息公开 (or 政务公开) with its 开
 * lost before the body's kind (`在县信息公中心大力支持和悉心指导下`, real: 渠县行政审批局 2019): 公 right
 * before 中心, 办公室, 科, 股 or 领导小组 is no word of its own. Not `信息公示`, `信息公布`, `信息公共查阅`,
 * nor a web page's title cut after 信息公 (`政府信息公根据《…`), which no body's kind follows.
 */
const OPENNESS_BODY_CHAR_LOST = /(?:信息|政务)公(?:中心|办公室|科|股|领导小组)/;
const opennessBodyCharLostIn = perText({ anyOf: '公', otherwise: null }, (_, analysed) => {
  if (!analysed.text.includes('公')) return null;
  return OPENNESS_BODY_CHAR_LOST.exec(compactText(analysed))?.[0] ?? null;
});

/**
 * Since a fix of stop 54 after the measure of 2171–2215: the agency as a sentence's subject by its
 * field alone, its place and kind both lost (`审计高度重视政府信息公开工作`, real: 铜川市耀州区审计局
 * 2020, the text writing `区审计局` elsewhere): a bureau is named by its place and kind, its field is
 * the work. Only the field word whole and alone, opening a sentence (or after `2020年,`), right before
 * a verb phrase (`VERB_AFTER`); `审计局坚持…` or `审计工作坚持…` is not it. The words opening sentences
 * so are read once per text.
 */
const SENTENCE_SUBJECT = new RegExp(
  `(?:^|[。；;！!？?\n]|(?:19|20)\\d{2}年度?[,，])([\u4e00-\u9fff]{2,8}?)(?=${VERB_AFTER.source.slice(1)})`,
  'gm',
);
const sentenceSubjectsIn = perText(
  { anyOf: '共累以坚认全持按围深不严进紧始扎聚高积在', otherwise: [] },
  (_, analysed): readonly string[] =>
    matchesOf(SENTENCE_SUBJECT, compactText(analysed)).map((m) => m[1] ?? ''),
);
/** A bureau's field: its name after the last place, without its kind (`铜川市耀州区审计局` → 审计). */
const FIELD_OF_BUREAU = /(?:[省市县区旗州盟])([^省市县区旗州盟局委厅办]{2,8}?)(局|委员会|委|厅)$/;
/** A bureau's field, its kind and the place before it. */
interface Bureau {
  readonly field: string;
  readonly kind: string;
  readonly place: string;
}
/** Kept by the name: asked once per text by several readings of each evaluation (issue 17). */
const fieldOf: (agency: string) => Bureau | null = memoByText((agency) => {
  const m = FIELD_OF_BUREAU.exec(agency);
  if (m === null) return null;
  const before = agency.slice(0, m.index + 1);
  const place = /[^省市县区旗州盟]{2,6}[省市县区旗州盟]$/.exec(before)?.[0] ?? before;
  return { field: m[1] ?? '', kind: m[2] ?? '', place };
});
function fieldAloneIn(text: ReportText, agency: string): string | null {
  const field = fieldOf(agency);
  if (field === null) return null;
  // Compacting drops only spaces: a text lacking a character of the field has no sentence opened by
  // it, and is not scanned (most texts of a bureau's report, on every keystroke).
  if (![...field.field].every((ch) => text.text.includes(ch))) return null;
  return sentenceSubjectsIn(text).includes(field.field) ? field.field : null;
}

/**
 * Since a fix of stop 55 after the measure of 2216–2260 (helper f62): the agency's own name with one
 * character of its field lost between its place and its kind (`…期邵武市林局政府信息公。`, real: 邵武市
 * 林业局 2019): the place and the kind written whole around a field short of a character name no
 * body. Not the joining words a short name drops on purpose (`文化旅游局` for 文化和旅游局), nor a
 * branch's 分 (`生态环境局` for …生态环境分局); a field of two characters or more, so at least one is left.
 */
const FIELD_CHARS_DROPPED = '和与及分';
const ownFieldCharLostIn = perTextAnd(
  (_, agency: string, analysed): { said: string; whole: string } | null => {
    const bureau = fieldOf(agency);
    if (bureau === null || bureau.field.length < 2) return null;
    const { place, field, kind } = bureau;
    if (!analysed.text.includes(place)) return null;
    const text = compactText(analysed);
    for (let k = 0; k < field.length; k += 1) {
      if (FIELD_CHARS_DROPPED.includes(field.charAt(k))) continue;
      const short = `${place}${field.slice(0, k)}${field.slice(k + 1)}${kind}`;
      if (text.includes(short)) return { said: short, whole: `${place}${field}${kind}` };
    }
    return null;
  },
);

/**
 * Since a fix of stop 64 after the measure of 2621–2665: the agency's own field written with one
 * character added inside it (`区文化体和旅游局微信公众号` beside `东胜区文化和旅游局`, the wording of 2661, a
 * 2019 report naming 东胜区文化和旅游局 as its overview's subject, there in a channel table the import does
 * not keep as text): a contraction's piece of another name's word (体 of 文化体育和旅游局) left in its
 * own, which names no body. Not a joining word or a branch's 分 (`文化及旅游局`, `生态环境分局`), and only
 * inside the field, its last character still before its kind.
 * The text is asked for the field's last character and kind first (`游局`), a bit of the shape.
 */
const FIELD_CHARS_ADDED_NOT = /[和与及的、分局委厅]/;
const ownFieldCharAddedIn = perTextAnd(
  (_, agency: string, analysed): { said: string; whole: string } | null => {
    const bureau = fieldOf(agency);
    if (bureau === null || bureau.field.length < 3) return null;
    const { place, field, kind } = bureau;
    const tail = `${field.slice(-1)}${kind}`;
    if (!analysed.text.includes(tail)) return null;
    const text = compactText(analysed);
    const head = field.slice(0, 1);
    for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
      // The field one character longer, its last character at `at`.
      const start = at - field.length;
      const said = text.slice(start, at + tail.length);
      if (start < 0 || !said.startsWith(head)) continue;
      for (let k = 1; k < field.length; k += 1) {
        const added = said.charAt(k);
        if (
          `${said.slice(0, k)}${said.slice(k + 1, said.length - kind.length)}` === field &&
          isHanCode(added.charCodeAt(0)) &&
          !FIELD_CHARS_ADDED_NOT.test(added)
        )
          return {
            // Quoted from the place's level word when the text writes it (`区文化体和旅游局`).
            said: text.charAt(start - 1) === place.slice(-1) ? `${place.slice(-1)}${said}` : said,
            whole: `${place}${field}${kind}`,
          };
      }
    }
    return null;
  },
);

/**
 * Since a fix of stop 55 after the measure of 2216–2260: the agency's short name with the opening
 * word of its field lost (`2025年,亭湖区广旅局聚焦…`, real: 盐城市亭湖区文化广电和旅游局 2025, its short
 * name 文广旅局 without 文): a contraction keeps a character of each word, the first word's first; one
 * whose first character stands two or more characters into the field has lost that word. Only a
 * contraction (characters of the field in order, not a run of it: `区旅游局` names a part of the
 * field), after the level word of the agency's place and before its kind. The short names met after
 * a level word are read once per text.
 */
const LEVEL_SHORT_NAME = /([省市县区旗州盟])([\u4e00-\u9fff]{2,4}?)(局|委|厅)/g;
// Paragraph by paragraph (issue 17): `LEVEL_SHORT_NAME` matches Han characters of a line only.
const levelShortNamesIn = perParagraph(
  '局委厅',
  (_, analysed): readonly { level: string; short: string; kind: string }[] =>
    matchesOf(LEVEL_SHORT_NAME, compactText(analysed)).map((m) => ({
      level: m[1] ?? '',
      short: m[2] ?? '',
      kind: m[3] ?? '',
    })),
);
/** The first character of a contraction at least this far into the field: a word before it lost. */
const OPENING_WORD_MIN = 2;
/**
 * Openings a bureau's own contraction leaves out: 自然资源 is contracted to 资 (`发布机构: 市资规局`,
 * real: 衢州市自然资源和规划局 2024, its page's own field).
 */
const USUALLY_LEFT_OUT: ReadonlySet<string> = new Set(['自然']);
function openingWordLostIn(text: ReportText, agency: string): string | null {
  const bureau = fieldOf(agency);
  if (bureau === null) return null;
  const { field, kind, place } = bureau;
  const level = place.slice(-1);
  for (const name of levelShortNamesIn(text)) {
    const { short } = name;
    if (name.level !== level || name.kind !== kind || short === field || field.includes(short))
      continue;
    const at = field.indexOf(short[0] ?? '');
    if (at < OPENING_WORD_MIN || USUALLY_LEFT_OUT.has(field.slice(0, at))) continue;
    if (isSubsequence(short, field)) return `${level}${short}${kind}`;
  }
  return null;
}

/**
 * Since a fix of stop 61 after the measure of 2486–2530: the agency's own name with its place's level lost,
 * opening a clause as its subject (`在市委市政府的坚强领导下,长治信访局认真贯彻…`, real: 2490 长治市信访局 2019,
 * its preface's `长治市信访局`): the same body named two ways in one report. Not a site's or an account's
 * name, which brands print short (`;台州气象局门户网站公开`, real: 台州市气象局 2024; `在富民信访局官方微信公众号`,
 * `“抚州自然资源局”`, `来源:广西柳州科学技术局`: none opens a clause as its subject).
 */
const CLAUSE_OPENED = /(?:^|[，,。；;：:\n])$/;
const BRAND_AFTER = /^(?:门户|网|官方|官网|微信|微博|公众号|政务|客户端|抖音|头条|视频号)/;
const HAN_AFTER = /^[\u4e00-\u9fff]/;
const ownLevelLostIn = perTextAnd(
  (_, agency: string, analysed): { said: string; whole: string; level: string } | null => {
    const bureau = fieldOf(agency);
    if (bureau === null || bureau.place.length < 3) return null;
    const { place, field, kind } = bureau;
    const said = `${place.slice(0, -1)}${field}${kind}`;
    if (!analysed.text.includes(said)) return null;
    const text = compactText(analysed);
    for (let at = text.indexOf(said); at >= 0; at = text.indexOf(said, at + 1)) {
      const after = text.slice(at + said.length, at + said.length + 3);
      if (
        CLAUSE_OPENED.test(text.slice(Math.max(0, at - 1), at)) &&
        HAN_AFTER.test(after) &&
        !BRAND_AFTER.test(after)
      )
        return { said, whole: `${place}${field}${kind}`, level: place.slice(-1) };
    }
    return null;
  },
);

/**
 * Since a fix of stop 61 after the measure of 2486–2530: the agency's own town named with its first
 * character lost, before its government or office, after a clause's opening or the word that names who
 * to ask (`请与湖乡党政办联系`, real: 2518 酃湖乡 2020): a town's name short of its head names no town. The
 * town's name of two characters or more, so one is left; not where the whole name stands there.
 */
const TOWN_OF_AGENCY =
  /(?:^|[省市县区旗州盟])([\u4e00-\u9fff]{2,6}?)(镇|乡|苏木|街道)(?:人民政府|政府|办事处)?$/;
const TOWN_BODY_AFTER = /^(?:人民政府|政府|党政|党委|办公室|办事处)/;
const TOWN_NAMED_AFTER = /(?:^|[与向由在，,。；;：:\n])$/;
const townHeadLostIn = perTextAnd(
  (_, agency: string, analysed): { said: string; whole: string } | null => {
    const town = TOWN_OF_AGENCY.exec(agency);
    if (town === null) return null;
    const [, name = '', level = ''] = town;
    const said = `${name.slice(1)}${level}`;
    if (!analysed.text.includes(said)) return null;
    const text = compactText(analysed);
    for (let at = text.indexOf(said); at >= 0; at = text.indexOf(said, at + 1)) {
      if (text.charAt(at - 1) === name.charAt(0)) continue;
      if (
        TOWN_NAMED_AFTER.test(text.slice(Math.max(0, at - 1), at)) &&
        TOWN_BODY_AFTER.test(text.slice(at + said.length, at + said.length + 4))
      )
        return { said, whole: `${name}${level}` };
    }
    return null;
  },
);

/** What an agency calls itself after 我 (`我街道`, `我镇`, `我局`), from its name; '' if unknown. */
function selfWordOf(agency: string): string {
  if (/街道(?:办事处)?$/.test(agency)) return '街道';
  const kind = /(镇|乡|局|委|办|厅|院|中心|所)(?:人民政府|员会|公室)?$/.exec(agency)?.[1];
  return kind ?? '';
}

/** A name opening with a level and no place (`县政务局`, `市应急局`). */
const LEVEL_OPENED = /^[市县区旗]/;
/**
 * Since a fix of stop 66 after the measure of 2711–2755: the report the preface compiles or publishes
 * named by the agency's level with its place lost, its body whole or cut short (`编制县政务局2020年政府信息
 * 公开工作年度报告`, real: 洱源县政务服务管理局 2020, its gatherer: 报告名称中机关名称用简称; the placeless
 * names of 1432, 1874, 2300 and 2644 counted by theirs, with no title to compare). The body after the
 * level is the agency's own (its characters in order, the same last one), so another body's report
 * is not read here (`prefaceNamesOther`).
 */
function prefaceReportPlaceLost(ctx: CheckContext, agency: string): Finding | null {
  if (agency === '') return null;
  const named = prefaceReportName(ctx.report.meta.preface);
  if (!LEVEL_OPENED.test(named) || !AGENCY_NAME.test(named)) return null;
  const [level, short] = [named.charAt(0), named.slice(1)];
  for (let at = agency.indexOf(level, 2); at >= 2; at = agency.indexOf(level, at + 1)) {
    const rest = agency.slice(at + 1);
    if (rest.endsWith(short.slice(-1)) && isSubsequence(short, rest))
      return {
        target: 'meta',
        fields: ['meta.preface', 'meta.agencyName'],
        section: 'meta',
        message: `序言中的报告名称把本机关写作“${named}”，${short === rest ? '' : '用了简称，'}少了地名“${agency.slice(0, at)}”：与机关名称“${agency}”不一致，请写机关全称`,
      };
  }
  return null;
}

/** The agency named with a word of its name lost (warning). */
export const agencyWordLostCheck = defineCheck({
  id: 'agency-name-word-lost',
  severity: 'warning',
  spec: '4.5',
  title: '文中的机关名称缺字',
  run(ctx) {
    const agency = compactName(ctx.report.meta.agencyName);
    const places = placesOfReport(agency);
    const offices = textFindings(
      ctx,
      (text) => opennessOfficeLostIn(text),
      (said) =>
        `文中把“政府信息与政务公开办”写作“${said}”，少了“${said.startsWith('政府') ? '信息' : '政府'}”：请核对机构名称`,
    );
    const found = textFindings(
      ctx,
      (text) =>
        (places.length === 0 ? null : levelLostIn(text, places)) ??
        municipalityLostIn(text) ??
        namedPlaceLevelLostIn(text, textsOf(ctx)),
      (said) => {
        const [written, whole] = said.split('|');
        const own = places.some((p) => `${p.place}${p.level}` === whole);
        return `文中把${own ? '本机关所在地' : `“${whole ?? ''}人民政府”`}写作“${written}”，地名“${whole}”少了“${whole?.slice(-1) ?? ''}”：请核对`;
      },
    ).concat(offices);
    // Since a fix of stop 37 after the measure of 959–988: the title printed again with the agency's
    // first characters lost (`东省大数据局`, real: 山东省大数据局 2024; the import keeps it).
    const cut = ctx.report.source?.titleAgencyCut;
    if (cut !== undefined && agency.endsWith(cut) && agency.length > cut.length)
      found.push({
        target: 'meta',
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `正文上方再次印出的标题把本机关写作“${cut}”，少了开头的“${agency.slice(0, agency.length - cut.length)}”：与机关名称“${agency}”不一致，请核对`,
      });
    const again = ctx.report.source?.titleAgencyAgain;
    if (again !== undefined && kindCharLost(again, agency))
      found.push({
        target: 'meta',
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `正文上方再次印出的标题把本机关写作“${compactName(again)}”，少了末尾的“${agency.slice(-1)}”：与机关名称“${agency}”不一致，请核对`,
      });
    // Since a fix of stop 39 after the measure of 1139–1168: the own place short of a character.
    const own = ownPlaces(agency);
    found.push(
      ...textFindings(
        ctx,
        (text) => placeCharLostIn(text, own),
        ({ said, whole }) => `文中把本机关所在地“${whole}”写作“${said}”，地名缺字：请核对`,
      ),
    );
    found.push(
      ...textFindings(
        ctx,
        (text) => placeCutToFirstIn(text, own),
        ({ said, whole }) =>
          `文中写“${said}”：本机关所在地“${whole}”只剩了第一个字，地名缺字：请核对`,
      ),
    );
    found.push(
      ...textFindings(
        ctx,
        (text) => districtAsCityIn(text, textsOf(ctx)),
        ({ said, whole }) =>
          `文中写“${said}”：地名少了“${whole.charAt(said.indexOf('市场'))}”，读作“${said.slice(0, said.indexOf('市场') + 1)}”的局：请写“${whole}”`,
      ),
    );
    const bureau = fieldOf(agency);
    if (bureau !== null)
      found.push(
        ...textFindings(
          ctx,
          (text) => fieldAloneIn(text, agency),
          (field) =>
            `文中以“${field}”作句子的主语：机关名称只剩了职能“${field}”，缺了地名和“${bureau.kind}”（应为“${bureau.place}${field}${bureau.kind}”），请核对机关名称`,
        ),
      );
    found.push(
      ...textFindings(
        ctx,
        (text) => ownFieldCharLostIn(text, agency),
        ({ said, whole }) =>
          `文中把本机关写作“${said}”，与机关名称“${whole}”相比缺了字：请核对机关名称`,
      ),
    );
    // Since a fix of stop 64 after the measure of 2621–2665: or with a character added, the agency's
    // name known or the department its overview names as the year's subject (`ownDepartmentName`).
    const ownDepartment = ownDepartmentName(ctx) ?? agency;
    found.push(
      ...textFindings(
        ctx,
        (text) => ownFieldCharAddedIn(text, ownDepartment),
        ({ said, whole }) =>
          `文中写“${said}”：与本机关“${whole}”相比，名称中多了一个字，请核对机关名称`,
      ),
    );
    if (bureau !== null)
      found.push(
        ...textFindings(
          ctx,
          (text) => openingWordLostIn(text, agency),
          (said) => {
            const lost = bureau.field.slice(0, bureau.field.indexOf(said[1] ?? ''));
            return `文中写“${said}”：本机关“${bureau.place}${bureau.field}${bureau.kind}”的简称丢了“${lost}”（应为“${said[0] ?? ''}${lost[0] ?? ''}${said.slice(1)}”之类），请核对机关名称`;
          },
        ),
      );
    if (bureau !== null)
      found.push(
        ...textFindings(
          ctx,
          (text) => ownLevelLostIn(text, agency),
          ({ said, whole, level }) =>
            `文中把本机关写作“${said}”，地名少了“${level}”，与机关名称“${whole}”前后不一：请核对机关名称`,
        ),
      );
    found.push(
      ...textFindings(
        ctx,
        (text) => townHeadLostIn(text, agency),
        ({ said, whole }) =>
          `文中写“${said}”：本机关所在的“${whole}”丢了开头的“${whole.slice(0, 1)}”，地名缺字：请核对`,
      ),
    );
    const self = selfWordOf(agency);
    found.push(
      ...textFindings(
        ctx,
        (text) => selfBeforeYearIn(text),
        (said) =>
          `文中写“${said}”：“我”后缺了本机关的称谓（应为“${self === '' ? '我局（或我镇、我街道等）' : `我${self}`}${said.includes('我本年度') ? '本' : '（本）'}年度”），请补上`,
      ),
    );
    found.push(
      ...textFindings(
        ctx,
        (text) => oneCharStreetIn(text),
        (said) =>
          `文中写“${said}街道”：街道名称只有“${said}”一个字，疑丢了字（街道名称至少两个字），请核对本机关名称`,
      ),
    );
    found.push(
      ...textFindings(
        ctx,
        (text) => bodyNamedTwoWaysIn(text),
        ({ short, long }) =>
          `文中把同一机关先后写作“${short}”和“${long}”，地名差了一个字：同一机关名称前后不一，请核对`,
      ),
    );
    found.push(
      ...textFindings(
        ctx,
        (text) => officeCharLostIn(text),
        (said) => `文中写“${said}”：“办公室”少了“公”字，请核对机构名称`,
      ),
    );
    found.push(
      ...textFindings(
        ctx,
        (text) => opennessBodyCharLostIn(text),
        (said) =>
          `文中写“${said}”：“${said.slice(0, 3)}开”少了“开”字（应为“${said.slice(0, 3)}开${said.slice(3)}”），请核对机构名称`,
      ),
    );
    found.push(
      ...textFindings(
        ctx,
        (text) => provinceLostIn(text),
        ({ said, whole }) => `文中写“${said}”：省名缺字（应为“${whole}”省），请核对机关名称`,
      ),
    );
    const street = STREET_OFFICE.exec(agency)?.[1];
    // Since a fix of stop 39 after the measure of 1109–1138: no agency known, the 街道 the text names.
    const streetNamed =
      street ??
      (agency === ''
        ? textsOf(ctx)
            .map((t) => streetNamedIn(t))
            .find((p): p is string => p !== null)
        : undefined);
    const streets = [
      ...(agency === ''
        ? []
        : textFindings(
            ctx,
            (text) =>
              levelCutIn(text, agency) ?? kindCutIn(text, agency) ?? wordCutIn(text, agency),
            ({ short, lost }) =>
              `文中的报告名称把本机关写作“${short}”，少了“${lost}”：与机关名称“${agency}”不一致，请核对`,
          )),
      ...(street === undefined
        ? []
        : textFindings(
            ctx,
            (text) => streetCutIn(text, street),
            (short) =>
              `文中的报告名称把本机关写作“${short}”，少了“${agency.slice(agency.lastIndexOf(short) + short.length)}”：与机关名称“${agency}”不一致，请核对`,
          )),
      ...(street === undefined
        ? []
        : textFindings(
            ctx,
            (text) => (namesAStreet(text) ? streetPlaceCharLostIn(text, street) : null),
            ({ said, whole }) =>
              `文中把本机关写作“${said}”，地名缺字（应为“${whole}”）：与机关名称“${agency}”不一致，请核对`,
          )),
      ...(streetNamed === undefined
        ? []
        : textFindings(
            ctx,
            (text) => streetWordLostIn(text, streetNamed),
            (short) =>
              `文中把本机关写作“${short}”，少了“街道”（${streetNamed}街道办事处）：${agency === '' ? '与文中别处的名称' : `与机关名称“${agency}”`}不一致，请核对`,
          )),
    ];
    // Since a fix of stop 38 after the measure of 1079–1108: no agency known (no title), the body
    // as a sentence's subject with its kind lost, the text naming it whole elsewhere.
    // Since a fix of stop 44 after the measure of 1424–1483: with the agency known too, when the
    // body so written is in the agency's place (`2023年,绵阳市安州区人社深入贯彻落实`, real: 绵阳市安州区
    // 人力资源和社会保障局 2023, the text writing `人社局` elsewhere): its own short name, its kind lost.
    const texts = textsOf(ctx);
    const unnamed = textFindings(
      ctx,
      (text) => {
        const lost = bodyKindLostIn(text, texts);
        return lost !== null && (agency.length === 0 || agency.includes(lost.place)) ? lost : null;
      },
      ({ short, whole }) =>
        `文中把机关写作“${short}”，少了“${whole.slice(short.length)}”（文中别处作“${whole}”）：请核对机关名称`,
    );
    if (agency.length >= HEAD_LOST_MIN && namesWhole(texts, agency))
      found.push(
        ...textFindings(
          ctx,
          (text) => headCharLostIn(text, agency),
          (short) =>
            `文中把本机关写作“${short}”，少了开头的“${agency.charAt(0)}”（文中别处作“${agency}”）：请核对机关名称`,
        ),
      );
    const reportPlaceLost = prefaceReportPlaceLost(ctx, agency);
    if (reportPlaceLost !== null) found.push(reportPlaceLost);
    if (agency.length < 6) return [...found, ...streets, ...unnamed];
    const named = compactName(withoutSecondName(ctx.report.meta.agencyName));
    const wordLost = textFindings(
      ctx,
      (text) =>
        agencyWordLostIn(text, named) ??
        contactLevelLost(text, named) ??
        // The place's level lost before 人民政府 is said by `levelLostIn` already (one slip, once).
        (found.some((f) => f.section === text.section) ? null : subjectLevelLost(text, named)) ??
        tailLostAsSubjectIn(text, named) ??
        leadCharLostIn(text, named),
      ({ short, lost }) =>
        `文中把本机关写作“${short}”，少了“${lost}”：与机关名称“${named}”不一致，请核对`,
    );
    return [
      ...found,
      ...streets,
      ...wordLost,
      ...unnamed.filter((u) => !wordLost.some((w) => w.section === u.section)),
    ];
  },
});

/**
 * Since a fix after the measure of 464–493: bodies abolished in the institutional reform of
 * 2018–2019 (the State Council's departments in March 2018, the local ones by March 2019), by
 * the old name and the body that took their work over: named as a current body in a report of
 * 2020 or later (`县发改委、县公共资源交易中心、县国土资源局、县住建局等单位`, real: 安福县 2020).
 */
const ABOLISHED_BODIES: ReadonlyMap<string, string> = new Map([
  ['国土资源局', '自然资源局'],
  ['环境保护局', '生态环境局'],
  ['卫生和计划生育局', '卫生健康局'],
  ['卫生计生局', '卫生健康局'],
  ['安全生产监督管理局', '应急管理局'],
  ['工商行政管理局', '市场监督管理局'],
  ['食品药品监督管理局', '市场监督管理局'],
  ['质量技术监督局', '市场监督管理局'],
]);
/** The first report year after the reform was done everywhere. */
const REFORM_DONE_BY = 2020;
/** The old names alone (a cheap pre-test: most texts have none). */
const ABOLISHED_NAME = new RegExp([...ABOLISHED_BODIES.keys()].join('|'));
const ABOLISHED_BODY = new RegExp(
  `(?<![原前旧])(?:[省市州县区旗盟]|[\\u4e00-\\u9fff]{2,8}?(?:省|市|州|县|区|旗|盟))?(${[...ABOLISHED_BODIES.keys()].join('|')})`,
);
/** A sentence telling the body's history (`原国土资源局`, `更名为`, `职责划转`, `机构改革`). */
const BODY_HISTORY = /原|更名|划转|划入|撤销|撤并|改革|组建|整合|合并|并入|前身|改为/;

/** The first abolished body a text names as a current one, with the body that replaced it. */
const abolishedBodyIn = perText(
  { anyOf: '局', otherwise: null },
  (_, analysed): { said: string; now: string } | null => {
    const compact = compactText(analysed);
    if (!compact.includes('局') || !abolishedNamed(analysed)) return null;
    return abolishedBodyOfSentences(analysed);
  },
);
/**
 * `ABOLISHED_NAME` in some paragraph, and the first sentence naming an abolished body, paragraph by
 * paragraph (issue 17): the names are words of a line, and sentences end at line breaks.
 */
const abolishedNamed = someParagraph((_, analysed) => ABOLISHED_NAME.test(compactText(analysed)));
const abolishedBodyOfSentences = firstInParagraphs((_, analysed) => {
  for (const sentence of compactSentences(analysed)) {
    const m = ABOLISHED_BODY.exec(sentence);
    if (!m || BODY_HISTORY.test(sentence)) continue;
    return { said: m[0], now: ABOLISHED_BODIES.get(m[1] ?? '') ?? '' };
  }
  return null;
});

/** A body abolished in the 2018–2019 reform named as a current one (warning). */
export const abolishedBodyCheck = defineCheck({
  id: 'agency-abolished-body',
  severity: 'warning',
  spec: '4.5',
  title: '文中写了机构改革中已撤销的机关',
  run(ctx) {
    const year = ctx.report.meta.year;
    if (year === null || year < REFORM_DONE_BY) return [];
    return textFindings(
      ctx,
      (text) => abolishedBodyIn(text),
      ({ said, now }) =>
        `文中写“${said}”：2018—2019年机构改革后已不再设此机构（职责划入${now}等），${year}年度的报告仍写原名，请核对机构名称`,
    );
  },
});

/**
 * A word of an agency's name written twice (real: 松北区 2019, `由松北区人民政府政府办公室综合…`):
 * after a place (`区`, `县`, `镇`, `街道`…) within the name, `政府政府`, `人民人民`, `办公室办公室`.
 * Not `政府政府信息` (`收到和处理政府政府信息公开申请`: a slip of another kind, the report's own
 * words), nor a word doubled outside a name (`主动公开政府政府情况`: no place before it).
 */
const DOUBLED_WORD =
  /(?:[省市县区旗州盟镇乡]|苏木|街道)[\u4e00-\u9fff]{0,8}?(人民|政府|办公室|办事处|委员会)\1(?!信息|公开|情况|工作)(?:办公室|办事处|委员会|办|局|委)?/;

/**
 * A 街道's name with 街道 written twice (real: 樟树市张家山街道 2024, `2024年,张家山街道街道认真贯彻…`):
 * the name needs no place before it, 街道 being the place.
 */
const DOUBLED_STREET = /[\u4e00-\u9fff]{2,6}?(街道)街道/;

/**
 * Since a fix of stop 33 after the measure of 584–613: 政务 written twice in the name of a
 * government's office for 政务公开 or 政务服务 (real: 奉贤区 2020, `在市政务政务公开办公室的指导下`).
 */
const DOUBLED_AFFAIRS =
  /(?:[省市县区旗州盟镇乡]|苏木|街道)(?:人民政府|政府)?(政务)政务(?:公开|服务)(?:办公室|办|领导小组|管理办公室|管理局|中心)/;

/**
 * Since a fix of stop 39 after the measure of 1169–1198: an ethnic township's level written both
 * before and after its people (real: 乌林朝鲜族乡 2019, `地址:蛟河市乌林乡朝鲜族乡人民政府`): the name
 * has it once, after them (`两家子满族乡`, `落别布依族彝族乡`).
 */
const DOUBLED_ETHNIC_LEVEL =
  /[\u4e00-\u9fff]{2}([乡镇])(?:[\u4e00-\u9fff]{1,3}族){1,2}\1(?:人民政府|政府)/;

/**
 * Since a fix of stop 44 after the measure of 1484–1513: a commission's or bureau's short name after
 * its level with its last character written twice (real: 两江新区商务委 2025, `当年,区商务委委主动发布各类
 * 工作信息140条`): no name ends in 委委 or 局局 (`党委委员`, `局局长` go on with 员, 长: not read).
 * Since a fix of stop 57 after the measure of 2306–2350: nor with 机 (`滁州市气象局局机关局务公开工作实施
 * 细则`, real: 滁州市气象局 2021): 局机关 and 委机关 are the body's own offices, a word of their own.
 * Since a fix of stop 61 after the measure of 2486–2530: nor with 办 (`请与息烽县民政局局办公室联系`, real: 2523
 * 息烽县民政局 2021): 局办公室 (局办, 委办) is the body's own office, as 局机关 is.
 */
const DOUBLED_KIND = /[省市县区旗州盟][\u4e00-\u9fff]{1,6}?(委|局)\1(?![员长托派屈婉任机办])/;

const DOUBLED_WORDS = ['人民人民', '政府政府', '办公室办公室', '办事处办事处', '委员会委员会'];

/**
 * Since a fix of stop 33: the level of the report's own place written twice before its government
 * (real: 南屏瑶族乡 2021, `通过上思县县政府门户网站`; 衡龙桥镇 2020, `地址:赫山区衡龙桥镇镇人民政府`).
 * Not a place whose name ends with its level's character (`龙游县湖镇镇人民政府`: 湖镇 is the place, and
 * a place of one character is none of `placesOf`), nor the agency's own name printing it so.
 */
/**
 * Since a fix of stop 45 after the measure of 1544–1573: the agency's own place and level with the
 * level written twice as a sentence's subject (`二街镇镇严格按照“主要领导亲自抓…”`, real: 晋宁区二街镇
 * 2023): read before an adverb or verb that opens the predicate, never a word the level starts
 * (`镇府路`, `镇兴路`, `镇区`, `镇长` of the corpus's addresses and offices).
 */
const PREDICATE_AFTER =
  /^(?:严格|认真|坚持|按照|积极|始终|全面|进一步|不断|切实|依法|高度|持续|结合|根据|依据|主动|通过|共|未|没有|及时)/;
const levelDoubledIn = perTextAnd(
  (
    _,
    own: { readonly agency: string; readonly places: readonly { place: string; level: string }[] },
    analysed,
  ): { name: string; word: string } | null => {
    const text = compactText(analysed);
    for (const { place, level } of own.places) {
      const twice = `${place}${level}${level}`;
      if (own.agency.includes(twice)) continue;
      for (let at = text.indexOf(twice); at >= 0; at = text.indexOf(twice, at + 1)) {
        const after = text.slice(at + twice.length, at + twice.length + 4);
        const gov = after.startsWith('人民政府')
          ? '人民政府'
          : after.startsWith('政府')
            ? '政府'
            : '';
        // Since a fix of stop 62 after the measure of 2531–2575: not a city's name before 市政府
        // (`已在本溪市市政府官网…主动公开信息`, real: 本溪市商务局 2020, its gatherer: wording, not counted):
        // 市政府 is the city government's everyday name, the city's name before it said once more. The
        // county's `上思县县政府` and `饶河县县政府` were counted by their gatherers, and a 人民政府 after
        // the level twice stays read.
        if (gov === '政府' && level === '市') continue;
        if (gov) return { name: `${twice}${gov}`, word: level };
        if (PREDICATE_AFTER.test(after)) return { name: twice, word: level };
      }
    }
    return null;
  },
);

/**
 * Since a fix of stop 59 after the measure of 2396–2440: the agency's own place written twice in a
 * row, level and all (`请与南漳县南漳县科学技术和经济信息化局办公室联系`, real: 南漳县科经局 2023): no name
 * holds its place twice running. On one line only (a page's path and its title above the text print
 * the place at a line's end and the next line's start: `>南漳县武安镇` / `南漳县武安镇人民政府…`), and not
 * where the agency's own name prints it so.
 */
const placeDoubledIn = perTextAnd(
  (
    _,
    own: { readonly agency: string; readonly places: readonly { place: string; level: string }[] },
    analysed,
  ): { name: string; word: string } | null => {
    for (const { place, level } of own.places) {
      const name = `${place}${level}`;
      const twice = `${name}${name}`;
      if (own.agency.includes(twice) || !analysed.text.includes(name)) continue;
      if (compactText(analysed).includes(twice)) return { name: twice, word: name };
    }
    return null;
  },
);

/**
 * Since a fix of stop 56 after the measure of 2261–2305: with no agency known (a report printed
 * without its title), a county's level written twice before its government (`通过饶河县县政府门户网推进政务
 * 公开`, real: 饶河县文化广电和旅游局 2021): the two characters before it a place the same text names
 * as a county on its own elsewhere (`饶河县文化广电和旅游局按照…`, `“饶河县人民政府”网站`). Not a
 * county of one character (`渠县县政府门户网`, real: 渠县医疗保障局 2022, its gatherer: 渠县 is the
 * county, 县政府 the body): `过渠县` is named nowhere else.
 */
const COUNTY_TWICE = /([\u4e00-\u9fff]{2})县县((?:人民)?政府)/g;
function countyDoubledIn(text: string): { name: string; word: string } | null {
  for (const m of text.matchAll(COUNTY_TWICE)) {
    const [, place = '', gov = ''] = m;
    const county = `${place}县`;
    for (let at = text.indexOf(county); at >= 0; at = text.indexOf(county, at + 1)) {
      if (at === m.index) continue;
      const alone = at === 0 || !isHanCode(text.charCodeAt(at - 1));
      if (alone && text.charAt(at + county.length) !== '县')
        return { name: `${county}县${gov}`, word: '县' };
    }
  }
  return null;
}

export const doubledWordIn = perText((_, analysed): { name: string; word: string } | null => {
  const text = compactText(analysed);
  const county = text.includes('县县');
  if (county) {
    const found = countyDoubledIn(text);
    if (found !== null) return found;
  }
  const street = text.includes('街道街道');
  const affairs = text.includes('政务政务');
  const ethnic = text.includes('族乡') || text.includes('族镇');
  const kind = text.includes('委委') || text.includes('局局');
  if (!street && !affairs && !ethnic && !kind && !DOUBLED_WORDS.some((w) => text.includes(w)))
    return null;
  const m =
    DOUBLED_WORD.exec(text) ??
    (kind ? DOUBLED_KIND.exec(text) : null) ??
    (street ? DOUBLED_STREET.exec(text) : null) ??
    (affairs ? DOUBLED_AFFAIRS.exec(text) : null) ??
    (ethnic ? DOUBLED_ETHNIC_LEVEL.exec(text) : null);
  return m ? { name: m[0], word: m[1] ?? '' } : null;
});

/**
 * Since a fix of stop 47 after the measure of 1634–1678: the agency's own name holding a word of two
 * characters twice, a few characters apart that close no unit of their own (`天津东疆综合东疆综保区管理
 * 委员会`, real: 东疆综保区 2025, title and page both: 综合保税区 broken by 东疆 written again). A place
 * named again after the unit it names closes (`阿拉善盟阿拉善右旗`, `万盛经济技术开发区万盛街道`, `乌兰
 * 浩特市乌兰哈达镇`) is the next unit's name, not a slip: the gap ends in a level or a kind.
 */
const NAME_WORD_TWICE = /(?=([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{1,3})\1)/g;
const UNIT_CLOSED = /[省市县区旗盟州镇乡街局委办处园岛室会厅院所站队司部府村]/;
const nameWordTwice = (agency: string): string | null => {
  for (const m of agency.matchAll(NAME_WORD_TWICE)) {
    const [, word = '', gap = ''] = m;
    if (!UNIT_CLOSED.test(word) && !UNIT_CLOSED.test(gap)) return word;
  }
  return null;
};

/**
 * Since a fix of stop 52 after the measure of 1994–2038: the agency's own name in the text with a
 * word of its body's name written twice in a row (`沙依巴克区民族宗教宗教事务局`, real: 沙依巴克区民族
 * 宗教事务局 2023): its last place and its body's name, one two-character word of it repeated. Read
 * from the agency's name, so no word of another body's (`phrase-garbled` reads words doubled in
 * general; this says it is the agency's name).
 */
const ownNameDoubledIn = perTextAnd(
  (_, agency: string, analysed): { name: string; word: string } | null => {
    const named = placeAndBody(agency);
    if (named === null) return null;
    const { place, own } = named;
    if (own.length < 4) return null;
    const text = compactText(analysed);
    if (!text.includes(place)) return null;
    for (let i = 0; i + 2 < own.length; i += 1) {
      const word = own.slice(i, i + 2);
      const doubled = `${place}${own.slice(0, i + 2)}${own.slice(i)}`;
      if (text.includes(doubled)) return { name: doubled, word };
    }
    return null;
  },
);

/** An agency's name with a word of it written twice (warning). */
export const agencyWordDoubledCheck = defineCheck({
  id: 'agency-name-word-doubled',
  severity: 'warning',
  spec: '4.5',
  title: '文中的机关名称重字',
  run(ctx) {
    const agency = compactName(ctx.report.meta.agencyName);
    const own = ownPlaces(agency);
    const found = textFindings(
      ctx,
      (text) =>
        doubledWordIn(text) ??
        (own.places.length > 0 ? (levelDoubledIn(text, own) ?? placeDoubledIn(text, own)) : null) ??
        (agency === '' ? null : ownNameDoubledIn(text, agency)),
      ({ name, word }) => `文中的机关名称“…${name}”里“${word}”重复了一次，请删去多余的“${word}”`,
    );
    const twice = nameWordTwice(agency);
    if (twice === null || found.some((f) => f.section === 'meta')) return found;
    return [
      ...found,
      {
        target: 'meta',
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `机关名称“${agency}”里“${twice}”出现了两次，名称疑有错乱（重字或词序颠倒），请按机关的正式名称核对`,
      },
    ];
  },
});

/**
 * An agency's name without its place: a bare 县, 区, 市… then its government (real: 湟源县人民政府
 * 办公室 2021, titled `县人民政府办公室2021年政府信息公开工作年度报告`; 荆门市 2021 `市政府办公室…`;
 * 孝感市 2019 `市政府研究室`): the reader cannot tell whose report it is. Not a name whose first
 * word only starts so (`市场监督管理局`, `市政工程…`: 市场, 市政 are words; `区域…`).
 */
const PLACELESS = /^[省市县区州旗盟镇乡](?:人民政府|政府(?!工程|设施))/;
/**
 * A department so named (real: 崇川区数据局 2025, signing under its title `区数据局`; 民和县教育局
 * 2023, `县教育局`). Not a name whose first word starts with the level (`市场监督管理局`, `市政…`,
 * `区域…`, `省级…`). Since a fix of stop 38 after the measure of 1019–1048: so by its short name,
 * ending in 委 or 办 (real: 天津市国资委 2025, titled `市国资委2025年政府信息公开工作年度报告`).
 */
/*
 * Since a fix of stop 62 after the measure of 2531–2575: or 署, a body's kind as 局 (real: 福田区集体经济
 * 发展服务署 2021, titled `2021年区集体经济发展服务署政府信息公开工作年度报告`).
 */
/*
 * Since a fix of stop 63 after the measure of 2576–2620: or a 联合会 by its short name ending 联 (real:
 * 长春市残疾人联合会 2024, titled `2024年市残联政府信息公开工作年度报告`).
 */
/*
 * Since a fix of stop 68 after the measure of 2801–2845: not a district whose own name begins with 市
 * (`市北区审计局`, real: 青岛市市北区审计局 2022; so 市南区 of 青岛, 市中区 of 济南, 枣庄, 内江, 乐山): 市北区
 * is the place, not 市 with its city lost before a 北区.
 */
const PLACELESS_DEPARTMENT =
  /^(?!市[中南北]区)[省市县区州旗盟](?![场政域级属直委])[\u4e00-\u9fff]{1,12}(?:局|委员会|委|办公室|办|管理处|中心|署|联|联合会)$/;
/**
 * Since a fix of stop 63 after the measure of 2576–2620: a zone's body named from the zone's kind, its
 * place left out (`经济技术开发区经济发展局2021年政府信息公开工作年报`, real: 经济技术开发区经济发展局 2021,
 * its text naming no place at all): every such zone has a place before its kind (`某某经济技术开发区`). Only
 * the kinds written in full; a short 高新区 is the usual name of one district's zone (`高新区(新市区)`).
 */
const ZONE_KIND_FIRST =
  /^(?:国家级)?(经济技术开发区|高新技术产业开发区|高新技术开发区|经济开发区)[\u4e00-\u9fff]{2,}$/;
/**
 * Since a fix of stop 63 after the measure of 2576–2620: a park's office named by the park alone while
 * the text names the park after its place (`通航产业园管理办2023年…` over `“武汉经济技术开发区通航产业园”
 * 微信公众号`, real: 通航产业园管理办 2023): the park's own name has no place in it. The park's name is
 * the agency's before its kind; the place right before it a zone (开发区, 新区), a city or a county
 * whose name is not `全市`, `本县`.
 */
const PARK_BODY =
  /^((?![省市县区州旗盟])[\u4e00-\u9fff]{2,8}(?:产业园|工业园|科技园|园区))(?:管理委员会|管委会|管理办公室|管理办|管理局|管理处)$/;
const PLACE_BEFORE_PARK =
  /(?:[\u4e00-\u9fff]{2}(?:开发区|高新区|新区)|[\u4e00-\u9fff](?![全本我该各两])[\u4e00-\u9fff][市县])$/;
// No anchor: read only for an agency named as a park's office (`PARK_BODY`), the park's name looked for
// (`includes`) before the text is compacted.
const parkWithPlaceIn = perTextAnd((_, park: string, analysed): string | null => {
  if (!analysed.text.includes(park)) return null;
  const text = compactText(analysed);
  for (let at = text.indexOf(park); at >= 0; at = text.indexOf(park, at + 1)) {
    const before = text.slice(Math.max(0, at - 12), at);
    const place = PLACE_BEFORE_PARK.exec(before);
    if (place === null) continue;
    const start = before.search(/[\u4e00-\u9fff]*$/);
    return `${before.slice(start)}${park}`;
  }
  return null;
});
/** The zone's kind a body's name opens with, or the park's name printed with its place in a text. */
function zoneOrParkPlaceless(ctx: CheckContext, name: string): Finding[] {
  const zone = ZONE_KIND_FIRST.exec(name)?.[1];
  if (zone !== undefined)
    return [
      {
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `机关名称“${name}”以“${zone}”开头，没有写明是哪里的${zone}（缺地名），请写全称（如“某某${name}”）`,
      },
    ];
  const park = PARK_BODY.exec(name)?.[1];
  if (park === undefined) return [];
  for (const text of textsOf(ctx)) {
    const said = parkWithPlaceIn(text, park);
    if (said !== null)
      return [
        {
          fields: ['meta.agencyName', text.field],
          section: 'meta',
          message: `机关名称“${name}”没有写明是哪里的${park}（缺地名），文中写作“${said}”：请写全称`,
        },
      ];
  }
  return [];
}

/**
 * Since a fix of stop 35 after the measure of 674–718: a department named by its kind alone, no place
 * and no level in it (real: 资溪县农业农村局 2020, titled and issued as `农业农村局`; 绵阳市卫生健康委员会
 * 2020, `2020年卫生健康委员会…年度报告`). Not a zone's or a park's (`五华科技产业园管理委员会`: 五华 is
 * its place), nor a street's (`佳荣里街`), nor a national body (`国家…局`).
 */
/*
 * Since a fix of stop 38 after the measure of 1049–1078: a 中心 so named (real: 互助县政务服务中心 2020,
 * titled `政务服务中心2020年政府信息公开工作年度报告`, `发布机构:政务服务中心`).
 */
const NO_PLACE_DEPARTMENT = /^(?!国家|中国|中央|国务院)[\u4e00-\u9fff]{2,12}(?:局|委员会|中心)$/;
const SOME_PLACE = /[省市县区州旗盟镇乡街园]|苏木|嘎查|自治|开发|新城|片区/;
/**
 * Since a fix of stop 52 after the measure of 2081–2125: a police sub-bureau is named after its
 * district with the district's 区 left out (`东湖公安分局`, real: 南昌市东湖公安分局 2020; `沙坪坝区公安
 * 分局` keeps it): the words before 公安分局 are the place.
 */
const POLICE_OF_PLACE = /^[\u4e00-\u9fff]{2,4}公安分局$/;
/**
 * Since a fix of stop 54 after the measure of 2171–2215: a line agency of a ministry is named after the
 * city, province or waterway it serves, with no 市 or 省 (`深圳海事局`, real: 2020, of the 交通运输部;
 * `广东海事局`, `长江航道局`, `上海铁路监督管理局`): the words before its kind are the place.
 */
const LINE_AGENCY_OF_PLACE =
  /^[\u4e00-\u9fff]{2,4}(?:海事局|海警局|航道局|航务管理局|铁路监督管理局)$/;

/**
 * Since a fix of stop 44 after the measure of 1379–1423: with no agency known (a report printed
 * without its title), the preface presenting the report by the agency's name without its place
 * (`现向社会公布2023年度区水利局政府信息公开工作年度报告`, real: 昭化区水利局 2023; `特向制定2020年度县
 * 统计局信息公开年度报告`, real: 息烽县统计局 2020): the name the report gives itself, after its year
 * and before the report's name, a bare 区, 县… then the department (`PLACELESS_DEPARTMENT`). Not the
 * body with its place (`2023年度昭化区水利局…`), nor `本局`, `我局`.
 * Since a fix of stop 61 after the measure of 2486–2530: nor where the preface itself names the body with
 * its place (`特向社会公布2020年度县应急管理局信息公开年度报告…请与铜鼓县应急管理局办公室联系`, real: 2515
 * 铜鼓县应急管理局 2020, its gatherer passing it): the short name of a body the preface names whole, as
 * its readers see; 1386's preface names 区水利局 only, 1392's names 县统计局 only (its overview the rest).
 */
const PLACELESS_IN_REPORT_NAME =
  /(?:公布|发布|制定|编制|印发)[^，,。；;：:《》“”\d]{0,8}?(?:19|20)\d{2}年度?([省市县区州旗盟][\u4e00-\u9fff]{1,12}?)(?=(?:政府)?信息公开)/;
/**
 * Since a fix of stop 46 after the measure of 1574–1633: the preface naming the work of the year by
 * the department's kind alone, no place nor level (`在认真总结2021年医疗保障局政府信息公开工作的基础上`,
 * `请联系医疗保障局`, real: 尚志市医疗保障局 2021, printed without its title): a year, then the
 * name (`NO_PLACE_DEPARTMENT`, no place in it), right before 政府信息公开 or 信息公开. Not `本局`, `我局`
 * (`2024年度本局信息公开年度报告`, real: 济宁市南四湖水利事务中心 2024).
 */
/*
 * Since a fix of stop 64 after the measure of 2621–2665: nor a verb before the report's own `我局`
 * (`2019年是我局信息公开工作开局之年`, real: 2633, a 2019 report whose text names its body only `我局`):
 * the sentence says what the year was for the body, it names none.
 */
const KIND_ONLY_BEFORE_WORK =
  /(?:19|20)\d{2}(?:年度|年(?!度))((?![本我全各该]|[是为系对在由将][本我])[\u4e00-\u9fff]{2,12}?(?:局|委员会|中心))(?=(?:政府)?信息公开)/;
/**
 * Since a fix of stop 49 after the measure of 1769–1813: the report presented after 现将, before its
 * verb (`现将2023年度市应急管理局政府信息公开工作报告…予以公布`, real: 安康市应急管理局 2023), by the
 * name without its place where the same text names the body with it (`…安康市应急管理局门户网站`): the
 * place lost in the report's name. A text that never names the place (`现将2020年度市人力资源社会保障
 * 局信息公开工作总结报告如下`, real: 济宁市人社局 2020, its gatherer: 不计) is left as it was read.
 */
const PLACELESS_PRESENTED =
  /现将[^，,。；;：:《》“”\d]{0,8}?(?:19|20)\d{2}年度?([省市县区州旗盟][\u4e00-\u9fff]{1,12}?)(?=(?:政府)?信息公开)/;
/**
 * Since a fix of stop 56 after the measure of 2261–2305: the same report presented by 现公开/现公布/现发布,
 * the bare name before its year (`现公开县文化广电和旅游局2021年政府信息公开工作年度报告`, real: 饶河县文化
 * 广电和旅游局 2021, printed without its title), where the same text names the body with its place
 * (`饶河县文化广电和旅游局办公室`): the place lost in the report's name, as after 现将. A text that never
 * names the place is left as read (`现公布区统计局2023年…`, real: 杨凌区统计局 2023; `现发布省市场监管局
 * 2023年…`, real: 黑龙江省市场监管局 2023, their gatherers passing them).
 */
const PLACELESS_BEFORE_YEAR =
  /现(?:公开|公布|发布)([省市县区州旗盟][\u4e00-\u9fff]{1,12}?)(?:19|20)\d{2}年度?(?:政府)?信息公开/;
/** What may end a word before a name that is no place's (`年度市…局`, `由市…局`). */
const NOT_PLACE_END = /[年度将在由和与及的为是向对经、，,。；;：:（(“《\s]/;
function namedWithPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at > 0; at = text.indexOf(name, at + 1)) {
    const before = text.charAt(at - 1);
    if (isHanCode(text.charCodeAt(at - 1)) && !NOT_PLACE_END.test(before)) return true;
  }
  return false;
}

/**
 * Since a fix of stop 50 after the measure of 1814–1858: the preface saying who compiled the report
 * by a bare 区, 县… then the department (`本年度报告由区发展和改革局根据《…》…编制而成`, real: 常州市金坛区
 * 发展和改革局 2024, printed without its title, its gatherer writing it down): the sentence that names
 * the report's author, as the report's name does (`PLACELESS_IN_REPORT_NAME`). Not `由本局`, `由我局`.
 */
const PLACELESS_COMPILER =
  /报告由([省市县区州旗盟][\u4e00-\u9fff]{1,12}?)(?=根据|按照|依据|依照|负责|编制|汇总|组织)/;

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the bare department named as the body whose
 * year of work the report is compiled from (`结合市市场监督管理局政府信息公开年度工作情况和有关统计数据编制
 * 本报告`, real: 丹江口市市场监督管理局 2020): the sentence that says whose report it is. Not the bare name
 * heading the report's name after 现公布 (`现公布区统计局2023年…年度报告`, `现发布省市场监管局2023年…`,
 * real: 杨凌区统计局 2023, 黑龙江省市场监管局 2023, their gatherers passing them).
 */
const PLACELESS_WORK_COMPILED =
  /(?:结合|根据|依据)([省市县区州旗盟][\u4e00-\u9fff]{1,12}?(?:局|委员会|委|办公室|中心))(?:(?:19|20)\d{2}年度?)?(?:的)?(?:政府信息公开|政务公开)[^。；;]{0,24}?编制(?:了)?本(?:年度)?报告/;

/**
 * Since a fix of stop 59 after the measure of 2396–2440: the compiler named by a bare 自治州, 自治县,
 * 自治旗 or 自治区 then the department (`本年度报告是根据《…》要求,由自治州科技局编制`, real: 博尔塔拉蒙古
 * 自治州科学技术局 2024, its gatherer writing the prefecture's name lost): the level's word of an
 * autonomous region names none of them, as a bare 州 or 县 does not.
 */
const AUTONOMOUS_COMPILER =
  /由(自治[州县旗区][\u4e00-\u9fff]{1,12}?(?:局|委员会|委|办公室|办|中心))(?=根据|按照|依据|依照|负责|编制|汇总|组织)/;

const placelessInPreface = perText((_, analysed): string | null => {
  const text = compactText(analysed);
  if (analysed.text.includes('由自治')) {
    const autonomous = AUTONOMOUS_COMPILER.exec(text)?.[1];
    if (autonomous !== undefined) return autonomous;
  }
  if (!text.includes('信息公开')) return null;
  const name = PLACELESS_IN_REPORT_NAME.exec(text)?.[1];
  if (name !== undefined && PLACELESS_DEPARTMENT.test(name) && !namedWithPlace(text, name))
    return name;
  const source = text.includes('编制') ? PLACELESS_WORK_COMPILED.exec(text)?.[1] : undefined;
  if (source !== undefined && PLACELESS_DEPARTMENT.test(source)) return source;
  const compiler = text.includes('报告由') ? PLACELESS_COMPILER.exec(text)?.[1] : undefined;
  if (compiler !== undefined && PLACELESS_DEPARTMENT.test(compiler)) return compiler;
  const put = text.includes('现将')
    ? PLACELESS_PRESENTED.exec(text)
    : text.includes('现公') || text.includes('现发')
      ? PLACELESS_BEFORE_YEAR.exec(text)
      : null;
  const presented = put?.[1];
  if (
    put &&
    presented !== undefined &&
    PLACELESS_DEPARTMENT.test(presented) &&
    namedWithPlace(text.replace(put[0], ''), presented)
  )
    return presented;
  const kind = KIND_ONLY_BEFORE_WORK.exec(text)?.[1];
  return kind !== undefined && NO_PLACE_DEPARTMENT.test(kind) && !SOME_PLACE.test(kind)
    ? kind
    : null;
});

/**
 * Since a fix of stop 48 after the measure of 1634–1678: the title naming the agency without its
 * place while the preface names it whole (`市统计局2022年…` over `现公布德州市统计局2022年…`, real:
 * 德州市统计局 2022; `市人民政府办公室2025年…`, real: 天门市 2025): the title alone, which readers see
 * first, does not say whose report it is.
 */
/** An autonomous region's, prefecture's, county's or banner's level opening a name. */
const AUTONOMOUS_LEVEL = /^自治[区州县旗](?=[\u4e00-\u9fff]{2})/;

function titlePlaceless(printed: string | undefined, name: string): Finding[] {
  if (printed === undefined) return [];
  // Since a fix of stop 49 after the measure of 1769–1813: a title's short name with no place at all
  // (`住建局2020年…`, the preface's `梅河口市住房和城乡建设局`).
  // Since a fix of stop 70 after the measure of 2891–2935: a region's body by its level alone
  // (`自治区林业和草原局2021年…` under the page's banner `新疆维吾尔自治区林业和草原局`, real: 2900).
  const region = AUTONOMOUS_LEVEL.exec(printed)?.[0];
  const where =
    PLACELESS.test(printed) || PLACELESS_DEPARTMENT.test(printed)
      ? `哪个${printed.slice(0, 1)}`
      : region !== undefined
        ? `哪个${region}`
        : NO_PLACE_DEPARTMENT.test(printed) && !SOME_PLACE.test(printed)
          ? '哪里的'
          : null;
  if (where === null) return [];
  return [
    {
      target: 'title',
      fields: ['meta.agencyName'],
      section: 'meta',
      message: `标题中的机关名称“${printed}”没有写明是${where}（缺地名），正文写作“${name}”：请在标题中写全称`,
    },
  ];
}

/**
 * Since a fix of stop 49 after the measure of 1769–1813: the agency's own website named by the
 * agency's name with its place cut (`报告电子版可在人力资源和社会保障局网政府信息公开专栏下载`, real:
 * 遵义市人力资源和社会保障局 2021): the name after its place, four characters or more, right before
 * 网 (网站, 门户网), not after the place's end nor any other word of a name (`本局网站`, `遵义市人力资源
 * 和社会保障局网站` are right): after a preposition or verb of where (`在`, `于`, `登录`…) or a mark.
 */
const SITE_AFTER_NAME = /^(?:门户)?网/;
const WHERE_BEFORE = /(?:^|[在于至到入录陆过、，,。；;：:（(“])$/;
const placelessSiteIn = perTextAnd((_, rest: string, analysed): string | null => {
  if (!analysed.text.includes(rest)) return null;
  const text = compactText(analysed);
  for (let at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1)) {
    const after = at + rest.length;
    if (!SITE_AFTER_NAME.test(text.slice(after, after + 3))) continue;
    if (WHERE_BEFORE.test(text.slice(Math.max(0, at - 1), at)))
      return `${rest}${text.slice(after, after + (text.startsWith('门户', after) ? 3 : 1))}`;
  }
  return null;
});
/** The agency's name after its place, when it has one and the rest is long enough to be read. */
function nameAfterPlace(name: string): string | null {
  const place = PLACE_END.exec(name);
  if (!place) return null;
  const rest = name.slice(place.index + place[0].length);
  return rest.length >= 4 ? rest : null;
}

/** The report's agency named without its place (warning). */
export const agencyPlaceMissingCheck = defineCheck({
  id: 'agency-name-place-missing',
  severity: 'warning',
  spec: '4.5',
  title: '机关名称缺地名',
  run(ctx) {
    const { report } = ctx;
    const name = compactName(report.meta.agencyName);
    if (name === '')
      return textFindings(
        ctx,
        (text) => (text.section === 'meta' ? placelessInPreface(text) : null),
        (said) =>
          PLACELESS_DEPARTMENT.test(said) || said.startsWith('自治')
            ? `序言称本机关为“${said}”，没有写明是哪个${said.slice(0, said.startsWith('自治') ? 3 : 1)}（缺地名），请写全称（如“某某${said}”）`
            : `序言称本机关为“${said}”，没有写明是哪里的${said.endsWith('中心') ? '中心' : said.endsWith('局') ? '局' : '委员会'}（缺地名），请写全称（如“某某县${said}”）`,
      );
    if (
      NO_PLACE_DEPARTMENT.test(name) &&
      !SOME_PLACE.test(name) &&
      !POLICE_OF_PLACE.test(name) &&
      !LINE_AGENCY_OF_PLACE.test(name)
    )
      return [
        {
          fields: ['meta.agencyName'],
          section: 'meta',
          message: `机关名称“${name}”没有写明是哪里的${name.endsWith('局') ? '局' : name.endsWith('中心') ? '中心' : '委员会'}（缺地名），请写全称（如“某某县${name}”）`,
        },
      ];
    if (!PLACELESS.test(name) && !PLACELESS_DEPARTMENT.test(name)) {
      const zoneOrPark = zoneOrParkPlaceless(ctx, name);
      if (zoneOrPark.length > 0) return zoneOrPark;
      const rest = nameAfterPlace(name);
      const sites =
        rest === null
          ? []
          : textFindings(
              ctx,
              (text) => placelessSiteIn(text, rest),
              (said) => `文中把本机关网站写作“${said}”，缺地名（机关名称为“${name}”）：请写全称`,
            );
      return [...titlePlaceless(report.source?.titleAgencyPlaceless, name), ...sites];
    }
    const level = name.slice(0, 1);
    return [
      {
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `机关名称“${name}”没有写明是哪个${level}（缺地名），请写全称（如“某某${name}”）`,
      },
    ];
  },
});
