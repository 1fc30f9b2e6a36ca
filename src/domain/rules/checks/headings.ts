import {
  byParagraph,
  firstInParagraphs,
  memoByText,
  perText,
  someParagraph,
} from '../../format/memo';
import { compactUncached, linesOf, matchesOf, sentences as sentencesOf } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import type { FormatTemplate, SectionId, SectionTemplate } from '../../template/types';
import type { Report } from '../../report/types';
import { anyCell } from '../support';

/** A text as shown in a message: its first 40 characters, marked cut. */
const cut = (said: string): string => `${said.slice(0, 40)}…`;
/** A text as shown in a message, cut when longer than 40 characters. */
const shownOf = (said: string): string => (said.length > 40 ? cut(said) : said);

/**
 * The six headings of an imported report as its source wrote them (`ImportedSource.headings`) against
 * the format's (SPEC §4.5): present, numbered 一–六, in order, with the official wording. A
 * report typed in the form has no written headings (the export prints the format's own).
 */

const NUMERAL = /^([一二三四五六七八九十])、/;
/**
 * Where a line can begin whose key (`headingKey`) begins `一、`: a numeral, then `、` or a stop read
 * as one, spacing aside. Every such line is at a match (`^` of the `m` flag is also every line
 * start of `split('\n')`), so a text with none has no numbered line, and its lines need no key.
 */
const NUMBERED_LINE = /^\s*[一二三四五六七八九十]\s*[、,，.．:：]/m;
/** A dash where the first heading's `一` stands (`—、`), its `、` after it. */
const DASH_NUMERAL = /^[-—―－‐‑–﹣−][、,，.．]/;
/** A colon ending a heading's line (`一、总体情况:`). */
const TRAILING_COLON = /[:：]$/;
/** The last word of five official headings, the one a heading written short leaves out. */
const LAST_WORD = '情况';

/**
 * Spacing and the numeral's punctuation do not count (`一. 总体情况` is `一、总体情况`), nor an ASCII
 * `?` ending the line: a character a copy could not encode (a non-breaking or full-width space),
 * as at the end of every paragraph of the page (real: 辽阳市 2019 on a mirror, `一、总体情况 ?`).
 */
function headingKey(text: string): string {
  // Headings and lines are not kept with the texts' analyses (`compactUncached`).
  return compactUncached(text)
    .replace(/\s*\?+\s*$/, '')
    .replace(/\s+/g, '')
    .replace(/^([一二三四五六七八九十])[,，.．:：]/, '$1、')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/**
 * Since a fix of stop 34 after the measure of the 1,000 drafts: `headingKey` of a heading the
 * report wrote (`report.source.headings`), which `section-heading-mismatch` asks for several times
 * per report and a batch's reports write alike (`一、总体情况`), kept by text. Only headings: a
 * line of a part's text is a slice of the whole text, which a cache would keep alive. Bounded.
 */
const writtenKeys = new Map<string, string>();
function writtenKey(heading: string): string {
  let key = writtenKeys.get(heading);
  if (key === undefined) {
    // Since a fix of stop 38 after the measure of 1079–1108: a full stop closing the heading
    // (`一、总体情况。`, real: 西充县义兴镇 2020) ends its line as a sentence would; its words decide.
    key = headingKey(heading).replace(/。$/, '');
    if (writtenKeys.size >= 64) writtenKeys.clear();
    writtenKeys.set(heading, key);
  }
  return key;
}

/** The official headings' keys, worked out once per format (not again for every report of a batch). */
interface OfficialHeading {
  readonly official: string;
  readonly wording: string;
  readonly numeral: string;
}
const officialHeadings = new WeakMap<readonly { readonly heading: string }[], OfficialHeading[]>();

function officialOf(sections: readonly { readonly heading: string }[]): OfficialHeading[] {
  let kept = officialHeadings.get(sections);
  if (!kept) {
    kept = sections.map((s) => {
      const official = headingKey(s.heading);
      return {
        official,
        wording: official.replace(NUMERAL, ''),
        numeral: NUMERAL.exec(official)?.[1] ?? '',
      };
    });
    officialHeadings.set(sections, kept);
  }
  return kept;
}

/**
 * The words a written heading adds to the official one, when it keeps all of the official words in
 * order (`一、2023年政务公开总体情况`: `2023年政务公开`; `四、政府信息公开行政法复议…`: `法`); `null`
 * when it drops or changes any.
 */
export function insertedWords(written: string, official: string): string[] | null {
  const added: string[] = [];
  let run = '';
  let at = 0;
  for (const ch of written) {
    if (at < official.length && ch === official[at]) {
      if (run !== '') added.push(run);
      run = '';
      at += 1;
    } else run += ch;
  }
  if (run !== '') added.push(run);
  return at === official.length && added.length > 0 ? added : null;
}

/**
 * Lines of the narratives that number on from the last heading read, in other words than the
 * official ones, which the import did not take for headings (`一、信息公开工作概述` / `二、组织领导和制度建设
 * 情况` / `三、发布解读、回应社会关切以及互动交流情况`, real: 弥渡县安乐乡 2019, the old regulation's
 * headings): by the section whose numeral they carry. Only short lines (not sentences) whose
 * numeral is the next one after the last heading, written or stray; a list restarting at a
 * numeral already passed (`一、…` inside 总体情况) ends the reading of that section's lines.
 */
function strayHeadings(
  sections: readonly { readonly id: SectionId; readonly no: number }[],
  written: Readonly<Partial<Record<SectionId, string>>>,
  narrative: Readonly<Partial<Record<SectionId, string>>>,
): Map<SectionId, { readonly line: string; readonly last: boolean }> {
  const stray = new Map<SectionId, { readonly line: string; readonly last: boolean }>();
  let next = 1;
  for (const s of sections) {
    if (written[s.id] !== undefined) next = s.no + 1;
    const text = narrative[s.id] ?? '';
    if (!NUMBERED_LINE.test(text)) continue;
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    for (const [at, line] of lines.entries()) {
      if (!NUMBERED_LINE.test(line)) continue;
      const key = headingKey(line);
      const numeral = NUMERAL.exec(key)?.[1];
      if (numeral === undefined || key.length > 40 || /[。；;]$/.test(key)) continue;
      const no = '一二三四五六'.indexOf(numeral) + 1;
      if (no < next) break;
      const target = sections.find((t) => t.no === no);
      if (no !== next || !target || written[target.id] !== undefined) break;
      stray.set(target.id, { line: line.trim(), last: at === lines.length - 1 });
      next += 1;
    }
  }
  return stray;
}

/**
 * Since a fix of stop 54 after the measure of 2171–2215: a part's heading printed on a line of its own
 * with its numeral lost before the 、 (`、主动公开政府信息情况`, real: 耀州区审计局 2020; `、总体情况`, real:
 * 长江镇 2023 and 宜春市农业农村局 2021): the import reads no heading there, the line stays in the text
 * before it. The official words whole after a bare 、, nothing else on the line.
 */
function numeralLostLine(
  sections: readonly { readonly id: SectionId }[],
  narrative: Readonly<Partial<Record<SectionId, string>>>,
  wording: string,
): string | null {
  const printed = `、${wording}`;
  for (const t of sections) {
    const text = narrative[t.id] ?? '';
    // Most texts print no such line: a substring test before reading lines.
    if (!text.includes(printed)) continue;
    const line = text.split('\n').find((l) => headingKey(l) === printed);
    if (line !== undefined) return line.trim();
  }
  return null;
}

/**
 * Since a fix of stop 52 after the measure of 1994–2038: a stray heading whose words name a later part
 * of the report, not the one its numeral stands for (`三、存在的不足` after `一、…` and `二、…`, real: 盘锦
 * 市水利局 2019, the problems part numbered 三): that part's heading with its numeral and name both
 * wrong. Only a later part with no heading of its own read, whose words (`listedAs`) the heading
 * holds while it holds none of the part its numeral stands for.
 */
function partNamedBy(
  sections: readonly {
    readonly id: SectionId;
    readonly no: number;
    readonly heading: string;
    readonly listedAs?: string;
  }[],
  at: { readonly no: number; readonly listedAs?: string },
  words: string,
  written: Readonly<Partial<Record<SectionId, string>>>,
  stray: ReadonlyMap<SectionId, unknown>,
): { readonly id: SectionId; readonly heading: string } | null {
  if (at.listedAs !== undefined && listedAsPattern(at.listedAs).test(words)) return null;
  return (
    sections.find(
      (t) =>
        t.no > at.no &&
        t.listedAs !== undefined &&
        written[t.id] === undefined &&
        !stray.has(t.id) &&
        listedAsPattern(t.listedAs).test(words),
    ) ?? null
  );
}

/** `listedAs` patterns compiled once (not for every report of a batch). */
const listedAsPatterns = new Map<string, RegExp>();
function listedAsPattern(source: string): RegExp {
  let pattern = listedAsPatterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    listedAsPatterns.set(source, pattern);
  }
  return pattern;
}

/**
 * A line of a part's text that is its heading again: the written heading's numeral, then words a
 * list of the report's parts names this part by (`listedAs`: `概述`, `总体情况`), short and not a
 * sentence. A list inside the part restarting at `一、` in other words (`一、加强组织领导`) is not.
 */
function headingAgain(
  key: string,
  section: { readonly listedAs?: string },
  narrative: string,
): string | null {
  const numeral = NUMERAL.exec(key)?.[1];
  if (numeral === undefined || section.listedAs === undefined) return null;
  if (!NUMBERED_LINE.test(narrative)) return null;
  const named = listedAsPattern(section.listedAs);
  for (const line of linesOf(narrative)) {
    if (!NUMBERED_LINE.test(line)) continue;
    const lineKey = headingKey(line);
    if (!lineKey.startsWith(`${numeral}、`)) continue;
    const words = lineKey.replace(NUMERAL, '');
    if (words.length < 2 || words.length > 12 || /[，,。；;：:]/.test(words)) continue;
    if (named.test(words)) return line.trim();
  }
  return null;
}

/** The fewest headings read, all bare, from which their numerals are read as lost. */
const BARE_HEADINGS_LEAST = 2;

/**
 * Since a fix of stop 54 after the measure of 2126–2170: every heading read written as the official
 * words with no numeral, two at least (`总体情况` / `主动公开政府信息情况` / `收到和处理政府信息公开申请情况`,
 * real: 始兴县退役军人事务局 2020, a page's text): the numerals are lost, not supplied by a list, in a
 * source whose numerals are printed text (not a Word document's list numbering, `listNumbering`). The
 * headings read and the first of them; `null` otherwise. A heading among numbered ones stays as
 * before (one bare may be a paragraph Word numbers alone).
 */
function everyHeadingBare(
  report: Report,
  sections: readonly SectionTemplate[],
  officials: readonly OfficialHeading[],
): { readonly first: SectionTemplate; readonly bare: readonly SectionTemplate[] } | null {
  const written = report.source?.headings;
  if (written === undefined || report.source?.listNumbering === true) return null;
  const bare = sections.filter((t) => written[t.id] !== undefined);
  const first = bare[0];
  if (first === undefined || bare.length < BARE_HEADINGS_LEAST) return null;
  const allBare = bare.every(
    (t) => writtenKey(written[t.id] ?? '') === officials[sections.indexOf(t)]?.wording,
  );
  return allBare ? { first, bare } : null;
}

/** A format's cell ids by the table their id names (`t3.….`: `t3`), worked out once per format. */
const idsByTable = new WeakMap<FormatTemplate, ReadonlyMap<string, readonly string[]>>();

/**
 * The tables (the part of a cell id before its first `.`) of which the report holds a cell that is
 * not blank. The format's own cells are looked up first, which for a filled table ends at its first
 * cell; the report's every id (an object of ~200 keys: slow to list) only when some table of the
 * format has none of its cells filled, so that an id the format does not know still counts.
 */
function tablesWithCells(
  template: FormatTemplate,
  cells: Readonly<Record<string, string>>,
): ReadonlySet<string> {
  let byTable = idsByTable.get(template);
  if (!byTable) {
    const grouped = new Map<string, string[]>();
    for (const table of template.tables)
      for (const { id } of table.cells) {
        const prefix = id.slice(0, id.indexOf('.'));
        const ids = grouped.get(prefix);
        if (ids) ids.push(id);
        else grouped.set(prefix, [id]);
      }
    byTable = grouped;
    idsByTable.set(template, byTable);
  }
  const read = new Set<string>();
  let unknown = false;
  for (const [table, ids] of byTable) {
    if (ids.some((id) => (cells[id] ?? '').trim() !== '')) read.add(table);
    else unknown = true;
  }
  if (unknown)
    for (const [id, value] of Object.entries(cells))
      if (value.trim() !== '') read.add(id.slice(0, id.indexOf('.')));
  return read;
}

/** A line opening a sub-item of 总体情况 (`（一）`, `一是`, `1.`): the preface, if any, is over. */
const SUB_ITEM_LINE =
  /^[ \t\u3000]*(?:[（(][一二三四五六七八九十]|[一二三四五六七八九十]是|\d+[.、．])/;
/** The lines of a part's opening read for a preface at most. */
const PREFACE_LINES = 3;
/**
 * A sentence presenting the report: its legal basis and that it is published or drawn up
 * (`根据《中华人民共和国政府信息公开条例》…,现公布…2024年政府信息公开工作年度报告`), or the report as
 * its subject, then its basis (`本年度报告根据《…条例》…要求,由…编制`). Not a year's work told under
 * the regulation (`2021年,我局认真贯彻落实《条例》…`): no report named.
 */
const PREFACE_BASIS =
  /(?:根据|依据|按照)[^。]*(?:条例|通知|要求|规定)[^。]*(?:编制|公布|发布|公开|形成)[^。]*(?:年度报告|年报|本报告|工作报告)|^(?:\d{4}年度?)?(?:本|该)?(?:年度)?(?:报告|年报)[^。]{0,6}(?:根据|依据|按照)/;
/** The rest of a preface: statistics period, the parts listed, where to ask. */
const PREFACE_REST: readonly { readonly said: string; readonly re: RegExp }[] = [
  {
    said: '统计期限',
    re: /(?:报告|年报)[^。]{0,20}(?:统计|所列数据)|统计(?:期限|时限|区间|起止)|数据统计|所列数据/,
  },
  { said: '报告组成', re: /(?:报告|年报|全文)[^。]{0,20}(?:包括|由|分为|共分)/ },
  { said: '联系方式', re: /如对本|联系电话|联系方式|邮政编码/ },
];

/**
 * A sentence presenting the report itself (`现将本街道2021年政府信息公开工作年度报告编制如下`, `现将我区
 * 2019年度政府信息公开工作情况报告予以公开`, `现发布《…2021年政府信息公开工作年度报告》`): `现` and the
 * report put forward. Counted only when it names the report's year (`namesOnlyYear`): not `现将有关情况报告如下`
 * introducing the items (real: 宛城区民政局 2025).
 * Since a fix of stop 37 after the measure of 899–928: or the year's work summed up as the report
 * (`现将我镇2021年政府信息公开工作总结如下`, real: 平利县正阳镇 2021, no preface before `一、总体情况`;
 * the same words in 熊官屯镇 2023), its year named all the same (not `现将有关情况总结如下`).
 */
/*
 * Since a fix of stop 48 after the measure of 1679–1723: the year's work put forward with no name of
 * the work before 工作 (`为深入贯彻落实《…条例》要求,…,现将 2025 年度工作开展情况汇报如下:`, real: 嵩明县卫生
 * 健康局 2025, the first paragraph under `一、总体情况`, no preface before it), its year named all the same.
 */
/*
 * Since a fix of stop 46 after the measure of 1574–1633: the year's work put forward by 现就 and
 * 做如下汇报 (`现就2021年街道信息公开工作总体状况做如下汇报:`, real: 石泉路街道 2021, no preface before
 * `一、总体情况`), the body's word (`街道`) between the year and the work, its year named all the same.
 */
/*
 * Read-back of stop 68: the words between `现将` and the report's name bounded (`{0,200}`; the corpus's
 * longest is under 170): unbounded, a sentence holding many `现将` and `报告` and no 。 was read in a time
 * growing with its length squared (a 12,000-character one 160–450 ms on each keystroke in 总体情况).
 */
const PRESENTS_REPORT =
  /现(?:将|把|就)[^。]{0,200}(?:报告|年报)[^。]{0,10}(?:如下|予以公开|公开|公布|发布|编制)|现(?:将|把|就)[^。]{0,16}\d{4}年度?[^。\d]{0,8}?(?:政府信息公开|政务公开|信息公开)?工作[^。\d]{0,8}?(?:(?:总结|汇报)如下|[做作]如下(?:总结|汇报))|现(?:编制|发布|公布|公开|予以公布|向社会公布)[^。]{0,60}(?:报告|年报)/;
/**
 * Since a fix of stop 40 after the measure of 1199–1258: the format's own preface sentence, the basis
 * and `本报告` drawn up, nothing else in it (`依据《中华人民共和国政府信息公开条例》第五十条之规定,制作本
 * 报告`, real: 朝阳区金盏乡 2019, the first sentence under `一、总体情况`).
 */
const BASIS_THIS_REPORT =
  /^(?:根据|依据|按照)[^。]{0,60}(?:条例|规定)[^。]{0,10}?[,，]?(?:特|现)?(?:编制|制作|制定|形成)了?本报告。?$/;
/** The report named as what was drawn up (`编制了2022年度政府信息公开工作年度报告`), its year before it. */
const NAMES_REPORT = /\d{4}年度?[^。]{0,30}?(?:年度报告|年报|工作报告)/;
/**
 * Since a fix of stop 46 after the measure of 1574–1633: the report drawn up named as this year's
 * (`…根据实际编制本年度政府信息公开工作年度报告`, real: 开远市林业和草原局 2020, the first sentence under
 * `一、总体情况`, no preface before it), the year unsaid: this year's report as surely as with its year.
 */
const NAMES_THIS_YEARS_REPORT =
  /(?:编制|制作|形成|撰写)了?本年度[^。\d]{0,20}?(?:年度报告|年报|工作报告)/;
/**
 * Since a fix of stop 50 after the measure of 1859–1903: a sentence saying only that the agency drew
 * up this year's report, ending with its name (`利辛县气象局组织统计并编制2019年政府信息公开工作年度报告。`,
 * real: 利辛县气象局 2019, the last sentence under `一、总体情况`, no preface before it): a preface's
 * sentence with no basis. Not the drafting told among the year's work (the name does not end it:
 * `按时编制2019年…年度报告并在网站公开`), nor another year's report (`namesOnlyYear`).
 */
const DRAWS_UP_REPORT =
  /(?:编制|撰写|形成)了?[^。\d]{0,4}(?:19|20)\d{2}年度?[^。\d]{0,16}?(?:工作年度报告|年度工作报告|年报)。?$/;
/** A title in book marks (`《关于做好2021年政府信息公开工作年度报告的通知》`): a notice's, not the report. */
const BOOK_TITLE = /《[^》]*》/g;

/** Whether every year the sentence names (`2021年`) is the report's, and it names one. */
function namesOnlyYear(sentence: string, year: number | null): boolean {
  const years = sentence.match(/\d{4}(?=年)/g);
  return year !== null && years !== null && years.every((y) => Number(y) === year);
}

/**
 * Since a fix of stop 68 after the measure of 2801–2845: this year named as `本年度`, no year's number
 * (`现将本年度政府信息公开工作报告如下:`, real: 2829 昌黎县茹荷镇 2025, the last sentence of the first
 * paragraph under `一、总体情况`, no preface before it): the report's year as surely as `2025年度`
 * (as `NAMES_THIS_YEARS_REPORT` reads `编制本年度…年度报告`). No other year's number beside it.
 */
const THIS_YEAR_WORD = '本年度';
const YEAR_NUMBER = /\d{4}(?=年)/;
function namesThisYear(sentence: string, year: number | null): boolean {
  if (!sentence.includes(THIS_YEAR_WORD)) return namesOnlyYear(sentence, year);
  return !YEAR_NUMBER.test(sentence) || namesOnlyYear(sentence, year);
}

/**
 * A sentence of the opening that presents this year's report: its basis and the report drawn up or
 * published, the report named with the report's year outside book marks (`根据…条例…,我镇编制了2022
 * 年度政府信息公开工作年度报告`, real: 白古屯镇 2022), or `现` putting the report forward with its year
 * (real: 吴淞街道 2021, 白露街道 2021, 江源区政数局 2019). Not a report of another year (`按时发布2020
 * 年度…年度报告` in a 2021 report: last year's, the year's work), nor the report's drafting told as work
 * under a notice whose title names the year (`根据…《关于做好2021年政府信息公开工作年度报告的通知》,
 * 我局认真做好年度报告编制工作`, real: 保康县农业农村局 2021).
 */
function presentsThisReport(sentence: string, year: number | null): boolean {
  if (BASIS_THIS_REPORT.test(sentence)) return true;
  const put = PRESENTS_REPORT.exec(sentence);
  if (put) return namesThisYear(put[0], year);
  const drawn = DRAWS_UP_REPORT.exec(sentence);
  if (drawn) return namesOnlyYear(drawn[0], year);
  if (!PREFACE_BASIS.test(sentence)) return false;
  const bare = sentence.replace(BOOK_TITLE, '');
  if (NAMES_THIS_YEARS_REPORT.test(bare)) return !/\d{4}(?=年)/.test(bare);
  return NAMES_REPORT.test(bare) && namesOnlyYear(bare, year);
}

/**
 * The report's statistics period in a sentence of its own, the report its subject and the dates
 * said (`本年度报告中所列数据统计期限从2023年1月1日到12月31日止`, real: 集贤里街道 2023): a preface's
 * sentence, not a year's work.
 * Since a fix of stop 36 after the measure of 779–808: or the report said drawn up for the period,
 * its first and last days (`…结合我局职能实际情况,编制了2023年1月1日起至2023年12月31日期间的政府信息公开
 * 年度报告`, real: 南通市通州区审计局 2023, the first sentence under `一、总体情况`, no preface above it).
 */
/*
 * Since a fix of stop 66 after the measure of 2711–2755: the report called 文中 (`文中所列数据的统计期限自2021年
 * 1月1日起至2021年12月31日止`, real: 2725, a 乡 of 2021 naming itself 我乡 only, the first paragraph under
 * `一、总体情况`, no preface).
 */
/*
 * Since a fix of stop 70 after the measure of 2891–2935: or its 统计数据 said to run between the dates
 * (`本报告所列举的统计数据自2021年1月1日至2021年12月31日止`, real: 上海市普陀区退役军人事务局 2021, no preface
 * before the heading): the same period in the words 数据统计 has reversed.
 */
const REPORT_PERIOD =
  /(?:报告|年报|文中|本文)[^。]{0,20}(?:统计期限|统计时限|统计区间|数据统计|统计数据|所列数据)[^。]*\d{1,2}月\d{1,2}日|(?:编制|形成|撰写)了?[^。\d]{0,6}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^。]{0,16}\d{1,2}月\d{1,2}日[^。\d]{0,24}(?:年度报告|年报|工作报告)/;

/** The statistics period of the report said under the heading with no preface before it. */
function reportPeriodUnderHeading(
  sentences: readonly string[],
): { readonly first: string; readonly said: readonly string[]; readonly opens: boolean } | null {
  const at = sentences.findIndex((sentence) => REPORT_PERIOD.test(sentence));
  const period = sentences[at];
  if (period === undefined) return null;
  return {
    first: shownOf(period),
    said: ['统计期限'],
    opens: at === 0,
  };
}

/**
 * Since a fix of stop 61 after the measure of 2486–2530: the report's statistics period said under the
 * heading when the preface printed before it says none (`全文包括总体情况、…` before `一、总体情况`, the
 * overview's first paragraph ending `本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。`, real:
 * 文山三七产业园区管理委员会 2021, written down): the preface's sentence put into the year's work. Only
 * after the year's work: a period opening the overview right under the heading (`本年报中所列数据统计期限
 * 自…止。2023 年,扎格斯台苏木认真贯彻落实…`, real: 扎格斯台苏木 2023, its preface saying none) was passed
 * by its gatherer, the preface's last line set under the heading.
 */
function periodMovedUnderHeading(
  sentences: readonly string[],
  before: string,
): { readonly first: string; readonly said: readonly string[]; readonly opens: boolean } | null {
  const period = PREFACE_REST[0];
  if (period === undefined || period.re.test(before)) return null;
  const under = reportPeriodUnderHeading(sentences);
  return under !== null && !under.opens ? under : null;
}

/**
 * Since a fix of stop 44 after the measure of 1424–1483: the report's parts listed, a preface's words
 * and no year's work (`本报告内容包括总体概述、主动公开政府信息情况…等六个方面`, real: 富县张家湾镇 2021;
 * `报告内容由以下六个部分构成:总体情况、…`, real: 永川区中山路街道 2025), or the part names enumerated
 * with no subject (`根据《…条例》…文件要求,主动公开政府信息情况、收到和处理政府信息公开申请情况、…和其他需要报告
 * 的事项。`, real: 和硕县文旅局 2023). Not `报告期内…` (the year's work), nor `本报告由…编制` (no parts).
 */
const PARTS_LISTED =
  /(?:报告|年报|全文)(?:内容|全文)?(?:主要)?(?:由|包括|涵盖|分为|共分)[^。]{4,200}?(?:组成|构成|部分|方面|事项)|主动公开[^。]{0,12}情况[、,，][^。]{0,80}(?:复议|诉讼)[^。]{0,60}(?:问题|事项)/;
/** A preface's other words, said beside the parts: where to download the report, whom to ask. */
const PREFACE_MORE: readonly { readonly said: string; readonly re: RegExp }[] = [
  { said: '下载地址', re: /报告电子版|可在[^。]{0,40}下载/ },
  { said: '联系方式', re: /请与[^。]{0,40}联系/ },
];

/**
 * The report's parts listed in the opening under the heading (`PARTS_LISTED`), whether or not a
 * preface stands before it: what a preface says, never the year's work (real: 张家湾镇 2021 and 中山路
 * 街道 2025, a preface before the heading and the parts under it; 和硕县文旅局 2023, none before).
 */
function partsUnderHeading(
  sentences: readonly string[],
  text: string,
): { readonly first: string; readonly said: readonly string[]; readonly opens: boolean } | null {
  if (!text.includes('情况')) return null;
  const at = sentences.findIndex((sentence) => PARTS_LISTED.test(sentence));
  const parts = sentences[at];
  if (parts === undefined) return null;
  const said = [...PREFACE_REST, ...PREFACE_MORE].filter((p) => p.re.test(text)).map((p) => p.said);
  return {
    first: shownOf(parts),
    said: [...new Set(['报告组成', ...said])],
    opens: at === 0,
  };
}

/**
 * Since a fix of stop 46 after the measure of 1574–1633: the preface's last sentence, where to ask
 * about the report (`如对本报告有任何疑问,请联系桃江县审计局办公室。联系电话:0737-2691838。`, real: 桃江县
 * 审计局 2020, the overview's last lines, no preface before `一、总体情况`): a question about the report
 * and whom to contact, anywhere in the overview (not the opening only: the year's work before it).
 * Not a contact given as the year's work (`公开…办公地址、办公时间、联系方式`), nor an office that
 * answers requests (`政府信息公开申请受理机构为…。联系电话:…`, real: 临海市汇溪镇 2020): no 疑问.
 */
/*
 * Since a fix of stop 70 after the measure of 2891–2935: or an objection to it (`如对本报告存有异议,请联系普陀区
 * 退役军人事务局(地址:…,电话:…)`, real: 上海市普陀区退役军人事务局 2021, the end of the overview's first
 * paragraph, no preface before `一、总体情况`): 异议 said of the report as 疑问 is.
 */
const QUERY_CONTACT = /(?:如|若)[^。；;]{0,12}?(?:疑问|异议)[^。；;]{0,30}?联系[^。；;]*/;
// Anchored by 联系's 系, which both need (one anchor for both wordings, issue 17).
const queryContact = perText({ anyOf: '系', otherwise: null }, (text): string | null => {
  const found = QUERY_CONTACT.exec(text);
  return found ? compactUncached(found[0]) : null;
});

/** Where to ask about the report said in the overview, no preface before the heading. */
function contactUnderHeading(
  overview: string,
): { readonly first: string; readonly said: readonly string[]; readonly opens: boolean } | null {
  const contact = queryContact(overview);
  if (contact === null) return null;
  return {
    first: shownOf(contact),
    said: ['联系方式'],
    opens: false,
  };
}

/*
 * Since a fix of stop 49 after the measure of 1769–1813: the overview's first paragraph closing with
 * the year's work summed up, its year unsaid (`具体工作总结如下`, real: 柳州市市场监管局 2023; `现将全年
 * 工作总结如下`, real: 白云区大源街道 2024; `现将大湾乡政务公开工作总结如下`), decided real by the lead by
 * stop 40's convention (`现将…如下` under `一、总体情况` is a preface's sentence, the report called a
 * 工作总结), whether or not a preface stands before the heading. Only 总结: `现将…工作(情况)报告如下`
 * and `汇报如下` under the heading are the corpus's usual lead-in to the items, not written down by
 * their gatherers (`现将有关工作报告如下`, real: 番禺区市场监管局 2022; `现将我乡2023年政府信息公开工作
 * 情况报告如下` under a preface, real: 根德乡 2023, and ten others), nor these words in a preface printed
 * before the heading (not read here).
 */
/*
 * Since a fix of stop 50 after the measure of 1859–1903: the same summing up after a clause on what
 * it rests on, with no 现将 (`…各项工作稳步、有序推进。根据工作实际情况,总结如下:`, real: 海棠区卫健委
 * 2022, written down by its gatherer): the report called a 工作总结 all the same.
 */
/*
 * Since a fix of stop 54 after the measure of 2171–2215: the same summing up by 现对…进行总结, closing
 * the paragraph (`…扎实做好政府信息公开工作,现对全年政府信息公开工作情况进行总结:`, real: 涵江区文旅局
 * 2023, a preface printed before the heading): the report called a 工作总结 all the same. Only with 现
 * and closing the sentence: `对全年政府信息公开工作情况进行总结。` alone, the year's work told, is
 * passed by its gatherers (real: 永春县城厢乡 2020, 南安市蓬华镇 2024), and `进行总结报告` is a preface's.
 */
const WORK_PUT_FORWARD =
  /(?:现(?:将|把|就)|具体)[^。]{0,30}?工作(?:情况)?总结如下|(?:根据|结合)[^。，,]{0,12}(?:情况|实际)[,，]总结如下|现(?:将|把|对)[^。]{0,30}?工作(?:情况)?进行总结[:：]?$/;

