import type { Issue } from '@/domain/rules/types';
import type { ExportChecklist } from './checklist';

/** The tag of an issue found by the rule pack's checks. */
function PackTag({ show }: { readonly show: boolean }) {
  return show ? <span className="export-source">地方规则包</span> : null;
}

function Group({
  title,
  issues,
  tone,
  fromPack,
}: {
  readonly title: string;
  readonly issues: readonly Issue[];
  readonly tone: string;
  readonly fromPack: ReadonlySet<string>;
}) {
  if (issues.length === 0) return null;
  return (
    <section className={`export-group export-${tone}`}>
      <h4>
        {title}（{issues.length}）
      </h4>
      <ul>
        {issues.map((i) => (
          <li key={i.key}>
            <PackTag show={fromPack.has(i.key)} />
            {i.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The checklist as lists: whose checks it holds (the format's, a rule pack's), then errors,
 * incomplete items, open warnings, dismissed warnings with reasons.
 */
export function ChecklistView({ checklist }: { readonly checklist: ExportChecklist }) {
  const { fromPack } = checklist;
  return (
    <div className="export-checklist">
      <div className="export-sources">
        <span>本清单包括：</span>
        <ul aria-label="本清单包括的检查">
          {checklist.sources.map((s) => (
            <li key={s.kind} className={`export-source-${s.kind}`}>
              {s.title}
              {s.applies ? '' : '（不适用于本报告年度，未检查）'}
            </li>
          ))}
        </ul>
      </div>
      <Group title="错误" issues={checklist.errors} tone="error" fromPack={fromPack} />
      <Group title="未完成" issues={checklist.incomplete} tone="incomplete" fromPack={fromPack} />
      <Group title="未处理的提醒" issues={checklist.warnings} tone="warning" fromPack={fromPack} />
      {checklist.dismissed.length > 0 ? (
        <section className="export-group export-dismissed">
          <h4>已忽略的提醒（{checklist.dismissed.length}）</h4>
          <ul>
            {checklist.dismissed.map(({ issue, reason }) => (
              <li key={issue.key}>
                <PackTag show={fromPack.has(issue.key)} />
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
