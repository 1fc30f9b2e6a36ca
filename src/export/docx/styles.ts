import type { IFontAttributesProperties } from 'docx';
import { grid } from '@/domain/report/print-layout';

/**
 * Fonts of the exported report, after GB/T 9704-2012 (党政机关公文格式). Page, grid and sizes are
 * shared with the paged preview (domain/report/print-layout).
 */
export {
  bodyLine,
  grid,
  mm,
  page,
  sizes,
  textHeight,
  textWidth,
  titleLine,
} from '@/domain/report/print-layout';

/** Chinese fonts go in the East Asian slot so Word and WPS apply them to Chinese text. */
const font = (eastAsia: string): IFontAttributesProperties => ({
  eastAsia,
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  hint: 'eastAsia',
});

export const fonts = {
  title: font('方正小标宋简体'),
  body: font('仿宋_GB2312'),
  heading: font('黑体'),
  subheading: font('楷体_GB2312'),
  pageNumber: font('宋体'),
} as const;

/** First-line indent of two characters of the grid. */
export const firstLineIndent = {
  firstLine: Math.round(2 * grid.charPitch),
  firstLineChars: 200,
} as const;
