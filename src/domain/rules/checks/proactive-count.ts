import { perText } from '../../format/memo';
import { linesOf } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import type { Report } from '../../report/types';
import type { SectionId } from '../../template/types';
import { anyCell, textsOf } from '../support';
import {
  NEXT_ITEM,
  NOT_AN_AGENCY,
  PROACTIVE_ITEM,
  proactiveItemNewsOnly,
  proactiveItemOffTopic,
} from './headings';

/**
 * A verb of publishing (not `信息` alone: `政府信息查阅点14个`, real: 熊官屯镇 2023, is no count of it).
 * Since a fix of stop 34 after the measure of 614–643: 解读 is one as the interpretations given
 * (`开展各类形式的政策解读93次`, real: 静安区 2023), not as a kind listed before 等 whose count is of
 * something else, nor as what was made (`聚焦…民生保障、城市管理、政策解读等 44 项服务内容`, `制作政策
 * 解读短视频 8 条、图文解读材料 25 份`, real: 西城区金融街街道 2025: service items and videos, no
 * information published).
 */
const PUBLISHING =
  '(?:公开|发布|公示|公布|推送|上传|更新|刊发|刊登|登载|转载|(?<!制作[^，,；;。]{0,20})解读(?!等)|报道|编发|印发|制发)';
/**
 * Since a fix of stop 34 after the measure of 614–643: a website's channels or columns counted
 * (`信息公开等3个频道`, real: 榆盘镇 2021) are no count of information made public.
 */
const CHANNEL = '(?:频道|[一二三]?级栏目|栏目|专栏|平台|窗口)';
/**
 * A count of information made public, in one clause: the first number after a verb of publishing
 * with its unit (`主动公开信息80余条`, `发布政务信息(1386)条`, `政策解读93次`, real: 静安区 2023;
 * `主动公开…等共计80余条`, real: 东风路街道 2024, the kinds listed between; not `发放…政务公开资料
 * 90余份、解答群众咨询问题10余个`, real: 熊官屯镇 2023, copies handed out and questions answered),
 * `主动公开253份` (real: 平潭综合执法应急局 2022), a count before the verb (`将…194件人大代表建议和
 * 政协提案办理工作情况向社会公示`, real: 藁城区 2022), or a number whose unit was lost right after the
 * information it counts (`主动公开政府信息131,`, real: 古城街道 2020; `主动公开信息38其中`, real:
 * 兴庆区智慧城市运营中心 2023: slips of their own, not a count left out).
 * Since a fix of stop 44 after the measure of 1379–1423: a count in 万 (`在区政府门户网站发布各类信息近1.7万
 * 条`, real: 番禺区人民政府办公室 2019) is one too.
 */
const PUBLISHED_COUNT = new RegExp(
  [
    `${PUBLISHING}[^\\d]{0,80}?[(（]?\\d+(?:\\.\\d+)?[)）]?\\s*万?(?:余|多)?\\s*(?:条|篇|件|个(?!${CHANNEL})|期|项|起|次)`,
    '主动公开[^\\d]{0,12}?\\d+\\s*(?:余|多)?份',
    `\\d+\\s*(?:余|多)?(?:条|篇|件)[^\\d]{0,24}${PUBLISHING}`,
    '(?:信息|公开)[(（]?\\d+(?![\\d.年月日号])',
  ].join('|'),
);
/**
 * Requests and their outcomes, 复议 or 诉讼 before the count in its clause (`我街道共接到依申请公开办件
 * 0件`, `其中予以公开13件`): no count of 主动公开 (but `其中主动公开253份、依申请公开及不予公开409份`
 * is one).
 */
const OTHER_MATTER = /申请|复议|诉讼|予以公开|部分公开|不予公开|答复|办结|受理/;

/** The usual count, in one clause (`全年主动公开政府信息1350余条`): said, no clause read. */
const USUAL_COUNT = /主动公开[^，,；;。\n\d]{0,40}\d+(?:余|多)?条/;
/**
 * Since a fix of stop 48 after the measure of 1679–1723: the kinds made public listed, then their
 * total in a clause of its own (`主动公开季度主要经济指标完成情况、…、财政预决算等内容,共计25条信息`,
 * real: 红桥区统计局 2024), and information said added to a portal, counted (`通过银川市人民政府门户
 * 网站新增信息数16条`, real: 银川市审计局 2023): a count of what was published.
 */
const TOTAL_AFTER_KINDS =
  /(?:主动公开|发布|公开)[^。；;\n\d]{0,80}?[，,](?:共|共计|合计|累计|总计)\d+(?:余|多)?(?:条|篇|件)(?:政府|政务)?信息/;
/**
 * Since a fix of stop 54 after the measure of 2171–2215: the information published named in one clause,
 * its total in the next (`通过市人民政府网、公开栏等形式面向社会公开了各类信息,共计100余条`, real: 坛厂
 * 街道 2022): the total of what was published, 余 or not. Not a clause whose verb is another's
 * (`…屏蔽无效、过时信息,累计5500余条`, real: 鸡西市 2024: no verb of publishing in the clause).
 */
const TOTAL_NEXT_CLAUSE =
  /(?:主动公开|发布|公开|公布)[^，,。；;\n\d]{0,40}?信息[，,](?:共|共计|合计|累计|总计)\d+(?:余|多)?(?:条|篇|件)/;
