import { cutPieceOfName, shortTitleName, yearInsideTitleName } from '@/domain/format/report-name';
import type { AgencyKind, ContactBlock } from '@/domain/report/types';
import { isFurnitureLine } from './page-furniture';
import {
  agencyInPreface,
  contactLine,
  guessAgencyKind,
  inlineContact,
  isTitle,
  LABEL_WITHOUT_COLON,
  LIST_MARK,
  looksLikeAgency,
  mostFrequentYear,
  PAGE_LABELS,
  parseDateLine,
  readTitle,
  withoutDateAfterTitle,
} from './read-meta';

/** A level's character (`省`, `市`…): where a place's name ends. */
const LEVEL_AT = /^[省市县区旗州盟镇乡]$/;

export interface FrontMatter {
  readonly title: string | null;
  /** The line of the text before `一、` the title begins at (-1: none found). */
  readonly titleAt: number;
  readonly agency: string;
  /** Where `agency` was read: the title line, the line above it, or a sentence of the preface. */
  readonly agencyFrom: 'title' | 'preface';
  readonly year: number | null;
  /** The title's year as written when it is not a year (`20241`): kept, not guessed over. */
  readonly yearText?: string;
  /** The title's year printed with its 年 lost (`2022度`), not read as the year. */
  readonly titleLostYear?: string;
  /** The agency's name as a title printed again over two lines prints it with its first characters lost. */
  readonly titleAgencyCut?: string;
  /** The agency's name as the title printed again under it prints it, when printed otherwise. */
  readonly titleAgencyAgain?: string;
  /** The title printed again under it naming the report otherwise than the title, as printed. */
  readonly titleAgainName?: string;
  /** What the title prints before the agency's name that is no part of it (`【2019】`, a stray year). */
  readonly titleMark?: string;
  /** The agency's name as the title prints it without its place, the preface naming it whole. */
  readonly titleAgencyPlaceless?: string;
  /** The title as printed, when it names the agency and the report but prints no year at all. */
  readonly titleYearless?: string;
  /** The date signing the covering letter printed above the title (`titleAfterCoverLetter`). */
  readonly coverLetterDate?: { readonly iso: string; readonly valid: boolean };
  readonly preface: readonly string[];
  readonly contact: Partial<Record<keyof ContactBlock, string>>;
  yearFromText(text: string): number | null;
  guessKind(name: string): AgencyKind;
}

/** A place's name alone, a city's before a district's or county's (`达州市通川区`): no body's word. */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,8}[市州盟][\u4e00-\u9fff]{1,6}[区县旗]$/;
/**
 * Since a fix of stop 59 after the measure of 2396–2440: a town's name alone after its county's
 * (`洪雅县洪川镇`), the town's body (its 人民政府) not named. The preface's name is taken only where
 * the preface opens with the report's own name (`洪川镇人民政府2024年…年度报告,根据…编制`, real: 洪川镇
 * 2024): a town's government named in a sentence that publishes the report (`特编制并向社会公布福田乡人民政府
 * 2020年…`, real: 安溪县福田乡 2020, and eleven more) leaves the title's place, as their gatherers wrote it.
 */
const BARE_TOWN = /^[\u4e00-\u9fff]{1,8}[市县区旗][\u4e00-\u9fff]{1,6}(?:镇|乡|苏木)$/;
/** A town's name with no county before it (`鹿窝镇`). */
const TOWN_ALONE = /^[\u4e00-\u9fff]{2,6}(?:镇|乡|苏木)$/;
const OPENING_MARK = /^[\s《]+/;
function prefaceOpensWith(sentences: readonly string[], name: string): boolean {
  return (sentences[0] ?? '').replace(OPENING_MARK, '').startsWith(name);
}
/** A government's name's end (`通川区人民政府` → `通川区`). */
const GOVERNMENT_END = /(?:人民)?政府$/;

