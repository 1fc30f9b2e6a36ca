import { emptyContact } from '@/domain/report/empty-report';
import { shortTitleName, yearInsideTitleName } from '@/domain/format/report-name';
import type { ContactBlock, ImportedSource, Report } from '@/domain/report/types';
import { isFormatForYear } from '@/domain/template/lookup';
import {
  SECTION_IDS,
  type SectionId,
  type SectionTemplate,
  type TableId,
  type TableTemplate,
} from '@/domain/template/types';
import { formats } from '@templates/index';
import { chooseFormat } from './choose-format';
import { labelIndex } from './label-index';
import { cleanField, labelKey, stripMarkdown } from './normalise-text';
import { BARE_DATE, readDateUnderTitle } from './read-date-under-title';
import {
  fullerSignedName,
  isSentence,
  placedSignedName,
  placedTitleAgain,
  readFrontMatter,
  readSignature,
} from './read-front-and-signature';
import { isFurnitureLine } from './page-furniture';
import {
  agencyInPreface,
  isTitle,
  mostFrequentYear,
  yearInPreface,
  yearOutsideDates,
  parseDateLine,
  PUBLISHED_RANK,
  readPageDate,
  readPublishedDate,
  repostingTown,
} from './read-meta';
import { listHeading, matchSectionHeading, withoutListMark } from './sections';
import { foreignRowText, readRow, spacedJoinedRows, splitJoinedRows } from './read-row';
import { providedBy, TableCollector } from './table-collector';
import { TableStream } from './table-stream';
import { isPageNumber, isValueToken, lineTokens, type LineTokens } from './text/line-tokens';
import type {
  Block,
  ImportResult,
  ImportSource,
  SectionRecognition,
  TableRecognition,
} from './types';

const NOTHING_FOUND: Readonly<Record<ImportSource, string>> = {
  text: '没有在粘贴的文字中找到年度报告的内容：既没有“一、总体情况”等章节标题，也没有表格的行标签。请粘贴报告全文，或改为选择 Word 文件（.docx）。',
  docx: '这份 Word 文档中没有找到年度报告的内容：既没有“一、总体情况”等章节标题，也没有官方表格。请确认选择的是政府信息公开工作年度报告。',
  pdf: '这个 PDF 文件中没有找到年度报告的内容：既没有“一、总体情况”等章节标题，也没有表格的行标签。请确认选择的是政府信息公开工作年度报告。',
};

/** The label of a page's property row giving the title (`标题:`, `名 称`, `[ 名 称 ]`). */
const TITLE_ROW_LABEL = /^[[【]?\s*(?:标\s*题|名\s*称)\s*[\]】]?\s*[:：]?$/;

/**
 * Since a fix of stop 52 after the measure of 2081–2125: a title naming the report
 * (`东湖公安分局2020年度政府信息公开年度报告`, real: 南昌市东湖公安分局 2020, laid out as a work summary:
 * `一、加强组织领导,建立健全工作机制。…`, none of the format's headings and no table in the text) is a
 * report to be checked, not a text without one: the checks then say which headings and tables are
 * missing. A title of another kind (`…工作总结`) is not read as one.
 */
const REPORT_TITLE = /信息公开[^\n]{0,12}?(?:年度报告|年报)/;
const namesTheReport = (title: string | null): boolean =>
  title !== null && REPORT_TITLE.test(title);

/**
 * Since a fix of stop 61 after the measure of 2486–2530: a page with no title whose preface says
 * what it is (`本报告根据…《中华人民共和国政府信息公开条例》…编制,全文由总体情况、主动公开…组成`,
 * real: 鄂温克族自治旗审计局 2021, its parts then written as bare paragraphs without any of the
 * format's headings) is a report to be checked, as a title naming it is since stop 52.
 */
const PREFACE_NAMES_REPORT =
  /(?:本报告|年度报告)[^\n]*政府信息公开|政府信息公开[^\n]*(?:年度报告|本报告)/;
const prefaceNamesTheReport = (preface: readonly string[]): boolean =>
  preface.slice(0, 3).some((line) => PREFACE_NAMES_REPORT.test(line));

/** A paragraph's text as read, and its tokens. */
interface Paragraph {
  readonly text: string;
  readonly tokens: LineTokens;
}

/** The label keys a paragraph prints: its whole text's and each fragment's (none for a row). */
function paragraphKeys(p: Paragraph | undefined): string[] {
  return p ? [labelKey(p.text), ...p.tokens.fragments.map(labelKey)] : [];
}

function paragraphText(block: Block & { kind: 'paragraph' }, markdown: boolean): string {
  return markdown ? stripMarkdown(block.text) : cleanField(block.text);
}

/** The overview's first sub-heading, `(一)主动公开情况` / `（一）主动公开方面。…`. */
/** A line after a signature: the disclosure note, or the issuing office's 印发 line. */
const AFTER_SIGNATURE =
  /^[（(]此件[^）)]{1,8}[）)]$|^[^，。；]{2,30}\d{4}年\d{1,2}月\d{1,2}日印发$/;

const OVERVIEW_OPENER = /^[（(]一[）)][^。；;]{0,16}主动公开/;