/** The first paragraph's last sentence under the heading, when it puts the year's work forward. */
function workPutForwardUnderHeading(
  overview: string,
): { readonly first: string; readonly said: readonly string[]; readonly opens: boolean } | null {
  if (!overview.includes('如下') && !overview.includes('进行总结')) return null;
  const line = linesOf(overview).find((l) => l.trim() !== '');
  if (line === undefined || SUB_ITEM_LINE.test(line)) return null;
  const sentences = sentencesOf(compactUncached(line).trim());
  const last = sentences[sentences.length - 1] ?? '';
  const put = WORK_PUT_FORWARD.exec(last);
  if (put === null) return null;
  return { first: shownOf(last.slice(put.index)), said: [], opens: false };
}

/**
 * Since a fix of stop 51 after the measure of 1949–1993: the annual report itself put forward under the
 * heading, a preface printed before it (`…现将2021年商务局政府信息公开工作年度报告如下。`, real: 旺苍县商务局
 * 2021; `…不断深化效能。现将2023年度政府信息公开工作年度报告如下:`, real: 石鼓镇 2023): the sentence that
 * opens a report, printed again inside it. Only the report named right before the verb (`年度报告如下`),
 * this year's: not `现将…工作(情况)报告如下`, the corpus's usual lead-in to the items (stop 49, 根德乡 2023).
 */
const REPORT_ITSELF_PUT = /现(?:将|把)[^。]{0,40}?(?:年度报告|年报)(?:公布)?如下/;

/** The opening's sentence putting this year's annual report forward, a preface before the heading. */
function reportPutForwardUnderHeading(
  sentences: readonly string[],
  year: number | null,
): { readonly first: string; readonly said: readonly string[]; readonly opens: boolean } | null {
  for (const sentence of sentences) {
    if (!sentence.includes('如下')) continue;
    const put = REPORT_ITSELF_PUT.exec(sentence);
    if (put !== null && namesOnlyYear(put[0], year))
      return { first: shownOf(sentence.slice(put.index)), said: [], opens: false };
  }
  return null;
}

/**
 * Since a fix of stop 68 after the measure of 2801–2845: this year's work published to the public under
 * the heading, a preface printed before it (`现向社会公开开阳县南江乡2024年度政府信息公开工作情况,主要情况
 * 汇报如下:`, real: 2826 开阳县南江乡 2024, whose preface says `现公布南江乡人民政府2024年政府信息公开工作年度
 * 报告`): the preface's act, publishing the year's report, said again. Only 公开, 公布 or 发布 right after
 * `现` (or `现向社会`), this year's 政府信息公开工作 named (its 情况 or its report) within the same clause: not
 * `现将…工作(情况)报告如下`, the corpus's usual lead-in to the items (stop 49, 根德乡 2023, nothing published).
 * Only when the preface itself put the report forward (`PRESENTS_REPORT`, as `prefaceAgain` asks): a
 * preface that only says the report drawn up (`本年度报告根据…由滨江区民政局编制`) leaves the one publishing
 * sentence under the heading (`现公布本机关2022年度政府信息公开工作年度报告。`, real: 1411 滨江区民政局 2022,
 * its gatherer's `只一句，不计`; 1681 济南市市中区农业农村局 2024 the same, left missed at stop 48).
 */
const WORK_PUBLISHED_AGAIN =
  /现(?:向社会)?(?:公开|公布|发布)[^。，,；;]{0,30}?\d{4}年度?[^。，,；;\d]{0,10}?(?:政府信息公开|政务公开|信息公开)工作(?:情况|年度报告|报告)/;

/** The opening's sentence publishing this year's work again, a preface before the heading. */
function workPublishedUnderHeading(
  sentences: readonly string[],
  year: number | null,
  before: string,
): { readonly first: string; readonly said: readonly string[]; readonly opens: boolean } | null {
  for (const sentence of sentences) {
    if (!sentence.includes('现')) continue;
    const put = WORK_PUBLISHED_AGAIN.exec(sentence);
    if (put !== null && namesOnlyYear(put[0], year))
      // The preface read last: most openings publish nothing.
      return PRESENTS_REPORT.test(before)
        ? { first: shownOf(sentence.slice(put.index)), said: [], opens: false }
        : null;
  }
  return null;
}

/**
 * Since a fix of stop 66 after the measure of 2711–2755: the overview's first paragraph copying the
 * preface's basis, two of the titles it cites at least, and closing on the year's work put forward
 * (`厦门市思明区文化和旅游局认真贯彻实施《…条例》(国务院令第711号)、《…格式的通知》,并根据思明区政府办公室《关于编制公布
 * 2024年…有关事项的通知》要求,…,现将落实情况报告如下:`, real: 2754 厦门市思明区文化和旅游局 2024, a preface
 * printed before the heading; 1587 晋江市审计局 2025 the same): a second preface under the heading, as
 * 2592 and 2710 are read. Not `现将…情况报告如下` after the year's work alone, citing no title of the
 * preface (the corpus's usual lead-in to the items, stop 49: 根德乡 2023 and others).
 */
const WORK_REPORTED_FORWARD = /现(?:将|把)[^。]{0,30}?(?:报告|汇报)如下/;
const CITED_TITLE = /《[^《》]{4,}》/g;
/** How many of the preface's cited titles the paragraph must repeat to be read as its copy. */
const BASIS_TITLES_COPIED = 2;

function basisCopiedPutForward(
  overview: string,
  before: string,
): { readonly first: string; readonly said: readonly string[]; readonly opens: boolean } | null {
  if (!overview.includes('如下')) return null;
  const line = linesOf(overview).find((l) => l.trim() !== '');
  if (line === undefined || SUB_ITEM_LINE.test(line)) return null;
  const first = compactUncached(line).trim();
  const sentences = sentencesOf(first);
  const last = sentences[sentences.length - 1] ?? '';
  const put = WORK_REPORTED_FORWARD.exec(last);
  if (put === null) return null;
  const copied = new Set(
    [...first.matchAll(CITED_TITLE)].map((m) => m[0]).filter((t) => before.includes(t)),
  );
  if (copied.size < BASIS_TITLES_COPIED) return null;
  return { first: shownOf(last.slice(put.index)), said: ['编制依据'], opens: false };
}

/**
 * The preface (basis, statistics period, parts, contact) written under `一、总体情况` instead of
 * before it, no preface before the heading (real: 吉格斯太镇 2024, 嵊泗县发改局 2020, 渔洋镇 2022): its
 * opening lines, up to the first sub-item, hold a sentence presenting the report and say one more
 * thing of a preface, or present this year's report itself (`presentsThisReport`), first or after a
 * paragraph of the year's work (`…现将本街道2021年政府信息公开工作年度报告编制如下`, real: 吴淞街道
 * 2021; `根据《条例》规定,现编制2021年政府信息公开工作年度报告,报告全文在…公布`, the second
 * paragraph, real: 威远县乡村振兴局 2021). Not an overview opening with the year's work (`2021年,我局认真
 * 贯彻落实《条例》…`, real: 东湖风景区市场监管局 2021), nor a preface printed before the heading and a
 * period said again under it (real: 扎格斯台苏木 2023). With no preface before the heading, the
 * report's statistics period said alone is enough (`reportPeriodUnderHeading`, real: 集贤里街道 2023).
 */
export function prefaceUnderHeading(
  report: Report,
  overviewId: SectionId,
): {
  readonly first: string;
  readonly said: readonly string[];
  readonly opens: boolean;
  readonly again?: true;
  readonly heading?: string;
} | null {
  if (report.source?.headings?.[overviewId] === undefined)
    return prefaceUnderItemHeading(report, overviewId);
  const before = compactUncached(report.meta.preface ?? '');
  const opening: string[] = [];
  for (const line of linesOf(report.narrative[overviewId] ?? '')) {
    if (line.trim() === '') continue;
    if (SUB_ITEM_LINE.test(line) || opening.length >= PREFACE_LINES) break;
    opening.push(compactUncached(line).trim());
  }
  const text = opening.join('');
  const sentences = opening.flatMap(sentencesOf);
  if (PREFACE_BASIS.test(before) || PREFACE_REST.some((p) => p.re.test(before)))
    return (
      prefaceAgain(report, overviewId, before) ??
      partsUnderHeading(sentences, text) ??
      workPutForwardUnderHeading(report.narrative[overviewId] ?? '') ??
      reportPutForwardUnderHeading(sentences, report.meta.year) ??
      basisCopiedPutForward(report.narrative[overviewId] ?? '', before) ??
      periodMovedUnderHeading(sentences, before) ??
      workPublishedUnderHeading(sentences, report.meta.year, before)
    );
  const said = PREFACE_REST.filter((p) => p.re.test(text)).map((p) => p.said);
  const presenting = sentences.find(
    (sentence) =>
      (said.length > 0 && PREFACE_BASIS.test(sentence)) ||
      presentsThisReport(sentence, report.meta.year),
  );
  if (presenting === undefined)
    return (
      reportPeriodUnderHeading(sentences) ??
      partsUnderHeading(sentences, text) ??
      contactUnderHeading(report.narrative[overviewId] ?? '') ??
      workPutForwardUnderHeading(report.narrative[overviewId] ?? '')
    );
  // Its first words; from `现` when the sentence opens with the year's work.
  const put = PREFACE_BASIS.test(presenting) ? null : PRESENTS_REPORT.exec(presenting);
  const from = put ? presenting.slice(put.index) : presenting;
  return {
    first: shownOf(from),
    said: put ? said : ['编制依据', ...said],
    opens: sentences.indexOf(presenting) === 0 && from === presenting,
  };
}

/**
 * Since a fix of stop 65 after the measure of 2666–2710: no heading of the format read, the overview's
 * heading numbered as an item, the text's first line (`(一)总体情况`, then `…认真开展政府信息公开各项工作。
 * 本报告中所列数据的统计期限自2021年1月1日至2021年12月31日止。`, real: 2689 海口市龙华区司法局 2021, no preface):
 * what is under it read as under `一、总体情况` (`BRACKETED_OVERVIEW_FIRST`, the parts so numbered). Never
 * said to open the overview (`opens`): its first line is that heading, not a preface to lift out.
 */
function prefaceUnderItemHeading(
  report: Report,
  overviewId: SectionId,
): ReturnType<typeof prefaceUnderHeading> {
  const text = (report.narrative[overviewId] ?? '').trimStart();
  const item = BRACKETED_OVERVIEW_FIRST.exec(text);
  if (item === null) return workSummedUnderBareHeading(report.meta.preface ?? '');
  const heading = item[0].trim();
  const under = prefaceUnderHeading(
    {
      ...report,
      narrative: { ...report.narrative, [overviewId]: text.slice(item[0].length) },
      source: { ...report.source, headings: { ...report.source?.headings, [overviewId]: heading } },
    },
    overviewId,
  );
  return under === null ? null : { ...under, opens: false, heading };
}

/**
 * Since a fix of stop 65 after the measure of 2666–2710: no heading of the format read, the overview's
 * heading a bare line the import keeps in the preface (`概述`, then `2019年,四平市铁东区残联认真贯彻落实…取得了
 * 良好成效。现将具体工作情况总结如下。`, real: 2666 四平市铁东区残联 2019): the year's work summed up under it
 * (`workPutForwardUnderHeading`), as under `一、总体情况`. Only that 总结: a bare `概述` heading a real preface
 * (`概述` / `本年度报告根据…编制`, real: 103 六盘水市公安局 2020) is the preface's own title.
 */
const BARE_OVERVIEW_LINE = /^[ \t\u3000]*(?:概述|总体情况|概况)[ \t\u3000]*$/;
function workSummedUnderBareHeading(preface: string): ReturnType<typeof prefaceUnderHeading> {
  if (!preface.includes('如下') && !preface.includes('进行总结')) return null;
  const lines = linesOf(preface);
  const at = lines.findIndex((line) => BARE_OVERVIEW_LINE.test(line));
  if (at < 0) return null;
  const put = workPutForwardUnderHeading(lines.slice(at + 1).join('\n'));
  return put === null ? null : { ...put, heading: (lines[at] ?? '').trim() };
}

/** A sentence opening with the report's basis (`根据《…条例》…的规定,`). */
const BASIS_FIRST = /^(?:根据|依据|按照)《/;

/**
 * Since a fix of stop 42 after the measure of 1334–1348: the preface printed before the heading, and
 * the overview's first paragraph a sentence of its own presenting the report again, its basis first
 * and this year's report named as drawn up (`根据《中华人民共和国政府信息公开条例》(国令第711号)和《…年度报告
 * 格式>的通知》(国办公开办函〔2021〕30号)的规定,编制天涯区政府2023年政府信息公开工作报告。`, real: 天涯区
 * 2023, its preface `本年报根据《…条例》编制,由…6部分组成,…`): a second preface under the heading, as
 * with no preface before it (`presentsThisReport`). The paragraph is that sentence alone (not the year's
 * work told after it), and names the report drawn up, not published (`编制`).
 */
function basisAgainAlone(paragraph: string, sentence: string, year: number | null): boolean {
  if (!BASIS_FIRST.test(sentence) || !sentence.includes('编制')) return false;
  if (paragraph.replace(/[。\s]+$/, '') !== sentence.trim()) return false;
  return presentsThisReport(sentence, year);
}

/** The length from which a preface's sentence found again under the heading is read as a copy. */
const PREFACE_COPY_MIN = 20;

/**
 * Since a fix of stop 35 after the measure of 674–718: the preface printed before the heading and
 * again as the overview's first paragraph (`根据《中华人民共和国政府信息公开条例》…要求,现将2020年白石镇
 * 政府信息公开年度报告向社会公布。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。`, real:
 * 汶上县白石镇 2020): the first paragraph under the heading opens with a sentence giving the basis
 * and presenting this year's report (`presentsThisReport`), and says the statistics period, the
 * parts or where to ask. Not a period said again alone (real: 扎格斯台苏木 2023), nor the year's work
 * told under the regulation (no report presented).
 */
function prefaceAgain(
  report: Report,
  overviewId: SectionId,
  before: string,
): {
  readonly first: string;
  readonly said: readonly string[];
  readonly opens: true;
  readonly again: true;
} | null {
  const line = linesOf(report.narrative[overviewId] ?? '').find((l) => l.trim() !== '');
  if (line === undefined || SUB_ITEM_LINE.test(line)) return null;
  const first = compactUncached(line).trim();
  const sentence = sentencesOf(first)[0] ?? '';
  if (!PREFACE_BASIS.test(sentence)) return null;
  const rest = first.slice(sentence.length);
  const said = PREFACE_REST.filter((p) => p.re.test(rest)).map((p) => p.said);
  if (said.length === 0)
    return basisAgainAlone(first, sentence, report.meta.year)
      ? {
          first: shownOf(sentence),
          said: ['编制依据'],
          opens: true,
          again: true,
        }
      : null;
  // Since a fix of stop 41 after the measure of 1289–1318: or the preface's own first sentence,
  // word for word, printed again under the heading (`根据《…条例》…和《…年度报告格式》要求编制本报告。本报告由
  // 总体情况…六部分组成。报告中所列数据统计期限为…`, real: 清水县白驼镇 2025; `本年度报告依据《…条例》及省、市、
  // 区相关规范性文件要求编制,…数据统计周期为2025年1月1日至12月31日。`, real: 连云区教育局 2025, the page's
  // 内容概述 the same words): the copy is the preface, whatever its words present.
  const copied = sentence.length >= PREFACE_COPY_MIN && before.includes(sentence);
  if (!copied && (!presentsThisReport(sentence, report.meta.year) || !PRESENTS_REPORT.test(before)))
    return null;
  return {
    first: shownOf(sentence),
    said: ['编制依据', ...said],
    opens: true,
    again: true,
  };
}

/**
 * Since a fix of stop 53 after the measure of 2081–2125: a text the import took by its title alone, no
 * heading of the format and no table found in it (`source.headings` unset), laid out in parts of its
 * own (`一、加强组织领导,建立健全工作机制。一是…`, real: 南昌市东湖公安分局 2020, a work summary under the
 * report's title): the first part's heading is not `一、总体情况`. Only a part numbered `一、` at a line's
 * start that is none of the format's headings (a report typed in the form has no source, and a text
 * with any format heading or table read is told heading by heading below).
 */
const OWN_FIRST_PART = /^[ \t\u3000]*一、([^\n。；;]{2,30})/m;
function ownPartsWithoutHeadings(
  report: Report,
  sections: readonly SectionTemplate[],
): Finding | null {
  // Called only when no heading was read; a report typed in the form has no source at all.
  // Since a fix of stop 62 after the measure of 2531–2575: nor has a pasted text the import found
  // nothing of note in (real: 天门市公安局 2020, `一、政府信息公开2020年工作要点落实情况` under its preface):
  // read then where the overview is empty, the text's own parts in the preface (a form fills 总体情况).
  if (
    report.source === undefined &&
    (report.narrative[sections[0]?.id ?? 'overview'] ?? '').trim() !== ''
  )
    return null;
  if (anyCell(report.cells)) return null;
  const m = OWN_FIRST_PART.exec(report.meta.preface ?? '');
  const overview = sections[0];
  if (m === null || overview === undefined) return null;
  const words = compactUncached(m[1] ?? '');
  if (
    sections.some((s) =>
      words.startsWith(compactUncached(s.heading).replace(/^[一二三四五六]、/, '')),
    )
  )
    return null;
  return {
    target: overview.id,
    section: overview.id,
    fields: ['meta.preface'],
    message: `正文没有“${overview.heading}”等规定的部分标题，第一部分标题是“一、${shownOf(words)}”：年度报告应按规定的六个部分编排（首先是“${overview.heading}”），不能按工作总结的体例自拟标题，请改正`,
  };
}

/**
 * Since a fix of stop 61 after the measure of 2486–2530: with no heading of the format read, the later
 * parts the text numbers itself, each on a line of its own under the overview (`二、政府信息公开做法`, `三、存在
 * 问题和改进措施`, real: 2516 丰润区交通运输局 2019, the old structure of a work summary): each is told at its
 * place in the format (二 the proactive part, 三 the requests'), as its heading is not the format's. Only
 * a heading line (no sentence's mark, a few words), numbered 二 to 六, without the word its place's part
 * keeps (`PART_WORD`: `二、主动公开情况` is the proactive part's heading in other words, told elsewhere).
 */
const OWN_LATER_PART = /^[ \t\u3000]*([二三四五六])、([^\n。；;：:，,]{2,20})[ \t\u3000]*$/gm;
const PART_NUMERALS = '一二三四五六';
/** A word a part's own heading at that place keeps of the format's (`二、主动公开情况`, `五、存在的问题`). */
const PART_WORD: Readonly<Partial<Record<SectionId, RegExp>>> = {
  proactive: /主动公开/,
  applications: /申请/,
  reviewLitigation: /复议|诉讼/,
  problems: /问题|不足/,
  other: /其他|其它|事项/,
};
/**
 * Since a fix of stop 65 after the measure of 2666–2710: the six parts numbered as items, the text's first
 * line the overview's heading so numbered (`(一)总体情况`, then `(二)政府信息公开情况`, `(三)、申请行政复议和提起
 * 行政诉讼情况`, `(四)、政府信息公开的收费及减免情况`, real: 2689 海口市龙华区司法局 2021): the text's bracketed
 * headings are its parts', read as `二、…` is. Only with `(一)总体情况` first: elsewhere `(二)…` is an item.
 */
const BRACKETED_OVERVIEW_FIRST =
  /^[ \t\u3000]*[(（]一[)）]、?[ \t\u3000]*(?:总体情况|概述|概况)[ \t\u3000]*(?:\n|$)/;
const BRACKETED_LATER_PART =
  /^[ \t\u3000]*[(（]([二三四五六])[)）]、?([^\n。；;：:，,]{2,20})[ \t\u3000]*$/gm;
function ownLaterParts(
  report: Report,
  sections: readonly SectionTemplate[],
  text = report.narrative[sections[0]?.id ?? 'overview'] ?? '',
): Finding[] {
  const bracketed = BRACKETED_OVERVIEW_FIRST.test(text.trimStart());
  if (!bracketed && !text.includes('、')) return [];
  const found: Finding[] = [];
  const end = text.trimEnd().length;
  for (const m of matchesOf(bracketed ? BRACKETED_LATER_PART : OWN_LATER_PART, text)) {
    const section = sections[PART_NUMERALS.indexOf(m[1] ?? '')];
    const words = compactUncached(m[2] ?? '');
    if (section === undefined || found.some((f) => f.section === section.id)) continue;
    if (PART_WORD[section.id]?.test(words) === true) continue;
    // Since a fix of stop 63 after the measure of 2576–2620: not a heading the excerpt ends on, nothing
    // under it (`三、信息`, real: 昆明市晋宁区残疾人联合会 2020): its words may be cut.
    if (m.index + m[0].trimEnd().length >= end) continue;
    found.push({
      target: section.id,
      section: section.id,
      fields: [`narrative.${section.id}` as const],
      message: `第${m[1] ?? ''}部分的标题写作“${bracketed ? compactUncached(m[0]).trim() : `${m[1] ?? ''}、${shownOf(words)}`}”，不是规定的“${section.heading}”：年度报告应按规定的六个部分编排，不能沿用工作总结的体例自拟标题，请改正`,
    });
  }
  return found;
}

/**
 * Since a fix of stop 60 after the measure of 2441–2485: a stored page that begins at a later part's
 * heading (`三、收到和处理政府信息公开申请情况` its first line, real: 2466 伊敏苏木人民政府 2019, no title, no
 * preface): nothing at all was read before that heading (no preface, no text or table of an earlier
 * part), so the earlier parts are not in the excerpt, not missing from the report; their headings
 * are not asked for. The index of that first part, 0 when the text holds anything before it.
 */
function excerptStartsAt(
  report: Report,
  sections: readonly SectionTemplate[],
  written: Readonly<Partial<Record<SectionId, string>>>,
  tablesRead: ReadonlySet<string>,
): number {
  if ((report.meta.preface ?? '').trim() !== '') return 0;
  const first = sections.findIndex((s) => written[s.id] !== undefined);
  if (first <= 0) return 0;
  const earlierRead = sections
    .slice(0, first)
    .some(
      (s) =>
        (report.narrative[s.id] ?? '').trim() !== '' ||
        (s.table !== undefined &&
          (tablesRead.has(s.table) ||
            (report.source?.tablesWithoutValues ?? []).includes(s.table))),
    );
  return earlierRead ? 0 : first;
}

/**
 * Since a fix of stop 61 after the measure of 2486–2530: a text the import took with no heading and no
 * table at all (no source, or `source.headings` unset), whose preface runs on into the year's work,
 * items published counted (`本报告根据…编制,…如对本报告有疑问,请与…联系。` / `2021年,旗审计局严格按照…` / `2021年,在…主动公开
 * 政务信息21条`, real: 2498 鄂温克族自治旗审计局 2021): the overview is there without its heading, and
 * none of the six parts is headed. Only where the preface's first paragraph is a preface's (it names this
 * report, 本报告) and a later one counts items published.
 */
const REPORT_SPOKEN_OF = /本(?:年度)?报告/;
/**
 * Since a fix of stop 62 after the measure of 2531–2575: or the overview's own items, numbered each at a
 * line's start and named by its areas (`1.主动公开情况:…`, `2.依申请公开办理情况:…`, real: 卢氏县住房和城乡建设局
 * 2021, after a first paragraph of the year's work and no heading at all): two of them at least.
 */
const OVERVIEW_ITEM_LINE =
  /^[ \t\u3000]*(?:\d{1,2}[.．、]|[（(][一二三四五六\d][）)])[ \t\u3000]*(?:政府信息)?(?:主动公开|依申请公开|政府信息(?:公开)?管理|(?:政府信息)?公开平台建设|(?:公开)?监督保障)/;
const overviewItemLines = (lines: readonly string[]): number =>
  lines.filter((l) => OVERVIEW_ITEM_LINE.test(l)).length;
const ITEMS_PUBLISHED_COUNTED = /(?:公开|发布)[^。；;\n\d]{0,20}?\d+(?:余|多)?条/;
function workWithoutHeadings(report: Report, sections: readonly SectionTemplate[]): Finding | null {
  // Called only when no heading was read (`source.headings` unset): a pasted text with none (2498) or a
  // form, whose preface holding the year's work under its own name and counts is the same report.
  if (anyCell(report.cells)) return null;
  const overview = sections[0];
  if (overview === undefined || (report.narrative[overview.id] ?? '').trim() !== '') return null;
  const [first, ...rest] = linesOf(report.meta.preface ?? '').filter((l) => l.trim() !== '');
  if (first === undefined) return null;
  const counted =
    REPORT_SPOKEN_OF.test(first) &&
    rest.some((l) => ITEMS_PUBLISHED_COUNTED.test(compactUncached(l)));
  if (!counted && overviewItemLines(rest) < 2) return null;
  return {
    target: overview.id,
    section: overview.id,
    fields: ['meta.preface'],
    // Worded for both ways in: a pasted page with no heading, and a form whose 总体情况 is left empty
    // while its preface holds the year's work (the form prints the headings itself).
    message: `序言之后直接写本年度的工作，“${overview.heading}”却是空的（没有规定的部分标题）：年度报告应按规定的六个部分编排，本年度的工作请写在“${overview.heading}”等部分之下`,
  };
}

/**
 * Since a fix of stop 69 after the measure of 2846–2890: no heading read, and a line of the text that
 * is the overview's heading numbered in figures (`  1. 总体情况`, real: 南漳县卫生健康局 2019, the page cut
 * inside its overview; also 西咸新区正阳街道 2023's `1、 总体情况`): the import reads headings numbered
 * 一 to 六 only (a `1.` line is an item's in most texts), so the text after it stays the preface's; the line
 * is the first part's heading, its numeral not the format's. Only the overview's words alone on the
 * line, numbered 1 (an item under a heading read, `1、概述` under `一、总体情况` in 王哥庄街道 2019, is not
 * asked: headings were read there).
 */
const OVERVIEW_IN_FIGURES =
  /^[ \t\u3000]*[1１][ \t\u3000]*[.．、][ \t\u3000]*(?:总体情况|概述|概况)[ \t\u3000]*$/;
function overviewHeadingInFigures(
  report: Report,
  sections: readonly SectionTemplate[],
): Finding | null {
  const overview = sections[0];
  if (overview === undefined || (report.narrative[overview.id] ?? '').trim() !== '') return null;
  const line = linesOf(report.meta.preface ?? '').find((l) => OVERVIEW_IN_FIGURES.test(l));
  if (line === undefined) return null;
  return {
    target: overview.id,
    section: overview.id,
    fields: ['meta.preface'],
    message: `第一部分的标题写作“${line.trim()}”，用的是阿拉伯数字序号：应为“${overview.heading}”，请按格式改正`,
  };
}