/**
 * The text before `一、`: the title (with the agency in it or on the line above), the preface,
 * and the contact block (`地址：…` lines, or written inside the preface).
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const front = titleOffItsLine(lines);
  // A line of a list (`  • 乡镇政府信息公开年度报告`, `- 标题: 天水市乡村振兴局2021年…`, real: 面甸镇
  // 2025, 天水市乡村振兴局 2021) is a page's menu or property, not the report's title.
  // (Nor a page's properties on one line, the column's name last: isTitle refuses them.)
  const isTitleLine = (p: string): boolean => !LIST_MARK.test(p) && isTitle(p);
  let titleAt = front.findIndex((p, i) => i < 6 && isTitleLine(p));
  // A page's menu lines above the title (`手机版` / `|` / `繁體版` / … / `华池县人民政府` /
  // `全文检索`, real: 五蛟镇 2020; a mirror's empty markup, real: 吉林市 2020): the title is further
  // down, but still before the first sentence of the text.
  // Since a fix of stop 40 after the measure of 1199–1258: a page's properties as bullets are not
  // the text's first sentence (`  • 主题分类:综合政务;卫生、计划生育、妇女儿童;` above `三亚市卫生健康
  // 委员会2020年政府信息公开工作年度报告`, real: 三亚市卫生健康委员会 2020).
  if (titleAt < 0) {
    const firstSentence = front.findIndex((p) => !LIST_MARK.test(p) && isSentence(p));
    titleAt = front.findIndex((p, i) => (firstSentence < 0 || i < firstSentence) && isTitleLine(p));
  }
  const letter = titleAt < 0 ? titleAfterCoverLetter(front, isTitleLine, 0) : null;
  if (letter !== null) titleAt = letter.titleAt;
  // Since a fix of stop 66 after the measure of 2711–2755: the letter printed under the page's title, over
  // the report's title printed again (`…2021年政府信息公开工作年度报告` / `发布日期:2022年03月17日` / `区政府办公室:` /
  // `现将《…年度报告》的报告随文呈上,请审阅。` / `2022年3月8日` / the title, real: 2743 大武口区朝阳街道办事处 2021): its
  // signed date is the report's as 2351's is; the title read stays the first.
  const letterUnderTitle =
    letter === null && titleAt >= 0 ? titleAfterCoverLetter(front, isTitleLine, titleAt + 1) : null;
  const letterDate = (letter ?? letterUnderTitle)?.date;
  // A column's name above the title (`政府信息公开年度报告` / `咸宁市政务服务和大数据管理局2025年…`,
  // `政府信息公开工作年度报告` / `廊坊市人民政府办公室2021年…`, real: 咸宁 2025, 廊坊 2021, 四川 人防办
  // 2022): a report's name with neither agency nor year, a fuller title within the next lines.
  if (titleAt >= 0 && isColumnName(front[titleAt] ?? '')) {
    const fuller = front.findIndex(
      (p, i) => i > titleAt && i <= titleAt + 3 && isTitleLine(p) && readTitle(p).agency !== '',
    );
    if (fuller >= 0) titleAt = fuller;
  }
  // Since a fix of stop 51 after the measure of 1949–1993: a page's breadcrumb ending in the title, the
  // title printed again on the next line (`梅州市人民政府门户网站 梅州市人力资源和社会保障局 政府信息公开年报
  // 梅州市人力资源和社会保障局2023年度…报告` / `梅州市人力资源和社会保障局2023年度…报告`, real: 梅州市人社局 2023):
  // the line of the title alone is the title.
  if (titleAt >= 0) {
    const line = (front[titleAt] ?? '').trim();
    const next = (front[titleAt + 1] ?? '').trim();
    if (next !== '' && next !== line && /\s/.test(line) && line.endsWith(next) && isTitleLine(next))
      titleAt += 1;
  }
  let title = titleAt >= 0 ? withoutDateAfterTitle(front[titleAt] ?? '') : null;
  // A title broken over two lines where neither half is a title: `六盘水市公安局2020年度政府信息` /
  // `公开工作年度报告`.
  let titleEnd = titleAt;
  // Since a fix of stop 35 after the measure of 749–778: a title broken inside a word whose second
  // half reads as a name of its own (`赣州蓉江新区经济发展局2022年政府` / `信息公开工作年度报告`, real:
  // 蓉江新区经济发展局 2022): the two lines are the title when only together they name an agency.
  const above = front[titleAt - 1];
  if (
    titleAt > 0 &&
    title !== null &&
    above !== undefined &&
    readTitle(title).agency === '' &&
    brokenTitleAbove(above, title)
  ) {
    title = `${above.trim()}${title.trim()}`;
    titleAt -= 1;
  }
  if (titleAt < 0) {
    const at = front.findIndex((p, i) => i < 5 && brokenTitle(p, front[i + 1]));
    // Since a fix of stop 58 after the measure of 2351–2395: the site's header over a title naming
    // no body is not the title's first half; the title is the second line alone.
    if (at >= 0 && siteHeaderOverAnother(front, at)) {
      titleAt = at + 1;
      titleEnd = at + 1;
      title = (front[at + 1] ?? '').trim();
    } else if (at >= 0) {
      titleAt = at;
      titleEnd = at + 1;
      title = `${(front[at] ?? '').trim()}${(front[at + 1] ?? '').trim()}`;
    }
  }
  // Since a fix of stop 50 after the measure of 1859–1903: a page whose title is printed only among
  // its properties as a list (`- 发布机构: 济南市退役军人事务局` / `- 标题: 济南市退役军人事务局2024年…`,
  // real: 济南市退役军人事务局 2024, the text opening with its preface): the property's title is the
  // report's. Only where no line is a title (`- 标题:` above the title printed again stays the
  // page's property: real 天水市乡村振兴局 2021).
  if (titleAt < 0) {
    const at = front.findIndex((p, i) => i < 8 && titleProperty(p) !== null);
    if (at >= 0) {
      titleAt = at;
      titleEnd = at;
      title = titleProperty(front[at] ?? '');
    }
  }
  let agency = '';
  let year: number | null = null;
  let yearText: string | undefined;
  let titleLostYear: string | undefined;
  let titleMark: string | undefined;
  let skip = new Set<number>();
  let agencyBelowTitle = false;
  if (title !== null) {
    const t = readTitle(title);
    agency = t.agency;
    year = t.year;
    yearText = t.yearText;
    titleLostYear = t.lostYear;
    titleMark = t.strayMark;
    skip = new Set([titleAt, titleEnd]);
    const above = front[titleAt - 1];
    // A title broken after the year: `南城街街道办事处2021年` / `政府信息公开工作年度报告`.
    const broken = /^(.{2,40}?)(\d{4})年度?$/.exec((above ?? '').replace(/\s+/g, ''));
    if (!agency && year === null && broken && ORG_ENDING.test(broken[1] ?? '')) {
      agency = broken[1] ?? '';
      year = Number(broken[2]);
      skip.add(titleAt - 1);
      // Since a fix of stop 35 after the measure of 674–718: the title is both lines (`天津市城市管理
      // 委员会2025年度` / `政府信息公开工作报告`, real: 天津市城管委 2025), its name read after its year.
      title = `${(above ?? '').trim()}${title.trim()}`;
    }
    // A title broken inside the agency's name, the title's part naming only its kind:
    // `重庆市沙坪坝区人民政府小龙坎街道` / `办事处2023年政府信息公开工作年度报告` (real: 小龙坎街道 2023).
    if (
      BARE_KIND.test(agency) &&
      above !== undefined &&
      !isTitle(above) &&
      looksLikeAgency(above) &&
      (ORG_ENDING.test(above.replace(/\s+/g, '')) || /[省市县区旗州盟]$/.test(above.trim()))
    ) {
      agency = `${above.replace(/\s+/g, '')}${agency}`;
      skip.add(titleAt - 1);
    }
    // The agency's line above a title that opens with its year: an agency's name, or a place's
    // (`重庆市大渡口区` / `2023年政府信息公开工作年度报告`, real: 大渡口区 2023, the district's report).
    if (
      !agency &&
      above !== undefined &&
      !siteHeaderOverAnother(front, titleAt - 1) &&
      // Since a fix of stop 60 after the measure of 2441–2485: the body's two nameplates over the title
      // as under it (`安康市农业农村局(市茶叶局)` / `2020年政府信息公开工作年度报告`, real: 2476 安康市农业农村局
      // 2020), the line the agency as printed.
      ((looksLikeAgency(above) &&
        (ORG_ENDING.test(above.replace(/\s+/g, '')) ||
          (year !== null &&
            /^\s*\d{4}年/.test(title) &&
            PLACE_NAME.test(above.replace(/\s+/g, ''))))) ||
        twoNameplates(above))
    ) {
      agency = above.replace(/\s+/g, '');
      skip.add(titleAt - 1);
      const first = firstOfTwoNameplates(front[titleAt - 2], agency);
      if (first !== null) agency = first;
    }
    // `2022年政府信息公开工作年度报告` / `桃江县松木塘镇人民政府` / the title again.
    const below = front[titleEnd + 1];
    if (
      !agency &&
      below !== undefined &&
      ((looksLikeAgency(below) && ORG_ENDING.test(below.replace(/\s+/g, ''))) ||
        twoNameplates(below) ||
        aliasInsideName(below))
    ) {
      agency = below.replace(/\s+/g, '');
      agencyBelowTitle = true;
      skip.add(titleEnd + 1);
      if (front[titleEnd + 2] !== undefined && isTitle(front[titleEnd + 2] ?? ''))
        skip.add(titleEnd + 2);
    }
  }
  // Since a fix of stop 39 after the measure of 1139–1168: the title printed twice, the page's naming
  // the place only and the text's the same place in full (`东河区2022年政府信息公开工作年度报告` / the
  // page's date and source / `包头市东河区2022年政府信息公开工作年度报告`, real: 包头市东河区 2022; the
  // office's word after it, `2025年南关区永吉街道…` / `2025年南关区永吉街道办事处…`, real: 永吉街道
  // 2025): the fuller name is the agency, as a signature's is (`fullerSignedName`). Only a title
  // printed again on one line before the text's first sentence, with the same year; another body
  // (`重庆市武隆区双河镇人民政府办公室` under `…双河镇人民政府2025年…`, real: 双河镇 2025) is not the
  // title's agency.
  if (title !== null && year !== null) {
    const again = fullerTitleAgain(front, titleEnd, agency, year);
    if (again !== null) agency = again;
  }
  // A title naming the place only (`苍溪县东溪镇2025年…`, real: 东溪镇 2025; `民勤县2022年…`, real:
  // 民勤县 2022) over the page's source naming its government whole (`来源:苍溪县东溪镇人民政府`,
  // `信息来源: 民勤县人民政府`): the source's name is the agency, when it is the title's with only
  // the government's word after it (a 局 of the place is not the place's report).
  if (title !== null && PLACE_ONLY.test(agency)) {
    for (const line of front.slice(titleEnd + 1, titleEnd + 4)) {
      const source = SOURCE.exec(line.replace(/\s+/g, ' '))?.[1] ?? '';
      if (source.startsWith(agency) && GOVERNMENT_WORD.test(source.slice(agency.length))) {
        agency = source;
        break;
      }
    }
  }
  // Since a fix of stop 32 after the measure of 524–553: the title printed again below the page's
  // properties with its year's 年 lost (`弋阳县2021政府信息公开年度报告` under `弋阳县2021年…`, real:
  // 弋阳县 2021): the same agency and year, recorded as the title's year printed without 年.
  // Since a fix of stop 34 after the measure of 614–643: printed again over two lines, the agency
  // on the line above (`吉村镇人民政府办公室` / `2023政府信息公开工作年度报告` under `吉村镇人民政府办公室
  // 2023年…`, real: 吉村镇 2023).
  // Since a fix of stop 52 after the measure of 2039–2080: on one line below the page's properties
  // too, as far down as the two lines' reading looks (`上海市宝山区水务局2022政府信息公开工作年度报告`
  // eleven lines under the title, real: 宝山区水务局 2022), before the text's first sentence.
  if (title !== null && year !== null && titleLostYear === undefined) {
    const lines = front.slice(titleEnd + 1, titleEnd + 16);
    for (const [i, line] of lines.entries()) {
      if (isSentence(line)) break;
      if (!isTitle(line)) continue;
      const again = readTitle(line);
      const agencyAgain =
        again.agency === '' && i > 0 ? (lines[i - 1] ?? '').replace(/\s+/g, '') : again.agency;
      if (again.lostYear === String(year) && agencyAgain === agency) {
        titleLostYear = again.lostYear;
        break;
      }
    }
  }
  // Since a fix of stop 41 after the measure of 1319–1333: the title printed again over two lines
  // below the page's properties, the year at the end of the agency's line, its 年 lost
  // (`上海市宝山区生态环境局2024` / `政府信息公开工作年度报告` under `上海市宝山区生态环境局2024年…`,
  // real: 宝山区生态环境局 2024).
  if (title !== null && year !== null && titleLostYear === undefined && agency !== '') {
    const lines = front.slice(titleEnd + 1, titleEnd + 16);
    const cut = `${agency}${year}`;
    for (const [i, line] of lines.entries()) {
      if (i === 0 || !REPORT_NAMED_AGAIN.test(line.trim())) continue;
      if ((lines[i - 1] ?? '').replace(/\s+/g, '') === cut) titleLostYear = String(year);
      break;
    }
  }
  // Since a fix of stop 37 after the measure of 959–988: the title printed again over two lines, the
  // agency's line with its first characters lost (`东省大数据局` / `2024年政府信息公开工作年度报告`
  // under `山东省大数据局2024年…`, real: 山东省大数据局 2024): the name as printed, the checks say
  // so. Not a short form dropping a whole place (`省大数据局`: what is left opens with the level).
  let titleAgencyCut: string | undefined;
  if (title !== null && year !== null && agency.length >= 4) {
    const lines = front.slice(titleEnd + 1, titleEnd + 6);
    for (const [i, line] of lines.entries()) {
      if (i === 0 || !isTitle(line)) continue;
      const again = readTitle(line);
      if (again.agency !== '' || again.year !== year) break;
      const above = (lines[i - 1] ?? '').replace(/\s+/g, '');
      const lost = agency.slice(0, agency.length - above.length);
      if (
        above.length >= 3 &&
        agency.endsWith(above) &&
        lost.length >= 1 &&
        lost.length <= 2 &&
        !LEVEL_AT.test(lost.slice(-1)) &&
        !LEVEL_AT.test(above.charAt(0))
      )
        titleAgencyCut = above;
      break;
    }
  }
  // Since a fix of stop 39 after the measure of 1139–1168: the title printed again under the page's
  // title, on one line or its agency on the line above (`重庆市武隆区双河镇人民政府办公室` / `2025年…
  // 年度报告` under `重庆市武隆区双河镇人民政府2025年…`, real: 双河镇 2025), naming the agency
  // otherwise: kept for the check, which says whether it is another body.
  const titleAgencyAgain =
    title !== null && year !== null && titleAgencyCut === undefined
      ? agencyOfTitleAgain(front, titleEnd, agency, year)
      : null;
  const titleAgainName =
    title !== null && year !== null ? nameOfTitleAgain(front, titleEnd, title, year) : null;
  let titleYearless =
    title !== null ? yearlessTitle(front, titleAt, titleEnd, title, agencyBelowTitle) : null;
  const contact: Partial<Record<keyof ContactBlock, string>> = {};
  const preface: string[] = [];
  // The covering letter above the title is kept before the preface, as printed (the checks say it).
  const prefaceFrom = letter !== null ? 0 : titleAt;
  front.forEach((p, i) => {
    if (skip.has(i) || i < prefaceFrom || isPageChrome(p)) return;
    // The title printed again below the page's properties (`白银区统计局2020年…年度报告`).
    if (title !== null && i > titleAt && sameTitle(p, title)) return;
    const c = contactLine(p);
    if (c && contact[c.key] === undefined) contact[c.key] = c.value;
    else if (CONTACT_SENTENCE.test(p.trim())) {
      // The contact block as our export writes it (document-text.ts contactSentence): contact only.
      for (const [k, v] of Object.entries(inlineContact(p)) as [keyof ContactBlock, string][])
        contact[k] ??= v;
    } else if (!c) preface.push(p);
  });
  dropLeadingChrome(preface, title, agency);
  // The preface's sentences, without an addressee or a piece of the title kept above them.
  const sentences = preface.filter((p) => !printedAbove(p));
  const inline = inlineContact(preface.join('\n'));
  for (const [k, v] of Object.entries(inline) as [keyof ContactBlock, string][]) contact[k] ??= v;
  let agencyFrom: 'title' | 'preface' = 'title';
  // A title without its place (`市人民政府办公室2025年…`) while the preface names it whole
  // (`现公开天门市人民政府办公室2025年…`, real: 天门市 2025): the preface's name is the agency.
  // Since a fix of stop 48 after the measure of 1634–1678: the title's name is kept for the check
  // (`市统计局2022年…` over `现公布德州市统计局2022年…`, real: 德州市统计局 2022), which says the title
  // lacks its place.
  // Since a fix of stop 49 after the measure of 1769–1813: the page's publisher naming it whole where
  // no preface does (`县交通运输局2023年…` over `[ 发布机构 ] 郯城县交通运输局`, real: 郯城县交通运输局
  // 2023), and a title's short name with no place at all (`住建局2020年…` over `制定梅河口市住房和城乡建设局
  // 2020年…年度报告`, real: 梅河口市住建局 2020): the fuller name, the title's kept for the check.
  let titleAgencyPlaceless: string | undefined;
  if (LEVEL_OPENS_NAME.test(agency)) {
    const named =
      agencyInPreface(sentences.slice(0, 3).join('')) ??
      publisherNamed(front, titleEnd) ??
      bannerNamed(front, titleAt, agency);
    if (named && named.length > agency.length && named.endsWith(agency)) {
      titleAgencyPlaceless = agency;
      agency = named;
    }
  } else if (PLACELESS_SHORT_BODY.test(agency)) {
    const named = agencyInPreface(sentences.slice(0, 3).join(''));
    if (named && PLACE_FIRST.test(named) && named.slice(-1) === agency.slice(-1)) {
      titleAgencyPlaceless = agency;
      agency = named;
    }
  }
  // Since a fix of stop 62 after the measure of 2531–2575: the title printed again under the page's title
  // with no year and the agency by its level alone (`市商务局政府信息公开工作年度报告` under `本溪市商务局2020年度
  // 政府信息公开工作报告`, real: 本溪市商务局 2020): the title the text is headed by lacks its place and its
  // year, both kept for the checks.
  const placelessAgain =
    title !== null && year !== null && titleAgencyPlaceless === undefined && titleYearless === null
      ? placelessYearlessTitleAgain(front, titleEnd, agency)
      : null;
  if (placelessAgain !== null) {
    titleAgencyPlaceless = placelessAgain.agency;
    titleYearless = placelessAgain.printed;
  }
  // A region's title whose 政府 is both the agency's and the report's (`伊宁县政府信息公开工作2023年度
  // 报告`, real: 伊宁县 2023) while the preface names the government whole (`现向社会公布伊宁县人民政府
  // 2023年…`): the preface's name is the agency.
  // Since a fix of stop 48 after the measure of 1679–1723: a town's too (`2024年鄱阳县莲湖乡政府信息公开
  // 工作年度报告` over `现将鄱阳县莲湖乡人民政府2024年…`, real: 莲湖乡 2024).
  if (
    title !== null &&
    (guessAgencyKind(agency) === 'government' || /(?:镇|乡|苏木)$/.test(agency)) &&
    !/政府$/.test(agency) &&
    title.replace(/\s+/g, '').includes(`${agency}政府`)
  ) {
    const named = agencyInPreface(sentences.slice(0, 3).join(''));
    if (named && named.startsWith(agency) && /政府$/.test(named)) agency = named;
  }
  // Since a fix of stop 53 after the measure of 2126–2170 (f54): a title's bare place with its
  // city before it (`达州市通川区2022年…`) while the preface names the place's government, the city
  // left out or kept (`现将通川区人民政府2022年…报告向社会公布`, real: 通川区 2022): the preface names
  // the body (the fixtures' README, stop 46), and its name is the agency.
  // Since a fix of stop 59 after the measure of 2396–2440: the same with a town's name after its
  // county's (`洪雅县洪川镇2024年…` over `洪川镇人民政府2024年…年度报告,根据…编制`, real: 洪川镇 2024).
  const bareTown = BARE_TOWN.test(agency);
  if (title !== null && (BARE_PLACE.test(agency) || bareTown)) {
    const named = agencyInPreface(sentences.slice(0, 3).join(''));
    const place = named?.replace(GOVERNMENT_END, '');
    if (
      named &&
      place &&
      place !== named &&
      place.length >= 2 &&
      agency.endsWith(place) &&
      (!bareTown || prefaceOpensWith(sentences, named))
    )
      agency = named;
  }
  // Since a fix of stop 60 after the measure of 2441–2485: a town's name alone in the title, its
  // government the subject the preface opens with (`鹿窝镇2020年…` over `鹿窝镇人民政府根据《…》…要求,特编制
  // 鹿窝镇2020年…年度报告`, real: 2477 鹿窝镇人民政府 2020): the government names itself as the report's
  // body, as a preface opening with the report's name does (`BARE_TOWN`); a government named only in
  // the sentence publishing the report leaves the title's place.
  if (title !== null && TOWN_ALONE.test(agency) && prefaceOpensWith(sentences, `${agency}人民政府`))
    agency = `${agency}人民政府`;
  if (!agency) {
    const named = agencyInPreface(sentences.slice(0, 3).join(''));
    if (named) {
      agency = named;
      agencyFrom = 'preface';
    }
  }
  if (!agency && title === null) agency = bodyLineOnTop(front, sentences);
  return {
    title,
    titleAt,
    agency,
    agencyFrom,
    year,
    ...(yearText !== undefined ? { yearText } : {}),
    ...(titleLostYear !== undefined ? { titleLostYear } : {}),
    ...(titleAgencyCut !== undefined ? { titleAgencyCut } : {}),
    ...(titleAgencyAgain !== null ? { titleAgencyAgain } : {}),
    ...(titleAgainName !== null ? { titleAgainName } : {}),
    ...(titleMark !== undefined ? { titleMark } : {}),
    ...(titleAgencyPlaceless !== undefined ? { titleAgencyPlaceless } : {}),
    ...(titleYearless !== null ? { titleYearless } : {}),
    ...(letterDate != null ? { coverLetterDate: letterDate } : {}),
    preface,
    contact,
    yearFromText: (text) => mostFrequentYear([...front, text].join('\n')),
    guessKind: guessAgencyKind,
  };
}

/**
 * Since a fix of stop 37 after the measure of 929–958: the title and the preface's first sentence
 * run together on one line, a space between (`襄州区水利局 2024年度政府信息公开工作年度报告 2024年,
 * 区水利局秉承…`, real: 襄州区水利局 2024): when no line near the top is a title, the first line
 * opening with a title (no sentence's mark in it) that names its agency, a sentence after it, is
 * read as two lines (the title at that line's place, so `titleAt` still counts the text's lines
 * up to it).
 */
