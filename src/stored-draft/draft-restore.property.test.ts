import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/testing/property-runs';
import v1Text from './fixtures/draft-v1.json?raw';
import { migrate, type Migration } from './migrations';
import { restoreDraftText, restoreDraftValue } from './restore-draft';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Issue 11: the loader never refuses a draft for a field value, keeps every typed string as
 * typed, and is idempotent (a restored draft, stored again, restores to itself).
 */
const v1 = (): Record<string, unknown> => JSON.parse(v1Text) as Record<string, unknown>;
const textFields = ['agencyName', 'reportDate', 'preface'] as const;

describe('draft loader (property)', () => {
  it('any typed text in any text field, cell or section is kept exactly', () => {
    const typed = fc.record({
      meta: fc.record({
        agencyName: fc.string(),
        reportDate: fc.string(),
        preface: fc.string(),
      }),
      cell: fc.string(),
      narrative: fc.string({ unit: 'grapheme' }),
    });
    fc.assert(
      fc.property(typed, ({ meta, cell, narrative }) => {
        const payload = v1();
        const report = payload['report'] as Record<string, Record<string, unknown>>;
        for (const f of textFields) (report['meta'] as Record<string, unknown>)[f] = meta[f];
        (report['cells'] as Record<string, unknown>)['t3.granted.naturalPerson'] = cell;
        (report['narrative'] as Record<string, unknown>)['problems'] = narrative;
        const result = restoreDraftText(JSON.stringify(payload));
        if (!result.ok) throw new Error(result.message);
        for (const f of textFields) expect(result.draft.report.meta[f]).toBe(meta[f]);
        expect(result.draft.report.cells['t3.granted.naturalPerson']).toBe(cell);
        expect(result.draft.report.narrative.problems).toBe(narrative);
      }),
      { numRuns: runs(200) },
    );
  });

  it('any JSON value in any field of the report never makes the draft unreadable', () => {
    const path = fc.constantFrom(
      ['formatId'],
      ['meta'],
      ['meta', 'year'],
      ['meta', 'agencyKind'],
      ['meta', 'reportDate'],
      ['meta', 'contact'],
      ['meta', 'contact', 'phone'],
      ['narrative'],
      ['narrative', 'overview'],
      ['cells'],
      ['cells', 't3.granted.naturalPerson'],
      ['cellUnits'],
      ['reportedTotals'],
      ['dismissed'],
      ['dismissed', 'x'],
    );
    fc.assert(
      fc.property(path, fc.jsonValue(), fc.boolean(), (keys, junk, inLastYear) => {
        const payload = v1();
        const root = inLastYear ? structuredClone(payload['report']) : payload['report'];
        if (inLastYear) payload['lastYear'] = root;
        let node = root as Record<string, unknown>;
        for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
        node[keys[keys.length - 1] as string] = junk;
        const result = restoreDraftText(JSON.stringify(payload));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // Stored again, it restores to itself, with nothing more to drop.
        const again = restoreDraftValue(JSON.parse(JSON.stringify(result.draft)));
        expect(again).toEqual({
          ok: true,
          draft: result.draft,
          dropped: 0,
          from: CURRENT_SCHEMA_VERSION,
        });
      }),
      { numRuns: runs(300) },
    );
  });

  it('migrations run every step in order from any earlier version (a random chain)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat({ max: 7 }), (current, fromRaw) => {
        const from = fromRaw % current;
        const chain: Migration[] = Array.from({ length: current }, (_, v) => ({
          from: v,
          migrate: (p) => ({ ...p, steps: [...((p['steps'] as number[]) ?? []), v] }),
        }));
        const r = migrate({ schemaVersion: from }, chain, current);
        expect(r).toEqual({
          ok: true,
          from,
          payload: {
            schemaVersion: current,
            steps: Array.from({ length: current - from }, (_, i) => from + i),
          },
        });
        expect(migrate({ schemaVersion: current + 1 }, chain, current)).toMatchObject({
          ok: false,
          reason: 'future',
        });
      }),
      { numRuns: runs(100) },
    );
  });
});