/**
 * Since a fix of stop 34 after the measure of 644–673: the overview's own name alone on its line,
 * numbered `(一)` as the first of the report's parts (`一、报告内容` / `(一)总体情况` / `(二)行政机关主动
 * 公开…`, real: 定安县龙河镇 2020, whose `(一)` line was taken for a title and its `(二)` read as the
 * preface's first sub-heading): the overview begins there when the next sub-heading is no `(一)`
 * (`(一)总体情况` / `(一)主动公开方面`, real: 白沙县 2023: the areas' list begins the overview).
 */
const OVERVIEW_NAMED = /^[（(]一[）)](?:总体情况|概述|概况)[。.]?$/;
const BRACKET_SUB_HEADING = /^[（(]([一二三四五六七八九十]{1,3})[）)]/;
/** A heading written with its numeral (`一、总体情况`, `一.总体情况`). */
const NUMBERED_HEADING = /^\s*[一二三四五六七八九十][、,.．]/;
/** A line that is a part's numeral alone (`二、`, a page printing it apart from its words). */
const NUMERAL_ALONE = /^\s*[一二三四五六七八九十][、,.．]?\s*$/;

/**
 * Since a fix of stop 47 after the measure of 1634–1678: a part's official words without a numeral
 * (`主动公开政府信息情况`) under a part whose heading the text wrote with its numeral (`一、总体情况`,
 * real: 永泰县卫健局 2022, its items `1.` `2.` under it): a text that writes its numerals does not
 * leave one out for the next part (Word's list numbering, the reason bare words are read as a heading,
 * numbers all of them or none), so the line is a sub-heading of the part it stands in, its own number
 * lost (the checks say so). Not after the numeral printed alone on the line before (`二、` / the words).
 */
function unnumberedUnderNumbered(
  text: string,
  currentHeading: string | null | undefined,
  before: string | undefined,
): boolean {
  if (!currentHeading || !NUMBERED_HEADING.test(currentHeading)) return false;
  if (/^\s*[一二三四五六七八九十]/.test(text) || withoutListMark(text) !== text) return false;
  return !NUMERAL_ALONE.test(before ?? '');
}
/** Paragraphs looked through for the sub-heading after `(一)总体情况`. */
const NAMED_LOOKAHEAD = 12;

/**
 * Whether the next bracketed sub-heading after block `at` is numbered other than `(一)`. Since a fix
 * of stop 62 after the measure of 2531–2575: or whether the text ends within the lookahead with no
 * sub-heading at all (`一、报告内容` / `(一)总体情况` / its items `1.` `2.` `3.`, the page cut before `(二)`,
 * real: 东胜区市场监督管理局 2020, refused as a text without a report): nothing then says the line
 * begins anything but the overview it names.
 */
function namedOverviewOpens(blocks: readonly Block[], at: number, markdown: boolean): boolean {
  const ahead = blocks.slice(at + 1, at + 1 + NAMED_LOOKAHEAD);
  for (const b of ahead) {
    if (b.kind !== 'paragraph') return false;
    const m = BRACKET_SUB_HEADING.exec(paragraphText(b, markdown));
    if (m) return m[1] !== '一';
  }
  return at + 1 + ahead.length === blocks.length;
}

/** A sub-heading numbered (一), and the words by which a preface names the report. */
const FIRST_SUB_HEADING = /^[（(]一[）)]/;
const NAMES_REPORT = /年度报告|年报/;

/** The first `(一)` line after a line that names the report, or -1. */
function firstSubHeadingAfterPreface(lines: readonly string[]): number {
  const named = lines.findIndex((l) => NAMES_REPORT.test(l));
  if (named < 0) return -1;
  return lines.findIndex((l, i) => i > named && FIRST_SUB_HEADING.test(l));
}

/** Longest text (without spaces) taken for a stray piece of a table rather than narrative. */
const MAX_TABLE_SCRAP = 24;

