import { paragraphsOf, perParagraph, perText } from '../../format/memo';
import {
  compactText,
  maskedByParagraph,
  maskedCompact,
  matchesOf,
  sentenceAround,
} from '../../format/text';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { textsOf, type ReportText } from '../support';

/**
 * A year said of the reporting period: at the start of a clause and followed by `，` or the
 * agency (`2019年，我办…`, `2019年度本局…`). Years in 《…》 and “…”, in document numbers 〔…〕,
 * dates (`2019年5月`) and comparisons (`较之2019年`, `2019年以来`) are not.
 */
const PERIOD_YEAR = /(^|[。；;！？\n，,：:）)]|\d\.)((?:19|20)\d{2})年度?(?=[，,]|我|本|全年|共)/g;
const COMPARISON = /较|比|相比|同比|以来|截至|截止|上年|去年|上一年/;
/**
 * An annual report named with its year and said to be published on a date of that year or
 * earlier (`完成长通街道2024年政府信息公开年度报告，并于2024年1月15日之前…向社会公布`): a year's
 * report is published the next year, so one of the years is wrong (last year's sentence copied).
 */
const REPORT_NAMED = /((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?年度报告/;
const PUBLISHED_ON =
  /(?:于|在)((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?[^。；;至到]{0,40}?(?:公布|发布|公开|上网|报送)/;

/**
 * The preface naming this report with its year (`我镇认真编制了《田黄镇2020年政府信息公开工作年度
 * 报告》`, `特公布2022年…年度报告`): the preface speaks of this report only, so another year there is
 * last year's preface copied (real: 田黄镇's 2021 report).
 */
const THIS_REPORT_NAMED =
  /(?:编制|公布|发布)了?[^。；;]{0,40}?((?:19|20)\d{2})年度?[^。；;《》\d]{0,30}?(?:政府信息公开|政务公开|信息公开)(?:工作)?年度报告/;

/**
 * The preface saying whose year's work this report is compiled from (`结合2024年东山街道政府信息
 * 公开工作实际,编制发布本报告` in a 2025 report, real: 荣成市东山街道): the work of the report's
 * own year (`结合我区2020年政府信息公开工作开展情况,编制…`). Not a document of the year's work
 * (`结合全市2021年政务公开工作要点`): only the work's 实际 or 情况, and only where the sentence goes
 * on to compile or publish the report.
 */
const PREFACE_WORK_YEAR =
  /结合[^。；;，,《》\d]{0,6}?((?:19|20)\d{2})年度?[^。；;，,《》“”\d]{0,20}?(?:政府信息公开|政务信息公开|政务公开|信息公开)工作(?:开展)?(?:实际|情况)[^。；;]{0,12}?(?:编制|公布|发布)/;

/**
 * Since a fix of stop 39 after the measure of 1139–1168: the preface's sentence publishing this
 * report printed under a section (`现向社会公布潞城镇2020年度政府信息公开工作年度报告` under 一、总体情况
 * in a 2021 report, real: 北京市通州区张家湾镇 2021). Only `现…公布/发布` (now): a report published in
 * the year (`公布了2020年度…年度报告`) is rightly last year's; not 现 in another word (`实现`, `发现`).
 */
const THIS_REPORT_NOW =
  /(?<![实表发体出展])现[^。；;，,\d]{0,8}?(?:公布|发布)[^。；;\d]{0,30}?((?:19|20)\d{2})年度?[^。；;《》\d]{0,30}?(?:政府信息公开|政务公开|信息公开)(?:工作)?年度报告/;
const reportNamedNowIn = perText(
  { anyOf: '现', otherwise: null },
  (text): { year: number; words: string } | null => {
    if (!text.includes('年度报告') || !text.includes('现')) return null;
    const m = THIS_REPORT_NOW.exec(compactText(text));
    return m ? { year: Number(m[1]), words: m[0] } : null;
  },
);

/** The year the preface gives this report, when it names it (Chinese year words aside). */
const reportYearInPreface = perText((text): { year: number; words: string } | null => {
  const compact = compactText(text);
  // The report is named `…年度报告`, its work `…工作实际`: a preface without these names none.
  if (!compact.includes('年度报告') && !compact.includes('结合')) return null;
  for (const sentence of compact.split(SENTENCE_BREAK)) {
    if (LAST_YEAR.test(sentence)) continue;
    const m = THIS_REPORT_NAMED.exec(sentence);
    if (m) return { year: Number(m[1]), words: '' };
    const work = PREFACE_WORK_YEAR.exec(sentence);
    if (work) return { year: Number(work[1]), words: work[0] };
  }
  return null;
});

/**
 * Since a fix of stop 45 after the measure of 1514–1543: the preface naming, as what this report is
 * compiled by, the outline or format of another year's reports (`本报告根据《…条例》以及景德镇市2019年度的
 * 政府信息公开年度报告提纲编制` in a 2022 report, real: 珠山区文广新旅局 2022): the year's own reports
 * are compiled by the year's outline, so another year is an old preface copied. Not a format's
 * edition (`2021年版…年度报告格式`), nor a document in 《…》 (its title is `notice-citation-…`'s).
 */
const BASIS_OUTLINE =
  /((?:19|20)\d{2})年度?(?!版)[^。；;《》“”\d]{0,30}?(?:政府信息公开|政务公开|信息公开)(?:工作)?年度报告的?(?:编制|编写)?(?:提纲|格式|模板|要求)[^。；;《》\d]{0,6}?编制/;
// Anchors: the outline, format, template or requirements the basis names (提纲, 格式, 模板, 要求).
const basisOutlineIn = perText(
  { anyOf: '纲式板求', otherwise: null },
  (text): { year: number; words: string } | null => {
    if (!text.includes('年度报告') || !text.includes('编制')) return null;
    const m = BASIS_OUTLINE.exec(maskedCompact(text));
    return m ? { year: Number(m[1]), words: m[0] } : null;
  },
);

/**
 * A budget or final accounts said to be published this year with last year's years
 * (`主动公开了2019年部门预算和2018年部门决算` in a 2020 report, real: 抚州市自然资源局): in year Y an
 * agency publishes Y's budget and Y−1's 决算, so an older year is last year's sentence copied. The
 * budget's execution (`2019年度预算执行情况`) is reported a year late, rightly.
 */
const BUDGET_PUBLISHED =
  /(?:公开|公布|发布)了?[^。；;！？]{0,30}?(?:19|20)\d{2}年度?[^。；;，,、\d]{0,8}?[预决]算/;
// Since a fix of stop 47 after the measure of 1634–1678: `预决算` read as one item, the pair's common
// name (`公开了…2020年财政预决算` in a 2020 report, real: 万载县白水乡 2020), not a 决算 of the year
// said published within it (`earlyAccounts` reads 决算 alone); older than last year, it is stale all
// the same (`staleBudget` reads it as a 决算).
const BUDGET_ITEM = /((?:19|20)\d{2})年度?[^。；;，,、和及与\d]{0,8}?(预算|预?决算)(?!执行)/g;
// Since a fix of stop 58 after the measure of 2351–2395: a budget whose year a 决算 after it shares
// (`公开民政部门2023年度部门预算和部门决算信息` in a 2024 report, real: 灵武市民政局 2024): the one year
// is right for the 决算 (Y−1), so the pair is not a stale budget. A 决算 with its own year
// (`2019年部门预算和2018年部门决算`) is read on its own.
const ACCOUNTS_SHARING_THE_YEAR = /^[和及与、][^。；;，,\d]{0,8}?决算/;

/** Every budget or 决算 said published, with its year and the words (for the message). */
const budgetsPublishedIn = perText({ anyOf: '算', otherwise: [] }, (_, analysed) => {
  const out: {
    readonly year: number;
    readonly kind: string;
    readonly words: string;
    /** Whether a 决算 after it, with no year of its own, shares its year. */
    readonly sharedWithAccounts: boolean;
  }[] = [];
  const compact = compactText(analysed);
  // A budget said published names 预算 or 决算 (most texts name neither).
  if (!compact.includes('预算') && !compact.includes('决算')) return out;
  for (const sentence of compact.split(SENTENCE_BREAK)) {
    const m = BUDGET_PUBLISHED.exec(sentence);
    if (!m) continue;
    const rest = sentence.slice(m.index);
    for (const item of matchesOf(BUDGET_ITEM, rest)) {
      const after = rest.slice(item.index + item[0].length);
      out.push({
        year: Number(item[1]),
        kind: item[2] ?? '',
        words: item[0],
        sharedWithAccounts: ACCOUNTS_SHARING_THE_YEAR.test(after),
      });
    }
  }
  return out;
});

/** The first budget (older than Y) or 决算 (older than Y−1) said published in report year Y. */
function staleBudget(text: Parameters<typeof budgetsPublishedIn>[0], year: number) {
  return (
    budgetsPublishedIn(text).find(
      (b) => b.year < (b.kind === '预算' && !b.sharedWithAccounts ? year : year - 1),
    ) ?? null
  );
}

/**
 * Since a fix of stop 38 after the measure of 1079–1108: a 决算 of the report's year or a later one
 * said published (`公开了花湖镇2025年度财政预算说明、花湖镇2024年财政预算执行情况和2025年度财政决算
 * (草案)报告` in a 2025 report, real: 鄂城区花湖镇; `公开2024年度财政决算报告和2025年度财政预算报告` in
 * a 2024 report, real: 长寿区双龙镇): a year's 决算 is drawn up after the year ends, so it cannot be
 * published within it. A budget of the year after is left alone: some towns publish next year's
 * budget draft in the year's last weeks.
 */
function earlyAccounts(text: Parameters<typeof budgetsPublishedIn>[0], year: number) {
  return budgetsPublishedIn(text).find((b) => b.kind === '决算' && b.year >= year) ?? null;
}

/**
 * A count said to stand at the end of the year before the report's (`截至2020年12月31日,我办通过…
 * 网站公布信息1877条` in a 2021 report, real: 天水市乡村振兴局): a year's report counts to its own
 * year's end, so the year is last year's sentence copied. Only `截至`/`截止` a year's end (the
 * statistics period `自…起至…止` is `statistics-period-mismatch`'s).
 */
const YEAR_END_COUNT = /(?:截至|截止)(?:到)?((?:19|20)\d{2})年(?:12月31日|底|末)/g;

const lastYearEndCountIn = (text: ReportText, year: number): string | null => {
  if (!text.text.includes('截')) return null;
  const compact = compactText(text.text);
  for (const m of matchesOf(YEAR_END_COUNT, compact)) if (Number(m[1]) === year - 1) return m[0];
  return null;
};

/**
 * Wrong year in the text: a year other than the report year and the one after it (plans),
 * said of the reporting period. Section 五 is left out: it rightly speaks of last year.
 */
export const wrongYearCheck = defineCheck({
  id: 'wrong-year-in-text',
  severity: 'warning',
  spec: '4.4',
  title: '正文年份可能写错',
  run: wrongYears,
});

interface PeriodYear {
  readonly said: number;
  /** Whether its sentence compares (`较2019年`). */
  readonly comparison: boolean;
  /** Where the year starts in the compact text. */
  readonly start: number;
  /**
   * The year the sentence before opens with, when this year opens a sentence and it follows right
   * after (null otherwise), and whether this sentence says a plan (`将`, `下一步`): for a year told on
   * from the year before it (`continuedAfter`).
   */
  readonly after: number | null;
  readonly planned: boolean;
}

/** A year opening a sentence (`2024年,`, `2024年度我局`). */
const SENTENCE_YEAR = /^((?:19|20)\d{2})年/;
/** What ends the sentence before a year that opens its own. */
const SENTENCE_END = /[。！？!?]$/;

/**
 * The year the sentence right before `start` opens with, when the year at `start` opens a sentence
 * after a full stop (not a new paragraph, nor a clause).
 */
function yearOpeningBefore(masked: string, start: number): number | null {
  if (!SENTENCE_END.test(masked.slice(Math.max(0, start - 1), start))) return null;
  const before = sentenceAround(masked, start - 2);
  const m = SENTENCE_YEAR.exec(before);
  return m ? Number(m[1]) : null;
}

/**
 * Since a fix of stop 48 after the measure of 1724–1768 (helper f27): years listed together
 * (`2018年,2019年,我委“12345”政府热线均被评为先进部门` in a 2020 report, real: 衡山县科学园区 2020): the
 * reporting period is one year, so a list of years speaks of several, those before it rightly named
 * (honours, a record). A year with another right after it, or right before it, is not read as the
 * period.
 */
const YEAR_LISTED_AFTER = /^[，,、和及与](?:19|20)\d{2}年/;
const YEAR_LISTED_BEFORE = /(?:19|20)\d{2}年度?[，,、和及与]$/;
function yearListed(masked: string, start: number, end: number): boolean {
  return (
    YEAR_LISTED_AFTER.test(masked.slice(end, end + 7)) ||
    YEAR_LISTED_BEFORE.test(masked.slice(Math.max(0, start - 8), start))
  );
}

/** The years said of the reporting period in a compact text (`masked`: its `maskQuoted` form). */
function periodYearsOf(masked: string): PeriodYear[] {
  const out: PeriodYear[] = [];
  PERIOD_YEAR.lastIndex = 0;
  for (let m = PERIOD_YEAR.exec(masked); m; m = PERIOD_YEAR.exec(masked)) {
    const start = m.index + (m[1] ?? '').length;
    if (yearListed(masked, start, m.index + m[0].length)) continue;
    const sentence = sentenceAround(masked, start);
    const after = yearOpeningBefore(masked, start);
    out.push({
      said: Number(m[2]),
      comparison: COMPARISON.test(sentence),
      start,
      after,
      planned: after !== null && PLAN_WORDS.test(sentence),
    });
  }
  return out;
}

/** `periodYearsOf` one paragraph, worked out once per paragraph. */
const paragraphPeriodYears = perText((_, analysed) => periodYearsOf(maskedCompact(analysed)));

/**
 * Since a fix of stop 51 after the measure of 1949–1993: the year after the report's opening a sentence
 * right after one opening with the year before it, no plan said (`2024年街道党政办及各部门…主动公开信息
 * 82条,…。2025年,街道进一步强化组织领导、明确任务分工…,持续拓宽政府信息公开的范围` in a 2024 report,
 * real: 东河街道 2024): the year's work told on, its year the next one. A year after it is otherwise left
 * alone, as plans; the corpus's other such sentences say 将, 继续 or 力争 (侯家庄乡 2021 and others).
 */
function continuedAfter(p: PeriodYear): boolean {
  return p.after !== null && p.said === p.after + 1 && !p.planned && !p.comparison;
}

/**
 * The years a text says of the reporting period, in order: the year, whether its sentence
 * compares (`较2019年`), and the words from it on (for the message). Worked out once per text,
 * from its paragraphs' when its quotations close within their paragraphs (`maskedByParagraph`:
 * a match, its sentence and its quotations then lie within one paragraph).
 */
const periodYearsIn = perText((_, analysed) => {
  const compact = compactText(analysed);
  const out: {
    readonly said: number;
    readonly comparison: boolean;
    readonly words: string;
    readonly continued: boolean;
  }[] = [];
  if (!maskedByParagraph(analysed)) {
    // Same length as `compact`: indices match, titles and quotations are blanked out.
    for (const p of periodYearsOf(maskedCompact(analysed)))
      out.push({
        said: p.said,
        comparison: p.comparison,
        words: compact.slice(p.start, p.start + 16),
        continued: continuedAfter(p),
      });
    return out;
  }
  let offset = 0;
  for (const part of paragraphsOf(analysed)) {
    const own = compactText(part);
    for (const p of paragraphPeriodYears(part)) {
      const { said, comparison, start } = p;
      // The words may run on into the next paragraph.
      const words =
        start + 16 <= own.length
          ? own.slice(start, start + 16)
          : compact.slice(offset + start, offset + start + 16);
      out.push({ said, comparison, words, continued: continuedAfter(p) });
    }
    offset += own.length + 1;
  }
  return out;
});

function wrongYears(ctx: CheckContext): Finding[] {
  const year = ctx.report.meta.year;
  if (year === null) return [];
  const issues: Finding[] = [];
  const seen = new Set<string>();
  for (const text of textsOf(ctx)) {
    const { section, field } = text;
    // Each wrong year once per text, whichever reading finds it first.
    const say = (key: string, message: string): void => {
      const target = `${section}:${key}`;
      if (seen.has(target)) return;
      seen.add(target);
      issues.push({ target, fields: [field], section, message });
    };
    const published = reportPublishedTooEarly(text);
    if (published)
      say(
        `report-${published.named}`,
        `文中说“${published.named}年…年度报告”于 ${published.date} 公布，但${published.named}年度的报告要到 ${published.named + 1} 年才能公布：年份是否写错（照抄了去年的句子）？`,
      );
    if (section === 'meta') {
      const named = reportYearInPreface(text);
      if (named !== null && named.year !== year)
        say(
          String(named.year),
          named.words
            ? `前言说“${named.words}…”本报告，而报告年度是 ${year} 年：依据的应是${year}年的工作，年份是否写错（照抄了往年的前言）？`
            : `前言称本报告为“${named.year}年…年度报告”，而报告年度是 ${year} 年：年份是否写错（照抄了往年的前言）？`,
        );
      const plan = planPartIn(text);
      if (plan !== null && plan.year <= year)
        say(
          String(plan.year),
          `${year}年度的报告，前言所列部分有“${plan.words}”：报告里的工作打算是下一年的，应为“${year + 1}年”，年份是否照抄了往年的前言？`,
        );
      const outline = basisOutlineIn(text);
      if (outline !== null && outline.year !== year)
        say(
          String(outline.year),
          `前言说本报告依据“${outline.words}”，而报告年度是 ${year} 年：应依据${year}年度的年报提纲（格式）编制，年份是否写错（照抄了往年的前言）？`,
        );
    }
    if (section !== 'meta') {
      const now = reportNamedNowIn(text);
      if (now !== null && now.year !== year)
        say(
          String(now.year),
          `文中写“${now.words}”，而本报告是 ${year} 年度的：年份是否写错（照抄了往年的句子）？`,
        );
    }
    if (section === 'problems') continue;
    const done = section === 'meta' ? null : reportsSaidDone(text).find((r) => r.named === year);
    if (done)
      say(
        `report-${year}`,
        `${year}年度的报告写“${done.words}”：${year}年度的报告要到 ${year + 1} 年才能公布，${year}年内上传、公布的应是${year - 1}年度的报告，年份是否写错（照抄了往年的句子）？`,
      );
    const stale = staleBudget(text, year);
    if (stale)
      say(
        `budget-${stale.year}`,
        `${year}年度的报告写公开了“${stale.words}”：${year}年公开的应是${year}年的预算、${year - 1}年的决算，年份是否照抄了往年的报告？`,
      );
    const early = earlyAccounts(text, year);
    if (early)
      say(
        `accounts-${early.year}`,
        `${year}年度的报告写公开了“${early.words}”：${early.year}年度的决算要到 ${early.year + 1} 年才能编成，${year}年内公开的应是${year - 1}年度的决算，年份或“预算”“决算”是否写错？`,
      );
    if (section !== 'meta') {
      const lastYearEnd = lastYearEndCountIn(text, year);
      if (lastYearEnd)
        say(
          String(year - 1),
          `${year}年度的报告写“${lastYearEnd}…”：那是${year - 1}年底的数，${year}年度的数应截至${year}年12月31日，年份是否照抄了去年的报告？`,
        );
    }
    const carried = carriedToIn(text);
    if (carried !== null && carried.year !== year + 1)
      say(
        String(carried.year),
        `${year}年度的报告写“${carried.words}”：本年未办结的申请结转到下一年，应为“结转到${year + 1}年”，年份是否照抄了往年的报告？`,
      );
    if (section === 'overview') {
      const opening = nextYearOpeningIn(text);
      if (opening !== null && opening.year === year + 1)
        say(
          String(opening.year),
          `${year}年度的报告，总体情况开头写「${opening.words}…」：讲的是本年度的工作，年份是否应为 ${year} 年？`,
        );
      const paragraph = yearParagraphsIn(text).find((p) => p.year === year + 1);
      if (paragraph !== undefined)
        say(
          String(paragraph.year),
          `${year}年度的报告，总体情况中一段开头写「${paragraph.words}…」：讲的是本年度的情况，年份是否应为 ${year} 年？`,
        );
    }
    for (const { said, comparison, words, continued } of periodYearsIn(text)) {
      if (said === year + 1 && continued && section === 'overview') {
        say(
          String(said),
          `${year}年度的报告，在${year}年的工作之后接着写「${words}…」：讲的是已做的工作，不是计划，年份是否应为 ${year} 年？`,
        );
        continue;
      }
      if (said === year || said === year + 1 || comparison) continue;
      say(String(said), `${year}年度的报告中写有「${words}…」，年份是否应为 ${year} 年？`);
    }
  }
  return issues;
}

/**
 * Since a fix of stop 42 after the measure of 1349–1378: the overview's first sentence opening with a
 * year then the agency at the year's work (`2022年,侯家庄乡人民政府严格按照《…条例》的规定,…深入推进政府
 * 信息公开工作。` in a 2021 report, real: 侯家庄乡 2021): the overview reports its own year, so the year
 * after it there is a wrong year (read by the check; `periodYearsIn` leaves the year after alone, as
 * plans). Not a sentence of plans (`2022年,我局将…`, `下一步`) nor one comparing (`较`, `以来`).
 */
const OPENING_YEAR = /^((?:19|20)\d{2})年度?[，,]([^。；;！？!?\n]{4,})/;
const PLAN_WORDS = /将|拟|计划|下一步|明年|继续|力争|预计|以来|较|比|截至|截止/;
const nextYearOpeningIn = perText((text): { year: number; words: string } | null => {
  const compact = compactText(text).trimStart();
  const m = OPENING_YEAR.exec(compact);
  if (m === null || PLAN_WORDS.test(m[2] ?? '')) return null;
  return { year: Number(m[1]), words: m[0].slice(0, 20) };
});

/**
 * Since a fix of stop 56 after the measure of 2261–2305: a paragraph of the overview (under its
 * sub-heading) opening with a year then a fact of the year's work, none or a count (`2022年,我局无依
 * 申请公开事项。` under `(二)依申请公开` in a 2021 report, real: 包头市文化旅游广电局 2021): the overview
 * reports its own year, so the year after it opening such a paragraph is a wrong year (`OPENING_YEAR`
 * read on each line, not only the first). Not a plan (`PLAN_WORDS`); only the facts a year's report
 * states (无, 未, 没有, 共, a verb of receiving or publishing).
 */
const YEAR_FACT = /无|未|没有|共|收到|受理|办理|发布|公开/;
// Line by line, each paragraph's kept with it: a keystroke reads its own paragraph again only.
const yearParagraphsIn = perParagraph((_, analysed): readonly { year: number; words: string }[] => {
  const out: { year: number; words: string }[] = [];
  for (const line of compactText(analysed).split('\n')) {
    const m = OPENING_YEAR.exec(line.trimStart());
    if (m !== null && !PLAN_WORDS.test(m[2] ?? '') && YEAR_FACT.test(m[2] ?? ''))
      out.push({ year: Number(m[1]), words: m[0].slice(0, 20) });
  }
  return out;
});

/**
 * Since a fix of stop 56 after the measure of 2261–2305: the preface listing the report's parts with
 * its plans named for the report's year or before (`本报告由概述、…、存在的主要问题和2021年工作思路四部分
 * 组成` in a 2021 report, real: 饶河县文化广电和旅游局 2021): the report's plans are the next year's
 * (`2022年工作思路`, real: 路桥区螺洋街道 2021), so the year is last year's preface copied. Only in the
 * sentence listing the parts (组成, 包括, 分为 and 部分): a plan published in the year (`公开2024年工作总结
 * 和2025年工作计划`, real: 鄂城区花湖镇 2025) is another matter.
 */
const PARTS_LISTED = /组成|包括|分为|部分/;
const PLAN_PART = /((?:19|20)\d{2})年度?工作(?:思路|计划|打算|设想)/;
// Anchors: the plan's last character (思路, 计划, 打算, 设想).
const planPartIn = perText(
  { anyOf: '路划算想', otherwise: null },
  (text): { year: number; words: string } | null => {
    for (const sentence of compactText(text).split(SENTENCE_BREAK)) {
      const m = PLAN_PART.exec(sentence);
      if (m !== null && PARTS_LISTED.test(sentence)) return { year: Number(m[1]), words: m[0] };
    }
    return null;
  },
);

/**
 * Since a fix of stop 44 after the measure of 1379–1423: the requests carried over said carried to a
 * year other than the next (`结转到2024年办理0件` in a 2024 report, real: 湘阴县东塘镇 2024): what is not
 * done in year Y is carried to Y+1 (`结转至2024年度办理` in 2023's, `结转到2025年80件` in 2024's, every
 * other one in the corpus). Only with 到 or 至, which say the direction (`结转2021年1件` may be the year
 * it came from).
 */
const CARRIED_TO = /结转(?:到|至)((?:19|20)\d{2})年度?[^，,。；;]{0,8}/;
const carriedToIn = perText(
  { anyOf: '转', otherwise: null },
  (text): { year: number; words: string } | null => {
    if (!text.includes('结转')) return null;
    const m = CARRIED_TO.exec(compactText(text));
    return m ? { year: Number(m[1]), words: m[0] } : null;
  },
);

const SENTENCE_BREAK = /[。！？!?\n]/;
const LAST_YEAR = /上年|去年|上一年/;

/**
 * A year's annual report said done as the year's work, on time (`按时上传大连市发展和改革委员会2024年
 * 政府信息公开工作年度报告` in the 2024 report's 主动公开 item, real: 大连市发改委 2024): in year Y an
 * agency publishes Y−1's report, so a report of the report's own year is a wrong year. Only after
 * 按时, 及时 or 如期 and a verb of putting it out: not the report introducing itself (`现公布我局2022年
 * 政府信息公开工作年度报告`), nor a notice on the year's reports in 《…》, nor what will be done (将).
 */
const REPORT_SAID_DONE =
  /(?:按时|及时|如期)(?:完成|上传|发布|公布|公开|报送|编制)[^。；;，,《》\d]{0,30}?((?:19|20)\d{2})年度?[^。；;，,《》\d]{0,30}?(?:政府信息公开|政务公开|信息公开)(?:工作)?年度报告/;
const WILL = /将|拟|计划|下一步|明年/;

/** The annual reports a text says put out on time, with their years and words (for the message). */
const reportsSaidDone = perText(
  { anyOf: '告', otherwise: [] },
  (text): { named: number; words: string }[] => {
    if (!text.includes('年度报告')) return [];
    const out: { named: number; words: string }[] = [];
    for (const sentence of compactText(text).split(SENTENCE_BREAK)) {
      const m = REPORT_SAID_DONE.exec(sentence);
      if (m && !WILL.test(sentence.slice(0, m.index)))
        out.push({ named: Number(m[1]), words: m[0] });
    }
    return out;
  },
);

/** The first sentence naming a year's annual report as published in that year or before. */
const reportPublishedTooEarly = perText(
  { anyOf: '告', otherwise: null },
  (text): { named: number; date: string } | null => {
    if (!text.includes('年度报告')) return null;
    for (const sentence of compactText(text).split(SENTENCE_BREAK)) {
      const named = REPORT_NAMED.exec(sentence);
      if (!named) continue;
      const on = PUBLISHED_ON.exec(sentence.slice((named.index ?? 0) + named[0].length));
      if (!on) continue;
      const year = Number(named[1]);
      if (Number(on[1]) > year) continue;
      return { named: year, date: `${on[1]}年${on[2]}月${on[3] ? `${on[3]}日` : ''}` };
    }
    return null;
  },
);
