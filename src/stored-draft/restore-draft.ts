import { parseRulePack } from '@/domain/rules/pack/schema';
import { emptyReport } from '@/domain/report/empty-report';
import type { ImportedSource, Report } from '@/domain/report/types';
import { indexTemplate } from '@/domain/template/lookup';
import { formatForYear } from '@/domain/template/lookup';
import {
  SECTION_IDS,
  type FormatId,
  type FormatTemplate,
  type MoneyUnit,
  type SectionId,
} from '@/domain/template/types';
import { formatById, formats, isKnownFormat } from '@templates/index';
import { migrate, type Migration, migrations, type Payload } from './migrations';
import { CURRENT_SCHEMA_VERSION, type StoredDraft } from './schema';

/**
 * Loading a stored draft: parse → migrate → restore, in one pass. Never throws; a payload that
 * cannot be read comes back as a Chinese reason (the caller keeps it aside).
 *
 * The restore validates as it builds: every field of the draft it returns is made here, of its
 * type, and nothing else is copied — the draft is exactly what `storedDraftSchema` (schema.ts)
 * makes of it: its keys in the schema's order, unknown keys left out, `__proto__` keys of
 * records left out, the lists of `source` frozen. So it is not validated again with zod (that cost as
 * much as the restore itself: ~65 ms per 1,000 drafts in `nianbao check`, issue 17);
 * `restore-draft.schema.property.test.ts` holds the restored drafts of arbitrary payloads to the
 * schema (accepted, and its output identical, key order included).
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

export interface RestoreOptions {
  /**
   * The value is the caller's alone (parsed from JSON just now, held by nothing else): a record
   * already as a draft keeps it (every entry text, none dropped) is kept as it is, not copied —
   * a report's ~200 cells, per draft of a reviewer's batch (issue 17).
   */
  readonly owned?: boolean;
}

export function restoreDraftValue(
  value: unknown,
  list: readonly Migration[] = migrations,
  options: RestoreOptions = {},
): RestoreResult {
  if (!isRecord(value))
    return { ok: false, reason: 'shape', message: '数据不是一份草稿（应为一个对象）。' };
  const migrated = migrate(value, list);
  if (!migrated.ok) return migrated;
  const counter = { dropped: 0 };
  const draft = restoreDraft(migrated.payload, counter, options.owned === true);
  if (draft === null) {
    // The message zod's first issue gave, when the schema validated a restored draft.
    return {
      ok: false,
      reason: 'shape',
      message: '数据结构不符合草稿格式：字段 report 缺失或取值无法识别。',
    };
  }
  return { ok: true, draft, dropped: counter.dropped, from: migrated.from };
}

/**
 * Every top-level field brought to its type. Only the report itself being absent or not an
 * object makes a payload unreadable (null); a field value never does (SPEC §7).
 */
function restoreDraft(
  payload: Payload,
  counter: { dropped: number },
  owned: boolean,
): StoredDraft | null {
  const report = restoreReport(payload['report'], counter, owned);
  if (report === null) return null;
  const lastYearRaw = payload['lastYear'];
  // Last year's report is a help for the checks: when it cannot be read, the draft goes on without it.
  const lastYear = isRecord(lastYearRaw) ? restoreReport(lastYearRaw, counter, owned) : null;
  if (lastYearRaw !== undefined && lastYearRaw !== null && lastYear === null) counter.dropped += 1;
  const createdAt = text(payload['createdAt']) ?? '';
  const revision = payload['revision'];
  const savedBy = text(payload['savedBy']);
  return {
    // migrate() stamps every step's version: a migrated payload is at the current one.
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: nonEmpty(text(payload['id'])) ?? 'draft',
    name: text(payload['name']) ?? '',
    createdAt,
    savedAt: text(payload['savedAt']) ?? createdAt,
    revision:
      typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 0
        ? revision
        : 0,
    ...(savedBy === undefined ? {} : { savedBy }),
    report,
    lastYear,
  };
}

const count = <T>(counter: { dropped: number }, value: T): T => {
  counter.dropped += 1;
  return value;
};

const nonEmpty = (v: string | undefined): string | undefined => (v === '' ? undefined : v);

