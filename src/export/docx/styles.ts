import type { IFontAttributesProperties } from 'docx';

/**
 * Fonts, sizes and page setup of the exported report, after GB/T 9704-2012 (党政机关公文格式).
 * Sizes are in half-points (docx `size`), lengths in twips (1/20 pt) unless named otherwise.
 */

/** Millimetres to twips (1 mm = 1440 / 25.4 twips). */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

export const page = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** Distance of the footer (page number) from the bottom edge. */
  footer: mm(28) - mm(7),
} as const;

/** Width between the margins: 156 mm. */
export const textWidth = page.width - page.margin.left - page.margin.right;

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

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt, 小五 9 pt. */
export const sizes = {
  title: 44,
  body: 32,
  pageNumber: 28,
  table: 21,
  tableSmall: 18,
} as const;

/** Body line spacing: exactly 28.9 pt, as in the official templates (22 lines a page). */
export const bodyLine = 578;
/** First-line indent of two characters at 三号. */
export const firstLineIndent = { firstLine: 640, firstLineChars: 200 } as const;
