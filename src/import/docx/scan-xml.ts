/**
 * A fast reader for the plain XML Word writes in `word/document.xml`, building the same light
 * tree as the saxes reader in document-blocks.ts (issue 17: a 45 MB document.xml took saxes
 * seconds). It reads the UTF-8 bytes themselves, as the text decoded from them would read:
 * markup is ASCII, so only the texts and attribute values kept are decoded (each lies between
 * two ASCII bytes, where UTF-8 decoding starts afresh, so it decodes as it would in the whole
 * text); the 45 MB are never made into one string. It knows a strict subset of XML 1.0 — an optional `<?xml version="1.0" …?>`
 * declaration, elements, attributes in quotes, the five predefined entities and character
 * references — and checks as it goes what saxes would check of that subset (names, matching
 * close tags, one root, no text outside it, attribute syntax, no duplicate attribute, allowed
 * characters). Anything else (a comment, CDATA, a DOCTYPE, a processing instruction, another
 * entity, a name outside ASCII, XML 1.1, anything not well formed) makes it answer `null`, and
 * the caller reads the text with saxes instead: a well-formed file outside the subset is read as
 * before, and a broken one gets saxes's verdict.
 */

export interface XmlElement {
  /** The name without its prefix (`w:tc` → `tc`). */
  readonly localName: string;
  /** Kept only for the elements whose attributes are read (`vMerge`); empty for the others. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The text directly inside (kept only for `t` elements). */
  text: string;
}

/** Elements whose attributes a reader looks at. */
const ATTRIBUTES_READ = new Set(['vMerge']);
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;

/** 1: may start an (ASCII) name; 2: may continue one. */
const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) NAME[c] = 1;
  else if (/[0-9.:-]/.test(ch)) NAME[c] = 2;
}

/** More attributes on one element than this: left to saxes. */
const MAX_ATTRIBUTES = 64;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** Bytes that are characters XML 1.0 does not allow anywhere (the C0 controls but tab, LF, CR). */
const CONTROL = new Uint8Array(256);
for (let c = 0; c < 0x20; c += 1) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) CONTROL[c] = 1;

/**
 * Whether the text decoded from `b[from, to)` has a character XML 1.0 does not allow: a
 * C0 control (a byte of its own: UTF-8 sequences use only bytes ≥ 0x80), or U+FFFE / U+FFFF
 * (always the bytes EF BF BE / EF BF BF: 0xEF cannot continue a sequence, so it starts one).
 * Lone surrogates cannot come out of the decoder. `]]>` is not allowed in text either.
 *
 * Four bytes at a time (issue 17: one `indexOf` call per 0xEF byte — every full-width
 * punctuation mark of Chinese text — took 0.3 s of Chromium's worker on the 45 MB file): a word
 * has a byte below 0x20 when `(w - 0x20202020) & ~w & 0x80808080` is not 0, and a byte equal to
 * `c` when that holds of `w ^ c·0x01010101` with 0x01010101; only such words are looked at byte
 * by byte. A character's bytes may run past `to` (they are read there): a part of a document
 * that ends before a `<` is checked exactly as in the whole (no such character holds a `<`).
 */
function hasDisallowed(b: Uint8Array, from: number, to: number): boolean {
  let i = from;
  for (; i < to && (b.byteOffset + i) % 4 !== 0; i += 1) if (disallowedAt(b, i)) return true;
  const words = new Uint32Array(b.buffer, b.byteOffset + i, Math.max(0, to - i) >>> 2);
  for (let w = 0; w < words.length; w += 1) {
    const word = words[w] as number;
    const ef = word ^ 0xefefefef;
    const bracket = word ^ 0x5d5d5d5d;
    if (
      ((word - 0x20202020) & ~word & 0x80808080) !== 0 ||
      ((ef - 0x01010101) & ~ef & 0x80808080) !== 0 ||
      ((bracket - 0x01010101) & ~bracket & 0x80808080) !== 0
    ) {
      const at = i + w * 4;
      if (
        disallowedAt(b, at) ||
        disallowedAt(b, at + 1) ||
        disallowedAt(b, at + 2) ||
        disallowedAt(b, at + 3)
      )
        return true;
    }
  }
  for (i += words.length * 4; i < to; i += 1) if (disallowedAt(b, i)) return true;
  return false;
}