/** Turns paragraphs and table rows into a report, reading tables by their labels. */
export function interpretBlocks(blocks: readonly Block[], source: ImportSource): ImportResult {
  const markdown = source === 'text';
  const sectionsAny = formats[0]?.sections ?? [];

  // Pass 1: front matter (before the first heading), every label key and the year, to choose
  // the format.
  /** Every label key of the text, with how many paragraphs or rows print it. */
  const keys = new Map<string, number>();
  const addKey = (key: string): void => {
    keys.set(key, (keys.get(key) ?? 0) + 1);
  };
  const front: string[] = [];
  /** The block each line of `front` came from (a page's menu above the title is taken back below). */
  const frontBlocks: number[] = [];
  const lines: string[] = [];
  // Where a page's date may be printed: every paragraph, and the rows before the first heading (a
  // page's table of properties `| 成文日期: | 2022-02-19 |`, or a line of buttons `字体:[ | | ]`
  // read as a row).
  const dateLines: string[] = [];
  /** Every row's cells, for a year the paragraphs never print. */
  const rowLines: string[] = [];
  let seenHeading = false;
  /** The `(一)总体情况` line the overview begins at (`OVERVIEW_NAMED`), if any. */
  let namedOpener: string | null = null;
  /** Each paragraph's text and tokens, worked out once for both passes (issue 17: a long narrative). */
  const read: (Paragraph | undefined)[] = new Array<Paragraph | undefined>(blocks.length);
  for (const [at, b] of blocks.entries()) {
    if (b.kind !== 'paragraph') {
      for (const f of b.fields) addKey(labelKey(f));
      rowLines.push(b.fields.join(' '));
      if (!seenHeading) {
        dateLines.push(b.fields.join(' '));
        // A title in a page's properties set as a row, its label in the first cell (real: 博山区
        // 山头街道办事处 2020, `标题: | 山头街道办事处2020年政府信息公开工作年度报告 | ||`). Since a fix of
        // stop 60 after the measure of 2441–2485: its label in brackets, as the row's others (`[ 名 称 ] |
        // 榆林市市场监督管理局2021年度…年度报告 |` under `[ 发布机构 ] | …`, real: 2481 榆林市市场监督管理局 2021).
        const [label, value] = b.fields.map((f) => f.trim()).filter((f) => f !== '');
        if (value !== undefined && TITLE_ROW_LABEL.test(label ?? '') && isTitle(value)) {
          front.push(value);
          frontBlocks.push(at);
        }
        // The title alone with a page's layout bar after it (real: 滨海新区人民政府办公室 2020,
        // `天津市滨海新区人民政府办公室2020年度政府信息公开工作年度报告 |`), read as a row of one cell.
        else if (value === undefined && label !== undefined && isTitle(label)) {
          front.push(label);
          frontBlocks.push(at);
        }
        // Since stop 36, after the measure of 869–898: the page's date line under such a title, a
        // bar after it too (`2021-02-09 发布:卓尼县人民政府办公室 点击数: | ||||`, real: 卓尼县 2020):
        // kept for the date under the title (readDateUnderTitle judges it).
        else if (value === undefined && label !== undefined && BARE_DATE.test(label)) {
          front.push(label);
          frontBlocks.push(at);
        }
      }
      continue;
    }
    const text = paragraphText(b, markdown);
    if (!text) continue;
    const tokens = lineTokens(text);
    read[at] = { text, tokens };
    lines.push(text);
    dateLines.push(text);
    for (const k of paragraphKeys(read[at])) addKey(k);
    // The front matter ends at the first heading, or at the overview's first sub-heading when
    // its own heading was left out (read as the overview below; real: 香莲乡 2020, whose
    // `(一)主动公开…（五）监督保障` were read twice, as preface and as overview).
    if (
      !seenHeading &&
      (matchSectionHeading(text, sectionsAny, 0) ||
        OVERVIEW_OPENER.test(text) ||
        (OVERVIEW_NAMED.test(text) && namedOverviewOpens(blocks, at, markdown)))
    ) {
      seenHeading = true;
      if (OVERVIEW_NAMED.test(text)) namedOpener = text;
    } else if (!seenHeading) {
      front.push(text);
      frontBlocks.push(at);
    }
  }
  // No heading at all, and no area's sub-heading: the overview begins at the first `(一)` line
  // after lines that name the report (real: 吉林经开区社会事业管理局 2023, its preface then
  // `(一)组织领导和机构开展情况。…`), rather than the whole text taken for front matter and refused.
  const bareOpener = seenHeading ? -1 : firstSubHeadingAfterPreface(front);
  const overviewOpener = bareOpener > 0 ? (front[bareOpener] ?? null) : null;
  if (bareOpener > 0) front.length = bareOpener;
  const frontMatter = readFrontMatter(front);
  const notes: string[] = [];
  let year = frontMatter.year;
  const { yearText } = frontMatter;
  let yearFrom: 'title' | 'preface' | 'text' | null =
    year === null && yearText === undefined ? null : 'title';
  if (year === null && yearText === undefined) {
    // Since a fix of stop 35 after the measure of 719–748: no year in any paragraph, the year a
    // table's row states (`2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):2条 |`,
    // real: 长春新区市场监管分局 2020, a text without its title); a date in a row is not read.
    year = mostFrequentYear(lines.join('\n')) ?? yearOutsideDates(rowLines.join('\n'));
    if (year !== null) {
      yearFrom = 'text';
      notes.push(`没有找到标题中的年度，按正文中最常出现的年份推断为 ${year} 年，请核对。`);
    }
  }
  // Since a fix of stop 38 after the measure of 1049–1078: no year outside a cited name, the year of
  // the report the preface names (`现发布《东乌旗乌里雅斯太镇2021年政府信息公开工作年度报告》`, real:
  // 乌里雅斯太镇 2021). Read only then: a preface may name the year before (`编制了《田黄镇2020年…》`
  // over 2021's figures, real: 田黄镇 2021; also 元坝镇 2024, 305's 2023).
  if (year === null && yearText === undefined) {
    year = yearInPreface(frontMatter.preface.slice(0, 3).join(''));
    if (year !== null) {
      yearFrom = 'preface';
      notes.push(`没有找到标题中的年度，按序言中的报告名称读作 ${year} 年，请核对。`);
    }
  }
  // Since a fix of stop 35 after the measure of 749–778: a page's menu above the title prints
  // labels that are no table's (`四川省经济合作局` / `• 政 策` / `行政规范性文件` / `其他文件` / … /
  // `四川省经济合作局2019年政府信息公开工作年度报告`, real: 四川省经济合作局 2019: its menu's
  // `行政规范性文件`, a 2021 row's label, chose the 2021 format for a 2019 report); its keys count
  // only where the report prints them too.
  // Nor are the menu's labels a table's rows (the same page's `行政规范性文件` read as 表二's row
  // printed blank, so that 表二 was taken for printed and `二、主动公开政府信息情况` said missing in a
  // text cut inside 总体情况).
  // Since a fix of stop 60 after the measure of 2441–2485: with no title, the lines above the
  // preface's first sentence are the menu (`行政规范性文件` / `用微信扫描二维码…` / `宣城市人民防空办公室根据…`,
  // real: 宣城市人民防空办公室 2020, a 2020 report then taken for the 2021 format).
  const menuLines = frontMatter.titleAt >= 0 ? frontMatter.titleAt : front.findIndex(isSentence);
  const menuEnd = menuLines > 0 ? (frontBlocks[menuLines] ?? 0) : 0;
  for (let at = 0; at < menuEnd; at += 1)
    for (const k of paragraphKeys(read[at])) {
      const n = (keys.get(k) ?? 0) - 1;
      if (n > 0) keys.set(k, n);
      else keys.delete(k);
    }
  const chosen = chooseFormat(new Set(keys.keys()), year);
  const { template } = chosen;
  if (chosen.assumed) notes.push(chosen.reason);
  const index = labelIndex(template);

  // Pass 2: sections, narrative, tables.
  const collector = new TableCollector(template);
  const stream = new TableStream(index, collector);
  const narrative: Record<SectionId, string[]> = {
    overview: [],
    proactive: [],
    applications: [],
    reviewLitigation: [],
    problems: [],
    other: [],
  };
  const headings: Partial<Record<SectionId, string>> = {};
  let current = null as SectionTemplate | null;
  /** What the clerk should check, found while reading (before the tables' summaries). */
  const warnings0: string[] = [];
  /** The overview read from its first sub-heading, its own heading left out of the source. */
  let overviewWithoutHeading = false;
  /** Every paragraph in order, and where narrative put it (for the signature). */
  const trail: { text: string; section: SectionId | null }[] = [];
  /** The part whose heading is the last block read so far (none once anything follows it). */
  let endsAtHeading: SectionId | null = null;

  const feedField = (f: string): void => {
    if (cleanField(f) === '') stream.blank();
    else if (isValueToken(f)) stream.value(f);
    else stream.text(f);
  };

  for (const [at, b] of blocks.entries()) {
    const said = read[at];
    if (b.kind !== 'paragraph' || (said && !isPageNumber(said.text))) endsAtHeading = null;
    if (b.kind === 'row') {
      const line = current?.table == null ? foreignRowText(b.fields, index, stream.context) : null;
      if (current && line !== null) {
        // A table of the section's own (六's 信息处理费 table): its rows are the section's text.
        if (line) {
          narrative[current.id].push(line);
          trail.push({ text: line, section: current.id });
        }
        continue;
      }
      stream.close();
      for (const fields of splitJoinedRows(b.fields, index))
        stream.context = readRow(fields, index, collector, stream.context, current?.table ?? null);
      stream.inTable = true;
      continue;
    }
    if (b.kind === 'cells') {
      stream.newLine();
      b.fields.forEach(feedField);
      continue;
    }
    const paragraph = read[at];
    if (!paragraph) continue;
    const { text, tokens } = paragraph;
    if (isPageNumber(text)) continue;
    const matched: SectionTemplate | null = stream.knows(text)
      ? null
      : matchSectionHeading(text, template.sections, current?.no ?? 0);
    const heading =
      matched && unnumberedUnderNumbered(text, current && headings[current.id], trail.at(-1)?.text)
        ? null
        : matched;
    if (heading) {
      stream.section(heading.table ?? null);
      current = heading;
      // A list item's numeral is the list's (`- 总体情况`, a page's <li>): the heading it matched.
      headings[heading.id] = withoutListMark(text) === text ? text : listHeading(text, heading);
      endsAtHeading = heading.id;
      trail.push({ text, section: null });
      continue;
    }
    // No heading yet, and the overview's first sub-heading (`(一)主动公开情况` right after the
    // preface, real: 高楼乡 2023): the overview begins there, its heading left out (said below
    // and by the checks).
    if (
      current === null &&
      Object.keys(headings).length === 0 &&
      (OVERVIEW_OPENER.test(text) || text === overviewOpener || text === namedOpener)
    ) {
      current = template.sections.find((s) => s.id === 'overview') ?? null;
      overviewWithoutHeading = true;
      warnings0.push(`没有找到“一、总体情况”标题，从“${text.slice(0, 12)}”起读作总体情况。`);
    }
    // A whole table printed on one line, its cells parted by single spaces (`spacedJoinedRows`).
    const spaced = current?.table == null ? null : spacedJoinedRows(text, index);
    if (spaced) {
      stream.close();
      for (const fields of spaced)
        stream.context = readRow(fields, index, collector, stream.context, current?.table ?? null);
      stream.inTable = true;
      trail.push({ text, section: null });
      continue;
    }
    if (at >= menuEnd && isTableMaterial(text, tokens, stream, current?.table != null)) {
      const { fragments, values } = tokens;
      stream.newLine();
      fragments.forEach((f) => stream.text(f));
      values.forEach((v) => stream.value(v));
      trail.push({ text, section: null });
      continue;
    }
    if (current) pushParagraph(narrative[current.id], text, markdown);
    trail.push({ text, section: current?.id ?? null });
  }
  stream.finish();
  collector.headers.end(true);

  // The signature: the last lines of the text (after the tables too), a date and the agency.
  // Lines a document prints after its signature: `（此件主动公开）` and the issuing office's
  // `…党政办公室 2022年1月7日印发` (real: 平潭综合实验区海坛片区管理局 2025 and 2021).
  let end = trail.length;
  // Since a fix of stop 38 after the measure of 1079–1108: a page's button under the signature
  // (`长沙市天心区桂花坪街道办事处` / `2021年1月20日` / `扫一扫在手机打开当前页`, real: 桂花坪街道 2020),
  // furniture, not the text's last line.
  while (
    end > 0 &&
    (AFTER_SIGNATURE.test(trail[end - 1]?.text ?? '') ||
      (isFurnitureLine(trail[end - 1]?.text ?? '') &&
        parseDateLine(trail[end - 1]?.text ?? '') === null))
  )
    end -= 1;
  const tail = trail.slice(Math.max(0, end - 3), end);
  const signature = readSignature(
    tail.map((t) => t.text),
    frontMatter.agency,
  );
  for (const t of tail.slice(tail.length - signature.consumed)) {
    if (t.section) {
      const list = narrative[t.section];
      const at = list.lastIndexOf(t.text);
      if (at >= 0) list.splice(at, 1);
    }
  }
  const underTitle = readDateUnderTitle(front);
  // Since a fix of stop 58 after the measure of 2351–2395: the end signed by none, the covering letter
  // printed above the title signs the report it sends (`readFrontMatter`), before any page's date.
  const letterDate =
    signature.date === null && frontMatter.coverLetterDate?.valid === true
      ? frontMatter.coverLetterDate.iso
      : null;
  const signedDate = signature.date ?? letterDate;
  // Since a fix of stop 38 after the measure of 1049–1078: the report's own date in brackets under
  // its title (`(2021年1月19日)`) before a page's date labelled as the day it was put out
  // (`来源:珠江街发布日期:2021-01-22`, real: 珠江街道 2020); a 成文日期 or 印发日期 still first.
  const labelled = signedDate === null ? readPageDate(dateLines) : null;
  const pageDate =
    underTitle?.bracketed && labelled !== null && labelled.rank >= PUBLISHED_RANK ? null : labelled;
  // Since a fix of stop 44 after the measure of 1424–1453: a bare date under the title within the
  // report's own year (`嘉禾街道办事处2019年度…年度报告` / `2019年12月31日`, real: 嘉禾街道 2019) is neither
  // the day the page was put out (always after the year) nor, unlabelled, surely the 成文日期: no
  // date is assumed from it (a bracketed one is the document's own and is kept).
  const beforeYearEnd =
    underTitle !== null &&
    year !== null &&
    underTitle.iso <= `${year}-12-31` &&
    !underTitle.bracketed;
  const dateUnderTitle =
    signedDate === null && pageDate === null && !beforeYearEnd ? underTitle : null;
  // The date the page says it was published, kept beside the report's own (`source.published`):
  // a label that means published, else the bare date under the title; never a 成文日期.
  const published =
    readPublishedDate(dateLines) ?? (beforeYearEnd ? null : underTitle?.iso) ?? null;
  const reportDate = signedDate ?? pageDate?.iso ?? dateUnderTitle?.iso ?? null;
  if (letterDate !== null)
    notes.push(`成文日期取自标题上方报送函的落款日期“${letterDate}”，请核对。`);
  if (pageDate) notes.push(`成文日期取自“${pageDate.line}”，请核对落款日期。`);
  if (dateUnderTitle?.bracketed)
    notes.push(`成文日期取自标题下括号中的“${dateUnderTitle.line}”，请核对落款日期。`);
  else if (dateUnderTitle)
    notes.push(
      `发布日期取自标题${dateUnderTitle.afterTitle ? '后' : dateUnderTitle.aboveTitle ? '上' : '下'}没有标签的“${dateUnderTitle.line}”，请核对落款日期。`,
    );

  const foundCells =
    Object.keys(collector.cells).length + Object.keys(collector.reportedTotals).length;
  if (
    Object.keys(headings).length === 0 &&
    narrative.overview.length === 0 &&
    foundCells === 0 &&
    collector.found.size === 0 &&
    !namesTheReport(frontMatter.title) &&
    !prefaceNamesTheReport(frontMatter.preface)
  )
    return { ok: false, message: NOTHING_FOUND[source] };

  const warnings = [...warnings0, ...collector.summary()];
  if (!signature.dateValid)
    warnings.push(`落款日期“${signature.date ?? ''}”不是有效日期，请核对。`);
  // No preface before 一、总体情况: its first paragraph may be the preface (real: 上思县南屏瑶族乡
  // 2021, `一、总体情况` / `根据…要求,现向社会公开上思县南屏瑶族乡2021年…年度报告。…`).
  const prefaceUnderHeading =
    frontMatter.agency || signature.agency || frontMatter.preface.length > 0
      ? null
      : agencyInPreface(narrative.overview[0] ?? '');
  const levelSigned =
    frontMatter.agencyFrom === 'title' && signature.agency
      ? placedTitleAgain(frontMatter.agency, signature.agency)
      : null;
  const signedInFull =
    fullerSignedName(frontMatter.agency, signature.agency) ??
    (frontMatter.agencyFrom === 'preface'
      ? placedSignedName(frontMatter.agency, signature.agency)
      : null) ??
    levelSigned;
  // Since a fix of stop 62 after the measure of 2531–2575: a title naming the body by its level alone
  // (`2021年区集体经济发展服务署政府信息…`) over a signature naming it with its place before it (`福田区集体
  // 经济发展服务署`, real: 福田区集体经济发展服务署 2021): the signature's name is the agency, as a page's
  // header gives way to the title printed again in full (`placedTitleAgain`), and the title's name is
  // kept for the check, which says the title lacks its place. A text with no signature keeps its
  // title's name (区城管委 2021, cut before its end).
  const titlePlaceless =
    levelSigned !== null && signedInFull === levelSigned ? frontMatter.agency : undefined;
  // Since stop 45 (the lead's convention): a signature line wins over the preface's name.
  const agencyName =
    signedInFull ??
    ((frontMatter.agencyFrom === 'preface'
      ? signature.agency || frontMatter.agency
      : frontMatter.agency || signature.agency) ||
      prefaceUnderHeading ||
      '');
  // Since a fix of stop 35 after the measure of 719–748: a page of a town's that reposts another's
  // report (`发布机构:侯贯镇`), its dates the repost's (the deadline check says nothing by them).
  const repostedBy = repostingTown(dateLines, agencyName);
  if (
    signedInFull === null &&
    frontMatter.agency &&
    signature.agency &&
    labelKey(frontMatter.agency) !== labelKey(signature.agency)
  ) {
    warnings.push(
      frontMatter.agencyFrom === 'preface'
        ? `前言中的机关名称“${frontMatter.agency}”与落款“${signature.agency}”不同，已采用落款中的名称。`
        : `标题中的机关名称“${frontMatter.agency}”与落款“${signature.agency}”不同，已采用标题中的全称。`,
    );
  }
  if (!agencyName)
    notes.push('没有在标题或落款中找到机关全称，机关名称留空，请在“基本信息”中填写。');
  if (year !== null && !isFormatForYear(template, year) && !chosen.assumed) {
    warnings.push(`表格是${template.notice.number}的格式，但报告年度是 ${year} 年，请核对。`);
  }
  for (const s of template.sections)
    if (!headings[s.id]) warnings.push(`没有找到“${s.heading}”这一节。`);

  const recognised = template.tables.map((tpl): [TableTemplate, TableRecognition] => {
    const id = tpl.id;
    const prefix = `${id}.`;
    const inputs = tpl.cells.filter((c) => !c.computed);
    const cells = Object.keys(collector.cells).filter((c) => c.startsWith(prefix));
    const totals = Object.keys(collector.reportedTotals).filter((c) => c.startsWith(prefix));
    const filled = new Set([...cells, ...totals]);
    // Rows are named by their labels; an unlabelled row (表四's) is the table itself.
    const rowIds = [...new Set(tpl.cells.filter((c) => c.rowLabels.length > 0).map((c) => c.row))];
    const label = (row: string): string =>
      tpl.cells.find((x) => x.row === row)?.rowLabels.at(-1) ?? row;
    const empty = rowIds.filter((row) => !tpl.cells.some((c) => c.row === row && filled.has(c.id)));
    const rowsMissing = empty.filter((row) => !collector.rowsSeen.has(`${id}.${row}`)).map(label);
    const rowsBlank = empty.filter((row) => collector.rowsSeen.has(`${id}.${row}`)).map(label);
    const found = collector.found.has(id) || filled.size > 0;
    const read = cells.length;
    const summary = found
      ? `${tpl.shortName}：读到 ${read} / ${inputs.length} 个单元格${totals.length > 0 ? `（另有原表合计 ${totals.length} 个）` : ''}`
      : `${tpl.shortName}：没有找到这张表`;
    return [
      tpl,
      { found, cells, totals, inputs: inputs.length, read, rowsMissing, rowsBlank, summary },
    ];
  });
  const tables: Record<TableId, TableRecognition> = Object.fromEntries(
    recognised.map(([t, rec]) => [t.id, rec]),
  );
  for (const [t, rec] of recognised) {
    if (!rec.found) warnings.push(`没有找到“${t.title}”的表格。`);
    else if (rec.read === 0 && rec.totals.length === 0)
      warnings.push(
        `${rec.summary}：找到了“${t.title}”的表格，但没有读到任何数字，请对照原文填写。`,
      );
    else if (rec.rowsMissing.length > 0)
      warnings.push(
        `${rec.summary}；没有找到这些行：${rec.rowsMissing.slice(0, 6).join('、')}${rec.rowsMissing.length > 6 ? ` 等 ${rec.rowsMissing.length} 行` : ''}，相应单元格留空，请对照原文。`,
      );
  }

  const sectionTableRead = template.sections.some(
    (s) => s.table !== undefined && (tables[s.table]?.read ?? 0) > 0,
  );
  const contact: ContactBlock = { ...emptyContact, ...frontMatter.contact };
  // The title's report name when not the regulation's: a short form, or its year inside it.
  const titleName =
    frontMatter.title === null
      ? null
      : (shortTitleName(frontMatter.title) ?? yearInsideTitleName(frontMatter.title));
  // Since a fix of stop 36 after the measure of 839–868: a row its printed label reserves to
  // some agencies (`规章(设区的市、自治州人民政府应提供相关数据) | |||`, real: 黄陂区武湖街道 2020)
  // left blank by another agency was left blank as the label says.
  const printedBlank = [...collector.printedBlank].filter((id) => {
    const providers = collector.providers.get(id);
    return providers === undefined || providedBy(providers, agencyName);
  });
  // What the import read about the printed source (`Report.source`).
  const found: ImportedSource = {
    ...(collector.blankTotals.size > 0 ? { blankTotals: [...collector.blankTotals] } : {}),
    ...(printedBlank.length > 0 ? { printedBlank } : {}),
    ...(collector.unitsUnstated.length > 0 ? { unitsUnstated: collector.unitsUnstated } : {}),
    ...(collector.runTogether.length > 0 ? { runTogether: collector.runTogether } : {}),
    ...(collector.headers.repeated.length > 0
      ? { repeatedHeaders: collector.headers.repeated }
      : {}),
    ...(collector.headers.changed.length > 0 ? { changedHeaders: collector.headers.changed } : {}),
    ...(collector.addedRows.length > 0 ? { addedRows: collector.addedRows } : {}),
    // Kept empty when the source printed none but the overview was read, or the tables of
    // sections were (the checks say so: real, 株洲市荷塘区桂花街道 2019, the preface, a paragraph,
    // then 表二 and 表三 with no heading before any).
    ...(Object.keys(headings).length > 0 || overviewWithoutHeading || sectionTableRead
      ? { headings }
      : {}),
    ...(endsAtHeading !== null ? { endsAtHeading } : {}),
    // Since a fix of stop 54 after the measure of 2126–2170: a Word document's heading read bare may
    // be numbered by Word's list numbering, which is not read (the checks then let it pass).
    ...(source === 'docx' && Object.values(headings).some((h) => !NUMBERED_HEADING.test(h))
      ? { listNumbering: true as const }
      : {}),
    ...(recognised.some(
      ([, rec]) => rec.read === 0 && rec.totals.length === 0 && rec.rowsBlank.length > 0,
    )
      ? {
          tablesWithoutValues: recognised
            .filter(
              ([, rec]) => rec.read === 0 && rec.totals.length === 0 && rec.rowsBlank.length > 0,
            )
            .map(([t]) => t.id),
        }
      : {}),
    ...(recognised.some(([, rec]) => rowsWithoutValues(rec))
      ? {
          tablesRowsWithoutValues: recognised
            .filter(([, rec]) => rowsWithoutValues(rec))
            .map(([t]) => t.id),
        }
      : {}),
    // The title's report name not the regulation's (a short form; since a fix of stop 36 after the
    // measure of 809–838, its year put inside it: `…政府信息公开工作2022年度报告`).
    ...(titleName !== null ? { titleName } : {}),
    // The title's year with its 年 lost (the checks compare it with the text's: another year, or
    // the same one printed without its 年).
    ...(frontMatter.titleLostYear !== undefined && year !== null
      ? { titleYear: frontMatter.titleLostYear }
      : {}),
    // The agency's name as the title printed again prints it, its first characters lost (since a
    // fix of stop 37 after the measure of 959–988).
    ...(frontMatter.titleAgencyCut !== undefined && agencyName === frontMatter.agency
      ? { titleAgencyCut: frontMatter.titleAgencyCut }
      : {}),
    // The agency's name as the title printed again prints it, otherwise than the title (since a fix
    // of stop 39 after the measure of 1139–1168; the check says whether it names another body).
    ...(frontMatter.titleAgainName !== undefined
      ? { titleAgainName: frontMatter.titleAgainName }
      : {}),
    ...(frontMatter.titleAgencyAgain !== undefined && agencyName === frontMatter.agency
      ? { titleAgencyAgain: frontMatter.titleAgencyAgain }
      : {}),
    // What the title prints before the agency's name that is no part of it (since a fix of stop 41
    // after the measure of 1319–1333: `【2019】`, a stray year).
    ...(frontMatter.titleMark !== undefined && agencyName === frontMatter.agency
      ? { titleMark: frontMatter.titleMark }
      : {}),
    // Since a fix of stop 48 after the measure of 1634–1678: the title's agency without its place
    // while the preface names it whole, and a title printing no year (the checks say so).
    ...(frontMatter.titleAgencyPlaceless !== undefined && agencyName === frontMatter.agency
      ? { titleAgencyPlaceless: frontMatter.titleAgencyPlaceless }
      : titlePlaceless !== undefined && agencyName === signedInFull
        ? { titleAgencyPlaceless: titlePlaceless }
        : {}),
    ...(frontMatter.titleYearless !== undefined
      ? { titleYearless: frontMatter.titleYearless }
      : {}),
    // Since a fix of stop 67 after the measure of 2756–2800: no title printed, the agency the preface's
    // (the check then reads the preface for the report's year).
    ...(frontMatter.title === null &&
    frontMatter.agencyFrom === 'preface' &&
    agencyName === frontMatter.agency
      ? { agencyFromPreface: true as const }
      : {}),
    // Kept only when it differs from the title's (the check compares them; a report exported by
    // the app signs with its agency name, so a round trip adds nothing).
    ...(signedInFull === null &&
    frontMatter.agencyFrom !== 'preface' &&
    frontMatter.agency &&
    signature.agency &&
    labelKey(frontMatter.agency) !== labelKey(signature.agency)
      ? { signatureAgency: signature.agency }
      : {}),
    ...(published !== null ? { published } : {}),
    ...(repostedBy !== null ? { repostedBy } : {}),
  };
  const report: Report = {
    formatId: template.id,
    meta: {
      agencyName,
      agencyKind: frontMatter.guessKind(agencyName),
      year,
      ...(yearText !== undefined ? { yearText } : {}),
      reportDate,
      preface: frontMatter.preface.join('\n'),
      contact,
    },
    narrative: Object.fromEntries(
      SECTION_IDS.filter((id) => narrative[id].length > 0).map((id) => [
        id,
        narrative[id].join('\n'),
      ]),
    ),
    cells: collector.cells,
    cellUnits: collector.cellUnits,
    reportedTotals: collector.reportedTotals,
    ...(Object.keys(found).length > 0 ? { source: found } : {}),
    dismissed: {},
  };

  const sections = Object.fromEntries(
    SECTION_IDS.map((id): [SectionId, SectionRecognition] => [
      id,
      { heading: headings[id] ?? null, paragraphs: narrative[id].length },
    ]),
  ) as Record<SectionId, SectionRecognition>;

  return {
    ok: true,
    report,
    recognised: {
      meta: {
        title: frontMatter.title,
        agencyName: signedInFull
          ? 'signature'
          : frontMatter.agency
            ? frontMatter.agencyFrom
            : signature.agency
              ? 'signature'
              : prefaceUnderHeading
                ? 'preface'
                : null,
        year: yearFrom,
        reportDate: reportDate === null ? null : signedDate !== null ? 'signature' : 'page',
        preface: frontMatter.preface.length > 0,
        contact: Object.keys(frontMatter.contact),
      },
      sections,
      tables,
      format: chosen.reason,
      formatAssumed: chosen.assumed,
    },
    unrecognised: collector.unrecognised,
    warnings: boundedWarnings(warnings),
    notes,
  };
}

