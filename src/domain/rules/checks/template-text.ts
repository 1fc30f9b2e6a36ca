import { perText, perTextAnd, someParagraph } from '../../format/memo';
import type { FormatTemplate } from '../../template/types';
import { defineCheck, type Finding } from '../check-context';
import { textsOf, type ReportText } from '../support';

/**
 * Filling instructions and placeholders of the official template and of drafts (a pattern added
 * here adds its start to `PLACEHOLDER_START`).
 */
/** How the format's note on a part begins: `这一项报告本机关…`, `主要报告本机关…`. */
const PART_NOTE_START =
  '(?:(?:这一?项|本项|此项|该项)(?:主要|重点)?|主要|重点)报告本(?:机关|单位)(?:上一?年度|本年度)?(?:的)?(?:政府信息公开|信息公开|政务公开)';
/** What a count is counted in. */
const COUNT_UNIT = '(?:条|件|个|次|项|篇|期|场|份|家|名|人次)';
const BRACKETED_COUNT = `[（(]\\d+[）)]${COUNT_UNIT}`;
/** A name left to fill in, in square brackets (`[具体地名]`, `［单位名称］`), on one line. */
const BRACKETED_NAME =
  '[\\[［【](?:(?:具体|填写|请填写?)[^\\]］】\\s]{1,8}|[\\u4e00-\\u9fff]{0,4}(?:名称|地名))[\\]］】]';
/**
 * The verbs a report's preface names the report after (`编制…年度报告`, `现将…报告如下`). Since a fix
 * of stop 47 after the measure of 1634–1678: and what the report covers (`全文包括五原县农牧和科技局
 * 单位2025年政府信息公开总体情况,…`, real: 五原县农牧和科技局 2025, the template's `××单位` kept there
 * and in `…局单位门户网站`, `…局单位办公室`).
 */
const NAME_BEFORE = '编制|公布|发布|现将|编写|包括';
/** An agency's name ending in its kind, then the template's 单位, then the report's year. */
const AGENCY_UNIT =
  '(?![本我该各全])[\\u4e00-\\u9fff]{1,20}?(?:镇|乡|街道|局|委员会|政府|办事处|办公室|中心)单位(?=(?:\\d{4}|二〇..)年度?(?:政府信息公开|政务公开|信息公开))';
/** An agency's whole name in brackets, then the report's year (`(紫金县南岭镇人民政府)2025年`). */
const BRACKETED_AGENCY =
  '[（(][\\u4e00-\\u9fff]{2,24}(?:镇|乡|街道|局|委员会|委|政府|办事处|办公室|中心)[）)](?=(?:\\d{4}|二〇..)年)';
/**
 * The bracket of the format's note on 总体情况 naming what 条例 第五十条第四项 asks of 各级人民政府: the
 * format's words, not a report's (a report says what its own government did).
 */
const INSTRUCTION_NOTE =
  '[（(]含《?(?:中华人民共和国)?政府信息公开条例》?第五十条第(?:四|4|[（(]四[）)])项规定的各级人民政府[“"]?工作考核、社会评议和责任追究结果(?:情况)?[”"]?[）)]';