function titleOffItsLine(front: readonly string[]): readonly string[] {
  const top = front.slice(0, 6);
  if (top.some((p) => !LIST_MARK.test(p) && isTitle(p))) return front;
  for (const [i, line] of top.entries()) {
    const m = TITLE_THEN_TEXT.exec(line);
    const [head, rest] = [m?.[1] ?? '', m?.[2] ?? ''];
    if (m === null || LIST_MARK.test(line) || SENTENCE_MARK.test(head)) continue;
    if (!isTitle(head) || !isSentence(rest)) continue;
    // The title's agency an organisation's or a place's name, not a sentence's words before a
    // report's name (`现将本单位2021年度…年度报告 公布如下`).
    const agency = readTitle(head).agency;
    if (!ORG_ENDING.test(agency) && !/[省市县区旗州盟]$/.test(agency)) continue;
    return [...front.slice(0, i), head, rest, ...front.slice(i + 1)];
  }
  return front;
}

/** A report's name opening a line, then a space and more (at most 80 characters for the title). */
const TITLE_THEN_TEXT = /^\s*(\S.{3,79}?报告)[ \t\u00a0\u3000]+(\S.*)$/;

/** A page's property of its title, as a list item (`- 标题: …年度报告`). */
const TITLE_PROPERTY = /^\s*(?:[•·●▪◆]|-(?=\s))\s*(?:标题|名称)\s*[:：]\s*(\S.*)$/;