export const sectionHeadingCheck = defineCheck({
  id: 'section-heading-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '章节标题与规定不符',
  run({ template, report }) {
    const written = report.source?.headings;
    if (!written) {
      const parts = ownPartsWithoutHeadings(report, template.sections);
      // Since a fix of stop 63 after the measure of 2576–2620: the text's own parts told in the
      // preface, each later one is told at its place as under an overview (`一、信息公开机构建立情况` then
      // `二、信息公开措施落实情况`, real: 昆明市晋宁区残疾人联合会 2020), as `ownLaterParts` reads them there.
      if (parts !== null)
        return [
          parts,
          ...ownLaterParts(report, template.sections, report.meta.preface ?? '').filter(
            (f) => f.section !== parts.section,
          ),
        ];
      const own =
        workWithoutHeadings(report, template.sections) ??
        overviewHeadingInFigures(report, template.sections);
      return own ? [own] : [];
    }
    const sections = template.sections;
    // A section is there when its heading is, or its table's cells were read (a source may print
    // the tables with no heading before them).
    const tablesRead = tablesWithCells(template, report.cells);
    const printed = report.source?.tablesWithoutValues ?? [];
    let lastFound = -1;
    sections.forEach((s, i) => {
      if (
        written[s.id] !== undefined ||
        (s.table !== undefined && (tablesRead.has(s.table) || printed.includes(s.table)))
      )
        lastFound = i;
    });
    const found: Finding[] = [];
    // No heading printed at all before sections that are there: one finding naming them all
    // (real: 株洲市荷塘区桂花街道 2019, the preface, a paragraph, then 表二 and 表三).
    if (Object.keys(written).length === 0 && lastFound >= 0) {
      const missing = sections.slice(0, lastFound + 1);
      const first = missing[0];
      if (!first) return [];
      return [
        {
          target: first.id,
          section: first.id,
          fields: missing.map((s) => `narrative.${s.id}` as const),
          message: `正文没有任何部分标题，缺少${missing.map((s) => `「${s.heading}」`).join('')}：年度报告应依次有一至六共六个标题，表格也应在各自的标题下`,
        },
      ];
    }
    const additions: Addition[] = [];
    const officials = officialOf(sections);
    // Later parts a stray heading was read as (`partNamedBy`), told once.
    const namedElsewhere = new Set<SectionId>();
    const stray = strayHeadings(sections, written, report.narrative);
    const nothingAfter = (id: SectionId): boolean => {
      const at = sections.findIndex((t) => t.id === id);
      return sections
        .slice(at)
        .every(
          (t, k) =>
            (report.narrative[t.id] ?? '').trim() === '' &&
            (k === 0 || written[t.id] === undefined) &&
            (t.table === undefined || !tablesRead.has(t.table)),
        );
    };
    // Later headings written as the official words without their numerals.
    const bareLater = sections.filter((t, k) => {
      const h = written[t.id];
      return k > 0 && h !== undefined && writtenKey(h) === officials[k]?.wording;
    }).length;
    const allBare = everyHeadingBare(report, sections, officials);
    const excerptStart = excerptStartsAt(report, sections, written, tablesRead);
    sections.forEach((s, i) => {
      if (i < excerptStart) return;
      const { official, wording, numeral } = officials[i] as OfficialHeading;
      const base = { target: s.id, section: s.id, fields: [`narrative.${s.id}` as const] };
      const w = written[s.id];
      if (w === undefined) {
        // The report's own heading in its place, in other words (the import read it as text).
        const own = stray.get(s.id);
        const ownKey = own ? headingKey(own.line).replace(NUMERAL, '') : '';
        // Cut inside it, as below (`五、存在的主` ending the text, real: 武昌区北银河 2022).
        if (own?.last && wording.startsWith(ownKey) && nothingAfter(s.id)) return;
        if (own !== undefined) {
          const named = partNamedBy(sections, s, ownKey, written, stray);
          if (named !== null) {
            if (!namedElsewhere.has(named.id))
              found.push({
                target: named.id,
                section: named.id,
                fields: [`narrative.${named.id}` as const],
                message: `标题「${own.line}」的序号和名称都不对：写的是「${named.heading}」这一部分，应为「${named.heading}」，请按格式改正`,
              });
            namedElsewhere.add(named.id);
            // This part's own heading is then missing: the later part's stands in its place.
            found.push({
              ...base,
              message: `缺少标题「${s.heading}」：在它的位置上的「${own.line}」是「${named.heading}」这一部分的标题，年度报告应依次有一至六共六个标题`,
            });
            return;
          }
          found.push({
            ...base,
            message: `标题「${own.line}」与规定的「${s.heading}」不一致，请按格式改为「${s.heading}」`,
          });
          return;
        }
        // A text that ends early (or lacks its last sections) is incomplete, said elsewhere;
        // a heading missing before one that is present is a heading left out or misplaced; so is
        // the overview's when its text was read without it (real: 高楼乡 2023, the preface then
        // `(一)主动公开情况`).
        const lostNumeral = numeralLostLine(sections, report.narrative, wording);
        if (lostNumeral !== null) {
          found.push({
            ...base,
            message: `标题「${lostNumeral}」丢了序号“${numeral}”：应为「${s.heading}」，请补上`,
          });
          return;
        }
        const readWithout = s.id === 'overview' && (report.narrative.overview ?? '') !== '';
        if (i > lastFound && !readWithout) return;
        const misplaced = sections.find((t) =>
          (report.narrative[t.id] ?? '')
            .split('\n')
            .some((line) => headingKey(line).replace(NUMERAL, '') === wording),
        );
        found.push({
          ...base,
          message: misplaced
            ? `标题「${s.heading}」出现在「${misplaced.heading}」一节中，顺序不对：六个标题应按一至六的顺序排列`
            : `缺少标题「${s.heading}」：年度报告应依次有一至六共六个标题`,
        });
        return;
      }
      const key = writtenKey(w);
      // The same part's heading again under it, with the same numeral (`一、总体情况`, the preface,
      // then `一、概述`, real: 铺前镇 2020, the old regulation's wording kept below the new).
      const twice = headingAgain(key, s, report.narrative[s.id] ?? '');
      if (twice !== null) {
        found.push({
          ...base,
          message: `标题「${w.trim()}」之下又有一个「${twice}」：第${numeral}部分的标题写了两次，序号“${NUMERAL.exec(headingKey(twice))?.[1] ?? ''}、”重复${headingKey(twice).replace(NUMERAL, '') === wording ? '' : `，「${twice}」不是规定的写法`}，请只保留「${s.heading}」`,
        });
        return;
      }
      if (key === official) return;
      // A colon closing the heading (`一、总体情况:`, real: 姜堰区梁徐街道 2022) introduces its text:
      // the official words whole, nothing to correct.
      if (key.replace(TRAILING_COLON, '') === official) return;
      // Word's list numbering may supply `一、`: the wording alone is then all there is to read,
      // unless it is the first heading and the report numbers its others in the text, or it is the
      // only heading read (`总体情况` alone on a line above the preface, real: 昌荣镇 2025), or
      // later headings are bare, more than one, while the first heading read carries its numeral in
      // the text (real: 碑林区投资合作局 2024, `一、总体情况` then `主动公开政府信息情况` and `收到和
      // 处理政府信息公开申请情况`). One later heading bare among numbered ones may be Word's
      // numbering of that paragraph alone (the fixture `…numbered by Word`, `其他需要报告的事项`).
      if (key === wording) {
        const others = Object.entries(written).filter(([id]) => id !== s.id);
        const numbered =
          i === 0 && others.every(([, h]) => h !== undefined && NUMERAL.test(writtenKey(h)));
        const firstRead = sections.find((t) => written[t.id] !== undefined);
        const firstWritten = firstRead ? written[firstRead.id] : undefined;
        const afterNumbered =
          i > 0 &&
          bareLater > 1 &&
          firstRead !== undefined &&
          firstRead.id !== s.id &&
          firstWritten !== undefined &&
          NUMERAL.test(writtenKey(firstWritten));
        if (allBare !== null) {
          if (s.id === allBare.first.id)
            found.push({
              ...base,
              message: `部分标题${allBare.bare.map((t) => `「${written[t.id]?.trim() ?? ''}」`).join('')}都没有序号：应为${allBare.bare.map((t) => `「${t.heading}」`).join('')}，请补上“一、”“二、”等序号`,
            });
        } else if (numbered)
          found.push({
            ...base,
            message: `标题「${w.trim()}」缺序号“${numeral}、”：${others.length > 0 ? '其他标题都有序号，' : ''}应为「${s.heading}」`,
          });
        else if (afterNumbered)
          found.push({
            ...base,
            message: `标题「${w.trim()}」缺序号“${numeral}、”：第一个标题「${firstWritten.trim()}」有序号，应为「${s.heading}」`,
          });
        return;
      }
      if (key === `${numeral}${wording}`) {
        found.push({
          ...base,
          message: `标题「${w}」的序号后缺“、”，请按格式改为「${s.heading}」`,
        });
        return;
      }
      // A dash typed for `一` (`—、总体情况`, real: 同心县自然资源局 2021).
      const dash = DASH_NUMERAL.exec(key);
      if (dash && numeral === '一' && key.slice(dash[0].length) === wording) {
        found.push({
          ...base,
          message: `标题「${w.trim()}」的序号“${dash[0].slice(0, 1)}”是破折号，应为“一”：请按格式改为「${s.heading}」`,
        });
        return;
      }
      // The text ends inside the heading (a store's excerpt cut: `二、主动公开` as its last line,
      // real: 剑阁县公兴镇 2023): a beginning of the official heading with nothing read after it.
      // Not the official words whole but their last, 情况 (`三、收到和处理政府信息公开申请` above the
      // table, real: 临潼区渭北新城 2025, its excerpt ending in 表三's header): a heading written
      // short, not a line cut (the corpus's cut headings stop inside a word: `二、主动公开`). A part
      // with no table is different: nothing can have followed its heading unread, so a heading
      // short of 情况 with nothing after it ends the text (`五、存在的主要问题及改进` as an excerpt's
      // last line, real: 白云区档案局 2023). So is a table's part whose heading is the source's last
      // line (`三、收到和处理政府信息公开申请` ending the excerpt, real: 云湖桥镇 2023): 渭北新城's table
      // header followed its heading.
      const bare = key.replace(NUMERAL, '');
      const lastWordDropped = wording.endsWith(LAST_WORD) && bare === wording.slice(0, -2);
      if (
        bare !== '' &&
        wording.startsWith(bare) &&
        (!lastWordDropped || s.table === undefined || report.source?.endsAtHeading === s.id) &&
        nothingAfter(s.id)
      )
        return;
      const writtenNumeral = NUMERAL.exec(key)?.[1];
      // The official words all there, others added (`一、2023年政务公开总体情况`): say which.
      const added = insertedWords(key.replace(NUMERAL, ''), wording);
      if (added?.length === 1 && (writtenNumeral ?? numeral) === numeral) {
        additions.push({ section: s, written: w, added: added[0] ?? '', at: found.length });
      }
      found.push({
        ...base,
        message:
          writtenNumeral && writtenNumeral !== numeral && key.replace(NUMERAL, '') === wording
            ? `标题「${w}」的序号应为“${numeral}、”：这是第${numeral}部分「${s.heading}」`
            : lastWordDropped && (writtenNumeral ?? numeral) === numeral
              ? `标题「${w.trim()}」缺末尾的“${LAST_WORD}”二字，请按格式改为「${s.heading}」`
              : added && (writtenNumeral ?? numeral) === numeral
                ? `标题「${w}」在规定的「${s.heading}」中加了${added.map((a) => `“${a}”`).join('、')}，请按格式改为「${s.heading}」`
                : `标题「${w}」与规定的「${s.heading}」不一致，请按格式改为「${s.heading}」`,
      });
    });
    const overviewAt = sections.findIndex((t) => t.areas !== undefined);
    const overview = sections[overviewAt];
    const preface = overview ? prefaceUnderHeading(report, overview.id) : null;
    if (overview && preface !== null) {
      const what = `（“${preface.first}”${preface.said.length > 0 ? `，${preface.said.join('、')}` : ''}）`;
      const heading = preface.heading ?? written[overview.id]?.trim() ?? '';
      const said = preface.again
        ? `「${heading}」标题之下第一段又把标题前的序言写了一遍${what}：序言只写在「${overview.heading}」之前，标题之下写总体情况，请删去重复的一段`
        : `「${heading}」标题之下${preface.opens ? '先写的是序言' : '写了序言的话'}${what}：序言应写在「${overview.heading}」之前，标题之下写总体情况`;
      const at = found.findIndex((f) => f.target === overview.id);
      const same = found[at];
      if (same) found[at] = { ...same, message: `${same.message}；${said}` };
      else
        found.push({
          target: overview.id,
          section: overview.id,
          fields: [`narrative.${overview.id}` as const],
          message: said,
        });
    }
    if (Object.keys(written).length === 0)
      found.push(
        ...ownLaterParts(report, sections).filter(
          (f) => !found.some((g) => g.section === f.section),
        ),
      );
    return sameAdditionOnce(found, additions);
  },
});

interface Addition {
  readonly section: { readonly heading: string };
  readonly written: string;
  readonly added: string;
  /** Its finding's index. */
  readonly at: number;
}

/**
 * The same words added to several headings (`二、主动公开政府信息情况（有关情况附表）`, and 三 and 四
 * alike, real: 平潭综合实验区金井片区管理局 2020) are one habit to correct: one finding, on the first.
 */
function sameAdditionOnce(found: Finding[], additions: readonly Addition[]): Finding[] {
  const byWords = new Map<string, Addition[]>();
  for (const a of additions) byWords.set(a.added, [...(byWords.get(a.added) ?? []), a]);
  const dropped = new Set<number>();
  for (const [words, group] of byWords) {
    const [first, ...rest] = group;
    if (!first || rest.length === 0) continue;
    for (const a of rest) dropped.add(a.at);
    found[first.at] = {
      ...(found[first.at] as Finding),
      message: `${group.map((a) => `「${a.written}」`).join('')}这${'零一两三四五六'[group.length] ?? group.length}个标题都在规定的标题中加了“${words}”，请按格式删去`,
    };
  }
  return found.filter((_, i) => !dropped.has(i));
}

/**
 * Characters a copy cannot lose without leaving half a word: all of the overview's areas' except
 * `依` (a word of its own: `申请公开` is a short form of `依申请公开`, not a slip).
 */
const WORDS_OF_ONE = new Set(['依']);
/** A line-start sub-heading's words: after `（四）`, up to the first stop, without `情况` and the like. */
const SUB_HEADING_LINE =
  /^[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)]\s*([^。；;：:，,\n]{2,30})/gm;

/** A line short enough to be a sub-heading, no stop in it. */
const SHORT_LINE = /^[^。；;，,：:\n]{2,16}$/;

/**
 * A closing bracket that closes nothing of its line, right before one of the areas (`)依申请公开通过
 * 镇、村、社区公示栏…`, real: 兴国镇 2025, the line joined to the one before it on import): a
 * sub-heading whose `（二` was lost.
 */
/** The area a line opens with, one of its characters lost (`政信息管理` for 政府信息管理), if any. */
function oneLostAreaOpening(
  after: string,
  oneLost: ReadonlyMap<string, string>,
): { written: string; area: string } | null {
  for (const [written, area] of oneLost)
    if (written.length >= 4 && after.startsWith(written)) return { written, area };
  return null;
}

function openerLost(
  text: string,
  areas: readonly string[],
  oneLost: ReadonlyMap<string, string>,
): { written: string; area: string; rest: string; short?: true } | null {
  for (const line of linesOf(text)) {
    let depth = 0;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i];
      if (ch === '（' || ch === '(') depth += 1;
      else if (ch === '）' || ch === ')') {
        if (depth > 0) {
          depth -= 1;
          continue;
        }
        // `三)政府信息管理情况`: its number kept, the half-bracketed sub-heading's own warning.
        if (/[一二三四五六七八九十]/.test(line[i - 1] ?? '')) continue;
        const after = line.slice(i + 1).trimStart();
        const area = areas.find((a) => after.startsWith(a));
        if (area !== undefined) return { written: `${ch}${area}`, area, rest: '' };
        // Since a fix of stop 50 after the measure of 1814–1858: at a line's start, the area with a
        // character of it lost as well (`)政信息管理情况。成立了…`, real: 黄石市自然资源和规划局 2021:
        // `(三` and 府 lost): the same sub-heading, two slips in it.
        const short = line.slice(0, i).trim() === '' ? oneLostAreaOpening(after, oneLost) : null;
        if (short !== null)
          return { written: `${ch}${short.written}`, area: short.area, rest: '', short: true };
        // Since a fix of stop 32 after the measure of 524–553: a whole line of a sub-heading after
        // the closer, naming an area after words of its own (`)积极做好主动公开`, real: 弋阳县 2021).
        if (line.slice(0, i).trim() === '' && SHORT_LINE.test(after)) {
          const named = areas.find((a) => after.includes(a));
          if (named !== undefined)
            return {
              written: `${ch}${after}`,
              area: named,
              rest: after.slice(0, after.indexOf(named)),
            };
        }
      }
    }
  }
  return null;
}

/** The area `written` is, one character of a two-character word lost (`府信息公开平台建设`). */
export function areaWithOneLost(written: string, areas: readonly string[]): string | null {
  return variantsOf(areas).oneLost.get(written) ?? null;
}

/**
 * The area `written` is, two of its two-character words next to each other swapped (`依公开申请` for
 * `依申请公开`, real: 榆中县经济和信息化委员会 2023): the same characters, out of order.
 */
export function areaWithWordsSwapped(written: string, areas: readonly string[]): string | null {
  return variantsOf(areas).swapped.get(written) ?? null;
}

/**
 * What a format's areas can be garbled into, worked out once per format (issue 17: the sub-headings
 * of every 总体情况 are looked up, not each area cut and joined again for each): each area with one
 * character lost, each area and its long forms with two words swapped (the first area in the
 * format's order kept where two give the same), and the first garbled sub-heading of a text.
 */
interface AreaVariants {
  readonly oneLost: ReadonlyMap<string, string>;
  readonly swapped: ReadonlyMap<string, string>;
  readonly garbled: (text: string) => GarbledSubheading | null;
}

const areaVariants = new WeakMap<readonly string[], AreaVariants>();

function variantsOf(areas: readonly string[]): AreaVariants {
  const known = areaVariants.get(areas);
  if (known) return known;
  const oneLost = new Map<string, string>();
  for (const area of areas)
    for (let i = 0; i < area.length; i++) {
      if (WORDS_OF_ONE.has(area[i] ?? '')) continue;
      const variant = area.slice(0, i) + area.slice(i + 1);
      if (!oneLost.has(variant)) oneLost.set(variant, area);
    }
  const swapped = new Map<string, string>();
  for (const area of [...areas, ...areas.flatMap((a) => LONG_FORMS[a] ?? [])])
    for (let i = 0; i + 4 <= area.length; i++) {
      const first = area.slice(i, i + 2);
      const second = area.slice(i + 2, i + 4);
      if (WORKS.has(first) && WORKS.has(second)) continue;
      const variant = area.slice(0, i) + second + first + area.slice(i + 4);
      if (variant !== area && !swapped.has(variant)) swapped.set(variant, area);
    }
  const made: AreaVariants = {
    oneLost,
    swapped,
    garbled: memoByText((text) => firstGarbledSubheading(text, areas, made)),
  };
  areaVariants.set(areas, made);
  return made;
}

/**
 * Since a fix of stop 36 after the measure of 809–838: words that each name a work of their own
 * (`监督`, `保障`, `管理`): two of them side by side are coordinate (`监督保障`, 监督 and 保障), and
 * in the other order they say the same (`(三)保障监督情况`, real: 庐山市蛟塘镇 2022). A swap that
 * moves a word of another kind (`主动`, `平台`, `申请`: `依公开申请`, `建设平台`) garbles the area.
 */
const WORKS: ReadonlySet<string> = new Set([
  '监督',
  '保障',
  '管理',
  '服务',
  '指导',
  '协调',
  '考核',
  '检查',
  '评议',
  '维护',
]);

/**
 * Since a fix of stop 36 after the measure of 779–808: the areas on requests and on publishing
 * named with the information they are of, before or after (`主动公开政府信息`, `政府信息主动公开`,
 * as the corpus heads its items): two of their words swapped are garbled too (`(一)政府主动信息公开`,
 * real: 湖南省生态环境厅 2024, for `政府信息主动公开`).
 */
const LONG_FORMS: Readonly<Record<string, readonly string[]>> = {
  主动公开: ['政府信息主动公开', '主动公开政府信息'],
  依申请公开: ['政府信息依申请公开', '依申请公开政府信息'],
};

/** The format's 总体情况 (the section with areas) and the report's text of it. */
function overviewOf(
  template: FormatTemplate,
  report: Report,
): { overview: SectionTemplate | undefined; text: string } {
  const overview = template.sections.find((s) => s.areas);
  return { overview, text: overview ? (report.narrative[overview.id] ?? '') : '' };
}

/** A garbled sub-heading of 总体情况: what is written, and how to write it. */
interface GarbledSubheading {
  /** The sub-heading as written (`（四）府信息公开平台建设情况`, `)依申请公开`). */
  readonly written: string;
  readonly message: string;
}

/**
 * The first sub-heading of 总体情况 `text` that is one of the format's `areas` garbled: its opening
 * `（N` lost, two words swapped, or a character lost. Also read by `phrase-garbled`, which then
 * leaves the same slip to this check (one finding per slip).
 */
export function garbledSubheadingIn(
  text: string,
  areas: readonly string[],
): GarbledSubheading | null {
  // Sub-headings numbered `㈡` only (real: 博尔塔拉蒙古自治州科学技术局 2024) have no bracket.
  if (!text.includes('）') && !text.includes(')') && !ENCLOSED_NUMBER.test(text)) return null;
  return variantsOf(areas).garbled(text);
}

function firstGarbledSubheading(
  text: string,
  areas: readonly string[],
  variants: AreaVariants,
): GarbledSubheading | null {
  const lost = openerLost(text, areas, variants.oneLost);
  if (lost)
    return {
      written: lost.written,
      message: `总体情况的小标题“${lost.written}”缺了开头的“（”和序号${lost.short ? `，“${lost.area}”也缺字` : ''}，应为“（${'一二三四五'[areas.indexOf(lost.area)] ?? ''}）${lost.rest === '' ? lost.area : lost.written.slice(1)}”，请核对（复制时丢了字符）`,
    };
  // An `exec` loop: `matchAll` copies the expression at every call (issue 17). Every match is
  // at least `（一）` long, and the loop starts from the text's start whatever an earlier call left.
  SUB_HEADING_LINE.lastIndex = 0;
  for (let m = SUB_HEADING_LINE.exec(text); m !== null; m = SUB_HEADING_LINE.exec(text)) {
    const written = (m[2] ?? '').trim().replace(/(?:情况|方面|工作)$/, '');
    // Since a fix of stop 38 after the measure of 1049–1078: the area's words swapped after a verb
    // heading the item (`(二)做好政府主动信息公开`, real: 湖南省生态环境厅 2023): the verb kept.
    const verb = LEADING_VERB.exec(written)?.[0] ?? '';
    const words = written.slice(verb.length);
    const swapped = variants.swapped.get(words) ?? null;
    const area = swapped ?? (verb === '' ? (variants.oneLost.get(words) ?? null) : null);
    // The text ends there (a store's excerpt cut: `(五)监督保`, real: 伊宁县 2023).
    if (area === null || text.slice(m.index + m[0].length).trim() === '') continue;
    const line = m[0].trim();
    const rightly = `（${m[1] ?? ''}）${verb}${area}${line.slice(line.indexOf(words) + words.length)}`;
    return {
      written: line,
      message:
        swapped !== null
          ? `总体情况的小标题“${line}”字序颠倒，应为“${rightly}”，请核对`
          : `总体情况的小标题“${line}”缺字，应为“${rightly}”，请核对（复制时丢了字符）`,
    };
  }
  return wordLostSubheading(text);
}

/** A verb heading an item before its area (`做好`, `认真做好`, `加强`): the area's words follow it. */
const LEADING_VERB =
  /^(?:认真|扎实|切实|持续|全面|积极|进一步)?(?:做好|做实|加强|推进|深化|强化|抓好|抓实|规范|落实|优化|提升|突出)/;

/**
 * Since a fix of stop 37 after the measure of 929–958: a sub-heading of 总体情况, at a line's start
 * or right after a stop (a text whose lines were joined: `。 (四)政府信息平台建设 2024年我乡…`, real:
 * 黄渡乡 2024), its words up to a stop or a space.
 */
const SUB_HEADING_WORDS =
  /(?:^|[。；;])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)][ \t\u3000]*([^。；;：:，,\s]{2,30})/gm;

/**
 * Since a fix of stop 37 after the measure of 929–958: an area's words in a sub-heading with a
 * two-character word of them lost, which leaves words no report heads an item with: `政府信息平台
 * 建设` (公开 lost, real: 海城市西四镇 2025, 合作市 2023, and eleven more of the corpus, decided at
 * stop 37: a heading short of characters), `规范依申请信息工作流程` (公开 lost, real: 扶风县 2022;
 * not `依申请信息公开`, the words in another order), `主动公开政府的情况` (信息 lost, real: 西平县
 * 焦庄乡 2019; the whole item's words, not `主动公开政府文件`). Not `政务信息公开平台建设` (a word
 * for another, not a character lost).
 */
const WORD_LOST: readonly {
  readonly lost: RegExp;
  readonly word: string;
  /** The lost word ends the item's words: what follows is rewritten (`的情况` as `情况`). */
  readonly whole?: true;
}[] = [
  { lost: /政府信息(?=平台建设)/, word: '公开' },
  { lost: /依申请(?=信息(?!公开))/, word: '公开' },
  { lost: /^(?:主动|依申请)公开政府(?=的?(?:情况|方面|工作)?$)/, word: '信息', whole: true },
  // Since a fix of stop 39 after the measure of 1109–1138: 信息 lost before the work done on the
  // requests (`(二)依申请公开政府办理情况`, real: 西平县某局 2021; the corpus's other items say
  // `依申请公开政府信息办理情况`).
  { lost: /^依申请公开政府(?=(?:办理|处理|答复)(?:情况|工作)?$)/, word: '信息' },
  // Since a fix of stop 59 after the measure of 2396–2440: 信息公开 lost between 政府 and the
  // platform (`(四)政府平台建设情况`, real: 广元市体育局 2024): no report heads the area so, the
  // platforms' word is 政府信息公开平台 or 政务平台.
  { lost: /^政府(?=平台建设(?:情况|方面|工作)?$)/, word: '信息公开' },
];
/** What may follow the item's words in its sub-heading, and a `的` before it, which 信息 left. */
const ITEM_END = /的?((?:情况|方面|工作)?)$/;

/** What each of `WORD_LOST` needs in the text: most texts have none of them (issue 17). */
const WORD_LOST_NEEDS = ['信息平台', '依申请信息', '公开政府', '政府平台'];

/**
 * Since a fix of stop 59 after the measure of 2396–2440: a sub-heading numbered by an enclosed
 * ideograph (`㈡依申请公开政府办理情况`, real: 博尔塔拉蒙古自治州科学技术局 2024): one character for `（二）`,
 * as Word's or a site's numbering prints it; its words are read as those after `（二）`.
 */
const ENCLOSED_NUMBER = /[㈠-㈩]/;
const SUB_HEADING_WORDS_ENCLOSED =
  /(?:^|[。；;])[ \t\u3000]*([㈠-㈩])[ \t\u3000]*([^。；;：:，,\s]{2,30})/gm;
const ENCLOSED_FIRST = 0x3220;

/** The sub-headings' numbers, words and lines as written, `（二）` and `㈡` alike. */
function subheadingsWithWords(
  text: string,
): { readonly number: string; readonly words: string; readonly written: string }[] {
  const found: { number: string; words: string; written: string }[] = [];
  const read = (re: RegExp, numberOf: (n: string) => string): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      found.push({ number: numberOf(m[1] ?? ''), words: m[2] ?? '', written: m[0] });
  };
  read(SUB_HEADING_WORDS, (n) => n);
  if (ENCLOSED_NUMBER.test(text))
    read(
      SUB_HEADING_WORDS_ENCLOSED,
      (n) => AREA_NUMBERS[(n.codePointAt(0) ?? ENCLOSED_FIRST) - ENCLOSED_FIRST] ?? '',
    );
  return found;
}

function wordLostSubheading(text: string): GarbledSubheading | null {
  if (!WORD_LOST_NEEDS.some((needed) => text.includes(needed))) return null;
  for (const m of subheadingsWithWords(text)) {
    const { words } = m;
    for (const { lost, word, whole } of WORD_LOST) {
      const hit = lost.exec(words);
      if (!hit) continue;
      const at = hit.index + hit[0].length;
      const right = whole
        ? `${hit[0]}${word}${ITEM_END.exec(words)?.[1] ?? ''}`
        : `${words.slice(0, at)}${word}${words.slice(at)}`;
      const line = m.written.replace(/^[。；;]?[ \t\u3000]*/, '');
      return {
        written: line,
        message: `总体情况的小标题“${line}”缺“${word}”${word.length === 4 ? '四' : '二'}字，应为“（${m.number}）${right}”，请核对（复制时丢了字符）`,
      };
    }
  }
  return null;
}

/**
 * Since a fix of stop 48 after the measure of 1724–1768 (helper f27): the area 政府信息管理 headed
 * with 政务 for 政府 (`(三)政务信息管理。完善信息发布…`, real: 金寨县医疗保障局 2024): the format's
 * area manages the government's information, 政务信息 is news of its affairs. Only the sub-heading
 * whose words are the area's alone (with `情况`, `方面` or `工作`); `(三)在政务信息管理方面` and
 * `规范政务信息管理` in a sentence are not read (`(四)政务信息公开平台建设`, a platform's other name,
 * stays silent as before).
 */
const AFFAIRS_FOR_GOVERNMENT =
  /(?:^|[。；;])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)][ \t\u3000]*政务信息管理(?:情况|方面|工作)?(?=[。；;：:\s]|$)/m;

function managementAsAffairsIn(text: string): GarbledSubheading | null {
  if (!text.includes('政务信息管理')) return null;
  const m = AFFAIRS_FOR_GOVERNMENT.exec(text);
  if (!m) return null;
  const line = m[0].replace(/^[。；;]?[ \t\u3000]*/, '');
  return {
    written: line,
    message: `总体情况的小标题“${line}”把“政府信息管理”写成了“政务信息管理”，应为“（${m[1] ?? ''}）政府信息管理”，请核对`,
  };
}

/**
 * Since a fix of stop 49 after the measure of 1769–1813: the area 政府信息管理 headed `信息公开管理`
 * (`(三)信息公开管理情况`, real: 阿尔山市林草局 2021): 政府 lost and the area's words turned into the
 * work's, `政府信息公开管理` (real: 梧州市财政局 2021, 惠南镇 2019) its full other name. The platform's
 * sub-heading short of 政府 beside it (`(四)信息公开平台建设情况`) is said with it; alone it is a usual
 * short form (real: 静海区政府办 2019, 神木市沙峁镇 2020, not written down), not read.
 */
const MANAGEMENT_WITHOUT_GOVERNMENT =
  /(?:^|[。；;])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)][ \t\u3000]*信息公开管理(?:情况|方面|工作)?(?=[。；;：:\s]|$)/m;
const PLATFORM_WITHOUT_GOVERNMENT =
  /(?:^|[。；;])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)][ \t\u3000]*信息公开平台建设(?:情况|方面|工作)?(?=[。；;：:\s]|$)/m;

function managementWithoutGovernmentIn(text: string): GarbledSubheading | null {
  if (!text.includes('信息公开管理')) return null;
  const m = MANAGEMENT_WITHOUT_GOVERNMENT.exec(text);
  if (!m) return null;
  const line = m[0].replace(/^[。；;]?[ \t\u3000]*/, '');
  const platform = PLATFORM_WITHOUT_GOVERNMENT.exec(text);
  const platformLine = platform ? platform[0].replace(/^[。；;]?[ \t\u3000]*/, '') : null;
  const also =
    platform && platformLine !== null
      ? `；“${platformLine}”也缺“政府”，应为“（${platform[1] ?? ''}）政府信息公开平台建设”`
      : '';
  return {
    written: line,
    message: `总体情况的小标题“${line}”缺“政府”，把“政府信息管理”写成了“信息公开管理”，应为“（${m[1] ?? ''}）政府信息管理”${also}，请按格式核对小标题`,
  };
}

/**
 * Since a fix of stop 53 after the measure of 2126–2170 (f54): a numbered sub-heading that is a date
 * clause ended by its full stop, where the area's name belongs (`(二)截止2021年12月31日。我乡未收到
 * 依申请公开事项`, real: 里田乡 2021): the heading's words lost, the first sentence's opening in their
 * place. Only `截止`/`截至` and a whole date right after the number, closed by `。`; a date inside an
 * item's words (`(二)依申请公开情况。截至12月31日…`) is not read.
 */
const DATE_FOR_SUBHEADING =
  /(?:^|[。；;])[ \t\u3000]*[（(]([一二三四五六七八九十])[）)][ \t\u3000]*(截[止至](?:\d{4}年)?\d{1,2}月\d{1,2}日)。/m;
const dateSubheadingIn = perText({ anyOf: '截', otherwise: null }, (text) =>
  DATE_FOR_SUBHEADING.exec(text),
);

function dateForSubheadingIn(text: string, areas: readonly string[]): GarbledSubheading | null {
  const m = dateSubheadingIn(text);
  if (!m) return null;
  const number = m[1] ?? '';
  const area = areas[AREA_NUMBERS.indexOf(number)];
  const line = `（${number}）${m[2] ?? ''}。`;
  return {
    written: line,
    message: `总体情况的小标题写成了日期“${line}”：小标题应写这一项的名称${area ? `（如“（${number}）${area}”）` : ''}，日期应写在正文里，请核对`,
  };
}

/**
 * Since a fix of stop 54 after the measure of 2171–2215: a numbered sub-heading whose words are one
 * area's name run straight into another's, no word or mark between (`(三)政府信息管理政府信息公开平台
 * 建设精心组织网络宣传…`, real: 台江区文化体育和旅游局 2023): two headings run together, the first area
 * left with no text of its own. Items joined by 及/和 (`(三)政府信息管理及平台建设`) are a heading of
 * both, not read.
 */
