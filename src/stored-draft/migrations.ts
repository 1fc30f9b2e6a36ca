import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Migrations of stored drafts: pure functions, each from one schema version to the next.
 * Version 1 is the first release, so the list is empty; the next change to the stored shape
 * adds `{ from: 1, migrate }` here and freezes `fixtures/draft-v1.json` (already frozen).
 */
export type Payload = Readonly<Record<string, unknown>>;

export interface Migration {
  /** Version the migration reads; it produces `from + 1`. */
  readonly from: number;
  readonly migrate: (payload: Payload) => Payload;
}

export const migrations: readonly Migration[] = [];

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
