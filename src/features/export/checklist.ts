import type { Report } from '@/domain/report/types';
import { packApplies, rulePackChecks } from '@/domain/rules/pack/compile';
import type { Issue } from '@/domain/rules/types';
import type { FormatTemplate } from '@/domain/template/types';
import { formatTitle } from '@/domain/template/format-title';

/** A set of checks whose findings the checklist lists: the format's own, a local rule pack. */
export interface CheckSource {
  readonly kind: 'format' | 'pack';
  /** As the clerk reads it: `国办公开办函〔2021〕30号格式的通用检查`, `地方规则包：…（武政办发〔2025〕54号）`. */
  readonly title: string;
  /** False for a pack whose years do not include the report's: its checks did not run. */
  readonly applies: boolean;
}

/** What is still wrong at export time, grouped the way the clerk must read it. */
export interface ExportChecklist {
  readonly errors: readonly Issue[];
  readonly incomplete: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly dismissed: readonly { readonly issue: Issue; readonly reason: string }[];
  /** Anything but dismissed warnings (and info) remains: the clerk must confirm the export. */
  readonly needsConfirmation: boolean;
  /** Whose checks the lists hold, the format's first. */
  readonly sources: readonly CheckSource[];
  /** Keys of the issues found by the rule pack's checks (tagged in the lists). */
  readonly fromPack: ReadonlySet<string>;
}

export function exportChecklist(
  issues: readonly Issue[],
  report: Report,
  template: FormatTemplate,
): ExportChecklist {
  const open = issues.filter((i) => !i.dismissed);
  const errors = open.filter((i) => i.severity === 'error');
  const incomplete = open.filter((i) => i.severity === 'incomplete');
  const warnings = open.filter((i) => i.severity === 'warning');
  const dismissed = issues
    .filter((i) => i.dismissed)
    .map((issue) => ({ issue, reason: report.dismissed[issue.key]?.reason ?? '' }));
  const pack = report.rulePack;
  const packCheckIds = new Set(pack ? rulePackChecks(pack).map((c) => c.id) : []);
  const sources: CheckSource[] = [
    { kind: 'format', title: `${formatTitle(template)}的通用检查`, applies: true },
  ];
  if (pack) {
    sources.push({
      kind: 'pack',
      title: `地方规则包：${pack.name}（${pack.source}）`,
      applies: packApplies(pack, report.meta.year),
    });
  }
  return {
    errors,
    incomplete,
    warnings,
    dismissed,
    needsConfirmation: errors.length + incomplete.length + warnings.length > 0,
    sources,
    fromPack: new Set(issues.filter((i) => packCheckIds.has(i.checkId)).map((i) => i.key)),
  };
}
