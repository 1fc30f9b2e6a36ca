import { paragraphsOf, perText, type AnalysedText } from '../../format/memo';
import { compactText, maskedByParagraph, maskedSentences, matchesOf } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { textsOf } from '../support';

/**
 * A count whose number was lost in a list of counts (SPEC §4.5, what a reviewer sees): real
 * 平潭综合实验区 2019, `全年公开核准企业资质条、施工许可证76条、安全生产许可证121条`. Only items of a
 * list (separated by `、，；`) whose neighbours give a number with the same unit are looked at, and
 * words that end in the unit's character (`头条`, `文件`, `案件`) are not items without a number.
 */

const UNITS = '条件篇';
/** Words ending in a unit's character that are not a count: `头条`, `文件`, `全篇`. */
const WORD_ENDINGS: Readonly<Record<string, RegExp>> = {
  条: /[头词便纸教线面金链信逐每该这本此各一两几数多条萝横竖]$/,
  件: /[文案条软证邮附事稿信要硬物部原复急函快组配零密来批各每一两几数多整]$/,
  篇: /[全通每各一两几数多长短首诗]$/,
};
const NUMERAL_BEFORE = /[\d两一二三四五六七八九十百千万余多几数]$/;
/** An item said to be none has no number to lose: `无转结下年度继续办理件` (real: 嘉善县大云镇 2024). */
const NONE_BEFORE = /^(?:无|没有|未有|暂无|均无|并无|尚无)/;
const ITEM_WITH_NUMBER = new RegExp(`\\d+(?:余|多)?([${UNITS}])$`);
const ITEM_WITHOUT = new RegExp(`^([^\\d]{2,16})([${UNITS}])$`);

/** A number with its unit, as `ITEM_WITH_NUMBER` ends an item (global: counted with `test`). */
const NUMBERED = new RegExp(`\\d(?:余|多)?[${UNITS}]`, 'g');

/** Whether `text` holds two numbered counts (`NUMBERED`) or more. */
function twoNumbered(text: string): boolean {
  NUMBERED.lastIndex = 0;
  return NUMBERED.test(text) && NUMBERED.test(text);
}

export interface LostNumber {
  readonly item: string;
  readonly unit: string;
  /**
   * What was lost, when not one count of a list whose other counts are there: the number's place
   * left blank (`主动公开信息  条`, no list around it); a total with neither its number nor its unit
   * (`全年共新增…政府信息及时更新了…`); the number of the report's parts before `个部分`
   * (`…其他需要报告的事项个部分组成`); the whole before `其中`, its parts counted after it
   * (`发布信息,其中,…11829条,…9215条`); the parts after `其中` (`428条,其中政务公开工作按照…`).
   */
  readonly kind?:
    | 'blank'
    | 'total'
    | 'parts'
    | 'whole'
    | 'series'
    | 'breakdown'
    | 'named'
    | 'published'
    | 'rank'
    | 'runInto'
    | 'requests';
}

/**
 * `个部分` with no number nor other word counting before it (real: 猛洞河风景名胜区管理处 2020,
 * `本报告由总体情况…其他需要报告的事项个部分组成`): `个` measures a number, so one was lost. Not
 * `六个部分`, `几个部分`, `各个部分`, `这个部分`, `整个部分`.
 */
const PARTS_WITHOUT_NUMBER =
  /([\u4e00-\u9fff]{1,9})(?<![\d〇零一二三四五六七八九十两百几各这那哪每整某多干数半])个部分/;

function partsWithoutNumberIn(compact: string): LostNumber | null {
  if (!compact.includes('个部分')) return null;
  const m = PARTS_WITHOUT_NUMBER.exec(compact);
  return m ? { item: `…${m[1] ?? ''}个部分`, unit: '个', kind: 'parts' } : null;
}

/**
 * Information published, no count, then `其中` and counts of its parts (real: 辽中区 2020, `通过辽中区
 * 人民政府网站、政务新媒体等多种渠道和方式发布信息,其中,通过政府网站发布信息11829条,政务新媒体发布
 * 信息9215条`): the whole's count was lost. Not `发布各类信息,其中涉及疫情防控,…等工作动态` (no parts
 * counted: real, 芦庙乡 2021), nor a whole counted earlier in its clause.
 */