/** A text field: strings as they are, numbers and booleans as written; anything else is not text. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') return String(v);
  return undefined;
}

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A report year written any way a person or a program might: 2024, '2024', '２０２４', '二〇二四'. */
function restoreYear(v: unknown): number | null | undefined {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const digits = v
    .trim()
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[〇零一二三四五六七八九]/g, (d) => CHINESE_DIGITS[d] ?? d)
    .replace(/年$/, '');
  if (digits === '') return null;
  return /^\d{1,6}$/.test(digits) ? Number(digits) : undefined;
}

const AGENCY_KINDS = new Set(['department', 'government', 'township', 'other']);

/**
 * The format of a stored report: as stored when known; else the one whose cells the report
 * holds (its figures must not be dropped for a damaged `formatId`); else by year; else 2021.
 */
function restoreFormat(raw: Record<string, unknown>, year: number | null): FormatId {
  const stored = raw['formatId'];
  if (isKnownFormat(stored)) return stored;
  const ids = Object.keys(isRecord(raw['cells']) ? raw['cells'] : {});
  if (ids.length > 0) {
    const scored = formats.map((f) => {
      const known = indexTemplate(f).cells;
      return { id: f.id, score: ids.filter((id) => known.has(id)).length };
    });
    const best = Math.max(...scored.map((s) => s.score));
    const winners = scored.filter((s) => s.score === best);
    if (best > 0 && winners.length === 1 && winners[0]) return winners[0].id;
  }
  // No year either: the format in force (the one whose years never end).
  return formatForYear(formats, year ?? Number.MAX_SAFE_INTEGER).id;
}

/**
 * A record of strings: numbers kept as written, other entries dropped (and counted). A key
 * `__proto__` is left out, as zod's records leave it out (assigned, it would set the prototype).
 * `owned`: `v` is the caller's alone, and returned itself when it is such a record already.
 */
function strings(
  v: unknown,
  counter: { dropped: number },
  keep?: (id: string) => boolean,
  owned = false,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  if (owned && isStringRecord(v, keep)) return v as Record<string, string>;
  for (const id of Object.keys(v)) {
    const t = text(v[id]);
    if (t === undefined || (keep !== undefined && !keep(id))) counter.dropped += 1;
    else if (id !== PROTO) out[id] = t;
  }
  return out;
}

const PROTO = '__proto__';

/**
 * Whether `strings` would copy `v` unchanged: a plain object (as JSON.parse makes) whose own
 * entries are all text, kept by `keep`, none `__proto__` (a plain object inherits nothing
 * enumerable, so `for…in` lists its own keys, in the order `Object.keys` does).
 */
function isStringRecord(v: Record<string, unknown>, keep?: (id: string) => boolean): boolean {
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const id in v)
    if (typeof v[id] !== 'string' || id === PROTO || (keep !== undefined && !keep(id)))
      return false;
  return true;
}

/** The ids of a format's input cells (the cells a draft keeps), per template. */
const inputIdsCache = new WeakMap<FormatTemplate, ReadonlySet<string>>();
function inputIdsOf(template: FormatTemplate): ReadonlySet<string> {
  let ids = inputIdsCache.get(template);
  if (!ids) {
    ids = new Set(indexTemplate(template).inputCells.map((c) => c.id));
    inputIdsCache.set(template, ids);
  }
  return ids;
}

/** A list of ids as a draft keeps it: the strings kept (frozen, as z.readonly made them). */
function idList(value: unknown, counter: { dropped: number }): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    counter.dropped += 1;
    return undefined;
  }
  const kept = value.filter((b): b is string => typeof b === 'string');
  counter.dropped += value.length - kept.length;
  return kept.length > 0 ? Object.freeze(kept) : undefined;
}

/**
 * A list of records an import kept: each entry `read` accepts, the others dropped and counted
 * (frozen, as z.readonly made them); undefined when none is kept.
 */
function recordList<T>(
  value: unknown,
  counter: { dropped: number },
  read: (r: Record<string, unknown>) => T | null,
): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    counter.dropped += 1;
    return undefined;
  }
  const kept: T[] = [];
  for (const r of value as unknown[]) {
    const entry = isRecord(r) ? read(r) : null;
    if (entry === null) counter.dropped += 1;
    else kept.push(entry);
  }
  return kept.length > 0 ? Object.freeze(kept) : undefined;
}

