import { useEffect, useMemo, useState } from 'react';
import type { Report } from '@/domain/report/types';
import { analyseReport } from '@/store/analysis';
import type { ImportSuccess } from '@/import/types';
import { TablePreview } from '@/components/table-preview';
import { formatById } from '@templates/index';

const SEVERITY_LABEL = {
  error: '错误',
  incomplete: '未完成',
  warning: '提醒',
  info: '提示',
} as const;
const CONTACT_LABEL: Readonly<Record<string, string>> = {
  address: '地址',
  postcode: '邮编',
  phone: '电话',
  fax: '传真',
  email: '邮箱',
};

/** Longest list shown here: a huge source must not freeze the page with its DOM. */
const MAX_LISTED = 200;

/**
 * How many of `total` parts to draw: none at first, then one more after each frame, so that each
 * is laid out in a task of its own (issue 17: the review drawn whole was one task of style,
 * layout and paint of 45–85 ms, most of it the tables' — 表三's alone about half —, and the page
 * answered no click meanwhile). A rendering opportunity (`requestAnimationFrame`), then a task
 * after it: the part added is laid out in the next frame, not in the same one as the last.
 */
function useOneMorePerFrame(total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown((n) => n + 1), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total]);
  return shown;
}

/**
 * What an import recognised, before anything is created: meta, each section, each table with
 * its numbers in place, what was not placed, and which checks the imported report fails.
 */
