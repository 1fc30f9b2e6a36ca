import type { AnchoredSentenceSlips, PhraseSlip } from './phrase-slips';

/**
 * Since the fixes of stop 63 after the measure of 2576–2620 (fixer f96), sentence slips read by
 * `phrase-garbled` beside its phrases' near misses. Each shape was looked for in the whole corpus
 * (about 5,400 texts) and found only where its gatherer wrote the slip down:
 * - 暧 (only ever in 暧昧) written for its look-alike 暖 (`强信心、聚民心、暧人心、筑同心`, real: 石林县委
 *   宣传部(县委网信办、县政府新闻办) 2020): no report of government work says 暧昧.
 * - 群众 with its 群 lost after a conjunction, before what the public is said to care about
 *   (`围绕县委和政府中心工作及众关注关切`, real: 丰宁满族自治县融媒体中心 2023): `众` is no noun alone.
 * - the agency named as the sentence's subject, then again as 我局 after its guiding thought
 *   (`上饶市广丰区科学技术局以习近平新时代中国特色社会主义思想为指导,我局认真贯彻落实…`, real: 上饶市
 *   广丰区科学技术局 2022): one sentence with two subjects.
 * - a count of several digits followed by 十万 (`减免租金近150十万元`, real: 武昌经开区(滨江)管委会 2020):
 *   a count is written in 万 or in digits, never digits then 十万.
 * - 群众 and 社会公众 run together with no 和 or 、 (`对群众社会公众关注的焦点问题`, real: 忻州市人民防空
 *   办公室 2021): two names of one public, one left from a rewording.
 * - a clause ending on how the work is done (`及时`, `准确`…) run into one opening with 目前
 *   (`三是确保报送信息及时目前政务公开各项工作规范有序进行`, real: 经济技术开发区经济发展局 2021): two
 *   sentences with no mark between them.
 * - a cited basis opening its clause (`根据《…》规定`) run into the leadership the work is done
 *   under (`根据《中华人民共和国政府信息公开条例》规定在经开区工委、管委会的坚强领导下`, real: 通航
 *   产业园管理办 2023): two openings with no mark between them.
 * - 作为 cut to 为 after 公开 in `将…作为…的重点` (`将政务信息公开为残疾人工作的重点`, real: 岳阳市岳阳楼区
 *   残疾人联合会 2022): information is not published as a priority, it is made one.
 * - 围绕 cut to 绕 after the adverbs that go with it (`紧紧绕“1122345”的部署`), 舆论 cut to 论 after
 *   引导 (`一是正面引导论`), 贯彻 cut to 贯 after an adverb of doing (`全面贯省、市、县相关文件精神`),
 *   依法用权 cut to 依法用 before a mark (`依法用,提高办事效率`), 进一步 cut to 进步 opening a clause
 *   before a verb of improving (`进步增进社会公众对…的了解`) and 专业性 cut to 专业 before 较强
 *   (`专业较强的政策性信息`), all real: 县行政审批服务局 (攸县) 2020. 平阳县凤卧镇 2024's `进步科学规范`
 *   (a slip its gatherer left among the wording slips, not its problems) stays unread: 科学 is no verb
 *   of the list.
 */
// Each tried only where its rare literal is (issue 17; the anchors are declared in phrase-slips.ts).
const WARMTH_AS_AMBIGUOUS = /暧(?!昧)/;
const MASSES_CUT = /(?<=[及和与、，,])众(?=关注|关切|关心|需求|期待|期盼|诉求|反映)/;
const AGENCY_THEN_WE =
  /(?:^|[。\n])([^，,。；;\n]{2,30}?(?:局|委|办|中心|会|院|所|站|馆|队))(以[^，,。；;\n]{2,40}?为(?:指导|指引|引领|统领))[，,]((?:我|本)(?:局|委|办|中心|会|院|所|站|馆|队))/;
const DIGITS_THEN_TENS_OF_THOUSANDS = /\d十万/;
// Not a 公众号 after 群众 (`服务群众公众号`).
const PUBLIC_TWICE = /(?:群众社会公众|社会公众群众|群众公众|公众群众)(?!号)/;
const CLAUSE_INTO_NOW = /(及时|准确|到位|有序|规范|全面|完整|顺畅)目前/;
// A cited basis opening its clause, then 在…领导下 with no mark: `按照规定在党组领导下开展` (one verb
// phrase, the rule its object) is not read.
const BASIS_INTO_LEADERSHIP =
  /(?:^|[。；;\n])(?:根据|依据|按照)《[^》\n]{2,40}》(?:的?(?:有关|相关))?规定在([^，,。；;]{2,40}领导下)/;
// Not the principle quoted as the object (`将“以公开为常态、不公开为例外”作为…重点`): no 以 before
// 公开为, no 常态 or 例外 after it, and no 作为 or 列为 in what follows.
const AS_CUT_AFTER_PUBLISH =
  /将[^，,。；;以]{2,20}公开为(?!常态|例外)(?:(?!作为|列为)[^，,。；;]){1,20}?(?:重点|重要内容|抓手|任务|核心)/;
