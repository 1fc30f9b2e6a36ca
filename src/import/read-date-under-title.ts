import { isFurnitureAfterDate } from './page-furniture';
import { brokenTitle } from './read-front-and-signature';
import { dateAfterTitle, isTitle } from './read-meta';

/** Bullets and bars a page's properties are printed with (`  • 2022-04-25 09:14`, `| 2025-01-15 |`). */
const MARKS = /^[\s•·●▪◆*|-]+|[\s|]+$/g;

/** A date and its time if any, at the start of a line (`2022-04-25 09:14`, `2022年01月18日`). */
export const BARE_DATE =
  /^(\d{4})\s*[-年/.．]\s*(\d{1,2})\s*[-月/.．]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/;

/**
 * Since a fix of stop 39 after the measure of 1109–1138: the page's source before its date and time
 * on one line (`来源:云南省人民政府办公厅          2020-03-31 17:13:25 【字体:`, real: 云南省 2019).
 * The source's label and one value without a space, a comma or a digit; the date after it is read
 * only with its time (a page's stamp, never a document's date, which prints no time), and only
 * furniture after it (`isFurnitureAfterDate`: no other date).
 */
const SOURCE_BEFORE_DATE =
  /^(?:来源|信息来源|文章来源|发布机构|发布单位|发布)\s*[:：]\s*[^\s\d:：，,。；;《》()（）]{2,30}[ \t\u00a0\u3000]+(?=\d{4})/;
/** A date followed by its time (`2020-03-31 17:13:25`). */
const TIMED = /\d{1,2}[:：]\d{2}$/;

/**
 * Since a fix of stop 63 after the measure of 2576–2620: a page's property list printing one date
 * three times or more with no label (`  • 2022-02-15` on three lines, real: 惠济区残疾人联合会 2021;
 * 巩义市紫荆路街道 2021 the same) has lost the labels of several dates (成文, 发布, 生效 or others):
 * which is which is not told, and the corpus takes none (twice, `  • 2021-01-18` under a page's
 * title, its gatherers took as the date it was put out: real, 郑州市上街区济源路街道办事处 2020).
 */
const UNLABELLED_RUN = 3;
const LIST_MARK = /^\s*[•·●▪◆*]/;

/** How many lines of the front, from this list item on, print the same thing (1 when not a list's). */
function unlabelledDatesRun(front: readonly string[], line: string): number {
  if (!LIST_MARK.test(line)) return 1;
  const at = front.indexOf(line);
  let n = 1;
  while (front[at + n]?.trim() === line.trim()) n += 1;
  return n;
}

/** Lines after the title looked at: a page's properties (index number, agency, date) at most. */
const WINDOW = 4;

/**
 * The date a page prints under the report's title without a label: `两英镇政府2021年信息公开工作年度
 * 报告` / `  • 2022-04-25 09:14` (real: 两英镇 2021), `2025-01-26 15:07` (real: 工农区 2024). In
 * every text of the corpus with such a line (five: a date alone, with its time, after the index
 * number and agency, or with the agency or `来源:` after it; since stop 33 also with a page's counters
 * and buttons after it, real: 城中区文体旅游科技局 2023) it is the date the page was put out,
 * between January and April after the report's year, never another date; a labelled date
 * (`发布日期:`, readPageDate) is preferred. Only the lines between the title and the preface are
 * looked at: a page's header may print today's date above the title, and the text's own dates are
 * in sentences.
 */
export function readDateUnderTitle(front: readonly string[]): {
  iso: string;
  line: string;
  afterTitle?: true;
  aboveTitle?: true;
  bracketed?: true;
} | null {
  const own = bracketedDateUnderTitle(front) ?? signedUnderTitle(front);
  if (own) return own;
  let titleEnd = front.findIndex((p) => isTitle(p));
  // Since a fix of stop 35 after the measure of 719–748: a title broken over two lines, neither a
  // title alone (`衡南县人民政府办公室2022年政府信息` / `公开年度报告` / `(2023年1月31日)`, real: 衡南县
  // 政府办 2022): the date is under its second line.
  if (titleEnd < 0) {
    const at = front.findIndex((p, i) => i < 5 && brokenTitle(p, front[i + 1]));
    titleEnd = at < 0 ? -1 : at + 1;
  }
  if (titleEnd < 0) return null;
  // Since a fix of stop 37 after the measure of 959–988: the date on the title's own line, after it
  // (`2020年上海市杨浦区人民政府信息公开工作年度报告 2021-02-19`, real: 杨浦区 2020).
  const after = dateAfterTitle(front[titleEnd] ?? '');
  const onTitle = after === null ? null : BARE_DATE.exec(after);
  if (onTitle) {
    const iso = validIso(onTitle[1], onTitle[2], onTitle[3]);
    if (iso !== null) return { iso, line: after ?? '', afterTitle: true };
  }
  for (const line of front.slice(titleEnd + 1, titleEnd + 1 + WINDOW)) {
    // A date in brackets under the title, as a document prints its date (`(2021年1 月27日)`,
    // real: 衡南县政府办 2020).
    const t = line.replace(MARKS, '').replace(/^[（(]\s*([^()（）]+?)\s*[)）]$/, '$1');
    // The preface (or any sentence) ends the page's properties.
    if (/[，,。；;]/.test(t) || t.length > 60) break;
    const sourced = SOURCE_BEFORE_DATE.exec(t);
    const dated = sourced ? t.slice(sourced[0].length) : t;
    const m = BARE_DATE.exec(dated);
    if (sourced && !TIMED.test(m?.[0] ?? '')) continue;
    // After the date, at most the page's furniture: the publishing agency, the source, a counter
    // or buttons (`2024-01-26   伊宁县人民政府办公室`, `2022年01月18日来源:1`, `2024-01-11 15:04
    // 点击:[] 来源:区文体旅游科技局`, real: 城中区文体旅游科技局 2023), no other date.
    if (!m || !isFurnitureAfterDate(dated.slice(m[0].length))) continue;
    const iso = validIso(m[1], m[2], m[3]);
    if (iso !== null && unlabelledDatesRun(front, line) >= UNLABELLED_RUN) return null;
    if (iso !== null) return { iso, line: t };
  }
  return timedDateAmongTitleLines(front, titleEnd);
}

