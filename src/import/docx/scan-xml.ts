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
  /** Not to be changed by readers (the scanner shares one empty list among elements without). */
  children: XmlElement[];
  /** The text directly inside (kept only for `t` elements). */
  text: string;
}

/** Elements whose attributes a reader looks at. */
const ATTRIBUTES_READ = new Set(['vMerge']);
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];

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
 * Whether the text decoded from `b` (from `from`) has a character XML 1.0 does not allow: a
 * C0 control (a byte of its own: UTF-8 sequences use only bytes ≥ 0x80), or U+FFFE / U+FFFF
 * (always the bytes EF BF BE / EF BF BF: 0xEF cannot continue a sequence, so it starts one).
 * Lone surrogates cannot come out of the decoder. `]]>` is not allowed in text either.
 */
function hasDisallowed(b: Uint8Array, from: number): boolean {
  if (hasControl(b, from)) return true;
  for (let i = b.indexOf(0xef, from); i >= 0; i = b.indexOf(0xef, i + 1))
    if (b[i + 1] === 0xbf && ((b[i + 2] as number) & 0xfe) === 0xbe) return true;
  for (let i = b.indexOf(0x5d, from); i >= 0; i = b.indexOf(0x5d, i + 1))
    if (b[i + 1] === 0x5d && b[i + 2] === GT) return true;
  return false;
}

/**
 * Whether `b` (from `from`) has a C0 control other than tab, LF, CR. Four bytes at a time: a
 * word has a byte below 0x20 when `(w - 0x20202020) & ~w & 0x80808080` is not 0, and only such
 * words (Word writes a line end or two) are looked at byte by byte.
 */
