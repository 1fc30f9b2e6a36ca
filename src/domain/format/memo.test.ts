import { describe, expect, it } from 'vitest';
import {
  analyseWholeTexts,
  analysedText,
  byParagraph,
  firstInParagraphs,
  paragraphsOf,
  perParagraph,
  perText,
  perTextAnd,
  someParagraph,
} from './memo';

describe('perText', () => {
  it('works an analysis out once per text, whether asked with the text or its entry', () => {
    const calls: string[] = [];
    const length = perText((text) => {
      calls.push(text);
      return text.length;
    });
    const text = `总体情况${Math.random()}`;
    expect(length(text)).toBe(text.length);
    expect(length(analysedText(text))).toBe(text.length);
    // Another string object with the same characters is the same text.
    expect(length([...text].join(''))).toBe(text.length);
    expect(calls).toEqual([text]);
  });

  it('keeps a result that is undefined or null as a result', () => {
    let calls = 0;
    const none = perText(() => {
      calls += 1;
      return undefined;
    });
    const text = `无${Math.random()}`;
    expect(none(text)).toBeUndefined();
    expect(none(text)).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('keeps a bounded number of texts: after many others, a text is worked out again', () => {
    let calls = 0;
    const analyse = perText((text) => {
      calls += 1;
      return text;
    });
    const first = `第一段${Math.random()}`;
    analyse(first);
    for (let i = 0; i < 1000; i += 1) analyse(`另一段${i}${Math.random()}`);
    const before = calls;
    expect(analyse(first)).toBe(first);
    expect(calls).toBe(before + 1);
  });

  it('keeps the texts met again and again while many others pass (the open report while a batch runs)', () => {
    let calls = 0;
    const analyse = perText((text) => {
      calls += 1;
      return text.length;
    });
    // The open report's texts, met at every keystroke, between which other texts pass: more
    // of them in all than are kept, but never as many between two meetings of the same text.
    const open = Array.from({ length: 12 }, (_, i) => `本单位第${i}段${Math.random()}`);
    for (const text of open) analyse(text);
    const first = calls;
    for (let round = 0; round < 50; round += 1) {
      for (let i = 0; i < 20; i += 1) analyse(`其他报告${round}-${i}${Math.random()}`);
      for (const text of open) expect(analyse(text)).toBe(text.length);
    }
    expect(calls).toBe(first + 50 * 20);
  });
});

describe('perTextAnd', () => {
  it('works the analysis out again when the key changes, and keeps it for the same key', () => {
    const calls: string[] = [];
    const tagged = perTextAnd((text, key: { readonly tag: string }) => {
      calls.push(key.tag);
      return `${key.tag}:${text}`;
    });
    const a = { tag: 'a' };
    const b = { tag: 'b' };
    const text = `其他${Math.random()}`;
    expect(tagged(text, a)).toBe(`a:${text}`);
    expect(tagged(text, a)).toBe(`a:${text}`);
    expect(tagged(text, b)).toBe(`b:${text}`);
    expect(tagged(analysedText(text), b)).toBe(`b:${text}`);
    expect(calls).toEqual(['a', 'b']);
  });
});

describe('perParagraph', () => {
  it('analyses a new text whole, and a text most of whose paragraphs were met by paragraph', () => {
    const calls: string[] = [];
    const chars = perParagraph((text) => {
      calls.push(text);
      return [...text.replace(/\r?\n/g, '')];
    });
    const tag = Math.random();
    const text = `甲${tag}\r\n乙\n丙`;
    expect(chars(text)).toEqual([...`甲${tag}乙丙`]);
    expect(paragraphsOf(text).map((p) => p.text)).toEqual([`甲${tag}`, '乙', '丙']);
    expect(byParagraph(text)).toBe(false);
    expect(calls).toEqual([text]);
    calls.length = 0;
    // A keystroke in the last paragraph: the text is read by paragraph, each worked out once…
    const typed = `甲${tag}\r\n乙\n丙丁`;
    expect(chars(typed)).toEqual([...`甲${tag}乙丙丁`]);
    expect(byParagraph(typed)).toBe(true);
    expect(calls).toEqual([`甲${tag}`, '乙', '丙丁']);
    calls.length = 0;
    // …and the next keystroke works out only its own paragraph.
    expect(chars(`甲${tag}\r\n乙\n丙丁戊`)).toEqual([...`甲${tag}乙丙丁戊`]);
    expect(calls).toEqual(['丙丁戊']);
  });

  it('in a batch (analyseWholeTexts) analyses every text whole, with the same answers', () => {
    const calls: string[] = [];
    const chars = perParagraph((text) => {
      calls.push(text);
      return [...text.replace(/\r?\n/g, '')];
    });
    const tag = Math.random();
    // The paragraphs met before (as the editor meets them), then a batch meets the edited text.
    expect(chars(`甲${tag}\n乙\n丙`)).toEqual([...`甲${tag}乙丙`]);
    calls.length = 0;
    analyseWholeTexts(true);
    try {
      const typed = `甲${tag}\n乙\n丙丁`;
      expect(chars(typed)).toEqual([...`甲${tag}乙丙丁`]);
      expect(byParagraph(typed)).toBe(false);
      expect(calls).toEqual([typed]);
      // Its paragraphs are still there when asked for.
      expect(paragraphsOf(typed).map((p) => p.text)).toEqual([`甲${tag}`, '乙', '丙丁']);
    } finally {
      analyseWholeTexts(false);
    }
    // Out of the batch, the next keystroke is read by paragraph again.
    calls.length = 0;
    expect(chars(`甲${tag}\n乙\n丙丁戊`)).toEqual([...`甲${tag}乙丙丁戊`]);
    expect(calls).toEqual(['丙丁戊']);
  });

  it("notes a new text's paragraphs when an edit keeping its first or last line comes", () => {
    const calls: string[] = [];
    const chars = perParagraph((text) => {
      calls.push(text);
      return [...text.replace(/\r?\n/g, '')];
    });
    const tag = Math.random();
    // A new text: analysed whole, its paragraphs not split until asked for.
    expect(chars(`首${tag}\n中\n尾${tag}`)).toEqual([...`首${tag}中尾${tag}`]);
    // An edit of its first paragraph (the last kept): read by paragraph, the text's lines met.
    const typed = `首${tag}改\n中\n尾${tag}`;
    expect(chars(typed)).toEqual([...`首${tag}改中尾${tag}`]);
    expect(byParagraph(typed)).toBe(true);
    calls.length = 0;
    // New texts of other edges: whole, whatever lines of theirs were met.
    const other = `另${tag}\r\n中\n尾${tag}末`;
    expect(chars(other)).toEqual([...`另${tag}中尾${tag}末`]);
    expect(byParagraph(other)).toBe(false);
    expect(calls).toEqual([other]);
    expect(paragraphsOf(other).map((p) => p.text)).toEqual([`另${tag}`, '中', `尾${tag}末`]);
  });

  it('gives every text the same answers however its paragraphs were met before', () => {
    const words = ['甲', '乙', '7', '。', ' ', '\n', '\r\n', '\r'];
    const each = perParagraph((text) => text.split(/\r\n?|\n/).map((l) => `${l.length}:${l}`));
    let seed = 45;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const tag = Math.random();
    const met: string[] = [];
    for (let k = 0; k < 400; k += 1) {
      // Now a new text, now an edit of one met (a paragraph changed, added or dropped).
      let text = '';
      const base = met[random(Math.max(met.length, 1))];
      if (base !== undefined && random(2) === 0) {
        const lines = base.split('\n');
        const at = random(lines.length + 1);
        if (random(3) === 0 && lines.length > 1) lines.splice(at, 1);
        else lines.splice(at, random(2), `${tag}${random(9)}`);
        text = lines.join('\n');
      } else {
        for (let i = random(12); i >= 0; i -= 1) text += words[random(words.length)] ?? '';
        text += `${tag}${k}`;
      }
      met.push(text);
      expect(each(text)).toEqual(text.split(/\r\n?|\n/).map((l) => `${l.length}:${l}`));
      expect(paragraphsOf(text).map((p) => p.text)).toEqual(text.split(/\r\n?|\n/));
    }
  });

  it('answers the first paragraph that finds something, and whether some paragraph passes', () => {
    const firstDigit = firstInParagraphs((p) => /\d/.exec(p)?.[0] ?? null);
    const hasDigit = someParagraph((p) => /\d/.test(p));
    const tag = `${Math.random()}`.replace(/\d/g, 'x');
    // Each text twice: the second time its first lines were met (read by paragraph).
    for (const end of ['', '末']) {
      expect(firstDigit(`无${tag}\n有7和8\n9${end}`)).toBe('7');
      expect(firstDigit(`无${tag}\n无\n无${end}`)).toBeNull();
      expect(hasDigit(`无${tag}\n有7\n无${end}`)).toBe(true);
      expect(hasDigit(`无${tag}\n无\n无${end}`)).toBe(false);
    }
  });
});
