import { perText, type AnalysedText } from '../../format/memo';
import { compactSentences, maskQuoted } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { textsOf } from '../support';

/**
 * Parts stated in the narrative that do not add up to the whole they are said to make (SPEC
 * §4.5): `全年主动公开政务信息382条,包括政府网站35条,…媒体上发布信息80条,…微信公众号2443条`.
 * A `其中` list need not be exhaustive, so parts that add up to MORE than the whole are certain,
 * and parts that add up to less only when the list ends with a catch-all (`其他信息共计2004条`,
 * `其他应主动公开政府信息856条`): then the parts are all of the whole. Approximate numbers
 * (`100余条`, `1000多条`) are never summed.
 */

/** Counting units a whole and its parts share (`人次`: people served, real: 耒阳 马水镇 2019). */
const ITEM = /(\d+)(余|多)?(人次|条|件|篇|个|份|项|期|场|宗)/g;
/** `其中包括:` is one introducer, not `其中` opening a list that `包括` ends at once. */
const INTRO = /(?:其中(?:包括|有)?|包括|具体包括|分别为|分别是)[：:，,]?/g;
const HAS_INTRO = /其中|包括|分别为|分别是/;
/** The whole right before the introducer: `…382条,` / `…共计发布信息183条`. */
const WHOLE_BEFORE = /(?<![\d.])(\d+)(人次|条|件|篇|个|份|项|期|场|宗)[，,：:]?[（(]?$/;
const APPROXIMATE_BEFORE = /(?:约|近|超过?|逾)$/;
/**
 * A whole is said as one (`共`, `全年`, `累计` in its clause, or the only count before the list):
 * `收到申请59件,上年度结转办理2件,其中…` lists parts of the 61, not of the 2.
 */
const TOTAL_CUE = /共|全年|累计|合计|总数|总计|全部/;
const CLAUSE_START = /[^，,；;：:]*$/;
/** What follows the last semicolon: a statement of its own (`…104条,…;通过网站…115条,其中…`). */
const STATEMENT_START = /[^；;]*$/;
/** A count written in Chinese numerals (`申请三十件`): another count the sentence states. */
const CHINESE_COUNT = /[一二三四五六七八九十百千两]+(?:人次|条|件|篇|个|份|项|期|场|宗)/;
/** Separators of the items of a list, kept by split (`、` joins names inside one item). */
const SEGMENT = /([，,；;])/;
const PERCENT_ONLY = /^[^\d]*\d+(?:\.\d+)?%[^\d]*$/;
/** A part that is the rest (`其他…`, `其余…`, `其它…`): the list then claims to be complete. */
const CATCH_ALL = /(?:其他|其它|其余)[^\d，,；;]{0,12}\d/;
/**
 * So many kinds listed to the end of the sentence, without 等, read as all of the whole (real:
 * 天长市住建局 2020, `主动公开政府信息572条,其中:…` nineteen columns adding to 320); a few
 * highlights (`5729条,其中,市政府文件15件,市政府办文件1件`) are not.
 */
const LONG_LIST = 5;
/**
 * A bracket right after a part's count holds that part's own parts or a note on it (real: 海南省
 * 地震局 2024, `工作动态信息292条(省局动态197条、市县动态95条)、…公告公示信息57条(含采购公告公示16条)`;
 * 平潭综合实验区经济发展局 2019, `主动公开政府信息55条（涵盖政策及规范性文件类6条、…）、依申请公开341条`):
 * not more parts of the whole.
 */
const PART_OF_PART = /(?<=\d(?:人次|条|件|篇|个|份|项|期|场|宗))[（(][^（()）]*[）)]/g;
/** A count left in a template's brackets (`发布政务信息(1386)条`, real: 海口国家高新区 2022) is a count. */
const BRACKETED_COUNT = /[（(](\d+)[）)](?=人次|条|件|篇|个|份|项|期|场|宗)/g;
/** One named part with its count (`规划总结2条`), an item of a list. */
const NAMED_PART = /^[^\d]{2,}?\d+(?:条|件|篇|个|份|项|期|场|宗)$/;

export interface PartsExcess {
  readonly whole: number;
  readonly unit: string;
  readonly parts: readonly number[];
  readonly text: string;
  /**
   * The parts add up to less than the whole, and the list says it is all of it: it ends with a
   * catch-all part (`'rest'`), or runs on to the end of its sentence through many kinds, no 等
   * (`'list'`).
   */
  readonly short?: 'rest' | 'list';
  /** A part listed twice, name and count the same (`规划总结2条`): a copying slip, 等 or not. */
  readonly repeated?: string;
}

/** The first named part a list gives twice, word for word. */
function repeatedPart(list: string): string | undefined {
  const seen = new Set<string>();
  for (const piece of list.split(/[，,；;、]/)) {
    const part = piece.trim().replace(/等$/, '');
    if (!NAMED_PART.test(part)) continue;
    if (seen.has(part)) return part;
    seen.add(part);
  }
  return undefined;
}

function itemsOf(segment: string): { value: number; unit: string; approximate: boolean }[] {
  ITEM.lastIndex = 0;
  const out: { value: number; unit: string; approximate: boolean }[] = [];
  for (let m = ITEM.exec(segment); m; m = ITEM.exec(segment)) {
    const before = segment.slice(0, m.index);
    if (/[\d.]$/.test(before)) continue;
    out.push({
      value: Number(m[1]),
      unit: m[3] ?? '',
      approximate: m[2] !== undefined || APPROXIMATE_BEFORE.test(before),
    });
  }
  return out;
}

/**
 * The whole a sentence ends with, said as one (`…共计发布信息183条`): the only count of the
 * sentence, in its last clause, with a total's word in that clause.
 */
function wholeAtEnd(sentence: string): { value: number; unit: string } | null {
  if (HAS_INTRO.test(sentence) || itemsOf(sentence).length !== 1) return null;
  const w = WHOLE_BEFORE.exec(sentence);
  if (!w) return null;
  const lead = sentence.slice(0, w.index);
  const clause = CLAUSE_START.exec(lead)?.[0] ?? '';
  return TOTAL_CUE.test(clause) && !APPROXIMATE_BEFORE.test(lead) && !CHINESE_COUNT.test(lead)
    ? { value: Number(w[1]), unit: w[2] ?? '' }
    : null;
}

/** Lists whose parts add up to more than the whole stated right before them. */
export const partsExceedingWhole: (text: string | AnalysedText) => readonly PartsExcess[] = perText(
  (_, analysed) => {
    const out: PartsExcess[] = [];
    const list = compactSentences(analysed).map((s) =>
      maskQuoted(s).replace(BRACKETED_COUNT, '$1'),
    );
    list.forEach((sentence, k) => {
      for (const m of sentence.matchAll(INTRO)) {
        const before = sentence.slice(0, m.index);
        // `cued`: said as a whole (`共`, `全年`…), not just the count before `其中`.
        let whole: { value: number; unit: string; cued: boolean } | null = null;
        if (before.trim() === '') {
          // `…共计发布信息183条。其中，…`: the previous sentence states the whole alone.
          const w = k > 0 ? wholeAtEnd(list[k - 1] ?? '') : null;
          whole = w && { ...w, cued: true };
        } else {
          const w = WHOLE_BEFORE.exec(before);
          const lead = w ? before.slice(0, w.index) : '';
          const clause = CLAUSE_START.exec(lead)?.[0] ?? '';
          // One count in the clause (`行政复议6件和行政诉讼3件，其中…`: parts of which?).
          // The only count of the sentence before the list is the whole it is said of (real:
          // 勉县 2023, `全县通过县政府网站主动公开政府信息4042条,其中…1495条,…2918条`).
          // So is the only count after the last semicolon (real: 清水县教育局 2023, `…公开工作信息104
          // 条,…;通过…子站向社会公布各类政府信息115条,其中包括:…`).
          if (w && !APPROXIMATE_BEFORE.test(lead) && itemsOf(clause).length === 0)
            whole = {
              value: Number(w[1]),
              unit: w[2] ?? '',
              cued:
                TOTAL_CUE.test(clause) ||
                itemsOf(before).length === 1 ||
                itemsOf(STATEMENT_START.exec(before)?.[0] ?? '').length === 1,
            };
        }
        if (!whole) continue;
        const rest = sentence.slice(m.index + m[0].length).replace(PART_OF_PART, '');
        // A nested `其中` opens a list of one part's parts: the outer list ends there.
        const own = rest.split(HAS_INTRO)[0] ?? '';
        const parts: number[] = [];
        let usable = true;
        let endsWithRest = false;
        let toTheEnd = true;
        const pieces = own.split(SEGMENT);
        // How the list joins its items: `、` inside its first segment, or the first separator.
        let joiner: string | null = null;
        for (let i = 0; i < pieces.length; i += 2) {
          const segment = pieces[i] ?? '';
          const separator = pieces[i + 1] ?? '';
          const next = pieces[i + 2] ?? '';
          if (segment === '' || PERCENT_ONLY.test(segment)) continue;
          const items = itemsOf(segment);
          if (items.length === 0) {
            toTheEnd = false;
            break;
          }
          if (items.some((i) => i.approximate)) {
            usable = false;
            break;
          }
          // Counted in another unit (`…行政执法类公示3件,发布政策解读信息6份,…征集意见3次`): other
          // work the sentence goes on to, not parts of the whole; its parts end here (real:
          // 清远市农业农村局 2021, `全年公开各类文件991件,其中` six kinds of 件 adding to 181).
          if (items.some((i) => i.unit !== whole.unit)) {
            if (parts.length === 0 || items.some((i) => i.unit === whole.unit)) usable = false;
            break;
          }
          parts.push(...items.map((i) => i.value));
          joiner ??= items.length > 1 ? '、' : separator;
          // The parts make the whole: what follows (`；政府信息公开行政诉讼46件，其中…`) is not one.
          // One part equal to the whole makes it only when the list does not go on with `以及`
          // (real: 北街街道 2025, `内容1条,包括机构概况1条,以及…信息2条`).
          if (
            parts.reduce((a, b) => a + b, 0) === whole.value &&
            !(parts.length === 1 && /^(?:以及|及|还有)/.test(next))
          )
            break;
          // The rest of the whole, one count (`其他信息共计2004条`), when the list ends with it
          // (`其他文件共1条；工作动态共1条…` is a kind among others).
          endsWithRest = CATCH_ALL.test(segment) && items.length === 1;
          // A list of items joined by `、` ends at a semicolon: what follows is another statement
          // (real: 清水县教育局 2023, `…、监管信息5条;通过甘肃政务服务网…公布…25条`); a list
          // joined by commas may go on after one (real: 平潭 财政金融局 2024, `…5条，…1条；…7条`).
          if (/[；;]/.test(separator) && joiner === '、') {
            toTheEnd = false;
            break;
          }
        }
        if (!usable || parts.length < 2) continue;
        const sum = parts.reduce((a, b) => a + b, 0);
        const repeated = sum !== whole.value ? repeatedPart(own) : undefined;
        if (repeated) {
          out.push({ whole: whole.value, unit: whole.unit, parts, text: sentence, repeated });
          continue;
        }
        // Without a total's word (`收到申请59件,上年度结转办理2件,其中…`) the count before
        // `其中` may be the last of several; a list ending with the rest is still all of it.
        if (sum > whole.value && whole.cued)
          out.push({ whole: whole.value, unit: whole.unit, parts, text: sentence });
        else if (endsWithRest && sum < whole.value)
          out.push({ whole: whole.value, unit: whole.unit, parts, text: sentence, short: 'rest' });
        else if (
          whole.cued &&
          toTheEnd &&
          parts.length >= LONG_LIST &&
          !/等/.test(own) &&
          sum < whole.value
        )
          out.push({ whole: whole.value, unit: whole.unit, parts, text: sentence, short: 'list' });
      }
    });
    return out;
  },
);

export const partsSumCheck = defineCheck({
  id: 'parts-sum-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '分项之和与总数不符',
  run(ctx) {
    const found: Finding[] = [];
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      if (!/其中|包括|分别/.test(text.text)) continue;
      const [first] = partsExceedingWhole(text);
      if (!first) continue;
      const sum = first.parts.reduce((a, b) => a + b, 0);
      found.push({
        target: section,
        fields: [field],
        section,
        message: first.repeated
          ? `文中的总数为 ${first.whole}${first.unit}，随后列出的各项中“${first.repeated}”列了两次，各项 ${first.parts.join(' + ')} = ${sum}${first.unit}：请核对各项和总数`
          : first.short === 'rest'
            ? `文中的总数为 ${first.whole}${first.unit}，随后列出的各项连同“其他”一类 ${first.parts.join(' + ')} = ${sum}${first.unit}，比总数少 ${first.whole - sum}${first.unit}：请核对总数和各项`
            : first.short === 'list'
              ? `文中的总数为 ${first.whole}${first.unit}，随后列出的 ${first.parts.length} 项 ${first.parts.join(' + ')} = ${sum}${first.unit}，比总数少 ${first.whole - sum}${first.unit}：请核对总数和各项；若只列出了其中几类，请在最后写“等”`
              : `文中说共 ${first.whole}${first.unit}，但随后列出的各项 ${first.parts.join(' + ')} = ${sum}${first.unit}，比总数多 ${sum - first.whole}${first.unit}：请核对总数和各项`,
      });
    }
    return found;
  },
});
