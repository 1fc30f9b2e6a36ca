import type { Issue } from '@/domain/rules/types';
import type { ExportChecklist } from './checklist';

function Group({
  title,
  issues,
  tone,
}: {
  readonly title: string;
  readonly issues: readonly Issue[];
  readonly tone: string;
}) {
  if (issues.length === 0) return null;
  return (
    <section className={`export-group export-${tone}`}>
      <h4>
        {title}（{issues.length}）
      </h4>
      <ul>
        {issues.map((i) => (
          <li key={i.key}>{i.message}</li>
        ))}
      </ul>
    </section>
  );
}

/** The checklist as lists: errors, incomplete items, open warnings, dismissed warnings with reasons. */
export function ChecklistView({ checklist }: { readonly checklist: ExportChecklist }) {
  return (
    <div className="export-checklist">
      <Group title="错误" issues={checklist.errors} tone="error" />
      <Group title="未完成" issues={checklist.incomplete} tone="incomplete" />
      <Group title="未处理的提醒" issues={checklist.warnings} tone="warning" />
      {checklist.dismissed.length > 0 ? (
        <section className="export-group export-dismissed">
          <h4>已忽略的提醒（{checklist.dismissed.length}）</h4>
          <ul>
            {checklist.dismissed.map(({ issue, reason }) => (
              <li key={issue.key}>
                {issue.message}
                <span className="export-reason">忽略理由：{reason || '（未填写）'}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
