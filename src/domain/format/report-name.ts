/** The report's name as the regulation gives it (条例 第五十条). */
export const REPORT_NAME = '政府信息公开工作年度报告';

/**
 * A piece of the report's name cut inside a word (`工作年度报`, real: 西集镇 2024, a line of its own
 * under the title): a leftover of the title, not text. Not a piece ending between its words
 * (`工作年度报告`, `政府信息公开`: a page's title wrapped, a menu's entry). The name's words are two
 * characters each, so a piece starting or ending at an odd place cuts one.
 */
export function cutPieceOfName(line: string): boolean {
  const t = line.replace(/\s+/g, '');
  const at = REPORT_NAME.indexOf(t);
  return t.length >= 3 && at >= 0 && (at % 2 === 1 || (at + t.length) % 2 === 1);
}
