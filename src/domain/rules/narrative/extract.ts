import { CHINESE_NUMERAL_CHARS, parseNumberToken } from '../../format/chinese-number';
import { perParagraph, type AnalysedText } from '../../format/memo';
import { clauses, compactText, sentences } from '../../format/text';

/**
 * Numbers the narrative states for facts the tables hold. Conservative on purpose: a number is
 * taken only when a keyword of the fact sits next to it in the same clause (no other number in
 * between), in a sentence about applications or disclosure; approximate numbers (`360余条`,
 * `约20件`) are ignored. A false warning costs the clerk more than a miss.
 */

/**
 * What a statement of the narrative is about: a fact the templates declare (`template.facts`,
 * vocabulary `FACT_IDS`), or two of them said together.
 */
export type FactId =
  | 'received'
  | 'carriedIn'
  | 'granted'
  | 'partial'
  /** `予以公开及部分公开158件`: one claim about two rows. */
  | 'grantedOrPartial'
  | 'notDisclosed'
  | 'cannotProvide'
  | 'notProcessed'
  | 'otherHandling'
  | 'completed'
  | 'carriedOver'
  /** `其中法人申请1件、自然人申请2件`: requests by who made them (表三's applicant columns). */
  | 'naturalPerson'
  | 'organisations'
  | 'commercial'
  | 'review'
  | 'litigation'
  /** `行政复议、行政诉讼共3件`. */
  | 'reviewOrLitigation'
  | 'regulationsMade'
  | 'normativeMade'
  | 'regulationsValid'
  /** 2019 表二's 规章 对外公开总数量, said in the table's own words. */
  | 'regulationsPublished'
  | 'normativeValid';

export interface StatedPercent {
  readonly value: number;
  readonly decimals: number;
  readonly text: string;
}

export interface Statement {
  readonly fact: FactId;
  readonly value: number;
  /** The words the number was read from, for messages. */
  readonly text: string;
  readonly percent?: StatedPercent;
}

const N = `(\\d+|[${CHINESE_NUMERAL_CHARS}]+)`;
const U = '(?:件|个|次|宗|条|份|起|例|项|部)';
const GAP = '[^\\d，。；（）()]';

interface Pattern {
  readonly fact: FactId;
  /** Cheap pre-test: the keyword alone (most clauses have none). */
  readonly gate: RegExp;
  readonly re: RegExp;
  /** Fixed value (negations: 0; ordinals: 1). */
  readonly value?: number;
}

/** One expression per gate (a claim read both ways shares its keyword's). */
const gates = new Map<string, RegExp>();
const gateOf = (source: string): RegExp => {
  let gate = gates.get(source);
  if (!gate) {
    gate = new RegExp(source);
    gates.set(source, gate);
  }
  return gate;
};

const p = (fact: FactId, gate: string, source: string, value?: number): Pattern => ({
  fact,
  gate: gateOf(gate),
  re: new RegExp(source, 'g'),
  ...(value === undefined ? {} : { value }),
});

/**
 * `keyword … N件` and `N件 … keyword`; not `N件` of the item before a keyword that has its own
 * count (`予以公开8件、部分公开1件`: 8 is not 部分公开's).
 */
const around = (fact: FactId, keyword: string, gap = 6): Pattern[] => [
  p(fact, keyword, `(?:${keyword})${GAP}{0,${gap}}?${N}${U}`),
  p(fact, keyword, `${N}${U}${GAP}{0,${gap}}?(?:${keyword})(?!${OWN_COUNT})`),
];
/** A count right after a keyword (`部分公开1件`, `不予公开的2件`). */
const OWN_COUNT = '[^\\d，,。；;]{0,3}\\d';

/**
 * Words of applications: each alternative holds 申请, which the readers test first (a literal search
 * is cheaper than the expression on the many sentences without it).
 */
const APPLICATION = /依申请|公开申请|申请公开|信息公开申请/;
/**
 * Words only the handling of applications uses: the sentence is about applications. Two
 * expressions: the words alone (found at once), and a count of applications, tried only in a
 * sentence that names 申请.
 */
const HANDLING_WORDS = /部分公开|无法提供|不予处理|予以公开/;
const HANDLING_COUNT = new RegExp(`${N}件(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请`);
const aboutHandling = (sentence: string): boolean =>
  HANDLING_WORDS.test(sentence) || (sentence.includes('申请') && HANDLING_COUNT.test(sentence));