/** At most this many lines to check: a huge or repeated source must not bury (or freeze) the review. */
export const MAX_WARNINGS = 100;

/** The warnings once each, the first `MAX_WARNINGS`, and how many more there were. */
export function boundedWarnings(warnings: readonly string[]): string[] {
  const once = [...new Set(warnings)];
  if (once.length <= MAX_WARNINGS) return once;
  return [
    ...once.slice(0, MAX_WARNINGS),
    `另有 ${once.length - MAX_WARNINGS} 条需要核对的情况未列出：原文很长或有重复的表格，请对照原文核对。`,
  ];
}

/**
 * Whether a line outside any table row belongs to a table: a line of values, a label (or a
 * label and its values, as PDFs give them), or — once a table has begun — a short scrap of a
 * wrapped label or header (`业`, `科研机`, `（三）不`). Sentences and dates stay narrative.
 */
function isTableMaterial(
  text: string,
  tokens: LineTokens,
  stream: TableStream,
  tableSection: boolean,
): boolean {
  // A date is never table material; asked last, as it is dearer than the rest (issue 17).
  return tableLike(text, tokens, stream, tableSection) && !parseDateLine(text);
}

function tableLike(
  text: string,
  { fragments, values }: LineTokens,
  stream: TableStream,
  tableSection: boolean,
): boolean {
  if (fragments.some((f) => stream.knows(f))) return true;
  if (values.length > 0 && fragments.length === 0) return tableSection || stream.inTable;
  if (!stream.inTable) return false;
  if (/[。；;]/.test(text)) return false;
  const bare = text.replace(/[\s\u00a0\u3000]+/g, '');
  return values.length > 0 || bare.length <= MAX_TABLE_SCRAP;
}

