import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packReportDocx } from '@/export/docx/pack';
import { fullReport } from '@/testing/export-reports';
import { documentBlocks } from './document-blocks';
import { expectSlicedSame, slicedOutcome, wholeOutcome } from '@/testing/sliced-document';
import { scanXml } from './scan-xml';

/**
 * The fast scanner (issue 17) against saxes: for Word's own files it must be the one that reads
 * them, and for any text — real, hand-made or damaged at random — `documentBlocks` must give the
 * same blocks, or the same message, whichever reader is used.
 */

const UNREAD = new Set(['rPr', 'pPr', 'sectPr', 'tblPr', 'tblGrid', 'trPr']);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const documentXml = (docx: Uint8Array): string =>
  strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());

const fixtures = ['hand-2019-clerk.docx', 'hand-2021-wps.docx', 'no-tables.docx'].map((name) => ({
  name,
  xml: documentXml(new Uint8Array(readFileSync(`templates/fixtures/import/${name}`))),
}));

type Outcome =
  { ok: true; value: ReturnType<typeof documentBlocks> } | { ok: false; error: string };

function outcome(xml: string | Uint8Array, reader: 'fast' | 'saxes'): Outcome {
  try {
    return { ok: true, value: documentBlocks(typeof xml === 'string' ? utf8(xml) : xml, reader) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** The same outcome by every reader: fast, saxes, and fast given the text in slices. */
function expectSame(
  xml: string | Uint8Array,
  slicings?: Parameters<typeof expectSlicedSame>[1],
): void {
  expect(outcome(xml, 'fast')).toEqual(outcome(xml, 'saxes'));
  expectSlicedSame(typeof xml === 'string' ? utf8(xml) : xml, slicings);
}

/** One way of slicing a document, at random (the damaged documents' tests). */
const slicing = fc.record({
  window: fc.integer({ min: 1, max: 300 }),
  sizes: fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 3 }),
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const wrap = (body: string, decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n') =>
  `${decl}<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;

describe('the fast document.xml scanner', () => {
  it('reads the Word and WPS fixtures itself, with the blocks saxes gives', () => {
    for (const { name, xml } of fixtures) {
      expect(scanXml(utf8(xml), UNREAD), name).not.toBeNull();
      expectSame(xml);
    }
  });

  it('reads the app’s own exports itself, with the blocks saxes gives', async () => {
    for (const formatId of ['2019', '2021'] as const) {
      const xml = documentXml(await packReportDocx(fullReport(formatId)));
      expect(scanXml(utf8(xml), UNREAD)).not.toBeNull();
      expectSame(xml);
    }
  });

  it('reads a document given in slices cut anywhere as it reads the whole', () => {
    // Every position is once the end of the first slice and of the window: inside a tag, a name,
    // an attribute value, a UTF-8 character (of 2, 3 and 4 bytes), a reference, a close tag.
    const xml = utf8(
      wrap(
        '<w:p><w:r><w:t xml:space="preserve">一、总体情况 &amp; &#x4E00;&#20108;é😀</w:t></w:r><w:r><w:tab/><w:br/><w:t>二</w:t></w:r></w:p>' +
          '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="re&#115;tart"/></w:tcPr><w:p><w:r><w:t>自然人</w:t></w:r></w:p></w:tc>' +
          '<w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      ),
    );
    const whole = wholeOutcome(xml);
    expect(whole.ok).toBe(true);
    for (let cut = 1; cut < xml.length; cut += 1) {
      const sliced = slicedOutcome(xml, cut, [cut, xml.length]);
      expect(sliced.itself, `cut ${cut}`).toBe(true);
      expect(sliced.outcome, `cut ${cut}`).toEqual(whole);
    }
    // And damaged there: a `<` put at each position is refused (or read) as in the whole.
    for (let at = 1; at < xml.length; at += 7) {
      const broken = new Uint8Array([...xml.subarray(0, at), 0x3c, ...xml.subarray(at)]);
      expectSlicedSame(broken, [{ window: at, sizes: [at, broken.length] }]);
    }
  });

  it('resolves references, line ends and merged cells as saxes does', () => {
    const cases = [
      wrap('<w:p><w:r><w:t>a &amp; b &lt;c&gt; &quot;d&apos; &#x4E00;&#20108;</w:t></w:r></w:p>'),
      wrap('<w:p><w:r><w:t xml:space="preserve">one\r\ntwo\rthree\nfour\tfive</w:t></w:r></w:p>'),
      wrap(
        "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val = 'restart' /></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>" +
          '<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:tc><w:tcPr><w:vMerge\r\n w:val="re&#115;tart"/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      ),
      wrap('<w:p><w:r><w:rPr><w:b/><w:t>hidden</w:t></w:rPr><w:t>shown</w:t></w:r></w:p>', ''),
      wrap('<w:p><w:r><w:t>a<w:x>b</w:x>c</w:t></w:r></w:p>', "<?xml version='1.0'?>"),
      // What a paragraph holds, looked through (flattened) by the fast reader.
      wrap(
        '<w:p><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:sdt><w:sdtContent><w:r><w:tab/><w:t>控件</w:t><w:br/></w:r></w:sdtContent></w:sdt>' +
          '<w:del><w:r><w:delText>删</w:delText><w:t>删2</w:t></w:r></w:del><w:ins><w:r><w:t>增</w:t></w:r></w:ins>' +
          '<w:r><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>表内</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:txbxContent></wp:inline></w:drawing></w:r>' +
          '<w:r><w:fldChar/><w:instrText>PAGE</w:instrText><w:noBreakHyphen/><w:cr/><w:t></w:t><w:t/><w:t>尾</w:t></w:r><w:proofErr/><w:r></w:r></w:p>' +
          '<w:tbl><w:tr><w:tc><w:p><w:smartTag><w:r><w:t>1</w:t></w:r></w:smartTag></w:p></w:tc><w:tc><w:tcPr><w:tcW/></w:tcPr><w:p/></w:tc><w:tc/></w:tr><w:tr/></w:tbl>' +
          '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>框</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>嵌套</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl><w:tbl/><w:p/>',
      ),
    ];
    for (const xml of cases) {
      expect(scanXml(utf8(xml), UNREAD)).not.toBeNull();
      expectSame(xml);
    }
  });

  it('reads elements with many attributes before a long text without searching the text again per attribute', () => {
    const attributes = Array.from({ length: 60 }, (_, i) => `a${i}="1"`).join(' ');
    const xml = wrap(
      `${`<w:p ${attributes}/>`.repeat(2000)}<w:p><w:r><w:t>${'文'.repeat(2_000_000)}</w:t></w:r></w:p>`,
    );
    const start = performance.now();
    expect(scanXml(utf8(xml), UNREAD)).not.toBeNull();
    // A guard against a quadratic search (seconds per attribute), not a speed figure.
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('leaves what it does not know to saxes, which reads it or refuses it as before', () => {
    const cases = [
      wrap('<!-- a comment --><w:p><w:r><w:t>x</w:t></w:r></w:p>'),
      wrap('<w:p><w:r><w:t><![CDATA[<x>]]></w:t></w:r></w:p>'),
      `<!DOCTYPE w:document>${wrap('<w:p/>', '')}`,
      wrap('<?pi data?><w:p/>'),
      wrap('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>'),
      wrap('<w:p><w:r><w:t>&#0;</w:t></w:r></w:p>'),
      wrap('<w:p><w:r><w:t>&#X41;</w:t></w:r></w:p>'),
      wrap('<w:p><w:r><w:t>\u0001</w:t></w:r></w:p>'),
      wrap('<w:p><w:r><w:t>a]]>b</w:t></w:r></w:p>'),
      wrap('<w:p a="1" a="2"/>'),
      wrap('<w:p a="1"b="2"/>'),
      wrap('<w:p a=1/>'),
      wrap('<w:p a="<"/>'),
      wrap(`<w:p ${Array.from({ length: 100 }, (_, i) => `a${i}="1"`).join(' ')}/>`),
      wrap('<w:p></w:q>'),
      wrap('<w:p>'),
      wrap('<段落/>'),
      wrap('<w:p/>', '<?xml version="1.1"?>'),
      wrap('<w:p/>', ' <?xml version="1.0"?>'),
      `${wrap('<w:p/>')}<second/>`,
      `${wrap('<w:p/>')}text after`,
      `text before${wrap('<w:p/>', '')}`,
      '',
      '<w:document><w:body><w:p>',
      wrap('<w:p><w:r><w:t>&constructor;</w:t></w:r></w:p>'),
      wrap('<w:p><w:rPr>&__proto__;</w:rPr></w:p>'),
      wrap('<w:p w:x="&toString;"/>'),
      wrap('<w:p><w:r><w:t>&#x41x;</w:t></w:r></w:p>'),
      wrap('<w:p><w:r><w:t>&amp</w:t></w:r></w:p>'),
      wrap('<w:p><w:r><w:t>&ampamp;</w:t></w:r></w:p>'),
    ];
    for (const xml of cases) expectSame(xml);
  });

  it('reads the bytes as the decoded text reads: BOMs, bad UTF-8, U+FFFE', () => {
    const bytes = (...parts: (string | number[])[]): Uint8Array =>
      new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
    /** `text` with the bytes `inner` in place of its `@`. */
    const at = (text: string, inner: number[]): Uint8Array => {
      const [before = '', after = ''] = text.split('@');
      return bytes(before, inner, after);
    };
    const run = (inner: number[]): Uint8Array =>
      at(wrap('<w:p><w:r><w:t>a@b</w:t></w:r></w:p>'), inner);
    const read: Uint8Array[] = [
      bytes([0xef, 0xbb, 0xbf], wrap('<w:p><w:r><w:t>x</w:t></w:r></w:p>')),
      bytes([0xef, 0xbb, 0xbf], wrap('<w:p><w:r><w:t>x</w:t></w:r></w:p>', '')),
      run([0xef, 0xbb, 0xbf]),
      run([0xe4, 0xb8]),
      run([0x80, 0xff, 0xc0, 0x80]),
      run([0xed, 0xa0, 0x80]),
      run([0xf4, 0x90, 0x80, 0x80]),
      run([0xef, 0xbf, 0xbd]),
      run([0xf0, 0x9f, 0x98, 0x80]),
      at(
        wrap(
          '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="a@"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>',
        ),
        [0xe4, 0xb8, 0x80, 0xff],
      ),
    ];
    for (const [k, xml] of read.entries()) {
      expect(scanXml(xml, UNREAD), `read ${k}`).not.toBeNull();
      expectSame(xml);
    }
    const left = [
      run([0xef, 0xbf, 0xbe]),
      run([0xef, 0xbf, 0xbf]),
      run([0x0b]),
      bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], wrap('<w:p/>')),
      at(wrap('<w:p@/>'), [0xe4, 0xb8, 0x80]),
      at(wrap('<w:p @="1"/>'), [0xe4, 0xb8, 0x80]),
      bytes('<?xml version="1.0" encoding="', [0xe4], '"?>', wrap('<w:p/>', '')),
    ];
    for (const [k, xml] of left.entries()) {
      expect(scanXml(xml, UNREAD), `left ${k}`).toBeNull();
      expectSame(xml);
    }
  });

  it('gives the same blocks or the same message for randomly damaged documents', () => {
    const base = wrap(
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">一、总体情况 &amp; 1</w:t></w:r><w:r><w:tab/><w:br/><w:t>二</w:t></w:r></w:p>' +
        '<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>自然人</w:t></w:r></w:p></w:tc>' +
        '<w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
    const pieces = [
      '<',
      '>',
      '/',
      '&',
      ';',
      '"',
      "'",
      '=',
      ' ',
      '\r',
      '\n',
      'w:',
      't',
      'a',
      '#',
      '!',
      '?',
      ']]>',
      '&amp;',
      '&#65;',
      '\u0002',
      '<w:t>',
      '</w:t>',
      'x="1"',
      '段',
    ];
    let readFast = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat(),
            cut: fc.nat({ max: 3 }),
            put: fc.constantFrom(...pieces),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        slicing,
        (edits, sliced) => {
          let xml = base;
          for (const { at, cut, put } of edits) {
            const i = at % (xml.length + 1);
            xml = xml.slice(0, i) + put + xml.slice(i + cut);
          }
          expectSame(xml, [sliced]);
          if (scanXml(utf8(xml), UNREAD) !== null) readFast += 1;
          else if (!outcome(xml, 'saxes').ok) refused += 1;
        },
      ),
      { numRuns: 3000 },
    );
    // Both sides were exercised: damaged texts the scanner read itself, and ones saxes refused.
    expect(readFast).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(300);
  });

  it('finds a control character wherever it is, at any alignment of the bytes', () => {
    const plain = utf8(wrap('<w:p><w:r><w:t>一\t二\r\n三 abcdefgh</w:t></w:r></w:p>'));
    for (let shift = 0; shift < 4; shift += 1) {
      const buffer = new Uint8Array(plain.length + shift);
      buffer.set(plain, shift);
      const shifted = buffer.subarray(shift);
      expect(scanXml(shifted, UNREAD), `shift ${shift}`).not.toBeNull();
      for (let at = 0; at < plain.length; at += 1) {
        const damaged = shifted.slice();
        damaged[at] = at % 2 ? 0x01 : 0x1f;
        const inPlace = buffer.slice();
        inPlace[shift + at] = 0x0b;
        expect(scanXml(damaged, UNREAD)).toBeNull();
        expect(scanXml(inPlace.subarray(shift), UNREAD)).toBeNull();
      }
    }
  });

  it('finds U+FFFE, U+FFFF and `]]>` in a text wherever they are, at any alignment of the bytes', () => {
    const [before = '', after = ''] = wrap(
      '<w:p><w:r><w:t>一二三@，四五六七</w:t></w:r></w:p>',
    ).split('@');
    for (const inner of [
      [0xef, 0xbf, 0xbe],
      [0xef, 0xbf, 0xbf],
      [0x5d, 0x5d, 0x3e],
    ]) {
      for (let pad = 0; pad < 8; pad += 1) {
        const xml = new Uint8Array([...utf8(before + 'a'.repeat(pad)), ...inner, ...utf8(after)]);
        for (let shift = 0; shift < 4; shift += 1) {
          const buffer = new Uint8Array(xml.length + shift);
          buffer.set(xml, shift);
          expect(scanXml(buffer.subarray(shift), UNREAD), `${inner} ${pad} ${shift}`).toBeNull();
        }
      }
    }
    // Their look-alikes are read: U+FF0C，U+FFFD, a lone `]]`.
    expect(
      scanXml(utf8(wrap('<w:p><w:r><w:t>，\ufffd]]a]</w:t></w:r></w:p>')), UNREAD),
    ).not.toBeNull();
  });

  it('gives the same blocks or the same message for documents damaged byte by byte', () => {
    const base = utf8(
      wrap(
        '<w:p><w:r><w:t xml:space="preserve">一、总体情况 &amp; 1</w:t></w:r><w:r><w:tab/><w:t>二</w:t></w:r></w:p>' +
          '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>自然人</w:t></w:r></w:p></w:tc>' +
          '<w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      ),
    );
    const pieces: number[][] = [
      [0xef, 0xbb, 0xbf],
      [0xef, 0xbf, 0xbe],
      [0xef, 0xbf, 0xbf],
      [0xef, 0xbf],
      [0xe4],
      [0xe4, 0xb8],
      [0x80],
      [0xbf, 0xbf],
      [0xff],
      [0xc0, 0xbc],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x00],
      [0x0b],
      [0x0d],
      [0x3c],
      [0x3e],
      [0x26],
      [0x3b],
      [0x22],
      [0x5d, 0x5d, 0x3e],
    ];
    let readFast = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat(),
            cut: fc.nat({ max: 2 }),
            put: fc.constantFrom(...pieces),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        slicing,
        (edits, sliced) => {
          let xml = base;
          for (const { at, cut, put } of edits) {
            const i = at % (xml.length + 1);
            const next = new Uint8Array(xml.length - Math.min(cut, xml.length - i) + put.length);
            next.set(xml.subarray(0, i));
            next.set(put, i);
            next.set(xml.subarray(i + cut), i + put.length);
            xml = next;
          }
          expectSame(xml, [sliced]);
          if (scanXml(xml, UNREAD) !== null) readFast += 1;
        },
      ),
      { numRuns: 3000 },
    );
    expect(readFast).toBeGreaterThan(100);
  });
});
