import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDraftDb } from './draft-db';
import { listDrafts, recordFromText } from './draft-repository';
import v1Text from '@/stored-draft/fixtures/draft-v1.json?raw';
import { restoreDraftText } from '@/stored-draft/restore-draft';
import { runs } from '@/testing/property-runs';

/**
 * Issue 7: the draft loader over any stored bytes gives a draft or a clear recovery path, and
 * never loses what was stored. Case counts are in the test names.
 */
const RUNS = {
  text: runs(400, 10_000),
  mutatedJson: runs(400, 10_000),
  storage: runs(150, 1_000),
} as const;

const v1 = JSON.parse(v1Text) as unknown;

/** A JSON value shaped like a draft but with any part replaced by junk. */
const mutatedDraft = fc
  .tuple(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 }), fc.jsonValue())
  .map(([path, junk]) => {
    const copy = structuredClone(v1) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    const keys = [...path];
    const last = keys.pop() ?? '';
    for (const key of keys) {
      // Own keys only: fast-check's strings include `__proto__`, and descending into it would put
      // the junk on Object.prototype (`toString` replaced for every later test of the file).
      if (!Object.hasOwn(node, key)) break;
      const next = node[key];
      if (typeof next !== 'object' || next === null) break;
      node = next as Record<string, unknown>;
    }
    node[last] = junk;
    return JSON.stringify(copy);
  });

function wellFormed(text: string): boolean {
  const result = restoreDraftText(text);
  if (result.ok) {
    // A restored draft is one the app can open: the report has its parts.
    const { report } = result.draft;
    return (
      typeof report.meta.agencyName === 'string' &&
      typeof report.cells === 'object' &&
      Object.values(report.cells).every((v) => typeof v === 'string')
    );
  }
  return /[\u4e00-\u9fff]/.test(result.message) && result.message.length > 6;
}

describe('property: the draft loader never throws', () => {
  it(`any text (${RUNS.text} cases) → a draft or a Chinese reason`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), wellFormed),
      {
        numRuns: RUNS.text,
      },
    );
  });

  it(`a stored draft with any part replaced by junk (${RUNS.mutatedJson} cases)`, () => {
    fc.assert(fc.property(mutatedDraft, wellFormed), { numRuns: RUNS.mutatedJson });
  });

  it(`listing a storage of any payloads (${RUNS.storage} cases) keeps every byte: opened or moved aside`, async () => {
    const payload = fc.oneof(fc.string(), mutatedDraft, fc.constant(v1Text));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(payload, { maxLength: 6 }), async (payloads) => {
        const db = await openDraftDb({}, `loader-property-${(n += 1)}`);
        for (const [i, raw] of payloads.entries())
          await db.put('drafts', recordFromText(`d${i}`, raw));
        const { drafts, corrupt } = await listDrafts(db, new Date('2026-01-20T08:00:00Z'));
        db.close();
        expect(drafts.length + corrupt.length).toBe(payloads.length);
        for (const entry of corrupt) {
          expect(entry.key.startsWith(`${entry.id}:`)).toBe(true);
          expect(payloads[Number(entry.id.slice(1))]).toBe(entry.raw);
          expect(entry.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: RUNS.storage },
    );
  });
});