/*
 * Since a fix of stop 53 after the measure of 2126–2170 (f52): or the information named by a longer
 * list of its kinds closed by 等 (real: 铜梁区政府办 2025, `主动公开规划、行政许可、监督检查、重大项目、重大
 * 民生信息等政府信息,其中,行政规范性文件10件、其他政策文件24件`): the kinds name the whole, its count is
 * still lost.
 */
const WHOLE_WITHOUT_NUMBER =
  /((?:发布|公开|主动公开|推送|更新)(?:[^，,。；;\d]{0,12}|[^，,。；;\d]{0,40}?等[^，,。；;\d]{0,4})信息)[，,]其中[，,：:]?([^。；;]*)/g;
const COUNTED = /\d+(?:余|多)?(?:条|件|篇)/g;
const SENTENCE_BEFORE = /[^。\n]*$/;
const WHOLE_PART_UNIT = /\d(?:余|多)?(条|件|篇)/;
/**
 * Since a fix of stop 41 after the measure of 1274–1288: a clause naming the kinds of a whole counted
 * in the clause before it (real: 宁阳县华丰镇 2023, `主动公开政府信息200余条,涉及履职依据、…重点领域信息和
 * 其他法定信息,其中,政务公开平台发布法规规章7条,…`): the whole was said, no number lost.
 */
/*
 * Since a fix of stop 52 after the measure of 2039–2080: or one part counted after `其中`, the
 * sentence going on to other work (real: 衢州市国资委 2023, `通过“衢州国资”微信公众号、衢州发布、三衢app等
 * 多种宣传平台主动公开信息,其中门户网站主动公开市属国企各类信息84条,定期公开…`): the whole's number was
 * lost before it. Not when the next clauses, after a semicolon, count the other parts (real: 广州市城管
 * 局 2023, `…等发布政府信息,其中局门户网站发布信息3046条;“广州城管”官方微信推文263篇;…`): a list of
 * channels each counted, no whole asked.
 */
const KINDS_OF_WHOLE = /^(?:涉及|包括|包含|涵盖|内容(?:包括|涉及|涵盖)|主要(?:包括|涉及))/;

/**
 * Since a fix of stop 47 after the measure of 1634–1678: the requests received counted by 件 with
 * the number lost, `件` right after `申请` and `其中` a part counted after it (`2024年,全区各级行政机关
 * 共受理信息公开申请件,其中,已答复的信息公开申请248件`, real: 石家庄市桥西区 2024). `申请件` is a noun
 * of its own before a count (`共受理政府信息公开申请件455件`), never before a stop.
 */
const REQUESTS_WITHOUT_NUMBER =
  /(共(?:受理|收到|办理|接收|接到)[^，,。；;\d]{0,12}申请)件[，,]其中[，,：:]?[^。；;\d]{0,24}\d+件/;

function wholeWithoutNumberIn(compact: string): LostNumber | null {
  if (!compact.includes('其中')) return null;
  const requests = compact.includes('申请件') ? REQUESTS_WITHOUT_NUMBER.exec(compact) : null;
  if (requests) return { item: requests[1] ?? '', unit: '件', kind: 'whole' };
  for (const m of compact.matchAll(WHOLE_WITHOUT_NUMBER)) {
    const lead = compact.slice(0, m.index);
    const clause = CLAUSE_BEFORE.exec(lead)?.[0] ?? '';
    if ((clause.match(COUNTED) ?? []).length > 0) continue;
    const parts = (m[2]?.match(COUNTED) ?? []).length;
    if (parts === 0) continue;
    if (parts === 1 && partsInNextClauses(compact, m.index + m[0].length)) continue;
    // Kinds closed by 等 after a count in the same sentence (real: 广信区财政局 2024, `发布政务信息79条,
    // 更新了机构职能、领导信息等栏目信息,其中…`): the whole was counted before them.
    if (
      (m[1] ?? '').includes('等') &&
      (SENTENCE_BEFORE.exec(lead)?.[0].match(COUNTED) ?? []).length > 0
    )
      continue;
    if (KINDS_OF_WHOLE.test(clause)) {
      const previous = CLAUSE_BEFORE.exec(lead.slice(0, lead.length - clause.length - 1))?.[0];
      if (lead.length > clause.length && (previous?.match(COUNTED) ?? []).length > 0) continue;
    }
    // The unit the first part is counted in (`…10件、…24件`).
    const unit = WHOLE_PART_UNIT.exec(m[2] ?? '')?.[1] ?? '条';
    return { item: m[1] ?? '', unit, kind: 'whole' };
  }
  return null;
}