export function ImportReview({
  result,
  onCreateDraft,
  onUseAsLastYear,
}: {
  readonly result: ImportSuccess;
  readonly onCreateDraft: (report: Report) => void;
  readonly onUseAsLastYear: (report: Report) => void;
}) {
  const { report, recognised, unrecognised, warnings, notes, checks } = result;
  // The import worker made the checks (issue 17: the page only draws); else they are made here.
  const analysis = useMemo(
    () =>
      checks ? { template: formatById(report.formatId), ...checks } : analyseReport(report, null),
    [report, checks],
  );
  const { template } = analysis;
  const mismatches = analysis.issues.filter((i) => i.checkId === 'reported-total-mismatch');
  const open = analysis.issues.filter(
    (i) =>
      i.checkId !== 'reported-total-mismatch' &&
      (i.severity === 'error' || i.severity === 'warning'),
  );
  const filled = Object.keys(report.cells).length;
  const inputs = template.tables.flatMap((t) => t.cells).filter((c) => !c.computed).length;
  const meta = report.meta;
  const tablesShown = useOneMorePerFrame(template.tables.length);

  return (
    <div className="import-review">
      <section aria-labelledby="import-review-summary">
        <h3 id="import-review-summary">识别结果</h3>
        {/* An assumed format is one of the notes below: said once, as a 提示. */}
        {!notes.includes(recognised.format) && <p>{recognised.format}</p>}
        {notes.length > 0 && (
          <ul className="import-notes" aria-label="导入时的推断">
            {notes.map((n, i) => (
              <li key={i}>
                <span className="import-severity import-severity-info">提示</span> {n}
              </li>
            ))}
          </ul>
        )}
        <dl className="import-meta">
          <dt>机关名称</dt>
          <dd>{meta.agencyName || <em>未找到</em>}</dd>
          <dt>年度</dt>
          <dd>{meta.year === null ? <em>未找到</em> : `${meta.year} 年`}</dd>
          <dt>成文日期</dt>
          <dd>{meta.reportDate ?? <em>未找到</em>}</dd>
          <dt>前言</dt>
          <dd>
            {meta.preface ? (
              `${meta.preface.slice(0, 40)}${meta.preface.length > 40 ? '…' : ''}`
            ) : (
              <em>无</em>
            )}
          </dd>
          <dt>联系方式</dt>
          <dd>
            {recognised.meta.contact.length > 0 ? (
              recognised.meta.contact.map((k) => CONTACT_LABEL[k] ?? k).join('、')
            ) : (
              <em>无</em>
            )}
          </dd>
          <dt>表格数字</dt>
          <dd>
            {filled} / {inputs} 个需填写的单元格有数字
          </dd>
        </dl>
      </section>

      <section aria-labelledby="import-review-sections">
        <h3 id="import-review-sections">各部分</h3>
        <ul className="import-sections">
          {template.sections.map((s) => {
            const found = recognised.sections[s.id];
            const text = report.narrative[s.id] ?? '';
            return (
              <li key={s.id} className={found.heading ? 'import-found' : 'import-missing'}>
                <strong>{s.heading}</strong>：
                {found.heading ? `找到（${found.heading}）` : '没有找到这一节的标题'}
                {found.paragraphs > 0 && `，${found.paragraphs} 段文字`}
                {text && (
                  <details>
                    <summary>查看文字</summary>
                    <p className="import-narrative">{text}</p>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
        {template.tables.map((t, i) => {
          const rec = recognised.tables[t.id];
          if (!rec) return null;
          if (i >= tablesShown) return <div key={t.id} className="import-table-wrap" />;
          const caption = `${template.sections.find((s) => s.id === t.section)?.heading ?? t.title}（${rec.summary}${rec.found && rec.rowsMissing.length > 0 ? `；没有找到 ${rec.rowsMissing.length} 行` : ''}${rec.found && rec.rowsBlank.length > 0 ? `；原文空白 ${rec.rowsBlank.length} 行` : ''}）`;
          return (
            <TablePreview
              key={t.id}
              table={t}
              report={report}
              computed={analysis.computed}
              caption={caption}
            />
          );
        })}
      </section>

      {mismatches.length > 0 && (
        <section aria-labelledby="import-review-totals" className="import-alert">
          <h3 id="import-review-totals">原表合计与计算不符（{mismatches.length}）</h3>
          <ul>
            {mismatches.map((i) => (
              <li key={i.key}>{i.message}</li>
            ))}
          </ul>
        </section>
      )}

      {(warnings.length > 0 || unrecognised.length > 0) && (
        <section aria-labelledby="import-review-warnings">
          <h3 id="import-review-warnings">需要核对</h3>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
          {unrecognised.length > 0 && (
            <details>
              <summary>未识别的内容（{unrecognised.length} 处，没有导入）</summary>
              <ul className="import-unrecognised">
                {unrecognised.slice(0, MAX_LISTED).map((u, i) => (
                  <li key={i}>{u}</li>
                ))}
                {unrecognised.length > MAX_LISTED && (
                  <li>…… 另有 {unrecognised.length - MAX_LISTED} 处未列出</li>
                )}
              </ul>
            </details>
          )}
        </section>
      )}

      <section aria-labelledby="import-review-checks">
        <h3 id="import-review-checks">检查结果</h3>
        <p>
          {(['error', 'incomplete', 'warning', 'info'] as const)
            .map((s) => `${SEVERITY_LABEL[s]} ${analysis.counts[s]}`)
            .join('，')}
          。导入后可在草稿中逐项修改。
        </p>
        {open.length > 0 && (
          <details>
            <summary>查看错误和提醒（{open.length}）</summary>
            <ul>
              {open.slice(0, MAX_LISTED).map((i) => (
                <li key={i.key}>
                  <span className={`import-severity import-severity-${i.severity}`}>
                    {SEVERITY_LABEL[i.severity]}
                  </span>{' '}
                  {i.message}
                </li>
              ))}
              {open.length > MAX_LISTED && (
                <li>…… 另有 {open.length - MAX_LISTED} 条，创建草稿后在问题列表中查看</li>
              )}
            </ul>
          </details>
        )}
      </section>

      <div className="dialog-buttons import-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => onCreateDraft(report)}
        >
          创建草稿
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onUseAsLastYear(report)}
          disabled={meta.year === null}
          aria-describedby={meta.year === null ? 'import-no-year' : undefined}
        >
          作为去年的年报（用于新草稿）
        </button>
        {meta.year === null && (
          <span id="import-no-year" className="import-hint">
            没有识别出年度，不能作为去年的年报：请先创建草稿并填写年度。
          </span>
        )}
      </div>
    </div>
  );
}