/** The words the note on 总体情况 quotes from 条例 第五十条第四项 (`工作考核、…结果情况`). */
const NOTE_WORDS = '工作考核、社会评议和责任追究结果情况';
const PLACEHOLDERS: readonly RegExp[] = [
  // Not in a document's name (real: 保康县 2020 cites `《…年度报告格式(试行)及编写说明》`).
  /编写说明(?![^《》]*》)/,
  // The old template's alternatives left unchosen (real: 乐至县回澜镇 2019, `特向社会公布2019年度
  // 本级政府(机关)信息公开工作年度报告`). Since a fix of stop 61 after the measure of 2486–2530: the
  // same alternatives as `本级政府(本部门)` (`特向社会公布2021年度本级政府(本部门)信息公开工作年度报告`,
  // real: 通江县唱歌镇 2021): a government's report or a department's, left unchosen.
  /政府[（(](?:机关|本部门)[）)]/,
  // A site's address left to fill in: `门户网站(具体网址)查阅` (real: 高楼乡 2023).
  /[（(](?:具体)?(?:网址|网站地址|链接)[）)]/,
  /（文字描述[^）]*）?/,
  /[XＸ]{2,}|×{2,}/,
  // Since a fix of stop 35 after the measure of 749–778: the province's row after 表二 printed with
  // its choice left unmade (`2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):0`,
  // real: 长白镇 2020; 长春新区 2020 prints the same row): an agency writes 本部门 or its area, not both.
  /本(?:行政区域|地区|辖区)[（(]或本(?:部门|机关|单位)[）)]/,
  /（指[^）]{0,40}）/,
  /【[^】]{0,20}(?:填写|此处)[^】]{0,20}】/,
  // Filling instructions: `（请填写…）`, `（根据实际情况填写）`, `（此处…）`.
  /[（(](?:请|此处|根据实际|按实际|如有)[^）)]{0,20}(?:填写|填报|描述|补充)[^）)]{0,10}[）)]/,
  /填报说明|填写说明/,
  // A Latin letter standing for a number: `X万余条`, `N件`, `共XX个`.
  /(?<![A-Za-z0-9Ａ-Ｚａ-ｚ])[XNＸＮ](?:[万千百]?余?)(?:条|件|个|次|项|篇|期|场|份|家|名|人次)/,
  // Counts typed into a template's blanks, its brackets left round them, more than once in a
  // paragraph (real: 海口国家高新区 2022, `发布政务信息(1386)条,其中:概况类信息(22)条`).
  new RegExp(`${BRACKETED_COUNT}(?=[^\\n]*${BRACKETED_COUNT})`),
  // The 2021 format's notes on what each part reports, left in (real: 大埔县高陂镇 2022, `主要报告
  // 本机关上一年度政府信息公开工作总体情况,重在聚焦主题主线,对本机关贯彻落实…情况进行综述`; the
  // format's own words: `这一项报告本机关政府信息公开工作总体情况`). A report says 本局, 我镇 or its
  // name; an instruction says 本机关 after `这一项`/`主要` 报告.
  new RegExp(`${PART_NOTE_START}[^。\\n]*`),
  /对本(?:机关|单位|部门)贯彻落实[^。\n]{0,30}情况进行综述/,
  // Since a fix of stop 36 after the measure of 809–838: a name left to fill in, in square
  // brackets (`及时更新《[具体地名]镇人民政府2024年度信息公开指南》`, real: 沂源县西里镇 2024): what
  // to write (`具体…`, `填写…`) or the kind of name (`…名称`, `…地名`). A page's furniture in
  // brackets (`字体:[大 中 小]`, `[ 发布机构 ]`) names neither.
  new RegExp(BRACKETED_NAME),
  // Since a fix of stop 36 after the measure of 839–868: the template's `××单位` filled in with the
  // agency's name and its 单位 kept (`编制落水镇单位2024年政府信息公开工作年度报告`, real: 宣威市落水镇
  // 2024): an agency's name ending in its kind takes no 单位 before the report's year (the corpus's
  // others write `本单位`, `我单位`, or the name alone).
  new RegExp(`(?<=${NAME_BEFORE})${AGENCY_UNIT}`),
  // Since a fix of stop 38 after the measure of 1079–1108: the format's note on 总体情况 (`这一项报告本
  // 机关…主要包括主动公开、…、监督保障(含《中华人民共和国政府信息公开条例》第五十条第四项规定的各级人民
  // 政府“工作考核、社会评议和责任追究结果情况”)等方面`) copied as work done (`严格按照《…条例》对主动
  // 公开、依申请公开、政府信息管理、平台建设、监督保障(含…“工作考核、社会评议和责任追究结果情况”)相关信息
  // 进行了公开`, real: 西充县义兴镇 2020). Its bracket still followed by 等 is the note's list quoted as
  // what the report or the work covers (`全文包括…监督保障(含…)等方面`, real: 平阳县 2021, 鄂州市人民政府
  // 办公室 2022; `主要梳理了…(含…)等方面,经认真梳理后我街信息公开工作主要包括:`, real: 长通街道 2024).
  new RegExp(`${INSTRUCTION_NOTE}(?!等)`),
  // Since a fix of stop 48 after the measure of 1679–1723: the template's brackets round the name
  // left after it was filled in (`现公布(紫金县南岭镇人民政府)2025年政府信息公开工作年度报告`, real: 紫金县
  // 南岭镇 2025): the whole name in brackets right after the verb, the report's year right after them.
  // Not a bracket inside a name (`现公布泰州医药高新区(高港区)应急管理局2024年…`, real: 1686).
  new RegExp(`(?<=${NAME_BEFORE})${BRACKETED_AGENCY}`),
  // Since a fix of stop 59 after the measure of 2396–2440: the note's quoted words alone, outside its
  // quotation and bracket, as the work the report did (`做好工作考核、社会评议和责任追究结果情况等监督保障`,
  // real: 吴堡县文化和旅游文物广电局 2021): `…结果情况` names what a government's report tells (条例 第五十条第四项),
  // no work. Not quoted (`“工作考核、社会评议和责任追究结果情况”`), nor after the note's 含.
  new RegExp(`(?<![“"含])${NOTE_WORDS}`),
];