/**
 * Since a fix of stop 39 after the measure of 1109–1138: a count, then `其中` and no part of it to its
 * sentence's end, the sentence going on with other words (real: 西平县某局 2021, `全年共主动公开政府
 * 信息428条,其中政务公开工作按照《中华人民共和国政府信息公开条例》的要求,以公开为原则,不公开为例外,
 * 主动公开本政府产生的政务信息。`; 芦庙乡 and 嫘祖镇 2021 the same): the template's list of parts was
 * deleted and its next sentence run on. Not `其中包括行政许可、处罚/强制、工作动态…等板块信息` (real:
 * 綦江区发改委 2024: kinds listed, no count asked), nor parts counted after it.
 */
// Since the lead's read-back of stop 62: to the line's end at most, as the clauses after it, a paragraph
// being read on its own after a keystroke (the fuzz found a list broken over two lines read whole in a
// batch, its parts on the next line, and read as lost after a keystroke).
const BREAKDOWN_LOST =
  /(\d+(?:余|多)?[条件篇])[，,]其中(?![，,：:]?(?:包括|包含|涉及|主要|含有?|有))([^。；;\n]{8,})/g;
/** A part, a list of parts or of kinds: a digit, `、`, `等`, `类`, `分别`. */
const PART_SAID = /[\d、等类]|分别/;

/**
 * Since a fix of stop 50 after the measure of 1859–1903: parts listed by semicolons, the first with
 * no count (real: 江门市蓬江区退役军人事务局 2023, `共39条,其中在政务服务方面,公布我局实施清单列表及一件
 * 事列表;在工作动态方面,发布我局工作情况38篇;…4条。`): a count in the sentence's next clauses is a
 * part said, the list not lost.
 */
const NEXT_CLAUSES = /[；;][^。\n]*?\d+(?:余|多)?[条件篇个项]/y;
function partsInNextClauses(compact: string, end: number): boolean {
  NEXT_CLAUSES.lastIndex = end;
  return NEXT_CLAUSES.test(compact);
}

function breakdownLostIn(compact: string): LostNumber | null {
  if (!compact.includes('其中')) return null;
  for (const m of matchesOf(BREAKDOWN_LOST, compact))
    if (!PART_SAID.test(m[2] ?? '') && !partsInNextClauses(compact, m.index + m[0].length))
      return {
        item: `${m[1] ?? ''},其中${(m[2] ?? '').slice(0, 8)}…`,
        unit: '',
        kind: 'breakdown',
      };
  return null;
}

/**
 * Since a fix of stop 65 after the measure of 2666–2710: the year's requests said received, the
 * sentence closing on 申请 with no count and no negation (`2019年全年收到政府信息公开申请。`, real:
 * 鄂州市自然资源和规划局鄂城分局 2019): how many were received was lost, or the 未 of `未收到`. The
 * corpus's hundreds of others say none (`本年度未收到…申请。`, `没有接到…`) or count them; a duty
 * (`严格按照法定程序,受理信息公开申请。`) has no year before it. Only after the year (`2019年`, `本年度`,
 * `全年`) with nothing but words between it and the verb.
 */
const REQUESTS_UNCOUNTED =
  /(?:(?:19|20)\d{2}年度?|本年度?|全年|今年)(?![^，,。；;\d]{0,8}?(?:未|没有|无|不))[^，,。；;\d]{0,8}?((?:收到|接到|接收)[^，,。；;\d]{0,12}申请)(?=[。；;])/;

function requestsUncountedIn(compact: string): LostNumber | null {
  if (!compact.includes('申请。') && !compact.includes('申请；') && !compact.includes('申请;'))
    return null;
  const m = REQUESTS_UNCOUNTED.exec(compact);
  return m ? { item: m[0], unit: '件', kind: 'requests' } : null;
}

