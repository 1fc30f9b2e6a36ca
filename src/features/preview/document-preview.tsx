import { printedCellText } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import type { FormatTemplate, TableTemplate } from '@/domain/template/types';
import { contactLines, documentDate, titleLines } from '@/domain/report/document-text';
import { useAnalysis, type ReportAnalysis } from '@/store/analysis';
import { useEditorStore } from '@/store/editor-store';
import './preview.css';

function Paragraphs({
  text,
  className,
}: {
  readonly text: string | undefined;
  readonly className?: string;
}) {
  return (
    <>
      {(text ?? '')
        .split('\n')
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <p
            key={i}
            className={
              className ?? (/^（[一二三四五六七八九十]+）/.test(p.trim()) ? 'doc-sub' : 'doc-p')
            }
          >
            {p.trim()}
          </p>
        ))}
    </>
  );
}

function DocTable({
  table,
  report,
  analysis,
}: {
  readonly table: TableTemplate;
  readonly report: Report;
  readonly analysis: ReportAnalysis;
}) {
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const cells = new Map(table.cells.map((c) => [c.id, c]));
  return (
    <table className={`doc-table doc-${table.id}`}>
      <colgroup>
        {table.columnWidths.map((w, i) => (
          <col key={i} style={{ width: `${(w / total) * 100}%` }} />
        ))}
      </colgroup>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.cells.map((gc, j) => {
              if (gc.kind === 'label') {
                return (
                  <td
                    key={j}
                    rowSpan={gc.rowSpan}
                    colSpan={gc.colSpan}
                    className={`doc-${gc.role ?? 'header'}`}
                  >
                    {gc.text}
                  </td>
                );
              }
              const template = cells.get(gc.cell);
              return (
                <td key={j} colSpan={gc.colSpan} className="doc-value">
                  {template ? printedCellText(template, report, analysis.computed) : ''}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The whole document as it will be exported, on an A4-like page. Text is rendered as text. */
export function DocumentPreview() {
  const report = useEditorStore((s) => s.report);
  const analysis = useAnalysis((a) => a);
  const template: FormatTemplate = analysis.template;
  const { agencyName, year, reportDate } = report.meta;
  return (
    <article className="doc-page" aria-label="文档预览" tabIndex={0}>
      <h1 className="doc-title">
        {titleLines(agencyName, year).map((line, i) => (
          <span key={i} className="doc-title-line">
            {line}
          </span>
        ))}
      </h1>
      <Paragraphs text={report.meta.preface} />
      <Paragraphs text={contactLines(report.meta.contact, report.meta.preface).join('\n')} />
      {template.sections.map((section) => {
        const table = section.table
          ? template.tables.find((t) => t.id === section.table)
          : undefined;
        return (
          <section key={section.id}>
            <h2 className="doc-heading">{section.heading}</h2>
            <Paragraphs text={report.narrative[section.id]} />
            {table ? <DocTable table={table} report={report} analysis={analysis} /> : null}
          </section>
        );
      })}
      <div className="doc-signature">
        <p>{agencyName}</p>
        <p>{documentDate(reportDate)}</p>
      </div>
    </article>
  );
}
