import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/testing/property-runs';
import { slicedOutcome, streamedWhole } from '@/testing/sliced-document';
import { documentBlocks, type DocumentReader } from './document-blocks';
import { MAX_FRAME_DEPTH } from './stream-blocks';

/**
 * The streaming reader (stream-blocks.ts: blocks as the scanner reads, no tree) against the tree
 * walks it replaced: for documents made at random of the elements the rules look at — paragraphs,
 * tables, rows and cells nested any way, frames (tables of one cell) inside frames, merges,
 * properties where Word does not put them, wrappers, breaks, deleted text — it must give the
 * blocks and the table count the walk over saxes's tree gives, and the fast scanner's tree.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

type Outcome =
  { ok: true; value: ReturnType<typeof documentBlocks> } | { ok: false; error: string };

function outcome(xml: string, reader: DocumentReader): Outcome {
  try {
    return { ok: true, value: documentBlocks(utf8(xml), reader) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** `slicing`: the sliced reader's window and slice sizes (document.xml read as inflated). */
function expectSame(
  xml: string,
  slicing: { window: number; sizes: number[] } = { window: 5, sizes: [3] },
): void {
  const streamed = outcome(xml, 'fast');
  expect(streamed, xml).toEqual(outcome(xml, 'saxes'));
  expect(streamed, xml).toEqual(outcome(xml, 'tree'));
  const sliced = slicedOutcome(utf8(xml), slicing.window, slicing.sizes);
  expect(sliced.outcome, xml).toEqual(streamed);
  expect(sliced.itself, xml).toBe(streamedWhole(utf8(xml)));
}

const element = (name: string, children: readonly string[]): string =>
  children.length === 0 ? `<${name}/>` : `<${name}>${children.join('')}</${name}>`;

const texts = fc.constantFrom('一、总体情况', '自然人', '4', ' 0 ', 'a &amp; b', '&#x4E00;', '');

/** A document of random Word-like elements, `depth` levels deep at most. */
const nodes = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    texts.map((t) => `<w:r><w:t>${t}</w:t></w:r>`),
    texts.map((t) => `<w:t>${t}</w:t>`),
    fc.constantFrom(
      '<w:tab/>',
      '<w:br/>',
      '<w:cr/>',
      '<w:noBreakHyphen/>',
      '<w:p/>',
      '<w:tbl/>',
      '<w:tr/>',
      '<w:tc/>',
      '<w:tcPr><w:vMerge/></w:tcPr>',
      '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>',
      '<w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="continue"/></w:tcPr>',
      '<w:tcPr/>',
      '<w:vMerge/>',
      '<w:pPr><w:t>hidden</w:t></w:pPr>',
      '<w:rPr><w:b/></w:rPr>',
      '<w:tblPr><w:tr><w:tc><w:p><w:r><w:t>hidden</w:t></w:r></w:p></w:tc></w:tr></w:tblPr>',
      '<w:trPr/>',
      '<w:tblPrEx><w:tc><w:p><w:r><w:t>hidden</w:t></w:r></w:p></w:tc></w:tblPrEx>',
      '<w:sectPr/>',
      '<w:instrText>PAGE</w:instrText>',
      '<w:del><w:r><w:delText>删</w:delText></w:r></w:del>',
      '<w:bookmarkStart w:id="0"/>',
    ),
    fc
      .tuple(
        fc.constantFrom(
          'w:p',
          'w:p',
          'w:tbl',
          'w:tbl',
          'w:tr',
          'w:tr',
          'w:tc',
          'w:tc',
          'w:tcPr',
          'w:sdt',
          'w:sdtContent',
          'w:ins',
          'w:del',
          'w:hyperlink',
          'w:r',
          'w:t',
          'w:txbxContent',
          'w:body',
          'v:shape',
        ),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([name, children]) => element(name, children as string[])),
    // A table as Word writes it: rows of cells, properties first, merged or not.
    fc
      .array(
        fc.tuple(
          fc.constantFrom(
            '<w:trPr/>',
            '<w:tblPrEx><w:tc><w:p><w:r><w:t>不读</w:t></w:r></w:p></w:tc></w:tblPrEx>',
          ),
          fc.array(tie('cell'), { minLength: 1, maxLength: 3 }),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map(
        (rows) =>
          `<w:tbl><w:tblPr/>${rows.map(([before, cells]) => `<w:tr>${before}${cells.join('')}</w:tr>`).join('')}</w:tbl>`,
      ),
    // A frame: a table of one row of one cell, around anything.
    fc
      .array(tie('node'), { maxLength: 3 })
      .map((children) => `<w:tbl><w:tr><w:tc>${children.join('')}</w:tc></w:tr></w:tbl>`),
  ),
  cell: fc
    .tuple(
      fc.constantFrom(
        '',
        '<w:vMerge/>',
        '<w:vMerge w:val="restart"/>',
        '<w:vMerge w:val="continue"/>',
        '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>',
        '<w:vMerge w:val="restart"/><w:vMerge/>',
      ),
      texts,
      fc.array(tie('node'), { maxLength: 2 }),
    )
    .map(
      ([merge, text, children]) =>
        `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p>${children.join('')}</w:tc>`,
    ),
})).node;

const documentOf = (body: readonly string[], before = '', after = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}">${before}<w:body>${body.join('')}<w:sectPr/></w:body>${after}</w:document>`;

describe('the streaming document.xml reader', () => {
  it('gives the blocks of the tree walk for random documents', () => {
    fc.assert(
      fc.property(
        fc.array(nodes, { maxLength: 6 }),
        fc.constantFrom(
          '',
          '<w:background/>',
          '<w:x><w:body><w:p/></w:body></w:x>',
          '<w:body><w:p><w:r><w:t>first body</w:t></w:r></w:p></w:body>',
        ),
        fc.constantFrom('', '<w:body><w:p><w:r><w:t>second body</w:t></w:r></w:p></w:body>'),
        fc.record({
          window: fc.integer({ min: 1, max: 200 }),
          sizes: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 4 }),
        }),
        (body, before, after, slicing) => expectSame(documentOf(body, before, after), slicing),
      ),
      { numRuns: runs(2000, 100_000) },
    );
  });

  it('reads frames inside frames, and past its depth leaves them to the tree', () => {
    const paragraph = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const framed = (inner: string, levels: number): string =>
      levels === 0
        ? inner
        : `<w:tbl><w:tr><w:tc>${framed(inner, levels - 1)}</w:tc></w:tr></w:tbl>`;
    const table =
      '<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc>' + paragraph('1') + '</w:tc></w:tr></w:tbl>';
    for (const levels of [1, 2, MAX_FRAME_DEPTH, MAX_FRAME_DEPTH + 1, MAX_FRAME_DEPTH + 5]) {
      const xml = documentOf([framed(paragraph('框内') + table, levels), paragraph('尾')]);
      expectSame(xml);
      const read = outcome(xml, 'fast');
      expect(read.ok && read.value.tables).toBe(1);
      expect(
        read.ok && read.value.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.fields)),
      ).toEqual(['框内', ['', '1'], '尾']);
    }
  });
});