/** Whether a character XML does not allow starts at `b[i]` (see `hasDisallowed`). */
function disallowedAt(b: Uint8Array, i: number): boolean {
  const c = b[i] as number;
  if (CONTROL[c] === 1) return true;
  if (c === 0xef) return b[i + 1] === 0xbf && ((b[i + 2] as number) & 0xfe) === 0xbe;
  return c === 0x5d && b[i + 1] === 0x5d && b[i + 2] === GT;
}

/** Decodes one text or attribute value (between two ASCII bytes: no BOM is ever stripped). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** `b[from, to)` as Latin-1: for ASCII (names, references), the same characters. */
function latin1(b: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 1) out += String.fromCharCode(b[i] as number);
  return out;
}

const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/;

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

const isChar = (n: number): boolean =>
  n === 0x9 ||
  n === 0xa ||
  n === 0xd ||
  (n >= 0x20 && n <= 0xd7ff) ||
  (n >= 0xe000 && n <= 0xfffd) ||
  (n >= 0x10000 && n <= 0x10ffff);

/** Thrown inside the scanner when the text leaves the subset; caught by `scanXml`. */
class OutsideSubset {}
const OUTSIDE = new OutsideSubset();

/**
 * `s[from, to)` (text or an attribute value) with its references resolved and its line ends as
 * saxes gives them: text `\r\n`/`\r` → `\n`; in an attribute value also every `\n` and `\t` →
 * a space. `amp`: the first `&` at or after `from` (−1: none), found by the caller.
 */
function resolve(s: string, from: number, to: number, amp: number, attribute: boolean): string {
  let out = '';
  let start = from;
  while (amp >= 0 && amp < to) {
    const semi = s.indexOf(';', amp);
    if (semi < 0 || semi >= to) throw OUTSIDE;
    out += lineEnds(s.slice(start, amp), attribute) + reference(s.slice(amp + 1, semi));
    start = semi + 1;
    amp = s.indexOf('&', start);
  }
  return out + lineEnds(s.slice(start, to), attribute);
}

/** What `&name;` stands for, in the subset. */
function reference(name: string): string {
  if (name.charCodeAt(0) === 0x23) {
    const num = /^#x[0-9a-fA-F]{1,6}$/.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]{1,7}$/.test(name)
        ? parseInt(name.slice(1), 10)
        : NaN;
    if (!isChar(num)) throw OUTSIDE;
    return String.fromCodePoint(num);
  }
  // A Map, not an object: `&constructor;` is no entity.
  const value = ENTITIES.get(name);
  if (value === undefined) throw OUTSIDE;
  return value;
}

function lineEnds(s: string, attribute: boolean): string {
  let t = s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
  if (attribute && (t.indexOf('\n') >= 0 || t.indexOf('\t') >= 0)) t = t.replace(/[\n\t]/g, ' ');
  return t;
}

/** What a `ScanHandler` wants of an element it is told of: its contents, and its own text. */
export const SKIP = 0;
export const READ = 1;
export const TEXT = 2;

/**
 * Told of the document's elements in order by `scanEvents`, as they are read: each element's
 * opening (its local name as the handler's number), its closing, and the text directly inside
 * the elements it asked the text of. Nothing inside an element opened with `SKIP` is told (it
 * is still checked), nor decoded: most of Word's XML (run properties) is passed over so.
 */
export interface ScanHandler {
  /** The handler's number for a local name (`w:tc` → `tc`); asked once per qualified name. */
  code(local: string): number;
  /** Whether the attributes of the elements with this number are read (decoded, given to `open`). */
  attributes(code: number): boolean;
  /** An element opens: `SKIP`, `READ` (its contents are told) or `TEXT` (its text too). */
  open(
    code: number,
    attributes: Readonly<Record<string, string>> | null,
    selfClosing: boolean,
  ): number;
  /** The element opened last and not closed closes (self-closing elements are not closed). */
  close(): void;
  /** Text directly inside the element opened last, when it was opened with `TEXT`. */
  text(text: string): void;
}