/** The title a page's list of properties gives (`- 标题: X2024年…报告` → `X2024年…报告`), or null. */
function titleProperty(line: string): string | null {
  const value = TITLE_PROPERTY.exec(line)?.[1]?.trim() ?? '';
  return value !== '' && isTitle(value) ? value : null;
}

/**
 * A page's leftovers above the first sentence of the preface: the title again or a piece of it
 * (`工作年度报告`), the agency's name alone, buttons and counters (`微信`, `访问量:`,
 * `[字体: ] 打印`). A preface opens with a sentence; a short line without a comma or full stop
 * before it is not the clerk's text.
 */
function dropLeadingChrome(preface: string[], title: string | null, agency: string): void {
  const bareTitle = (title ?? '').replace(/\s+/g, '');
  const junk = (p: string): boolean => {
    const t = p.replace(/\s+/g, '');
    if (t === '' || isTitle(t) || t === agency) return true;
    if (t.length >= 2 && bareTitle.endsWith(t)) return true;
    // Since stop 36, after the measure of 839–868: the title printed again without its year, as
    // a page's subtitle (`天山区政务服务管理局政府信息公开工作年报` under `…2022年度政府信息公开工作年报`,
    // real: 天山区政务服务管理局 2022): the agency's name and the report's, no sentence.
    if (agency !== '' && t.startsWith(agency) && REPORT_NAMED_AGAIN.test(t.slice(agency.length)))
      return true;
    // Short and no sentence in it; a PDF's line broken mid-sentence is longer or quotes a name.
    return t.length <= 16 && !/[，,。；;《》]/.test(t);
  };
  let n = 0;
  while (n < preface.length && junk(preface[n] ?? '')) n += 1;
  const last = preface[preface.length - 1] ?? '';
  // All of it short: keep the last line if it has words in it (`无`-like prefaces are rare).
  if (n === preface.length && (last.match(/\p{Script=Han}/gu) ?? []).length >= 4) n -= 1;
  preface.splice(0, n, ...preface.slice(0, n).filter(printedAbove));
}

/**
 * A letter's addressee (`昭通市人民政府办公室:`, real: 彝良县 2020): the report left in the form of
 * the letter that sent it, which the checks say (`report-is-cover-letter`). Like a piece of the
 * title cut inside a word (`cutPieceOfName`, which `report-name-garbled` says), kept in the preface.
 * Since a fix of stop 44 after the measure of 1424–1483: an office named short too (`盘锦市政务公开办:`,
 * real: 辽东湾新区管委会 2020), as `report-is-cover-letter` reads it.
 */
/*
 * Since a fix of stop 67 after the measure of 2756–2800: a superior's centre too (`阿里地区行办网络信息中心:`
 * between the title printed again and the preface, real: 札达县人民政府 2023), as `report-is-cover-letter` reads it.
 */
const ADDRESSEE_LINE =
  /^[\u4e00-\u9fff、]{1,24}(?:办公室|办公厅|管委会|管理委员会|人民政府|政府|委员会|局|厅|部|公开办|政务办|政府办|中心)[：:]$/;
/** A short line above the preface that the report itself printed, kept in the preface. */
function printedAbove(line: string): boolean {
  const t = line.replace(/\s+/g, '');
  return ADDRESSEE_LINE.test(t) || cutPieceOfName(t);
}

/** A report's name alone, no agency or year in it: a page's column (`政府信息公开年度报告`). */
function isColumnName(line: string): boolean {
  const t = readTitle(line);
  return t.agency === '' && t.year === null && t.yearText === undefined && t.lostYear === undefined;
}