/**
 * A total of information made public whose number and unit were both lost: `全年共新增和变更主动
 * 公开政府信息及时更新了《…》` (real: 南召县城关镇 2023): `共` and a verb of publishing, the
 * information, then at once another predicate, with no number nor unit in the rest of the clause.
 * Not `共计录入公开信息 17` nor `共收到公开政府信息申请1` (the number follows), nor `共包括…情况`.
 */
const TOTAL_WITHOUT_NUMBER =
  /共计?((?:新增|发布|公开|主动公开|更新|变更|录入|报送|上传|推送)[^，,。；;\d（(《“]{0,12}?(?:政府|政务)?信息)(?=[\u4e00-\u9fff])([^，,。；;]*)/g;
const COUNT_AFTER = /[\d〇零一二三四五六七八九十两百千万]|[条件篇项个]|数|量/;

/**
 * Since a fix of stop 50 after the measure of 1814–1858: a running total up to a day, its number lost
 * (`截止20201231日,我街道主动公开各类信息,2020年度…`, real: 汾阳市文峰街道 2020): a clause opened by
 * 截至 (截止) a day says how much was published by then; information published with no number in the
 * clause, the next clause on other things, lost its count. Not 截至 a day with the count after
 * (`截至12月31日,共主动公开政府信息…428条`).
 */
const AS_OF_WITHOUT_NUMBER =
  /截[至止][^，,。；;]{0,14}?日[，,]([^，,。；;\d]{0,16}?(?:主动公开|发布|公开|公布)[^，,。；;\d]{0,10}?信息)(?=[，,。；;])/;

function totalWithoutNumberIn(compact: string): LostNumber | null {
  const asOf = compact.includes('截') ? AS_OF_WITHOUT_NUMBER.exec(compact) : null;
  if (asOf) return { item: asOf[1] ?? '', unit: '条', kind: 'total' };
  if (!compact.includes('共')) return null;
  for (const m of compact.matchAll(TOTAL_WITHOUT_NUMBER)) {
    const [, words = '', rest = ''] = m;
    if (COUNT_AFTER.test(rest.replace(/《[^《》]*》/g, ''))) continue;
    return { item: `共${words}`, unit: '条', kind: 'total' };
  }
  return null;
}

/**
 * A count whose number is a blank between its words and its unit, in a text that writes its
 * numbers between spaces (`全年共收到、办理依申请公开 0件`): `2020 年主动公开信息  条。` (real:
 * 定西市公共资源交易中心 2020). The words before the blank are a count's (公开, 发布, 收到…), and the
 * text is not spaced out character by character (`公 开 条 例`).
 */
const BLANK_COUNT = /([\u4e00-\u9fff]{2,16})[ \t\u3000]+([条件篇])(?=[，。；,;、]|$)/gm;
const COUNTING_WORDS = /公开|发布|收到|受理|办理|处理|制发|印发|答复|共|计/;
const CLAUSE_BEFORE = /[^，。；,;\n]*$/;

function blankCountIn(raw: string): LostNumber | null {
  if (!/[ \t\u3000][条件篇]/.test(raw)) return null;
  for (const m of raw.matchAll(BLANK_COUNT)) {
    const [, name = '', unit = ''] = m;
    if (WORD_ENDINGS[unit]?.test(name) || NONE_BEFORE.test(name)) continue;
    const clause = CLAUSE_BEFORE.exec(raw.slice(0, m.index))?.[0] ?? '';
    if (!COUNTING_WORDS.test(`${clause}${name}`)) continue;
    // Spaced out character by character: `政 府 信 息 条`.
    if (
      /[\u4e00-\u9fff][ \t\u3000][\u4e00-\u9fff][ \t\u3000][\u4e00-\u9fff]/.test(clause.slice(-8))
    )
      continue;
    return { item: `${name.slice(-6)}  ${unit}`, unit, kind: 'blank' };
  }
  return null;
}

/**
 * Since a fix of stop 37 after the measure of 899–928: the last item of a series of counts of the
 * same thing, its number and unit both lost (`我镇共制定规范性文件0件,废止规范性文件0件,现行有效的规范性
 * 文件。`, real: 海城市西四镇 2025): the two items before it count a thing (`…规范性文件0件`), the last
 * names the same thing (at least three characters in common at their ends) after a word of a stock
 * or a total (`现行有效的`, `累计`), no number in it. Not `集中公开现行有效行政规范性文件` (a verb before
 * it, no counts of the same thing before it).
 */
const SERIES_COUNTED = /^([^\d]*?)\d+(?:余|多)?[条件篇项个份]$/;
const STOCK_OR_TOTAL = /^(?:现行有效|仍然有效|继续有效|有效|现存|保留|累计|合计|总计|共计?)的?$/;
/** The shortest thing counted that two counts share (`规范性文件`). */
const SERIES_NOUN_MIN = 3;

function seriesLastIn(items: readonly string[]): LostNumber | null {
  const last = (items[items.length - 1] ?? '').replace(/[。．.！!]+$/, '');
  if (last === '' || /\d/.test(last) || items.length < 3) return null;
  const a = SERIES_COUNTED.exec(items[items.length - 3] ?? '')?.[1];
  const b = SERIES_COUNTED.exec(items[items.length - 2] ?? '')?.[1];
  if (a === undefined || b === undefined) return null;
  let shared = 0;
  while (
    shared < a.length &&
    shared < b.length &&
    a[a.length - 1 - shared] === b[b.length - 1 - shared]
  )
    shared += 1;
  if (shared < SERIES_NOUN_MIN) return null;
  const noun = a.slice(a.length - shared);
  if (!last.endsWith(noun) || !STOCK_OR_TOTAL.test(last.slice(0, last.length - noun.length)))
    return null;
  const unit = /([条件篇项个份])$/.exec(items[items.length - 2] ?? '')?.[1] ?? '件';
  return { item: last, unit, kind: 'series' };
}

/**
 * Since a fix of stop 45 after the measure of 1544–1573: a count's number lost between the word
 * that names it and its unit (`2021年度主动公开政府信息的数量条,累计237条。`, real: 阿拉善右旗阿拉腾敖包镇
 * 2021): 数量 is the count's name, the unit after it wants the number between (in no other text of
 * the corpus; the corpus's others write `数量为…条` or a number before the unit).
 */
const NAMED_WITHOUT_NUMBER = /([^，,。；;\d]{0,16}数量)([条件篇])(?=[，,。；;]|$)/;

function namedWithoutNumberIn(compact: string): LostNumber | null {
  if (!compact.includes('数量')) return null;
  const m = NAMED_WITHOUT_NUMBER.exec(compact);
  return m ? { item: `${m[1] ?? ''}${m[2] ?? ''}`, unit: m[2] ?? '', kind: 'named' } : null;
}

/** The warning for one lost number; `parts` is how many parts the format has. */
/**
 * Since a fix of stop 48 after the measure of 1679–1723: information said published with its unit
 * and no number between, at the clause's end (`“甘南卫生健康”微信公众号编辑发布信息条。`, real: 甘南州
 * 卫生健康委 2025): the count lost. Not 信息条 as a word (`信息条目`), which goes on.
 */
const PUBLISHED_WITHOUT_NUMBER =
  /((?:发布|公开|推送|更新|上传|转发)了?(?:政府|政务)?信息)([条篇])(?=[，,。；;]|$)/m;

function publishedWithoutNumberIn(compact: string): LostNumber | null {
  if (!compact.includes('信息条') && !compact.includes('信息篇')) return null;
  const m = PUBLISHED_WITHOUT_NUMBER.exec(compact);
  if (!m) return null;
  const lead = CLAUSE_BEFORE.exec(compact.slice(0, m.index))?.[0] ?? '';
  return {
    item: `${lead.slice(-12)}${m[1] ?? ''}${m[2] ?? ''}`,
    unit: m[2] ?? '',
    kind: 'published',
  };
}

/**
 * Since a fix of stop 59 after the measure of 2396–2440: a rank with its number lost, the word of
 * ranking and 第 then a mark or the rank's measure word (`在全国民委系统57个直报点排名第、全省民…`, real:
 * 甘南州民族事务委员会 2020): 第 orders by a number, so one was lost. In no other text of the corpus
 * (`排名第二`, `居第2名` have theirs).
 */
const RANK_WITHOUT_NUMBER = /(?:排名|位列|名列|排在|位居|排行)第(?=[、，,。；;名位]|$)/m;

function rankWithoutNumberIn(compact: string): LostNumber | null {
  if (!compact.includes('第')) return null;
  const m = RANK_WITHOUT_NUMBER.exec(compact);
  if (!m) return null;
  const lead = CLAUSE_BEFORE.exec(compact.slice(0, m.index))?.[0] ?? '';
  return { item: `${lead.slice(-12)}${m[0]}`, unit: '', kind: 'rank' };
}

/**
 * Since a fix of stop 60 after the measure of 2441–2485: a point saying what kinds of information were
 * published, its count and its stop both lost, run straight into the next point, which counts its own
 * (`2019年,我局通过网站公开政府文件、政策解读、重大项目、便民服务等信息二是通过大屏幕、纸质宣传载体公开便民信息36条`,
 * real: 2467 抚顺市公安局 2019): the points are counted one by one, this one's number went with its stop.
 * Not a point run on whose next counts nothing (`…机构设置等各类信息二是加强政务信息公开,…`, real: 402
 * 阎良区文化和旅游局 2020: a stop lost, no count asked of it).
 */
const KINDS_RUN_INTO_POINT =
  /((?:公开|发布|公布)[^。；;，,\d]{0,40}?等(?:各类)?(?:政府|政务)?信息)(?=[二三四五六七八九十]是[^。；;\n]*?\d+(?:余|多)?条)/;

function kindsRunIntoPointIn(compact: string): LostNumber | null {
  if (!compact.includes('信息')) return null;
  const m = KINDS_RUN_INTO_POINT.exec(compact);
  if (!m) return null;
  const lead = CLAUSE_BEFORE.exec(compact.slice(0, m.index))?.[0] ?? '';
  return {
    item: `${lead.slice(-12)}${m[1] ?? ''}${compact.slice(m.index + m[0].length, m.index + m[0].length + 2)}`,
    unit: '条',
    kind: 'runInto',
  };
}

function messageOf(lost: LostNumber, parts: number): string {
  switch (lost.kind) {
    case 'parts':
      return `文中“${lost.item}”：“个部分”前缺少数字，报告由几个部分组成没有写明，请补上部分数（年度报告格式规定为 ${parts} 个部分）`;
    case 'whole':
      return `文中“${lost.item}”后缺少总数：随后“其中”列出了各项的${lost.unit}数，却没有写明共有多少${lost.unit}，请补上总数`;
    case 'total':
      return `文中“${lost.item}”后缺少数字：共公开了多少${lost.unit}信息没有写明，请补上数量`;
    case 'breakdown':
      return `文中“${lost.item}”：“其中”后没有列出任何分项，句子接着写了别的内容，句子残缺（可能照搬模板时删去了分项），请补上分项或删去“其中”`;
    case 'series':
      return `文中“${lost.item}”后缺少数量：同一句前面各项都写明了多少${lost.unit}，这一项却没有写数字和单位，请补上数量`;
    case 'blank':
      return `文中“${lost.item}”前缺少数字（数字的位置是空白），请补上数量`;
    case 'named':
      return `文中“${lost.item}”：“数量”与“${lost.unit}”之间缺少数字，请补上数量`;
    case 'rank':
      return `文中“${lost.item}”：“第”后缺少名次，排在第几没有写明，请补上数字`;
    case 'runInto':
      return `文中“${lost.item}”：公开的信息没有写条数，句末也没有句号，与下一项连写在一起（下一项写明了条数），请补上数量和句号`;
    case 'published':
      return `文中“${lost.item}”：“信息”与“${lost.unit}”之间缺少数字，发布了多少${lost.unit}没有写明，请补上数量`;
    case 'requests':
      return `文中“${lost.item}”：收到了多少件申请没有写明，句子不完整（件数丢了，或丢了“未”字），请补上件数（没有收到请写“未收到”）`;
    case undefined:
      return `文中“${lost.item}”前缺少数字：同一句列出的其他各项都写明了多少${lost.unit}，请补上这一项的数量`;
  }
}

/**
 * The lost numbers of a text, sentence by sentence of its masked sentences; paragraph by
 * paragraph, each worked out once, when its quotations close within their paragraphs
 * (`maskedByParagraph`: its masked sentences are then its paragraphs').
 */
export const lostNumbersIn: (text: string | AnalysedText) => readonly LostNumber[] = perText(
  (raw, analysed) => {
    const out: LostNumber[] = [];
    const blank = blankCountIn(raw);
    if (blank) out.push(blank);
    const total = totalWithoutNumberIn(compactText(analysed));
    if (total) out.push(total);
    const parts = partsWithoutNumberIn(compactText(analysed));
    if (parts) out.push(parts);
    const whole = wholeWithoutNumberIn(compactText(analysed));
    if (whole) out.push(whole);
    const breakdown = breakdownLostIn(compactText(analysed));
    if (breakdown) out.push(breakdown);
    const named = namedWithoutNumberIn(compactText(analysed));
    if (named) out.push(named);
    // The same lost number left blank between spaces is told as blank once.
    const published = blank ? null : publishedWithoutNumberIn(compactText(analysed));
    if (published) out.push(published);
    const rank = rankWithoutNumberIn(compactText(analysed));
    if (rank) out.push(rank);
    const runInto = compactText(analysed).includes('是')
      ? kindsRunIntoPointIn(compactText(analysed))
      : null;
    if (runInto) out.push(runInto);
    const requests = requestsUncountedIn(compactText(analysed));
    if (requests) out.push(requests);
    // A sentence's numbered counts are numbered counts of the compact text (its masked form
    // only blanks some out): fewer than two there, none of its sentences has two.
    if (!twoNumbered(compactText(analysed))) return out;
    if (maskedByParagraph(analysed)) {
      for (const part of paragraphsOf(analysed)) for (const x of lostNumbersIn(part)) out.push(x);
      return out;
    }
    for (const sentence of maskedSentences(analysed)) {
      // A lost number needs two neighbours with a number and a unit: a sentence with fewer
      // numbered counts has none (the same answer, without splitting it).
      if (!twoNumbered(sentence)) continue;
      const items = sentence.split(/[、，,；;：:]/);
      const series = seriesLastIn(items);
      if (series) out.push(series);
      for (let i = 0; i < items.length; i += 1) {
        const m = ITEM_WITHOUT.exec(items[i] ?? '');
        if (!m) continue;
        const [, name = '', unit = ''] = m;
        if (NUMERAL_BEFORE.test(name) || NONE_BEFORE.test(name) || WORD_ENDINGS[unit]?.test(name))
          continue;
        const sameUnit = (j: number): boolean =>
          ITEM_WITH_NUMBER.exec(items[j] ?? '')?.[1] === unit;
        const around = [i - 2, i - 1, i + 1, i + 2];
        const neighbours = around.filter(sameUnit).length;
        // Since a fix of stop 53 after the measure of 2126–2170 (f52): or one in its unit right
        // beside it and another counted in a word for a piece (real: 昌江区工信局 2023, `政策解读2篇,
        // 含政务动态信息43条、政策解读信息条`): 条, 件 and 篇 count the same pieces.
        const besideInUnit = sameUnit(i - 1) || sameUnit(i + 1);
        const numbered = around.filter((j) => ITEM_WITH_NUMBER.test(items[j] ?? '')).length;
        if (neighbours >= 2 || (besideInUnit && numbered >= 2))
          out.push({ item: `${name}${unit}`, unit });
      }
    }
    return out;
  },
);

export const lostNumberCheck = defineCheck({
  id: 'count-number-missing',
  severity: 'warning',
  spec: '4.5',
  title: '正文数字缺失',
  run(ctx) {
    const found: Finding[] = [];
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      const [lost] = lostNumbersIn(text);
      if (!lost) continue;
      found.push({
        target: section,
        fields: [field],
        section,
        message: messageOf(lost, ctx.template.sections.length),
      });
    }
    return found;
  },
});
