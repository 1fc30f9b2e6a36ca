/**
 * Line breaks for the fixed labels of the printed tables: a label that does not fit its cell is
 * broken between words (`商业/企业`, `结果/维持`), never inside one (`商业企/业`), so Word, WPS,
 * LibreOffice and the preview all print the same lines. Words come from the platform's ICU word
 * segmenter (`Intl.Segmenter`); where a browser has none, a word is taken as two characters,
 * which is how the four-character labels of the official tables divide.
 */

/** Width of a character in ems: full-width (Chinese, full-width punctuation) 1, ASCII ½. */
export function charWidth(ch: string): number {
  return ch.charCodeAt(0) < 0x2e80 && ch !== '“' && ch !== '”' && ch !== '—' ? 0.5 : 1;
}

export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: Segmenter | null | undefined;

function wordSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l: string, o: object) => Segmenter })
      .Segmenter;
    segmenter = Ctor ? new Ctor('zh-Hans', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/**
 * Words of a label. Numbering (`（三）`, `1.`) and punctuation stay with the word they open or
 * close; without a segmenter, runs of Chinese characters divide into pairs.
 */
export function labelWords(text: string): string[] {
  const seg = wordSegmenter();
  const raw = seg
    ? [...seg.segment(text)].map((s) => s.segment)
    : (text.match(/[\u4e00-\u9fff]{1,2}|[^\u4e00-\u9fff]/gu) ?? []);
  const words: string[] = [];
  for (const piece of raw) {
    const prev = words.at(-1);
    // Closing punctuation and digits that follow a number join the previous word; an opening
    // bracket or a number with its dot waits for the next.
    if (
      prev !== undefined &&
      (/^[）)、，。：；”.%]/u.test(piece) || /[（(“]$|^\d+\.?$/u.test(prev))
    ) {
      words[words.length - 1] = prev + piece;
    } else words.push(piece);
  }
  return words;
}

/**
 * The lines of `text` in a cell `capacity` ems wide: greedy, between words; a word longer than a
 * line is broken between characters. A label that fits stays one line.
 */
export function labelLines(text: string, capacity: number): string[] {
  const cap = Math.max(1, capacity);
  if (textWidthEm(text) <= cap) return [text];
  const lines: string[] = [];
  let line = '';
  const push = (word: string): void => {
    if (line !== '' && textWidthEm(line + word) > cap) {
      lines.push(line);
      line = '';
    }
    if (textWidthEm(word) <= cap) {
      line += word;
      return;
    }
    for (const ch of word) {
      if (line !== '' && textWidthEm(line + ch) > cap) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  };
  for (const word of labelWords(text)) push(word);
  if (line !== '') lines.push(line);
  return lines;
}