/** Patterns by context: the clause must mention applications / the sentence is about applications. */
const CLAUSE_APPLICATION: readonly Pattern[] = [
  p(
    'received',
    '新收|收到|受理|接收|接到|共收',
    `(?:新收|收到|受理|接收|接到|共收)${GAP}{0,24}?${N}${U}`,
  ),
  p(
    'received',
    '未|没有',
    // Not `未收到因政府信息公开申请引起的行政诉讼` (real: 船山区 2023): no case, not no request.
    `(?:未|没有)(?:收到|受理|接到)${GAP}{0,10}?(?:公开申请|依申请|申请公开)(?![^，。；]*(?:复议|诉讼))`,
    0,
  ),
  p('received', '无|没有', `(?:无|没有)依申请公开`, 0),
  p('received', '无|没有', `(?:无|没有)(?:收到)?(?:政府信息)?公开申请(?!.*(?:复议|诉讼))`, 0),
  p('completed', '办结', `办结(?!率)${GAP}{0,16}?${N}${U}`),
  // `办理政府信息公开申请218件`: read as done (readings: （七）总计, 新收 + 上年结转, 新收); not
  // 办理 joined to a verb of receiving (`全年共收到和办理依申请公开9件`, real: 高平市 2023, 2 of them
  // carried over): the requests received, not the ones done.
  p(
    'completed',
    '办理',
    `(?<!公开|(?:收到|受理|接收|接到)[和及与并、])办理(?!率|时限|期限)${GAP}{0,16}?${N}${U}`,
  ),
];
/**
 * Claims about two rows at once, read first; their words are then masked so that
 * `予以公开及部分公开158件` is one claim, not `予以公开 …` and `部分公开158件`.
 */
const COMBINED: readonly Pattern[] = [
  ...around(
    'grantedOrPartial',
    '(?:予以公开|同意公开|全部公开|公开)(?:和|及|与|、|以及|或)部分公开|(?:予以公开|同意公开)[（(](?:含|包括)部分公开[）)]',
  ),
];
/**
 * Who made the requests: `其中法人申请1件、自然人申请2件` (real: 平潭综合实验区农业农村局 2024),
 * `其中自然人193件,法人及其他组织11件` (real: 十堰 2021), `其中自然人申请件12件,法人或其他组织申请
 * 件0件` (real: 高平 2022), `涉及自然人72件、商业企业3件` (real: 平潭 2022), `2件由自然人提出`. The count right after the applicant's words (and
 * the words for a request): not `自然人申请予以公开2件` (an outcome), nor `自然人办件量为108101件`
 * (政务服务's cases, real: 遂宁 2019), nor the applicants in general (`收到公民、法人和其他组织提出的
 * 申请7件`: not preceded by 公民 or 自然人 and a separator).
 */