/** The least of a table's rows read with no value for it to have been printed so (`tablesRowsWithoutValues`). */
const ROWS_WITHOUT_VALUES_LEAST = 3;
const rowsWithoutValues = (rec: TableRecognition): boolean =>
  rec.read === 0 && rec.totals.length === 0 && rec.rowsBlank.length >= ROWS_WITHOUT_VALUES_LEAST;

const SENTENCE_END = /[。！？!?；;：:…"”』」）)]$/;
/*
 * Since a fix of stop 50 after the measure of 1814–1858: or an item's number printed with a piece
 * lost, its brackets empty or its opening bracket gone, a heading after it (`()加强监督检查。`, `三)主动
 * 公开情况`, real: 汾阳市文峰街道 2020, each after a line cut mid-sentence): an item all the same, whose
 * slips the checks say; joined to the line before, the sub-heading is lost in its sentence.
 */
const PARAGRAPH_START =
  /^(?:[（(][一二三四五六七八九十\d]+[）)]|[（(][）)][\u4e00-\u9fff]|[一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fff]|[一二三四五六七八九十]+[、是]|\d+[.、．]|第[一二三四五六七八九十]+)/;

/**
 * Since a fix of stop 56 after the measure of 2216–2260: a line ending in a digit and a line opening
 * with one (`…联系电话:0310-8133001` then `2020,邯郸市气象局…`, real: 邯郸市气象局 2020): two
 * paragraphs. A printed line never breaks inside a run of digits, so joined they made one number of
 * the phone and the year.
 */
const DIGIT_THEN_DIGIT = (last: string, text: string): boolean =>
  /[0-9０-９]$/.test(last) && /^[0-9０-９]/.test(text);

/**
 * Adds a narrative paragraph. Pasted text from a PDF breaks paragraphs at the end of every
 * printed line: a long line that does not end a sentence is continued by the next one unless
 * that one opens a new item (`（二）`, `二是`, `2.`). Word paragraphs are taken as they are.
 */
function pushParagraph(list: string[], text: string, repairLineBreaks: boolean): void {
  const last = list[list.length - 1];
  if (
    repairLineBreaks &&
    last !== undefined &&
    last.length >= 30 &&
    !SENTENCE_END.test(last) &&
    !PARAGRAPH_START.test(text) &&
    !DIGIT_THEN_DIGIT(last, text)
  ) {
    list[list.length - 1] = `${last}${text}`;
  } else list.push(text);
}
