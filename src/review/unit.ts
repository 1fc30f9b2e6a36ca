import { computeReport, type ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { rulePackChecks } from '@/domain/rules/pack/compile';
import { countOpen, type Issue } from '@/domain/rules/types';
import { indexTemplate } from '@/domain/template/lookup';
import type { RulePack } from '@/domain/template/rule-pack';
import type { FormatTemplate } from '@/domain/template/types';
import type { Recognition } from '@/import/types';
import { formatById, formats } from '@templates/index';
import type { ReadState, ReviewUnit, UnitImport } from './types';

/**
 * Runs the checks over one unit's report: every check of SPEC §4, the reviewer's rule pack (the
 * region's requirements, SPEC §10) when one is chosen, and the pack a JSON draft carries itself
 * when it is another one.
 */
export type CheckReport = (
  template: FormatTemplate,
  report: Report,
  today: string,
  pack?: RulePack | null,
) => Issue[];

/** `computed`: the report's computed values when the caller has them already. */
export const checkWithAllRules = (
  template: FormatTemplate,
  report: Report,
  today: string,
  pack?: RulePack | null,
  computed: ComputedValues = computeReport(template, report),
): Issue[] => {
  const packs = [pack, report.rulePack].filter(
    (p, i, all): p is RulePack => p != null && all.findIndex((q) => q?.id === p.id) === i,
  );
  return evaluateChecks(template, report, {
    formats,
    computed,
    today,
    ...(packs.length > 0 ? { extraChecks: packs.flatMap((p) => rulePackChecks(p)) } : {}),
  });
};

export interface ReviewOptions {
  /** Today as ISO `YYYY-MM-DD` (the future-date check). */
  readonly today: string;
  /** The region's rule pack the reviewer chose; its checks run on every unit. */
  readonly pack?: RulePack | null;
  readonly check?: CheckReport;
}

/** The check id prefix of a pack's rules (`pack:<pack id>:`). */
export const packCheckPrefix = (pack: Pick<RulePack, 'id'>): string => `pack:${pack.id}:`;

/**
 * What the importer did not read: tables with fewer cells than the template has inputs, sections
 * whose heading was not found, lines it could not place. A JSON draft is read completely.
 */
export function readState(
  template: FormatTemplate,
  recognised: Recognition | undefined,
  unrecognised: readonly string[],
): ReadState {
  if (!recognised) return { complete: true, notes: [] };
  const notes: string[] = [];
  const { inputCells } = indexTemplate(template);
  for (const table of template.tables) {
    const total = inputCells.filter((c) => c.table === table.id).length;
    const read = recognised.tables[table.id]?.cells.length ?? 0;
    if (read < total) notes.push(`${table.shortName}：读到 ${read} / ${total} 个单元格`);
  }
  for (const section of template.sections) {
    if (recognised.sections[section.id]?.heading == null) notes.push(`未找到“${section.heading}”`);
  }
  if (unrecognised.length > 0) notes.push(`${unrecognised.length} 处内容未能识别`);
  return { complete: notes.length === 0, notes };
}

/**
 * What the review says of a JSON file that is not a draft (another program's file in the folder):
 * listed, but as passed over, not as a failure. A cut or damaged draft is a failure (its message).
 */
export const NOT_A_DRAFT = '不是年报草稿，已跳过：这个 JSON 文件不是年报助手导出的草稿。';

/**
 * The units a review's exports (通报, 审核表) speak of: the files passed over as not reports are
 * no unit's.
 */
export const reviewedUnits = (files: readonly ReviewUnit[]): ReviewUnit[] =>
  files.filter((u) => u.ok || !u.skipped);

/** One file of the review: imported (or not) and checked. */
export function reviewUnit(
  file: { readonly id: string; readonly fileName: string; readonly path?: string },
  imported: UnitImport,
  options: ReviewOptions,
): ReviewUnit {
  // Every field written out, not `{ ...base, … }`: in Node 20's V8 an object spread followed by
  // more fields gives each object a map of its own, and every read of a unit's field then misses
  // its inline cache (a reviewer's batch: one map per file; issue 17, stop 39).
  const { id, fileName } = file;
  const path = file.path ?? file.fileName;
  if (!imported.ok)
    return imported.skipped
      ? { id, fileName, path, ok: false, skipped: true, message: NOT_A_DRAFT }
      : { id, fileName, path, ok: false, message: imported.message };
  const { report } = imported;
  const template = formatById(report.formatId);
  const issues = (options.check ?? checkWithAllRules)(
    template,
    report,
    options.today,
    options.pack,
  );
  return {
    id,
    fileName,
    path,
    ok: true,
    source: imported.source,
    report,
    issues,
    counts: countOpen(issues),
    read: readState(template, imported.recognised, imported.unrecognised),
    importWarnings: imported.warnings,
    unrecognised: imported.unrecognised,
  };
}

/** A read unit checked again (another rule pack chosen); a failed one is returned as it is. */
export function recheckUnit(unit: ReviewUnit, options: ReviewOptions): ReviewUnit {
  if (!unit.ok) return unit;
  const template = formatById(unit.report.formatId);
  const issues = (options.check ?? checkWithAllRules)(
    template,
    unit.report,
    options.today,
    options.pack,
  );
  return { ...unit, issues, counts: countOpen(issues) };
}
