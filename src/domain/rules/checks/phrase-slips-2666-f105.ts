import type { AnchoredSentenceSlips, PhraseSlip } from './phrase-slips';

/**
 * Since the fixes of stop 65 after the measure of 2666–2710 (fixer f105), sentence slips read by
 * `phrase-garbled` beside its phrases' near misses. Each shape was looked for in the whole corpus
 * (about 2,700 texts) and found only where its gatherer wrote the slip down:
 * - an item of a list joined by 、 written twice in the same list (`涵盖机构职能、政策法规、工作动态、政策法规、
 *   公共服务`, real: 朝阳市自然资源局 2025; `市人大七届一次会议代表建议5件、市政协七届一次会议委员提案1件、
 *   市人大七届二次会议代表建议15件、市政协七届一次会议委员提案1件`, real: 高安市交通运输局 2022): one item
 *   copied for another. Not the list's first item, which carries the clause's
 *   verb or the end of a longer word (the corpus's one such list, the quoted slogan `“干事、干事、干成事”`
 *   of fixture 190, 2025, passed by its gatherer), nor an item of one character (`省、市、县、市`).
 * - 在 between 负责 (统筹) and the work it takes, with no place word after (`统筹负责在政府
 *   信息公开工作`, real: 海口市龙华区司法局 2021): 在 is stray, the verb takes the work. Not 在 with its place
 *   word (`做好在媒体报刊上公开政务信息工作`) nor a word of its own (`在线`, `在职`).
 * - two websites named one after the other with nothing between, each with its own level (`以鄂城区政府网市
 *   自然资源和规划局网站为依托`, real: 鄂州市自然资源和规划局鄂城分局 2019): 和 or 、 lost. Not the agency's pages
 *   named after the government's site without a level of their own (`通过杨陵区政府网统计局网站进行公开`, real:
 *   杨陵区统计局 2020, passed by its gatherer), nor 市场 opening a name (`政府网市场监管…`).
 */
// Clauses of a line: the list is read inside one (a comma, a stop, a colon or a bracket ends it).
const CLAUSE = /[^，,。；;：:！!？?（）()“”《》\n]+/g;
const MIN_ITEM = 2;
// The items between the two said in the message, up to this length (a longer run is `…`).
const MAX_BETWEEN = 12;

function listItemTwiceIn(text: string): PhraseSlip | null {
  for (const [clause] of text.matchAll(CLAUSE)) {
    if (clause.indexOf('、') === clause.lastIndexOf('、')) continue;
    const items = clause.split('、');
    const seen = new Map<string, number>();
    for (const [i, item] of items.entries()) {
      if (i === 0 || item.length < MIN_ITEM) continue;
      const first = seen.get(item);
      if (first === undefined) {
        seen.set(item, i);
        continue;
      }
      const between = items.slice(first + 1, i).join('、');
      const kept = `${item}、${between.length > MAX_BETWEEN ? '…' : between}`;
      return { text: `${kept}、${item}`, phrase: `${kept}、（另一项）`, kind: 'doubled' };
    }
  }
  return null;
}

const STRAY_AT =
  /(负责|统筹)在(?!线|职|建|岗|编|库)([^，,。；;、在上中里内下]{2,14}工作)(?=[，,。；;])/;

function strayAtBeforeWorkIn(text: string): PhraseSlip | null {
  const m = text.includes('在') ? STRAY_AT.exec(text) : null;
  if (!m) return null;
  const [, verb = '', work = ''] = m;
  return { text: m[0], phrase: `${verb}${work}`, kind: 'added' };
}

const TWO_SITES_RUN_ON =
  /([省市县区州旗])(?:人民)?政府网(?!站)([省市县区州旗](?!场)[^，,。；;、]{2,16}?(?:局|委|办|中心|院))网站/;

function twoSitesRunOnIn(text: string): PhraseSlip | null {
  const m = text.includes('政府网') ? TWO_SITES_RUN_ON.exec(text) : null;
  if (!m) return null;
  const first = m[0].slice(0, m[0].indexOf('政府网') + 3);
  const second = `${m[2] ?? ''}网站`;
  return { text: `${first}${second}`, phrase: `${first}和${second}`, kind: 'lost' };
}

/**
 * The sentence slips read since the measure of 2666–2710 (fixer f105), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2666_F105: AnchoredSentenceSlips = [
  [listItemTwiceIn, '、'],
  [strayAtBeforeWorkIn, '责筹'],
  [twoSitesRunOnIn, '网'],
];
