import type { AgencyKind, ContactBlock } from '@/domain/report/types';
import { parseChineseNumeral } from '@/domain/format/chinese-number';
import { compactDates, unifyForms } from './normalise-text';

/** Reads title, agency, year, date, preface and contact block from a report's text. */

/** A date part: digits, or a Chinese numeral (`二〇二一`, `十八`); a letter O in a year is a zero. */
function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseNumeral(text.replace(/[ＯOo]/g, '〇'));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `2020年1月5日`, `2020 年 1 月 5 日`, `二〇二一年一月十八日` alone on a line → ISO `YYYY-MM-DD`.
 * A date that does not exist (`2022年2月30日`) is kept as written (`2022-02-30`, `valid: false`)
 * so the date check can say so, rather than being taken for narrative.
 */
export function parseDateLine(line: string): { iso: string; valid: boolean } | null {
  const text = compactDates(line).replace(/\s+/g, '');
  const m =
    /^([\d〇零Ｏ一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日$/.exec(
      text,
    );
  if (!m) return null;
  const [y, mo, d] = [
    chineseNumber(m[1] ?? ''),
    chineseNumber(m[2] ?? ''),
    chineseNumber(m[3] ?? ''),
  ];
  if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  const valid =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return { iso: `${y}-${pad(mo)}-${pad(d)}`, valid };
}

/** A title's year in brackets after the report's name: `…年度报告(2023年度)`, `…报告（2021年）`. */
const YEAR_AFTER_TITLE = /[（(]((?:19|20)\d{2})年度?[)）]$/;

/**
 * Since stop 36, after the measure of 779–808: which version of the report the page prints, in
 * brackets after its name (`芜湖市数据资源管理局2019年度政府信息公开年度报告(文字版)`, real: 芜湖市数据
 * 资源管理局 2019, 嵊山镇 2022): not part of the title.
 */
/**
 * Since a fix of stop 70 after the measure of 2891–2935: the body in brackets after the report's
 * name, none before its year (`2024年政府信息公开工作年度报告 (上海市浦东新区曹路镇人民政府)`, real: 2917
 * 曹路镇 2024): the title's agency, as if printed before the year. Only a body's name (its kind's
 * word last), right after 报告.
 */
const BODY_AFTER_TITLE =
  /(?<=报告)[（(]([\u4e00-\u9fff]{2,40}?(?:人民政府|政府|办事处|街道|镇|乡|苏木|局|委员会|委|办公室|办|厅|中心|管委会|管理委员会))[)）]$/;

/**
 * Since stop 36, after the measure of 869–898: a page's table borders left after the title
 * (`卓尼县人民政府2020年度政府信息公开工作年度报告 | ||||…`, real: 卓尼县 2020).
 */
const BARS_AFTER_TITLE = /[|｜]+$/;

// Since a fix of stop 54 after the measure of 2171–2215: two versions named in one bracket
// (`杭州市审管办2020年…年度报告(文字版、图解版)`, real: 杭州市审管办 2020).
const EDITION_AFTER_TITLE =
  /[（(](?:文字|图文|图解|网页|简|精简)版(?:[、,，/](?:文字|图文|图解|网页|简|精简)版)*[)）]$/;

/**
 * Since a fix of stop 35 after the measure of 719–748: the page's date printed after the title, a
 * space between (`上海市杨浦区政府2022年政府信息公开工作年度报告 2023-01-20`, real: 杨浦区 2022), is
 * not part of the title.
 */
const DATE_AFTER_TITLE =
  /(?<=报告)[ \t\u00a0\u3000]+\d{4}-\d{1,2}-\d{1,2}(?:[ \t\u00a0\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** A title line without the page's date printed after it. */
export function withoutDateAfterTitle(line: string): string {
  return line.replace(DATE_AFTER_TITLE, '');
}

/**
 * Since a fix of stop 37 after the measure of 959–988: the page's date printed after the title is
 * the date the page was put out, as a bare date under the title is (`2020年上海市杨浦区人民政府信息
 * 公开工作年度报告 2021-02-19`, real: 杨浦区 2020, whose date under the title is printed without
 * its 年 and 月, `2021219`). The date as printed (its time dropped), or null.
 */
export function dateAfterTitle(line: string): string | null {
  return (
    DATE_AFTER_TITLE.exec(line)?.[0]
      .trim()
      .split(/[ \t\u00a0\u3000]+/)[0] ?? null
  );
}

export function isTitle(line: string): boolean {
  // The report's year in brackets after its name (`洪山区人民政府信息公开工作年度报告(2023年度)`,
  // real: 洪山区 2023).
  const t = compactDates(withoutDateAfterTitle(line))
    .replace(/\s+/g, '')
    .replace(BARS_AFTER_TITLE, '')
    .replace(EDITION_AFTER_TITLE, '')
    .replace(YEAR_AFTER_TITLE, '')
    .replace(BODY_AFTER_TITLE, '');
  // Not a page's breadcrumb (`首页 > 政务公开 > … > 街道办事处政府信息公开工作年度报告`, `首页 / 政府
  // 信息公开 / 政府信息公开年报 / 政府网站工作年度报告`, real: 四川省文物局 2025; `您当前的位置: > >
  // 信息公开年度报告`, real: 大涌镇 2022).
  // Since a fix of stop 34 after the measure of 644–673: nor a breadcrumb's second line, its `首页`
  // on the line above (`首页` / `>政务公开>政府信息工作年度报告`, real: 临洮县 2019): a line opening with
  // a path's separator, or with two of them.
  return (
    t.length <= 80 &&
    (/报告$/.test(t) || NAMED_ANNUAL_REPORT.test(t) || YEAR_FIRST_ANNUAL_REPORT.test(t)) &&
    /(政府信息公开|政务公开|信息公开)/.test(t) &&
    !/首页[>＞/／]|(?:当前|所在)的?位置/.test(t) &&
    !BREADCRUMB.test(t) &&
    !PROPERTY_LINE.test(t.replace(LIST_MARK, '')) &&
    !FIELD_LABEL_OPENING.test(t)
  );
}

/** A page's property labels that no title is printed after (`FIELD_LABEL_OPENING`, `PROPERTY_LINE`). */
const FIELD_LABELS = '索引号|发布机构|发布目录|公开目录|所属类目|所属目录';
/** The labels of a page's dates. */
const DATE_LABELS = '发布日期|发布时间|成文日期';

/**
 * Since a fix of stop 57 after the measure of 2306–2350: a page's field line without colons, its
 * labels and values split by spaces (`发布日期 2024-01-16 主题词 政府信息公开工作年度报告`, real: 广元市
 * 商务局 2023, the title on the next line), is no title: a line opening with a property's label no
 * title is printed after (a date's label before a date's digits).
 */
const FIELD_LABEL_OPENING = new RegExp(
  `^(?:${FIELD_LABELS}|公文种类|主题分类)|^(?:${DATE_LABELS}|生成日期)(?=\\d)`,
);

/**
 * Since a fix of stop 44 after the measure of 1379–1423: a page's properties run together on one
 * line, the last a column's name (`索引号:4303000006/2025-1353031 发布机构:金石镇 发布目录:信息公开年度
 * 报告`, real: 湘乡市金石镇 2024, its title on the next line): opened by a label no title is printed
 * after (a title's own are `名称:`, `标题:`, PAGE_LABELS), it is no title, and names no agency.
 */
const PROPERTY_LINE = new RegExp(`^(?:${FIELD_LABELS}|分类|信息来源|来源|${DATE_LABELS})[:：]`);

/**
 * Since stop 36, after the measure of 839–868: a title naming the report 年报, after its agency and
 * year (`天山区政务服务管理局2022年度政府信息公开工作年报`, real: 天山区政务服务管理局 2022). Not a
 * column's name (`政府信息公开年报`, `2020年信息公开年报`, `首页 > 政务公开 > 政府信息公开年报`: no
 * agency before the year, or a path), which the corpus prints above many titles.
 */
const NAMED_ANNUAL_REPORT =
  /^[\u4e00-\u9fff（）()]{2,40}\d{4}年度?[\u4e00-\u9fff]*(?:政府信息公开|政务公开|信息公开)(?:工作)?年报$/;

/**
 * Since a fix of stop 57 after the measure of 2306–2350: the same 年报 with the year first, the body
 * named after it (`2020年度嵊州市气象局政府信息公开年报`, real: 嵊州市气象局 2020). A body's word must end
 * the name before 政府信息公开, so that a column's `2020年信息公开年报` or `2021年政府信息公开年报` is none.
 */
const YEAR_FIRST_ANNUAL_REPORT =
  /^\d{4}年度?[\u4e00-\u9fff（）()]{1,40}?(?:局|委员会|委|办公室|办|厅|院|中心|街道|镇|乡|人民政府)(?:政府信息公开|政务公开|信息公开)(?:工作)?年报$/;

/** A path's separators: one opening the line, or two in it (`>政务公开>…年度报告`). */
const BREADCRUMB = /^[>＞›»]|[>＞›»][^>＞›»]*[>＞›»]/;

/**
 * A page's table of properties prints the title after labels (`名 称: 某街道办事处2022年度…`,
 * `文 号: 关键字: 某局2020年…`): they are not part of the agency. `称:` is 名称's label with 名
 * lost on the line before (real: 楚雄市鹿城街道 2025, `称: 鹿城街道2025年…年度报告`).
 * Since a fix of stop 53 after the measure of 2126–2170 (f54): the label `信息名称:` (or a 文件's,
 * 文章's) before the title (`信息名称:钟楼区邹区镇2025年度…`, real: 邹区镇 2025).
 */
export const PAGE_LABELS =
  /^(?:(?:(?:信息|文件|文章)?名称|称|标题|文号|关键字|关键词|主题词)[:：])+/;

/**
 * A property's label without its colon before a title (`标      题 西藏…2023年度信息公开工作报告`,
 * real: 西藏国资委 2023). Since a fix of stop 60 after the measure of 2441–2485: a gazette's field
 * too (`公报标题2021年度黄石市公安局政府信息公开工作年度报告` over `总号 期号` / `主办单位…`, real:
 * 2458 黄石市公安局 2021), which is the page's title again, not a body named `公报标题`.
 */
export const LABEL_WITHOUT_COLON = /^(?:公报|信息|文件|文章)?(?:名称|标题)(?=.*报告$)/;

/**
 * Agency and year from a title like `平湖市应急管理局 2020 年度政府信息公开 工作年度报告`. A run of
 * digits before 年 that is not four long (`20241年度`, a typo) is not a year: it is kept as
 * `yearText`, as the form keeps it (`domain/report/read-year.ts`), for the year check to report.
 */
export function readTitle(title: string): TitleRead {
  const read = readTitleAsPrinted(title);
  // Since a fix of stop 34 after the measure of 644–673: an agency is never punctuation only (`>`,
  // read from a breadcrumb, real: 临洮县 2019). Since a fix of stop 57 after the measure of
  // 2306–2350: nor does it hold a page's date (`发布日期2024-01-16主题词`, real: 广元市商务局 2023).
  return NAMES_SOMETHING.test(read.agency) && !DATE_IN_NAME.test(read.agency)
    ? read
    : { ...read, agency: '' };
}

/** What a title gives. */
interface TitleRead {
  agency: string;
  year: number | null;
  yearText?: string;
  /** A year printed with its 年 lost (`2022度`): not read as the report's. */
  lostYear?: string;
  /**
   * Since a fix of stop 41 after the measure of 1319–1333: what the title prints before the agency's
   * name that is no part of it, a stray year or a column's mark (`2025湖口县大垅乡2025年度…`, real:
   * 湖口县大垅乡 2025; `【2019】马关县交通运输局2019年…`, real: 马关县交通运输局 2019).
   */
  strayMark?: string;
}

/**
 * Since a fix of stop 37 after the measure of 929–958: a stray year printed before the agency's
 * name, the title's own year after it (`2025湖口县大垅乡2025年度政府信息公开工作年度报告`, real:
 * 湖口县大垅乡 2025): no agency's name opens with a year's digits; they are not part of it.
 */
const STRAY_YEAR = /^(?:【(?:19|20)\d{2}年?度?】|(?:19|20)\d{2}(?=[\u4e00-\u9fff]))/;

/** A page's date (`2024-01-16`): no agency's name holds one. */
const DATE_IN_NAME = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;

/** A letter or digit of any script: an agency's name has one. */
const NAMES_SOMETHING = /[\p{L}\p{N}]/u;

function readTitleAsPrinted(title: string): TitleRead {
  // A property's label without its colon (`LABEL_WITHOUT_COLON`), as `sameTitle` reads it.
  const bare = compactDates(title)
    .replace(/\s+/g, '')
    .replace(BARS_AFTER_TITLE, '')
    .replace(PAGE_LABELS, '')
    .replace(EDITION_AFTER_TITLE, '');
  const body = BODY_AFTER_TITLE.exec(bare);
  if (body) {
    const read = readTitleAsPrinted(bare.slice(0, body.index));
    return read.agency === '' ? { ...read, agency: body[1] ?? '' } : read;
  }
  // The year in brackets after the name (`洪山区人民政府信息公开工作年度报告(2023年度)`): read as if
  // it stood before the name's 政府信息公开.
  const after = YEAR_AFTER_TITLE.exec(bare);
  const t = (after ? bare.slice(0, after.index) : bare).replace(LABEL_WITHOUT_COLON, '');
  const m = /^(.*?)(?<!\d)(\d+)年度?(.*?)(?:政府信息公开|政务公开|信息公开)/.exec(t);
  // A year whose 年 was lost (`2022度珠晖区粤汉街道信息公开工作年度报告`, real: 粤汉街道 2023, a
  // 2023 report): not the agency's; the year is left to the text (which it need not be).
  if (!m) {
    const name = sharedGovernment(
      siteNameOff(t.replace(/(?:政府信息公开|政务公开|信息公开).*$/, '')),
    );
    if (after) return { agency: name, year: Number(after[1]) };
    const lost = /^(?:19|20)\d{2}度?(?=[\u4e00-\u9fff]|$)/.exec(name)?.[0];
    if (lost) return { agency: name.slice(lost.length), year: null, lostYear: lost };
    // The year after the agency, its 年 lost (`海南省旅游和文化广电体育厅2020政府信息公开…`, real:
    // 海南省旅文厅 2020): the agency ends before the year's digits.
    const last = /(?<=[\u4e00-\u9fff])(?:19|20)\d{2}$/.exec(name);
    return last
      ? { agency: name.slice(0, last.index), year: null, lostYear: last[0] }
      : { agency: name, year: null };
  }
  // `关于2022年度政府信息公开情况的报告` names no agency; no agency's name ends in 关于 (real:
  // 平潭综合实验区海坛片区管理局 2021, `…管理局 关于2021年度政府信息公开工作年度报告`, a letter's title).
  const agency = sharedGovernment(
    siteNameOff(
      (m[1]?.replace(STRAY_YEAR, '') || m[3] || '').replace(/关于(?:报送|印发|公布|发布)?$/, ''),
    ),
  );
  const digits = m[2] ?? '';
  const stray = m[1] === undefined ? undefined : STRAY_YEAR.exec(m[1])?.[0];
  const read: TitleRead =
    digits.length === 4
      ? { agency, year: Number(digits) }
      : { agency, year: null, yearText: digits };
  return stray !== undefined && agency !== '' ? { ...read, strayMark: stray } : read;
}

/**
 * `洪山区人民政府信息公开…`: the 政府 is both the agency's and the report's; no agency's name ends in
 * 人民 (real: 洪山区 2023).
 */
function sharedGovernment(name: string): string {
  return /.人民$/.test(name) ? `${name}政府` : name;
}

/**
 * A page's title with the site's name before a hyphen (`永顺县人民政府-湖南猛洞河风景名胜区管理处2020
 * 年度…`, real: 猛洞河风景名胜区管理处 2020): the name after the last hyphen is the agency, when both
 * sides name an organisation (a Chinese name has no hyphen in it).
 */
function siteNameOff(name: string): string {
  const m = /^(.{2,40})[-—–_|｜]+([^-—–_|｜]{2,40})$/.exec(name);
  if (!m) return name;
  const [site, own] = [m[1] ?? '', m[2] ?? ''];
  return SITE_OR_AGENCY.test(site) && SITE_OR_AGENCY.test(own) ? own : name;
}

const SITE_OR_AGENCY =
  /(?:局|办|室|委|会|府|院|处|厅|中心|所|站|队|部|街道|镇|乡|馆|网|网站|门户|办事处|委员会|政府)$/;

/** A short line that names an organisation (a signature), not a sentence. */
export function looksLikeAgency(line: string): boolean {
  const t = unifyForms(line).replace(/\s+/g, '');
  return (
    t.length >= 2 &&
    t.length <= 40 &&
    !/[。,，;；:：!?《》<>〈〉()（）"“”、]/.test(t) &&
    !/\d{4}年/.test(t)
  );
}

/**
 * Since a fix of stop 42 after the measure of 1349–1378: a region's second name in brackets
 * (`高新区(新市区)`, real: 乌鲁木齐市高新区(新市区) 2020 and 2022, one government for the zone and the
 * district): the government's report, as the bare district's name is. Not a zone's, a town's or an
 * office's name in them (`(角斜镇)`, `(市人民政府办公室)`).
 */
const REGION_ALIAS = /[（(]([\u4e00-\u9fff]{2,8}(?:市|县|区|旗))[)）]$/;
const ZONE_ALIAS = /(?:开发|园|试验|示范|合作|保税|贸易|功能|风景|管理|新)区$/;

/** The region's name a bracket after an agency's name gives (`高新区(新市区)`: 新市区), or null. */
function regionAliasOf(name: string): string | null {
  const alias = REGION_ALIAS.exec(name)?.[1];
  return alias !== undefined && !ZONE_ALIAS.test(alias) ? alias : null;
}

export function guessAgencyKind(name: string): AgencyKind {
  // Since a fix of stop 54 after the measure of 2171–2215: a customs house's district (`湛江海关关区`,
  // real: 湛江海关 2023) is the customs house's, a department (not 山海关区, a government's district).
  if (/海关(?:关区)?$/.test(name)) return 'department';
  if (regionAliasOf(name) !== null && /[区县市旗][（(]/.test(name)) return 'government';
  // 苏木 is Inner Mongolia's township (`沙德格苏木`, `扎格斯台苏木人民政府`, real: 乌拉特前旗 2021).
  if (/(街道办事处|街道|(?:镇|乡|苏木)(?:人民)?政府|镇|乡|苏木)$/.test(name)) return 'township';
  // `人民政府` or its short form (`镇宁自治县政府`, real: 镇宁 2019's title).
  if (/(?:人民)?政府$/.test(name)) return 'government';
  // A region's own report, titled by the region alone (`平潭综合实验区2023年度…`, `某县2020年…`) or
  // by its administrative committee: the government's report (deadline 3月31日), not a department's.
  if (
    /(?:省|市|县|区|旗|州|盟|管委会|管理委员会)$/.test(name) &&
    !/(?:局|办|委|厅|中心|所|站|队|室|社|园)区?$/.test(name)
  )
    return 'government';
  return 'department';
}

const CONTACT_FIELDS: readonly { key: keyof ContactBlock; label: RegExp }[] = [
  { key: 'address', label: /(?:通讯|联系|办公)?地址/ },
  { key: 'postcode', label: /邮政编码|邮编/ },
  { key: 'phone', label: /(?:联系|咨询)?电话/ },
  { key: 'fax', label: /传真/ },
  { key: 'email', label: /电子邮箱|电子信箱|电子邮件|邮箱|E-?mail/i },
];

/** A line that is one contact field (`地址：…`), or null. */
export function contactLine(line: string): { key: keyof ContactBlock; value: string } | null {
  const t = line.trim();
  for (const f of CONTACT_FIELDS) {
    const m = new RegExp(`^(?:${f.label.source})\\s*[:：]\\s*(.+)$`, f.label.flags).exec(t);
    if (m && (m[1] ?? '').length <= 120) return { key: f.key, value: (m[1] ?? '').trim() };
  }
  return null;
}

/** Contact fields written inside a sentence (`…（地址：…；邮编：314031；电话:82057503）`). */
export function inlineContact(text: string): Partial<Record<keyof ContactBlock, string>> {
  const out: Partial<Record<keyof ContactBlock, string>> = {};
  for (const f of CONTACT_FIELDS) {
    const m = new RegExp(
      `(?:${f.label.source})\\s*[:：]\\s*([^；;，,。\\n]{2,80})`,
      f.label.flags,
    ).exec(text);
    if (!m) continue;
    let value = (m[1] ?? '').trim();
    const open = (value.match(/[（(]/g) ?? []).length;
    while ((value.match(/[）)]/g) ?? []).length > open && /[）)]$/.test(value))
      value = value.slice(0, -1);
    out[f.key] = value;
  }
  return out;
}

/**
 * The most frequent `20xx年` in the text, for reports without a title. A year inside a cited
 * title (`《关于2022年度政务公开第三方评估反馈意见整改工作提示》`, real: 天津市商务局 2023) is the
 * cited document's, not the report's: not counted.
 */
export function mostFrequentYear(text: string): number | null {
  const counts = new Map<number, number>();
  const uncited = compactDates(text).replace(/《[^《》\n]*》/g, '');
  for (const m of uncited.matchAll(/(20\d{2})年/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

/**
 * The most frequent `20xx年` that is no date's (`2021年1月20日` is a day's, not a report's year), for
 * text where a date is more likely the page's than the report's year: a table's rows.
 */
export function yearOutsideDates(text: string): number | null {
  return mostFrequentYear(compactDates(text).replace(/20\d{2}年\d{1,2}月(?:\d{1,2}日)?/g, ''));
}

/**
 * `更新时间:2022-02-21 16:47 发布时间:2020-01-14`: a page's update is not the report's date (real: 易家街 2019).
 * Since a fix of stop 60 after the measure of 2441–2485: a page's property 生成日期 (the day the document
 * was made, as 公文生成日期, real: 1114 湖里区卫生健康局 2022) read under its own label, ranked as 印发日期:
 * over a later 发布时间 (`生成日期: 2020-01-20 09:14:06` / `发布时间: 2020-12-14 18:31:56`, real: 2473
 * 眉县市场监管局 2019; `生成日期 2022-01-04` / `发布时间:2022-01-19`, real: 2451 杏滨街道 2021), as the
 * gatherers take 成文日期 over 发布日期 (stop 49).
 */
const PAGE_DATE =
  /(?<!更新|修改)(成文日期|生成日期|发布日期|发布时间|公开日期|印发日期|发文日期|日期|时间)(?:\s*[:：]\s*|\s*[\]】]\s*|(?<=..日期|..时间)[ \t\u3000]+)(\d{4})\s*[-年/.．]\s*(\d{1,2})\s*[-月/.．]\s*(\d{1,2})/;
const LABEL_ALONE =
  /^\s*(?:成文日期|发布日期|发布时间|公开日期|印发日期|发文日期|日期|时间)\s*[:：]\s*$|^\s*(?:成文日期|发布日期|发布时间|公开日期|印发日期|发文日期)\s*$/;
/** A list's mark before a page's property (`  • 发布日期`, `- 标题: …`). */
export const LIST_MARK = /^\s*(?:[•·●▪◆]|-(?=\s))\s*/;
const PAGE_DATE_RANK: Readonly<Record<string, number>> = {
  成文日期: 0,
  印发日期: 1,
  发文日期: 1,
  生成日期: 1,
  发布日期: 2,
  公开日期: 2,
  发布时间: 2,
  稿源: 2,
  日期: 3,
  时间: 4,
};

/**
 * The report date printed on the page rather than in the signature: `成文日期：2021-01-20`,
 * `发布日期：2020-01-31`, `发布时间:2021-01-25 16:17`, `日期:2021-01-29` (成文日期 first); a
 * page's table of properties may leave out the colon (`发布机构 市政府办 … 发布日期 2021-02-20`),
 * which only the two-word names (`发布日期`, not `日期`) are read without.
 */
export function readPageDate(
  lines: readonly string[],
): { iso: string; line: string; rank: number } | null {
  let best: { iso: string; line: string; rank: number } | null = null;
  for (const i of lines.keys()) {
    const raw = withLabelValue(lines, i);
    const m =
      PAGE_DATE.exec(raw) ??
      PAGE_DATE.exec(unifyForms(raw)) ??
      shortYearPageDate(raw) ??
      sourceLineDate(raw);
    if (!m) continue;
    const iso = isoDate(m[2], m[3], m[4]);
    if (iso === null) continue;
    const rank = PAGE_DATE_RANK[m[1] ?? ''] ?? 9;
    if (best === null || rank < best.rank) best = { iso, line: m[0], rank };
  }
  return best;
}

/**
 * Since a fix of stop 39 after the measure of 1169–1198: a page's 发布日期 printed with a two-digit
 * year, year first (`发布日期:21/01/26 10:42:59`, real: 甘南州林业和草原局 2020): read as 2021-01-26.
 * Only after the label 发布日期 and its colon, the year 19–39 (a report's years), slashes between,
 * a space or the line's end after it (a time may follow); the month and day are checked by isoDate.
 */
const SHORT_YEAR_PAGE_DATE =
  /(发布日期)\s*[:：]\s*(19|2\d|3\d)\/(\d{1,2})\/(\d{1,2})(?=[ \t\u00a0\u3000]|$)/;

/** A `SHORT_YEAR_PAGE_DATE` match with its year made whole (`21` → `2021`), as PAGE_DATE's groups. */
function shortYearPageDate(raw: string): RegExpExecArray | null {
  const m = SHORT_YEAR_PAGE_DATE.exec(raw);
  if (m) m[2] = `20${m[2] ?? ''}`;
  return m;
}

/**
 * Since a fix of stop 42 after the measure of 1349–1378: a page's source line giving the site and the
 * day the report was put there (`稿源: 浑南区政府网 2024-01-29`, real: 浑南区交通运输局 2023), read as a
 * 发布日期 is. Only at the line's start after the label 稿源 and its colon, the site's name (no digit,
 * no space) and a space before the date, its time after it at most; a `稿源` in a sentence
 * (`信息公开稿源互通`) has no colon after it.
 */
const SOURCE_LINE_DATE =
  /^\s*(稿源)\s*[:：]\s*[^\s\d:：]{2,30}[ \t\u00a0\u3000]+(\d{4})\s*[-/.．年]\s*(\d{1,2})\s*[-/.．月]\s*(\d{1,2})日?(?=[ \t\u00a0\u3000]|$)/;

/** A `SOURCE_LINE_DATE` match, as PAGE_DATE's groups (its label 稿源, ranked as 发布日期). */
function sourceLineDate(raw: string): RegExpExecArray | null {
  return raw.includes('稿源') ? SOURCE_LINE_DATE.exec(raw) : null;
}

/** The rank from which a page's date label means the date it was put out (发布日期, 日期, 时间). */
export const PUBLISHED_RANK = 2;

/**
 * A page's line, with the next line's value after a label printed on a line of its own: a label
 * alone, its date on the next line (real: 新蔡县人民政府 2020, `发布时间:` / `2021-02-02 10:20`), or
 * the page's properties as a list, the label and its value on two lines of their own, without a
 * colon (real: 面甸镇 2025, `  • 发布日期` / `    2026-01-21`).
 */
function withLabelValue(lines: readonly string[], i: number): string {
  const line = lines[i] ?? '';
  const label = line.replace(LIST_MARK, '');
  if (label !== line) {
    const glued = GLUED_LABEL_DATE.exec(label);
    if (glued) return `${glued[1]}: ${glued[2]}`;
  }
  if (LABEL_ALONE.test(label))
    return `${label.trim()} ${(lines[i + 1] ?? '').replace(LIST_MARK, '').trim()}`;
  const bareDate = BARE_DATE_LABEL.test(label);
  if (!BARE_LABEL_ALONE.test(label) && !bareDate) return line;
  const value = (lines[i + 1] ?? '').replace(LIST_MARK, '').trim();
  if (bareDate && !(DATE_ALONE.test(value) && propertiesAbove(lines, i))) return line;
  return DATE_ALONE.test(value) ? `${label.trim()}: ${value}` : line;
}

/**
 * Since a fix of stop 67 after the measure of 2756–2800: a bare `日期` alone on its line, its date alone on
 * the next, among a page's properties printed a label a line (`索引号` / `01525772-2/20240131-00001` /
 * `发文机构` / `隆阳区杨柳乡人民政府` / … / `日期` / `2024-01-31`, real: 2756 隆阳区杨柳乡 2023, its gatherer taking
 * it as the page's date, as 2727's `发布日期:` / `2021-01-28`): the page's date label, not a word. Only with
 * another property's label alone on a line in the few lines above it (`索引号`, `发文机构`, `文号`…): a bare
 * `日期` elsewhere stays a word (stop 344–373's decision).
 */
const BARE_DATE_LABEL = /^\s*日期\s*$/;
const PROPERTY_LABEL_ALONE =
  /^\s*(?:索引号|发文机构|发布机构|公开目录|主题分类|文\s*号|浏览量|浏览次数|信息来源|来源|有效性)\s*$/;
const PROPERTIES_REACH = 10;
function propertiesAbove(lines: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - PROPERTIES_REACH); k -= 1)
    if (PROPERTY_LABEL_ALONE.test((lines[k] ?? '').replace(LIST_MARK, ''))) return true;
  return false;
}

/**
 * Since a fix of stop 37 after the measure of 959–988: a page's properties printed a label a line,
 * its value on the next (`生成日期` / `2021-01-10 12:00:00`, real: 高台县宣化镇 2020), without a colon.
 * Read only when the next line is a date alone (its time after it at most), not a table's row or a
 * sentence. A bare `日期` without its colon is a word, not a label (a fix after the measure of
 * 344–373 decided so): not read.
 */
const BARE_LABEL_ALONE = /^\s*生成日期\s*$/;

/**
 * Since a fix of stop 38 after the measure of 1019–1048: a page's properties as a list whose labels
 * run into their values, no colon nor space between (`- 发布机构弥勒市朋普镇` / `- 发布日期2025-01-16`,
 * real: 弥勒市朋普镇 2024). Read only on a line after a list's mark holding the label and its date alone
 * (its time after it at most), and only for the two-word labels, not a bare `日期`/`时间` (in a
 * sentence, `…时间2020年…` is no label: real, 周口市 2020).
 */
const GLUED_LABEL_DATE =
  /^\s*(成文日期|发布日期|发布时间|公开日期|印发日期|发文日期)(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:[ \t\u00a0\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
const DATE_ALONE =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:[ \t\u00a0\u3000]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?$/;

/** A date's parts as printed (full-width digits too) → ISO, or null when it is no date after 2000. */
function isoDate(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): string | null {
  const [y, mo, d] = [year, month, day].map((x) => Number((x ?? '').normalize('NFKC')));
  if (y === undefined || mo === undefined || d === undefined || y < 2000) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * A label that says the page was published, and its date: 发布日期, 发布时间, 发表日期, 发表时间,
 * 公开日期 (the date it was made public), `发布于`; not 成文日期 (the date it was signed), nor a
 * bare `日期:`/`时间:`, which may be either.
 */
const PUBLISHED_AT =
  /(?:发布日期|发布时间|发表日期|发表时间|公开日期|发布于)\s*[:：]?\s*(\d{4})\s*[-年/.．]\s*(\d{1,2})\s*[-月/.．]\s*(\d{1,2})/g;

const PUBLISHED_WORD = /发布|发表|公开日期/;

/**
 * The date a page says it was published (`发布日期 2022-09-06`, real: 沙德格苏木 2021, beside its
 * `成文日期 2022-01-08`), by a label that can mean nothing else (`PUBLISHED_AT`); the earliest
 * when a page prints several (a page republished keeps its first date too), null when none.
 */
export function readPublishedDate(lines: readonly string[]): string | null {
  let earliest: string | null = null;
  for (const i of lines.keys()) {
    const raw = withLabelValue(lines, i);
    const source = sourceLineDate(raw);
    if (source) {
      const iso = isoDate(source[2], source[3], source[4]);
      if (iso !== null && (earliest === null || iso < earliest)) earliest = iso;
    }
    if (!PUBLISHED_WORD.test(raw)) continue;
    const text = /[０-９]/.test(raw) ? unifyForms(raw) : raw;
    for (const m of text.matchAll(PUBLISHED_AT)) {
      const iso = isoDate(m[1], m[2], m[3]);
      if (iso !== null && (earliest === null || iso < earliest)) earliest = iso;
    }
  }
  return earliest;
}

/** A page's publisher (`发布机构:侯贯镇`), up to a space or the next label. */
const PUBLISHER = /发布机构\s*[:：]\s*([\u4e00-\u9fff]{2,40})/;
/** A town's government or office as a publisher (`侯贯镇`, `德兴市万村乡人民政府`, `鹿城街道`). */
const TOWN_PUBLISHER =
  /^(?:.*[省市县区旗州盟])?([\u4e00-\u9fff]{1,8}?)(?:镇|乡|街道|苏木)(?:人民政府|政府|办事处)?$/;

/**
 * Since a fix of stop 35 after the measure of 719–748: the page's publisher when it is a town's
 * whose name the report's agency does not hold (`发布机构:侯贯镇` over `河北省发展和改革委员会2021年…`,
 * real: a page of 威县's site): the page reposts another's report, and its dates are the repost's.
 * A town's page publishes its own report (`发布机构: 德兴市万村乡人民政府` over 万村乡's, `发布机构:
 * 新下陆街道` over 新下陆街道办事处's): not one. Null when the page names no publisher, or no agency
 * was read.
 */
export function repostingTown(lines: readonly string[], agency: string): string | null {
  if (agency === '') return null;
  for (const line of lines) {
    if (!line.includes('发布机构')) continue;
    const publisher = PUBLISHER.exec(line.replace(/\s+/g, ' '))?.[1];
    if (publisher === undefined) return null;
    const town = TOWN_PUBLISHER.exec(publisher)?.[1];
    return town !== undefined && !agency.includes(town) ? publisher : null;
  }
  return null;
}

// Since a fix of stop 49 after the measure of 1724–1768: a 办事处 named by its street alone
// (`现公布东街办事处2020年…`, real: 西秀区东街办事处 2020), two characters at least before it.
// Since a fix of stop 51 after the measure of 1904–1948: a 供销联社's, a 联合会's (残联) and a 馆's name too
// (`由宜城市供销联社结合工作实际编制`, real: 宜城市供销联社 2023).
// Since a fix of stop 54 after the measure of 2171–2215: a customs house and its district
// (`梳理编制湛江海关关区2023年…年度报告`, real: 湛江海关关区 2023).
// Since a fix of stop 66 after the measure of 2711–2755: a 供销合作社联合社's and a 供销合作总社's name too
// (`本报告由临沂市供销合作社联合社按照…编制`, real: 临沂市供销合作社联合社 2022; `由如东县供销合作总社编制而成`,
// real: 如东县供销合作总社 2024).
const ORG_SUFFIX =
  /(?:局|办公室|委员会|人民政府|政府|中心|院|厅|委|办|街道办事处|[^\s，,。；;：:]{2}办事处|管委会|管理委员会|镇|乡|街道|园区|所|站|队|联社|联合社|总社|供销社|联合会|馆|海关|海关关区)$/;

/**
 * The agency named in a sentence of the preface: `特编制湛江市人民政府地方志办公室2023年政府信息公开
 * 工作年度报告`, `现公布泰州市人民政府2017年…`. Generic names (`区统计局`, `我局`) are not taken.
 */
/** A department's name with no place in it: `信访局`, `农业农村局`, `政务公开办公室`. */
// Since a fix of stop 51 after the measure of 1949–1993: a bare 管委会 too (`编制管委会2022年度…报告`, real:
// 唐山高新区 2022).
// Since a fix of stop 54 after the measure of 2171–2215: a national body's regional bureau, named
// after the national body (`现公布国家矿山安全监察局广西局2024年…`, real: 国家矿山安全监察局广西局
// 2024), has a place though no 省/市 is printed: 国家…局 then another 局 is not placeless.
const PLACELESS_BODY =
  /^(?!国家[^省市县区州旗盟镇乡]+?(?:总局|局)[^省市县区州旗盟镇乡]{2,}局$)[^省市县区州旗盟镇乡]+(?:局|委员会|委|办公室|办|厅)$|^管(?:理)?委(?:员)?会$/;

/** A body's other name in brackets at the end of a name: `(市人民政府办公室)`. */
const BRACKETED_BODY = /[(（]([^()（）]+)[)）]$/;

/**
 * Since a fix of stop 52 after the measure of 2039–2080: the short name given the body between its
 * name and the report's year, quoted and with a note (`特向社会公布国家税务总局佛山市税务局(以下简称
 * “佛山市税务局”,下文类同)2021年…`, real: 佛山市税务局 2021): read as if absent, the body's name as
 * printed before it (as `bodyNamed` drops a short one, `(以下简称区政府)`).
 */
const SHORT_NAME_BEFORE_YEAR =
  /[(（](?:以下简称|下称|简称)[^()（）]{1,20}[)）](?=(?:19|20)\d{2}年)/g;

export function agencyInPreface(text: string): string | null {
  const t = compactDates(text).replace(/\s+/g, '').replace(SHORT_NAME_BEFORE_YEAR, '');
  // `编制了《田黄镇2020年政府信息公开工作年度报告》`, `现将富县人民政府2024年…年度报告予以公开`, or
  // the year first: `特公布2022年温州市人力资源和社会保障局信息公开工作年度报告`, `特向社会公布2025年
  // 连生乡人民政府政府信息公开工作情况报告`; the report's name with 公开 lost (`现将莲湖区西关街道办事处
  // 2024年度政府信息工作年度报告予以公开`, real: 西关街道 2024; the checks say the slip); or
  // 政务信息公开 for 政府信息公开, 工作 left out (`现公开陕西省西咸新区沣西新城管理委员会2019年政务
  // 信息公开年度报告`, real: 沣西新城 2019).
  // Since stop 36, after the measure of 869–898: the report's name with 年度 lost (`现将河西街道2019年度
  // 政府信息公开工作报告如下`, real: 河西街道 2019; `现公布北票市长皋乡人民政府2024年度…工作报告`, real:
  // 长皋乡 2024; the checks say the slip), and a preface opening with the report's name (`德惠市郭家镇
  // 2022年政府信息公开工作年度报告(以下简称年报)是根据…`, real: 郭家镇 2022).
  // Since a fix of stop 37 after the measure of 929–958: the report's name with 工作 lost
  // (`现公布金州乡2025年政府信息公开年度报告`, real: 金州乡 2025; the checks say the slip).
  // Since a fix of stop 37 after the measure of 959–988: the same slip in the year-first form
  // (`特向社会公布2021年度江口镇政府信息公开年度报告`, real: 江口镇 2021; the checks say the slip).
  // Since a fix of stop 37 after the measure of 989–1018: the year-first form with 年度 lost
  // (`现将2019年庙子乡政府信息公开工作报告如下`, real: 庙子乡 2019; the checks say the slip).
  // Since a fix of stop 38 after the measure of 1019–1048: the report's name with 工作 lost before
  // 情况报告, the preface opening 现就 (`现就疏勒县人民政府2020年度政府信息公开情况报告如下`, real: 疏勒县
  // 2020; also `现将清流镇2019年度政府信息公开情况报告如下`, real: 清流镇 2019). A name opening 省 is the
  // province's body with no place in it (`现发布省市场监管局2023年政府信息公开情况报告`, real: 黑龙江省
  // 市场监督管理局 2023): not taken, as 市/县/区 are not.
  // Since a fix of stop 38 after the measure of 1049–1078: the report's name with 工作年度 lost
  // (`现向社会公布张家川县商务局2019年政府信息公开报告`, real: 张家川县商务局 2019; the checks say the slip).
  // Since a fix of stop 61 after the measure of 2486–2530: 现把 as 现将 (`现把长治市信访局2019年度政府信息公开
  // 工作情况报告如下`, real: 2490 长治市信访局 2019, a text with no title).
  // Since a fix of stop 39 after the measure of 1169–1198: the report's name in 《》 after 编制完成 or
  // 形成 (`编制完成《苍溪县乡村振兴局2023年政府信息公开工作年度报告》`, real: 苍溪县乡村振兴局 2023, a
  // text with no title); only with its 《, the report's name quoted whole.
  // Since a fix of stop 40 after the measure of 1199–1258: the report's name with 政府 lost
  // (`特向社会公布峰江街道2021年度信息公开年度报告`, real: 峰江街道 2021; the checks say the slip), and
  // 工作情况报告 (`现将沙依巴克区人民政府2019年政府信息公开工作情况报告如下`, real: 沙依巴克区人民政府
  // 2019). Still a body's name before the year: a bare place (`现将兰州市2020年…工作情况报告`) is none.
  // Since stop 45 (the lead's convention): every sentence of the shapes below is tried in turn, the
  // first whose name is a body's taken (`编制本报告现向社会公开安乐乡2019年…年度报告`, real: 安乐乡 2019,
  // its first 编制 naming none).
  for (const { re, compiler, merged } of PREFACE_NAMINGS) {
    // Each place a shape starts at, overlapping ones too (`编制本报告现向社会公开安乐乡…`): the next
    // match from one past the last one's start.
    for (let at = 0; at <= t.length;) {
      re.lastIndex = at;
      const m = re.exec(t);
      if (m === null) break;
      const name = bodyNamed(`${m[1] ?? ''}${merged === true ? '政府' : ''}`, compiler);
      if (name !== null) return name;
      at = m.index + 1;
    }
  }
  return null;
}

/**
 * The report named as the preface's own: the body before its year, or after it. Since a fix of stop 48
 * after the measure of 1679–1723: a bracket inside the body's name, its short name or its twin's
 * (`现公布泰州医药高新区(高港区)应急管理局2024年…`, real: 高港区应急管理局 2024), as after it.
 */
const REPORT_NAMED: readonly RegExp[] = [
  /(?:(?:编制|制定|公布|发布|现将|现把|现就|现公开|向社会公开)(?:了)?《?|(?:编制完成|形成)了?《)([^，,。；;：:《》()（）“”"\d]{3,30}?(?:[(（][^，,。；;：:《》()（）“”"\d]{2,20}[)）][^，,。；;：:《》()（）“”"\d]{0,20}?)?)\d{4}年度?(?:(?:政府信息公开|政务公开|政府信息|信息公开)工作(?:情况(?=报告))?|政务信息公开(?:工作)?|(?:政府信息公开|政务公开|信息公开)(?=(?:年度)?报告)|(?:政府信息公开|政务公开)情况)(?:年度)?报告/,
  // Since a fix of stop 49 after the measure of 1769–1813: 工作 lost from the subject's name (`天津市疾控局
  // 2025年政府信息公开年度报告根据…编制`, real: 天津市疾控局 2025; the checks say the slip).
  // Since a fix of stop 59 after the measure of 2396–2440: a comma between the report's name and the
  // rules it was compiled by (`广元市体育局2024年政府信息公开工作年度报告,根据…编制`, real: 广元市体育局 2024,
  // a text with no title; `洪川镇人民政府2024年…年度报告,根据…进行编制`, real: 洪川镇 2024).
  /^《?([^，,。；;：:《》()（）“”"\d]{3,30}?)\d{4}年度?政府信息公开(?:工作)?年度报告》?(?:[(（]以下简称[^()（）]{1,8}[)）])?[,，]?(?:是|由|根据|依据)/,
  /(?:(?:编制|公布|发布|现将|现把|现公开)(?:了)?《?|(?:编制完成|形成)了?《)\d{4}年度?([^，,。；;：:《》()（）“”"\d]{3,30}?)(?:(?:政府信息公开|政务公开|信息公开)工作(?:年度|情况)?|(?:政府信息公开|政务公开)年度)报告/,
  // Since stop 45: the report named with words between its year and 报告 (`现公布汨罗市人民政府2024年
  // 汨罗市政府信息公开工作年度报告`, real: 汨罗市人民政府 2024; `现将安徽省地震局2023年政府信息公开工作
  // 年度情况报告如下`, real: 安徽省地震局 2023).
  /(?:(?:编制|公布|发布|现将|现把|现就|现公开|向社会公开)了?《?)([^，,。；;：:、《》()（）“”"\d]{3,30}?)\d{4}年度?[^，,。；;：:《》“”"\d]{0,12}?(?:政府信息公开|政务公开|信息公开)[^，,。；;：:《》“”"\d]{0,8}?报告/,
  // Since stop 45: the body before 本年度 (`现公布磐石市吉昌镇本年度政府信息公开工作情况`, real: 吉昌镇 2023).
  /(?:公布|发布|现将|现把|现就|现公开|向社会公开)《?([^，,。；;：:、《》()（）“”"\d]{3,30}?)本年度?(?:政府信息公开|政务公开|信息公开)工作/,
  // Since stop 45: the year first, 政府 or 工作 lost (`现向社会公布2020年度嵊泗县发展和改革局信息公开年度
  // 报告`, real: 嵊泗县发改局 2020).
  /(?:编制|公布|发布|现将|现把|现公开)了?《?\d{4}年度?([^，,。；;：:、《》()（）“”"\d]{3,30}?)(?:政府信息公开|政务公开|信息公开)[^，,。；;：:《》“”"\d]{0,8}?报告/,
  // Since a fix of stop 47 after the measure of 1634–1678: the year's disclosure 情况 published, no
  // report named (`现向社会公布广元市利州区乡村振兴局2022年度政府信息公开情况。`, real: 利州区乡村振兴局
  // 2022; the checks say the report's name is missing), the sentence ending there.
  /(?:公布|发布|现将|现把|现就|现公开|向社会公开)《?([^，,。；;：:、《》()（）“”"\d]{3,30}?)\d{4}年度?(?:政府信息公开|政务公开)(?:工作)?情况(?=[。；;]|$)/,
  // Since a fix of stop 49 after the measure of 1769–1813: the year inside the report's name
  // (`编制并发布襄阳市农业农村局政府信息公开工作2022年度报告`, real: 襄阳市农业农村局 2022; the checks say the slip).
  /(?:编制|公布|发布|现将|现把|现公开|向社会公开)了?《?([^，,。；;：:、《》()（）“”"\d]{3,30}?)(?:政府信息公开|政务公开)工作\d{4}年度?报告/,
  // Since a fix of stop 49 after the measure of 1724–1768: the same with the year first
  // (`现公布2022年阳新县自然资源和规划局政府信息公开工作情况。`, real: 阳新县自然资源和规划局 2022).
  // Since a fix of stop 65 after the measure of 2666–2710: 政府 lost and 年度 put before 工作
  // (`现公布2021年度弋阳县高新科技产业园管理委员会信息公开年度工作情况。`, real: 2683 弋阳县高新科技产业园管理委员会
  // 2021, a text with no title; the checks say the report's name is missing): the year's work published all the same.
  /(?:公布|发布|现将|现把|现就|现公开|向社会公开)《?\d{4}年度?([^，,。；;：:、《》()（）“”"\d]{3,30}?)(?:政府信息公开|政务公开|信息公开)(?:年度)?(?:工作)?情况(?=[。；;]|$)/,
  // Since a fix of stop 66 after the measure of 2711–2755: the report's whole name in 《》, the year first,
  // then said published in its own sentence (`《2023年如东县行政审批局政府信息公开工作年度报告》已经研究同意,现予
  // 公开发布`, real: 2753 如东县行政审批局 2023, a text with no title): the preface presenting its own report, not
  // one it cites (no verb of publishing after a cited one).
  /《\d{4}年度?([^，,。；;：:、《》()（）“”"\d]{3,30}?)(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告》[^。；;《》]{0,16}?(?:现予|现|予以|特此)(?:公开)?(?:发布|公布)/,
];

/** The report's compiler (since stop 45): the body before 编制. */
const COMPILER_NAMED: readonly RegExp[] = [
  // Since stop 45: who compiled the report (`本年度报告由天津市城市管理委员会编制`, real: 天津市城管委 2024;
  // `由罗联乡人民政府编制完成本报告`; `由七户乡编制的2020度…`). Not who summed others' reports
  // (`由高淳区人民政府办公室汇总编制`: a government's summary, not the office's own).
  /由([^，,。；;：:、《》“”"\d]{3,40}?)(?:负责)?编制/,
  // Since stop 45: the body before 编制 and the report's year (`青岛市民政局编制了2022年政府信息公开工作
  // 年度报告`, real: 青岛市民政局 2022; `兴华镇人民政府特此编制2024年度…`, `大营镇党政办公室编制了《2023
  // 年度政府信息公开工作报告》`), the name opening its clause.
  // Since a fix of stop 61 after the measure of 2486–2530: 撰写 as 编制 (`…,浦江县卫生健康局撰写了2022年度政府
  // 信息公开工作年度报告`, real: 2507 浦江县卫生健康局 2022, a text with no title).
  /(?:^|[，,。；;：:)）》])([^，,。；;：:、《》()（）“”"\d]{3,30}?)(?:特此|特)?(?:编制|撰写)(?:了|完成)?(?:《?(?:19|20)\d{2}年度?[^，,。；;：:《》“”"\d]{0,20}?报告|本(?:年度)?报告)/,
  // Since a fix of stop 47 after the measure of 1634–1678: the rules the compiler went by between its
  // name, opening its clause, and 编制 the report of the year (`双柏县审计局根据政府信息与政务公开工作实际
  // 情况编制2025年度报告`, real: 双柏县审计局 2025, the report's name cut short, the checks' to say).
  // `本报告由…按照…要求编制` is read by the next shape (since stop 49).
  // Since a fix of stop 60 after the measure of 2441–2485: the rules named whole in 《》 on the way, and
  // the report called 年报 (`海沧街道根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求和本街道
  // 政府信息公开工作情况编制本年报`, real: 2452 海沧街道 2021), in one clause still.
  /(?:^|[，,。；;：:)）》])([^，,。；;：:、《》()（）“”"\d]{3,30}?)(?:按照|根据|依据|依照|结合)(?:[^，,。；;《》]|《[^《》，,。；;]{2,40}》){0,60}?编制(?:了|完成)?(?:《?(?:19|20)\d{2}年度?[^，,。；;：:《》“”"\d]{0,20}?报告|本(?:年度)?(?:报告|年报))/,
  // Since stop 49, one convention for a body named as the report's compiler (after the measure of
  // 1769–1813, whose gatherer took it, as 1678's and 1689's did): the rules it went by between the body
  // and 编制 (`本报告由梁山县住房和城乡建设局按照《…》和《…》(国办公开办函〔2021〕30号)要求编制`, real: 梁山县
  // 住建局 2021). The eighteen older texts of the shape, written with no agency by their gatherers, were set
  // to the compiler by the same convention.
  /由([^，,。；;：:、《》()（）“”"\d]{3,30}?)(?:按照|根据|依据|依照|结合)[^。；;]{0,160}?编制/,
  // Since a fix of stop 60 after the measure of 2441–2485: the body opening a clause of the preface's
  // sentence that ends `形成此报告` (`…要求,抚顺市公安局以服务群众…为宗旨,积极开展各项政务公开工作,结合实际
  // 工作形成此报告`, real: 2467 抚顺市公安局 2019), as `X编制了本报告`: the sentence's subject is who made the
  // report. The name ends in a body's word, the report is this one (此, 本), in the same sentence.
  /(?:^|[，,。；;：:)）》])([^，,。；;：:、《》()（）“”"\d]{2,30}?(?:局|委员会|办公室|人民政府|街道办事处))(?:以|在|按照|根据|依据|结合|认真|积极|高度)[^。；;]{0,80}?(?:编制|形成)(?:了|完成)?(?:此|本)(?:年度)?报告/,
];

/**
 * Since a fix of stop 47 after the measure of 1634–1678: the report's name published after its year
 * with the government's 政府 merged into 政府信息公开 (`现特向社会公布2024年合水镇人民政府信息公开工作
 * 年度报告`, real: 合水镇 2024; the checks say the slip): the name is the 人民政府's. Only a report
 * published so: the corpus writes no agency for one said compiled (`现编制2021年隆昌市普润镇人民政府
 * 信息公开工作年度报告`, real: 普润镇 2021, its gatherer's `机关名只见于序言，agency 不取`).
 */
const GOVERNMENT_MERGED =
  /(?:公布|发布)了?《?(?:19|20)\d{2}年度?([^，,。；;：:、《》()（）“”"\d]{2,30}?(?:镇|乡|苏木|县|区|市|旗)人民)政府信息公开(?:工作)?(?:年度)?报告/;

/**
 * Since a fix of stop 68 after the measure of 2801–2845: so presented by 现将 and published after it
 * (`现将2023年陇县城关镇人民政府信息公开工作年度报告(以下简称“报告”)予以公布`, real: 陇县城关镇 2023, a text
 * with no title, its gatherer writing the 人民政府 down): 现将…予以公布 publishes the report as 公布 does.
 * Not `现将…报告如下` (a report presented, no name published), nor one said compiled (普润镇's).
 */
const GOVERNMENT_MERGED_PRESENTED =
  /现将《?(?:19|20)\d{2}年度?([^，,。；;：:、《》()（）“”"\d]{2,30}?(?:镇|乡|苏木|县|区|市|旗)人民)政府信息公开(?:工作)?(?:年度)?报告》?(?:[(（][^()（）]{0,16}[)）])?(?:予以|向社会)?(?:公布|发布|公开)/;

/**
 * Since a fix of stop 64 after the measure of 2621–2665: the report's name with its year lost, the body
 * before it (`特编制昌江区商务局公开年度报告`, real: 2650 昌江区商务局 2019, a text with no title, its gatherer
 * writing the body down; the checks say the name's slip): the body presenting its own report, as with a
 * year. Tried last, where no shape with a year names a body; the name still a body's (`bodyNamed`: no
 * `本局`, no bare `区商务局`).
 */
const REPORT_NAMED_YEARLESS =
  /(?:编制|公布|发布|现将|现把|现公开)了?《?([^，,。；;：:、《》()（）“”"\d]{3,30}?)(?:政府信息公开|信息公开|公开)(?:工作)?年度报告/g;

/** Both lists, each shape compiled once to search from a given index (`g`). */
const PREFACE_NAMINGS: readonly { re: RegExp; compiler: boolean; merged?: boolean }[] = [
  ...REPORT_NAMED.map((r) => ({ re: new RegExp(r.source, 'g'), compiler: false })),
  ...COMPILER_NAMED.map((r) => ({ re: new RegExp(r.source, 'g'), compiler: true })),
  { re: new RegExp(GOVERNMENT_MERGED.source, 'g'), compiler: false, merged: true },
  { re: new RegExp(GOVERNMENT_MERGED_PRESENTED.source, 'g'), compiler: false, merged: true },
  { re: REPORT_NAMED_YEARLESS, compiler: false },
];

/**
 * Since stop 45: a body's office inside it, named as the report's compiler (`上海市闵行区新虹街道办事处
 * 党政办`, `海南省地震局办公室`, `东港镇人民政府党政办公室`): the body's name. A region's government's
 * office is an agency of its own (`长宁区人民政府办公室`), kept.
 */
/*
 * Since a fix of stop 56 after the measure of 2261–2305: a 街道's or 镇's office named for the party and
 * government and another body it serves (`由无锡市锡山区人民政府厚桥街道党政和人大办公室编制`, real: 厚桥街道
 * 2025, its gatherer writing the 街道 down): the body's inner office as 党政办公室 is.
 */
const INNER_OFFICE =
  /(?:党政[和与及、][\u4e00-\u9fff]{1,6}?办公室|党政综合办公室|党政办公室|党政办|综合办公室|信息公开工作办公室|政务公开办公室|办公室)$/;
const REGION_GOVERNMENT = /[省市县区旗州盟](?:人民)?政府$/;

function bodyNamed(printed: string, compiler: boolean): string | null {
  // A body's office without its place (`管委会办公室`) is no name, its office stripped or not.
  if (PLACELESS_BODY.test(printed)) return null;
  let name = printed;
  const inner = compiler ? INNER_OFFICE.exec(name) : null;
  if (inner) {
    const base = name.slice(0, inner.index);
    if (
      ORG_SUFFIX.test(base) &&
      !(inner[0] === '办公室' && REGION_GOVERNMENT.test(base)) &&
      !/(?:办公室|办)$/.test(base)
    )
      name = base;
  }
  // `由上海市黄浦区人民政府(以下简称区政府)编制`: the name without the short name given it.
  name = name.replace(/[(（](?:以下简称|下称|简称)[^()（）]{1,8}[)）]$/, '');
  // Since a fix of stop 38 after the measure of 1049–1078: a government named with its office in
  // brackets after it (`现公布六盘水市人民政府(市人民政府办公室)2023年…`, real: 六盘水市政府办 2023),
  // taken as printed when both are a body's names.
  const bracket = BRACKETED_BODY.exec(name);
  const body = bracket ? name.slice(0, bracket.index) : name;
  if (
    bracket &&
    (!ORG_SUFFIX.test(bracket[1] ?? '') || /^(?:以下|下称|简称)/.test(bracket[1] ?? ''))
  )
    return null;
  // `…2023年度政府信息公开工作情况报告`: 度 read as the name's first character.
  // Since a fix of stop 39 after the measure of 1169–1198: 编制完成 without its 《》 read 完成 as the
  // name's first word (`编制完成苍溪县乡村振兴局2023年…`): no name.
  // Since a fix of stop 52 after the measure of 2039–2080: 自治区 opening it as 省 does, a region's
  // body with no place in it (`现将自治区信访局2019年…报告如下`, real: 内蒙古自治区信访局 2019).
  // Since a fix of stop 59 after the measure of 2396–2440: 自治州, 自治县 and 自治旗 too (`由自治州科技局编制`,
  // real: 博尔塔拉蒙古自治州科学技术局 2024, its gatherer writing none: the prefecture's name is lost).
  if (!ORG_SUFFIX.test(body) || /^(?:[我本该全省区县市镇乡局办度]|完成|自治[区州县旗])/.test(body))
    return null;
  // Since stop 45: a verb read into the name (`特编制并向社会公布安溪县人民政府2025年…`, real: 安溪县
  // 2025): not the name, the shape tried again further on.
  if (/^并|公布|发布|编制|现将/.test(body)) return null;
  // A bureau named without its place (`现将信访局2021年度…报告`, real: 大同市信访局 2021) is no name.
  if (PLACELESS_BODY.test(body)) return null;
  return name;
}

/**
 * Since a fix of stop 38 after the measure of 1049–1078: the year of the report a preface names
 * (`现发布《东乌旗乌里雅斯太镇2021年政府信息公开工作年度报告》`, real: 乌里雅斯太镇 2021, a text with no
 * title and no other year outside a cited name), the agency before the year or after it
 * (`特公布2022年温州市人力资源和社会保障局信息公开工作年度报告`). For a text with no title's year:
 * the report's own name is read before the text's most frequent year.
 */
const PREFACE_REPORT_YEAR =
  /(?:(?:编制|公布|发布|现将|现把|现就|现公开|向社会公开)了?《?|(?:编制完成|形成)了?《)[^，,。；;：:《》“”"\d]{0,40}?((?:19|20)\d{2})年度?[^，,。；;：:《》“”"\d]{0,30}?(?:政府信息公开|政务公开|政务信息公开|政府信息|信息公开)(?:工作)?(?:年度|情况)?报告/;

export function yearInPreface(text: string): number | null {
  const m = PREFACE_REPORT_YEAR.exec(compactDates(text).replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}
