import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Migrations of stored drafts: pure functions, each from one schema version to the next.
 * Version 1 is the first release (frozen as `fixtures/draft-v1.json`); the next change to the
 * stored shape adds `{ from: 2, migrate }` here and freezes a version 2 draft.
 */
export type Payload = Readonly<Record<string, unknown>>;

export interface Migration {
  /** Version the migration reads; it produces `from + 1`. */
  readonly from: number;
  readonly migrate: (payload: Payload) => Payload;
}

/**
 * What version 1 kept as top-level fields of a report: what the import read about its printed
 * source, version 2's `report.source`.
 */
const V1_SOURCE_FIELDS = [
  'blankTotals',
  'printedBlank',
  'unitsUnstated',
  'runTogether',
  'repeatedHeaders',
  'changedHeaders',
  'headings',
  'signatureAgency',
  'titleYear',
] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A version 1 report with its top-level source fields moved into `source` (as they were). */
function nestSource(report: unknown): unknown {
  if (!isRecord(report)) return report;
  const source: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(report)) {
    if ((V1_SOURCE_FIELDS as readonly string[]).includes(key)) source[key] = report[key];
    // `__proto__` (an own key of parsed JSON) is no field: assigned, it would set the prototype.
    else if (key !== 'source' && key !== '__proto__') rest[key] = report[key];
  }
  return Object.keys(source).length > 0 ? { ...rest, source } : rest;
}

export const migrations: readonly Migration[] = [
  {
    from: 1,
    migrate: (payload) => ({
      ...payload,
      report: nestSource(payload['report']),
      lastYear: nestSource(payload['lastYear']),
    }),
  },
];

export type MigrateResult =
  | { readonly ok: true; readonly payload: Payload; readonly from: number }
  | { readonly ok: false; readonly reason: 'version' | 'future'; readonly message: string };

/** Brings `payload` from its `schemaVersion` up to `current`, one step at a time. */
export function migrate(
  payload: Payload,
  list: readonly Migration[] = migrations,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrateResult {
  const from = payload['schemaVersion'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    return {
      ok: false,
      reason: 'version',
      message: '数据中没有可识别的版本号（schemaVersion），无法判断其格式。',
    };
  }
  if (from > current) {
    return {
      ok: false,
      reason: 'future',
      message: `此草稿由更新版本的年报助手创建（数据版本 ${from}，本程序只认识到版本 ${current}），请使用更新版本的年报助手打开。`,
    };
  }
  let version = from;
  let value = payload;
  while (version < current) {
    const step = list.find((m) => m.from === version);
    if (!step) {
      return {
        ok: false,
        reason: 'version',
        message: `不认识数据版本 ${version}，无法升级到当前版本 ${current}。`,
      };
    }
    value = { ...step.migrate(value), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, payload: value, from };
}
