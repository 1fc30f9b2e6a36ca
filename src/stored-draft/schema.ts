import { rulePackSchema } from '@/domain/rules/pack/schema';
import type { RulePack } from '@/domain/template/rule-pack';
import { SECTION_IDS } from '@/domain/template/types';
import { z } from 'zod/mini';
import { formatIds } from '@templates/index';
import type { ImportedSource, Report } from '@/domain/report/types';

/**
 * The stored shape of a draft, version 2 (version 1, the first release, kept what an import read
 * about its source as nine top-level fields of the report; version 2 keeps them in
 * `report.source`, see `migrations.ts`). A stored payload is never trusted: `restore-draft.ts` parses, migrates, restores defaults and then validates it
 * against these schemas.
 *
 * Changing anything here that an older payload would fail means: bump
 * `CURRENT_SCHEMA_VERSION`, add a migration in `migrations.ts`, and freeze a fixture of the
 * old version under `fixtures/`.
 */
export const CURRENT_SCHEMA_VERSION = 2;

const sectionId = z.enum(SECTION_IDS);

/**
 * `Report.source` (`ImportedSource`): what an import read about the printed source. A new
 * finding of the import adds its field here, beside the type (and a reader in restore-draft.ts).
 */
export const importedSourceSchema = z.object({
  blankTotals: z.optional(z.readonly(z.array(z.string()))),
  printedBlank: z.optional(z.readonly(z.array(z.string()))),
  unitsUnstated: z.optional(z.readonly(z.array(z.string()))),
  runTogether: z.optional(z.readonly(z.array(z.string()))),
  repeatedHeaders: z.optional(
    z.readonly(
      z.array(
        z.object({
          table: z.string(),
          label: z.string(),
          times: z.number(),
          missing: z.readonly(z.array(z.string())),
        }),
      ),
    ),
  ),
  changedHeaders: z.optional(
    z.readonly(z.array(z.object({ table: z.string(), printed: z.string(), label: z.string() }))),
  ),
  addedRows: z.optional(
    z.readonly(z.array(z.object({ table: z.string(), label: z.string(), after: z.string() }))),
  ),
  headings: z.optional(z.partialRecord(sectionId, z.string())),
  tablesWithoutValues: z.optional(z.readonly(z.array(z.string()))),
  tablesRowsWithoutValues: z.optional(z.readonly(z.array(z.string()))),
  endsAtHeading: z.optional(sectionId),
  listNumbering: z.optional(z.literal(true)),
  signatureAgency: z.optional(z.string()),
  titleYear: z.optional(z.string()),
  titleAgencyCut: z.optional(z.string()),
  titleAgencyAgain: z.optional(z.string()),
  titleAgainName: z.optional(z.string()),
  titleName: z.optional(z.string()),
  titleMark: z.optional(z.string()),
  titleAgencyPlaceless: z.optional(z.string()),
  titleYearless: z.optional(z.string()),
  agencyFromPreface: z.optional(z.literal(true)),
  published: z.optional(z.string()),
  repostedBy: z.optional(z.string()),
});

export const reportSchema = z.object({
  formatId: z.enum(formatIds),
  meta: z.object({
    agencyName: z.string(),
    agencyKind: z.enum(['department', 'government', 'township', 'other']),
    // Field values are kept as typed (SPEC §7): the checks judge them, never the loader.
    year: z.nullable(z.int()),
    /** 报告年度 as typed when it is not a year (`20261`); the year check reports it. */
    yearText: z.optional(z.string()),
    /** As typed: ISO when it is a date, anything else when it is not (`20261-01-20`). */
    reportDate: z.nullable(z.string()),
    preface: z.string(),
    contact: z.object({
      address: z.string(),
      postcode: z.string(),
      phone: z.string(),
      fax: z.string(),
      email: z.string(),
    }),
    contactStyle: z.optional(z.enum(['sentence', 'list'])),
  }),
  narrative: z.partialRecord(sectionId, z.string()),
  cells: z.record(z.string(), z.string()),
  cellUnits: z.record(z.string(), z.enum(['元', '万元'])),
  reportedTotals: z.record(z.string(), z.string()),
  source: z.optional(importedSourceSchema),
  dismissed: z.record(z.string(), z.object({ reason: z.string(), at: z.string() })),
  rulePack: z.optional(
    z.custom<RulePack>((v) => rulePackSchema().safeParse(v).success, {
      message: '规则包格式不正确',
    }),
  ),
});

export const storedDraftSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  /** The clerk's name for the draft (defaults to agency + year). */
  name: z.string(),
  createdAt: z.string(),
  savedAt: z.string(),
  /** Counts saves of this draft across every tab: the two-tab rule compares it. */
  revision: z.int().check(z.gte(0)),
  /** Random id of the tab that wrote this revision. */
  savedBy: z.optional(z.string()),
  report: reportSchema,
  /** Last year's report kept at hand so the cross-year checks run against it. */
  lastYear: z.nullable(reportSchema),
});

export type StoredDraft = Omit<z.infer<typeof storedDraftSchema>, 'report' | 'lastYear'> & {
  readonly report: Report;
  readonly lastYear: Report | null;
};

// The schema and the domain type must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesReport: Same<z.infer<typeof reportSchema>, Report> = true;
void schemaMatchesReport;
const schemaMatchesSource: Same<z.infer<typeof importedSourceSchema>, ImportedSource> = true;
void schemaMatchesSource;
