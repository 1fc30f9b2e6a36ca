/**
 * A fast reader for the plain XML Word writes in `word/document.xml`, building the same light
 * tree as the saxes reader in document-blocks.ts (issue 17: a 45 MB document.xml took saxes
 * seconds). It knows a strict subset of XML 1.0 — an optional `<?xml version="1.0" …?>`
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

/** Characters XML 1.0 does not allow anywhere (lone surrogates cannot come out of TextDecoder). */
// eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
const DISALLOWED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

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
  const value = ENTITIES[name];
  if (value === undefined) throw OUTSIDE;
  return value;
}

function lineEnds(s: string, attribute: boolean): string {
  let t = s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
  if (attribute && (t.indexOf('\n') >= 0 || t.indexOf('\t') >= 0)) t = t.replace(/[\n\t]/g, ' ');
  return t;
}

/**
 * The tree of `xml` as document-blocks.ts's saxes reader builds it (contents of the `unread`
 * elements left out), or null when `xml` is outside the subset this reader knows. `keepOnly`:
 * of an element named by a key, only the children named in its set are kept (with their
 * contents; Word's cell properties are many, and only `w:vMerge` is read).
 */
export function scanXml(
  xml: string,
  unread: ReadonlySet<string>,
  keepOnly: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): XmlElement | null {
  try {
    return scan(xml, unread, keepOnly);
  } catch (e) {
    if (e === OUTSIDE) return null;
    throw e;
  }
}

/** Whether `s[a, a + length)` and `s[b, b + length)` are the same characters. */
function sameAt(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

function scan(
  s: string,
  unread: ReadonlySet<string>,
  keepOnly: ReadonlyMap<string, ReadonlySet<string>>,
): XmlElement | null {
  if (DISALLOWED.test(s) || s.includes(']]>')) return null;
  let at = 0;
  if (s.startsWith('<?xml')) {
    const decl = DECLARATION.exec(s);
    if (!decl) return null;
    at = decl[0].length;
  }
  // Past the declaration, `<!` (a comment, CDATA, a DOCTYPE) and `<?` (a processing instruction)
  // stop the scan below: neither `!` nor `?` may start a name.

  const end = s.length;
  // Open elements' names (all of them, kept or skipped), as positions in `s`: nothing is
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
  let amp = s.indexOf('&', at);
  const nextAmp = (from: number): number => {
    if (amp >= 0 && amp < from) amp = s.indexOf('&', from);
    return amp;
  };
  /** The next `<` at or after `from` (−1: none), a cursor too (many attributes before a long text). */
  let ltAhead = s.indexOf('<', at);
  const nextLt = (from: number): number => {
    if (ltAhead >= 0 && ltAhead < from) ltAhead = s.indexOf('<', from);
    return ltAhead;
  };
  /** Checks the references of `s[from, to)` (not kept). */
  const checkReferences = (from: number, to: number): void => {
    const first = nextAmp(from);
    if (first >= 0 && first < to) resolve(s, from, to, first, false);
  };

  while (at < end) {
    // Word writes tags back to back: most often the next `<` is right here.
    const lt = s.charCodeAt(at) === LT ? at : s.indexOf('<', at);
    const textEnd = lt < 0 ? end : lt;
    if (textEnd > at) {
      if (depth === 0) {
        // Outside the root: white space only.
        for (let i = at; i < textEnd; i += 1) if (!isSpace(s.charCodeAt(i))) return null;
      } else if (skipping === 0 && open[open.length - 1]?.localName === 't') {
        const top = open[open.length - 1] as XmlElement;
        top.text += resolve(s, at, textEnd, nextAmp(at), false);
      } else checkReferences(at, textEnd);
    }
    if (lt < 0) break;
    let i = lt + 1;
    const c = s.charCodeAt(i);
    if (c === SLASH) {
      // A close tag: the name open last, then white space and `>` (a longer name, `</w:pX>`,
      // stops there too: its next character is neither).
      if (depth === 0) return null;
      depth -= 1;
      const length = nameLengths[depth] as number;
      if (!sameAt(s, nameStarts[depth] as number, i + 1, length)) return null;
      i += 1 + length;
      let d = s.charCodeAt(i);
      while (isSpace(d)) d = s.charCodeAt(++i);
      if (d !== GT) return null;
      at = i + 1;
      if (skipping > 0) skipping -= 1;
      else open.pop();
      if (depth === 0) rootClosed = true;
      continue;
    }
    // An open tag.
    if (!(c < 128 && NAME[c] === 1) || rootClosed) return null;
    const nameStart = i;
    let hash = c;
    let d = s.charCodeAt(++i);
    while (d < 128 && NAME[d] !== 0) {
      hash = (Math.imul(hash, 31) + d) | 0;
      d = s.charCodeAt(++i);
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
        !s.startsWith(known.qname, nameStart)
      ) {
        const qname = s.slice(nameStart, i);
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
      while (isSpace(d)) d = s.charCodeAt(++i);
      if (d === GT) break;
      if (d === SLASH) {
        if (s.charCodeAt(i + 1) !== GT) return null;
        selfClosing = true;
        i += 1;
        break;
      }
      // An attribute: white space before it, a name, `=`, a quoted value.
      if (!spaced || !(d < 128 && NAME[d] === 1)) return null;
      const attrStart = i;
      d = s.charCodeAt(++i);
      while (d < 128 && NAME[d] !== 0) d = s.charCodeAt(++i);
      const attrLength = i - attrStart;
      // Word writes a few per element; hundreds are left to saxes (the check below is quadratic).
      if (attrCount === MAX_ATTRIBUTES) return null;
      for (let k = 0; k < attrCount; k += 1)
        if (
          attrLengths[k] === attrLength &&
          sameAt(s, attrStarts[k] as number, attrStart, attrLength)
        )
          return null;
      attrStarts[attrCount] = attrStart;
      attrLengths[attrCount] = attrLength;
      attrCount += 1;
      while (isSpace(d)) d = s.charCodeAt(++i);
      if (d !== EQ) return null;
      d = s.charCodeAt(++i);
      while (isSpace(d)) d = s.charCodeAt(++i);
      if (d !== QUOT && d !== APOS) return null;
      const close = s.indexOf(d === QUOT ? '"' : "'", i + 1);
      if (close < 0) return null;
      const next = nextLt(i + 1);
      if (next >= 0 && next < close) return null;
      if (keepAttributes) {
        attributes ??= {};
        attributes[s.slice(attrStart, attrStart + attrLength)] = resolve(
          s,
          i + 1,
          close,
          nextAmp(i + 1),
          true,
        );
      } else checkReferences(i + 1, close);
      i = close + 1;
      d = s.charCodeAt(i);
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
    const el: XmlElement = {
      localName: local,
      attributes: attributes ?? NO_ATTRIBUTES,
      // An element closed as it opens has no children: they all share one empty list.
      children: selfClosing ? NO_CHILDREN : [],
      text: '',
    };
    const parent = open[open.length - 1];
    if (parent) parent.children.push(el);
    else if (root === undefined) root = el;
    else return null;
    if (selfClosing) {
      if (depth === 0) rootClosed = true;
      continue;
    }
    if (unread.has(local)) skipping = 1;
    else open.push(el);
  }
  if (depth > 0 || root === undefined) return null;
  return root;
}
