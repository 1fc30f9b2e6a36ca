import { firstInParagraphs, perText } from '../../format/memo';
import { compactText, matchesOf } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { textsOf } from '../support';

/**
 * One channel said to have published two different counts (SPEC §4.5; real: 杨凌示范区审计局 2022,
 * `通过示范区管委会网站审计信息栏目公开信息20条` in （一） and `全年通过审计信息专栏公开政府信息16条`
 * in （四）; 白银区统计局 2020, `通过政务公开网站公开政务信息31条` then `在政务公开网站主动公开政务信息数
 * 32条`). Only a count of all the information of the channel (`公开（政府）信息N条`), not of one
 * kind of it (`发布规范性文件5件`), and not a count of another year (`较去年…`).
 */
const THROUGH =
  /(?:通过|在)([^，,。；;：:“”]{2,24}?)(栏目|专栏|网站|平台|公众号|微博)(?:上)?(?:共|累计|共计)?(?:主动)?(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?信息(?:数)?(\d+)条/g;
/** A 栏目 is named by its last words (`…网站审计信息栏目` and `审计信息专栏` are one). */
const KEY_LENGTH = 4;
const MIN_KEY = 3;
/** Another year's count, said to compare. */
const OTHER_YEAR = /去年|上年|同比|较|比/;

interface Channel {
  readonly name: string;
  /** 栏目 or 专栏 (a column of a site), or the kind of site or account. */
  readonly kind: string;
  readonly count: number;
  readonly text: string;
  /** The counts of a `其中` list right after it (`32条。其中：部门文件3条，规划计划3条…`). */
  readonly parts: readonly number[];
}

/** `其中：…3条，…5条，…12条` up to the end of its sentence. */
const PARTS_AFTER = /^[。，,；;]?其中[：:，,]?([^。；;]*)/;
const PART = /(?<![\d.])(\d+)条/g;

const channelCountsIn = perText({ anyOf: '条', otherwise: [] }, (_, analysed) => {
  const compact = compactText(analysed);
  const out: Channel[] = [];
  // Every count of a channel is of 信息 in 条 (most texts count none so).
  if (!compact.includes('信息') || !compact.includes('条')) return out;
  for (const m of matchesOf(THROUGH, compact)) {
    const clause = CLAUSE_END.exec(compact.slice(0, m.index))?.[0] ?? '';
    if (OTHER_YEAR.test(clause)) continue;
    const list = PARTS_AFTER.exec(compact.slice((m.index ?? 0) + m[0].length))?.[1] ?? '';
    const parts = matchesOf(PART, list).map((p) => Number(p[1]));
    out.push({ name: m[1] ?? '', kind: m[2] ?? '', count: Number(m[3]), text: m[0], parts });
  }
  return out;
});

/** The clause a text ends with. */
const CLAUSE_END = /[^，,。；;]*$/;

const COLUMN = /栏目|专栏/;

const sameChannel = (a: Channel, b: Channel): boolean => {
  if (COLUMN.test(a.kind) && COLUMN.test(b.kind)) {
    const x = a.name.slice(-KEY_LENGTH);
    const y = b.name.slice(-KEY_LENGTH);
    const shorter = x.length <= y.length ? x : y;
    return shorter.length >= MIN_KEY && (x.endsWith(y) || y.endsWith(x));
  }
  // A site or account: the one named in full both times (`门户网站` of the agency and of the
  // county are two).
  if (a.kind !== b.kind) return false;
  const [x, y] = [a.name.replace(/^的/, ''), b.name.replace(/^的/, '')];
  return Math.min(x.length, y.length) + a.kind.length >= KEY_LENGTH && x === y;
};

/**
 * Since a fix of stop 44 after the measure of 1424–1483: one channel listed twice running in a list
 * of channels, with two counts (`人民网6条、湖南日报(新湖南)9 条、岳阳日报17条、岳阳日报32条、市、区新闻
 * 视频14条`, real: 吕仙亭街道 2020): the same name right after the first item's count, another count
 * after it; one of the two names is wrong (another paper), or the counts. Only a name opening a list's
 * item (after `、`, `，`, `；`, `：`), of two characters or more, the counts in 条 or 篇.
 */
/*
 * Since a fix of stop 68 after the measure of 2801–2845: the name in quotes, as a column's, and the list
 * opened by 其中 (`其中“政策法规”58条,政策法规124条,“重大决策预公开”14条`, real: 旌德县经开区 2019): the
 * same column listed twice running, two counts.
 */
const LISTED_TWICE =
  /(?<=[、，,；;：:]|其中)[“"]?([\u4e00-\u9fff]{2,10})[”"]?(\d+)[ \t]*([条篇])[、，,；;][“"]?\1[”"]?(\d+)[ \t]*\3/;
/**
 * Since a fix of stop 48 after the measure of 1724–1768 (helper f27): a bare channel (`网站`, `微博`,
 * `公众号`) opening two items of one list, each with a count of its own (`…在网站共发送各类信息4409条,
 * 各级微信公众号共推送各类信息9147条,短信423000条,…自媒体推送1855条,网站推送6772条`, real: 新乡市卫健委
 * 2020): the same channel listed twice, two counts. Not a total of several channels (`微信公众号等…
 * 311条(其中:…微信公众号305条`, real: 兴安盟医保局 2023: 等, and the second in brackets).
 */
const BARE_CHANNEL_TWICE =
  /(?<=[、，,；;：:])(?:在|通过)?(网站|门户网站|微博|公众号|微信公众号)(?:上)?(?:共|累计)?(?:(?!等)[\u4e00-\u9fff]){0,8}?(\d+)条[^。；;\n（(]*?[、，,](?:在|通过)?\1(?:上)?(?:共|累计)?(?:(?!等)[\u4e00-\u9fff]){0,8}?(\d+)条/;
/**
 * The first match of `LISTED_TWICE` and of `BARE_CHANNEL_TWICE`, paragraph by paragraph (issue 17):
 * neither matches across a line break, nor looks at one (a line's start is no list's mark).
 */
const listedTwiceMatch = firstInParagraphs('条篇', (_, analysed) =>
  LISTED_TWICE.exec(compactText(analysed)),
);
const bareChannelTwiceMatch = firstInParagraphs('条', (_, analysed) =>
  BARE_CHANNEL_TWICE.exec(compactText(analysed)),
);
const listedTwiceIn = perText({ anyOf: '条篇', otherwise: null }, (_, analysed): string | null => {
  const compact = compactText(analysed);
  if (!compact.includes('条') && !compact.includes('篇')) return null;
  const m = listedTwiceMatch(analysed);
  if (m && m[2] !== m[4]) return m[0];
  const bare = bareChannelTwiceMatch(analysed);
  if (!bare || bare[2] === bare[3]) return null;
  // The two items, not the list between them.
  const said = bare[0];
  const first = said.slice(0, said.indexOf(`${bare[2] ?? ''}条`) + (bare[2] ?? '').length + 1);
  const second = said.slice(
    Math.max(said.lastIndexOf('、'), said.lastIndexOf(','), said.lastIndexOf('，')) + 1,
  );
  return `${first}…${second}`;
});

export const channelCountCheck = defineCheck({
  id: 'channel-count-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '同一渠道的公开数前后不一',
  run(ctx) {
    const seen: Channel[] = [];
    for (const text of textsOf(ctx)) {
      for (const said of channelCountsIn(text)) {
        const other = seen.find((s) => sameChannel(s, said) && s.count !== said.count);
        if (other) {
          const found: Finding[] = [
            {
              fields: [text.field],
              section: text.section,
              message: `文中先说“${other.text}”，又说“${said.text}”：同一渠道的公开数前后不一，请核对`,
            },
          ];
          // The parts listed after the second count add up to the first (real: 白银区统计局
          // 2020, `…32条。其中：…3条，…3条，…5条，…8条，…12条` = 31): the second count is
          // the one its own parts contradict.
          const sum = said.parts.reduce((a, b) => a + b, 0);
          if (said.parts.length >= 2 && sum === other.count)
            found.push({
              target: 'parts',
              fields: [text.field],
              section: text.section,
              message: `文中说“${said.text}”，但随后列出的各项 ${said.parts.join(' + ')} = ${sum}条，与 ${said.count}条不符，而与前文的“${other.text}”相同：请核对哪一个数是对的`,
            });
          return found;
        }
        seen.push(said);
      }
    }
    for (const text of textsOf(ctx)) {
      const twice = listedTwiceIn(text);
      if (twice !== null)
        return [
          {
            target: text.section,
            fields: [text.field],
            section: text.section,
            message: `文中“${twice}”把同一渠道列了两次、数字不同：请核对其中一个名称（是否另一家媒体、另一个平台）或数字`,
          },
        ];
    }
    return [];
  },
});
