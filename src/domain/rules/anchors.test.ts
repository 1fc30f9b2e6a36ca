import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorMarks, anchorMask, holdsAnyOf, mayHold } from '../format/anchors';
import { gatedAnalyses } from '../format/memo';
import { builtInChecks } from './checks';

/**
 * The rules' anchors (format/anchors.ts, issue 17 stop 45): a gated analysis is skipped on a text
 * holding none of its anchors, so (1) a text's marks must say exactly which anchors it holds, and
 * (2) each gated analysis must find nothing (its `otherwise`) in any text without its anchors.
 */

const DIRS = ['templates/fixtures/real', 'templates/fixtures/seeds'];
const corpus = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${d}/${f}`, 'utf8')),
);

const anchors = [...new Set(gatedAnalyses.flatMap((g) => [...g.gate.anyOf]))];

/** A small deterministic generator (the same texts on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('anchors', () => {
  it('are declared by the checks (the gates this stop made)', () => {
    expect(builtInChecks.length).toBeGreaterThan(0);
    expect(gatedAnalyses.length).toBeGreaterThanOrEqual(60);
  });

  it("mark exactly the anchors a text holds (random and corpus texts, each anchor's includes)", () => {
    const next = random(45);
    const alphabet = [...anchors, ...'政府信息公开年度报告，。 \n\t　０１2%（）()'];
    const texts = [...corpus, ''];
    for (let i = 0; i < 2000; i += 1) {
      const length = Math.floor(next() * 40);
      let t = '';
      for (let j = 0; j < length; j += 1) t += alphabet[Math.floor(next() * alphabet.length)];
      texts.push(t);
    }
    const masks = anchors.map((a) => [a, anchorMask(a)] as const);
    // Mismatches gathered and compared once: an \`expect\` per text and anchor (1,700 corpus texts
    // times every anchor) took 55 s on a loaded 2-core machine, past the suite's timeout.
    const wrong: string[] = [];
    for (const text of texts) {
      const marks = anchorMarks(text);
      for (const [a, mask] of masks)
        if (holdsAnyOf(marks, mask) !== text.includes(a))
          wrong.push(`${a} in ${text.slice(0, 40)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('say a text may hold a character unless it is an anchor the text lacks (`mayHold`)', () => {
    const chars = [...anchors, ...'岀工外内把政府 \n1'];
    const wrong: string[] = [];
    for (const text of [...corpus.slice(0, 200), '', '岀', '工作', '其中、']) {
      const marks = anchorMarks(text);
      for (const ch of chars) {
        const may = mayHold(marks, ch);
        if (text.includes(ch) && !may) wrong.push(`${ch} in ${text.slice(0, 40)}`);
        if (anchors.includes(ch) && may !== text.includes(ch)) wrong.push(`${ch}: ${String(may)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuse a character that compacting a text changes', () => {
    for (const ch of [' ', '\n', '1', '%', '.', '|', '１', '％', '．', '\u3000'])
      expect(() => anchorMask(ch)).toThrow();
  });

  it('hold for every gated analysis: without its anchors it finds nothing (corpus texts, lines, and the texts with the anchors taken out)', () => {
    // The answers gates give: null, '', false or an empty list.
    const nothing = (value: unknown, otherwise: unknown): boolean =>
      value === otherwise ||
      (Array.isArray(value) && Array.isArray(otherwise) && value.length === 0);
    const wrong: string[] = [];
    for (const { fn, gate } of gatedAnalyses) {
      const absent = new RegExp(`[${gate.anyOf.replace(/[\]\\^-]/g, '\\$&')}]`, 'g');
      const mask = anchorMask(gate.anyOf);
      const texts: string[] = [];
      corpus.forEach((text, i) => {
        if (i % 2 === 0) texts.push(text.replace(absent, ''));
        const lines = text.split('\n');
        for (let j = i % 11; j < lines.length; j += 11) texts.push(lines[j] ?? '');
      });
      for (const text of texts) {
        if (holdsAnyOf(anchorMarks(text), mask)) continue;
        if (!nothing(fn(text, { text, analyses: [] }), gate.otherwise))
          wrong.push(`${gate.anyOf}: ${text.slice(0, 60)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