/**
 * What every match of one of `PLACEHOLDERS` holds near its start, in one line (a match may run
 * over a line break, its start does not): a paragraph without any of these holds no placeholder.
 * Each alternative begins with one of a few characters (a bracket, X, 说明, 报告本, 综述, 单位) and
 * looks behind for what comes before it, so the expression is tried at few places of a paragraph
 * (the plain alternation of the patterns' starts was tried at every character: 4× slower on the
 * corpus's paragraphs, with the same paragraphs passing).
 */
const PLACEHOLDER_START = new RegExp(
  [
    `[（(](?:含《?(?:中华人民共和国)?政府信息公开条例》?第五十条|(?<=政府[（(])(?:机关|本部门)|(?:具体)?(?:网址|网站地址|链接)[）)]|(?<=（)文字描述|(?<=（)指|(?:请|此处|根据实际|按实际|如有)|或本(?<=本(?:行政区域|地区|辖区)[（(]或本)|\\d+[）)]${COUNT_UNIT})`,
    '[XＸ]{2}|×{2}',
    '【',
    '说明(?<=编写说明|填报说明|填写说明)',
    `(?<![A-Za-z0-9Ａ-Ｚａ-ｚ])[XNＸＮ](?:[万千百]?余?)${COUNT_UNIT}`,
    '报告本(?:机关|单位)(?<=(?:(?:这一?项|本项|此项|该项)(?:主要|重点)?|主要|重点)报告本(?:机关|单位))',
    '情况进行综述(?<=贯彻落实[^。\\n]{0,30}情况进行综述)',
    BRACKETED_NAME,
    '单位(?:\\d{4}|二〇..)年(?<=(?:镇|乡|街道|局|委员会|政府|办事处|办公室|中心)单位(?:\\d{4}|二〇..)年)',
    `[（(](?<=(?:${NAME_BEFORE})[（(])`,
    '社会评议和责任追究结果情况',
  ].join('|'),
);
/** Whether some paragraph of a text may hold a placeholder (most texts: none). */
const mayHoldPlaceholder = someParagraph((paragraph) => PLACEHOLDER_START.test(paragraph));

/** The first placeholder of a text, read once per text (only the text being typed changes). */
const placeholderIn = perText((text, analysed): string | null =>
  mayHoldPlaceholder(analysed)
    ? (PLACEHOLDERS.map((p) => p.exec(text)?.[0]).find(Boolean) ?? null)
    : null,
);

/** The sections' `templateNote`s of a template, listed once. */
const notesOf = new WeakMap<FormatTemplate, readonly string[]>();
function templateNotes(template: FormatTemplate): readonly string[] {
  let notes = notesOf.get(template);
  if (!notes) {
    notes = template.sections.flatMap((s) => (s.templateNote ? [s.templateNote] : []));
    notesOf.set(template, notes);
  }
  return notes;
}

/** The template's note (a section's `templateNote`) or the placeholder a text still holds. */
const leftIn = perTextAnd((text, template: FormatTemplate, analysed): string | null => {
  return templateNotes(template).find((n) => text.includes(n)) ?? placeholderIn(analysed);
});

