import { firstInParagraphs } from '../../format/memo';
import { defineCheck } from '../check-context';
import { textFindings } from '../support';

/**
 * Since a fix of stop 36 after the measure of 779–808: a notice cited by a title that is no
 * notice's title (SPEC §4.5, a wording a reviewer sends back): a notice's title says what it is
 * about with 关于 (`…关于做好…工作的通知`) or what it issues with 印发, 转发 (`…关于印发…要点的通知`),
 * so a title in 《》 ending `…的通知》` with neither is the issued document's name with `的通知`
 * run on, its 关于印发 and often its issuer lost (real: 南华县 2022, `制定下发《南华县贯彻落实2022年
 * 楚雄州政务公开工作要点任务清单的通知》`; 四川省经济合作局 2019, `《四川省2019年政务公开工作要点的
 * 通知》(川办发〔2019〕32号)`; 徐水区 2020, `按照《河北省政府信息公开申请办理规范的通知》要求`; 威远县
 * 乡村振兴局 2021, 银川市网信办 2019, 南宁经开区 2021, 长安区 2024, 栾城区 2023 the same). Every such
 * title in the corpus (ten in its ~810 texts) is one. Silent where 关于 stands right before the
 * marks, or before the titles listed with it (`关于印发《…格式的通知》`, 开福区 2023; `福建省农业农村厅
 * 关于《下达…的通知》《提前下达…的通知》`, 平潭综合实验区 2019): the words are there, only the marks are
 * misplaced.
 */

/**
 * A title in book marks ending `的通知`, no marks inside (an inner title in 〈〉 allowed). Since the lead's
 * read-back of stop 62: on one line, as everything below looks only within the title's line (a paragraph
 * is read on its own after a keystroke; the fuzz found a `《` ending a line read with the next line's
 * `》` in a batch).
 */
const NOTICE_TITLE = /《([^《》\n]{4,80})的通知》/g;
/** What a notice's title says: 关于, or a verb of issuing. */
const NOTICE_WORDS = /关于|印发|转发|批转|颁发|发布|下发/;
/** Titles listed right before it (`《…》《…》`, `《…》、`) and the text before them, near the marks. */
const LISTED_BEFORE = /(?:《[^《》\n]*》[、，,和及与]?)+$/;
/** How far before the marks 关于 is looked for. */
const LEAD = 8;
/** The text before the marks looked at for titles listed before it. */
const LOOK_BACK = 240;

export interface IncompleteTitle {
  /** The title with its marks: `《…的通知》`. */
  readonly title: string;
  /** Whether its `的通知` stands outside the marks (`《…关于印发…》的通知`). */
  readonly outside?: boolean;
}

/**
 * Since a fix of stop 48 after the measure of 1724–1768: a notice's whole title up to what it issues
 * in the marks, its `的通知` left outside them (`《重庆市渝中区人民政府办公室关于印发渝中区2021年政务公开
 * 工作要点任务分工》的通知(渝中府办〔2021〕10号)`, real: 渝中区解放碑街道 2021): the issuer and 关于印发
 * inside say the marks hold the notice's title, which ends with 的通知. Not the State's notice on the
 * format so cited (`《国务院办公厅政府信息与政务公开办公室关于印发…年度报告格式》的通知`, real: 平武县
 * 龙安镇 2024), which `notice-citation-unknown` reads as that notice's title.
 */
const NOTICE_WORDS_OUTSIDE = /《([^《》\n]{0,40}关于印发[^《》\n]{4,60})》的通知/g;
const outsideNoticeWords = (text: string): IncompleteTitle | null => {
  if (!text.includes('》的通知')) return null;
  for (const m of text.matchAll(NOTICE_WORDS_OUTSIDE))
    if (!(m[1] ?? '').includes('年度报告格式')) return { title: m[0], outside: true };
  return null;
};

export const incompleteNoticeTitle = firstInParagraphs('》', (text): IncompleteTitle | null => {
  if (!text.includes('的通知》')) return outsideNoticeWords(text);
  NOTICE_TITLE.lastIndex = 0;
  for (let m = NOTICE_TITLE.exec(text); m !== null; m = NOTICE_TITLE.exec(text)) {
    if (NOTICE_WORDS.test(m[1] ?? '')) continue;
    let before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    before = before.slice(before.lastIndexOf('\n') + 1);
    const listed = LISTED_BEFORE.exec(before);
    if (listed) before = before.slice(0, listed.index);
    if (before.slice(-LEAD).includes('关于')) continue;
    return { title: m[0] };
  }
  return outsideNoticeWords(text);
});

export const incompleteNoticeTitleCheck = defineCheck({
  id: 'notice-title-incomplete',
  severity: 'warning',
  spec: '4.5',
  title: '所引通知名称不全（缺“关于”“关于印发”）',
  run: (ctx) =>
    textFindings(
      ctx,
      (text) => incompleteNoticeTitle(text),
      (found) =>
        found.outside === true
          ? `文中引用的${found.title}把书名号收在“的通知”之前：“的通知”是通知标题的一部分，应括入书名号内（《…的通知》），请核对`
          : `文中引用的${found.title}不成通知的名称：通知的标题应为“发文机关＋关于…的通知”，印发文件的为“…关于印发《…》的通知”，这里缺“关于”或“关于印发”（常连发文机关也缺）：请按原文件的标题完整引用`,
    ),
});