/**
 * Reads the UTF-8 `xml` and tells `handler` of it; false when the text is outside the subset
 * this reader knows (the handler may have been told of a part of it: its work is to be dropped).
 */
export function scanEvents(xml: Uint8Array, handler: ScanHandler): boolean {
  try {
    return scanPart(xml, 0, xml.length, true, handler, new ScanState());
  } catch (e) {
    if (e === OUTSIDE) return false;
    throw e;
  }
}

/**
 * The tree of the UTF-8 `xml` as document-blocks.ts's saxes reader builds it from the decoded
 * text (contents of the `unread` elements left out), or null when the text is outside the subset
 * this reader knows. (The app reads blocks as the scanner goes, stream-blocks.ts; the tree is
 * for frames nested deeper than that reader follows.)
 */
export function scanXml(xml: Uint8Array, unread: ReadonlySet<string>): XmlElement | null {
  const tree = new TreeBuilder(unread);
  return scanEvents(xml, tree) ? (tree.root ?? null) : null;
}

/** Builds the light tree from what the scanner tells (`scanXml`). */
class TreeBuilder implements ScanHandler {
  root: XmlElement | undefined;
  private readonly names: string[] = [];
  /** Per element told open and not closed: the element, or null (unread: its contents skipped). */
  private readonly stack: (XmlElement | null)[] = [];

  constructor(private readonly unread: ReadonlySet<string>) {}

  code(local: string): number {
    this.names.push(local);
    return this.names.length - 1;
  }

  attributes(code: number): boolean {
    return ATTRIBUTES_READ.has(this.names[code] ?? '');
  }

  open(
    code: number,
    attributes: Readonly<Record<string, string>> | null,
    selfClosing: boolean,
  ): number {
    const localName = this.names[code] ?? '';
    const el: XmlElement = {
      localName,
      attributes: attributes ?? NO_ATTRIBUTES,
      children: [],
      text: '',
    };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(el);
    else this.root = el;
    if (selfClosing) return SKIP;
    if (this.unread.has(localName)) {
      this.stack.push(null);
      return SKIP;
    }
    this.stack.push(el);
    return localName === 't' ? TEXT : READ;
  }

  close(): void {
    this.stack.pop();
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.text += text;
  }
}

const AMP = 0x26;
const SEMICOLON = 0x3b;
/** Longest reference name in the subset: `#x10FFFF`, `#1114111`. */
const LONGEST_REFERENCE = 8;

/** `b[from, to)` decoded, its references resolved and its line ends as saxes gives them. */
function decoded(b: Uint8Array, from: number, to: number, attribute: boolean): string {
  const s = asciiText(b, from, to) ?? utf8.decode(b.subarray(from, to));
  return resolve(s, 0, s.length, s.indexOf('&'), attribute);
}

/** Longest text read without the decoder when it is ASCII (a table's numbers, `0`). */
const SHORT_ASCII = 16;

/**
 * `b[from, to)` as a string when it is short and ASCII (the same characters in UTF-8), else
 * null. A decoder call costs more than the text in a browser (Chromium, issue 17: the 45 MB
 * document.xml's 136 k texts, most of them a table's numbers, took 0.2 s in `decode`).
 */
function asciiText(b: Uint8Array, from: number, to: number): string | null {
  if (to - from > SHORT_ASCII) return null;
  let out = '';
  for (let i = from; i < to; i += 1) {
    const c = b[i] as number;
    if (c >= 0x80) return null;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Checks the references of `b[from, to)`, a text or value not kept, as `resolve` would: each
 * `&` ends at a `;` before `to` and names a reference of the subset. `amp`: the first `&`.
 */
function checkReferences(b: Uint8Array, to: number, amp: number): void {
  while (amp >= 0 && amp < to) {
    const semi = b.indexOf(SEMICOLON, amp);
    if (semi < 0 || semi >= to || semi - amp - 1 > LONGEST_REFERENCE) throw OUTSIDE;
    reference(latin1(b, amp + 1, semi));
    amp = b.indexOf(AMP, semi + 1);
  }
}

/** Whether `b[a, a + length)` and `b[c, c + length)` are the same bytes. */
function sameAt(b: Uint8Array, a: number, c: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) if (b[a + k] !== b[c + k]) return false;
  return true;
}

/** Whether `b` holds the ASCII `name` at `at`. */
function holds(b: Uint8Array, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k += 1) if (b[at + k] !== name.charCodeAt(k)) return false;
  return true;
}