/** Header labels an import found printed in another's place; entries not of that shape dropped. */
function restoreRepeatedHeaders(
  value: unknown,
  counter: { dropped: number },
): ImportedSource['repeatedHeaders'] {
  return recordList(value, counter, (r) => {
    const missing = r['missing'];
    return typeof r['table'] === 'string' &&
      typeof r['label'] === 'string' &&
      typeof r['times'] === 'number' &&
      Array.isArray(missing) &&
      missing.every((m) => typeof m === 'string')
      ? {
          table: r['table'],
          label: r['label'],
          times: r['times'],
          missing: Object.freeze([...(missing as string[])]),
        }
      : null;
  });
}

/** Header labels an import found changed into other words; entries not of that shape dropped. */
function restoreChangedHeaders(
  value: unknown,
  counter: { dropped: number },
): ImportedSource['changedHeaders'] {
  return recordList(value, counter, (r) =>
    typeof r['table'] === 'string' &&
    typeof r['printed'] === 'string' &&
    typeof r['label'] === 'string'
      ? { table: r['table'], printed: r['printed'], label: r['label'] }
      : null,
  );
}

/** Rows an import found that the format lacks; entries not of that shape dropped. */
function restoreAddedRows(
  value: unknown,
  counter: { dropped: number },
): ImportedSource['addedRows'] {
  return recordList(value, counter, (r) =>
    typeof r['table'] === 'string' &&
    typeof r['label'] === 'string' &&
    typeof r['after'] === 'string'
      ? { table: r['table'], label: r['label'], after: r['after'] }
      : null,
  );
}

/** A text an import kept: kept when not empty; anything else dropped (and counted). */
function sourceText(value: unknown, counter: { dropped: number }): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (value !== undefined) counter.dropped += 1;
  return undefined;
}

type SourceReaders = {
  readonly [K in keyof ImportedSource]-?: (
    value: unknown,
    counter: { dropped: number },
  ) => ImportedSource[K] | undefined;
};

/**
 * How each field of `ImportedSource` is restored (undefined: left out), in the order of
 * `importedSourceSchema` (schema.ts). A new field of the type fails to compile until it has one.
 */
const sourceReaders: SourceReaders = {
  blankTotals: idList,
  printedBlank: idList,
  unitsUnstated: idList,
  runTogether: idList,
  repeatedHeaders: restoreRepeatedHeaders,
  changedHeaders: restoreChangedHeaders,
  addedRows: restoreAddedRows,
  headings: (value, counter) => {
    if (value === undefined) return undefined;
    const headings = strings(value, counter, (id) => sectionIds.has(id));
    return Object.keys(headings).length > 0 ? headings : undefined;
  },
  tablesWithoutValues: idList,
  tablesRowsWithoutValues: idList,
  endsAtHeading: (value, counter) => {
    const id = sourceText(value, counter);
    if (id === undefined || sectionIds.has(id)) return id as SectionId | undefined;
    counter.dropped += 1;
    return undefined;
  },
  listNumbering: (value, counter) => {
    if (value === true || value === undefined) return value;
    counter.dropped += 1;
    return undefined;
  },
  signatureAgency: sourceText,
  titleYear: sourceText,
  titleAgencyCut: sourceText,
  titleAgencyAgain: sourceText,
  titleAgainName: sourceText,
  titleName: sourceText,
  titleMark: sourceText,
  titleAgencyPlaceless: sourceText,
  titleYearless: sourceText,
  agencyFromPreface: (value, counter) => {
    if (value === true || value === undefined) return value;
    counter.dropped += 1;
    return undefined;
  },
  published: sourceText,
  repostedBy: sourceText,
};

const SOURCE_FIELDS = Object.keys(sourceReaders) as (keyof ImportedSource)[];

/**
 * What an import recorded of its source (`Report.source`: blank printed totals, bare amounts in a
 * column whose header prints no unit, headings as written, the signature's agency), when any of
 * it is present. A `source` that is not an object is dropped (and counted).
 */
function restoreSource(raw: unknown, counter: { dropped: number }): Pick<Report, 'source'> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    counter.dropped += 1;
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const key of SOURCE_FIELDS) {
    const value = sourceReaders[key](raw[key], counter);
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length > 0 ? { source: out as ImportedSource } : {};
}

/**
 * Fills what is missing with the empty report's defaults, brings every field to its type and
 * drops cells the format does not have. What the clerk typed is kept as typed, whatever it is
 * (`20261-01-20` as 成文日期, `12.5` or `无` in a count): the checks report it, the loader does
 * not judge it. Null when `raw` is not an object (unreadable). The keys are written in the
 * order of `reportSchema` (schema.ts), as the schema's output had them.
 */