/** A body's short name with no place in it (`住建局`, `统计局`). */
const PLACELESS_SHORT_BODY = /^[^省市县区州旗盟镇乡\s]{2,8}(?:局|委|办)$/;
/** A name opening with its place (`梅河口市…`, `郯城县…`). */
const PLACE_FIRST = /^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|州|盟|县|区|旗)/;
/** A page's publisher in its table of properties, bracketed labels too (`[ 发布机构 ] 郯城县交通运输局`). */
const PUBLISHER = /(?:^|\s|[[【])\s*发布机构\s*(?:[:：]|[\]】])\s*([\u4e00-\u9fff]{2,40})/;

/** The publisher a page's properties name within the lines after the title, or null. */
function publisherNamed(front: readonly string[], titleEnd: number): string | null {
  for (const line of front.slice(titleEnd + 1, titleEnd + 4)) {
    const named = PUBLISHER.exec(line)?.[1];
    if (named) return named;
  }
  return null;
}

/** A name opening with its level, no place before it (`市统计局`, `自治区林业和草原局`). */
const LEVEL_OPENS_NAME = /^(?:[省市县区州旗镇乡]|自治[区州县旗])/;
/** A place's name before a name opening with its level (`新疆维吾尔`, `六盘水`): words, no body's. */
const PLACE_STEM = /^[\u4e00-\u9fff]{2,10}$/;

/**
 * Since a fix of stop 70 after the measure of 2891–2935: a title naming the body by its level alone
 * (`自治区林业和草原局2021年…`) under the page's banner naming it with its place before it, alone on a
 * line above the title (`新疆维吾尔自治区林业和草原局`, real: 2900 新疆维吾尔自治区林业和草原局 2021,
 * whose gatherer wrote the title's name short of its region): the banner's name, as a publisher's
 * (`publisherNamed`), the title's kept for the check. Only the title's name whole at the line's end,
 * a place's words before it holding no body's word.
 */
function bannerNamed(front: readonly string[], titleAt: number, agency: string): string | null {
  for (const line of front.slice(0, Math.max(0, titleAt))) {
    const name = line.replace(/\s+/g, '');
    if (!name.endsWith(agency) || !looksLikeAgency(name)) continue;
    const place = name.slice(0, name.length - agency.length);
    if (PLACE_STEM.test(place) && !BODY_WORD.test(place)) return name;
  }
  return null;
}

/** An agency's name that is a place only: a county's, a district's, a township's. */
const PLACE_ONLY = /(?:县|区|旗|镇|乡|街道|苏木)$/;
/** A page's source or publisher (`来源:…`, `信息来源: …`, `发布机构：…`), up to a space. */
const SOURCE = /(?:^|\s)(?:信息来源|来源|发布机构)\s*[:：]\s*([\u4e00-\u9fff]{2,40})/;
/**
 * Since a fix of stop 58 after the measure of 2351–2395: a page that prints the covering letter that
 * sent the report up above the report itself (`区管委会办公室:` / `现将我局《2025年度政府信息公开工作年度
 * 报告》呈报,请审阅。` / its signature and date / `(此件主动公开)` / `泉州台商投资区管理委员会市场监督管理局` /
 * `2025年度政府信息公开工作年度报告`, real: 泉州台商投资区管理委员会市场监督管理局 2025): the letter's sentence, the
 * report named whole in 《》 and sent up (呈报, 上报, 报送, 呈送), is no preface's first sentence, and the
 * report's title follows the letter, before the next sentence. The letter's signed date, the report
 * sent with it, is the report's date where the text's end is signed by none (`readSignature`).
 */
/*
 * Since a fix of stop 66 after the measure of 2711–2755: sent up with words between (`现将《大武口区朝阳街道办事处
 * 2021年政府信息公开工作年度报告》的报告随文呈上,请审阅。`, real: 2743 大武口区朝阳街道办事处 2021, its gatherer taking
 * the letter's `2022年3月8日` as 2351's), 呈上 as 呈报.
 */
const REPORT_SENT_UP =
  /^现(?:将|把)[^。，,]{0,20}?《[^》]{4,80}?(?:年度报告|年报)》(?:的报告)?(?:随文)?(?:呈报|上报|报送|呈送|呈上)/;
/** How far below the letter's sentence its title is looked for. */
const LETTER_LINES = 10;

function titleAfterCoverLetter(
  front: readonly string[],
  isTitleLine: (line: string) => boolean,
  from: number,
): { titleAt: number; date: { iso: string; valid: boolean } | null } | null {
  const at = front.findIndex(
    (p, i) => i >= from && i < from + 8 && REPORT_SENT_UP.test(p.replace(/\s+/g, '')),
  );
  if (at < 0) return null;
  let date: { iso: string; valid: boolean } | null = null;
  for (let i = at + 1; i < Math.min(front.length, at + LETTER_LINES); i += 1) {
    const line = front[i] ?? '';
    if (isTitleLine(line)) return { titleAt: i, date };
    if (isSentence(line)) return null;
    date ??= parseDateLine(line);
  }
  return null;
}

/**
 * Since a fix of stop 58 after the measure of 2351–2395: the site's header, its name printed alone
 * under the site's welcome banner (`欢迎您访问金口河区人民政府门户网站` / `金口河区人民政府`), over a
 * title naming no body (`2025年度政府信息公开年报`) whose page gives another body as its source
 * (`信息来源:区交通运输局`, real: 金口河区交通运输局 2025): the site's owner, not the report's agency.
 * Only where a banner above names the site so and a source or publisher line within the next lines
 * names a body that is not the header's own (nor its office, `X人民政府办公室`); without a source the
 * header is still read as the agency, as before.
 */
function siteHeaderOverAnother(front: readonly string[], at: number): boolean {
  const name = (front[at] ?? '').replace(/\s+/g, '');
  if (name.length < 2) return false;
  const banner = front
    .slice(Math.max(0, at - 4), at)
    .some((line) => SITE_BANNER.test(line) && line.replace(/\s+/g, '').includes(name));
  if (!banner) return false;
  for (const line of front.slice(at + 1, at + 5)) {
    const source = SOURCE.exec(line.replace(/\s+/g, ' '))?.[1];
    if (source !== undefined) return !source.startsWith(name) && !name.startsWith(source);
  }
  return false;
}
/** A site's welcome banner or its name as a portal (`欢迎访问…`, `…门户网站`). */
const SITE_BANNER = /欢迎您?(?:点击)?访问|门户网站?|政府网站/;

/**
 * What the source adds to the place's name for its government: the government's word only.
 * Since a fix of stop 38 after the measure of 1079–1108: not a 街道's 办事处 (`来源:敬亭山街道办事处`
 * under `敬亭山街道2021年…`, real: 敬亭山街道 2021, expected as its title prints it): a 街道's name is
 * its office's already, as the fixtures write it, where a town's or county's name is a place's and
 * its 人民政府 the body (杨柳镇 2021, on the same site's layout, `来源:杨柳镇人民政府`: kept).
 */
const GOVERNMENT_WORD = /^(?:人民政府|政府)$/;

/**
 * Since a fix of stop 38 after the measure of 1079–1108: a signature naming the title's place-only
 * agency in full, its city and district before it and its office's word after it (`长沙市天心区
 * 桂花坪街道办事处` under the title `桂花坪街道2020年…`, real: 桂花坪街道 2020): the fixtures take the
 * agency as a signature prints it, the fuller name. Only the title's name with places before it
 * (`长沙市天心区`) and the government's or office's word after it; another body (`桂花坪街道党工委`,
 * `天心区人民政府`) is not the title's agency. The signature's name, or null.
 */
export function fullerSignedName(titleAgency: string, signed: string | null): string | null {
  if (signed === null || !PLACE_ONLY.test(titleAgency) || signed === titleAgency) return null;
  const at = signed.indexOf(titleAgency);
  if (at < 0) return null;
  const [before, after] = [signed.slice(0, at), signed.slice(at + titleAgency.length)];
  if (before !== '' && !PLACE_NAME.test(before)) return null;
  return after === '' || SIGNED_OFFICE_WORD.test(after) ? signed : null;
}

