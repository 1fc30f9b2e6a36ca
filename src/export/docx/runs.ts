import { Tab, TextRun, type IFontAttributesProperties } from 'docx';
import { cleanText } from './text';

/** A run of literal text in `font` at `size`; tabs become real tab characters. */
export function textRun(
  text: string,
  font: IFontAttributesProperties,
  size: number,
  options: { bold?: boolean; break?: boolean; spacing?: number } = {},
): TextRun {
  const parts = cleanText(text).replace(/\n/g, ' ').split('\t');
  const children: (string | Tab)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part !== '') children.push(part);
  });
  return new TextRun({
    children,
    font,
    size,
    ...(options.bold ? { bold: true } : {}),
    ...(options.break ? { break: 1 } : {}),
    ...(options.spacing ? { characterSpacing: options.spacing } : {}),
  });
}