const AREA_WORDS =
  '(?:政府信息)?(?:主动公开|依申请公开|政府信息(?:公开)?管理|(?:政府信息公开)?平台建设|监督保障)';
const AREAS_RUN_TOGETHER = new RegExp(
  `(?:^|[。；;])[ \\t\\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)][ \\t\\u3000]*(${AREA_WORDS}(?:工作)?(?:情况|方面)?)[ \\t\\u3000]*(${AREA_WORDS})`,
  'm',
);
// Paragraph by paragraph (issue 17): the expression reads one line (`m`), from its start or a stop.
const areasRunTogetherIn = firstInParagraphs('开理设障', (text): GarbledSubheading | null => {
  if (!text.includes('）') && !text.includes(')')) return null;
  const m = AREAS_RUN_TOGETHER.exec(text);
  if (!m) return null;
  const [, number = '', first = '', second = ''] = m;
  return {
    written: `（${number}）${first}${second}`,
    message: `总体情况的小标题“（${number}）${first}${second}”把“${first}”和“${second}”两个小标题连写在一起，“${first}”一项没有内容：请分作两个小标题，并补写${first}的情况`,
  };
});

/**
 * Since a fix of stop 56 after the measure of 2261–2305 (helper f67): a numbered sub-heading closed
 * by a stray 强 after a word in 化 (`(三)公开渠道多样化强。为保障公众的知情权…`, real: 通城县北港镇
 * 2021): 强 after 多样化, 规范化… names nothing; `文化强省`, `现代化强国` go on with what is strong
 * (none of the corpus's closes a heading). Tried only where `化强` is written.
 */
const STRAY_AFTER_STATE =
  /(?:^|[。；;])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)][ \t\u3000]*([^。；;：:，,\s]{1,20}化)强(?=[。；;：:\s]|$)/m;

function strayAfterStateIn(text: string): GarbledSubheading | null {
  if (!text.includes('化强')) return null;
  const m = STRAY_AFTER_STATE.exec(text);
  if (!m) return null;
  const [, number = '', words = ''] = m;
  return {
    written: `（${number}）${words}强`,
    message: `总体情况的小标题“（${number}）${words}强”末尾的“强”不通（多字或缺字），应为“（${number}）${words}”或补全其后的词语，请核对`,
  };
}

/**
 * A numbered sub-heading's opening at a line's or a sentence's start, its number captured (`（三）`),
 * for the readings of a word in its words built from a table of words.
 */
const NUMBERED_SUBHEADING_OPENS = `(?:^|[。；;])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)][ \t\u3000]*`;
/**
 * Since a fix of stop 60 after the measure of 2441–2485: a numbered sub-heading of 总体情况 whose own
 * words hold a word well known to be miswritten by a look-alike (`(三)严把关健环节`, real: 2464 临汾市退役军人
 * 事务局 2020, 关键 written 关健): the item's name, what a reader sees first, with a wrong character. Only
 * miswritings that are no word nor part of one (`关健` is in no other text of the corpus); the
 * narrative's own miswritings are phrase-garbled's (`布署`, its MISWRITTEN).
 */
const SUBHEADING_MISWRITTEN: Readonly<Record<string, string>> = { 关健: '关键' };
const MISWRITTEN_SUBHEADING = new RegExp(
  `${NUMBERED_SUBHEADING_OPENS}([^。；;：:\n]{0,20}?(${Object.keys(SUBHEADING_MISWRITTEN).join('|')})[^。；;：:，,\n]{0,20})`,
  'm',
);
const miswrittenSubheadingIn = perText(
  { anyOf: '健', otherwise: null },
  (text): GarbledSubheading | null => {
    const m = MISWRITTEN_SUBHEADING.exec(text);
    if (!m) return null;
    const [, number = '', words = '', wrong = ''] = m;
    const right = SUBHEADING_MISWRITTEN[wrong] ?? '';
    return {
      written: `（${number}）${words}`,
      message: `总体情况的小标题“（${number}）${words}”中“${right}”误作“${wrong}”，应为“（${number}）${words.replace(wrong, right)}”，请改正`,
    };
  },
);

/**
 * Since a fix of stop 64 after the measure of 2621–2665: a numbered sub-heading of 总体情况 holding a
 * two-character word cut to its first character before its clause's end (`(二)健全规章制,加强信息管理`,
 * real: 五通桥区文体旅游局 2020, 规章制度 cut to 规章制): `规章制` is a word only with 度, 定, 订 or 发
 * after it (`规章制定`, `规章制发权`), never before a mark.
 */
const SUBHEADING_WORD_CUT: Readonly<Record<string, string>> = { 规章制: '规章制度' };
const CUT_SUBHEADING = new RegExp(
  `${NUMBERED_SUBHEADING_OPENS}([^。；;：:，,\n]{0,20}?(${Object.keys(SUBHEADING_WORD_CUT).join('|')}))(?=[，,、。；;\\s]|$)([^。；;：:\n]{0,20})`,
  'm',
);
const cutSubheadingIn = perText(
  { anyOf: '章', otherwise: null },
  (text): GarbledSubheading | null => {
    const m = CUT_SUBHEADING.exec(text);
    if (!m) return null;
    const [, number = '', words = '', cut = '', rest = ''] = m;
    const whole = SUBHEADING_WORD_CUT[cut] ?? '';
    return {
      written: `（${number}）${words}${rest}`,
      message: `总体情况的小标题“（${number}）${words}${rest}”中“${whole}”缺了“${whole.slice(cut.length)}”，应为“（${number}）${words.slice(0, -cut.length)}${whole}${rest}”，请核对（复制时丢了字符）`,
    };
  },
);

/**
 * Since a fix of stop 67 after the measure of 2756–2800 (fixer f113): the area's sub-heading at its
 * own number naming another work of the same shape:
 * - 政府信息管理 with 信息 turned into the website (`(三)政府网站管理方面。强化政府信息公开“三审三校”…`,
 *   real: 红桥区人民政府办公室 2024), while a later sub-heading heads the platforms (`(四)平台建设方面`): the
 *   site belongs to 平台建设, the item is the information's management. The corpus's other headings of
 *   the site (`(一)扎实做好网站维护管理`, `(五)加强政府网站建设管理`) are not `政府网站管理` at 管理's number.
 * - 政府信息公开平台建设 at its number heading the 12345 hotline's or the service hall's platform
 *   (`(四)12345政务服务平台建设情况`, then `…办理12345政务服务便民热线服务平台诉求件229件`, real: 明山区卫生
 *   健康局 2024): a platform of requests for services, not of disclosure. The corpus's other platform
 *   headings name the disclosure's (政务公开, 政府网站, 政务新媒体), and `(二)推进“互联网+政务服务”工作情况`
 *   is no platform's heading at 平台建设's number.
 */
const WEBSITE_FOR_INFORMATION = new RegExp(
  `${NUMBERED_SUBHEADING_OPENS}(政府(?:门户)?网站管理(?:情况|方面|工作)?)(?=[。；;：:\\s]|$)`,
  'm',
);
const PLATFORMS_HEADED = new RegExp(`${NUMBERED_SUBHEADING_OPENS}[^。；;\\n]{0,12}平台建设`, 'm');
const SERVICE_PLATFORM = new RegExp(
  `${NUMBERED_SUBHEADING_OPENS}((?:12345|政务服务|便民服务|便民热线)[^。；;：:，,\\s]{0,12}平台建设(?:情况|方面|工作)?)(?=[。；;：:\\s]|$)`,
  'm',
);
const MANAGEMENT_AREA = '政府信息管理';
const PLATFORM_AREA = '政府信息公开平台建设';

const otherManagedOrPlatformIn = (
  text: string,
  areas: readonly string[],
): GarbledSubheading | null =>
  websiteForInformationIn(text, areas) ?? servicePlatformIn(text, areas);

const websiteHeadingIn = perText({ anyOf: '站', otherwise: null }, (text) =>
  WEBSITE_FOR_INFORMATION.exec(text),
);

/** A sub-heading's number and words (groups 1 and 2) when the format's area at that number is `area`. */
function headingAtArea(
  m: RegExpExecArray | null,
  areas: readonly string[],
  area: string,
): { number: string; words: string; end: number } | null {
  if (!m) return null;
  const [, number = '', words = ''] = m;
  if (areas[AREA_NUMBERS.indexOf(number)] !== area) return null;
  return { number, words, end: m.index + m[0].length };
}

function websiteForInformationIn(text: string, areas: readonly string[]): GarbledSubheading | null {
  const heading = headingAtArea(websiteHeadingIn(text), areas, MANAGEMENT_AREA);
  if (!heading || !PLATFORMS_HEADED.test(text.slice(heading.end))) return null;
  const { number, words } = heading;
  return {
    written: `（${number}）${words}`,
    message: `总体情况的小标题“（${number}）${words}”把“${MANAGEMENT_AREA}”写成了“政府网站管理”：这一项应为“（${number}）${MANAGEMENT_AREA}”，网站属于其后的平台建设，请按格式核对小标题`,
  };
}

const servicePlatformHeadingIn = perText({ anyOf: '台', otherwise: null }, (text) =>
  SERVICE_PLATFORM.exec(text),
);

function servicePlatformIn(text: string, areas: readonly string[]): GarbledSubheading | null {
  const heading = headingAtArea(servicePlatformHeadingIn(text), areas, PLATFORM_AREA);
  if (!heading) return null;
  const { number, words } = heading;
  return {
    written: `（${number}）${words}`,
    message: `总体情况的小标题“（${number}）${words}”写的是政务服务（办事、热线诉求）的平台，不是格式规定的“（${number}）${PLATFORM_AREA}”：这一项应写政府信息公开平台（政府网站、政务新媒体等）的建设，请核对小标题和其下的内容`,
  };
}

/**
 * A sub-heading of 总体情况 that is one of its official areas with a character lost (SPEC §4.5's
 * own example, `（四）府信息公开平台建设情况`, real: 咸宁市政数局 2025). Not an area named in other
 * words (`(四)政务信息公开平台建设`), nor `(二)申请公开情况`. Since a fix of stop 37 after the
 * measure of 929–958: an area's words with a two-character word lost are said too (`WORD_LOST`:
 * `(四)政府信息平台建设`, 公开 lost, said since the lead's decision at stop 37).
 */
export const overviewSubheadingCheck = defineCheck({
  id: 'overview-subheading-garbled',
  severity: 'warning',
  spec: '4.5',
  title: '总体情况小标题缺字或字序颠倒',
  run({ template, report }) {
    const { overview, text } = overviewOf(template, report);
    const garbled = overview?.areas
      ? (garbledSubheadingIn(text, overview.areas) ??
        areaCutShortIn(text, overview.areas) ??
        strayIsSubheadingIn(text, overview.areas) ??
        subheadingRunOnIn(text) ??
        managementAsAffairsIn(text) ??
        managementWithoutGovernmentIn(text) ??
        dateForSubheadingIn(text, overview.areas) ??
        areasRunTogetherIn(text) ??
        strayAfterStateIn(text) ??
        miswrittenSubheadingIn(text) ??
        cutSubheadingIn(text) ??
        otherManagedOrPlatformIn(text, overview.areas))
      : null;
    if (!overview || !garbled) return [];
    return [
      {
        target: overview.id,
        section: overview.id,
        fields: [`narrative.${overview.id}` as const],
        message: garbled.message,
      },
    ];
  },
});

/**
 * Since a fix of stop 44 after the measure of 1379–1423: a sub-heading that is the first words of
 * the area its number stands for, its last words lost, among siblings that name their areas whole
 * (real: 正平镇 2023, `(四)政府信息公开。` between `(三)政府信息管理。` and `(五)监督保障。`: 平台建设
 * lost, the words left naming all of the work). Not at the text's end (an excerpt cut: `(二)依申请`,
 * `(三)政府信息`), nor `政府信息公开平台` (the platform named, 建设 left: real, 富源县教育局 2024).
 */
const AREA_NUMBERS = '一二三四五六七八九十';

function areaCutShortIn(text: string, areas: readonly string[]): GarbledSubheading | null {
  if (!text.includes('）') && !text.includes(')')) return null;
  let cut: GarbledSubheading | null = null;
  let named = 0;
  SUB_HEADING_WORDS.lastIndex = 0;
  for (let m = SUB_HEADING_WORDS.exec(text); m !== null; m = SUB_HEADING_WORDS.exec(text)) {
    const number = m[1] ?? '';
    const area = number.length === 1 ? areas[AREA_NUMBERS.indexOf(number)] : undefined;
    if (area === undefined) continue;
    const words = (m[2] ?? '').replace(/(?:情况|方面|工作)$/, '');
    if (words === area) {
      named += 1;
      continue;
    }
    const lost = area.slice(words.length);
    if (
      cut !== null ||
      words.length < 2 ||
      !area.startsWith(words) ||
      lost === '建设' ||
      text.slice(m.index + m[0].length).trim() === ''
    )
      continue;
    const line = m[0].replace(/^[。；;]?[ \t\u3000]*/, '');
    cut = {
      written: line,
      message: `总体情况的小标题“${line}”缺“${lost}”，应为“（${number}）${area}”，请核对（复制时丢了字符）`,
    };
  }
  return named >= 2 ? cut : null;
}

/**
 * Since a fix of stop 48 after the measure of 1679–1723: a numbered sub-heading that is an area's
 * name with a stray 是 before it (`(二)是依申请公开情况`, real: 城口县卫健委 2020): the ordinal of a
 * point (`二是`) run into the heading's number, or a word left from a sentence. No area opens with 是,
 * and `(二)是…` heads nothing else (in no other text of the corpus).
 */
const STRAY_IS_HEADING =
  /(?:^|[。；;])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[）)][ \t\u3000]*是([^。；;：:，,\s]{2,30})/m;

function strayIsSubheadingIn(text: string, areas: readonly string[]): GarbledSubheading | null {
  if (!text.includes('是')) return null;
  const m = STRAY_IS_HEADING.exec(text);
  if (!m) return null;
  const words = (m[2] ?? '').replace(/(?:情况|方面|工作)$/, '');
  if (!areas.includes(words)) return null;
  const line = m[0].replace(/^[。；;]?[ \t\u3000]*/, '');
  const rightly = line.replace(/([）)][ \t\u3000]*)是/, '$1');
  return {
    written: line,
    message: `总体情况的小标题“${line}”多了“是”字，应为“${rightly}”，请核对`,
  };
}

/**
 * Since a fix of stop 42 after the measure of 1349–1378: a sub-heading of two phrases run into its
 * text, its full stop lost, where its siblings end theirs (real: 兴海县中铁乡 2021, `(一)提高政治站位,推进
 * 全面公开。…`, `(三)加强平台建设,做好政府信息管理。…`, and `(二)加强组织领导,完善制度建设确定乡政府乡长
 * 分管政府信息公开工作,…`). Only where two siblings or more are written so, the run-on's second phrase
 * going on past twelve characters with no mark. Since a fix of stop 55 after the measure of 2216–2260:
 * and only where every other numbered sub-heading is written so: where one is not (`(三)完善公开平台,推动
 * 政民互动按照中国气象局的统一部署,…` beside `(四)规范依申请公开工作。`, real: 吉林省气象局 2022), the
 * headings keep no one form and the run-on is wording (passed by its gatherer, as 易门县气象局 2023's).
 */
const NUMBERED_SUBHEADING = /^[ \t\u3000]*[（(][一二三四五六七八九十]{1,2}[）)]/;
const TWO_PHRASE_ITEM =
  /^[ \t\u3000]*[（(][一二三四五六七八九十]{1,2}[）)][\u4e00-\u9fff]{2,8}[，,][\u4e00-\u9fff]{2,8}。/;
const TWO_PHRASE_RUN_ON =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)][\u4e00-\u9fff]{2,8}[，,][\u4e00-\u9fff]{4,6})([\u4e00-\u9fff]{8,})[，,]/;

function subheadingRunOnIn(text: string): GarbledSubheading | null {
  if (!text.includes('。')) return null;
  const lines = linesOf(text);
  const siblings = lines.filter((line) => TWO_PHRASE_ITEM.test(line));
  if (siblings.length < 2) return null;
  const numbered = lines.filter((line) => NUMBERED_SUBHEADING.test(line)).length;
  if (siblings.length < numbered - 1) return null;
  for (const line of lines) {
    const m = TWO_PHRASE_RUN_ON.exec(line);
    if (!m) continue;
    const written = `${m[1] ?? ''}${(m[2] ?? '').slice(0, 6)}`;
    const sibling = /^[ \t\u3000]*([^。]*。)/.exec(siblings[0] ?? '')?.[1] ?? '';
    return {
      written,
      message: `总体情况的小标题“${written}…”与正文连成一句，小标题后缺句号（同级小标题如“${sibling}”以句号结束），请核对`,
    };
  }
  return null;
}

/** A sub-heading of 总体情况 naming 依申请公开, its number kept (`（二）依申请公开政府办理情况`). */
const REQUESTS_ITEM =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)]\s*依申请公开[^。；;：:，,\n]{0,20})/;
/** What ends an item: the next sub-heading (`（三）`, `三、`, or `三)`, its bracket lost). */
export const NEXT_ITEM =
  /^[ \t\u3000]*(?:[（(]?[一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)/;
/** A count of information published proactively (`通过政府网站主动公开信息58条`). */
const PROACTIVE_COUNT = /主动公开[^，,。；;\d]{0,12}\d+条/;
const PUBLISHED = /主动公开|发布|公开[^，,。；;]{0,12}\d+|\d+\s*条/;
/** Requests for information named as such (not any 申请: `申请审批`, `申请人` of other work). */
const REQUESTS_SAID = /依申请|公开申请|申请公开/;
/** A document's title (`《…》`), its words the document's, not the text's. */
const TITLE = /《[^》\n]*》/g;
const outsideTitles = (text: string): string =>
  text.includes('《') ? text.replace(TITLE, '《》') : text;
/**
 * Since a fix of stop 40 after the measure of 1199–1258: the words of managing information (deciding a
 * document's 公开属性, keeping the 公开目录, 保密审查 before publishing), several of them under 依申请公开's
 * heading with no word of a request (`(三)认真规范处理依申请公开。公文办理过程中落实“五公开”。一是由公文
 * 起草科室确定其公开属性,…二是建立健全主动公开目录。…三是健全公开前保密审查机制`, real: 辉南县卫健局
 * 2022): the item tells 政府信息管理, whether or not the excerpt shows its end.
 */
const MANAGEMENT_WORDS = /公开属性|保密审查|公开前审查|公开目录|公开指南|发布审[核查]|三审/g;
const managementTold = (said: string): string[] =>
  said.includes('申请') ? [] : [...new Set(said.match(MANAGEMENT_WORDS) ?? [])];
/** 依申请公开's heading, a verb or two before it (`(三)认真规范处理依申请公开`). */
const REQUESTS_ITEM_WORDED =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)]\s*[^。；;：:，,\n\d]{0,8}?依申请公开[^。；;：:，,\n]{0,12})/;

/** The first item headed 依申请公开 whose text tells managing information (`MANAGEMENT_WORDS`). */
function requestsItemManaged(lines: readonly string[]): (OffTopicItem & { said: string[] }) | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = REQUESTS_ITEM_WORDED.exec(lines[i] ?? '');
    if (!m) continue;
    const { said } = itemText(lines, i, m[0].length);
    const managed = managementTold(said);
    if (managed.length >= 2)
      return {
        heading: m[1]?.trim() ?? '',
        shown: shownOf(said),
        said: managed,
      };
  }
  return null;
}
/**
 * Requests received or handled, told in an item on 依申请公开: received (`收到…申请`, `申请…3件`),
 * none received (`未收到…申请`, `未接到群众要求公开的信息`, real: 北街街道 2025), or their handling
 * (`受理`, `办理`, `答复`: the item tells the work, its count in 表三), or their outcomes (`予以公开155件`).
 * Since a fix of stop 34 after the measure of 644–673: none received in other words (`未收到政府信息
 * 公开型案件`, real: 临潼区何寨街道 2025; `phrase-garbled` says the wording, once).
 */
// Since a fix of stop 35 after the measure of 719–748: a count whose unit was lost still tells the
// requests (`2023年度市外办接受自然人依申请公开事项0`, real: 乌鲁木齐市外办 2023; `count-unit-missing`
// says the unit).
// Since a fix of stop 37 after the measure of 899–928: none received, the requesters told at length
// before 申请 (`年内,我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请`, real: 海城市
// 西四镇 2025): a receipt denied reads further, to its clause's end.
// Since a fix of stop 54 after the measure of 2171–2215: none received, the request called 请求
// (`我乡在2023度政府信息公开工作中暂没有群众提出其他方面政府信息公开的请求`, real: 双溪乡 2023).
const REQUESTS_TOLD =
  /(?:收到|接到|接收|办结|处理|登记)[^。，,；;]{0,14}申请|(?:未|没有)(?:收到|接到|受理)[^。；;，,]{0,36}申请|申请[^。；;]{0,20}?(?:\d+|[零一两二三四五六七八九十]+)(?:件|条|份|个|次|宗|起|人次)|申请[^。；;，,]{0,20}?\d+(?=[。，,；;]|$)|(?:未|没有|无)(?:收到|接到|受理)?[^。；;，,]{0,24}(?:申请|要求公开|公开的?请求)|申请[^。；;，,]{0,10}(?:为零|为0|0件)|(?:收到|接到)政府信息公开型(?:案件|事项)|受理|办理|答复|予以公开|部分公开|不予公开|无法提供|不予处理/;
/**
 * A part only the reports of the old regulation (2008–2019) had: 政府信息公开的收费及减免情况, or
 * 政府信息公开支出和收费情况 (real: 兴化市昌荣镇 2025) (the current format has no such part; fees
 * are told in 六).
 */
export const OLD_PART = /收费(?:及|和|与)减免|支出(?:及|和|与)收费/;
/**
 * A 复议's 申请 in the 依申请公开 item (`全年未收到政府信息公开方面的行政复议申请和行政诉讼`, real: 甘谷县
 * 交通运输局 2022; `被申请行政复议`): no request for information; what is left must tell those.
 */
const REVIEW_REQUEST = /(?:行政)?复议申请|申请(?:行政)?复议/g;
/**
 * An item's text opening with the end of a sentence, a character or three before its stop (`求。`): the
 * heading's line was broken inside the sentence, which began on it.
 */
const SENTENCE_ENDED_AT_ONCE = /^[^。；;，,\s]{1,3}[。；;]/;
/**
 * A heading read on into its item's first sentence: a year or count in it (headings name none), and the
 * item's text the sentence's end only. Not `(二)依申请公开政府办理情况` / `无。` (real: 驻马店市农业农村局
 * 2019), a heading and an answer of one word.
 */
const brokenInSentence = (heading: string, said: string): boolean =>
  /\d/.test(heading) && SENTENCE_ENDED_AT_ONCE.test(said);
/**
 * Since a fix of stop 57 after the measure of 2306–2350: requests counted before they are named, the
 * count first (`2025年度有1件依申请公开信息。`, real: 阿尔山市卫生健康委员会 2025, loosely worded, passed
 * by its gatherer): a count of requests as `申请…1件` is. Only the count right before the request's
 * name, within its clause.
 */
const REQUESTS_COUNTED_FIRST =
  /(?:\d+|[零一两二三四五六七八九十]+)(?:件|条|份|个|宗|起|人次)[^。；;，,\d]{0,6}?(?:依申请|公开申请|申请公开)/;
/**
 * Since a fix of stop 59 after the measure of 2396–2440: under the 依申请公开 heading, a count in 件 or
 * 项 (digits or Chinese numerals) said concluded (`依申请公开方面。一共七项 都已办结。办结率百分之百。`,
 * real: 木兰县住建局 2023): the item's requests counted without being named again. Only a count with
 * 办结 after it in its sentence.
 */
const ITEMS_CONCLUDED = /(?:\d+|[零一两二三四五六七八九十百]+)(?:件|项)[^。；;\d]{0,6}?办结/;
const requestsTold = (said: string): boolean => {
  const read = said.includes('复议') ? said.replace(REVIEW_REQUEST, '复议') : said;
  return (
    REQUESTS_TOLD.test(read) || REQUESTS_COUNTED_FIRST.test(read) || ITEMS_CONCLUDED.test(read)
  );
};
/** A sub-heading of 总体情况 naming an item of the old regulation's reports (fees and waivers). */
const OLD_ITEM = new RegExp(
  `^[ \\t\\u3000]*([（(][一二三四五六七八九十]{1,2}[）)][^。；;：:，,\\n]{0,20}(?:${OLD_PART.source})[^。；;：:，,\\n]{0,6})`,
);
/** A part's guidance asking for the fees charged (the 2021 format's 六). */
const FEES_ASKED = /收费|信息处理费/;
/** The item's length read at most (a text that goes on without another sub-heading). */
const ITEM_LONGEST = 400;

/**
 * A sub-heading of 总体情况 naming 主动公开 (`(一)主动公开情况`, `（一）政府信息主动公开情况`,
 * `（二）行政机关主动公开政府信息情况`), its number kept. A body that speaks of requests (`依申请`,
 * `公开申请`) and of nothing published (no 主动公开, 发布, 公开…条 nor a count of 条) is the 依申请公开
 * item's text under it.
 */
/*
 * Since a fix of stop 64 after the measure of 2621–2665: the numeral printed twice (`(二)(一)主动公开。本年度…`, real:
 * 金台区城市管理执法局 2022; the numbering's own slip is `subheading-first-missing`'s): the item on 主动公开 all the same.
 */
export const PROACTIVE_ITEM =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)]\s*(?:[（(][一二三四五六七八九十]{1,2}[）)]\s*)?[^。；;：:，,\n（(\d]{0,8}主动公开[^。；;：:，,\n]{0,20})/;
/** A count and the clause it is in. */
const CLAUSE_COUNT =
  /[^，,；;。]*?(?<![\d.])\d+(?:余|多)?(?:条|件|篇|项|个|期|份|次|起|宗)[^，,；;。]*/g;
/** A clause counting information or documents made public (`公示信息等共计995起`, `主动公开信息80余条`). */
const OF_INFORMATION =
  /信息|文件|公开|公布|发布|推送|公示|公告|通知|解读|报道|动态|新闻|稿件|栏目|网站|公众号|\d+(?:余|多)?(?:条|篇|期)/;
/** Cases an agency handled (`办理行政许可4251项`): its work, not what it published. */
const CASES_HANDLED = /行政许可|行政处罚|行政强制|行政征收|行政检查|行政确认/;
/**
 * Since a fix of stop 56 after the measure of 2261–2305: the powers an agency keeps counted from its
 * list of powers (`更新调整权责清单…已确定保留权力226项(含行政处罚和行政强制)`, real: 延边州交通运输局
 * 2022): the list is published, its powers named by kind; no cases handled. Only powers kept, sorted or
 * given up (a verb of the list before them) or a list of powers named: cases handled and a kind of
 * power counted after them (`办理行政许可36项、…其他行政权力1项`) are still cases.
 */
const POWERS_LISTED =
  /(?:保留|确定|梳理|调整|清理|取消|下放)[^，,；;。\d]{0,6}?(?:权力|职权)|权责清单|权力清单/;
const casesHandled = (clause: string): boolean =>
  CASES_HANDLED.test(clause) && !POWERS_LISTED.test(clause);

/**
 * The item of 总体情况 on 主动公开 whose counts are all of cases handled, none of information made
 * public (real: 安肃镇 2025, `(一)主动公开情况` with `共办理行政许可4251项,办理行政处罚6项,办理行政
 * 强制0项` and no count of what was published). Since a fix of stop 38 after the measure of
 * 1049–1078: items published are information (`梳理公布我局行政许可36项、行政确认1项`, real: 鄂尔多斯市
 * 行政审批和政务服务局 2021, the list of its powers made public). Not an item with any count of information (real:
 * 龙塘乡 2019, `行政许可决定150起,其他对外服务事项如…张贴栏公示信息等共计995起`; 木兰县 2022, `公开
 * 政务服务事项33项,行政许可30项`), nor one with no count at all.
 */
export function proactiveItemOffTopic(
  lines: readonly string[],
): { heading: string; said: string } | null {
  const item = firstProactiveItem(lines);
  if (item === null) return null;
  const counts = matchesOf(CLAUSE_COUNT, item.body.slice(0, ITEM_LONGEST)).map((c) => c[0]);
  if (counts.length > 0 && !counts.some((c) => OF_INFORMATION.test(c)) && counts.some(casesHandled))
    return { heading: item.heading, said: counts.join('，') };
  return null;
}

/** The first item of 总体情况 on 主动公开: its heading and the text up to the next item, or null. */
function firstProactiveItem(lines: readonly string[]): { heading: string; body: string } | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = PROACTIVE_ITEM.exec(lines[i] ?? '');
    if (!m) continue;
    const body = [(lines[i] ?? '').slice(m[0].length)];
    for (let j = i + 1; j < lines.length && !NEXT_ITEM.test(lines[j] ?? ''); j += 1)
      body.push(lines[j] ?? '');
    return { heading: m[1]?.trim() ?? '', body: body.join('') };
  }
  return null;
}

/**
 * Since a fix of stop 49 after the measure of 1769–1813: the item on 主动公开 counting the agency's
 * other work among what it published: letters and visits received (`受理信访22件(次)…满意率100%`) or
 * licences issued (`核发林木采伐许可证111件、植物检疫证707件`, real: 嵩明县林草局 2023, beside its count
 * of information published): 信访 and 行政许可 cases, not information made public. Only a count right
 * after the verb and its object (no other text of the corpus counts either under 主动公开).
 */
// Since a fix of stop 51 after the measure of 1949–1993: or the licence or certificate named first and
// its cases counted after 办理 (`其中林木采伐许可证共办理466件,…植物检疫证书共办理183件`, real: 五原县林草局
// 2023, beside `共发布信息111条`): the same cases, told the other way round.
const OTHER_CASES_COUNTED =
  /(?:受理|办理|接待|处理)(?:群众)?(?:来信来访|信访)[^，,。；;\d]{0,6}\d+(?:余|多)?(?:件|次|批|人)|核发[^，,。；;\d]{0,12}(?:许可证|证书|证)[^，,。；;\d]{0,4}\d+(?:余|多)?(?:件|张|本|份|个)|(?:许可证|证书)(?:共|累计)?办理\d+(?:余|多)?(?:件|张|本|份|个)/;

