import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '@/testing/property-runs';
import v1Text from './fixtures/draft-v1.json?raw';
import wuwei from '@templates/rule-packs/wuwei-2025.json?raw';
import { restoreDraftText, restoreDraftValue } from './restore-draft';
import {
  CURRENT_SCHEMA_VERSION,
  importedSourceSchema,
  reportSchema,
  storedDraftSchema,
} from './schema';

/**
 * The restore validates as it builds (issue 17: no second pass with zod). What it returns must
 * be exactly what `storedDraftSchema` makes of it — accepted, and the schema's output the same
 * text, key order included (drafts are stored and exported as JSON) — for any damaged payload,
 * and a payload it refuses is refused as the schema refused it.
 */

const v1 = (): Record<string, unknown> => JSON.parse(v1Text) as Record<string, unknown>;

/** Keys of every level of a draft (read from the schema: a field added later is covered), and some a hostile file might hold. */
const key = fc.constantFrom(
  ...new Set([
    ...Object.keys(storedDraftSchema.shape),
    ...Object.keys(reportSchema.shape),
    ...Object.keys(reportSchema.shape.meta.shape),
    ...Object.keys(reportSchema.shape.meta.shape.contact.shape),
    ...Object.keys(importedSourceSchema.shape),
    '__proto__',
    'constructor',
    'toString',
    'overview',
    't3.granted.naturalPerson',
    'reason',
    'at',
    '12',
  ]),
);
/** What an import records, well formed or nearly (the fields added last: blank totals, bare amounts, repeated headers). */
const imported = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom('t3.total', 't2.centralProcurement.amount'), fc.jsonValue())),
  fc.array(
    fc.record(
      {
        table: fc.oneof(fc.constantFrom('表三', ''), fc.jsonValue()),
        label: fc.string(),
        times: fc.oneof(
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.string(),
        ),
        missing: fc.oneof(fc.array(fc.string()), fc.array(fc.jsonValue())),
      },
      { requiredKeys: ['table', 'label', 'times'] },
    ),
  ),
);
const junk = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(key, fc.jsonValue()),
  fc.constantFrom('元', '万元', 'list', 'government', '二〇二四', 2024, -3, 1.5, '', null),
  fc.constant(wuwei).map((text) => JSON.parse(text) as unknown),
  imported,
  // A dismissal under a key Object.prototype also has (an own `constructor` fooled toStrictEqual).
  fc.dictionary(key, fc.record({ reason: fc.string(), at: fc.string() })),
);