// Not 始终 (`始终绕不开`).
const AROUND_CUT = /(紧紧|牢牢)绕/;
// Not 论文, 论证, 论述 or a 论坛 guided.
const OPINION_CUT = /引导论(?![文证述坛])/;
// Not 贯通, 贯穿, 贯注, 贯串, nor 贯标 (a standard implemented).
const CARRY_OUT_CUT = /(全面|认真|深入|坚决|切实|持续)贯(?![彻通穿注串标])/;
const POWER_CUT = /依法用(?=[，,。；;、])/;
const STEP_CUT =
  /(?<=[，,。；;：:]|^)进步(增进|加强|提升|提高|规范|完善|推进|扩大|深化|加大|强化|优化|拓展|拓宽|做好|落实|健全)/;
// Not 技术 (`技术较强的企业` says a strength).
const NATURE_CUT = /(专业|政策)较强/;

function warmthAsAmbiguousIn(text: string): PhraseSlip | null {
  const m = text.includes('暧') ? WARMTH_AS_AMBIGUOUS.exec(text) : null;
  if (!m) return null;
  const said = text.slice(m.index, m.index + 3);
  return { text: said, phrase: `暖${said.slice(1)}`, kind: 'replaced' };
}
function massesCutIn(text: string): PhraseSlip | null {
  const m = text.includes('众') ? MASSES_CUT.exec(text) : null;
  if (!m) return null;
  const said = text.slice(m.index - 1, m.index + 3);
  return { text: said, phrase: `${said.slice(0, 1)}群${said.slice(1)}`, kind: 'lost' };
}
function agencyThenWeIn(text: string): PhraseSlip | null {
  const m =
    text.includes('为指') || text.includes('为引') || text.includes('为统')
      ? AGENCY_THEN_WE.exec(text)
      : null;
  if (!m) return null;
  const [, agency = '', guided = '', we = ''] = m;
  // `以…为指导` told short: the guiding thought can be long.
  const opening = `${agency}以…${guided.slice(-3)}，`;
  return { text: `${opening}${we}`, phrase: opening, kind: 'added' };
}
function digitsThenTensOfThousandsIn(text: string): PhraseSlip | null {
  const m = text.includes('十万') ? DIGITS_THEN_TENS_OF_THOUSANDS.exec(text) : null;
  if (!m) return null;
  const digits = /\d+$/.exec(text.slice(0, m.index + 1))?.[0] ?? '';
  return { text: `${digits}十万`, phrase: `${digits}万`, kind: 'added' };
}
function publicTwiceIn(text: string): PhraseSlip | null {
  const m = text.includes('公众') ? PUBLIC_TWICE.exec(text) : null;
  if (!m) return null;
  const phrase = m[0].includes('社会') ? '群众和社会公众' : '群众';
  return { text: m[0], phrase, kind: 'doubled' };
}
function clauseIntoNowIn(text: string): PhraseSlip | null {
  const m = text.includes('目前') ? CLAUSE_INTO_NOW.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[1] ?? ''}。目前`, kind: 'lost' };
}
function basisIntoLeadershipIn(text: string): PhraseSlip | null {
  const m = text.includes('规定在') ? BASIS_INTO_LEADERSHIP.exec(text) : null;
  if (!m) return null;
  return { text: `规定在…${m[1]?.slice(-3) ?? ''}`, phrase: '规定，在…领导下', kind: 'lost' };
}
function asCutAfterPublishIn(text: string): PhraseSlip | null {
  const m = text.includes('公开为') ? AS_CUT_AFTER_PUBLISH.exec(text) : null;
  if (!m) return null;
  return { text: '公开为', phrase: '公开作为', kind: 'lost' };
}
function aroundCutIn(text: string): PhraseSlip | null {
  const m = text.includes('绕') ? AROUND_CUT.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[1] ?? ''}围绕`, kind: 'lost' };
}
function opinionCutIn(text: string): PhraseSlip | null {
  const m = text.includes('引导论') ? OPINION_CUT.exec(text) : null;
  if (!m) return null;
  return { text: '引导论', phrase: '引导舆论', kind: 'lost' };
}
function carryOutCutIn(text: string): PhraseSlip | null {
  const m = text.includes('贯') ? CARRY_OUT_CUT.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[1] ?? ''}贯彻`, kind: 'lost' };
}
function powerCutIn(text: string): PhraseSlip | null {
  const m = text.includes('依法用') ? POWER_CUT.exec(text) : null;
  if (!m) return null;
  return { text: '依法用', phrase: '依法用权', kind: 'lost' };
}
function stepCutIn(text: string): PhraseSlip | null {
  const m = text.includes('进步') ? STEP_CUT.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `进一步${m[1] ?? ''}`, kind: 'lost' };
}
function natureCutIn(text: string): PhraseSlip | null {
  const m = text.includes('较强') ? NATURE_CUT.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[1] ?? ''}性较强`, kind: 'lost' };
}

/**
 * The sentence slips read since the measure of 2576–2620 (fixer f96), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2576_F96: AnchoredSentenceSlips = [
  [warmthAsAmbiguousIn, '暧'],
  [massesCutIn, '众'],
  [agencyThenWeIn, '指领'],
  [digitsThenTensOfThousandsIn, '十'],
  [publicTwiceIn, '众'],
  [clauseIntoNowIn, '目'],
  [basisIntoLeadershipIn, '领'],
  [asCutAfterPublishIn, '将'],
  [aroundCutIn, '绕'],
  [opinionCutIn, '论'],
  [carryOutCutIn, '贯'],
  [powerCutIn, '用'],
  [stepCutIn, '步'],
  [natureCutIn, '较'],
];
