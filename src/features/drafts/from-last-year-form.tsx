import { useId, useRef, useState, type FormEvent } from 'react';
import type { Report } from '@/domain/report/types';
import type { UnitImport } from '@/import/types';
import { pdfCMapUrl } from '@/import/pdf/cmap-url';
import { ImportWorkerError, inImportWorker } from '@/import/worker/import-client';
import { formatForYear } from '@/domain/template/lookup';
import { newId } from '@/lib/ids';
import { formats } from '@templates/index';
import { displayName } from './draft-repository';
import type { StoredDraft } from '@/stored-draft/schema';
import { focusFirstField } from '@/store/navigation-store';
import { draftSession } from './session-instance';
import { startFromLastYear } from './start-from-last-year';

/** Accepted by 从去年的年报开始: every kind of file the importer reads. */
const LAST_YEAR_FILES =
  '.docx,.pdf,.txt,.htm,.html,.json,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain,text/html,application/json';

/** Starts next year's draft from last year's report (stored or read from a file). */
function startFrom(last: Report, notes: readonly string[] = []): void {
  const { report, notes: carried } = startFromLastYear(last, formats);
  draftSession().create({ id: newId(), name: '', report, lastYear: last }, [...notes, ...carried]);
  focusFirstField();
}

/**
 * 从去年的年报开始: a year-N draft of this machine, or last year's report from a file (.docx, PDF,
 * text, HTML or a JSON draft, read by the importer), gives a year-N+1 draft with the carried-over
 * data and last year's report kept beside it.
 */
export function FromLastYearForm({
  drafts,
  onCancel,
}: {
  readonly drafts: readonly StoredDraft[];
  readonly onCancel: () => void;
}) {
  const selectId = useId();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<{ busy: boolean; message: string }>({
    busy: false,
    message: '',
  });
  const readFile = async (file: File): Promise<void> => {
    setReading({ busy: true, message: `正在读取“${file.name}”…` });
    let result: UnitImport;
    try {
      result = await inImportWorker<UnitImport>((api) =>
        api.importAnyReport(file, file.name, pdfCMapUrl()),
      );
    } catch (e) {
      const text =
        e instanceof ImportWorkerError ? e.message : '导入功能加载失败，请刷新页面后重试。';
      return setReading({ busy: false, message: `“${file.name}”：${text}` });
    }
    if (!result.ok)
      return setReading({ busy: false, message: `“${file.name}”：${result.message}` });
    if (result.report.meta.year === null) {
      return setReading({
        busy: false,
        message: `“${file.name}”：没有读到报告年度，无法确定今年是哪一年。请用“导入年报（Word、PDF 或网页）”核对识别结果后再开始。`,
      });
    }
    const unread =
      result.unrecognised.length > 0 ? [`另有 ${result.unrecognised.length} 处内容未能识别。`] : [];
    startFrom(result.report, [
      `已读取“${file.name}”作为 ${result.report.meta.year} 年度的年报。`,
      ...result.warnings,
      ...unread,
    ]);
  };
  const fromFile = (
    <div className="field">
      <label htmlFor={fileId}>或从文件读取去年的年报</label>
      <p className="drafts-hint">
        可以是 Word
        文档（.docx）、PDF、文本或网页文件（.txt、.html），或年报助手的草稿文件（.json）。
      </p>
      <div>
        <button
          type="button"
          className="button"
          disabled={reading.busy}
          onClick={() => fileInput.current?.click()}
        >
          选择去年的年报文件…
        </button>
        <input
          id={fileId}
          ref={fileInput}
          type="file"
          hidden
          accept={LAST_YEAR_FILES}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </div>
      {reading.message ? (
        <p className="drafts-hint" role={reading.busy ? 'status' : 'alert'}>
          {reading.message}
        </p>
      ) : null}
    </div>
  );
  const candidates = drafts.filter((d) => d.report.meta.year !== null);
  const [chosen, setChosen] = useState(candidates[0]?.id ?? '');
  const last = candidates.find((d) => d.id === chosen);

  if (candidates.length === 0) {
    return (
      <div className="drafts-form">
        <p>本机还没有填写了年度的年报草稿。请选择去年的年报文件，从它开始。</p>
        {fromFile}
        <button type="button" className="button" onClick={onCancel}>
          关闭
        </button>
      </div>
    );
  }

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!last) return;
    startFrom(last.report);
  };
  const nextYear = (last?.report.meta.year ?? 0) + 1;

  return (
    <form className="drafts-form" onSubmit={submit} aria-label="从去年的年报开始">
      <div className="field">
        <label htmlFor={selectId}>去年的年报</label>
        <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {candidates.map((d) => (
            <option key={d.id} value={d.id}>
              {displayName(d)}（{d.report.meta.year}年度）
            </option>
          ))}
        </select>
      </div>
      {last && (
        <p className="drafts-hint">
          将新建 {nextYear} 年度年报（{formatForYear(formats, nextYear).notice.number}
          格式），沿用机关名称、类别、联系方式和前言，
          表三“上年结转”取自去年的“结转下年度继续办理”，现行有效件数先按去年的数填入；去年的年报留作核对依据，
          填写各部分文字时旁边显示去年的文字，可逐段复制后修改。
        </p>
      )}
      <div className="drafts-form-actions">
        <button type="submit" className="button button-primary">
          开始 {nextYear} 年度年报
        </button>
        <button type="button" className="button" onClick={onCancel}>
          取消
        </button>
      </div>
      {fromFile}
    </form>
  );
}
