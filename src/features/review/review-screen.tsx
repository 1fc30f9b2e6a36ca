import { useMemo, useRef, useState, type DragEvent } from 'react';
import { RulePackChooser } from '@/components/rule-pack-chooser';
import type { Report } from '@/domain/report/types';
import { filterRows, reviewRow, sortRows } from '@/review/index';
import { REVIEW_ACCEPT } from '@/review/files';
import type { ReviewRow, ReviewUnit } from '@/review/types';
import { filesFromDrop, filesFromInput } from './collect-files';
import { ExportReviewButtons } from './export-review-buttons';
import { closeReview } from './review-open';
import { addFiles, clearReview, setRulePack, useReviewStore } from './review-store';
import { ReviewTable } from './review-table';
import { ReviewToolbar } from './review-toolbar';
import { SumPanel } from './sum-panel';
import { UnitDetail } from './unit-detail';
import './review.css';

/** Each unit's row, made once (the table's lines are memoised on it). */
const rowCache = new WeakMap<ReviewUnit, ReviewRow>();
function rowOf(unit: ReviewUnit): ReviewRow {
  let row = rowCache.get(unit);
  if (!row) rowCache.set(unit, (row = reviewRow(unit)));
  return row;
}

export interface ReviewScreenProps {
  /** 作为草稿打开: a unit's report (or the 汇总) becomes a new draft, with notes for the clerk. */
  readonly onOpenAsDraft: (report: Report, notes: readonly string[]) => void;
}

/**
 * 审核与汇总 (SPEC §9): the reviewer drops the units' reports (files or whole folders); each is
 * imported and checked in a worker; one table lists them; a unit opens read-only beside its
 * issues; the review exports as a 通报 (.docx) and a spreadsheet (.xlsx); chosen units sum into
 * a 汇总.
 */
export function ReviewScreen({ onOpenAsDraft }: ReviewScreenProps) {
  const units = useReviewStore((s) => s.units);
  const progress = useReviewStore((s) => s.progress);
  const running = useReviewStore((s) => s.running);
  const lastBatchMs = useReviewStore((s) => s.lastBatchMs);
  const selectedId = useReviewStore((s) => s.selectedId);
  const sort = useReviewStore((s) => s.sort);
  const filter = useReviewStore((s) => s.filter);
  const query = useReviewStore((s) => s.query);
  const pack = useReviewStore((s) => s.pack);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const rows = useMemo(() => units.map(rowOf), [units]);
  const shown = useMemo(() => {
    const filtered = filterRows(rows, filter, query);
    return sort ? sortRows(filtered, sort.key, sort.direction) : filtered;
  }, [rows, filter, query, sort]);
  const selected = units.find((u) => u.id === selectedId) ?? null;

  const start = (picked: Awaited<ReturnType<typeof filesFromDrop>>, skipped: number): void => {
    setNotice(
      picked.length === 0
        ? '没有找到可以审核的文件（.docx、.pdf、.txt、.json）。'
        : skipped > 0
          ? `已忽略 ${skipped} 个其他类型的文件。`
          : null,
    );
    void addFiles(picked);
  };

  const onDrop = (e: DragEvent<HTMLElement>): void => {
    e.preventDefault();
    setDragging(false);
    const count = e.dataTransfer.files.length;
    void filesFromDrop(e.dataTransfer).then((picked) =>
      start(picked, Math.max(0, count - picked.length)),
    );
  };

  const onChoose = (input: HTMLInputElement | null): void => {
    if (!input) return;
    // Taken now: clearing the input empties its FileList.
    const chosen = [...(input.files ?? [])];
    input.value = '';
    // Listed, drawn and read from the next task: the browser's own task that hands the page the
    // chosen folder (~20 ms of thread time for 101 files) and the page's start (the list sorted,
    // the progress rendered, the review worker started: ~18 ms) were one task, the review's
    // longest but the table's frames (issue 17, docs/performance.md "Stop 33").
    setTimeout(() => {
      const picked = filesFromInput(chosen);
      start(picked, chosen.length - picked.length);
    }, 0);
  };

  return (
    <main className="review">
      <header className="review-header">
        <div>
          <h1>审核与汇总</h1>
          <p>
            一次读取各单位的年报（Word、PDF、网页、文本或草稿文件），逐份检查，导出通报，并把各单位的表格汇总。文件只在本机读取，不会上传。
          </p>
        </div>
        <button type="button" className="button" onClick={closeReview}>
          返回首页
        </button>
      </header>

      <section className="review-pack" aria-label="审核规则">
        <RulePackChooser
          id="review-rule-pack"
          pack={pack ?? undefined}
          onChoose={(next) => setRulePack(next ?? null)}
          hint="选择本地区的规则包后，每份年报都按其要求检查，结果列入表格、通报和审核表。"
        />
      </section>

      <section
        className={`review-drop${dragging ? ' review-drop-active' : ''}`}
        aria-label="选择要审核的文件"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>把各单位的年报文件或整个文件夹拖到这里，或</p>
        <div className="review-drop-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => filesInput.current?.click()}
          >
            选择文件
          </button>
          <button type="button" className="button" onClick={() => folderInput.current?.click()}>
            选择文件夹
          </button>
          {units.length > 0 && (
            <button type="button" className="button" onClick={clearReview}>
              清空
            </button>
          )}
        </div>
        <input
          ref={filesInput}
          type="file"
          multiple
          hidden
          accept={REVIEW_ACCEPT}
          aria-label="选择年报文件"
          onChange={(e) => onChoose(e.currentTarget)}
        />
        <input
          ref={folderInput}
          type="file"
          hidden
          aria-label="选择年报文件夹"
          // Non-standard but supported by Chromium, Firefox and Safari: the whole folder.
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => onChoose(e.currentTarget)}
        />
        <div aria-live="polite" className="review-progress">
          {running && (
            <>
              <progress max={progress.total} value={progress.done} aria-label="读取进度" />
              <span role="status">
                正在读取和检查：{progress.done} / {progress.total}
              </span>
            </>
          )}
          {!running && lastBatchMs !== null && (
            <span role="status">
              已读取并检查 {units.length} 份（用时 {(lastBatchMs / 1000).toFixed(1)} 秒）。
            </span>
          )}
          {notice && <span className="review-notice">{notice}</span>}
        </div>
      </section>

      {units.length > 0 && (
        <>
          <ReviewToolbar
            rows={rows}
            shown={shown.length}
            exportButtons={<ExportReviewButtons units={units} pack={pack} disabled={running} />}
          />
          <ReviewTable rows={shown} pack={pack} />
          <SumPanel units={units} onOpenAsDraft={onOpenAsDraft} />
        </>
      )}

      {selected?.ok && <UnitDetail unit={selected} onOpenAsDraft={onOpenAsDraft} />}
    </main>
  );
}