function hasControl(b: Uint8Array, from: number): boolean {
  let i = from;
  const control = (k: number): boolean => CONTROL[b[k] as number] === 1;
  for (; i < b.length && (b.byteOffset + i) % 4 !== 0; i += 1) if (control(i)) return true;
  const words = new Uint32Array(b.buffer, b.byteOffset + i, (b.length - i) >>> 2);
  for (let w = 0; w < words.length; w += 1) {
    const word = words[w] as number;
    if (((word - 0x20202020) & ~word & 0x80808080) !== 0) {
      const at = i + w * 4;
      if (control(at) || control(at + 1) || control(at + 2) || control(at + 3)) return true;
    }
  }
  for (i += words.length * 4; i < b.length; i += 1) if (control(i)) return true;
  return false;
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

/**
 * Inside an element named `within` (as its child, or a child of one left out so), an element
 * not named in `keep` and not closed as it opens is not made: its children are `within`'s, in
 * their order (a paragraph's runs, hyperlinks, content controls, for a reader that looks through
 * them anyway). Elements closed as they open follow `meaningful`.
 */
export interface Flatten {
  readonly within: string;
  readonly keep: ReadonlySet<string>;
}

/**
 * The tree of the UTF-8 `xml` as document-blocks.ts's saxes reader builds it from the decoded
 * text (contents of the `unread` elements left out), or null when the text is outside the subset
 * this reader knows. `keepOnly`: of an element named by a key, only the children named in its
 * set are kept (with their contents; Word's cell properties are many, and only `w:vMerge` is
 * read). `meaningful`, when given: the names of the elements that mean something to the reader
 * even when empty; any other element is left out of the tree when it has neither children nor
 * text (the root excepted), and an `unread` one is never made (issue 17: a 45 MB document.xml
 * made a million elements, whose allocation was most of the scan). `flatten`, when given:
 * see `Flatten`.
 */
export function scanXml(
  xml: Uint8Array,
  unread: ReadonlySet<string>,
  keepOnly: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  meaningful?: ReadonlySet<string>,
  flatten?: Flatten,
): XmlElement | null {
  try {
    return scan(xml, unread, keepOnly, meaningful, flatten);
  } catch (e) {
    if (e === OUTSIDE) return null;
    throw e;
  }
}

const AMP = 0x26;
const SEMICOLON = 0x3b;
/** Longest reference name in the subset: `#x10FFFF`, `#1114111`. */
const LONGEST_REFERENCE = 8;

/** `b[from, to)` decoded, its references resolved and its line ends as saxes gives them. */
function decoded(b: Uint8Array, from: number, to: number, attribute: boolean): string {
  const s = utf8.decode(b.subarray(from, to));
  return resolve(s, 0, s.length, s.indexOf('&'), attribute);
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

function scan(
  b: Uint8Array,
  unread: ReadonlySet<string>,
  keepOnly: ReadonlyMap<string, ReadonlySet<string>>,
  meaningful: ReadonlySet<string> | undefined,
  flatten: Flatten | undefined,
): XmlElement | null {
  // The decoder drops a byte order mark at the start.
  let at = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (hasDisallowed(b, at)) return null;
  if (holds(b, at, '<?xml')) {
    // The declaration is ASCII and ends at its first `>`.
    const gt = b.indexOf(GT, at);
    const decl = gt < 0 ? null : DECLARATION.exec(latin1(b, at, gt + 1));
    if (!decl) return null;
    at += decl[0].length;
  }
  // Past the declaration, `<!` (a comment, CDATA, a DOCTYPE) and `<?` (a processing instruction)
  // stop the scan below: neither `!` nor `?` may start a name.

  const end = b.length;
  // Open elements' names (all of them, kept or skipped), as positions in `b`: nothing is
  // allocated for the elements skipped, most of Word's XML.
  let nameStarts = new Int32Array(256);
  let nameLengths = new Int32Array(256);
  let depth = 0;
  /** Attributes of the tag being read, as positions (the duplicate check). */
  const attrStarts: number[] = [];
  const attrLengths: number[] = [];
  let attrCount: number;
  /** Kept elements open (not inside an unread one). */
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let rootClosed = false;
  /** Depth inside an element whose contents are not kept (0: keeping). */
  let skipping = 0;
  const localNames = new Map<number, { readonly qname: string; readonly local: string }>();
  /** The next `&` at or after `from` (−1: none): a cursor, so the text is searched once. */
  let amp = b.indexOf(AMP, at);
  const nextAmp = (from: number): number => {
    if (amp >= 0 && amp < from) amp = b.indexOf(AMP, from);
    return amp;
  };

  while (at < end) {
    // Word writes tags back to back: most often the next `<` is right here.
    const lt = b[at] === LT ? at : b.indexOf(LT, at);
    const textEnd = lt < 0 ? end : lt;
    if (textEnd > at) {
      if (depth === 0) {
        // Outside the root: white space only.
        for (let i = at; i < textEnd; i += 1) if (!isSpace(b[i] as number)) return null;
      } else if (skipping === 0 && open[open.length - 1]?.localName === 't') {
        const top = open[open.length - 1] as XmlElement;
        top.text += decoded(b, at, textEnd, false);
      } else checkReferences(b, textEnd, nextAmp(at));
    }
    if (lt < 0) break;
    let i = lt + 1;
    const c = b[i] as number;
    if (c === SLASH) {
      // A close tag: the name open last, then white space and `>` (a longer name, `</w:pX>`,
      // stops there too: its next character is neither).
      if (depth === 0) return null;
      depth -= 1;
      const length = nameLengths[depth] as number;
      if (!sameAt(b, nameStarts[depth] as number, i + 1, length)) return null;
      i += 1 + length;
      let d = b[i] as number;
      while (isSpace(d)) d = b[++i] as number;
      if (d !== GT) return null;
      at = i + 1;
      if (skipping > 0) skipping -= 1;
      else {
        const el = open.pop() as XmlElement;
        const parent = open[open.length - 1];
        // Left out when empty (it is its parent's last child); a flattened element's entry is
        // its parent itself.
        if (
          parent !== undefined &&
          el !== parent &&
          meaningful !== undefined &&
          el.children.length === 0 &&
          el.text === '' &&
          !meaningful.has(el.localName)
        )
          parent.children.pop();
      }
      if (depth === 0) rootClosed = true;
      continue;
    }
    // An open tag.
    if (!(c < 128 && NAME[c] === 1) || rootClosed) return null;
    const nameStart = i;
    let hash = c;
    let d = b[++i] as number;
    while (d < 128 && NAME[d] !== 0) {
      hash = (Math.imul(hash, 31) + d) | 0;
      d = b[++i] as number;
    }
    if (d >= 128) return null;
    const nameLength = i - nameStart;
    let keep = skipping === 0;
    let local = '';
    if (keep) {
      // The local name, from the names met so far by a hash of the characters (no string is
      // made for a name met before).
      let known = localNames.get(hash);
      if (
        known === undefined ||
        known.qname.length !== nameLength ||
        !holds(b, nameStart, known.qname)
      ) {
        const qname = latin1(b, nameStart, i);
        const colon = qname.indexOf(':');
        known = { qname, local: colon < 0 ? qname : qname.slice(colon + 1) };
        localNames.set(hash, known);
      }
      local = known.local;
      const only = keepOnly.get(open[open.length - 1]?.localName ?? '');
      if (only !== undefined && !only.has(local)) keep = false;
    }
    const keepAttributes = keep && ATTRIBUTES_READ.has(local);
    let attributes: Record<string, string> | null = null;
    attrCount = 0;
    let selfClosing = false;
    for (;;) {
      const spaced = isSpace(d);
      while (isSpace(d)) d = b[++i] as number;
      if (d === GT) break;
      if (d === SLASH) {
        if (b[i + 1] !== GT) return null;
        selfClosing = true;
        i += 1;
        break;
      }
      // An attribute: white space before it, a name, `=`, a quoted value.
      if (!spaced || !(d < 128 && NAME[d] === 1)) return null;
      const attrStart = i;
      d = b[++i] as number;
      while (d < 128 && NAME[d] !== 0) d = b[++i] as number;
      const attrLength = i - attrStart;
      // Word writes a few per element; hundreds are left to saxes (the check below is quadratic).
      if (attrCount === MAX_ATTRIBUTES) return null;
      for (let k = 0; k < attrCount; k += 1)
        if (
          attrLengths[k] === attrLength &&
          sameAt(b, attrStarts[k] as number, attrStart, attrLength)
        )
          return null;
      attrStarts[attrCount] = attrStart;
      attrLengths[attrCount] = attrLength;
      attrCount += 1;
      while (isSpace(d)) d = b[++i] as number;
      if (d !== EQ) return null;
      d = b[++i] as number;
      while (isSpace(d)) d = b[++i] as number;
      if (d !== QUOT && d !== APOS) return null;
      // The value: to the same quote, without `<`; its first `&`, if any.
      const quote = d;
      let close = i + 1;
      let valueAmp = -1;
      for (let e = b[close]; e !== quote; e = b[++close]) {
        if (e === undefined || e === LT) return null;
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
    if (!selfClosing) {
      if (depth === nameStarts.length) {
        const starts = new Int32Array(depth * 2);
        starts.set(nameStarts);
        nameStarts = starts;
        const lengths = new Int32Array(depth * 2);
        lengths.set(nameLengths);
        nameLengths = lengths;
      }
      nameStarts[depth] = nameStart;
      nameLengths[depth] = nameLength;
      depth += 1;
    }
    if (!keep) {
      if (!selfClosing) skipping += 1;
      continue;
    }
    const isUnread = unread.has(local);
    const parent = open[open.length - 1];
    // Flattened: not made; while it is open its children go to the parent.
    if (
      flatten !== undefined &&
      !selfClosing &&
      !isUnread &&
      parent?.localName === flatten.within &&
      !flatten.keep.has(local)
    ) {
      open.push(parent);
      continue;
    }
    // An element that stays empty and means nothing so: not made.
    if (
      parent !== undefined &&
      meaningful !== undefined &&
      (selfClosing || isUnread) &&
      !meaningful.has(local)
    ) {
      if (!selfClosing) skipping = 1;
      continue;
    }
    const el: XmlElement = {
      localName: local,
      attributes: attributes ?? NO_ATTRIBUTES,
      // Elements without children share one empty list until their first child.
      children: NO_CHILDREN,
      text: '',
    };
    if (parent) {
      if (parent.children === NO_CHILDREN) parent.children = [el];
      else parent.children.push(el);
    } else if (root === undefined) root = el;
    else return null;
    if (selfClosing) {
      if (depth === 0) rootClosed = true;
      continue;
    }
    if (isUnread) skipping = 1;
    else open.push(el);
  }
  if (depth > 0 || root === undefined) return null;
  return root;
}
