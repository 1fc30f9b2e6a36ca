import { defineCheck, type Finding } from '../check-context';
import type { FieldPath } from '../../report/types';
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
/** An addressee: a short line naming an office, ending in a colon (`区办公室：`, `区管委会办公室：`). */
const ADDRESSEE =
  /^[\u4e00-\u9fff、]{1,24}(?:办公室|办公厅|管委会|管理委员会|人民政府|政府|委员会|局|厅|部)[：:]$/;
/** A letter's closing formula, on a line of its own. */
const LETTER_CLOSING = /^(?:此函|特此函告|特此函复|特此函达)[。.]?$/;

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter((l) => l !== '');

export const coverLetterCheck = defineCheck({
  id: 'report-is-cover-letter',
  severity: 'warning',
  spec: '4.5',
  title: '公开的是报送函而不是年度报告',
  run({ report }) {
    const preface = lines(report.meta.preface);
    // The letter's title or its addressee, before the preface's first sentence.
    const head = preface.slice(0, 4);
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
    const last = sections.find((id) => lines(report.narrative[id]).length > 0);
    // A signature and a 印发 line may follow it (real: 海坛片区管理局 2021).
    const closing = last
      ? lines(report.narrative[last])
          .slice(-4)
          .find((l) => LETTER_CLOSING.test(l))
      : undefined;
    const closed = closing !== undefined;
    if (!title && !addressee && !closed) return [];
    const seen = [
      title ? `标题为“${title}”` : '',
      addressee ? `正文以主送“${addressee}”开头` : '',
      closed ? `末尾写着“${closing}”` : '',
    ].filter((x) => x !== '');
    const fields: FieldPath[] = [];
    if (title || addressee) fields.push('meta.preface');
    if (closed && last) fields.push(`narrative.${last}`);
    const finding: Finding = {
      section: title || addressee ? 'meta' : (last ?? 'meta'),
      fields,
      message: `${seen.join('，')}：这是报送年度报告的公函的写法。向社会公开的应是年度报告本身，以“××${report.meta.year ?? ''}年政府信息公开工作年度报告”为题，不写主送机关和“此函”`,
    };
    return [finding];
  },
});
