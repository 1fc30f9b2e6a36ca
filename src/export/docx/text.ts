import { reportTitle } from '@/domain/report/document-text';
/**
 * Text as it goes into the document: literal, never `undefined`/`NaN`/`null`, and valid XML 1.0
 * (which forbids C0 controls other than tab, line feed and carriage return, lone surrogates and
 * U+FFFE/U+FFFF).
 */

// C0 controls but tab, LF, CR; DEL; U+FFFE/U+FFFF. Built from code points to keep the source clean.
const controls = new RegExp(
  `[${['\\u0000-\\u0008', '\\u000B', '\\u000C', '\\u000E-\\u001F', '\\u007F', '\\uFFFE', '\\uFFFF'].join('')}]`,
  'g',
);
/** A surrogate pair, or a lone surrogate (invalid in XML): pairs are kept, lone halves dropped. */
const surrogates = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** Removes characters XML cannot carry; `\r\n` and `\r` become `\n`. */
export function cleanText(value: string | null | undefined): string {
  if (value == null) return '';
  return String(value)
    .replace(/\r\n?/g, '\n')
    .replace(controls, '')
    .replace(surrogates, (m) => (m.length === 2 ? m : ''));
}

/** Non-empty paragraphs of a multi-line text, trimmed at the end only. */
export function paragraphsOf(value: string | null | undefined): string[] {
  return cleanText(value)
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => line.trim() !== '');
}

/** Characters Windows, macOS or Linux refuse in a file name, and trailing dots/spaces. */
const invalidInFileName = new RegExp(`[${'\\u0000-\\u001F\\u007F'}<>:"/\\\\|?*]`, 'g');

/** `<机关名称><年度>年政府信息公开工作年度报告.docx`, safe on every system. */
export function reportFileName(agencyName: string, year: number | string | null): string {
  const base = reportTitle(cleanText(agencyName), year)
    .replace(invalidInFileName, '_')
    .replace(/[\s.]+$/u, '')
    .slice(0, 120);
  return `${base}.docx`;
}