function proactiveItemOtherCases(
  lines: readonly string[],
): { heading: string; shown: string } | null {
  const item = firstProactiveItem(lines);
  const cases = item === null ? null : OTHER_CASES_COUNTED.exec(item.body);
  return item !== null && cases !== null ? { heading: item.heading, shown: cases[0] } : null;
}

/**
 * Any word of making information public, of the information or of where it is published: an item on
 * 主动公开 names one in its first lines.
 */
const DISCLOSURE_SAID =
  /公开|公布|发布|公示|公告|信息|网站|门户|网页|栏目|专栏|专区|政务|推送|转载|解读|微信|公众号|微博|新媒体|新闻|透明|查阅|文件|目录|指南|公[开示告]?栏/;
/** The least of an item's text read before its silence on publishing counts (not a line or two). */
const OTHER_WORK_LEAST = 150;
/** A count of anything (`294条`, `80余件`). */
const COUNTED = /\d+(?:余|多)?(?:条|件|篇|项|个|期|份|次|起|宗)/;
/**
 * Since a fix of stop 38 after the measure of 1079–1108: words of disclosure (`信息`, `政务`) in the
 * names of other work (real: 长征街街道 2024, `(一)主动公开` / `累计报送政务信息294条,处理随手拍80余件、
 * 12345政务服务热线2206余件,进一步编制完善12345政务知识库,…认真做好“13710”信息平台督办系统督办工作`):
 * information reported up (`报送政务信息`, the internal 政务信息 of a government's reporting, not
 * information made public; `向政府门户网站报送动态信息128条` keeps its 门户网站), the 政务服务 hotline and
 * its knowledge base, a clause on 督办 (following up on assigned work).
 */
const OTHER_WORK_NAMED =
  /(?:报送|上报|呈报)[^，,。；;、\d]{0,6}?信息|信息(?:报送|上报)|政务(?:服务|知识库|热线)/;
/** A clause on 督办, to its marks on either side. */
const FOLLOWING_UP = /[^，,。；;、]{0,12}督办[^，,。；;、]{0,12}/;
const OTHER_WORK_WORDS = new RegExp(`${OTHER_WORK_NAMED.source}|${FOLLOWING_UP.source}`, 'g');
/**
 * The same for a text without 督办: the same matches, without the clause's alternative tried (and its
 * twelve characters backtracked) at every position (issue 17).
 */
const OTHER_WORK_NAMED_ALL = new RegExp(OTHER_WORK_NAMED.source, 'g');

/** `said` with the names of other work left out (`OTHER_WORK_WORDS`). */
const withoutOtherWork = (said: string): string =>
  said.replace(said.includes('督办') ? OTHER_WORK_WORDS : OTHER_WORK_NAMED_ALL, '');

/**
 * Since a fix of stop 38 after the measure of 1049–1078: the item of 总体情况 on 主动公开 whose text, as
 * far as read (its first ITEM_LONGEST characters, or the whole item if shorter, at least
 * OTHER_WORK_LEAST of them), names nothing of publishing at all: no information, no channel, no word
 * of 公开 or 发布 (real: 乌里雅斯太镇 2021, `(一)主动公开情况` / `一是落实生态补奖政策,…休牧面积524.83万亩
 * …查处各类案件52起` / `二是抓好畜牧业产业发展,…` / `三是加强畜牧业基础设施建设,…`): the agency's line
 * work under the heading, what it published left out.
 */
function proactiveItemOtherWork(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = PROACTIVE_ITEM.exec(lines[i] ?? '');
    if (!m) continue;
    const { said, whole } = itemText(lines, i, m[0].length);
    // Since a fix of stop 38 after the measure of 1079–1108: a whole item that counts its work is
    // read however short (real: 长征街街道 2024, 109 characters, `累计报送政务信息294条,处理随手拍80余件、
    // 12345政务服务热线2206余件,…累计处理8件`).
    const least = whole ? (COUNTED.test(said) ? 0 : OTHER_WORK_LEAST) : ITEM_LONGEST;
    if (said.length < least || DISCLOSURE_SAID.test(withoutOtherWork(said))) return null;
    return { heading: m[1]?.trim() ?? '', shown: cut(said) };
  }
  return null;
}

/** A clause counting pieces sent to the news media (`投稿刊发各类视频图文稿件300余篇`). */
const NEWS_COUNTED = /投稿|稿件|刊发|刊登/;
/**
 * Since a fix of stop 51 after the measure of 1904–1948: a clause of 稿件 the agency itself made public
 * (`我局共主动公开158份信息稿件,其中包括日常工作简报、部门预决算…`, real: 佛冈县住建局 2024) counts what
 * was published, not news sent to the media.
 */
const OWN_PIECES_PUBLISHED = /公开/;
const newsCounted = (clause: string): boolean =>
  NEWS_COUNTED.test(clause) && !OWN_PIECES_PUBLISHED.test(clause);
/**
 * Since a fix of stop 58 after the measure of 2351–2395: pieces the agency itself put out (`发布`) in a
 * sentence naming a government website (`通过区政府门户网站平台,发布了机构职能、…工作动态等相关图文信息
 * 稿件80条`, real: 西湖区应急管理局 2023): items published on a government site are disclosure,
 * whatever they are called. Not a clause sending them to the media (`新闻媒体积极投稿刊发各类视频图文稿件
 * 300余篇` in a sentence that also names the portal it did not use, real: 和田县吾宗肖乡 2023).
 */
const GOVERNMENT_SITE = /门户网|政府网站|政务网站/;
const SENT_TO_MEDIA = /投稿|刊发|刊登|媒体|报刊|报纸/;
const SENTENCE_AROUND = /[^。；;]*$/;
const SENTENCE_ON = /^[^。；;]*/;
function ownPiecesOnSite(said: string, clause: RegExpMatchArray): boolean {
  if (!clause[0].includes('发布') || SENT_TO_MEDIA.test(clause[0])) return false;
  const at = clause.index ?? 0;
  const before = SENTENCE_AROUND.exec(said.slice(0, at))?.[0] ?? '';
  const after = SENTENCE_ON.exec(said.slice(at + clause[0].length))?.[0] ?? '';
  return GOVERNMENT_SITE.test(before + clause[0] + after);
}
/**
 * Since a fix of stop 45 after the measure of 1544–1573: the item of 总体情况 on 主动公开, whole (the
 * next sub-heading follows), whose counts are all of pieces sent to the news media (real: 和田县吾宗肖乡
 * 2023, `(一)主动公开工作情况` / `…未通过和田县政府门户网站报送公开信息,…在中央级、自治区级…新闻媒体积极
 * 投稿刊发各类视频图文稿件300余篇,其中《冬日大棚暖意浓…》…`): news publicity, not government information
 * made public, its count left out. Not an item with any other count (`公开政府信息98条`, then
 * `向…多家报纸杂志、网站投稿,全年共计发布27篇`, real: 青川县乡村振兴局 2021, under 平台建设).
 */
export function proactiveItemNewsOnly(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = PROACTIVE_ITEM.exec(lines[i] ?? '');
    if (!m) continue;
    const { said, whole } = itemText(lines, i, m[0].length);
    if (!whole) return null;
    const clauses = matchesOf(CLAUSE_COUNT, said);
    const isNews = (c: RegExpMatchArray): boolean => newsCounted(c[0]) && !ownPiecesOnSite(said, c);
    const news = clauses.find(isNews);
    if (news === undefined || clauses.some((c) => !isNews(c))) return null;
    return { heading: m[1]?.trim() ?? '', shown: news[0] };
  }
  return null;
}

/** Fields of work whose information an item's heading may name as its whole matter. */
const FIELD_WORDS =
  '审计|财政|预决算|预算|决算|扶贫|脱贫|征收|征地|棚户区|采购|招投标|招标|价格|教育|医疗|卫生|就业|社保|救助|养老|住房|疫情|执法|处罚|许可|双随机|重大项目|乡村振兴|公共资源';
/**
 * A sub-heading of 总体情况 whose words end in the publishing of one field's information, before a stop
 * or the line's end (`(一)突出重点,加强项目审计结果公开。`), its number kept.
 */
const FIELD_ITEM = new RegExp(
  `^[ \\t\\u3000]*([（(][一二三四五六七八九十]{1,2}[）)][^。；;：:\\n]{0,16}?[\\u4e00-\\u9fff]{0,8}?(?:${FIELD_WORDS})[\\u4e00-\\u9fff]{0,6}?公开(?:工作|情况)?)(?=[。；;：:]|[ \\t\\u3000]*$)`,
);
const FIELD_WORD = new RegExp(FIELD_WORDS, 'g');
/** The least of a cut item's text read before its silence on the heading's field counts. */
const FIELD_LEAST = 200;

/**
 * Since a fix of stop 38 after the measure of 1049–1078: an item of 总体情况 whose heading names the
 * information of one field (审计, 财政, 征收…) made public and whose text, whole or as far as read (at
 * least FIELD_LEAST characters), never names that field (real: 珠江街道 2020, `(一)突出重点,加强项目审计
 * 结果公开。我街通过南沙区政府门户网站…公开部门组织机构、规章、规范性文件…招投标信息57条,通知公告2条…`,
 * 审计 nowhere): the heading promises what its text does not tell.
 */
function fieldItemOffTopic(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = FIELD_ITEM.exec(lines[i] ?? '');
    if (!m) continue;
    const heading = m[1] ?? '';
    const { said, whole } = itemText(lines, i, m[0].length);
    if (!whole && said.length < FIELD_LEAST) continue;
    const fields = heading.match(FIELD_WORD) ?? [];
    if (said === '' || fields.some((field) => said.includes(field))) continue;
    return { heading: heading.trim(), shown: cut(said) };
  }
  return null;
}

/** A sub-heading of 总体情况 naming 依申请公开 after words of its own (`(三)做好政府信息依申请公开办理`). */
const REQUESTS_HEADING =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)][^。；;：:，,\n（(\d]{0,8}依申请公开[^。；;：:，,\n]{0,12})/;
/** A count of a service window's cases (`省厅窗口共受理政务服务事项2190件`), not of requests. */
const WINDOW_CASES =
  /(?:受理|办理|办结)[^，,。；;]{0,10}(?:政务服务|行政审批)[^，,。；;]{0,6}事项[^，,。；;]{0,8}\d+/;

/**
 * Since a fix of stop 38 after the measure of 1049–1078: the item of 总体情况 on 依申请公开 that counts
 * the cases of the agency's service window (real: 湖南省生态环境厅 2023, `(三)做好政府信息依申请公开办理`
 * / `…截至2023年12月31,省厅窗口共受理政务服务事项2190件,不予受理484件,许可办结送达1628件…`): those are
 * applications for permits and services, not requests for information, told under the wrong item.
 */
function windowCasesInRequests(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = REQUESTS_HEADING.exec(lines[i] ?? '');
    if (!m) continue;
    const { said } = itemText(lines, i, m[0].length);
    const cases = WINDOW_CASES.exec(said);
    if (cases) return { heading: m[1]?.trim() ?? '', shown: cases[0] };
  }
  return null;
}

/** A sub-heading of 总体情况 naming 平台建设 (`（四）持续加强平台建设`), its number kept. */
const PLATFORM_ITEM =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)]\s*[^。；;：:，,\n（(\d]{0,10}平台建设[^。；;：:，,\n]{0,12})/;
/** Any platform or channel named: a website, a column, a board, a hall, an account. */
const PLATFORM_SAID =
  /平台|网站|网页|门户|[政公]\S?网|公众号|微信|微博|新媒体|专栏|专区|栏目|[公宣信]\S?栏|显示屏|电子屏|大厅|窗口|查阅|热线|客户端|APP|app|抖音|系统|渠道|载体|阵地|媒体|网络|线上|报纸|广播|电视/;

/**
 * Since a fix of stop 35 after the measure of 674–718: the item of 总体情况 on 平台建设, whole (the
 * next sub-heading follows), that speaks of requests and names no platform, channel or column at all
 * (real: 安岳县周礼镇 2020, `（四）持续加强平台建设` / `按照相关法律法规的要求,…积极探索建立依申请公开
 * 协调机制,…对涉及多部门的申请事项,加强协调,坚持依申请公开的每一环节都要依法依规`): another item's text
 * under it.
 */
function platformItemOffTopic(lines: readonly string[]): OffTopicItem | null {
  return itemOffTopic(lines, PLATFORM_ITEM, REQUESTS_SAID, PLATFORM_SAID);
}

/**
 * Since a fix of stop 58 after the measure of 2351–2395: the item on 平台建设, whole, that names no
 * platform, channel or column and tells the work's reception (`依法进行政府信息公开工作,保障工作信息公开
 * 透明,收到良好社会反响,未引起任何不良反响和举报`, real: 海城市卫生健康局 2025): the effects of the
 * disclosure, not the building of its platforms. Not an item telling its rules or catalogue without a
 * platform's name (`适时对乡政府信息主动公开目录进行调整和升级`, real: 新乡市凤泉区潞王坟乡 2021): the corpus's
 * items without a platform say no reception.
 */
const RECEPTION_TOLD = /反响|好评|赞誉|举报/;

function platformItemTellsReception(lines: readonly string[]): OffTopicItem | null {
  return itemOffTopic(lines, PLATFORM_ITEM, RECEPTION_TOLD, PLATFORM_SAID);
}

/** The least of an item's text read before its silence on platforms counts, with 主动公开 opening it. */
const PLATFORM_LEAST = 150;
/** The item's first sentence, to its first full stop or colon. */
const FIRST_SENTENCE = /^[^。；;：:]*/;

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the item of 总体情况 on 平台建设, whole or as far
 * as read (PLATFORM_LEAST characters at least), whose first sentence names 主动公开 and whose text names
 * no platform, channel or column at all (real: 淮滨街道 2020, `(三)平台建设情况` / `我街道主动公开重点工作
 * 主要在:1、卫计工作。公开孕情掌握信息…2、劳动保障及再就业工作。公开居民医疗保险…`): the 主动公开 item's
 * matter, what was published, under it. Not an item on the content and timing of publishing without
 * 主动公开 first (`一是充实公开内容。…二是规范公开时限`, real: 上京镇 2025, not written down).
 */
function platformItemTellsPublished(lines: readonly string[]): OffTopicItem | null {
  const found = firstItemJudged(
    lines,
    PLATFORM_ITEM,
    (said) =>
      said.length >= PLATFORM_LEAST &&
      (FIRST_SENTENCE.exec(said)?.[0] ?? '').includes('主动公开') &&
      !PLATFORM_SAID.test(said),
  );
  return found && { heading: found.heading, shown: cut(found.said) };
}

/**
 * Since a fix of stop 59 after the measure of 2396–2440: the item on 平台建设, whole, whose text past the
 * heading said again (`政府信息公开平台建设方面,`) opens on the year's count of 主动公开 and names no
 * platform, channel or column (`(四)政府信息公开平台建设:政府信息公开平台建设方面,今年主动公开各类信息
 * 120条,重点领域涵盖了保障性住房13条、…其他方面45条。`, real: 铁岭县住房和城乡建设局 2023): the 主动公开
 * item's count under the platform's heading, nothing of the platforms built. Not an item that tells
 * its website beside the count (殷祖镇 2025, `指定专人统筹网站运营维护…`, passed by its gatherer).
 */
const HEADING_SAID_AGAIN = /^[^。；;，,：:]{0,16}平台建设(?:方面|情况|工作)?[，,：:]/;
const PROACTIVE_COUNTED = /主动公开[^，,；;。\d]{0,20}\d+(?:余|多)?条/;

function platformItemCountsPublished(lines: readonly string[]): OffTopicItem | null {
  const own = (said: string): string => said.replace(HEADING_SAID_AGAIN, '');
  const found = firstItemJudged(
    lines,
    PLATFORM_ITEM,
    (said, whole) =>
      whole &&
      PROACTIVE_COUNTED.test(FIRST_SENTENCE.exec(own(said))?.[0] ?? '') &&
      !PLATFORM_SAID.test(own(said)),
  );
  return found && { heading: found.heading, shown: cut(own(found.said)) };
}

/**
 * Since a fix of stop 61 after the measure of 2486–2530: the item on 监督保障, numbered in any way (`5.政府
 * 信息公开监督保障及教育培训情况`), the next item following, whose first sentence tells information published
 * and no word of supervision, and whose text counts what was published (`及时准确发布工作动态、工作情况等相关
 * 信息。…官方微博发布3800条,…`, real: 滑县信访局 2020): the 主动公开 item's matter under the heading of
 * supervision. In no other item of the corpus on 监督保障.
 */
const SUPERVISION_ITEM =
  /^[ \t\u3000]*((?:[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]是)[^。；;：:，,\n]{0,14}监督保障[^。；;：:，,\n]{0,12})/;
const NEXT_ANY_ITEM =
  /^[ \t\u3000]*(?:[（(]?[一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,2}、|[一二三四五六七八九十]是)/;
const SUPERVISION_PUBLISHING = /(?:发布|公开)[^。；;]{0,20}信息/;
const SUPERVISION_SAID = /监督|考核|评议|培训|保障|责任|问责|制度|督查|检查/;
const SUPERVISION_COUNTED = /(?:发布|公开)[^。；;，,\d]{0,12}\d+(?:余|多)?条/;

function supervisionItemPublishes(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = SUPERVISION_ITEM.exec(lines[i] ?? '');
    if (!m) continue;
    const { said, whole } = itemText(lines, i, m[0].length, NEXT_ANY_ITEM);
    const first = FIRST_SENTENCE.exec(said)?.[0] ?? '';
    if (
      whole &&
      SUPERVISION_PUBLISHING.test(first) &&
      !SUPERVISION_SAID.test(first) &&
      SUPERVISION_COUNTED.test(said)
    )
      return { heading: m[1]?.trim() ?? '', shown: shownOf(said) };
    return null;
  }
  return null;
}

/**
 * The text of the item whose sub-heading takes the first `headingLength` characters of line `at`,
 * up to the next sub-heading (`nextItem`: a bracketed one by default; its first ITEM_LONGEST
 * characters), and whether that next sub-heading follows (the item is whole, not cut by the text's end).
 */
function itemText(
  lines: readonly string[],
  at: number,
  headingLength: number,
  nextItem: RegExp = NEXT_ITEM,
): { said: string; whole: boolean } {
  const body = [(lines[at] ?? '').slice(headingLength)];
  let next = at + 1;
  for (; next < lines.length && !nextItem.test(lines[next] ?? ''); next += 1)
    body.push(lines[next] ?? '');
  const said = body
    .join('')
    .replace(/^[。．.：:\s]+/, '')
    .trim()
    .slice(0, ITEM_LONGEST);
  return { said, whole: next < lines.length };
}

/** A sub-heading of 总体情况 whose text tells another item's matter: the heading and its text shown. */
interface OffTopicItem {
  readonly heading: string;
  readonly shown: string;
}

/**
 * The first whole item (the next sub-heading follows) whose heading `item` matches and whose text
 * says `other` (another item's matter) and nothing `own` (any word of its own matter).
 */
function itemOffTopic(
  lines: readonly string[],
  item: RegExp,
  other: RegExp,
  own: RegExp,
): OffTopicItem | null {
  const found = firstItemJudged(
    lines,
    item,
    (said, whole) => whole && said !== '' && other.test(said) && !own.test(said),
  );
  return (
    found && {
      heading: found.heading,
      shown: shownOf(found.said),
    }
  );
}

/**
 * The first item whose heading `item` matches (its first group the heading), with its text, when
 * `judge` holds of that text and of whether the item is whole; `null` when it does not (later items
 * under the same heading are not read).
 */
function firstItemJudged(
  lines: readonly string[],
  item: RegExp,
  judge: (said: string, whole: boolean) => boolean,
): { heading: string; said: string } | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = item.exec(lines[i] ?? '');
    if (!m) continue;
    const { said, whole } = itemText(lines, i, m[0].length);
    return judge(said, whole) ? { heading: m[1]?.trim() ?? '', said } : null;
  }
  return null;
}

/*
 * 总体情况 read item by item (issue 17, docs/performance.md, stop 65). Each reader of the overview's
 * items below (`proactiveItemOffTopic`, `platformItemOffTopic` …) reads the items under one kind of
 * sub-heading, and on every evaluation read all the text's lines again: on a keystroke in 总体情况
 * (or a full evaluation of a report whose overview has one new paragraph) every item but the edited
 * one was read as before. Here the text is cut into its items, each kept by its lines with what
 * each reader found in it, so only an item met for the first time is read.
 *
 * An item is a line that opens a sub-heading (`NEXT_ITEM`: `（三）`, `三)`, `三、`) with the lines
 * under it, up to the next such line (the lines before the first one are an item of their own).
 * A reader is given the item's lines, and, when another item follows, `ITEM_FOLLOWS`: a line that
 * opens a sub-heading and says nothing else. Why an item's answer is its own, for a reader listed
 * with `firstHeadedItem` or `firstItemFound`:
 * - its headings (`PROACTIVE_ITEM`, `PLATFORM_ITEM` …) open with a numeral in brackets, so each is
 *   a line that opens an item, and an item holds at most one, its first line (the one exception,
 *   `SUPERVISION_ITEM`, is said where it is listed);
 * - it reads from its heading down to the next line that opens a sub-heading (`itemText`,
 *   `NEXT_ITEM`, or `NEXT_ANY_ITEM`, which stops at every line `NEXT_ITEM` stops at), never a line
 *   above the heading nor past that line: so it reads its item's lines only, and whether a heading
 *   follows (`whole`), which `ITEM_FOLLOWS` says as the next item's heading did;
 * - `ITEM_FOLLOWS` is no heading of any reader (each names its area's words), nor read as text.
 * So a reader's answer on the whole text is found from its answers on the items in order: the
 * first item it finds something in (`firstItemFound`), or, for a reader that judges only the first
 * item under its heading and answers null when that one passes (`firstHeadedItem`), that first
 * item's answer. A text analysed whole (`byParagraph`: a reviewer's batch, a text met for the first
 * time) is read whole as before; the paragraphs' property test compares the two ways.
 */

/** The line standing for the next item's heading when an item is read alone (see above). */
const ITEM_FOLLOWS = '一、';

/** An item of 总体情况 as its readers are given it, with what each found in it (by slot). */
interface OverviewItem {
  readonly lines: readonly string[];
  readonly found: unknown[];
}

/** Items met lately, by their lines: an item's readings are pure functions of its lines. */
const itemsMet = new Map<string, OverviewItem>();
/** Some overviews' items (a report's, last year's, the edits of the last keystrokes). */
const ITEMS_KEPT = 512;
let itemSlots = 0;

function itemMet(lines: string[]): OverviewItem {
  const key = lines.join('\n');
  let item = itemsMet.get(key);
  if (item === undefined) {
    if (itemsMet.size >= ITEMS_KEPT) itemsMet.clear();
    item = { lines, found: [] };
    itemsMet.set(key, item);
  }
  return item;
}

/** The items of 总体情况 `text` (see above), or null when the text is analysed whole. */
const overviewItemsOf = perText((_, analysed): readonly OverviewItem[] | null => {
  if (!byParagraph(analysed)) return null;
  const lines = linesOf(analysed);
  const items: OverviewItem[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i += 1) {
    if (i < lines.length && !NEXT_ITEM.test(lines[i] ?? '')) continue;
    const own = lines.slice(start, i);
    if (i < lines.length) own.push(ITEM_FOLLOWS);
    items.push(itemMet(own));
    start = i;
  }
  return items;
});

/** What a reader listed with `firstHeadedItem` keeps for an item without its heading. */
const NOT_HEADED = Symbol('not headed');

type ItemReader<T> = (lines: readonly string[], items: readonly OverviewItem[] | null) => T | null;

/** `read` (of the lines) item by item: the first item's answer that is not null (see above). */
function firstItemFound<T>(read: (lines: readonly string[]) => T | null): ItemReader<T> {
  const slot = itemSlots++;
  return (lines, items) => {
    if (items === null) return read(lines);
    for (const item of items) {
      let found = item.found[slot] as T | null | undefined;
      if (found === undefined) item.found[slot] = found = read(item.lines);
      if (found !== null) return found;
    }
    return null;
  };
}

/**
 * `read` (of the lines) item by item, for a reader whose answer is its judgement of the first item
 * headed `heading`: that item's answer, null or not (see above).
 */
function firstHeadedItem<T>(
  heading: RegExp,
  read: (lines: readonly string[]) => T | null,
): ItemReader<T> {
  const slot = itemSlots++;
  return (lines, items) => {
    if (items === null) return read(lines);
    for (const item of items) {
      let found = item.found[slot] as T | null | typeof NOT_HEADED | undefined;
      if (found === undefined)
        item.found[slot] = found = item.lines.some((line) => heading.test(line))
          ? read(item.lines)
          : NOT_HEADED;
      if (found !== NOT_HEADED) return found;
    }
    return null;
  };
}

/**
 * Since a fix of stop 35 after the measure of 719–748: a body that says it exercises no
 * administrative functions in its own name, so that the regulation's requests do not apply to it
 * (real: 上海市人民政府参事室 2022, `本单位不对外以自己名义履行行政管理职能,不适用于《中华人民共和国政府
 * 信息公开条例》第二十七条的情况,暂不接受依申请公开`): no count of requests nor of information made
 * public is asked of it (its report says why; the corpus's other texts say it nowhere).
 */
export const NOT_AN_AGENCY =
  /不(?:对外)?以(?:自己|本单位|自身)的?名义(?:对外)?履行行政(?:管理)?职能|不适用于?《中华人民共和国政府信息公开条例》/;

/**
 * A paragraph of 总体情况 opened by its area as a label (`主动公开方面:`), the item's heading as a
 * sub-heading is (proactive-count.ts reads it so too).
 */
const PROACTIVE_LABEL =
  /^[ \t\u3000]*((?:\d{1,2}[.．、])?在?主动公开[^。；;：:，,\n\d]{0,8}方面)[。，,：:]/;
/** The next area's label, which ends such an item (`监督保障方面:`); not a point (`二是…方面`). */
const NEXT_LABEL =
  /^[ \t\u3000]*(?![一二三四五六七八九十]是)[^。；;：:，,\n\d]{2,12}方面[。，,：:]/;
/** A point of an item named for its matter (`三是依申请公开方面,`): the words before 方面. */
const POINT_NAMED = /[一二三四五六七八九十]是在?([^，,。；;：:]{1,12}?)方面/g;
/**
 * The matters of other parts of the report a point may be named for: requests, questions asked,
 * fees (the old regulation's 收费及减免), reviews and suits. Not a channel or a kind of information
 * (`网站方面`, `政务服务方面`): what went out through it, or what was made public.
 */
const OTHER_MATTERS: readonly { readonly matter: string; readonly re: RegExp }[] = [
  { matter: '依申请公开', re: /申请/ },
  { matter: '咨询', re: /咨询/ },
  { matter: '收费及减免', re: /收费|减免/ },
  { matter: '行政复议、行政诉讼', re: /复议|诉讼/ },
];
/** The least of other matters named by an item's points for the item to tell them, not 主动公开. */
const OTHER_MATTERS_LEAST = 2;

/**
 * Since a fix of stop 46 after the measure of 1574–1633: the item of 总体情况 on 主动公开 whose points
 * are named for the matters of other parts, two or more (real: 湘西州乡村振兴局 2023, `主动公开方面:` /
 * `一是政务公开栏发布信息929条…二是政务服务方面,…三是依申请公开方面,…四是咨询方面,…五是收费及减免方面,
 * …六是复议、诉讼和申诉方面,…`): the old regulation's items told under 主动公开's heading. Not one point
 * on requests among those on publishing (`三是依申请公开方面` alone, real: 代县卫健局 2024).
 */
const proactiveItemOtherMatters = perText(
  { anyOf: '面', otherwise: null },
  (text): OffTopicItem | null => otherMattersIn(linesOf(text)),
);
function otherMattersIn(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const m = PROACTIVE_ITEM.exec(line) ?? PROACTIVE_LABEL.exec(line);
    if (!m) continue;
    const body = [line.slice(m[0].length)];
    for (let j = i + 1; j < lines.length; j += 1) {
      const next = lines[j] ?? '';
      if (NEXT_ITEM.test(next) || NEXT_LABEL.test(next)) break;
      body.push(next);
    }
    const points = matchesOf(POINT_NAMED, body.join(''));
    const told = OTHER_MATTERS.filter(({ re }) => points.some((p) => re.test(p[1] ?? '')));
    if (told.length < OTHER_MATTERS_LEAST) return null;
    return { heading: m[1]?.trim() ?? '', shown: told.map((t) => t.matter).join('、') };
  }
  return null;
}

/** A point of an item (`一是…`, `二是…`), up to its sentence's end. */
const POINT = /[一二三四五六七八九十]是[^。；;]*/g;
/**
 * A point said as a shortcoming, its sentence ending on it (`一是政府信息公开内容相对单一,…公开尚显不足。`,
 * `二是政府信息公开的时效性有待提升。`): the matter of 存在的主要问题, not of the year's work.
 */
const SHORTCOMING_END =
  /(?:有待(?:进一步)?(?:提升|提高|加强|改进|完善)|亟待[\u4e00-\u9fff]{2}|尚?显?不足|单一|不够[\u4e00-\u9fff]{1,4}|薄弱|滞后)$/;
/** The least of such points for the item to tell shortcomings. */
const SHORTCOMINGS_LEAST = 2;
/** An item on the shortcomings itself (`(五)存在的不足`). */
const SHORTCOMINGS_HEADING = /问题|不足|短板|改进|困难/;

/**
 * Since a fix of stop 46 after the measure of 1574–1633: an item of 总体情况 whose points are its
 * shortcomings, two or more (real: 师宗县高良乡 2025, `(二)依申请公开情况。全年未接收到受理政府信息公开申请,
 * …一是政府信息公开内容相对单一,…尚显不足。二是政府信息公开的时效性有待提升。`): the report's fifth part,
 * 存在的主要问题, told under another item. Not one point of a shortcoming amended (`二是账号更新不及时`,
 * real: 嵩明县人民政府 2022), nor an item headed on the shortcomings.
 */
const shortcomingsInItem = perText(
  { anyOf: '待足单够弱滞', otherwise: null },
  (text): OffTopicItem | null => shortcomingsIn(linesOf(text)),
);
function shortcomingsIn(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const m = NEXT_ITEM.exec(line);
    if (!m) continue;
    const heading = (line.split(/[。：:]/)[0] ?? '').trim();
    if (SHORTCOMINGS_HEADING.test(heading)) continue;
    const { said } = itemText(lines, i, m[0].length);
    const shortcomings = matchesOf(POINT, said)
      .map((p) => p[0].trim())
      .filter((p) => SHORTCOMING_END.test(p));
    if (shortcomings.length < SHORTCOMINGS_LEAST) continue;
    const shown = shortcomings.map((p) => (p.length > 20 ? `${p.slice(0, 20)}…` : p));
    return { heading, shown: shown.join('”“') };
  }
  return null;
}

