import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { formatById, formats } from '@templates/index';
import type { Report } from '../../report/types';
import { indexTemplate } from '../../template/lookup';
import type { FactId as FactOfTemplate } from '../../template/types';
import { factCells } from '../support';
import { evaluateChecks } from '../evaluate-checks';
import { fits, percentProblem } from '../checks/narrative-numbers';
import type { SumValue } from '../support';
import { extractStatements, type FactId } from './extract';
import { realSentences, type RealSentence } from './fixtures/real-sentences';
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

  /**
   * What a reviewer says of the sentences of issue 14's missed kinds: the issues a sentence adds
   * to a clean 2021 report, set as its 总体情况 (or preface) in place of a neutral one, with the
   * report's year and the cells the sentence speaks of.
   */
  const NEUTRAL = '我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。';
  const template = formatById('2021');
  /**
   * The cells of a sentence's `facts`: each fact's first cell takes the number, its others 0; a
   * total (computed) through its row's first column, the row's other columns 0.
   */
  const cellsOf = (facts: RealSentence['facts'] = {}): Record<string, string> => {
    const { cells } = indexTemplate(template);
    const out: Record<string, string> = {};
    const put = (id: string, value: number): void => {
      if (!cells.get(id)?.computed) {
        out[id] = String(value);
        return;
      }
      const row = id.slice(0, id.lastIndexOf('.') + 1);
      const inputs = [...cells.values()].filter((c) => c.id.startsWith(row) && !c.computed);
      inputs.forEach((c, i) => (out[c.id] = String(i === 0 ? value : 0)));
    };
    for (const [fact, value] of Object.entries(facts) as [FactOfTemplate, number][])
      factCells(template, fact).forEach((id, i) => put(id, i === 0 ? value : 0));
    return out;
  };
  const keysWith = (sentence: (typeof realSentences)[number], text: string): Set<string> => {
    const base = clean2021.report;
    const year = sentence.year ?? base.meta.year ?? 2021;
    const report: Report = {
      ...base,
      meta: {
        ...base.meta,
        year,
        reportDate: `${year + 1}-01-20`,
        preface: sentence.in === 'preface' ? text : NEUTRAL,
      },
      narrative: { ...base.narrative, overview: sentence.in === 'preface' ? NEUTRAL : text },
      cells: { ...base.cells, ...cellsOf(sentence.facts) },
    };
    return new Set(
      evaluateChecks(template, report, { formats, today: '2026-12-01' })
        .filter((i) => i.severity !== 'incomplete')
        .map((i) => i.key),
    );
  };
  it.each(
    realSentences
      .filter((s) => s.flags !== undefined)
      .map(
        (s) =>
          [`${s.source}${s.variant ? ` (${s.variant})` : ''}: ${s.text.slice(0, 30)}…`, s] as const,
      ),
  )('what a reviewer says of %s', (_name, sentence) => {
    const neutral = keysWith(sentence, NEUTRAL);
    const added = [...keysWith(sentence, sentence.text)].filter((k) => !neutral.has(k));
    expect(added.sort()).toEqual([...(sentence.flags ?? [])].sort());
  });
});