/**
 * Since a fix of stop 40 after the measure of 1199–1258: an agency read from the preface's report
 * name (`现公布苏平片区管理局2020年信息公开工作年度报告`) under a signature naming it with its place
 * before it (`平潭综合实验区苏平片区管理局`, real: 苏平片区管理局 2020, an HTML page): the signature's
 * fuller name, as a title's place-only name gives way to it. Only places before the preface's name
 * (no body's word among them); another body is not the preface's agency. The signature's name, or null.
 */
export function placedSignedName(prefaceAgency: string, signed: string | null): string | null {
  if (signed === null || prefaceAgency === '' || !signed.endsWith(prefaceAgency)) return null;
  const before = signed.slice(0, signed.length - prefaceAgency.length);
  return PLACES_BEFORE.test(before) && !BODY_WORD.test(before) ? signed : null;
}

/** Places before a body's name, a zone's long name too (`平潭综合实验区`). */
const PLACES_BEFORE = /^[\u4e00-\u9fff]{1,12}(?:省|自治区|市|州|盟|县|区|旗)$/;

/** A body's word inside what would be places (`…人民政府办公室` is a body, not a place). */
const BODY_WORD = /局|委|办|政府|部|厅|会|中心|院|所|站|队|街道|镇|乡/;

/**
 * Since a fix of stop 39 after the measure of 1139–1168: the agency a title printed again on one
 * line names in full (its place's name before the title's, or its government's or office's word
 * after it), within the lines after the title and before the text's first sentence; null when
 * none does.
 */
function fullerTitleAgain(
  front: readonly string[],
  titleEnd: number,
  agency: string,
  year: number,
): string | null {
  for (const line of front.slice(titleEnd + 1, titleEnd + 6)) {
    if (isSentence(line)) return null;
    if (LIST_MARK.test(line) || !isTitle(line)) continue;
    const again = readTitle(line);
    if (again.year !== year) continue;
    const fuller = fullerSignedName(agency, again.agency) ?? placedTitleAgain(agency, again.agency);
    if (fuller !== null) return fuller;
  }
  return null;
}

/**
 * Since a fix of stop 52 after the measure of 1994–2038: the page's header naming the body by its
 * level alone (`区退役军人事务局2022年…报告` / the page's date / `广州市越秀区退役军人事务局2022年…报告`,
 * real: 越秀区退役军人事务局 2022): the header is the page's, the title below it the report's; its
 * name, the header's with the places before it, is the agency. Only places before it (no body's
 * word among them).
 */
export function placedTitleAgain(agency: string, again: string): string | null {
  if (!LEVEL_FIRST.test(agency) || again.length <= agency.length || !again.endsWith(agency))
    return null;
  const places = again.slice(0, again.length - agency.length) + agency.charAt(0);
  return PLACES_BEFORE.test(places) && !BODY_WORD.test(places) ? again : null;
}
const LEVEL_FIRST = /^[省市县区州旗盟]/;

/**
 * The title printed again within the lines under the title (before the text's first sentence) naming
 * no year and the agency by its level alone, the places before it left out (`placedTitleAgain` read
 * the other way): its agency and the line as printed, or null.
 */
function placelessYearlessTitleAgain(
  front: readonly string[],
  titleEnd: number,
  agency: string,
): { agency: string; printed: string } | null {
  if (agency === '') return null;
  for (const line of front.slice(titleEnd + 1, titleEnd + 6)) {
    if (isSentence(line)) return null;
    if (LIST_MARK.test(line) || INFOGRAPHIC.test(line) || !isTitle(line)) continue;
    const again = readTitle(line);
    if (again.year !== null || ANY_YEAR.test(line)) return null;
    if (again.agency === '' || placedTitleAgain(again.agency, agency) === null) return null;
    return { agency: again.agency, printed: line.replace(/\s+/g, '') };
  }
  return null;
}

/** A link to a report's infographic version: `(图解)`, `【图解】`, `图解:` before its title. */
const INFOGRAPHIC = /^\s*(?:[（(【[]\s*图解\s*[）)】\]]|图解\s*[:：])/;

/**
 * Since a fix of stop 39 after the measure of 1139–1168: the agency the first title printed again
 * within the lines after the title (before the text's first sentence, the same year) names, on its
 * line or on the line above a title naming none, when it is printed otherwise than `agency`; null
 * when it is the same, or no title is printed again.
 */
/**
 * Since a fix of stop 42 after the measure of 1349–1378: the title printed again right under it, its
 * report's name in a short form while the title's is the regulation's (`高新区(新市区)政府2020年信息公开
 * 工作年度报告` under `2020年高新区(新市区)政府信息公开工作年度报告`, real: 高新区(新市区) 2020: the year
 * put inside the name, 政府 cut off it): the same report titled two ways. Only a line that is a title
 * of the same year before the text's first sentence, the title's own name not short.
 */
function nameOfTitleAgain(
  front: readonly string[],
  titleEnd: number,
  title: string,
  year: number,
): string | null {
  if (shortTitleName(title) !== null || yearInsideTitleName(title) !== null) return null;
  const bare = title.replace(/\s+/g, '');
  // Since a fix of stop 66 after the measure of 2711–2755: past the page's properties too (`肃南县2023年度
  // 政府信息公开工作情况的报告` under `索引号`…`是否有效`, printed under `肃南县2023年度政府信息公开工作年度报告`,
  // real: 肃南县 2023), as far as `titleLostYear` looks: the text's first sentence still ends the search.
  for (let i = titleEnd + 1; i < Math.min(front.length, titleEnd + 16); i += 1) {
    const line = front[i] ?? '';
    if (isSentence(line)) return null;
    if (LIST_MARK.test(line) || INFOGRAPHIC.test(line) || !isTitle(line)) continue;
    const again = line.replace(/\s+/g, '');
    if (again === bare || readTitle(line).year !== year) continue;
    return shortTitleName(again) !== null ? again : null;
  }
  return null;
}

function agencyOfTitleAgain(
  front: readonly string[],
  titleEnd: number,
  agency: string,
  year: number,
): string | null {
  if (agency === '') return null;
  for (let i = titleEnd + 1; i < Math.min(front.length, titleEnd + 6); i += 1) {
    const line = front[i] ?? '';
    if (isSentence(line)) return null;
    // Since a fix of stop 39 after the measure of 1169–1198: a link to the report's infographic
    // (`(图解)丽水市市场监管局2021年度政府信息公开工作年度报告` under `丽水市市场监督管理局2021年度…`,
    // real: 丽水市市场监督管理局 2021) is no title printed again.
    // Since a fix of stop 40 after the measure of 1199–1258: the title printed again broken over two
    // lines inside its words (`宣城市机关事务管理2023年政府` / `信息公开工作年度报告` under `宣城市机关
    // 事务管理局2023年…`, real: 宣城市机关事务管理局 2023): read joined, its year on the first line.
    const next = front.slice(i + 1, i + 3).find((p) => p.trim() !== '') ?? '';
    const split =
      !isTitle(line) && /\d{4}年/.test(line) && !/\d{4}年/.test(next) && isTitle(line + next)
        ? line + next
        : null;
    if (LIST_MARK.test(line) || INFOGRAPHIC.test(line) || (split === null && !isTitle(line)))
      continue;
    const again = readTitle(split ?? line);
    if (again.year !== year) return null;
    const above = (front[i - 1] ?? '').replace(/\s+/g, '');
    const named =
      again.agency !== ''
        ? again.agency
        : i - 1 > titleEnd &&
            !isTitle(above) &&
            !isPageChrome(above) &&
            looksLikeAgency(above) &&
            ORG_ENDING.test(above)
          ? above
          : '';
    return named !== '' && named !== agency.replace(/\s+/g, '') ? named : null;
  }
  return null;
}

/** The word a signature adds after a place's name for its body: its government, its office. */
const SIGNED_OFFICE_WORD = /^(?:人民政府|政府|办事处|街道办事处)$/;