/** A sub-heading of 总体情况 naming 政府信息管理 (`（三）政府信息管理情况`), its number kept. */
const MANAGEMENT_ITEM =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)]\s*[^。；;：:，,\n（(\d]{0,4}政府信息管理[^。；;：:，,\n]{0,8})/;
/** Information published or passed on (`转发…等信息100余条`, `主动发布2024年政府工作报告`). */
const PUBLISHING_SAID = /发布|转发|转载|推送|公开了?[^，,。；;\d]{0,30}\d/;
/**
 * Any word of managing information or the work: its review, rules, lists, records, staff and
 * oversight (the corpus's 257 items under 政府信息管理 name one but a handful).
 */
const MANAGEMENT_SAID =
  /管理|审核|审查|审定|保密|清理|规范|制度|机制|目录|指南|标注|废止|失效|维护|核查|核对|校对|把关|三审|台账|归档|档案|调整|梳理|更新|修订|领导|专人|负责|考核|督促|监察|安全|程序|流程|排查|整改/;

/**
 * Since a fix of stop 35 after the measure of 719–748: the item of 总体情况 on 政府信息管理, whole (the
 * next sub-heading follows), that tells only what was published or passed on and names no part of
 * managing it (real: 明山区新明街道 2024, `(三)政府信息管理情况。` / `主动及时转发市委、区委通告、动态等
 * 信息100余条,…通过互联网,主动发布2024年政府工作报告,…`): the 主动公开 item's matter under it.
 */
function managementItemOffTopic(
  lines: readonly string[],
  items: readonly OverviewItem[] | null,
): ManagementOffTopic | null {
  const opens =
    managementTellsOtherByItem(lines, items) ?? managementOpensCountedByItem(lines, items);
  return opens && { told: PUBLISHED_TOLD, ...opens };
}

/** An item on 政府信息管理 off its heading, and what it tells instead (as the message says it). */
interface ManagementOffTopic extends OffTopicItem {
  readonly told: string;
}
const PUBLISHED_TOLD = '是发布、转发信息的情况（主动公开的内容）';

/**
 * Since a fix of stop 57 after the measure of 2306–2350: places where the public reads the information
 * and open days (`在流泗镇便民服务中心还设置了政务信息查询专区,免费提供公开的政府文件、办事指南及相关宣传
 * 手册供群众查阅。开展政府开放日活动,…`, real: 湖口县流泗镇 2025): the platforms' and the public's part, not
 * the management of information; and requests handled (`2022年,我委对全部政府信息公开申请均按规定进行了办理。`,
 * real: 科左后旗卫生健康委员会 2022): 依申请公开's matter. Both in an item, whole, naming no part of managing
 * information (`MANAGEMENT_SAID`), as what was published is read. A service guide offered
 * (`办事指南`) is information published, not the 公开指南 an agency keeps: not a word of management.
 */
const VENUE_TOLD = /查阅|阅览|开放日/;
const SERVICE_GUIDE = /办事指南|服务指南/g;
const MANAGEMENT_OTHERS: readonly { readonly re: RegExp; readonly told: string }[] = [
  { re: VENUE_TOLD, told: '是供公众查阅的场所和开放日活动（公开平台和公众参与）' },
  { re: REQUESTS_SAID, told: '是政府信息公开申请的办理（依申请公开）' },
  { re: PUBLISHING_SAID, told: PUBLISHED_TOLD },
];
const managementNamed = (said: string): boolean =>
  MANAGEMENT_SAID.test(said.includes('指南') ? said.replace(SERVICE_GUIDE, '') : said);
const otherToldIn = (said: string) => MANAGEMENT_OTHERS.find(({ re }) => re.test(said));

function managementItemTellsOther(lines: readonly string[]): ManagementOffTopic | null {
  const found = firstItemJudged(
    lines,
    MANAGEMENT_ITEM,
    (said, whole) =>
      whole && said !== '' && !managementNamed(said) && otherToldIn(said) !== undefined,
  );
  const other = found ? otherToldIn(found.said) : undefined;
  return found && other
    ? { heading: found.heading, shown: shownOf(found.said), told: other.told }
    : null;
}

/** A sentence of an item's text at least this long naming nothing of disclosure is other work. */
const LINE_WORK_LEAST = 50;
/** The sentences of an item's text, to their stops. */
const SENTENCE = /[^。；;]+/g;

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the item of 总体情况 on 政府信息管理, whole or
 * cut, that names no part of managing information and tells, in a sentence of LINE_WORK_LEAST
 * characters or more, work naming nothing of disclosure (real: 耀州区林业局 2020, `(四)政府信息管理` /
 * `…稳步拓展公开范围。围绕林业局2020年脱贫攻坚目标任务,完成贫困户生态公益林兑现工作,生态护林员日常监管…`):
 * the agency's line work under the heading.
 */
function managementItemLineWork(lines: readonly string[]): OffTopicItem | null {
  const found = firstItemJudged(
    lines,
    MANAGEMENT_ITEM,
    (said) => !MANAGEMENT_SAID.test(said) && lineWorkIn(said) !== undefined,
  );
  const work = found ? lineWorkIn(found.said) : undefined;
  return found && work !== undefined ? { heading: found.heading, shown: cut(work) } : null;
}

/** The first sentence of LINE_WORK_LEAST characters or more that names nothing of disclosure. */
const lineWorkIn = (said: string): string | undefined =>
  matchesOf(SENTENCE, said)
    .map((m) => m[0].trim())
    .find((s) => s.length >= LINE_WORK_LEAST && !DISCLOSURE_SAID.test(s));

/**
 * A count of information published through a named platform or system, in the clause that names it
 * (`通过国家企业信用信息公示系统(四川),公示注册登记…等信息210条`).
 */
const PLATFORM_COUNTED =
  /通过[^，,。；;]{2,30}?(?:系统|平台|网站)[^。；;]{0,40}?(?:公示|公开|发布|公布)[^。；;\d]{0,30}\d+(?:余|多)?条/;
/** The least of a cut item's text read before its silence on managing counts. */
const MANAGEMENT_LEAST = 80;

/**
 * Since a fix of stop 47 after the measure of 1634–1678: the item of 总体情况 on 政府信息管理 cut by the
 * excerpt, whose text as far as read (MANAGEMENT_LEAST characters at least) opens on counts of
 * information published through platforms and names no part of managing it (real: 合江县尧坝镇 2022,
 * `(三)政府信息管理情况` / `2022年,通过国家企业信用信息公示系统(四川),公示注册登记、行政许可、行政处罚、
 * 抽查检查等信息210条;通过全省投资项目在线审批平台(泸州市),公开项目核准、备案…`): what was published,
 * the 主动公开 item's matter, told first under management. A whole item is `itemOffTopic`'s.
 */
function managementItemOpensCounted(lines: readonly string[]): OffTopicItem | null {
  const found = firstItemJudged(
    lines,
    MANAGEMENT_ITEM,
    (said, whole) =>
      !whole &&
      said.length >= MANAGEMENT_LEAST &&
      PLATFORM_COUNTED.test(said) &&
      !MANAGEMENT_SAID.test(said),
  );
  return found && { heading: found.heading, shown: cut(found.said) };
}

/** A sub-heading of 总体情况 naming the sending up of 政务信息 (`(三)深入有序开展政务信息采集报送工作`). */
const REPORTING_ITEM =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)][^。；;：:，,\n]{0,12}(?:政务信息[^。；;：:，,\n]{0,4}(?:报送|采集|采编|上报)|(?:报送|采编|上报)[^。；;：:，,\n]{0,4}政务信息)[^。；;：:，,\n]{0,8})/;
/** A count of what was sent (`报送政务信息180条`, `报送县区动态204篇`). */
const SENT_COUNTED = /(?:报送|上报|呈报)[^，,。；;\d]{0,12}\d+(?:余|多)?(?:条|篇|期|份)/;
/** Any word of making information public. */
const MADE_PUBLIC = /公开|公示|公布|公告/;

/**
 * Since a fix of stop 47 after the measure of 1634–1678: an item of 总体情况 headed on sending 政务信息
 * up, whole (the next sub-heading follows), that counts what was sent and says nothing made public
 * (real: 清徐县 2024, `(三)深入有序开展政务信息采集报送工作。…向市政府办公室报送政务信息180条,向市政府
 * 门户网站报送县区动态204篇,报送高质量约稿48篇。`): the internal reporting of 政务信息 to the government
 * above (信息工作), not the disclosure of 政府信息 the overview reports. Not an item headed on managing
 * or publishing 政务信息 (`(三)规范管理政务信息工作`, `(四)政务信息公开平台建设`).
 */
function reportingItemOffTopic(lines: readonly string[]): OffTopicItem | null {
  const found = firstItemJudged(
    lines,
    REPORTING_ITEM,
    (said, whole) => whole && SENT_COUNTED.test(said) && !MADE_PUBLIC.test(said),
  );
  return found && { heading: found.heading, shown: cut(found.said) };
}

/**
 * Since a fix of stop 50 after the measure of 1814–1858: the item on 主动公开 counting information sent
 * up and how many pieces bodies above took up (`三)主动公开情况 …报送工作信息124次,被山西组工采用4条,
 * 汾阳党建采用24条`, real: 汾阳市文峰街道 2020): the internal reporting of 政务信息 (信息工作), judged by
 * its being taken up, not information made public. Only a count of what was sent with 被…采用 right after
 * it in the same sentence; a count sent to a website (`通过区政府门户网站上报信息229条`) or sent up
 * alone (`向市委市政府报送信息稿件152条`, real: 天水市乡村振兴局 2021, not written down) is not read. The
 * heading with its bracket lost too (`三)`, the half-bracketed sub-heading's own warning).
 */
const PROACTIVE_HEADING_ANY =
  /^[ \t\u3000]*((?:[（(][一二三四五六七八九十]{1,2}|[一二三四五六七八九十]{1,2})[）)]\s*[^。；;：:，,\n（(\d]{0,8}主动公开[^。；;：:，,\n]{0,20})/;
const SENT_AND_TAKEN_UP =
  /(?:报送|上报|呈报)[^，,。；;\d]{0,12}\d+(?:余|多)?(?:条|篇|期|份|次)[，,、][^。；;]{0,12}?(?:被|获)[^，,。；;]{0,12}(?:采用|采纳)\d*(?:条|篇)?/;

/** The first item on 主动公开 and what `said` finds in its text (`null` when it finds nothing). */
function proactiveItemSaying(lines: readonly string[], said: RegExp): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = PROACTIVE_HEADING_ANY.exec(lines[i] ?? '');
    if (!m) continue;
    const found = said.exec(itemText(lines, i, m[0].length).said);
    // The heading up to a space (`三)主动公开情况 截止…`: its text run on after it).
    const heading = (m[1] ?? '').trim().split(/\s/)[0] ?? '';
    return found ? { heading, shown: found[0] } : null;
  }
  return null;
}

/**
 * Since a fix of stop 58 after the measure of 2351–2395: a count of information the agency published
 * (`在市审计局门户网、新闻媒体等平台发布信息200余次,同时向市委报送审计工作动态36篇,被采用6次`, real: 岳阳市
 * 审计局 2022): the pieces sent up stand beside what was published, a line its readers pass (as 苏尼特左旗卫生健康委员会 2023's
 * `主动公开219篇` before `上报…22篇,采用3篇`). Only the verb, then 信息 or 文件 and a count in the same
 * clause: a catalogue published once (`发布政务公开标准目录1次`, real: 汾阳市文峰街道 2020) is no count of
 * information.
 */
const INFORMATION_PUBLISHED_COUNTED =
  /(?:公开|发布|公布)[^，,。；;\d]{0,12}(?:信息|文件)[^，,。；;\d]{0,6}\d+(?:余|多)?(?:条|篇|次|件|份)/;

function proactiveItemTakenUp(lines: readonly string[]): OffTopicItem | null {
  const found = proactiveItemSaying(lines, SENT_AND_TAKEN_UP);
  return found && !proactiveItemSaying(lines, INFORMATION_PUBLISHED_COUNTED) ? found : null;
}

/**
 * Since a fix of stop 53 after the measure of 2081–2125: a numbered point of 总体情况 telling sums of
 * money in 万元 or 亿元 and no word of information or its publishing (`1.切实兜住兜牢民生保障底线,全年共
 * 核发待遇98.67万人次,总金额达147.75亿元…`, real: 汕头市社会保险基金管理局 2022): the agency's line of
 * business copied from its work summary, not its disclosure work (as 乌里雅斯太镇 2021's `一是落实生态补奖
 * 政策…`, written down under this key). In the corpus no other point says so.
 */
const POINT_OPENING =
  /^[ \t\u3000]*(?:\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]是)/;
const MONEY_TOLD = /\d(?:\.\d+)?(?:亿|万)元/;
const BUSINESS_DISCLOSURE_SAID = /公开|信息|公示|发布|公布|政务/;

function businessItemInOverview(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (!POINT_OPENING.test(line) || !MONEY_TOLD.test(line) || BUSINESS_DISCLOSURE_SAID.test(line))
      continue;
    return line.trim().split(/[，,。；;]/)[0] ?? null;
  }
  return null;
}

/**
 * Since a fix of stop 66 after the measure of 2711–2755: a numbered point of 总体情况, long, that says no
 * word of the disclosure work at all, money told or not (`3.加大重点工作推进力度。一是在全省率先开发工程建设项目
 * 审批智能辅助服务系统,…二是推进市场登记全程电子化模式,升级企业登记数字化服务,…`, real: 如东县行政审批局 2023):
 * the agency's reforms copied from its work summary (as 乌里雅斯太镇 2021's `二是抓好畜牧业产业发展` and
 * 汕头市社会保险基金管理局 2022's point, written down under this key). Not a point on the deputies'
 * proposals, on supervision and training, on answering the public or on an open day: the format's areas
 * and their kin, told in their own words.
 */
const LONG_POINT = 120;
const DISCLOSURE_OR_KIN_SAID =
  /公开|信息|公示|发布|公布|政务|条例|年报|报告|申请|网站|复议|诉讼|保密|栏目|解读|透明|知情|建议|提案|监督|考核|培训|评议|回应|留言|咨询|开放/;

const LATER_PART_HEADING = /^[二三四五六七八九十][、.．]/;

/** A point of `X是` inside an item (`二是抓好畜牧业产业发展`), judged with the item it is in. */
const SUB_POINT = /^[ \t\u3000]*[一二三四五六七八九十]是/;

/**
 * Since a fix of stop 70 after the measure of 2891–2935 (fixer f126): a paragraph of 总体情况 that opens no
 * point, under a numbered item, long, saying no word of the disclosure work or its kin, and counting the
 * agency's line work in people, households, firms or money, three counts at least (`2.主动公开。2021年主动公开
 * 各类政府信息,…` / `加强对重点行业、重点领域、重点时节的安全生产执法检查,2021年全区累计参加检查人员468244人,
 * 监督检查企事业单位和场所296086家,…;安责险工作投保企业8921家,保费1901.6万元。…`, real: 2906 西城区应急管理局
 * 2021; `…低保救助集中审批新增24户33人10550元,…`, real: 1427 吕仙亭街道 2020, under `2、政府信息的清理及公开
 * 情况`; `…全州固定宽带网络用户数达15.12万户…`, real: 1396 迪庆州 2022, under `(二)推进“互联网+政务服务”工作
 * 情况`; all three written down by their gatherers): the agency's work summary run on under the item, its
 * heading's matter told in its first paragraph only. `longPointWithoutDisclosure` reads the points; this
 * the paragraphs after one (stop 44 left 1427 as no reading then took one paragraph of an item alone).
 * 监督检查 of units is the agency's enforcement: the disclosure's 监督 is said with 公开 or 信息 beside it
 * (`政务公开监督检查`), which the paragraph would then hold. Not a paragraph before any item: the
 * overview's opening on the agency's year (`2024年,温州市机关事务管理局深入学习贯彻…`, real: 2789), with no
 * count, or its profile (`agencyProfileIn`, `placeDescribedIn`). In the corpus only those three.
 */
/**
 * A count of people, households, firms or money (`468244人`, `8921家`, `1901.6万元`). Opening after a
 * character that is no digit: a run of digits is tried once, not from each of its places (a line of
 * 12,000 digits, issue 17).
 */
const LINE_WORK_COUNT = /(?<!\d)\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?(?:人次|户次|人|户|家|元)/g;
const LINE_WORK_COUNTS_LEAST = 3;
const ENFORCEMENT_INSPECTION = /监督检查/g;
/** The heading of a point: its line to the first mark, at most 30 characters. */
const POINT_HEADING = /^[^。；;：:，,]{1,30}/;

/** Whether `re` (global) finds `least` matches in `text` (stops counting there). */
function foundAtLeast(re: RegExp, text: string, least: number): boolean {
  re.lastIndex = 0;
  let found = 0;
  while (found < least && re.exec(text) !== null) found += 1;
  re.lastIndex = 0;
  return found >= least;
}

/** A line, trimmed, that is such a paragraph if it opens no point (long, no word of the work, counts). */
function countsLineWork(trimmed: string): boolean {
  if (trimmed.length < LONG_POINT) return false;
  const said = trimmed.includes('监督检查') ? trimmed.replace(ENFORCEMENT_INSPECTION, '') : trimmed;
  return (
    !DISCLOSURE_OR_KIN_SAID.test(said) &&
    foundAtLeast(LINE_WORK_COUNT, trimmed, LINE_WORK_COUNTS_LEAST)
  );
}

/**
 * Whether some line of a text counts line work so (`countsLineWork`), the cheap condition of the
 * reading, paragraph by paragraph. No anchor: a digit is none, and 人, 家, 元 were none the marks held
 * when it was written (their 255 then all declared, anchors.ts); a line shorter than LONG_POINT is passed on its
 * length, a longer one on its first word of the work (公开, 信息: most lines), so a keystroke reads
 * its own paragraph with one expression at most.
 */
const mayCountLineWork = someParagraph((_, analysed) =>
  linesOf(analysed).some((line) => countsLineWork(line.trim())),
);

/** The first such paragraph under an item, with the item's heading (only when `mayCountLineWork`). */
function lineWorkParagraphIn(text: string): OffTopicItem | null {
  if (!mayCountLineWork(text)) return null;
  let heading: string | null = null;
  for (const line of linesOf(text)) {
    const trimmed = line.trim();
    if (LATER_PART_HEADING.test(trimmed)) break;
    if (POINT_OPENING.test(trimmed)) heading = POINT_HEADING.exec(trimmed)?.[0] ?? trimmed;
    else if (heading !== null && countsLineWork(trimmed))
      return { heading, shown: shownOf(trimmed) };
  }
  return null;
}

/**
 * Since a fix of stop 70 after the measure of 2891–2935 (fixer f126): one paragraph of 总体情况 telling
 * information sent to two bodies or more, each named (`局机关多次向市招商投资促进局报送重大招商项目、…等信息,
 * 向区府办报送招商专报、信息简报等招商信息,向区委宣传部报送2019年西洽会、智博会简报信息,向区委网信办报送网络问政
 * 信息复函`, real: 2913 北碚区招商投资促进局 2019, its gatherer: 是向上级和部门报送政务信息，不是向社会公开政府
 * 信息): the internal reporting of 政务信息 (信息工作) listed as the year's disclosure, as
 * `sentUpAmongPublished` reads it beside a count published. Not what is sent to a website, a platform, the
 * archives or the disclosure office (`向县档案馆报送主动公开文件222件`, `向公开办报送我局信息公开报表`), nor
 * anything sent to be made public (`报送需要公开的文件`); one body alone (`向市委报送审计工作动态36篇`, real:
 * 岳阳市审计局 2022, passed) is `sentUpAmongPublished`'s to judge. In the corpus only 2913 names two.
 */
const SENT_TO_BODY = /向([^，,。；;\n向]{1,16}?)(?:报送|上报|呈报)([^，,。；;\n]{0,30})/g;
const NOT_A_BODY_ABOVE = /网站|门户|平台|公众号|媒体|档案|公开办|政务公开|领导小组/;
const REPORTED_MATTER = /信息|简报|专报|动态/;
const BODIES_LEAST = 2;

const sentToBodiesIn = perText(
  { anyOf: '报', otherwise: null },
  (text): { shown: string; bodies: string[] } | null => {
    if (!text.includes('向')) return null;
    for (const line of linesOf(text)) {
      if (!line.includes('向')) continue;
      const bodies: string[] = [];
      let first = '';
      SENT_TO_BODY.lastIndex = 0;
      for (let m = SENT_TO_BODY.exec(line); m !== null; m = SENT_TO_BODY.exec(line)) {
        const body = m[1] ?? '';
        const matter = m[2] ?? '';
        if (NOT_A_BODY_ABOVE.test(body) || !REPORTED_MATTER.test(matter) || matter.includes('公开'))
          continue;
        if (first === '') first = m[0];
        if (!bodies.includes(body)) bodies.push(body);
      }
      SENT_TO_BODY.lastIndex = 0;
      if (bodies.length >= BODIES_LEAST) return { shown: shownOf(first), bodies };
    }
    return null;
  },
);

function longPointWithoutDisclosure(lines: readonly string[]): string | null {
  /** Whether the item the line is in (from its numbered heading) has said a word of the work. */
  let itemSaid = false;
  for (const line of lines) {
    const trimmed = line.trim();
    // A later part's heading read into the overview (`二、林草业生产工作完成情况`, real: 化德县林业和草原局
    // 2021): what follows is that part's, its heading the slip (`section-heading-mismatch`).
    if (LATER_PART_HEADING.test(trimmed)) break;
    const point = POINT_OPENING.test(trimmed);
    const subPoint = point && SUB_POINT.test(trimmed);
    if (point && !subPoint) itemSaid = false;
    if (DISCLOSURE_OR_KIN_SAID.test(trimmed)) {
      itemSaid = true;
      continue;
    }
    if (trimmed.length < LONG_POINT || !point) continue;
    // A point of an item that says the work elsewhere (`(一)主动公开情况` / `一是通过镇政府网站发布…` /
    // `二是抓好畜牧业产业发展…`, real: 乌里雅斯太镇 2021 as stop 38's test changes it): the item is
    // judged by the readers of its heading, the point one of its parts.
    if (subPoint && itemSaid) continue;
    return trimmed.split(/[，,。；;]/)[0] ?? null;
  }
  return null;
}

/**
 * Since a fix of stop 53 after the measure of 2081–2125: the item on 主动公开 counting 舆情 handled in
 * 条, as one of the kinds of information it lists (`…行政处罚决定50条;城乡总体规划1条,…;处置敏感舆情76条;
 * 按照规定公开了…`, real: 江津区规划和自然资源局 2022): handling public opinion is answering it, not
 * information made public. Not 舆情 counted in 件 beside letters answered (`累计答复市长信箱信件156件,…;
 * 处理政务舆情14件`, real: 乐平市 2025), the mailbox's cases its gatherer left as they are.
 */
const OPINION_HANDLED_AS_ITEMS =
  /(?:处置|处理|应对|回应|研判)[^，,。；;、\d]{0,6}舆情(?:信息)?\d+(?:余|多)?条/;

const proactiveItemOpinionHandled = (lines: readonly string[]): OffTopicItem | null =>
  proactiveItemSaying(lines, OPINION_HANDLED_AS_ITEMS);

/**
 * Since a fix of stop 50 after the measure of 1814–1858: the item on 行政复议、行政诉讼 counting civil or
 * criminal suits (`(三)政府信息公开行政复议、行政诉讼情况` / `2022年我区处理民事诉讼2件,无行政诉讼和行政复议
 * 案件。`, real: 太仓高新区 2022): a suit between parties, or a crime, is no 行政复议 or 行政诉讼 over the
 * disclosure of information, and is no matter of this report (no other text of the corpus counts one).
 */
const REVIEW_ITEM =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)][^。；;：:，,\n]{0,12}(?:行政复议|复议)[^。；;：:，,\n]{0,16})/;
const OTHER_SUITS_COUNTED =
  /(?:民事|刑事)(?:诉讼|案件)[^，,。；;\d]{0,6}\d+(?:余|多)?(?:件|起|宗|个)|\d+(?:余|多)?(?:件|起|宗|个)(?:民事|刑事)(?:诉讼|案件)/;

function reviewItemOtherSuits(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = REVIEW_ITEM.exec(lines[i] ?? '');
    if (!m) continue;
    const suits = OTHER_SUITS_COUNTED.exec(itemText(lines, i, m[0].length).said);
    if (suits) return { heading: m[1]?.trim() ?? '', shown: suits[0] };
  }
  return null;
}

/**
 * The item of 总体情况 on 依申请公开 that counts only what was published proactively and says
 * nothing of requests (real: 芦庙乡 2021, `(二)依申请公开政府办理情况` over `通过政府网站主动公开
 * 信息58条,通过公告栏及宣传栏公开信息133条`): the 主动公开 item's text under the wrong heading, the
 * requests left out. Not an item that says no request came (`未接到群众要求公开的信息`, real: 北街街道
 * 2025) or tells its work in other words without a count of 主动公开.
 */
export const overviewItemOffTopicCheck = defineCheck({
  id: 'overview-item-off-topic',
  severity: 'warning',
  spec: '4.4',
  title: '总体情况小标题下的内容与标题不符',
  run({ template, report }) {
    const found = firstItemOffTopic(template, report);
    const place =
      found.length === 0
        ? (placeDescribedIn(template, report) ?? agencyProfileIn(template, report))
        : null;
    if (place) return [place];
    // Since a fix of stop 39 after the measure of 1109–1138: an item on managing information that
    // tells 政务信息 sent up (real: 新乡市农业农村局 2020) is said too, in the one warning of the
    // overview (after its other item's, real: the same report's item (一)).
    const { overview, text } = overviewOf(template, report);
    const upward = overview && text.includes('信息') ? reportedUpItem(linesOf(text)) : null;
    if (!overview || !upward) return found;
    const message = `总体情况的小标题“${upward.heading}”下写的是“${upward.shown}”：是向上级报送、被采用的政务信息（信息工作），不是政府信息公开工作中政府信息的管理，没有写政府信息管理的情况，请核对小标题下的内容`;
    const [first, ...rest] = found;
    return first
      ? [{ ...first, message: `${first.message}；另，${message}` }, ...rest]
      : [
          {
            target: overview.id,
            section: overview.id,
            fields: [`narrative.${overview.id}` as const],
            message,
          },
        ];
  },
});

/** What describes a place: its position, neighbours, divisions, area and people. */
const PLACE_WORDS =
  /位于|[东西南北](?:邻|接|连|靠|与)|毗邻|接壤|下辖|辖\d|总面积|平方公里|总人口|常住人口|户籍人口/g;
/** The least of them, of different kinds, for a paragraph to describe its place. */
const PLACE_WORDS_LEAST = 4;
/** Any word of the work reported: information, its publishing, the government's affairs. */
const WORK_SAID = /公开|信息|政务|公示|发布|条例|年报|报告/;

/**
 * Words of an agency's profile as its 三定 and staffing tables give it: its duties (`主要负责`,
 * `管理和指导`, `会同有关部门`, `贯彻党和国家的…方针`), its units (`下设`, `内设机构`, `事业单位`, `正科级`)
 * and its staff (`核定编制`, `行政编制`, `在编在岗`, `干部职工1686名`).
 */
/*
 * Since a fix of stop 64 after the measure of 2621–2665: the rank with its level named (`属正乡科级行政机关`) and
 * the units set up inside, named and counted (`内设综合股、…、扶贫培训股5个股室`, real: 丹江口市人民政府扶贫开发办公室
 * 2020, then `共核定机关行政编制9名`): the same profile in the words of a 三定.
 */
const PROFILE_WORDS =
  /主要(?:职责|负责)|管理和指导|指导和监督|会同有关部门|贯彻(?:执行|落实)?党和国家的[^。，,]{0,8}方针|下设|内设机构|内设[^。，,；;]{2,40}?\d+个(?:股室|科室|处室)|核定编制|行政编制|事业编制|在编在岗|干部职工(?=\d)|[正副]乡?科级|事业单位/g;
/** Of them, those no disclosure work says: its staff's 编制, a unit's 科级, the party's 方针. */
const PROFILE_RARE = /编制|科级|方针/;
/** The least of them, of different kinds, for a paragraph to tell its agency's profile. */
const PROFILE_WORDS_LEAST = 3;

/** The first line of a text with three kinds of profile words or more, one of them rare, and where. */
const profileLineIn = perText(
  { anyOf: '编科针', otherwise: null },
  (text): { line: string; at: number } | null => {
    for (const line of linesOf(text)) {
      if (!PROFILE_RARE.test(line)) continue;
      const words = [...line.matchAll(PROFILE_WORDS)];
      const kinds = new Set(words.map((w) => w[0].replace(/的.*$/, '')));
      if (kinds.size >= PROFILE_WORDS_LEAST && words.some((w) => PROFILE_RARE.test(w[0])))
        return { line, at: words[0]?.index ?? 0 };
    }
    return null;
  },
);

/**
 * Since a fix of stop 61 after the measure of 2486–2530: a paragraph of 总体情况 telling the agency's
 * profile, three kinds of its words or more (real: 掇刀区城市管理执法局 2020, `下设区城管执法大队、…等3个
 * 正科级事业单位`, then `核定编制150名(行政编制4名,事业编制146名),现有在岗干部职工1686名…`; 临西县教育局
 * 2021, `(二)进一步做好依申请公开工作。…全面贯彻党和国家的教育方针、政策、法规,管理和指导本辖区基础教育…并会同
 * 有关部门管理、指导、协调…`): what the agency is and does, copied from its 三定, not its disclosure
 * work. In no other paragraph of the corpus are three such words.
 */
function agencyProfileIn(template: FormatTemplate, report: Report): Finding | null {
  const { overview, text } = overviewOf(template, report);
  const found = overview ? profileLineIn(text) : null;
  if (!overview || !found) return null;
  const { line, at } = found;
  const start = Math.max(line.slice(0, at).search(/[^，,。；;]*$/), 0);
  const heading = NEXT_ITEM.test(line) ? (/^[^。；;：:，,]*/.exec(line.trim())?.[0] ?? '') : '';
  const said = shownOf(line.slice(start).trim());
  return {
    target: overview.id,
    section: overview.id,
    fields: [`narrative.${overview.id}` as const],
    message: `总体情况${heading ? `的小标题“${heading}”下` : ''}写了“${said}”：是本机关的概况（职责、机构、编制人员），不是政府信息公开工作的情况，请删去，总体情况写本年政府信息公开工作的情况`,
  };
}

