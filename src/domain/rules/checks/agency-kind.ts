import { firstInParagraphs, perText, perTextAnd } from '../../format/memo';
import { compactText, matchesOf } from '../../format/text';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { factDefinitions } from '../narrative/facts';
import { findingIn, sumCells, textsOf, type ReportText } from '../support';
import { GOVERNMENTS_LINE_WORDS, LINE_NAME } from './lines-of-work';
import { ownAgency } from './other-unit-subject';

/** Who makes 规章, as both checks below tell the clerk. */
const REGULATION_MAKERS = '规章由国务院部门和省、自治区、直辖市及设区的市人民政府制定';

/** The 规章 made this year, as its row's cells and their sum, when above 0. */
function regulationsMade(
  ctx: CheckContext,
): { cells: readonly string[]; label: string; value: number } | null {
  const made = factDefinitions(ctx.template).get('regulationsMade');
  if (!made) return null;
  const { value } = sumCells(ctx, made.cells);
  return value > 0 ? { cells: made.cells, label: made.label, value } : null;
}

/**
 * Figures the kind of agency cannot have (SPEC §4.5, what a reviewer sees): 规章 are made only by
 * the State Council's departments and the governments of provinces and 设区的市, never by a 乡镇
 * or 街道 (a township's `规章制度类2条` typed into the 规章 row).
 */
export const townshipRegulationsCheck = defineCheck({
  id: 't2-regulations-by-township',
  severity: 'warning',
  spec: '4.5',
  title: '乡镇（街道）填报了制发规章',
  run(ctx) {
    if (ctx.report.meta.agencyKind !== 'township') return [];
    const made = regulationsMade(ctx);
    if (!made) return [];
    return [
      {
        cells: made.cells,
        section: 'proactive',
        message: `${made.label}为 ${made.value}，但乡镇人民政府和街道办事处不能制定规章（${REGULATION_MAKERS}）：是否把内部规章制度或其他文件填进了规章一行？`,
      },
    ];
  },
});

/**
 * 规章 made by a county's (区's) government or one of its departments (real: 平潭综合实验区国有资产
 * 管理局 2021, `规章 | 1 | 0 | 1` while its text counts `政策、规范性文件类信息1条`): neither can
 * make 规章, which only the State Council's departments and the governments of provinces and
 * 设区的市 make. The level is the one the agency's name says (`县`, `区`); a city's or a
 * province's department, which may report the 规章 it drafted, is not asked. Only the count made
 * is read: 规章 published (2019's 本年新公开, 对外公开总数量) may be the province's or city's that
 * the agency carries out and reposts (real: 阎良区文化旅游局 2020, `规章 | 0 | 1 | 2`; 山头街道 2020).
 */
export const countyRegulationsCheck = defineCheck({
  id: 't2-regulations-by-county',
  severity: 'warning',
  spec: '4.5',
  title: '县级（区级）机关填报了制发规章',
  run(ctx) {
    const { agencyKind, agencyName } = ctx.report.meta;
    // A township's are said by `t2-regulations-by-township`.
    if (agencyKind === 'township') return [];
    if (levelOfName(agencyName.replace(/\s+/g, '')) !== 3) return [];
    const made = regulationsMade(ctx);
    if (!made) return [];
    return [
      {
        cells: made.cells,
        section: 'proactive',
        message: `${made.label}为 ${made.value}，但${agencyName}是县（区）级机关，县级人民政府及其部门不能制定规章（${REGULATION_MAKERS}）：是否把规范性文件或其他文件填进了规章一行？`,
      },
    ];
  },
});

/**
 * A county's (区's, 旗's) or a township's government named as the maker of 规章 (`对区政府规章进行了
 * 系统清理`, real: 藁城区人民政府 2022, copied from a city's report): neither makes any. Not an
 * autonomous region's (`自治区政府规章`), nor a list of levels (`市、区政府规章`), nor 规章制度
 * (internal rules, which any agency has). Only said in the report of a county's or a township's
 * agency, which speaks of its own government so (a 自治区's `我区政府规章` is the region's).
 */
/*
 * Since a fix of stop 39 after the measure of 1109–1138: the level's own store of 规章 (`完善区级行政
 * 规章库建设`, real: 青山湖区人民政府 2022): `区级`, `县级` 规章, which no such level makes.
 */
const OWN_REGULATIONS =
  /(?<![自治市特、])(?:(?:区|县|旗|镇|乡)(?:人民)?政府(?:的)?|(?:区|县|旗|镇|乡)级(?:行政)?)规章(?!制度)/;

/**
 * Since a fix of stop 51 after the measure of 1949–1993: the share of 规章 interpreted among the
 * agency's own documents (`规章、规范性文件和重大政策文件解读率达到100%`, real: 合江县人民政府办公室 2023): a
 * 解读率 counts what the agency itself issued, so its 规章 are said its own. Not 规章制度.
 */
const OWN_REGULATIONS_INTERPRETED = /规章(?!制度)[、和及与][^。；;，,]{0,20}?解读率/;

/** A clause's end, for quoting the clause a finding is in. */
const CLAUSE_END = /[。；;，,\n]/;

/** The clause naming a county's or township's 规章, and the words naming them; paragraph by paragraph. */
const ownRegulationsIn = firstInParagraphs('章', (paragraph, analysed) => {
  if (!paragraph.includes('规章')) return null;
  const compact = compactText(analysed);
  const own = OWN_REGULATIONS.exec(compact);
  const interpreted = own ? null : OWN_REGULATIONS_INTERPRETED.exec(compact);
  const m = own ?? interpreted;
  if (!m) return null;
  let from = m.index;
  while (from > 0 && !CLAUSE_END.test(compact.charAt(from - 1))) from -= 1;
  let to = m.index + m[0].length;
  while (to < compact.length && !CLAUSE_END.test(compact.charAt(to))) to += 1;
  return { said: compact.slice(from, to), words: interpreted ? '本级的规章' : m[0] };
});

/**
 * Since a fix of stop 50 after the measure of 1814–1858: a township disclosing 行政法规 and 规章 as its
 * own (`依法公开行政法规、规章和规范性文件`, real: 仁怀市后山苗族布依族乡 2023; `主动公开本行政机关的行政法规、
 * 规章和规范性文件`, real: 猫儿山镇 2020): the 条例's list for every agency copied as the township's work,
 * which makes neither (行政法规 are the State Council's, 规章 a province's or a city's). Only a township's,
 * and only as what it discloses (`公开…`): a text saying it made none (`未制定行政法规、规章`) is not read.
 */
const TOWNSHIP_DISCLOSES_REGULATIONS =
  /公开(?:本行政机关|本机关|本级)?的?行政法规、规章(?!制度)[^。；;，,]{0,8}/;
/**
 * Since a fix of stop 50 after the measure of 1859–1903 (helper f36): or the same kinds as a numbered
 * item of its own of what the township lists it published (`公开内容:` then `1、行政法规、规章和规范性
 * 文件;`, real: 水城区发耳镇 2022), the item all of one line. A heading of the kind's figures
 * (`1.行政法规、规章和规范性文件公开情况`, 1755's, its gatherer's wording) goes on, not read.
 */
const REGULATIONS_LISTED =
  /^[\d１-９一二三四五六七八九十]{1,2}[、.．)）]行政法规、规章(?:和|及|、)规范性文件[;；。]?$/m;
/**
 * Since a fix of stop 52 after the measure of 2039–2080: or 法规 and 规章 said issued by the township
 * (`累计主动公开政府信息640条,涵盖政府出台的各类法规、规章和规范性文件`, real: 庆阳市 杜村乡 2024): 出台,
 * 制定 or 制发 says its own making, which it cannot. Not 发布 (`政务公开平台发布法规规章7条`, real: 华丰镇
 * 2023, the upper levels' reposted, passed by its gatherer), nor a making denied (`未制定行政法规、规章`).
 */
const TOWNSHIP_MADE_REGULATIONS =
  /(?<![未不没无])(?:出台|制定|制发)的?(?:各类|各项)?(?:行政)?法规[、和及]?规章(?!制度)[^。；;，,]{0,8}/;
const townshipDisclosesRegulationsIn = firstInParagraphs('章', (paragraph, analysed) => {
  if (!paragraph.includes('行政法规、规章') && !paragraph.includes('法规')) return null;
  const compact = compactText(analysed);
  return (
    TOWNSHIP_DISCLOSES_REGULATIONS.exec(compact)?.[0] ??
    REGULATIONS_LISTED.exec(compact)?.[0] ??
    TOWNSHIP_MADE_REGULATIONS.exec(compact)?.[0] ??
    null
  );
});

export const countyRegulationsInTextCheck = defineCheck({
  id: 'regulations-below-level',
  severity: 'warning',
  spec: '4.5',
  title: '县级（乡镇）政府的报告写了本级政府规章',
  run(ctx) {
    const township = isTownship(ctx) || opensAsTownship(ctx);
    if (!township && levelOf(ctx) !== 3) return [];
    for (const text of textsOf(ctx)) {
      const disclosed = township ? townshipDisclosesRegulationsIn(text) : null;
      if (disclosed)
        return findingIn(
          text,
          `乡镇（街道）的报告写“${disclosed}”：乡镇不制定行政法规、规章（${REGULATION_MAKERS}），这是条例列举的各机关公开范围，是否照抄了条例或上级的报告？请写本机关实际公开的规范性文件等信息`,
        );
      const found = ownRegulationsIn(text);
      if (!found) continue;
      const { said, words } = found;
      return findingIn(
        text,
        `报告写“${said}”：县级人民政府和乡镇人民政府不能制定规章（${REGULATION_MAKERS}），没有“${words}”，是否照抄了上级的报告？所指的或是规范性文件，请核对`,
      );
    }
    return [];
  },
});

/** `共制发公文类政府信息64件`, `全年印发文件32份`: every document the agency issued this year. */
const ALL_DOCUMENTS =
  /(?:制发|印发|发文|制作)[^，,。；;\d]{0,8}?(?:公文|文件)[^，,。；;\d]{0,8}?(\d+)(?:件|份|个)/g;
/** Below this, all of a year's documents may well be 规范性文件. */
const MIN_ALL_DOCUMENTS = 5;

/**
 * 规范性文件 made as many as every document the text says the agency issued (`共制发公文类政府信息
 * 64件` and 64 in the 规范性文件 row): 规范性文件 are a few of an agency's documents, so the row
 * most likely holds all of them.
 */