const APPLICANT_TAIL = `(?:提出|提交|递交)?(?:的)?(?:申请)?(?:件数?|数量?)?(?:为|共|共计|有)?${N}${U}`;
const NATURAL_PERSON = '(?<!公民[、和及与]?)自然人';
const ORGANISATIONS = '(?<!(?:公民|自然人)[、和及与]?)法人(?:或者?|和|及|与|、)?(?:其他组织)?';
const APPLICANTS: readonly Pattern[] = [
  p('naturalPerson', '自然人', `${NATURAL_PERSON}${APPLICANT_TAIL}`),
  p(
    'naturalPerson',
    '自然人',
    `${N}${U}(?:申请)?(?:为|是|系|来自|由)${NATURAL_PERSON}(?:申请|提出)`,
  ),
  p('organisations', '法人', `${ORGANISATIONS}${APPLICANT_TAIL}`),
  p('organisations', '法人', `${N}${U}(?:申请)?(?:为|是|系|来自|由)${ORGANISATIONS}(?:申请|提出)`),
  p('commercial', '商业企业', `商业企业${APPLICANT_TAIL}`),
];
const SENTENCE_APPLICATION: readonly Pattern[] = [
  // `2021年结转政府信息公开申请2件` in a 2022 report (real: 兴仁市 2022); not `2022年结转下年度…`.
  p(
    'carriedIn',
    '结转|转结',
    `(?:上年|上一年度|上年度|(?:19|20)\\d{2}年度?)(?:结转|转结)(?!下|到|至|${GAP}{0,4}?下一?年)${GAP}{0,10}?${N}${U}`,
  ),
  // `其中4件来自上一年度结转` (real: 滨江区政府办 2024): the count, then where it came from.
  p(
    'carriedIn',
    '结转|转结',
    `${N}${U}(?:申请)?(?:来自|为|是|系|属于?)(?:上年|上一年度|上年度|(?:19|20)\\d{2}年度?)(?:结转|转结)(?!下|到|至)`,
  ),
  // `共收到70件申请` (the sentence is about applications; the clause names none).
  p(
    'received',
    '收到|受理|接收|接到',
    `(?:收到|受理|接收|接到)${N}${U}(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请`,
  ),
  p('completed', '办结', `办结(?!率)${GAP}{0,6}?${N}${U}`),
  // `本年度完成451件依申请件答复` (real: 滨江区政府办 2024): the count right after 完成, in a
  // sentence about applications; not a rate (`完成率`).
  p('completed', '完成', `完成(?!率)${N}${U}`),
  // `答复3050件（含上年度结转申请34件）`, `答复政府信息公开申请805件`: the number right after
  // the word (or the word for applications) only; not `公开答复1件` (`办结2件，其中公开答复1件，
  // 无法提供1件`: the ones granted, below), nor an outcome's answers a few words on (real: 平潭综合
  // 实验区市场监督管理局 2025, `因无法提供相关信息答复2件`: the ones that could not be provided).
  p(
    'completed',
    '答复',
    `(?<!(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|同意公开|区分处理)[^，,。；;、：:]{0,10})(?<!(?<!申请)公开)答复(?:政府信息公开|信息公开|依申请公开)?(?:申请)?${N}${U}`,
  ),
  ...around('granted', '予以公开|同意公开|全部公开|(?<!不予|部分|申请)公开答复'),
  ...around('partial', '部分公开'),
  ...around('notDisclosed', '不予公开|不予以公开|不公开'),
  p('notDisclosed', '第', `第${N}${U}(?:申请)?(?:为|属于|系|是)(?:不予公开|不公开)`, 1),
  ...around('cannotProvide', '无法提供'),
  ...around('notProcessed', '不予处理'),
  ...around('otherHandling', '其他处理'),
  ...around('carriedOver', '(?:结转|顺延|转入)(?:至|到)?(?:下一?年度?|\\d{4}年)', 10),
  ...APPLICANTS,
];
/**
 * 发布, 印发, 公开 of 规范性文件: issued, unless a channel's (网站, 平台, 专栏…) in the clause before it
 * (`2022年我区公开行政规范性文件2件`, real: 乌鲁木齐高新区(新市区) 2022, 表二 3 made).
 */
const ISSUED =
  '(?<!(?:网|平台|专栏|栏目|公众号|微博|媒体|客户端)[^，,。；;]{0,12})(?:印发|发布|(?:主动)?公开)';
/** Specific enough to need no context. */
const ANYWHERE: readonly Pattern[] = [
  p(
    'regulationsMade',
    '规章',
    '(?:未|没有|无)(?:新)?(?:制发|制定|出台)(?:新的)?(?:政府)?规章(?!制度)',
    0,
  ),
  p(
    'normativeMade',
    '规范性文件',
    '(?:未|没有|无)(?:新)?(?:制发|制定|出台)(?:新的)?(?:行政)?规范性文件',
    0,
  ),
  ...around('regulationsMade', '(?:制发|制定|出台)规章(?!制度)'),
  // `累计发布规范性文件0件` (real: 洞头区农业农村局 2021, 表二 1 made): issued, as 印发; not what a
  // channel carried (`在网站发布规范性文件5件`: documents of any year put online).
  ...around('normativeMade', `(?:制发|制定|出台|${ISSUED})(?:行政)?规范性文件(?!解读)`),
  ...around('regulationsValid', '现行有效(?:的)?规章(?!制度)'),
  // Since a fix of stop 62 after the measure of 2531–2575: 2019 表二's column named with its row
  // (`规章对外公开总数量1件`, real: 会同县林业局 2020, its 表二 `规章 | 0 | 0 | 0`): the table's own words.
  p(
    'regulationsPublished',
    '对外公开总数',
    `规章(?:的)?对外公开总数(?:量)?(?:为|共|共计|是)?${N}${U}`,
  ),
  ...around('normativeValid', '现行有效(?:的)?(?:行政)?规范性文件'),
];

/** `现行有效件数424件` in a sentence about 规范性文件 alone. */
const VALID_ALONE: readonly Pattern[] = [
  p('normativeValid', '现行有效', `^现行有效(?:件数|数量|总数)?(?:为|共|达)?${N}件`),
];

