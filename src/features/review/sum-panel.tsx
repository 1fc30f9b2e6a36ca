import { useId, useMemo, useState } from 'react';
import { TablePreview } from '@/components/table-preview';
import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import { sumUnits, type SumResult } from '@/review/index';
import type { ReviewUnit } from '@/review/types';
import { useReviewStore } from './review-store';

type SumDone = Extract<SumResult, { ok: true }>;

/** The parent check lists this many differing cells, then says how many more. */
const SHOWN_DIFFERENCES = 30;

/** What was summed, as notes for the clerk who opens the 汇总 as a draft. */
export function sumNotes(r: SumDone): string[] {
  const names = (list: readonly { agency: string; fileName: string }[]): string =>
    list.map((u) => u.agency || u.fileName).join('、');
  const notes = [
    `已汇总 ${r.year} 年度 ${r.summed.length} 个单位的表二、表三、表四：${names(r.summed)}。`,
  ];
  if (r.bunji) notes.push(`本级年报（单列后计入）：${r.bunji.agency || r.bunji.fileName}。`);
  if (r.blanks.length > 0)
    notes.push(
      `${r.blanks.length} 个单元格因有单位空白而未汇总（空白不等于 0），请补齐后重新汇总。`,
    );
  return notes;
}

/**
 * 汇总: the units marked 计入汇总 plus the 本级 report, summed cell by cell; the lists of what was
 * left out; parent = 本级 + Σ units when a parent report is marked.
 */
export function SumPanel({
  units,
  onOpenAsDraft,
}: {
  readonly units: readonly ReviewUnit[];
  readonly onOpenAsDraft: (report: Report, notes: readonly string[]) => void;
}) {
  const id = useId();
  const roles = useReviewStore((s) => s.roles);
  const expected = useReviewStore((s) => s.expected);
  const [name, setName] = useState('');
  const [result, setResult] = useState<SumResult | null>(null);

  const run = (): void =>
    setResult(
      sumUnits(units, {
        roles,
        expected: expected.split(/\r?\n|[，,、；;]/u),
        agencyName: name.trim(),
      }),
    );

  return (
    <section className="review-sum" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>汇总</h2>
      <p className="review-hint">
        在上表“汇总”一列为每份年报选择：计入汇总、本级（单列后计入）、上级（全区）报告（只用来核对：上级
        = 本级 + 各单位之和）或不计入。
      </p>
      <div className="review-sum-form">
        <label>
          汇总报告的机关名称
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="如：某某县人民政府（汇总）"
          />
        </label>
        <label>
          应报送的单位（每行一个，可从名单中粘贴）
          <textarea
            rows={4}
            value={expected}
            onChange={(e) => useReviewStore.setState({ expected: e.target.value })}
          />
        </label>
        <button type="button" className="button button-primary" onClick={run}>
          生成汇总
        </button>
      </div>
      {result && !result.ok && (
        <p role="alert" className="review-error">
          {result.message}
        </p>
      )}
      {result?.ok && <SumResultView result={result} onOpenAsDraft={onOpenAsDraft} />}
    </section>
  );
}

function SumResultView({
  result,
  onOpenAsDraft,
}: {
  readonly result: SumDone;
  readonly onOpenAsDraft: (report: Report, notes: readonly string[]) => void;
}) {
  const computed = useMemo(
    () => computeReport(result.template, result.report),
    [result.template, result.report],
  );
  const name = (u: { agency: string; fileName: string }): string => u.agency || u.fileName;
  const parent = result.parentCheck;
  return (
    <div className="review-sum-result" role="status">
      <p>
        {result.year} 年度（{result.template.notice.number}格式）：已汇总 {result.summed.length}{' '}
        个单位
        {result.bunji ? `和本级年报（${name(result.bunji)}）` : ''}。
      </p>
      <ul className="review-sum-lists">
        <li>计入汇总：{result.summed.map(name).join('、') || '无'}</li>
        {result.otherYearOrFormat.length > 0 && (
          <li>
            年度或格式不符（未计入）：
            {result.otherYearOrFormat.map((u) => `${name(u)}（${u.reason}）`).join('；')}
          </li>
        )}
        {result.duplicates.length > 0 && (
          <li>
            重复报送（只计入第一份）：
            {result.duplicates
              .map((d) => `${d.agency}（${d.units.map((u) => u.fileName).join('、')}）`)
              .join('；')}
          </li>
        )}
        {result.missing.length > 0 && <li>未报送：{result.missing.join('、')}</li>}
        {result.unreadable.length > 0 && (
          <li>无法读取（未计入）：{result.unreadable.map((u) => u.fileName).join('、')}</li>
        )}
        {result.blanks.length > 0 && (
          <li>
            有单位空白、未汇总的单元格 {result.blanks.length} 个：
            {result.blanks
              .slice(0, 5)
              .map((b) => `${b.label}（${b.units.map(name).join('、')}）`)
              .join('；')}
            {result.blanks.length > 5 ? ' 等' : ''}
          </li>
        )}
        {result.invalid.length > 0 && (
          <li>
            数值无法计入：
            {result.invalid.map((v) => `${name(v.unit)} ${v.label}「${v.value}」`).join('；')}
          </li>
        )}
      </ul>
      {parent && (
        <div className="review-parent">
          <h3>上级报告核对：{name(parent.parent)}</h3>
          {parent.notComparable ? (
            <p>{parent.notComparable}</p>
          ) : parent.differences.length === 0 ? (
            <p>上级报告与本级 + 各单位之和逐格一致。</p>
          ) : (
            <table className="review-parent-table">
              <caption>与本级 + 各单位之和不一致的单元格（{parent.differences.length} 个）</caption>
              <thead>
                <tr>
                  <th scope="col">单元格</th>
                  <th scope="col">上级报告</th>
                  <th scope="col">本级 + 各单位</th>
                </tr>
              </thead>
              <tbody>
                {parent.differences.slice(0, SHOWN_DIFFERENCES).map((d) => (
                  <tr key={d.cell}>
                    <th scope="row">{d.label}</th>
                    <td>{d.parent || '空白'}</td>
                    <td>{d.expected}</td>
                  </tr>
                ))}
              </tbody>
              {parent.differences.length > SHOWN_DIFFERENCES && (
                <tfoot>
                  <tr>
                    <td colSpan={3}>
                      另有 {parent.differences.length - SHOWN_DIFFERENCES}{' '}
                      个单元格不一致（见汇总草稿与上级报告）。
                    </td>
                  </tr>
                </tfoot>
              )}
            </table>
          )}
        </div>
      )}
      <div className="review-sum-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => onOpenAsDraft(result.report, sumNotes(result))}
        >
          把汇总作为草稿打开
        </button>
      </div>
      <details className="review-sum-tables">
        <summary>查看汇总表格</summary>
        {result.template.tables.map((t) => (
          <TablePreview
            key={t.id}
            table={t}
            report={result.report}
            computed={computed}
            caption={`汇总 ${t.title}`}
            showComputed
          />
        ))}
      </details>
    </div>
  );
}
