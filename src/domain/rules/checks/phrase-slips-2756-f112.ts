import type { AnchoredSentenceSlips, PhraseSlip, Shape } from './phrase-slips';

/**
 * Since the fixes of stop 67 after the measure of 2756–2800 (fixer f112), slips of one word each,
 * read by `phrase-garbled` beside its other shapes (found by their word's first two characters).
 * Each shape was looked for in the whole corpus (about 2,790 texts) and found only where its
 * gatherer wrote the slip down:
 * - 决算 cut to 决 before its count (`部门预算 1 条、部门决 1 条、“三公”经费 1 条`, real: 龙阳区杨柳乡
 *   2023): 决 alone never closes a budget's name; a count comes after the whole word.
 * - 参与权 (the right to take part) written 参加权 among the public's rights (`保障了人民群众的知情权、
 *   参加权和监督权`, real: 沅州区竹亭镇 2023): 参加权 is no right of the law; not 参加 before 权益,
 *   权利, 权力 (`参加权益保护培训`).
 * - 透明度 written 透亮度 (`政府法制工作的透亮度切实提高`, same report): 透亮 is said of light, no
 *   government's measure.
 * - 档案馆, 图书馆 with 馆 written 管 (`并报送长乐区档案管及长乐区图书馆供查阅`, real: 长乐区吴航街道
 *   2024): 档案管 is a word only opening 档案管理 (or 管控).
 * - 预决算 written 预结算 where no builder's or insurer's word comes before it (`及时公开了本局及其下属
 *   事业单位共10个主动公开的预结算文件`, real: 硚口区医疗保障局 2021; 财政预结算 and 部门预结算 are
 *   read among the miswritings, `工程预结算`, `医保预结算` are words of their own).
 */
const BUDGET_OWNERS = ['部门', '财政', '部门预', '财政预'];
const COUNT_NEXT = /(?=\d)/y;

export const ONE_WORD_SLIPS_2756_F112: readonly Shape[] = [
  ...BUDGET_OWNERS.map((owner): Shape => ({
    word: `${owner}决`,
    then: COUNT_NEXT,
    phrase: (slip) => `${slip}算`,
    kind: 'lost',
  })),
  {
    word: '参加权',
    // 参加 before 权益, 权利, 权力, 权威 is a verb and its object.
    notThen: '益利力威限属',
    phrase: () => '参与权',
    kind: 'replaced',
  },
  { word: '透亮度', phrase: () => '透明度', kind: 'replaced' },
  ...['档案', '图书'].map((what): Shape => ({
    word: `${what}管`,
    notThen: '理控',
    phrase: () => `${what}馆`,
    kind: 'replaced',
  })),
  {
    word: '预结算',
    // 财政预结算, 部门预结算 are the miswritings' (phrase-slips.ts); 工程, 项目, 造价, 医保, 住院 make the
    // builder's and the insurer's 预结算.
    notAfter: '政门程目价保院',
    phrase: () => '预决算',
    kind: 'replaced',
  },
];

/**
 * A preposition of basis then 和 with nothing before it to join (`按照和县委、县政府有关文件和会议精神
 * 的学习和贯彻落实`, real: 青阳县丁桥镇 2022): 和 joins two things, and the preposition's object has
 * not begun. Not `按照及时…` (及时 a word), nor 依据 as a noun (`收费的依据和标准`, not read). 和县 is
 * a county of 安徽 (its own reports may write `按照和县县委`): not read where 和 opens 和县 and the
 * line names 和县 elsewhere.
 */
const BASIS_THEN_AND = /(?:按照|根据|依照|遵照)和(?=[\u4e00-\u9fff])/;
const HE_COUNTY = /和县/g;

function basisThenAndIn(text: string): PhraseSlip | null {
  const m = text.includes('和') ? BASIS_THEN_AND.exec(text) : null;
  if (!m) return null;
  if (text.startsWith('县', m.index + 3) && (text.match(HE_COUNTY)?.length ?? 0) > 1) return null;
  return { text: m[0], phrase: m[0].slice(0, 2), kind: 'added' };
}

/**
 * The preface's sentence on the report's parts with two wordings run together (`报告含总体情况、主动
 * 公开政府信息情况、…和其他需要报告的事项六部分组成`, real: 霍城县 2025): 含 (holds) takes the parts as
 * its object, 由…组成 frames them; 组成 after 含 has no 由. Read after 含 or 包含 only: the corpus's 50
 * texts that write `报告包括…六部分组成` were not written down by their gatherers.
 */
const HOLDS_THEN_MADE_OF =
  /(报告|全文)(包?含)(?!有)([^。；;由\n]{4,200}?)((?:等|共)?[一二三四五六七八九十\d]个?部分(?:内容)?)(?:组成|构成)/;

function holdsThenMadeOfIn(text: string): PhraseSlip | null {
  const m = text.includes('组成') || text.includes('构成') ? HOLDS_THEN_MADE_OF.exec(text) : null;
  if (!m) return null;
  const [said, what = '', verb = '', parts = '', count = ''] = m;
  const tail = parts.slice(-6);
  const end = said.slice(-2);
  return {
    text: `${what}${verb}${parts.slice(0, 4)}…${tail}${count}${end}`,
    phrase: `${what}由${parts.slice(0, 4)}…${tail}${count}${end}`,
    kind: 'worded',
  };
}

/**
 * An adverb of manner said both before 对 and its object and again before the verb (`定期对政府信息
 * 公开工作人员定期开展培训`, real: 通榆县人民政府办公室 2024): the second is the first doubled. Not 对
 * opening a word (`及时对接、及时反馈`), nor the adverb negated (`及时对信息更新不及时的问题`).
 */
const ADVERB_AROUND_OBJECT =
  /(定期|及时|认真|严格|按时|切实|积极|全面)对(?![接照标比外于待象应称])([^，,。；;、\n]{2,20}?)(?<!不)\1(?=[\u4e00-\u9fff])/;

function adverbAroundObjectIn(text: string): PhraseSlip | null {
  const m = text.includes('对') ? ADVERB_AROUND_OBJECT.exec(text) : null;
  if (!m) return null;
  const [said, adverb = ''] = m;
  return { text: said, phrase: said.slice(0, -adverb.length), kind: 'doubled' };
}

/**
 * Two clauses of what did not happen run together, the comma lost between them (`未收到依申请公开申请
 * 信息未发生因政府信息公开而被申请行政复议、提起行政诉讼的案件。`, real: 宣城市统计局 2023): 未收到
 * closes on its object, and 未发生 opens a clause of its own (the corpus's others put a comma between).
 */
const NONE_RECEIVED_RUN_ON = /(未收到[^，,。；;、\n]{2,30}?)(未发生|未出现|未产生|没有发生)/;

function noneReceivedRunOnIn(text: string): PhraseSlip | null {
  const m = text.includes('未收到') ? NONE_RECEIVED_RUN_ON.exec(text) : null;
  if (!m) return null;
  const [said, first = '', second = ''] = m;
  return { text: said, phrase: `${first}，${second}`, kind: 'lost' };
}

/**
 * The sentence slips read since the measure of 2756–2800 (fixer f112), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2756_F112: AnchoredSentenceSlips = [
  [basisThenAndIn, '和'],
  [holdsThenMadeOfIn, '组构'],
  [adverbAroundObjectIn, '对'],
  [noneReceivedRunOnIn, '收'],
];
