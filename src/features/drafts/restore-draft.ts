import { emptyContact, emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { indexTemplate } from '@/domain/template/lookup';
import { SECTION_IDS } from '@/domain/template/types';
import { formatForYear } from '@/domain/template/lookup';
import { formatById, formats, isKnownFormat } from '@templates/index';
import { migrate, type Migration, migrations, type Payload } from './migrations';
import { storedDraftSchema, type StoredDraft } from './schema';

/**
 * Loading a stored draft: parse → migrate → restore defaults → validate. Never throws; a
 * payload that cannot be read comes back as a Chinese reason (the caller keeps it aside).
 */
export type RestoreResult =
  | {
      readonly ok: true;
      readonly draft: StoredDraft;
      /** Cells and entries dropped because this version does not know them. */
      readonly dropped: number;
      /** Schema version the payload was stored with (before migration). */
      readonly from: number;
    }
  | {
      readonly ok: false;
      readonly reason: 'json' | 'shape' | 'version' | 'future';
      readonly message: string;
    };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function restoreDraftText(
  text: string,
  list: readonly Migration[] = migrations,
): RestoreResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: 'json',
      message: '数据不是有效的 JSON（可能被截断或被手工改坏）。',
    };
  }
  return restoreDraftValue(value, list);
}

export function restoreDraftValue(
  value: unknown,
  list: readonly Migration[] = migrations,
): RestoreResult {
  if (!isRecord(value))
    return { ok: false, reason: 'shape', message: '数据不是一份草稿（应为一个对象）。' };
  const migrated = migrate(value, list);
  if (!migrated.ok) return migrated;
  const counter = { dropped: 0 };
  const restored = restoreDefaults(migrated.payload, counter);
  const parsed = storedDraftSchema.safeParse(restored);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.map(String).join('.') || '（顶层）' : '';
    return {
      ok: false,
      reason: 'shape',
      message: `数据结构不符合草稿格式：字段 ${where} 缺失或取值无法识别。`,
    };
  }
  return {
    ok: true,
    draft: parsed.data as StoredDraft,
    dropped: counter.dropped,
    from: migrated.from,
  };
}

function restoreDefaults(payload: Payload, counter: { dropped: number }): Payload {
  const report = restoreReport(payload['report'], counter);
  const lastYearRaw = payload['lastYear'];
  const createdAt = typeof payload['createdAt'] === 'string' ? payload['createdAt'] : '';
  return {
    ...payload,
    name: typeof payload['name'] === 'string' ? payload['name'] : '',
    createdAt,
    savedAt: typeof payload['savedAt'] === 'string' ? payload['savedAt'] : createdAt,
    revision: payload['revision'] ?? 0,
    report,
    lastYear:
      lastYearRaw === undefined || lastYearRaw === null
        ? null
        : restoreReport(lastYearRaw, counter),
  };
}

/** Fills what is missing with the empty report's defaults and drops cells the format does not have. */
export function restoreReport(raw: unknown, counter: { dropped: number }): unknown {
  if (!isRecord(raw)) return raw;
  const meta = isRecord(raw['meta']) ? raw['meta'] : {};
  const year = meta['year'];
  let formatId = raw['formatId'];
  if (formatId === undefined && typeof year === 'number')
    formatId = formatForYear(formats, year).id;
  if (!isKnownFormat(formatId)) return { ...raw, formatId };
  const defaults = emptyReport(formatId);
  const contact = isRecord(meta['contact']) ? meta['contact'] : {};
  const inputIds = new Set(indexTemplate(formatById(formatId)).inputCells.map((c) => c.id));

  const cells: Record<string, string> = {};
  for (const [id, v] of Object.entries(isRecord(raw['cells']) ? raw['cells'] : {})) {
    const text = typeof v === 'number' && Number.isFinite(v) ? String(v) : v;
    if (typeof text === 'string' && inputIds.has(id)) cells[id] = text;
    else counter.dropped += 1;
  }
  const cellUnits: Record<string, unknown> = {};
  for (const [id, u] of Object.entries(isRecord(raw['cellUnits']) ? raw['cellUnits'] : {})) {
    if (id in cells && (u === '元' || u === '万元')) cellUnits[id] = u;
    else counter.dropped += 1;
  }
  const pickStrings = (v: unknown): Record<string, string> =>
    Object.fromEntries(
      Object.entries(isRecord(v) ? v : {}).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );

  const restored: Report = {
    ...defaults,
    formatId,
    meta: {
      ...defaults.meta,
      ...(meta as Partial<Report['meta']>),
      contact: { ...emptyContact, ...(contact as Partial<Report['meta']['contact']>) },
    },
    narrative: restoreNarrative(raw['narrative'], counter),
    cells,
    cellUnits: cellUnits as Report['cellUnits'],
    reportedTotals: pickStrings(raw['reportedTotals']),
    dismissed: (isRecord(raw['dismissed']) ? raw['dismissed'] : {}) as Report['dismissed'],
  };
  return restored;
}

const sectionIds = new Set<string>(SECTION_IDS);

function restoreNarrative(raw: unknown, counter: { dropped: number }): Report['narrative'] {
  const narrative: Record<string, string> = {};
  for (const [id, text] of Object.entries(isRecord(raw) ? raw : {})) {
    if (sectionIds.has(id) && typeof text === 'string') narrative[id] = text;
    else counter.dropped += 1;
  }
  return narrative;
}