/**
 * Since a fix of stop 42 after the measure of 1334–1348: a paragraph of 总体情况 describing the place
 * (`八万镇位于陆丰东北部,东邻陂洋镇,西连河东镇,…下辖11个行政村和1个社区,…全镇总面积126平方公里,现有总人口
 * 近4万人,常住人口约19489人。…是一个山多地少,历史悠久的革命老区镇。`, real: 八万镇 2022, the overview's
 * first paragraph): the town's own profile, nothing of the disclosure work. Four words of a place's
 * description or more (its position, neighbours, divisions, area, people) and no word of the work
 * (in no other paragraph of the corpus).
 */
function placeDescribedIn(template: FormatTemplate, report: Report): Finding | null {
  const { overview, text } = overviewOf(template, report);
  if (!overview || !text.includes('位于')) return null;
  for (const line of linesOf(text)) {
    if (!line.includes('位于') || WORK_SAID.test(line)) continue;
    const words = new Set(line.match(PLACE_WORDS) ?? []);
    if (words.size < PLACE_WORDS_LEAST) continue;
    const shown = line.trim();
    return {
      target: overview.id,
      section: overview.id,
      fields: [`narrative.${overview.id}` as const],
      message: `总体情况写了“${shownOf(shown)}”：是本地概况（位置、区划、面积、人口），与政府信息公开工作无关，请删去，总体情况写本年政府信息公开工作的情况`,
    };
  }
  return null;
}

/**
 * A sub-heading of 总体情况 naming management (`(三)规范化、标准化管理情况`, `(三)政府信息管理`), its
 * number kept.
 */
const MANAGED_ITEM =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)][^。；;：:，,\n（(\d]{0,12}管理[^。；;：:，,\n]{0,8})/;
/**
 * 政务信息 sent up to the government or the party committee above, or taken up by them (`将我市农业农村
 * 工作情况报送至省厅、市委、市政府有关部门`, `编发新乡农业农村信息114篇,多篇被市委市政府采用`): the
 * internal reporting of 政务信息, not information made public.
 */
const REPORTED_UP =
  /(?:被|获)[^，,。；;]{0,12}(?:采用|采纳)|(?:报送|上报|呈报)至?[^，,。；;]{0,12}(?:省[厅委政]|市委|市政府|县委|县政府|区委|区政府|上级)/;
/** Any word of making information public or of where it is published. */
const PUBLIC_SAID =
  /公开|公示|公布|公告|发布|网站|门户|栏目|专栏|专区|公众号|微信|微博|新媒体|查阅/;

/**
 * Since a fix of stop 39 after the measure of 1109–1138: the item of 总体情况 on management, whole (the
 * next sub-heading follows), that tells only 政务信息 sent up and taken up and names nothing of
 * making information public (real: 新乡市农业农村局 2020, `(三)规范化、标准化管理情况:制定农业农村信息
 * 工作考核办法,实行信息工作百分制考核,…在第一时间将我市农业农村工作情况报送至省厅、市委、市政府有关部门,
 * …2020年全局编发新乡农业农村信息114篇,多篇被市委市政府采用,…在全市政务信息工作中名列前茅。`): the
 * internal reporting of 政务信息, not the management of 政府信息.
 */
function reportedUpItem(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = MANAGED_ITEM.exec(lines[i] ?? '');
    if (!m) continue;
    const { said, whole } = itemText(lines, i, m[0].length);
    if (!whole || !REPORTED_UP.test(said) || PUBLIC_SAID.test(said)) continue;
    return { heading: m[1]?.trim() ?? '', shown: cut(said) };
  }
  return null;
}

/**
 * Since a fix of stop 50 after the measure of 1859–1903: news of others counted among what was
 * published, by its source outside the agency (`全年累计发布政府信息230条,其中本镇自主产生信息145条、
 * 转载外部信息85条`, real: 巴南区二圣镇 2025; `发布本地新闻信息5123余条,省内新闻3245条,国内新闻1289条`,
 * real: 湟源县政府办 2023, both written down by their gatherers): what is reposted from outside, or
 * the province's and the country's news, is no government information of the agency's own. Only
 * with its count in the same clause (`转载外部信息85条`); not 转载 of a superior's documents.
 */
const OUTSIDE_NEWS_COUNTED =
  /转载外部(?:新闻)?信息\d+(?:余|多)?条|(?:省内|国内|国际|全国)新闻(?:信息)?\d+(?:余|多)?条/;

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the news the media printed summed into the
 * whole published, read by the sum (real: 河北省体育局 2023, `…公开政务信息7019条。局官网全年共发布信息2660条,
 * 其中…,“燕赵体育”微信公众号发布信息2715条。全年在国家级媒体刊发河北体育新闻400篇,…在省级主流媒体河北日报
 * 刊发河北体育信息1244篇。`, 2660 + 2715 + 400 + 1244 = 7019): the media's articles are no information
 * the agency made public. Only where the channels' counts fall short of the whole and the media's
 * make it up exactly, in one paragraph; articles printed beside a whole they are not part of (国家级、省级
 * 媒体刊发稿件, real: 鹰潭市市场监管局 2024, passed by its gatherer) stay silent.
 */
const PUBLISHED_COUNT_ALL = /(?:公开|发布|公布)[^，,。；;\d]{0,12}?(\d+)条/g;
const MEDIA_PRINTED_ALL =
  /(?:媒体|日报|晚报|报纸|报刊)[^，,。；;\d]{0,12}?(?:刊发|刊登|刊播|发表)[^，,。；;\d]{0,12}?(\d+)(?:余|多)?篇/g;

function mediaPrintedInWhole(
  lines: readonly string[],
): { whole: number; parts: readonly string[]; printed: readonly string[] } | null {
  for (const line of lines) {
    if (!line.includes('刊')) continue;
    const printed = matchesOf(MEDIA_PRINTED_ALL, line);
    if (printed.length === 0) continue;
    const [whole, ...channels] = matchesOf(PUBLISHED_COUNT_ALL, line).map((m) => Number(m[1]));
    if (whole === undefined || channels.length === 0) continue;
    const own = channels.reduce((a, b) => a + b, 0);
    const media = printed.map((m) => Number(m[1]));
    if (own < whole && own + media.reduce((a, b) => a + b, 0) === whole)
      return {
        whole,
        parts: [...channels.map((n) => `${n}条`), ...media.map((n) => `${n}篇`)],
        printed: printed.map((m) => m[0]),
      };
  }
  return null;
}

/**
 * Since a fix of stop 51 after the measure of 1904–1948: pieces pushed or sent out and counted, then
 * how many the media took up (`2022年累计推送稿件138篇,被中央、省、市、县级各媒体、网站采用171条次`, real:
 * 糯良乡 2022, under its item on the rules of disclosure): news publicity judged by the media's use,
 * not the disclosure of government information. Only the count sent and 被…媒体…采用 right after it;
 * a channel's own posts said taken up later (`…发布和转发视频1930条,…。其中被中央级媒体采用41条`, real:
 * 中江县 2022) are not read.
 */
const MEDIA_TAKEN_UP =
  /(?:推送|报送|投稿|编发|上报)[^，,。；;\d]{0,12}\d+(?:余|多)?(?:篇|条|期)[，,](?:[^，,。；;]{0,4}?)(?:被|获)[^。；;]{0,24}?媒体[^，,。；;]{0,4}?(?:采用|刊用|录用)\d*(?:余|多)?(?:条次|篇次|条|篇)?/;

/**
 * Since a fix of stop 51 after the measure of 1859–1903: 政务信息 sent up to the party committee or the
 * government above, counted in the same paragraph as the information published (real: 广元市统计局 2021,
 * `…累计公开政府信息193条,其中,政务动态信息150条,更新信息公开目录43条,主动向市委办、市政府办报送信息200余条`;
 * 咸宁市自然资源和规划局 2019, `…微信公众号公开信息95条,向市委市政府报送信息46条`, both written down by their
 * gatherers; so also 天水市乡村振兴局 2021's `向市委市政府报送信息稿件152条` and 沙坪坝区丰文街道 2020's
 * `积极向区委、区政府报送政务类、工作类信息,全年累计报送112条`): the internal reporting of 政务信息
 * (信息工作) told as if it were information made public. Not what is sent to a body's website
 * (`向区委、区政府网站报送信息73篇`, `向区政府网站报送信息公开91条`), and not a paragraph counting
 * nothing published.
 * Since a fix of stop 51 after the measure of 1904–1948: or to a department above by its name
 * (`向市生态环境局及区委、区政府报送政务信息、简报简讯150余篇,…其中7篇被生态环境部采用`, real: 梁平区生态
 * 环境局 2021, beside `局官方网站发布信息400余条`): the same reporting to the line department.
 */
const SENT_UP_COUNTED =
  /向(?:(?:[省市县区州旗](?:委|政府)|上级|[省市州县区][\u4e00-\u9fff]{2,8}?(?:局|厅))(?:办公室|办|部门|机关)?[、和及与]?){1,4}报送[^，,。；;\d]{0,12}?(?:\d+(?:余|多)?(?:条|篇|期|份)|[，,][^。；;\d]{0,10}报送\d+(?:余|多)?(?:条|篇|期|份))/;
const PUBLISHED_COUNTED = /(?:公开|发布|公布)[^，,。；;\d]{0,12}\d+(?:余|多)?条/;

/**
 * Since a fix of stop 51 after the measure of 1904–1948: people served by the agency's own work counted
 * in the same paragraph as the information published (real: 公主岭市残联 2025, `3.拓宽公开渠道,提升服务
 * 实效` / `…通过公主岭市政府网站发布信息8条,…;发放宣传资料500余份,…;完成1361人次两项补贴审核、83名残疾儿童
 * 康复救助,…`): subsidies, relief and visits are its line work, not information made public. A count of
 * people (人次, 户, 名) with the service named right after it (no other paragraph of the corpus has one
 * beside a count published).
 */
const PEOPLE_SERVED_COUNTED =
  /(?:完成|办理|发放|审核|救助|帮扶|慰问)[^，,。；;\d]{0,8}\d+(?:余|多)?(?:人次|户次|名|人|户)[^，,。；;]{0,14}?(?:补贴|救助|审核|审批|康复|慰问|帮扶|救济)/;

/** The units of people counted, a cue before the paragraphs are read. */
const PEOPLE_COUNTED_CUE = /人次|户|名/;

function servedAmongPublished(lines: readonly string[]): string | null {
  for (const line of lines) {
    const served = PEOPLE_SERVED_COUNTED.exec(line);
    if (served && PUBLISHED_COUNTED.test(line)) return served[0];
  }
  return null;
}

/**
 * Since a fix of stop 56 after the measure of 2261–2305: what was published counted beside the
 * sending up as pieces updated on a site, or in 篇 (`一是区人防办全年在“首都之窗”更新信息78篇,向区政府报送
 * 信息78篇。`, real: 北京市西城区人民防空办公室 2020): the same count of information made public
 * (`PUBLISHED_COUNTED`), in the words and measure a site's pieces are counted in.
 */
const PUBLISHED_OR_UPDATED_COUNTED =
  /(?:公开|发布|公布|更新)[^，,。；;\d]{0,12}\d+(?:余|多)?(?:条|篇)/;

/** Any numbered sub-heading of 总体情况 opening a line. */
const ANY_SUBHEADING = /^[ \t\u3000]*[（(][一二三四五六七八九十]{1,2}[）)]/;

function sentUpAmongPublished(lines: readonly string[]): string | null {
  // Not within an item whose heading names the sending up itself (`(三)深入有序开展政务信息采集报送工作`):
  // there it is the item's own matter, read by `reportingItemOffTopic`.
  let underReporting = false;
  for (const line of lines) {
    if (ANY_SUBHEADING.test(line)) underReporting = REPORTING_ITEM.test(line);
    if (underReporting) continue;
    const sent = line.includes('报送') ? SENT_UP_COUNTED.exec(line) : null;
    if (sent && PUBLISHED_OR_UPDATED_COUNTED.test(line.replace(sent[0], ''))) return sent[0];
  }
  return null;
}

/**
 * Since a fix of stop 51 after the measure of 1859–1903: a paragraph of 总体情况 headed by the publicity of
 * the agency's own field (real: 海棠区卫生健康委员会 2022, `持续开展爱卫宣传工作。上半年,一是在媒体宣传方面,…`
 * and `开展卫生健康及疫情防控宣传,通过健康海棠公众号发布推送…资讯206篇`): health education and the like,
 * not the disclosure of government information. Its opening clause only (to its first mark), at most
 * 16 characters, numbered or not, naming 宣传 and nothing of disclosure (not `(二)加强外事政策解读与宣传。`).
 */
const PUBLICITY_HEADED =
  /^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、是])?[ \t\u3000]*([^。，,；;：:\s]{0,12}宣传(?:工作)?)[。，,；;：:]/;
const DISCLOSURE_NAMED = /公开|信息|政务|政策|解读|条例|公众号|网站|平台|透明/;

/**
 * Since a fix of stop 57 after the measure of 2306–2350: a paragraph so headed whose first sentence
 * tells disclosure (`(二)拓宽渠道宣传。通过双辽市政府门户网站对教育信息进行及时公开,…`, `(三)抓住重点宣传。
 * 积极落实政务公开各项规定。`, real: 双辽市教育局 2020): 宣传 is the heading's word for making information
 * known, 公开 the item's verb. Not a channel alone (`通过健康海棠公众号发布推送卫生健康及疫情防控相关资讯
 * 206篇`, real: 海棠区卫生健康委员会 2022): the field's publicity goes out through the same accounts.
 */
const DISCLOSURE_TOLD = /公开|政务|政策解读|条例|透明/;
const disclosureFollows = (rest: string): boolean =>
  DISCLOSURE_TOLD.test(FIRST_SENTENCE.exec(rest)?.[0] ?? '');

/**
 * Since a fix of stop 63 after the measure of 2576–2620: 总体情况 counting the news bulletins the agency
 * aired (`电视方面:播发《民和新闻》256期2085条`, real: 民和县广播电视局 2022, its item `(二)做好媒体运维,
 * 拓展公开形式`; `石林电视台共制作播出《石林新闻》223组、1120条新闻`, real: 石林县委宣传部(县委网信办、县政府
 * 新闻办) 2020): a station's news output, the business of a 融媒体中心 or a 宣传部, not the
 * disclosure of government information. Only a bulletin of news by its title (`《…新闻》`, `《…要闻》`,
 * `《…快报》`) counted in issues or items: a programme on the agency's own work (`策划播出《垃圾分类 我们
 * 在行动》节目104期`, real: 北京市城市管理委员会 2022, under its item on disclosure) is passed.
 */
const NEWS_BULLETIN_AIRED =
  /(?:播发|播出|播放|刊播)了?《[^》\n]{0,10}(?:新闻|要闻|快报|快讯)》[^，,。；;\d]{0,6}?\d+(?:期|组|集|档|条)/;
const newsBulletinAired = perText(
  { anyOf: '播', otherwise: null },
  (text): string | null => NEWS_BULLETIN_AIRED.exec(text)?.[0] ?? null,
);

/**
 * Since a fix of stop 69 after the measure of 2846–2890: a point of 总体情况 headed on publicity, nothing of
 * disclosure in its heading, whose paragraph builds the news work (`一是强化组织体系建设,形成宣传矩阵。我局高度重视宣传
 * 工作,局党组会每年初专题研究年度宣传工作计划,…明确了信息员负责本处室(单位)的新闻宣传工作,…打造全市水利系统新闻阵地`,
 * real: 2877 宿迁市水利局 2024, its gatherer: 写的是新闻宣传工作，不是政府信息公开的情况, as 1569's): the agency's
 * news office, not the disclosure of government information. Only with 新闻宣传, a 新闻阵地 or a 宣传矩阵 said in
 * its paragraph: a heading on publicity over the channels' work (`(二)加强宣传引导,注重舆情引导。…做到报纸上经常
 * 有文字`, real: 2735 盐城市城管局 2023, passed by its gatherer) is not read.
 */
const PUBLICITY_POINT_HEADED =
  /^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、是]|\d{1,2}[.、．])[ \t\u3000]*([^。；;：:\n]{0,30}?宣传[^。；;：:\n]{0,12}?)[。：:]/;
const NEWS_WORK_BUILT = /新闻宣传|新闻阵地|宣传矩阵|传播矩阵/;
function newsPublicityPoint(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = line.includes('宣传') ? PUBLICITY_POINT_HEADED.exec(line) : null;
    if (m?.[1] && !DISCLOSURE_NAMED.test(m[1]) && NEWS_WORK_BUILT.test(line.slice(m[0].length)))
      return m[1];
  }
  return null;
}

function publicityParagraph(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = line.includes('宣传') ? PUBLICITY_HEADED.exec(line) : null;
    if (m?.[1] && !DISCLOSURE_NAMED.test(m[1]) && !disclosureFollows(line.slice(m[0].length)))
      return m[1];
  }
  return null;
}

/**
 * Since a fix of stop 53 after the measure of 2126–2170: a paragraph of 总体情况 telling how the units'
 * sending up of 政务信息 is judged by what bodies above took up (`对各科室信息报送情况(如:会议活动简报采用
 * 情况,…经济分析相关材料报送情况…)的及时性在局办公会上进行通报`, real: 西塞山区科学技术和经济信息化局 2020,
 * its gatherer: 是政务信息报送工作，不是政府信息公开工作): the internal reporting of 政务信息 (信息工作), as
 * `REPORTED_UP` reads in an item on management. Only the sending up and its being taken up said together;
 * a units' sending up checked alone (`对各科室、下属单位信息报送情况进行“一月一通报”,提升公开信息的质量`, real:
 * 延安市水务局 2021) may be of what they publish.
 */
const REPORTING_JUDGED_BY_TAKE_UP =
  /[^。；;\n]{0,20}报送情况[^。；;\n]{0,40}?采用(?:情况|率)|[^。；;\n]{0,20}采用(?:情况|率)[^。；;\n]{0,40}?报送情况/;

function reportingTakenUpParagraph(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = line.includes('采用') ? REPORTING_JUDGED_BY_TAKE_UP.exec(line) : null;
    if (m) return shownOf(m[0]);
  }
  return null;
}

/*
 * Stop 55, after the measure of 2216–2260 (f65): 政务信息 work (信息报送: sent up, printed in bulletins,
 * posted on an intranet) told in 总体情况 as if it were disclosure, and an item on managing information
 * that tells only the staff's study.
 */

/**
 * Since a fix of stop 55 after the measure of 2216–2260: the two-way channel of 政务信息 work, what is
 * above passed down and what is below sent up (`保证政务信息工作真正起到上情下达、下情上报的主渠道作用`, real:
 * 徐州市气象局 2022): the stock words of 信息报送 to superiors, never of making information public (no
 * other text of the corpus writes them).
 */
const UP_AND_DOWN_CHANNEL =
  /[^，,。；;\n]{0,24}上情下达[、，,和与]?下情上(?:达|报|传)[^，,。；;\n]{0,12}/;

const upAndDownChannelIn = perText<string | null>(
  { anyOf: '达', otherwise: null },
  (text) => UP_AND_DOWN_CHANNEL.exec(text)?.[0] ?? null,
);

/**
 * Since a fix of stop 55 after the measure of 2216–2260: one clause or sentence telling information sent
 * up (报送), printed in the bulletins of the bodies above (简报, 专报) and taken up by them (`同时将政府亮点工作
 * 及时报送政府信息,先后在省市各类简报发布信息3篇,其中“…”一文被《浙江信息》…录用`, real: 临安区经信局 2021):
 * the internal reporting of 政务信息 (信息工作), as 梁平区生态环境局 2021's `报送政务信息、简报简讯150余篇
 * …被生态环境部采用` and 西塞山区科经局 2020's `信息报送情况(如:会议活动简报采用情况…)`, all written down by
 * their gatherers. Not pieces taken up by the media or bulletins with nothing said sent up (`部分编发信息被
 * 《中国审计报》…《…简报》…采用`, real: 中山市审计局 2024, passed by its gatherer).
 */
const SENT_UP_WORD = /报送/;
const BULLETIN_WORD = /简报|专报/;
const TAKEN_UP_WORD = /录用|采用|刊用|采纳/;
const CLAUSE_OR_SENTENCE = /[^。；;\n]+/g;

const sentUpToBulletinsIn = perText<string | null>({ anyOf: '简专', otherwise: null }, (text) => {
  // The clause needs 报送; 专 (专栏) is in most overviews, 报送 in few.
  if (!text.includes('报送')) return null;
  return (
    matchesOf(CLAUSE_OR_SENTENCE, text)
      .map((m) => m[0].trim())
      .find((s) => SENT_UP_WORD.test(s) && BULLETIN_WORD.test(s) && TAKEN_UP_WORD.test(s)) ?? null
  );
});

/**
 * Since a fix of stop 55 after the measure of 2216–2260: pieces counted on an intranet (`媒体发稿517篇,
 * 其中省局外网70篇、四平局内网268…`, real: 四平市气象局 2019; `在党政内网公开信息并完成约稿470余条`, real:
 * 雅安市林业局 2020, both written down by their gatherers): an intranet is shut to the public, what is
 * posted there is 政务信息 sent up or the body's own news, no information made public. Only with a count
 * right after; not `内网上`, `内网站` (`年内网上问政平台…`, `业务范围内网站…`), nor an intranet named a
 * 门户网站 (`市财政局内网门户网站公开信息3条`, real: 古蔺县财政局 2021, taken by its gatherer for a slip
 * of the pen).
 */
const INTRANET_COUNTED =
  /[^，,。；;、\n]{0,12}内网(?![上站]|门户|网站)[^，,。；;、\n\d]{0,14}?\d+(?:余|多)?(?:条|篇)?/;

const intranetCountedIn = perText<string | null>(
  { anyOf: '网', otherwise: null },
  // 网 is in nearly every overview (网站); the pattern's leading run is tried at every character.
  (text) => (text.includes('内网') ? (INTRANET_COUNTED.exec(text)?.[0] ?? null) : null),
);

/** A sub-heading of 总体情况 naming 政府信息(资源)管理 (`(三)政府信息资源管理情况`), its number kept. */
const MANAGEMENT_ITEM_WIDE =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)]\s*[^。；;：:，,\n（(\d]{0,4}政府信息(?:资源)?管理[^。；;：:，,\n]{0,8})/;
/** The staff's study and training (`积极开展《条例》学习宣传活动,全面提高信息工作人员理论业务水平`). */
const STUDY_TOLD = /学习|培训|讲解|业务水平|业务能力|素质/;
/**
 * Any part of managing information or its work: review, secrecy, the documents' cleaning and marking,
 * lists, records, what is published and updated, rules, standards, staff in charge (`MANAGEMENT_SAID`
 * but its 考核, which a text of study names as one of its forms: `通过专题讲解、会议交流、定期考核等`).
 * Training beside rules or staff in charge (`完善政府信息管理标准,…积极参加…培训`, real: 信丰县正平镇 2023;
 * `建立了工作机制,确立专人负责…并加强对专职人员的培训`, real: 剑阁县林业局 2023) tells the management.
 */
const INFORMATION_MANAGED =
  /管理|规范|制度|机制|标准|专人|负责|审核|审查|审定|保密|清理|目录|指南|标注|废止|失效|维护|核查|核对|校对|把关|三审|台账|归档|档案|梳理|更新|修订|属性|发布|动态调整/;

/**
 * Since a fix of stop 55 after the measure of 2216–2260: the item of 总体情况 on 政府信息管理, whole, every
 * sentence of which tells the staff's study or training and none a part of managing information (`(三)政府
 * 信息资源管理情况。依据…要求,通过专题讲解、会议交流、定期考核等多种形式,积极开展《条例》学习宣传活动,全面
 * 提高信息工作人员理论业务水平。`, real: 宜兴市文体广电和旅游局 2022): 监督保障's training under the
 * heading, the management left out. Not an item whose other sentences tell its organisation (`我局领导高度
 * 重视…组织保障。组织集中学习…`, real: 崖州区教育局 2020, passed by its gatherer).
 */
function managementItemStudyOnly(lines: readonly string[]): OffTopicItem | null {
  const found = firstItemJudged(lines, MANAGEMENT_ITEM_WIDE, (said, whole) => {
    if (!whole || INFORMATION_MANAGED.test(said)) return false;
    const told = matchesOf(SENTENCE, said)
      .map((m) => m[0].trim())
      .filter((s) => s !== '');
    return told.length > 0 && told.every((s) => STUDY_TOLD.test(s));
  });
  return found && { heading: found.heading, shown: shownOf(found.said) };
}

/** The readings of stop 55 (after the measure of 2216–2260), in one message, or null. */
function offTopicOfStop55(text: string, lines: readonly string[]): string | null {
  const channel = upAndDownChannelIn(text);
  if (channel)
    return `总体情况写了“${channel}”：上情下达、下情上报是政务信息报送（信息工作）的作用，不是政府信息公开工作，请移出，只写政府信息公开的情况`;
  const bulletins = sentUpToBulletinsIn(text);
  if (bulletins)
    return `总体情况写了“${shownOf(bulletins)}”：向上级报送信息、在简报刊发和被录用是政务信息报送（信息工作），不是政府信息公开工作，请移出，只写政府信息公开的情况`;
  const intranet = intranetCountedIn(text);
  if (intranet)
    return `总体情况写了“${intranet}”：内网不向社会公开，在内网刊发的稿件、信息是内部宣传或政务信息报送，不是主动公开的政府信息，请移出，不要算在公开的数量中`;
  // A sentence of study is needed; 管理 alone is in nearly every overview.
  const study =
    text.includes('管理') && STUDY_TOLD.test(text) ? managementItemStudyOnly(lines) : null;
  if (study)
    return `总体情况的小标题“${study.heading}”下写的是“${study.shown}”：是工作人员的学习培训（属监督保障），没有写政府信息的管理（如公开前审查、规范性文件管理、目录和指南的维护），请核对小标题下的内容`;
  return null;
}

/*
 * Stop 56, after the measure of 2261–2305 (f69): an item on managing information that tells only news
 * pieces printed, a staff promotion told as part of the work, and 信息报送 valued as the showing of
 * the work's highlights.
 */

/**
 * Since a fix of stop 56 after the measure of 2261–2305: the item of 总体情况 on 政府信息管理, whole or as
 * far as read, whose counts are all of news pieces (稿件 printed, sent or posted; `NEWS_COUNTED`), two or
 * more, and which names no part of managing information but the heading's own words (`(三)政府信息管理。
 * 全面加强政府信息管理,在新华网、甘肃广电总台、平凉日报等刊发稿件16篇,“新崆峒”、平凉科技网站发布稿件50余篇,
 * “崆峒科技”微信公众号转载发布稿件100余篇,新闻舆论传播力、引领力…`, real: 平凉市崆峒区科学技术局 2023): news
 * publicity under the heading, the management left out. Not an item on the review of pieces before
 * they go out (`完善了信息发稿审批制度`, real: 玉林市自然资源局 2022), nor one counting the
 * dynamics it pushed beside its rules (`刊发推送卫健动态和健康信息310期`, real: 洛江区卫生健康局 2025).
 */
const NEWS_ONLY_LEAST = 2;
const HEADING_ECHO = /政府信息(?:资源)?管理/g;

function managementItemNewsOnly(lines: readonly string[]): OffTopicItem | null {
  const found = firstItemJudged(lines, MANAGEMENT_ITEM_WIDE, (said) => {
    if (MANAGEMENT_SAID.test(said.replace(HEADING_ECHO, ''))) return false;
    const counts = matchesOf(CLAUSE_COUNT, said).map((c) => c[0]);
    return counts.length >= NEWS_ONLY_LEAST && counts.every(newsCounted);
  });
  return found && { heading: found.heading, shown: shownOf(found.said) };
}

const managementNewsOnlyIn = perText<OffTopicItem | null>(
  { anyOf: '稿刊', otherwise: null },
  (text) => managementItemNewsOnly(linesOf(text)),
);

/**
 * Since a fix of stop 56 after the measure of 2261–2305: a staff member's promotion told in 总体情况
 * (`并将政府信息公开工作作为干部考察的重要内容,今年以来提拔政策规划科四级主任科员为行政级副科长`, real: 乌海市
 * 科学技术局 2022, under `三是政府信息管理情况`): the agency's personnel work, no part of disclosure. Only
 * a promotion to a post (`提拔…为…`), not a promotion made public (`干部任前公示`), which is
 * information published.
 */
const PROMOTION_TOLD = /(?:提拔|晋升|擢升)[^，,。；;\n]{0,20}?为[^，,。；;\n]{1,16}/;
const MADE_KNOWN = /公示|公开|公布|发布/;

const promotionToldIn = perText<string | null>({ anyOf: '拔晋擢', otherwise: null }, (text) => {
  const m = PROMOTION_TOLD.exec(text);
  const clause = m ? withClauseOpening(text, m, 12) : null;
  return clause && !MADE_KNOWN.test(clause) ? clause.trim() : null;
});

/** The clause's words before the mark in it (`m`, found by its literal start), `most` at most. */
const CLAUSE_OPENING = /[^，,。；;\n]*$/;
function withClauseOpening(text: string, m: RegExpExecArray, most: number): string {
  const before = text.slice(Math.max(0, m.index - most), m.index);
  return (CLAUSE_OPENING.exec(before)?.[0] ?? '') + m[0];
}

/**
 * Since a fix of stop 56 after the measure of 2261–2305: 信息报送 valued as the showing of the work's
 * highlights (`把科技信息报送工作作为彰显科技工作亮点的一项主要指标来衡量`, real: 张家川县科学技术局 2024): the
 * sending up of 政务信息 to make the work known above (信息工作), as the corpus's other readings of
 * 报送 find it, not the disclosure of information. Only 信息报送 and the highlights shown (彰显, 展示,
 * 展现) in one clause; highlights sent up to bodies named (`及时报送本单位…年度特色亮点工作动态类信息至
 * 市委…`, real: 鄂尔多斯市国有资产监督管理委员会 2022, passed by its gatherer) are not read.
 */
const REPORTING_TO_SHOW_HIGHLIGHTS =
  /信息报送[^，,。；;\n]{0,20}?(?:彰显|展示|展现)[^，,。；;\n]{0,12}?亮点[^，,。；;\n]{0,20}/;

const reportingToShowHighlightsIn = perText<string | null>(
  { anyOf: '亮', otherwise: null },
  (text) => {
    const m = text.includes('信息报送') ? REPORTING_TO_SHOW_HIGHLIGHTS.exec(text) : null;
    return m ? withClauseOpening(text, m, 16) : null;
  },
);