/** A line of running text (a sentence), not a page's menu, button or heading. */
export function isSentence(line: string): boolean {
  const t = line.replace(/\s+/g, '');
  return /[。，,；;]/.test(t) && (t.match(/\p{Script=Han}/gu) ?? []).length >= 12;
}

/** A paragraph that is only the contact sentence: `如对本报告有任何疑问，请与…联系（地址：…；电话：…）。` */
const CONTACT_SENTENCE =
  /^如对本报告有任何疑问，请与[^，。；（）]{1,60}联系（(?:地址|邮编|电话|传真|电子邮箱)：(?:[^（）]|（[^（）]*）)*）。$/;

/** Lines a web page prints around a report (its date, source, font size buttons), not preface. */
const PAGE_CHROME =
  /^(?:发布日期|发布时间|成文日期|公开日期|发文日期|日期|时间|来源|信息来源|发布机构|索引号|公开目录|文号|字号|字体|分享|浏览次数|点击数|点击率|您?(?:当前|所在)的?位置|【)\s*[:：>】]?/;

/** Labels of a page's table of properties, always with their colon (`所属机构: 白银区 发布机构: …`). */
const PAGE_PROPERTY =
  /^(?:所属机构|所属单位|所属部门|主题分类|体裁分类|组配分类|公开方式|公开范围|公开时限|生成日期|成文机关|发文机关|发布单位|主题词|关键字|关键词|有效性|名称|标题)[:：]/;

/** A page's buttons printed on lines of their own. */
/*
 * Since a fix of stop 64 after the measure of 2621–2665: or a page's prompt to share it by a scanned code
 * (`用微信扫描二维码分享至好友和朋友圈`, real: 2631 谯城区医疗保障局 2020, the only line above its
 * `一、总体情况`, read as its preface): a button's words, no preface of the report's.
 */
const PAGE_BUTTON =
  /^(?:语音播报|打印本页|关闭窗口|返回顶部|【?(?:打印|关闭|收藏)】?|(?:用|使用)?(?:微信|手机)?扫(?:描|一扫)(?:二维码)?(?:即可)?分享[\u4e00-\u9fff]{0,10})$/;

function isPageChrome(line: string): boolean {
  // A page's properties as a list (`  • 发布时间:2022年01月26日`, `- 来源:辽宁省审计厅`, real: 辽宁省
  // 财政厅 2021, 辽宁省审计厅 2022): the list's mark is not part of the line.
  const t = line.replace(LIST_MARK, '').replace(/\s+/g, '');
  return (
    PAGE_CHROME.test(t) || PAGE_PROPERTY.test(t) || PAGE_BUTTON.test(t) || isFurnitureLine(line)
  );
}

/** What follows the agency's name in a title printed again without its year. */
const REPORT_NAMED_AGAIN = /^(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度报告|年报)$/;

/** The same title, read past a page's property labels and spacing. */
function sameTitle(line: string, title: string): boolean {
  const bare = (s: string) =>
    s.replace(/\s+/g, '').replace(PAGE_LABELS, '').replace(LABEL_WITHOUT_COLON, '');
  return isTitle(line) && bare(line) === bare(title);
}

/** An agency's kind alone, no name before it: `办事处`, `人民政府`, `办公室`. */
const BARE_KIND =
  /^(?:街道办事处|办事处|人民政府|政府|办公室|委员会|管理委员会|管委会|局|分局|管理局|管理处)$/;

/**
 * A place's name alone (`重庆市大渡口区`, `内蒙古自治区鄂尔多斯市`): one to three parts, each a short
 * name and its kind; a sentence ending in one (`本报告由重庆市大渡口区`) is not.
 */
const PLACE_NAME = /^(?:[\u4e00-\u9fff]{1,5}?(?:省|自治区|市|州|盟|县|区|旗)){1,3}$/;

// Since a fix of stop 50 after the measure of 1859–1903: 苏木, a township of 内蒙古 (`九原区阿嘎如泰苏木` /
// `2025年政府信息公开工作年度报告`, real: 阿嘎如泰苏木 2025), as 镇 and 乡.
// Since a fix of stop 62 after the measure of 2531–2575: 署, a body's kind as 局 (`福田区集体经济发展服务署`
// signing its report, real: 2021), not the verb's 部署 (`将工作部署`).
const ORG_ENDING =
  /(局|办|室|委|会|府|院|处|厅|中心|所|站|队|部|街道|镇|乡|苏木|馆|社|公司|集团|办事处|委员会|政府|机关|(?<!部)署)$/;

/** A place's name at the start of a body's name (`上海市宝山区` of `上海市宝山区交通委员会`). */
const PLACE_PREFIX = /^(?:[\u4e00-\u9fff]{1,5}?(?:省|自治区|市|州|盟|县|区|旗)){1,3}/;

/**
 * Since a fix of stop 46 after the measure of 1574–1633: two bodies that work as one (合署办公, one
 * office under two nameplates) print both names a line each above a title opening with its year
 * (`上海市宝山区建设和管理委员会` / `上海市宝山区交通委员会` / `2024年政府信息公开工作年度报告`, real:
 * 宝山区建管委 2024): the first printed is the agency, as a title naming both would name it first.
 * Only another body of the same place, each line a body's name alone; the same body's shorter name
 * above its full one (`天涯区政务服务中心` / `三亚市天涯区政务服务中心`, real: 天涯区政务服务中心
 * 2023) is not another. The upper line's name, or null.
 */
function firstOfTwoNameplates(line: string | undefined, agency: string): string | null {
  if (line === undefined || !looksLikeAgency(line) || isTitle(line)) return null;
  const upper = line.replace(/\s+/g, '');
  if (!ORG_ENDING.test(upper) || upper.endsWith(agency) || agency.endsWith(upper)) return null;
  const place = PLACE_PREFIX.exec(agency)?.[0];
  const ownWords = place === undefined ? '' : upper.slice(place.length);
  return place !== undefined &&
    upper.startsWith(place) &&
    ORG_ENDING.test(ownWords) &&
    ownWords.length >= 2
    ? upper
    : null;
}

/** A mark a title never prints: a line holding one is a sentence's or a citation's, not a title's part. */
const SENTENCE_MARK = /[。，,；;：:！？!?《》()（）]/;

/**
 * Two short lines that make a title together and are not one alone: no sentence punctuation in
 * either, the second not a heading.
 */
export function brokenTitle(first: string, second: string | undefined): boolean {
  if (second === undefined) return false;
  const [a, b] = [first, second].map((x) => x.replace(/\s+/g, ''));
  if (!a || !b || a.length > 40 || b.length > 20) return false;
  if (SENTENCE_MARK.test(a + b) || /^[一二三四五六七八九十]+[、.．]/.test(b)) return false;
  return !isTitle(first) && !isTitle(second) && isTitle(a + b);
}

/**
 * A line above a title without an agency and without a year at its start (a word broken across the
 * lines) that, joined to it, makes a title naming one.
 */
function brokenTitleAbove(above: string, title: string): boolean {
  const a = above.replace(/\s+/g, '');
  // A title opening with its year has its agency on the line above, read as such (`城口县人民政府机关` /
  // `2020年…`); a sentence ending in a place there is no agency (`本报告由重庆市大渡口区` / `2023年…`).
  if (/^\s*(?:19|20)\d{2}/.test(title)) return false;
  if (!a || a.length > 40 || SENTENCE_MARK.test(a) || isTitle(above)) return false;
  const joined = `${a}${title.replace(/\s+/g, '')}`;
  return isTitle(joined) && readTitle(joined).agency !== '';
}

/** A line that only gives whom to call: `（联系人：…，联系方式：…）`, `联系人：…  电话：…`. */
const CONTACT_NOTE = /^[（(]?\s*联系人\s*[:：][^（）()]{1,60}[)）]?$/;

/**
 * The signature at the end of the last section: the date line (`2020年1月5日`) and, above it,
 * the agency; or, without a date, a last line that repeats the agency of the title. Returns how
 * many trailing paragraphs it consumed.
 */
