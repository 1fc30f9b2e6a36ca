import type { ReactNode } from 'react';
import { outstandingText } from '@/domain/rules/outstanding';
import type { Severity } from '@/domain/rules/types';
import type { FormatTemplate } from '@/domain/template/types';
import { sameFlat, useAnalysis } from '@/store/analysis';
import { useEditorStore } from '@/store/editor-store';
import { useNavigationStore } from '@/store/navigation-store';
import { RulePackField } from './rule-pack-field';
import { allStepStates, stepsOf, stepStateLabels } from './step-state';
import { formatTitle } from '@/domain/template/format-title';

const severityLabels: Readonly<Record<Severity, string>> = {
  error: '错误',
  incomplete: '未完成',
  warning: '提醒',
  info: '提示',
};

/**
 * 检查与导出: the state of every step, the counts, then the export panel (which lists open issues
 * and the dismissed warnings with their reasons).
 */
export function ReviewStep({
  template,
  exportStep,
}: {
  readonly template: FormatTemplate;
  readonly exportStep?: ReactNode;
}) {
  const parsed = useAnalysis((a) => a.counts, sameFlat);
  const steps = stepsOf(template).filter((s) => s.id !== 'review');
  const states = useAnalysis((a, report) => allStepStates(template, report, a.issues), sameFlat);
  const dismissed = useEditorStore((s) => s.report.dismissed);
  const goTo = useNavigationStore((s) => s.goTo);
  const ready = parsed.error === 0 && parsed.incomplete === 0;
  return (
    <section className="step-section" aria-labelledby="heading-review">
      <h2 id="heading-review">检查与导出</h2>
      <p className={`review-verdict ${ready ? 'verdict-ok' : 'verdict-bad'}`}>
        {ready
          ? '没有错误和未完成项，可以导出。'
          : parsed.error > 0
            ? `还有 ${outstandingText({ error: parsed.error, incomplete: parsed.incomplete })}。请先改正错误；仍要导出时，导出前会列出问题请您确认。`
            : `还有 ${outstandingText({ incomplete: parsed.incomplete, error: 0 })}。可以导出，但导出前会请您确认。`}
      </p>
      <table className="step-status-table">
        <caption className="visually-hidden">各部分状态</caption>
        <thead>
          <tr>
            <th scope="col">部分</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => {
            const state = states[i] ?? 'notStarted';
            return (
              <tr key={s.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => goTo(s.id)}>
                    {s.title}
                  </button>
                </th>
                <td>
                  <span className={`step-state state-${state}`}>{stepStateLabels[state]}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">
        {(Object.keys(severityLabels) as Severity[])
          .map((k) => `${severityLabels[k]} ${parsed[k]}`)
          .join(' · ')}
        {Object.keys(dismissed).length > 0 ? ` · 已忽略 ${Object.keys(dismissed).length}` : ''}
      </p>
      <section className="review-rules" aria-labelledby="heading-review-rules">
        <h3 id="heading-review-rules">检查依据</h3>
        <p className="muted">
          通用检查依据{formatTitle(template)}
          ；可再选用地方规则包，它的检查一并列入下面的清单和导出确认。
        </p>
        <RulePackField />
      </section>
      {exportStep ? <div className="export-slot">{exportStep}</div> : null}
    </section>
  );
}