/** The readings of stop 56 (after the measure of 2261–2305), in one message, or null. */
function offTopicOfStop56(text: string): string | null {
  const news = managementNewsOnlyIn(text);
  if (news)
    return `总体情况的小标题“${news.heading}”下写的是“${news.shown}”：数的都是刊发、发布的新闻稿件（新闻宣传），没有写政府信息的管理（如公开前审查、规范性文件管理、目录和指南的维护），请核对小标题下的内容`;
  const promotion = promotionToldIn(text);
  if (promotion)
    return `总体情况写了“${shownOf(promotion)}”：是干部的提拔任用（人事工作），不是政府信息公开工作，请删去，只写政府信息公开的情况`;
  const highlights = reportingToShowHighlightsIn(text);
  if (highlights)
    return `总体情况写了“${shownOf(highlights.trim())}”：向上级报送信息、展示工作亮点是政务信息报送（信息工作），不是政府信息公开工作，请移出，只写政府信息公开的情况`;
  return null;
}

/*
 * Stop 57, after the measure of 2306–2350 (f73): an item on managing information that tells the rules
 * of the agency's money and internal control.
 */

/**
 * Since a fix of stop 57 after the measure of 2306–2350: the item of 总体情况 on 政府信息管理, whole or cut,
 * whose rules named are of the agency's money or internal control (one at least), none of information,
 * and which names no part of managing information outside them but the heading's own words
 * (`(三)政府信息管理` / `完善《中心基金财务管理制度》、《中心内控管理检查制度》、《权限审批管理制度》,抓好
 * 信息管理,`, real: 重庆市渝中区医疗保障局 2023): the finance and internal-control rules under the heading,
 * the management of information left out. Not rules of information among them (`制定了《普宁市梅林镇政府
 * 信息公开指南》…`, real: 普宁市梅林镇人民政府 2022), nor an item telling its review, lists or staff beside
 * them.
 */
const RULE_TITLE = /《([^》]*)》/g;
const MONEY_OR_CONTROL = /财务|内控|内部控制|基金|资金|资产|采购|考勤/;
const MONEY_RULE_NAMED = new RegExp(`《[^》\\n]*?(?:${MONEY_OR_CONTROL.source})[^》\\n]*》`);
const OF_INFORMATION_RULE = /信息|公开|政务|保密|发布|网站|新闻|宣传|档案/;
const MANAGEMENT_ECHO = /(?:政府|政务)?信息(?:资源)?管理/g;

const moneyRulesOnly = (said: string): string[] | null => {
  const titles = matchesOf(RULE_TITLE, said).map((m) => m[1] ?? '');
  const outside = said.replace(RULE_TITLE, '').replace(MANAGEMENT_ECHO, '');
  return titles.some((t) => MONEY_OR_CONTROL.test(t)) &&
    !titles.some((t) => OF_INFORMATION_RULE.test(t)) &&
    !MANAGEMENT_SAID.test(outside)
    ? titles
    : null;
};

const managementMoneyRulesIn = perText<(OffTopicItem & { rules: string[] }) | null>(
  { anyOf: '财控基资购勤', otherwise: null },
  (text) => {
    // Read-back of stop 57: 基 and 资 of the anchors hold in most overviews (基层, 资源), and 信息管理 is
    // an item's heading in most: a rule of money or control named in 《》 anywhere is asked for first,
    // one scan, before the items are looked for.
    if (!text.includes('信息管理') || !MONEY_RULE_NAMED.test(text)) return null;
    const found = firstItemJudged(
      linesOf(text),
      MANAGEMENT_ITEM_WIDE,
      (said) => moneyRulesOnly(said) !== null,
    );
    const rules = found ? moneyRulesOnly(found.said) : null;
    return found && rules ? { heading: found.heading, shown: shownOf(found.said), rules } : null;
  },
);

/** The readings of stop 57 (after the measure of 2306–2350), in one message, or null. */
function offTopicOfStop57(text: string): string | null {
  const money = managementMoneyRulesIn(text);
  if (money)
    return `总体情况的小标题“${money.heading}”下写的是“${money.shown}”：${money.rules.map((r) => `《${r}》`).join('')}是本机关财务、内控等内部管理制度，没有写政府信息的管理（如公开前审查、规范性文件管理、目录和指南的维护），请核对小标题下的内容`;
  return null;
}

/*
 * The readers of `firstItemOffTopic` read item by item (see `firstItemFound`). Each reads from its
 * heading to the next line `NEXT_ITEM` stops at (`itemText`, `firstProactiveItem`), and each heading
 * opens with a numeral and a closing bracket, a line that opens an item: `PROACTIVE_ITEM`,
 * `PROACTIVE_HEADING_ANY` (its opening bracket may be lost, as `NEXT_ITEM`'s may), `REQUESTS_HEADING`,
 * `REQUESTS_ITEM_WORDED`, `FIELD_ITEM`, `MANAGEMENT_ITEM`, `REPORTING_ITEM`, `PLATFORM_ITEM`. The
 * one exception, `SUPERVISION_ITEM`, may also open a point (`1.`, `一是`) inside an item; its text
 * ends at the next point or sub-heading (`NEXT_ANY_ITEM`, which stops at every line `NEXT_ITEM` stops
 * at, `ITEM_FOLLOWS` too), so it too lies in one item, and the first item holding such a heading
 * holds the text's first. None of these headings is `ITEM_FOLLOWS` (each names its area's words).
 * Those that judge the first item under their heading and stop there (`firstItemJudged`,
 * `firstProactiveItem`, `proactiveItemSaying`, a loop returning at its first heading) are listed with
 * `firstHeadedItem`; those that go on to the next item under their heading when one says nothing,
 * with `firstItemFound`. The whole text's gates (`text.includes(…)`) stay where they are.
 */
const proactiveOffTopicByItem = firstHeadedItem(PROACTIVE_ITEM, proactiveItemOffTopic);
const proactiveOtherWorkByItem = firstHeadedItem(PROACTIVE_ITEM, proactiveItemOtherWork);
const proactiveNewsOnlyByItem = firstHeadedItem(PROACTIVE_ITEM, proactiveItemNewsOnly);
const proactiveOtherCasesByItem = firstHeadedItem(PROACTIVE_ITEM, proactiveItemOtherCases);
const windowCasesByItem = firstItemFound(windowCasesInRequests);
const fieldOffTopicByItem = firstItemFound(fieldItemOffTopic);
const managementLineWorkByItem = firstHeadedItem(MANAGEMENT_ITEM, managementItemLineWork);
const managementTellsOtherByItem = firstHeadedItem(MANAGEMENT_ITEM, managementItemTellsOther);
const managementOpensCountedByItem = firstHeadedItem(MANAGEMENT_ITEM, managementItemOpensCounted);
const reportingOffTopicByItem = firstHeadedItem(REPORTING_ITEM, reportingItemOffTopic);
const proactiveTakenUpByItem = firstHeadedItem(PROACTIVE_HEADING_ANY, proactiveItemTakenUp);
const opinionHandledByItem = firstHeadedItem(PROACTIVE_HEADING_ANY, proactiveItemOpinionHandled);
const platformTellsPublishedByItem = firstHeadedItem(PLATFORM_ITEM, platformItemTellsPublished);
const platformCountsPublishedByItem = firstHeadedItem(PLATFORM_ITEM, platformItemCountsPublished);
const supervisionPublishesByItem = firstHeadedItem(SUPERVISION_ITEM, supervisionItemPublishes);
const platformReceptionByItem = firstHeadedItem(PLATFORM_ITEM, platformItemTellsReception);
const requestsManagedByItem = firstItemFound(requestsItemManaged);
const platformOffTopicByItem = firstHeadedItem(PLATFORM_ITEM, platformItemOffTopic);

/** The first item of 总体情况 whose text tells another matter than its heading's (one warning). */
function firstItemOffTopic(template: FormatTemplate, report: Report): Finding[] {
  const { overview, text } = overviewOf(template, report);
  if (!overview) return [];
  const onOverview = (message: string): Finding[] => [
    {
      target: overview.id,
      section: overview.id,
      fields: [`narrative.${overview.id}` as const],
      message,
    },
  ];
  const lines = linesOf(text);
  // Its items, each read once (see `firstItemFound`); null when the text is read whole.
  const items = overviewItemsOf(text);
  // A sub-heading of the old regulation's reports (`(三)部门信息公开支出及收费情况`, real: 句容市
  // 水利局 2022; `(六)政府信息依申请公开的收费及减免情况`, real: 龙塘乡 2019): the format's
  // 总体情况 has no such item, fees are told in the last part. Since a fix of stop 34 after the
  // measure of 614–643: only in a format whose last part asks for the fees (the 2021 one, under
  // 国办函〔2020〕109号); the 2019 format's 其他需要报告的事项 says nothing of them, and its years'
  // reports telling fees under the old item are no problem (real: 阳城县横河镇 2020 `(三)政府信息
  // 公开的收费及减免情况` / `2020年我认真按照《条例》规定公开政府信息,未收取…`; 龙塘乡 2019, written
  // down as a slip).
  const lastPart = template.sections[template.sections.length - 1];
  const old =
    text.includes('收费') && FEES_ASKED.test(lastPart?.guidance ?? '')
      ? lines.find((l) => OLD_ITEM.test(l))
      : undefined;
  if (old !== undefined) {
    const heading = OLD_ITEM.exec(old)?.[1] ?? '';
    const last = lastPart?.heading ?? '';
    return onOverview(
      `总体情况的小标题“${heading}”是2019年条例修订前旧年报的栏目：现行格式的总体情况写${(overview.areas ?? []).join('、')}等方面，收费情况写在「${last}」中，请按现行格式改写`,
    );
  }
  const proactive = text.includes('主动公开') ? proactiveOffTopicByItem(lines, items) : null;
  if (proactive)
    return onOverview(
      `总体情况的小标题“${proactive.heading}”下只数了“${proactive.said}”：是办理的事项，不是主动公开的政府信息，没有写主动公开了多少信息，请核对小标题下的内容`,
    );
  const otherWork = text.includes('主动公开') ? proactiveOtherWorkByItem(lines, items) : null;
  if (otherWork)
    return onOverview(
      `总体情况的小标题“${otherWork.heading}”下写的是“${otherWork.shown}”：是本机关的业务工作，没有一句主动公开政府信息的情况（公开了什么、多少条、通过什么渠道），请核对小标题下的内容`,
    );
  const news =
    text.includes('稿') || text.includes('刊') ? proactiveNewsOnlyByItem(lines, items) : null;
  if (news)
    return onOverview(
      `总体情况的小标题“${news.heading}”下只数了“${news.shown}”：是向新闻媒体投稿的新闻宣传，不是主动公开的政府信息，没有写主动公开了多少条政府信息，请核对小标题下的内容`,
    );
  const outside =
    text.includes('转载外部') || text.includes('新闻') ? OUTSIDE_NEWS_COUNTED.exec(text) : null;
  if (outside)
    return onOverview(
      `总体情况把“${outside[0]}”算进发布的信息：转载的外部新闻不是本机关主动公开的政府信息，请从主动公开的条数中剔除`,
    );
  const printed = text.includes('刊') ? mediaPrintedInWhole(lines) : null;
  if (printed)
    return onOverview(
      `总体情况说公开信息${printed.whole}条，是把“${printed.printed.join('”“')}”算在内（${printed.parts.join(' + ')} = ${printed.whole}）：媒体刊发的新闻稿不是本机关主动公开的政府信息，请从主动公开的条数中剔除`,
    );
  const media = text.includes('媒体') ? MEDIA_TAKEN_UP.exec(text) : null;
  if (media)
    return onOverview(
      `总体情况写了“${media[0]}”：是向新闻媒体推送稿件、被媒体采用的新闻宣传，不是政府信息公开工作，请移出，只写政府信息公开的情况`,
    );
  const otherCases =
    text.includes('信访') || text.includes('核发') || text.includes('证')
      ? proactiveOtherCasesByItem(lines, items)
      : null;
  if (otherCases)
    return onOverview(
      `总体情况的小标题“${otherCases.heading}”下写了“${otherCases.shown}”：是信访或行政审批（许可）的办件，不是主动公开的政府信息，请移出，只写主动公开政府信息的情况`,
    );
  const windowCases = text.includes('事项') ? windowCasesByItem(lines, items) : null;
  if (windowCases)
    return onOverview(
      `总体情况的小标题“${windowCases.heading}”下写了“${windowCases.shown}…”：是政务服务（行政审批）办件的数字，不是政府信息公开申请的办理情况，请移出或改写`,
    );
  const field = fieldOffTopicByItem(lines, items);
  if (field)
    return onOverview(
      `总体情况的小标题“${field.heading}”下写的是“${field.shown}”，一字未及小标题所说的${(field.heading.match(FIELD_WORD) ?? []).join('、')}：内容与小标题不符，请核对小标题或补写相应内容`,
    );
  const lineWork = text.includes('信息管理') ? managementLineWorkByItem(lines, items) : null;
  if (lineWork)
    return onOverview(
      `总体情况的小标题“${lineWork.heading}”下写的是“${lineWork.shown}”：是本机关的业务工作，没有写政府信息的管理（如公开前审查、规范性文件管理、目录和指南的维护），请核对小标题下的内容`,
    );
  const management = text.includes('信息管理') ? managementItemOffTopic(lines, items) : null;
  if (management)
    return onOverview(
      `总体情况的小标题“${management.heading}”下写的是“${management.shown}”：${management.told}，没有写政府信息的管理（如公开前审查、规范性文件管理、目录和指南的维护），请核对小标题下的内容`,
    );
  const reporting = text.includes('报送') ? reportingOffTopicByItem(lines, items) : null;
  if (reporting)
    return onOverview(
      `总体情况的小标题“${reporting.heading}”下写的是“${reporting.shown}”：是向上级报送政务信息（信息工作），不是政府信息公开工作，请移出或改写为政府信息公开的情况`,
    );
  const takenUp = text.includes('采') ? proactiveTakenUpByItem(lines, items) : null;
  if (takenUp)
    return onOverview(
      `总体情况的小标题“${takenUp.heading}”下写了“${takenUp.shown}”：是向上级报送、被采用的政务信息（信息工作），不是主动公开的政府信息，请移出，只写主动公开政府信息的情况`,
    );
  const sentUp = text.includes('报送') ? sentUpAmongPublished(lines) : null;
  if (sentUp)
    return onOverview(
      `总体情况在公开信息的条数旁写了“${sentUp}”：向上级党委、政府报送政务信息是信息工作，不是主动公开的政府信息，请移出，不要与公开的条数写在一起`,
    );
  const opinion = text.includes('舆情') ? opinionHandledByItem(lines, items) : null;
  if (opinion)
    return onOverview(
      `总体情况的小标题“${opinion.heading}”下把“${opinion.shown}”与公开的信息并列：处置舆情是舆情应对工作，不是主动公开的政府信息，请移出，不要算在主动公开的信息中`,
    );
  const business = text.includes('元') ? businessItemInOverview(lines) : null;
  if (business)
    return onOverview(
      `总体情况分条写了“${business}”：是本机关办理的业务和金额（业务工作），不是政府信息公开工作，请移出，只写政府信息公开的情况`,
    );
  const served = PEOPLE_COUNTED_CUE.test(text) ? servedAmongPublished(lines) : null;
  if (served)
    return onOverview(
      `总体情况在公开信息的条数旁写了“${served}”：是本机关业务工作服务的人数，不是主动公开的政府信息，请移出，只写政府信息公开的情况`,
    );
  const publicity = text.includes('宣传') ? publicityParagraph(lines) : null;
  if (publicity)
    return onOverview(
      `总体情况有一段以“${publicity}”起头：是本机关业务的宣传，不是政府信息公开工作，请移出，总体情况写主动公开、依申请公开、政府信息管理、平台建设和监督保障的情况`,
    );
  const aired = newsBulletinAired(text);
  if (aired)
    return onOverview(
      `总体情况写了“${aired}”等新闻节目的播出：是广播电视、融媒体的新闻宣传业务，不是政府信息公开工作，请移出，只写政府信息公开的情况`,
    );
  const takenUpReporting = text.includes('采用') ? reportingTakenUpParagraph(lines) : null;
  if (takenUpReporting)
    return onOverview(
      `总体情况写了“${takenUpReporting}”：是对向上级报送政务信息、被采用情况的通报（信息工作），不是政府信息公开工作，请移出，只写政府信息公开的情况`,
    );
  const offTopic2216 = offTopicOfStop55(text, lines);
  if (offTopic2216) return onOverview(offTopic2216);
  const offTopic2261 = offTopicOfStop56(text);
  if (offTopic2261) return onOverview(offTopic2261);
  const offTopic2306 = offTopicOfStop57(text);
  if (offTopic2306) return onOverview(offTopic2306);
  const suits = text.includes('民事') || text.includes('刑事') ? reviewItemOtherSuits(lines) : null;
  if (suits)
    return onOverview(
      `总体情况的小标题“${suits.heading}”下写了“${suits.shown}”：民事、刑事案件不是政府信息公开引起的行政复议、行政诉讼，与本报告无关，请删去，只写政府信息公开行政复议、行政诉讼的情况`,
    );
  const otherMatters = proactiveItemOtherMatters(text);
  if (otherMatters)
    return onOverview(
      `总体情况“${otherMatters.heading}”之下分条写了${otherMatters.shown}等方面：这些是其他部分的内容，不是主动公开政府信息的情况，请移到相应的方面或部分中`,
    );
  const shortcomings = shortcomingsInItem(text);
  if (shortcomings)
    return onOverview(
      `总体情况的小标题“${shortcomings.heading}”下写的是“${shortcomings.shown}”：是存在的问题，不是小标题所说的工作情况，请移到「五、政府信息公开工作存在的主要问题及改进情况」中`,
    );
  const platformPublished =
    text.includes('平台建设') && text.includes('主动公开')
      ? (platformTellsPublishedByItem(lines, items) ?? platformCountsPublishedByItem(lines, items))
      : null;
  if (platformPublished)
    return onOverview(
      `总体情况的小标题“${platformPublished.heading}”下写的是“${platformPublished.shown}”：是主动公开的内容，没有写政府信息公开平台（网站、专栏、公开栏等）的建设，请核对小标题下的内容`,
    );
  const supervisionPublished = text.includes('监督保障')
    ? supervisionPublishesByItem(lines, items)
    : null;
  if (supervisionPublished)
    return onOverview(
      `总体情况的小标题“${supervisionPublished.heading}”下写的是“${supervisionPublished.shown}”：是主动公开的信息发布，没有写监督保障（如考核、社会评议、责任追究、培训）的情况，请核对小标题下的内容`,
    );
  const reception =
    text.includes('平台建设') &&
    (text.includes('反响') || text.includes('好评') || text.includes('举报'))
      ? platformReceptionByItem(lines, items)
      : null;
  if (reception)
    return onOverview(
      `总体情况的小标题“${reception.heading}”下写的是“${reception.shown}”：是公开工作的效果，没有写政府信息公开平台（网站、专栏、公开栏等）的建设，请核对小标题下的内容`,
    );
  // A long point saying no word of the work at all: read last, when no reader above names what the
  // overview holds instead (their findings say more: 雅安市林业局 2020's `(一)把握宣传导向…` is told
  // as the intranet's pieces counted, `offTopicOfStop55`).
  const barePoint = (): Finding[] => {
    const bare = text.length >= LONG_POINT ? longPointWithoutDisclosure(lines) : null;
    if (bare)
      return onOverview(
        `总体情况分条写了“${bare}”：这一条通篇没有说政府信息公开（公开、发布、信息等），写的是本机关的业务工作，不是政府信息公开工作，请移出，只写政府信息公开的情况`,
      );
    // Since a fix of stop 67 (fixer f113): an item copied from an earlier paragraph, read last of all
    // (any reading above says what the item holds instead).
    const copied = copiedItemIn(text);
    if (copied)
      return onOverview(
        `总体情况的小标题“${copied.heading}”下写的“${copied.shown}”与前文“${copied.source}”中的一段一字不差：同一段话写了两遍，没有写这一项自己的情况，请核对小标题下的内容`,
      );
    // Since a fix of stop 69 (fixer f121): a point on the news work, read after all the others (any
    // reading above says more of what the overview holds).
    const newsWork = text.includes('宣传') ? newsPublicityPoint(lines) : null;
    if (newsWork)
      return onOverview(
        `总体情况分条写了“${newsWork}”：这一条写的是新闻宣传工作（宣传工作计划、新闻宣传队伍和阵地），不是政府信息公开工作，请移出，只写政府信息公开的情况`,
      );
    // Since a fix of stop 70 (fixer f126): a paragraph of an item counting the line work, and the
    // reporting to bodies above listed, read after all the others (any reading above says more).
    const lineWork = text.length >= LONG_POINT ? lineWorkParagraphIn(text) : null;
    if (lineWork)
      return onOverview(
        `总体情况“${lineWork.heading}”之下有一段“${lineWork.shown}”：通篇没有说政府信息公开（公开、发布、信息等），数的是本机关业务工作的人数、户数、企业数或金额，不是政府信息公开工作，请移出，只写政府信息公开的情况`,
      );
    const sentTo = sentToBodiesIn(text);
    return sentTo
      ? onOverview(
          `总体情况写了向${sentTo.bodies.join('、')}报送信息（“${sentTo.shown}”等）：是向上级机关和部门报送政务信息（信息工作），不是向社会公开政府信息，请移出，只写政府信息公开的情况`,
        )
      : [];
  };
  if (!text.includes('申请')) return barePoint();
  const managedRequests = text.includes('依申请公开') ? requestsManagedByItem(lines, items) : null;
  if (managedRequests)
    return onOverview(
      `总体情况的小标题“${managedRequests.heading}”下写的是“${managedRequests.shown}”：是政府信息管理的工作（${managedRequests.said.join('、')}），没有说本年收到和处理政府信息公开申请的情况，请核对小标题下的内容`,
    );
  const platform = text.includes('平台建设') ? platformOffTopicByItem(lines, items) : null;
  if (platform)
    return onOverview(
      `总体情况的小标题“${platform.heading}”下写的是“${platform.shown}”：是依申请公开的工作，没有写政府信息公开平台（网站、专栏、公开栏等）的建设，请核对小标题下的内容`,
    );
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const requests = REQUESTS_ITEM.exec(line);
    const m = requests ?? PROACTIVE_ITEM.exec(line);
    if (!m) continue;
    const { said, whole } = itemText(lines, i, m[0].length);
    if (said === '') continue;
    const shown = shownOf(said);
    const heading = m[1]?.trim() ?? '';
    const finding = (message: string) => [
      {
        target: overview.id,
        section: overview.id,
        fields: [`narrative.${overview.id}` as const],
        message,
      },
    ];
    // 依申请公开's heading over a count of 主动公开 (real: 芦庙乡 2021).
    if (requests && !said.includes('申请') && PROACTIVE_COUNT.test(said))
      return finding(
        `总体情况的小标题“${heading}”下写的是“${shown}”：是主动公开的数字，没有写收到和处理政府信息公开申请的情况，请核对小标题下的内容`,
      );
    // 依申请公开's heading over an item, whole (the next sub-heading follows), that says nothing of
    // requests received or handled (real: 杨村镇 2024 `认真做好依申请公开政府信息工作,全年未产生行政
    // 复议和行政诉讼情况…`; 始兴县机关事务管理局 2021, the application form and how to send it).
    // Since a fix of stop 51 after the measure of 1949–1993: a line broken inside the item's first
    // sentence (`(二)依申请公开情况2020年度本镇未收到申请公开信息要` / `求。`, real: 石门镇 2020) puts the
    // requests told into what is read as the heading: they are read there too (`brokenInSentence`).
    const told = brokenInSentence(heading, said) ? heading + said : said;
    if (requests && whole && !requestsTold(told) && !NOT_AN_AGENCY.test(said))
      return finding(
        `总体情况的小标题“${heading}”下写的是“${shown}”：没有说本年收到和处理政府信息公开申请的情况（收到几件，或未收到申请），请补充`,
      );
    // 主动公开's heading over the requests (real: 开州区大进镇 2024, `(二)行政机关主动公开政府信息
    // 情况。` / `2024年度,大进镇未收到依申请公开事项。`).
    // Since a fix of stop 63 after the measure of 2576–2620: not 依申请 inside a document's title, the
    // kind of service items a published list names (`公开…《攸县政务服务事项(依申请类)“四办”清单》`, real:
    // 县行政审批服务局 2020, 攸县's): the list is what was made public, not a request.
    if (!requests && REQUESTS_SAID.test(outsideTitles(said)) && !PUBLISHED.test(said))
      return finding(
        `总体情况的小标题“${heading}”下写的是“${shown}”：是依申请公开的情况，没有写主动公开，小标题应为依申请公开，请核对小标题`,
      );
  }
  const point = text.includes('是依申请公开') ? requestsPointSilent(lines) : null;
  if (point)
    return onOverview(
      `总体情况的“${point.heading}”下写的是“${point.shown}”：没有说本年收到和处理政府信息公开申请的情况（收到几件，或未收到申请），请补充`,
    );
  return barePoint();
}

/**
 * Since a fix of stop 61 after the measure of 2486–2530: 依申请公开 as a point numbered `二是`, its text
 * on the line after the heading, the next point (`三是…`) following, that says nothing of requests
 * received or handled (real: 浦江县卫生健康局 2022, `二是依申请公开。截至12月31日,本年度我局未发出政府信息处理
 * 费收费通知书,不存在收取信息处理费的情况。` / `三是政府信息管理。…`): the fees, told in 六, in the requests'
 * place. The bracketed items' reading (`REQUESTS_ITEM`), for points of `X是`.
 */
const REQUESTS_POINT = /^[ \t\u3000]*([一二三四五六七八九十]是依申请公开[^。；;：:，,\n]{0,12})/;
const NEXT_POINT = /^[ \t\u3000]*[一二三四五六七八九十]是/;

function requestsPointSilent(lines: readonly string[]): OffTopicItem | null {
  for (let i = 0; i < lines.length; i += 1) {
    const m = REQUESTS_POINT.exec(lines[i] ?? '');
    if (!m) continue;
    const { said, whole } = itemText(lines, i, m[0].length, NEXT_POINT);
    if (!whole || said === '') return null;
    return requestsTold(said) || NOT_AN_AGENCY.test(said)
      ? null
      : { heading: m[1]?.trim() ?? '', shown: shownOf(said) };
  }
  return null;
}

/**
 * Since a fix of stop 67 after the measure of 2756–2800 (fixer f113): a numbered item of 总体情况
 * whose text is, for the most part, a passage of an earlier paragraph copied word for word (`(三)政府信息
 * 管理情况` / `区卫健局按照区委、区政府统一部署,执行主动公开、依申请公开、政府信息管理、平台建设、监督保障等
 * 文件规定相关内容,在行政执法、医疗机构设置、注销等各方面认真做好信息公开工作。`, the opening paragraph's
 * words, real: 明山区卫生健康局 2024; `(四)平台建设方面。持续优化“企事业信息公开”专栏,新增公共交通及环…`,
 * (三)'s last sentence, real: 红桥区人民政府办公室 2024): the item says nothing of its own. Only a passage of
 * at least 20 characters running across a comma (a sentence, not a list of kinds: `机关职能、机构设置、
 * 办公地址…`, 1991 and 678, lists of the same kinds in two items) with no digit (items of one template,
 * `2021年,办事处通过…公开…16条`, 408, share words around their counts), and at least 3 in 5 of the
 * item's text. In the corpus only those two; the nearest (武定县 2020, a shared run of 64 of 128) is
 * half its item.
 */
const ITEM_HEADING =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)][^。；;：:\n]{0,30}?)(?:[。；;：:]|$)/;
/** Windows of the item's text looked for in the paragraphs before it, every `COPY_WINDOW` characters. */
const COPY_WINDOW = 10;
const COPY_LEAST = 20;
const COPY_SHARE = 0.6;
const HAS_COMMA = /[，,]/;
const HAS_DIGIT = /[\d０-９]/;

interface CopiedItem {
  readonly heading: string;
  readonly shown: string;
  readonly source: string;
}

/**
 * The longest passage of `body` found in `before` (the text above the item's own line) through one of
 * its windows, with where: each window at its first place there. Searched in `before` only, not the
 * whole text: an item's own line and those after it cost nothing (the overview's keystroke reads this).
 */
function longestCopied(body: string, before: string): { run: string; at: number } | null {
  const limit = before.length;
  let best: { run: string; at: number } | null = null;
  for (let k = 0; k + COPY_WINDOW <= body.length; k += COPY_WINDOW) {
    const p = before.indexOf(body.slice(k, k + COPY_WINDOW));
    if (p < 0) continue;
    let a = k;
    let b = p;
    while (a > 0 && b > 0 && body[a - 1] === before[b - 1]) {
      a -= 1;
      b -= 1;
    }
    let e = k + COPY_WINDOW;
    let f = p + COPY_WINDOW;
    while (e < body.length && f < limit && body[e] === before[f]) {
      e += 1;
      f += 1;
    }
    if (!best || e - a > best.run.length) best = { run: body.slice(a, e), at: b };
  }
  return best;
}

const copiedItemIn = perText({ anyOf: '）)', otherwise: null }, (text): CopiedItem | null => {
  const lines = linesOf(text).map((line) => line.replace(/[ \t\u3000]+/g, ''));
  const all = lines.join('\n');
  let lineStart = (lines[0] ?? '').length + 1;
  for (let j = 1; j < lines.length; lineStart += (lines[j] ?? '').length + 1, j += 1) {
    const line = lines[j] ?? '';
    const m = ITEM_HEADING.exec(line);
    if (!m) continue;
    let body = line.slice(m[0].length);
    const next = lines[j + 1];
    if (body === '' && next !== undefined && !ITEM_HEADING.test(next)) body = next;
    if (body.length < COPY_LEAST) continue;
    const copied = longestCopied(body, all.slice(0, lineStart - 1));
    if (
      !copied ||
      copied.run.length < COPY_LEAST ||
      copied.run.length < COPY_SHARE * body.length ||
      !HAS_COMMA.test(copied.run) ||
      HAS_DIGIT.test(copied.run)
    )
      continue;
    const start = all.lastIndexOf('\n', copied.at) + 1;
    const end = all.indexOf('\n', copied.at);
    const source = all.slice(start, end < 0 ? all.length : end);
    return {
      heading: m[1] ?? '',
      shown: shownOf(copied.run),
      source: shownOf(source),
    };
  }
  return null;
});