export function restoreReport(
  raw: unknown,
  counter: { dropped: number },
  owned = false,
): Report | null {
  if (!isRecord(raw)) return null;
  const meta = isRecord(raw['meta']) ? raw['meta'] : {};
  const contact = isRecord(meta['contact']) ? meta['contact'] : {};
  const year = restoreYear(meta['year']);
  // A year typed but not a year is kept as typed (`yearText`), never dropped: the check says so.
  const typedYear = text(meta['yearText']) ?? (year === undefined ? text(meta['year']) : undefined);
  if (year === undefined && typedYear === undefined) counter.dropped += 1;
  const formatId = restoreFormat(raw, year ?? null);
  const inputIds = inputIdsOf(formatById(formatId));
  const cells = strings(raw['cells'], counter, (id) => inputIds.has(id), owned);
  const cellUnits: Record<string, MoneyUnit> = {};
  const unitsRaw = raw['cellUnits'];
  if (isRecord(unitsRaw)) {
    for (const id of Object.keys(unitsRaw)) {
      const u = unitsRaw[id];
      // `cells` never holds `__proto__` (not a cell id), so neither does this.
      if (Object.prototype.hasOwnProperty.call(cells, id) && (u === '元' || u === '万元'))
        cellUnits[id] = u;
      else counter.dropped += 1;
    }
  }
  const field = (key: string, from: Record<string, unknown> = meta): string => {
    const v = from[key];
    const t = text(v);
    if (t === undefined && v !== undefined && v !== null) counter.dropped += 1;
    return t ?? '';
  };
  const kind = meta['agencyKind'];
  const reportDate = meta['reportDate'];
  const agencyName = field('agencyName');
  const agencyKind =
    typeof kind === 'string' && AGENCY_KINDS.has(kind)
      ? (kind as Report['meta']['agencyKind'])
      : kind === undefined
        ? DEFAULT_AGENCY_KIND
        : count(counter, DEFAULT_AGENCY_KIND);
  const restoredDate =
    reportDate === null || reportDate === undefined
      ? null
      : (text(reportDate) ?? count(counter, null));
  const preface = field('preface');
  const restored: Report = {
    formatId,
    meta: {
      agencyName,
      agencyKind,
      year: year ?? null,
      ...((year ?? null) === null && typedYear !== undefined && typedYear.trim() !== ''
        ? { yearText: typedYear }
        : {}),
      reportDate: restoredDate,
      preface,
      contact: {
        address: field('address', contact),
        postcode: field('postcode', contact),
        phone: field('phone', contact),
        fax: field('fax', contact),
        email: field('email', contact),
      },
      ...(meta['contactStyle'] === 'list' ? { contactStyle: 'list' as const } : {}),
    },
    narrative: strings(raw['narrative'], counter, (id) => sectionIds.has(id), owned),
    cells,
    cellUnits,
    reportedTotals: strings(raw['reportedTotals'], counter, undefined, owned),
    ...restoreSource(raw['source'], counter),
    dismissed: restoreDismissed(raw['dismissed'], counter),
    ...restoreRulePack(raw['rulePack'], counter),
  };
  return restored;
}

/** The agency kind of a new report. */
const DEFAULT_AGENCY_KIND = emptyReport('2021').meta.agencyKind;

const sectionIds = new Set<string>(SECTION_IDS);

function restoreDismissed(raw: unknown, counter: { dropped: number }): Report['dismissed'] {
  const out: Record<string, Report['dismissed'][string]> = {};
  if (!isRecord(raw)) return out;
  for (const key of Object.keys(raw)) {
    const v = raw[key];
    const reason = isRecord(v) ? text(v['reason']) : undefined;
    if (reason === undefined || !isRecord(v)) {
      counter.dropped += 1;
      continue;
    }
    // Left out as zod's record left it out (see `strings`).
    if (key !== PROTO) out[key] = { reason, at: text(v['at']) ?? '' };
  }
  return out;
}

/** The draft's rule pack when it is still a valid pack; an invalid one is dropped (and counted). */
function restoreRulePack(raw: unknown, counter: { dropped: number }): Partial<Report> {
  if (raw === undefined) return {};
  const parsed = parseRulePack(raw);
  if (parsed.ok) return { rulePack: parsed.pack };
  counter.dropped += 1;
  return {};
}