const APPROXIMATE_BEFORE = /(?:约|近|超过|逾|不到|不足|第)$/;
const APPROXIMATE_AFTER = /^(?:余|多)/;
/** `同比减少2件`: a change, not a count. */
const CHANGE = /同比|增加|减少|增长|下降|上升|较上年|比上年|较去年|比去年/;
/** `15个工作日内`: a time limit, not a count. */
const DURATION_AFTER = /^(?:工作日|日|天|小时|月|年)/;
const PERCENT =
  /^[，,（(]?(?:其中)?(?:约占|占比|占|比例为|比例)[^\d，。；]{0,8}?(\d+(?:\.(\d+))?)%/;

/** Any of the patterns' gates, as one expression (most clauses pass none: one test, not each). */
const anyGates = new WeakMap<readonly Pattern[], RegExp>();
function anyGate(patterns: readonly Pattern[]): RegExp {
  let gate = anyGates.get(patterns);
  if (!gate) {
    // Each gate once: patterns read both ways share their keyword's gate, and an expression
    // that fails tries each alternative at every position.
    const sources = new Set(patterns.map((x) => x.gate.source));
    gate = new RegExp([...sources].map((source) => `(?:${source})`).join('|'));
    anyGates.set(patterns, gate);
  }
  return gate;
}

/** `办理因政府信息公开申请引发的行政复议36起` counts cases, not requests. */
const CASES = /复议|诉讼/;
/**
 * `不予公开信息数95条` (real: 平潭 财政金融局 2020, `制作、获取政府信息总数425条，其中主动公开…，
 * 依申请公开信息数182条，不予公开信息数95条`) counts pieces of information, not requests.
 */
const PIECES = /信息数?[^\d，。；]{0,2}\d+条$/;
const NOT_GRANTED = /不予以公开|不同意公开/;
/**
 * A sentence counting documents, not requests: the information an agency made broken down as the
 * pre-2019 reports did (`全年共制发政府信息437条，其中，主动公开政府信息55条…、依申请公开341条、不予公开41条`,
 * real: 平潭综合实验区经济发展局 2019 and 2023), or counted by its 公开属性 — 主动公开 in 条 or 份 listed
 * beside 依申请公开 or 不予公开 in the same unit (`其中主动公开253份、依申请公开及不予公开409份`, real:
 * 平潭综合实验区综合执法与应急管理局 2022). Its 依申请公开 and 不予公开 are documents.
 */
const COUNTS_DOCUMENTS = [
  // `全年共制作、获取政府信息（文件）411份` (real: 平潭综合实验区综合执法与应急管理局 2019).
  // `全年印发公文类政府信息共510条，其中主动公开信息数169，…不予公开24条` (real: 平潭综合实验区社会事业局 2022).
  /(?:制发|制作|获取|印发)[^，,。；;\d]{0,8}政府信息(?:[（(](?:文件|公文)[）)])?(?:总数|总条数)?(?:共|共计|总计|合计)?\d+(?:条|份)/,
  /主动公开[^，,。；;\d]{0,6}\d+(条|份)[、，,]\s*(?:依申请公开|不予公开)[^，,。；;\d]{0,8}\d+\1/,
];
const PERCENT_LEAD = /^[，,（(]/;

function matchPatterns(patterns: readonly Pattern[], clause: string, out: Statement[]): void {
  if (!anyGate(patterns).test(clause)) return;
  // The patterns read both ways follow each other with one gate: tested once.
  let tested: RegExp | null = null;
  let open = false;
  for (const { fact, gate, re, value: fixed } of patterns) {
    if (gate !== tested) {
      tested = gate;
      open = gate.test(clause);
    }
    if (!open) continue;
    // `exec` from the start, as `matchAll` reads (no pattern matches the empty string); without
    // the copy of the expression `matchAll` makes on every call.
    re.lastIndex = 0;
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
      const start = m.index;
      const end = start + m[0].length;
      if ((fact === 'received' || fact === 'completed') && CASES.test(m[0])) continue;
      if (PIECES.test(m[0])) continue;
      // 不予以公开 is not 予以公开.
      if (fact === 'granted' && (clause[start - 1] === '不' || NOT_GRANTED.test(m[0]))) continue;
      let value = fixed;
      if (value === undefined) {
        const token = m[1] ?? '';
        const tokenStart = start + m[0].indexOf(token);
        if (APPROXIMATE_BEFORE.test(clause.slice(0, tokenStart))) continue;
        if (APPROXIMATE_AFTER.test(clause.slice(tokenStart + token.length))) continue;
        if (DURATION_AFTER.test(clause.slice(end))) continue;
        if (CHANGE.test(m[0])) continue;
        const n = parseNumberToken(token);
        if (n === null) continue;
        value = n;
      }
      const pm = PERCENT.exec(clause.slice(end));
      const percent = pm
        ? {
            value: Number(pm[1]),
            decimals: (pm[2] ?? '').length,
            text: pm[0].replace(PERCENT_LEAD, ''),
          }
        : undefined;
      out.push({ fact, value, text: m[0], ...(percent ? { percent } : {}) });
    }
  }
}

/** The percentage may sit in the next clause (`予以公开10件，占47.6%`): clauses keep it joined. */
function clausesWithPercent(sentence: string): string[] {
  // No percentage's word after a comma (most sentences): nothing to keep joined.
  if (!sentence.includes('占') && !sentence.includes('比例') && !sentence.includes('\uE000'))
    return clauses(sentence);
  return clauses(sentence.replace(PERCENT_COMMA, '\uE000')).map((c) => c.replace(JOINED, '，'));
}
const PERCENT_COMMA = /[，,](?=(?:其中)?(?:约占|占比|占|比例))/g;
const JOINED = /\uE000/g;

/**
 * Statements of a text (memoised: the same texts are read on every keystroke), paragraph by
 * paragraph (a keystroke changes one; a statement never spans a line break).
 */
export const extractStatements: (text: string | AnalysedText) => readonly Statement[] =
  perParagraph((_, analysed) => {
    // A paragraph, or a whole text read at once (line by line all the same).
    const out: Statement[] = [];
    for (const paragraph of compactText(analysed).split('\n'))
      for (const statement of paragraphStatements(paragraph)) out.push(statement);
    return out;
  });

function paragraphStatements(paragraph: string): readonly Statement[] {
  const out: Statement[] = [];
  // `共收到申请24件。其中予以公开13件…`: the rest of a paragraph about applications still is.
  let previousAboutApplications = false;
  for (const sentence of sentences(paragraph)) {
    const aboutApplications: boolean =
      previousAboutApplications ||
      (sentence.includes('申请') && APPLICATION.test(sentence)) ||
      aboutHandling(sentence);
    previousAboutApplications = aboutApplications;
    const read: Statement[] = [];
    readSentence(sentence, aboutApplications, read);
    // Two patterns may read the same words: one claim per fact and value in a sentence.
    for (let i = 0; i < read.length; i += 1) {
      const st = read[i] as Statement;
      let seen = false;
      for (let j = 0; j < i && !seen; j += 1)
        seen = read[j]?.fact === st.fact && read[j]?.value === st.value;
      if (!seen) out.push(st);
    }
  }
  return out;
}

function readSentence(sentence: string, applicationsBefore: boolean, out: Statement[]): void {
  // A breakdown of documents (pieces, `条`, `份`) says nothing of requests.
  const aboutApplications = applicationsBefore && !COUNTS_DOCUMENTS.some((re) => re.test(sentence));
  const aboutDisclosure = sentence.includes('公开');
  // What each kind of pattern needs in the clause, so in its sentence (a clause is a piece of
  // it; the words a combined claim masks are its own): `ANYWHERE`'s all name 规章 or 规范性文件,
  // 复议 and 诉讼 counts need their word, the others a sentence about applications.
  const anywhere = sentence.includes('规章') || sentence.includes('规范性文件');
  const normativeOnly = sentence.includes('规范性文件') && !sentence.includes('规章');
  const cases = aboutDisclosure && (sentence.includes('复议') || sentence.includes('诉讼'));
  if (!aboutApplications && !anywhere && !cases) return;
  for (const whole of clausesWithPercent(sentence)) {
    const clause = aboutApplications ? matchCombined(whole, out) : whole;
    if (clause.includes('申请') && APPLICATION.test(clause)) {
      matchPatterns(CLAUSE_APPLICATION, clause, out);
    }
    if (aboutApplications) matchPatterns(SENTENCE_APPLICATION, clause, out);
    if (anywhere) matchPatterns(ANYWHERE, clause, out);
    // `本年度制发规范性文件34件，现行有效件数424件` (real: 平潭综合实验区管委会办公室 2022): the
    // count of the clause after is the 规范性文件's, when the sentence names no 规章.
    if (normativeOnly && !clause.includes('规范性文件')) matchPatterns(VALID_ALONE, clause, out);
    if (cases) reviewLitigation(clause, out);
  }
}

/** Reads the combined claims of a clause and returns it with their words masked. */
function matchCombined(clause: string, out: Statement[]): string {
  if (!clause.includes('部分公开')) return clause;
  const before = out.length;
  matchPatterns(COMBINED, clause, out);
  let masked = clause;
  for (const s of out.slice(before)) {
    const at = masked.indexOf(s.text);
    if (at >= 0)
      masked = masked.slice(0, at) + MASK.repeat(s.text.length) + masked.slice(at + s.text.length);
  }
  return masked;
}
const MASK = '\uE001';

/** Not `行政复议结果维持5件` (an outcome of the cases, real: 大足区政府办 2023). */
const REVIEW = '(?:行政)?复议(?!后|结果)';
const LITIGATION = '(?:行政)?诉讼(?!结果)';
const REVIEW_PATTERNS = around('review', REVIEW);
const LITIGATION_PATTERNS = around('litigation', LITIGATION);
/** With both words in one clause, only a number right after its word: `复议2件、诉讼1件`. */
const TIGHT_PATTERNS: readonly Pattern[] = [
  p('review', REVIEW, `${REVIEW}(?:案件|案)?${N}${U}`),
  p('litigation', LITIGATION, `${LITIGATION}(?:案件|案)?${N}${U}`),
];
/**
 * `没有因政府信息公开而发生行政复议`, `无复议诉讼情况`, `未发生依申请公开政府信息方面的行政复议和行政
 * 诉讼` (real: 大同 信访局 2021), `未产生因政府信息公开申请提请的行政复议` (real: 向阳区 2023); not
 * `没有及时答复的…可依法申请行政复议`.
 */
const NEGATED =
  /(?:无|没有|未(?!经))(?:发生|出现|产生|收到|涉及|接到)?[^，。；\d可]{0,16}?(?:行政)?(?:复议|诉讼)/;
const REVIEW_RE = new RegExp(REVIEW);
const LITIGATION_RE = new RegExp(LITIGATION);
const EACH_RE = new RegExp(`各${N}${U}`);
/** `行政复议、行政诉讼共3件`, `复议和诉讼案件合计2起`. */
const TOGETHER_RE = new RegExp(
  `(?:复议|诉讼)(?:案件)?[、和及与或](?:行政)?(?:诉讼|复议)(?:案件)?(?:共|共计|合计|总计)${N}${U}`,
);

/** Something counted in a negated clause: a number (a year aside), 无一, 没有一. */
const COUNTED = /\d|无一|没有一/;
const YEARS = /(?:19|20)\d{2}年度?/g;

/** 行政复议 / 行政诉讼 counts; `无复议诉讼情况` is 0 for both; `复议、诉讼共3件` is ambiguous. */
function reviewLitigation(clause: string, out: Statement[]): void {
  const hasReview = REVIEW_RE.test(clause);
  const hasLitigation = LITIGATION_RE.test(clause);
  if (!hasReview && !hasLitigation) return;
  const negated = NEGATED.exec(clause);
  // A year (`2018年未收到…复议`) is not a count.
  if (negated && !COUNTED.test(clause.replace(YEARS, ''))) {
    const after = clause.slice(negated.index);
    if (REVIEW_RE.test(after)) out.push({ fact: 'review', value: 0, text: clause });
    if (LITIGATION_RE.test(after)) out.push({ fact: 'litigation', value: 0, text: clause });
    return;
  }
  if (hasReview && hasLitigation) {
    const together = TOGETHER_RE.exec(clause);
    const sum = together ? parseNumberToken(together[1] ?? '') : null;
    if (together && sum !== null) {
      out.push({ fact: 'reviewOrLitigation', value: sum, text: together[0] });
      return;
    }
    const each = EACH_RE.exec(clause);
    const n = each ? parseNumberToken(each[1] ?? '') : null;
    if (n !== null) {
      out.push({ fact: 'review', value: n, text: clause });
      out.push({ fact: 'litigation', value: n, text: clause });
      return;
    }
    matchPatterns(TIGHT_PATTERNS, clause, out);
    return;
  }
  matchPatterns(hasReview ? REVIEW_PATTERNS : LITIGATION_PATTERNS, clause, out);
}
