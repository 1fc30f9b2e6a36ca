import type { Shape } from './phrase-slips';

/**
 * Since the fixes of stop 65 after the measure of 2666–2710 (fixer f104), slips of one word each,
 * read by `phrase-garbled` beside its other shapes (found by their word's first two characters, so
 * a text without them costs nothing more). Each shape was looked for in the whole corpus (about
 * 2,700 texts) and found only where its gatherer wrote the slip down:
 * - 指南 written 指标 after 信息公开 (`按要求修改原信息公开指标部分内容`, real: 闽清县工业和信息化局 2020):
 *   what the regulation has an agency revise is its guide; an indicator of the work goes on to its
 *   system, its assessment or its score (`信息公开指标体系`, not read).
 * - 知情权 with a stray 况 (`充分保障基层企业和群众的知情况权`, real: 义安区经信局 2021): 知情 typed on
 *   into 知情况; any one character between 知情 and 权 is read (not 知情同意权).
 * - 网页 written 红页 after the site or the network (`我委通过政府网络红页、微博、微信等途径`, real:
 *   平桥区发改委 2019): 红页 is no word of a site.
 * - 要求 cut to 要 after the documents the report is drawn up by (`…及政府信息公开工作相关文件要编制本
 *   年度报告`, real: 厦门市发展和改革委员会 2022): the preface's `按照…要求编制本报告`; a rule or a
 *   notice is not what `要` (must) is said of.
 * - 平稳 written 平衡 in the slogan of the economy's growth (`重点围绕助力经济平衡健康发展`, same report):
 *   the slogan is (经济社会)平稳健康发展 (or 持续健康发展); not `协调平衡`.
 * - 如 lost from `情况如下` before the colon that opens the list (`…深化政务公开,主要情况下:`, same
 *   report): 情况下 is `under … circumstances`, never followed by a colon; not `在这种情况下`, `在…的
 *   情况下` (a circumstance named before). `报告下:`, `总结下:`, `汇报下:` likewise.
 * - 复审 with a stray 查 in the steps of a text's review (`撰稿人初审、办公室复核、分管领导复审查、主要领导
 *   审定`, real: 皮山县统计局 2023): each step is a word of two characters, 复审.
 * - 栏目 written 栏口 (`以亭湖区政府信息公开栏口为主要渠道`, real: 亭湖区档案局 2023): a column of a
 *   site is a 栏目; not a gap in a fence (`护栏口`, `围栏口`).
 * - 执法 written 执发 (`行政处罚及行政执发流程图`, real: 汨罗市交通运输局 2022): the sound-alike is no
 *   word; not a quarrel breaking out (`争执发生`).
 * - 严格 straight before a cited title, its verb lost (`严格《政府信息公开条例》和相关要求`, real: 高安市
 *   交通运输局 2022): 严格 qualifies a verb (`严格按照《…》`, `严格执行《…》`), never a title.
 * - 贯彻 and 贯穿 run together (`始终把制度建设贯彻穿于政务公开工作全过程`, real: 黄石市生态环境局下陆区
 *   分局 2023): 贯穿于 is meant.
 * - a stray 息 after 监督 closing a clause (`方便群众办事和监督息。`, same report): 监督 ends the
 *   clause (`便于群众监督`); 督息 is no word (nor 与息, 达息 after the other rights' verbs).
 */
export const ONE_WORD_SLIPS_2666_F104: readonly Shape[] = [
  {
    word: '信息公开指标',
    notThen: '体系考核评任完得分',
    phrase: () => '信息公开指南',
    kind: 'replaced',
  },
  // Any one character between 知情 and 权 (not the patient's 知情同意权).
  { word: '知情', then: /(?!同)[\u4e00-\u9fff]权/y, phrase: () => '知情权', kind: 'added' },
  { word: '网络红页', phrase: () => '网站网页', kind: 'replaced' },
  { word: '网站红页', phrase: () => '网站网页', kind: 'replaced' },
  // After a rule's or a notice's last character (文件, 规定, 通知, 精神, 格式, a closing title mark).
  ...['编制', '撰写', '编写'].map((verb): Shape => ({
    word: `要${verb}本`,
    onlyAfter: '件定知神式》',
    then: /(?:年度)?报告/y,
    phrase: (slip) => `${slip.charAt(0)}要求${slip.slice(2)}`,
    kind: 'lost',
  })),
  // 经济 or 经济社会 before it; not a balance struck between regions (`协调平衡`).
  { word: '平衡健康发展', notAfter: '调', phrase: () => '平稳健康发展', kind: 'replaced' },
  // Likewise `现将…报告如下:`, `总结如下:`.
  ...['情况', '报告', '总结', '汇报'].map((what): Shape => ({
    word: `${what}下`,
    notAfter: '种此该的样等些',
    then: /[:：]/y,
    phrase: (slip) => `${what}如下${slip.slice(3)}`,
    kind: 'lost',
  })),
  { word: '复审查', then: /(?=[、，,和及])/y, phrase: () => '复审', kind: 'added' },
  { word: '栏口', notAfter: '护围铁木隔拦', phrase: () => '栏目', kind: 'replaced' },
  { word: '执发', notAfter: '争固偏', phrase: () => '执法', kind: 'replaced' },
  { word: '严格《', phrase: () => '严格按照（或执行）《', kind: 'verb' },
  { word: '贯彻穿', phrase: () => '贯穿', kind: 'added' },
  // The people's rights' verbs beside it likewise (`参与息`, `表达息`).
  ...['监督', '参与', '表达'].map((verb): Shape => ({
    word: `${verb}息`,
    then: /(?=[。，,；;、]|$)/y,
    phrase: () => verb,
    kind: 'added',
  })),
];
