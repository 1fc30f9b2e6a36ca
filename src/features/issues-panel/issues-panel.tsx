import { memo, useEffect, useRef, useState } from 'react';
import { severityLabels, type Issue, type Severity } from '@/domain/rules/types';
import { sameFlat, useAnalysis } from '@/store/analysis';
import { setText, useAnalysisText } from '@/store/live-text';
import { useEditorStore } from '@/store/editor-store';
import { cellDomId, fieldDomId, useNavigationStore, type StepId } from '@/store/navigation-store';
import { DismissDialog } from './dismiss-dialog';
import './issues-panel.css';

const order: readonly Severity[] = ['error', 'incomplete', 'warning', 'info'];

/** Sends the clerk to the issue's step and focuses its first cell or field. */
export function goToIssue(issue: Issue): void {
  const firstCell = issue.cells[0];
  const firstField = issue.fields[0];
  const focusId = firstCell ? cellDomId(firstCell) : firstField ? fieldDomId(firstField) : null;
  const step: StepId = issue.section;
  useNavigationStore.getState().goTo(step, focusId);
}

const IssueItem = memo(
  function IssueItem({
    issue,
    onDismiss,
  }: {
    readonly issue: Issue;
    readonly onDismiss: (i: Issue) => void;
  }) {
    const dismissible = issue.severity === 'warning' || issue.severity === 'info';
    return (
      <li className={`issue issue-${issue.severity}`} data-check={issue.checkId}>
        <button type="button" className="issue-link" onClick={() => goToIssue(issue)}>
          <span className={`sev-tag sev-${issue.severity}`}>{severityLabels[issue.severity]}</span>
          <span className="issue-message">{issue.message}</span>
        </button>
        {dismissible ? (
          <button
            type="button"
            className="link-button issue-dismiss"
            data-issue-key={issue.key}
            onClick={() => onDismiss(issue)}
          >
            忽略…
          </button>
        ) : null}
      </li>
    );
  },
  // Issues are new objects on every analysis: compare what is shown.
  (a, b) =>
    a.issue.key === b.issue.key &&
    a.issue.message === b.issue.message &&
    a.issue.severity === b.issue.severity &&
    a.onDismiss === b.onDismiss,
);

const LIMIT = 60;

/**
 * The four counts. One or two change on nearly every keystroke: written into their numbers when
 * they change (useAnalysisText), not re-rendered with the panel.
 */
const IssueCounts = memo(function IssueCounts() {
  const list = useRef<HTMLUListElement>(null);
  const counts = useAnalysisText(
    (a) => a.counts,
    sameFlat,
    (next) => {
      const items = list.current?.children;
      order.forEach((sev, i) => setText(items?.[i]?.lastElementChild ?? null, String(next[sev])));
    },
  );
  return (
    <ul className="issue-counts" aria-label="按严重程度统计" ref={list}>
      {order.map((sev) => (
        <li key={sev} className={`count count-${sev}`} data-testid={`count-${sev}`}>
          {severityLabels[sev]} <strong>{counts[sev]}</strong>
        </li>
      ))}
    </ul>
  );
});

/** Counts by severity and every issue as a link; warnings and info can be dismissed with a reason. */
export function IssuesPanel() {
  const issues = useAnalysis((a) => a.issues);
  const dismissedReasons = useEditorStore((s) => s.report.dismissed);
  const [dismissing, setDismissing] = useState<Issue | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [showDismissed, setShowDismissed] = useState(false);
  const open = order.flatMap((sev) => issues.filter((i) => i.severity === sev && !i.dismissed));
  const dismissed = issues.filter((i) => i.dismissed);
  const shown = showAll ? open : open.slice(0, LIMIT);
  const list = useRef<HTMLUListElement>(null);
  const dismissedToggle = useRef<HTMLButtonElement>(null);
  // Where the focus goes once a dismissed issue's 忽略… button is gone with it.
  const refocus = useRef<HTMLElement | 'dismissed' | null>(null);
  useEffect(() => {
    const target = refocus.current;
    if (dismissing || !target) return;
    refocus.current = null;
    // Only when the focus was lost (to <body>), never taken from where it already is.
    if (document.activeElement && document.activeElement !== document.body) return;
    (target === 'dismissed' ? dismissedToggle.current : target)?.focus();
  }, [dismissing]);

  /** The next issue's 忽略… button, else the previous one's, else the 已忽略 list heading. */
  const neighbourOf = (issue: Issue): HTMLElement | 'dismissed' => {
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>('[data-issue-key]') ?? [])];
    const at = buttons.findIndex((b) => b.dataset['issueKey'] === issue.key);
    return (at < 0 ? undefined : (buttons[at + 1] ?? buttons[at - 1])) ?? 'dismissed';
  };

  return (
    <div className="issues-panel">
      <h2 className="issues-heading">检查结果</h2>
      <IssueCounts />
      {open.length === 0 ? <p className="issues-empty">没有发现问题。</p> : null}
      <ul className="issue-list" ref={list}>
        {shown.map((issue) => (
          <IssueItem key={issue.key} issue={issue} onDismiss={setDismissing} />
        ))}
      </ul>
      {open.length > LIMIT ? (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? '收起' : `显示全部 ${open.length} 条`}
        </button>
      ) : null}
      {dismissed.length > 0 ? (
        <section className="dismissed" aria-labelledby="dismissed-heading">
          <h3 id="dismissed-heading">
            <button
              ref={dismissedToggle}
              type="button"
              className="link-button"
              aria-expanded={showDismissed}
              onClick={() => setShowDismissed(!showDismissed)}
            >
              已忽略（{dismissed.length}）
            </button>
          </h3>
          {showDismissed ? (
            <ul className="issue-list">
              {dismissed.map((issue) => (
                <li key={issue.key} className="issue issue-dismissed">
                  <span className="issue-message">{issue.message}</span>
                  <span className="dismiss-reason">
                    理由：{dismissedReasons[issue.key]?.reason ?? ''}
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => useEditorStore.getState().restore(issue.key)}
                  >
                    恢复
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {dismissing ? (
        <DismissDialog
          issue={dismissing}
          onClose={() => setDismissing(null)}
          onConfirm={(reason) => {
            refocus.current = neighbourOf(dismissing);
            useEditorStore.getState().dismiss(dismissing.key, reason);
            setDismissing(null);
            setShowDismissed(true);
          }}
        />
      ) : null}
    </div>
  );
}