/** Sets `value` at `path` as an own property (so `__proto__` is a key, as JSON.parse makes it). */
function setAt(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  const own = (node: Record<string, unknown>, k: string, v: unknown): void => {
    Object.defineProperty(node, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  let node = root;
  for (const k of path.slice(0, -1)) {
    const next: unknown = Object.hasOwn(node, k) ? node[k] : undefined;
    if (typeof next !== 'object' || next === null) own(node, k, {});
    node = Object.getOwnPropertyDescriptor(node, k)?.value as Record<string, unknown>;
  }
  own(node, path[path.length - 1] ?? '', value);
}

/**
 * The same tree: same prototypes, own keys in the same order, primitives the same (`Object.is`).
 * Not `toStrictEqual`: it compares `a.constructor === b.constructor`, and a record holding an own
 * key `constructor` (a dismissal stored under that id) makes two equal trees differ ("Compared
 * values have no visual difference"); that was the fuzz run's one failure in ~810k cases.
 */
function expectSameTree(actual: unknown, expected: unknown, at = 'draft'): void {
  if (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || !expected) {
    if (!Object.is(actual, expected))
      throw new Error(`${at}: ${String(actual)} is not ${String(expected)}`);
    return;
  }
  expect(Object.getPrototypeOf(actual), `${at}: prototype`).toBe(Object.getPrototypeOf(expected));
  expect(Object.isFrozen(actual), `${at}: frozen`).toBe(Object.isFrozen(expected));
  expect(Reflect.ownKeys(actual), `${at}: keys`).toEqual(Reflect.ownKeys(expected));
  for (const k of Reflect.ownKeys(expected)) {
    const a = Object.getOwnPropertyDescriptor(actual, k);
    const e = Object.getOwnPropertyDescriptor(expected, k);
    expect(a?.enumerable, `${at}.${String(k)}: enumerable`).toBe(e?.enumerable);
    expectSameTree(a?.value, e?.value, `${at}.${String(k)}`);
  }
}

function expectSchemaOutput(payload: unknown): void {
  const result = restoreDraftText(JSON.stringify(payload));
  if (!result.ok) {
    // Refused for its version (migrate), or for a report that is not an object.
    if (result.reason !== 'shape') return;
    expect(result.message).toBe('数据结构不符合草稿格式：字段 report 缺失或取值无法识别。');
    const report = (JSON.parse(JSON.stringify(payload)) as Record<string, unknown>)['report'];
    expect(typeof report === 'object' && report !== null && !Array.isArray(report)).toBe(false);
    expect(storedDraftSchema.shape.report.safeParse(report).success).toBe(false);
    return;
  }
  const parsed = storedDraftSchema.safeParse(result.draft);
  expect(parsed.success).toBe(true);
  expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(result.draft));
  expectSameTree(parsed.data, result.draft);
  if (result.draft.report.source?.blankTotals)
    expect(Object.isFrozen(result.draft.report.source?.blankTotals)).toBe(true);
}

describe('restore, validated in one pass (property)', () => {
  it('a restored draft is what the schema makes of it, for any damaged payload', () => {
    const prefix = fc.constantFrom(
      [],
      ['report'],
      ['report', 'meta'],
      ['lastYear', 'meta'],
      ['report', 'source'],
      ['lastYear', 'source'],
    );
    const path = fc
      .tuple(prefix, fc.array(key, { minLength: 1, maxLength: 3 }))
      .map(([p, rest]) => [...p, ...rest]);
    const edits = fc.array(fc.tuple(path, junk), { maxLength: 6 });
    // Version 1 (its source's fields at the top of the report, moved by the migration) and the
    // current version (in `report.source`).
    const version = fc.constantFrom(1, CURRENT_SCHEMA_VERSION);
    fc.assert(
      fc.property(edits, fc.boolean(), version, (changes, lastYear, schemaVersion) => {
        const payload: Record<string, unknown> = { ...v1(), schemaVersion };
        if (lastYear) payload['lastYear'] = structuredClone(payload['report']);
        for (const [path, value] of changes) setAt(payload, path, value);
        expectSchemaOutput(payload);
      }),
      { numRuns: runs(300) },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('a payload parsed just now and restored as owned (its records kept, not copied) is the same draft', () => {
    const prefix = fc.constantFrom([], ['report'], ['report', 'cells'], ['lastYear', 'narrative']);
    const path = fc
      .tuple(prefix, fc.array(key, { minLength: 1, maxLength: 3 }))
      .map(([p, rest]) => [...p, ...rest]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(path, junk), { maxLength: 6 }),
        fc.boolean(),
        (changes, last) => {
          const payload = v1();
          if (last) payload['lastYear'] = structuredClone(payload['report']);
          for (const [path, value] of changes) setAt(payload, path, value);
          const text = JSON.stringify(payload);
          const copied = restoreDraftValue(JSON.parse(text));
          const owned = restoreDraftValue(JSON.parse(text), undefined, { owned: true });
          expect(owned.ok).toBe(copied.ok);
          if (!owned.ok || !copied.ok) return;
          expect(owned.dropped).toBe(copied.dropped);
          expect(JSON.stringify(owned.draft)).toBe(JSON.stringify(copied.draft));
          expectSameTree(owned.draft, copied.draft);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('an owned payload keeps a record of texts as it is, and copies one it must change', () => {
    const payload = v1() as { report: { cells: Record<string, unknown> } };
    const cells = payload.report.cells;
    const kept = restoreDraftValue(payload, undefined, { owned: true });
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.draft.report.cells).toBe(cells);
    const id = Object.keys(cells)[0] ?? '';
    const changed = v1() as { report: { cells: Record<string, unknown> } };
    changed.report.cells[id] = 12;
    changed.report.cells['no.such.cell'] = '1';
    const copied = restoreDraftValue(changed, undefined, { owned: true });
    if (!copied.ok) throw new Error(copied.message);
    expect(copied.draft.report.cells).not.toBe(changed.report.cells);
    expect(copied.draft.report.cells[id]).toBe('12');
    expect(copied.draft.report.cells).not.toHaveProperty('no.such.cell');
    expect(copied.dropped).toBe(1);
  });

  it('a payload of any keys is restored as the schema makes it, or refused as it refused', () => {
    fc.assert(
      fc.property(fc.dictionary(key, junk), (fields) => {
        const payload: Record<string, unknown> = { schemaVersion: 1 };
        for (const [k, v] of Object.entries(fields)) setAt(payload, [k], v);
        expectSchemaOutput(payload);
      }),
      { numRuns: runs(300) },
    );
  });

  it("a dismissal stored under `constructor` (the fuzz run's counterexample)", () => {
    const payload = v1();
    setAt(payload, ['report', 'dismissed', 'constructor'], { reason: 'r' });
    setAt(payload, ['report', 'reportedTotals', 'constructor'], '3');
    expectSchemaOutput(payload);
    const result = restoreDraftValue(payload);
    if (!result.ok) throw new Error(result.message);
    expect(Object.hasOwn(result.draft.report.dismissed, 'constructor')).toBe(true);
    expect(result.draft.report.dismissed['constructor']).toEqual({ reason: 'r', at: '' });
    expect(Object.getPrototypeOf(result.draft.report.dismissed)).toBe(Object.prototype);
  });

  it('a report with a rule pack, import notes and `__proto__` keys', () => {
    const payload = JSON.parse(
      JSON.stringify({ ...v1(), extra: 1 }).replace(
        '"dismissed":{',
        `"rulePack":${wuwei},"blankTotals":["t3.total",3],"headings":{"overview":"一、总体情况","x":"y","__proto__":"z"},"signatureAgency":"示例市财政全融局","reportedTotals":{"__proto__":"5"},"dismissed":{"__proto__":{"reason":"r"},`,
      ),
    ) as Record<string, unknown>;
    setAt(payload, ['report', 'meta', 'contactStyle'], 'list');
    setAt(payload, ['report', 'meta', 'year'], '二〇二四年度');
    expectSchemaOutput(payload);
    const result = restoreDraftValue(payload);
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.report.rulePack?.id).toBe('wuwei-2025');
    expect(result.draft.report.source?.signatureAgency).toBe('示例市财政全融局');
    expect(Object.getPrototypeOf(result.draft.report.reportedTotals)).toBe(Object.prototype);
    expect(Object.keys(result.draft.report.dismissed)).not.toContain('__proto__');
    expect(result.draft).not.toHaveProperty('extra');
    expect(result.draft.report.meta).toMatchObject({
      contactStyle: 'list',
      yearText: '二〇二四年度',
    });
  });
});
