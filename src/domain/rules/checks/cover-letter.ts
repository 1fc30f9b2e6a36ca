import { defineCheck, type Finding } from '../check-context';
import type { FieldPath, Report } from '../../report/types';
import type { SectionId } from '../../template/types';

/**
 * The annual report is published to the public (条例 第五十条); a 函 is a letter to an office. A
 * page that publishes the letter that sent the report (`…关于报送2020年度政府信息公开工作年度报告的
 * 函`, addressed `区办公室：`), or a report still in a letter's form (an addressee before the
 * preface, `此函` closing it), is sent back to be published as the report itself (real: 平潭综合实验区
 * 苏平片区管理局 2020, 海坛片区管理局 2021 and 2022).
 */

/** A letter's title: it ends in 函 (`…的函`, `…的复函`). */
const LETTER_TITLE = /^[^。，,；;]{4,80}(?:的|复)函$/;
/**
 * An addressee: a short line naming an office, ending in a colon (`区办公室：`, `区管委会办公室：`).
 * Since a fix of stop 44 after the measure of 1424–1483: an office named short too (`盘锦市政务公开办:`,
 * real: 辽东湾新区管委会 2020, its summary and plan `报告如下` to it).
 */
/**
 * Since a fix of stop 67 after the measure of 2756–2800: or a superior's centre the reports are sent to
 * (`阿里地区行办网络信息中心:` under the title, real: 札达县人民政府 2023; the corpus has no other line
 * of the kind).
 */
const ADDRESSEE =
  /^[\u4e00-\u9fff、]{1,24}(?:办公室|办公厅|管委会|管理委员会|人民政府|政府|委员会|局|厅|部|公开办|政务办|政府办|中心)[：:]$/;
/**
 * Since a fix of stop 49 after the measure of 1769–1813: the preface citing the superior's notice as
 * the addressee's, `贵办` (`根据贵办《关于做好2024年度政府信息公开工作年度报告编制公布工作的通知》文件要求`,
 * real: 宁陕县梅子镇 2024): words written to the office the report was sent to, left in the report
 * published. Only 贵 and the office right before the notice's title (`…条例》和贵办要求`, real: 子洲县
 * 交通运输局 2021, not written down by its gatherer, is a request named, not a notice cited).
 */
const ADDRESSEE_NOTICE = /贵(?:办|委|局|厅|府|单位|部门|处)(?=《|下发|印发|关于)/;

/**
 * Since a fix of stop 51 after the measure of 1904–1948: the preface putting the report forward to a
 * superior (`现将延安市人民防空办公室2021年政府信息公开工作年度报告呈报如下`, real: 延安市人民防空办公室
 * 2021): 呈报, 上报, 报送 and 呈送 send a paper up to an office, and the sentence is the covering
 * letter's, left in the report published. Only the report named right before the verb and `如下`.
 */
const SENT_UP_PREFACE =
  /现(?:将|把)[^。]{0,60}?(?:年度报告|年报|工作报告)(?:呈报|上报|报送|呈送)如下/;
const SENT_UP_VERB = /呈报|上报|报送|呈送|汇报/;
/**
 * Since a fix of stop 54 after the measure of 2171–2215: the preface reporting the year's 政务公开 work
 * up (`现将我局2019年政务公开工作情况汇报如下`, real: 崇川区科技局 2019): 汇报 tells a superior, and 政务公开
 * work is not the 政府信息公开 annual report. Only in the preface and only 政务公开 named: `现将…政府信息
 * 公开工作(情况)汇报如下` is the corpus's usual lead-in, passed by its gatherers (real: 鲊埠回族乡 2021,
 * and the same words under `一、总体情况`, 西里镇 2024, not read here).
 */
const WORK_REPORTED_UP_PREFACE = /现(?:将|把)[^。]{0,30}?政务公开工作(?:开展)?(?:情况)?汇报如下/;

/**
 * Since a fix of stop 55 after the measure of 2216–2260: a text with no title, nothing read as its agency,
 * whose opening paragraph reports the year's work up and nowhere calls itself a 报告 (`现就2019年政府信息
 * 公开工作的实施情况汇报如下`, real: 四平市气象局 2019, printed under `一、总体情况`; `现将2022年度政府信息
 * 公开工作情况汇报如下`, real: 长滩镇 2022, both written down by their gatherers): a work report to a
 * superior, not the annual report published. A titled report saying the same is the corpus's usual
 * lead-in (real: 鲊埠回族乡 2021, 西峰区统计局 2020, 阳高县 2020, passed by their gatherers), and a text
 * naming itself 本报告 before it (real: 白水乡 2020) is the report: neither is read.
 */
const UNTITLED_WORK_REPORTED_UP = /现(?:将|就|把|对)[^。]{0,40}?工作[^。]{0,12}?汇报如下/;
const REPORT_NAMED = /报告|年报/;

/** Where the untitled opening is read: the preface, or the overview when there is none. */
const untitledPlace = (report: Report): { field: FieldPath; section: SectionId | 'meta' } =>
  NOT_SPACE.test(report.meta.preface)
    ? { field: 'meta.preface', section: 'meta' }
    : { field: 'narrative.overview', section: 'overview' };