/**
 * Since a fix of stop 38 after the measure of 1079–1108: the report said to be compiled by summing the
 * annual reports of one subject, itself (`本年度报告根据《…条例》要求,汇总2021年度敬亭山街道的政务公开年度
 * 报告编制而成`, real: 敬亭山街道 2021; the same words in 大东坝镇 2021): the wording of a government's
 * summary report (`由周口市人民政府办公室汇总各县(市、区)、市政府各部门工作情况编制而成`, real: 周口市)
 * copied, a single agency's report summing no reports. Not a summary of many (`各`, `全`, `所属`,
 * `部门`, a list), nor of work (`汇总了全乡信息公开工作情况,编制了本报告`, real: a 宁夏 乡).
 */
const SUMMED_REPORTS =
  /汇总了?(?:\d{4}年度?)?([^，,。；;、\n]{0,24}?)(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:年度报告|年报)(?=编制|编写|而成|形成)/;
/** An object of 汇总 that is many: the reports of several agencies or units. */
const MANY_SUMMED = /各|全|所属|下属|直属|辖|部门|单位|科室|站所|村|社区|[和及与等]/;
/** The words summing one subject's annual reports, read once per text. */
const summedReportsIn = perText({ anyOf: '汇', otherwise: null }, (text): string | null => {
  if (!text.includes('汇总')) return null;
  const m = SUMMED_REPORTS.exec(text);
  return m && !MANY_SUMMED.test(m[1] ?? '') ? m[0] : null;
});

/**
 * Since a fix of stop 42 after the measure of 1334–1348: an outline's items left as a sentence with
 * nothing told of them (`积极回应社会关切情况,政务舆情处置回应情况。`, real: 东方镇 2022, the last sentence of
 * its 主动公开): a sentence, opened after a stop or at a line's start and closed by `。`, that is only two
 * or more short noun phrases ending in 情况 and parted by commas, none with 的 (`没有出现…的情况`, a
 * clause, real: 沙河口区 2020). Not a heading (numbered, no stop after it), nor the parts of the report
 * listed (`本报告由总体情况,主动公开政府信息情况,…组成`: words before and after the items).
 */
const OUTLINE_ITEMS =
  /(?:^|(?<=[。！？\n]))[ \t\u3000]*((?:[\u4e00-\u9fff、]{2,12}情况[，,])+[\u4e00-\u9fff、]{2,12}情况)。/m;
/** The outline's items left as a sentence, read once per text. */
const outlineItemsIn = perText({ anyOf: '况', otherwise: null }, (text): string | null => {
  if (!text.includes('情况,') && !text.includes('情况，')) return null;
  const m = OUTLINE_ITEMS.exec(text);
  const items = m?.[1] ?? '';
  return m && !items.includes('的') ? `${items}。` : null;
});

/**
 * Since a fix of stop 46 after the measure of 1574–1633: a writing prompt left on a line of its own, a
 * short phrase of the work and, in brackets, what to write of it (`重视依申请公开工作(依申请指南、渠道、
 * 制度规范)`, real: 信州区朝阳镇 2021, the sentences told next on their own line): three or more short
 * items parted by `、`, no count, no stop, nothing after the bracket. Not a numbered heading
 * (`(二)依申请公开方面`), which may name its topics so.
 */
const PROMPT_LINE =
  /^[ \t\u3000]*((?![（(一二三四五六七八九十])[\u4e00-\u9fff]{2,16}[（(][\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8}){2,}[）)])[ \t\u3000]*$/m;
const promptLineIn = perText({ anyOf: '、', otherwise: null }, (text): string | null => {
  const m = PROMPT_LINE.exec(text);
  return m?.[1] ?? null;
});

/**
 * Since a fix of stop 50 after the measure of 1859–1903 (helper f36): a body of a municipality under the
 * State (北京, 天津, 上海, 重庆) following the deployments of a province above it (`根据…及省、市、县政务
 * 公开工作统一部署`, real: 重庆市巴南区二圣镇 2025): a 直辖市 is the province itself, its towns have no 省
 * above them; the levels are another place's wording copied. Only the body's name opening with the
 * municipality (`北京大兴国际机场临空经济区(廊坊)…`, 892's, is 河北's and names 省 rightly).
 */
