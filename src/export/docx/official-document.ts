import { Document, DocumentGridType, type Paragraph, type Table } from 'docx';
import { pageNumberFooters } from './paragraphs';
import { fonts, grid, page, sizes } from './styles';

/**
 * A document in the style of GB/T 9704-2012 as the report uses it: A4 with its margins, body
 * font and size by default, the line grid, `— N —` page numbers. The report and the review's
 * 通报 are both built on it; pack with `withGridStyles` (grid-styles.ts).
 */
export function officialDocument(options: {
  readonly title: string;
  readonly creator: string;
  readonly description?: string;
  readonly children: readonly (Paragraph | Table)[];
}): Document {
  return new Document({
    title: options.title,
    creator: options.creator,
    ...(options.description ? { description: options.description } : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: fonts.body,
            size: sizes.body,
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              ...page.margin,
              header: page.margin.top - 567,
              footer: page.footer,
              gutter: 0,
            },
          },
          grid: {
            type: DocumentGridType.LINES,
            linePitch: grid.linePitch,
          },
        },
        footers: pageNumberFooters(),
        children: [...options.children],
      },
    ],
  });
}
