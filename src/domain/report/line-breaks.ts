/**
 * Where LibreOffice breaks the lines of the exported document, so the paged preview can break
 * them at the same characters (and so its pages at the same lines). Measured against
 * LibreOffice 7.4's rendering of our .docx (`pdftotext -bbox`, per-run positions), which sets
 * text as follows:
 *
 * - Chinese characters and full-width punctuation (and `“”‘’—…①`, which the East Asian font
 *   slot takes) are one em wide; Latin letters, digits and ASCII punctuation take the widths of
 *   Times New Roman (Liberation Serif, metric-compatible, where it is missing).
 * - Text is set in portions: a run of one script (Chinese / Latin) in one font. The character
 *   spacing of a run (w:spacing, −0.4 pt in body text) is added after each character of a
 *   portion but its last.
 * - Between a Chinese and a Latin portion whose touching characters are both letters or digits
 *   (`自2020年`, not `》(下称`), autospace adds a fifth of the font size (3.2 pt at 三号).
 * - A line breaks before the first character that does not fit, moved back to a break
 *   opportunity: not before closing punctuation (`，。）》”`), not after opening punctuation
 *   (`（《“`), not inside a Latin word or number (`12.35`; after the hyphen of `0573-82057503`), not between a
 *   closing mark and a Latin letter or digit (`〔2019〕60号`) nor between one and `“`.
 * - A closing `、。，．；：！？,.:;!?` after a Chinese character that does not fit hangs past the
 *   right margin (w:overflowPunct,
 *   on by default), unless what follows may not begin a line (`。”`).
 */

/**
 * Advance widths of Times New Roman / Liberation Serif (metric-compatible) in 1/2048 em: ASCII
 * from the space to `~`, then the Latin-1 and general punctuation the reports use.
 */
const ASCII_ADVANCE: readonly number[] = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024,
  1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366,
  1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366,
  1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909,
  1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569,
  1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108,
];
const OTHER_ADVANCE: Readonly<Record<string, number>> = {
  '\u00a0': 512,
  '°': 819,
  '±': 1124,
  '·': 682,
  '×': 1155,
  '÷': 1124,
  '“': 909,
  '”': 909,
  '‘': 682,
  '’': 682,
};
const latinAdvance = (ch: string): number | undefined => {
  const code = ch.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e ? ASCII_ADVANCE[code - 0x20] : OTHER_ADVANCE[ch];
};

type Script = 'asian' | 'latin';

/** Characters with no script of their own: they take the script of the text before them. */
const isWeak = (ch: string): boolean =>
  ch === ' ' || ch === '\u00a0' || (ch >= '\u2000' && ch <= '\u206f');

const scriptOf = (ch: string): Script => {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x2000 ? 'latin' : 'asian';
};