/** A date with its time and nothing else on its line (`2026-01-28 10:06`). */
const TIMED_DATE_ALONE = /^(\d{4})-(\d{1,2})-(\d{1,2})[ \t\u00a0\u3000]+\d{1,2}:\d{2}(?::\d{2})?$/;
/** A name printed alone on its line, no punctuation nor digit (`鹤岗市林业和草原局`). */
const NAME_ALONE = /^[\u4e00-\u9fff]{2,30}$/;

/**
 * Since a fix of stop 39 after the measure of 1169–1198: the page's date and time alone on a line
 * among the title's lines above it, the agency's name printed on either side (`鹤岗市林业和草原局` /
 * `2026-01-28 10:06` / `鹤岗市林业和草原局` / `2025年政府信息公开工作年度报告`, real: 鹤岗市林业和草原局
 * 2025): the date the page was put out. Read only above the title, with its time (a page's stamp,
 * never a document's date), only between a name alone above it and a name alone or the title below
 * it, every line up to the title a name: never a date in a sentence or a statistics period.
 */
function timedDateAmongTitleLines(
  front: readonly string[],
  titleEnd: number,
): { iso: string; line: string; aboveTitle: true } | null {
  let i = titleEnd - 1;
  while (i >= 0 && NAME_ALONE.test((front[i] ?? '').trim())) i -= 1;
  if (i < 1) return null;
  const line = (front[i] ?? '').trim();
  const m = TIMED_DATE_ALONE.exec(line);
  if (!m || !NAME_ALONE.test((front[i - 1] ?? '').trim())) return null;
  const iso = validIso(m[1], m[2], m[3]);
  return iso === null ? null : { iso, line, aboveTitle: true };
}

/** A date in brackets alone on its line, as a document prints its own date: `(2021年1月19日)`. */
const BRACKETED_DATE = /^[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]$/;

/**
 * Since a fix of stop 38 after the measure of 1049–1078: the report's own date, in brackets on its
 * own line right under the title, wherever the title is printed (`广州市南沙区珠江街道办事处` /
 * `2020年政府信息公开工作年度报告` / `(2021年1月19日)`, the title printed again below the page's
 * `来源:珠江街发布日期:2021-01-22`, real: 珠江街道 2020). It is the document's date, as a signature's
 * (the caller prefers it to a page's 发布日期); only a line directly under a title or a title broken
 * over two lines is read, so a bracketed date elsewhere (a sentence's aside) is not taken.
 */
function bracketedDateUnderTitle(
  front: readonly string[],
): { iso: string; line: string; bracketed: true } | null {
  for (let i = 1; i < front.length; i += 1) {
    const line = (front[i] ?? '').trim();
    const m = BRACKETED_DATE.exec(line);
    if (!m) continue;
    const above = front[i - 1] ?? '';
    if (!isTitle(above) && !(i >= 2 && brokenTitle(front[i - 2] ?? '', above))) continue;
    const iso = validIso(m[1], m[2], m[3]);
    if (iso !== null) return { iso, line: line.slice(1, -1).trim(), bracketed: true };
  }
  return null;
}

/** A date written out alone on its line, as a signature prints it: `2021年1月5日`. */
const WRITTEN_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/**
 * Since a fix of stop 48 after the measure of 1679–1723: the report's signature printed under its
 * title, the agency's name alone on a line and the date written out on the next (`2020年上海市青浦区华新镇`
 * / `政府信息公开工作年度报告` / `上海市青浦区华新镇` / `2021年1月5日`, then `引言`, real: 华新镇 2020): the
 * document's date, as a bracketed one under the title (`bracketedDateUnderTitle`). Only a name alone
 * between the title (or a title broken over two lines) and the date, the date in 年月日.
 */
function signedUnderTitle(
  front: readonly string[],
): { iso: string; line: string; bracketed: true } | null {
  for (let i = 1; i < front.length; i += 1) {
    const line = (front[i] ?? '').trim();
    const m = WRITTEN_DATE.exec(line);
    if (!m || !NAME_ALONE.test((front[i - 1] ?? '').trim())) continue;
    const above = front[i - 2] ?? '';
    const titled = i >= 2 && (isTitle(above) || (i >= 3 && brokenTitle(front[i - 3] ?? '', above)));
    if (!titled && !(i === 1 && PREFACE_OPENS.test((front[2] ?? '').trim()))) continue;
    const iso = validIso(m[1], m[2], m[3]);
    if (iso !== null) return { iso, line, bracketed: true };
  }
  return null;
}

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the same signature opening the page, its title
 * cut off above, the preface right under it (`上海市公安局青浦分局` / `2022年1月17日` / `引 言` / `本年度报告
 * 根据…`, real: 上海市公安局青浦分局 2021): the document's date too.
 */
const PREFACE_OPENS = /^引\s*言$|^本(?:年度)?报告(?:根据|依据|是)/;

/** A date's parts → ISO, or null when it is no date after 2000. */
function validIso(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): string | null {
  const [y, mo, d] = [year, month, day].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 2000 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
