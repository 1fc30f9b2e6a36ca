import { importHtml, importText } from '@/import';
import {
  coversArea,
  GOVERNMENT_AREA,
  setOutUnderOldHeadings,
} from '@/domain/report/overview-areas';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import type { Issue } from '@/domain/rules/types';
import { formatById, formats } from '@templates/index';

/**
 * The issues a reviewer is judged on for one real published text of the corpus
 * (templates/fixtures/real): the corpus test (src/domain/rules/real-corpus.test.ts) and the
 * held-out measure (`npm run measure`, scripts/measure-corpus.measure.ts) read a text the same way.
 * A whole page (`html`) is judged on every issue; an excerpt (the store's first ~2,000 bytes) on
 * none `incomplete`, and on its overview's areas only where the excerpt shows the overview whole.
 * `today`: the day the reviewer reads it. A text the importer refuses gives its Chinese message.
 */
/**
 * Since a fix of stop 40 after the measure of 1199–1258: the overview's last line a heading of the
 * report's own words numbered 二 (`二、主要公开政府信息情况`, real: 沙依巴克区 2019, its numeral printed
 * alone on the line before): the next part begins there, the overview is whole.
 */
/*
 * Since a fix of stop 54 after the measure of 2171–2215: or that heading with its numeral lost, the
 * mark left before part 二's own words (`、主动公开政府信息情况`, real: 耀州区审计局 2020, its overview's
 * (一)–(六) whole above it).
 */
const NEXT_PART_LAST = /\n[ \t\u3000]*(?:二[、,.．]|、(?=主动公开))[^\n。，,；;：:]{2,24}$/;

/**
 * Since a fix of stop 54 after the measure of 2171–2215: an overview cut mid-sentence (no stop at its
 * end) whose items before 监督保障 follow an order of its own, one of them naming none of the format's
 * areas (`(三)推进财政资金信息公开`, then `(四)强化组织监督保障。…的原则,各`, real: 四川省煤田地质局 2021):
 * its 监督保障 is not the last area it tells, so an area not headed yet may follow in the part cut.
 */
const ITEM_HEAD = /^[ \t\u3000]*[（(][一二三四五六七八九十]{1,2}[）)]([^。：:；;\n]{1,16})/gm;
const CUT_MID_SENTENCE = /[^。；;！!？?）)”\s]$/;
function ownOrderCut(overview: string, areas: readonly string[]): boolean {
  if (areas.length === 0 || !CUT_MID_SENTENCE.test(overview.trimEnd())) return false;
  const heads = [...overview.matchAll(ITEM_HEAD)].map((m) => m[1] ?? '');
  const last = heads.findIndex((h) => h.includes('监督保障'));
  return last > 0 && heads.slice(0, last).some((h) => !areas.some((area) => coversArea(h, area)));
}

export function corpusIssues(text: string, html: boolean, today: string): Issue[] | string {
  const imported = html ? importHtml(text) : importText(text);
  if (!imported.ok) return imported.message;
  const { report } = imported;
  const overview = report.narrative.overview ?? '';
  // An excerpt shows its overview whole when the import read a later section's heading, or when
  // the overview's last line is the next heading cut by the excerpt (388's `二、`): the overview
  // ends there, so its areas are judged as on a whole page (since stop 30); a text whose paragraphs
  // ran into one line parts that heading by a space (961's `…511条。 二、主动公开政府`, since a fix
  // of stop 37 after the measure of 959–988). So does a table printed after it, its heading left
  // out (553's 表二 cut in its header, since a fix of stop 32), unless the overview holds a part's
  // heading of the report's own (223's `二、组织领导…`): its parts were read into it, not its areas.
  const tablePrinted =
    Object.keys(report.cells).length > 0 || (report.source?.tablesWithoutValues ?? []).length > 0;
  const overviewWhole =
    html ||
    Object.keys(report.source?.headings ?? {}).some((id) => id !== 'overview') ||
    (tablePrinted && !/\n[二三四五六][、,.．]/.test(overview)) ||
    /\s二[、,.．]\S{0,6}$/.test(overview) ||
    NEXT_PART_LAST.test(overview);
  // It shows the official areas when its sub-headings reach 监督保障, the last of them, after two
  // items or more (`(四)监督保障坚实有力`, cut in its text, real: 497): an area not headed before it is
  // missing, but a government's 工作考核… may be told in the item cut (since a fix after the measure of
  // 494–523). Not 监督保障 heading the first item (real: 519, `(一)强化统筹谋划,监督保障更加有力`).
  const template = formatById(report.formatId);
  const formatAreas = template.sections.find((s) => s.id === 'overview')?.areas ?? [];
  // Since a fix of stop 63 after the measure of 2576–2620: or when its sub-headings are the old
  // regulation's items, none naming an area (real: 武威市凉州区融媒体中心 2022, cut in its (四)
  // `《条例》的学习、宣传等方面的工作`): the areas are no items of that order, whatever follows.
  const areasShown =
    (/\n[（(][三四五六七八九十][）)][^\n。]{0,12}监督保障/.test(overview) &&
      !ownOrderCut(overview, formatAreas)) ||
    setOutUnderOldHeadings(overview, formatAreas);
  const areasJudged = (i: Issue): boolean =>
    i.checkId !== 'overview-areas-missing' ||
    overviewWhole ||
    (areasShown && !i.message.startsWith(`「一、总体情况」未涉及：${GOVERNMENT_AREA}（`));
  return evaluateChecks(template, report, { formats, today }).filter((i) =>
    html ? true : i.severity !== 'incomplete' && areasJudged(i),
  );
}