export const normativeAllDocumentsCheck = defineCheck({
  id: 't2-normative-all-documents',
  severity: 'warning',
  spec: '4.5',
  title: '规范性文件制发数等于全部发文数',
  run(ctx) {
    const made = factDefinitions(ctx.template).get('normativeMade');
    if (!made) return [];
    const v = sumCells(ctx, made.cells);
    if (!v.complete || v.value < MIN_ALL_DOCUMENTS) return [];
    for (const { field, text } of textsOf(ctx)) {
      // `制发的规范性文件77件` is the row's own count.
      const said = matchesOf(ALL_DOCUMENTS, compactText(text)).find(
        (m) => !/规范性|规章/.test(m[0]) && Number(m[1]) === v.value,
      );
      if (!said) continue;
      return [
        {
          cells: made.cells,
          fields: [field],
          section: 'proactive',
          message: `${made.label}为 ${v.value}，与正文“${said[0]}”的全部发文数相同：规范性文件只是发文中的一部分，是否把全部公文填进了规范性文件一行？`,
        },
      ];
    }
    return [];
  },
});

/**
 * Organising the work of a whole province, city or county (`组织推动全省政府信息公开工作`, real:
 * 金厂镇 2025, copied from a province's report), or raising its level (`着力提升全市政务公开工作
 * 水平`, real: 巨鹿县文化广电和旅游局 2024, copied from a city's): what a 乡镇 or 街道 cannot do.
 * Following the province's or city's plans (`按照全市统一部署`) is not organising them. Doing the
 * whole area's work (`为认真做好全市2022年度政府信息公开工作年度报告发布工作`, real: 嘉鱼县人民政府
 * 2022, copied from the city's notice) is the same, helping with it (`配合做好全市…`) is not.
 */
// Since a fix of stop 37 after the measure of 929–958: the verb with 了 after it (`切实推进了全县政府
// 信息公开工作`, real: 嘉鱼县潘家湾镇 2020); helping with any of them (`配合推进全县…`) is not said.
// Since a fix of stop 45 after the measure of 1514–1543: the year between the verb and the area
// (`为做好2020年全州政府信息公开工作年度报告编制及发布工作`, real: 锦屏县生态移民局 2020, the prefecture's
// notice copied into a county bureau's preface), as `做好全市2022年度…` (嘉鱼县 2022) has it after.
const ABOVE_TOWNSHIP =
  /(?<!配合|协助|协同|参与)(?:组织|推动|推进|指导|统筹|督促|部署|领导|提升|提高|做好)了?(?:推动|推进|开展|指导|协调|督促)?(?:(?:19|20)\d{2}年度?)?(全(?:国|省|市|州|盟|县))(?:范围内)?(?:的)?(?:各级|各地|各部门|各单位)?[^。；;，,]{0,8}?(?:政府信息公开|政务公开|信息公开)工作/;

/**
 * A report compiled from the work of every unit of an area (`综合全区各镇(街办)、各部门(单位)2019年
 * 政府信息公开工作情况编制`, real: 水东镇 2019, copied from 章贡区's preface): only the area's
 * government compiles one.
 */
const COMPILED_FROM_AREA =
  /综合(全(?:国|省|市|州|盟|县|区|旗))(?:各|所属)[^。；;]{0,40}?(?:政府信息公开|政务公开|信息公开)工作(?:情况)?(?:编制|汇总)/;

/**
 * The same with the work named first and what is done to it after (`进一步加大对全市政府信息公开工作的
 * 推进、指导、协调`, real: 中阳县 2022, copied from a city's report).
 */
const ABOVE_TOWNSHIP_AFTER =
  /(?:加大|加强)对(全(?:国|省|市|州|盟|县))(?:范围内)?(?:的)?(?:各级|各地|各部门|各单位)?[^。；;，,]{0,8}?(?:政府信息公开|政务公开|信息公开)工作的?(?:组织|推动|推进|指导|统筹|督促|领导)/;

/**
 * Since a fix of stop 40 after the measure of 1199–1258: the disclosure scope of an area's whole
 * line of bodies (`其中全省卫生健康系统信息公开范围主要是:机构职能;…全省卫生健康事业发展统计信息`,
 * real: 三亚市卫生健康委员会 2020, copied from the province's commission): only the area's own body
 * sets what its system discloses.
 */
const SYSTEM_SCOPE_OF_AREA =
  /(全(?:国|省|市|州|盟|县))[\u4e00-\u9fff]{0,10}?系统(?:的)?(?:政府)?(?:信息公开|政务公开)(?:的)?范围/;

/**
 * Since a fix of stop 42 after the measure of 1349–1378: the role of the work's 主管部门 claimed
 * (`积极履行政府信息公开工作主管部门职责`, real: 临淄区齐都镇 2022, as 广州市人民政府办公厅 2020 and 陇南市
 * 政府办 2024 write `积极履行全市政务公开工作主管部门职责`): the 主管部门 are the general offices of
 * the governments of 县级 and above (条例 第三条), never a 乡镇 or 街道. Not a 街道 naming its own
 * office the 主管部门 of its units (`明确街道办公室为主管部门`, real: 金融街街道 2025), nor one
 * answering to the 主管部门 (`接受主管部门…监督`).
 */
const COMPETENT_ROLE =
  /(?:履行|发挥|承担|担负|担当|行使)(?:好|了)?(?:全(?:国|省|市|州|盟|县|区|旗))?(?:的)?(?:政府信息公开|政务公开|信息公开)(?:工作)?主管部门(?:的)?(?:职责|职能|作用)/;

/**
 * Since a fix of stop 38 after the measure of 1079–1108: a document's title cited (`《关于做好全市
 * 2020年度政府信息公开工作年度报告编写工作的通知》`, real: 西秀区黄腊乡 2020, the city's notice its
 * preface follows) is the issuer's words, not the township's own work: read with its titles left out.
 */
const CITED_TITLE = /《[^《》\n]{0,80}》/g;

/**
 * What each of the three expressions above needs: 全 before a place's kind (issue 17: most texts
 * have none, and are not read by the three, nor their titles blanked).
 */
const WHOLE_AREA = /全[国省市州盟县区旗]/;

const aboveTownshipIn = perText({ anyOf: '全', otherwise: null }, (_, analysed) => {
  const compact = compactText(analysed);
  if (!WHOLE_AREA.test(compact)) return null;
  const text = compact.includes('《') ? compact.replace(CITED_TITLE, '《》') : compact;
  return (
    ABOVE_TOWNSHIP.exec(text) ??
    ABOVE_TOWNSHIP_AFTER.exec(text) ??
    COMPILED_FROM_AREA.exec(text) ??
    SYSTEM_SCOPE_OF_AREA.exec(text)
  );
});

/**
 * Since a fix of stop 42 after the measure of 1349–1378: a report said to be compiled from the work
 * of a county, district or city as its own (`结合2022年我县政府信息公开工作编制而成`, real: 东至县花园乡
 * 2022, the preface of 东至县人民政府办公室's report of the year word for word): a township's report is
 * compiled from its own work; `我县`, `全县` there are the county's words.
 */
const COMPILED_FROM_OWN_AREA =
  /(?:结合|综合|根据|依据)(?:(?:19|20)\d{2}年度?)?((?:我|全)(?:省|市|州|盟|县|区|旗))(?:(?:19|20)\d{2}年度?)?(?:的)?(?:政府信息公开|政务公开|信息公开)?工作(?:实际|情况|开展情况)?[，,]?(?:编制|编写|撰写|汇总)/;

const compiledFromOwnAreaIn = perText({ anyOf: '编撰汇', otherwise: null }, (_, analysed) => {
  const compact = compactText(analysed);
  return compact.includes('编') || compact.includes('撰') || compact.includes('汇总')
    ? COMPILED_FROM_OWN_AREA.exec(compact)
    : null;
});

/** A township's text claiming the 主管部门's role (`COMPETENT_ROLE`), read where 主管部门 is said. */
const competentRoleIn = perText({ anyOf: '管', otherwise: null }, (_, analysed) => {
  const compact = compactText(analysed);
  const m = compact.includes('主管部门') ? COMPETENT_ROLE.exec(compact) : null;
  if (!m) return null;
  // Quoted from its clause's start (`积极履行…`), 12 characters before it at most.
  let from = m.index;
  while (from > 0 && m.index - from < 12 && !CLAUSE_END.test(compact.charAt(from - 1))) from -= 1;
  return compact.slice(from, m.index + m[0].length);
});

/**
 * Since a fix of stop 46 after the measure of 1574–1633: a township's report running a 政府公报 of its
 * own (`强化政府公报服务功能,以赠阅发行方式,赠阅范围覆盖全镇17个村的“农家书屋”`, real: 从江县往洞镇 2022,
 * copied from the county's report): a 政府公报 is edited and issued by a government of a county or
 * above, never by a 乡镇 or 街道. Not one said not issued (`未发行政府公报`, real: 通榆县新兴乡 2022), nor
 * the gazettes of the levels above provided (`提供…中央、省、市三级为主的政府公报`, real: 熊官屯 2023),
 * nor the gazette's form changed (`推进政府公报数字化转型`, real: 兴化市昌荣镇 2025, not written down).
 */
const TOWNSHIP_GAZETTE =
  /(?:强化|发挥|提升|完善|办好)政府公报(?:的)?(?:服务|发布|宣传|权威)?(?:功能|作用|平台)|(?<![未不没无])(?:编印|编辑|编发|出版|发行|赠阅)了?《?政府公报/;

const townshipGazetteIn = perText({ anyOf: '报', otherwise: null }, (_, analysed) => {
  const compact = compactText(analysed);
  if (!compact.includes('政府公报')) return null;
  const m = TOWNSHIP_GAZETTE.exec(compact);
  if (!m) return null;
  let to = m.index + m[0].length;
  while (to < compact.length && !CLAUSE_END.test(compact.charAt(to))) to += 1;
  return compact.slice(m.index, to);
});

/** How a county's report speaks of itself (`我县`, `本县`, `我旗`), and how a city's or province's do. */
const SELF_COUNTY = /[我本](?:县|旗)/;
const SELF_ABOVE_COUNTY = /[我本](?:省|市|州|盟)/;

/**
 * The level of the report's agency: by its name, or, when no name was read, a county's when the
 * text speaks of itself as a county only (real: 中阳县 2022, `我县` throughout, its name cut from
 * the excerpt's title).
 */
function levelOf(ctx: CheckContext): number | null {
  const name = ctx.report.meta.agencyName.replace(/\s+/g, '');
  if (name !== '') return levelOfName(name);
  const reportTexts = textsOf(ctx);
  const texts = reportTexts.map((t) => compactText(t.text));
  if (texts.some((t) => SELF_ABOVE_COUNTY.test(t))) return null;
  if (texts.some((t) => SELF_COUNTY.test(t))) return 3;
  // Since a fix of stop 36 after the measure of 839–868: the agency the overview opens with
  // (real: 昌图县人民政府办公室 2024, `2024年,昌图县人民政府办公室坚持…`, no name read from its title).
  const opening = ownAgency('', reportTexts);
  return opening === '' ? null : levelOfName(opening);
}

/**
 * How a township's report speaks of itself (`我镇`, `本街道`), and how others' do.
 * Since a fix of stop 52 after the measure of 2039–2080: not `本单位` nor `本机关`, words any body
 * uses of itself, a township too (real: 庆阳市 杜村乡 2024, `我乡` twice and `本单位` once, its name
 * not read).
 */