const MUNICIPALITY = /^(?:北京|天津|上海|重庆)市/;
const PROVINCE_LEVELS = /省、市(?:、[县区])?[^，,。；;\n]{0,14}?(?:部署|要求|安排)/;
const provinceLevelsIn = perText({ anyOf: '省', otherwise: null }, (text): string | null =>
  text.includes('省、市') ? (PROVINCE_LEVELS.exec(text)?.[0] ?? null) : null,
);

/**
 * Since a fix of stop 53 after the measure of 2126–2170 (f54): a contact's mailbox given as the
 * words naming a mailbox, with no address (`电子邮箱:政务邮箱`, real: 新余市公路事业发展中心 2024): the
 * form's placeholder kept, where the address belongs. Read only after a mailbox's label, words
 * alone up to the next mark, ending with 邮箱/信箱/邮件(地址)/地址; an address has Latin letters
 * and `@` (`邮箱:ltxdzb@163.com`), a label's own words go on (`邮箱地址为…`).
 */
const MAIL_WORDS_ONLY =
  /(?:电子邮箱|邮箱|电子邮件|电子信箱)(?:地址)?[:：]\s*(\p{Script=Han}{0,6}(?:邮箱|信箱|邮件)(?:地址)?)(?=$|[,，。;；)）\s])/u;
const mailWordsOnlyIn = perText({ anyOf: '邮信', otherwise: null }, (text): string | null =>
  text.includes('箱') || text.includes('邮件') ? (MAIL_WORDS_ONLY.exec(text)?.[0] ?? null) : null,
);

/**
 * The readings of one text that name only the text's own field, in the order told (one per text),
 * each with its message; `leftIn`'s placeholders after them.
 */
const TEXT_LEFT_READINGS: readonly {
  readonly read: (text: ReportText) => string | null;
  readonly message: (said: string) => string;
}[] = [
  {
    read: summedReportsIn,
    message: (said) =>
      `文中说本报告由“${said}”编制：这是政府汇总所属部门、下级机关年度报告的写法，本机关的年度报告写本机关的工作，不是由年度报告汇总而成，请改写`,
  },
  {
    read: outlineItemsIn,
    message: (said) =>
      `文中“${said}”只有提纲式的项目名，没有写具体情况：像是填写提纲留在了正文里，请写明相应的工作情况，或删去`,
  },
  {
    read: promptLineIn,
    message: (said) =>
      `文中单独一行“${said}”是提纲式的写作提示（括号里列着要写的内容），不是正文：请写明相应的工作情况，或删去`,
  },
  {
    read: mailWordsOnlyIn,
    message: (said) =>
      `联系方式写“${said}”：邮箱一栏只写了“邮箱”之类的字样，没有填邮箱地址，像是模板的占位文字，请填写实际的电子邮箱地址`,
  },
];

/** The message of the first reading of `TEXT_LEFT_READINGS` or `leftIn` that finds something. */
function textLeftIn(text: ReportText, template: FormatTemplate): string | null {
  for (const { read, message } of TEXT_LEFT_READINGS) {
    const said = read(text);
    if (said) return message(said);
  }
  const left = leftIn(text, template);
  return left
    ? `文中留有模板说明或占位符「${left.length > 30 ? `${left.slice(0, 30)}…` : left}」，请替换为实际内容`
    : null;
}

/** Template instructions or placeholders left in the text (warning). */
export const templateTextCheck = defineCheck({
  id: 'template-text-left',
  severity: 'warning',
  spec: '4.3',
  title: '文中留有模板说明或占位符',
  run(ctx) {
    const found: Finding[] = [];
    const { template } = ctx;
    const municipality = MUNICIPALITY.exec(ctx.report.meta.agencyName.trim())?.[0] ?? null;
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      const levels = municipality === null ? null : provinceLevelsIn(text);
      if (levels) {
        found.push({
          target: section,
          fields: [field, 'meta.agencyName'],
          section,
          message: `${municipality}的机关写“${levels}”：直辖市之下没有“省”一级，这是照搬别处的套话，请按本地实际的层级（如“市、区”）改写`,
        });
        continue;
      }
      const told = textLeftIn(text, template);
      if (told) found.push({ target: section, fields: [field], section, message: told });
    }
    return found;
  },
});
