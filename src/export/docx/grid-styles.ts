import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Two paragraph styles the docx library cannot write, patched into `word/styles.xml` after
 * packing:
 *
 * - `Normal` carries the body size (三号) and font itself: Word counts the document grid's
 *   character pitch (w:charSpace) from the Normal style's size, and LibreOffice reads the base
 *   size of its grid from it too (not from the document defaults). Without it both take 10.5 or
 *   12 pt, and a 16 pt character fills two grid cells: 19 characters a line instead of 28.
 * - `NoGrid` (tables, title, page numbers) does not snap to the grid (w:snapToGrid 0), so table
 *   text keeps its own small line pitch and character spacing.
 */
export const noGridStyle = 'NoGrid';

const normalStyle =
  /<w:style w:type="paragraph" w:styleId="Normal" w:default="1">[\s\S]*?<\/w:style>/;

export function patchStylesXml(xml: string, normalRunProperties: string): string {
  if (!normalStyle.test(xml)) throw new Error('styles.xml: no Normal paragraph style to patch');
  return xml.replace(
    normalStyle,
    [
      '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/>',
      `<w:rPr>${normalRunProperties}</w:rPr></w:style>`,
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${noGridStyle}"><w:name w:val="${noGridStyle}"/>`,
      '<w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>',
    ].join(''),
  );
}

/** `word/styles.xml` of a packed .docx patched as above; the rest of the package unchanged. */
export function withGridStyles(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const styles = files['word/styles.xml'];
  if (!styles) throw new Error('.docx without word/styles.xml');
  const defaults = /<w:rPrDefault><w:rPr>([\s\S]*?)<\/w:rPr><\/w:rPrDefault>/.exec(
    strFromU8(styles),
  );
  const runProperties = (defaults?.[1] ?? '').replace(/<w:lang [^>]*\/>/, '');
  files['word/styles.xml'] = strToU8(patchStylesXml(strFromU8(styles), runProperties));
  return zipSync(files);
}