const SELF_TOWNSHIP = /[我本](?:镇|乡|街道|苏木)/;
const SELF_OTHER = /[我本](?:省|市|县|区|旗|局|委|厅|办|中心|公司|集团|部门)/;

/**
 * A township's report: its kind, or, when no agency's name was read, a text that speaks of itself
 * as a township's only (real: 水东镇 2019, `我镇` twice, its name cut from the excerpt).
 */
function isTownship(ctx: CheckContext): boolean {
  const { agencyKind, agencyName } = ctx.report.meta;
  if (agencyKind === 'township') return true;
  if (agencyName.trim() !== '') return false;
  const texts = textsOf(ctx).map((t) => compactText(t.text));
  if (!texts.some((t) => SELF_TOWNSHIP.test(t))) return false;
  return !texts.some((t) => SELF_OTHER.test(t)) || texts.some((t) => TOWN_CONTACT.test(t));
}

/**
 * Since a fix of stop 50 after the measure of 1859–1903 (helper f36): no name read and the text never
 * saying `我镇`, a township by the agency its overview opens with (`2022年度,发耳镇认真贯彻《条例》`, real:
 * 水城区发耳镇 2022, its title not read). Only for what a township publishes (regulations-below-level).
 */
const TOWNSHIP_KIND = /(?:镇|乡|街道|苏木)(?:人民政府|办事处)?$/;
function opensAsTownship(ctx: CheckContext): boolean {
  if (ctx.report.meta.agencyName.trim() !== '') return false;
  return TOWNSHIP_KIND.test(ownAgency('', textsOf(ctx)));
}

/**
 * Since a fix of stop 42 after the measure of 1349–1378: a text whose contact for the report is a
 * town's government (`如对本报告有任何疑问,请与花园乡人民政府办公室联系`, real: 东至县花园乡 2022, its
 * title cut, `我乡` in its text and `我县` in the preface it copied from the county): the contact is
 * the reporting agency's own, so a text that also speaks as the town is the town's, whatever other
 * agency it speaks as.
 */