/**
 * The scanner's state between the parts of a document it is given (`XmlScan`): everything but
 * positions in the bytes, which a part's buffer does not keep.
 */
class ScanState {
  started = false;
  /** Open elements' qualified names (all of them, told or skipped), end to end. */
  names = new Uint8Array(4096);
  /** Where each open element's name ends in `names`, by depth. */
  nameEnds = new Int32Array(256);
  /** What the handler wanted of each open element told (`SKIP`, `READ`, `TEXT`), by depth. */
  wants = new Uint8Array(256);
  depth = 0;
  sawRoot = false;
  rootClosed = false;
  /** Depth inside an element whose contents are skipped (0: telling the handler). */
  skipping = 0;
  /** Names met so far, by a hash of their characters: the qualified name and its number. */
  readonly localNames = new Map<
    number,
    { readonly qname: string; readonly code: number; readonly attributes: boolean }
  >();
}

/**
 * Reads `b[at, end)`, a part of the document that ends where a `<` begins or at the document's
 * end (`last`), and tells the handler of it; the next part begins at `end`. False when the text
 * is outside the subset. A tag or a text never runs past `end` (neither holds a `<`), so each
 * part reads exactly as it does in the whole; bytes after `end` are only looked at where the
 * whole would look at them too (to find a tag broken by a `<`, or a `]]>`).
 */
