import { useId, useMemo } from 'react';
import { TablePreview } from '@/components/table-preview';
import { useModalDialog } from '@/components/use-modal-dialog';
import { computeReport } from '@/domain/compute/compute-report';
import { formatChineseDate } from '@/domain/format/date';
import { agencyKindLabels, type Report } from '@/domain/report/types';
import { severityLabels, type Severity } from '@/domain/rules/types';
import type { ReadUnit } from '@/review/types';
import { formatById } from '@templates/index';
import { selectUnit } from './review-store';

const order: readonly Severity[] = ['error', 'incomplete', 'warning', 'info'];

/** One unit, read-only: its issues beside its tables and text; 作为草稿打开 to fix it. */
export function UnitDetail({
  unit,
  onOpenAsDraft,
}: {
  readonly unit: ReadUnit;
  readonly onOpenAsDraft: (report: Report, notes: readonly string[]) => void;
}) {
  const ref = useModalDialog();
  const id = useId();
  const { report } = unit;
  const template = formatById(report.formatId);
  const computed = useMemo(() => computeReport(template, report), [template, report]);
  const meta = report.meta;
  const close = (): void => selectUnit(null);
  const title = meta.agencyName.trim() || unit.fileName;

  return (
    <dialog ref={ref} className="review-detail" aria-labelledby={`${id}-title`} onClose={close}>
      <div className="review-detail-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="review-detail-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              close();
              onOpenAsDraft(report, [
                `已把“${unit.path}”作为草稿打开（审核中读取的内容）。请核对后修改。`,
              ]);
            }}
          >
            作为草稿打开
          </button>
          <button type="button" className="button" onClick={close}>
            关闭
          </button>
        </div>
      </div>
      <div className="review-detail-body">
        <section className="review-detail-issues" aria-label="检查结果" tabIndex={0}>
          <dl className="review-detail-meta">
            <dt>文件</dt>
            <dd>{unit.path}</dd>
            <dt>年度</dt>
            <dd>{meta.year ?? '未读到'}</dd>
            <dt>格式</dt>
            <dd>{template.notice.number}</dd>
            <dt>机关类别</dt>
            <dd>{agencyKindLabels[meta.agencyKind]}</dd>
            <dt>成文日期</dt>
            <dd>
              {meta.reportDate ? formatChineseDate(meta.reportDate) || meta.reportDate : '未读到'}
            </dd>
          </dl>
          {!unit.read.complete && (
            <div className="review-detail-read">
              <h3>未完整读取</h3>
              <ul>
                {unit.read.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          )}
          {order.map((severity) => {
            const list = unit.issues.filter((i) => i.severity === severity && !i.dismissed);
            if (list.length === 0) return null;
            return (
              <div key={severity} className={`review-issues review-issues-${severity}`}>
                <h3>
                  {severityLabels[severity]}（{list.length}）
                </h3>
                <ul>
                  {list.map((i) => (
                    <li key={i.key}>{i.message}</li>
                  ))}
                </ul>
              </div>
            );
          })}
          {unit.issues.every((i) => i.dismissed) && <p>没有发现问题。</p>}
          {unit.importWarnings.length > 0 && (
            <div className="review-issues">
              <h3>导入说明</h3>
              <ul>
                {unit.importWarnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <section className="review-detail-report" aria-label="报告内容" tabIndex={0}>
          {template.sections.map((section) => {
            const table = section.table
              ? template.tables.find((t) => t.id === section.table)
              : undefined;
            const text = report.narrative[section.id]?.trim() ?? '';
            return (
              <div key={section.id} className="review-detail-section">
                <h3>{section.heading}</h3>
                {text !== '' &&
                  text.split('\n').map((line, i) => (
                    <p key={i} className="review-detail-text">
                      {line}
                    </p>
                  ))}
                {table && (
                  <TablePreview
                    table={table}
                    report={report}
                    computed={computed}
                    caption={table.title}
                    showComputed
                  />
                )}
                {text === '' && !table && <p className="review-detail-empty">（无文字）</p>}
              </div>
            );
          })}
        </section>
      </div>
    </dialog>
  );
}