export function readSignature(
  paragraphs: readonly string[],
  titleAgency: string,
): { date: string | null; dateValid: boolean; agency: string | null; consumed: number } {
  let end = paragraphs.length;
  const last = paragraphs[end - 1];
  // A contact note under the 落款 (real: 平潭综合实验区交通与建设局 2020 ends `2021年1月26日` then
  // `（联系人：林耀，联系方式：0591-23163387）`): the signature is above it.
  if (last !== undefined && end > 2 && CONTACT_NOTE.test(last.trim())) {
    const above = readSignature(paragraphs.slice(0, -1), titleAgency);
    if (above.date !== null) return { ...above, consumed: above.consumed + 1 };
  }
  const date = last === undefined ? null : parseDateLine(last);
  if (date === null && last !== undefined && titleAgency !== '') {
    // `平潭综合实验区公安局2022年1月7日`: the agency and the date on one line (real, 平潭 公安局 2021).
    const compact = last.replace(/\s+/g, '');
    const agencyText = titleAgency.replace(/\s+/g, '');
    const joined = compact.startsWith(agencyText)
      ? parseDateLine(compact.slice(agencyText.length))
      : null;
    if (joined !== null && paragraphs.length > 1)
      return { date: joined.iso, dateValid: joined.valid, agency: agencyText, consumed: 1 };
  }
  if (date === null) {
    const same =
      last !== undefined &&
      titleAgency !== '' &&
      last.replace(/\s+/g, '') === titleAgency.replace(/\s+/g, '');
    return same && end > 1
      ? { date: null, dateValid: true, agency: titleAgency, consumed: 1 }
      : { date: null, dateValid: true, agency: null, consumed: 0 };
  }
  end -= 1;
  let agency: string | null = null;
  const above = paragraphs[end - 1];
  if (
    above !== undefined &&
    end - 1 > 0 &&
    looksLikeAgency(above) &&
    ORG_ENDING.test(above.trim())
  ) {
    agency = above.replace(/\s+/g, '');
    end -= 1;
  }
  return { date: date.iso, dateValid: date.valid, agency, consumed: paragraphs.length - end };
}

/**
 * Since a fix of stop 52 after the measure of 1994–2038: a body's name with its second nameplate in
 * brackets on the line under a title naming none (`政府信息公开工作年度报告` / `武昌经开区管委会(滨江
 * 商务区管委会)`, real: 武昌经开区 2025): both names a body's, the line the agency as printed.
 */
const TWO_NAMEPLATES = /^([\u4e00-\u9fff]{2,30})[（(]([\u4e00-\u9fff]{2,30})[)）]$/;
function twoNameplates(line: string): boolean {
  const m = TWO_NAMEPLATES.exec(line.replace(/\s+/g, ''));
  return m !== null && ORG_ENDING.test(m[1] ?? '') && ORG_ENDING.test(m[2] ?? '');
}

/**
 * Since a fix of stop 63 after the measure of 2576–2620: a body's name with its zone's second name in
 * brackets inside it, before its kind (`武昌经开区(滨江)管委会` under `2020年政府信息公开工作年度报告`,
 * real: 武昌经开区(滨江)管委会 2020): the brackets keep `looksLikeAgency` from it, but with them taken
 * out it is a body's name, and the line the agency as printed.
 */
const ALIAS_INSIDE =
  /^([\u4e00-\u9fff]{2,20})[（(][\u4e00-\u9fff]{2,8}[)）]([\u4e00-\u9fff]{1,12})$/;
function aliasInsideName(line: string): boolean {
  const m = ALIAS_INSIDE.exec(line.replace(/\s+/g, ''));
  if (m === null) return false;
  const outside = `${m[1] ?? ''}${m[2] ?? ''}`;
  return looksLikeAgency(outside) && ORG_ENDING.test(outside) && !ORG_ENDING.test(m[1] ?? '');
}

/**
 * Since a fix of stop 52 after the measure of 1994–2038: a text with no title whose first line is a
 * body's name alone (`盂县行政审批服务管理局` over `本报告根据…结合盂县行政审批服务管理局2025年政务信息公开
 * 工作实际编制`, real: 盂县行政审批服务管理局 2025, the page's title not kept): the body's name printed
 * as the page's heading, the agency as printed. Only a name with its place (not `统计局`), which the
 * preface's first sentences name again right before a year (the report's own body, not a site's
 * owner, `某市人民政府`, printed over another body's report).
 */
function bodyLineOnTop(front: readonly string[], sentences: readonly string[]): string {
  const line = (front.find((p) => p.trim() !== '') ?? '').replace(/\s+/g, '');
  if (!looksLikeAgency(line) || !ORG_ENDING.test(line) || !PLACE_FIRST_BODY.test(line)) return '';
  const text = sentences.slice(0, 3).join('').replace(/\s+/g, '');
  const at = text.indexOf(line);
  if (at < 0) return '';
  return YEAR_AFTER_NAME.test(text.slice(at + line.length)) || YEAR_OPENS.test(text.slice(0, at))
    ? line
    : '';
}
/**
 * Since a fix of stop 62 after the measure of 2531–2575: or the preface opening with the year and the
 * body as its subject (`浑南区民族和宗教事务局` over `2021年,浑南区民族和宗教事务局贯彻落实《…条例》…`,
 * real: 浑南区民族和宗教事务局 2021): the body the text opens with speaking of its year is the report's.
 */
const YEAR_OPENS = /^(?:19|20)\d{2}年度?[,，]?$/;
const PLACE_FIRST_BODY = /^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|州|盟|县|区|旗)(?![委政])/;
const YEAR_AFTER_NAME = /^(?:19|20)\d{2}年/;

/** A year as a title prints it (`2023年`, `2023`, `2022度`). */
const ANY_YEAR = /(?:19|20)\d{2}/;
/** A line that is only a year: a page that sets the title's year above it (`2023` / `柳北区长塘镇…`). */
const YEAR_LINE = /^\s*(?:19|20)\d{2}\s*年?度?\s*$/;
/**
 * Since a fix of stop 60 after the measure of 2441–2485: a line that is only a year in brackets, the
 * title's year set under it as a title prints it after the name (`退役军人事务局` / `政府信息公开工作年度
 * 报告` / `(2019年度)`, real: 2463 雄县退役军人事务局 2019; `YEAR_AFTER_TITLE` on one line).
 */
const BRACKETED_YEAR_LINE = /^\s*[（(]\s*(?:19|20)\d{2}\s*年?度?\s*[)）]\s*$/;

/**
 * Since a fix of stop 48 after the measure of 1634–1678: a title naming its agency and the report
 * with no year at all (`益阳市大通湖区审计局政府信息公开工作年度报告`, real: 大通湖区审计局 2023;
 * `威远镇政府信息公开工作年度报告`, real: 威远镇 2022): the reader cannot tell which year's report
 * it is. Not a title whose page sets its year on the line above (`2023` / `柳北区长塘镇政府信息公开工作
 * 年度报告`, real: 长塘镇 2023), nor a column's name over the title proper printed with its year
 * (`云南省政府信息公开工作年度报告` / `2019年云南省…`, real: 云南省 2019), nor a report's bare name
 * with no agency (the page's column) unless the agency is printed on the line under it (since a fix
 * of stop 52 after the measure of 1994–2038: `政府信息公开工作年度报告` / `武昌经开区管委会(滨江商务区
 * 管委会)`, real: 武昌经开区 2025, the title with its body below it), nor one with its year in brackets
 * on the line under it (`BRACKETED_YEAR_LINE`).
 */
function yearlessTitle(
  front: readonly string[],
  titleAt: number,
  titleEnd: number,
  title: string,
  agencyBelow: boolean,
): string | null {
  const printed = title.replace(/\s+/g, '');
  if (ANY_YEAR.test(printed) || (readTitle(title).agency === '' && !agencyBelow)) return null;
  if (YEAR_LINE.test(front[titleAt - 1] ?? '')) return null;
  if (BRACKETED_YEAR_LINE.test(front[titleEnd + 1] ?? '')) return null;
  const withYearBelow = front
    .slice(titleEnd + 1, titleEnd + 4)
    .some((line) => isTitle(line) && ANY_YEAR.test(line));
  return withYearBelow ? null : printed;
}