function scanPart(
  b: Uint8Array,
  at: number,
  end: number,
  last: boolean,
  handler: ScanHandler,
  state: ScanState,
): boolean {
  if (!state.started) {
    state.started = true;
    // The decoder drops a byte order mark at the start.
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) at = 3;
    if (hasDisallowed(b, at, end)) return false;
    if (holds(b, at, '<?xml')) {
      // The declaration is ASCII and ends at its first `>`.
      const gt = b.indexOf(GT, at);
      const decl = gt < 0 ? null : DECLARATION.exec(latin1(b, at, gt + 1));
      if (!decl) return false;
      at += decl[0].length;
    }
  } else if (hasDisallowed(b, at, end)) return false;
  // Past the declaration, `<!` (a comment, CDATA, a DOCTYPE) and `<?` (a processing instruction)
  // stop the scan below: neither `!` nor `?` may start a name.

  let { names, nameEnds, wants, depth, sawRoot, rootClosed, skipping } = state;
  const { localNames } = state;
  /** Attributes of the tag being read, as positions (the duplicate check). */
  const attrStarts: number[] = [];
  const attrLengths: number[] = [];
  let attrCount: number;
  /** The next `&` at or after `from` (−1: none): a cursor, so the text is searched once. */
  let amp = b.indexOf(AMP, at);
  const nextAmp = (from: number): number => {
    if (amp >= 0 && amp < from) amp = b.indexOf(AMP, from);
    return amp;
  };
  const save = (): void => {
    state.names = names;
    state.nameEnds = nameEnds;
    state.wants = wants;
    state.depth = depth;
    state.sawRoot = sawRoot;
    state.rootClosed = rootClosed;
    state.skipping = skipping;
  };

  while (at < end) {
    // Word writes tags back to back: most often the next `<` is right here.
    const lt = b[at] === LT ? at : b.indexOf(LT, at);
    const textEnd = lt < 0 || lt > end ? end : lt;
    if (textEnd > at) {
      if (depth === 0) {
        // Outside the root: white space only.
        for (let i = at; i < textEnd; i += 1) if (!isSpace(b[i] as number)) return false;
      } else if (skipping === 0 && wants[depth - 1] === TEXT)
        handler.text(decoded(b, at, textEnd, false));
      else checkReferences(b, textEnd, nextAmp(at));
    }
    if (lt < 0 || lt >= end) break;
    let i = lt + 1;
    const c = b[i] as number;
    if (c === SLASH) {
      // A close tag: the name open last, then white space and `>` (a longer name, `</w:pX>`,
      // stops there too: its next character is neither).
      if (depth === 0) return false;
      depth -= 1;
      const from = depth === 0 ? 0 : (nameEnds[depth - 1] as number);
      const length = (nameEnds[depth] as number) - from;
      for (let k = 0; k < length; k += 1) if (b[i + 1 + k] !== names[from + k]) return false;
      i += 1 + length;
      let d = b[i] as number;
      while (isSpace(d)) d = b[++i] as number;
      if (d !== GT) return false;
      at = i + 1;
      // The element that began a skip was told, and is told closed; those inside it were not.
      if (skipping > 0) skipping -= 1;
      if (skipping === 0) handler.close();
      if (depth === 0) rootClosed = true;
      continue;
    }
    // An open tag.
    if (!(c < 128 && NAME[c] === 1) || rootClosed) return false;
    const nameStart = i;
    let hash = c;
    let d = b[++i] as number;
    while (d < 128 && NAME[d] !== 0) {
      hash = (Math.imul(hash, 31) + d) | 0;
      d = b[++i] as number;
    }
    if (d >= 128) return false;
    const nameLength = i - nameStart;
    const told = skipping === 0;
    let code = 0;
    let keepAttributes = false;
    if (told) {
      // The handler's number for the local name, from the names met so far by a hash of the
      // characters (no string is made for a name met before).
      let known = localNames.get(hash);
      if (
        known === undefined ||
        known.qname.length !== nameLength ||
        !holds(b, nameStart, known.qname)
      ) {
        const qname = latin1(b, nameStart, i);
        const colon = qname.indexOf(':');
        const local = colon < 0 ? qname : qname.slice(colon + 1);
        const number = handler.code(local);
        known = { qname, code: number, attributes: handler.attributes(number) };
        localNames.set(hash, known);
      }
      code = known.code;
      keepAttributes = known.attributes;
    }
    let attributes: Record<string, string> | null = null;
    attrCount = 0;
    let selfClosing = false;
    for (;;) {
      const spaced = isSpace(d);
      while (isSpace(d)) d = b[++i] as number;
      if (d === GT) break;
      if (d === SLASH) {
        if (b[i + 1] !== GT) return false;
        selfClosing = true;
        i += 1;
        break;
      }
      // An attribute: white space before it, a name, `=`, a quoted value.
      if (!spaced || !(d < 128 && NAME[d] === 1)) return false;
      const attrStart = i;
      d = b[++i] as number;
      while (d < 128 && NAME[d] !== 0) d = b[++i] as number;
      const attrLength = i - attrStart;
      // Word writes a few per element; hundreds are left to saxes (the check below is quadratic).
      if (attrCount === MAX_ATTRIBUTES) return false;
      for (let k = 0; k < attrCount; k += 1)
        if (
          attrLengths[k] === attrLength &&
          sameAt(b, attrStarts[k] as number, attrStart, attrLength)
        )
          return false;
      attrStarts[attrCount] = attrStart;
      attrLengths[attrCount] = attrLength;
      attrCount += 1;
      while (isSpace(d)) d = b[++i] as number;
      if (d !== EQ) return false;
      d = b[++i] as number;
      while (isSpace(d)) d = b[++i] as number;
      if (d !== QUOT && d !== APOS) return false;
      // The value: to the same quote, without `<`; its first `&`, if any.
      const quote = d;
      let close = i + 1;
      let valueAmp = -1;
      for (let e = b[close]; e !== quote; e = b[++close]) {
        if (e === undefined || e === LT) return false;
        if (e === AMP && valueAmp < 0) valueAmp = close;
      }
      if (keepAttributes) {
        attributes ??= {};
        attributes[latin1(b, attrStart, attrStart + attrLength)] = decoded(b, i + 1, close, true);
      } else if (valueAmp >= 0) checkReferences(b, close, valueAmp);
      i = close + 1;
      d = b[i] as number;
    }
    at = i + 1;
    if (depth === 0) sawRoot = true;
    if (!selfClosing) {
      if (depth === nameEnds.length) {
        const ends = new Int32Array(depth * 2);
        ends.set(nameEnds);
        nameEnds = ends;
        const wanted = new Uint8Array(depth * 2);
        wanted.set(wants);
        wants = wanted;
      }
      const from = depth === 0 ? 0 : (nameEnds[depth - 1] as number);
      if (from + nameLength > names.length) {
        const grown = new Uint8Array(Math.max(names.length * 2, from + nameLength));
        grown.set(names);
        names = grown;
      }
      for (let k = 0; k < nameLength; k += 1) names[from + k] = b[nameStart + k] as number;
      nameEnds[depth] = from + nameLength;
    }
    if (told) {
      const want = handler.open(code, attributes, selfClosing);
      if (!selfClosing) {
        wants[depth] = want;
        if (want === SKIP) skipping = 1;
      }
    } else if (!selfClosing) skipping += 1;
    if (selfClosing) {
      if (depth === 0) rootClosed = true;
    } else depth += 1;
  }
  save();
  return !last || (depth === 0 && sawRoot);
}

