import type { CheckContext } from '../evaluate-checks';
import { issue, reportTexts } from '../support';
import type { Issue } from '../types';

/** Filling instructions and placeholders of the official template and of drafts. */
const PLACEHOLDERS: readonly RegExp[] = [
  /编写说明/,
  /（文字描述[^）]*）?/,
  /[XＸ]{2,}|×{2,}/,
  /（指[^）]{0,40}）/,
  /【[^】]{0,20}(?:填写|此处)[^】]{0,20}】/,
];

/** Template instructions or placeholders left in the text (warning). */
export function templateTextChecks({ template, report }: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const notes = template.sections.flatMap((s) => (s.templateNote ? [s.templateNote] : []));
  for (const { section, field, text } of reportTexts(report)) {
    const found =
      notes.find((n) => text.includes(n)) ??
      PLACEHOLDERS.map((p) => p.exec(text)?.[0]).find(Boolean);
    if (!found) continue;
    issues.push(
      issue({
        checkId: 'template-text-left',
        severity: 'warning',
        target: section,
        fields: [field],
        section,
        message: `文中留有模板说明或占位符「${found.length > 30 ? `${found.slice(0, 30)}…` : found}」，请替换为实际内容`,
      }),
    );
  }
  return issues;
}