const TOWN_CONTACT =
  /请(?:与|联系)[\u4e00-\u9fff]{2,16}?(?<![乡城])(?:镇|乡|苏木)(?:人民)?政府[\u4e00-\u9fff]{0,8}?(?:联系|[（(]|[,，:：])/;

/** The last township word of an agency's name: a 街道's, or a 乡's, 镇's or 苏木's. */
const TOWNSHIP_WORD = /(街道)|(乡|镇|苏木)/g;

function townshipKindOf(name: string): 'street' | 'town' | null {
  let kind: 'street' | 'town' | null = null;
  for (const m of matchesOf(TOWNSHIP_WORD, name)) kind = m[1] ? 'street' : 'town';
  return kind;
}

/**
 * How a 乡's, 镇's or 苏木's report speaks of itself (`我镇`, `本乡`), and how other agencies' do;
 * not 本机关, 本单位 or 本部门, words any agency uses of itself (`主要报告本机关上一年度…`, the
 * format's own words copied, real: 高陂镇 2022).
 */
const SELF_TOWN = /[我本](?:镇|乡|苏木)/;
const SELF_NOT_TOWN = /[我本](?:省|市|县|区|旗|街道|局|委|厅|办|中心|公司|集团)/;

/**
 * Whether the report is a 乡's, 镇's or 苏木's, the people's government of a township (a 街道 is an
 * office of its district's government): by its agency's name, or, when the import read none (or
 * page furniture that names no agency, `您当前的位置:>>`, real: 大涌镇 2022), by a text that speaks
 * of itself as a town's only (real: 府河镇 2023, 高陂镇 2022, their titles cut or headed by the
 * town's bare name).
 */
export function isTownGovernment(ctx: CheckContext): boolean {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = agencyName.replace(/\s+/g, '');
  if (NAMES_AGENCY.test(name)) {
    return (agencyKind === 'township' || agencyKind === 'government') && TOWN_NAME.test(name);
  }
  const texts = textsOf(ctx).map((t) => compactText(t.text));
  if (!texts.some((t) => SELF_TOWN.test(t))) return false;
  return (
    !texts.some((t) => SELF_NOT_TOWN.test(t)) ||
    texts.some((t) => TOWN_CONTACT.test(t) || TOWN_OWN_GUIDE_OR_PORTAL.test(t))
  );
}

/**
 * Since a fix of stop 52 after the measure of 2039–2080: a text speaking as a town that names a town
 * government's own guide or portal as its own (`制定《普宁市赤岗镇人民政府信息公开指南》`, `以普宁市赤岗镇
 * 人民政府门户网站为主`, real: 普宁市赤岗镇 2024, `我镇` throughout and `我局` once, a copied clause): the
 * guide and the portal are the reporting body's, so the text is the town's, as with its contact.
 */
const TOWN_OWN_GUIDE_OR_PORTAL =
  /(?:制定|编制|修订|更新)《[\u4e00-\u9fff]{2,16}?(?:镇|乡|苏木)人民政府(?:政府)?信息公开指南》|以[\u4e00-\u9fff]{2,16}?(?:镇|乡|苏木)人民政府门户网站为主/;

/** A town's name (`湘阴县南湖洲镇人民政府`, `…扎格斯台苏木人民政府`; not `镇宁自治县政府`). */
const TOWN_NAME = /(?:镇|乡|苏木)(?:人民)?(?:政府)?$/;
/** A name read as an agency's ends in a Chinese character (not `您当前的位置:>>`). */
const NAMES_AGENCY = /[\u4e00-\u9fff]$/;

/**
 * Since a fix of stop 32 after the measure of 524–553: a township's report naming its whole area
 * by another township kind's word, a paragraph copied from a neighbour's report (`两家子满族乡迅速
 * 组织全街开展新《条例》学习`, real: 两家子满族乡 2020, the same paragraph as 文庙街道's): `全街` in
 * a 乡's or 镇's report, `全乡`/`全镇` in a 街道's. Not `安全街…`, `健全`, `完全` (the character
 * before 全 makes another word), nor a street's name (`全街区`, `全街巷`).
 */
const STREET_SCOPE = /(?:^|[^安完健齐])(全街(?:道)?)(?![区巷头景])/;
const TOWN_SCOPE = /(?:^|[^安完健齐])(全[乡镇])/;

const otherScopeIn = perTextAnd((_, kind: 'street' | 'town', analysed) => {
  const text = compactText(analysed);
  if (!text.includes(kind === 'town' ? '全街' : '全')) return null;
  const m = (kind === 'town' ? STREET_SCOPE : TOWN_SCOPE).exec(text);
  if (!m) return null;
  const at = m.index + m[0].length - (m[1] ?? '').length;
  return { word: m[1] ?? '', context: text.slice(Math.max(0, at - 12), at + 12) };
});

/**
 * Since a fix of stop 41 after the measure of 1289–1318: the district, county or city a township
 * belongs to, named in its agency's name right before it (`深圳市光明区公明街道`: 光明区), said as the
 * subject of the year's requests received or information published (real: 光明区公明街道 2020,
 * `2020年光明区共受理4申请公开政府信息`): the district's work or figures copied, not the township's.
 * The place's name opening a clause (or after the year), its total's word, the verb.
 */
const PARENT_OF_TOWNSHIP =
  /^(.*[区县旗市])(?:人民政府)?[^区县旗市]{1,10}?(?:街道|镇|乡|苏木)(?:办事处|人民政府|政府)?$/;
const PARENT_BEFORE = /(?:^|[，,。；;：:\n]|(?:19|20)\d{2}年度?)$/;
const PARENT_WORK =
  /^(?:人民政府|政府)?(?:共|全年|累计|共计)(?:受理|收到|接到|接收|主动公开|公开|发布)/;

const parentOfTownship = (name: string): string | null => {
  const place = PARENT_OF_TOWNSHIP.exec(name)?.[1] ?? '';
  // The place word's own name (`光明区`, not `深圳市光明区`): after the last place word before it.
  const own = /(?:^|[市州盟县区旗省])([^市州盟县区旗省]{1,5}[区县旗市])$/.exec(place)?.[1] ?? '';
  return own.length >= 2 ? own : null;
};

const parentAsSubjectIn = perTextAnd((_, parent: string, analysed) => {
  const text = compactText(analysed);
  if (!text.includes(parent)) return null;
  for (let at = text.indexOf(parent); at >= 0; at = text.indexOf(parent, at + 1)) {
    const end = at + parent.length;
    if (!PARENT_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
    const work = PARENT_WORK.exec(text.slice(end, end + 12));
    if (!work) continue;
    const start = /[^，,。；;：:\n]*$/.exec(text.slice(Math.max(0, at - 8), at))?.[0] ?? '';
    return `${start}${parent}${text.slice(end, end + work[0].length + 16).replace(/[，,。；;\n].*$/, '')}`;
  }
  return null;
});

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the parent's disclosure work as what the
 * township pushes forward (`全力推动五原县政府信息公开工作高质量发展`, real: 五原县和胜乡 2023): a county's
 * words copied, the township pushing its own work, not the county's. The parent's bare name right
 * after the verb (`按照五原县政府信息公开工作要求` follows the county's work, and is not read).
 */
const PARENT_WORK_PUSHED_BEFORE = /(?:推动|推进|促进|统筹|组织|指导)(?:了)?$/;
const PARENT_WORK_PUSHED_AFTER = /^(?:人民政府|政府)?(?:政府信息公开|政务公开|信息公开)工作/;
const parentWorkPushedIn = perTextAnd((_, parent: string, analysed) => {
  const text = compactText(analysed);
  if (!text.includes(parent)) return null;
  for (let at = text.indexOf(parent); at >= 0; at = text.indexOf(parent, at + 1)) {
    const verb = PARENT_WORK_PUSHED_BEFORE.exec(text.slice(Math.max(0, at - 3), at));
    const work = verb && PARENT_WORK_PUSHED_AFTER.exec(text.slice(at + parent.length));
    if (verb && work) return `${verb[0]}${parent}${work[0]}`;
  }
  return null;
});

/**
 * With no agency's name (an excerpt), the parent read from the pushed words themselves when the text
 * names the township under it (`五原县和胜乡人民政府`): the region is then known to be the parent.
 */
const PUSHED_REGION =
  /(?:推动|推进|促进|统筹|组织|指导)了?([\u4e00-\u9fff]{2,5}?[县区旗市])(?:人民政府|政府)?(?:政府信息公开|政务公开|信息公开)工作/;
const TOWNSHIP_UNDER = /^[\u4e00-\u9fff]{1,6}?(?:乡|镇|街道|苏木)(?:人民政府|办事处)/;
const pushedRegionIn = perText({ anyOf: '推促统组指', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  const region = PUSHED_REGION.exec(text)?.[1] ?? '';
  return region === '' ? null : region;
});
function parentNamedInText(ctx: CheckContext): string | null {
  const texts = textsOf(ctx);
  for (const text of texts) {
    const region = pushedRegionIn(text);
    if (region === null) continue;
    const under = texts.some((t) => {
      const c = compactText(t);
      for (let at = c.indexOf(region); at >= 0; at = c.indexOf(region, at + 1))
        if (TOWNSHIP_UNDER.test(c.slice(at + region.length, at + region.length + 12))) return true;
      return false;
    });
    if (under) return region;
  }
  return null;
}

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the province's party committee and government
 * as the centre the township's work turns around (`紧紧围绕省委、省政府中心工作及社会群众关注关切`, real:
 * 万载县交湖乡 2021): a province's department's words copied; a township's centre is its county's
 * (`围绕县委、县政府中心工作`). In the corpus only provinces' and cities' bodies say it.
 */
const PROVINCE_CENTRE = /围绕(?:着)?省委、?省政府(?:的)?(?:中心工作|工作中心)/;
const provinceCentreIn = perText({ anyOf: '省', otherwise: null }, (_, analysed) =>
  PROVINCE_CENTRE.exec(compactText(analysed)),
);

/**
 * Since a fix of stop 47 after the measure of 1634–1678: the report the preface publishes named as
 * the township's parent's (`现发布《阿巴嘎旗2022年政府信息公开工作年度报告》`, real: 阿巴嘎旗那仁宝拉格
 * 苏木 2022): the county's preface copied, the report given the county's name. The parent's name
 * right after the verb and right before the year (`…苏木` or any other body after it is the
 * township's own name, `阿巴嘎旗那仁宝拉格苏木2022年…`).
 */
const PARENT_REPORT_BEFORE = /(?:发布|公布|现将|编制|印发)《?$/;
const PARENT_REPORT_AFTER =
  /^(?:人民政府)?(?:19|20)\d{2}年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告/;
const parentReportNamedIn = perTextAnd((_, parent: string, analysed) => {
  const text = compactText(analysed);
  if (!text.includes(parent)) return null;
  for (let at = text.indexOf(parent); at >= 0; at = text.indexOf(parent, at + 1)) {
    if (!PARENT_REPORT_BEFORE.test(text.slice(Math.max(0, at - 3), at))) continue;
    const named = PARENT_REPORT_AFTER.exec(text.slice(at + parent.length, at + parent.length + 24));
    if (named) return `${parent}${named[0]}`;
  }
  return null;
});

/** The township's own report name as an example (`（如“…苏木2022年政府信息公开工作年度报告”）`). */
const ownReportName = (ctx: CheckContext): string => {
  const { agencyName, year } = ctx.report.meta;
  return year === null
    ? ''
    : `（如“${agencyName.replace(/\s+/g, '')}${year}年政府信息公开工作年度报告”）`;
};

export const townshipScopeCheck = defineCheck({
  id: 'township-scope-above-level',
  severity: 'warning',
  spec: '4.5',
  title: '乡镇（街道）报告写了组织全省/全市的工作',
  run(ctx) {
    if (!isTownship(ctx)) return [];
    const kind = townshipKindOf(ctx.report.meta.agencyName);
    for (const text of textsOf(ctx)) {
      const other = kind === null ? null : otherScopeIn(text, kind);
      if (other) {
        const own = kind === 'town' ? '乡镇' : '街道';
        const otherKind = kind === 'town' ? '街道' : '乡镇';
        return findingIn(
          text,
          `${own}的年度报告写“${other.context}”：本${own}不是${otherKind}，“${other.word}”与机关不符，是否照抄了其他${otherKind}的报告？请改为本${own}`,
        );
      }
      const parent = parentOfTownship(ctx.report.meta.agencyName.replace(/\s+/g, ''));
      const named = parent === null ? null : parentReportNamedIn(text, parent);
      if (named && parent !== null) {
        const own = kind === 'town' ? '乡镇' : '街道';
        return findingIn(
          text,
          `${own}的年度报告称发布“${named}”：这是上级“${parent}”的报告名称，不是本${own}的，是否照抄了${parent}的报告？请写本${own}的名称${ownReportName(ctx)}`,
          'meta.agencyName',
        );
      }
      const said = parent === null ? null : parentAsSubjectIn(text, parent);
      if (said && parent !== null) {
        const own = kind === 'town' ? '乡镇' : '街道';
        return findingIn(
          text,
          `${own}的年度报告写“${said}”：说的是上级“${parent}”的工作或数字，不是本${own}的，是否照抄了${parent}的报告？请改为本${own}的工作和数字`,
        );
      }
      const pusher =
        parent ?? (ctx.report.meta.agencyName.trim() === '' ? parentNamedInText(ctx) : null);
      const pushed = pusher === null ? null : parentWorkPushedIn(text, pusher);
      if (pushed && pusher !== null) {
        const own = kind === 'street' ? '街道' : kind === 'town' ? '乡镇' : '乡镇（街道）';
        return findingIn(
          text,
          `${own}的年度报告写“${pushed}”：推动的是上级“${pusher}”的政府信息公开工作，不是本${own}的，是否照抄了${pusher}的报告？请改为本${own}的工作`,
        );
      }
      const centre = provinceCentreIn(text);
      if (centre) {
        return findingIn(
          text,
          `乡镇（街道）的年度报告写“${centre[0]}”：乡镇（街道）的工作围绕县（区）委、县（区）政府的中心工作，这是省级部门报告的用语，是否照抄了上级的报告？请改为本乡镇（街道）的用语`,
          'meta.agencyKind',
        );
      }
      const role = competentRoleIn(text);
      if (role) {
        const own = kind === 'street' ? '街道' : kind === 'town' ? '乡镇' : '乡镇（街道）';
        return findingIn(
          text,
          `${own}的年度报告写“${role}”：政府信息公开工作主管部门是县级以上人民政府办公厅（室）或确定的其他机构，${own}不是主管部门，是否照抄了上级的报告？请改为本${own}的工作`,
          'meta.agencyKind',
        );
      }
      const gazette = townshipGazetteIn(text);
      if (gazette) {
        return findingIn(
          text,
          `乡镇（街道）的年度报告写“${gazette}”：政府公报由县级以上人民政府编辑发行，乡镇（街道）不办政府公报，是否照抄了上级的报告？请改为本乡镇（街道）的工作`,
          'meta.agencyKind',
        );
      }
      const compiled = compiledFromOwnAreaIn(text);
      if (compiled) {
        return findingIn(
          text,
          `乡镇（街道）的年度报告写“${compiled[0]}”：乡镇（街道）的报告依本乡镇（街道）的工作编制，“${compiled[1] ?? ''}”是上级的说法，是否照抄了上级的报告？请改为本乡镇（街道）的工作`,
          'meta.agencyKind',
        );
      }
      const m = aboveTownshipIn(text);
      if (!m) continue;
      return findingIn(
        text,
        m[0].startsWith('综合')
          ? `乡镇（街道）的年度报告写“${m[0]}”：乡镇（街道）的报告只写本乡镇（街道）的工作，不综合${m[1]}各单位的情况，是否照抄了上级的报告？请改为本乡镇（街道）的工作`
          : `乡镇（街道）的年度报告写“${m[0]}”：乡镇（街道）不负责${m[1]}的工作，是否照抄了上级的报告？请改为本乡镇（街道）的工作`,
        'meta.agencyKind',
      );
    }
    return [];
  },
});

/**
 * The level an agency's name says, by the last place word in it: 1 a province (省, 自治区), 2 a
 * city (市, 州, 盟), 3 a county (县, 旗, 区). `辽源市生态环境局东辽县分局` is a county's office;
 * `市场监督管理局`, `社区` and `开发区` name no level.
 */
const PLACE_WORD =
  /(自治区|省)|(市(?!场|政)|州|盟)|(县|旗(?!舰)|(?<!社|园|景|校|发|矿|库|新|自治)区(?!域|划))/g;

export function levelOfName(name: string): number | null {
  let level: number | null = null;
  for (const m of matchesOf(PLACE_WORD, name)) level = m[1] ? 1 : m[2] ? 2 : 3;
  return level;
}

const SCOPE_LEVEL: Readonly<Record<string, number>> = {
  全国: 0,
  全省: 1,
  全市: 2,
  全州: 2,
  全盟: 2,
  全县: 3,
};

/**
 * Since a fix of stop 36 after the measure of 809–838: a preface listing what the report holds,
 * its first part a place's government's disclosure work (`全文包括北京市政府信息和政务公开2021年度
 * 重点工作情况、主动公开、依申请公开…`, real: 西城区发展和改革委员会 2021, copied from the city's
 * report): the place named right before `政府信息`, bare (`北京市`, not `阿拉善右旗人民政府办公室`
 * or `兴安盟行署外事办公室`, the agencies' own names in 2022's and 2025's reports). Said when the
 * place is above the agency's level (a 区's office reporting 北京市's work); a 旗 listing
 * `科尔沁右翼前旗2025年政府信息公开总体情况` (real: 2025) names its own.
 */
const CONTENTS_OF_PLACE =
  /(?:全文|本报告|报告|内容)[^。；;，,]{0,6}?包[括含][:：]?(([\u4e00-\u9fff]{1,10}?(?:自治区|省|市|州|盟|县|旗|区))(?:(?:19|20)\d{2}年度?)?(?:人民)?政府信息(?:和政务)?公开[^。；;，,、]{0,20})/;

const contentsOfPlaceIn = perText({ anyOf: '包', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  return text.includes('包') ? CONTENTS_OF_PLACE.exec(text) : null;
});

/**
 * A county's or city's department (or government) organising the work of a level above its own
 * (`(一)组织推动全省政府信息公开工作` in 辽源市生态环境局东辽县分局's 2021 report, copied from a
 * province's): the same slip as a township's, told by the level its name says. A province's
 * office organising 全省 work, or a county's 全县, is its own level.
 */
/**
 * Since a fix of stop 36 after the measure of 809–838: a unit under a region's government managing
 * the region's portal as a whole (`按照国、省政府网站检查指标及工作要求继续对县党政门户网站加强管理`, real:
 * 湖南衡山萱洲国家湿地公园管理处 2020, copied from the county's report): the portal is run by the
 * government's office, not by its departments. Not a unit's own column on it (`对区政府门户网站政府信息公开
 * 平台进行持续维护`, real: 和平街道 2025), nor the government or its office (`政府` in its name), nor a
 * unit that runs sites (`大数据`, `信息中心`, `融媒体`, `政务服务`, `网信`).
 */
const REGION_PORTAL_MANAGED =
  /对(县|市|区|旗)(?:党政|人民政府|政府)门户网站(?:进行)?(?:加强|强化)?(?:管理|监管|运维|维护)|(?:加强|强化)对?(县|市|区|旗)(?:党政|人民政府|政府)门户网站的?(?:管理|监管|运维|维护)/;
const RUNS_SITES = /政府|大数据|数据|信息中心|融媒体|政务服务|网信|电子政务/;
const regionPortalManagedIn = perText({ anyOf: '门', otherwise: null }, (_, analysed) =>
  REGION_PORTAL_MANAGED.exec(compactText(analysed)),
);

/**
 * Since a fix of stop 39 after the measure of 1169–1198: a county's or district's body dealing with
 * the enterprises of a level above (`对委机关各科室、市属企业所报送的信息加大事前审核力度`, real: 开州区
 * 国资委 2020, whose text says `区属国企`, `区属企业` elsewhere): copied from the city's report. Said only
 * when the text names its own level's enterprises too (a text naming none may speak of the city's).
 */
const OWNED_BY_LEVEL = /(省|市|州|盟|县|区|旗)属(?:国有)?(?:企业|国企)/g;
const OWN_LEVEL_OWNED: Readonly<Record<string, number>> = {
  省: 1,
  市: 2,
  州: 2,
  盟: 2,
  县: 3,
  区: 3,
  旗: 3,
};
/** The first enterprise of a level above `level` that the text names while naming its own's. */
const ownedAboveIn = perTextAnd((_, level: number, analysed): string | null => {
  const text = compactText(analysed);
  if (!text.includes('属')) return null;
  let above: RegExpExecArray | null = null;
  let own = false;
  for (const m of matchesOf(OWNED_BY_LEVEL, text)) {
    const of = OWN_LEVEL_OWNED[m[1] ?? ''];
    if (of === level) own = true;
    else if (of !== undefined && of < level) above ??= m;
  }
  return own && above
    ? text.slice(Math.max(0, above.index - 10), above.index + above[0].length + 8)
    : null;
});

/**
 * Since a fix of stop 54 after the measure of 2171–2215: a department's report said to be compiled from
 * the data or work of every level and unit of its area (`汇总全县各级各部门的政府信息公开统计数据编制形成本
 * 报告`, real: 清流县文体和旅游局 2023, the county government's preface copied): only the area's government
 * sums up its units' reports (real: 徐水区 2022, 寻乌县 2019, 新洲区 2019 say so of their own). The units
 * of the area named (`各级`, `各部门`, `各单位`, `各乡镇`…) and the report drawn up from them.
 */
// Since a fix of stop 63 after the measure of 2576–2620: or drawn up by the regulation and the area's
// bodies' reports (`依据《中华人民共和国政府信息公开条例》和全市政府机关信息公开年度报告情况编制而成`, real: 长春市
// 残疾人联合会 2024, the city government's words): a unit's report rests on its own work, the reports of
// every body of the area only a government's summary.
const COMPILED_FROM_AREAS_UNITS =
  /(?:汇总|综合)了?(全(?:国|省|市|州|盟|县|区|旗))(?:的)?(?:各级|各部门|各单位|各乡|各镇|各街道|所属)[^。；;]{0,40}?(?:统计数据|工作情况|年度报告|数据)[^。；;]{0,6}?(?:编制|编写|汇编|形成)|(?:依据|根据)[^。；;]{0,60}?和(全(?:国|省|市|州|盟|县|区|旗))(?:的)?(?:各级|各部门|各单位|政府机关|行政机关)[^。；;]{0,20}?年度报告[^。；;]{0,6}?(?:编制|编写|汇编|形成)/;
/** Governments, their offices and the bodies that run the area's 政务公开: they compile it. */
const COMPILES_AREAS_REPORT = /政府|办公室|办公厅|政务公开|政务服务|行政审批/;
/**
 * The department the report is of: its name, or with no name read (a text with no title: the kind
 * is then a guess), a county's 局 named in the overview's first sentence (`2023年,清流县文体和旅游局信息
 * 公开工作在局党组…`, `在县委、县政府的坚强领导…下,乐至县林业局全面贯彻…`), the report's subject.
 */
// Since a fix of stop 63 after the measure of 2576–2620: no 的 inside the name (`在县政府的领导和市局的指导下`
// names the county's government and the city's bureau, no bureau of the county's).
const NAMED_COUNTY_BUREAU =
  /(?<![全各本我该])[\u4e00-\u9fff]{1,6}?(?:县|区|旗)(?:(?!的)[\u4e00-\u9fff]){1,10}?局/;
// Since a fix of stop 63 after the measure of 2576–2620: or the county's 局 named bare as the subject of
// the year's work (`2020年,县行政审批服务局紧紧围绕县委县政府中心工作`, real: 县行政审批服务局 2020 of 2616, its
// title naming no agency), right after the year; never a 局 after 的 (`县政府的领导和市局`), nor its head
// (`局长`).
const YEAR_SUBJECT_BUREAU = /年[，,]((?:县|区|旗)[^\s，,。；;、：:的与及]{2,10}?局)(?!长)/;
export function ownDepartmentName(ctx: CheckContext): string | null {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = compactText(agencyName);
  if (name !== '') return agencyKind === 'department' ? name : null;
  const overview = ctx.report.narrative.overview ?? '';
  const first = compactText(overview.slice(0, 300)).split('。')[0] ?? '';
  return NAMED_COUNTY_BUREAU.exec(first)?.[0] ?? YEAR_SUBJECT_BUREAU.exec(first)?.[1] ?? null;
}
const compiledFromAreasUnitsIn = perText({ anyOf: '汇综据', otherwise: null }, (_, analysed) => {
  const compact = compactText(analysed);
  return WHOLE_AREA.test(compact) ? COMPILED_FROM_AREAS_UNITS.exec(compact) : null;
});

/**
 * Since a fix of stop 65 after the measure of 2666–2710: the development goals of a whole province or
 * city as what the year's work turns around (`围绕全市经济社会发展主要目标和重点工作任务,详细解读政策背景`, real:
 * 2673 鲁甸人社 2020, whose opening is `在县委、县政府的正确领导下`): a county's body works to its county's
 * goals, so the city's words were copied. Read when the agency's level is below the area's, or, no level
 * known (no name read), when the report says it is led by a county's committee and government.
 * The corpus's one other such sentence is a county-level city's own (`围绕全市经济社会发展和群众关注关切`,
 * 852 弥勒市 2020): no goals named, and no county leading it.
 */
const AREA_GOALS = /围绕(?:着)?(全(?:省|市|州|盟))经济社会发展的?(?:主要|中心|重点)?(?:目标|任务)/;
const areaGoalsIn = perText({ anyOf: '绕', otherwise: null }, (_, analysed) =>
  AREA_GOALS.exec(compactText(analysed)),
);
const COUNTY_LED =
  /在[^。；;，,]{0,10}?县委、?[^。；;，,]{0,10}?县(?:人民)?政府的?(?:正确|坚强|有力)?领导下/;
const countyLedIn = perText({ anyOf: '导', otherwise: null }, (_, analysed) =>
  COUNTY_LED.exec(compactText(analysed)),
);

function areaGoalsAboveLevel(ctx: CheckContext, level: number | null): Finding[] | null {
  const texts = textsOf(ctx);
  for (const text of texts) {
    const m = areaGoalsIn(text);
    const scope = SCOPE_LEVEL[m?.[1] ?? ''];
    if (!m || scope === undefined) continue;
    const led = level === null ? texts.map((t) => countyLedIn(t)).find((c) => c !== null) : null;
    if (level === null ? !led : scope >= level) continue;
    const who = ctx.report.meta.agencyName.trim() || '本单位';
    return findingIn(
      text,
      `${who}的年度报告写“${m[0]}”：${led ? `文中说工作“${led[0]}”，` : ''}本单位的工作应围绕${led ? '本县' : '本级'}的目标任务，${m[1]}的目标任务是上级的，是否照抄了上级的报告？请改为本级的`,
      'meta.agencyName',
    );
  }
  return null;
}

export const agencyScopeCheck = defineCheck({
  id: 'agency-scope-above-level',
  severity: 'warning',
  spec: '4.5',
  title: '报告写了组织上级行政区域的工作',
  run(ctx) {
    const { agencyKind, agencyName } = ctx.report.meta;
    if (agencyKind === 'township') return [];
    const name = agencyName.replace(/\s+/g, '');
    if (agencyKind === 'department' && name !== '' && !RUNS_SITES.test(name))
      for (const text of textsOf(ctx)) {
        if (text.section === 'meta') continue;
        const p = regionPortalManagedIn(text);
        if (!p) continue;
        const region = p[1] ?? p[2] ?? '';
        return findingIn(
          text,
          `${name}的年度报告写“${p[0]}”：${region}门户网站由${region}人民政府（办公室）建设管理，不是${name}的工作，是否照抄了${region}政府的报告？请改为本单位的工作`,
          'meta.agencyName',
        );
      }
    const department = ownDepartmentName(ctx);
    if (department !== null && !COMPILES_AREAS_REPORT.test(department))
      for (const text of textsOf(ctx)) {
        const c = compiledFromAreasUnitsIn(text);
        if (!c) continue;
        const area = c[1] ?? c[2] ?? '';
        return findingIn(
          text,
          `${department}的年度报告写“${c[0]}”：汇总${area}各级各部门的数据编制年度报告是${area.slice(1)}人民政府的工作，本单位的报告只写本单位的政府信息公开情况，是否照抄了${area.slice(1)}政府的报告？请改为本单位的工作`,
          'meta.agencyName',
        );
      }
    const level = levelOf(ctx);
    const goals = areaGoalsAboveLevel(ctx, level);
    if (goals !== null) return goals;
    if (level === null) return [];
    const who = agencyName.trim() || '本县';
    for (const text of textsOf(ctx)) {
      const listed = text.section === 'meta' ? contentsOfPlaceIn(text) : null;
      const place = listed?.[2] ?? '';
      const placeLevel = levelOfName(place);
      if (listed && placeLevel !== null && placeLevel < level)
        return findingIn(
          text,
          `${who}的年度报告说全文包括“${listed[1] ?? ''}”：这是${place}的工作，不是本单位的，是否照抄了上级的报告？请改为本单位的工作`,
          'meta.agencyName',
        );
      const owned = text.section === 'meta' ? null : ownedAboveIn(text, level);
      if (owned)
        return findingIn(
          text,
          `${who}的年度报告写“${owned}”：上级的企业不归本单位管理，文中别处写的是本级的企业，是否照抄了上级的报告？请改为本级的企业`,
          'meta.agencyName',
        );
      const m = aboveTownshipIn(text);
      const scope = SCOPE_LEVEL[m?.[1] ?? ''];
      if (!m || scope === undefined || scope >= level) continue;
      return findingIn(
        text,
        `${who}的年度报告写“${m[0]}”：${who}不负责${m[1]}的工作，是否照抄了上级的报告？请改为本单位的工作`,
        'meta.agencyName',
      );
    }
    return [];
  },
});

/**
 * A department's line of work (its own words and short forms, `lines-of-work.ts`): what a
 * government's or a township's report does not speak of as the whole of its work.
 */
const LINE_OF_WORK = GOVERNMENTS_LINE_WORDS;

/**
 * A government's or township's 总体情况 that speaks of one department's line of work as its own
 * (real: 五蛟镇 2020, `我镇立足全镇发展改革工作实际…推进发改信息公开工作落实`, copied from a 发改
 * 局's report; 伊宁县人民政府 2023, `全面、准确、及时地公开教育工作信息`, from an education
 * bureau's): the work it grounds itself on (`立足全镇X工作实际`), the disclosure work it pushes
 * (`推进X信息公开工作`), the information it discloses as a whole (`公开X工作信息`). A government
 * publishing education information among others (`推进教育事业发展有关信息公开`, `主题教育信息32条`)
 * does not say these.
 */
/*
 * Since a fix of stop 36 after the measure of 809–838: the public's concerns it works around, one
 * department's line alone (`紧紧围绕县委、县政府中心工作以及社会公众关切的医保热点和焦点问题`, real: 乌东德镇
 * 2022, from a 医保局's report). Not several lines named together (`群众关切的教育、医疗、住房等热点`).
 */
/*
 * Since a fix of stop 39 after the measure of 1109–1138: the superior of one line of work as the one
 * that leads it (`在县委、县政府和上级公安机关的正确领导下`, real: 铁岭县横道河子镇 2022, from a police
 * bureau's report): a government or township is led by the 党委 and the government above, not by a
 * line's organs.
 */
/*
 * Since a fix of stop 39 after the measure of 1139–1168: the government's information of one line of
 * work as what it discloses (`切实做好政府统计信息主动公开和依申请公开工作`, real: 普宁市梅林镇 2022, from
 * a statistics bureau's report): `政府X信息(主动)公开` names one line's information as the government's.
 */
/*
 * Since a fix of stop 40 after the measure of 1259–1273: the functions it brings to bear being one
 * line's (`强化对政府信息公开工作的组织领导,发挥财政职能职责`, real: 凤庆县凤山镇 2024, from a 财政
 * 局's report): a government or township brings its own to bear, not one department's. Not a
 * government's disclosure functions (`发挥政务公开职能`), nor a department's own (`发挥部门职能`).
 */
/*
 * Since a fix of stop 46 after the measure of 1574–1633: the work its disclosure turns around being one
 * line's, the clause ending there (`深入贯彻落实习近平总书记视察新疆重要讲话重要指示精神围绕市场监管工作,
 * 进一步深化公开内容`, real: 托克逊县夏镇 2024, from a 市场监管局's report): a government or township
 * works around its own centre (`围绕中心工作`, `围绕全镇工作大局`), not one department's line.
 */
const LINE_LEADER = '(?:公安|检察|司法行政|税务|海关|审判|监察)';
const LINE_AS_OWN = new RegExp(
  `立足全?(?:镇|乡|街道|苏木|县|市|区|旗)?(${LINE_OF_WORK})工作实际|(?:推进|推动|做好|加强)(${LINE_OF_WORK})信息公开工作|公开(${LINE_OF_WORK})工作信息|(?:关切|关注|关心)的(${LINE_OF_WORK})(?:热点|焦点)|上级(${LINE_LEADER})(?:机关|部门)的?(?:正确|坚强|精心)?(?:领导|指导)|(?:推进|推动|做好|加强)政府(${LINE_OF_WORK})信息(?:主动)?公开|发挥(财政|${LINE_OF_WORK})职能|围绕(${LINE_OF_WORK})工作(?=[,，])`,
);

const lineAsOwnIn = perText((_, analysed) => LINE_AS_OWN.exec(compactText(analysed)));

/**
 * Since a fix of stop 50 after the measure of 1814–1858: the public whose rights the disclosure
 * serves named as one line's clients (`有力提升了广大参保群体对政府工作的知情权和监督权`, real: 通城县
 * 马港镇 2024, from a 医保局's report): a government's or township's public is the people
 * (`广大人民群众`), not the insured, the taxpayers or the fund's depositors.
 */
const CLIENTS_OF_LINE: Readonly<Record<string, string>> = {
  参保: '医保、社保',
  纳税: '税务',
  缴存: '住房公积金',
};
const CLIENTS_AS_PUBLIC = new RegExp(
  `广大(${Object.keys(CLIENTS_OF_LINE).join('|')})(?:群体|群众|人员|职工|人|单位)对[^。；;，,]{0,12}?(?:知情权|参与权|监督权)`,
);
const clientsAsPublicIn = perText({ anyOf: '权', otherwise: null }, (_, analysed) =>
  CLIENTS_AS_PUBLIC.exec(compactText(analysed)),
);

/**
 * Since a fix of stop 48 after the measure of 1679–1723: a department's 总体情况 grounding its work on
 * another department's line (`紧密结合发展改革工作实际`, real: 淮南市审计局 2021, copied from a 发改委's
 * report): the work it joins with (`结合X工作实际`) one line's, whose name the department's is not,
 * while its name is another line's (a bureau of no line in the table is not read).
 */
const LINE_GROUNDED = new RegExp(`(?:结合|立足)(${LINE_OF_WORK})工作实际`);
const lineGroundedIn = perText({ anyOf: '际', otherwise: null }, (_, analysed) =>
  LINE_GROUNDED.exec(compactText(analysed)),
);
/** The line a department's name is of, if any (`淮南市审计局` → 审计). */
const lineOfName = (name: string): string | undefined =>
  [...LINE_NAME].find(([, re]) => re.test(name))?.[0];

/**
 * Since a fix of stop 50 after the measure of 1814–1858: a department's window in the government's
 * service hall named as another line's (`在局机关办公楼一楼大厅和县政务大厅水利窗口设置公告栏`, real:
 * 湘阴县教育局 2023, copied from a 水利局's report): a department's window in the hall is its own
 * line's (`政务服务中心教育窗口`); another line's is that department's.
 */
const LINES_WINDOW = new RegExp(
  `(?:政务(?:服务)?(?:大厅|中心)|行政服务中心|便民服务中心)(${[...LINE_NAME.keys()].join('|')})窗口`,
);
const linesWindowIn = perText({ anyOf: '窗', otherwise: null }, (_, analysed) =>
  LINES_WINDOW.exec(compactText(analysed)),
);

/**
 * Since a fix of stop 53 after the measure of 2126–2170: a department's 总体情况 naming the bureau of
 * another line above it as the one that leads or guides it (`在区委、区政府的正确领导和市审计局的有力
 * 指导下`, real: 景德镇市昌江区工业和信息化局 2023, copied from an 审计局's report): a department is led
 * and guided by its own line's bureau above (`在…市教育局指导`, 巨鹿县教育局 2024; `省自然资源厅的正确领导`,
 * 福州市自然资源和规划局 2020), so another line's there is that department's wording. Read for any
 * department whose name is not of that line, one of no line in the table too.
 */
const SUPERIOR_GUIDING = new RegExp(
  `在[^，,。；;]{0,30}?(?:省|市|州|盟|自治区|上级)(${[...LINE_NAME.keys()].join('|')})(?:局|厅|委员会|委)的?(?:正确|坚强|精心|有力|大力|悉心)?(?:领导|指导)`,
);
const superiorGuidingIn = perText({ anyOf: '导', otherwise: null }, (_, analysed) =>
  SUPERIOR_GUIDING.exec(compactText(analysed)),
);
function otherSuperiorGuiding(name: string, overview: ReportText): Finding | null {
  const m = superiorGuidingIn(overview);
  const line = m?.[1] ?? '';
  if (!m || LINE_NAME.get(line)?.test(name) !== false) return null;
  return {
    target: 'overview',
    fields: [overview.field, 'meta.agencyName'],
    section: 'overview',
    message: `${name}的年度报告在总体情况中写“${m[0]}”：上级${line}部门领导、指导的是${line}部门，不是${name}，是否照抄了${line}部门的报告？请改为本机关的表述`,
  };
}

/**
 * Since a fix of stop 58 after the measure of 2351–2395: a department's 总体情况 saying its disclosure
 * furthers another line's cause (`…加快推进政府职能转变,助推全市卫生健康事业高质量发展`, real: 宜春市应急管理局
 * 2023, copied from a 卫健委's report): a department furthers its own line's (`推动住建事业高质量发展`, real:
 * 安阳县住建局 2025; `推进新时代民政事业高质量发展`, 江苏省民政厅 2022), so another line's there is
 * that department's wording. Read for a department of a line in the table, by its name or, the title
 * not read, by the bureau its overview's first sentence names (`宜春市应急管理局政务公开工作坚持…`).
 */
const LINES_CAUSE = new RegExp(
  `(?:助推|推动|促进|推进|助力|服务)(?:新时代)?(?:全(?:省|市|州|盟|县|区|旗))?(${[...LINE_NAME.keys()].join('|')})事业(?:高质量|健康|持续)`,
);
const linesCauseIn = perText({ anyOf: '事', otherwise: null }, (text, analysed) =>
  text.includes('事业') ? LINES_CAUSE.exec(compactText(analysed)) : null,
);
/** A bureau named in a sentence (`宜春市应急管理局`), its place a city's, a county's or a district's. */
const NAMED_BUREAU =
  /(?<![全各本我该])[\u4e00-\u9fff]{1,6}?(?:市|县|区|旗|州|盟)[\u4e00-\u9fff]{1,10}?局/;

/** The department a report is of: its name, or, none read, the bureau its overview opens with. */
function departmentOfLine(ctx: CheckContext): string | null {
  const { agencyKind, agencyName } = ctx.report.meta;
  const name = compactText(agencyName);
  if (name !== '') return agencyKind === 'department' ? name : null;
  const first =
    compactText((ctx.report.narrative.overview ?? '').slice(0, 300)).split('。')[0] ?? '';
  return NAMED_BUREAU.exec(first)?.[0] ?? null;
}

function otherLinesCause(ctx: CheckContext): Finding | null {
  const overview = textsOf(ctx).find((t) => t.section === 'overview');
  const m = overview && linesCauseIn(overview);
  if (!overview || !m) return null;
  const name = departmentOfLine(ctx);
  const line = m[1] ?? '';
  if (name === null || lineOfName(name) === undefined || LINE_NAME.get(line)?.test(name) !== false)
    return null;
  return {
    target: 'overview',
    fields: [overview.field, 'meta.agencyName'],
    section: 'overview',
    message: `${name}的年度报告在总体情况中写“${m[0]}…”：${line}事业是${line}部门的工作，不是${name}的，是否照抄了${line}部门的报告？请改为本机关的工作`,
  };
}

/**
 * Since a fix of stop 60 after the measure of 2441–2485: a department's 总体情况 making another line's
 * work more transparent (`加大机关事务管理工作的透明度和社会知晓率`, real: 2463 退役军人事务局 2019, copied from a
 * 机关事务局's report): a department opens its own line's work (`审计工作透明度`, 418 涡阳县审计局, 1591 中山市
 * 审计局; `林业工作的透明度`, 2417 重庆市黔江区林业局; `市场监管工作的透明度`, 2475 汉中市市场监督管理局), so another
 * line's there is that department's wording. Not a government's work (`提高政府工作透明度`), no line.
 */
// Since a fix of stop 69 after the measure of 2846–2890: or furthering its openness (`进一步推进民政工作公开透明`, real:
// 2853 扎赉特旗司法局 2022, copied from a 民政局's report; the corpus's one other is 1636 华容县农业农村局's own
// `推进农业农村工作公开透明`).
const LINES_TRANSPARENCY = new RegExp(
  `(?:加大|提高|提升|增强|增加)(${[...LINE_NAME.keys()].join('|')})(?:管理)?工作的?透明度|(?:推进|推动|促进)(${[...LINE_NAME.keys()].join('|')})工作的?公开透明`,
);
/** The words and the line (of whichever alternative read it) of `LINES_TRANSPARENCY`. */
const linesTransparencyIn = perText({ anyOf: '透', otherwise: null }, (_, analysed) => {
  const m = LINES_TRANSPARENCY.exec(compactText(analysed));
  return m ? [m[0], m[1] ?? m[2]] : null;
});

/**
 * Since a fix of stop 69 after the measure of 2846–2890: a text printed without its title, speaking as a
 * bureau (`我局`), that names the bureau whose own channel it publishes on (`新媒体(扎赉特旗司法局微信公众号)发布96条信息`,
 * real: 2853 扎赉特旗司法局 2022): that bureau is the report's, for reading its line of work. Its place's level
 * in the name, a place's own name before it (not `县财政局`, whose portal many a body publishes its budget on),
 * the name standing on its own (in brackets, after `通过`, `在`…) and the channel right after it.
 */
const CHANNEL_OWNING_BUREAU =
  /(?<=^|[^\u4e00-\u9fff]|通过|在|依托|利用)((?!通过|依托|利用)(?:(?![全各本我该在])[\u4e00-\u9fff]){2,6}?(?:市|县|区|旗|州|盟)[\u4e00-\u9fff]{1,10}?局)(?:官方)?(?:微信公众号|微信公众平台|政务微博|门户网站|官方网站)/;
const channelOwningBureauIn = perText({ anyOf: '号台博站', otherwise: null }, (_, analysed) => {
  const compact = compactText(analysed);
  return compact.includes('局') ? (CHANNEL_OWNING_BUREAU.exec(compact)?.[1] ?? null) : null;
});
/** The bureau of a nameless text speaking as one: the one whose channel it publishes on. */
function namelessBureau(ctx: CheckContext): string | null {
  const texts = textsOf(ctx);
  const bureau = texts.map((t) => channelOwningBureauIn(t)).find((b) => b !== null) ?? null;
  return bureau !== null && texts.some((t) => speaksAsBureauIn(t)) ? bureau : null;
}

/** Another department's line of work grounded on in a department's 总体情况 (`LINE_GROUNDED`). */
function otherDepartmentsLine(ctx: CheckContext, name: string): Finding | null {
  if (name === '') return null;
  const overview = textsOf(ctx).find((t) => t.section === 'overview');
  if (!overview) return null;
  const superior = otherSuperiorGuiding(name, overview);
  if (superior) return superior;
  if (lineOfName(name) === undefined) return null;
  return (
    otherLineSaid(
      overview,
      name,
      linesWindowIn(overview),
      (said, line) =>
        `${name}的年度报告在总体情况中写“${said}”：这是${line}部门的窗口，不是${name}的，是否照抄了${line}部门的报告？请改为本机关的窗口`,
    ) ??
    otherLineSaid(
      overview,
      name,
      linesTransparencyIn(overview),
      (said, line) =>
        `${name}的年度报告在总体情况中写“${said}”：${line}工作是${line}部门的工作，不是${name}的，是否照抄了${line}部门的报告？请改为本机关的工作`,
    ) ??
    otherLineSaid(
      overview,
      name,
      lineGroundedIn(overview),
      (said, line) =>
        `${name}的年度报告在总体情况中写“${said}”：${line}是另一部门的工作，不是${name}的，是否照抄了${line}部门的报告？请改为本机关的工作`,
    )
  );
}

/** A finding where `found` (the words, then the line of work they name) is another line's than `name`'s. */
function otherLineSaid(
  overview: ReportText,
  name: string,
  found: readonly (string | undefined)[] | null,
  message: (said: string, line: string) => string,
): Finding | null {
  const line = found?.[1] ?? '';
  if (!found || LINE_NAME.get(line)?.test(name) !== false) return null;
  return {
    target: 'overview',
    fields: [overview.field, 'meta.agencyName'],
    section: 'overview',
    message: message(found[0] ?? '', line),
  };
}

/**
 * Since a fix of stop 53 after the measure of 2081–2125: a report of a body that is no 信访 office
 * taking its guiding thought or its work's ground from 信访 work (`深入学习贯彻习近平总书记关于加强和改进
 * 人民信访工作的重要思想`, `根据信访工作实际,定期发布工作信息`, real: 青山区公安分局 2025, its title cut):
 * the wording of a 信访局's report copied. In the corpus only 信访 offices say either (杨浦区信访办
 * 2024, 梁平区信访办 2019). Not a body named for 信访, nor a nameless text that names a 信访 office.
 */
const PETITION_WORDING =
  /总书记关于(?:加强和改进)?人民信访工作的重要思想|(?:结合|立足|根据)信访工作实际/;
const PETITION_OFFICE = /信访(?:局|办|办公室|委员会|中心)/;
const petitionWordingIn = perText({ anyOf: '访', otherwise: null }, (_, analysed) =>
  PETITION_WORDING.exec(compactText(analysed)),
);

/** A 信访 office's wording in the overview of a department's or nameless report (`PETITION_WORDING`). */
function petitionWordingCopied(ctx: CheckContext, nameless: boolean): Finding | null {
  const name = ctx.report.meta.agencyName.replace(/\s+/g, '');
  if (name.includes('信访')) return null;
  const overview = textsOf(ctx).find((t) => t.section === 'overview');
  const m = overview && petitionWordingIn(overview);
  if (!overview || !m) return null;
  if (nameless && textsOf(ctx).some((t) => t.text.includes('信访') && PETITION_OFFICE.test(t.text)))
    return null;
  const who = name === '' ? '本机关' : name;
  return {
    target: 'overview',
    fields: [overview.field, 'meta.agencyName'],
    section: 'overview',
    message: `${who}的年度报告在总体情况中写“${m[0]}”：这是信访部门报告的用语，${who}不是信访部门，是否照抄了信访部门的报告？请改为本机关的工作和表述`,
  };
}

export const otherLineOfWorkCheck = defineCheck({
  id: 'other-line-of-work',
  severity: 'warning',
  spec: '4.5',
  title: '政府（乡镇）的报告写成了某一部门的工作',
  run(ctx) {
    const { agencyKind, agencyName } = ctx.report.meta;
    // Since a fix of stop 39 after the measure of 1139–1168: a text printed without its title that
    // speaks as a town (`2022年,我镇坚持…`, real: 普宁市梅林镇 2022; `isTownGovernment`), read as a
    // township's.
    const nameless = agencyName.trim() === '';
    if (agencyKind === 'department' || nameless) {
      const petition = petitionWordingCopied(ctx, nameless) ?? otherLinesCause(ctx);
      if (petition) return [petition];
    }
    if (agencyKind === 'department' && !nameless) {
      const other = otherDepartmentsLine(ctx, agencyName.replace(/\s+/g, ''));
      return other ? [other] : [];
    }
    const bureau = nameless ? namelessBureau(ctx) : null;
    const bureausOther = bureau === null ? null : otherDepartmentsLine(ctx, bureau);
    if (bureausOther) return [bureausOther];
    if (agencyKind !== 'government' && agencyKind !== 'township' && !nameless) return [];
    const overview = textsOf(ctx).find((t) => t.section === 'overview');
    const m = overview && lineAsOwnIn(overview);
    const clients = overview && !m ? clientsAsPublicIn(overview) : null;
    if (!overview || (!m && !clients)) return [];
    const town = agencyKind === 'township' || (nameless && isTownGovernment(ctx));
    if (agencyKind !== 'government' && !town) return [];
    if (!m) {
      const who = town ? '乡镇（街道）' : '人民政府';
      const line = CLIENTS_OF_LINE[clients?.[1] ?? ''] ?? '';
      return [
        {
          target: 'overview',
          fields: [overview.field, 'meta.agencyKind'],
          section: 'overview',
          message: `${who}的年度报告在总体情况中写“${clients?.[0] ?? ''}”：“${clients?.[1] ?? ''}”的人群是${line}部门的服务对象，${who}的报告面向广大人民群众，是否照抄了${line}部门的报告？请改为本机关的表述`,
        },
      ];
    }
    const line = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? '';
    const who = town ? '乡镇（街道）' : '人民政府';
    if (m[5] !== undefined)
      return [
        {
          target: 'overview',
          fields: [overview.field, 'meta.agencyKind'],
          section: 'overview',
          message: `${who}的年度报告在总体情况中写“${m[0]}”：${who}不受上级${line}机关领导，这是${line}机关报告的用语，是否照抄了${line}部门的报告？请改为本机关的表述`,
        },
      ];
    return [
      {
        target: 'overview',
        fields: [overview.field, 'meta.agencyKind'],
        section: 'overview',
        message: `${who}的年度报告在总体情况中写“${m[0]}”：${who}的报告写本机关全部的政府信息公开工作，不只是${line}这一项，是否照抄了${line}部门的报告？请改为本机关的工作`,
      },
    ];
  },
});

/**
 * A count of information made public said of the whole region (`2019年,全县共主动公开信息数529条`,
 * real: 望疃镇 2019; `我区在政府信息公开专栏主动公开文件共783件`, real: 海棠区人民政府办公室 2023;
 * since a fix of stop 33 after the measure of 554–583, published without 主动 and 余 after the count:
 * `我区通过不同渠道和方式公开政府信息32300余条`, real: 滨江区人民政府办公室 2024): the
 * region's figures are its government's report's, not a township's nor a department's. Not a
 * system's (`全县教育系统主动公开…`), the department's own line of work.
 */
/*
 * Since a fix of stop 68 after the measure of 2801–2845: counted in 份 too (`2019年我县主动公开各类政务信息
 * 3000余份`, real: 彰武县政府办公室 2019, the county's figures in its office's report).
 */
const REGION_COUNT =
  /[全我](省|市|州|盟|县|旗|区)(?!系统)[^。；;，,]{0,16}?公开[^。；;，,]{0,12}?\d+(?:余|多)?(?:条|件|篇|份)/;
/** A region's government's general office (`闽清县人民政府办公室`). */
const REGION_OFFICE = /[省市县区旗州盟]人民政府办公(?:室|厅)$/;
/** What names a government's office (its own or the region's: `…人民政府办公室`, `…政府办`). */
const REGION_OFFICE_WORDS = /政府|办公室|办公厅/;
/** A department's name (`…局`, `…人民政府办公室`, `…委员会`): its report is its own work's. */
const DEPARTMENT_NAME = /(?:局|办公室|委员会|委|厅|中心)$/;

/**
 * Since a fix of stop 49 (the import reads 红花街道 2024's compiler, after the measure of 1769–1813): the
 * region's platform the body published through (`我街道通过全市信息公开平台主动公开政府信息约89条`): a
 * channel, the count the body's own.
 */
const THROUGH_REGION_PLATFORM = /^[全我][省市州盟县旗区][^。；;，,]{0,8}?(?:平台|网站|门户|专栏)/;
const THROUGH = /(?:通过|依托|利用|借助|在)$/;

const regionCountIn = perText((_, analysed) => {
  const text = compactText(analysed);
  if (!text.includes('公开')) return null;
  const m = REGION_COUNT.exec(text);
  if (m && THROUGH_REGION_PLATFORM.test(m[0]) && THROUGH.test(text.slice(0, m.index))) return null;
  // Requests (`我区依申请公开…3件`) are not what was published.
  return m && !m[0].includes('申请') ? m : null;
});
/**
 * Since a fix of stop 44 after the measure of 1379–1423: the requests received said of the whole
 * region above (`2024年全县共收到依申请公开件0件`, real: 湘阴县东塘镇 2024, a town's report): the county's
 * figure, or a county's text copied, not the town's own. Only 全 (the whole region), not `我区`, nor
 * a system's (`全县教育系统…`); only in a town's report (a department's or an office's reads its
 * region's requests beside its own: the government's office answers them).
 *
 * Since a fix of stop 55 after the measure of 2216–2260: so with the count before the requests, cases
 * counted by 起 (`今年,全市共收到7起依申请公开案件`, real: 北京市气象局 2021, a city bureau's report
 * speaking as `我局`).
 */
const REGION_REQUESTS =
  /全(省|市|州|盟|县|旗|区)(?!系统)[^。；;，,\d]{0,16}?(?:收到|受理|接收|接到)(?:[^。；;，,\d]{0,16}?申请[^。；;，,\d]{0,10}?\d+件|\d+(?:件|起)[^。；;，,\d]{0,8}?申请)/;
/** A text speaking as a department (`我局`, `本局`, `我委`, `本单位`). */
const SPEAKS_AS_BUREAU = /[我本](?:局|委|单位|机关)/;
const speaksAsBureauIn = perText({ anyOf: '我本', otherwise: false }, (_, analysed) =>
  SPEAKS_AS_BUREAU.test(compactText(analysed)),
);
const regionRequestsIn = perText({ anyOf: '申', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  return text.includes('申请') ? REGION_REQUESTS.exec(text) : null;
});

/**
 * Since a fix of stop 50 after the measure of 1859–1903 (helper f36): a line department's text whose
 * requests are received by `我区` (or 我县, 我市…) as their subject (`2022年,我区共收到政府信息公开`, real:
 * 萧山区气象局 2022, the same text speaking as `我局`): the region's government speaking, its words copied
 * or its figure given. Only a clause opening so, in a text that speaks as the bureau elsewhere (the
 * corpus's others are governments' and their offices': 桐梓县, 滨江区政府办…).
 */
const REGION_RECEIVES =
  /(?:^|[。；;，,\n])(?:(?:19|20)\d{2}年度?[,，]?)?我(省|市|州|盟|县|旗|区)(?!系统)共?(?:收到|受理|接收|接到)[^。；;\n]{0,20}/;
// Its first paragraph that has one (issue 17): the match stays within a line, and the separator a
// line break gives it in the whole text (the text's start in a paragraph) is dropped where it is said.
const regionReceivesIn = firstInParagraphs('收受接', (_, analysed) =>
  REGION_RECEIVES.exec(compactText(analysed)),
);

/**
 * Since a fix of stop 38 after the measure of 1019–1048: a department or office giving as its work
 * what it guided the region's units to publish (`全年指导区政府系统各单位通过区政府门户网站发布政务信息
 * 3845条`, real: 和平区人民政府办公室 2023): those units' figures, the region's, with none of its own.
 * Not where it counts its own as well (`2023年我办公开规范性文件20件`, then `指导各信息公开单位公开重点
 * 领域信息4180条`, real: 长乐区人民政府办公室 2023): the units' count told beside it.
 */
const GUIDED_UNITS_COUNT =
  /指导[^。；;，,]{0,14}?(?:各|系统)[^。；;，,]{0,24}?(?:公开|发布)[^。；;，,]{0,14}?\d+(?:余|多)?(?:条|件|篇)/;
const OWN_COUNT =
  /(?:我|本)(?:办|局|委|机关|单位|中心|部门)[^。；;，,]{0,16}?(?:公开|发布)[^。；;，,]{0,14}?\d+(?:余|多)?(?:条|件|篇)/;
const guidedUnitsCountIn = perText({ anyOf: '导', otherwise: null }, (_, analysed) => {
  const text = compactText(analysed);
  return text.includes('指导') ? GUIDED_UNITS_COUNT.exec(text) : null;
});
const ownCountIn = perText((_, analysed) => OWN_COUNT.test(compactText(analysed)));

/**
 * Since a fix of stop 49 after the measure of 1769–1813: a department's report telling the supervision
 * of its region's disclosure work, the region by its bare name the subject (`社会评议情况。2020年,科右中旗
 * 政府信息公开社会评议工作坚持…`, `责任追究情况。2020年科右中旗未发生因信息公开工作开展不当被责任追究
 * 现象`, real: 科右中旗林业和草原局 2020): the public review and the accountability of the whole 旗,
 * its government's to report, not the bureau's own. Only the region its own name opens with, right
 * after the year, and only of these two (a department's text names its region at work on much else).
 */
const REGION_SUPERVISION =
  /(?:^|[。；;\n])(?:19|20)\d{2}年度?[,，]?([\u4e00-\u9fff]{2,8}?(?:省|市|州|盟|县|旗|区))(?:(?:政府信息公开|政务公开)(?:工作)?社会评议|(?:未|没有)发生[^。；;\n]{0,30}?责任追究)/m;
/** The region a department's name opens with (`科右中旗林业和草原局`: 科右中旗). */
const NAME_REGION = /^[\u4e00-\u9fff]{2,8}?(?:省|市|州|盟|县|旗|区)/;
// Paragraph by paragraph, as `regionReceivesIn`.
const regionSupervisionIn = firstInParagraphs('评责', (_, analysed) =>
  REGION_SUPERVISION.exec(compactText(analysed)),
);

export const regionFiguresCheck = defineCheck({
  id: 'region-figures-in-unit-report',
  severity: 'warning',
  spec: '4.5',
  title: '乡镇（街道）或部门的报告写了全区（县）的数字',
  run(ctx) {
    const { agencyKind, agencyName } = ctx.report.meta;
    const name = agencyName.replace(/\s+/g, '');
    const township = agencyKind === 'township';
    if (!township && !(agencyKind === 'department' && DEPARTMENT_NAME.test(name))) return [];
    // Since stop 45 (the import takes the preface's compiler as the agency): a region's government's
    // office named only as the report's compiler (`由闽清县人民政府办公室编制本报告`, real: 闽清县 2020,
    // 2022), whose figures may be its own, the government's or the region's, as when no agency was
    // read (`OFFICE_COMPILES`): not said.
    if (
      REGION_OFFICE.test(name) &&
      textsOf(ctx).some((t) => t.text.replace(/\s+/g, '').includes(`由${name}编制`))
    )
      return [];
    // Since a fix of stop 50 after the measure of 1814–1858: a line's department telling the whole
    // region's requests (`2023年全县共收到依申请公开件6件`, real: 湘阴县教育局 2023, its text speaking as
    // `我局`), as a town's: a bureau receives its own, and only the government's office may answer for
    // the region's. Only where the same text speaks as the bureau (`我局`, `本局`): a text that does not
    // may be the region's words beside the bureau's own (`2022年,全区共收到政府信息公开申请130件`, real:
    // 南京市高淳区 2022, stop 44's case of a department's report left silent).
    const lineDepartment = !township && !REGION_OFFICE_WORDS.test(name);
    for (const text of textsOf(ctx)) {
      if (text.section === 'meta') continue;
      const guided = township ? null : guidedUnitsCountIn(text);
      if (guided && !textsOf(ctx).some((t) => ownCountIn(t)))
        return findingIn(
          text,
          `${name}的年度报告写“${guided[0]}”：这是所指导各单位的数字，不是本机关主动公开的数量，请写明本机关主动公开的情况（各单位的数字由本级人民政府的年度报告公布）`,
          'meta.agencyName',
        );
      const m = regionCountIn(text);
      const who = township ? '乡镇（街道）' : name;
      const requests = m || !(township || lineDepartment) ? null : regionRequestsIn(text);
      if (requests && !requests[0].includes('系统') && (township || speaksAsBureauIn(text)))
        return findingIn(
          text,
          `${who}的年度报告写“${requests[0]}”：这是全${requests[1] ?? ''}的数字，${who}的报告只写本机关收到和处理政府信息公开申请的情况，请改为本机关的数字（全${requests[1] ?? ''}的数字由本级人民政府的年度报告公布）`,
          'meta.agencyName',
        );
      const receives = lineDepartment && !m && !requests ? regionReceivesIn(text) : null;
      if (receives && speaksAsBureauIn(text))
        return findingIn(
          text,
          `${name}的年度报告写“${receives[0].replace(/^[。；;，,\n]/, '')}”：收到申请的主语是“我${receives[1] ?? ''}”，是全${receives[1] ?? ''}的情况或照搬了本级政府的文字，请改为本机关（“我局”）收到和处理申请的情况`,
          'meta.agencyName',
        );
      const region = township ? '' : (NAME_REGION.exec(name)?.[0] ?? '');
      const supervision = region === '' || m ? null : regionSupervisionIn(text);
      if (supervision && supervision[1] === region)
        return findingIn(
          text,
          `${name}的年度报告写“${supervision[0].replace(/^[。；;\n]/, '')}”：这是${region}全地区的社会评议、责任追究情况，不是本机关的，请改为本机关的情况（全地区的情况由本级人民政府的年度报告公布）`,
          'meta.agencyName',
        );
      if (!m || m[0].includes('系统')) continue;
      return findingIn(
        text,
        `${who}的年度报告写“${m[0]}”：这是全${m[1] ?? ''}的数字，${who}的报告只写本机关主动公开的情况，请改为本机关的数字（全${m[1] ?? ''}的数字由本级人民政府的年度报告公布）`,
        'meta.agencyName',
      );
    }
    return [];
  },
});