/**
 * Since a fix of stop 66 after the measure of 2711–2755: a long list of the kinds made public closed by
 * 等, then the information and its total in the same clause (`主动公开机构职能、动态要闻、…、桥隧设施管养等城市
 * 管理领域信息总计631条`, real: 重庆市渝北区城市管理局 2022): past `PUBLISHED_COUNT`'s 80 characters, the count
 * of what was published all the same. Only with the total's word (共, 总计…) right after 信息.
 */
const TOTAL_AFTER_LONG_LIST =
  /(?:主动公开|发布|公开)[^，,；;。\n\d]{0,200}?等[^，,；;。\n\d、]{0,16}?信息(?:共|共计|合计|累计|总计)\d+(?:余|多)?(?:条|篇|件)/;
/** `TOTAL_AFTER_LONG_LIST`'s cheap first test: the total's word right after 信息, then its digits. */
const TOTAL_RIGHT_AFTER_INFO = /信息(?:共|共计|合计|累计|总计)\d/;
const ADDED_COUNT = /新增(?:政府|政务)?信息(?:数|量)?(?:共|共计|为)?\d+(?:余|多)?(?:条|篇)/;
/**
 * Since a fix of stop 50 after the measure of 1859–1903: the documents a body issued, counted, and all
 * said published after it (`本年度,新华路街道办事处共发文2则,全文电子化率100%,` / `均按时完成公文备案和
 * 公开工作`, real: 新华路街道 2023): what it made public, counted. Not documents issued with none said
 * published (`发文96件,其中主动公开文件0件`, real: 大东坝镇 2021, counted by its own words).
 */
const ISSUED_ALL_PUBLISHED =
  /发文\d+(?:余|多)?(?:则|件|份|个)[^。；;]{0,40}?(?:均|全部|全都)[^。；;，,]{0,12}?公开/;

/**
 * Since a fix of stop 56 after the measure of 2261–2305: a count of information published said in
 * words, approximate (`全年主动公开各类信息累计百余条`, real: 咸宁市林业局 2025; `数百条`, `近千条`): a count
 * given, as `100余条` is. Only a round figure said loosely (余/多 after it, or 数/近/上 before it), not
 * a number of measures or articles (`十条措施`).
 */
const WORDED_COUNT =
  /(?:主动公开|发布|公开|公布)[^，,；;。\n\d]{0,40}?(?:[一二两三四五六七八九]?[十百千万](?:余|多)|(?:数|近|上)[十百千万](?:余|多)?)(?:条|篇|件)/;

const CLAUSES = /[^，,；;。！!？?\n]+/g;

/**
 * Since a fix of stop 41 after the measure of 1274–1288: the titles of documents made public read
 * blank, their years no count nor a stop to one (real: 澄城县尧头镇 2023, `主动公开《尧头镇人民政府2023年
 * 部门预算公开》《澄城县尧头镇人民政府2022年度部门决算》2条`: the count after the titles).
 */
const TITLE = /《[^《》\n]*》/g;
const titlesBlank = (text: string): string =>
  text.includes('《') ? text.replace(TITLE, (m) => '＿'.repeat(m.length)) : text;

/** Whether a text counts information made public in any of its clauses (worked out once per text). */
export const countsPublished = perText((written): boolean => {
  const text = titlesBlank(written);
  if (
    USUAL_COUNT.test(text) ||
    TOTAL_AFTER_KINDS.test(text) ||
    TOTAL_NEXT_CLAUSE.test(text) ||
    (TOTAL_RIGHT_AFTER_INFO.test(text) && TOTAL_AFTER_LONG_LIST.test(text)) ||
    ADDED_COUNT.test(text) ||
    ISSUED_ALL_PUBLISHED.test(text) ||
    WORDED_COUNT.test(text)
  )
    return true;
  for (const [clause] of text.matchAll(CLAUSES)) {
    const count = PUBLISHED_COUNT.exec(clause);
    if (count && !OTHER_MATTER.test(clause.slice(0, count.index + count[0].length))) return true;
  }
  return false;
});

/**
 * Since a fix of stop 34 after the measure of 614–643: a paragraph of 总体情况 opening with the
 * area it tells (`主动公开方面,聚焦群众关切的…44 项服务内容,…`, then `依申请公开方面,…`, real: 西城区
 * 金融街街道 2025; `1.主动公开信息方面,`, real: 鼓楼区财政局 2022) is an item as a sub-heading's is,
 * `主动公开方面` its heading.
 */
/*
 * Since a fix of stop 64 after the measure of 2621–2665: 主动发布 as well (`在主动发布方面,…门户网站、政务新媒体及…
 * 媒体共公开44087条政府信息`, real: 汕尾市公安局 2021, under `(一)主动公开情况`): the same area in another verb,
 * no next area that would end the item.
 */
const PROACTIVE_ASPECT =
  /^[ \t\u3000]*((?:\d{1,2}[.．、])?在?主动(?:公开|发布)[^。；;：:，,\n\d]{0,8}方面)[。，,：:]/;
/**
 * What ends such an item: the next area's paragraph (`依申请公开方面,`) or a sub-heading.
 * Since a fix of stop 39 after the measure of 1169–1198: not a point of the item (`一是…方面`) nor a
 * channel's paragraph (`网站方面`, `新媒体方面`), which tell what went out through it (real: 正蓝旗
 * 2021, `(一)政务信息主动公开情况` then `一是旗政府网站方面,年内共发布各类信息2968条,…`).
 */
const NEXT_ASPECT =
  /^[ \t\u3000]*(?:\d{1,2}[.．、])?(?![一二三四五六七八九十]是)(?![^。；;：:，,\n\d]*(?:网站|公众号|微博|微信|新媒体|公报|客户端)方面)[^。；;：:，,\n\d]{2,12}方面[。，,：:]/;