/** The opening lines (the preface's, or the overview's when it holds them), when untitled and reported up. */
function untitledReportedUp(report: Report): string | undefined {
  if (report.meta.agencyName.trim() !== '') return undefined;
  const opening = NOT_SPACE.test(report.meta.preface)
    ? someLines(report.meta.preface, 4, false)
    : someLines(report.narrative.overview, 2, false);
  if (opening.some((l) => REPORT_NAMED.test(l))) return undefined;
  return opening.map((l) => UNTITLED_WORK_REPORTED_UP.exec(l)?.[0]).find((w) => w !== undefined);
}

/** A letter's closing formula, on a line of its own. */
const LETTER_CLOSING = /^(?:此函|特此函告|特此函复|特此函达)[。.]?$/;

/**
 * The first `n` lines of a text that are not blank, white space taken out (`fromEnd`: the last
 * `n`, in order), reading only as many lines as it needs: the check looks at the first lines of
 * the preface and the last of one section, not at every line of them.
 */
function someLines(text: string | undefined, n: number, fromEnd: boolean): string[] {
  const out: string[] = [];
  const t = text ?? '';
  let at = fromEnd ? t.length : 0;
  while (out.length < n && (fromEnd ? at >= 0 : at <= t.length)) {
    let line: string;
    if (fromEnd) {
      const start = at > 0 ? t.lastIndexOf('\n', at - 1) : -1;
      line = t.slice(start + 1, at);
      at = start;
    } else {
      const end = t.indexOf('\n', at);
      line = t.slice(at, end < 0 ? t.length : end);
      at = end < 0 ? t.length + 1 : end + 1;
    }
    const bare = line.replace(/\s+/g, '');
    if (bare !== '') out.push(bare);
  }
  return fromEnd ? out.reverse() : out;
}
/** A text with a line that is not blank: some character that is not white space. */
const NOT_SPACE = /\S/;

export const coverLetterCheck = defineCheck({
  id: 'report-is-cover-letter',
  severity: 'warning',
  spec: '4.5',
  title: '公开的是报送函而不是年度报告',
  run({ report }) {
    // The letter's title or its addressee, before the preface's first sentence.
    const head = someLines(report.meta.preface, 4, false);
    const title = head.find((l) => LETTER_TITLE.test(l));
    const addressee = head.find((l) => ADDRESSEE.test(l));
    // The closing: among the last lines of the last section written.
    const sections: SectionId[] = [
      'other',
      'problems',
      'reviewLitigation',
      'applications',
      'proactive',
      'overview',
    ];
    const last = sections.find((id) => NOT_SPACE.test(report.narrative[id] ?? ''));
    // A signature and a 印发 line may follow it (real: 海坛片区管理局 2021).
    const closing = last
      ? someLines(report.narrative[last], 4, true).find((l) => LETTER_CLOSING.test(l))
      : undefined;
    const closed = closing !== undefined;
    const yours = head.some((l) => l.includes('贵'))
      ? head.map((l) => ADDRESSEE_NOTICE.exec(l)?.[0]).find((w) => w !== undefined)
      : undefined;
    const sentUp = head.some((l) => l.includes('如下'))
      ? head
          .map((l) => (SENT_UP_PREFACE.exec(l) ?? WORK_REPORTED_UP_PREFACE.exec(l))?.[0])
          .find((w) => w !== undefined)
      : undefined;
    const untitled =
      sentUp === undefined && !title && !addressee ? untitledReportedUp(report) : undefined;
    if (
      !title &&
      !addressee &&
      !closed &&
      yours === undefined &&
      sentUp === undefined &&
      untitled === undefined
    )
      return [];
    const seen = [
      title ? `标题为“${title}”` : '',
      addressee ? `正文以主送“${addressee}”开头` : '',
      yours !== undefined ? `序言称上级为“${yours}”` : '',
      sentUp !== undefined
        ? `序言写“${sentUp}”，把向社会公开的年度报告写成向上级“${SENT_UP_VERB.exec(sentUp)?.[0] ?? ''}”`
        : '',
      untitled !== undefined
        ? `没有标题，开头写“${untitled}”，开头也不称报告，把向社会公开的年度报告写成向上级“汇报”的工作情况`
        : '',
      closed ? `末尾写着“${closing}”` : '',
    ].filter((x) => x !== '');
    const fields: FieldPath[] = [];
    const inPreface = Boolean(title || addressee) || yours !== undefined || sentUp !== undefined;
    if (inPreface) fields.push('meta.preface');
    // The opening printed under 一、总体情况 (no preface of its own) is the overview's.
    const untitledAt = inPreface || untitled === undefined ? null : untitledPlace(report);
    if (untitledAt) fields.push(untitledAt.field);
    if (closed && last) fields.push(`narrative.${last}`);
    const finding: Finding = {
      section: inPreface ? 'meta' : (untitledAt?.section ?? last ?? 'meta'),
      fields,
      message: `${seen.join('，')}：这是报送年度报告的公函的写法。向社会公开的应是年度报告本身，以“××${report.meta.year ?? ''}年政府信息公开工作年度报告”为题，不写主送机关和“此函”`,
    };
    return [finding];
  },
});