const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** May not begin a line (LibreOffice's forbidden line-begin characters for zh-CN, in part). */
const NO_BEGIN = new Set([...'、。，．,.：；！？:;!?）)]}》〉」』】〕〗”’%‰℃々']);
/** May not end a line. */
const NO_END = new Set([...'（([{《〈「『【〔〖“‘￥$£']);
/** Closing marks that stay with a Latin letter or digit after them (`〔2019〕60号`, `”abc`). */
const CLOSING = new Set([...'”’）〕》」』】〉〗)]}']);
/** Quotation marks that stay with a Latin letter or digit before them (`12“`). */
const OPENING_QUOTE = new Set([...'“‘']);
const latinAlnum = /^[A-Za-z0-9]$/;

/** May hang past the right margin when they do not fit. */
const HANGING = new Set([...'、。，．；：！？,.:;!?']);

const isLatinWordChar = (ch: string): boolean => /^[\x21-\x7e\u00a1-\u024f]$/u.test(ch);

/** Whether a line may break between `text[i - 1]` and `text[i]`. */
function breakBefore(chars: readonly string[], i: number): boolean {
  const a = chars[i - 1];
  const b = chars[i];
  if (a === undefined || b === undefined) return true;
  if (b === ' ') return false;
  if (a === ' ') return true;
  if (NO_BEGIN.has(b) || NO_END.has(a)) return false;
  if ((a === '—' && b === '—') || (a === '…' && b === '…')) return false;
  if (CLOSING.has(a) && latinAlnum.test(b)) return false;
  if (OPENING_QUOTE.has(b) && latinAlnum.test(a)) return false;
  // Inside Latin text only after a hyphen (`0573-`/`82057503`) or a slash before a letter.
  if (isLatinWordChar(a) && isLatinWordChar(b))
    return (
      (a === '-' && latinAlnum.test(b) && latinAlnum.test(chars[i - 2] ?? '')) ||
      (a === '/' && /[A-Za-z]/.test(b))
    );
  return true;
}

/** A run of text in one font: a paragraph may set its lead-in in another (楷体). */
export interface TextRun {
  readonly text: string;
}

export interface LineSetting {
  /** Font size in points. */
  readonly size: number;
  /** Spacing added after each character but the last of a portion, points (−0.4 in body text). */
  readonly spacing: number;
  /** Width of the lines, points. */
  readonly width: number;
  /** Indent of the first line, points. */
  readonly firstIndent: number;
}

interface Glyph {
  readonly ch: string;
  readonly run: number;
  readonly script: Script;
  readonly advance: number;
}

function glyphs(runs: readonly TextRun[], size: number): Glyph[] {
  const chars = runs.flatMap((run, r) => [...run.text].map((ch) => ({ ch, run: r })));
  // Weak characters take the script of the text before them; those opening the paragraph, of
  // the text after them.
  const firstStrong = chars.find((c) => !isWeak(c.ch));
  let script: Script = firstStrong ? scriptOf(firstStrong.ch) : 'asian';
  return chars.map(({ ch, run }) => {
    if (!isWeak(ch)) script = scriptOf(ch);
    const latin = latinAdvance(ch);
    const advance =
      script === 'latin' || (latin !== undefined && ch < '\u2000')
        ? ((latin ?? 1024) / 2048) * size
        : size;
    return { ch, run, script, advance };
  });
}

/** A line: `[start, end)` offsets into the paragraph's text (UTF-16 code units). */
export interface BrokenLine {
  readonly start: number;
  readonly end: number;
  /** Its last character hangs past the right margin. */
  readonly hangs: boolean;
}

/**
 * The lines of a paragraph as LibreOffice breaks them, offsets into the runs' texts joined. An
 * empty paragraph is one empty line.
 */
export function breakLines(runs: readonly TextRun[], setting: LineSetting): BrokenLine[] {
  const gs = glyphs(runs, setting.size);
  const chars = gs.map((g) => g.ch);
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of chars) {
    offsets.push(offset);
    offset += ch.length;
  }
  offsets.push(offset);
  if (gs.length === 0) return [{ start: 0, end: 0, hangs: false }];
  const kern = setting.size / 5;
  const samePortion = (a: Glyph, b: Glyph): boolean => a.run === b.run && a.script === b.script;

  const lines: BrokenLine[] = [];
  let start = 0;
  while (start < gs.length) {
    const width = setting.width - (lines.length === 0 ? setting.firstIndent : 0);
    // The last glyph that fits.
    let x = 0;
    let cut = start;
    for (let i = start; i < gs.length; i += 1) {
      const g = gs[i] as Glyph;
      const prev = i > start ? gs[i - 1] : undefined;
      let add = g.advance;
      if (prev) {
        if (samePortion(prev, g)) add += setting.spacing;
        else if (
          prev.script !== g.script &&
          letterOrDigit.test(prev.ch) &&
          letterOrDigit.test(g.ch)
        )
          add += kern;
      }
      if (i > start && x + add > width + 0.005) break;
      x += add;
      cut = i + 1;
    }
    if (cut >= gs.length) {
      lines.push({ start: offsets[start] ?? 0, end: offsets[gs.length] ?? 0, hangs: false });
      break;
    }
    let end = cut;
    let hanging = false;
    const over = chars[cut] ?? '';
    const before = gs[cut - 1];
    const hangs =
      HANGING.has(over) &&
      before?.script === 'asian' &&
      (cut + 1 >= gs.length || breakBefore(chars, cut + 1));
    if (hangs) {
      end = cut + 1;
      hanging = true;
    } else {
      while (end > start && !breakBefore(chars, end)) end -= 1;
      if (end <= start) end = cut;
    }
    // Spaces at a break stay at the end of the line.
    while (end < gs.length && chars[end] === ' ') end += 1;
    lines.push({ start: offsets[start] ?? 0, end: offsets[end] ?? 0, hangs: hanging });
    start = end;
  }
  return lines;
}