/**
 * Since a fix of stop 38 after the measure of 1019–1048: an overview whose items are numbered 1., 2.
 * with no （一） (`1.主动公开情况`, then `2.依申请公开办理情况`, real: 亦庄镇 2019), each heading a line
 * of its own: its items read as those numbered （一） are. Not where （一） items are printed too: a
 * 1. under them is a part of the item, not the next.
 */
/*
 * Since a fix of stop 41 after the measure of 1319–1333: such a heading closed by 。 or ： with the
 * item's text after it on its line (`2.政府信息主动公开情况。一是深化政务公开清单体系建设。…`, then
 * `3.依申请公开办理情况。…`, real: 西城区广外街道 2022), when it names 情况 as the format's areas do.
 */
/*
 * Since a fix of stop 63 after the measure of 2576–2620: or a heading ending on the area's own words,
 * closed by a stop, its text after it (`1.信息主动公开。以龙港市人民政府网作为第一信息发布平台。…`, then
 * `2.及时回应群众。…`, `3.管理制度健全。…`, real: 龙港市新城开发建设中心 2020), the next item a short heading
 * closed so too.
 */
const PROACTIVE_NUMBERED =
  /^[ \t\u3000]*(\d{1,2}[.．、]\s*(?:[^。；;：:，,\n（(\d]{0,8}主动公开[^。；;：:，,\n]{0,12}?\s*$|[^。；;：:，,\n（(\d]{0,8}主动公开[^。；;：:，,\n\d]{0,12}?情况(?=[。：:])|[^。；;：:，,\n（(\d]{0,8}主动公开(?:工作)?(?=[。：:])))/;
const NEXT_NUMBERED =
  /^[ \t\u3000]*\d{1,2}[.．、]\s*(?:[^。；;：:，,\n\d]{2,24}\s*$|[^。；;：:，,\n\d]{2,24}情况[。：:]|[^。；;：:，,\n\d“”《》]{2,8}[。：:])/;

/**
 * Since a fix of stop 42 after the measure of 1349–1378: an item headed as making more public
 * (`(二)加强公开力度。坚持以“公开为原则,不公开为例外”的要求及时发布各类政务信息,…`, real: 如东县审计局
 * 2023): the item on 主动公开, its heading without the word.
 */
const PUBLISHING_MORE_ITEM =
  /^[ \t\u3000]*([（(][一二三四五六七八九十]{1,2}[）)]\s*(?:加强|加大|强化|提升|深化)(?:信息|政务|政府信息)?公开力度)(?=[。，,：:\s]|$)/;

/**
 * Since a fix of stop 49 after the measure of 1769–1813: the item's heading with its opening bracket
 * lost (`一)主动公开情况`, then `(二)依申请公开情况`, real: 梅河口市住建局 2020; the lost bracket is
 * `subheading-bracket-missing`'s): the item on 主动公开 all the same (`NEXT_ITEM` reads `三)` so).
 */
const PROACTIVE_ITEM_HALF_BRACKETED =
  /^[ \t\u3000]*([一二三四五六七八九十]{1,2}[）)]\s*[^。；;：:，,\n（(\d]{0,8}主动公开[^。；;：:，,\n]{0,20})/;

const proactiveHeading = (line: string, numbered = false): RegExpExecArray | null =>
  PROACTIVE_ITEM.exec(line) ??
  PROACTIVE_ITEM_HALF_BRACKETED.exec(line) ??
  PUBLISHING_MORE_ITEM.exec(line) ??
  PROACTIVE_ASPECT.exec(line) ??
  (numbered ? PROACTIVE_NUMBERED.exec(line) : null);
const nextItem = (line: string, numbered = false): boolean =>
  NEXT_ITEM.test(line) || NEXT_ASPECT.test(line) || (numbered && NEXT_NUMBERED.test(line));
/** Whether an overview's items are numbered 1., 2. only (no （一） item among its lines). */
const numberedOnly = (lines: readonly string[]): boolean =>
  !lines.some((line) => NEXT_ITEM.test(line)) &&
  lines.some((line) => PROACTIVE_NUMBERED.test(line));

/**
 * Since a fix of stop 38 after the measure of 1049–1078: an overview of one paragraph telling its
 * areas one after the other, each opened after a stop (`…确保公众知情权、参与权和监督权。在主动公开方面,
 * 坚持…,涵盖政策解读、办事指南等内容,提升工作透明度。依申请公开方面,…全年处理申请数量423件。政府信息管理
 * 上,…`, real: 长春新区管委会 2025): `主动公开方面` is its item, whole where the next area's words
 * (`依申请公开方面`, `政府信息管理上`) follow in the same paragraph.
 */
const PROACTIVE_ASPECT_INLINE =
  /[。；;]\s*(在?主动公开[^。；;：:，,\n\d]{0,8}方面)[，,：:]([^\n]*)/;
const NEXT_ASPECT_INLINE = /[。；;]\s*[^。；;：:，,\n\d]{2,12}(?:方面|上)[，,：:]/;

/**
 * Since a fix of stop 44 after the measure of 1379–1423: an overview with no sub-headings telling its
 * areas a paragraph each, in the format's order (a lead, then `本年度汉正街道主动公开财政预决算相关信息、
 * 主动更新机构职能…等信息。`, then `本年度我街道新收到依申请公开政府信息0件,…`, real: 硚口区汉正街道 2025):
 * the paragraph whose first clause says 主动公开, and none of 依申请, is its item on 主动公开, whole where
 * the next paragraph tells the requests (依申请 or 申请 in its first clause). Not a lead naming every
 * area at once (`持续深化主动公开,畅通依申请公开渠道`): 依申请 in the same paragraph.
 */
const FIRST_CLAUSE = /^[^，,。；;：:\n]*/;
const REQUESTS_OPENING = /依申请|申请公开|公开申请/;
function proactiveParagraph(lines: readonly string[]): string | null {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    const first = FIRST_CLAUSE.exec(line)?.[0] ?? '';
    if (!first.includes('主动公开') || line.includes('申请')) continue;
    const next = FIRST_CLAUSE.exec((lines[i + 1] ?? '').trim())?.[0] ?? '';
    return REQUESTS_OPENING.test(next)
      ? first.length > 24
        ? `${first.slice(0, 24)}…`
        : first
      : null;
  }
  return null;
}

/**
 * Since a fix of stop 46 after the measure of 1574–1633: the first item headed on making information
 * public in its own words, 主动公开 unsaid (`(一)坚持常态公开原则,畅通政民互动渠道`, real: 硚口区易家街道
 * 2025, listing the kinds made public and no count), the item on 依申请公开 right after it (`(二)依法规范
 * 依申请公开,…`): the item on 主动公开 by its place in the format's order. Not a heading naming another
 * area (`(一)…监督`, `(一)…平台`), nor where any heading names 主动公开.
 */
const FIRST_ITEM = /^[ \t\u3000]*([（(]一[）)]\s*[^。；;：:\n]{2,30})/;
const REQUESTS_SECOND = /^[ \t\u3000]*[（(]二[）)][^。；;：:\n]{0,12}依申请公开/;
function proactiveByPlace(lines: readonly string[], numbered: boolean): number {
  if (lines.some((line) => proactiveHeading(line, numbered))) return -1;
  const first = lines.findIndex((line) => NEXT_ITEM.test(line));
  const heading = FIRST_ITEM.exec(lines[first] ?? '')?.[1] ?? '';
  if (!heading.includes('公开') || OTHER_AREA_HEADING.test(heading)) return -1;
  const second = lines.findIndex((line, i) => i > first && NEXT_ITEM.test(line));
  return REQUESTS_SECOND.test(lines[second] ?? '') ? first : -1;
}

/**
 * Since a fix of stop 54 after the measure of 2171–2215: an item cut by the excerpt whose points are
 * the areas, opened by 一是, 二是 (`(一)积极做好主动公开、依申请公开工作`, then `一是主动公开情况。…我乡2023年
 * 主动公开政府信息,公开渠道以政府网站为主。…。 二是依申请公开情况。…`, real: 会昌县小密乡 2023): the point
 * on 主动公开 is whole where the point on the requests follows it, on its line or the next, and its
 * heading is the item's to name.
 */
const PROACTIVE_POINT_THEN_REQUESTS =
  /(?:^|[。；;\n])[ \t\u3000]*([一二三四五六七八九十]是(?:政府信息)?主动公开(?:政府信息)?(?:工作)?情况)[。：:，,][^]*?[。；;\n][ \t\u3000]*[二三四五六七八九十]是[^。；;：:，,\n\d]{0,8}?(?:依申请公开|公开申请)/;
const wholeProactivePoint = (lines: readonly string[]): string | null =>
  PROACTIVE_POINT_THEN_REQUESTS.exec(lines.join('\n'))?.[1] ?? null;

/**
 * Since a fix of stop 60 after the measure of 2441–2485: the first item's heading with its `(一)` lost,
 * a line opening with the area and 情况 closed by a stop (`主动公开实效情况。我局把政府信息公开工作…`, then
 * `(二)依申请公开办理情况。…`, real: 2476 安康市农业农村局 2020; the lost numeral is
 * `subheading-first-missing`'s): the item on 主动公开, whole where `(二)` is the first item after it and
 * no item comes before it.
 */
const PROACTIVE_UNNUMBERED =
  /^[ \t\u3000]*((?:政府信息)?主动公开[^。；;：:，,\n\d（(]{0,8}?情况)(?=[。：:])/;
const SECOND_ITEM = /^[ \t\u3000]*[（(]二[）)]/;
function proactiveNumeralLost(lines: readonly string[]): string | null {
  const at = lines.findIndex((line) => PROACTIVE_UNNUMBERED.test(line));
  if (at < 0 || lines.slice(0, at).some((line) => NEXT_ITEM.test(line))) return null;
  const next = lines.findIndex((line, i) => i > at && NEXT_ITEM.test(line));
  if (next < 0 || !SECOND_ITEM.test(lines[next] ?? '')) return null;
  return PROACTIVE_UNNUMBERED.exec(lines[at] ?? '')?.[1] ?? null;
}

/** The headings of 总体情况's items on 主动公开, each read whole (its next sub-heading follows). */
function proactiveItems(text: string): string[] {
  const lines = linesOf(text);
  const placed = proactiveByPlace(lines, false);
  if (placed >= 0) return [FIRST_ITEM.exec(lines[placed] ?? '')?.[1]?.trim() ?? ''];
  const lost = text.includes('主动公开') ? proactiveNumeralLost(lines) : null;
  if (lost !== null) return [lost];
  if (!lines.some((line) => nextItem(line) || PROACTIVE_NUMBERED.test(line))) {
    const inline = PROACTIVE_ASPECT_INLINE.exec(text);
    if (inline && NEXT_ASPECT_INLINE.test(inline[2] ?? '')) return [inline[1] ?? ''];
    if (!lines.some((line) => PROACTIVE_ASPECT.test(line))) {
      const paragraph = proactiveParagraph(lines.filter((line) => line.trim() !== ''));
      if (paragraph !== null) return [paragraph];
    }
  }
  const numbered = numberedOnly(lines);
  const items: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const m = proactiveHeading(lines[i] ?? '', numbered);
    if (!m) continue;
    let next = i + 1;
    while (next < lines.length && !nextItem(lines[next] ?? '', numbered)) next += 1;
    // Cut inside the item (a store's excerpt, or the overview's end): it may go on with the count,
    // unless its point on 主动公开 is whole.
    if (next >= lines.length) {
      const point = wholeProactivePoint(lines.slice(i));
      return point === null ? [] : [...items, point];
    }
    items.push(m[1]?.trim() ?? '');
    i = next - 1;
  }
  return items;
}

/**
 * The overview without its items on other areas: its lead (before the first sub-heading) and its
 * items on 主动公开. A count printed under another item (`(三)政府信息管理` over `本年度共公开政府信息
 * 3030条`, real: 府谷县政府办 2022) is no count the 主动公开 item gives.
 */
function leadAndProactiveItems(text: string): string {
  const kept: string[] = [];
  let keep = true;
  const lines = linesOf(text);
  const numbered = numberedOnly(lines);
  const placed = proactiveByPlace(lines, numbered);
  lines.forEach((line, i) => {
    if (nextItem(line, numbered)) keep = i === placed || proactiveHeading(line, numbered) !== null;
    if (keep) kept.push(line);
  });
  return kept.join('\n');
}

/**
 * Since a fix of stop 42 after the measure of 1349–1378: cases made public on a credit website
 * (`在国家企业信用信息网站、信用郑州网站上传公示行政处罚259项,行政许可73项,行政强制7项`, real: 郑州高新区
 * 城市管理局 2022), the 双公示 of decisions: no count of the information the agency published.
 */
const CREDIT_CASES =
  /[^。；;\n]*信用[^。；;\n]*?(?:公示|上传|公开|公布)[^。；;\n\d]{0,6}(?:行政处罚|行政许可|行政强制)[^。；;\n]*/g;
/**
 * Since a fix of stop 65 after the measure of 2666–2710: not where the agency's own website is among the
 * channels (`及时通过政府网站、国家企业信用信息系统等网站公开行政许可、处罚类信息5000余条`, real: 重庆市綦江区
 * 市场监督管理局 2020): what it published there itself, counted.
 */
const OWN_WEBSITE = /(?:政府|门户|政务)网站/;
const withoutCreditCases = (text: string): string =>
  text.includes('信用')
    ? text.replace(CREDIT_CASES, (clause) => (OWN_WEBSITE.test(clause) ? clause : ''))
    : text;

/**
 * Since a fix of stop 48 after the measure of 1679–1723: the interpretations of policies published,
 * counted (`2020年通过政府门户网站共发布政策解读文件20条`, real: 二连浩特市 2020, its item otherwise
 * telling columns and lists): one kind of what was published, not the year's total. The clause
 * only; the interpretations given (`开展各类形式的政策解读93次`, real: 静安区 2023) stay a count.
 */
const INTERPRETATIONS_PUBLISHED =
  /(?:发布|公开|刊发|推送)(?:了)?(?:各类)?(?:政策)?解读(?:文件|材料|稿件|信息|文章)?\d+(?:余|多)?(?:条|篇|件|份)/g;
/**
 * Since a fix of stop 60 after the measure of 2441–2485: the same said the other way round, the
 * interpretations first (`网站全年政策解读稿件发布2篇`, real: 2476 安康市农业农村局 2020, its item on 主动公开
 * telling interactive functions, polls and letters): one kind, not the year's total.
 */
const INTERPRETATIONS_THEN_PUBLISHED =
  /(?:政策)?解读(?:文件|材料|稿件|信息|文章)?(?:发布|公开|刊发|推送)(?:了)?\d+(?:余|多)?(?:条|篇|件|份)/g;
/**
 * Since a fix of stop 60 after the measure of 2441–2485: letters to a mailbox answered or made public,
 * counted (`全年共回复领导信箱信件4件,办结4件,…公开信件4个`, real: 2476 安康市农业农村局 2020): letters
 * handled, not information the agency made public.
 */
const LETTERS_HANDLED = /(?:回复|答复|办结|公开)(?:了)?(?:来信|信件)\d+(?:余|多)?(?:件|个|封)/g;
const withoutInterpretations = (text: string): string =>
  text.includes('解读')
    ? withoutLetters(
        text.replace(INTERPRETATIONS_PUBLISHED, '').replace(INTERPRETATIONS_THEN_PUBLISHED, ''),
      )
    : withoutLetters(text);
/**
 * Since a fix of stop 62 after the measure of 2531–2575: matters sent in through a mailbox, a hotline
 * or petitions, handled and counted (`共办理政府公开信箱事务40件,办理市长公开信箱信访事项10件、局长公开电话信访
 * 事项6件`, real: 重庆市开州区公安局 2021, its (一)依法主动公开情况 otherwise telling lists and budgets): the
 * 公开 in the mailbox's name counts no information the agency made public. Only after a verb of
 * handling, each count joined by `、` with the same words.
 */
const MAILBOX_MATTER =
  '[^，,。；;\\n\\d]{0,16}?(?:信箱|信访|电话)[^，,。；;\\n\\d]{0,8}?\\d+(?:余|多)?(?:件|个|封|次)';
const MAILBOX_HANDLED = new RegExp(
  `(?:办理|回复|答复|办结|受理)${MAILBOX_MATTER}(?:、${MAILBOX_MATTER})*`,
  'g',
);
function withoutLetters(text: string): string {
  const mail =
    text.includes('信箱') || text.includes('信访') || text.includes('电话')
      ? text.replace(MAILBOX_HANDLED, '')
      : text;
  return mail.includes('信件') || mail.includes('来信') ? mail.replace(LETTERS_HANDLED, '') : mail;
}

/**
 * Since a fix of stop 59 after the measure of 2396–2440: policies pushed to enterprises, counted
 * (`已同步推送企业入库政策及产业惠企政策9200条次`, real: 临平区统计局 2022, its (一)主动公开 otherwise
 * counting copies handed out and reports written): a service delivered to firms one by one, not
 * information the agency made public. Only a clause whose 推送 names 企业 or 惠企 in what it pushes.
 */
const PUSHED_TO_FIRMS = /[^，,。；;\n]*推送[^，,。；;\n\d]{0,12}?(?:惠企|企业)[^，,。；;\n]*/g;
const withoutPushesToFirms = (text: string): string =>
  text.includes('推送') ? text.replace(PUSHED_TO_FIRMS, '') : text;

/**
 * Since a fix of stop 69 after the measure of 2846–2890: news reports carried by the press, counted
 * (`在报纸、电视、网络主流媒体刊发、播出新闻报道600余篇次并被转载`, real: 2882 广州市司法局 2021, its (一) on 主动公开
 * otherwise telling new columns and `在我局官网可查找…`; its gatherer: 没有写本年主动公开政府信息的数量): coverage
 * of the agency's work in the news, not information it made public. Only a clause naming the press (报纸,
 * 电视, 媒体…), its verb of printing or airing and the reports or manuscripts it counts.
 */
const PRESS_COVERAGE =
  /(?:报纸|报刊|电视|电台|媒体|日报)[^\d]{0,40}?(?:刊发|刊登|播出|播发|发表)[^\d]{0,8}?(?:新闻报道|宣传报道|新闻稿件|稿件|报道)[^\d]{0,4}?\d+(?:余|多)?(?:篇次|篇|条|则|次)/;
/**
 * Since a fix of stop 69 after the measure of 2846–2890: matters of service listed on a government service
 * platform, counted (`一体化在线政务服务平台受理办件量5140件,政务服务管理平台发布事项76项`, real: 2873 阿尔丁大街街道
 * 2024, its (一)主动公开情况 otherwise naming channels and kinds; its gatherer: 没有写本年主动公开政府信息的数量): the
 * services one may apply for, as cases handled (`CASES_COUNTED`), not information made public.
 */
/*
 * Only in a sentence counting the platform's cases handled too (`受理办件量5140件`): its service figures. The
 * service catalogue's items published alone (`通过黑龙江省政务服务事项管理平台公开政务服务事项33项,行政许可30项,…`,
 * real: 220 木兰县林业和草原局 2022, passed by its gatherer) are a list made public, counted.
 */
const SERVICE_MATTERS =
  /政务服务[^\d]{0,30}?(?:发布|公开|公布|上线)(?:政务服务)?事项\d+(?:余|多)?(?:项|个)/;
const SERVICE_CASES = /办件|受理[^，,。；;\d]{0,8}\d/;
/** A clause, to its marks (each read on its own, no span across clauses to search). */
const CLAUSE = /[^，,。；;\n]+/g;
const SENTENCE = /[^。；;\n]+/g;
const withoutServices = (sentence: string): string =>
  sentence.includes('政务服务') && SERVICE_CASES.test(sentence)
    ? sentence.replace(CLAUSE, (clause) => (SERVICE_MATTERS.test(clause) ? '' : clause))
    : sentence;
const withoutPressAndServices = (text: string): string => {
  const press =
    text.includes('刊') || text.includes('播') || text.includes('发表')
      ? text.replace(CLAUSE, (clause) => (PRESS_COVERAGE.test(clause) ? '' : clause))
      : text;
  return press.includes('政务服务') ? press.replace(SENTENCE, withoutServices) : press;
};

/** The report's narrative sections other than 总体情况 (`二、` may say `全年主动公开政府信息124条`). */
function otherSections(report: Report): string[] {
  return Object.entries(report.narrative)
    .filter(([id]) => id !== 'overview')
    .map(([, text]) => text ?? '');
}

/** What ends a sentence or a text written whole (`。`, `；`, a closing bracket or quotation). */
const WRITTEN_TO_ITS_END = /[。！!？?；;.…”"』」）)]\s*$/;
/**
 * An item's heading on making information public (`(四)依法公开农业农村政府信息。`), not on another
 * area that names 公开 too (`(三)依申请公开办理情况`, real: 东城区发改委 2021; `(三)政府信息公开的
 * 收费及减免情况`, real: 阳城县横河镇 2020: what they are cut in gives no count of 主动公开).
 */
const PUBLISHING_HEADING = /公开|发布|公布|公示/;
const OTHER_AREA_HEADING = /申请|收费|减免|平台|管理|监督|保障|复议|诉讼|问题|改进|组织|领导|制度/;

/**
 * Since a fix of stop 37 after the measure of 959–988: a text cut inside a later item of 总体情况
 * that is on publishing (real: 姚安县农业农村局 2021, `(三)全面拓展政府信息主动公开范围…` whole, then
 * `(四)依法公开农业农村政府信息。依托姚安县政府信息公开门户网站:2021年12月31日,2021年度在姚安县政府
 * 信息公开门` where the excerpt ends): the count may come there. Cut: the overview ends in the middle
 * of a sentence and nothing of the report is read after it (no other part, no table).
 */
function laterPublishingItemCut(text: string, report: Report): boolean {
  if (WRITTEN_TO_ITS_END.test(text)) return false;
  if (anyCell(report.cells)) return false;
  if (otherSections(report).some((other) => other.trim() !== '')) return false;
  const lines = linesOf(text);
  let proactive = -1;
  let last = -1;
  lines.forEach((line, i) => {
    if (proactive < 0 && proactiveHeading(line)) proactive = i;
    if (nextItem(line)) last = i;
  });
  const heading = (lines[last] ?? '').split(/[。；;：:，,]/)[0] ?? '';
  return (
    proactive >= 0 &&
    last > proactive &&
    PUBLISHING_HEADING.test(heading) &&
    !OTHER_AREA_HEADING.test(heading)
  );
}

/** Cases handled counted (`行政许可共计处理338宗`): the work's figures, not information made public. */
const CASES_COUNTED =
  /(?:行政许可|行政处罚|行政审批|审批事项|办件)[^，,。；;\d]{0,12}\d+\s*(?:余|多)?(?:宗|件|项|个)/;

/**
 * Since a fix of stop 42 after the measure of 1334–1348: an overview printed whole (the report's next
 * part's heading follows it) that never names 主动公开 nor counts any information made public, and no
 * other part or the preface counts it either (real: 八万镇 2022, its overview the town's profile, a
 * paragraph of the year's slogans and `据统计,行政许可共计处理338宗…;行政处罚共计46宗`, then
 * `二、主动公开政府信息情况`): only cases handled counted (`CASES_COUNTED`), as under an item on
 * 主动公开 (`proactiveItemOffTopic`). Not an overview cut by the excerpt (no later heading read), nor
 * one that counts nothing at all (the corpus's 19 overviews telling the work in general words, none
 * written down by their gatherers), nor a body exercising no administrative functions.
 */
function proactiveUntold(overviewId: SectionId, text: string, report: Report): Finding[] {
  if (text.trim() === '' || text.includes('公开信息') || NOT_AN_AGENCY.test(text)) return [];
  const headings = report.source?.headings;
  if (headings?.[overviewId] === undefined) return [];
  const later = Object.keys(headings).some((id) => id !== overviewId && id !== 'preface');
  if (!later || countsPublished(text) || USUAL_COUNT.test(report.meta.preface)) return [];
  if (otherSections(report).some((other) => countsPublished(other))) return [];
  const cases = CASES_COUNTED.exec(text);
  if (!cases) return [];
  return [
    {
      target: overviewId,
      section: overviewId,
      fields: [`narrative.${overviewId}` as const],
      message: `总体情况${text.includes('主动公开') ? '' : '通篇没有写主动公开政府信息的情况，'}只数了“${cases[0]}”等办理的事项，没有写本年主动公开了多少条政府信息，请补充`,
    },
  ];
}

/**
 * Since a fix of stop 44 after the measure of 1424–1483: an overview printed whole that counts no
 * information made public at all, nor does any other part or the preface (real: 汕头市医疗保障局 2020,
 * its overview a paragraph of the year's words and `2020年没有收到政府信息公开申请`; 桦川县卫生健康局
 * 2021, one paragraph of boilerplate; 嘉禾街道 2019, its items on leadership, channels and review, no
 * number), whose gatherers wrote it down: the report never says how much it made public. Not an
 * overview cut by the excerpt (no later heading read), nor a body exercising no administrative
 * functions.
 */
/** Numbers that are no figures of the work: years, dates, numbers of documents and orders. */
/*
 * Since a fix of stop 45 after the measure of 1544–1573: a date without its year, the period's end
 * (`本报告数据统计时限为2021年1月1日至12月31日`, real: 鄠邑区民族宗教事务局 2021, its overview
 * opening with the preface and counting nothing) is none either.
 */
/*
 * Since a fix of stop 68 after the measure of 2801–2845: a point's number at its line's start (`1.为确保政府
 * 交通信息公开实效`) and a day named by its month and day in quotes (`积极参加“5.15”政务公开活动日`), real:
 * 阜蒙县交通运输局 2021, its overview four numbered points counting nothing, the last `4.2021年未发现…`),
 * are none either.
 */
const NOT_A_FIGURE =
  /(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日|〔\s*\d{4}\s*〕\s*\d+\s*号|第\s*\d+\s*号|\d+\s*号令|(?<![^\n])[ \t\u3000]*\d{1,2}\s*[.、．](?=\D|(?:19|20)\d{2}\s*年)|[“"]\d{1,2}[.．]\d{1,2}[”"]/g;
const TOTAL_FIELD = /(?:公开|发布)总数量[^\d\n]{0,16}\d/;
function proactiveNeverCounted(
  overviewId: SectionId,
  text: string,
  report: Report,
  texts: readonly string[],
): Finding[] {
  if (text.trim() === '' || NOT_AN_AGENCY.test(text)) return [];
  const headings = report.source?.headings;
  if (headings?.[overviewId] === undefined) return [];
  const later = Object.keys(headings).some((id) => id !== overviewId && id !== 'preface');
  if (!later || countsPublished(text) || USUAL_COUNT.test(report.meta.preface)) return [];
  if (otherSections(report).some((other) => countsPublished(other))) return [];
  if (/\d/.test(text.replace(NOT_A_FIGURE, ''))) return [];
  // The old format's total said as a field (`政府信息公开发布总数量(非新闻类、消息类):0`, real: 公主岭市
  // 档案局 2021): a count given.
  if (texts.some((t) => TOTAL_FIELD.test(t))) return [];
  return [
    {
      target: overviewId,
      section: overviewId,
      fields: [`narrative.${overviewId}` as const],
      message: '总体情况只写了工作的做法，没有写本年主动公开了多少条政府信息，请补充',
    },
  ];
}

/**
 * The item of 总体情况 on 主动公开, read whole, that says what kinds of information were made public
 * or how the work is done but not how many (real: 木王镇 2023 `(一)主动公开政务信息情况` listing
 * `八项重点公开内容`; 昆明经开区招商合作局 2020 `对我局机构设置、主要职能…等政府信息进行了公示公开`;
 * 熊官屯镇 2023, 查阅点14个 and 资料90余份 but no count of information; 清真巷街道 2023). Not when another
 * 主动公开 item or another part counts what was published (real: 绵阳市卫健委 2020 `(二)主动公开政府
 * 信息情况` after `(一)主动公开政府信息的形式`; 天门市政府办公室 2025, `二、` `全年主动公开政府信息
 * 124条`), nor when the excerpt ends inside the item. A count under another item of 总体情况 is not
 * the item's (real: 府谷县政府办 2022, 3030条 under `(三)政府信息管理`).
 */
export const proactiveCountCheck = defineCheck({
  id: 'proactive-count-missing',
  severity: 'warning',
  spec: '4.5',
  title: '总体情况未写主动公开信息的数量',
  run(ctx) {
    const { template, report } = ctx;
    const overview = template.sections.find((s) => s.areas);
    const allTexts = (): string[] => textsOf(ctx).map((t) => t.text);
    const text = overview ? (report.narrative[overview.id] ?? '') : '';
    if (!overview) return [];
    const items = proactiveItems(text);
    // An overview naming 主动公开 nowhere, no item on it by its place either (`proactiveByPlace`).
    if (!text.includes('主动公开') && !text.includes('公开力度') && items.length === 0) {
      const untold = proactiveUntold(overview.id, text, report);
      return untold.length > 0
        ? untold
        : proactiveNeverCounted(overview.id, text, report, allTexts());
    }
    if (items.length === 0) {
      const never = proactiveNeverCounted(overview.id, text, report, allTexts());
      // Since a fix of stop 47 after the measure of 1634–1678: an overview without an item on
      // 主动公开 that names it only in passing (`主动公开相关事项`, the preface's list of parts read
      // under its heading) and counts only cases handled (`共办理市长信箱交办件37件`, real: 沙坪坝区
      // 西永街道 2020): the count of information made public is left out, as where 主动公开 is named
      // nowhere (`proactiveUntold`'s other conditions hold: printed whole, no count anywhere).
      return never.length > 0 ? never : proactiveUntold(overview.id, text, report);
    }
    const proactiveRead = withoutPushesToFirms(leadAndProactiveItems(text));
    if (
      countsPublished(
        withoutPressAndServices(withoutInterpretations(withoutCreditCases(proactiveRead))),
      )
    )
      return [];
    // Since a fix of stop 40 after the measure of 1199–1258: the usual count of 主动公开 under another
    // item of 总体情况 (`(四)政府信息公开平台建设情况` saying `全年主动公开信息110余条`, real: 大冶市殷祖镇
    // 2025, its `(一)政府信息主动公开情况` without one) is the count, wherever it is said (not a count of
    // `公开政府信息` alone under another item, 府谷县政府办 2022's above).
    if (USUAL_COUNT.test(titlesBlank(text))) return [];
    // Since the measure of 1199–1258 (stop 40): the count said in the preface (`2022年,我委通过县政府网站
    // 公示公告中发布信息23条、政府信息公开专栏主动公开政府信息51条`, real: 屯昌县卫生健康委员会 2022, its
    // `(一)主动公开` without one) is said in the report.
    if (USUAL_COUNT.test(report.meta.preface)) return [];
    if (otherSections(report).some((other) => countsPublished(other))) return [];
    if (laterPublishingItemCut(text, report)) return [];
    // Only cases handled counted (`共办理行政许可4251项`): the item off its topic, said there.
    if (proactiveItemOffTopic(linesOf(text))) return [];
    // Since a fix of stop 69 after the measure of 2846–2890: so is an item counting only pieces sent to the
    // news media (real: 和田县吾宗肖乡 2023, `…新闻媒体积极投稿刊发各类视频图文稿件300余篇`), now no count here
    // (`PRESS_COVERAGE`): told there, once.
    if (text.includes('媒体') && proactiveItemNewsOnly(linesOf(text))) return [];
    // Since a fix of stop 35 after the measure of 719–748: a body exercising no administrative
    // functions in its own name (real: 上海市人民政府参事室 2022, `…故无此类公开信息`, `本单位不对外以自己
    // 名义履行行政管理职能`) is asked for no count.
    if (NOT_AN_AGENCY.test(text)) return [];
    const heading = items[0] ?? '';
    const where = `总体情况的${/^[（(]/.test(heading) ? `小标题“${heading}”下` : `“${heading}”一段`}`;
    return [
      {
        target: overview.id,
        section: overview.id,
        fields: [`narrative.${overview.id}` as const],
        message: `${where}只写了公开的内容和做法，没有写本年主动公开了多少条政府信息，请补充`,
      },
    ];
  },
});