/** Bytes of a document read at a time by `XmlScan` (grown for a longer tag or text). */
export const SCAN_WINDOW = 256 * 1024;

/**
 * The scanner over a document given in slices of any size — an inflater's output, cut anywhere:
 * inside a tag, a UTF-8 character or a reference (issue 17: a 45 MB document.xml was inflated
 * into one new buffer, and on a machine where each new megabyte costs milliseconds to touch,
 * that was a quarter of a second). The slices are copied into one window reused throughout;
 * each time it fills, the part up to its last `<` is read (`scanPart`: it reads as the whole
 * does) and the rest moved to its start. The handler is told exactly what `scanEvents` tells it
 * of the whole document, and `end` answers what `scanEvents` answers; once the text is found
 * outside the subset, `push` answers false and the rest is not read.
 */
export class XmlScan {
  /** Made with the first slice (a reader made and not used costs nothing). */
  private window: Uint8Array = new Uint8Array(0);
  private filled = 0;
  private failed = false;
  private readonly state = new ScanState();

  constructor(
    private readonly handler: ScanHandler,
    private readonly size: number = SCAN_WINDOW,
  ) {}

  /** Adds the next bytes of the document; false once it is known to be outside the subset. */
  push(slice: Uint8Array): boolean {
    let from = 0;
    if (this.window.length === 0) this.window = new Uint8Array(Math.max(1, this.size));
    while (!this.failed && from < slice.length) {
      if (this.filled === this.window.length) this.readWhatIsWhole();
      const n = Math.min(slice.length - from, this.window.length - this.filled);
      this.window.set(slice.subarray(from, from + n), this.filled);
      this.filled += n;
      from += n;
    }
    return !this.failed;
  }

  /** The document has ended: whether it was read (what `scanEvents` answers). */
  end(): boolean {
    if (this.failed) return false;
    return this.read(this.filled, true);
  }

  /** Reads the full window to its last `<`; grows the window when there is none past its start. */
  private readWhatIsWhole(): void {
    const bytes = this.window.subarray(0, this.filled);
    const cut = bytes.lastIndexOf(LT);
    // The first part holds the declaration whole, if there is one: it ends at the first `>`.
    const first = this.state.started ? 0 : bytes.indexOf(GT);
    if (cut <= 0 || first < 0 || cut < first) {
      // One tag or text fills the window: it is read once more of it has come.
      const grown = new Uint8Array(this.window.length * 2);
      grown.set(bytes);
      this.window = grown;
      return;
    }
    if (!this.read(cut, false)) return;
    this.window.copyWithin(0, cut, this.filled);
    this.filled -= cut;
  }

  private read(end: number, last: boolean): boolean {
    try {
      if (scanPart(this.window.subarray(0, this.filled), 0, end, last, this.handler, this.state))
        return true;
    } catch (e) {
      if (e !== OUTSIDE) throw e;
    }
    this.failed = true;
    return false;
  }
}
