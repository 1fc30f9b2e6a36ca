import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { fits, percentProblem } from '../checks/narrative-numbers';
import type { SumValue } from '../support';
import { extractStatements, type FactId } from './extract';
import { realSentences } from './fixtures/real-sentences';
import { claimReadings, type Reading } from './readings';

/**
 * Real sentences (fixtures/real-sentences.ts): each is read into exactly its claims, and where
 * the report's own tables are known, every claim fits a plausible reading of them — except the
 * report's real mistakes, which fit none.
 */

const readings = claimReadings(formatById('2021'));
const stated = (text: string): string[] =>
  extractStatements(text).map((s) => `${s.fact}=${s.value}`);

describe('real narrative sentences', () => {
  it('are at least 100, each stating a number (a “none” is a 0)', () => {
    expect(realSentences.length).toBeGreaterThanOrEqual(100);
    const withoutNumber = realSentences.filter(
      (s) => !/\d|[一二三四五六七八九十两]件/.test(s.text) && s.claims.length === 0,
    );
    expect(withoutNumber).toEqual([]);
  });

  it.each(realSentences.map((s) => [`${s.source}: ${s.text.slice(0, 40)}…`, s] as const))(
    '%s',
    (_name, sentence) => {
      expect(stated(sentence.text).sort()).toEqual([...sentence.claims].sort());
      const table = sentence.table;
      if (!table) return;
      const valueOf = (r: Reading): SumValue => {
        const values = r.parts.map((p) => table[p]);
        const less = (r.minusParts ?? []).map((p) => table[p]);
        return [...values, ...less].every((v) => v !== undefined)
          ? {
              value:
                values.reduce<number>((a, b) => a + (b ?? 0), 0) -
                less.reduce<number>((a, b) => a + (b ?? 0), 0),
              complete: true,
            }
          : { value: 0, complete: false };
      };
      const claims = extractStatements(sentence.text);
      for (const claim of claims) {
        const subject = readings.get(claim.fact as FactId);
        if (!subject) continue;
        const known = subject.readings.filter((r) => valueOf(r).complete);
        if (known.length === 0) continue;
        const key = `${claim.fact}=${claim.value}`;
        const fitsOne = known.some((r) => fits(claim.value, valueOf(r)));
        expect(fitsOne, key).toBe(!(sentence.wrong ?? []).includes(key));
        if (fitsOne && claim.percent)
          expect(percentProblem(claim, claims, subject.percentBases, valueOf), key).toBeNull();
      }
    },
  );
});
